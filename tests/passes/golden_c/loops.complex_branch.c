

/* hlox: kernels */
__attribute__((noinline)) static void k_out(const double _Complex *restrict b0, const double _Complex *restrict b1, const double _Complex *restrict b2, double _Complex *restrict b3) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      double _Complex g9;
      if ((i6 < 3)) {
        const double _Complex v12 = b0[((i4 * 3) + i6)];
        const double _Complex v13 = b1[i6];
        g9 = hlox_cmul(v12, v13);
      } else {
        g9 = __builtin_complex((0x0.0p+0), (0x0.0p+0));
      }
      const int64_t t17 = ((i4 * 4) + i6);
      const double _Complex v18 = b2[t17];
      b3[t17] = hlox_cmul(g9, v18);
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
