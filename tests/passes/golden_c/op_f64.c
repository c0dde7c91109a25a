

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_6(const double *restrict b0, double *restrict b1, double *restrict b2, float *restrict b3) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const double v2 = b0[i1];
    const float v8 = ((float)v2);
    b1[i1] = ((exp(v2) * (0x1.56e1fc2f8f359p-997)) + sin(v2));
    b2[i1] = (((double)v8) - v2);
    b3[i1] = v8;
  }
}

__attribute__((noinline)) static void k_dot_general_1(const double *restrict b0, double *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      double acc4 = (0x0.0p+0);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 4; i5++) {
        const double v8 = b0[((i1 * 4) + i5)];
        const double v12 = b0[((i5 * 4) + i2)];
        acc4 = (acc4 + (v8 * v12));
      }
      b1[((i1 * 4) + i2)] = acc4;
    }
  }
}

__attribute__((noinline)) static void k_fusion_7(const int64_t *restrict b0, int64_t *restrict b1, int64_t *restrict b2, double *restrict b3) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const int64_t v2 = b0[i1];
    const int64_t v14 = hlox_div_s64(v2, ((int64_t)0x2ull));
    b1[i1] = ((int64_t)((uint64_t)((int64_t)((uint64_t)v2 * (uint64_t)((int64_t)0x3ull))) + (uint64_t)((int64_t)0x1ull)));
    b2[i1] = (((uint8_t)(((uint8_t)(((int64_t)((v2 > 0) - (v2 < 0))) != ((int64_t)0x1ull))) & ((uint8_t)(hlox_rem_s64(v2, ((int64_t)0x2ull)) != ((int64_t)0x0ull))))) ? ((int64_t)((uint64_t)v14 - (uint64_t)((int64_t)0x1ull))) : v14);
    b3[i1] = ((double)v2);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_6(((double *)params[0]), ((double *)A), ((double *)(A + 64)), ((float *)(A + 128)));
  k_dot_general_1(((double *)params[1]), ((double *)results[1]));
  k_fusion_7(((int64_t *)params[2]), ((int64_t *)(A + 160)), ((int64_t *)(A + 192)), ((double *)(A + 224)));
  memcpy(((double *)results[0]), ((double *)A), 64);
  memcpy(((float *)results[2]), ((float *)(A + 128)), 32);
  memcpy(((double *)results[3]), ((double *)(A + 64)), 64);
  memcpy(((int64_t *)results[4]), ((int64_t *)(A + 160)), 32);
  memcpy(((int64_t *)results[5]), ((int64_t *)(A + 192)), 32);
  memcpy(((double *)results[6]), ((double *)(A + 224)), 32);
  return 0;
}
