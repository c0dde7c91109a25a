

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 2; i5++) {
      const int64_t t7 = ((i4 * 2) + i5);
      const float v8 = b0[t7];
      b1[t7] = (v8 * (0x1.0000000000000p+1f));
    }
  }
}

__attribute__((noinline)) static void k_fusion(float *restrict b0) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 3; i4++) {
    b0[i4] = (((float)((int64_t)i4)) * (0x1.8000000000000p+0f));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_1(((float *)params[1]), ((float *)results[1]));
  k_fusion(((float *)results[2]));
  memcpy(((float *)results[0]), ((float *)params[0]), 12);
  memcpy(((float *)results[3]), ((float *)params[0]), 12);
  return 0;
}
