

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const uint16_t *restrict b0, const uint16_t *restrict b1, uint16_t *restrict b2, uint16_t *restrict b3) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const float v5 = hlox_b2f(b0[i4]);
    const float v6 = ((float)v5);
    const float v7 = hlox_b2f(b1[i4]);
    b2[i4] = hlox_f2b(hlox_rnd_bf16((float)(((float)hlox_rnd_bf16((float)(v6 * ((float)v7)))) + v6)));
    b3[i4] = hlox_f2b(hlox_rnd_bf16((float)hlox_expf(v6)));
  }
}

__attribute__((noinline)) static void k_fusion(const uint16_t *restrict b0, const uint16_t *restrict b1, float *restrict b2, float *restrict b3, uint16_t *restrict b4) {
  float acc2 = (0x0.0p+0f);
  #pragma omp simd reduction(+:acc2)
  for (int64_t i6 = 0; i6 < 8; i6++) {
    const float v7 = hlox_b2f(b0[i6]);
    const float v9 = hlox_b2f(b1[i6]);
    acc2 = (acc2 + (((float)v7) * ((float)v9)));
  }
  b2[0] = acc2;
  float acc15 = (0x0.0p+0f);
  #pragma omp simd reduction(+:acc15)
  for (int64_t i16 = 0; i16 < 8; i16++) {
    const float v17 = hlox_b2f(b0[i16]);
    acc15 = (acc15 + ((float)v17));
  }
  b3[0] = acc15;
  const float v22 = b3[0];
  b4[0] = hlox_f2b(hlox_rnd_bf16((float)v22));
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_1(((uint16_t *)params[0]), ((uint16_t *)params[1]), ((uint16_t *)A), ((uint16_t *)(A + 16)));
  k_fusion(((uint16_t *)params[0]), ((uint16_t *)params[1]), ((float *)(A + 32)), ((float *)results[3]), ((uint16_t *)(A + 36)));
  memcpy(((uint16_t *)results[0]), ((uint16_t *)A), 16);
  memcpy(((uint16_t *)results[1]), ((uint16_t *)(A + 16)), 16);
  memcpy(((uint16_t *)results[2]), ((uint16_t *)(A + 36)), 2);
  memcpy(((float *)results[3]), ((float *)(A + 32)), 4);
  return 0;
}
