
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};
static const float hlox_const1[1] __attribute__((aligned(64))) = {(-INFINITY)};
static const float hlox_const2[1] __attribute__((aligned(64))) = {INFINITY};
static const int32_t hlox_const3[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};
static const int32_t hlox_const4[1] __attribute__((aligned(64))) = {((int32_t)0x80000000ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_reduce(float *restrict b0, const float *restrict b1) {
  const float v3 = hlox_const0[0];
  for (int64_t i6 = 0; i6 < 4; i6++) {
    #pragma omp simd
    for (int64_t i8 = 0; i8 < 6; i8++) {
      b0[((i6 * 6) + i8)] = v3;
    }
  }
  for (int64_t i11 = 0; i11 < 4; i11++) {
    for (int64_t i13 = 0; i13 < 5; i13++) {
      #pragma omp simd
      for (int64_t i14 = 0; i14 < 6; i14++) {
        const int64_t t16 = ((i11 * 6) + i14);
        const float v17 = b0[t16];
        const float v23 = b1[(((i11 * 30) + (i13 * 6)) + i14)];
        b0[t16] = (v17 + v23);
      }
    }
  }
}

__attribute__((noinline)) static void k_wrapped_reduce_1(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 5; i4++) {
    const float v6 = hlox_const1[0];
    float acc7 = v6;
    const float v8 = acc7;
    int32_t nan11 = ((int32_t)((uint8_t)(v8 != v8)));
    for (int64_t i13 = 0; i13 < 4; i13++) {
      #pragma omp simd reduction(max:acc7) reduction(|:nan11)
      for (int64_t i15 = 0; i15 < 6; i15++) {
        const float v21 = b0[(((i13 * 30) + (i4 * 6)) + i15)];
        nan11 = ((int32_t)(nan11 | ((int32_t)((uint8_t)(v21 != v21)))));
        const float v26 = acc7;
        acc7 = (((uint8_t)(v21 > v26)) ? v21 : v26);
      }
    }
    if (nan11) {
      acc7 = NAN;
    }
    if (((uint8_t)(acc7 == (0x0.0p+0f)))) {
      acc7 = v6;
      for (int64_t i34 = 0; i34 < 4; i34++) {
        for (int64_t i35 = 0; i35 < 6; i35++) {
          const float v40 = b0[(((i34 * 30) + (i4 * 6)) + i35)];
          acc7 = hlox_maxf(acc7, v40);
        }
      }
    }
    b1[i4] = acc7;
  }
}

__attribute__((noinline)) static void k_wrapped_reduce_2(const float *restrict b0, float *restrict b1) {
  const float v3 = hlox_const2[0];
  float acc4 = v3;
  const float v5 = acc4;
  int32_t nan8 = ((int32_t)((uint8_t)(v5 != v5)));
  for (int64_t i11 = 0; i11 < 4; i11++) {
    for (int64_t i13 = 0; i13 < 5; i13++) {
      #pragma omp simd reduction(min:acc4) reduction(|:nan8)
      for (int64_t i15 = 0; i15 < 6; i15++) {
        const float v21 = b0[(((i11 * 30) + (i13 * 6)) + i15)];
        nan8 = ((int32_t)(nan8 | ((int32_t)((uint8_t)(v21 != v21)))));
        const float v26 = acc4;
        acc4 = (((uint8_t)(v21 < v26)) ? v21 : v26);
      }
    }
  }
  if (nan8) {
    acc4 = NAN;
  }
  if (((uint8_t)(acc4 == (0x0.0p+0f)))) {
    acc4 = v3;
    for (int64_t i34 = 0; i34 < 4; i34++) {
      for (int64_t i35 = 0; i35 < 5; i35++) {
        for (int64_t i36 = 0; i36 < 6; i36++) {
          const float v41 = b0[(((i34 * 30) + (i35 * 6)) + i36)];
          acc4 = hlox_minf(acc4, v41);
        }
      }
    }
  }
  b1[0] = acc4;
}

__attribute__((noinline)) static void k_wrapped_reduce_3(const int32_t *restrict b0, int32_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 5; i4++) {
    const int32_t v6 = hlox_const3[0];
    int32_t acc7 = v6;
    #pragma omp simd reduction(+:acc7)
    for (int64_t i9 = 0; i9 < 4; i9++) {
      const int32_t v12 = b0[((i9 * 5) + i4)];
      acc7 = ((int32_t)((uint32_t)acc7 + (uint32_t)v12));
    }
    b1[i4] = acc7;
  }
}

__attribute__((noinline)) static void k_wrapped_reduce_4(const int32_t *restrict b0, int32_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const int32_t v6 = hlox_const4[0];
    int32_t acc7 = v6;
    #pragma omp simd reduction(max:acc7)
    for (int64_t i9 = 0; i9 < 5; i9++) {
      const int32_t v12 = b0[((i4 * 5) + i9)];
      const int32_t v13 = acc7;
      acc7 = (((uint8_t)(v12 > v13)) ? v12 : v13);
    }
    b1[i4] = acc7;
  }
}

__attribute__((noinline)) static void k_slice_reduce_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    for (int64_t i6 = 0; i6 < 2; i6++) {
      float acc8 = (0x1.0000000000000p+0f);
      #pragma omp simd reduction(*:acc8)
      for (int64_t i10 = 0; i10 < 3; i10++) {
        const float v17 = b0[(((i4 * 30) + (i6 * 6)) + i10)];
        acc8 = (acc8 * v17);
      }
      b1[((i4 * 2) + i6)] = acc8;
    }
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(float *restrict b0, const float *restrict b1) {
  for (int64_t i5 = 0; i5 < 5; i5++) {
    #pragma omp simd
    for (int64_t i7 = 0; i7 < 6; i7++) {
      b0[((i5 * 6) + i7)] = (0x0.0p+0f);
    }
  }
  for (int64_t i10 = 0; i10 < 5; i10++) {
    for (int64_t i12 = 0; i12 < 4; i12++) {
      #pragma omp simd
      for (int64_t i13 = 0; i13 < 6; i13++) {
        const int64_t t14 = (i10 * 6);
        const int64_t t15 = (t14 + i13);
        const float v16 = b0[t15];
        const float v21 = b1[(((i12 * 30) + t14) + i13)];
        b0[t15] = (v16 + v21);
      }
    }
  }
  for (int64_t i23 = 0; i23 < 5; i23++) {
    #pragma omp simd
    for (int64_t i24 = 0; i24 < 6; i24++) {
      const int64_t t26 = ((i23 * 6) + i24);
      const float v27 = b0[t26];
      b0[t26] = (v27 * (0x1.0000000000000p-2f));
    }
  }
}

__attribute__((noinline)) static void k_compare_reduce_fusion_1(const float *restrict b0, uint8_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    for (int64_t i6 = 0; i6 < 5; i6++) {
      uint8_t acc8 = 1;
      #pragma omp simd reduction(&:acc8)
      for (int64_t i10 = 0; i10 < 6; i10++) {
        const float v16 = b0[(((i4 * 30) + (i6 * 6)) + i10)];
        acc8 = ((uint8_t)(acc8 & ((uint8_t)(v16 > (0x0.0p+0f)))));
      }
      b1[((i4 * 5) + i6)] = acc8;
    }
  }
}

__attribute__((noinline)) static void k_compare_reduce_fusion(const float *restrict b0, uint8_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 6; i4++) {
    uint8_t acc6 = 0;
    for (int64_t i8 = 0; i8 < 4; i8++) {
      #pragma omp simd reduction(|:acc6)
      for (int64_t i10 = 0; i10 < 5; i10++) {
        const float v16 = b0[(((i8 * 30) + (i10 * 6)) + i4)];
        acc6 = ((uint8_t)(acc6 | ((uint8_t)(v16 > (0x0.0p+0f)))));
      }
    }
    b1[i4] = acc6;
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
