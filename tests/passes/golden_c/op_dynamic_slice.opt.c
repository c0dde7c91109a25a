

/* hlox: kernels */
__attribute__((noinline)) static void k_select_dynamic_slice_fusion(const int32_t *restrict b0, const int32_t *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 2; i6++) {
      const int32_t v7 = b0[0];
      const int32_t v17 = b1[0];
      const float v31 = b2[(((hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v7 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v7 + (uint32_t)((int32_t)0x8ull))) : v7)), 5), 0) + i4) * 6) + (hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v17 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v17 + (uint32_t)((int32_t)0x6ull))) : v17)), 4), 0) + i6))];
      b3[((i4 * 2) + i6)] = v31;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_select_dynamic_slice_fusion(((int32_t *)params[1]), ((int32_t *)params[2]), ((float *)params[0]), ((float *)results[0]));
  return 0;
}
