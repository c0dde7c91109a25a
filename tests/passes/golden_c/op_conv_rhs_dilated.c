

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      for (int64_t i3 = 0; i3 < 4; i3++) {
        for (int64_t i4 = 0; i4 < 9; i4++) {
          float acc6 = (0x0.0p+0f);
          for (int64_t i7 = 0; i7 < 3; i7++) {
            for (int64_t i8 = 0; i8 < 2; i8++) {
              #pragma omp simd reduction(+:acc6)
              for (int64_t i9 = 0; i9 < 3; i9++) {
                const int64_t t12 = (i7 * 2);
                const int64_t t13 = (((i3 * 2) - 2) + t12);
                const int64_t t19 = ((i4 - 1) + (i8 * 2));
                if ((((t13 >= 0) && (t13 < 9)) && ((t19 >= 0) && (t19 < 8)))) {
                  const float v30 = b0[((((i1 * 216) + (i9 * 72)) + (t13 * 8)) + t19)];
                  const float v37 = b1[((((i2 * 18) + (i9 * 6)) + t12) + i8)];
                  acc6 = (acc6 + (v30 * v37));
                }
              }
            }
          }
          b2[((((i1 * 144) + (i2 * 36)) + (i3 * 9)) + i4)] = acc6;
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
