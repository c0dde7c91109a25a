
static const int32_t hlox_const0[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};
static const int32_t hlox_const1[1] __attribute__((aligned(64))) = {((int32_t)0x2ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2, int32_t *restrict b3) {
  const int32_t v2 = hlox_const0[0];
  const int32_t v3 = b0[0];
  const int32_t v5 = hlox_const1[0];
  const int32_t v7 = b1[0];
  b2[0] = hlox_min_s32(hlox_max_s32(v3, v2), v5);
  b3[0] = hlox_min_s32(hlox_max_s32(((int32_t)((uint32_t)v7 * (uint32_t)((int32_t)0x5ull))), ((int32_t)0x0ull)), ((int32_t)0x2ull));
}

__attribute__((noinline)) static void k_broadcast_add_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    b1[i1] = (v2 + (0x1.0000000000000p+0f));
  }
}

__attribute__((noinline)) static void k_wrapped_multiply(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    b1[i1] = (v2 * v2);
  }
}

__attribute__((noinline)) static void k_wrapped_exponential(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    b1[i1] = hlox_expf(v2);
  }
}

__attribute__((noinline)) static void k_broadcast_add_fusion_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    b1[i1] = (v2 + (0x1.0000000000000p+0f));
  }
}

__attribute__((noinline)) static void k_wrapped_multiply_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    b1[i1] = (v2 * v2);
  }
}

__attribute__((noinline)) static void k_wrapped_exponential_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    b1[i1] = hlox_expf(v2);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((int32_t *)params[0]), ((int32_t *)params[2]), ((int32_t *)results[0]), ((int32_t *)results[1]));
  const int32_t v5 = ((int32_t *)results[0])[0];
  const int64_t x6 = ((int64_t)v5);
  const int64_t branch_t10 = ((x6 < 0) ? 2 : ((x6 >= 3) ? 2 : x6));
  if (branch_t10 == 0) {
    k_broadcast_add_fusion(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  } else if (branch_t10 == 1) {
    k_wrapped_multiply(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  } else if (branch_t10 == 2) {
    k_wrapped_exponential(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  }
  const int32_t v16 = ((int32_t *)results[1])[0];
  const int64_t x17 = ((int64_t)v16);
  const int64_t branch_t21 = ((x17 < 0) ? 2 : ((x17 >= 3) ? 2 : x17));
  if (branch_t21 == 0) {
    k_broadcast_add_fusion_1(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)(A + 16)), ((float *)results[0]), 16);
  } else if (branch_t21 == 1) {
    k_wrapped_multiply_1(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)(A + 16)), ((float *)results[0]), 16);
  } else if (branch_t21 == 2) {
    k_wrapped_exponential_1(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)(A + 16)), ((float *)results[0]), 16);
  }
  memcpy(((float *)results[0]), ((float *)A), 16);
  memcpy(((float *)results[1]), ((float *)(A + 16)), 16);
  return 0;
}
