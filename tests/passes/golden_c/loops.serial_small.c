

/* hlox: kernels */
__attribute__((noinline)) static void k_m(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 16; i5++) {
      const int64_t t7 = ((i4 * 16) + i5);
      const float v8 = b0[t7];
      const float v9 = b1[t7];
      b2[t7] = (v8 * v9);
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_m(((float *)params[0]), ((float *)params[1]), ((float *)results[0]));
  return 0;
}
