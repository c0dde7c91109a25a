

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 5; i2++) {
      const int64_t t4 = ((i1 * 5) + i2);
      const float v5 = b0[t4];
      b1[t4] = v5;
    }
  }
}

__attribute__((noinline)) static void k_dot_general_6(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 6; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 5; i5++) {
        const float v8 = b0[((i1 * 5) + i5)];
        const float v12 = b1[((i2 * 5) + i5)];
        acc4 = (acc4 + (v8 * v12));
      }
      b2[((i1 * 6) + i2)] = acc4;
    }
  }
}

__attribute__((noinline)) static void k_dot_general_5(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      for (int64_t i3 = 0; i3 < 2; i3++) {
        float acc5 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc5)
        for (int64_t i6 = 0; i6 < 5; i6++) {
          const float v11 = b0[(((i1 * 20) + (i2 * 5)) + i6)];
          const float v17 = b1[(((i1 * 10) + (i6 * 2)) + i3)];
          acc5 = (acc5 + (v11 * v17));
        }
        b2[(((i1 * 8) + (i2 * 2)) + i3)] = acc5;
      }
    }
  }
}

__attribute__((noinline)) static void k_dot_general_7(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 6; i1++) {
    float acc3 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc3)
    for (int64_t i4 = 0; i4 < 5; i4++) {
      const float v7 = b0[((i1 * 5) + i4)];
      const float v9 = b1[i4];
      acc3 = (acc3 + (v7 * v9));
    }
    b2[i1] = acc3;
  }
}

__attribute__((noinline)) static void k_dot_general_8(const float *restrict b0, float *restrict b1) {
  float acc2 = (0x0.0p+0f);
  #pragma omp simd reduction(+:acc2)
  for (int64_t i3 = 0; i3 < 5; i3++) {
    const float v4 = b0[i3];
    acc2 = (acc2 + (v4 * v4));
  }
  b1[0] = acc2;
}

__attribute__((noinline)) static void k_dot_general_9(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      int32_t acc4 = ((int32_t)0x0ull);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 4; i5++) {
        const int32_t v8 = b0[((i1 * 4) + i5)];
        const int32_t v12 = b1[((i5 * 2) + i2)];
        acc4 = ((int32_t)((uint32_t)acc4 + (uint32_t)((int32_t)((uint32_t)v8 * (uint32_t)v12))));
      }
      b2[((i1 * 2) + i2)] = acc4;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((float *)params[0]), ((float *)results[0]));
  k_dot_general_6(((float *)results[0]), ((float *)params[2]), ((float *)results[1]));
  k_dot_general_5(((float *)params[0]), ((float *)params[1]), ((float *)results[0]));
  k_dot_general_7(((float *)params[2]), ((float *)params[3]), ((float *)results[2]));
  k_dot_general_8(((float *)params[3]), ((float *)results[3]));
  k_dot_general_9(((int32_t *)params[4]), ((int32_t *)params[5]), ((int32_t *)results[4]));
  return 0;
}
