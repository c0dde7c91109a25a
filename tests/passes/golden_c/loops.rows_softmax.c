

/* hlox: kernels */
__attribute__((noinline)) static void k_s(const float *restrict b0, float *restrict b1) {
  #pragma omp parallel for schedule(static) num_threads(2)
  for (int64_t i1 = 0; i1 < 1024; i1++) {
    float acc3 = (-INFINITY);
    const float v4 = acc3;
    int32_t nan7 = ((int32_t)((uint8_t)(v4 != v4)));
    #pragma omp simd reduction(max:acc3) reduction(|:nan7)
    for (int64_t i8 = 0; i8 < 256; i8++) {
      const float v11 = b0[((i1 * 256) + i8)];
      nan7 = ((int32_t)(nan7 | ((int32_t)((uint8_t)(v11 != v11)))));
      const float v16 = acc3;
      acc3 = (((uint8_t)(v11 > v16)) ? v11 : v16);
    }
    if (nan7) {
      acc3 = NAN;
    }
    if (((uint8_t)(acc3 == (0x0.0p+0f)))) {
      acc3 = (-INFINITY);
      for (int64_t i24 = 0; i24 < 256; i24++) {
        const float v27 = b0[((i1 * 256) + i24)];
        acc3 = hlox_maxf(acc3, v27);
      }
    }
    const float v30 = acc3;
    float acc31 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc31)
    for (int64_t i32 = 0; i32 < 256; i32++) {
      const int64_t t34 = ((i1 * 256) + i32);
      const float v35 = b0[t34];
      const float v37 = hlox_expf((v35 - v30));
      b1[t34] = v37;
      acc31 = (acc31 + v37);
    }
    const float v40 = acc31;
    #pragma omp simd
    for (int64_t i41 = 0; i41 < 256; i41++) {
      const int64_t t43 = ((i1 * 256) + i41);
      const float v44 = b1[t43];
      b1[t43] = (v44 / v40);
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_s(((float *)params[0]), ((float *)results[0]));
  return 0;
}
