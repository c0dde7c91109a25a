

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_8(float *restrict b0, const float *restrict b1) {
  for (int64_t i2 = 0; i2 < 4; i2++) {
    for (int64_t i3 = 0; i3 < 1; i3++) {
      #pragma omp simd
      for (int64_t i4 = 0; i4 < 6; i4++) {
        b0[((i2 * 6) + i4)] = (0x0.0p+0f);
      }
      for (int64_t i7 = 0; i7 < 5; i7++) {
        #pragma omp simd
        for (int64_t i8 = 0; i8 < 6; i8++) {
          const int64_t t10 = ((i2 * 6) + i8);
          const float v11 = b0[t10];
          const float v16 = b1[(((i2 * 30) + (i7 * 6)) + i8)];
          b0[t10] = (v11 + v16);
        }
      }
      #pragma omp simd
      for (int64_t i18 = 0; i18 < 6; i18++) {
        const int64_t t20 = ((i2 * 6) + i18);
        const float v21 = b0[t20];
        b0[t20] = v21;
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_7(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 5; i1++) {
    float acc3 = (-INFINITY);
    const float v4 = acc3;
    int32_t nan7 = ((int32_t)((uint8_t)(v4 != v4)));
    for (int64_t i8 = 0; i8 < 4; i8++) {
      #pragma omp simd reduction(max:acc3) reduction(|:nan7)
      for (int64_t i9 = 0; i9 < 6; i9++) {
        const float v14 = b0[(((i8 * 30) + (i1 * 6)) + i9)];
        nan7 = ((int32_t)(nan7 | ((int32_t)((uint8_t)(v14 != v14)))));
        const float v19 = acc3;
        acc3 = (((uint8_t)(v14 > v19)) ? v14 : v19);
      }
    }
    if (nan7) {
      acc3 = NAN;
    }
    if (((uint8_t)(acc3 == (0x0.0p+0f)))) {
      acc3 = (-INFINITY);
      for (int64_t i27 = 0; i27 < 4; i27++) {
        for (int64_t i28 = 0; i28 < 6; i28++) {
          const float v33 = b0[(((i27 * 30) + (i1 * 6)) + i28)];
          acc3 = hlox_maxf(acc3, v33);
        }
      }
    }
    b1[i1] = acc3;
  }
}

__attribute__((noinline)) static void k_fusion_6(const float *restrict b0, float *restrict b1) {
  float acc2 = INFINITY;
  const float v3 = acc2;
  int32_t nan6 = ((int32_t)((uint8_t)(v3 != v3)));
  for (int64_t i7 = 0; i7 < 4; i7++) {
    for (int64_t i8 = 0; i8 < 5; i8++) {
      #pragma omp simd reduction(min:acc2) reduction(|:nan6)
      for (int64_t i9 = 0; i9 < 6; i9++) {
        const float v14 = b0[(((i7 * 30) + (i8 * 6)) + i9)];
        nan6 = ((int32_t)(nan6 | ((int32_t)((uint8_t)(v14 != v14)))));
        const float v19 = acc2;
        acc2 = (((uint8_t)(v14 < v19)) ? v14 : v19);
      }
    }
  }
  if (nan6) {
    acc2 = NAN;
  }
  if (((uint8_t)(acc2 == (0x0.0p+0f)))) {
    acc2 = INFINITY;
    for (int64_t i27 = 0; i27 < 4; i27++) {
      for (int64_t i28 = 0; i28 < 5; i28++) {
        for (int64_t i29 = 0; i29 < 6; i29++) {
          const float v34 = b0[(((i27 * 30) + (i28 * 6)) + i29)];
          acc2 = hlox_minf(acc2, v34);
        }
      }
    }
  }
  b1[0] = acc2;
}

__attribute__((noinline)) static void k_fusion_5(const float *restrict b0, float *restrict b1) {
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

__attribute__((noinline)) static void k_fusion_4(float *restrict b0, const float *restrict b1) {
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
        b0[t19] = (v20 / (0x1.0000000000000p+2f));
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_3(const float *restrict b0, uint8_t *restrict b1) {
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

__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, uint8_t *restrict b1) {
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

__attribute__((noinline)) static void k_fusion_1(const int32_t *restrict b0, int32_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 5; i1++) {
    int32_t acc3 = ((int32_t)0x0ull);
    #pragma omp simd reduction(+:acc3)
    for (int64_t i4 = 0; i4 < 4; i4++) {
      const int32_t v7 = b0[((i4 * 5) + i1)];
      acc3 = ((int32_t)((uint32_t)acc3 + (uint32_t)v7));
    }
    b1[i1] = acc3;
  }
}

__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, int32_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    int32_t acc3 = ((int32_t)0x80000000ull);
    #pragma omp simd reduction(max:acc3)
    for (int64_t i4 = 0; i4 < 5; i4++) {
      const int32_t v7 = b0[((i1 * 5) + i4)];
      const int32_t v8 = acc3;
      acc3 = (((uint8_t)(v7 > v8)) ? v7 : v8);
    }
    b1[i1] = acc3;
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
