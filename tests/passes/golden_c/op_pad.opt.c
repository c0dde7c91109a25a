

/* hlox: kernels */
__attribute__((noinline)) static void k_pad_slice_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 5; i6++) {
      const int64_t t7 = (1 + i4);
      const int64_t t9 = (t7 / 2);
      const int64_t t15 = (i6 - 2);
      float g21;
      if (((((t7 >= 0) && ((t7 % 2) == 0)) && (t9 < 4)) && (t15 >= 0))) {
        const float v24 = b0[((t9 * 5) + t15)];
        g21 = v24;
      } else {
        g21 = (0x1.0000000000000p-1f);
      }
      b1[((i4 * 5) + i6)] = g21;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_pad_slice_fusion(((float *)params[0]), ((float *)results[0]));
  return 0;
}
