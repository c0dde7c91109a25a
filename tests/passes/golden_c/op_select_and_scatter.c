
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

static inline uint8_t s_region_0_1(float p0, float p1) {
  return ((uint8_t)(p0 >= p1));
}

/* hlox: kernels */
__attribute__((noinline)) static void k_select_and_scatter_9(float *restrict b0, const float *restrict b1, const float *restrict b2) {
  const float v2 = hlox_const0[0];
  for (int64_t i3 = 0; i3 < 6; i3++) {
    for (int64_t i4 = 0; i4 < 6; i4++) {
      #pragma omp simd
      for (int64_t i5 = 0; i5 < 2; i5++) {
        b0[(((i3 * 12) + (i4 * 2)) + i5)] = v2;
      }
    }
  }
  for (int64_t i10 = 0; i10 < 3; i10++) {
    for (int64_t i11 = 0; i11 < 3; i11++) {
      for (int64_t i12 = 0; i12 < 2; i12++) {
        int64_t have13 = 0;
        float best15 = (0x0.0p+0f);
        int64_t sel16 = 0;
        int64_t sel17 = 0;
        int64_t sel18 = 0;
        int64_t sel19 = 0;
        for (int64_t i20 = 0; i20 < 2; i20++) {
          const int64_t t22 = ((i10 * 2) + i20);
          for (int64_t i23 = 0; i23 < 2; i23++) {
            const int64_t t25 = ((i11 * 2) + i23);
            const float v30 = b1[(((t22 * 12) + (t25 * 2)) + i12)];
            uint8_t g33;
            if ((have13 == 0)) {
              g33 = 1;
            } else {
              const uint8_t r36 = s_region_0_1(best15, v30);
              g33 = ((uint8_t)!r36);
            }
            if (g33) {
              have13 = 1;
              best15 = v30;
              sel16 = 0;
              sel17 = t22;
              sel18 = t25;
              sel19 = i12;
            }
          }
        }
        if ((have13 != 0)) {
          const int64_t t50 = ((((sel16 * 72) + (sel17 * 12)) + (sel18 * 2)) + sel19);
          const float v51 = b0[t50];
          const float v56 = b2[(((i10 * 6) + (i11 * 2)) + i12)];
          b0[t50] = (v51 + v56);
        }
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_select_and_scatter_9(((float *)results[0]), ((float *)params[0]), ((float *)params[1]));
  return 0;
}
