

/* hlox: kernels */
__attribute__((noinline)) static void k_ynn_fusion_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      for (int64_t i3 = 0; i3 < 16; i3++) {
        float acc5 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc5)
        for (int64_t i6 = 0; i6 < 8; i6++) {
          const int64_t t7 = (i1 * 128);
          const float v11 = b0[((t7 + (i2 * 8)) + i6)];
          const float v16 = b1[((t7 + (i3 * 8)) + i6)];
          acc5 = (acc5 + (v11 * v16));
        }
        b2[(((i1 * 256) + (i2 * 16)) + i3)] = acc5;
      }
    }
  }
}

__attribute__((noinline)) static void k_select_reduce_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      float acc4 = (-INFINITY);
      const float v5 = acc4;
      int32_t nan8 = ((int32_t)((uint8_t)(v5 != v5)));
      #pragma omp simd reduction(max:acc4) reduction(|:nan8)
      for (int64_t i9 = 0; i9 < 16; i9++) {
        const float v14 = b0[(((i1 * 256) + (i2 * 16)) + i9)];
        const float v23 = (((uint8_t)(((int32_t)((int64_t)i2)) >= ((int32_t)((int64_t)i9)))) ? (v14 * (0x1.6a09e60000000p-2f)) : (-0x1.dcd6500000000p+29f));
        nan8 = ((int32_t)(nan8 | ((int32_t)((uint8_t)(v23 != v23)))));
        const float v28 = acc4;
        acc4 = (((uint8_t)(v23 > v28)) ? v23 : v28);
      }
      if (nan8) {
        acc4 = NAN;
      }
      if (((uint8_t)(acc4 == (0x0.0p+0f)))) {
        acc4 = (-INFINITY);
        for (int64_t i36 = 0; i36 < 16; i36++) {
          const float v41 = b0[(((i1 * 256) + (i2 * 16)) + i36)];
          acc4 = hlox_maxf(acc4, (((uint8_t)(((int32_t)((int64_t)i2)) >= ((int32_t)((int64_t)i36)))) ? (v41 * (0x1.6a09e60000000p-2f)) : (-0x1.dcd6500000000p+29f)));
        }
      }
      b1[((i1 * 16) + i2)] = acc4;
    }
  }
}

__attribute__((noinline)) static void k_subtract_exponential_fusion(float *restrict b0, const float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 16; i3++) {
        const int64_t t7 = (((i1 * 256) + (i2 * 16)) + i3);
        const float v8 = b0[t7];
        const float v20 = b1[((i1 * 16) + i2)];
        b0[t7] = hlox_expf(((((uint8_t)(((int32_t)((int64_t)i2)) >= ((int32_t)((int64_t)i3)))) ? (v8 * (0x1.6a09e60000000p-2f)) : (-0x1.dcd6500000000p+29f)) - v20));
      }
    }
  }
}

__attribute__((noinline)) static void k_reduce_divide_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 16; i5++) {
        const float v10 = b0[(((i1 * 256) + (i2 * 16)) + i5)];
        acc4 = (acc4 + v10);
      }
      b1[((i1 * 16) + i2)] = ((0x1.0000000000000p+0f) / acc4);
    }
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(float *restrict b0, const float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 16; i3++) {
        const int64_t t7 = (((i1 * 256) + (i2 * 16)) + i3);
        const float v8 = b0[t7];
        const float v11 = b1[((i1 * 16) + i2)];
        b0[t7] = (v8 * v11);
      }
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      for (int64_t i3 = 0; i3 < 8; i3++) {
        float acc5 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc5)
        for (int64_t i6 = 0; i6 < 16; i6++) {
          const float v11 = b0[(((i1 * 256) + (i2 * 16)) + i6)];
          const float v17 = b1[(((i1 * 128) + (i6 * 8)) + i3)];
          acc5 = (acc5 + (v11 * v17));
        }
        b2[(((i1 * 128) + (i2 * 8)) + i3)] = acc5;
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
