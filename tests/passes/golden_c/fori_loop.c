
static const int32_t hlox_const0[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v1 = b0[0];
  b1[0] = ((uint8_t)(v1 < ((int32_t)0xaull)));
}

__attribute__((noinline)) static void k_fusion_4(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2, int32_t *restrict b3) {
  const int32_t v1 = b0[0];
  const int32_t v4 = b1[0];
  b2[0] = ((int32_t)((uint32_t)v1 + (uint32_t)((int32_t)0x1ull)));
  b3[0] = ((int32_t)((uint32_t)v4 + (uint32_t)((int32_t)0x1ull)));
}

__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, const int32_t *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 16; i1++) {
    const float v2 = b0[i1];
    const int32_t v6 = b1[0];
    b2[i1] = (((v2 * (0x1.cccccc0000000p-1f)) + (sinf(v2) * (((float)v6) * (0x1.99999a0000000p-4f)))) + (0x1.47ae140000000p-7f));
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
    const uint8_t v7 = ((uint8_t *)A)[0];
    if (!v7) break;
    k_fusion_4(((int32_t *)(A + 64)), ((int32_t *)(A + 68)), ((int32_t *)(A + 72)), ((int32_t *)(A + 76)));
    k_fusion_1(((float *)results[0]), ((int32_t *)(A + 68)), ((float *)A));
    memcpy(((int32_t *)(A + 64)), ((int32_t *)(A + 72)), 4);
    memcpy(((int32_t *)(A + 68)), ((int32_t *)(A + 76)), 4);
    memcpy(((float *)results[0]), ((float *)A), 64);
  }
  return 0;
}
