

/* hlox: kernels */
__attribute__((noinline)) static void k_d(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  #pragma omp parallel for schedule(static) num_threads(2)
  for (int64_t i1 = 0; i1 < 2; i1++) {
    const int64_t t3 = ((i1 * 128) * 256);
    hlox_sgemm(0, 0, 128, 256, 256, b0 + t3, 256, b1, 256, b2 + t3, 256);
  }
}

/* hlox: entry */
hlox_fortran_sgemm hlox_sgemm_f;
hlox_fortran_dgemm hlox_dgemm_f;
int (*hlox_blas_threads_f)(int);
void hlox_use_blas(void *sgemm, void *dgemm, void *set_threads_local) {
  hlox_sgemm_f = (hlox_fortran_sgemm)sgemm;
  hlox_dgemm_f = (hlox_fortran_dgemm)dgemm;
  hlox_blas_threads_f = (int (*)(int))set_threads_local;
}
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
