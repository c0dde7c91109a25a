

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_4(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2, int32_t *restrict b3) {
  const int32_t v1 = b0[0];
  const int32_t v7 = b1[0];
  b2[0] = hlox_min_s32(hlox_max_s32(((int32_t)((uint32_t)v1 * (uint32_t)((int32_t)0x5ull))), ((int32_t)0x0ull)), ((int32_t)0x2ull));
  b3[0] = hlox_min_s32(hlox_max_s32(v7, ((int32_t)0x0ull)), ((int32_t)0x2ull));
}

__attribute__((noinline)) static void k_fusion_3(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    b1[i1] = (v2 + (0x1.0000000000000p+0f));
  }
}

__attribute__((noinline)) static void k_mul_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    b1[i1] = (v2 * v2);
  }
}

__attribute__((noinline)) static void k_exp_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    b1[i1] = hlox_expf(v2);
  }
}

__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    b1[i1] = (v2 + (0x1.0000000000000p+0f));
  }
}

__attribute__((noinline)) static void k_mul_4(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    b1[i1] = (v2 * v2);
  }
}

__attribute__((noinline)) static void k_exp_3(const float *restrict b0, float *restrict b1) {
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
  k_fusion_4(((int32_t *)params[2]), ((int32_t *)params[0]), ((int32_t *)results[1]), ((int32_t *)((char *)results[1] + 4)));
  const int32_t v5 = ((int32_t *)((char *)results[1] + 4))[0];
  const int64_t x6 = ((int64_t)v5);
  const int64_t branch_t10 = ((x6 < 0) ? 2 : ((x6 >= 3) ? 2 : x6));
  if (branch_t10 == 0) {
    k_fusion_3(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  } else if (branch_t10 == 1) {
    k_mul_1(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  } else if (branch_t10 == 2) {
    k_exp_1(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)A), ((float *)results[0]), 16);
  }
  const int32_t v16 = ((int32_t *)results[1])[0];
  const int64_t x17 = ((int64_t)v16);
  const int64_t branch_t21 = ((x17 < 0) ? 2 : ((x17 >= 3) ? 2 : x17));
  if (branch_t21 == 0) {
    k_fusion_2(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)(A + 16)), ((float *)results[0]), 16);
  } else if (branch_t21 == 1) {
    k_mul_4(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)(A + 16)), ((float *)results[0]), 16);
  } else if (branch_t21 == 2) {
    k_exp_3(((float *)params[1]), ((float *)results[0]));
    memcpy(((float *)(A + 16)), ((float *)results[0]), 16);
  }
  memcpy(((float *)results[0]), ((float *)A), 16);
  memcpy(((float *)results[1]), ((float *)(A + 16)), 16);
  return 0;
}
