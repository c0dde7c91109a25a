
static const float hlox_const0[1] __attribute__((aligned(64))) = {(-0x1.1bcb2a0000000p-3f)};
static const float hlox_const1[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_76(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3, float *restrict b4, float *restrict b5, float *restrict b6, float *restrict b7, float *restrict b8, float *restrict b9, float *restrict b10, float *restrict b11, float *restrict b12) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    const float v8 = (((uint8_t)(v2 < (0x1.0000000000000p-1f))) ? (-v2) : (v2 - (0x1.0000000000000p+0f)));
    const float v32 = log1pf((v8 / (0x1.e000000000000p+2f)));
    b1[i1] = ((0x1.4355080000000p-23f) / (v8 + (0x1.0000000000000p+3f)));
    b2[i1] = ((0x1.4f05140000000p-17f) / (v8 + (0x1.c000000000000p+2f)));
    b3[i1] = ((-0x1.1bcb2a0000000p-3f) / (v8 + (0x1.8000000000000p+2f)));
    b4[i1] = (v8 + (0x1.4000000000000p+2f));
    b5[i1] = (v8 + (0x1.0000000000000p+2f));
    b6[i1] = (v8 + (0x1.8000000000000p+1f));
    b7[i1] = (v8 + (0x1.0000000000000p+1f));
    b8[i1] = (v8 + (0x1.0000000000000p+0f));
    b9[i1] = (v32 + (0x1.01e8580000000p+1f));
    b10[i1] = v32;
    b11[i1] = (v8 + (0x1.e000000000000p+2f));
    b12[i1] = v8;
  }
}

__attribute__((noinline)) static void k_fusion_71(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3, float *restrict b4, float *restrict b5, float *restrict b6) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    const float v6 = ((0x1.52429c0000000p+9f) / (v2 + (0x1.0000000000000p+0f)));
    const float v11 = ((-0x1.3ac8e80000000p+10f) / (v2 + (0x1.0000000000000p+1f)));
    const float v16 = ((0x1.81a9660000000p+9f) / (v2 + (0x1.8000000000000p+1f)));
    const float v21 = ((-0x1.613ae60000000p+7f) / (v2 + (0x1.0000000000000p+2f)));
    const float v26 = ((0x1.903c280000000p+3f) / (v2 + (0x1.4000000000000p+2f)));
    b1[i1] = (((((v6 + (0x1.0000000000000p+0f)) + v11) + v16) + v21) + v26);
    b2[i1] = v6;
    b3[i1] = v11;
    b4[i1] = v16;
    b5[i1] = v21;
    b6[i1] = v26;
  }
}

__attribute__((noinline)) static void k_fusion_26(const float *restrict b0, uint8_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    b1[i1] = ((uint8_t)(v2 < (0x1.0000000000000p-1f)));
  }
}

__attribute__((noinline)) static void k_fusion_20(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    b0[i1] = (0x1.52429c0000000p+9f);
  }
}

__attribute__((noinline)) static void k_fusion_17(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    b0[i1] = (-0x1.3ac8e80000000p+10f);
  }
}

__attribute__((noinline)) static void k_fusion_14(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    b0[i1] = (0x1.81a9660000000p+9f);
  }
}

__attribute__((noinline)) static void k_fusion_11(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    b0[i1] = (-0x1.613ae60000000p+7f);
  }
}

__attribute__((noinline)) static void k_fusion_8(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    b0[i1] = (0x1.903c280000000p+3f);
  }
}

__attribute__((noinline)) static void k_fusion_27(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    b0[i1] = (0x1.0000000000000p-1f);
  }
}

__attribute__((noinline)) static void k_fusion_25(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    b0[i1] = (0x1.921fb60000000p+1f);
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, const float *restrict b5, const float *restrict b6, const float *restrict b7, const float *restrict b8, const float *restrict b9, const float *restrict b10, const float *restrict b11, const float *restrict b12, const float *restrict b13, const float *restrict b14, const float *restrict b15, const float *restrict b16, const float *restrict b17, const float *restrict b18, const float *restrict b19, const uint8_t *restrict b20, float *restrict b21) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    const float v4 = hlox_const1[0];
    const float v9 = b1[i1];
    const float v11 = b2[i1];
    const float v14 = b3[i1];
    const float v16 = b4[i1];
    const float v19 = b5[i1];
    const float v21 = b6[i1];
    const float v24 = b7[i1];
    const float v26 = b8[i1];
    const float v29 = b9[i1];
    const float v31 = b10[i1];
    const float v34 = b11[i1];
    const float v36 = (v34 + (0x1.8000000000000p+2f));
    const float v39 = hlox_const0[0];
    const float v43 = (v34 + (0x1.c000000000000p+2f));
    const float v49 = (v34 + (0x1.0000000000000p+3f));
    const float v54 = b12[i1];
    const float v55 = b13[i1];
    const float v57 = b14[i1];
    const float v59 = b15[i1];
    const float v62 = b16[i1];
    const float v64 = b17[i1];
    const float v66 = ((v62 + (((((((((v4 - (v11 / (v9 * v9))) - (v16 / (v14 * v14))) - (v21 / (v19 * v19))) - (v26 / (v24 * v24))) - (v31 / (v29 * v29))) - (v39 / (v36 * v36))) - ((0x1.4f05140000000p-17f) / (v43 * v43))) - ((0x1.4355080000000p-23f) / (v49 * v49))) / (((v54 + v55) + v57) + v59))) - ((0x1.c000000000000p+2f) / v64));
    const float v67 = b18[i1];
    const float v72 = b19[i1];
    const float v73 = ((v2 + fabsf(floorf((v2 + v67)))) * v72);
    const uint8_t v79 = b20[i1];
    b21[i1] = (((uint8_t)(((uint8_t)(v2 <= v4)) & ((uint8_t)(v2 == floorf(v2))))) ? NAN : (v79 ? (v66 - ((cosf(v73) * v72) / sinf(v73))) : v66));
  }
}

__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, const float *restrict b5, const float *restrict b6, const float *restrict b7, const float *restrict b8, const float *restrict b9, const float *restrict b10, float *restrict b11) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    const float v3 = fabsf(v2);
    const float v9 = (v3 - floorf(v3));
    const float v17 = logf(sinf(((((uint8_t)((0x1.0000000000000p-1f) < v9)) ? ((0x1.0000000000000p+0f) - v9) : v9) * (0x1.921fb60000000p+1f))));
    const float v21 = b1[i1];
    const float v25 = b2[i1];
    const float v27 = (v25 + (0x1.01e8580000000p+1f));
    const float v33 = b3[i1];
    const float v35 = b4[i1];
    const float v37 = b5[i1];
    const float v39 = b6[i1];
    const float v41 = b7[i1];
    const float v43 = b8[i1];
    const float v45 = b9[i1];
    const float v47 = b10[i1];
    const float v50 = (((((v21 + (0x1.0000000000000p-1f)) - ((v21 + (0x1.e000000000000p+2f)) / v27)) * v27) + (0x1.d67f1c0000000p-1f)) + logf(((((((((v33 + (0x1.0000000000000p+0f)) + v35) + v37) + v39) + v41) + v43) + v45) + v47)));
    b11[i1] = (((uint8_t)(v3 == INFINITY)) ? INFINITY : (((uint8_t)(v2 < (0x1.0000000000000p-1f))) ? (((uint8_t)isfinite(v17)) ? (((0x1.250d040000000p+0f) - v17) - v50) : (-v17)) : v50));
  }
}

__attribute__((noinline)) static void k_fusion_63(const float *restrict b0, uint8_t *restrict b1, uint8_t *restrict b2, float *restrict b3, uint8_t *restrict b4, uint8_t *restrict b5, float *restrict b6, float *restrict b7) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 13; i1++) {
    const float v2 = b0[i1];
    const float v3 = fabsf(v2);
    const float v8 = (v2 * v2);
    const float v9 = (-v8);
    b1[i1] = ((uint8_t)(v3 < (0x1.0000000000000p+0f)));
    b2[i1] = ((uint8_t)(v2 < (0x0.0p+0f)));
    b3[i1] = (hlox_expf(v9) * ((0x1.0000000000000p+0f) / v3));
    b4[i1] = ((uint8_t)(v3 < (0x1.0000000000000p+1f)));
    b5[i1] = ((uint8_t)(v9 < (-0x1.62e4300000000p+6f)));
    b6[i1] = ((0x1.0000000000000p+0f) - (v2 * ((((((((((((v8 * (0x1.496a320000000p-14f)) + (-0x1.a3f7000000000p-11f)) * v8) + (0x1.5405b20000000p-8f)) * v8) + (-0x1.b7f90e0000000p-6f)) * v8) + (0x1.ce2cf80000000p-4f)) * v8) + (-0x1.81273e0000000p-2f)) * v8) + (0x1.20dd740000000p+0f))));
    b7[i1] = v8;
  }
}

__attribute__((noinline)) static void k_fusion_48(const float *restrict b0, float *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 13; i1++) {
    const float v3 = b0[i1];
    const float v4 = ((0x1.0000000000000p+0f) / v3);
    b1[i1] = ((v4 * (0x1.7d39e80000000p-6f)) + (-0x1.1c10d00000000p-3f));
    b2[i1] = v4;
  }
}

__attribute__((noinline)) static void k_fusion_44(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 13; i1++) {
    b0[i1] = (0x0.0p+0f);
  }
}

__attribute__((noinline)) static void k_fusion_42(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 13; i1++) {
    b0[i1] = (0x1.0000000000000p+1f);
  }
}

__attribute__((noinline)) static void k_fusion_36(const float *restrict b0, const float *restrict b1, const uint8_t *restrict b2, const float *restrict b3, const uint8_t *restrict b4, const float *restrict b5, const float *restrict b6, const uint8_t *restrict b7, const uint8_t *restrict b8, const float *restrict b9, float *restrict b10) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 13; i1++) {
    const float v2 = b0[i1];
    const float v3 = b1[i1];
    const uint8_t v47 = b2[i1];
    const float v49 = b3[i1];
    const uint8_t v51 = b4[i1];
    const float v52 = b5[i1];
    const float v53 = (v51 ? v52 : (v49 * (v47 ? ((((((((((((((v2 * v3) + (0x1.7997a00000000p-2f)) * v3) + (-0x1.2a39f00000000p-1f)) * v3) + (0x1.3df3c60000000p-1f)) * v3) + (-0x1.fa51800000000p-2f)) * v3) + (0x1.5ca8e20000000p-2f)) * v3) + (-0x1.18b1000000000p-2f)) * v3) + (0x1.20adcc0000000p-1f)) : ((((((((((((((v3 * (-0x1.4f49060000000p+3f)) + (0x1.9f45380000000p+3f)) * v3) + (-0x1.dfb6940000000p+2f)) * v3) + (0x1.75e3f40000000p+1f)) * v3) + (-0x1.03e86c0000000p+0f)) * v3) + (0x1.aff87c0000000p-2f)) * v3) + (-0x1.20d8ba0000000p-2f)) * v3) + (0x1.20dd720000000p-1f)))));
    const float v54 = b6[i1];
    const uint8_t v56 = b7[i1];
    const uint8_t v58 = b8[i1];
    const float v59 = b9[i1];
    b10[i1] = (v58 ? v59 : (v56 ? (v54 - v53) : v53));
  }
}

__attribute__((noinline)) static void k_fusion_69(const float *restrict b0, float *restrict b1, uint8_t *restrict b2, float *restrict b3, float *restrict b4, uint8_t *restrict b5, float *restrict b6, float *restrict b7) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 13; i1++) {
    const float v2 = b0[i1];
    const float v4 = (v2 / (0x1.0000000000000p+2f));
    const float v8 = (-log1pf((v4 * (-v4))));
    const uint8_t v10 = ((uint8_t)(v8 < (0x1.4000000000000p+2f)));
    b1[i1] = (v10 ? (0x1.805c5e0000000p+0f) : (0x1.6a9efc0000000p+1f));
    b2[i1] = v10;
    b3[i1] = v8;
    b4[i1] = (v4 * INFINITY);
    b5[i1] = ((uint8_t)(fabsf(v4) == (0x1.0000000000000p+0f)));
    b6[i1] = v4;
    b7[i1] = erff(v2);
  }
}

__attribute__((noinline)) static void k_fusion_29(float *restrict b0) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 13; i1++) {
    b0[i1] = (0x1.f91ec60000000p-3f);
  }
}

__attribute__((noinline)) static void k_fusion_28(const uint8_t *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, const uint8_t *restrict b5, const float *restrict b6, float *restrict b7) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 13; i1++) {
    const uint8_t v2 = b0[i1];
    const float v3 = b1[i1];
    const float v27 = b2[i1];
    const float v33 = (v2 ? (v27 - (0x1.4000000000000p+1f)) : (sqrtf(v27) - (0x1.8000000000000p+1f)));
    const float v49 = b3[i1];
    const float v51 = b4[i1];
    const uint8_t v53 = b5[i1];
    const float v54 = b6[i1];
    b7[i1] = (v53 ? v54 : ((v49 + (((v2 ? v3 : (0x1.006db60000000p+0f)) + (((v2 ? (-0x1.11c9de0000000p-8f) : (0x1.354afc0000000p-7f)) + (((v2 ? (-0x1.48a8100000000p-10f) : (-0x1.f38bae0000000p-8f)) + (((v2 ? (0x1.ca65b60000000p-13f) : (0x1.7824f60000000p-8f)) + (((v2 ? (-0x1.26b5820000000p-18f) : (-0x1.e17bce0000000p-9f)) + (((v2 ? (-0x1.d8e6ae0000000p-19f) : (0x1.61b8e40000000p-10f)) + (((v2 ? (0x1.70966c0000000p-22f) : (0x1.a76ad60000000p-14f)) + ((v2 ? (0x1.e2cb100000000p-26f) : (-0x1.a3e1360000000p-13f)) * v33)) * v33)) * v33)) * v33)) * v33)) * v33)) * v33)) * v33)) * v51));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_76(((float *)params[1]), ((float *)results[0]), ((float *)results[1]), ((float *)results[2]), ((float *)A), ((float *)(A + 32)), ((float *)(A + 64)), ((float *)(A + 96)), ((float *)(A + 128)), ((float *)(A + 160)), ((float *)(A + 192)), ((float *)(A + 224)), ((float *)(A + 256)));
  k_fusion_71(((float *)(A + 256)), ((float *)(A + 288)), ((float *)(A + 320)), ((float *)(A + 352)), ((float *)(A + 384)), ((float *)(A + 416)), ((float *)(A + 448)));
  k_fusion_26(((float *)params[1]), ((uint8_t *)((char *)results[0] + 32)));
  k_fusion_20(((float *)(A + 480)));
  k_fusion_17(((float *)(A + 512)));
  k_fusion_14(((float *)(A + 544)));
  k_fusion_11(((float *)(A + 576)));
  k_fusion_8(((float *)(A + 608)));
  k_fusion_27(((float *)(A + 640)));
  k_fusion_25(((float *)(A + 672)));
  k_fusion(((float *)params[1]), ((float *)(A + 128)), ((float *)(A + 480)), ((float *)(A + 96)), ((float *)(A + 512)), ((float *)(A + 64)), ((float *)(A + 544)), ((float *)(A + 32)), ((float *)(A + 576)), ((float *)A), ((float *)(A + 608)), ((float *)(A + 256)), ((float *)(A + 288)), ((float *)results[2]), ((float *)results[1]), ((float *)results[0]), ((float *)(A + 160)), ((float *)(A + 224)), ((float *)(A + 640)), ((float *)(A + 672)), ((uint8_t *)((char *)results[0] + 32)), ((float *)results[4]));
  k_fusion_1(((float *)params[1]), ((float *)(A + 256)), ((float *)(A + 192)), ((float *)(A + 320)), ((float *)(A + 352)), ((float *)(A + 384)), ((float *)(A + 416)), ((float *)(A + 448)), ((float *)results[2]), ((float *)results[1]), ((float *)results[0]), ((float *)results[3]));
  k_fusion_63(((float *)params[0]), ((uint8_t *)results[0]), ((uint8_t *)((char *)results[0] + 13)), ((float *)A), ((uint8_t *)((char *)results[0] + 26)), ((uint8_t *)((char *)results[0] + 39)), ((float *)(A + 64)), ((float *)(A + 128)));
  k_fusion_48(((float *)(A + 128)), ((float *)(A + 192)), ((float *)(A + 256)));
  k_fusion_44(((float *)(A + 128)));
  k_fusion_42(((float *)(A + 320)));
  k_fusion_36(((float *)(A + 192)), ((float *)(A + 256)), ((uint8_t *)((char *)results[0] + 26)), ((float *)A), ((uint8_t *)((char *)results[0] + 39)), ((float *)(A + 128)), ((float *)(A + 320)), ((uint8_t *)((char *)results[0] + 13)), ((uint8_t *)results[0]), ((float *)(A + 64)), ((float *)results[1]));
  k_fusion_69(((float *)params[0]), ((float *)A), ((uint8_t *)results[0]), ((float *)(A + 64)), ((float *)(A + 128)), ((uint8_t *)((char *)results[0] + 13)), ((float *)(A + 192)), ((float *)(A + 256)));
  k_fusion_29(((float *)(A + 320)));
  k_fusion_28(((uint8_t *)results[0]), ((float *)(A + 320)), ((float *)(A + 64)), ((float *)A), ((float *)(A + 192)), ((uint8_t *)((char *)results[0] + 13)), ((float *)(A + 128)), ((float *)results[2]));
  memcpy(((float *)results[0]), ((float *)(A + 256)), 52);
  return 0;
}
