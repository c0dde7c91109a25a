

/* hlox: kernels */
__attribute__((noinline)) static void k_concatenate_2(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i4 = 0; i4 < 7; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 3; i6++) {
      float g9;
      if ((i4 < 2)) {
        const float v12 = b0[((i4 * 3) + i6)];
        g9 = v12;
      } else {
        const int64_t t13 = (i4 - 2);
        float g16;
        if ((i4 < 6)) {
          const float v19 = b1[((t13 * 3) + i6)];
          g16 = v19;
        } else {
          const float v23 = b2[(((i4 - 6) * 3) + i6)];
          g16 = v23;
        }
        g9 = g16;
      }
      b3[((i4 * 3) + i6)] = g9;
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 6; i6++) {
      float g9;
      if ((i6 < 3)) {
        const float v12 = b0[((i4 * 3) + i6)];
        g9 = v12;
      } else {
        const float v16 = b0[((i4 * 3) + (i6 - 3))];
        g9 = (v16 * (0x1.0000000000000p+1f));
      }
      b1[((i4 * 6) + i6)] = g9;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_concatenate_2(((float *)params[0]), ((float *)params[1]), ((float *)params[2]), ((float *)results[0]));
  k_fusion(((float *)params[0]), ((float *)results[1]));
  return 0;
}
