

/* hlox: kernels */
__attribute__((noinline)) static void k_dot_general_2(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 16; i6++) {
      for (int64_t i7 = 0; i7 < 16; i7++) {
        float acc9 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc9)
        for (int64_t i11 = 0; i11 < 8; i11++) {
          const int64_t t13 = (i4 * 128);
          const float v17 = b0[((t13 + (i6 * 8)) + i11)];
          const float v22 = b1[((t13 + (i7 * 8)) + i11)];
          acc9 = (acc9 + (v17 * v22));
        }
        b2[(((i4 * 256) + (i6 * 16)) + i7)] = acc9;
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion(float *restrict b0, float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 16; i6++) {
      float acc8 = (-INFINITY);
      const float v9 = acc8;
      int32_t nan12 = ((int32_t)((uint8_t)(v9 != v9)));
      #pragma omp simd reduction(max:acc8) reduction(|:nan12)
      for (int64_t i13 = 0; i13 < 16; i13++) {
        const float v19 = b0[(((i4 * 256) + (i6 * 16)) + i13)];
        const float v31 = ((((uint8_t)(((int32_t)((int64_t)i6)) >= ((int32_t)((int64_t)i13)))) ? 1 : 0) ? (v19 / (0x1.6a09e60000000p+1f)) : (-0x1.dcd6500000000p+29f));
        nan12 = ((int32_t)(nan12 | ((int32_t)((uint8_t)(v31 != v31)))));
        const float v36 = acc8;
        acc8 = (((uint8_t)(v31 > v36)) ? v31 : v36);
      }
      if (nan12) {
        acc8 = NAN;
      }
      if (((uint8_t)(acc8 == (0x0.0p+0f)))) {
        acc8 = (-INFINITY);
        for (int64_t i44 = 0; i44 < 16; i44++) {
          const float v49 = b0[(((i4 * 256) + (i6 * 16)) + i44)];
          acc8 = hlox_maxf(acc8, ((((uint8_t)(((int32_t)((int64_t)i6)) >= ((int32_t)((int64_t)i44)))) ? 1 : 0) ? (v49 / (0x1.6a09e60000000p+1f)) : (-0x1.dcd6500000000p+29f)));
        }
      }
      b1[((i4 * 16) + i6)] = acc8;
    }
  }
  for (int64_t i63 = 0; i63 < 2; i63++) {
    for (int64_t i64 = 0; i64 < 16; i64++) {
      float acc65 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc65)
      for (int64_t i66 = 0; i66 < 16; i66++) {
        const float v71 = b0[(((i63 * 256) + (i64 * 16)) + i66)];
        const float v82 = b1[((i63 * 16) + i64)];
        acc65 = (acc65 + hlox_expf((((((uint8_t)(((int32_t)((int64_t)i64)) >= ((int32_t)((int64_t)i66)))) ? 1 : 0) ? (v71 / (0x1.6a09e60000000p+1f)) : (-0x1.dcd6500000000p+29f)) - hlox_maxf(v82, (-INFINITY)))));
      }
      b2[((i63 * 16) + i64)] = acc65;
    }
  }
  for (int64_t i91 = 0; i91 < 2; i91++) {
    for (int64_t i92 = 0; i92 < 16; i92++) {
      #pragma omp simd
      for (int64_t i93 = 0; i93 < 16; i93++) {
        const int64_t t97 = (((i91 * 256) + (i92 * 16)) + i93);
        const float v98 = b0[t97];
        const int64_t t108 = ((i91 * 16) + i92);
        const float v109 = b1[t108];
        const float v113 = b2[t108];
        b0[t97] = (hlox_expf((((((uint8_t)(((int32_t)((int64_t)i92)) >= ((int32_t)((int64_t)i93)))) ? 1 : 0) ? (v98 / (0x1.6a09e60000000p+1f)) : (-0x1.dcd6500000000p+29f)) - hlox_maxf(v109, (-INFINITY)))) / v113);
      }
    }
  }
}

__attribute__((noinline)) static void k_dot_general_3(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 16; i6++) {
      for (int64_t i8 = 0; i8 < 8; i8++) {
        float acc10 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc10)
        for (int64_t i11 = 0; i11 < 16; i11++) {
          const float v17 = b0[(((i4 * 256) + (i6 * 16)) + i11)];
          const float v24 = b1[(((i4 * 128) + (i11 * 8)) + i8)];
          acc10 = (acc10 + (v17 * v24));
        }
        b2[(((i4 * 128) + (i6 * 8)) + i8)] = acc10;
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_dot_general_2(((float *)params[0]), ((float *)params[1]), ((float *)A));
  k_fusion(((float *)A), ((float *)results[0]), ((float *)((char *)results[0] + 128)));
  k_dot_general_3(((float *)A), ((float *)params[2]), ((float *)results[0]));
  return 0;
}
