

/* hlox: kernels */
__attribute__((noinline)) static void k_out(const double _Complex *restrict b0, const double _Complex *restrict b1, const double _Complex *restrict b2, double _Complex *restrict b3) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 1; i2++) {
      double _Complex g8;
      g8 = __builtin_complex((0x0.0p+0), (0x0.0p+0));
      const int64_t t16 = ((i1 * 5) + i2);
      const double _Complex v17 = b2[t16];
      b3[t16] = hlox_cmul(g8, v17);
    }
    #pragma omp simd
    for (int64_t i2 = 1; i2 < 4; i2++) {
      const int64_t t3 = (i2 - 1);
      double _Complex g8;
      const double _Complex v11 = b0[((i1 * 3) + t3)];
      const double _Complex v12 = b1[t3];
      g8 = hlox_cmul(v11, v12);
      const int64_t t16 = ((i1 * 5) + i2);
      const double _Complex v17 = b2[t16];
      b3[t16] = hlox_cmul(g8, v17);
    }
    #pragma omp simd
    for (int64_t i2 = 4; i2 < 5; i2++) {
      double _Complex g8;
      g8 = __builtin_complex((0x0.0p+0), (0x0.0p+0));
      const int64_t t16 = ((i1 * 5) + i2);
      const double _Complex v17 = b2[t16];
      b3[t16] = hlox_cmul(g8, v17);
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_out(((double _Complex *)params[0]), ((double _Complex *)params[2]), ((double _Complex *)params[1]), ((double _Complex *)results[0]));
  return 0;
}
