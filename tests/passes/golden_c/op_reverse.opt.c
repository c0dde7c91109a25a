

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_reverse(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 5; i3++) {
        const int64_t t7 = (i2 * 5);
        const float v10 = b0[((((2 - i1) * 20) + t7) + (4 - i3))];
        b1[(((i1 * 20) + t7) + i3)] = v10;
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
