
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_r(const float *restrict b0, float *restrict b1) {
  #pragma omp parallel for schedule(static) num_threads(2)
  for (int64_t i4 = 0; i4 < 2; i4++) {
    const float v6 = hlox_const0[0];
    float acc7 = v6;
    #pragma omp parallel for simd reduction(+:acc7) schedule(static) num_threads(2)
    for (int64_t i9 = 0; i9 < 262144; i9++) {
      const float v12 = b0[((i9 * 2) + i4)];
      acc7 = (acc7 + v12);
    }
    b1[i4] = acc7;
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_r(((float *)params[0]), ((float *)results[0]));
  return 0;
}
