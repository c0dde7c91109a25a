

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 1; i2++) {
      int32_t g4;
      const int32_t v5 = b0[i1];
      g4 = (((uint8_t)(v5 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v5 + (uint32_t)((int32_t)0x6ull))) : v5);
      b2[((i1 * 2) + i2)] = g4;
    }
    #pragma omp simd
    for (int64_t i2 = 1; i2 < 2; i2++) {
      int32_t g4;
      const int32_t v12 = b1[i1];
      g4 = (((uint8_t)(v12 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v12 + (uint32_t)((int32_t)0x5ull))) : v12);
      b2[((i1 * 2) + i2)] = g4;
    }
  }
}

__attribute__((noinline)) static void k_scatter_max_5(const float *restrict b0, float *restrict b1, const int32_t *restrict b2, const float *restrict b3) {
  for (int64_t i1 = 0; i1 < 6; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 5; i2++) {
      const int64_t t4 = ((i1 * 5) + i2);
      const float v5 = b0[t4];
      b1[t4] = v5;
    }
  }
  for (int64_t i6 = 0; i6 < 3; i6++) {
    const int64_t t7 = (i6 * 2);
    const int32_t v8 = b2[t7];
    const int64_t x9 = ((int64_t)v8);
    const int32_t v11 = b2[(t7 + 1)];
    const int64_t x12 = ((int64_t)v11);
    if (((((x9 >= 0) && (x9 < 6)) && (x12 >= 0)) && (x12 < 5))) {
      const int64_t t21 = ((x9 * 5) + x12);
      const float v22 = b1[t21];
      const float v23 = b3[i6];
      b1[t21] = hlox_maxf(v22, v23);
    }
  }
}

__attribute__((noinline)) static void k_scatter_mul_5(const float *restrict b0, float *restrict b1, const int32_t *restrict b2, const float *restrict b3) {
  for (int64_t i1 = 0; i1 < 6; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 5; i2++) {
      const int64_t t4 = ((i1 * 5) + i2);
      const float v5 = b0[t4];
      b1[t4] = v5;
    }
  }
  for (int64_t i6 = 0; i6 < 3; i6++) {
    const int64_t t7 = (i6 * 2);
    const int32_t v8 = b2[t7];
    const int64_t x9 = ((int64_t)v8);
    const int32_t v11 = b2[(t7 + 1)];
    const int64_t x12 = ((int64_t)v11);
    if (((((x9 >= 0) && (x9 < 6)) && (x12 >= 0)) && (x12 < 5))) {
      const int64_t t21 = ((x9 * 5) + x12);
      const float v22 = b1[t21];
      const float v23 = b3[i6];
      b1[t21] = (v22 * v23);
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((int32_t *)params[1]), ((int32_t *)params[2]), ((int32_t *)A));
  k_scatter_max_5(((float *)params[0]), ((float *)results[0]), ((int32_t *)A), ((float *)params[3]));
  k_scatter_mul_5(((float *)params[0]), ((float *)results[1]), ((int32_t *)A), ((float *)params[3]));
  return 0;
}
