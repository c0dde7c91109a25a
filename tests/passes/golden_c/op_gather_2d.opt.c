

/* hlox: kernels */
__attribute__((noinline)) static void k_gather_bitcast_fusion(const int32_t *restrict b0, const int32_t *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 3; i6++) {
      const int32_t v7 = b0[i4];
      const int32_t v14 = b1[i4];
      const float v30 = b2[(((hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v7 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v7 + (uint32_t)((int32_t)0x5ull))) : v7)), 4), 0) * 18) + (hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v14 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v14 + (uint32_t)((int32_t)0x6ull))) : v14)), 5), 0) * 3)) + i6)];
      b3[((i4 * 3) + i6)] = v30;
    }
  }
}

__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 5; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      #pragma omp simd
      for (int64_t i8 = 0; i8 < 3; i8++) {
        const int32_t v9 = b0[i6];
        const float v23 = b1[(((i4 * 18) + (hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v9 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v9 + (uint32_t)((int32_t)0x6ull))) : v9)), 5), 0) * 3)) + i8)];
        b2[(((i4 * 12) + (i6 * 3)) + i8)] = v23;
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
