
static const float hlox_const0[1] __attribute__((aligned(64))) = {(-INFINITY)};

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_reduce_window(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      for (int64_t i7 = 0; i7 < 4; i7++) {
        for (int64_t i9 = 0; i9 < 3; i9++) {
          const float v11 = hlox_const0[0];
          float acc12 = v11;
          for (int64_t i13 = 0; i13 < 2; i13++) {
            const int64_t t15 = ((i6 * 2) + i13);
            for (int64_t i16 = 0; i16 < 2; i16++) {
              const float v27 = b0[((((i4 * 192) + (t15 * 24)) + (((i7 * 2) + i16) * 3)) + i9)];
              acc12 = hlox_maxf(acc12, v27);
            }
          }
          b1[((((i4 * 48) + (i6 * 12)) + (i7 * 3)) + i9)] = acc12;
        }
      }
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
