

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_12(const uint32_t *restrict b0, const uint32_t *restrict b1, uint32_t *restrict b2, uint32_t *restrict b3, uint32_t *restrict b4, uint32_t *restrict b5, uint32_t *restrict b6, uint8_t *restrict b7, uint32_t *restrict b8, uint32_t *restrict b9, int32_t *restrict b10, float *restrict b11, uint32_t *restrict b12) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const uint32_t v5 = b0[i4];
    const uint32_t v9 = (((uint8_t)(v5 == ((uint32_t)0x0ull))) ? ((uint32_t)0x1ull) : v5);
    const uint32_t v10 = b1[i4];
    const uint32_t v11 = hlox_rem_u32(v10, v9);
    b2[i4] = (((uint8_t)(((uint8_t)(((uint8_t)(v11 < ((uint32_t)0x0ull))) != ((uint8_t)(v9 < ((uint32_t)0x0ull))))) & ((uint8_t)(v11 != ((uint32_t)0x0ull))))) ? ((uint32_t)((uint32_t)v11 + (uint32_t)v9)) : v11);
    b3[i4] = hlox_shrl_u32(v10, ((uint32_t)0x3ull));
    b4[i4] = hlox_shl_u32(v10, ((uint32_t)0x4ull));
    b5[i4] = hlox_div_u32(v10, v5);
    b6[i4] = hlox_max_u32(v10, v5);
    b7[i4] = ((uint8_t)(v10 < v5));
    b8[i4] = ((uint32_t)((uint32_t)v10 * (uint32_t)v5));
    b9[i4] = ((uint32_t)((uint32_t)v10 - (uint32_t)v5));
    b10[i4] = ((int32_t)v10);
    b11[i4] = ((float)v10);
    b12[i4] = ((uint32_t)((uint32_t)v10 + (uint32_t)v5));
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
