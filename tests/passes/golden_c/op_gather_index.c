

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 5; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const int32_t v3 = b0[i1];
      const float v14 = b1[((hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v3 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v3 + (uint32_t)((int32_t)0xaull))) : v3)), 9), 0) * 4) + i2)];
      b2[((i1 * 4) + i2)] = v14;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((int32_t *)params[1]), ((float *)params[0]), ((float *)results[0]));
  return 0;
}
