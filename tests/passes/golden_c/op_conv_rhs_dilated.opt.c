

/* hlox: kernels */
__attribute__((noinline)) static void k_transpose_copy_fusion_2(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 9; i6++) {
      for (int64_t i8 = 0; i8 < 8; i8++) {
        #pragma omp simd
        for (int64_t i10 = 0; i10 < 3; i10++) {
          const int64_t t12 = (i4 * 216);
          const float v19 = b0[(((t12 + (i10 * 72)) + (i6 * 8)) + i8)];
          b1[(((t12 + (i6 * 24)) + (i8 * 3)) + i10)] = v19;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_transpose_copy_fusion_1(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    for (int64_t i6 = 0; i6 < 2; i6++) {
      for (int64_t i7 = 0; i7 < 3; i7++) {
        #pragma omp simd
        for (int64_t i9 = 0; i9 < 4; i9++) {
          const float v18 = b0[((((i9 * 18) + (i7 * 6)) + (i4 * 2)) + i6)];
          b1[((((i4 * 24) + (i6 * 12)) + (i7 * 4)) + i9)] = v18;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_convolution_window_dilated(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      for (int64_t i8 = 0; i8 < 9; i8++) {
        for (int64_t i9 = 0; i9 < 4; i9++) {
          float acc11 = (0x0.0p+0f);
          for (int64_t i13 = 0; i13 < 3; i13++) {
            for (int64_t i14 = 0; i14 < 2; i14++) {
              #pragma omp simd reduction(+:acc11)
              for (int64_t i15 = 0; i15 < 3; i15++) {
                const int64_t t19 = (((i6 * 2) - 2) + (i13 * 2));
                const int64_t t25 = ((i8 - 1) + (i14 * 2));
                if ((((t19 >= 0) && (t19 < 9)) && ((t25 >= 0) && (t25 < 8)))) {
                  const float v39 = b0[((((i4 * 216) + (t19 * 24)) + (t25 * 3)) + i15)];
                  const float v48 = b1[((((i13 * 24) + (i14 * 12)) + (i15 * 4)) + i9)];
                  acc11 = (acc11 + (v39 * v48));
                }
              }
            }
          }
          b2[((((i4 * 144) + (i6 * 36)) + (i8 * 4)) + i9)] = acc11;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_transpose_copy_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      for (int64_t i7 = 0; i7 < 4; i7++) {
        #pragma omp simd
        for (int64_t i9 = 0; i9 < 9; i9++) {
          const int64_t t11 = (i4 * 144);
          const float v18 = b0[(((t11 + (i7 * 36)) + (i9 * 4)) + i6)];
          b1[(((t11 + (i6 * 36)) + (i7 * 9)) + i9)] = v18;
        }
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_transpose_copy_fusion_2(((float *)params[0]), ((float *)A));
  k_transpose_copy_fusion_1(((float *)params[1]), ((float *)results[0]));
  k_convolution_window_dilated(((float *)A), ((float *)results[0]), ((float *)(A + 1728)));
  k_transpose_copy_fusion(((float *)(A + 1728)), ((float *)results[0]));
  return 0;
}
