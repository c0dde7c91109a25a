

/* hlox: kernels */
__attribute__((noinline)) static void k_slice_bitcast_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 5; i6++) {
      const int64_t t8 = ((i4 * 5) + i6);
      const float v9 = b0[t8];
      b1[t8] = v9;
    }
  }
}

__attribute__((noinline)) static void k_dot_general_6(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    for (int64_t i6 = 0; i6 < 6; i6++) {
      float acc8 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i10 = 0; i10 < 5; i10++) {
        const float v13 = b0[((i4 * 5) + i10)];
        const float v17 = b1[((i6 * 5) + i10)];
        acc8 = (acc8 + (v13 * v17));
      }
      b2[((i4 * 6) + i6)] = acc8;
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2, float *restrict b3) {
  for (int64_t i4 = 0; i4 < 6; i4++) {
    float acc6 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc6)
    for (int64_t i8 = 0; i8 < 5; i8++) {
      const float v11 = b0[((i4 * 5) + i8)];
      const float v13 = b1[i8];
      acc6 = (acc6 + (v11 * v13));
    }
    b2[i4] = acc6;
  }
  #pragma omp simd
  for (int64_t i19 = 0; i19 < 6; i19++) {
    const float v20 = b2[i19];
    b3[i19] = v20;
  }
}

__attribute__((noinline)) static void k_dot_general_5(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      for (int64_t i8 = 0; i8 < 2; i8++) {
        float acc10 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc10)
        for (int64_t i12 = 0; i12 < 5; i12++) {
          const float v18 = b0[(((i4 * 20) + (i6 * 5)) + i12)];
          const float v25 = b1[(((i4 * 10) + (i12 * 2)) + i8)];
          acc10 = (acc10 + (v18 * v25));
        }
        b2[(((i4 * 8) + (i6 * 2)) + i8)] = acc10;
      }
    }
  }
}

__attribute__((noinline)) static void k_dot_general_9(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    for (int64_t i6 = 0; i6 < 2; i6++) {
      int32_t acc8 = ((int32_t)0x0ull);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i10 = 0; i10 < 4; i10++) {
        const int32_t v13 = b0[((i4 * 4) + i10)];
        const int32_t v17 = b1[((i10 * 2) + i6)];
        acc8 = ((int32_t)((uint32_t)acc8 + (uint32_t)((int32_t)((uint32_t)v13 * (uint32_t)v17))));
      }
      b2[((i4 * 2) + i6)] = acc8;
    }
  }
}

__attribute__((noinline)) static void k_multiply_reduce_fusion(const float *restrict b0, float *restrict b1) {
  float acc2 = (0x0.0p+0f);
  #pragma omp simd reduction(+:acc2)
  for (int64_t i6 = 0; i6 < 5; i6++) {
    const float v7 = b0[i6];
    acc2 = (acc2 + (v7 * v7));
  }
  b1[0] = acc2;
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_slice_bitcast_fusion(((float *)params[0]), ((float *)results[0]));
  k_dot_general_6(((float *)results[0]), ((float *)params[2]), ((float *)results[1]));
  k_fusion(((float *)params[2]), ((float *)params[3]), ((float *)results[0]), ((float *)results[2]));
  k_dot_general_5(((float *)params[0]), ((float *)params[1]), ((float *)results[0]));
  k_dot_general_9(((int32_t *)params[4]), ((int32_t *)params[5]), ((int32_t *)results[4]));
  k_multiply_reduce_fusion(((float *)params[3]), ((float *)results[3]));
  return 0;
}
