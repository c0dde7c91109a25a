

/* hlox: kernels */
__attribute__((noinline)) static void k_out(const double _Complex *restrict b0, const double _Complex *restrict b1, const double _Complex *restrict b2, double _Complex *restrict b3) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 3; i2++) {
      double _Complex g5;
      if ((i1 < 3)) {
        const double _Complex v8 = b0[((i1 * 3) + i2)];
        const double _Complex v9 = b1[i2];
        g5 = hlox_cmul(v8, v9);
      } else {
        g5 = __builtin_complex((0x0.0p+0), (0x0.0p+0));
      }
      const int64_t t13 = ((i1 * 3) + i2);
      const double _Complex v14 = b2[t13];
      b3[t13] = hlox_cmul(g5, v14);
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
