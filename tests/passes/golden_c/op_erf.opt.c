

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3, float *restrict b4) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    const float v8 = (((uint8_t)(v2 < (0x1.0000000000000p-1f))) ? (-v2) : (v2 + (-0x1.0000000000000p+0f)));
    b1[i1] = ((0x1.81a9660000000p+9f) / (v8 + (0x1.8000000000000p+1f)));
    b2[i1] = ((-0x1.613ae60000000p+7f) / (v8 + (0x1.0000000000000p+2f)));
    b3[i1] = ((0x1.903c280000000p+3f) / (v8 + (0x1.4000000000000p+2f)));
    b4[i1] = ((-0x1.1bcb2a0000000p-3f) / (v8 + (0x1.8000000000000p+2f)));
  }
}

__attribute__((noinline)) static void k_add_divide_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    b1[i1] = ((0x1.4355080000000p-23f) / ((((uint8_t)(v2 < (0x1.0000000000000p-1f))) ? (-v2) : (v2 + (-0x1.0000000000000p+0f))) + (0x1.0000000000000p+3f)));
  }
}

__attribute__((noinline)) static void k_add_divide_fusion_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    b1[i1] = ((0x1.4f05140000000p-17f) / ((((uint8_t)(v2 < (0x1.0000000000000p-1f))) ? (-v2) : (v2 + (-0x1.0000000000000p+0f))) + (0x1.c000000000000p+2f)));
  }
}

__attribute__((noinline)) static void k_add_divide_fusion_6(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    b1[i1] = ((-0x1.3ac8e80000000p+10f) / ((((uint8_t)(v2 < (0x1.0000000000000p-1f))) ? (-v2) : (v2 + (-0x1.0000000000000p+0f))) + (0x1.0000000000000p+1f)));
  }
}

__attribute__((noinline)) static void k_add_divide_fusion_7(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    b1[i1] = ((0x1.52429c0000000p+9f) / ((((uint8_t)(v2 < (0x1.0000000000000p-1f))) ? (-v2) : (v2 + (-0x1.0000000000000p+0f))) + (0x1.0000000000000p+0f)));
  }
}

__attribute__((noinline)) static void k_multiply_log_plus_one_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    b1[i1] = log1pf(((((uint8_t)(v2 < (0x1.0000000000000p-1f))) ? (-v2) : (v2 + (-0x1.0000000000000p+0f))) * (0x1.1111120000000p-3f)));
  }
}

__attribute__((noinline)) static void k_select_select_fusion_1(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, const float *restrict b5, const float *restrict b6, const float *restrict b7, const float *restrict b8, const float *restrict b9, float *restrict b10) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    const float v3 = fabsf(v2);
    const uint8_t v7 = ((uint8_t)(v2 < (0x1.0000000000000p-1f)));
    const float v9 = (v3 - floorf(v3));
    const float v17 = logf(sinf(((((uint8_t)((0x1.0000000000000p-1f) < v9)) ? ((0x1.0000000000000p+0f) - v9) : v9) * (0x1.921fb60000000p+1f))));
    const float v24 = (v7 ? (-v2) : (v2 + (-0x1.0000000000000p+0f)));
    const float v28 = b1[i1];
    const float v30 = (v28 + (0x1.01e8580000000p+1f));
    const float v36 = b2[i1];
    const float v38 = b3[i1];
    const float v40 = b4[i1];
    const float v42 = b5[i1];
    const float v44 = b6[i1];
    const float v46 = b7[i1];
    const float v48 = b8[i1];
    const float v50 = b9[i1];
    const float v53 = (((((v24 + (0x1.0000000000000p-1f)) - ((v24 + (0x1.e000000000000p+2f)) / v30)) * v30) + (0x1.d67f1c0000000p-1f)) + logf(((((((((v36 + (0x1.0000000000000p+0f)) + v38) + v40) + v42) + v44) + v46) + v48) + v50)));
    b10[i1] = (((uint8_t)(v3 == INFINITY)) ? INFINITY : (v7 ? (((uint8_t)isfinite(v17)) ? (((0x1.250d040000000p+0f) - v17) - v53) : (-v17)) : v53));
  }
}

__attribute__((noinline)) static void k_select_select_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, const float *restrict b5, const float *restrict b6, const float *restrict b7, const float *restrict b8, const float *restrict b9, float *restrict b10) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    const uint8_t v9 = ((uint8_t)(v2 < (0x1.0000000000000p-1f)));
    const float v10 = b1[i1];
    const float v16 = (v9 ? (-v2) : (v2 + (-0x1.0000000000000p+0f)));
    const float v18 = (v16 + (0x1.0000000000000p+0f));
    const float v24 = (v16 + (0x1.0000000000000p+1f));
    const float v30 = (v16 + (0x1.8000000000000p+1f));
    const float v36 = (v16 + (0x1.0000000000000p+2f));
    const float v42 = (v16 + (0x1.4000000000000p+2f));
    const float v48 = (v16 + (0x1.8000000000000p+2f));
    const float v54 = (v16 + (0x1.c000000000000p+2f));
    const float v60 = (v16 + (0x1.0000000000000p+3f));
    const float v65 = b2[i1];
    const float v67 = b3[i1];
    const float v69 = b4[i1];
    const float v71 = b5[i1];
    const float v73 = b6[i1];
    const float v75 = b7[i1];
    const float v77 = b8[i1];
    const float v79 = b9[i1];
    const float v86 = (((v10 + (0x1.01e8580000000p+1f)) + ((((((((((0x0.0p+0f) - ((0x1.52429c0000000p+9f) / (v18 * v18))) - ((-0x1.3ac8e80000000p+10f) / (v24 * v24))) - ((0x1.81a9660000000p+9f) / (v30 * v30))) - ((-0x1.613ae60000000p+7f) / (v36 * v36))) - ((0x1.903c280000000p+3f) / (v42 * v42))) - ((-0x1.1bcb2a0000000p-3f) / (v48 * v48))) - ((0x1.4f05140000000p-17f) / (v54 * v54))) - ((0x1.4355080000000p-23f) / (v60 * v60))) / ((((((((v65 + (0x1.0000000000000p+0f)) + v67) + v69) + v71) + v73) + v75) + v77) + v79))) - ((0x1.c000000000000p+2f) / (v16 + (0x1.e000000000000p+2f))));
    const float v92 = ((v2 + fabsf(floorf((v2 + (0x1.0000000000000p-1f))))) * (0x1.921fb60000000p+1f));
    b10[i1] = (((uint8_t)(((uint8_t)(v2 <= (0x0.0p+0f))) & ((uint8_t)(v2 == floorf(v2))))) ? NAN : (v9 ? (v86 - ((cosf(v92) * (0x1.921fb60000000p+1f)) / sinf(v92))) : v86));
  }
}

__attribute__((noinline)) static void k_wrapped_erf(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 13; i1++) {
    const float v2 = b0[i1];
    b1[i1] = erff(v2);
  }
}

__attribute__((noinline)) static void k_select_select_fusion_2(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 13; i1++) {
    const float v2 = b0[i1];
    const float v3 = fabsf(v2);
    const float v6 = (v2 * v2);
    const float v30 = (-v6);
    const float v38 = ((0x1.0000000000000p+0f) / v6);
    const float v88 = (((uint8_t)(v30 < (-0x1.62e4300000000p+6f))) ? (0x0.0p+0f) : ((hlox_expf(v30) * ((0x1.0000000000000p+0f) / v3)) * (((uint8_t)(v3 < (0x1.0000000000000p+1f))) ? ((((((((((((((((v38 * (0x1.7d39e80000000p-6f)) + (-0x1.1c10d00000000p-3f)) * v38) + (0x1.7997a00000000p-2f)) * v38) + (-0x1.2a39f00000000p-1f)) * v38) + (0x1.3df3c60000000p-1f)) * v38) + (-0x1.fa51800000000p-2f)) * v38) + (0x1.5ca8e20000000p-2f)) * v38) + (-0x1.18b1000000000p-2f)) * v38) + (0x1.20adcc0000000p-1f)) : ((((((((((((((v38 * (-0x1.4f49060000000p+3f)) + (0x1.9f45380000000p+3f)) * v38) + (-0x1.dfb6940000000p+2f)) * v38) + (0x1.75e3f40000000p+1f)) * v38) + (-0x1.03e86c0000000p+0f)) * v38) + (0x1.aff87c0000000p-2f)) * v38) + (-0x1.20d8ba0000000p-2f)) * v38) + (0x1.20dd720000000p-1f)))));
    b1[i1] = (((uint8_t)(v3 < (0x1.0000000000000p+0f))) ? ((0x1.0000000000000p+0f) - (v2 * ((((((((((((v6 * (0x1.496a320000000p-14f)) + (-0x1.a3f7000000000p-11f)) * v6) + (0x1.5405b20000000p-8f)) * v6) + (-0x1.b7f90e0000000p-6f)) * v6) + (0x1.ce2cf80000000p-4f)) * v6) + (-0x1.81273e0000000p-2f)) * v6) + (0x1.20dd740000000p+0f)))) : (((uint8_t)(v2 < (0x0.0p+0f))) ? ((0x1.0000000000000p+1f) - v88) : v88));
  }
}

__attribute__((noinline)) static void k_multiply_select_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 13; i1++) {
    const float v2 = b0[i1];
    const float v4 = (v2 * (0x1.0000000000000p-2f));
    const float v13 = (-log1pf((v4 * (-v4))));
    const uint8_t v15 = ((uint8_t)(v13 < (0x1.4000000000000p+2f)));
    const float v48 = (v15 ? (v13 + (-0x1.4000000000000p+1f)) : (sqrtf(v13) + (-0x1.8000000000000p+1f)));
    b1[i1] = (((uint8_t)(fabsf(v4) == (0x1.0000000000000p+0f))) ? (v2 * INFINITY) : (((v15 ? (0x1.805c5e0000000p+0f) : (0x1.6a9efc0000000p+1f)) + (((v15 ? (0x1.f91ec60000000p-3f) : (0x1.006db60000000p+0f)) + (((v15 ? (-0x1.11c9de0000000p-8f) : (0x1.354afc0000000p-7f)) + (((v15 ? (-0x1.48a8100000000p-10f) : (-0x1.f38bae0000000p-8f)) + (((v15 ? (0x1.ca65b60000000p-13f) : (0x1.7824f60000000p-8f)) + (((v15 ? (-0x1.26b5820000000p-18f) : (-0x1.e17bce0000000p-9f)) + (((v15 ? (-0x1.d8e6ae0000000p-19f) : (0x1.61b8e40000000p-10f)) + (((v15 ? (0x1.70966c0000000p-22f) : (0x1.a76ad60000000p-14f)) + ((v15 ? (0x1.e2cb100000000p-26f) : (-0x1.a3e1360000000p-13f)) * v48)) * v48)) * v48)) * v48)) * v48)) * v48)) * v48)) * v48)) * v4));
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
