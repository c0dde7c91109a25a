

/* hlox: kernels */
__attribute__((noinline)) static void k_t(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  #pragma omp parallel for collapse(2) schedule(static) num_threads(2)
  for (int64_t i4 = 0; i4 < 64; i4++) {
    for (int64_t i5 = 0; i5 < 64; i5++) {
      #pragma omp simd
      for (int64_t i6 = 0; i6 < 64; i6++) {
        const int64_t t11 = (((i4 * 4096) + (i5 * 64)) + i6);
        const float v12 = b0[t11];
        const float v13 = b1[t11];
        b2[t11] = hlox_tanhf((v12 + v13));
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_t(((float *)params[0]), ((float *)params[1]), ((float *)results[0]));
  return 0;
}
