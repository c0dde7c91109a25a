

/* hlox: kernels */
__attribute__((noinline)) static void k_d(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  #pragma omp parallel for schedule(static) num_threads(2)
  for (int64_t i1 = 0; i1 < 2; i1++) {
    const int64_t t3 = ((i1 * 128) * 256);
    scipy_cblas_sgemm(HLOX_ROW_MAJOR, HLOX_NO_TRANS, HLOX_NO_TRANS, 128, 256, 256, 1.0f, b0 + t3, 256, b1, 256, 0.0f, b2 + t3, 256);
  }
}

/* hlox: entry */
void scipy_openblas_set_num_threads(int);
__attribute__((constructor)) static void hlox_blas_single_threaded(void) {
  scipy_openblas_set_num_threads(1);
}

int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_d(((float *)params[0]), ((float *)params[1]), ((float *)results[0]));
  return 0;
}
