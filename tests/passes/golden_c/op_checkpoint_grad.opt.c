

/* hlox: kernels */
__attribute__((noinline)) static void k_dot_3(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    float acc3 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc3)
    for (int64_t i4 = 0; i4 < 8; i4++) {
      const float v7 = b0[((i1 * 8) + i4)];
      const float v9 = b1[i4];
      acc3 = (acc3 + (v7 * v9));
    }
    b2[i1] = acc3;
  }
}

__attribute__((noinline)) static void k_sine_bitcast_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const float v2 = b0[i1];
    b1[i1] = sinf((hlox_tanhf(v2) * (0x1.0000000000000p+1f)));
  }
}

__attribute__((noinline)) static void k_dot_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    float acc3 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc3)
    for (int64_t i4 = 0; i4 < 8; i4++) {
      const float v7 = b0[((i1 * 8) + i4)];
      const float v9 = b1[i4];
      acc3 = (acc3 + (v7 * v9));
    }
    b2[i1] = acc3;
  }
}

__attribute__((noinline)) static void k_add_bitcast_fusion_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const float v2 = b0[i1];
    const float v3 = hlox_tanhf(v2);
    const float v10 = ((cosf((v3 * (0x1.0000000000000p+1f))) * (0x1.0000000000000p+1f)) * ((0x1.0000000000000p+0f) - v3));
    b1[i1] = (v10 + (v10 * v3));
  }
}

__attribute__((noinline)) static void k_dot_2(const float *restrict b0, const float *restrict b1, float *restrict b2) {
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

__attribute__((noinline)) static void k_add_bitcast_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const float v2 = b0[i1];
    const float v3 = hlox_tanhf(v2);
    const float v7 = b1[i1];
    const float v12 = (((v7 * cosf((v3 * (0x1.0000000000000p+1f)))) * (0x1.0000000000000p+1f)) * ((0x1.0000000000000p+0f) - v3));
    b2[i1] = (v12 + (v12 * v3));
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2, float *restrict b3) {
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
  #pragma omp simd
  for (int64_t i15 = 0; i15 < 8; i15++) {
    const float v16 = b2[i15];
    b3[i15] = v16;
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
