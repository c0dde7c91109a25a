

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_4(const float *restrict b0, uint8_t *restrict b1, float *restrict b2, uint8_t *restrict b3, uint8_t *restrict b4) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const float v5 = b0[i4];
    const uint8_t v9 = ((uint8_t)(v5 != v5));
    const float v11 = (v9 ? (0x0.0p+0f) : v5);
    const float v14 = (((uint8_t)(v11 == INFINITY)) ? (0x1.fffffe0000000p+127f) : v11);
    b1[i4] = ((uint8_t)(fabsf(v5) == INFINITY));
    b2[i4] = (((uint8_t)(v14 == (-INFINITY))) ? (-0x1.fffffe0000000p+127f) : v14);
    b3[i4] = v9;
    b4[i4] = ((uint8_t)isfinite(v5));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_4(((float *)params[0]), ((uint8_t *)(A + 32)), ((float *)A), ((uint8_t *)(A + 40)), ((uint8_t *)(A + 48)));
  memcpy(((uint8_t *)results[0]), ((uint8_t *)(A + 48)), 8);
  memcpy(((uint8_t *)results[1]), ((uint8_t *)(A + 40)), 8);
  memcpy(((uint8_t *)results[2]), ((uint8_t *)(A + 32)), 8);
  memcpy(((float *)results[3]), ((float *)A), 32);
  return 0;
}
