

/* hlox: kernels */
__attribute__((noinline)) static void k_reduce_precision_2_bitcast_convert(const float *restrict b0, uint32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const float v5 = b0[i4];
    float bc6_in = v5; uint32_t bc6_out; memcpy(&bc6_out, &bc6_in, sizeof bc6_out);
    const uint32_t bc6 = bc6_out;
    b1[i4] = bc6;
  }
}

__attribute__((noinline)) static void k_fusion_5(const uint32_t *restrict b0, uint32_t *restrict b1, uint32_t *restrict b2) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const uint32_t v5 = b0[i4];
    const uint32_t v23 = ((uint32_t)(((uint32_t)((uint32_t)v5 + (uint32_t)((uint32_t)((uint32_t)hlox_shrl_u32(((uint32_t)(v5 & ((uint32_t)0x2000ull))), ((uint32_t)0xdull)) + (uint32_t)((uint32_t)0xfffull))))) & ((uint32_t)0xffffe000ull)));
    const uint32_t v25 = ((uint32_t)(v23 & ((uint32_t)0x7f800000ull)));
    const uint32_t v29 = ((uint32_t)(v23 & ((uint32_t)0x80000000ull)));
    b1[i4] = ((uint32_t)(((uint32_t)((uint32_t)v5 + (uint32_t)((uint32_t)((uint32_t)hlox_shrl_u32(((uint32_t)(v5 & ((uint32_t)0x10000ull))), ((uint32_t)0x10ull)) + (uint32_t)((uint32_t)0x7fffull))))) & ((uint32_t)0xffff0000ull)));
    b2[i4] = (((uint8_t)(v25 > ((uint32_t)0x47000000ull))) ? ((uint32_t)(v29 | ((uint32_t)0x7f800000ull))) : (((uint8_t)(v25 <= ((uint32_t)0x38000000ull))) ? v29 : v23));
  }
}

__attribute__((noinline)) static void k_reduce_precision_3_bitcast_convert_1(const uint32_t *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const uint32_t v5 = b0[i4];
    uint32_t bc6_in = v5; float bc6_out; memcpy(&bc6_out, &bc6_in, sizeof bc6_out);
    const float bc6 = bc6_out;
    b1[i4] = bc6;
  }
}

__attribute__((noinline)) static void k_reduce_precision_2_bitcast_convert_1(const uint32_t *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const uint32_t v5 = b0[i4];
    uint32_t bc6_in = v5; float bc6_out; memcpy(&bc6_out, &bc6_in, sizeof bc6_out);
    const float bc6 = bc6_out;
    b1[i4] = bc6;
  }
}

__attribute__((noinline)) static void k_fusion_4(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3, float *restrict b4) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const float v5 = b0[i4];
    const uint8_t v6 = ((uint8_t)(v5 != v5));
    const float v7 = b1[i4];
    const float v9 = b2[i4];
    b3[i4] = (v6 ? v5 : v7);
    b4[i4] = (v6 ? v5 : v9);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_reduce_precision_2_bitcast_convert(((float *)params[0]), ((uint32_t *)results[0]));
  k_fusion_5(((uint32_t *)results[0]), ((uint32_t *)results[1]), ((uint32_t *)A));
  k_reduce_precision_3_bitcast_convert_1(((uint32_t *)results[1]), ((float *)results[0]));
  k_reduce_precision_2_bitcast_convert_1(((uint32_t *)A), ((float *)results[1]));
  k_fusion_4(((float *)params[0]), ((float *)results[1]), ((float *)results[0]), ((float *)A), ((float *)(A + 32)));
  memcpy(((float *)results[0]), ((float *)A), 32);
  memcpy(((float *)results[1]), ((float *)(A + 32)), 32);
  return 0;
}
