

/* hlox: kernels */
__attribute__((noinline)) static void k_add_add_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 4; i6++) {
      const int64_t t15 = ((i4 * 4) + i6);
      const float v16 = b0[t15];
      b1[t15] = (v16 + ((((float)((int64_t)i6)) * (0x1.4000000000000p+3f)) + ((float)((int64_t)i4))));
    }
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(const int32_t *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 5; i4++) {
    const int32_t v7 = b0[0];
    b1[i4] = ((int32_t)((uint32_t)((int32_t)((int64_t)i4)) * (uint32_t)v7));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_add_add_fusion(((float *)params[0]), ((float *)results[0]));
  k_broadcast_multiply_fusion(((int32_t *)params[1]), ((int32_t *)results[1]));
  return 0;
}
