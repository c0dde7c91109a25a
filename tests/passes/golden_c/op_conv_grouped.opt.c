

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    for (int64_t i5 = 0; i5 < 4; i5++) {
      for (int64_t i6 = 0; i6 < 4; i6++) {
        float acc8 = (0x0.0p+0f);
        const int64_t t10 = (i6 / 2);
        for (int64_t i12 = 0; i12 < 3; i12++) {
          for (int64_t i13 = 0; i13 < 3; i13++) {
            #pragma omp simd reduction(+:acc8)
            for (int64_t i14 = 0; i14 < 2; i14++) {
              const int64_t t15 = (i4 + i12);
              const int64_t t20 = (i5 + i13);
              const int64_t t25 = ((t10 * 2) + i14);
              if ((((t15 >= 0) && (t15 < 6)) && ((t20 >= 0) && (t20 < 6)))) {
                const float v32 = b0[(((t15 * 24) + (t20 * 4)) + t25)];
                const float v41 = b1[((((i12 * 24) + (i13 * 8)) + (i14 * 4)) + i6)];
                acc8 = (acc8 + (v32 * v41));
              }
            }
          }
        }
        b2[(((i4 * 16) + (i5 * 4)) + i6)] = acc8;
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
