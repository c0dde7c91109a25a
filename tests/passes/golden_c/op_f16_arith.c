

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_5(const uint16_t *restrict b0, const uint16_t *restrict b1, uint16_t *restrict b2, uint16_t *restrict b3, uint16_t *restrict b4, uint16_t *restrict b5) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const float v2 = hlox_h2f(b0[i1]);
    const float v3 = hlox_h2f(b1[i1]);
    b2[i1] = hlox_f2h(hlox_rnd_f16((hlox_rnd_f16((v2 * v3)) + v2)));
    b3[i1] = hlox_f2h(hlox_rnd_f16((v2 / hlox_rnd_f16((fabsf(v3) + (0x1.0000000000000p+0f))))));
    b4[i1] = hlox_f2h(hlox_rnd_f16(hlox_tanhf(v2)));
    b5[i1] = hlox_f2h(hlox_rnd_f16(hlox_expf(v2)));
  }
}

__attribute__((noinline)) static void k_fusion(const uint16_t *restrict b0, const uint16_t *restrict b1, uint16_t *restrict b2) {
  float acc2 = (0x0.0p+0f);
  #pragma omp simd reduction(+:acc2)
  for (int64_t i3 = 0; i3 < 8; i3++) {
    const float v4 = hlox_h2f(b0[i3]);
    const float v5 = hlox_h2f(b1[i3]);
    acc2 = (acc2 + ((float)hlox_rnd_f16((v4 * v5))));
  }
  b2[0] = hlox_f2h(hlox_rnd_f16((float)acc2));
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_5(((uint16_t *)params[0]), ((uint16_t *)params[1]), ((uint16_t *)A), ((uint16_t *)(A + 16)), ((uint16_t *)(A + 32)), ((uint16_t *)(A + 48)));
  k_fusion(((uint16_t *)params[0]), ((uint16_t *)params[1]), ((uint16_t *)results[4]));
  memcpy(((uint16_t *)results[0]), ((uint16_t *)A), 16);
  memcpy(((uint16_t *)results[1]), ((uint16_t *)(A + 16)), 16);
  memcpy(((uint16_t *)results[2]), ((uint16_t *)(A + 48)), 16);
  memcpy(((uint16_t *)results[3]), ((uint16_t *)(A + 32)), 16);
  return 0;
}
