

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const int32_t *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const uint8_t *restrict b4, float *restrict b5, float *restrict b6) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const int32_t v2 = b0[i1];
    const float v7 = b1[i1];
    const float v8 = b2[i1];
    const float v10 = b3[i1];
    const uint8_t v12 = b4[i1];
    b5[i1] = (((uint8_t)(v2 < ((int32_t)0x1ull))) ? v10 : (((uint8_t)(v2 < ((int32_t)0x2ull))) ? v7 : v8));
    b6[i1] = (v12 ? v10 : v7);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_1(((int32_t *)params[0]), ((float *)params[2]), ((float *)params[3]), ((float *)params[1]), ((uint8_t *)params[4]), ((float *)A), ((float *)(A + 32)));
  memcpy(((float *)results[0]), ((float *)A), 24);
  memcpy(((float *)results[1]), ((float *)(A + 32)), 24);
  return 0;
}
