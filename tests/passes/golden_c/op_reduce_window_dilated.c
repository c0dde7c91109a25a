
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_reduce_window_sum_7(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 11; i4++) {
    for (int64_t i6 = 0; i6 < 3; i6++) {
      const float v8 = hlox_const0[0];
      float acc9 = v8;
      for (int64_t i11 = 0; i11 < 2; i11++) {
        const int64_t t13 = ((i4 - 1) + i11);
        const int64_t t15 = (t13 / 2);
        if ((((t13 >= 0) && ((t13 % 2) == 0)) && (t15 < 6))) {
          for (int64_t i22 = 0; i22 < 3; i22++) {
            const int64_t t26 = (((i6 * 2) - 2) + (i22 * 2));
            if (((t26 >= 0) && (t26 < 7))) {
              const float v33 = b0[((t15 * 7) + t26)];
              acc9 = (acc9 + v33);
            }
          }
        }
      }
      b1[((i4 * 3) + i6)] = acc9;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_reduce_window_sum_7(((float *)params[0]), ((float *)results[0]));
  return 0;
}
