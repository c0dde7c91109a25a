

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, const float *restrict b1, float *restrict b2, float *restrict b3, float *restrict b4, float *restrict b5) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const float v4 = fmodf(v2, v3);
    b2[i1] = (((uint8_t)(((uint8_t)(((uint8_t)(v4 < (0x0.0p+0f))) != ((uint8_t)(v3 < (0x0.0p+0f))))) & ((uint8_t)(v4 != (0x0.0p+0f))))) ? (v4 + v3) : v4);
    b3[i1] = v4;
    b4[i1] = hlox_minf(v2, v3);
    b5[i1] = hlox_maxf(v2, v3);
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
