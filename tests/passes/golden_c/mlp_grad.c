

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_4(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 8; i5++) {
        const float v8 = b0[((i1 * 8) + i5)];
        const float v12 = b1[((i5 * 16) + i2)];
        acc4 = (acc4 + (v8 * v12));
      }
      const float v18 = b2[i2];
      b3[((i1 * 16) + i2)] = hlox_tanhf((acc4 + v18));
    }
  }
}

__attribute__((noinline)) static void k_dot_general_6(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 16; i5++) {
        const float v8 = b0[((i1 * 16) + i5)];
        const float v12 = b1[((i5 * 4) + i2)];
        acc4 = (acc4 + (v8 * v12));
      }
      b2[((i1 * 4) + i2)] = acc4;
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    float acc3 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc3)
    for (int64_t i4 = 0; i4 < 16; i4++) {
      const int64_t t6 = ((i4 * 4) + i1);
      const float v7 = b0[t6];
      const float v8 = b1[i1];
      const float v10 = b2[t6];
      acc3 = (acc3 + ((((v7 + v8) - v10) * (0x1.0000000000000p+1f)) * (0x1.0000000000000p-6f)));
    }
    b3[i1] = (acc3 + (0x0.0p+0f));
  }
}

__attribute__((noinline)) static void k_fusion_3(float *restrict b0, const float *restrict b1, const float *restrict b2) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const int64_t t4 = ((i1 * 4) + i2);
      const float v5 = b0[t4];
      const float v6 = b1[i2];
      const float v8 = b2[t4];
      b0[t4] = ((((v5 + v6) - v8) * (0x1.0000000000000p+1f)) * (0x1.0000000000000p-6f));
    }
  }
}

__attribute__((noinline)) static void k_transpose_2(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 16; i5++) {
        const float v8 = b0[((i5 * 16) + i1)];
        const float v12 = b1[((i5 * 4) + i2)];
        acc4 = (acc4 + (v8 * v12));
      }
      b2[((i1 * 4) + i2)] = acc4;
    }
  }
}

__attribute__((noinline)) static void k_dot_general_8(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 4; i5++) {
        const float v8 = b0[((i1 * 4) + i5)];
        const float v12 = b1[((i2 * 4) + i5)];
        acc4 = (acc4 + (v8 * v12));
      }
      b2[((i1 * 16) + i2)] = acc4;
    }
  }
}

__attribute__((noinline)) static void k_fusion_1(float *restrict b0, const float *restrict b1, const float *restrict b2) {
  for (int64_t i2 = 0; i2 < 1; i2++) {
    #pragma omp simd
    for (int64_t i3 = 0; i3 < 16; i3++) {
      b0[i3] = (0x0.0p+0f);
    }
    for (int64_t i4 = 0; i4 < 16; i4++) {
      #pragma omp simd
      for (int64_t i5 = 0; i5 < 16; i5++) {
        const float v6 = b0[i5];
        const int64_t t9 = ((i4 * 16) + i5);
        const float v10 = b1[t9];
        const float v12 = b2[t9];
        const float v13 = (v12 * ((0x1.0000000000000p+0f) - v10));
        b0[i5] = (v6 + (v13 + (v13 * v10)));
      }
    }
    #pragma omp simd
    for (int64_t i17 = 0; i17 < 16; i17++) {
      const float v18 = b0[i17];
      b0[i17] = (v18 + (0x0.0p+0f));
    }
  }
}

__attribute__((noinline)) static void k_fusion_2(float *restrict b0, const float *restrict b1) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 16; i2++) {
      const int64_t t5 = ((i1 * 16) + i2);
      const float v6 = b0[t5];
      const float v8 = b1[t5];
      const float v9 = (v8 * ((0x1.0000000000000p+0f) - v6));
      b0[t5] = (v9 + (v9 * v6));
    }
  }
}

__attribute__((noinline)) static void k_transpose_3(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 16; i5++) {
        const float v8 = b0[((i5 * 8) + i1)];
        const float v12 = b1[((i5 * 16) + i2)];
        acc4 = (acc4 + (v8 * v12));
      }
      b2[((i1 * 16) + i2)] = acc4;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_4(((float *)params[4]), ((float *)params[0]), ((float *)params[1]), ((float *)A));
  k_dot_general_6(((float *)A), ((float *)params[2]), ((float *)results[0]));
  k_fusion(((float *)results[0]), ((float *)params[3]), ((float *)params[5]), ((float *)results[3]));
  k_fusion_3(((float *)results[0]), ((float *)params[3]), ((float *)params[5]));
  k_transpose_2(((float *)A), ((float *)results[0]), ((float *)results[2]));
  k_dot_general_8(((float *)results[0]), ((float *)params[2]), ((float *)(A + 1024)));
  k_fusion_1(((float *)results[1]), ((float *)A), ((float *)(A + 1024)));
  k_fusion_2(((float *)A), ((float *)(A + 1024)));
  k_transpose_3(((float *)params[4]), ((float *)A), ((float *)results[0]));
  return 0;
}
