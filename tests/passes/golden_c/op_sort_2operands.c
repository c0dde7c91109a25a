

static inline uint8_t s_region_1_2(int32_t p0, int32_t p1, int32_t p2, int32_t p3, float p4, float p5) {
  return ((uint8_t)(((uint8_t)(p0 < p1)) | ((uint8_t)(((uint8_t)(p0 == p1)) & ((uint8_t)(p2 < p3))))));
}

static inline uint8_t s_region_0_1(int32_t p0, int32_t p1, float p2, float p3) {
  return ((uint8_t)(p0 < p1));
}

/* hlox: kernels */
__attribute__((noinline)) static void k_sort_30(int64_t *restrict b0, const int32_t *restrict b1, const int32_t *restrict b2, const float *restrict b3, int32_t *restrict b4, int32_t *restrict b5, float *restrict b6) {
  int64_t half1 = 0;
  for (int64_t i2 = 0; i2 < 12; i2++) {
    b0[i2] = ((int64_t)i2);
  }
  int64_t wd4 = 1;
  for (;;) {
    if (!(wd4 < 12)) break;
    const int64_t v7 = wd4;
    const int64_t v8 = half1;
    const int64_t t9 = (12 - v8);
    const int64_t t10 = (v7 * 2);
    for (int64_t i11 = 0; i11 < 12; i11 += t10) {
      const int64_t t13 = hlox_min_s64((i11 + v7), 12);
      const int64_t t15 = hlox_min_s64((i11 + t10), 12);
      int64_t l16 = i11;
      int64_t r17 = t13;
      int64_t o18 = i11;
      for (;;) {
        if (!((l16 < t13) && (r17 < t15))) break;
        const int64_t v26 = b0[(v8 + r17)];
        const int64_t v29 = b0[(v8 + l16)];
        const int64_t x30 = ((int64_t)v26);
        const int64_t x31 = ((int64_t)v29);
        const int32_t v32 = b1[x30];
        const int32_t v33 = b2[x30];
        const float v34 = b3[x30];
        const int32_t v35 = b1[x31];
        const int32_t v36 = b2[x31];
        const float v37 = b3[x31];
        const uint8_t r38 = s_region_1_2(v32, v35, v33, v36, v34, v37);
        if (r38) {
          const int64_t v39 = o18;
          b0[(t9 + v39)] = v26;
          o18 = (v39 + 1);
          r17 = (r17 + 1);
        } else {
          const int64_t v44 = o18;
          b0[(t9 + v44)] = v29;
          o18 = (v44 + 1);
          l16 = (l16 + 1);
        }
      }
      for (;;) {
        if (!(l16 < t13)) break;
        const int64_t v51 = o18;
        const int64_t v52 = l16;
        const int64_t v55 = b0[(v8 + v52)];
        b0[(t9 + v51)] = v55;
        o18 = (v51 + 1);
        l16 = (v52 + 1);
      }
      for (;;) {
        if (!(r17 < t15)) break;
        const int64_t v60 = o18;
        const int64_t v61 = r17;
        const int64_t v64 = b0[(v8 + v61)];
        b0[(t9 + v60)] = v64;
        o18 = (v60 + 1);
        r17 = (v61 + 1);
      }
    }
    half1 = t9;
    wd4 = t10;
  }
  const int64_t v67 = half1;
  for (int64_t i68 = 0; i68 < 12; i68++) {
    const int64_t v70 = b0[(v67 + i68)];
    const int64_t x71 = ((int64_t)v70);
    const int32_t v72 = b1[x71];
    b4[i68] = v72;
    const int32_t v73 = b2[x71];
    b5[i68] = v73;
    const float v74 = b3[x71];
    b6[i68] = v74;
  }
}

__attribute__((noinline)) static void k_sort_27(int64_t *restrict b0, const int32_t *restrict b1, const float *restrict b2, int32_t *restrict b3, float *restrict b4) {
  int64_t half1 = 0;
  for (int64_t i2 = 0; i2 < 12; i2++) {
    b0[i2] = ((int64_t)i2);
  }
  int64_t wd4 = 1;
  for (;;) {
    if (!(wd4 < 12)) break;
    const int64_t v7 = wd4;
    const int64_t v8 = half1;
    const int64_t t9 = (12 - v8);
    const int64_t t10 = (v7 * 2);
    for (int64_t i11 = 0; i11 < 12; i11 += t10) {
      const int64_t t13 = hlox_min_s64((i11 + v7), 12);
      const int64_t t15 = hlox_min_s64((i11 + t10), 12);
      int64_t l16 = i11;
      int64_t r17 = t13;
      int64_t o18 = i11;
      for (;;) {
        if (!((l16 < t13) && (r17 < t15))) break;
        const int64_t v26 = b0[(v8 + r17)];
        const int64_t v29 = b0[(v8 + l16)];
        const int64_t x30 = ((int64_t)v26);
        const int64_t x31 = ((int64_t)v29);
        const int32_t v32 = b1[x30];
        const float v33 = b2[x30];
        const int32_t v34 = b1[x31];
        const float v35 = b2[x31];
        const uint8_t r36 = s_region_0_1(v32, v34, v33, v35);
        if (r36) {
          const int64_t v37 = o18;
          b0[(t9 + v37)] = v26;
          o18 = (v37 + 1);
          r17 = (r17 + 1);
        } else {
          const int64_t v42 = o18;
          b0[(t9 + v42)] = v29;
          o18 = (v42 + 1);
          l16 = (l16 + 1);
        }
      }
      for (;;) {
        if (!(l16 < t13)) break;
        const int64_t v49 = o18;
        const int64_t v50 = l16;
        const int64_t v53 = b0[(v8 + v50)];
        b0[(t9 + v49)] = v53;
        o18 = (v49 + 1);
        l16 = (v50 + 1);
      }
      for (;;) {
        if (!(r17 < t15)) break;
        const int64_t v58 = o18;
        const int64_t v59 = r17;
        const int64_t v62 = b0[(v8 + v59)];
        b0[(t9 + v58)] = v62;
        o18 = (v58 + 1);
        r17 = (v59 + 1);
      }
    }
    half1 = t9;
    wd4 = t10;
  }
  const int64_t v65 = half1;
  for (int64_t i66 = 0; i66 < 12; i66++) {
    const int64_t v68 = b0[(v65 + i66)];
    const int64_t x69 = ((int64_t)v68);
    const int32_t v70 = b1[x69];
    b3[i66] = v70;
    const float v71 = b2[x69];
    b4[i66] = v71;
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
