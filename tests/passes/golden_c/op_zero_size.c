
static const float hlox_const0[1] __attribute__((aligned(64))) = {0};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 3; i1++) {
    b0[i1] = (0x0.0p+0f);
  }
}

__attribute__((noinline)) static void k_fusion(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 3; i1++) {
    b0[i1] = (-INFINITY);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_1(((float *)results[1]));
  k_fusion(((float *)results[2]));
  memcpy(((float *)results[0]), ((float *)params[1]), 24);
  return 0;
}
