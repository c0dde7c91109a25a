

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_12(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2, int32_t *restrict b3, int32_t *restrict b4, int32_t *restrict b5, int32_t *restrict b6, int32_t *restrict b7, int32_t *restrict b8, int32_t *restrict b9, int32_t *restrict b10, int32_t *restrict b11, int32_t *restrict b12, int32_t *restrict b13) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 16; i1++) {
    const int32_t v2 = b0[i1];
    const int32_t v3 = ((int32_t)((v2 > 0) - (v2 < 0)));
    const int32_t v4 = b1[i1];
    const int32_t v7 = hlox_rem_s32(v2, v4);
    const int32_t v11 = hlox_div_s32(v2, v4);
    const int32_t v17 = (((uint8_t)(v4 == ((int32_t)0x0ull))) ? ((int32_t)0x1ull) : v4);
    const int32_t v18 = hlox_rem_s32(v2, v17);
    b2[i1] = (((uint8_t)(((uint8_t)(v3 != ((int32_t)((v4 > 0) - (v4 < 0))))) & ((uint8_t)(v7 != ((int32_t)0x0ull))))) ? ((int32_t)((uint32_t)v11 - (uint32_t)((int32_t)0x1ull))) : v11);
    b3[i1] = v7;
    b4[i1] = v11;
    b5[i1] = ((int32_t)((uint32_t)v2 + (uint32_t)v4));
    b6[i1] = (((uint8_t)(((uint8_t)(((uint8_t)(v18 < ((int32_t)0x0ull))) != ((uint8_t)(v17 < ((int32_t)0x0ull))))) & ((uint8_t)(v18 != ((int32_t)0x0ull))))) ? ((int32_t)((uint32_t)v18 + (uint32_t)v17)) : v18);
    b7[i1] = v3;
    b8[i1] = ((int32_t)(0 - (uint32_t)v2));
    b9[i1] = ((int32_t)(v2 < 0 ? 0 - (uint32_t)v2 : (uint32_t)v2));
    b10[i1] = hlox_min_s32(v2, v4);
    b11[i1] = hlox_max_s32(v2, v4);
    b12[i1] = ((int32_t)((uint32_t)v2 * (uint32_t)v4));
    b13[i1] = ((int32_t)((uint32_t)v2 - (uint32_t)v4));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_12(((int32_t *)params[0]), ((int32_t *)params[1]), ((int32_t *)A), ((int32_t *)(A + 64)), ((int32_t *)(A + 128)), ((int32_t *)(A + 192)), ((int32_t *)(A + 256)), ((int32_t *)(A + 320)), ((int32_t *)(A + 384)), ((int32_t *)(A + 448)), ((int32_t *)(A + 512)), ((int32_t *)(A + 576)), ((int32_t *)(A + 640)), ((int32_t *)(A + 704)));
  memcpy(((int32_t *)results[0]), ((int32_t *)(A + 128)), 64);
  memcpy(((int32_t *)results[1]), ((int32_t *)(A + 64)), 64);
  memcpy(((int32_t *)results[2]), ((int32_t *)A), 64);
  memcpy(((int32_t *)results[3]), ((int32_t *)(A + 256)), 64);
  memcpy(((int32_t *)results[4]), ((int32_t *)(A + 192)), 64);
  memcpy(((int32_t *)results[5]), ((int32_t *)(A + 704)), 64);
  memcpy(((int32_t *)results[6]), ((int32_t *)(A + 640)), 64);
  memcpy(((int32_t *)results[7]), ((int32_t *)(A + 576)), 64);
  memcpy(((int32_t *)results[8]), ((int32_t *)(A + 512)), 64);
  memcpy(((int32_t *)results[9]), ((int32_t *)(A + 448)), 64);
  memcpy(((int32_t *)results[10]), ((int32_t *)(A + 384)), 64);
  memcpy(((int32_t *)results[11]), ((int32_t *)(A + 320)), 64);
  return 0;
}
