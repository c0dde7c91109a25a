

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const uint8_t *restrict b0, const float *restrict b1, const float *restrict b2, const int32_t *restrict b3, const float *restrict b4, float *restrict b5, float *restrict b6) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const uint8_t v5 = b0[i4];
    const float v6 = b1[i4];
    const float v7 = b2[i4];
    const int32_t v9 = b3[i4];
    const float v14 = b4[i4];
    b5[i4] = (v5 ? v6 : v7);
    b6[i4] = (((uint8_t)(v9 < ((int32_t)0x1ull))) ? v6 : (((uint8_t)(v9 < ((int32_t)0x2ull))) ? v7 : v14));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((uint8_t *)params[4]), ((float *)params[1]), ((float *)params[2]), ((int32_t *)params[0]), ((float *)params[3]), ((float *)A), ((float *)(A + 32)));
  memcpy(((float *)results[0]), ((float *)(A + 32)), 24);
  memcpy(((float *)results[1]), ((float *)A), 24);
  return 0;
}
