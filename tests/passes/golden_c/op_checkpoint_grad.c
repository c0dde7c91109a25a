

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_3(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    float acc6 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc6)
    for (int64_t i7 = 0; i7 < 8; i7++) {
      const float v10 = b0[((i4 * 8) + i7)];
      const float v12 = b1[i7];
      acc6 = (acc6 + (v10 * v12));
    }
    b2[i4] = sinf((hlox_tanhf(acc6) * (0x1.0000000000000p+1f)));
  }
}

__attribute__((noinline)) static void k_fusion_2(float *restrict b0) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    b0[i4] = (0x1.0000000000000p+0f);
  }
}

__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    float acc6 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc6)
    for (int64_t i7 = 0; i7 < 8; i7++) {
      const float v10 = b0[((i4 * 8) + i7)];
      const float v12 = b1[i7];
      acc6 = (acc6 + (v10 * v12));
    }
    const float v18 = hlox_tanhf(acc6);
    const float v22 = b2[i4];
    const float v27 = (((v22 * cosf((v18 * (0x1.0000000000000p+1f)))) * (0x1.0000000000000p+1f)) * ((0x1.0000000000000p+0f) - v18));
    b3[i4] = (v27 + (v27 * v18));
  }
}

__attribute__((noinline)) static void k_dot_general_7(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    float acc6 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc6)
    for (int64_t i7 = 0; i7 < 8; i7++) {
      const float v8 = b0[i7];
      const float v12 = b1[((i7 * 8) + i4)];
      acc6 = (acc6 + (v8 * v12));
    }
    b2[i4] = acc6;
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    float acc6 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc6)
    for (int64_t i7 = 0; i7 < 8; i7++) {
      const float v10 = b0[((i4 * 8) + i7)];
      const float v12 = b1[i7];
      acc6 = (acc6 + (v10 * v12));
    }
    const float v18 = hlox_tanhf(acc6);
    const float v22 = b2[i4];
    const float v27 = (((v22 * cosf((v18 * (0x1.0000000000000p+1f)))) * (0x1.0000000000000p+1f)) * ((0x1.0000000000000p+0f) - v18));
    b3[i4] = (v27 + (v27 * v18));
  }
}

__attribute__((noinline)) static void k_dot_general_9(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    float acc6 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc6)
    for (int64_t i7 = 0; i7 < 8; i7++) {
      const float v8 = b0[i7];
      const float v12 = b1[((i7 * 8) + i4)];
      acc6 = (acc6 + (v8 * v12));
    }
    b2[i4] = acc6;
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
