

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 12; i1++) {
    const float v2 = b0[i1];
    b1[i1] = nearbyintf(v2);
    b2[i1] = roundf(v2);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((float *)params[0]), ((float *)A), ((float *)(A + 48)));
  memcpy(((float *)results[0]), ((float *)(A + 48)), 48);
  memcpy(((float *)results[1]), ((float *)A), 48);
  memcpy(((float *)results[2]), ((float *)A), 48);
  return 0;
}
