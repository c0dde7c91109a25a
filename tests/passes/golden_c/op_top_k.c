

static inline uint8_t s_top_k_3_compare(float p0, float p1, int32_t p2, int32_t p3) {
  return ((uint8_t)(hlox_tokf(p0) > hlox_tokf(p1)));
}

/* hlox: kernels */
__attribute__((noinline)) static void k_top_k_3_iota(int32_t *restrict b0) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 10; i2++) {
      b0[((i1 * 10) + i2)] = ((int32_t)((int64_t)i2));
    }
  }
}

__attribute__((noinline)) static void k_top_k_3_sort(int64_t *restrict b0, const float *restrict b1, const int32_t *restrict b2, float *restrict b3, int32_t *restrict b4) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    int64_t half2 = 0;
    for (int64_t i3 = 0; i3 < 10; i3++) {
      b0[i3] = ((int64_t)i3);
    }
    int64_t wd5 = 1;
    for (;;) {
      if (!(wd5 < 10)) break;
      const int64_t v8 = wd5;
      const int64_t v9 = half2;
      const int64_t t10 = (10 - v9);
      const int64_t t11 = (v8 * 2);
      for (int64_t i12 = 0; i12 < 10; i12 += t11) {
        const int64_t t14 = hlox_min_s64((i12 + v8), 10);
        const int64_t t16 = hlox_min_s64((i12 + t11), 10);
        int64_t l17 = i12;
        int64_t r18 = t14;
        int64_t o19 = i12;
        for (;;) {
          if (!((l17 < t14) && (r18 < t16))) break;
          const int64_t v27 = b0[(v9 + r18)];
          const int64_t v30 = b0[(v9 + l17)];
          const int64_t t33 = (i1 * 10);
          const int64_t t34 = (t33 + ((int64_t)v27));
          const float v35 = b1[t34];
          const int32_t v36 = b2[t34];
          const int64_t t37 = (t33 + ((int64_t)v30));
          const float v38 = b1[t37];
          const int32_t v39 = b2[t37];
          const uint8_t r40 = s_top_k_3_compare(v35, v38, v36, v39);
          if (r40) {
            const int64_t v41 = o19;
            b0[(t10 + v41)] = v27;
            o19 = (v41 + 1);
            r18 = (r18 + 1);
          } else {
            const int64_t v46 = o19;
            b0[(t10 + v46)] = v30;
            o19 = (v46 + 1);
            l17 = (l17 + 1);
          }
        }
        for (;;) {
          if (!(l17 < t14)) break;
          const int64_t v53 = o19;
          const int64_t v54 = l17;
          const int64_t v57 = b0[(v9 + v54)];
          b0[(t10 + v53)] = v57;
          o19 = (v53 + 1);
          l17 = (v54 + 1);
        }
        for (;;) {
          if (!(r18 < t16)) break;
          const int64_t v62 = o19;
          const int64_t v63 = r18;
          const int64_t v66 = b0[(v9 + v63)];
          b0[(t10 + v62)] = v66;
          o19 = (v62 + 1);
          r18 = (v63 + 1);
        }
      }
      half2 = t10;
      wd5 = t11;
    }
    const int64_t v69 = half2;
    for (int64_t i70 = 0; i70 < 10; i70++) {
      const int64_t v72 = b0[(v69 + i70)];
      const int64_t t74 = (i1 * 10);
      const int64_t t75 = (t74 + ((int64_t)v72));
      const float v76 = b1[t75];
      const int64_t t77 = (t74 + i70);
      b3[t77] = v76;
      const int32_t v78 = b2[t75];
      b4[t77] = v78;
    }
  }
}

__attribute__((noinline)) static void k_top_k_3_top0(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 3; i2++) {
      const float v5 = b0[((i1 * 10) + i2)];
      b1[((i1 * 3) + i2)] = v5;
    }
  }
}

__attribute__((noinline)) static void k_top_k_3_top1(const int32_t *restrict b0, int32_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 3; i2++) {
      const int32_t v5 = b0[((i1 * 10) + i2)];
      b1[((i1 * 3) + i2)] = v5;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_top_k_3_iota(((int32_t *)(A + 192)));
  k_top_k_3_sort(((int64_t *)A), ((float *)params[0]), ((int32_t *)(A + 192)), ((float *)(A + 320)), ((int32_t *)(A + 448)));
  k_top_k_3_top0(((float *)(A + 320)), ((float *)A));
  k_top_k_3_top1(((int32_t *)(A + 448)), ((int32_t *)(A + 48)));
  memcpy(((float *)results[0]), ((float *)A), 36);
  memcpy(((int32_t *)results[1]), ((int32_t *)(A + 48)), 36);
  return 0;
}
