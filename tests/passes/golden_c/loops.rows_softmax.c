

/* hlox: kernels */
__attribute__((noinline)) static void k_s(const float *restrict b0, float *restrict b1) {
  #pragma omp parallel for schedule(static) num_threads(2)
  for (int64_t i4 = 0; i4 < 1024; i4++) {
    float acc6 = (-INFINITY);
    const float v7 = acc6;
    int32_t nan10 = ((int32_t)((uint8_t)(v7 != v7)));
    #pragma omp simd reduction(max:acc6) reduction(|:nan10)
    for (int64_t i12 = 0; i12 < 256; i12++) {
      const float v15 = b0[((i4 * 256) + i12)];
      nan10 = ((int32_t)(nan10 | ((int32_t)((uint8_t)(v15 != v15)))));
      const float v20 = acc6;
      acc6 = (((uint8_t)(v15 > v20)) ? v15 : v20);
    }
    if (nan10) {
      acc6 = NAN;
    }
    if (((uint8_t)(acc6 == (0x0.0p+0f)))) {
      acc6 = (-INFINITY);
      for (int64_t i28 = 0; i28 < 256; i28++) {
        const float v31 = b0[((i4 * 256) + i28)];
        acc6 = hlox_maxf(acc6, v31);
      }
    }
    const float v34 = acc6;
    float acc35 = (0x0.0p+0f);
    #pragma omp simd reduction(+:acc35)
    for (int64_t i36 = 0; i36 < 256; i36++) {
      const int64_t t38 = ((i4 * 256) + i36);
      const float v39 = b0[t38];
      const float v41 = hlox_expf((v39 - v34));
      b1[t38] = v41;
      acc35 = (acc35 + v41);
    }
    const float v44 = acc35;
    #pragma omp simd
    for (int64_t i45 = 0; i45 < 256; i45++) {
      const int64_t t47 = ((i4 * 256) + i45);
      const float v48 = b1[t47];
      b1[t47] = (v48 / v44);
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
