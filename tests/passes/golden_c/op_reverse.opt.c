

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_reverse(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      #pragma omp simd
      for (int64_t i8 = 0; i8 < 5; i8++) {
        const int64_t t14 = (i6 * 5);
        const float v17 = b0[((((2 - i4) * 20) + t14) + (4 - i8))];
        b1[(((i4 * 20) + t14) + i8)] = v17;
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_wrapped_reverse(((float *)params[0]), ((float *)results[0]));
  return 0;
}
