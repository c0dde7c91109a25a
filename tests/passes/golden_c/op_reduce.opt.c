
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};
static const float hlox_const1[1] __attribute__((aligned(64))) = {(-INFINITY)};
static const float hlox_const2[1] __attribute__((aligned(64))) = {INFINITY};
static const int32_t hlox_const3[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};
static const int32_t hlox_const4[1] __attribute__((aligned(64))) = {((int32_t)0x80000000ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_reduce(float *restrict b0, const float *restrict b1) {
  const float v2 = hlox_const0[0];
  for (int64_t i3 = 0; i3 < 4; i3++) {
    for (int64_t i4 = 0; i4 < 1; i4++) {
      #pragma omp simd
      for (int64_t i5 = 0; i5 < 6; i5++) {
        b0[((i3 * 6) + i5)] = v2;
      }
      for (int64_t i8 = 0; i8 < 5; i8++) {
        #pragma omp simd
        for (int64_t i9 = 0; i9 < 6; i9++) {
          const int64_t t11 = ((i3 * 6) + i9);
          const float v12 = b0[t11];
          const float v17 = b1[(((i3 * 30) + (i8 * 6)) + i9)];
          b0[t11] = (v12 + v17);
        }
      }
      #pragma omp simd
      for (int64_t i19 = 0; i19 < 6; i19++) {
        const int64_t t21 = ((i3 * 6) + i19);
        const float v22 = b0[t21];
        b0[t21] = v22;
      }
    }
  }
}

__attribute__((noinline)) static void k_wrapped_reduce_1(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const float v3 = hlox_const1[0];
    float acc4 = v3;
    const float v5 = acc4;
    int32_t nan8 = ((int32_t)((uint8_t)(v5 != v5)));
    for (int64_t i9 = 0; i9 < 4; i9++) {
      #pragma omp simd reduction(max:acc4) reduction(|:nan8)
      for (int64_t i10 = 0; i10 < 6; i10++) {
        const float v15 = b0[(((i9 * 30) + (i1 * 6)) + i10)];
        nan8 = ((int32_t)(nan8 | ((int32_t)((uint8_t)(v15 != v15)))));
        const float v20 = acc4;
        acc4 = (((uint8_t)(v15 > v20)) ? v15 : v20);
      }
    }
    if (nan8) {
      acc4 = NAN;
    }
    if (((uint8_t)(acc4 == (0x0.0p+0f)))) {
      acc4 = v3;
      for (int64_t i28 = 0; i28 < 4; i28++) {
        for (int64_t i29 = 0; i29 < 6; i29++) {
          const float v34 = b0[(((i28 * 30) + (i1 * 6)) + i29)];
          acc4 = hlox_maxf(acc4, v34);
        }
      }
    }
    b1[i1] = acc4;
  }
}

__attribute__((noinline)) static void k_wrapped_reduce_2(const float *restrict b0, float *restrict b1) {
  const float v2 = hlox_const2[0];
  float acc3 = v2;
  const float v4 = acc3;
  int32_t nan7 = ((int32_t)((uint8_t)(v4 != v4)));
  for (int64_t i8 = 0; i8 < 4; i8++) {
    for (int64_t i9 = 0; i9 < 5; i9++) {
      #pragma omp simd reduction(min:acc3) reduction(|:nan7)
      for (int64_t i10 = 0; i10 < 6; i10++) {
        const float v15 = b0[(((i8 * 30) + (i9 * 6)) + i10)];
        nan7 = ((int32_t)(nan7 | ((int32_t)((uint8_t)(v15 != v15)))));
        const float v20 = acc3;
        acc3 = (((uint8_t)(v15 < v20)) ? v15 : v20);
      }
    }
  }
  if (nan7) {
    acc3 = NAN;
  }
  if (((uint8_t)(acc3 == (0x0.0p+0f)))) {
    acc3 = v2;
    for (int64_t i28 = 0; i28 < 4; i28++) {
      for (int64_t i29 = 0; i29 < 5; i29++) {
        for (int64_t i30 = 0; i30 < 6; i30++) {
          const float v35 = b0[(((i28 * 30) + (i29 * 6)) + i30)];
          acc3 = hlox_minf(acc3, v35);
        }
      }
    }
  }
  b1[0] = acc3;
}

__attribute__((noinline)) static void k_wrapped_reduce_3(const int32_t *restrict b0, int32_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const int32_t v3 = hlox_const3[0];
    int32_t acc4 = v3;
    #pragma omp simd reduction(+:acc4)
    for (int64_t i5 = 0; i5 < 4; i5++) {
      const int32_t v8 = b0[((i5 * 5) + i1)];
      acc4 = ((int32_t)((uint32_t)acc4 + (uint32_t)v8));
    }
    b1[i1] = acc4;
  }
}

__attribute__((noinline)) static void k_wrapped_reduce_4(const int32_t *restrict b0, int32_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const int32_t v3 = hlox_const4[0];
    int32_t acc4 = v3;
    #pragma omp simd reduction(max:acc4)
    for (int64_t i5 = 0; i5 < 5; i5++) {
      const int32_t v8 = b0[((i1 * 5) + i5)];
      const int32_t v9 = acc4;
      acc4 = (((uint8_t)(v8 > v9)) ? v8 : v9);
    }
    b1[i1] = acc4;
  }
}

__attribute__((noinline)) static void k_slice_reduce_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      float acc4 = (0x1.0000000000000p+0f);
      #pragma omp simd reduction(*:acc4)
      for (int64_t i5 = 0; i5 < 3; i5++) {
        const float v10 = b0[(((i1 * 30) + (i2 * 6)) + i5)];
        acc4 = (acc4 * v10);
      }
      b1[((i1 * 2) + i2)] = acc4;
    }
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(float *restrict b0, const float *restrict b1) {
  for (int64_t i2 = 0; i2 < 5; i2++) {
    for (int64_t i3 = 0; i3 < 1; i3++) {
      #pragma omp simd
      for (int64_t i4 = 0; i4 < 6; i4++) {
        b0[((i2 * 6) + i4)] = (0x0.0p+0f);
      }
      for (int64_t i7 = 0; i7 < 4; i7++) {
        #pragma omp simd
        for (int64_t i8 = 0; i8 < 6; i8++) {
          const int64_t t9 = (i2 * 6);
          const int64_t t10 = (t9 + i8);
          const float v11 = b0[t10];
          const float v15 = b1[(((i7 * 30) + t9) + i8)];
          b0[t10] = (v11 + v15);
        }
      }
      #pragma omp simd
      for (int64_t i17 = 0; i17 < 6; i17++) {
        const int64_t t19 = ((i2 * 6) + i17);
        const float v20 = b0[t19];
        b0[t19] = (v20 * (0x1.0000000000000p-2f));
      }
    }
  }
}

__attribute__((noinline)) static void k_compare_reduce_fusion_1(const float *restrict b0, uint8_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 5; i2++) {
      uint8_t acc4 = 1;
      #pragma omp simd reduction(&:acc4)
      for (int64_t i5 = 0; i5 < 6; i5++) {
        const float v10 = b0[(((i1 * 30) + (i2 * 6)) + i5)];
        acc4 = ((uint8_t)(acc4 & ((uint8_t)(v10 > (0x0.0p+0f)))));
      }
      b1[((i1 * 5) + i2)] = acc4;
    }
  }
}

__attribute__((noinline)) static void k_compare_reduce_fusion(const float *restrict b0, uint8_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 6; i1++) {
    uint8_t acc3 = 0;
    for (int64_t i4 = 0; i4 < 4; i4++) {
      #pragma omp simd reduction(|:acc3)
      for (int64_t i5 = 0; i5 < 5; i5++) {
        const float v10 = b0[(((i4 * 30) + (i5 * 6)) + i1)];
        acc3 = ((uint8_t)(acc3 | ((uint8_t)(v10 > (0x0.0p+0f)))));
      }
    }
    b1[i1] = acc3;
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_wrapped_reduce(((float *)results[0]), ((float *)params[0]));
  k_wrapped_reduce_1(((float *)params[0]), ((float *)results[1]));
  k_wrapped_reduce_2(((float *)params[0]), ((float *)results[2]));
  k_wrapped_reduce_3(((int32_t *)params[1]), ((int32_t *)results[7]));
  k_wrapped_reduce_4(((int32_t *)params[1]), ((int32_t *)results[8]));
  k_slice_reduce_fusion(((float *)params[0]), ((float *)results[3]));
  k_broadcast_multiply_fusion(((float *)results[4]), ((float *)params[0]));
  k_compare_reduce_fusion_1(((float *)params[0]), ((uint8_t *)results[5]));
  k_compare_reduce_fusion(((float *)params[0]), ((uint8_t *)results[6]));
  return 0;
}
