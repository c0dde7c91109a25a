

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 2; i2++) {
      float g15;
      g15 = (0x1.0000000000000p-1f);
      b1[((i1 * 5) + i2)] = g15;
    }
    #pragma omp simd
    for (int64_t i2 = 2; i2 < 5; i2++) {
      const int64_t t3 = (i1 - (-1));
      const int64_t t4 = (t3 / 2);
      const int64_t t9 = (i2 - 2);
      float g15;
      if ((((t3 >= 0) && ((t3 % 2) == 0)) && (t4 < 4))) {
        const float v18 = b0[((t4 * 5) + t9)];
        g15 = v18;
      } else {
        g15 = (0x1.0000000000000p-1f);
      }
      b1[((i1 * 5) + i2)] = g15;
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
