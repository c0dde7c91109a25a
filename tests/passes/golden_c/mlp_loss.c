

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 8; i5++) {
        const float v8 = b0[((i1 * 8) + i5)];
        const float v12 = b1[((i5 * 16) + i2)];
        acc4 = (acc4 + (v8 * v12));
      }
      const float v18 = b2[i2];
      b3[((i1 * 16) + i2)] = hlox_tanhf((acc4 + v18));
    }
  }
}

__attribute__((noinline)) static void k_dot_general_3(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 16; i5++) {
        const float v8 = b0[((i1 * 16) + i5)];
        const float v12 = b1[((i5 * 4) + i2)];
        acc4 = (acc4 + (v8 * v12));
      }
      b2[((i1 * 4) + i2)] = acc4;
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  float acc2 = (0x0.0p+0f);
  for (int64_t i3 = 0; i3 < 16; i3++) {
    #pragma omp simd reduction(+:acc2)
    for (int64_t i4 = 0; i4 < 4; i4++) {
      const int64_t t6 = ((i3 * 4) + i4);
      const float v7 = b0[t6];
      const float v8 = b1[i4];
      const float v10 = b2[t6];
      const float v11 = ((v7 + v8) - v10);
      acc2 = (acc2 + (v11 * v11));
    }
  }
  b3[0] = (acc2 / (0x1.0000000000000p+6f));
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_1(((float *)params[4]), ((float *)params[0]), ((float *)params[1]), ((float *)A));
  k_dot_general_3(((float *)A), ((float *)params[2]), ((float *)(A + 1024)));
  k_fusion(((float *)(A + 1024)), ((float *)params[3]), ((float *)params[5]), ((float *)results[0]));
  return 0;
}
