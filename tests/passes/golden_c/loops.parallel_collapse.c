

/* hlox: kernels */
__attribute__((noinline)) static void k_t(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  #pragma omp parallel for collapse(2) schedule(static) num_threads(2)
  for (int64_t i1 = 0; i1 < 64; i1++) {
    for (int64_t i2 = 0; i2 < 64; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 64; i3++) {
        const int64_t t7 = (((i1 * 4096) + (i2 * 64)) + i3);
        const float v8 = b0[t7];
        const float v9 = b1[t7];
        b2[t7] = hlox_tanhf((v8 + v9));
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
