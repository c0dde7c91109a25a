
static const float hlox_const0[1] __attribute__((aligned(64))) = {(-0x1.1bcb2a0000000p-3f)};
static const float hlox_const1[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_76(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3, float *restrict b4, float *restrict b5, float *restrict b6, float *restrict b7, float *restrict b8, float *restrict b9, float *restrict b10, float *restrict b11, float *restrict b12) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const float v5 = b0[i4];
    const float v11 = (((uint8_t)(v5 < (0x1.0000000000000p-1f))) ? (-v5) : (v5 - (0x1.0000000000000p+0f)));
    const float v35 = log1pf((v11 / (0x1.e000000000000p+2f)));
    b1[i4] = ((0x1.4355080000000p-23f) / (v11 + (0x1.0000000000000p+3f)));
    b2[i4] = ((0x1.4f05140000000p-17f) / (v11 + (0x1.c000000000000p+2f)));
    b3[i4] = ((-0x1.1bcb2a0000000p-3f) / (v11 + (0x1.8000000000000p+2f)));
    b4[i4] = (v11 + (0x1.4000000000000p+2f));
    b5[i4] = (v11 + (0x1.0000000000000p+2f));
    b6[i4] = (v11 + (0x1.8000000000000p+1f));
    b7[i4] = (v11 + (0x1.0000000000000p+1f));
    b8[i4] = (v11 + (0x1.0000000000000p+0f));
    b9[i4] = (v35 + (0x1.01e8580000000p+1f));
    b10[i4] = v35;
    b11[i4] = (v11 + (0x1.e000000000000p+2f));
    b12[i4] = v11;
  }
}

__attribute__((noinline)) static void k_fusion_71(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3, float *restrict b4, float *restrict b5, float *restrict b6) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const float v5 = b0[i4];
    const float v9 = ((0x1.52429c0000000p+9f) / (v5 + (0x1.0000000000000p+0f)));
    const float v14 = ((-0x1.3ac8e80000000p+10f) / (v5 + (0x1.0000000000000p+1f)));
    const float v19 = ((0x1.81a9660000000p+9f) / (v5 + (0x1.8000000000000p+1f)));
    const float v24 = ((-0x1.613ae60000000p+7f) / (v5 + (0x1.0000000000000p+2f)));
    const float v29 = ((0x1.903c280000000p+3f) / (v5 + (0x1.4000000000000p+2f)));
    b1[i4] = (((((v9 + (0x1.0000000000000p+0f)) + v14) + v19) + v24) + v29);
    b2[i4] = v9;
    b3[i4] = v14;
    b4[i4] = v19;
    b5[i4] = v24;
    b6[i4] = v29;
  }
}

__attribute__((noinline)) static void k_fusion_26(const float *restrict b0, uint8_t *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const float v5 = b0[i4];
    b1[i4] = ((uint8_t)(v5 < (0x1.0000000000000p-1f)));
  }
}

__attribute__((noinline)) static void k_fusion_20(float *restrict b0) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    b0[i4] = (0x1.52429c0000000p+9f);
  }
}

__attribute__((noinline)) static void k_fusion_17(float *restrict b0) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    b0[i4] = (-0x1.3ac8e80000000p+10f);
  }
}

__attribute__((noinline)) static void k_fusion_14(float *restrict b0) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    b0[i4] = (0x1.81a9660000000p+9f);
  }
}

__attribute__((noinline)) static void k_fusion_11(float *restrict b0) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    b0[i4] = (-0x1.613ae60000000p+7f);
  }
}

__attribute__((noinline)) static void k_fusion_8(float *restrict b0) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    b0[i4] = (0x1.903c280000000p+3f);
  }
}

__attribute__((noinline)) static void k_fusion_27(float *restrict b0) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    b0[i4] = (0x1.0000000000000p-1f);
  }
}

__attribute__((noinline)) static void k_fusion_25(float *restrict b0) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    b0[i4] = (0x1.921fb60000000p+1f);
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, const float *restrict b5, const float *restrict b6, const float *restrict b7, const float *restrict b8, const float *restrict b9, const float *restrict b10, const float *restrict b11, const float *restrict b12, const float *restrict b13, const float *restrict b14, const float *restrict b15, const float *restrict b16, const float *restrict b17, const float *restrict b18, const float *restrict b19, const uint8_t *restrict b20, float *restrict b21) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const float v5 = b0[i4];
    const float v7 = hlox_const1[0];
    const float v12 = b1[i4];
    const float v14 = b2[i4];
    const float v17 = b3[i4];
    const float v19 = b4[i4];
    const float v22 = b5[i4];
    const float v24 = b6[i4];
    const float v27 = b7[i4];
    const float v29 = b8[i4];
    const float v32 = b9[i4];
    const float v34 = b10[i4];
    const float v37 = b11[i4];
    const float v39 = (v37 + (0x1.8000000000000p+2f));
    const float v42 = hlox_const0[0];
    const float v46 = (v37 + (0x1.c000000000000p+2f));
    const float v52 = (v37 + (0x1.0000000000000p+3f));
    const float v57 = b12[i4];
    const float v58 = b13[i4];
    const float v60 = b14[i4];
    const float v62 = b15[i4];
    const float v65 = b16[i4];
    const float v67 = b17[i4];
    const float v69 = ((v65 + (((((((((v7 - (v14 / (v12 * v12))) - (v19 / (v17 * v17))) - (v24 / (v22 * v22))) - (v29 / (v27 * v27))) - (v34 / (v32 * v32))) - (v42 / (v39 * v39))) - ((0x1.4f05140000000p-17f) / (v46 * v46))) - ((0x1.4355080000000p-23f) / (v52 * v52))) / (((v57 + v58) + v60) + v62))) - ((0x1.c000000000000p+2f) / v67));
    const float v70 = b18[i4];
    const float v75 = b19[i4];
    const float v76 = ((v5 + fabsf(floorf((v5 + v70)))) * v75);
    const uint8_t v82 = b20[i4];
    b21[i4] = (((uint8_t)(((uint8_t)(v5 <= v7)) & ((uint8_t)(v5 == floorf(v5))))) ? NAN : (v82 ? (v69 - ((cosf(v76) * v75) / sinf(v76))) : v69));
  }
}

__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, const float *restrict b5, const float *restrict b6, const float *restrict b7, const float *restrict b8, const float *restrict b9, const float *restrict b10, float *restrict b11) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 6; i4++) {
    const float v5 = b0[i4];
    const float v6 = fabsf(v5);
    const float v12 = (v6 - floorf(v6));
    const float v20 = logf(sinf(((((uint8_t)((0x1.0000000000000p-1f) < v12)) ? ((0x1.0000000000000p+0f) - v12) : v12) * (0x1.921fb60000000p+1f))));
    const float v24 = b1[i4];
    const float v28 = b2[i4];
    const float v30 = (v28 + (0x1.01e8580000000p+1f));
    const float v36 = b3[i4];
    const float v38 = b4[i4];
    const float v40 = b5[i4];
    const float v42 = b6[i4];
    const float v44 = b7[i4];
    const float v46 = b8[i4];
    const float v48 = b9[i4];
    const float v50 = b10[i4];
    const float v53 = (((((v24 + (0x1.0000000000000p-1f)) - ((v24 + (0x1.e000000000000p+2f)) / v30)) * v30) + (0x1.d67f1c0000000p-1f)) + logf(((((((((v36 + (0x1.0000000000000p+0f)) + v38) + v40) + v42) + v44) + v46) + v48) + v50)));
    b11[i4] = (((uint8_t)(v6 == INFINITY)) ? INFINITY : (((uint8_t)(v5 < (0x1.0000000000000p-1f))) ? (((uint8_t)isfinite(v20)) ? (((0x1.250d040000000p+0f) - v20) - v53) : (-v20)) : v53));
  }
}

__attribute__((noinline)) static void k_fusion_63(const float *restrict b0, uint8_t *restrict b1, uint8_t *restrict b2, float *restrict b3, uint8_t *restrict b4, uint8_t *restrict b5, float *restrict b6, float *restrict b7) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 13; i4++) {
    const float v5 = b0[i4];
    const float v6 = fabsf(v5);
    const float v11 = (v5 * v5);
    const float v12 = (-v11);
    b1[i4] = ((uint8_t)(v6 < (0x1.0000000000000p+0f)));
    b2[i4] = ((uint8_t)(v5 < (0x0.0p+0f)));
    b3[i4] = (hlox_expf(v12) * ((0x1.0000000000000p+0f) / v6));
    b4[i4] = ((uint8_t)(v6 < (0x1.0000000000000p+1f)));
    b5[i4] = ((uint8_t)(v12 < (-0x1.62e4300000000p+6f)));
    b6[i4] = ((0x1.0000000000000p+0f) - (v5 * ((((((((((((v11 * (0x1.496a320000000p-14f)) + (-0x1.a3f7000000000p-11f)) * v11) + (0x1.5405b20000000p-8f)) * v11) + (-0x1.b7f90e0000000p-6f)) * v11) + (0x1.ce2cf80000000p-4f)) * v11) + (-0x1.81273e0000000p-2f)) * v11) + (0x1.20dd740000000p+0f))));
    b7[i4] = v11;
  }
}

__attribute__((noinline)) static void k_fusion_48(const float *restrict b0, float *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 13; i4++) {
    const float v6 = b0[i4];
    const float v7 = ((0x1.0000000000000p+0f) / v6);
    b1[i4] = ((v7 * (0x1.7d39e80000000p-6f)) + (-0x1.1c10d00000000p-3f));
    b2[i4] = v7;
  }
}

__attribute__((noinline)) static void k_fusion_44(float *restrict b0) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 13; i4++) {
    b0[i4] = (0x0.0p+0f);
  }
}

__attribute__((noinline)) static void k_fusion_42(float *restrict b0) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 13; i4++) {
    b0[i4] = (0x1.0000000000000p+1f);
  }
}

__attribute__((noinline)) static void k_fusion_36(const float *restrict b0, const float *restrict b1, const uint8_t *restrict b2, const float *restrict b3, const uint8_t *restrict b4, const float *restrict b5, const float *restrict b6, const uint8_t *restrict b7, const uint8_t *restrict b8, const float *restrict b9, float *restrict b10) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 13; i4++) {
    const float v5 = b0[i4];
    const float v6 = b1[i4];
    const uint8_t v50 = b2[i4];
    const float v52 = b3[i4];
    const uint8_t v54 = b4[i4];
    const float v55 = b5[i4];
    const float v56 = (v54 ? v55 : (v52 * (v50 ? ((((((((((((((v5 * v6) + (0x1.7997a00000000p-2f)) * v6) + (-0x1.2a39f00000000p-1f)) * v6) + (0x1.3df3c60000000p-1f)) * v6) + (-0x1.fa51800000000p-2f)) * v6) + (0x1.5ca8e20000000p-2f)) * v6) + (-0x1.18b1000000000p-2f)) * v6) + (0x1.20adcc0000000p-1f)) : ((((((((((((((v6 * (-0x1.4f49060000000p+3f)) + (0x1.9f45380000000p+3f)) * v6) + (-0x1.dfb6940000000p+2f)) * v6) + (0x1.75e3f40000000p+1f)) * v6) + (-0x1.03e86c0000000p+0f)) * v6) + (0x1.aff87c0000000p-2f)) * v6) + (-0x1.20d8ba0000000p-2f)) * v6) + (0x1.20dd720000000p-1f)))));
    const float v57 = b6[i4];
    const uint8_t v59 = b7[i4];
    const uint8_t v61 = b8[i4];
    const float v62 = b9[i4];
    b10[i4] = (v61 ? v62 : (v59 ? (v57 - v56) : v56));
  }
}

__attribute__((noinline)) static void k_fusion_69(const float *restrict b0, float *restrict b1, uint8_t *restrict b2, float *restrict b3, float *restrict b4, uint8_t *restrict b5, float *restrict b6, float *restrict b7) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 13; i4++) {
    const float v5 = b0[i4];
    const float v7 = (v5 / (0x1.0000000000000p+2f));
    const float v11 = (-log1pf((v7 * (-v7))));
    const uint8_t v13 = ((uint8_t)(v11 < (0x1.4000000000000p+2f)));
    b1[i4] = (v13 ? (0x1.805c5e0000000p+0f) : (0x1.6a9efc0000000p+1f));
    b2[i4] = v13;
    b3[i4] = v11;
    b4[i4] = (v7 * INFINITY);
    b5[i4] = ((uint8_t)(fabsf(v7) == (0x1.0000000000000p+0f)));
    b6[i4] = v7;
    b7[i4] = erff(v5);
  }
}

__attribute__((noinline)) static void k_fusion_29(float *restrict b0) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 13; i4++) {
    b0[i4] = (0x1.f91ec60000000p-3f);
  }
}

__attribute__((noinline)) static void k_fusion_28(const uint8_t *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, const uint8_t *restrict b5, const float *restrict b6, float *restrict b7) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 13; i4++) {
    const uint8_t v5 = b0[i4];
    const float v6 = b1[i4];
    const float v30 = b2[i4];
    const float v36 = (v5 ? (v30 - (0x1.4000000000000p+1f)) : (sqrtf(v30) - (0x1.8000000000000p+1f)));
    const float v52 = b3[i4];
    const float v54 = b4[i4];
    const uint8_t v56 = b5[i4];
    const float v57 = b6[i4];
    b7[i4] = (v56 ? v57 : ((v52 + (((v5 ? v6 : (0x1.006db60000000p+0f)) + (((v5 ? (-0x1.11c9de0000000p-8f) : (0x1.354afc0000000p-7f)) + (((v5 ? (-0x1.48a8100000000p-10f) : (-0x1.f38bae0000000p-8f)) + (((v5 ? (0x1.ca65b60000000p-13f) : (0x1.7824f60000000p-8f)) + (((v5 ? (-0x1.26b5820000000p-18f) : (-0x1.e17bce0000000p-9f)) + (((v5 ? (-0x1.d8e6ae0000000p-19f) : (0x1.61b8e40000000p-10f)) + (((v5 ? (0x1.70966c0000000p-22f) : (0x1.a76ad60000000p-14f)) + ((v5 ? (0x1.e2cb100000000p-26f) : (-0x1.a3e1360000000p-13f)) * v36)) * v36)) * v36)) * v36)) * v36)) * v36)) * v36)) * v36)) * v54));
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
