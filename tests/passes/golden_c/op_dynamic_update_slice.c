

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_2(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2, int32_t *restrict b3) {
  const int32_t v2 = b0[0];
  const int32_t v8 = b1[0];
  b2[0] = (((uint8_t)(v2 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v2 + (uint32_t)((int32_t)0x8ull))) : v2);
  b3[0] = (((uint8_t)(v8 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v8 + (uint32_t)((int32_t)0x6ull))) : v8);
}

__attribute__((noinline)) static void k_dynamic_update_slice_1(const int32_t *restrict b0, const int32_t *restrict b1, const float *restrict b2, const float *restrict b3, float *restrict b4) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 6; i6++) {
      const int32_t v7 = b0[0];
      const int32_t v11 = b1[0];
      const int64_t t16 = (i4 - hlox_max_s64(hlox_min_s64(((int64_t)v7), 6), 0));
      const int64_t t17 = (i6 - hlox_max_s64(hlox_min_s64(((int64_t)v11), 3), 0));
      float g26;
      if ((((t16 >= 0) && (t16 < 2)) && ((t17 >= 0) && (t17 < 3)))) {
        const float v29 = b2[((t16 * 3) + t17)];
        g26 = v29;
      } else {
        const float v32 = b3[((i4 * 6) + i6)];
        g26 = v32;
      }
      b4[((i4 * 6) + i6)] = g26;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_2(((int32_t *)params[2]), ((int32_t *)params[3]), ((int32_t *)A), ((int32_t *)(A + 4)));
  k_dynamic_update_slice_1(((int32_t *)A), ((int32_t *)(A + 4)), ((float *)params[1]), ((float *)params[0]), ((float *)results[0]));
  return 0;
}
