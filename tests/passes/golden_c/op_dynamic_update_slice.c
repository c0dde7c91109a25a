

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_2(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2, int32_t *restrict b3) {
  const int32_t v1 = b0[0];
  const int32_t v7 = b1[0];
  b2[0] = (((uint8_t)(v1 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v1 + (uint32_t)((int32_t)0x8ull))) : v1);
  b3[0] = (((uint8_t)(v7 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v7 + (uint32_t)((int32_t)0x6ull))) : v7);
}

__attribute__((noinline)) static void k_dynamic_update_slice_1(const int32_t *restrict b0, const int32_t *restrict b1, const float *restrict b2, const float *restrict b3, float *restrict b4) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 6; i2++) {
      const int32_t v3 = b0[0];
      const int32_t v7 = b1[0];
      const int64_t t11 = (i1 - hlox_max_s64(hlox_min_s64(((int64_t)v3), 6), 0));
      const int64_t t12 = (i2 - hlox_max_s64(hlox_min_s64(((int64_t)v7), 3), 0));
      float g20;
      if ((((t11 >= 0) && (t11 < 2)) && ((t12 >= 0) && (t12 < 3)))) {
        const float v23 = b2[((t11 * 3) + t12)];
        g20 = v23;
      } else {
        const float v26 = b3[((i1 * 6) + i2)];
        g20 = v26;
      }
      b4[((i1 * 6) + i2)] = g20;
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
