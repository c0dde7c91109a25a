

/* hlox: kernels */
__attribute__((noinline)) static void k_bitcast_concatenate_fusion(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2) {
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

__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1, const int32_t *restrict b2, const float *restrict b3, float *restrict b4) {
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
    if (((((x15 >= 0) && (x15 <= 5)) && (x18 >= 0)) && (x18 <= 4))) {
      const int64_t t28 = ((x15 * 5) + x18);
      const float v29 = b1[t28];
      const float v30 = b3[i11];
      b1[t28] = (v29 * v30);
    }
  }
  for (int64_t i32 = 0; i32 < 6; i32++) {
    #pragma omp simd
    for (int64_t i33 = 0; i33 < 5; i33++) {
      const int64_t t35 = ((i32 * 5) + i33);
      const float v36 = b0[t35];
      b4[t35] = v36;
    }
  }
  for (int64_t i37 = 0; i37 < 3; i37++) {
    const int64_t t38 = (i37 * 2);
    const int32_t v39 = b2[t38];
    const int64_t x40 = ((int64_t)v39);
    const int32_t v42 = b2[(t38 + 1)];
    const int64_t x43 = ((int64_t)v42);
    if (((((x40 >= 0) && (x40 <= 5)) && (x43 >= 0)) && (x43 <= 4))) {
      const int64_t t52 = ((x40 * 5) + x43);
      const float v53 = b4[t52];
      const float v54 = b3[i37];
      b4[t52] = hlox_maxf(v53, v54);
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
