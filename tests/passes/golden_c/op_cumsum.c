
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};
static const float hlox_const1[1] __attribute__((aligned(64))) = {(-INFINITY)};
static const int32_t hlox_const2[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_reduce_window_sum_6(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 10; i2++) {
      const float v4 = hlox_const0[0];
      float acc5 = v4;
      for (int64_t i6 = 0; i6 < 10; i6++) {
        const int64_t t8 = ((i2 - 9) + i6);
        if (((t8 >= 0) && (t8 < 10))) {
          const float v14 = b0[((i1 * 10) + t8)];
          acc5 = (acc5 + v14);
        }
      }
      b1[((i1 * 10) + i2)] = acc5;
    }
  }
}

__attribute__((noinline)) static void k_reduce_window_max_1(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 10; i2++) {
      const float v4 = hlox_const1[0];
      float acc5 = v4;
      for (int64_t i6 = 0; i6 < 4; i6++) {
        const int64_t t8 = ((i1 - 3) + i6);
        if (((t8 >= 0) && (t8 < 4))) {
          const float v14 = b0[((t8 * 10) + i2)];
          acc5 = hlox_maxf(acc5, v14);
        }
      }
      b1[((i1 * 10) + i2)] = acc5;
    }
  }
}

__attribute__((noinline)) static void k_reduce_window_sum_8(const int32_t *restrict b0, int32_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 12; i1++) {
    const int32_t v3 = hlox_const2[0];
    int32_t acc4 = v3;
    for (int64_t i5 = 0; i5 < 12; i5++) {
      const int64_t t7 = ((i1 - 11) + i5);
      if (((t7 >= 0) && (t7 < 12))) {
        const int32_t v11 = b0[t7];
        acc4 = ((int32_t)((uint32_t)acc4 + (uint32_t)v11));
      }
    }
    b1[i1] = acc4;
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_reduce_window_sum_6(((float *)params[0]), ((float *)results[0]));
  k_reduce_window_max_1(((float *)params[0]), ((float *)results[1]));
  k_reduce_window_sum_8(((int32_t *)params[1]), ((int32_t *)results[2]));
  return 0;
}
