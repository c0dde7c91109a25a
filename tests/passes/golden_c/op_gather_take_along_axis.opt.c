

/* hlox: kernels */
__attribute__((noinline)) static void k_broadcast_select_fusion(const int32_t *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 3; i2++) {
      const int64_t t4 = ((i1 * 3) + i2);
      const int32_t v5 = b0[t4];
      const int32_t v10 = (((uint8_t)(v5 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v5 + (uint32_t)((int32_t)0x6ull))) : v5);
      const int64_t t15 = (t4 / 3);
      const int32_t v22 = b0[((t15 * 3) + (t4 % 3))];
      const float v33 = b1[((hlox_max_s64(hlox_min_s64(((int64_t)((int32_t)((int64_t)t15))), 3), 0) * 6) + hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v22 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v22 + (uint32_t)((int32_t)0x6ull))) : v22)), 5), 0))];
      b2[t4] = (((uint8_t)(((uint8_t)(v10 >= ((int32_t)0x0ull))) & ((uint8_t)(v10 <= ((int32_t)0x5ull))))) ? v33 : NAN);
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_broadcast_select_fusion(((int32_t *)params[1]), ((float *)params[0]), ((float *)results[0]));
  return 0;
}
