
static const float hlox_const0[1] __attribute__((aligned(64))) = {(-INFINITY)};

/* hlox: kernels */
__attribute__((noinline)) static void k_reduce_window_max_7(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      for (int64_t i3 = 0; i3 < 4; i3++) {
        for (int64_t i4 = 0; i4 < 3; i4++) {
          const float v6 = hlox_const0[0];
          float acc7 = v6;
          for (int64_t i8 = 0; i8 < 2; i8++) {
            const int64_t t10 = ((i2 * 2) + i8);
            for (int64_t i11 = 0; i11 < 2; i11++) {
              const float v20 = b0[((((i1 * 192) + (t10 * 24)) + (((i3 * 2) + i11) * 3)) + i4)];
              acc7 = hlox_maxf(acc7, v20);
            }
          }
          b1[((((i1 * 48) + (i2 * 12)) + (i3 * 3)) + i4)] = acc7;
        }
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_reduce_window_max_7(((float *)params[0]), ((float *)results[0]));
  return 0;
}
