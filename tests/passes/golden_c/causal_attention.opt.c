

/* hlox: kernels */
__attribute__((noinline)) static void k_ynn_fusion_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 16; i6++) {
      for (int64_t i7 = 0; i7 < 16; i7++) {
        float acc9 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc9)
        for (int64_t i11 = 0; i11 < 8; i11++) {
          const int64_t t13 = (i4 * 128);
          const float v17 = b0[((t13 + (i6 * 8)) + i11)];
          const float v22 = b1[((t13 + (i7 * 8)) + i11)];
          acc9 = (acc9 + (v17 * v22));
        }
        b2[(((i4 * 256) + (i6 * 16)) + i7)] = acc9;
      }
    }
  }
}

__attribute__((noinline)) static void k_select_reduce_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 16; i6++) {
      float acc8 = (-INFINITY);
      const float v9 = acc8;
      int32_t nan12 = ((int32_t)((uint8_t)(v9 != v9)));
      #pragma omp simd reduction(max:acc8) reduction(|:nan12)
      for (int64_t i13 = 0; i13 < 16; i13++) {
        const float v19 = b0[(((i4 * 256) + (i6 * 16)) + i13)];
        const float v28 = (((uint8_t)(((int32_t)((int64_t)i6)) >= ((int32_t)((int64_t)i13)))) ? (v19 * (0x1.6a09e60000000p-2f)) : (-0x1.dcd6500000000p+29f));
        nan12 = ((int32_t)(nan12 | ((int32_t)((uint8_t)(v28 != v28)))));
        const float v33 = acc8;
        acc8 = (((uint8_t)(v28 > v33)) ? v28 : v33);
      }
      if (nan12) {
        acc8 = NAN;
      }
      if (((uint8_t)(acc8 == (0x0.0p+0f)))) {
        acc8 = (-INFINITY);
        for (int64_t i41 = 0; i41 < 16; i41++) {
          const float v46 = b0[(((i4 * 256) + (i6 * 16)) + i41)];
          acc8 = hlox_maxf(acc8, (((uint8_t)(((int32_t)((int64_t)i6)) >= ((int32_t)((int64_t)i41)))) ? (v46 * (0x1.6a09e60000000p-2f)) : (-0x1.dcd6500000000p+29f)));
        }
      }
      b1[((i4 * 16) + i6)] = acc8;
    }
  }
}

__attribute__((noinline)) static void k_subtract_exponential_fusion(float *restrict b0, const float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 16; i6++) {
      #pragma omp simd
      for (int64_t i7 = 0; i7 < 16; i7++) {
        const int64_t t12 = (((i4 * 256) + (i6 * 16)) + i7);
        const float v13 = b0[t12];
        const float v25 = b1[((i4 * 16) + i6)];
        b0[t12] = hlox_expf(((((uint8_t)(((int32_t)((int64_t)i6)) >= ((int32_t)((int64_t)i7)))) ? (v13 * (0x1.6a09e60000000p-2f)) : (-0x1.dcd6500000000p+29f)) - v25));
      }
    }
  }
}

__attribute__((noinline)) static void k_reduce_divide_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 16; i6++) {
      float acc8 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i9 = 0; i9 < 16; i9++) {
        const float v15 = b0[(((i4 * 256) + (i6 * 16)) + i9)];
        acc8 = (acc8 + v15);
      }
      b1[((i4 * 16) + i6)] = acc8;
    }
  }
  for (int64_t i21 = 0; i21 < 2; i21++) {
    #pragma omp simd
    for (int64_t i22 = 0; i22 < 16; i22++) {
      const int64_t t25 = ((i21 * 16) + i22);
      const float v26 = b1[t25];
      b1[t25] = ((0x1.0000000000000p+0f) / v26);
    }
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(float *restrict b0, const float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 16; i6++) {
      #pragma omp simd
      for (int64_t i7 = 0; i7 < 16; i7++) {
        const int64_t t12 = (((i4 * 256) + (i6 * 16)) + i7);
        const float v13 = b0[t12];
        const float v16 = b1[((i4 * 16) + i6)];
        b0[t12] = (v13 * v16);
      }
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 16; i6++) {
      for (int64_t i8 = 0; i8 < 8; i8++) {
        float acc10 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc10)
        for (int64_t i11 = 0; i11 < 16; i11++) {
          const float v17 = b0[(((i4 * 256) + (i6 * 16)) + i11)];
          const float v24 = b1[(((i4 * 128) + (i11 * 8)) + i8)];
          acc10 = (acc10 + (v17 * v24));
        }
        b2[(((i4 * 128) + (i6 * 8)) + i8)] = acc10;
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_ynn_fusion_1(((float *)params[0]), ((float *)params[1]), ((float *)A));
  k_select_reduce_fusion(((float *)A), ((float *)results[0]));
  k_subtract_exponential_fusion(((float *)A), ((float *)results[0]));
  k_reduce_divide_fusion(((float *)A), ((float *)results[0]));
  k_broadcast_multiply_fusion(((float *)A), ((float *)results[0]));
  k_ynn_fusion(((float *)A), ((float *)params[2]), ((float *)results[0]));
  return 0;
}
