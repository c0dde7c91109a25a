
static const int32_t hlox_const0[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};
static const uint32_t hlox_const1[4] __attribute__((aligned(64))) = {((uint32_t)0xdull), ((uint32_t)0xfull), ((uint32_t)0x1aull), ((uint32_t)0x6ull)};
static const uint32_t hlox_const2[4] __attribute__((aligned(64))) = {((uint32_t)0x11ull), ((uint32_t)0x1dull), ((uint32_t)0x10ull), ((uint32_t)0x18ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_39(const uint32_t *restrict b0, uint32_t *restrict b1, uint32_t *restrict b2, uint32_t *restrict b3) {
  const uint32_t v1 = b0[0];
  const uint32_t v2 = b0[1];
  b1[0] = v1;
  b2[0] = v2;
  b3[0] = ((uint32_t)(((uint32_t)(v1 ^ v2)) ^ ((uint32_t)0x1bd11bdaull)));
}

__attribute__((noinline)) static void k_fusion_35(const uint32_t *restrict b0, uint32_t *restrict b1, uint32_t *restrict b2) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 2; i1++) {
    const uint64_t v3 = ((uint64_t)((int64_t)i1));
    const uint32_t v7 = b0[0];
    const uint32_t v10 = b0[1];
    b1[i1] = ((uint32_t)((uint32_t)((uint32_t)hlox_shrl_u64(v3, ((uint64_t)0x20ull))) + (uint32_t)v7));
    b2[i1] = ((uint32_t)((uint32_t)((uint32_t)v3) + (uint32_t)v10));
  }
}

__attribute__((noinline)) static void k_fusion_29(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v1 = b0[0];
  b1[0] = ((uint8_t)(v1 < ((int32_t)0x5ull)));
}

__attribute__((noinline)) static void k_fusion_30(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, const int32_t *restrict b4, uint32_t *restrict b5) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 2; i1++) {
    const uint32_t v2 = b0[i1];
    const uint32_t v3 = b1[i1];
    const uint32_t v4 = ((uint32_t)((uint32_t)v2 + (uint32_t)v3));
    const uint32_t v5 = b2[0];
    const uint32_t v11 = ((uint32_t)(v4 ^ ((uint32_t)(hlox_shl_u32(v3, v5) | hlox_shrl_u32(v3, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v5)))))));
    const uint32_t v12 = ((uint32_t)((uint32_t)v4 + (uint32_t)v11));
    const uint32_t v13 = b2[1];
    const uint32_t v18 = ((uint32_t)(v12 ^ ((uint32_t)(hlox_shl_u32(v11, v13) | hlox_shrl_u32(v11, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v13)))))));
    const uint32_t v19 = ((uint32_t)((uint32_t)v12 + (uint32_t)v18));
    const uint32_t v20 = b2[2];
    const uint32_t v25 = ((uint32_t)(v19 ^ ((uint32_t)(hlox_shl_u32(v18, v20) | hlox_shrl_u32(v18, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v20)))))));
    const uint32_t v27 = b2[3];
    const uint32_t v33 = b3[0];
    const int32_t v35 = b4[0];
    b5[i1] = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(((uint32_t)((uint32_t)v19 + (uint32_t)v25)) ^ ((uint32_t)(hlox_shl_u32(v25, v27) | hlox_shrl_u32(v25, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v27))))))) + (uint32_t)v33)) + (uint32_t)((uint32_t)((int32_t)((uint32_t)v35 + (uint32_t)((int32_t)0x1ull))))));
  }
}

__attribute__((noinline)) static void k_fusion_31(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, uint32_t *restrict b4) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 2; i1++) {
    const uint32_t v2 = b0[i1];
    const uint32_t v3 = b1[i1];
    const uint32_t v4 = ((uint32_t)((uint32_t)v2 + (uint32_t)v3));
    const uint32_t v5 = b2[0];
    const uint32_t v11 = ((uint32_t)(v4 ^ ((uint32_t)(hlox_shl_u32(v3, v5) | hlox_shrl_u32(v3, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v5)))))));
    const uint32_t v12 = ((uint32_t)((uint32_t)v4 + (uint32_t)v11));
    const uint32_t v13 = b2[1];
    const uint32_t v18 = ((uint32_t)(v12 ^ ((uint32_t)(hlox_shl_u32(v11, v13) | hlox_shrl_u32(v11, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v13)))))));
    const uint32_t v19 = ((uint32_t)((uint32_t)v12 + (uint32_t)v18));
    const uint32_t v20 = b2[2];
    const uint32_t v27 = b3[0];
    b4[i1] = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v19 + (uint32_t)((uint32_t)(v19 ^ ((uint32_t)(hlox_shl_u32(v18, v20) | hlox_shrl_u32(v18, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v20))))))))) + (uint32_t)v27));
  }
}

__attribute__((noinline)) static void k_fusion_46(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2, int32_t *restrict b3) {
  const int32_t v1 = b0[0];
  const int32_t v4 = b1[0];
  b2[0] = ((int32_t)((uint32_t)v1 + (uint32_t)((int32_t)0x1ull)));
  b3[0] = ((int32_t)((uint32_t)v4 + (uint32_t)((int32_t)0x1ull)));
}

__attribute__((noinline)) static void k_fusion_43(const uint32_t *restrict b0, const uint32_t *restrict b1, uint32_t *restrict b2, uint32_t *restrict b3, uint32_t *restrict b4, uint32_t *restrict b5, uint32_t *restrict b6, uint32_t *restrict b7) {
  const uint32_t v1 = b0[1];
  const uint32_t v2 = b1[1];
  const uint32_t v6 = b1[0];
  const uint32_t v7 = b0[0];
  b2[0] = v1;
  b3[0] = ((uint32_t)(((uint32_t)(v2 ^ v1)) ^ ((uint32_t)0x1bd11bdaull)));
  b4[0] = v2;
  b5[0] = ((uint32_t)(((uint32_t)(v6 ^ v7)) ^ ((uint32_t)0x1bd11bdaull)));
  b6[0] = v6;
  b7[0] = v7;
}

__attribute__((noinline)) static void k_fusion_41(const uint32_t *restrict b0, const uint32_t *restrict b1, uint32_t *restrict b2, uint32_t *restrict b3) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const uint64_t v3 = ((uint64_t)((int64_t)i1));
    const uint32_t v7 = b0[1];
    const uint32_t v10 = b1[1];
    b2[i1] = ((uint32_t)((uint32_t)((uint32_t)hlox_shrl_u64(v3, ((uint64_t)0x20ull))) + (uint32_t)v7));
    b3[i1] = ((uint32_t)((uint32_t)((uint32_t)v3) + (uint32_t)v10));
  }
}

__attribute__((noinline)) static void k_fusion_19(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v1 = b0[0];
  b1[0] = ((uint8_t)(v1 < ((int32_t)0x5ull)));
}

__attribute__((noinline)) static void k_fusion_20(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, const int32_t *restrict b4, uint32_t *restrict b5) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const uint32_t v2 = b0[i1];
    const uint32_t v3 = b1[i1];
    const uint32_t v4 = ((uint32_t)((uint32_t)v2 + (uint32_t)v3));
    const uint32_t v5 = b2[0];
    const uint32_t v11 = ((uint32_t)(v4 ^ ((uint32_t)(hlox_shl_u32(v3, v5) | hlox_shrl_u32(v3, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v5)))))));
    const uint32_t v12 = ((uint32_t)((uint32_t)v4 + (uint32_t)v11));
    const uint32_t v13 = b2[1];
    const uint32_t v18 = ((uint32_t)(v12 ^ ((uint32_t)(hlox_shl_u32(v11, v13) | hlox_shrl_u32(v11, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v13)))))));
    const uint32_t v19 = ((uint32_t)((uint32_t)v12 + (uint32_t)v18));
    const uint32_t v20 = b2[2];
    const uint32_t v25 = ((uint32_t)(v19 ^ ((uint32_t)(hlox_shl_u32(v18, v20) | hlox_shrl_u32(v18, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v20)))))));
    const uint32_t v27 = b2[3];
    const uint32_t v33 = b3[0];
    const int32_t v35 = b4[0];
    b5[i1] = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(((uint32_t)((uint32_t)v19 + (uint32_t)v25)) ^ ((uint32_t)(hlox_shl_u32(v25, v27) | hlox_shrl_u32(v25, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v27))))))) + (uint32_t)v33)) + (uint32_t)((uint32_t)((int32_t)((uint32_t)v35 + (uint32_t)((int32_t)0x1ull))))));
  }
}

__attribute__((noinline)) static void k_fusion_21(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, uint32_t *restrict b4) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const uint32_t v2 = b0[i1];
    const uint32_t v3 = b1[i1];
    const uint32_t v4 = ((uint32_t)((uint32_t)v2 + (uint32_t)v3));
    const uint32_t v5 = b2[0];
    const uint32_t v11 = ((uint32_t)(v4 ^ ((uint32_t)(hlox_shl_u32(v3, v5) | hlox_shrl_u32(v3, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v5)))))));
    const uint32_t v12 = ((uint32_t)((uint32_t)v4 + (uint32_t)v11));
    const uint32_t v13 = b2[1];
    const uint32_t v18 = ((uint32_t)(v12 ^ ((uint32_t)(hlox_shl_u32(v11, v13) | hlox_shrl_u32(v11, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v13)))))));
    const uint32_t v19 = ((uint32_t)((uint32_t)v12 + (uint32_t)v18));
    const uint32_t v20 = b2[2];
    const uint32_t v27 = b3[0];
    b4[i1] = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v19 + (uint32_t)((uint32_t)(v19 ^ ((uint32_t)(hlox_shl_u32(v18, v20) | hlox_shrl_u32(v18, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v20))))))))) + (uint32_t)v27));
  }
}

__attribute__((noinline)) static void k_fusion_44(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2, int32_t *restrict b3) {
  const int32_t v1 = b0[0];
  const int32_t v4 = b1[0];
  b2[0] = ((int32_t)((uint32_t)v1 + (uint32_t)((int32_t)0x1ull)));
  b3[0] = ((int32_t)((uint32_t)v4 + (uint32_t)((int32_t)0x1ull)));
}

__attribute__((noinline)) static void k_fusion_1(const uint32_t *restrict b0, const uint32_t *restrict b1, uint32_t *restrict b2) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const uint32_t v2 = b0[i1];
    const uint32_t v3 = b1[i1];
    b2[i1] = ((uint32_t)(hlox_shrl_u32(((uint32_t)(v2 ^ v3)), ((uint32_t)0x9ull)) | ((uint32_t)0x3f800000ull)));
  }
}

__attribute__((noinline)) static void k_bitcast_convert_type_6(const uint32_t *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const uint32_t v2 = b0[i1];
    uint32_t bc3_in = v2; float bc3_out; memcpy(&bc3_out, &bc3_in, sizeof bc3_out);
    const float bc3 = bc3_out;
    b1[i1] = bc3;
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const float v2 = b0[i1];
    b1[i1] = hlox_maxf((0x0.0p+0f), ((v2 - (0x1.0000000000000p+0f)) + (0x0.0p+0f)));
  }
}

__attribute__((noinline)) static void k_fusion_37(const uint32_t *restrict b0, const uint32_t *restrict b1, uint32_t *restrict b2, uint32_t *restrict b3) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const uint64_t v9 = ((uint64_t)((uint64_t)((uint64_t)((uint64_t)((uint64_t)((int64_t)i1)) * (uint64_t)((uint64_t)0x4ull))) + (uint64_t)((uint64_t)((int64_t)i2))));
      const uint32_t v13 = b0[0];
      const uint32_t v16 = b1[0];
      const int64_t t19 = ((i1 * 4) + i2);
      b2[t19] = ((uint32_t)((uint32_t)((uint32_t)hlox_shrl_u64(v9, ((uint64_t)0x20ull))) + (uint32_t)v13));
      b3[t19] = ((uint32_t)((uint32_t)((uint32_t)v9) + (uint32_t)v16));
    }
  }
}

__attribute__((noinline)) static void k_fusion_24(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v1 = b0[0];
  b1[0] = ((uint8_t)(v1 < ((int32_t)0x5ull)));
}

__attribute__((noinline)) static void k_fusion_25(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, const int32_t *restrict b4, uint32_t *restrict b5) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const int64_t t4 = ((i1 * 4) + i2);
      const uint32_t v5 = b0[t4];
      const uint32_t v6 = b1[t4];
      const uint32_t v7 = ((uint32_t)((uint32_t)v5 + (uint32_t)v6));
      const uint32_t v8 = b2[0];
      const uint32_t v14 = ((uint32_t)(v7 ^ ((uint32_t)(hlox_shl_u32(v6, v8) | hlox_shrl_u32(v6, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v8)))))));
      const uint32_t v15 = ((uint32_t)((uint32_t)v7 + (uint32_t)v14));
      const uint32_t v16 = b2[1];
      const uint32_t v21 = ((uint32_t)(v15 ^ ((uint32_t)(hlox_shl_u32(v14, v16) | hlox_shrl_u32(v14, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v16)))))));
      const uint32_t v22 = ((uint32_t)((uint32_t)v15 + (uint32_t)v21));
      const uint32_t v23 = b2[2];
      const uint32_t v28 = ((uint32_t)(v22 ^ ((uint32_t)(hlox_shl_u32(v21, v23) | hlox_shrl_u32(v21, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v23)))))));
      const uint32_t v30 = b2[3];
      const uint32_t v36 = b3[0];
      const int32_t v38 = b4[0];
      b5[t4] = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(((uint32_t)((uint32_t)v22 + (uint32_t)v28)) ^ ((uint32_t)(hlox_shl_u32(v28, v30) | hlox_shrl_u32(v28, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v30))))))) + (uint32_t)v36)) + (uint32_t)((uint32_t)((int32_t)((uint32_t)v38 + (uint32_t)((int32_t)0x1ull))))));
    }
  }
}

__attribute__((noinline)) static void k_fusion_26(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, uint32_t *restrict b4) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const int64_t t4 = ((i1 * 4) + i2);
      const uint32_t v5 = b0[t4];
      const uint32_t v6 = b1[t4];
      const uint32_t v7 = ((uint32_t)((uint32_t)v5 + (uint32_t)v6));
      const uint32_t v8 = b2[0];
      const uint32_t v14 = ((uint32_t)(v7 ^ ((uint32_t)(hlox_shl_u32(v6, v8) | hlox_shrl_u32(v6, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v8)))))));
      const uint32_t v15 = ((uint32_t)((uint32_t)v7 + (uint32_t)v14));
      const uint32_t v16 = b2[1];
      const uint32_t v21 = ((uint32_t)(v15 ^ ((uint32_t)(hlox_shl_u32(v14, v16) | hlox_shrl_u32(v14, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v16)))))));
      const uint32_t v22 = ((uint32_t)((uint32_t)v15 + (uint32_t)v21));
      const uint32_t v23 = b2[2];
      const uint32_t v30 = b3[0];
      b4[t4] = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v22 + (uint32_t)((uint32_t)(v22 ^ ((uint32_t)(hlox_shl_u32(v21, v23) | hlox_shrl_u32(v21, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v23))))))))) + (uint32_t)v30));
    }
  }
}

__attribute__((noinline)) static void k_fusion_45(const int32_t *restrict b0, const int32_t *restrict b1, int32_t *restrict b2, int32_t *restrict b3) {
  const int32_t v1 = b0[0];
  const int32_t v4 = b1[0];
  b2[0] = ((int32_t)((uint32_t)v1 + (uint32_t)((int32_t)0x1ull)));
  b3[0] = ((int32_t)((uint32_t)v4 + (uint32_t)((int32_t)0x1ull)));
}

__attribute__((noinline)) static void k_fusion_8(const uint32_t *restrict b0, const uint32_t *restrict b1, uint32_t *restrict b2) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const int64_t t4 = ((i1 * 4) + i2);
      const uint32_t v5 = b0[t4];
      const uint32_t v6 = b1[t4];
      b2[t4] = ((uint32_t)(hlox_shrl_u32(((uint32_t)(v5 ^ v6)), ((uint32_t)0x9ull)) | ((uint32_t)0x3f800000ull)));
    }
  }
}

__attribute__((noinline)) static void k_bitcast_convert_type_5(const uint32_t *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const int64_t t4 = ((i1 * 4) + i2);
      const uint32_t v5 = b0[t4];
      uint32_t bc6_in = v5; float bc6_out; memcpy(&bc6_out, &bc6_in, sizeof bc6_out);
      const float bc6 = bc6_out;
      b1[t4] = bc6;
    }
  }
}

__attribute__((noinline)) static void k_fusion_7(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const int64_t t4 = ((i1 * 4) + i2);
      const float v5 = b0[t4];
      const float v12 = hlox_maxf((-0x1.fffffe0000000p-1f), (((v5 - (0x1.0000000000000p+0f)) * (0x1.0000000000000p+1f)) + (-0x1.fffffe0000000p-1f)));
      const float v20 = (-log1pf((v12 * (-v12))));
      const uint8_t v22 = ((uint8_t)(v20 < (0x1.4000000000000p+2f)));
      const float v55 = (v22 ? (v20 - (0x1.4000000000000p+1f)) : (sqrtf(v20) - (0x1.8000000000000p+1f)));
      b1[t4] = ((((uint8_t)(fabsf(v12) == (0x1.0000000000000p+0f))) ? (v12 * INFINITY) : (((v22 ? (0x1.805c5e0000000p+0f) : (0x1.6a9efc0000000p+1f)) + (((v22 ? (0x1.f91ec60000000p-3f) : (0x1.006db60000000p+0f)) + (((v22 ? (-0x1.11c9de0000000p-8f) : (0x1.354afc0000000p-7f)) + (((v22 ? (-0x1.48a8100000000p-10f) : (-0x1.f38bae0000000p-8f)) + (((v22 ? (0x1.ca65b60000000p-13f) : (0x1.7824f60000000p-8f)) + (((v22 ? (-0x1.26b5820000000p-18f) : (-0x1.e17bce0000000p-9f)) + (((v22 ? (-0x1.d8e6ae0000000p-19f) : (0x1.61b8e40000000p-10f)) + (((v22 ? (0x1.70966c0000000p-22f) : (0x1.a76ad60000000p-14f)) + ((v22 ? (0x1.e2cb100000000p-26f) : (-0x1.a3e1360000000p-13f)) * v55)) * v55)) * v55)) * v55)) * v55)) * v55)) * v55)) * v55)) * v12)) * (0x1.6a09e60000000p+0f));
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_39(((uint32_t *)params[0]), ((uint32_t *)((char *)results[1] + 16)), ((uint32_t *)((char *)results[0] + 32)), ((uint32_t *)((char *)results[0] + 36)));
  k_fusion_35(((uint32_t *)params[0]), ((uint32_t *)((char *)results[0] + 16)), ((uint32_t *)((char *)results[0] + 24)));
  memcpy(((int32_t *)A), ((int32_t *)hlox_const0), 4);
  memcpy(((int32_t *)(A + 4)), ((int32_t *)hlox_const0), 4);
  memcpy(((uint32_t *)(A + 112)), ((uint32_t *)((char *)results[0] + 16)), 8);
  memcpy(((uint32_t *)(A + 120)), ((uint32_t *)((char *)results[0] + 24)), 8);
  memcpy(((uint32_t *)(A + 8)), ((uint32_t *)((char *)results[0] + 32)), 4);
  memcpy(((uint32_t *)(A + 12)), ((uint32_t *)((char *)results[0] + 36)), 4);
  memcpy(((uint32_t *)(A + 16)), ((uint32_t *)((char *)results[1] + 16)), 4);
  memcpy(((uint32_t *)results[1]), ((uint32_t *)hlox_const1), 16);
  memcpy(((uint32_t *)results[0]), ((uint32_t *)hlox_const2), 16);
  for (;;) {
    k_fusion_29(((int32_t *)A), ((uint8_t *)((char *)results[1] + 16)));
    const uint8_t v20 = ((uint8_t *)((char *)results[1] + 16))[0];
    if (!v20) break;
    k_fusion_30(((uint32_t *)(A + 112)), ((uint32_t *)(A + 120)), ((uint32_t *)results[1]), ((uint32_t *)(A + 12)), ((int32_t *)(A + 4)), ((uint32_t *)((char *)results[0] + 48)));
    k_fusion_31(((uint32_t *)(A + 112)), ((uint32_t *)(A + 120)), ((uint32_t *)results[1]), ((uint32_t *)(A + 8)), ((uint32_t *)((char *)results[0] + 56)));
    k_fusion_46(((int32_t *)A), ((int32_t *)(A + 4)), ((int32_t *)((char *)results[1] + 16)), ((int32_t *)(A + 20)));
    memcpy(((uint32_t *)(A + 24)), ((uint32_t *)(A + 12)), 4);
    memcpy(((uint32_t *)(A + 28)), ((uint32_t *)(A + 16)), 4);
    memcpy(((uint32_t *)(A + 32)), ((uint32_t *)(A + 8)), 4);
    memcpy(((uint32_t *)((char *)results[0] + 16)), ((uint32_t *)results[0]), 16);
    memcpy(((uint32_t *)((char *)results[0] + 32)), ((uint32_t *)results[1]), 16);
    memcpy(((int32_t *)A), ((int32_t *)((char *)results[1] + 16)), 4);
    memcpy(((int32_t *)(A + 4)), ((int32_t *)(A + 20)), 4);
    memcpy(((uint32_t *)(A + 112)), ((uint32_t *)((char *)results[0] + 56)), 8);
    memcpy(((uint32_t *)(A + 120)), ((uint32_t *)((char *)results[0] + 48)), 8);
    memcpy(((uint32_t *)(A + 8)), ((uint32_t *)(A + 24)), 4);
    memcpy(((uint32_t *)(A + 12)), ((uint32_t *)(A + 28)), 4);
    memcpy(((uint32_t *)(A + 16)), ((uint32_t *)(A + 32)), 4);
    memcpy(((uint32_t *)results[1]), ((uint32_t *)((char *)results[0] + 16)), 16);
    memcpy(((uint32_t *)results[0]), ((uint32_t *)((char *)results[0] + 32)), 16);
  }
  k_fusion_43(((uint32_t *)(A + 120)), ((uint32_t *)(A + 112)), ((uint32_t *)((char *)results[1] + 16)), ((uint32_t *)(A + 80)), ((uint32_t *)(A + 84)), ((uint32_t *)(A + 224)), ((uint32_t *)(A + 228)), ((uint32_t *)(A + 232)));
  k_fusion_41(((uint32_t *)(A + 112)), ((uint32_t *)(A + 120)), ((uint32_t *)results[0]), ((uint32_t *)((char *)results[0] + 32)));
  memcpy(((int32_t *)(A + 128)), ((int32_t *)hlox_const0), 4);
  memcpy(((int32_t *)(A + 132)), ((int32_t *)hlox_const0), 4);
  memcpy(((uint32_t *)A), ((uint32_t *)results[0]), 20);
  memcpy(((uint32_t *)(A + 32)), ((uint32_t *)((char *)results[0] + 32)), 20);
  memcpy(((uint32_t *)(A + 136)), ((uint32_t *)((char *)results[1] + 16)), 4);
  memcpy(((uint32_t *)(A + 140)), ((uint32_t *)(A + 80)), 4);
  memcpy(((uint32_t *)(A + 144)), ((uint32_t *)(A + 84)), 4);
  memcpy(((uint32_t *)results[1]), ((uint32_t *)hlox_const1), 16);
  memcpy(((uint32_t *)(A + 64)), ((uint32_t *)hlox_const2), 16);
  for (;;) {
    k_fusion_19(((int32_t *)(A + 128)), ((uint8_t *)((char *)results[1] + 16)));
    const uint8_t v48 = ((uint8_t *)((char *)results[1] + 16))[0];
    if (!v48) break;
    k_fusion_20(((uint32_t *)A), ((uint32_t *)(A + 32)), ((uint32_t *)results[1]), ((uint32_t *)(A + 140)), ((int32_t *)(A + 132)), ((uint32_t *)results[0]));
    k_fusion_21(((uint32_t *)A), ((uint32_t *)(A + 32)), ((uint32_t *)results[1]), ((uint32_t *)(A + 136)), ((uint32_t *)((char *)results[0] + 32)));
    k_fusion_44(((int32_t *)(A + 128)), ((int32_t *)(A + 132)), ((int32_t *)((char *)results[1] + 16)), ((int32_t *)(A + 148)));
    memcpy(((uint32_t *)(A + 152)), ((uint32_t *)(A + 140)), 4);
    memcpy(((uint32_t *)(A + 156)), ((uint32_t *)(A + 144)), 4);
    memcpy(((uint32_t *)(A + 160)), ((uint32_t *)(A + 136)), 4);
    memcpy(((uint32_t *)(A + 80)), ((uint32_t *)(A + 64)), 16);
    memcpy(((uint32_t *)(A + 96)), ((uint32_t *)results[1]), 16);
    memcpy(((int32_t *)(A + 128)), ((int32_t *)((char *)results[1] + 16)), 4);
    memcpy(((int32_t *)(A + 132)), ((int32_t *)(A + 148)), 4);
    memcpy(((uint32_t *)A), ((uint32_t *)((char *)results[0] + 32)), 20);
    memcpy(((uint32_t *)(A + 32)), ((uint32_t *)results[0]), 20);
    memcpy(((uint32_t *)(A + 136)), ((uint32_t *)(A + 152)), 4);
    memcpy(((uint32_t *)(A + 140)), ((uint32_t *)(A + 156)), 4);
    memcpy(((uint32_t *)(A + 144)), ((uint32_t *)(A + 160)), 4);
    memcpy(((uint32_t *)results[1]), ((uint32_t *)(A + 80)), 16);
    memcpy(((uint32_t *)(A + 64)), ((uint32_t *)(A + 96)), 16);
  }
  k_fusion_1(((uint32_t *)A), ((uint32_t *)(A + 32)), ((uint32_t *)results[0]));
  k_bitcast_convert_type_6(((uint32_t *)results[0]), ((float *)((char *)results[0] + 32)));
  k_fusion(((float *)((char *)results[0] + 32)), ((float *)results[1]));
  k_fusion_37(((uint32_t *)(A + 112)), ((uint32_t *)(A + 120)), ((uint32_t *)results[0]), ((uint32_t *)A));
  memcpy(((int32_t *)(A + 256)), ((int32_t *)hlox_const0), 4);
  memcpy(((int32_t *)(A + 260)), ((int32_t *)hlox_const0), 4);
  memcpy(((uint32_t *)(A + 64)), ((uint32_t *)results[0]), 64);
  memcpy(((uint32_t *)(A + 128)), ((uint32_t *)A), 64);
  memcpy(((uint32_t *)(A + 264)), ((uint32_t *)(A + 232)), 4);
  memcpy(((uint32_t *)(A + 268)), ((uint32_t *)(A + 224)), 4);
  memcpy(((uint32_t *)(A + 272)), ((uint32_t *)(A + 228)), 4);
  memcpy(((uint32_t *)(A + 192)), ((uint32_t *)hlox_const1), 16);
  memcpy(((uint32_t *)(A + 208)), ((uint32_t *)hlox_const2), 16);
  for (;;) {
    k_fusion_24(((int32_t *)(A + 256)), ((uint8_t *)results[0]));
    const uint8_t v73 = ((uint8_t *)results[0])[0];
    if (!v73) break;
    k_fusion_25(((uint32_t *)(A + 64)), ((uint32_t *)(A + 128)), ((uint32_t *)(A + 192)), ((uint32_t *)(A + 268)), ((int32_t *)(A + 260)), ((uint32_t *)results[0]));
    k_fusion_26(((uint32_t *)(A + 64)), ((uint32_t *)(A + 128)), ((uint32_t *)(A + 192)), ((uint32_t *)(A + 264)), ((uint32_t *)A));
    k_fusion_45(((int32_t *)(A + 256)), ((int32_t *)(A + 260)), ((int32_t *)(A + 276)), ((int32_t *)(A + 280)));
    memcpy(((uint32_t *)(A + 284)), ((uint32_t *)(A + 268)), 4);
    memcpy(((uint32_t *)(A + 288)), ((uint32_t *)(A + 272)), 4);
    memcpy(((uint32_t *)(A + 292)), ((uint32_t *)(A + 264)), 4);
    memcpy(((uint32_t *)(A + 224)), ((uint32_t *)(A + 208)), 16);
    memcpy(((uint32_t *)(A + 240)), ((uint32_t *)(A + 192)), 16);
    memcpy(((int32_t *)(A + 256)), ((int32_t *)(A + 276)), 4);
    memcpy(((int32_t *)(A + 260)), ((int32_t *)(A + 280)), 4);
    memcpy(((uint32_t *)(A + 64)), ((uint32_t *)A), 64);
    memcpy(((uint32_t *)(A + 128)), ((uint32_t *)results[0]), 64);
    memcpy(((uint32_t *)(A + 264)), ((uint32_t *)(A + 284)), 4);
    memcpy(((uint32_t *)(A + 268)), ((uint32_t *)(A + 288)), 4);
    memcpy(((uint32_t *)(A + 272)), ((uint32_t *)(A + 292)), 4);
    memcpy(((uint32_t *)(A + 192)), ((uint32_t *)(A + 224)), 16);
    memcpy(((uint32_t *)(A + 208)), ((uint32_t *)(A + 240)), 16);
  }
  k_fusion_8(((uint32_t *)(A + 64)), ((uint32_t *)(A + 128)), ((uint32_t *)results[0]));
  k_bitcast_convert_type_5(((uint32_t *)results[0]), ((float *)A));
  k_fusion_7(((float *)A), ((float *)results[0]));
  return 0;
}
