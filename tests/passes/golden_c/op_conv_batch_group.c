

/* hlox: kernels */
__attribute__((noinline)) static void k_conv_general_dilated_2(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 5; i6++) {
      for (int64_t i8 = 0; i8 < 4; i8++) {
        float acc10 = (0x0.0p+0f);
        const int64_t t11 = (i8 / 2);
        for (int64_t i13 = 0; i13 < 3; i13++) {
          #pragma omp simd reduction(+:acc10)
          for (int64_t i14 = 0; i14 < 2; i14++) {
            const int64_t t16 = ((i6 - 1) + i13);
            const int64_t t21 = ((t11 * 2) + i14);
            if (((t16 >= 0) && (t16 < 5))) {
              const float v27 = b0[(((i4 * 20) + (t16 * 4)) + t21)];
              const float v34 = b1[(((i13 * 8) + (i14 * 4)) + i8)];
              acc10 = (acc10 + (v27 * v34));
            }
          }
        }
        b2[(((i4 * 20) + (i6 * 4)) + i8)] = acc10;
      }
    }
  }
}

__attribute__((noinline)) static void k_add_any_1(float *restrict b0) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 5; i6++) {
      #pragma omp simd
      for (int64_t i8 = 0; i8 < 4; i8++) {
        const int64_t t13 = (((i4 * 20) + (i6 * 4)) + i8);
        const float v14 = b0[t13];
        b0[t13] = (v14 + v14);
      }
    }
  }
}

__attribute__((noinline)) static void k_conv_general_dilated_3(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    for (int64_t i6 = 0; i6 < 2; i6++) {
      for (int64_t i8 = 0; i8 < 4; i8++) {
        float acc10 = (0x0.0p+0f);
        const int64_t t11 = (i8 % 2);
        const int64_t t14 = (((i8 / 2) * 2) + i6);
        for (int64_t i16 = 0; i16 < 5; i16++) {
          #pragma omp simd reduction(+:acc10)
          for (int64_t i17 = 0; i17 < 2; i17++) {
            const int64_t t19 = ((i4 - 1) + i16);
            if (((t19 >= 0) && (t19 < 5))) {
              const int64_t t24 = (i17 * 20);
              const float v28 = b0[((t24 + (t19 * 4)) + t14)];
              const float v33 = b1[((t24 + (i16 * 4)) + i8)];
              acc10 = (acc10 + (v28 * v33));
            }
          }
        }
        b2[(((i4 * 8) + (i6 * 4)) + i8)] = acc10;
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_conv_general_dilated_2(((float *)params[0]), ((float *)params[1]), ((float *)A));
  k_add_any_1(((float *)A));
  k_conv_general_dilated_3(((float *)params[0]), ((float *)A), ((float *)results[0]));
  return 0;
}
