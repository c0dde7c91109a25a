

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_bitcast_convert(const float *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const float v2 = b0[i1];
    float bc3_in = v2; int32_t bc3_out; memcpy(&bc3_out, &bc3_in, sizeof bc3_out);
    const int32_t bc3 = bc3_out;
    b1[i1] = bc3;
  }
}

__attribute__((noinline)) static void k_convert_bitcast_convert_fusion_3(const float *restrict b0, uint8_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const float v7 = b0[i1];
      float bc8_in = v7; uint32_t bc8_out; memcpy(&bc8_out, &bc8_in, sizeof bc8_out);
      const uint32_t bc8 = bc8_out;
      b1[((i1 * 4) + i2)] = ((uint8_t)((uint32_t)(hlox_shrl_u32(bc8, ((uint32_t)((uint32_t)((uint32_t)0x8ull) * (uint32_t)((uint32_t)((int64_t)i2))))) & ((uint32_t)0xffull))));
    }
  }
}

__attribute__((noinline)) static void k_wrapped_bitcast_convert_1(const int32_t *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const int32_t v2 = b0[i1];
    int32_t bc3_in = v2; float bc3_out; memcpy(&bc3_out, &bc3_in, sizeof bc3_out);
    const float bc3 = bc3_out;
    b1[i1] = bc3;
  }
}

__attribute__((noinline)) static void k_convert_bitcast_convert_fusion_2(const float *restrict b0, uint16_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 8; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 2; i2++) {
      const float v7 = b0[i1];
      float bc8_in = v7; uint32_t bc8_out; memcpy(&bc8_out, &bc8_in, sizeof bc8_out);
      const uint32_t bc8 = bc8_out;
      uint16_t bc13_in = ((uint16_t)((uint32_t)(hlox_shrl_u32(bc8, ((uint32_t)((uint32_t)((uint32_t)0x10ull) * (uint32_t)((uint32_t)((int64_t)i2))))) & ((uint32_t)0xffffull)))); uint16_t bc13_out; memcpy(&bc13_out, &bc13_in, sizeof bc13_out);
      const float bc13 = hlox_h2f(bc13_out);
      b1[((i1 * 2) + i2)] = hlox_f2h(bc13);
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_wrapped_bitcast_convert(((float *)params[0]), ((int32_t *)results[0]));
  k_convert_bitcast_convert_fusion_3(((float *)params[0]), ((uint8_t *)results[1]));
  k_wrapped_bitcast_convert_1(((int32_t *)params[1]), ((float *)results[2]));
  k_convert_bitcast_convert_fusion_2(((float *)params[0]), ((uint16_t *)results[3]));
  return 0;
}
