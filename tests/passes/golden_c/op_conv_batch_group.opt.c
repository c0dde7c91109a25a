

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_2(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 5; i6++) {
      for (int64_t i8 = 0; i8 < 4; i8++) {
        float acc10 = (0x0.0p+0f);
        const int64_t t11 = (i8 / 2);
        for (int64_t i13 = 0; i13 < 3; i13++) {
          #pragma omp simd reduction(+:acc10)
          for (int64_t i14 = 0; i14 < 2; i14++) {
            const int64_t t16 = ((i6 - 1) + i13);
            const int64_t t21 = ((t11 * 2) + i14);
            if (((t16 >= 0) && (t16 < 5))) {
              const float v27 = b0[(((i4 * 20) + (t16 * 4)) + t21)];
              const float v34 = b1[(((i13 * 8) + (i14 * 4)) + i8)];
              acc10 = (acc10 + (v27 * v34));
            }
          }
        }
        b2[(((i4 * 20) + (i6 * 4)) + i8)] = acc10;
      }
    }
  }
}

__attribute__((noinline)) static void k_transpose_copy_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 5; i4++) {
    for (int64_t i6 = 0; i6 < 2; i6++) {
      for (int64_t i7 = 0; i7 < 2; i7++) {
        #pragma omp simd
        for (int64_t i8 = 0; i8 < 2; i8++) {
          const float v17 = b0[(((i7 * 20) + (i4 * 4)) + ((i6 * 2) + i8))];
          b1[((((i4 * 8) + (i6 * 4)) + (i7 * 2)) + i8)] = (v17 + v17);
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_transpose_copy_fusion_1(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 5; i6++) {
      for (int64_t i7 = 0; i7 < 2; i7++) {
        #pragma omp simd
        for (int64_t i8 = 0; i8 < 2; i8++) {
          const int64_t t9 = (i7 * 2);
          const int64_t t14 = (i6 * 4);
          const float v17 = b0[(((i8 * 20) + t14) + (t9 + i4))];
          b1[((((i4 * 20) + t14) + t9) + i8)] = v17;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_convolution_base_dilated_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 3; i6++) {
      for (int64_t i7 = 0; i7 < 2; i7++) {
        for (int64_t i8 = 0; i8 < 2; i8++) {
          float acc10 = (0x0.0p+0f);
          for (int64_t i12 = 0; i12 < 5; i12++) {
            for (int64_t i13 = 0; i13 < 2; i13++) {
              #pragma omp simd reduction(+:acc10)
              for (int64_t i14 = 0; i14 < 2; i14++) {
                const int64_t t16 = ((i6 - 1) + i12);
                const int64_t t20 = (i7 + i13);
                const int64_t t21 = (t20 / 2);
                if ((((t16 >= 0) && (t16 < 5)) && (((t20 >= 0) && ((t20 % 2) == 0)) && (t21 < 2)))) {
                  const float v37 = b0[((((i4 * 20) + (t16 * 4)) + (t21 * 2)) + i14)];
                  const float v46 = b1[((((i12 * 8) + (i13 * 4)) + (i14 * 2)) + i8)];
                  acc10 = (acc10 + (v37 * v46));
                }
              }
            }
          }
          b2[((((i4 * 12) + (i6 * 4)) + (i7 * 2)) + i8)] = acc10;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_copy_bitcast_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    for (int64_t i6 = 0; i6 < 2; i6++) {
      #pragma omp simd
      for (int64_t i8 = 0; i8 < 4; i8++) {
        const float v18 = b0[((((i6 * 12) + (i4 * 4)) + ((i8 / 2) * 2)) + (i8 % 2))];
        b1[(((i4 * 8) + (i6 * 4)) + i8)] = v18;
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
