
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};
static const float hlox_const1[1] __attribute__((aligned(64))) = {(-INFINITY)};
static const float hlox_const2[1] __attribute__((aligned(64))) = {0};

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_broadcast(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 3; i1++) {
    const float v3 = hlox_const0[0];
    b0[i1] = v3;
  }
}

__attribute__((noinline)) static void k_wrapped_broadcast_1(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 3; i1++) {
    const float v3 = hlox_const1[0];
    b0[i1] = v3;
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_wrapped_broadcast(((float *)results[1]));
  k_wrapped_broadcast_1(((float *)results[2]));
  memcpy(((float *)results[0]), ((float *)params[1]), 24);
  return 0;
}
