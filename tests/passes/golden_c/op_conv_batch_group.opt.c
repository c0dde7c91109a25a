

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_2(const float *restrict b0, const float *restrict b1, float *restrict b2) {
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
        b2[(((i1 * 20) + (i2 * 4)) + i3)] = acc5;
      }
    }
  }
}

__attribute__((noinline)) static void k_transpose_copy_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 5; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      for (int64_t i3 = 0; i3 < 2; i3++) {
        #pragma omp simd
        for (int64_t i4 = 0; i4 < 2; i4++) {
          const float v11 = b0[(((i3 * 20) + (i1 * 4)) + ((i2 * 2) + i4))];
          b1[((((i1 * 8) + (i2 * 4)) + (i3 * 2)) + i4)] = (v11 + v11);
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_transpose_copy_fusion_1(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 5; i2++) {
      for (int64_t i3 = 0; i3 < 2; i3++) {
        #pragma omp simd
        for (int64_t i4 = 0; i4 < 2; i4++) {
          const int64_t t5 = (i3 * 2);
          const int64_t t8 = (i2 * 4);
          const float v11 = b0[(((i4 * 20) + t8) + (t5 + i1))];
          b1[((((i1 * 20) + t8) + t5) + i4)] = v11;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_convolution_base_dilated_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 3; i2++) {
      for (int64_t i3 = 0; i3 < 2; i3++) {
        for (int64_t i4 = 0; i4 < 2; i4++) {
          float acc6 = (0x0.0p+0f);
          for (int64_t i7 = 0; i7 < 5; i7++) {
            for (int64_t i8 = 0; i8 < 2; i8++) {
              #pragma omp simd reduction(+:acc6)
              for (int64_t i9 = 0; i9 < 2; i9++) {
                const int64_t t11 = ((i2 - 1) + i7);
                const int64_t t15 = (i3 + i8);
                const int64_t t16 = (t15 / 2);
                if ((((t11 >= 0) && (t11 < 5)) && (((t15 >= 0) && ((t15 % 2) == 0)) && (t16 < 2)))) {
                  const float v30 = b0[((((i1 * 20) + (t11 * 4)) + (t16 * 2)) + i9)];
                  const float v38 = b1[((((i7 * 8) + (i8 * 4)) + (i9 * 2)) + i4)];
                  acc6 = (acc6 + (v30 * v38));
                }
              }
            }
          }
          b2[((((i1 * 12) + (i2 * 4)) + (i3 * 2)) + i4)] = acc6;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_copy_bitcast_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 4; i3++) {
        const float v12 = b0[((((i2 * 12) + (i1 * 4)) + ((i3 / 2) * 2)) + (i3 % 2))];
        b1[(((i1 * 8) + (i2 * 4)) + i3)] = v12;
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_conv_general_dilated_2(((float *)params[0]), ((float *)params[1]), ((float *)A));
  k_transpose_copy_fusion(((float *)A), ((float *)(A + 192)));
  k_transpose_copy_fusion_1(((float *)params[0]), ((float *)A));
  k_convolution_base_dilated_1(((float *)A), ((float *)(A + 192)), ((float *)(A + 384)));
  k_copy_bitcast_fusion(((float *)(A + 384)), ((float *)results[0]));
  return 0;
}
