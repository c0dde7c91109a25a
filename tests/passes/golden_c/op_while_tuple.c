
static const int32_t hlox_const0[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};
static const float hlox_const1[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, const float *restrict b1, uint8_t *restrict b2) {
  const int32_t v1 = b0[0];
  const float v4 = b1[0];
  b2[0] = ((uint8_t)(((uint8_t)(v1 < ((int32_t)0x14ull))) & ((uint8_t)(v4 < (0x1.4000000000000p+3f)))));
}

__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  float acc2 = (0x0.0p+0f);
  #pragma omp simd reduction(+:acc2)
  for (int64_t i3 = 0; i3 < 5; i3++) {
    const float v4 = b0[i3];
    acc2 = (acc2 + fabsf(((v4 * (0x1.19999a0000000p+0f)) + (0x1.99999a0000000p-4f))));
  }
  const float v13 = b1[0];
  b2[0] = (v13 + acc2);
}

__attribute__((noinline)) static void k_fusion_3(const int32_t *restrict b0, int32_t *restrict b1) {
  const int32_t v1 = b0[0];
  b1[0] = ((int32_t)((uint32_t)v1 + (uint32_t)((int32_t)0x1ull)));
}

__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const float v2 = b0[i1];
    b1[i1] = ((v2 * (0x1.19999a0000000p+0f)) + (0x1.99999a0000000p-4f));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  memcpy(((int32_t *)results[0]), ((int32_t *)hlox_const0), 4);
  memcpy(((float *)results[1]), ((float *)params[0]), 20);
  memcpy(((float *)results[2]), ((float *)hlox_const1), 4);
  for (;;) {
    k_fusion(((int32_t *)results[0]), ((float *)results[2]), ((uint8_t *)A));
    const uint8_t v8 = ((uint8_t *)A)[0];
    if (!v8) break;
    k_fusion_1(((float *)results[1]), ((float *)results[2]), ((float *)(A + 32)));
    k_fusion_3(((int32_t *)results[0]), ((int32_t *)(A + 36)));
    k_fusion_2(((float *)results[1]), ((float *)A));
    memcpy(((int32_t *)results[0]), ((int32_t *)(A + 36)), 4);
    memcpy(((float *)results[1]), ((float *)A), 20);
    memcpy(((float *)results[2]), ((float *)(A + 32)), 4);
  }
  return 0;
}
