
static const int32_t hlox_const0[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};
static const int32_t hlox_const1[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(float *restrict b0) {
  for (int64_t i4 = 0; i4 < 10; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      #pragma omp simd
      for (int64_t i8 = 0; i8 < 16; i8++) {
        b0[(((i4 * 64) + (i6 * 16)) + i8)] = (0x0.0p+0f);
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_1(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v2 = b0[0];
  b1[0] = ((uint8_t)(v2 < ((int32_t)0xaull)));
}

__attribute__((noinline)) static void k_fusion_3(const int32_t *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 8; i6++) {
      const int32_t v7 = b0[0];
      const int64_t t15 = (i4 * 8);
      const float v18 = b1[(((hlox_max_s64(hlox_min_s64(((int64_t)v7), 9), 0) * 32) + t15) + i6)];
      b2[(t15 + i6)] = v18;
    }
  }
}

__attribute__((noinline)) static void k_dot_general_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    for (int64_t i6 = 0; i6 < 16; i6++) {
      float acc8 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i10 = 0; i10 < 8; i10++) {
        const float v13 = b0[((i4 * 8) + i10)];
        const float v17 = b1[((i10 * 16) + i6)];
        acc8 = (acc8 + (v13 * v17));
      }
      b2[((i4 * 16) + i6)] = acc8;
    }
  }
}

__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, const float *restrict b1, float *restrict b2, float *restrict b3, const float *restrict b4) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    for (int64_t i6 = 0; i6 < 16; i6++) {
      float acc8 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i9 = 0; i9 < 16; i9++) {
        const float v12 = b0[((i4 * 16) + i9)];
        const float v16 = b1[((i9 * 16) + i6)];
        acc8 = (acc8 + (v12 * v16));
      }
      b2[((i4 * 16) + i6)] = acc8;
    }
  }
  for (int64_t i24 = 0; i24 < 4; i24++) {
    #pragma omp simd
    for (int64_t i25 = 0; i25 < 16; i25++) {
      const int64_t t27 = ((i24 * 16) + i25);
      const float v28 = b3[t27];
      const float v29 = b2[t27];
      const float v31 = b4[i25];
      b3[t27] = hlox_tanhf(((v28 + v29) + v31));
    }
  }
}

__attribute__((noinline)) static void k_dynamic_update_slice_2(const int32_t *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 16; i6++) {
      const int32_t v7 = b0[0];
      const int32_t v13 = hlox_const1[0];
      const int64_t t14 = (i4 * 16);
      const float v16 = b1[(t14 + i6)];
      b2[(((hlox_max_s64(hlox_min_s64(((int64_t)v7), 9), 0) * 64) + t14) + i6)] = v16;
    }
  }
}

__attribute__((noinline)) static void k_fusion_4(const int32_t *restrict b0, int32_t *restrict b1) {
  const int32_t v2 = b0[0];
  b1[0] = ((int32_t)((uint32_t)v2 + (uint32_t)((int32_t)0x1ull)));
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
    const uint8_t v8 = ((uint8_t *)A)[0];
    if (!v8) break;
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
