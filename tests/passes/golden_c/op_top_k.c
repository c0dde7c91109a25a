

static inline uint8_t s_top_k_3_compare(float p0, float p1, int32_t p2, int32_t p3) {
  return ((uint8_t)(hlox_tokf(p0) > hlox_tokf(p1)));
}

/* hlox: kernels */
__attribute__((noinline)) static void k_top_k_3_iota(int32_t *restrict b0) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 10; i6++) {
      b0[((i4 * 10) + i6)] = ((int32_t)((int64_t)i6));
    }
  }
}

__attribute__((noinline)) static void k_top_k_3_sort(int64_t *restrict b0, const float *restrict b1, const int32_t *restrict b2, float *restrict b3, int32_t *restrict b4) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    int64_t half5 = 0;
    for (int64_t i7 = 0; i7 < 10; i7++) {
      b0[i7] = ((int64_t)i7);
    }
    int64_t wd9 = 1;
    for (;;) {
      if (!(wd9 < 10)) break;
      const int64_t v12 = wd9;
      const int64_t v13 = half5;
      const int64_t t14 = (10 - v13);
      const int64_t t16 = (v12 * 2);
      for (int64_t i17 = 0; i17 < 10; i17 += t16) {
        const int64_t t19 = hlox_min_s64((i17 + v12), 10);
        const int64_t t21 = hlox_min_s64((i17 + t16), 10);
        int64_t l22 = i17;
        int64_t r23 = t19;
        int64_t o24 = i17;
        for (;;) {
          if (!((l22 < t19) && (r23 < t21))) break;
          const int64_t v32 = b0[(v13 + r23)];
          const int64_t v35 = b0[(v13 + l22)];
          const int64_t t38 = (i4 * 10);
          const int64_t t39 = (t38 + ((int64_t)v32));
          const float v40 = b1[t39];
          const int32_t v41 = b2[t39];
          const int64_t t42 = (t38 + ((int64_t)v35));
          const float v43 = b1[t42];
          const int32_t v44 = b2[t42];
          const uint8_t r45 = s_top_k_3_compare(v40, v43, v41, v44);
          if (r45) {
            const int64_t v46 = o24;
            b0[(t14 + v46)] = v32;
            o24 = (v46 + 1);
            r23 = (r23 + 1);
          } else {
            const int64_t v51 = o24;
            b0[(t14 + v51)] = v35;
            o24 = (v51 + 1);
            l22 = (l22 + 1);
          }
        }
        for (;;) {
          if (!(l22 < t19)) break;
          const int64_t v58 = o24;
          const int64_t v59 = l22;
          const int64_t v62 = b0[(v13 + v59)];
          b0[(t14 + v58)] = v62;
          o24 = (v58 + 1);
          l22 = (v59 + 1);
        }
        for (;;) {
          if (!(r23 < t21)) break;
          const int64_t v67 = o24;
          const int64_t v68 = r23;
          const int64_t v71 = b0[(v13 + v68)];
          b0[(t14 + v67)] = v71;
          o24 = (v67 + 1);
          r23 = (v68 + 1);
        }
      }
      half5 = t14;
      wd9 = t16;
    }
    const int64_t v74 = half5;
    for (int64_t i75 = 0; i75 < 10; i75++) {
      const int64_t v77 = b0[(v74 + i75)];
      const int64_t t79 = (i4 * 10);
      const int64_t t80 = (t79 + ((int64_t)v77));
      const float v81 = b1[t80];
      const int64_t t82 = (t79 + i75);
      b3[t82] = v81;
      const int32_t v83 = b2[t80];
      b4[t82] = v83;
    }
  }
}

__attribute__((noinline)) static void k_top_k_3_top0(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 3; i5++) {
      const float v9 = b0[((i4 * 10) + i5)];
      b1[((i4 * 3) + i5)] = v9;
    }
  }
}

__attribute__((noinline)) static void k_top_k_3_top1(const int32_t *restrict b0, int32_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 3; i5++) {
      const int32_t v9 = b0[((i4 * 10) + i5)];
      b1[((i4 * 3) + i5)] = v9;
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
