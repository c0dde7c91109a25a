

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const float v2 = b0[i1];
    const float v6 = (v2 + (0x1.8000000000000p+1f));
    b1[i1] = ((v2 * v2) * v2);
    b2[i1] = ((0x1.0000000000000p+0f) / (v6 * v6));
  }
}

__attribute__((noinline)) static void k_multiply_select_fusion(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const int32_t v2 = b0[i1];
    const int32_t v4 = hlox_shrl_s32(v2, ((int32_t)0x1ull));
    const int32_t v5 = hlox_shrl_s32(v4, ((int32_t)0x1ull));
    const int32_t v6 = hlox_shrl_s32(v5, ((int32_t)0x1ull));
    const int32_t v7 = hlox_shrl_s32(v6, ((int32_t)0x1ull));
    const int32_t v22 = b1[i1];
    const int32_t v26 = (((uint8_t)(((uint8_t)(v22 == ((int32_t)0x0ull))) & ((uint8_t)(v2 != ((int32_t)0x0ull))))) ? ((int32_t)0x0ull) : ((int32_t)0x1ull));
    const int32_t v28 = (((uint8_t)(((int32_t)(v2 & ((int32_t)0x1ull))) != ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v26 * (uint32_t)v22)) : v26);
    const int32_t v29 = ((int32_t)((uint32_t)v22 * (uint32_t)v22));
    const int32_t v31 = (((uint8_t)(((int32_t)(v4 & ((int32_t)0x1ull))) != ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v28 * (uint32_t)v29)) : v28);
    const int32_t v32 = ((int32_t)((uint32_t)v29 * (uint32_t)v29));
    const int32_t v34 = (((uint8_t)(((int32_t)(v5 & ((int32_t)0x1ull))) != ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v31 * (uint32_t)v32)) : v31);
    const int32_t v35 = ((int32_t)((uint32_t)v32 * (uint32_t)v32));
    const int32_t v37 = (((uint8_t)(((int32_t)(v6 & ((int32_t)0x1ull))) != ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v34 * (uint32_t)v35)) : v34);
    const int32_t v38 = ((int32_t)((uint32_t)v35 * (uint32_t)v35));
    const int32_t v40 = (((uint8_t)(((int32_t)(v7 & ((int32_t)0x1ull))) != ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v37 * (uint32_t)v38)) : v37);
    b2[i1] = (((uint8_t)(((int32_t)(hlox_shrl_s32(v7, ((int32_t)0x1ull)) & ((int32_t)0x1ull))) != ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v40 * (uint32_t)((int32_t)((uint32_t)v38 * (uint32_t)v38)))) : v40);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((float *)params[0]), ((float *)A), ((float *)(A + 32)));
  k_multiply_select_fusion(((int32_t *)params[2]), ((int32_t *)params[1]), ((int32_t *)results[2]));
  memcpy(((float *)results[0]), ((float *)A), 20);
  memcpy(((float *)results[1]), ((float *)(A + 32)), 20);
  return 0;
}
