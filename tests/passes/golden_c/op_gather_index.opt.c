

/* hlox: kernels */
__attribute__((noinline)) static void k_gather_bitcast_fusion(const int32_t *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 5; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 4; i6++) {
      const int32_t v7 = b0[i4];
      const float v19 = b1[((hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v7 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v7 + (uint32_t)((int32_t)0xaull))) : v7)), 9), 0) * 4) + i6)];
      b2[((i4 * 4) + i6)] = v19;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_gather_bitcast_fusion(((int32_t *)params[1]), ((float *)params[0]), ((float *)results[0]));
  return 0;
}
