

/* hlox: kernels */
__attribute__((noinline)) static void k_dot_3(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    float acc6 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc6)
    for (int64_t i7 = 0; i7 < 8; i7++) {
      const float v10 = b0[((i4 * 8) + i7)];
      const float v12 = b1[i7];
      acc6 = (acc6 + (v10 * v12));
    }
    b2[i4] = acc6;
  }
}

__attribute__((noinline)) static void k_sine_bitcast_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const float v5 = b0[i4];
    b1[i4] = sinf((hlox_tanhf(v5) * (0x1.0000000000000p+1f)));
  }
}

__attribute__((noinline)) static void k_dot_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    float acc6 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc6)
    for (int64_t i7 = 0; i7 < 8; i7++) {
      const float v10 = b0[((i4 * 8) + i7)];
      const float v12 = b1[i7];
      acc6 = (acc6 + (v10 * v12));
    }
    b2[i4] = acc6;
  }
}

__attribute__((noinline)) static void k_add_bitcast_fusion_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const float v5 = b0[i4];
    const float v6 = hlox_tanhf(v5);
    const float v13 = ((cosf((v6 * (0x1.0000000000000p+1f))) * (0x1.0000000000000p+1f)) * ((0x1.0000000000000p+0f) - v6));
    b1[i4] = (v13 + (v13 * v6));
  }
}

__attribute__((noinline)) static void k_dot_2(const float *restrict b0, const float *restrict b1, float *restrict b2) {
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

__attribute__((noinline)) static void k_add_bitcast_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const float v5 = b0[i4];
    const float v6 = hlox_tanhf(v5);
    const float v10 = b1[i4];
    const float v15 = (((v10 * cosf((v6 * (0x1.0000000000000p+1f)))) * (0x1.0000000000000p+1f)) * ((0x1.0000000000000p+0f) - v6));
    b2[i4] = (v15 + (v15 * v6));
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2, float *restrict b3) {
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
  #pragma omp simd
  for (int64_t i18 = 0; i18 < 8; i18++) {
    const float v19 = b2[i18];
    b3[i18] = v19;
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_dot_3(((float *)params[1]), ((float *)params[0]), ((float *)results[0]));
  k_sine_bitcast_fusion(((float *)results[0]), ((float *)A));
  k_dot_1(((float *)params[1]), ((float *)A), ((float *)(A + 32)));
  k_add_bitcast_fusion_1(((float *)(A + 32)), ((float *)A));
  k_dot_2(((float *)A), ((float *)params[1]), ((float *)(A + 32)));
  k_add_bitcast_fusion(((float *)results[0]), ((float *)(A + 32)), ((float *)A));
  k_fusion(((float *)A), ((float *)params[1]), ((float *)(A + 32)), ((float *)results[0]));
  return 0;
}
