

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, const float *restrict b1, uint8_t *restrict b2, float *restrict b3, float *restrict b4) {
  const float v1 = b0[0];
  const float v2 = b1[0];
  b2[0] = ((uint8_t)(v1 > v2));
  b3[0] = hlox_maxf(v1, v2);
  b4[0] = ((v1 * v2) + (0x1.0000000000000p+0f));
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_1(((float *)params[0]), ((float *)params[1]), ((uint8_t *)(A + 8)), ((float *)A), ((float *)(A + 4)));
  memcpy(((float *)results[0]), ((float *)(A + 4)), 4);
  memcpy(((float *)results[1]), ((float *)A), 4);
  memcpy(((uint8_t *)results[2]), ((uint8_t *)(A + 8)), 1);
  return 0;
}
