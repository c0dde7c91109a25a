

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 5; i2++) {
      for (int64_t i3 = 0; i3 < 4; i3++) {
        float acc5 = (0x0.0p+0f);
        const int64_t t6 = (i3 / 2);
        for (int64_t i7 = 0; i7 < 3; i7++) {
          #pragma omp simd reduction(+:acc5)
          for (int64_t i8 = 0; i8 < 2; i8++) {
            const int64_t t10 = ((i2 - 1) + i7);
            const int64_t t15 = ((t6 * 2) + i8);
            if (((t10 >= 0) && (t10 < 5))) {
              const float v20 = b0[(((i1 * 20) + (t10 * 4)) + t15)];
              const float v26 = b1[(((i7 * 8) + (i8 * 4)) + i3)];
              acc5 = (acc5 + (v20 * v26));
            }
          }
        }
        const float v31 = acc5;
        b2[(((i1 * 20) + (i2 * 4)) + i3)] = (v31 + v31);
      }
    }
  }
}

__attribute__((noinline)) static void k_conv_general_dilated_3(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      for (int64_t i3 = 0; i3 < 4; i3++) {
        float acc5 = (0x0.0p+0f);
        const int64_t t6 = (i3 % 2);
        const int64_t t9 = (((i3 / 2) * 2) + i2);
        for (int64_t i10 = 0; i10 < 5; i10++) {
          #pragma omp simd reduction(+:acc5)
          for (int64_t i11 = 0; i11 < 2; i11++) {
            const int64_t t13 = ((i1 - 1) + i10);
            if (((t13 >= 0) && (t13 < 5))) {
              const int64_t t17 = (i11 * 20);
              const float v21 = b0[((t17 + (t13 * 4)) + t9)];
              const float v26 = b1[((t17 + (i10 * 4)) + i3)];
              acc5 = (acc5 + (v21 * v26));
            }
          }
        }
        b2[(((i1 * 8) + (i2 * 4)) + i3)] = acc5;
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((float *)params[0]), ((float *)params[1]), ((float *)A));
  k_conv_general_dilated_3(((float *)params[0]), ((float *)A), ((float *)results[0]));
  return 0;
}
