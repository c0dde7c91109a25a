

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 3; i2++) {
      const int64_t t3 = (i1 * 3);
      const int64_t t4 = (i2 * 2);
      const float v8 = b0[((t3 * 6) + (1 + t4))];
      const float v13 = b0[(((1 + (i1 * 2)) * 6) + t4)];
      const int64_t t14 = (t3 + i2);
      b1[t14] = v8;
      b2[t14] = v13;
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const float v5 = b0[(((7 - i1) * 6) + 1)];
    b1[i1] = v5;
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
