

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, float *restrict b1, uint8_t *restrict b2, uint8_t *restrict b3, uint8_t *restrict b4) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const float v2 = b0[i1];
    const uint8_t v3 = ((uint8_t)(v2 != v2));
    const float v5 = (v3 ? (0x0.0p+0f) : v2);
    const float v9 = (((uint8_t)(v5 == INFINITY)) ? (0x1.fffffe0000000p+127f) : v5);
    b1[i1] = (((uint8_t)(v9 == (-INFINITY))) ? (-0x1.fffffe0000000p+127f) : v9);
    b2[i1] = ((uint8_t)(fabsf(v2) == INFINITY));
    b3[i1] = v3;
    b4[i1] = ((uint8_t)isfinite(v2));
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
