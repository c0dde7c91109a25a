

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_bitcast_convert(const float *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const float v5 = b0[i4];
    float bc6_in = v5; int32_t bc6_out; memcpy(&bc6_out, &bc6_in, sizeof bc6_out);
    const int32_t bc6 = bc6_out;
    b1[i4] = bc6;
  }
}

__attribute__((noinline)) static void k_convert_bitcast_convert_fusion_3(const float *restrict b0, uint8_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 4; i6++) {
      const float v11 = b0[i4];
      float bc12_in = v11; uint32_t bc12_out; memcpy(&bc12_out, &bc12_in, sizeof bc12_out);
      const uint32_t bc12 = bc12_out;
      b1[((i4 * 4) + i6)] = ((uint8_t)((uint32_t)(hlox_shrl_u32(bc12, ((uint32_t)((uint32_t)((uint32_t)0x8ull) * (uint32_t)((uint32_t)((int64_t)i6))))) & ((uint32_t)0xffull))));
    }
  }
}

__attribute__((noinline)) static void k_wrapped_bitcast_convert_1(const int32_t *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const int32_t v5 = b0[i4];
    int32_t bc6_in = v5; float bc6_out; memcpy(&bc6_out, &bc6_in, sizeof bc6_out);
    const float bc6 = bc6_out;
    b1[i4] = bc6;
  }
}

__attribute__((noinline)) static void k_convert_bitcast_convert_fusion_2(const float *restrict b0, uint16_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 2; i6++) {
      const float v11 = b0[i4];
      float bc12_in = v11; uint32_t bc12_out; memcpy(&bc12_out, &bc12_in, sizeof bc12_out);
      const uint32_t bc12 = bc12_out;
      uint16_t bc17_in = ((uint16_t)((uint32_t)(hlox_shrl_u32(bc12, ((uint32_t)((uint32_t)((uint32_t)0x10ull) * (uint32_t)((uint32_t)((int64_t)i6))))) & ((uint32_t)0xffffull)))); uint16_t bc17_out; memcpy(&bc17_out, &bc17_in, sizeof bc17_out);
      const float bc17 = hlox_h2f(bc17_out);
      b1[((i4 * 2) + i6)] = hlox_f2h(bc17);
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
