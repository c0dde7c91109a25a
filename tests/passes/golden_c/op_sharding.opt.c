

/* hlox: kernels */
__attribute__((noinline)) static void k_broadcast_add_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const int64_t t4 = ((i1 * 4) + i2);
      const float v5 = b0[t4];
      const float v8 = b1[i2];
      b2[t4] = ((v5 * (0x1.0000000000000p+1f)) + v8);
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_broadcast_add_fusion(((float *)params[0]), ((float *)params[1]), ((float *)results[0]));
  return 0;
}
