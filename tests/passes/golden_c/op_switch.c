

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_4(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2, int32_t *restrict b3) {
  const int32_t v2 = b0[0];
  const int32_t v8 = b1[0];
  b2[0] = hlox_min_s32(hlox_max_s32(((int32_t)((uint32_t)v2 * (uint32_t)((int32_t)0x5ull))), ((int32_t)0x0ull)), ((int32_t)0x2ull));
  b3[0] = hlox_min_s32(hlox_max_s32(v8, ((int32_t)0x0ull)), ((int32_t)0x2ull));
}

__attribute__((noinline)) static void k_fusion_3(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const float v5 = b0[i4];
    b1[i4] = (v5 + (0x1.0000000000000p+0f));
  }
}

__attribute__((noinline)) static void k_mul_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const float v5 = b0[i4];
    b1[i4] = (v5 * v5);
  }
}

__attribute__((noinline)) static void k_exp_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const float v5 = b0[i4];
    b1[i4] = hlox_expf(v5);
  }
}

__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const float v5 = b0[i4];
    b1[i4] = (v5 + (0x1.0000000000000p+0f));
  }
}

__attribute__((noinline)) static void k_mul_4(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const float v5 = b0[i4];
    b1[i4] = (v5 * v5);
  }
}

__attribute__((noinline)) static void k_exp_3(const float *restrict b0, float *restrict b1) {
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
  k_fusion_4(((int32_t *)params[2]), ((int32_t *)params[0]), ((int32_t *)results[1]), ((int32_t *)((char *)results[1] + 4)));
  const int32_t v6 = ((int32_t *)((char *)results[1] + 4))[0];
  const int64_t x7 = ((int64_t)v6);
  const int64_t branch_t13 = ((x7 < 0) ? 2 : ((x7 >= 3) ? 2 : x7));
  if (branch_t13 == 0) {
    k_fusion_3(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  } else if (branch_t13 == 1) {
    k_mul_1(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  } else if (branch_t13 == 2) {
    k_exp_1(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  }
  const int32_t v19 = ((int32_t *)results[1])[0];
  const int64_t x20 = ((int64_t)v19);
  const int64_t branch_t24 = ((x20 < 0) ? 2 : ((x20 >= 3) ? 2 : x20));
  if (branch_t24 == 0) {
    k_fusion_2(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)(A + 16)), ((float *)results[0]), 16);
  } else if (branch_t24 == 1) {
    k_mul_4(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)(A + 16)), ((float *)results[0]), 16);
  } else if (branch_t24 == 2) {
    k_exp_3(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)(A + 16)), ((float *)results[0]), 16);
  }
  memcpy(((float *)results[0]), ((float *)A), 16);
  memcpy(((float *)results[1]), ((float *)(A + 16)), 16);
  return 0;
}
