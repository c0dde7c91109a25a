

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_14(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3, float *restrict b4, float *restrict b5, float *restrict b6, float *restrict b7, float *restrict b8, float *restrict b9, float *restrict b10, float *restrict b11, float *restrict b12, float *restrict b13) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 16; i4++) {
    const float v5 = b0[i4];
    const float v6 = (-v5);
    b1[i4] = ((0x1.0000000000000p+0f) / (hlox_expf(v6) + (0x1.0000000000000p+0f)));
    b2[i4] = floorf(v5);
    b3[i4] = hlox_signf(v5);
    b4[i4] = ceilf(v5);
    b5[i4] = fabsf(v5);
    b6[i4] = tanf(v5);
    b7[i4] = cosf(v5);
    b8[i4] = sinf(v5);
    b9[i4] = hlox_tanhf(v5);
    b10[i4] = hlox_expf(v5);
    b11[i4] = cbrtf(v5);
    b12[i4] = v6;
    b13[i4] = expm1f(v5);
  }
}

__attribute__((noinline)) static void k_fusion_6(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3, float *restrict b4) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 16; i4++) {
    const float v5 = b0[i4];
    b1[i4] = sqrtf(v5);
    b2[i4] = logf(v5);
    b3[i4] = (1.0f / sqrtf(v5));
    b4[i4] = log1pf(v5);
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_14(((float *)params[0]), ((float *)A), ((float *)(A + 64)), ((float *)(A + 128)), ((float *)(A + 192)), ((float *)(A + 256)), ((float *)(A + 320)), ((float *)(A + 384)), ((float *)(A + 448)), ((float *)(A + 512)), ((float *)(A + 576)), ((float *)(A + 640)), ((float *)(A + 704)), ((float *)(A + 768)));
  k_fusion_6(((float *)params[1]), ((float *)(A + 832)), ((float *)(A + 896)), ((float *)(A + 960)), ((float *)(A + 1024)));
  memcpy(((float *)results[0]), ((float *)(A + 768)), 64);
  memcpy(((float *)results[1]), ((float *)(A + 1024)), 64);
  memcpy(((float *)results[2]), ((float *)A), 64);
  memcpy(((float *)results[3]), ((float *)(A + 640)), 64);
  memcpy(((float *)results[4]), ((float *)(A + 960)), 64);
  memcpy(((float *)results[5]), ((float *)(A + 576)), 64);
  memcpy(((float *)results[6]), ((float *)(A + 896)), 64);
  memcpy(((float *)results[7]), ((float *)(A + 832)), 64);
  memcpy(((float *)results[8]), ((float *)(A + 512)), 64);
  memcpy(((float *)results[9]), ((float *)(A + 448)), 64);
  memcpy(((float *)results[10]), ((float *)(A + 384)), 64);
  memcpy(((float *)results[11]), ((float *)(A + 320)), 64);
  memcpy(((float *)results[12]), ((float *)(A + 256)), 64);
  memcpy(((float *)results[13]), ((float *)(A + 704)), 64);
  memcpy(((float *)results[14]), ((float *)(A + 128)), 64);
  memcpy(((float *)results[15]), ((float *)(A + 64)), 64);
  memcpy(((float *)results[16]), ((float *)(A + 192)), 64);
  return 0;
}
