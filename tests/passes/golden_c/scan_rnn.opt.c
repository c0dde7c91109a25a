
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};
static const int32_t hlox_const1[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};
static const int32_t hlox_const2[1] __attribute__((aligned(64))) = {((int32_t)0xaull)};
static const int32_t hlox_const3[1] __attribute__((aligned(64))) = {((int32_t)0x1ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_broadcast(float *restrict b0) {
  for (int64_t i4 = 0; i4 < 10; i4++) {
    for (int64_t i6 = 0; i6 < 4; i6++) {
      #pragma omp simd
      for (int64_t i8 = 0; i8 < 16; i8++) {
        const float v10 = hlox_const0[0];
        b0[(((i4 * 64) + (i6 * 16)) + i8)] = v10;
      }
    }
  }
}

__attribute__((noinline)) static void k_wrapped_compare(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v2 = b0[0];
  const int32_t v4 = hlox_const2[0];
  b1[0] = ((uint8_t)(v2 < v4));
}

__attribute__((noinline)) static void k_dynamic_slice_bitcast_fusion(const int32_t *restrict b0, const float *restrict b1, float *restrict b2) {
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

__attribute__((noinline)) static void k_ynn_fusion_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
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

__attribute__((noinline)) static void k_ynn_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
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
}

__attribute__((noinline)) static void k_add_tanh_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 16; i6++) {
      const int64_t t8 = ((i4 * 16) + i6);
      const float v9 = b0[t8];
      const float v10 = b1[t8];
      const float v12 = b2[i6];
      b3[t8] = hlox_tanhf(((v9 + v10) + v12));
    }
  }
}

__attribute__((noinline)) static void k_bitcast_dynamic_update_slice_fusion(const int32_t *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 16; i6++) {
      const int32_t v7 = b0[0];
      const int64_t t13 = (i4 * 16);
      const float v15 = b1[(t13 + i6)];
      b2[(((hlox_max_s64(hlox_min_s64(((int64_t)v7), 9), 0) * 64) + t13) + i6)] = v15;
    }
  }
}

__attribute__((noinline)) static void k_wrapped_add(const int32_t *restrict b0, int32_t *restrict b1) {
  const int32_t v2 = b0[0];
  const int32_t v4 = hlox_const3[0];
  b1[0] = ((int32_t)((uint32_t)v2 + (uint32_t)v4));
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_wrapped_broadcast(((float *)results[1]));
  memcpy(((int32_t *)(A + 512)), ((int32_t *)hlox_const1), 4);
  memcpy(((float *)results[0]), ((float *)params[0]), 256);
  for (;;) {
    k_wrapped_compare(((int32_t *)(A + 512)), ((uint8_t *)A));
    const uint8_t v8 = ((uint8_t *)A)[0];
    if (!v8) break;
    k_dynamic_slice_bitcast_fusion(((int32_t *)(A + 512)), ((float *)params[1]), ((float *)(A + 256)));
    k_ynn_fusion_1(((float *)(A + 256)), ((float *)params[2]), ((float *)A));
    k_ynn_fusion(((float *)results[0]), ((float *)params[3]), ((float *)(A + 256)));
    k_add_tanh_fusion(((float *)A), ((float *)(A + 256)), ((float *)params[4]), ((float *)results[0]));
    k_bitcast_dynamic_update_slice_fusion(((int32_t *)(A + 512)), ((float *)results[0]), ((float *)results[1]));
    k_wrapped_add(((int32_t *)(A + 512)), ((int32_t *)A));
    memcpy(((int32_t *)(A + 512)), ((int32_t *)A), 4);
  }
  return 0;
}
