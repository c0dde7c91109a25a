

static inline float s_region_0_1(float p0, float p1) {
  return p1;
}

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 3; i1++) {
    const int32_t v2 = b0[i1];
    b1[i1] = (((uint8_t)(v2 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v2 + (uint32_t)((int32_t)0xaull))) : v2);
  }
}

__attribute__((noinline)) static void k_scatter_5(const float *restrict b0, float *restrict b1, const int32_t *restrict b2, const float *restrict b3) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 10; i1++) {
    const float v2 = b0[i1];
    b1[i1] = v2;
  }
  for (int64_t i3 = 0; i3 < 3; i3++) {
    const int32_t v4 = b2[i3];
    const int64_t x5 = ((int64_t)v4);
    if (((x5 >= 0) && (x5 < 10))) {
      const float v9 = b1[x5];
      const float v10 = b3[i3];
      const float r11 = s_region_0_1(v9, v10);
      b1[x5] = r11;
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
