

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_3(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    float acc3 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc3)
    for (int64_t i4 = 0; i4 < 8; i4++) {
      const float v7 = b0[((i1 * 8) + i4)];
      const float v9 = b1[i4];
      acc3 = (acc3 + (v7 * v9));
    }
    b2[i1] = sinf((hlox_tanhf(acc3) * (0x1.0000000000000p+1f)));
  }
}

__attribute__((noinline)) static void k_fusion_2(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    b0[i1] = (0x1.0000000000000p+0f);
  }
}

__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    float acc3 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc3)
    for (int64_t i4 = 0; i4 < 8; i4++) {
      const float v7 = b0[((i1 * 8) + i4)];
      const float v9 = b1[i4];
      acc3 = (acc3 + (v7 * v9));
    }
    const float v15 = hlox_tanhf(acc3);
    const float v19 = b2[i1];
    const float v24 = (((v19 * cosf((v15 * (0x1.0000000000000p+1f)))) * (0x1.0000000000000p+1f)) * ((0x1.0000000000000p+0f) - v15));
    b3[i1] = (v24 + (v24 * v15));
  }
}

__attribute__((noinline)) static void k_dot_general_7(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    float acc3 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc3)
    for (int64_t i4 = 0; i4 < 8; i4++) {
      const float v5 = b0[i4];
      const float v9 = b1[((i4 * 8) + i1)];
      acc3 = (acc3 + (v5 * v9));
    }
    b2[i1] = acc3;
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    float acc3 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc3)
    for (int64_t i4 = 0; i4 < 8; i4++) {
      const float v7 = b0[((i1 * 8) + i4)];
      const float v9 = b1[i4];
      acc3 = (acc3 + (v7 * v9));
    }
    const float v15 = hlox_tanhf(acc3);
    const float v19 = b2[i1];
    const float v24 = (((v19 * cosf((v15 * (0x1.0000000000000p+1f)))) * (0x1.0000000000000p+1f)) * ((0x1.0000000000000p+0f) - v15));
    b3[i1] = (v24 + (v24 * v15));
  }
}

__attribute__((noinline)) static void k_dot_general_9(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    float acc3 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc3)
    for (int64_t i4 = 0; i4 < 8; i4++) {
      const float v5 = b0[i4];
      const float v9 = b1[((i4 * 8) + i1)];
      acc3 = (acc3 + (v5 * v9));
    }
    b2[i1] = acc3;
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_3(((float *)params[1]), ((float *)params[0]), ((float *)results[0]));
  k_fusion_2(((float *)A));
  k_fusion_1(((float *)params[1]), ((float *)results[0]), ((float *)A), ((float *)(A + 32)));
  k_dot_general_7(((float *)(A + 32)), ((float *)params[1]), ((float *)results[0]));
  k_fusion(((float *)params[1]), ((float *)params[0]), ((float *)results[0]), ((float *)A));
  k_dot_general_9(((float *)A), ((float *)params[1]), ((float *)results[0]));
  return 0;
}
