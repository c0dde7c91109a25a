

/* hlox: kernels */
__attribute__((noinline)) static void k_sc(const float *restrict b0, float *restrict b1, const int32_t *restrict b2, const float *restrict b3) {
  #pragma omp parallel for schedule(static) num_threads(2)
  for (int64_t i4 = 0; i4 < 512; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 512; i5++) {
      const int64_t t7 = ((i4 * 512) + i5);
      const float v8 = b0[t7];
      b1[t7] = v8;
    }
  }
  for (int64_t i9 = 0; i9 < 512; i9++) {
    for (int64_t i10 = 0; i10 < 512; i10++) {
      const int32_t v11 = b2[i9];
      const int64_t x12 = ((int64_t)v11);
      if (((x12 >= 0) && (x12 < 512))) {
        const int64_t t17 = ((x12 * 512) + i10);
        const float v18 = b1[t17];
        const float v21 = b3[((i9 * 512) + i10)];
        b1[t17] = (v18 + v21);
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_sc(((float *)params[0]), ((float *)results[0]), ((int32_t *)params[1]), ((float *)params[2]));
  return 0;
}
