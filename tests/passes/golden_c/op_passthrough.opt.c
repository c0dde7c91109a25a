

/* hlox: kernels */
__attribute__((noinline)) static void k_broadcast_multiply_fusion_1(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 2; i2++) {
      const int64_t t4 = ((i1 * 2) + i2);
      const float v5 = b0[t4];
      b1[t4] = (v5 * (0x1.0000000000000p+1f));
    }
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 3; i1++) {
    b0[i1] = (((float)((int64_t)i1)) * (0x1.8000000000000p+0f));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_broadcast_multiply_fusion_1(((float *)params[1]), ((float *)results[1]));
  k_broadcast_multiply_fusion(((float *)results[2]));
  memcpy(((float *)results[0]), ((float *)params[0]), 12);
  memcpy(((float *)results[3]), ((float *)params[0]), 12);
  return 0;
}
