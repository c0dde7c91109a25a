

/* hlox: kernels */
__attribute__((noinline)) static void k_ynn_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 30; i1++) {
    for (int64_t i2 = 0; i2 < 3; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 4; i5++) {
        const float v8 = b0[((i1 * 4) + i5)];
        const float v12 = b1[((i5 * 3) + i2)];
        acc4 = (acc4 + (v8 * v12));
      }
      b2[((i1 * 3) + i2)] = acc4;
    }
  }
}

__attribute__((noinline)) static void k_reduce_divide_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 6; i1++) {
    float acc3 = (-INFINITY);
    const float v4 = acc3;
    int32_t nan7 = ((int32_t)((uint8_t)(v4 != v4)));
    for (int64_t i8 = 0; i8 < 5; i8++) {
      #pragma omp simd reduction(max:acc3) reduction(|:nan7)
      for (int64_t i9 = 0; i9 < 4; i9++) {
        const float v14 = b0[(((i1 * 20) + (i8 * 4)) + i9)];
        const float v15 = fabsf(v14);
        nan7 = ((int32_t)(nan7 | ((int32_t)((uint8_t)(v15 != v15)))));
        const float v20 = acc3;
        acc3 = (((uint8_t)(v15 > v20)) ? v15 : v20);
      }
    }
    if (nan7) {
      acc3 = NAN;
    }
    if (((uint8_t)(acc3 == (0x0.0p+0f)))) {
      acc3 = (-INFINITY);
      for (int64_t i28 = 0; i28 < 5; i28++) {
        for (int64_t i29 = 0; i29 < 4; i29++) {
          const float v34 = b0[(((i1 * 20) + (i28 * 4)) + i29)];
          acc3 = hlox_maxf(acc3, fabsf(v34));
        }
      }
    }
    b1[i1] = ((0x1.0000000000000p+0f) / acc3);
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(float *restrict b0, const float *restrict b1, const float *restrict b2) {
  for (int64_t i2 = 0; i2 < 6; i2++) {
    for (int64_t i3 = 0; i3 < 1; i3++) {
      #pragma omp simd
      for (int64_t i4 = 0; i4 < 3; i4++) {
        b0[((i2 * 3) + i4)] = (0x0.0p+0f);
      }
      for (int64_t i7 = 0; i7 < 5; i7++) {
        #pragma omp simd
        for (int64_t i8 = 0; i8 < 3; i8++) {
          const int64_t t10 = ((i2 * 3) + i8);
          const float v11 = b0[t10];
          const float v16 = b1[((((i2 * 5) + i7) * 3) + i8)];
          b0[t10] = (v11 + hlox_tanhf(v16));
        }
      }
      #pragma omp simd
      for (int64_t i19 = 0; i19 < 3; i19++) {
        const int64_t t21 = ((i2 * 3) + i19);
        const float v22 = b0[t21];
        const float v23 = b2[i2];
        b0[t21] = (v22 * v23);
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_ynn_fusion(((float *)params[0]), ((float *)params[1]), ((float *)A));
  k_reduce_divide_fusion(((float *)params[0]), ((float *)(A + 368)));
  k_broadcast_multiply_fusion(((float *)results[0]), ((float *)A), ((float *)(A + 368)));
  return 0;
}
