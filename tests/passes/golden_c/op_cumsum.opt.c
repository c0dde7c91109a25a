
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};
static const float hlox_const1[1] __attribute__((aligned(64))) = {(-INFINITY)};
static const int32_t hlox_const2[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    for (int64_t i6 = 0; i6 < 10; i6++) {
      const float v8 = hlox_const1[0];
      float acc9 = v8;
      for (int64_t i10 = 0; i10 < 4; i10++) {
        const int64_t t13 = ((i4 - 3) + i10);
        if (((t13 >= 0) && (t13 < 4))) {
          const float v19 = b0[((t13 * 10) + i6)];
          acc9 = hlox_maxf(acc9, v19);
        }
      }
      b1[((i4 * 10) + i6)] = acc9;
    }
  }
  for (int64_t i25 = 0; i25 < 4; i25++) {
    for (int64_t i26 = 0; i26 < 10; i26++) {
      const float v28 = hlox_const0[0];
      float acc29 = v28;
      for (int64_t i30 = 0; i30 < 10; i30++) {
        const int64_t t33 = ((i26 - 9) + i30);
        if (((t33 >= 0) && (t33 < 10))) {
          const float v39 = b0[((i25 * 10) + t33)];
          acc29 = (acc29 + v39);
        }
      }
      b2[((i25 * 10) + i26)] = acc29;
    }
  }
}

__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, int32_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 12; i4++) {
    const int32_t v6 = hlox_const2[0];
    int32_t acc7 = v6;
    for (int64_t i8 = 0; i8 < 12; i8++) {
      const int64_t t11 = ((i4 - 11) + i8);
      if (((t11 >= 0) && (t11 < 12))) {
        const int32_t v15 = b0[t11];
        acc7 = ((int32_t)((uint32_t)acc7 + (uint32_t)v15));
      }
    }
    b1[i4] = acc7;
  }
}

__attribute__((noinline)) static void k_bitcast_1(const int32_t *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 12; i4++) {
    const int32_t v5 = b0[i4];
    b1[i4] = v5;
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_1(((float *)params[0]), ((float *)A), ((float *)(A + 192)));
  k_fusion(((int32_t *)params[1]), ((int32_t *)results[0]));
  k_bitcast_1(((int32_t *)results[0]), ((int32_t *)results[2]));
  memcpy(((float *)results[0]), ((float *)(A + 192)), 160);
  memcpy(((float *)results[1]), ((float *)A), 160);
  return 0;
}
