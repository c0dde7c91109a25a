

static inline uint8_t s_region_1_2(int32_t p0, int32_t p1, int32_t p2, int32_t p3, float p4, float p5) {
  return ((uint8_t)(((uint8_t)(p0 < p1)) | ((uint8_t)(((uint8_t)(p0 == p1)) & ((uint8_t)(p2 < p3))))));
}

static inline uint8_t s_region_0_1(int32_t p0, int32_t p1, float p2, float p3) {
  return ((uint8_t)(p0 < p1));
}

/* hlox: kernels */
__attribute__((noinline)) static void k_sort_30(int64_t *restrict b0, const int32_t *restrict b1, const int32_t *restrict b2, const float *restrict b3, int32_t *restrict b4, int32_t *restrict b5, float *restrict b6) {
  int64_t half2 = 0;
  for (int64_t i5 = 0; i5 < 12; i5++) {
    b0[i5] = ((int64_t)i5);
  }
  int64_t wd7 = 1;
  for (;;) {
    if (!(wd7 < 12)) break;
    const int64_t v10 = wd7;
    const int64_t v11 = half2;
    const int64_t t12 = (12 - v11);
    const int64_t t14 = (v10 * 2);
    for (int64_t i15 = 0; i15 < 12; i15 += t14) {
      const int64_t t17 = hlox_min_s64((i15 + v10), 12);
      const int64_t t19 = hlox_min_s64((i15 + t14), 12);
      int64_t l20 = i15;
      int64_t r21 = t17;
      int64_t o22 = i15;
      for (;;) {
        if (!((l20 < t17) && (r21 < t19))) break;
        const int64_t v30 = b0[(v11 + r21)];
        const int64_t v33 = b0[(v11 + l20)];
        const int64_t x34 = ((int64_t)v30);
        const int64_t x35 = ((int64_t)v33);
        const int32_t v36 = b1[x34];
        const int32_t v37 = b2[x34];
        const float v38 = b3[x34];
        const int32_t v39 = b1[x35];
        const int32_t v40 = b2[x35];
        const float v41 = b3[x35];
        const uint8_t r42 = s_region_1_2(v36, v39, v37, v40, v38, v41);
        if (r42) {
          const int64_t v43 = o22;
          b0[(t12 + v43)] = v30;
          o22 = (v43 + 1);
          r21 = (r21 + 1);
        } else {
          const int64_t v48 = o22;
          b0[(t12 + v48)] = v33;
          o22 = (v48 + 1);
          l20 = (l20 + 1);
        }
      }
      for (;;) {
        if (!(l20 < t17)) break;
        const int64_t v55 = o22;
        const int64_t v56 = l20;
        const int64_t v59 = b0[(v11 + v56)];
        b0[(t12 + v55)] = v59;
        o22 = (v55 + 1);
        l20 = (v56 + 1);
      }
      for (;;) {
        if (!(r21 < t19)) break;
        const int64_t v64 = o22;
        const int64_t v65 = r21;
        const int64_t v68 = b0[(v11 + v65)];
        b0[(t12 + v64)] = v68;
        o22 = (v64 + 1);
        r21 = (v65 + 1);
      }
    }
    half2 = t12;
    wd7 = t14;
  }
  const int64_t v71 = half2;
  for (int64_t i72 = 0; i72 < 12; i72++) {
    const int64_t v74 = b0[(v71 + i72)];
    const int64_t x75 = ((int64_t)v74);
    const int32_t v76 = b1[x75];
    b4[i72] = v76;
    const int32_t v77 = b2[x75];
    b5[i72] = v77;
    const float v78 = b3[x75];
    b6[i72] = v78;
  }
}

__attribute__((noinline)) static void k_sort_27(int64_t *restrict b0, const int32_t *restrict b1, const float *restrict b2, int32_t *restrict b3, float *restrict b4) {
  int64_t half2 = 0;
  for (int64_t i5 = 0; i5 < 12; i5++) {
    b0[i5] = ((int64_t)i5);
  }
  int64_t wd7 = 1;
  for (;;) {
    if (!(wd7 < 12)) break;
    const int64_t v10 = wd7;
    const int64_t v11 = half2;
    const int64_t t12 = (12 - v11);
    const int64_t t14 = (v10 * 2);
    for (int64_t i15 = 0; i15 < 12; i15 += t14) {
      const int64_t t17 = hlox_min_s64((i15 + v10), 12);
      const int64_t t19 = hlox_min_s64((i15 + t14), 12);
      int64_t l20 = i15;
      int64_t r21 = t17;
      int64_t o22 = i15;
      for (;;) {
        if (!((l20 < t17) && (r21 < t19))) break;
        const int64_t v30 = b0[(v11 + r21)];
        const int64_t v33 = b0[(v11 + l20)];
        const int64_t x34 = ((int64_t)v30);
        const int64_t x35 = ((int64_t)v33);
        const int32_t v36 = b1[x34];
        const float v37 = b2[x34];
        const int32_t v38 = b1[x35];
        const float v39 = b2[x35];
        const uint8_t r40 = s_region_0_1(v36, v38, v37, v39);
        if (r40) {
          const int64_t v41 = o22;
          b0[(t12 + v41)] = v30;
          o22 = (v41 + 1);
          r21 = (r21 + 1);
        } else {
          const int64_t v46 = o22;
          b0[(t12 + v46)] = v33;
          o22 = (v46 + 1);
          l20 = (l20 + 1);
        }
      }
      for (;;) {
        if (!(l20 < t17)) break;
        const int64_t v53 = o22;
        const int64_t v54 = l20;
        const int64_t v57 = b0[(v11 + v54)];
        b0[(t12 + v53)] = v57;
        o22 = (v53 + 1);
        l20 = (v54 + 1);
      }
      for (;;) {
        if (!(r21 < t19)) break;
        const int64_t v62 = o22;
        const int64_t v63 = r21;
        const int64_t v66 = b0[(v11 + v63)];
        b0[(t12 + v62)] = v66;
        o22 = (v62 + 1);
        r21 = (v63 + 1);
      }
    }
    half2 = t12;
    wd7 = t14;
  }
  const int64_t v69 = half2;
  for (int64_t i70 = 0; i70 < 12; i70++) {
    const int64_t v72 = b0[(v69 + i70)];
    const int64_t x73 = ((int64_t)v72);
    const int32_t v74 = b1[x73];
    b3[i70] = v74;
    const float v75 = b2[x73];
    b4[i70] = v75;
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_sort_30(((int64_t *)A), ((int32_t *)params[0]), ((int32_t *)params[2]), ((float *)params[1]), ((int32_t *)(A + 192)), ((int32_t *)(A + 240)), ((float *)(A + 288)));
  k_sort_27(((int64_t *)A), ((int32_t *)params[0]), ((float *)params[1]), ((int32_t *)(A + 336)), ((float *)(A + 384)));
  memcpy(((int32_t *)results[0]), ((int32_t *)(A + 336)), 48);
  memcpy(((float *)results[1]), ((float *)(A + 384)), 48);
  memcpy(((int32_t *)results[2]), ((int32_t *)(A + 192)), 48);
  memcpy(((int32_t *)results[3]), ((int32_t *)(A + 240)), 48);
  memcpy(((float *)results[4]), ((float *)(A + 288)), 48);
  return 0;
}
