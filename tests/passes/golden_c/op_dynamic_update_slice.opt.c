

/* hlox: kernels */
__attribute__((noinline)) static void k_select_dynamic_update_slice_fusion(const int32_t *restrict b0, const int32_t *restrict b1, const float *restrict b2, const float *restrict b3, float *restrict b4) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 6; i6++) {
      const int32_t v7 = b0[0];
      const int32_t v16 = b1[0];
      const int64_t t25 = (i4 - hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v7 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v7 + (uint32_t)((int32_t)0x8ull))) : v7)), 6), 0));
      const int64_t t26 = (i6 - hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v16 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v16 + (uint32_t)((int32_t)0x6ull))) : v16)), 3), 0));
      float g35;
      if ((((t25 >= 0) && (t25 < 2)) && ((t26 >= 0) && (t26 < 3)))) {
        const float v38 = b2[((t25 * 3) + t26)];
        g35 = v38;
      } else {
        const float v41 = b3[((i4 * 6) + i6)];
        g35 = v41;
      }
      b4[((i4 * 6) + i6)] = g35;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_select_dynamic_update_slice_fusion(((int32_t *)params[2]), ((int32_t *)params[3]), ((float *)params[1]), ((float *)params[0]), ((float *)results[0]));
  return 0;
}
