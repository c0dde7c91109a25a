
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_reduce_window(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      const float v4 = hlox_const0[0];
      float acc5 = v4;
      for (int64_t i6 = 0; i6 < 32; i6++) {
        const float v11 = b0[((i1 * 64) + ((i2 * 32) + i6))];
        acc5 = (acc5 + v11);
      }
      b1[((i1 * 2) + i2)] = acc5;
    }
  }
}

__attribute__((noinline)) static void k_wrapped_reduce(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    const float v3 = hlox_const0[0];
    float acc4 = v3;
    #pragma omp simd reduction(+:acc4)
    for (int64_t i5 = 0; i5 < 2; i5++) {
      const float v8 = b0[((i1 * 2) + i5)];
      acc4 = (acc4 + v8);
    }
    b1[i1] = acc4;
  }
}

__attribute__((noinline)) static void k_subtract_multiply_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 64; i2++) {
      const int64_t t4 = ((i1 * 64) + i2);
      const float v5 = b0[t4];
      const float v6 = b1[i1];
      const float v9 = (v5 - (v6 * (0x1.0000000000000p-6f)));
      b2[t4] = (v9 * v9);
    }
  }
}

__attribute__((noinline)) static void k_wrapped_reduce_window_1(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      const float v4 = hlox_const0[0];
      float acc5 = v4;
      for (int64_t i6 = 0; i6 < 32; i6++) {
        const float v11 = b0[((i1 * 64) + ((i2 * 32) + i6))];
        acc5 = (acc5 + v11);
      }
      b1[((i1 * 2) + i2)] = acc5;
    }
  }
}

__attribute__((noinline)) static void k_add_rsqrt_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    float acc3 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc3)
    for (int64_t i4 = 0; i4 < 2; i4++) {
      const float v7 = b0[((i1 * 2) + i4)];
      acc3 = (acc3 + v7);
    }
    b1[i1] = (1.0f / sqrtf(((acc3 * (0x1.0000000000000p-6f)) + (0x1.4f8b580000000p-17f))));
  }
}

__attribute__((noinline)) static void k_multiply_multiply_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, float *restrict b5) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 64; i2++) {
      const int64_t t4 = ((i1 * 64) + i2);
      const float v5 = b0[t4];
      const float v6 = b1[i1];
      const float v10 = b2[i1];
      const float v12 = b3[i2];
      const float v14 = b4[i2];
      const float v15 = ((((v5 - (v6 * (0x1.0000000000000p-6f))) * v10) * v12) + v14);
      b5[t4] = (v15 * ((hlox_tanhf(((v15 + (((v15 * v15) * v15) * (0x1.6e4e260000000p-5f))) * (0x1.9884540000000p-1f))) + (0x1.0000000000000p+0f)) * (0x1.0000000000000p-1f)));
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_wrapped_reduce_window(((float *)params[0]), ((float *)results[0]));
  k_wrapped_reduce(((float *)results[0]), ((float *)(A + 128)));
  k_subtract_multiply_fusion(((float *)params[0]), ((float *)(A + 128)), ((float *)results[0]));
  k_wrapped_reduce_window_1(((float *)results[0]), ((float *)A));
  k_add_rsqrt_fusion(((float *)A), ((float *)(A + 192)));
  k_multiply_multiply_fusion(((float *)params[0]), ((float *)(A + 128)), ((float *)(A + 192)), ((float *)params[1]), ((float *)params[2]), ((float *)results[0]));
  return 0;
}
