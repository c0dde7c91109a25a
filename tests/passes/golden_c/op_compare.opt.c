

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_11(const float *restrict b0, const float *restrict b1, const int32_t *restrict b2, uint8_t *restrict b3, uint8_t *restrict b4, float *restrict b5, uint8_t *restrict b6, uint8_t *restrict b7, uint8_t *restrict b8, uint8_t *restrict b9, uint8_t *restrict b10, uint8_t *restrict b11, uint8_t *restrict b12, uint8_t *restrict b13) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 12; i1++) {
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const uint8_t v4 = ((uint8_t)(v2 < v3));
    const int32_t v5 = b2[0];
    const uint8_t v12 = ((uint8_t)(v2 >= v3));
    b3[i1] = ((uint8_t)(v4 ^ ((uint8_t)(v5 > ((int32_t)0x0ull)))));
    b4[i1] = ((uint8_t)!v4);
    b5[i1] = (v4 ? v2 : v3);
    b6[i1] = ((uint8_t)(v2 > v3));
    b7[i1] = ((uint8_t)(v4 & v12));
    b8[i1] = ((uint8_t)(v4 | v12));
    b9[i1] = v4;
    b10[i1] = v12;
    b11[i1] = ((uint8_t)(v2 <= v3));
    b12[i1] = ((uint8_t)(v2 != v3));
    b13[i1] = ((uint8_t)(v2 == v3));
  }
}

__attribute__((noinline)) static void k_fusion_7(const int32_t *restrict b0, const int32_t *restrict b1, uint8_t *restrict b2, uint8_t *restrict b3, uint8_t *restrict b4) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const int32_t v2 = b0[i1];
    const int32_t v3 = b1[i1];
    b2[i1] = ((uint8_t)(v2 >= v3));
    b3[i1] = ((uint8_t)(v2 == v3));
    b4[i1] = ((uint8_t)(v2 < v3));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_11(((float *)params[0]), ((float *)params[1]), ((int32_t *)params[2]), ((uint8_t *)(A + 48)), ((uint8_t *)(A + 60)), ((float *)A), ((uint8_t *)(A + 72)), ((uint8_t *)(A + 84)), ((uint8_t *)(A + 96)), ((uint8_t *)(A + 108)), ((uint8_t *)(A + 120)), ((uint8_t *)(A + 132)), ((uint8_t *)(A + 144)), ((uint8_t *)(A + 156)));
  k_fusion_7(((int32_t *)params[2]), ((int32_t *)params[3]), ((uint8_t *)(A + 168)), ((uint8_t *)(A + 174)), ((uint8_t *)(A + 180)));
  memcpy(((uint8_t *)results[0]), ((uint8_t *)(A + 156)), 12);
  memcpy(((uint8_t *)results[1]), ((uint8_t *)(A + 144)), 12);
  memcpy(((uint8_t *)results[2]), ((uint8_t *)(A + 108)), 12);
  memcpy(((uint8_t *)results[3]), ((uint8_t *)(A + 132)), 12);
  memcpy(((uint8_t *)results[4]), ((uint8_t *)(A + 72)), 12);
  memcpy(((uint8_t *)results[5]), ((uint8_t *)(A + 120)), 12);
  memcpy(((uint8_t *)results[6]), ((uint8_t *)(A + 180)), 6);
  memcpy(((uint8_t *)results[7]), ((uint8_t *)(A + 174)), 6);
  memcpy(((uint8_t *)results[8]), ((uint8_t *)(A + 168)), 6);
  memcpy(((uint8_t *)results[9]), ((uint8_t *)(A + 84)), 12);
  memcpy(((uint8_t *)results[10]), ((uint8_t *)(A + 96)), 12);
  memcpy(((uint8_t *)results[11]), ((uint8_t *)(A + 48)), 12);
  memcpy(((uint8_t *)results[12]), ((uint8_t *)(A + 60)), 12);
  memcpy(((float *)results[13]), ((float *)A), 48);
  return 0;
}
