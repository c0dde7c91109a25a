

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 5; i2++) {
      for (int64_t i3 = 0; i3 < 5; i3++) {
        float acc5 = (0x0.0p+0f);
        for (int64_t i6 = 0; i6 < 4; i6++) {
          #pragma omp simd reduction(+:acc5)
          for (int64_t i7 = 0; i7 < 3; i7++) {
            const int64_t t10 = (((i2 * 2) - 3) + i6);
            if (((t10 >= 0) && (t10 < 10))) {
              const float v18 = b0[(((i1 * 30) + (t10 * 3)) + i7)];
              const float v24 = b1[(((i6 * 15) + (i7 * 5)) + i3)];
              acc5 = (acc5 + (v18 * v24));
            }
          }
        }
        b2[(((i1 * 25) + (i2 * 5)) + i3)] = acc5;
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
