

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 5; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      for (int64_t i8 = 0; i8 < 6; i8++) {
        float acc10 = (0x0.0p+0f);
        const int64_t t12 = (i8 / 2);
        for (int64_t i14 = 0; i14 < 3; i14++) {
          for (int64_t i15 = 0; i15 < 3; i15++) {
            #pragma omp simd reduction(+:acc10)
            for (int64_t i16 = 0; i16 < 1; i16++) {
              const int64_t t18 = ((i4 - 1) + i14);
              const int64_t t23 = ((i6 - 1) + i15);
              const int64_t t27 = (t12 + i16);
              if ((((t18 >= 0) && (t18 < 5)) && ((t23 >= 0) && (t23 < 4)))) {
                const float v34 = b0[(((t18 * 12) + (t23 * 3)) + t27)];
                const float v43 = b1[((((i14 * 18) + (i15 * 6)) + (i16 * 6)) + i8)];
                acc10 = (acc10 + (v34 * v43));
              }
            }
          }
        }
        b2[(((i4 * 24) + (i6 * 6)) + i8)] = acc10;
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
