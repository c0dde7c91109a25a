

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_7(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2, int32_t *restrict b3, int32_t *restrict b4, int32_t *restrict b5, int32_t *restrict b6, int32_t *restrict b7) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const int32_t v2 = b0[i1];
    const int32_t v3 = b1[i1];
    b2[i1] = ((int32_t)(v2 ^ v3));
    b3[i1] = ((int32_t)(v2 | v3));
    b4[i1] = ((int32_t)(v2 & v3));
    b5[i1] = hlox_clz_s32(v2);
    b6[i1] = hlox_popcnt_s32(v2);
    b7[i1] = ((int32_t)~v2);
  }
}

__attribute__((noinline)) static void k_fusion_6(const uint32_t *restrict b0, uint32_t *restrict b1, uint32_t *restrict b2, uint32_t *restrict b3, uint32_t *restrict b4) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const uint32_t v2 = b0[i1];
    b1[i1] = ((uint32_t)(v2 & ((uint32_t)0xffull)));
    b2[i1] = ((uint32_t)~v2);
    b3[i1] = hlox_clz_u32(v2);
    b4[i1] = hlox_popcnt_u32(v2);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_7(((int32_t *)params[0]), ((int32_t *)params[1]), ((int32_t *)A), ((int32_t *)(A + 32)), ((int32_t *)(A + 64)), ((int32_t *)(A + 96)), ((int32_t *)(A + 128)), ((int32_t *)(A + 160)));
  k_fusion_6(((uint32_t *)params[2]), ((uint32_t *)(A + 192)), ((uint32_t *)(A + 224)), ((uint32_t *)(A + 256)), ((uint32_t *)(A + 288)));
  memcpy(((int32_t *)results[0]), ((int32_t *)(A + 64)), 32);
  memcpy(((int32_t *)results[1]), ((int32_t *)(A + 32)), 32);
  memcpy(((int32_t *)results[2]), ((int32_t *)A), 32);
  memcpy(((int32_t *)results[3]), ((int32_t *)(A + 160)), 32);
  memcpy(((int32_t *)results[4]), ((int32_t *)(A + 128)), 32);
  memcpy(((int32_t *)results[5]), ((int32_t *)(A + 96)), 32);
  memcpy(((uint32_t *)results[6]), ((uint32_t *)(A + 288)), 32);
  memcpy(((uint32_t *)results[7]), ((uint32_t *)(A + 256)), 32);
  memcpy(((uint32_t *)results[8]), ((uint32_t *)(A + 224)), 32);
  memcpy(((uint32_t *)results[9]), ((uint32_t *)(A + 192)), 32);
  return 0;
}
