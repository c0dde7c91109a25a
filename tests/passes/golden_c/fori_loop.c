
static const int32_t hlox_const0[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v2 = b0[0];
  b1[0] = ((uint8_t)(v2 < ((int32_t)0xaull)));
}

__attribute__((noinline)) static void k_fusion_4(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2, int32_t *restrict b3) {
  const int32_t v2 = b0[0];
  const int32_t v5 = b1[0];
  b2[0] = ((int32_t)((uint32_t)v2 + (uint32_t)((int32_t)0x1ull)));
  b3[0] = ((int32_t)((uint32_t)v5 + (uint32_t)((int32_t)0x1ull)));
}

__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, const int32_t *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 16; i4++) {
    const float v5 = b0[i4];
    const int32_t v9 = b1[0];
    b2[i4] = (((v5 * (0x1.cccccc0000000p-1f)) + (sinf(v5) * (((float)v9) * (0x1.99999a0000000p-4f)))) + (0x1.47ae140000000p-7f));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  memcpy(((int32_t *)(A + 64)), ((int32_t *)hlox_const0), 4);
  memcpy(((int32_t *)(A + 68)), ((int32_t *)hlox_const0), 4);
  memcpy(((float *)results[0]), ((float *)params[0]), 64);
  for (;;) {
    k_fusion(((int32_t *)(A + 64)), ((uint8_t *)A));
    const uint8_t v8 = ((uint8_t *)A)[0];
    if (!v8) break;
    k_fusion_4(((int32_t *)(A + 64)), ((int32_t *)(A + 68)), ((int32_t *)(A + 72)), ((int32_t *)(A + 76)));
    k_fusion_1(((float *)results[0]), ((int32_t *)(A + 68)), ((float *)A));
    memcpy(((int32_t *)(A + 64)), ((int32_t *)(A + 72)), 4);
    memcpy(((int32_t *)(A + 68)), ((int32_t *)(A + 76)), 4);
    memcpy(((float *)results[0]), ((float *)A), 64);
  }
  return 0;
}
