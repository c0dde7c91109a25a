

/* hlox: kernels */
__attribute__((noinline)) static void k_dot_general_2(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      for (int64_t i3 = 0; i3 < 16; i3++) {
        float acc5 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc5)
        for (int64_t i6 = 0; i6 < 8; i6++) {
          const int64_t t7 = (i1 * 128);
          const float v11 = b0[((t7 + (i2 * 8)) + i6)];
          const float v16 = b1[((t7 + (i3 * 8)) + i6)];
          acc5 = (acc5 + (v11 * v16));
        }
        b2[(((i1 * 256) + (i2 * 16)) + i3)] = acc5;
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion(float *restrict b0, float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      float acc4 = (-INFINITY);
      const float v5 = acc4;
      int32_t nan8 = ((int32_t)((uint8_t)(v5 != v5)));
      #pragma omp simd reduction(max:acc4) reduction(|:nan8)
      for (int64_t i9 = 0; i9 < 16; i9++) {
        const float v14 = b0[(((i1 * 256) + (i2 * 16)) + i9)];
        const float v26 = ((((uint8_t)(((int32_t)((int64_t)i2)) >= ((int32_t)((int64_t)i9)))) ? 1 : 0) ? (v14 / (0x1.6a09e60000000p+1f)) : (-0x1.dcd6500000000p+29f));
        nan8 = ((int32_t)(nan8 | ((int32_t)((uint8_t)(v26 != v26)))));
        const float v31 = acc4;
        acc4 = (((uint8_t)(v26 > v31)) ? v26 : v31);
      }
      if (nan8) {
        acc4 = NAN;
      }
      if (((uint8_t)(acc4 == (0x0.0p+0f)))) {
        acc4 = (-INFINITY);
        for (int64_t i39 = 0; i39 < 16; i39++) {
          const float v44 = b0[(((i1 * 256) + (i2 * 16)) + i39)];
          acc4 = hlox_maxf(acc4, ((((uint8_t)(((int32_t)((int64_t)i2)) >= ((int32_t)((int64_t)i39)))) ? 1 : 0) ? (v44 / (0x1.6a09e60000000p+1f)) : (-0x1.dcd6500000000p+29f)));
        }
      }
      b1[((i1 * 16) + i2)] = acc4;
    }
  }
  for (int64_t i58 = 0; i58 < 2; i58++) {
    for (int64_t i59 = 0; i59 < 16; i59++) {
      float acc60 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc60)
      for (int64_t i61 = 0; i61 < 16; i61++) {
        const float v66 = b0[(((i58 * 256) + (i59 * 16)) + i61)];
        const float v77 = b1[((i58 * 16) + i59)];
        acc60 = (acc60 + hlox_expf((((((uint8_t)(((int32_t)((int64_t)i59)) >= ((int32_t)((int64_t)i61)))) ? 1 : 0) ? (v66 / (0x1.6a09e60000000p+1f)) : (-0x1.dcd6500000000p+29f)) - hlox_maxf(v77, (-INFINITY)))));
      }
      b2[((i58 * 16) + i59)] = acc60;
    }
  }
  for (int64_t i86 = 0; i86 < 2; i86++) {
    for (int64_t i87 = 0; i87 < 16; i87++) {
      #pragma omp simd
      for (int64_t i88 = 0; i88 < 16; i88++) {
        const int64_t t92 = (((i86 * 256) + (i87 * 16)) + i88);
        const float v93 = b0[t92];
        const int64_t t103 = ((i86 * 16) + i87);
        const float v104 = b1[t103];
        const float v108 = b2[t103];
        b0[t92] = (hlox_expf((((((uint8_t)(((int32_t)((int64_t)i87)) >= ((int32_t)((int64_t)i88)))) ? 1 : 0) ? (v93 / (0x1.6a09e60000000p+1f)) : (-0x1.dcd6500000000p+29f)) - hlox_maxf(v104, (-INFINITY)))) / v108);
      }
    }
  }
}

__attribute__((noinline)) static void k_dot_general_3(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 16; i2++) {
      for (int64_t i3 = 0; i3 < 8; i3++) {
        float acc5 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc5)
        for (int64_t i6 = 0; i6 < 16; i6++) {
          const float v11 = b0[(((i1 * 256) + (i2 * 16)) + i6)];
          const float v17 = b1[(((i1 * 128) + (i6 * 8)) + i3)];
          acc5 = (acc5 + (v11 * v17));
        }
        b2[(((i1 * 128) + (i2 * 8)) + i3)] = acc5;
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
