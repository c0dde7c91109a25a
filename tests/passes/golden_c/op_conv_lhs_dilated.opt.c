

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    for (int64_t i2 = 0; i2 < 8; i2++) {
      for (int64_t i3 = 0; i3 < 3; i3++) {
        float acc5 = (0x0.0p+0f);
        for (int64_t i6 = 0; i6 < 3; i6++) {
          for (int64_t i7 = 0; i7 < 3; i7++) {
            #pragma omp simd reduction(+:acc5)
            for (int64_t i8 = 0; i8 < 2; i8++) {
              const int64_t t10 = ((i1 - 1) + i6);
              const int64_t t11 = (t10 / 2);
              const int64_t t19 = ((i2 - 2) + i7);
              const int64_t t20 = (t19 / 2);
              if (((((t10 >= 0) && ((t10 % 2) == 0)) && (t11 < 4)) && (((t19 >= 0) && ((t19 % 2) == 0)) && (t20 < 4)))) {
                const float v32 = b0[(((t11 * 8) + (t20 * 2)) + i8)];
                const float v40 = b1[((((i6 * 18) + (i7 * 6)) + (i8 * 3)) + i3)];
                acc5 = (acc5 + (v32 * v40));
              }
            }
          }
        }
        b2[(((i1 * 24) + (i2 * 3)) + i3)] = acc5;
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
