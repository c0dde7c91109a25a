

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, const float *restrict b1, float *restrict b2, float *restrict b3, float *restrict b4, float *restrict b5) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const float v5 = b0[i4];
    const float v6 = b1[i4];
    const float v7 = fmodf(v5, v6);
    b2[i4] = (((uint8_t)(((uint8_t)(((uint8_t)(v7 < (0x0.0p+0f))) != ((uint8_t)(v6 < (0x0.0p+0f))))) & ((uint8_t)(v7 != (0x0.0p+0f))))) ? (v7 + v6) : v7);
    b3[i4] = v7;
    b4[i4] = hlox_minf(v5, v6);
    b5[i4] = hlox_maxf(v5, v6);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_2(((float *)params[0]), ((float *)params[1]), ((float *)A), ((float *)(A + 32)), ((float *)(A + 64)), ((float *)(A + 96)));
  memcpy(((float *)results[0]), ((float *)(A + 32)), 24);
  memcpy(((float *)results[1]), ((float *)A), 24);
  memcpy(((float *)results[2]), ((float *)(A + 96)), 24);
  memcpy(((float *)results[3]), ((float *)(A + 64)), 24);
  return 0;
}
