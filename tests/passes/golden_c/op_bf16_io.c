

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_2(const uint16_t *restrict b0, const uint16_t *restrict b1, uint16_t *restrict b2, uint16_t *restrict b3) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const float v5 = hlox_b2f(b0[i4]);
    const float v6 = hlox_b2f(b1[i4]);
    b2[i4] = hlox_f2b(hlox_rnd_bf16((hlox_rnd_bf16((v5 * v6)) + v5)));
    b3[i4] = hlox_f2b(hlox_rnd_bf16(hlox_expf(v5)));
  }
}

__attribute__((noinline)) static void k_dot_general_1(const uint16_t *restrict b0, const uint16_t *restrict b1, float *restrict b2) {
  float acc2 = (0x0.0p+0f);
  #pragma omp simd reduction(+:acc2)
  for (int64_t i6 = 0; i6 < 8; i6++) {
    const float v7 = hlox_b2f(b0[i6]);
    const float v9 = hlox_b2f(b1[i6]);
    acc2 = (acc2 + (((float)v7) * ((float)v9)));
  }
  b2[0] = acc2;
}

__attribute__((noinline)) static void k_fusion(const uint16_t *restrict b0, uint16_t *restrict b1) {
  float acc2 = (0x0.0p+0f);
  #pragma omp simd reduction(+:acc2)
  for (int64_t i6 = 0; i6 < 8; i6++) {
    const float v7 = hlox_b2f(b0[i6]);
    acc2 = (acc2 + ((float)v7));
  }
  b1[0] = hlox_f2b(hlox_rnd_bf16((float)acc2));
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_2(((uint16_t *)params[0]), ((uint16_t *)params[1]), ((uint16_t *)A), ((uint16_t *)(A + 16)));
  k_dot_general_1(((uint16_t *)params[0]), ((uint16_t *)params[1]), ((float *)results[3]));
  k_fusion(((uint16_t *)params[0]), ((uint16_t *)results[2]));
  memcpy(((uint16_t *)results[0]), ((uint16_t *)A), 16);
  memcpy(((uint16_t *)results[1]), ((uint16_t *)(A + 16)), 16);
  return 0;
}
