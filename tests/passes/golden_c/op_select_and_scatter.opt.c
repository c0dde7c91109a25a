
static const int32_t hlox_const0[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};
static const float hlox_const1[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};
static const int32_t hlox_const2[1] __attribute__((aligned(64))) = {((int32_t)0xffffffffull)};

static inline void s_region_0_1_reduce_window(float p0, int32_t p1, int32_t p2, int32_t p3, int32_t p4, float p5, int32_t p6, int32_t p7, int32_t p8, int32_t p9, float *r0, int32_t *r1, int32_t *r2, int32_t *r3, int32_t *r4) {
  const uint8_t v7 = ((uint8_t)(((uint8_t)(((uint8_t)(p0 >= p5)) & ((uint8_t)(p1 != ((int32_t)0xffffffffull))))) | ((uint8_t)!((uint8_t)(p6 != ((int32_t)0xffffffffull))))));
  *r0 = (v7 ? p0 : p5);
  *r1 = (v7 ? p1 : p6);
  *r2 = (v7 ? p2 : p7);
  *r3 = (v7 ? p3 : p8);
  *r4 = (v7 ? p4 : p9);
}

/* hlox: kernels */
__attribute__((noinline)) static void k_wrapped_broadcast_1(int32_t *restrict b0) {
  for (int64_t i1 = 0; i1 < 6; i1++) {
    for (int64_t i2 = 0; i2 < 6; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 2; i3++) {
        const int32_t v5 = hlox_const0[0];
        b0[(((i1 * 12) + (i2 * 2)) + i3)] = v5;
      }
    }
  }
}

__attribute__((noinline)) static void k_wrapped_iota(int32_t *restrict b0) {
  for (int64_t i1 = 0; i1 < 6; i1++) {
    for (int64_t i2 = 0; i2 < 6; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 2; i3++) {
        b0[(((i1 * 12) + (i2 * 2)) + i3)] = ((int32_t)((int64_t)i1));
      }
    }
  }
}

__attribute__((noinline)) static void k_wrapped_iota_1(int32_t *restrict b0) {
  for (int64_t i1 = 0; i1 < 6; i1++) {
    for (int64_t i2 = 0; i2 < 6; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 2; i3++) {
        b0[(((i1 * 12) + (i2 * 2)) + i3)] = ((int32_t)((int64_t)i2));
      }
    }
  }
}

__attribute__((noinline)) static void k_wrapped_iota_2(int32_t *restrict b0) {
  for (int64_t i1 = 0; i1 < 6; i1++) {
    for (int64_t i2 = 0; i2 < 6; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 2; i3++) {
        b0[(((i1 * 12) + (i2 * 2)) + i3)] = ((int32_t)((int64_t)i3));
      }
    }
  }
}

__attribute__((noinline)) static void k_wrapped_reduce_window(const float *restrict b0, const int32_t *restrict b1, const int32_t *restrict b2, const int32_t *restrict b3, const int32_t *restrict b4, float *restrict b5, int32_t *restrict b6, int32_t *restrict b7, int32_t *restrict b8, int32_t *restrict b9) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    for (int64_t i2 = 0; i2 < 3; i2++) {
      for (int64_t i3 = 0; i3 < 2; i3++) {
        const float v5 = hlox_const1[0];
        float acc6 = v5;
        const int32_t v8 = hlox_const2[0];
        int32_t acc9 = v8;
        int32_t acc10 = v8;
        int32_t acc11 = v8;
        int32_t acc12 = v8;
        for (int64_t i13 = 0; i13 < 2; i13++) {
          const int64_t t15 = ((i1 * 2) + i13);
          for (int64_t i16 = 0; i16 < 2; i16++) {
            const int64_t t22 = (((t15 * 12) + (((i2 * 2) + i16) * 2)) + i3);
            const float v23 = b0[t22];
            const int32_t v24 = b1[t22];
            const int32_t v25 = b2[t22];
            const int32_t v26 = b3[t22];
            const int32_t v27 = b4[t22];
            float t33;
            int32_t t34;
            int32_t t35;
            int32_t t36;
            int32_t t37;
            s_region_0_1_reduce_window(acc6, acc9, acc10, acc11, acc12, v23, v24, v25, v26, v27, &t33, &t34, &t35, &t36, &t37);
            acc6 = t33;
            acc9 = t34;
            acc10 = t35;
            acc11 = t36;
            acc12 = t37;
          }
        }
        const int64_t t47 = (((i1 * 6) + (i2 * 2)) + i3);
        b5[t47] = acc6;
        b6[t47] = acc9;
        b7[t47] = acc10;
        b8[t47] = acc11;
        b9[t47] = acc12;
      }
    }
  }
}

__attribute__((noinline)) static void k_concatenate_bitcast_fusion(const int32_t *restrict b0, const int32_t *restrict b1, const int32_t *restrict b2, const int32_t *restrict b3, int32_t *restrict b4) {
  for (int64_t i1 = 0; i1 < 18; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 1; i2++) {
      int32_t g8;
      const int32_t v13 = b0[((((i1 / 6) * 6) + (((i1 / 2) % 3) * 2)) + (i1 % 2))];
      g8 = v13;
      b4[((i1 * 4) + i2)] = g8;
    }
    #pragma omp simd
    for (int64_t i2 = 1; i2 < 2; i2++) {
      int32_t g8;
      int32_t g16;
      const int32_t v21 = b1[((((i1 / 6) * 6) + (((i1 / 2) % 3) * 2)) + (i1 % 2))];
      g16 = v21;
      g8 = g16;
      b4[((i1 * 4) + i2)] = g8;
    }
    #pragma omp simd
    for (int64_t i2 = 2; i2 < 3; i2++) {
      int32_t g8;
      int32_t g16;
      int32_t g24;
      const int32_t v29 = b2[((((i1 / 6) * 6) + (((i1 / 2) % 3) * 2)) + (i1 % 2))];
      g24 = v29;
      g16 = g24;
      g8 = g16;
      b4[((i1 * 4) + i2)] = g8;
    }
    #pragma omp simd
    for (int64_t i2 = 3; i2 < 4; i2++) {
      int32_t g8;
      int32_t g16;
      int32_t g24;
      const int32_t v35 = b3[((((i1 / 6) * 6) + (((i1 / 2) % 3) * 2)) + (i1 % 2))];
      g24 = v35;
      g16 = g24;
      g8 = g16;
      b4[((i1 * 4) + i2)] = g8;
    }
  }
}

__attribute__((noinline)) static void k_bitcast_copy_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 18; i1++) {
    const float v10 = b0[((((i1 / 6) * 6) + (((i1 / 2) % 3) * 2)) + (i1 % 2))];
    b1[i1] = v10;
  }
}

__attribute__((noinline)) static void k_fusion(float *restrict b0, const int32_t *restrict b1, const float *restrict b2) {
  for (int64_t i1 = 0; i1 < 6; i1++) {
    for (int64_t i2 = 0; i2 < 6; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 2; i3++) {
        const float v5 = hlox_const1[0];
        b0[(((i1 * 12) + (i2 * 2)) + i3)] = v5;
      }
    }
  }
  for (int64_t i10 = 0; i10 < 18; i10++) {
    const int64_t t11 = (i10 * 4);
    const int32_t v12 = b1[t11];
    const int64_t x13 = ((int64_t)v12);
    const int32_t v15 = b1[(t11 + 1)];
    const int64_t x16 = ((int64_t)v15);
    const int32_t v18 = b1[(t11 + 2)];
    const int64_t x19 = ((int64_t)v18);
    const int32_t v21 = b1[(t11 + 3)];
    const int64_t x22 = ((int64_t)v21);
    if (((((((((x13 >= 0) && (x13 <= 0)) && (x16 >= 0)) && (x16 <= 5)) && (x19 >= 0)) && (x19 <= 5)) && (x22 >= 0)) && (x22 <= 1))) {
      const int64_t t43 = ((((x13 * 72) + (x16 * 12)) + (x19 * 2)) + x22);
      const float v44 = b0[t43];
      const float v45 = b2[i10];
      b0[t43] = (v44 + v45);
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_wrapped_broadcast_1(((int32_t *)results[0]));
  k_wrapped_iota(((int32_t *)A));
  k_wrapped_iota_1(((int32_t *)(A + 320)));
  k_wrapped_iota_2(((int32_t *)(A + 640)));
  k_wrapped_reduce_window(((float *)params[0]), ((int32_t *)results[0]), ((int32_t *)A), ((int32_t *)(A + 320)), ((int32_t *)(A + 640)), ((float *)(A + 960)), ((int32_t *)(A + 1088)), ((int32_t *)(A + 1216)), ((int32_t *)(A + 1344)), ((int32_t *)(A + 1472)));
  k_concatenate_bitcast_fusion(((int32_t *)(A + 1088)), ((int32_t *)(A + 1216)), ((int32_t *)(A + 1344)), ((int32_t *)(A + 1472)), ((int32_t *)A));
  k_bitcast_copy_fusion(((float *)params[1]), ((float *)(A + 320)));
  k_fusion(((float *)results[0]), ((int32_t *)A), ((float *)(A + 320)));
  return 0;
}
