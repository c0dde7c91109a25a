

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_2(const double *restrict b0, float *restrict b1, double *restrict b2, double *restrict b3) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const double v2 = b0[i1];
    const float v3 = ((float)v2);
    b1[i1] = v3;
    b2[i1] = ((exp(v2) * (0x1.56e1fc2f8f359p-997)) + sin(v2));
    b3[i1] = (((double)v3) - v2);
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

__attribute__((noinline)) static void k_fusion_3(const int64_t *restrict b0, double *restrict b1, int64_t *restrict b2, int64_t *restrict b3) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const int64_t v2 = b0[i1];
    const uint8_t v8 = ((uint8_t)(v2 < ((int64_t)0x0ull)));
    const int64_t v10 = (v8 ? ((int64_t)(0 - (uint64_t)v2)) : v2);
    const int64_t v11 = ((int64_t)(v10 & ((int64_t)0x1ull)));
    const int64_t v16 = hlox_shrl_s64(v10, ((int64_t)0x1ull));
    const int64_t v18 = (v8 ? ((int64_t)(0 - (uint64_t)v16)) : v16);
    b1[i1] = ((double)v2);
    b2[i1] = (((uint8_t)(((uint8_t)(((int64_t)((v2 > 0) - (v2 < 0))) != ((int64_t)0x1ull))) & ((uint8_t)((v8 ? ((int64_t)(0 - (uint64_t)v11)) : v11) != ((int64_t)0x0ull))))) ? ((int64_t)((uint64_t)v18 + (uint64_t)((int64_t)0xffffffffffffffffull))) : v18);
    b3[i1] = ((int64_t)((uint64_t)((int64_t)((uint64_t)v2 * (uint64_t)((int64_t)0x3ull))) + (uint64_t)((int64_t)0x1ull)));
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
