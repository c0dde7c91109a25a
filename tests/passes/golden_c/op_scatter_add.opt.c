

/* hlox: kernels */
__attribute__((noinline)) static void k_select_bitcast_fusion(const int32_t *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const int32_t v2 = b0[i1];
    b1[i1] = (((uint8_t)(v2 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v2 + (uint32_t)((int32_t)0xaull))) : v2);
  }
}

__attribute__((noinline)) static void k_wrapped_scatter(const float *restrict b0, float *restrict b1, const int32_t *restrict b2, const float *restrict b3) {
  for (int64_t i1 = 0; i1 < 10; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const int64_t t4 = ((i1 * 4) + i2);
      const float v5 = b0[t4];
      b1[t4] = v5;
    }
  }
  for (int64_t i6 = 0; i6 < 6; i6++) {
    for (int64_t i7 = 0; i7 < 4; i7++) {
      const int32_t v8 = b2[i6];
      const int64_t x9 = ((int64_t)v8);
      if (((x9 >= 0) && (x9 <= 9))) {
        const int64_t t14 = ((x9 * 4) + i7);
        const float v15 = b1[t14];
        const float v18 = b3[((i6 * 4) + i7)];
        b1[t14] = (v15 + v18);
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_select_bitcast_fusion(((int32_t *)params[1]), ((int32_t *)A));
  k_wrapped_scatter(((float *)params[0]), ((float *)results[0]), ((int32_t *)A), ((float *)params[2]));
  return 0;
}
