

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    for (int64_t i5 = 0; i5 < 8; i5++) {
      for (int64_t i7 = 0; i7 < 3; i7++) {
        float acc9 = (0x0.0p+0f);
        for (int64_t i10 = 0; i10 < 3; i10++) {
          for (int64_t i11 = 0; i11 < 3; i11++) {
            #pragma omp simd reduction(+:acc9)
            for (int64_t i13 = 0; i13 < 2; i13++) {
              const int64_t t15 = ((i4 - 1) + i10);
              const int64_t t16 = (t15 / 2);
              const int64_t t25 = ((i5 - 2) + i11);
              const int64_t t26 = (t25 / 2);
              if (((((t15 >= 0) && ((t15 % 2) == 0)) && (t16 < 4)) && (((t25 >= 0) && ((t25 % 2) == 0)) && (t26 < 4)))) {
                const float v38 = b0[(((t16 * 8) + (t26 * 2)) + i13)];
                const float v48 = b1[((((i10 * 18) + (i11 * 6)) + (i13 * 3)) + i7)];
                acc9 = (acc9 + (v38 * v48));
              }
            }
          }
        }
        b2[(((i4 * 24) + (i5 * 3)) + i7)] = acc9;
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
