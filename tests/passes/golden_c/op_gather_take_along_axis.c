

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 3; i6++) {
      const int64_t t8 = ((i4 * 3) + i6);
      const int32_t v9 = b0[t8];
      const int32_t v14 = (((uint8_t)(v9 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v9 + (uint32_t)((int32_t)0x6ull))) : v9);
      const float v28 = b1[((i4 * 6) + hlox_max_s64(hlox_min_s64(((int64_t)v14), 5), 0))];
      b2[t8] = (((uint8_t)(((uint8_t)(((uint8_t)(v14 >= ((int32_t)0x0ull))) & ((uint8_t)(v14 <= ((int32_t)0x5ull))))) & 1)) ? v28 : NAN);
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
