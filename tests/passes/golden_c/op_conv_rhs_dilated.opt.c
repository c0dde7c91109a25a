

/* hlox: kernels */
__attribute__((noinline)) static void k_transpose_copy_fusion_2(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 9; i2++) {
      for (int64_t i3 = 0; i3 < 8; i3++) {
        #pragma omp simd
        for (int64_t i4 = 0; i4 < 3; i4++) {
          const int64_t t5 = (i1 * 216);
          const float v11 = b0[(((t5 + (i4 * 72)) + (i2 * 8)) + i3)];
          b1[(((t5 + (i2 * 24)) + (i3 * 3)) + i4)] = v11;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_transpose_copy_fusion_1(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      for (int64_t i3 = 0; i3 < 3; i3++) {
        #pragma omp simd
        for (int64_t i4 = 0; i4 < 4; i4++) {
          const float v11 = b0[((((i4 * 18) + (i3 * 6)) + (i1 * 2)) + i2)];
          b1[((((i1 * 24) + (i2 * 12)) + (i3 * 4)) + i4)] = v11;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_convolution_window_dilated(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      for (int64_t i3 = 0; i3 < 9; i3++) {
        for (int64_t i4 = 0; i4 < 4; i4++) {
          float acc6 = (0x0.0p+0f);
          for (int64_t i7 = 0; i7 < 3; i7++) {
            for (int64_t i8 = 0; i8 < 2; i8++) {
              #pragma omp simd reduction(+:acc6)
              for (int64_t i9 = 0; i9 < 3; i9++) {
                const int64_t t13 = (((i2 * 2) - 2) + (i7 * 2));
                const int64_t t19 = ((i3 - 1) + (i8 * 2));
                if ((((t13 >= 0) && (t13 < 9)) && ((t19 >= 0) && (t19 < 8)))) {
                  const float v30 = b0[((((i1 * 216) + (t13 * 24)) + (t19 * 3)) + i9)];
                  const float v38 = b1[((((i7 * 24) + (i8 * 12)) + (i9 * 4)) + i4)];
                  acc6 = (acc6 + (v30 * v38));
                }
              }
            }
          }
          b2[((((i1 * 144) + (i2 * 36)) + (i3 * 4)) + i4)] = acc6;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_transpose_copy_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      for (int64_t i3 = 0; i3 < 4; i3++) {
        #pragma omp simd
        for (int64_t i4 = 0; i4 < 9; i4++) {
          const int64_t t5 = (i1 * 144);
          const float v11 = b0[(((t5 + (i3 * 36)) + (i4 * 4)) + i2)];
          b1[(((t5 + (i2 * 36)) + (i3 * 9)) + i4)] = v11;
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
