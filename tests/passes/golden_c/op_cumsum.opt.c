
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};
static const float hlox_const1[1] __attribute__((aligned(64))) = {(-INFINITY)};
static const int32_t hlox_const2[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 10; i2++) {
      const float v4 = hlox_const1[0];
      float acc5 = v4;
      for (int64_t i6 = 0; i6 < 4; i6++) {
        const int64_t t8 = ((i1 - 3) + i6);
        if (((t8 >= 0) && (t8 < 4))) {
          const float v14 = b0[((t8 * 10) + i2)];
          acc5 = hlox_maxf(acc5, v14);
        }
      }
      b1[((i1 * 10) + i2)] = acc5;
    }
  }
  for (int64_t i20 = 0; i20 < 4; i20++) {
    for (int64_t i21 = 0; i21 < 10; i21++) {
      const float v23 = hlox_const0[0];
      float acc24 = v23;
      for (int64_t i25 = 0; i25 < 10; i25++) {
        const int64_t t27 = ((i21 - 9) + i25);
        if (((t27 >= 0) && (t27 < 10))) {
          const float v33 = b0[((i20 * 10) + t27)];
          acc24 = (acc24 + v33);
        }
      }
      b2[((i20 * 10) + i21)] = acc24;
    }
  }
}

__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, int32_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 12; i1++) {
    const int32_t v3 = hlox_const2[0];
    int32_t acc4 = v3;
    for (int64_t i5 = 0; i5 < 12; i5++) {
      const int64_t t7 = ((i1 - 11) + i5);
      if (((t7 >= 0) && (t7 < 12))) {
        const int32_t v11 = b0[t7];
        acc4 = ((int32_t)((uint32_t)acc4 + (uint32_t)v11));
      }
    }
    b1[i1] = acc4;
  }
}

__attribute__((noinline)) static void k_bitcast_1(const int32_t *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 12; i1++) {
    const int32_t v2 = b0[i1];
    b1[i1] = v2;
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
