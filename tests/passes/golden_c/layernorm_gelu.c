

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1, float *restrict b2, const float *restrict b3, const float *restrict b4, float *restrict b5) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    float acc3 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc3)
    for (int64_t i4 = 0; i4 < 64; i4++) {
      const float v7 = b0[((i1 * 64) + i4)];
      acc3 = (acc3 + v7);
    }
    b1[i1] = acc3;
  }
  for (int64_t i11 = 0; i11 < 16; i11++) {
    float acc12 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc12)
    for (int64_t i13 = 0; i13 < 64; i13++) {
      const float v16 = b0[((i11 * 64) + i13)];
      const float v17 = b1[i11];
      const float v20 = (v16 - (v17 / (0x1.0000000000000p+6f)));
      acc12 = (acc12 + (v20 * v20));
    }
    b2[i11] = acc12;
  }
  for (int64_t i25 = 0; i25 < 16; i25++) {
    #pragma omp simd
    for (int64_t i26 = 0; i26 < 64; i26++) {
      const int64_t t28 = ((i25 * 64) + i26);
      const float v29 = b0[t28];
      const float v30 = b1[i25];
      const float v33 = b2[i25];
      const float v39 = b3[i26];
      const float v41 = b4[i26];
      const float v42 = ((((v29 - (v30 / (0x1.0000000000000p+6f))) * (1.0f / sqrtf(((v33 / (0x1.0000000000000p+6f)) + (0x1.4f8b580000000p-17f))))) * v39) + v41);
      b5[t28] = (v42 * ((hlox_tanhf(((v42 + (((v42 * v42) * v42) * (0x1.6e4e260000000p-5f))) * (0x1.9884540000000p-1f))) + (0x1.0000000000000p+0f)) * (0x1.0000000000000p-1f)));
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
