

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_3(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3, float *restrict b4) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 10; i1++) {
    const float v2 = b0[0];
    const float v3 = b1[i1];
    const float v4 = b2[i1];
    b3[i1] = hlox_minf(hlox_maxf(v3, v2), v4);
    b4[i1] = hlox_minf((0x1.0000000000000p-1f), hlox_maxf((-0x1.0000000000000p-1f), v3));
  }
}

__attribute__((noinline)) static void k_fusion_1(const int32_t *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const int32_t v3 = b0[i1];
    b1[i1] = hlox_min_s32(hlox_max_s32(v3, ((int32_t)0x0ull)), ((int32_t)0x8ull));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_3(((float *)params[1]), ((float *)params[0]), ((float *)params[2]), ((float *)A), ((float *)(A + 48)));
  k_fusion_1(((int32_t *)params[3]), ((int32_t *)results[1]));
  memcpy(((float *)results[0]), ((float *)A), 40);
  memcpy(((float *)results[2]), ((float *)(A + 48)), 40);
  return 0;
}
