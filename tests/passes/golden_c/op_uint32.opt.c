

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_9(const uint32_t *restrict b0, const uint32_t *restrict b1, uint32_t *restrict b2, uint8_t *restrict b3, uint32_t *restrict b4, uint32_t *restrict b5, uint32_t *restrict b6, uint32_t *restrict b7, uint32_t *restrict b8, int32_t *restrict b9, float *restrict b10, uint32_t *restrict b11, uint32_t *restrict b12) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const uint32_t v2 = b0[i1];
    const uint32_t v3 = b1[i1];
    b2[i1] = hlox_max_u32(v2, v3);
    b3[i1] = ((uint8_t)(v2 < v3));
    b4[i1] = ((uint32_t)((uint32_t)v2 + (uint32_t)v3));
    b5[i1] = hlox_rem_u32(v2, (((uint8_t)(v3 == ((uint32_t)0x0ull))) ? ((uint32_t)0x1ull) : v3));
    b6[i1] = hlox_div_u32(v2, v3);
    b7[i1] = ((uint32_t)((uint32_t)v2 * (uint32_t)v3));
    b8[i1] = ((uint32_t)((uint32_t)v2 - (uint32_t)v3));
    b9[i1] = ((int32_t)v2);
    b10[i1] = ((float)v2);
    b11[i1] = hlox_shl_u32(v2, ((uint32_t)0x4ull));
    b12[i1] = hlox_shrl_u32(v2, ((uint32_t)0x3ull));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_9(((uint32_t *)params[0]), ((uint32_t *)params[1]), ((uint32_t *)A), ((uint8_t *)(A + 320)), ((uint32_t *)(A + 32)), ((uint32_t *)(A + 64)), ((uint32_t *)(A + 96)), ((uint32_t *)(A + 128)), ((uint32_t *)(A + 160)), ((int32_t *)(A + 192)), ((float *)(A + 224)), ((uint32_t *)(A + 256)), ((uint32_t *)(A + 288)));
  memcpy(((uint32_t *)results[0]), ((uint32_t *)(A + 32)), 32);
  memcpy(((uint32_t *)results[1]), ((uint32_t *)(A + 160)), 32);
  memcpy(((uint32_t *)results[2]), ((uint32_t *)(A + 128)), 32);
  memcpy(((uint32_t *)results[3]), ((uint32_t *)(A + 96)), 32);
  memcpy(((uint32_t *)results[4]), ((uint32_t *)(A + 64)), 32);
  memcpy(((uint32_t *)results[5]), ((uint32_t *)(A + 288)), 32);
  memcpy(((uint32_t *)results[6]), ((uint32_t *)(A + 256)), 32);
  memcpy(((uint8_t *)results[7]), ((uint8_t *)(A + 320)), 8);
  memcpy(((uint32_t *)results[8]), ((uint32_t *)A), 32);
  memcpy(((float *)results[9]), ((float *)(A + 224)), 32);
  memcpy(((int32_t *)results[10]), ((int32_t *)(A + 192)), 32);
  return 0;
}
