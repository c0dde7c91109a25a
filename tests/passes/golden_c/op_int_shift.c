

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2, int32_t *restrict b3, int32_t *restrict b4) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 10; i1++) {
    const int32_t v2 = b0[i1];
    const int32_t v3 = b1[i1];
    b2[i1] = hlox_shrl_s32(v2, v3);
    b3[i1] = hlox_shra_s32(v2, v3);
    b4[i1] = hlox_shl_s32(v2, v3);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_1(((int32_t *)params[0]), ((int32_t *)params[1]), ((int32_t *)A), ((int32_t *)(A + 48)), ((int32_t *)(A + 96)));
  memcpy(((int32_t *)results[0]), ((int32_t *)(A + 96)), 40);
  memcpy(((int32_t *)results[1]), ((int32_t *)(A + 48)), 40);
  memcpy(((int32_t *)results[2]), ((int32_t *)A), 40);
  return 0;
}
