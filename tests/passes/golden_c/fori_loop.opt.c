
static const int32_t hlox_const0[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};
static const int32_t hlox_const1[1] __attribute__((aligned(64))) = {((int32_t)0xaull)};
static const int32_t hlox_const2[1] __attribute__((aligned(64))) = {((int32_t)0x1ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_compare(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v2 = b0[0];
  const int32_t v4 = hlox_const1[0];
  b1[0] = ((uint8_t)(v2 < v4));
}

__attribute__((noinline)) static void k_broadcast_add_fusion(const float *restrict b0, const int32_t *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 16; i4++) {
    const float v5 = b0[i4];
    const int32_t v9 = b1[0];
    b2[i4] = (((v5 * (0x1.cccccc0000000p-1f)) + (sinf(v5) * (((float)v9) * (0x1.99999a0000000p-4f)))) + (0x1.47ae140000000p-7f));
  }
}

__attribute__((noinline)) static void k_wrapped_add(const int32_t *restrict b0, int32_t *restrict b1) {
  const int32_t v2 = b0[0];
  const int32_t v4 = hlox_const2[0];
  b1[0] = ((int32_t)((uint32_t)v2 + (uint32_t)v4));
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  memcpy(((int32_t *)(A + 64)), ((int32_t *)hlox_const0), 4);
  memcpy(((float *)results[0]), ((float *)params[0]), 64);
  for (;;) {
    k_wrapped_compare(((int32_t *)(A + 64)), ((uint8_t *)A));
    const uint8_t v7 = ((uint8_t *)A)[0];
    if (!v7) break;
    k_broadcast_add_fusion(((float *)results[0]), ((int32_t *)(A + 64)), ((float *)A));
    k_wrapped_add(((int32_t *)(A + 64)), ((int32_t *)(A + 68)));
    memcpy(((int32_t *)(A + 64)), ((int32_t *)(A + 68)), 4);
    memcpy(((float *)results[0]), ((float *)A), 64);
  }
  return 0;
}
