
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_reduce_window(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    for (int64_t i6 = 0; i6 < 2; i6++) {
      const float v8 = hlox_const0[0];
      float acc9 = v8;
      for (int64_t i11 = 0; i11 < 32; i11++) {
        const float v17 = b0[((i4 * 64) + ((i6 * 32) + i11))];
        acc9 = (acc9 + v17);
      }
      b1[((i4 * 2) + i6)] = acc9;
    }
  }
}

__attribute__((noinline)) static void k_wrapped_reduce(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    const float v6 = hlox_const0[0];
    float acc7 = v6;
    #pragma omp simd reduction(+:acc7)
    for (int64_t i9 = 0; i9 < 2; i9++) {
      const float v12 = b0[((i4 * 2) + i9)];
      acc7 = (acc7 + v12);
    }
    b1[i4] = acc7;
  }
}

__attribute__((noinline)) static void k_subtract_multiply_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 64; i6++) {
      const int64_t t8 = ((i4 * 64) + i6);
      const float v9 = b0[t8];
      const float v10 = b1[i4];
      const float v13 = (v9 - (v10 * (0x1.0000000000000p-6f)));
      b2[t8] = (v13 * v13);
    }
  }
}

__attribute__((noinline)) static void k_wrapped_reduce_window_1(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    for (int64_t i6 = 0; i6 < 2; i6++) {
      const float v8 = hlox_const0[0];
      float acc9 = v8;
      for (int64_t i11 = 0; i11 < 32; i11++) {
        const float v17 = b0[((i4 * 64) + ((i6 * 32) + i11))];
        acc9 = (acc9 + v17);
      }
      b1[((i4 * 2) + i6)] = acc9;
    }
  }
}

__attribute__((noinline)) static void k_add_rsqrt_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    float acc6 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc6)
    for (int64_t i8 = 0; i8 < 2; i8++) {
      const float v11 = b0[((i4 * 2) + i8)];
      acc6 = (acc6 + v11);
    }
    b1[i4] = acc6;
  }
  #pragma omp simd
  for (int64_t i15 = 0; i15 < 16; i15++) {
    const float v16 = b1[i15];
    b1[i15] = (1.0f / sqrtf(((v16 * (0x1.0000000000000p-6f)) + (0x1.4f8b580000000p-17f))));
  }
}

__attribute__((noinline)) static void k_multiply_multiply_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, float *restrict b5) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 64; i6++) {
      const int64_t t8 = ((i4 * 64) + i6);
      const float v9 = b0[t8];
      const float v10 = b1[i4];
      const float v14 = b2[i4];
      const float v16 = b3[i6];
      const float v18 = b4[i6];
      const float v19 = ((((v9 - (v10 * (0x1.0000000000000p-6f))) * v14) * v16) + v18);
      b5[t8] = (v19 * ((hlox_tanhf(((v19 + (((v19 * v19) * v19) * (0x1.6e4e260000000p-5f))) * (0x1.9884540000000p-1f))) + (0x1.0000000000000p+0f)) * (0x1.0000000000000p-1f)));
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
