

/* hlox: kernels */
__attribute__((noinline)) static void k_gather_bitcast_fusion(const int32_t *restrict b0, const int32_t *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 3; i2++) {
      const int32_t v3 = b0[i1];
      const int32_t v10 = b1[i1];
      const float v24 = b2[(((hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v3 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v3 + (uint32_t)((int32_t)0x5ull))) : v3)), 4), 0) * 18) + (hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v10 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v10 + (uint32_t)((int32_t)0x6ull))) : v10)), 5), 0) * 3)) + i2)];
      b3[((i1 * 3) + i2)] = v24;
    }
  }
}

__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 5; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 3; i3++) {
        const int32_t v4 = b0[i2];
        const float v17 = b1[(((i1 * 18) + (hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v4 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v4 + (uint32_t)((int32_t)0x6ull))) : v4)), 5), 0) * 3)) + i3)];
        b2[(((i1 * 12) + (i2 * 3)) + i3)] = v17;
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_gather_bitcast_fusion(((int32_t *)params[1]), ((int32_t *)params[2]), ((float *)params[0]), ((float *)results[0]));
  k_fusion(((int32_t *)params[2]), ((float *)params[0]), ((float *)results[1]));
  return 0;
}
