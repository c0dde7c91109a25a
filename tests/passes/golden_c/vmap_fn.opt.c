

/* hlox: kernels */
__attribute__((noinline)) static void k_ynn_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 30; i4++) {
    for (int64_t i6 = 0; i6 < 3; i6++) {
      float acc8 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i10 = 0; i10 < 4; i10++) {
        const float v13 = b0[((i4 * 4) + i10)];
        const float v17 = b1[((i10 * 3) + i6)];
        acc8 = (acc8 + (v13 * v17));
      }
      b2[((i4 * 3) + i6)] = acc8;
    }
  }
}

__attribute__((noinline)) static void k_reduce_divide_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 6; i4++) {
    float acc6 = (-INFINITY);
    const float v7 = acc6;
    int32_t nan10 = ((int32_t)((uint8_t)(v7 != v7)));
    for (int64_t i12 = 0; i12 < 5; i12++) {
      #pragma omp simd reduction(max:acc6) reduction(|:nan10)
      for (int64_t i14 = 0; i14 < 4; i14++) {
        const float v20 = b0[(((i4 * 20) + (i12 * 4)) + i14)];
        const float v21 = fabsf(v20);
        nan10 = ((int32_t)(nan10 | ((int32_t)((uint8_t)(v21 != v21)))));
        const float v26 = acc6;
        acc6 = (((uint8_t)(v21 > v26)) ? v21 : v26);
      }
    }
    if (nan10) {
      acc6 = NAN;
    }
    if (((uint8_t)(acc6 == (0x0.0p+0f)))) {
      acc6 = (-INFINITY);
      for (int64_t i34 = 0; i34 < 5; i34++) {
        for (int64_t i35 = 0; i35 < 4; i35++) {
          const float v40 = b0[(((i4 * 20) + (i34 * 4)) + i35)];
          acc6 = hlox_maxf(acc6, fabsf(v40));
        }
      }
    }
    b1[i4] = acc6;
  }
  #pragma omp simd
  for (int64_t i45 = 0; i45 < 6; i45++) {
    const float v47 = b1[i45];
    b1[i45] = ((0x1.0000000000000p+0f) / v47);
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(float *restrict b0, const float *restrict b1, const float *restrict b2) {
  for (int64_t i5 = 0; i5 < 6; i5++) {
    #pragma omp simd
    for (int64_t i7 = 0; i7 < 3; i7++) {
      b0[((i5 * 3) + i7)] = (0x0.0p+0f);
    }
  }
  for (int64_t i10 = 0; i10 < 6; i10++) {
    for (int64_t i12 = 0; i12 < 5; i12++) {
      #pragma omp simd
      for (int64_t i13 = 0; i13 < 3; i13++) {
        const int64_t t15 = ((i10 * 3) + i13);
        const float v16 = b0[t15];
        const float v21 = b1[((((i10 * 5) + i12) * 3) + i13)];
        b0[t15] = (v16 + hlox_tanhf(v21));
      }
    }
  }
  for (int64_t i24 = 0; i24 < 6; i24++) {
    #pragma omp simd
    for (int64_t i25 = 0; i25 < 3; i25++) {
      const int64_t t27 = ((i24 * 3) + i25);
      const float v28 = b0[t27];
      const float v29 = b2[i24];
      b0[t27] = (v28 * v29);
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_ynn_fusion(((float *)params[0]), ((float *)params[1]), ((float *)A));
  k_reduce_divide_fusion(((float *)params[0]), ((float *)(A + 368)));
  k_broadcast_multiply_fusion(((float *)results[0]), ((float *)A), ((float *)(A + 368)));
  return 0;
}
