

/* hlox: kernels */
__attribute__((noinline)) static void k_reduce_precision_2_bitcast_convert(const float *restrict b0, uint32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const float v2 = b0[i1];
    float bc3_in = v2; uint32_t bc3_out; memcpy(&bc3_out, &bc3_in, sizeof bc3_out);
    const uint32_t bc3 = bc3_out;
    b1[i1] = bc3;
  }
}

__attribute__((noinline)) static void k_fusion_5(const uint32_t *restrict b0, uint32_t *restrict b1, uint32_t *restrict b2) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const uint32_t v2 = b0[i1];
    const uint32_t v20 = ((uint32_t)(((uint32_t)((uint32_t)v2 + (uint32_t)((uint32_t)((uint32_t)hlox_shrl_u32(((uint32_t)(v2 & ((uint32_t)0x2000ull))), ((uint32_t)0xdull)) + (uint32_t)((uint32_t)0xfffull))))) & ((uint32_t)0xffffe000ull)));
    const uint32_t v22 = ((uint32_t)(v20 & ((uint32_t)0x7f800000ull)));
    const uint32_t v26 = ((uint32_t)(v20 & ((uint32_t)0x80000000ull)));
    b1[i1] = ((uint32_t)(((uint32_t)((uint32_t)v2 + (uint32_t)((uint32_t)((uint32_t)hlox_shrl_u32(((uint32_t)(v2 & ((uint32_t)0x10000ull))), ((uint32_t)0x10ull)) + (uint32_t)((uint32_t)0x7fffull))))) & ((uint32_t)0xffff0000ull)));
    b2[i1] = (((uint8_t)(v22 > ((uint32_t)0x47000000ull))) ? ((uint32_t)(v26 | ((uint32_t)0x7f800000ull))) : (((uint8_t)(v22 <= ((uint32_t)0x38000000ull))) ? v26 : v20));
  }
}

__attribute__((noinline)) static void k_reduce_precision_3_bitcast_convert_1(const uint32_t *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const uint32_t v2 = b0[i1];
    uint32_t bc3_in = v2; float bc3_out; memcpy(&bc3_out, &bc3_in, sizeof bc3_out);
    const float bc3 = bc3_out;
    b1[i1] = bc3;
  }
}

__attribute__((noinline)) static void k_reduce_precision_2_bitcast_convert_1(const uint32_t *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const uint32_t v2 = b0[i1];
    uint32_t bc3_in = v2; float bc3_out; memcpy(&bc3_out, &bc3_in, sizeof bc3_out);
    const float bc3 = bc3_out;
    b1[i1] = bc3;
  }
}

__attribute__((noinline)) static void k_fusion_4(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3, float *restrict b4) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const float v2 = b0[i1];
    const uint8_t v3 = ((uint8_t)(v2 != v2));
    const float v4 = b1[i1];
    const float v6 = b2[i1];
    b3[i1] = (v3 ? v2 : v4);
    b4[i1] = (v3 ? v2 : v6);
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
