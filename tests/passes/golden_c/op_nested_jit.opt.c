

/* hlox: kernels */
__attribute__((noinline)) static void k_add_add_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const float v5 = b0[i4];
    const float v10 = b1[i4];
    b2[i4] = (((sinf(v5) * (0x1.0000000000000p+1f)) + v5) + ((sinf(v10) * (0x1.0000000000000p+1f)) + v10));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_add_add_fusion(((float *)params[0]), ((float *)params[1]), ((float *)results[0]));
  return 0;
}
