
static const int32_t hlox_const0[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};
static const int32_t hlox_const1[1] __attribute__((aligned(64))) = {((int32_t)0x2ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2, int32_t *restrict b3) {
  const int32_t v3 = hlox_const0[0];
  const int32_t v4 = b0[0];
  const int32_t v6 = hlox_const1[0];
  const int32_t v8 = b1[0];
  b2[0] = hlox_min_s32(hlox_max_s32(v4, v3), v6);
  b3[0] = hlox_min_s32(hlox_max_s32(((int32_t)((uint32_t)v8 * (uint32_t)((int32_t)0x5ull))), ((int32_t)0x0ull)), ((int32_t)0x2ull));
}

__attribute__((noinline)) static void k_broadcast_add_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const float v5 = b0[i4];
    b1[i4] = (v5 + (0x1.0000000000000p+0f));
  }
}

__attribute__((noinline)) static void k_wrapped_multiply(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const float v5 = b0[i4];
    b1[i4] = (v5 * v5);
  }
}

__attribute__((noinline)) static void k_wrapped_exponential(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const float v5 = b0[i4];
    b1[i4] = hlox_expf(v5);
  }
}

__attribute__((noinline)) static void k_broadcast_add_fusion_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const float v5 = b0[i4];
    b1[i4] = (v5 + (0x1.0000000000000p+0f));
  }
}

__attribute__((noinline)) static void k_wrapped_multiply_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const float v5 = b0[i4];
    b1[i4] = (v5 * v5);
  }
}

__attribute__((noinline)) static void k_wrapped_exponential_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const float v5 = b0[i4];
    b1[i4] = hlox_expf(v5);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((int32_t *)params[0]), ((int32_t *)params[2]), ((int32_t *)results[0]), ((int32_t *)results[1]));
  const int32_t v6 = ((int32_t *)results[0])[0];
  const int64_t x7 = ((int64_t)v6);
  const int64_t branch_t13 = ((x7 < 0) ? 2 : ((x7 >= 3) ? 2 : x7));
  if (branch_t13 == 0) {
    k_broadcast_add_fusion(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  } else if (branch_t13 == 1) {
    k_wrapped_multiply(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  } else if (branch_t13 == 2) {
    k_wrapped_exponential(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  }
  const int32_t v19 = ((int32_t *)results[1])[0];
  const int64_t x20 = ((int64_t)v19);
  const int64_t branch_t24 = ((x20 < 0) ? 2 : ((x20 >= 3) ? 2 : x20));
  if (branch_t24 == 0) {
    k_broadcast_add_fusion_1(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)(A + 16)), ((float *)results[0]), 16);
  } else if (branch_t24 == 1) {
    k_wrapped_multiply_1(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)(A + 16)), ((float *)results[0]), 16);
  } else if (branch_t24 == 2) {
    k_wrapped_exponential_1(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)(A + 16)), ((float *)results[0]), 16);
  }
  memcpy(((float *)results[0]), ((float *)A), 16);
  memcpy(((float *)results[1]), ((float *)(A + 16)), 16);
  return 0;
}
