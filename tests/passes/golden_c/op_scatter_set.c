

static inline float s_region_0_1(float p0, float p1) {
  return p1;
}

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 3; i4++) {
    const int32_t v5 = b0[i4];
    b1[i4] = (((uint8_t)(v5 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v5 + (uint32_t)((int32_t)0xaull))) : v5);
  }
}

__attribute__((noinline)) static void k_scatter_5(const float *restrict b0, float *restrict b1, const int32_t *restrict b2, const float *restrict b3) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 10; i4++) {
    const float v5 = b0[i4];
    b1[i4] = v5;
  }
  for (int64_t i7 = 0; i7 < 3; i7++) {
    const int32_t v8 = b2[i7];
    const int64_t x9 = ((int64_t)v8);
    if (((x9 >= 0) && (x9 < 10))) {
      const float v13 = b1[x9];
      const float v14 = b3[i7];
      const float r15 = s_region_0_1(v13, v14);
      b1[x9] = r15;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((int32_t *)params[1]), ((int32_t *)A));
  k_scatter_5(((float *)params[0]), ((float *)results[0]), ((int32_t *)A), ((float *)params[2]));
  return 0;
}
