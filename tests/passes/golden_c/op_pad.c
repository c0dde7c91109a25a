

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 5; i6++) {
      const int64_t t8 = (i4 - (-1));
      const int64_t t10 = (t8 / 2);
      const int64_t t16 = (i6 - 2);
      float g22;
      if (((((t8 >= 0) && ((t8 % 2) == 0)) && (t10 < 4)) && (t16 >= 0))) {
        const float v25 = b0[((t10 * 5) + t16)];
        g22 = v25;
      } else {
        g22 = (0x1.0000000000000p-1f);
      }
      b1[((i4 * 5) + i6)] = g22;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((float *)params[0]), ((float *)results[0]));
  return 0;
}
