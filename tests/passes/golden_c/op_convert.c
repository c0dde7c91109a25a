

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_12(const float *restrict b0, uint8_t *restrict b1, float *restrict b2, float *restrict b3, uint8_t *restrict b4, uint16_t *restrict b5, int32_t *restrict b6) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 12; i1++) {
    const float v2 = b0[i1];
    const float v5 = hlox_rnd_f16((float)v2);
    b1[i1] = hlox_f2i_u8((double)fabsf(v2));
    b2[i1] = ((float)v5);
    b3[i1] = ((float)hlox_rnd_bf16((float)v2));
    b4[i1] = ((uint8_t)(v2 != (0x0.0p+0f)));
    b5[i1] = hlox_f2h(v5);
    b6[i1] = hlox_f2i_s32((double)v2);
  }
}

__attribute__((noinline)) static void k_fusion_13(const int32_t *restrict b0, float *restrict b1, uint32_t *restrict b2, int8_t *restrict b3, uint16_t *restrict b4, float *restrict b5) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const int32_t v2 = b0[i1];
    b1[i1] = ((float)((uint8_t)(v2 > ((int32_t)0x0ull))));
    b2[i1] = ((uint32_t)v2);
    b3[i1] = ((int8_t)v2);
    b4[i1] = hlox_f2h(hlox_rnd_f16((float)v2));
    b5[i1] = ((float)v2);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_12(((float *)params[0]), ((uint8_t *)(A + 272)), ((float *)A), ((float *)(A + 48)), ((uint8_t *)(A + 284)), ((uint16_t *)(A + 144)), ((int32_t *)(A + 96)));
  k_fusion_13(((int32_t *)params[1]), ((float *)(A + 176)), ((uint32_t *)(A + 208)), ((int8_t *)(A + 308)), ((uint16_t *)(A + 296)), ((float *)(A + 240)));
  memcpy(((int32_t *)results[0]), ((int32_t *)(A + 96)), 48);
  memcpy(((uint8_t *)results[1]), ((uint8_t *)(A + 272)), 12);
  memcpy(((uint16_t *)results[2]), ((uint16_t *)(A + 144)), 24);
  memcpy(((float *)results[3]), ((float *)A), 48);
  memcpy(((float *)results[4]), ((float *)(A + 48)), 48);
  memcpy(((uint8_t *)results[5]), ((uint8_t *)(A + 284)), 12);
  memcpy(((float *)results[6]), ((float *)(A + 240)), 24);
  memcpy(((uint16_t *)results[7]), ((uint16_t *)(A + 296)), 12);
  memcpy(((int8_t *)results[8]), ((int8_t *)(A + 308)), 6);
  memcpy(((uint32_t *)results[9]), ((uint32_t *)(A + 208)), 24);
  memcpy(((float *)results[10]), ((float *)(A + 176)), 24);
  return 0;
}
