

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, uint16_t *restrict b1, uint32_t *restrict b2, uint8_t *restrict b3, int32_t *restrict b4) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 9; i1++) {
    const float v2 = b0[i1];
    b1[i1] = hlox_f2h(hlox_rnd_f16((float)v2));
    b2[i1] = hlox_f2i_u32((double)v2);
    b3[i1] = hlox_f2i_u8((double)v2);
    b4[i1] = hlox_f2i_s32((double)v2);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_2(((float *)params[0]), ((uint16_t *)(A + 96)), ((uint32_t *)A), ((uint8_t *)(A + 128)), ((int32_t *)(A + 48)));
  memcpy(((int32_t *)results[0]), ((int32_t *)(A + 48)), 36);
  memcpy(((uint8_t *)results[1]), ((uint8_t *)(A + 128)), 9);
  memcpy(((uint32_t *)results[2]), ((uint32_t *)A), 36);
  memcpy(((uint16_t *)results[3]), ((uint16_t *)(A + 96)), 18);
  return 0;
}
