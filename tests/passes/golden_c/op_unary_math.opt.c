

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_14(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3, float *restrict b4, float *restrict b5, float *restrict b6, float *restrict b7, float *restrict b8, float *restrict b9, float *restrict b10, float *restrict b11, float *restrict b12, float *restrict b13) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 16; i1++) {
    const float v2 = b0[i1];
    const float v3 = (-v2);
    b1[i1] = ((0x1.0000000000000p+0f) / (hlox_expf(v3) + (0x1.0000000000000p+0f)));
    b2[i1] = floorf(v2);
    b3[i1] = hlox_signf(v2);
    b4[i1] = ceilf(v2);
    b5[i1] = fabsf(v2);
    b6[i1] = tanf(v2);
    b7[i1] = cosf(v2);
    b8[i1] = sinf(v2);
    b9[i1] = hlox_tanhf(v2);
    b10[i1] = hlox_expf(v2);
    b11[i1] = cbrtf(v2);
    b12[i1] = v3;
    b13[i1] = expm1f(v2);
  }
}

__attribute__((noinline)) static void k_fusion_6(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3, float *restrict b4) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 16; i1++) {
    const float v2 = b0[i1];
    b1[i1] = sqrtf(v2);
    b2[i1] = logf(v2);
    b3[i1] = (1.0f / sqrtf(v2));
    b4[i1] = log1pf(v2);
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
