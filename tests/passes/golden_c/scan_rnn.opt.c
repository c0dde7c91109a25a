
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};
static const int32_t hlox_const1[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};
static const int32_t hlox_const2[1] __attribute__((aligned(64))) = {((int32_t)0xaull)};
static const int32_t hlox_const3[1] __attribute__((aligned(64))) = {((int32_t)0x1ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_broadcast(float *restrict b0) {
  for (int64_t i1 = 0; i1 < 10; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 16; i3++) {
        const float v5 = hlox_const0[0];
        b0[(((i1 * 64) + (i2 * 16)) + i3)] = v5;
      }
    }
  }
}

__attribute__((noinline)) static void k_wrapped_compare(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v1 = b0[0];
  const int32_t v3 = hlox_const2[0];
  b1[0] = ((uint8_t)(v1 < v3));
}

__attribute__((noinline)) static void k_dynamic_slice_bitcast_fusion(const int32_t *restrict b0, const float *restrict b1, float *restrict b2) {
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

__attribute__((noinline)) static void k_ynn_fusion_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
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

__attribute__((noinline)) static void k_ynn_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
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
}

__attribute__((noinline)) static void k_add_tanh_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 16; i2++) {
      const int64_t t4 = ((i1 * 16) + i2);
      const float v5 = b0[t4];
      const float v6 = b1[t4];
      const float v8 = b2[i2];
      b3[t4] = hlox_tanhf(((v5 + v6) + v8));
    }
  }
}

__attribute__((noinline)) static void k_bitcast_dynamic_update_slice_fusion(const int32_t *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 16; i2++) {
      const int32_t v3 = b0[0];
      const int64_t t8 = (i1 * 16);
      const float v10 = b1[(t8 + i2)];
      b2[(((hlox_max_s64(hlox_min_s64(((int64_t)v3), 9), 0) * 64) + t8) + i2)] = v10;
    }
  }
}

__attribute__((noinline)) static void k_wrapped_add(const int32_t *restrict b0, int32_t *restrict b1) {
  const int32_t v1 = b0[0];
  const int32_t v3 = hlox_const3[0];
  b1[0] = ((int32_t)((uint32_t)v1 + (uint32_t)v3));
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
    const uint8_t v7 = ((uint8_t *)A)[0];
    if (!v7) break;
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
