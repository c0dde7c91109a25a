

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_2(const double *restrict b0, float *restrict b1, double *restrict b2, double *restrict b3) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const double v5 = b0[i4];
    const float v6 = ((float)v5);
    b1[i4] = v6;
    b2[i4] = ((exp(v5) * (0x1.56e1fc2f8f359p-997)) + sin(v5));
    b3[i4] = (((double)v6) - v5);
  }
}

__attribute__((noinline)) static void k_dot_general_1(const double *restrict b0, double *restrict b1) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    for (int64_t i5 = 0; i5 < 4; i5++) {
      double acc7 = (0x0.0p+0);
      #pragma omp simd reduction(+:acc7)
      for (int64_t i8 = 0; i8 < 4; i8++) {
        const double v11 = b0[((i4 * 4) + i8)];
        const double v15 = b0[((i8 * 4) + i5)];
        acc7 = (acc7 + (v11 * v15));
      }
      b1[((i4 * 4) + i5)] = acc7;
    }
  }
}

__attribute__((noinline)) static void k_fusion_3(const int64_t *restrict b0, double *restrict b1, int64_t *restrict b2, int64_t *restrict b3) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const int64_t v5 = b0[i4];
    const uint8_t v11 = ((uint8_t)(v5 < ((int64_t)0x0ull)));
    const int64_t v13 = (v11 ? ((int64_t)(0 - (uint64_t)v5)) : v5);
    const int64_t v14 = ((int64_t)(v13 & ((int64_t)0x1ull)));
    const int64_t v19 = hlox_shrl_s64(v13, ((int64_t)0x1ull));
    const int64_t v21 = (v11 ? ((int64_t)(0 - (uint64_t)v19)) : v19);
    b1[i4] = ((double)v5);
    b2[i4] = (((uint8_t)(((uint8_t)(((int64_t)((v5 > 0) - (v5 < 0))) != ((int64_t)0x1ull))) & ((uint8_t)((v11 ? ((int64_t)(0 - (uint64_t)v14)) : v14) != ((int64_t)0x0ull))))) ? ((int64_t)((uint64_t)v21 + (uint64_t)((int64_t)0xffffffffffffffffull))) : v21);
    b3[i4] = ((int64_t)((uint64_t)((int64_t)((uint64_t)v5 * (uint64_t)((int64_t)0x3ull))) + (uint64_t)((int64_t)0x1ull)));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_2(((double *)params[0]), ((float *)(A + 128)), ((double *)A), ((double *)(A + 64)));
  k_dot_general_1(((double *)params[1]), ((double *)results[1]));
  k_fusion_3(((int64_t *)params[2]), ((double *)(A + 160)), ((int64_t *)(A + 192)), ((int64_t *)(A + 224)));
  memcpy(((double *)results[0]), ((double *)A), 64);
  memcpy(((float *)results[2]), ((float *)(A + 128)), 32);
  memcpy(((double *)results[3]), ((double *)(A + 64)), 64);
  memcpy(((int64_t *)results[4]), ((int64_t *)(A + 224)), 32);
  memcpy(((int64_t *)results[5]), ((int64_t *)(A + 192)), 32);
  memcpy(((double *)results[6]), ((double *)(A + 160)), 32);
  return 0;
}
