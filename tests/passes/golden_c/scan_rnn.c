
static const int32_t hlox_const0[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};
static const int32_t hlox_const1[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(float *restrict b0) {
  for (int64_t i1 = 0; i1 < 10; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 16; i3++) {
        b0[(((i1 * 64) + (i2 * 16)) + i3)] = (0x0.0p+0f);
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_1(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v1 = b0[0];
  b1[0] = ((uint8_t)(v1 < ((int32_t)0xaull)));
}

__attribute__((noinline)) static void k_fusion_3(const int32_t *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 8; i2++) {
      const int32_t v3 = b0[0];
      const int64_t t9 = (i1 * 8);
      const float v12 = b1[(((hlox_max_s64(hlox_min_s64(((int64_t)v3), 9), 0) * 32) + t9) + i2)];
      b2[(t9 + i2)] = v12;
    }
  }
}

__attribute__((noinline)) static void k_dot_general_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
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

__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, const float *restrict b1, float *restrict b2, float *restrict b3, const float *restrict b4) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 16; i5++) {
        const float v8 = b0[((i1 * 16) + i5)];
        const float v12 = b1[((i5 * 16) + i2)];
        acc4 = (acc4 + (v8 * v12));
      }
      b2[((i1 * 16) + i2)] = acc4;
    }
  }
  for (int64_t i20 = 0; i20 < 4; i20++) {
    #pragma omp simd
    for (int64_t i21 = 0; i21 < 16; i21++) {
      const int64_t t23 = ((i20 * 16) + i21);
      const float v24 = b3[t23];
      const float v25 = b2[t23];
      const float v27 = b4[i21];
      b3[t23] = hlox_tanhf(((v24 + v25) + v27));
    }
  }
}

__attribute__((noinline)) static void k_dynamic_update_slice_2(const int32_t *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 16; i2++) {
      const int32_t v3 = b0[0];
      const int32_t v8 = hlox_const1[0];
      const int64_t t9 = (i1 * 16);
      const float v11 = b1[(t9 + i2)];
      b2[(((hlox_max_s64(hlox_min_s64(((int64_t)v3), 9), 0) * 64) + t9) + i2)] = v11;
    }
  }
}

__attribute__((noinline)) static void k_fusion_4(const int32_t *restrict b0, int32_t *restrict b1) {
  const int32_t v1 = b0[0];
  b1[0] = ((int32_t)((uint32_t)v1 + (uint32_t)((int32_t)0x1ull)));
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((float *)results[1]));
  memcpy(((int32_t *)(A + 512)), ((int32_t *)hlox_const0), 4);
  memcpy(((float *)results[0]), ((float *)params[0]), 256);
  for (;;) {
    k_fusion_1(((int32_t *)(A + 512)), ((uint8_t *)A));
    const uint8_t v7 = ((uint8_t *)A)[0];
    if (!v7) break;
    k_fusion_3(((int32_t *)(A + 512)), ((float *)params[1]), ((float *)(A + 256)));
    k_dot_general_1(((float *)(A + 256)), ((float *)params[2]), ((float *)A));
    k_fusion_2(((float *)results[0]), ((float *)params[3]), ((float *)(A + 256)), ((float *)A), ((float *)params[4]));
    k_dynamic_update_slice_2(((int32_t *)(A + 512)), ((float *)A), ((float *)results[1]));
    k_fusion_4(((int32_t *)(A + 512)), ((int32_t *)(A + 256)));
    memcpy(((int32_t *)(A + 512)), ((int32_t *)(A + 256)), 4);
    memcpy(((float *)results[0]), ((float *)A), 256);
  }
  return 0;
}
