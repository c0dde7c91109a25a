

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const float v2 = b0[i1];
    const uint8_t v3 = ((uint8_t)(v2 != v2));
    float bc4_in = v2; uint32_t bc4_out; memcpy(&bc4_out, &bc4_in, sizeof bc4_out);
    const uint32_t bc4 = bc4_out;
    uint32_t bc14_in = ((uint32_t)(((uint32_t)((uint32_t)bc4 + (uint32_t)((uint32_t)((uint32_t)hlox_shrl_u32(((uint32_t)(bc4 & ((uint32_t)0x10000ull))), ((uint32_t)0x10ull)) + (uint32_t)((uint32_t)0x7fffull))))) & ((uint32_t)0xffff0000ull))); float bc14_out; memcpy(&bc14_out, &bc14_in, sizeof bc14_out);
    const float bc14 = bc14_out;
    const uint32_t v24 = ((uint32_t)(((uint32_t)((uint32_t)bc4 + (uint32_t)((uint32_t)((uint32_t)hlox_shrl_u32(((uint32_t)(bc4 & ((uint32_t)0x2000ull))), ((uint32_t)0xdull)) + (uint32_t)((uint32_t)0xfffull))))) & ((uint32_t)0xffffe000ull)));
    const uint32_t v26 = ((uint32_t)(v24 & ((uint32_t)0x7f800000ull)));
    const uint32_t v30 = ((uint32_t)(v24 & ((uint32_t)0x80000000ull)));
    uint32_t bc36_in = (((uint8_t)(v26 > ((uint32_t)0x47000000ull))) ? ((uint32_t)(v30 | ((uint32_t)0x7f800000ull))) : (((uint8_t)(v26 <= ((uint32_t)0x38000000ull))) ? v30 : v24)); float bc36_out; memcpy(&bc36_out, &bc36_in, sizeof bc36_out);
    const float bc36 = bc36_out;
    b1[i1] = (v3 ? v2 : bc14);
    b2[i1] = (v3 ? v2 : bc36);
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
