

/* hlox: kernels */
__attribute__((noinline)) static void k_bitcast_concatenate_fusion(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 1; i2++) {
      int32_t g4;
      const int32_t v5 = b0[i1];
      g4 = (((uint8_t)(v5 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v5 + (uint32_t)((int32_t)0x6ull))) : v5);
      b2[((i1 * 2) + i2)] = g4;
    }
    #pragma omp simd
    for (int64_t i2 = 1; i2 < 2; i2++) {
      int32_t g4;
      const int32_t v12 = b1[i1];
      g4 = (((uint8_t)(v12 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v12 + (uint32_t)((int32_t)0x5ull))) : v12);
      b2[((i1 * 2) + i2)] = g4;
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1, const int32_t *restrict b2, const float *restrict b3, float *restrict b4) {
  for (int64_t i1 = 0; i1 < 6; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 5; i2++) {
      const int64_t t4 = ((i1 * 5) + i2);
      const float v5 = b0[t4];
      b1[t4] = v5;
    }
  }
  for (int64_t i6 = 0; i6 < 3; i6++) {
    const int64_t t7 = (i6 * 2);
    const int32_t v8 = b2[t7];
    const int64_t x9 = ((int64_t)v8);
    const int32_t v11 = b2[(t7 + 1)];
    const int64_t x12 = ((int64_t)v11);
    if (((((x9 >= 0) && (x9 <= 5)) && (x12 >= 0)) && (x12 <= 4))) {
      const int64_t t21 = ((x9 * 5) + x12);
      const float v22 = b1[t21];
      const float v23 = b3[i6];
      b1[t21] = (v22 * v23);
    }
  }
  for (int64_t i25 = 0; i25 < 6; i25++) {
    #pragma omp simd
    for (int64_t i26 = 0; i26 < 5; i26++) {
      const int64_t t28 = ((i25 * 5) + i26);
      const float v29 = b0[t28];
      b4[t28] = v29;
    }
  }
  for (int64_t i30 = 0; i30 < 3; i30++) {
    const int64_t t31 = (i30 * 2);
    const int32_t v32 = b2[t31];
    const int64_t x33 = ((int64_t)v32);
    const int32_t v35 = b2[(t31 + 1)];
    const int64_t x36 = ((int64_t)v35);
    if (((((x33 >= 0) && (x33 <= 5)) && (x36 >= 0)) && (x36 <= 4))) {
      const int64_t t45 = ((x33 * 5) + x36);
      const float v46 = b4[t45];
      const float v47 = b3[i30];
      b4[t45] = hlox_maxf(v46, v47);
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_bitcast_concatenate_fusion(((int32_t *)params[1]), ((int32_t *)params[2]), ((int32_t *)results[0]));
  k_fusion(((float *)params[0]), ((float *)A), ((int32_t *)results[0]), ((float *)params[3]), ((float *)(A + 128)));
  memcpy(((float *)results[0]), ((float *)(A + 128)), 120);
  memcpy(((float *)results[1]), ((float *)A), 120);
  return 0;
}
