

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      for (int64_t i3 = 0; i3 < 4; i3++) {
        float acc5 = (0x0.0p+0f);
        const int64_t t6 = (i3 / 2);
        for (int64_t i7 = 0; i7 < 3; i7++) {
          for (int64_t i8 = 0; i8 < 3; i8++) {
            #pragma omp simd reduction(+:acc5)
            for (int64_t i9 = 0; i9 < 2; i9++) {
              const int64_t t10 = (i1 + i7);
              const int64_t t14 = (i2 + i8);
              const int64_t t19 = ((t6 * 2) + i9);
              if ((((t10 >= 0) && (t10 < 6)) && ((t14 >= 0) && (t14 < 6)))) {
                const float v25 = b0[(((t10 * 24) + (t14 * 4)) + t19)];
                const float v33 = b1[((((i7 * 24) + (i8 * 8)) + (i9 * 4)) + i3)];
                acc5 = (acc5 + (v25 * v33));
              }
            }
          }
        }
        b2[(((i1 * 16) + (i2 * 4)) + i3)] = acc5;
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
