

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, const float *restrict b1, float *restrict b2, float *restrict b3) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 12; i4++) {
    const float v5 = b0[i4];
    const float v9 = b1[i4];
    b2[i4] = powf((fabsf(v5) + (0x1.0000000000000p-1f)), (v9 * (0x1.0000000000000p-1f)));
    b3[i4] = atan2f(v9, v5);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_1(((float *)params[1]), ((float *)params[0]), ((float *)A), ((float *)(A + 48)));
  memcpy(((float *)results[0]), ((float *)(A + 48)), 48);
  memcpy(((float *)results[1]), ((float *)A), 48);
  return 0;
}
