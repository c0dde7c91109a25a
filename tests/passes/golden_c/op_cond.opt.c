

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_convert(const uint8_t *restrict b0, int32_t *restrict b1) {
  const uint8_t v1 = b0[0];
  b1[0] = ((int32_t)v1);
}

__attribute__((noinline)) static void k_broadcast_add_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    b1[i1] = (cosf(v2) + (-0x1.0000000000000p+0f));
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    b1[i1] = (sinf(v2) * (0x1.0000000000000p+1f));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_wrapped_convert(((uint8_t *)params[0]), ((int32_t *)results[0]));
  const int32_t v3 = ((int32_t *)results[0])[0];
  const int64_t x4 = ((int64_t)v3);
  const int64_t branch_t8 = ((x4 < 0) ? 1 : ((x4 >= 2) ? 1 : x4));
  if (branch_t8 == 0) {
    k_broadcast_add_fusion(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  } else if (branch_t8 == 1) {
    k_broadcast_multiply_fusion(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  }
  memcpy(((float *)results[0]), ((float *)A), 16);
  return 0;
}
