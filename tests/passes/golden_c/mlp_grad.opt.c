
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_ynn_fusion_2(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 8; i5++) {
        const float v8 = b0[((i1 * 8) + i5)];
        const float v12 = b1[((i5 * 16) + i2)];
        acc4 = (acc4 + (v8 * v12));
      }
      b2[((i1 * 16) + i2)] = acc4;
    }
  }
}

__attribute__((noinline)) static void k_add_tanh_fusion(float *restrict b0, const float *restrict b1) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 16; i2++) {
      const int64_t t4 = ((i1 * 16) + i2);
      const float v5 = b0[t4];
      const float v6 = b1[i2];
      b0[t4] = hlox_tanhf((v5 + v6));
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
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

__attribute__((noinline)) static void k_multiply_reduce_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    float acc3 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc3)
    for (int64_t i4 = 0; i4 < 16; i4++) {
      const int64_t t6 = ((i4 * 4) + i1);
      const float v7 = b0[t6];
      const float v8 = b1[i1];
      const float v10 = b2[t6];
      acc3 = (acc3 + (((v7 + v8) - v10) * (0x1.0000000000000p-5f)));
    }
    b3[i1] = acc3;
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(float *restrict b0, const float *restrict b1, const float *restrict b2) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const int64_t t4 = ((i1 * 4) + i2);
      const float v5 = b0[t4];
      const float v6 = b1[i2];
      const float v8 = b2[t4];
      b0[t4] = (((v5 + v6) - v8) * (0x1.0000000000000p-5f));
    }
  }
}

__attribute__((noinline)) static void k_dot_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
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

__attribute__((noinline)) static void k_ynn_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
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

__attribute__((noinline)) static void k_multiply_add_fusion(float *restrict b0, const float *restrict b1) {
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

__attribute__((noinline)) static void k_wrapped_reduce(float *restrict b0, const float *restrict b1) {
  const float v2 = hlox_const0[0];
  for (int64_t i3 = 0; i3 < 1; i3++) {
    #pragma omp simd
    for (int64_t i4 = 0; i4 < 16; i4++) {
      b0[i4] = v2;
    }
    for (int64_t i5 = 0; i5 < 16; i5++) {
      #pragma omp simd
      for (int64_t i6 = 0; i6 < 16; i6++) {
        const float v7 = b0[i6];
        const float v10 = b1[((i5 * 16) + i6)];
        b0[i6] = (v7 + v10);
      }
    }
    #pragma omp simd
    for (int64_t i12 = 0; i12 < 16; i12++) {
      const float v13 = b0[i12];
      b0[i12] = v13;
    }
  }
}

__attribute__((noinline)) static void k_dot(const float *restrict b0, const float *restrict b1, float *restrict b2) {
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
