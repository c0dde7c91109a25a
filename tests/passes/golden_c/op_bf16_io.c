

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_2(const uint16_t *restrict b0, const uint16_t *restrict b1, uint16_t *restrict b2, uint16_t *restrict b3) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const float v2 = hlox_b2f(b0[i1]);
    const float v3 = hlox_b2f(b1[i1]);
    b2[i1] = hlox_f2b(hlox_rnd_bf16((hlox_rnd_bf16((v2 * v3)) + v2)));
    b3[i1] = hlox_f2b(hlox_rnd_bf16(hlox_expf(v2)));
  }
}

__attribute__((noinline)) static void k_dot_general_1(const uint16_t *restrict b0, const uint16_t *restrict b1, float *restrict b2) {
  float acc2 = (0x0.0p+0f);
  #pragma omp simd reduction(+:acc2)
  for (int64_t i3 = 0; i3 < 8; i3++) {
    const float v4 = hlox_b2f(b0[i3]);
    const float v6 = hlox_b2f(b1[i3]);
    acc2 = (acc2 + (((float)v4) * ((float)v6)));
  }
  b2[0] = acc2;
}

__attribute__((noinline)) static void k_fusion(const uint16_t *restrict b0, uint16_t *restrict b1) {
  float acc2 = (0x0.0p+0f);
  #pragma omp simd reduction(+:acc2)
  for (int64_t i3 = 0; i3 < 8; i3++) {
    const float v4 = hlox_b2f(b0[i3]);
    acc2 = (acc2 + ((float)v4));
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
