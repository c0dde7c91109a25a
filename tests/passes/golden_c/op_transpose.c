

/* hlox: kernels */
__attribute__((noinline)) static void k_transpose_2(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    for (int64_t i6 = 0; i6 < 2; i6++) {
      #pragma omp simd
      for (int64_t i8 = 0; i8 < 3; i8++) {
        const float v14 = b0[(((i6 * 12) + (i8 * 4)) + i4)];
        b1[(((i4 * 6) + (i6 * 3)) + i8)] = v14;
      }
    }
  }
}

__attribute__((noinline)) static void k_transpose_3(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 5; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 3; i6++) {
      const float v9 = b0[((i6 * 5) + i4)];
      b1[((i4 * 3) + i6)] = v9;
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
