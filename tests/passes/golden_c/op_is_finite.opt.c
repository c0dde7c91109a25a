

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, float *restrict b1, uint8_t *restrict b2, uint8_t *restrict b3, uint8_t *restrict b4) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const float v5 = b0[i4];
    const uint8_t v6 = ((uint8_t)(v5 != v5));
    const float v8 = (v6 ? (0x0.0p+0f) : v5);
    const float v12 = (((uint8_t)(v8 == INFINITY)) ? (0x1.fffffe0000000p+127f) : v8);
    b1[i4] = (((uint8_t)(v12 == (-INFINITY))) ? (-0x1.fffffe0000000p+127f) : v12);
    b2[i4] = ((uint8_t)(fabsf(v5) == INFINITY));
    b3[i4] = v6;
    b4[i4] = ((uint8_t)isfinite(v5));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_2(((float *)params[0]), ((float *)A), ((uint8_t *)(A + 32)), ((uint8_t *)(A + 40)), ((uint8_t *)(A + 48)));
  memcpy(((uint8_t *)results[0]), ((uint8_t *)(A + 48)), 8);
  memcpy(((uint8_t *)results[1]), ((uint8_t *)(A + 40)), 8);
  memcpy(((uint8_t *)results[2]), ((uint8_t *)(A + 32)), 8);
  memcpy(((float *)results[3]), ((float *)A), 32);
  return 0;
}
