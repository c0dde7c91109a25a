
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      for (int64_t i3 = 0; i3 < 2; i3++) {
        const float v5 = hlox_const0[0];
        float acc6 = v5;
        for (int64_t i7 = 0; i7 < 3; i7++) {
          const int64_t t10 = (((i1 * 2) - 1) + i7);
          if (((t10 >= 0) && (t10 < 7))) {
            for (int64_t i14 = 0; i14 < 3; i14++) {
              const int64_t t17 = (((i2 * 2) - 1) + i14);
              if (((t17 >= 0) && (t17 < 7))) {
                const float v25 = b0[(((t10 * 14) + (t17 * 2)) + i3)];
                acc6 = (acc6 + v25);
              }
            }
          }
        }
        b1[(((i1 * 8) + (i2 * 2)) + i3)] = acc6;
      }
    }
  }
  for (int64_t i33 = 0; i33 < 4; i33++) {
    for (int64_t i34 = 0; i34 < 4; i34++) {
      #pragma omp simd
      for (int64_t i35 = 0; i35 < 2; i35++) {
        const int64_t t39 = (((i33 * 8) + (i34 * 2)) + i35);
        const float v40 = b1[t39];
        b1[t39] = (v40 * (0x1.c71c720000000p-4f));
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
