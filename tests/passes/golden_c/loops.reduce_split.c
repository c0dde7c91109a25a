
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_r(const float *restrict b0, float *restrict b1) {
  #pragma omp parallel for schedule(static) num_threads(2)
  for (int64_t i1 = 0; i1 < 2; i1++) {
    const float v3 = hlox_const0[0];
    float acc4 = v3;
    #pragma omp parallel for simd reduction(+:acc4) schedule(static) num_threads(2)
    for (int64_t i5 = 0; i5 < 262144; i5++) {
      const float v8 = b0[((i5 * 2) + i1)];
      acc4 = (acc4 + v8);
    }
    b1[i1] = acc4;
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_r(((float *)params[0]), ((float *)results[0]));
  return 0;
}
