
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_reduce_window_sum_7(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      for (int64_t i3 = 0; i3 < 2; i3++) {
        const float v5 = hlox_const0[0];
        float acc6 = v5;
        for (int64_t i7 = 0; i7 < 3; i7++) {
          const int64_t t10 = (((i1 * 2) - 1) + i7);
          if (((t10 >= 0) && (t10 < 7))) {
            for (int64_t i14 = 0; i14 < 3; i14++) {
              const int64_t t17 = (((i2 * 2) - 1) + i14);
              if (((t17 >= 0) && (t17 < 7))) {
                const float v25 = b0[(((t10 * 14) + (t17 * 2)) + i3)];
                acc6 = (acc6 + v25);
              }
            }
          }
        }
        b1[(((i1 * 8) + (i2 * 2)) + i3)] = acc6;
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 2; i3++) {
        const int64_t t7 = (((i1 * 8) + (i2 * 2)) + i3);
        const float v8 = b0[t7];
        b1[t7] = (v8 / (0x1.2000000000000p+3f));
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
