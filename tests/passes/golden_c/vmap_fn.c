

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

__attribute__((noinline)) static void k_fusion(float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i2 = 0; i2 < 6; i2++) {
    #pragma omp simd
    for (int64_t i3 = 0; i3 < 3; i3++) {
      b0[((i2 * 3) + i3)] = (0x0.0p+0f);
    }
  }
  for (int64_t i6 = 0; i6 < 6; i6++) {
    for (int64_t i7 = 0; i7 < 5; i7++) {
      #pragma omp simd
      for (int64_t i8 = 0; i8 < 3; i8++) {
        const int64_t t10 = ((i6 * 3) + i8);
        const float v11 = b0[t10];
        const float v16 = b1[(((i6 * 15) + (i7 * 3)) + i8)];
        b0[t10] = (v11 + hlox_tanhf(v16));
      }
    }
  }
  for (int64_t i19 = 0; i19 < 6; i19++) {
    float acc21 = (-INFINITY);
    const float v22 = acc21;
    int32_t nan25 = ((int32_t)((uint8_t)(v22 != v22)));
    for (int64_t i26 = 0; i26 < 5; i26++) {
      #pragma omp simd reduction(max:acc21) reduction(|:nan25)
      for (int64_t i27 = 0; i27 < 4; i27++) {
        const float v32 = b2[(((i19 * 20) + (i26 * 4)) + i27)];
        const float v33 = fabsf(v32);
        nan25 = ((int32_t)(nan25 | ((int32_t)((uint8_t)(v33 != v33)))));
        const float v38 = acc21;
        acc21 = (((uint8_t)(v33 > v38)) ? v33 : v38);
      }
    }
    if (nan25) {
      acc21 = NAN;
    }
    if (((uint8_t)(acc21 == (0x0.0p+0f)))) {
      acc21 = (-INFINITY);
      for (int64_t i45 = 0; i45 < 5; i45++) {
        for (int64_t i46 = 0; i46 < 4; i46++) {
          const float v51 = b2[(((i19 * 20) + (i45 * 4)) + i46)];
          acc21 = hlox_maxf(acc21, fabsf(v51));
        }
      }
    }
    b3[i19] = acc21;
  }
  for (int64_t i56 = 0; i56 < 6; i56++) {
    #pragma omp simd
    for (int64_t i57 = 0; i57 < 3; i57++) {
      const int64_t t59 = ((i56 * 3) + i57);
      const float v60 = b0[t59];
      const float v61 = b3[i56];
      b0[t59] = (v60 / v61);
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
