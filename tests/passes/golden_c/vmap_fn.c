

/* hlox: kernels */
__attribute__((noinline)) static void k_dot_general_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 6; i4++) {
    for (int64_t i6 = 0; i6 < 5; i6++) {
      for (int64_t i8 = 0; i8 < 3; i8++) {
        float acc10 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc10)
        for (int64_t i12 = 0; i12 < 4; i12++) {
          const float v18 = b0[(((i4 * 20) + (i6 * 4)) + i12)];
          const float v22 = b1[((i12 * 3) + i8)];
          acc10 = (acc10 + (v18 * v22));
        }
        b2[(((i4 * 15) + (i6 * 3)) + i8)] = acc10;
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion(float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
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
        const float v22 = b1[(((i10 * 15) + (i12 * 3)) + i13)];
        b0[t15] = (v16 + hlox_tanhf(v22));
      }
    }
  }
  for (int64_t i25 = 0; i25 < 6; i25++) {
    float acc27 = (-INFINITY);
    const float v28 = acc27;
    int32_t nan31 = ((int32_t)((uint8_t)(v28 != v28)));
    for (int64_t i32 = 0; i32 < 5; i32++) {
      #pragma omp simd reduction(max:acc27) reduction(|:nan31)
      for (int64_t i34 = 0; i34 < 4; i34++) {
        const float v40 = b2[(((i25 * 20) + (i32 * 4)) + i34)];
        const float v41 = fabsf(v40);
        nan31 = ((int32_t)(nan31 | ((int32_t)((uint8_t)(v41 != v41)))));
        const float v46 = acc27;
        acc27 = (((uint8_t)(v41 > v46)) ? v41 : v46);
      }
    }
    if (nan31) {
      acc27 = NAN;
    }
    if (((uint8_t)(acc27 == (0x0.0p+0f)))) {
      acc27 = (-INFINITY);
      for (int64_t i53 = 0; i53 < 5; i53++) {
        for (int64_t i54 = 0; i54 < 4; i54++) {
          const float v59 = b2[(((i25 * 20) + (i53 * 4)) + i54)];
          acc27 = hlox_maxf(acc27, fabsf(v59));
        }
      }
    }
    b3[i25] = acc27;
  }
  for (int64_t i64 = 0; i64 < 6; i64++) {
    #pragma omp simd
    for (int64_t i65 = 0; i65 < 3; i65++) {
      const int64_t t67 = ((i64 * 3) + i65);
      const float v68 = b0[t67];
      const float v69 = b3[i64];
      b0[t67] = (v68 / v69);
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_dot_general_1(((float *)params[0]), ((float *)params[1]), ((float *)A));
  k_fusion(((float *)results[0]), ((float *)A), ((float *)params[0]), ((float *)(A + 368)));
  return 0;
}
