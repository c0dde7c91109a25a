

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_21(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3, float *restrict b4, float *restrict b5, float *restrict b6, float *restrict b7, float *restrict b8, float *restrict b9) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    const float v8 = (((uint8_t)(v2 < (0x1.0000000000000p-1f))) ? (-v2) : (v2 - (0x1.0000000000000p+0f)));
    b1[i1] = ((0x1.4f05140000000p-17f) / (v8 + (0x1.c000000000000p+2f)));
    b2[i1] = ((-0x1.1bcb2a0000000p-3f) / (v8 + (0x1.8000000000000p+2f)));
    b3[i1] = ((0x1.903c280000000p+3f) / (v8 + (0x1.4000000000000p+2f)));
    b4[i1] = ((-0x1.613ae60000000p+7f) / (v8 + (0x1.0000000000000p+2f)));
    b5[i1] = ((0x1.81a9660000000p+9f) / (v8 + (0x1.8000000000000p+1f)));
    b6[i1] = ((-0x1.3ac8e80000000p+10f) / (v8 + (0x1.0000000000000p+1f)));
    b7[i1] = ((0x1.52429c0000000p+9f) / (v8 + (0x1.0000000000000p+0f)));
    b8[i1] = log1pf((v8 / (0x1.e000000000000p+2f)));
    b9[i1] = v8;
  }
}

__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    b1[i1] = ((0x1.4355080000000p-23f) / (v2 + (0x1.0000000000000p+3f)));
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

__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, const float *restrict b5, const float *restrict b6, const float *restrict b7, const float *restrict b8, const float *restrict b9, const float *restrict b10, float *restrict b11) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 6; i1++) {
    const float v2 = b0[i1];
    const float v10 = b1[i1];
    const float v13 = b2[i1];
    const float v15 = (v13 + (0x1.0000000000000p+0f));
    const float v21 = (v13 + (0x1.0000000000000p+1f));
    const float v27 = (v13 + (0x1.8000000000000p+1f));
    const float v33 = (v13 + (0x1.0000000000000p+2f));
    const float v39 = (v13 + (0x1.4000000000000p+2f));
    const float v45 = (v13 + (0x1.8000000000000p+2f));
    const float v51 = (v13 + (0x1.c000000000000p+2f));
    const float v57 = (v13 + (0x1.0000000000000p+3f));
    const float v62 = b3[i1];
    const float v64 = b4[i1];
    const float v66 = b5[i1];
    const float v68 = b6[i1];
    const float v70 = b7[i1];
    const float v72 = b8[i1];
    const float v74 = b9[i1];
    const float v76 = b10[i1];
    const float v83 = (((v10 + (0x1.01e8580000000p+1f)) + ((((((((((0x0.0p+0f) - ((0x1.52429c0000000p+9f) / (v15 * v15))) - ((-0x1.3ac8e80000000p+10f) / (v21 * v21))) - ((0x1.81a9660000000p+9f) / (v27 * v27))) - ((-0x1.613ae60000000p+7f) / (v33 * v33))) - ((0x1.903c280000000p+3f) / (v39 * v39))) - ((-0x1.1bcb2a0000000p-3f) / (v45 * v45))) - ((0x1.4f05140000000p-17f) / (v51 * v51))) - ((0x1.4355080000000p-23f) / (v57 * v57))) / ((((((((v62 + (0x1.0000000000000p+0f)) + v64) + v66) + v68) + v70) + v72) + v74) + v76))) - ((0x1.c000000000000p+2f) / (v13 + (0x1.e000000000000p+2f))));
    const float v89 = ((v2 + fabsf(floorf((v2 + (0x1.0000000000000p-1f))))) * (0x1.921fb60000000p+1f));
    b11[i1] = (((uint8_t)(((uint8_t)(v2 <= (0x0.0p+0f))) & ((uint8_t)(v2 == floorf(v2))))) ? NAN : (((uint8_t)(v2 < (0x1.0000000000000p-1f))) ? (v83 - ((cosf(v89) * (0x1.921fb60000000p+1f)) / sinf(v89))) : v83));
  }
}

__attribute__((noinline)) static void k_erf_1(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 13; i1++) {
    const float v2 = b0[i1];
    b1[i1] = erff(v2);
  }
}

__attribute__((noinline)) static void k_fusion_13(const float *restrict b0, float *restrict b1) {
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

__attribute__((noinline)) static void k_fusion_12(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 13; i1++) {
    const float v2 = b0[i1];
    const float v4 = (v2 / (0x1.0000000000000p+2f));
    const float v13 = (-log1pf((v4 * (-v4))));
    const uint8_t v15 = ((uint8_t)(v13 < (0x1.4000000000000p+2f)));
    const float v48 = (v15 ? (v13 - (0x1.4000000000000p+1f)) : (sqrtf(v13) - (0x1.8000000000000p+1f)));
    b1[i1] = (((uint8_t)(fabsf(v4) == (0x1.0000000000000p+0f))) ? (v4 * INFINITY) : (((v15 ? (0x1.805c5e0000000p+0f) : (0x1.6a9efc0000000p+1f)) + (((v15 ? (0x1.f91ec60000000p-3f) : (0x1.006db60000000p+0f)) + (((v15 ? (-0x1.11c9de0000000p-8f) : (0x1.354afc0000000p-7f)) + (((v15 ? (-0x1.48a8100000000p-10f) : (-0x1.f38bae0000000p-8f)) + (((v15 ? (0x1.ca65b60000000p-13f) : (0x1.7824f60000000p-8f)) + (((v15 ? (-0x1.26b5820000000p-18f) : (-0x1.e17bce0000000p-9f)) + (((v15 ? (-0x1.d8e6ae0000000p-19f) : (0x1.61b8e40000000p-10f)) + (((v15 ? (0x1.70966c0000000p-22f) : (0x1.a76ad60000000p-14f)) + ((v15 ? (0x1.e2cb100000000p-26f) : (-0x1.a3e1360000000p-13f)) * v48)) * v48)) * v48)) * v48)) * v48)) * v48)) * v48)) * v48)) * v4));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_21(((float *)params[1]), ((float *)results[0]), ((float *)results[1]), ((float *)results[2]), ((float *)A), ((float *)(A + 32)), ((float *)(A + 64)), ((float *)(A + 96)), ((float *)(A + 128)), ((float *)(A + 160)));
  k_fusion_2(((float *)(A + 160)), ((float *)(A + 192)));
  k_fusion_1(((float *)params[1]), ((float *)(A + 160)), ((float *)(A + 128)), ((float *)(A + 96)), ((float *)(A + 64)), ((float *)(A + 32)), ((float *)A), ((float *)results[2]), ((float *)results[1]), ((float *)results[0]), ((float *)(A + 192)), ((float *)results[3]));
  k_fusion(((float *)params[1]), ((float *)(A + 128)), ((float *)(A + 160)), ((float *)(A + 96)), ((float *)(A + 64)), ((float *)(A + 32)), ((float *)A), ((float *)results[2]), ((float *)results[1]), ((float *)results[0]), ((float *)(A + 192)), ((float *)results[4]));
  k_erf_1(((float *)params[0]), ((float *)results[0]));
  k_fusion_13(((float *)params[0]), ((float *)results[1]));
  k_fusion_12(((float *)params[0]), ((float *)results[2]));
  return 0;
}
