
static const uint16_t hlox_const0[4] __attribute__((aligned(64))) = {0x2e66, 0x7bff, 0x9419, 0x1};
static const uint8_t hlox_const1[4] __attribute__((aligned(64))) = {1, 0, 1, 1};
static const float hlox_const2[4] __attribute__((aligned(64))) = {(0x1.9a00000000000p-4f), (0x1.9200000000000p+1f), (-0x1.0000000000000p+1f), (0x1.9400000000000p+99f)};
static const int32_t hlox_const3[4] __attribute__((aligned(64))) = {((int32_t)0x1ull), ((int32_t)0x2ull), ((int32_t)0x3ull), ((int32_t)0xfaull)};
static const int32_t hlox_const4[4] __attribute__((aligned(64))) = {((int32_t)0x7ull), ((int32_t)0xffffffffull), ((int32_t)0x0ull), ((int32_t)0x7fffffffull)};
static const float hlox_const5[6] __attribute__((aligned(64))) = {(0x0.0p+0f), (0x1.0000000000000p-2f), (0x1.0000000000000p-1f), (0x1.8000000000000p-1f), NAN, (-INFINITY)};
static const float hlox_const6[12] __attribute__((aligned(64))) = {(-0x1.6000000000000p+0f), (-0x1.2000000000000p+0f), (-0x1.c000000000000p-1f), (-0x1.4000000000000p-1f), (-0x1.8000000000000p-2f), (-0x1.0000000000000p-3f), (0x1.0000000000000p-3f), (0x1.8000000000000p-2f), (0x1.4000000000000p-1f), (0x1.c000000000000p-1f), (0x1.2000000000000p+0f), (0x1.6000000000000p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, float *restrict b1, uint8_t *restrict b2, uint16_t *restrict b3) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const float v2 = b0[i1];
    const float v6 = hlox_const2[i1];
    const float v9 = b0[(8 + i1)];
    const uint8_t v13 = hlox_const1[i1];
    const float v16 = b0[(4 + i1)];
    const float v19 = hlox_h2f(hlox_const0[i1]);
    b1[i1] = (((float)hlox_rnd_bf16((float)v2)) * v6);
    b2[i1] = ((uint8_t)(((uint8_t)(v9 > (0x0.0p+0f))) & v13));
    b3[i1] = hlox_f2h(hlox_rnd_f16((hlox_rnd_f16((float)v16) + v19)));
  }
}

__attribute__((noinline)) static void k_multiply_add_fusion(const int32_t *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const int32_t v2 = b0[i1];
    const int32_t v4 = hlox_const4[i1];
    const int32_t v7 = hlox_const3[i1];
    b1[i1] = ((int32_t)((uint32_t)((int32_t)((uint32_t)v2 * (uint32_t)v4)) + (uint32_t)v7));
  }
}

__attribute__((noinline)) static void k_slice_multiply_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 3; i2++) {
      const float v5 = b0[((i1 * 4) + i2)];
      const int64_t t7 = ((i1 * 3) + i2);
      const float v9 = hlox_const5[t7];
      b1[t7] = (v5 * v9);
    }
  }
}

__attribute__((noinline)) static void k_wrapped_multiply(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const int64_t t4 = ((i1 * 4) + i2);
      const float v5 = b0[t4];
      const float v7 = hlox_const6[t4];
      b1[t4] = (v5 * v7);
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_1(((float *)params[0]), ((float *)A), ((uint8_t *)(A + 24)), ((uint16_t *)(A + 16)));
  k_multiply_add_fusion(((int32_t *)params[1]), ((int32_t *)results[5]));
  k_slice_multiply_fusion(((float *)params[0]), ((float *)results[0]));
  k_wrapped_multiply(((float *)params[0]), ((float *)results[1]));
  memcpy(((float *)results[2]), ((float *)A), 16);
  memcpy(((uint16_t *)results[3]), ((uint16_t *)(A + 16)), 8);
  memcpy(((uint8_t *)results[4]), ((uint8_t *)(A + 24)), 4);
  return 0;
}
