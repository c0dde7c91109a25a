

/* hlox: kernels */
__attribute__((noinline)) static void k_concatenate_2(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i1 = 0; i1 < 7; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 3; i2++) {
      float g4;
      if ((i1 < 2)) {
        const float v7 = b0[((i1 * 3) + i2)];
        g4 = v7;
      } else {
        const int64_t t8 = (i1 - 2);
        float g10;
        if ((i1 < 6)) {
          const float v13 = b1[((t8 * 3) + i2)];
          g10 = v13;
        } else {
          const float v17 = b2[(((i1 - 6) * 3) + i2)];
          g10 = v17;
        }
        g4 = g10;
      }
      b3[((i1 * 3) + i2)] = g4;
    }
  }
}

__attribute__((noinline)) static void k_multiply_concatenate_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 3; i2++) {
      float g4;
      const float v7 = b0[((i1 * 3) + i2)];
      g4 = v7;
      b1[((i1 * 6) + i2)] = g4;
    }
    #pragma omp simd
    for (int64_t i2 = 3; i2 < 6; i2++) {
      float g4;
      const float v11 = b0[((i1 * 3) + (i2 - 3))];
      g4 = (v11 * (0x1.0000000000000p+1f));
      b1[((i1 * 6) + i2)] = g4;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_concatenate_2(((float *)params[0]), ((float *)params[1]), ((float *)params[2]), ((float *)results[0]));
  k_multiply_concatenate_fusion(((float *)params[0]), ((float *)results[1]));
  return 0;
}
