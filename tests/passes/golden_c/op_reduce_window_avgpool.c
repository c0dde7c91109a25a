
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_reduce_window_sum_7(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    for (int64_t i5 = 0; i5 < 4; i5++) {
      for (int64_t i7 = 0; i7 < 2; i7++) {
        const float v9 = hlox_const0[0];
        float acc10 = v9;
        for (int64_t i12 = 0; i12 < 3; i12++) {
          const int64_t t15 = (((i4 * 2) - 1) + i12);
          if (((t15 >= 0) && (t15 < 7))) {
            for (int64_t i20 = 0; i20 < 3; i20++) {
              const int64_t t23 = (((i5 * 2) - 1) + i20);
              if (((t23 >= 0) && (t23 < 7))) {
                const float v32 = b0[(((t15 * 14) + (t23 * 2)) + i7)];
                acc10 = (acc10 + v32);
              }
            }
          }
        }
        b1[(((i4 * 8) + (i5 * 2)) + i7)] = acc10;
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    for (int64_t i5 = 0; i5 < 4; i5++) {
      #pragma omp simd
      for (int64_t i7 = 0; i7 < 2; i7++) {
        const int64_t t12 = (((i4 * 8) + (i5 * 2)) + i7);
        const float v13 = b0[t12];
        b1[t12] = (v13 / (0x1.2000000000000p+3f));
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_reduce_window_sum_7(((float *)params[0]), ((float *)A));
  k_fusion(((float *)A), ((float *)results[0]));
  return 0;
}
