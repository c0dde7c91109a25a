
static const int32_t hlox_const0[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};
static const int32_t hlox_const1[1] __attribute__((aligned(64))) = {((int32_t)0xaull)};
static const int32_t hlox_const2[1] __attribute__((aligned(64))) = {((int32_t)0x1ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_compare(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v1 = b0[0];
  const int32_t v3 = hlox_const1[0];
  b1[0] = ((uint8_t)(v1 < v3));
}

__attribute__((noinline)) static void k_broadcast_add_fusion(const float *restrict b0, const int32_t *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 16; i1++) {
    const float v2 = b0[i1];
    const int32_t v6 = b1[0];
    b2[i1] = (((v2 * (0x1.cccccc0000000p-1f)) + (sinf(v2) * (((float)v6) * (0x1.99999a0000000p-4f)))) + (0x1.47ae140000000p-7f));
  }
}

__attribute__((noinline)) static void k_wrapped_add(const int32_t *restrict b0, int32_t *restrict b1) {
  const int32_t v1 = b0[0];
  const int32_t v3 = hlox_const2[0];
  b1[0] = ((int32_t)((uint32_t)v1 + (uint32_t)v3));
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  memcpy(((int32_t *)(A + 64)), ((int32_t *)hlox_const0), 4);
  memcpy(((float *)results[0]), ((float *)params[0]), 64);
  for (;;) {
    k_wrapped_compare(((int32_t *)(A + 64)), ((uint8_t *)A));
    const uint8_t v6 = ((uint8_t *)A)[0];
    if (!v6) break;
    k_broadcast_add_fusion(((float *)results[0]), ((int32_t *)(A + 64)), ((float *)A));
    k_wrapped_add(((int32_t *)(A + 64)), ((int32_t *)(A + 68)));
    memcpy(((int32_t *)(A + 64)), ((int32_t *)(A + 68)), 4);
    memcpy(((float *)results[0]), ((float *)A), 64);
  }
  return 0;
}
