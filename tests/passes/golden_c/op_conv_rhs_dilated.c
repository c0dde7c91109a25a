

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      for (int64_t i7 = 0; i7 < 4; i7++) {
        for (int64_t i9 = 0; i9 < 9; i9++) {
          float acc11 = (0x0.0p+0f);
          for (int64_t i13 = 0; i13 < 3; i13++) {
            for (int64_t i14 = 0; i14 < 2; i14++) {
              #pragma omp simd reduction(+:acc11)
              for (int64_t i15 = 0; i15 < 3; i15++) {
                const int64_t t18 = (i13 * 2);
                const int64_t t19 = (((i7 * 2) - 2) + t18);
                const int64_t t25 = ((i9 - 1) + (i14 * 2));
                if ((((t19 >= 0) && (t19 < 9)) && ((t25 >= 0) && (t25 < 8)))) {
                  const float v39 = b0[((((i4 * 216) + (i15 * 72)) + (t19 * 8)) + t25)];
                  const float v48 = b1[((((i6 * 18) + (i15 * 6)) + t18) + i14)];
                  acc11 = (acc11 + (v39 * v48));
                }
              }
            }
          }
          b2[((((i4 * 144) + (i6 * 36)) + (i7 * 9)) + i9)] = acc11;
        }
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
