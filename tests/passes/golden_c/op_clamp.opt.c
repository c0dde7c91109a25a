

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3, float *restrict b4) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 10; i4++) {
    const float v5 = b0[0];
    const float v6 = b1[i4];
    const float v7 = b2[i4];
    b3[i4] = hlox_minf(hlox_maxf(v6, v5), v7);
    b4[i4] = hlox_minf(hlox_maxf(v6, (-0x1.0000000000000p-1f)), (0x1.0000000000000p-1f));
  }
}

__attribute__((noinline)) static void k_broadcast_clamp_fusion_1(const int32_t *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 5; i4++) {
    const int32_t v6 = b0[i4];
    b1[i4] = hlox_min_s32(hlox_max_s32(v6, ((int32_t)0x0ull)), ((int32_t)0x8ull));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((float *)params[1]), ((float *)params[0]), ((float *)params[2]), ((float *)A), ((float *)(A + 48)));
  k_broadcast_clamp_fusion_1(((int32_t *)params[3]), ((int32_t *)results[1]));
  memcpy(((float *)results[0]), ((float *)A), 40);
  memcpy(((float *)results[2]), ((float *)(A + 48)), 40);
  return 0;
}
