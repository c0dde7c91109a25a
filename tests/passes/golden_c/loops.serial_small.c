

/* hlox: kernels */
__attribute__((noinline)) static void k_m(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 16; i2++) {
      const int64_t t4 = ((i1 * 16) + i2);
      const float v5 = b0[t4];
      const float v6 = b1[t4];
      b2[t4] = (v5 * v6);
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
