

/* hlox: kernels */
__attribute__((noinline)) static void k_dot_general_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 6; i1++) {
    for (int64_t i2 = 0; i2 < 5; i2++) {
      for (int64_t i3 = 0; i3 < 3; i3++) {
        float acc5 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc5)
        for (int64_t i6 = 0; i6 < 4; i6++) {
          const float v11 = b0[(((i1 * 20) + (i2 * 4)) + i6)];
          const float v15 = b1[((i6 * 3) + i3)];
          acc5 = (acc5 + (v11 * v15));
        }
        b2[(((i1 * 15) + (i2 * 3)) + i3)] = acc5;
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1, float *restrict b2, const float *restrict b3) {
  for (int64_t i1 = 0; i1 < 6; i1++) {
    float acc3 = (-INFINITY);
    const float v4 = acc3;
    int32_t nan7 = ((int32_t)((uint8_t)(v4 != v4)));
    for (int64_t i8 = 0; i8 < 5; i8++) {
      #pragma omp simd reduction(max:acc3) reduction(|:nan7)
      for (int64_t i9 = 0; i9 < 4; i9++) {
        const float v14 = b0[(((i1 * 20) + (i8 * 4)) + i9)];
        const float v15 = fabsf(v14);
        nan7 = ((int32_t)(nan7 | ((int32_t)((uint8_t)(v15 != v15)))));
        const float v20 = acc3;
        acc3 = (((uint8_t)(v15 > v20)) ? v15 : v20);
      }
    }
    if (nan7) {
      acc3 = NAN;
    }
    if (((uint8_t)(acc3 == (0x0.0p+0f)))) {
      acc3 = (-INFINITY);
      for (int64_t i28 = 0; i28 < 5; i28++) {
        for (int64_t i29 = 0; i29 < 4; i29++) {
          const float v34 = b0[(((i1 * 20) + (i28 * 4)) + i29)];
          acc3 = hlox_maxf(acc3, fabsf(v34));
        }
      }
    }
    b1[i1] = acc3;
  }
  for (int64_t i39 = 0; i39 < 6; i39++) {
    for (int64_t i40 = 0; i40 < 1; i40++) {
      #pragma omp simd
      for (int64_t i41 = 0; i41 < 3; i41++) {
        b2[((i39 * 3) + i41)] = (0x0.0p+0f);
      }
      for (int64_t i44 = 0; i44 < 5; i44++) {
        #pragma omp simd
        for (int64_t i45 = 0; i45 < 3; i45++) {
          const int64_t t47 = ((i39 * 3) + i45);
          const float v48 = b2[t47];
          const float v53 = b3[(((i39 * 15) + (i44 * 3)) + i45)];
          b2[t47] = (v48 + hlox_tanhf(v53));
        }
      }
      #pragma omp simd
      for (int64_t i56 = 0; i56 < 3; i56++) {
        const int64_t t58 = ((i39 * 3) + i56);
        const float v59 = b2[t58];
        const float v60 = b1[i39];
        b2[t58] = (v59 / v60);
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_dot_general_1(((float *)params[0]), ((float *)params[1]), ((float *)A));
  k_fusion(((float *)params[0]), ((float *)(A + 368)), ((float *)results[0]), ((float *)A));
  return 0;
}
