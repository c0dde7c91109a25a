

/* hlox: kernels */
__attribute__((noinline)) static void k_sc(const float *restrict b0, float *restrict b1, const int32_t *restrict b2, const float *restrict b3) {
  #pragma omp parallel for schedule(static) num_threads(2)
  for (int64_t i1 = 0; i1 < 512; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 512; i2++) {
      const int64_t t4 = ((i1 * 512) + i2);
      const float v5 = b0[t4];
      b1[t4] = v5;
    }
  }
  for (int64_t i6 = 0; i6 < 512; i6++) {
    for (int64_t i7 = 0; i7 < 512; i7++) {
      const int32_t v8 = b2[i6];
      const int64_t x9 = ((int64_t)v8);
      if (((x9 >= 0) && (x9 < 512))) {
        const int64_t t14 = ((x9 * 512) + i7);
        const float v15 = b1[t14];
        const float v18 = b3[((i6 * 512) + i7)];
        b1[t14] = (v15 + v18);
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
