

/* hlox: kernels */
__attribute__((noinline)) static void k_ynn_fusion_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    for (int64_t i5 = 0; i5 < 16; i5++) {
      float acc7 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc7)
      for (int64_t i9 = 0; i9 < 8; i9++) {
        const float v12 = b0[((i4 * 8) + i9)];
        const float v16 = b1[((i9 * 16) + i5)];
        acc7 = (acc7 + (v12 * v16));
      }
      b2[((i4 * 16) + i5)] = acc7;
    }
  }
}

__attribute__((noinline)) static void k_add_tanh_fusion(float *restrict b0, const float *restrict b1) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 16; i5++) {
      const int64_t t7 = ((i4 * 16) + i5);
      const float v8 = b0[t7];
      const float v9 = b1[i5];
      b0[t7] = hlox_tanhf((v8 + v9));
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      float acc8 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i9 = 0; i9 < 16; i9++) {
        const float v12 = b0[((i4 * 16) + i9)];
        const float v16 = b1[((i9 * 4) + i6)];
        acc8 = (acc8 + (v12 * v16));
      }
      b2[((i4 * 4) + i6)] = acc8;
    }
  }
}

__attribute__((noinline)) static void k_reduce_multiply_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  float acc2 = (0x0.0p+0f);
  for (int64_t i6 = 0; i6 < 16; i6++) {
    #pragma omp simd reduction(+:acc2)
    for (int64_t i8 = 0; i8 < 4; i8++) {
      const int64_t t10 = ((i6 * 4) + i8);
      const float v11 = b0[t10];
      const float v12 = b1[i8];
      const float v14 = b2[t10];
      const float v15 = ((v11 + v12) - v14);
      acc2 = (acc2 + (v15 * v15));
    }
  }
  b3[0] = acc2;
  const float v20 = b3[0];
  b3[0] = (v20 * (0x1.0000000000000p-6f));
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_ynn_fusion_1(((float *)params[4]), ((float *)params[0]), ((float *)A));
  k_add_tanh_fusion(((float *)A), ((float *)params[1]));
  k_ynn_fusion(((float *)A), ((float *)params[2]), ((float *)(A + 1024)));
  k_reduce_multiply_fusion(((float *)(A + 1024)), ((float *)params[3]), ((float *)params[5]), ((float *)results[0]));
  return 0;
}
