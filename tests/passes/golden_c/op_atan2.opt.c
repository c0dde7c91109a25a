

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2, float *restrict b3) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 12; i1++) {
    const float v2 = b0[i1];
    const float v6 = b1[i1];
    b2[i1] = powf((fabsf(v2) + (0x1.0000000000000p-1f)), (v6 * (0x1.0000000000000p-1f)));
    b3[i1] = atan2f(v6, v2);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((float *)params[1]), ((float *)params[0]), ((float *)A), ((float *)(A + 48)));
  memcpy(((float *)results[0]), ((float *)(A + 48)), 48);
  memcpy(((float *)results[1]), ((float *)A), 48);
  return 0;
}
