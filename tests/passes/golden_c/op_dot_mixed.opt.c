

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_convert(const float *restrict b0, uint16_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 8; i6++) {
      const int64_t t8 = ((i4 * 8) + i6);
      const float v9 = b0[t8];
      b1[t8] = hlox_f2b(hlox_rnd_bf16((float)v9));
    }
  }
}

__attribute__((noinline)) static void k_wrapped_convert_1(const float *restrict b0, uint16_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 8; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 3; i6++) {
      const int64_t t8 = ((i4 * 3) + i6);
      const float v9 = b0[t8];
      b1[t8] = hlox_f2b(hlox_rnd_bf16((float)v9));
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion_1(const uint16_t *restrict b0, const uint16_t *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    for (int64_t i6 = 0; i6 < 3; i6++) {
      float acc8 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i10 = 0; i10 < 8; i10++) {
        const float v13 = hlox_b2f(b0[((i4 * 8) + i10)]);
        const float v17 = hlox_b2f(b1[((i10 * 3) + i6)]);
        acc8 = (acc8 + (((float)v13) * ((float)v17)));
      }
      b2[((i4 * 3) + i6)] = acc8;
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    for (int64_t i6 = 0; i6 < 3; i6++) {
      float acc8 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i10 = 0; i10 < 8; i10++) {
        const float v13 = b0[((i4 * 8) + i10)];
        const float v17 = b1[((i10 * 3) + i6)];
        acc8 = (acc8 + (v13 * v17));
      }
      b2[((i4 * 3) + i6)] = acc8;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_wrapped_convert(((float *)params[0]), ((uint16_t *)A));
  k_wrapped_convert_1(((float *)params[1]), ((uint16_t *)results[1]));
  k_ynn_fusion_1(((uint16_t *)A), ((uint16_t *)results[1]), ((float *)results[0]));
  k_ynn_fusion(((float *)params[0]), ((float *)params[1]), ((float *)results[1]));
  return 0;
}
