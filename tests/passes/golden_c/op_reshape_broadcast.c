

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      #pragma omp simd
      for (int64_t i8 = 0; i8 < 3; i8++) {
        const float v11 = b0[((i4 * 3) + i8)];
        b1[(((i4 * 12) + (i6 * 3)) + i8)] = v11;
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      #pragma omp simd
      for (int64_t i8 = 0; i8 < 3; i8++) {
        const float v11 = b0[((i4 * 3) + i8)];
        b1[(((i4 * 12) + (i6 * 3)) + i8)] = (v11 + ((float)((int64_t)i6)));
      }
    }
  }
}

__attribute__((noinline)) static void k_broadcast_in_dim_9(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 6; i6++) {
      const float v7 = b0[i6];
      b1[((i4 * 6) + i6)] = v7;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_1(((float *)params[0]), ((float *)results[0]));
  k_fusion(((float *)params[1]), ((float *)results[1]));
  k_broadcast_in_dim_9(((float *)params[0]), ((float *)results[2]));
  return 0;
}
