
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_ynn_fusion_2(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    for (int64_t i5 = 0; i5 < 16; i5++) {
      float acc7 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc7)
      for (int64_t i9 = 0; i9 < 8; i9++) {
        const float v12 = b0[((i4 * 8) + i9)];
        const float v16 = b1[((i9 * 16) + i5)];
        acc7 = (acc7 + (v12 * v16));
      }
      b2[((i4 * 16) + i5)] = acc7;
    }
  }
}

__attribute__((noinline)) static void k_add_tanh_fusion(float *restrict b0, const float *restrict b1) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 16; i5++) {
      const int64_t t7 = ((i4 * 16) + i5);
      const float v8 = b0[t7];
      const float v9 = b1[i5];
      b0[t7] = hlox_tanhf((v8 + v9));
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      float acc8 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i9 = 0; i9 < 16; i9++) {
        const float v12 = b0[((i4 * 16) + i9)];
        const float v16 = b1[((i9 * 4) + i6)];
        acc8 = (acc8 + (v12 * v16));
      }
      b2[((i4 * 4) + i6)] = acc8;
    }
  }
}

__attribute__((noinline)) static void k_multiply_reduce_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    float acc6 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc6)
    for (int64_t i8 = 0; i8 < 16; i8++) {
      const int64_t t10 = ((i8 * 4) + i4);
      const float v11 = b0[t10];
      const float v12 = b1[i4];
      const float v14 = b2[t10];
      acc6 = (acc6 + (((v11 + v12) - v14) * (0x1.0000000000000p-5f)));
    }
    b3[i4] = acc6;
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(float *restrict b0, const float *restrict b1, const float *restrict b2) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 4; i6++) {
      const int64_t t8 = ((i4 * 4) + i6);
      const float v9 = b0[t8];
      const float v10 = b1[i6];
      const float v12 = b2[t8];
      b0[t8] = (((v9 + v10) - v12) * (0x1.0000000000000p-5f));
    }
  }
}

__attribute__((noinline)) static void k_dot_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      float acc8 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i9 = 0; i9 < 16; i9++) {
        const float v12 = b0[((i9 * 16) + i4)];
        const float v16 = b1[((i9 * 4) + i6)];
        acc8 = (acc8 + (v12 * v16));
      }
      b2[((i4 * 4) + i6)] = acc8;
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    for (int64_t i5 = 0; i5 < 16; i5++) {
      float acc7 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc7)
      for (int64_t i9 = 0; i9 < 4; i9++) {
        const float v12 = b0[((i4 * 4) + i9)];
        const float v16 = b1[((i5 * 4) + i9)];
        acc7 = (acc7 + (v12 * v16));
      }
      b2[((i4 * 16) + i5)] = acc7;
    }
  }
}

__attribute__((noinline)) static void k_multiply_add_fusion(float *restrict b0, const float *restrict b1) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 16; i5++) {
      const int64_t t8 = ((i4 * 16) + i5);
      const float v9 = b0[t8];
      const float v11 = b1[t8];
      const float v12 = (v11 * ((0x1.0000000000000p+0f) - v9));
      b0[t8] = (v12 + (v12 * v9));
    }
  }
}

__attribute__((noinline)) static void k_wrapped_reduce(float *restrict b0, const float *restrict b1) {
  const float v3 = hlox_const0[0];
  #pragma omp simd
  for (int64_t i6 = 0; i6 < 16; i6++) {
    b0[i6] = v3;
  }
  for (int64_t i7 = 0; i7 < 16; i7++) {
    #pragma omp simd
    for (int64_t i8 = 0; i8 < 16; i8++) {
      const float v9 = b0[i8];
      const float v12 = b1[((i7 * 16) + i8)];
      b0[i8] = (v9 + v12);
    }
  }
}

__attribute__((noinline)) static void k_dot(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    for (int64_t i6 = 0; i6 < 16; i6++) {
      float acc8 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i9 = 0; i9 < 16; i9++) {
        const float v12 = b0[((i9 * 8) + i4)];
        const float v16 = b1[((i9 * 16) + i6)];
        acc8 = (acc8 + (v12 * v16));
      }
      b2[((i4 * 16) + i6)] = acc8;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_ynn_fusion_2(((float *)params[4]), ((float *)params[0]), ((float *)A));
  k_add_tanh_fusion(((float *)A), ((float *)params[1]));
  k_ynn_fusion_1(((float *)A), ((float *)params[2]), ((float *)results[0]));
  k_multiply_reduce_fusion(((float *)results[0]), ((float *)params[3]), ((float *)params[5]), ((float *)results[3]));
  k_broadcast_multiply_fusion(((float *)results[0]), ((float *)params[3]), ((float *)params[5]));
  k_dot_1(((float *)A), ((float *)results[0]), ((float *)results[2]));
  k_ynn_fusion(((float *)results[0]), ((float *)params[2]), ((float *)(A + 1024)));
  k_multiply_add_fusion(((float *)A), ((float *)(A + 1024)));
  k_wrapped_reduce(((float *)results[1]), ((float *)A));
  k_dot(((float *)params[4]), ((float *)A), ((float *)results[0]));
  return 0;
}
