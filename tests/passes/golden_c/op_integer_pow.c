

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_3(const float *restrict b0, float *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 5; i4++) {
    const float v5 = b0[i4];
    const float v9 = (v5 + (0x1.8000000000000p+1f));
    b1[i4] = ((v5 * v5) * v5);
    b2[i4] = ((0x1.0000000000000p+0f) / (v9 * v9));
  }
}

__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const int32_t v5 = b0[i4];
    const int32_t v7 = hlox_shrl_s32(v5, ((int32_t)0x1ull));
    const int32_t v8 = hlox_shrl_s32(v7, ((int32_t)0x1ull));
    const int32_t v9 = hlox_shrl_s32(v8, ((int32_t)0x1ull));
    const int32_t v10 = hlox_shrl_s32(v9, ((int32_t)0x1ull));
    const int32_t v25 = b1[i4];
    const int32_t v29 = (((uint8_t)(((uint8_t)(v25 == ((int32_t)0x0ull))) & ((uint8_t)(v5 != ((int32_t)0x0ull))))) ? ((int32_t)0x0ull) : ((int32_t)0x1ull));
    const int32_t v31 = (((uint8_t)(((int32_t)(v5 & ((int32_t)0x1ull))) != ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v29 * (uint32_t)v25)) : v29);
    const int32_t v32 = ((int32_t)((uint32_t)v25 * (uint32_t)v25));
    const int32_t v34 = (((uint8_t)(((int32_t)(v7 & ((int32_t)0x1ull))) != ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v31 * (uint32_t)v32)) : v31);
    const int32_t v35 = ((int32_t)((uint32_t)v32 * (uint32_t)v32));
    const int32_t v37 = (((uint8_t)(((int32_t)(v8 & ((int32_t)0x1ull))) != ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v34 * (uint32_t)v35)) : v34);
    const int32_t v38 = ((int32_t)((uint32_t)v35 * (uint32_t)v35));
    const int32_t v40 = (((uint8_t)(((int32_t)(v9 & ((int32_t)0x1ull))) != ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v37 * (uint32_t)v38)) : v37);
    const int32_t v41 = ((int32_t)((uint32_t)v38 * (uint32_t)v38));
    const int32_t v43 = (((uint8_t)(((int32_t)(v10 & ((int32_t)0x1ull))) != ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v40 * (uint32_t)v41)) : v40);
    b2[i4] = (((uint8_t)(((int32_t)(hlox_shrl_s32(v10, ((int32_t)0x1ull)) & ((int32_t)0x1ull))) != ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v43 * (uint32_t)((int32_t)((uint32_t)v41 * (uint32_t)v41)))) : v43);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_3(((float *)params[0]), ((float *)A), ((float *)(A + 32)));
  k_fusion(((int32_t *)params[2]), ((int32_t *)params[1]), ((int32_t *)results[2]));
  memcpy(((float *)results[0]), ((float *)A), 20);
  memcpy(((float *)results[1]), ((float *)(A + 32)), 20);
  return 0;
}
