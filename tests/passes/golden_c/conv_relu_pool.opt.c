

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 8; i2++) {
      for (int64_t i3 = 0; i3 < 8; i3++) {
        for (int64_t i4 = 0; i4 < 4; i4++) {
          float acc6 = (0x0.0p+0f);
          for (int64_t i7 = 0; i7 < 3; i7++) {
            for (int64_t i8 = 0; i8 < 3; i8++) {
              #pragma omp simd reduction(+:acc6)
              for (int64_t i9 = 0; i9 < 3; i9++) {
                const int64_t t11 = ((i2 - 1) + i7);
                const int64_t t16 = ((i3 - 1) + i8);
                if ((((t11 >= 0) && (t11 < 8)) && ((t16 >= 0) && (t16 < 8)))) {
                  const float v27 = b0[((((i1 * 192) + (t11 * 24)) + (t16 * 3)) + i9)];
                  const float v35 = b1[((((i7 * 36) + (i8 * 12)) + (i9 * 4)) + i4)];
                  acc6 = (acc6 + (v27 * v35));
                }
              }
            }
          }
          b2[((((i1 * 256) + (i2 * 32)) + (i3 * 4)) + i4)] = acc6;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(float *restrict b0, const float *restrict b1, const float *restrict b2) {
  for (int64_t i2 = 0; i2 < 2; i2++) {
    for (int64_t i3 = 0; i3 < 1; i3++) {
      #pragma omp simd
      for (int64_t i4 = 0; i4 < 4; i4++) {
        b0[((i2 * 4) + i4)] = (0x0.0p+0f);
      }
      for (int64_t i7 = 0; i7 < 8; i7++) {
        for (int64_t i8 = 0; i8 < 8; i8++) {
          #pragma omp simd
          for (int64_t i9 = 0; i9 < 4; i9++) {
            const int64_t t11 = ((i2 * 4) + i9);
            const float v12 = b0[t11];
            const float v19 = b1[((((i2 * 256) + (i7 * 32)) + (i8 * 4)) + i9)];
            const float v20 = b2[i9];
            b0[t11] = (v12 + hlox_maxf((v19 + v20), (0x0.0p+0f)));
          }
        }
      }
      #pragma omp simd
      for (int64_t i24 = 0; i24 < 4; i24++) {
        const int64_t t26 = ((i2 * 4) + i24);
        const float v27 = b0[t26];
        b0[t26] = (v27 * (0x1.0000000000000p-6f));
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_conv_general_dilated_1(((float *)params[0]), ((float *)params[1]), ((float *)A));
  k_broadcast_multiply_fusion(((float *)results[0]), ((float *)A), ((float *)params[2]));
  return 0;
}
