

/* hlox: kernels */
__attribute__((noinline)) static void k_add_add_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const int64_t t11 = ((i1 * 4) + i2);
      const float v12 = b0[t11];
      b1[t11] = (v12 + ((((float)((int64_t)i2)) * (0x1.4000000000000p+3f)) + ((float)((int64_t)i1))));
    }
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(const int32_t *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const int32_t v4 = b0[0];
    b1[i1] = ((int32_t)((uint32_t)((int32_t)((int64_t)i1)) * (uint32_t)v4));
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
