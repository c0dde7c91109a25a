

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const float v5 = b0[i4];
    const uint8_t v6 = ((uint8_t)(v5 != v5));
    float bc7_in = v5; uint32_t bc7_out; memcpy(&bc7_out, &bc7_in, sizeof bc7_out);
    const uint32_t bc7 = bc7_out;
    uint32_t bc17_in = ((uint32_t)(((uint32_t)((uint32_t)bc7 + (uint32_t)((uint32_t)((uint32_t)hlox_shrl_u32(((uint32_t)(bc7 & ((uint32_t)0x10000ull))), ((uint32_t)0x10ull)) + (uint32_t)((uint32_t)0x7fffull))))) & ((uint32_t)0xffff0000ull))); float bc17_out; memcpy(&bc17_out, &bc17_in, sizeof bc17_out);
    const float bc17 = bc17_out;
    const uint32_t v27 = ((uint32_t)(((uint32_t)((uint32_t)bc7 + (uint32_t)((uint32_t)((uint32_t)hlox_shrl_u32(((uint32_t)(bc7 & ((uint32_t)0x2000ull))), ((uint32_t)0xdull)) + (uint32_t)((uint32_t)0xfffull))))) & ((uint32_t)0xffffe000ull)));
    const uint32_t v29 = ((uint32_t)(v27 & ((uint32_t)0x7f800000ull)));
    const uint32_t v33 = ((uint32_t)(v27 & ((uint32_t)0x80000000ull)));
    uint32_t bc39_in = (((uint8_t)(v29 > ((uint32_t)0x47000000ull))) ? ((uint32_t)(v33 | ((uint32_t)0x7f800000ull))) : (((uint8_t)(v29 <= ((uint32_t)0x38000000ull))) ? v33 : v27)); float bc39_out; memcpy(&bc39_out, &bc39_in, sizeof bc39_out);
    const float bc39 = bc39_out;
    b1[i4] = (v6 ? v5 : bc17);
    b2[i4] = (v6 ? v5 : bc39);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((float *)params[0]), ((float *)A), ((float *)(A + 32)));
  memcpy(((float *)results[0]), ((float *)(A + 32)), 32);
  memcpy(((float *)results[1]), ((float *)A), 32);
  return 0;
}
