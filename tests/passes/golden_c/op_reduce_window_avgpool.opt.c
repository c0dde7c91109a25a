
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    for (int64_t i5 = 0; i5 < 4; i5++) {
      for (int64_t i7 = 0; i7 < 2; i7++) {
        const float v9 = hlox_const0[0];
        float acc10 = v9;
        for (int64_t i12 = 0; i12 < 3; i12++) {
          const int64_t t15 = (((i4 * 2) - 1) + i12);
          if (((t15 >= 0) && (t15 < 7))) {
            for (int64_t i20 = 0; i20 < 3; i20++) {
              const int64_t t23 = (((i5 * 2) - 1) + i20);
              if (((t23 >= 0) && (t23 < 7))) {
                const float v32 = b0[(((t15 * 14) + (t23 * 2)) + i7)];
                acc10 = (acc10 + v32);
              }
            }
          }
        }
        b1[(((i4 * 8) + (i5 * 2)) + i7)] = acc10;
      }
    }
  }
  for (int64_t i41 = 0; i41 < 4; i41++) {
    for (int64_t i42 = 0; i42 < 4; i42++) {
      #pragma omp simd
      for (int64_t i43 = 0; i43 < 2; i43++) {
        const int64_t t47 = (((i41 * 8) + (i42 * 2)) + i43);
        const float v48 = b1[t47];
        b1[t47] = (v48 * (0x1.c71c720000000p-4f));
      }
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion(((float *)params[0]), ((float *)results[0]));
  return 0;
}
