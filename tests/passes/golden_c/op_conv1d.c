

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 5; i6++) {
      for (int64_t i7 = 0; i7 < 5; i7++) {
        float acc9 = (0x0.0p+0f);
        for (int64_t i11 = 0; i11 < 4; i11++) {
          #pragma omp simd reduction(+:acc9)
          for (int64_t i13 = 0; i13 < 3; i13++) {
            const int64_t t16 = (((i6 * 2) - 3) + i11);
            if (((t16 >= 0) && (t16 < 10))) {
              const float v26 = b0[(((i4 * 30) + (t16 * 3)) + i13)];
              const float v33 = b1[(((i11 * 15) + (i13 * 5)) + i7)];
              acc9 = (acc9 + (v26 * v33));
            }
          }
        }
        b2[(((i4 * 25) + (i6 * 5)) + i7)] = acc9;
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_conv_general_dilated_1(((float *)params[0]), ((float *)params[1]), ((float *)results[0]));
  return 0;
}
