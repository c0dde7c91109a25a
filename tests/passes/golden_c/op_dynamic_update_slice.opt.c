

/* hlox: kernels */
__attribute__((noinline)) static void k_select_dynamic_update_slice_fusion(const int32_t *restrict b0, const int32_t *restrict b1, const float *restrict b2, const float *restrict b3, float *restrict b4) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 6; i2++) {
      const int32_t v3 = b0[0];
      const int32_t v12 = b1[0];
      const int64_t t20 = (i1 - hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v3 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v3 + (uint32_t)((int32_t)0x8ull))) : v3)), 6), 0));
      const int64_t t21 = (i2 - hlox_max_s64(hlox_min_s64(((int64_t)(((uint8_t)(v12 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v12 + (uint32_t)((int32_t)0x6ull))) : v12)), 3), 0));
      float g29;
      if ((((t20 >= 0) && (t20 < 2)) && ((t21 >= 0) && (t21 < 3)))) {
        const float v32 = b2[((t20 * 3) + t21)];
        g29 = v32;
      } else {
        const float v35 = b3[((i1 * 6) + i2)];
        g29 = v35;
      }
      b4[((i1 * 6) + i2)] = g29;
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
