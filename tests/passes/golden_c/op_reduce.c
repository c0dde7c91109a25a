

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_8(float *restrict b0, const float *restrict b1) {
  for (int64_t i5 = 0; i5 < 4; i5++) {
    #pragma omp simd
    for (int64_t i7 = 0; i7 < 6; i7++) {
      b0[((i5 * 6) + i7)] = (0x0.0p+0f);
    }
  }
  for (int64_t i10 = 0; i10 < 4; i10++) {
    for (int64_t i12 = 0; i12 < 5; i12++) {
      #pragma omp simd
      for (int64_t i13 = 0; i13 < 6; i13++) {
        const int64_t t15 = ((i10 * 6) + i13);
        const float v16 = b0[t15];
        const float v22 = b1[(((i10 * 30) + (i12 * 6)) + i13)];
        b0[t15] = (v16 + v22);
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_7(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 5; i4++) {
    float acc6 = (-INFINITY);
    const float v7 = acc6;
    int32_t nan10 = ((int32_t)((uint8_t)(v7 != v7)));
    for (int64_t i12 = 0; i12 < 4; i12++) {
      #pragma omp simd reduction(max:acc6) reduction(|:nan10)
      for (int64_t i14 = 0; i14 < 6; i14++) {
        const float v20 = b0[(((i12 * 30) + (i4 * 6)) + i14)];
        nan10 = ((int32_t)(nan10 | ((int32_t)((uint8_t)(v20 != v20)))));
        const float v25 = acc6;
        acc6 = (((uint8_t)(v20 > v25)) ? v20 : v25);
      }
    }
    if (nan10) {
      acc6 = NAN;
    }
    if (((uint8_t)(acc6 == (0x0.0p+0f)))) {
      acc6 = (-INFINITY);
      for (int64_t i33 = 0; i33 < 4; i33++) {
        for (int64_t i34 = 0; i34 < 6; i34++) {
          const float v39 = b0[(((i33 * 30) + (i4 * 6)) + i34)];
          acc6 = hlox_maxf(acc6, v39);
        }
      }
    }
    b1[i4] = acc6;
  }
}

__attribute__((noinline)) static void k_fusion_6(const float *restrict b0, float *restrict b1) {
  float acc2 = INFINITY;
  const float v3 = acc2;
  int32_t nan6 = ((int32_t)((uint8_t)(v3 != v3)));
  for (int64_t i10 = 0; i10 < 4; i10++) {
    for (int64_t i12 = 0; i12 < 5; i12++) {
      #pragma omp simd reduction(min:acc2) reduction(|:nan6)
      for (int64_t i14 = 0; i14 < 6; i14++) {
        const float v20 = b0[(((i10 * 30) + (i12 * 6)) + i14)];
        nan6 = ((int32_t)(nan6 | ((int32_t)((uint8_t)(v20 != v20)))));
        const float v25 = acc2;
        acc2 = (((uint8_t)(v20 < v25)) ? v20 : v25);
      }
    }
  }
  if (nan6) {
    acc2 = NAN;
  }
  if (((uint8_t)(acc2 == (0x0.0p+0f)))) {
    acc2 = INFINITY;
    for (int64_t i33 = 0; i33 < 4; i33++) {
      for (int64_t i34 = 0; i34 < 5; i34++) {
        for (int64_t i35 = 0; i35 < 6; i35++) {
          const float v40 = b0[(((i33 * 30) + (i34 * 6)) + i35)];
          acc2 = hlox_minf(acc2, v40);
        }
      }
    }
  }
  b1[0] = acc2;
}

__attribute__((noinline)) static void k_fusion_5(const float *restrict b0, float *restrict b1) {
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

__attribute__((noinline)) static void k_fusion_4(float *restrict b0, const float *restrict b1) {
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
      b0[t26] = (v27 / (0x1.0000000000000p+2f));
    }
  }
}

__attribute__((noinline)) static void k_fusion_3(const float *restrict b0, uint8_t *restrict b1) {
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

__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, uint8_t *restrict b1) {
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

__attribute__((noinline)) static void k_fusion_1(const int32_t *restrict b0, int32_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 5; i4++) {
    int32_t acc6 = ((int32_t)0x0ull);
    #pragma omp simd reduction(+:acc6)
    for (int64_t i8 = 0; i8 < 4; i8++) {
      const int32_t v11 = b0[((i8 * 5) + i4)];
      acc6 = ((int32_t)((uint32_t)acc6 + (uint32_t)v11));
    }
    b1[i4] = acc6;
  }
}

__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, int32_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    int32_t acc6 = ((int32_t)0x80000000ull);
    #pragma omp simd reduction(max:acc6)
    for (int64_t i8 = 0; i8 < 5; i8++) {
      const int32_t v11 = b0[((i4 * 5) + i8)];
      const int32_t v12 = acc6;
      acc6 = (((uint8_t)(v11 > v12)) ? v11 : v12);
    }
    b1[i4] = acc6;
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_8(((float *)results[0]), ((float *)params[0]));
  k_fusion_7(((float *)params[0]), ((float *)results[1]));
  k_fusion_6(((float *)params[0]), ((float *)results[2]));
  k_fusion_5(((float *)params[0]), ((float *)results[3]));
  k_fusion_4(((float *)results[4]), ((float *)params[0]));
  k_fusion_3(((float *)params[0]), ((uint8_t *)results[5]));
  k_fusion_2(((float *)params[0]), ((uint8_t *)results[6]));
  k_fusion_1(((int32_t *)params[1]), ((int32_t *)results[7]));
  k_fusion(((int32_t *)params[1]), ((int32_t *)results[8]));
  return 0;
}
