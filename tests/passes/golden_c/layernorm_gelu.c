

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1, float *restrict b2, const float *restrict b3, const float *restrict b4, float *restrict b5) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    float acc6 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc6)
    for (int64_t i8 = 0; i8 < 64; i8++) {
      const float v11 = b0[((i4 * 64) + i8)];
      acc6 = (acc6 + v11);
    }
    b1[i4] = acc6;
  }
  for (int64_t i15 = 0; i15 < 16; i15++) {
    float acc16 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc16)
    for (int64_t i17 = 0; i17 < 64; i17++) {
      const float v20 = b0[((i15 * 64) + i17)];
      const float v21 = b1[i15];
      const float v24 = (v20 - (v21 / (0x1.0000000000000p+6f)));
      acc16 = (acc16 + (v24 * v24));
    }
    b2[i15] = acc16;
  }
  for (int64_t i29 = 0; i29 < 16; i29++) {
    #pragma omp simd
    for (int64_t i30 = 0; i30 < 64; i30++) {
      const int64_t t32 = ((i29 * 64) + i30);
      const float v33 = b0[t32];
      const float v34 = b1[i29];
      const float v37 = b2[i29];
      const float v43 = b3[i30];
      const float v45 = b4[i30];
      const float v46 = ((((v33 - (v34 / (0x1.0000000000000p+6f))) * (1.0f / sqrtf(((v37 / (0x1.0000000000000p+6f)) + (0x1.4f8b580000000p-17f))))) * v43) + v45);
      b5[t32] = (v46 * ((hlox_tanhf(((v46 + (((v46 * v46) * v46) * (0x1.6e4e260000000p-5f))) * (0x1.9884540000000p-1f))) + (0x1.0000000000000p+0f)) * (0x1.0000000000000p-1f)));
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((float *)params[0]), ((float *)A), ((float *)(A + 64)), ((float *)params[1]), ((float *)params[2]), ((float *)results[0]));
  return 0;
}
