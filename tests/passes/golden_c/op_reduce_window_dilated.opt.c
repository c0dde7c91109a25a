
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_reduce_window(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 11; i1++) {
    for (int64_t i2 = 0; i2 < 3; i2++) {
      const float v4 = hlox_const0[0];
      float acc5 = v4;
      for (int64_t i6 = 0; i6 < 2; i6++) {
        const int64_t t8 = ((i1 - 1) + i6);
        const int64_t t10 = (t8 / 2);
        if ((((t8 >= 0) && ((t8 % 2) == 0)) && (t10 < 6))) {
          for (int64_t i16 = 0; i16 < 3; i16++) {
            const int64_t t20 = (((i2 * 2) - 2) + (i16 * 2));
            if (((t20 >= 0) && (t20 < 7))) {
              const float v26 = b0[((t10 * 7) + t20)];
              acc5 = (acc5 + v26);
            }
          }
        }
      }
      b1[((i1 * 3) + i2)] = acc5;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_wrapped_reduce_window(((float *)params[0]), ((float *)results[0]));
  return 0;
}
