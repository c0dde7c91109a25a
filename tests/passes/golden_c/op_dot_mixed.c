

/* hlox: kernels */
__attribute__((noinline)) static void k_convert_element_type_2(const float *restrict b0, uint16_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 8; i2++) {
      const int64_t t4 = ((i1 * 8) + i2);
      const float v5 = b0[t4];
      b1[t4] = hlox_f2b(hlox_rnd_bf16((float)v5));
    }
  }
}

__attribute__((noinline)) static void k_convert_element_type_3(const float *restrict b0, uint16_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 3; i2++) {
      const int64_t t4 = ((i1 * 3) + i2);
      const float v5 = b0[t4];
      b1[t4] = hlox_f2b(hlox_rnd_bf16((float)v5));
    }
  }
}

__attribute__((noinline)) static void k_dot_general_2(const uint16_t *restrict b0, const uint16_t *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 3; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 8; i5++) {
        const float v8 = hlox_b2f(b0[((i1 * 8) + i5)]);
        const float v12 = hlox_b2f(b1[((i5 * 3) + i2)]);
        acc4 = (acc4 + (((float)v8) * ((float)v12)));
      }
      b2[((i1 * 3) + i2)] = acc4;
    }
  }
}

__attribute__((noinline)) static void k_dot_general_3(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 3; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 8; i5++) {
        const float v8 = b0[((i1 * 8) + i5)];
        const float v12 = b1[((i5 * 3) + i2)];
        acc4 = (acc4 + (v8 * v12));
      }
      b2[((i1 * 3) + i2)] = acc4;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_convert_element_type_2(((float *)params[0]), ((uint16_t *)A));
  k_convert_element_type_3(((float *)params[1]), ((uint16_t *)results[1]));
  k_dot_general_2(((uint16_t *)A), ((uint16_t *)results[1]), ((float *)results[0]));
  k_dot_general_3(((float *)params[0]), ((float *)params[1]), ((float *)results[1]));
  return 0;
}
