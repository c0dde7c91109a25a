

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 2; i6++) {
      int32_t g8;
      if ((i6 < 1)) {
        const int32_t v9 = b0[i4];
        g8 = (((uint8_t)(v9 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v9 + (uint32_t)((int32_t)0x6ull))) : v9);
      } else {
        const int64_t t15 = (i6 - 1);
        const int32_t v16 = b1[i4];
        g8 = (((uint8_t)(v16 < ((int32_t)0x0ull))) ? ((int32_t)((uint32_t)v16 + (uint32_t)((int32_t)0x5ull))) : v16);
      }
      b2[((i4 * 2) + i6)] = g8;
    }
  }
}

__attribute__((noinline)) static void k_scatter_max_5(const float *restrict b0, float *restrict b1, const int32_t *restrict b2, const float *restrict b3) {
  for (int64_t i4 = 0; i4 < 6; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 5; i6++) {
      const int64_t t8 = ((i4 * 5) + i6);
      const float v9 = b0[t8];
      b1[t8] = v9;
    }
  }
  for (int64_t i11 = 0; i11 < 3; i11++) {
    const int64_t t13 = (i11 * 2);
    const int32_t v14 = b2[t13];
    const int64_t x15 = ((int64_t)v14);
    const int32_t v17 = b2[(t13 + 1)];
    const int64_t x18 = ((int64_t)v17);
    if (((((x15 >= 0) && (x15 < 6)) && (x18 >= 0)) && (x18 < 5))) {
      const int64_t t27 = ((x15 * 5) + x18);
      const float v28 = b1[t27];
      const float v29 = b3[i11];
      b1[t27] = hlox_maxf(v28, v29);
    }
  }
}

__attribute__((noinline)) static void k_scatter_mul_5(const float *restrict b0, float *restrict b1, const int32_t *restrict b2, const float *restrict b3) {
  for (int64_t i4 = 0; i4 < 6; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 5; i6++) {
      const int64_t t8 = ((i4 * 5) + i6);
      const float v9 = b0[t8];
      b1[t8] = v9;
    }
  }
  for (int64_t i11 = 0; i11 < 3; i11++) {
    const int64_t t13 = (i11 * 2);
    const int32_t v14 = b2[t13];
    const int64_t x15 = ((int64_t)v14);
    const int32_t v17 = b2[(t13 + 1)];
    const int64_t x18 = ((int64_t)v17);
    if (((((x15 >= 0) && (x15 < 6)) && (x18 >= 0)) && (x18 < 5))) {
      const int64_t t27 = ((x15 * 5) + x18);
      const float v28 = b1[t27];
      const float v29 = b3[i11];
      b1[t27] = (v28 * v29);
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((int32_t *)params[1]), ((int32_t *)params[2]), ((int32_t *)A));
  k_scatter_max_5(((float *)params[0]), ((float *)results[0]), ((int32_t *)A), ((float *)params[3]));
  k_scatter_mul_5(((float *)params[0]), ((float *)results[1]), ((int32_t *)A), ((float *)params[3]));
  return 0;
}
