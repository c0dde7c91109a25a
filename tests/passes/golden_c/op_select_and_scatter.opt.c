
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
  for (int64_t i4 = 0; i4 < 6; i4++) {
    for (int64_t i5 = 0; i5 < 6; i5++) {
      #pragma omp simd
      for (int64_t i7 = 0; i7 < 2; i7++) {
        const int32_t v9 = hlox_const0[0];
        b0[(((i4 * 12) + (i5 * 2)) + i7)] = v9;
      }
    }
  }
}

__attribute__((noinline)) static void k_wrapped_iota(int32_t *restrict b0) {
  for (int64_t i4 = 0; i4 < 6; i4++) {
    for (int64_t i5 = 0; i5 < 6; i5++) {
      #pragma omp simd
      for (int64_t i7 = 0; i7 < 2; i7++) {
        b0[(((i4 * 12) + (i5 * 2)) + i7)] = ((int32_t)((int64_t)i4));
      }
    }
  }
}

__attribute__((noinline)) static void k_wrapped_iota_1(int32_t *restrict b0) {
  for (int64_t i4 = 0; i4 < 6; i4++) {
    for (int64_t i5 = 0; i5 < 6; i5++) {
      #pragma omp simd
      for (int64_t i7 = 0; i7 < 2; i7++) {
        b0[(((i4 * 12) + (i5 * 2)) + i7)] = ((int32_t)((int64_t)i5));
      }
    }
  }
}

__attribute__((noinline)) static void k_wrapped_iota_2(int32_t *restrict b0) {
  for (int64_t i4 = 0; i4 < 6; i4++) {
    for (int64_t i5 = 0; i5 < 6; i5++) {
      #pragma omp simd
      for (int64_t i7 = 0; i7 < 2; i7++) {
        b0[(((i4 * 12) + (i5 * 2)) + i7)] = ((int32_t)((int64_t)i7));
      }
    }
  }
}

__attribute__((noinline)) static void k_wrapped_reduce_window(const float *restrict b0, const int32_t *restrict b1, const int32_t *restrict b2, const int32_t *restrict b3, const int32_t *restrict b4, float *restrict b5, int32_t *restrict b6, int32_t *restrict b7, int32_t *restrict b8, int32_t *restrict b9) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    for (int64_t i5 = 0; i5 < 3; i5++) {
      for (int64_t i7 = 0; i7 < 2; i7++) {
        const float v9 = hlox_const1[0];
        float acc10 = v9;
        const int32_t v12 = hlox_const2[0];
        int32_t acc13 = v12;
        int32_t acc14 = v12;
        int32_t acc15 = v12;
        int32_t acc16 = v12;
        for (int64_t i17 = 0; i17 < 2; i17++) {
          const int64_t t19 = ((i4 * 2) + i17);
          for (int64_t i20 = 0; i20 < 2; i20++) {
            const int64_t t27 = (((t19 * 12) + (((i5 * 2) + i20) * 2)) + i7);
            const float v28 = b0[t27];
            const int32_t v29 = b1[t27];
            const int32_t v30 = b2[t27];
            const int32_t v31 = b3[t27];
            const int32_t v32 = b4[t27];
            float t38;
            int32_t t39;
            int32_t t40;
            int32_t t41;
            int32_t t42;
            s_region_0_1_reduce_window(acc10, acc13, acc14, acc15, acc16, v28, v29, v30, v31, v32, &t38, &t39, &t40, &t41, &t42);
            acc10 = t38;
            acc13 = t39;
            acc14 = t40;
            acc15 = t41;
            acc16 = t42;
          }
        }
        const int64_t t53 = (((i4 * 6) + (i5 * 2)) + i7);
        b5[t53] = acc10;
        b6[t53] = acc13;
        b7[t53] = acc14;
        b8[t53] = acc15;
        b9[t53] = acc16;
      }
    }
  }
}

__attribute__((noinline)) static void k_concatenate_bitcast_fusion(const int32_t *restrict b0, const int32_t *restrict b1, const int32_t *restrict b2, const int32_t *restrict b3, int32_t *restrict b4) {
  for (int64_t i4 = 0; i4 < 18; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 4; i6++) {
      const int64_t t8 = (i4 / 6);
      const int64_t t12 = ((i4 / 2) % 3);
      const int64_t t13 = (i4 % 2);
      int32_t g15;
      if ((i6 < 1)) {
        const int32_t v20 = b0[(((t8 * 6) + (t12 * 2)) + t13)];
        g15 = v20;
      } else {
        const int64_t t21 = (i6 - 1);
        int32_t g23;
        if ((i6 < 2)) {
          const int32_t v28 = b1[(((t8 * 6) + (t12 * 2)) + t13)];
          g23 = v28;
        } else {
          const int64_t t29 = (i6 - 2);
          int32_t g31;
          if ((i6 < 3)) {
            const int32_t v36 = b2[(((t8 * 6) + (t12 * 2)) + t13)];
            g31 = v36;
          } else {
            const int64_t t37 = (i6 - 3);
            const int32_t v42 = b3[(((t8 * 6) + (t12 * 2)) + t13)];
            g31 = v42;
          }
          g23 = g31;
        }
        g15 = g23;
      }
      b4[((i4 * 4) + i6)] = g15;
    }
  }
}

__attribute__((noinline)) static void k_bitcast_copy_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 18; i4++) {
    const float v16 = b0[((((i4 / 6) * 6) + (((i4 / 2) % 3) * 2)) + (i4 % 2))];
    b1[i4] = v16;
  }
}

__attribute__((noinline)) static void k_fusion(float *restrict b0, const int32_t *restrict b1, const float *restrict b2) {
  for (int64_t i4 = 0; i4 < 6; i4++) {
    for (int64_t i5 = 0; i5 < 6; i5++) {
      #pragma omp simd
      for (int64_t i7 = 0; i7 < 2; i7++) {
        const float v9 = hlox_const1[0];
        b0[(((i4 * 12) + (i5 * 2)) + i7)] = v9;
      }
    }
  }
  for (int64_t i16 = 0; i16 < 18; i16++) {
    const int64_t t18 = (i16 * 4);
    const int32_t v19 = b1[t18];
    const int64_t x20 = ((int64_t)v19);
    const int32_t v22 = b1[(t18 + 1)];
    const int64_t x23 = ((int64_t)v22);
    const int32_t v25 = b1[(t18 + 2)];
    const int64_t x26 = ((int64_t)v25);
    const int32_t v29 = b1[(t18 + 3)];
    const int64_t x30 = ((int64_t)v29);
    if (((((((((x20 >= 0) && (x20 <= 0)) && (x23 >= 0)) && (x23 <= 5)) && (x26 >= 0)) && (x26 <= 5)) && (x30 >= 0)) && (x30 <= 1))) {
      const int64_t t53 = ((((x20 * 72) + (x23 * 12)) + (x26 * 2)) + x30);
      const float v54 = b0[t53];
      const float v55 = b2[i16];
      b0[t53] = (v54 + v55);
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
