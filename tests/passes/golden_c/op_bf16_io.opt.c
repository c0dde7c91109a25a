

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const uint16_t *restrict b0, const uint16_t *restrict b1, uint16_t *restrict b2, uint16_t *restrict b3) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const float v2 = hlox_b2f(b0[i1]);
    const float v3 = ((float)v2);
    const float v4 = hlox_b2f(b1[i1]);
    b2[i1] = hlox_f2b(hlox_rnd_bf16((float)(((float)hlox_rnd_bf16((float)(v3 * ((float)v4)))) + v3)));
    b3[i1] = hlox_f2b(hlox_rnd_bf16((float)hlox_expf(v3)));
  }
}

__attribute__((noinline)) static void k_fusion(const uint16_t *restrict b0, const uint16_t *restrict b1, float *restrict b2, float *restrict b3, uint16_t *restrict b4) {
  float acc2 = (0x0.0p+0f);
  #pragma omp simd reduction(+:acc2)
  for (int64_t i3 = 0; i3 < 8; i3++) {
    const float v4 = hlox_b2f(b0[i3]);
    const float v6 = hlox_b2f(b1[i3]);
    acc2 = (acc2 + (((float)v4) * ((float)v6)));
  }
  b2[0] = acc2;
  float acc12 = (0x0.0p+0f);
  #pragma omp simd reduction(+:acc12)
  for (int64_t i13 = 0; i13 < 8; i13++) {
    const float v14 = hlox_b2f(b0[i13]);
    acc12 = (acc12 + ((float)v14));
  }
  b3[0] = acc12;
  const float v19 = b3[0];
  b4[0] = hlox_f2b(hlox_rnd_bf16((float)v19));
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
