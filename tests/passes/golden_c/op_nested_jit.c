

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    const float v7 = b1[i1];
    b2[i1] = (((sinf(v2) * (0x1.0000000000000p+1f)) + v2) + ((sinf(v7) * (0x1.0000000000000p+1f)) + v7));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((float *)params[0]), ((float *)params[1]), ((float *)results[0]));
  return 0;
}
