

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3, float *restrict b4) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const float v5 = b0[i4];
    const float v11 = (((uint8_t)(v5 < (0x1.0000000000000p-1f))) ? (-v5) : (v5 + (-0x1.0000000000000p+0f)));
    b1[i4] = ((0x1.81a9660000000p+9f) / (v11 + (0x1.8000000000000p+1f)));
    b2[i4] = ((-0x1.613ae60000000p+7f) / (v11 + (0x1.0000000000000p+2f)));
    b3[i4] = ((0x1.903c280000000p+3f) / (v11 + (0x1.4000000000000p+2f)));
    b4[i4] = ((-0x1.1bcb2a0000000p-3f) / (v11 + (0x1.8000000000000p+2f)));
  }
}

__attribute__((noinline)) static void k_add_divide_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const float v5 = b0[i4];
    b1[i4] = ((0x1.4355080000000p-23f) / ((((uint8_t)(v5 < (0x1.0000000000000p-1f))) ? (-v5) : (v5 + (-0x1.0000000000000p+0f))) + (0x1.0000000000000p+3f)));
  }
}

__attribute__((noinline)) static void k_add_divide_fusion_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const float v5 = b0[i4];
    b1[i4] = ((0x1.4f05140000000p-17f) / ((((uint8_t)(v5 < (0x1.0000000000000p-1f))) ? (-v5) : (v5 + (-0x1.0000000000000p+0f))) + (0x1.c000000000000p+2f)));
  }
}

__attribute__((noinline)) static void k_add_divide_fusion_6(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const float v5 = b0[i4];
    b1[i4] = ((-0x1.3ac8e80000000p+10f) / ((((uint8_t)(v5 < (0x1.0000000000000p-1f))) ? (-v5) : (v5 + (-0x1.0000000000000p+0f))) + (0x1.0000000000000p+1f)));
  }
}

__attribute__((noinline)) static void k_add_divide_fusion_7(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const float v5 = b0[i4];
    b1[i4] = ((0x1.52429c0000000p+9f) / ((((uint8_t)(v5 < (0x1.0000000000000p-1f))) ? (-v5) : (v5 + (-0x1.0000000000000p+0f))) + (0x1.0000000000000p+0f)));
  }
}

__attribute__((noinline)) static void k_multiply_log_plus_one_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const float v5 = b0[i4];
    b1[i4] = log1pf(((((uint8_t)(v5 < (0x1.0000000000000p-1f))) ? (-v5) : (v5 + (-0x1.0000000000000p+0f))) * (0x1.1111120000000p-3f)));
  }
}

__attribute__((noinline)) static void k_select_select_fusion_1(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, const float *restrict b5, const float *restrict b6, const float *restrict b7, const float *restrict b8, const float *restrict b9, float *restrict b10) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const float v5 = b0[i4];
    const float v6 = fabsf(v5);
    const uint8_t v10 = ((uint8_t)(v5 < (0x1.0000000000000p-1f)));
    const float v12 = (v6 - floorf(v6));
    const float v20 = logf(sinf(((((uint8_t)((0x1.0000000000000p-1f) < v12)) ? ((0x1.0000000000000p+0f) - v12) : v12) * (0x1.921fb60000000p+1f))));
    const float v27 = (v10 ? (-v5) : (v5 + (-0x1.0000000000000p+0f)));
    const float v31 = b1[i4];
    const float v33 = (v31 + (0x1.01e8580000000p+1f));
    const float v39 = b2[i4];
    const float v41 = b3[i4];
    const float v43 = b4[i4];
    const float v45 = b5[i4];
    const float v47 = b6[i4];
    const float v49 = b7[i4];
    const float v51 = b8[i4];
    const float v53 = b9[i4];
    const float v56 = (((((v27 + (0x1.0000000000000p-1f)) - ((v27 + (0x1.e000000000000p+2f)) / v33)) * v33) + (0x1.d67f1c0000000p-1f)) + logf(((((((((v39 + (0x1.0000000000000p+0f)) + v41) + v43) + v45) + v47) + v49) + v51) + v53)));
    b10[i4] = (((uint8_t)(v6 == INFINITY)) ? INFINITY : (v10 ? (((uint8_t)isfinite(v20)) ? (((0x1.250d040000000p+0f) - v20) - v56) : (-v20)) : v56));
  }
}

__attribute__((noinline)) static void k_select_select_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, const float *restrict b5, const float *restrict b6, const float *restrict b7, const float *restrict b8, const float *restrict b9, float *restrict b10) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const float v5 = b0[i4];
    const uint8_t v12 = ((uint8_t)(v5 < (0x1.0000000000000p-1f)));
    const float v13 = b1[i4];
    const float v19 = (v12 ? (-v5) : (v5 + (-0x1.0000000000000p+0f)));
    const float v21 = (v19 + (0x1.0000000000000p+0f));
    const float v27 = (v19 + (0x1.0000000000000p+1f));
    const float v33 = (v19 + (0x1.8000000000000p+1f));
    const float v39 = (v19 + (0x1.0000000000000p+2f));
    const float v45 = (v19 + (0x1.4000000000000p+2f));
    const float v51 = (v19 + (0x1.8000000000000p+2f));
    const float v57 = (v19 + (0x1.c000000000000p+2f));
    const float v63 = (v19 + (0x1.0000000000000p+3f));
    const float v68 = b2[i4];
    const float v70 = b3[i4];
    const float v72 = b4[i4];
    const float v74 = b5[i4];
    const float v76 = b6[i4];
    const float v78 = b7[i4];
    const float v80 = b8[i4];
    const float v82 = b9[i4];
    const float v89 = (((v13 + (0x1.01e8580000000p+1f)) + ((((((((((0x0.0p+0f) - ((0x1.52429c0000000p+9f) / (v21 * v21))) - ((-0x1.3ac8e80000000p+10f) / (v27 * v27))) - ((0x1.81a9660000000p+9f) / (v33 * v33))) - ((-0x1.613ae60000000p+7f) / (v39 * v39))) - ((0x1.903c280000000p+3f) / (v45 * v45))) - ((-0x1.1bcb2a0000000p-3f) / (v51 * v51))) - ((0x1.4f05140000000p-17f) / (v57 * v57))) - ((0x1.4355080000000p-23f) / (v63 * v63))) / ((((((((v68 + (0x1.0000000000000p+0f)) + v70) + v72) + v74) + v76) + v78) + v80) + v82))) - ((0x1.c000000000000p+2f) / (v19 + (0x1.e000000000000p+2f))));
    const float v95 = ((v5 + fabsf(floorf((v5 + (0x1.0000000000000p-1f))))) * (0x1.921fb60000000p+1f));
    b10[i4] = (((uint8_t)(((uint8_t)(v5 <= (0x0.0p+0f))) & ((uint8_t)(v5 == floorf(v5))))) ? NAN : (v12 ? (v89 - ((cosf(v95) * (0x1.921fb60000000p+1f)) / sinf(v95))) : v89));
  }
}

__attribute__((noinline)) static void k_wrapped_erf(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 13; i4++) {
    const float v5 = b0[i4];
    b1[i4] = erff(v5);
  }
}

__attribute__((noinline)) static void k_select_select_fusion_2(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 13; i4++) {
    const float v5 = b0[i4];
    const float v6 = fabsf(v5);
    const float v9 = (v5 * v5);
    const float v33 = (-v9);
    const float v41 = ((0x1.0000000000000p+0f) / v9);
    const float v91 = (((uint8_t)(v33 < (-0x1.62e4300000000p+6f))) ? (0x0.0p+0f) : ((hlox_expf(v33) * ((0x1.0000000000000p+0f) / v6)) * (((uint8_t)(v6 < (0x1.0000000000000p+1f))) ? ((((((((((((((((v41 * (0x1.7d39e80000000p-6f)) + (-0x1.1c10d00000000p-3f)) * v41) + (0x1.7997a00000000p-2f)) * v41) + (-0x1.2a39f00000000p-1f)) * v41) + (0x1.3df3c60000000p-1f)) * v41) + (-0x1.fa51800000000p-2f)) * v41) + (0x1.5ca8e20000000p-2f)) * v41) + (-0x1.18b1000000000p-2f)) * v41) + (0x1.20adcc0000000p-1f)) : ((((((((((((((v41 * (-0x1.4f49060000000p+3f)) + (0x1.9f45380000000p+3f)) * v41) + (-0x1.dfb6940000000p+2f)) * v41) + (0x1.75e3f40000000p+1f)) * v41) + (-0x1.03e86c0000000p+0f)) * v41) + (0x1.aff87c0000000p-2f)) * v41) + (-0x1.20d8ba0000000p-2f)) * v41) + (0x1.20dd720000000p-1f)))));
    b1[i4] = (((uint8_t)(v6 < (0x1.0000000000000p+0f))) ? ((0x1.0000000000000p+0f) - (v5 * ((((((((((((v9 * (0x1.496a320000000p-14f)) + (-0x1.a3f7000000000p-11f)) * v9) + (0x1.5405b20000000p-8f)) * v9) + (-0x1.b7f90e0000000p-6f)) * v9) + (0x1.ce2cf80000000p-4f)) * v9) + (-0x1.81273e0000000p-2f)) * v9) + (0x1.20dd740000000p+0f)))) : (((uint8_t)(v5 < (0x0.0p+0f))) ? ((0x1.0000000000000p+1f) - v91) : v91));
  }
}

__attribute__((noinline)) static void k_multiply_select_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 13; i4++) {
    const float v5 = b0[i4];
    const float v7 = (v5 * (0x1.0000000000000p-2f));
    const float v16 = (-log1pf((v7 * (-v7))));
    const uint8_t v18 = ((uint8_t)(v16 < (0x1.4000000000000p+2f)));
    const float v51 = (v18 ? (v16 + (-0x1.4000000000000p+1f)) : (sqrtf(v16) + (-0x1.8000000000000p+1f)));
    b1[i4] = (((uint8_t)(fabsf(v7) == (0x1.0000000000000p+0f))) ? (v5 * INFINITY) : (((v18 ? (0x1.805c5e0000000p+0f) : (0x1.6a9efc0000000p+1f)) + (((v18 ? (0x1.f91ec60000000p-3f) : (0x1.006db60000000p+0f)) + (((v18 ? (-0x1.11c9de0000000p-8f) : (0x1.354afc0000000p-7f)) + (((v18 ? (-0x1.48a8100000000p-10f) : (-0x1.f38bae0000000p-8f)) + (((v18 ? (0x1.ca65b60000000p-13f) : (0x1.7824f60000000p-8f)) + (((v18 ? (-0x1.26b5820000000p-18f) : (-0x1.e17bce0000000p-9f)) + (((v18 ? (-0x1.d8e6ae0000000p-19f) : (0x1.61b8e40000000p-10f)) + (((v18 ? (0x1.70966c0000000p-22f) : (0x1.a76ad60000000p-14f)) + ((v18 ? (0x1.e2cb100000000p-26f) : (-0x1.a3e1360000000p-13f)) * v51)) * v51)) * v51)) * v51)) * v51)) * v51)) * v51)) * v51)) * v7));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_2(((float *)params[1]), ((float *)results[0]), ((float *)results[1]), ((float *)results[2]), ((float *)A));
  k_add_divide_fusion(((float *)params[1]), ((float *)(A + 32)));
  k_add_divide_fusion_1(((float *)params[1]), ((float *)(A + 64)));
  k_add_divide_fusion_6(((float *)params[1]), ((float *)(A + 96)));
  k_add_divide_fusion_7(((float *)params[1]), ((float *)(A + 128)));
  k_multiply_log_plus_one_fusion(((float *)params[1]), ((float *)(A + 160)));
  k_select_select_fusion_1(((float *)params[1]), ((float *)(A + 160)), ((float *)(A + 128)), ((float *)(A + 96)), ((float *)results[0]), ((float *)results[1]), ((float *)results[2]), ((float *)A), ((float *)(A + 64)), ((float *)(A + 32)), ((float *)results[3]));
  k_select_select_fusion(((float *)params[1]), ((float *)(A + 160)), ((float *)(A + 128)), ((float *)(A + 96)), ((float *)results[0]), ((float *)results[1]), ((float *)results[2]), ((float *)A), ((float *)(A + 64)), ((float *)(A + 32)), ((float *)results[4]));
  k_wrapped_erf(((float *)params[0]), ((float *)results[0]));
  k_select_select_fusion_2(((float *)params[0]), ((float *)results[1]));
  k_multiply_select_fusion(((float *)params[0]), ((float *)results[2]));
  return 0;
}
