

/* hlox: kernels */
__attribute__((noinline)) static void k_convert_element_type_1(const uint8_t *restrict b0, int32_t *restrict b1) {
  const uint8_t v2 = b0[0];
  b1[0] = ((int32_t)v2);
}

__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const float v5 = b0[i4];
    b1[i4] = (cosf(v5) - (0x1.0000000000000p+0f));
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const float v5 = b0[i4];
    b1[i4] = (sinf(v5) * (0x1.0000000000000p+1f));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_convert_element_type_1(((uint8_t *)params[0]), ((int32_t *)results[0]));
  const int32_t v4 = ((int32_t *)results[0])[0];
  const int64_t x5 = ((int64_t)v4);
  const int64_t branch_t11 = ((x5 < 0) ? 1 : ((x5 >= 2) ? 1 : x5));
  if (branch_t11 == 0) {
    k_fusion_1(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  } else if (branch_t11 == 1) {
    k_fusion(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  }
  memcpy(((float *)results[0]), ((float *)A), 16);
  return 0;
}
