
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

static inline uint8_t s_region_0_1(float p0, float p1) {
  return ((uint8_t)(p0 >= p1));
}

/* hlox: kernels */
__attribute__((noinline)) static void k_select_and_scatter_9(float *restrict b0, const float *restrict b1, const float *restrict b2) {
  const float v3 = hlox_const0[0];
  for (int64_t i6 = 0; i6 < 6; i6++) {
    for (int64_t i7 = 0; i7 < 6; i7++) {
      #pragma omp simd
      for (int64_t i9 = 0; i9 < 2; i9++) {
        b0[(((i6 * 12) + (i7 * 2)) + i9)] = v3;
      }
    }
  }
  for (int64_t i16 = 0; i16 < 3; i16++) {
    for (int64_t i17 = 0; i17 < 3; i17++) {
      for (int64_t i18 = 0; i18 < 2; i18++) {
        int64_t have19 = 0;
        float best21 = (0x0.0p+0f);
        int64_t sel22 = 0;
        int64_t sel23 = 0;
        int64_t sel24 = 0;
        int64_t sel25 = 0;
        for (int64_t i26 = 0; i26 < 2; i26++) {
          const int64_t t28 = ((i16 * 2) + i26);
          for (int64_t i29 = 0; i29 < 2; i29++) {
            const int64_t t31 = ((i17 * 2) + i29);
            const float v36 = b1[(((t28 * 12) + (t31 * 2)) + i18)];
            uint8_t g39;
            if ((have19 == 0)) {
              g39 = 1;
            } else {
              const uint8_t r42 = s_region_0_1(best21, v36);
              g39 = ((uint8_t)!r42);
            }
            if (g39) {
              have19 = 1;
              best21 = v36;
              sel22 = 0;
              sel23 = t28;
              sel24 = t31;
              sel25 = i18;
            }
          }
        }
        if ((have19 != 0)) {
          const int64_t t57 = ((((sel22 * 72) + (sel23 * 12)) + (sel24 * 2)) + sel25);
          const float v58 = b0[t57];
          const float v63 = b2[(((i16 * 6) + (i17 * 2)) + i18)];
          b0[t57] = (v58 + v63);
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
