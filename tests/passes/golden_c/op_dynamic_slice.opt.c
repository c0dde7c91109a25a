

/* hlox: kernels */
__attribute__((noinline)) static void k_select_dynamic_slice_fusion(const int32_t *restrict b0, const int32_t *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 2; i2++) {
      const int32_t v3 = b0[0];
      const int32_t v12 = b1[0];
      const float v24 = b2[(((hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v3 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v3 + (uint32_t)((int32_t)0x8ull))) : v3)), 5), 0) + i1) * 6) + (hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v12 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v12 + (uint32_t)((int32_t)0x6ull))) : v12)), 4), 0) + i2))];
      b3[((i1 * 2) + i2)] = v24;
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
