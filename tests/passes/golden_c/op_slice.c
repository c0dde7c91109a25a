

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 3; i5++) {
      const int64_t t6 = (i4 * 3);
      const int64_t t8 = (i5 * 2);
      const float v13 = b0[((t6 * 6) + (1 + t8))];
      const float v18 = b0[(((1 + (i4 * 2)) * 6) + t8)];
      const int64_t t19 = (t6 + i5);
      b1[t19] = v13;
      b2[t19] = v18;
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const float v10 = b0[(((7 - i4) * 6) + 1)];
    b1[i4] = v10;
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_1(((float *)params[0]), ((float *)A), ((float *)(A + 48)));
  k_fusion(((float *)params[0]), ((float *)results[1]));
  memcpy(((float *)results[0]), ((float *)(A + 48)), 36);
  memcpy(((float *)results[2]), ((float *)A), 36);
  return 0;
}
