

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 5; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      for (int64_t i3 = 0; i3 < 6; i3++) {
        float acc5 = (0x0.0p+0f);
        const int64_t t6 = (i3 / 2);
        for (int64_t i7 = 0; i7 < 3; i7++) {
          for (int64_t i8 = 0; i8 < 3; i8++) {
            #pragma omp simd reduction(+:acc5)
            for (int64_t i9 = 0; i9 < 1; i9++) {
              const int64_t t11 = ((i1 - 1) + i7);
              const int64_t t16 = ((i2 - 1) + i8);
              const int64_t t20 = (t6 + i9);
              if ((((t11 >= 0) && (t11 < 5)) && ((t16 >= 0) && (t16 < 4)))) {
                const float v26 = b0[(((t11 * 12) + (t16 * 3)) + t20)];
                const float v34 = b1[((((i7 * 18) + (i8 * 6)) + (i9 * 6)) + i3)];
                acc5 = (acc5 + (v26 * v34));
              }
            }
          }
        }
        b2[(((i1 * 24) + (i2 * 6)) + i3)] = acc5;
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
