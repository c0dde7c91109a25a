

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const int32_t v5 = b0[i4];
    b1[i4] = (((uint8_t)(v5 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v5 + (uint32_t)((int32_t)0xaull))) : v5);
  }
}

__attribute__((noinline)) static void k_scatter_add_5(const float *restrict b0, float *restrict b1, const int32_t *restrict b2, const float *restrict b3) {
  for (int64_t i4 = 0; i4 < 10; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 4; i6++) {
      const int64_t t8 = ((i4 * 4) + i6);
      const float v9 = b0[t8];
      b1[t8] = v9;
    }
  }
  for (int64_t i11 = 0; i11 < 6; i11++) {
    for (int64_t i12 = 0; i12 < 4; i12++) {
      const int32_t v13 = b2[i11];
      const int64_t x14 = ((int64_t)v13);
      if (((x14 >= 0) && (x14 < 10))) {
        const int64_t t19 = ((x14 * 4) + i12);
        const float v20 = b1[t19];
        const float v23 = b3[((i11 * 4) + i12)];
        b1[t19] = (v20 + v23);
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((int32_t *)params[1]), ((int32_t *)A));
  k_scatter_add_5(((float *)params[0]), ((float *)results[0]), ((int32_t *)A), ((float *)params[2]));
  return 0;
}
