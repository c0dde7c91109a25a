

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 8; i6++) {
      for (int64_t i7 = 0; i7 < 8; i7++) {
        for (int64_t i9 = 0; i9 < 4; i9++) {
          float acc11 = (0x0.0p+0f);
          for (int64_t i13 = 0; i13 < 3; i13++) {
            for (int64_t i14 = 0; i14 < 3; i14++) {
              #pragma omp simd reduction(+:acc11)
              for (int64_t i15 = 0; i15 < 3; i15++) {
                const int64_t t17 = ((i6 - 1) + i13);
                const int64_t t22 = ((i7 - 1) + i14);
                if ((((t17 >= 0) && (t17 < 8)) && ((t22 >= 0) && (t22 < 8)))) {
                  const float v35 = b0[((((i4 * 192) + (t17 * 24)) + (t22 * 3)) + i15)];
                  const float v45 = b1[((((i13 * 36) + (i14 * 12)) + (i15 * 4)) + i9)];
                  acc11 = (acc11 + (v35 * v45));
                }
              }
            }
          }
          b2[((((i4 * 256) + (i6 * 32)) + (i7 * 4)) + i9)] = acc11;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion(float *restrict b0, const float *restrict b1, const float *restrict b2) {
  for (int64_t i5 = 0; i5 < 2; i5++) {
    #pragma omp simd
    for (int64_t i7 = 0; i7 < 4; i7++) {
      b0[((i5 * 4) + i7)] = (0x0.0p+0f);
    }
  }
  for (int64_t i10 = 0; i10 < 2; i10++) {
    for (int64_t i12 = 0; i12 < 8; i12++) {
      for (int64_t i13 = 0; i13 < 8; i13++) {
        #pragma omp simd
        for (int64_t i14 = 0; i14 < 4; i14++) {
          const int64_t t16 = ((i10 * 4) + i14);
          const float v17 = b0[t16];
          const float v26 = b1[((((i10 * 256) + (i12 * 32)) + (i13 * 4)) + i14)];
          const float v27 = b2[i14];
          b0[t16] = (v17 + hlox_maxf((v26 + v27), (0x0.0p+0f)));
        }
      }
    }
  }
  for (int64_t i31 = 0; i31 < 2; i31++) {
    #pragma omp simd
    for (int64_t i32 = 0; i32 < 4; i32++) {
      const int64_t t34 = ((i31 * 4) + i32);
      const float v35 = b0[t34];
      b0[t34] = (v35 / (0x1.0000000000000p+6f));
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_conv_general_dilated_1(((float *)params[0]), ((float *)params[1]), ((float *)A));
  k_fusion(((float *)results[0]), ((float *)A), ((float *)params[2]));
  return 0;
}
