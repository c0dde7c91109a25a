

/* hlox: kernels */
__attribute__((noinline)) static void k_transpose_2(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 3; i3++) {
        const float v8 = b0[(((i2 * 12) + (i3 * 4)) + i1)];
        b1[(((i1 * 6) + (i2 * 3)) + i3)] = v8;
      }
    }
  }
}

__attribute__((noinline)) static void k_transpose_3(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 5; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 3; i2++) {
      const float v5 = b0[((i2 * 5) + i1)];
      b1[((i1 * 3) + i2)] = v5;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_transpose_2(((float *)params[0]), ((float *)results[0]));
  k_transpose_3(((float *)params[1]), ((float *)results[1]));
  return 0;
}
