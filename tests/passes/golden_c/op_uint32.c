

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_12(const uint32_t *restrict b0, const uint32_t *restrict b1, uint32_t *restrict b2, uint32_t *restrict b3, uint32_t *restrict b4, uint32_t *restrict b5, uint32_t *restrict b6, uint8_t *restrict b7, uint32_t *restrict b8, uint32_t *restrict b9, int32_t *restrict b10, float *restrict b11, uint32_t *restrict b12) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const uint32_t v2 = b0[i1];
    const uint32_t v6 = (((uint8_t)(v2 == ((uint32_t)0x0ull))) ? ((uint32_t)0x1ull) : v2);
    const uint32_t v7 = b1[i1];
    const uint32_t v8 = hlox_rem_u32(v7, v6);
    b2[i1] = (((uint8_t)(((uint8_t)(((uint8_t)(v8 < ((uint32_t)0x0ull))) != ((uint8_t)(v6 < ((uint32_t)0x0ull))))) & ((uint8_t)(v8 != ((uint32_t)0x0ull))))) ? ((uint32_t)((uint32_t)v8 + (uint32_t)v6)) : v8);
    b3[i1] = hlox_shrl_u32(v7, ((uint32_t)0x3ull));
    b4[i1] = hlox_shl_u32(v7, ((uint32_t)0x4ull));
    b5[i1] = hlox_div_u32(v7, v2);
    b6[i1] = hlox_max_u32(v7, v2);
    b7[i1] = ((uint8_t)(v7 < v2));
    b8[i1] = ((uint32_t)((uint32_t)v7 * (uint32_t)v2));
    b9[i1] = ((uint32_t)((uint32_t)v7 - (uint32_t)v2));
    b10[i1] = ((int32_t)v7);
    b11[i1] = ((float)v7);
    b12[i1] = ((uint32_t)((uint32_t)v7 + (uint32_t)v2));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_12(((uint32_t *)params[1]), ((uint32_t *)params[0]), ((uint32_t *)A), ((uint32_t *)(A + 32)), ((uint32_t *)(A + 64)), ((uint32_t *)(A + 96)), ((uint32_t *)(A + 128)), ((uint8_t *)(A + 320)), ((uint32_t *)(A + 160)), ((uint32_t *)(A + 192)), ((int32_t *)(A + 224)), ((float *)(A + 256)), ((uint32_t *)(A + 288)));
  memcpy(((uint32_t *)results[0]), ((uint32_t *)(A + 288)), 32);
  memcpy(((uint32_t *)results[1]), ((uint32_t *)(A + 192)), 32);
  memcpy(((uint32_t *)results[2]), ((uint32_t *)(A + 160)), 32);
  memcpy(((uint32_t *)results[3]), ((uint32_t *)(A + 96)), 32);
  memcpy(((uint32_t *)results[4]), ((uint32_t *)A), 32);
  memcpy(((uint32_t *)results[5]), ((uint32_t *)(A + 32)), 32);
  memcpy(((uint32_t *)results[6]), ((uint32_t *)(A + 64)), 32);
  memcpy(((uint8_t *)results[7]), ((uint8_t *)(A + 320)), 8);
  memcpy(((uint32_t *)results[8]), ((uint32_t *)(A + 128)), 32);
  memcpy(((float *)results[9]), ((float *)(A + 256)), 32);
  memcpy(((int32_t *)results[10]), ((int32_t *)(A + 224)), 32);
  return 0;
}
