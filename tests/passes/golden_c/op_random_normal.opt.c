
static const int32_t hlox_const0[1] __attribute__((aligned(64))) = {((int32_t)0x0ull)};
static const uint32_t hlox_const1[4] __attribute__((aligned(64))) = {((uint32_t)0xdull), ((uint32_t)0xfull), ((uint32_t)0x1aull), ((uint32_t)0x6ull)};
static const uint32_t hlox_const2[4] __attribute__((aligned(64))) = {((uint32_t)0x11ull), ((uint32_t)0x1dull), ((uint32_t)0x10ull), ((uint32_t)0x18ull)};
static const int32_t hlox_const3[1] __attribute__((aligned(64))) = {((int32_t)0x5ull)};
static const int32_t hlox_const4[1] __attribute__((aligned(64))) = {((int32_t)0x1ull)};
static const int32_t hlox_const5[1] __attribute__((aligned(64))) = {((int32_t)0x5ull)};
static const int32_t hlox_const6[1] __attribute__((aligned(64))) = {((int32_t)0x1ull)};
static const int32_t hlox_const7[1] __attribute__((aligned(64))) = {((int32_t)0x5ull)};
static const int32_t hlox_const8[1] __attribute__((aligned(64))) = {((int32_t)0x1ull)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_4(const uint32_t *restrict b0, uint32_t *restrict b1, uint32_t *restrict b2, uint32_t *restrict b3) {
  const uint32_t v2 = b0[0];
  const uint32_t v4 = b0[1];
  b1[0] = ((uint32_t)(((uint32_t)(v2 ^ v4)) ^ ((uint32_t)0x1bd11bdaull)));
  b2[0] = v2;
  b3[0] = v4;
}

__attribute__((noinline)) static void k_fusion(const uint32_t *restrict b0, uint32_t *restrict b1, uint32_t *restrict b2) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 2; i4++) {
    const uint64_t v6 = ((uint64_t)((int64_t)i4));
    const uint32_t v10 = b0[0];
    const uint32_t v13 = b0[1];
    b1[i4] = ((uint32_t)((uint32_t)((uint32_t)hlox_shrl_u64(v6, ((uint64_t)0x20ull))) + (uint32_t)v10));
    b2[i4] = ((uint32_t)((uint32_t)((uint32_t)v6) + (uint32_t)v13));
  }
}

__attribute__((noinline)) static void k_wrapped_compare(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v2 = b0[0];
  const int32_t v4 = hlox_const3[0];
  b1[0] = ((uint8_t)(v2 < v4));
}

__attribute__((noinline)) static void k_broadcast_add_fusion(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, const int32_t *restrict b4, uint32_t *restrict b5) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 2; i4++) {
    const uint32_t v5 = b0[i4];
    const uint32_t v6 = b1[i4];
    const uint32_t v7 = ((uint32_t)((uint32_t)v5 + (uint32_t)v6));
    const uint32_t v8 = b2[0];
    const uint32_t v14 = ((uint32_t)(v7 ^ ((uint32_t)(hlox_shl_u32(v6, v8) | hlox_shrl_u32(v6, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v8)))))));
    const uint32_t v15 = ((uint32_t)((uint32_t)v7 + (uint32_t)v14));
    const uint32_t v16 = b2[1];
    const uint32_t v21 = ((uint32_t)(v15 ^ ((uint32_t)(hlox_shl_u32(v14, v16) | hlox_shrl_u32(v14, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v16)))))));
    const uint32_t v22 = ((uint32_t)((uint32_t)v15 + (uint32_t)v21));
    const uint32_t v23 = b2[2];
    const uint32_t v28 = ((uint32_t)(v22 ^ ((uint32_t)(hlox_shl_u32(v21, v23) | hlox_shrl_u32(v21, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v23)))))));
    const uint32_t v31 = b2[3];
    const uint32_t v37 = b3[0];
    const int32_t v39 = b4[0];
    b5[i4] = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(((uint32_t)((uint32_t)v22 + (uint32_t)v28)) ^ ((uint32_t)(hlox_shl_u32(v28, v31) | hlox_shrl_u32(v28, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v31))))))) + (uint32_t)v37)) + (uint32_t)((uint32_t)((int32_t)((uint32_t)v39 + (uint32_t)((int32_t)0x1ull))))));
  }
}

__attribute__((noinline)) static void k_broadcast_add_fusion_1(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, uint32_t *restrict b4) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 2; i4++) {
    const uint32_t v5 = b0[i4];
    const uint32_t v6 = b1[i4];
    const uint32_t v7 = ((uint32_t)((uint32_t)v5 + (uint32_t)v6));
    const uint32_t v8 = b2[0];
    const uint32_t v14 = ((uint32_t)(v7 ^ ((uint32_t)(hlox_shl_u32(v6, v8) | hlox_shrl_u32(v6, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v8)))))));
    const uint32_t v15 = ((uint32_t)((uint32_t)v7 + (uint32_t)v14));
    const uint32_t v16 = b2[1];
    const uint32_t v21 = ((uint32_t)(v15 ^ ((uint32_t)(hlox_shl_u32(v14, v16) | hlox_shrl_u32(v14, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v16)))))));
    const uint32_t v22 = ((uint32_t)((uint32_t)v15 + (uint32_t)v21));
    const uint32_t v23 = b2[2];
    const uint32_t v30 = b3[0];
    b4[i4] = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v22 + (uint32_t)((uint32_t)(v22 ^ ((uint32_t)(hlox_shl_u32(v21, v23) | hlox_shrl_u32(v21, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v23))))))))) + (uint32_t)v30));
  }
}

__attribute__((noinline)) static void k_wrapped_add(const int32_t *restrict b0, int32_t *restrict b1) {
  const int32_t v2 = b0[0];
  const int32_t v4 = hlox_const4[0];
  b1[0] = ((int32_t)((uint32_t)v2 + (uint32_t)v4));
}

__attribute__((noinline)) static void k_bitcast_concatenate_fusion(const uint32_t *restrict b0, const uint32_t *restrict b1, uint32_t *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 2; i5++) {
      uint32_t g7;
      if ((i5 < 1)) {
        const uint32_t v8 = b0[i4];
        g7 = v8;
      } else {
        const int64_t t9 = (i5 - 1);
        const uint32_t v10 = b1[i4];
        g7 = v10;
      }
      b2[((i4 * 2) + i5)] = g7;
    }
  }
}

__attribute__((noinline)) static void k_broadcast_add_fusion_6(const uint32_t *restrict b0, uint32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 5; i4++) {
    const uint32_t v9 = b0[3];
    b1[i4] = ((uint32_t)((uint32_t)((uint32_t)((uint64_t)((int64_t)i4))) + (uint32_t)v9));
  }
}

__attribute__((noinline)) static void k_broadcast_add_fusion_7(const uint32_t *restrict b0, uint32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 5; i4++) {
    const uint32_t v10 = b0[1];
    b1[i4] = ((uint32_t)((uint32_t)((uint32_t)hlox_shrl_u64(((uint64_t)((int64_t)i4)), ((uint64_t)0x20ull))) + (uint32_t)v10));
  }
}

__attribute__((noinline)) static void k_fusion_7(const uint32_t *restrict b0, const uint32_t *restrict b1, uint32_t *restrict b2, uint32_t *restrict b3, uint32_t *restrict b4, uint32_t *restrict b5, uint32_t *restrict b6, uint32_t *restrict b7) {
  const uint32_t v2 = b0[0];
  const uint32_t v4 = b1[1];
  const uint32_t v8 = b0[1];
  const uint32_t v10 = b1[3];
  b2[0] = ((uint32_t)(((uint32_t)(v2 ^ v4)) ^ ((uint32_t)0x1bd11bdaull)));
  b3[0] = ((uint32_t)(((uint32_t)(v8 ^ v10)) ^ ((uint32_t)0x1bd11bdaull)));
  b4[0] = v8;
  b5[0] = v10;
  b6[0] = v4;
  b7[0] = v2;
}

__attribute__((noinline)) static void k_broadcast_add_fusion_9(const uint32_t *restrict b0, uint32_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 4; i5++) {
      const uint32_t v16 = b0[0];
      b1[((i4 * 4) + i5)] = ((uint32_t)((uint32_t)((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint64_t)((uint64_t)((int64_t)i4)) * (uint64_t)((uint64_t)0x4ull))) + (uint64_t)((uint64_t)((int64_t)i5)))), ((uint64_t)0x20ull))) + (uint32_t)v16));
    }
  }
}

__attribute__((noinline)) static void k_broadcast_add_fusion_8(const uint32_t *restrict b0, uint32_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 4; i5++) {
      const uint32_t v14 = b0[1];
      b1[((i4 * 4) + i5)] = ((uint32_t)((uint32_t)((uint32_t)((uint64_t)((uint64_t)((uint64_t)((uint64_t)((uint64_t)((int64_t)i4)) * (uint64_t)((uint64_t)0x4ull))) + (uint64_t)((uint64_t)((int64_t)i5))))) + (uint32_t)v14));
    }
  }
}

__attribute__((noinline)) static void k_wrapped_compare_1(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v2 = b0[0];
  const int32_t v4 = hlox_const5[0];
  b1[0] = ((uint8_t)(v2 < v4));
}

__attribute__((noinline)) static void k_broadcast_add_fusion_2(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, const int32_t *restrict b4, uint32_t *restrict b5) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 4; i5++) {
      const int64_t t7 = ((i4 * 4) + i5);
      const uint32_t v8 = b0[t7];
      const uint32_t v9 = b1[t7];
      const uint32_t v10 = ((uint32_t)((uint32_t)v8 + (uint32_t)v9));
      const uint32_t v11 = b2[0];
      const uint32_t v17 = ((uint32_t)(v10 ^ ((uint32_t)(hlox_shl_u32(v9, v11) | hlox_shrl_u32(v9, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v11)))))));
      const uint32_t v18 = ((uint32_t)((uint32_t)v10 + (uint32_t)v17));
      const uint32_t v19 = b2[1];
      const uint32_t v24 = ((uint32_t)(v18 ^ ((uint32_t)(hlox_shl_u32(v17, v19) | hlox_shrl_u32(v17, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v19)))))));
      const uint32_t v25 = ((uint32_t)((uint32_t)v18 + (uint32_t)v24));
      const uint32_t v27 = b2[2];
      const uint32_t v32 = ((uint32_t)(v25 ^ ((uint32_t)(hlox_shl_u32(v24, v27) | hlox_shrl_u32(v24, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v27)))))));
      const uint32_t v35 = b2[3];
      const uint32_t v41 = b3[0];
      const int32_t v43 = b4[0];
      b5[t7] = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(((uint32_t)((uint32_t)v25 + (uint32_t)v32)) ^ ((uint32_t)(hlox_shl_u32(v32, v35) | hlox_shrl_u32(v32, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v35))))))) + (uint32_t)v41)) + (uint32_t)((uint32_t)((int32_t)((uint32_t)v43 + (uint32_t)((int32_t)0x1ull))))));
    }
  }
}

__attribute__((noinline)) static void k_broadcast_add_fusion_3(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, uint32_t *restrict b4) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 4; i5++) {
      const int64_t t7 = ((i4 * 4) + i5);
      const uint32_t v8 = b0[t7];
      const uint32_t v9 = b1[t7];
      const uint32_t v10 = ((uint32_t)((uint32_t)v8 + (uint32_t)v9));
      const uint32_t v11 = b2[0];
      const uint32_t v17 = ((uint32_t)(v10 ^ ((uint32_t)(hlox_shl_u32(v9, v11) | hlox_shrl_u32(v9, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v11)))))));
      const uint32_t v18 = ((uint32_t)((uint32_t)v10 + (uint32_t)v17));
      const uint32_t v19 = b2[1];
      const uint32_t v24 = ((uint32_t)(v18 ^ ((uint32_t)(hlox_shl_u32(v17, v19) | hlox_shrl_u32(v17, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v19)))))));
      const uint32_t v25 = ((uint32_t)((uint32_t)v18 + (uint32_t)v24));
      const uint32_t v27 = b2[2];
      const uint32_t v34 = b3[0];
      b4[t7] = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v25 + (uint32_t)((uint32_t)(v25 ^ ((uint32_t)(hlox_shl_u32(v24, v27) | hlox_shrl_u32(v24, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v27))))))))) + (uint32_t)v34));
    }
  }
}

__attribute__((noinline)) static void k_wrapped_add_1(const int32_t *restrict b0, int32_t *restrict b1) {
  const int32_t v2 = b0[0];
  const int32_t v4 = hlox_const6[0];
  b1[0] = ((int32_t)((uint32_t)v2 + (uint32_t)v4));
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(const uint32_t *restrict b0, const uint32_t *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    #pragma omp simd
    for (int64_t i5 = 0; i5 < 4; i5++) {
      const int64_t t7 = ((i4 * 4) + i5);
      const uint32_t v8 = b0[t7];
      const uint32_t v9 = b1[t7];
      uint32_t bc15_in = ((uint32_t)(hlox_shrl_u32(((uint32_t)(v8 ^ v9)), ((uint32_t)0x9ull)) | ((uint32_t)0x3f800000ull))); float bc15_out; memcpy(&bc15_out, &bc15_in, sizeof bc15_out);
      const float bc15 = bc15_out;
      const float v22 = hlox_maxf((-0x1.fffffe0000000p-1f), (((bc15 + (-0x1.0000000000000p+0f)) * (0x1.0000000000000p+1f)) + (-0x1.fffffe0000000p-1f)));
      const float v31 = (-log1pf((v22 * (-v22))));
      const uint8_t v33 = ((uint8_t)(v31 < (0x1.4000000000000p+2f)));
      const float v66 = (v33 ? (v31 + (-0x1.4000000000000p+1f)) : (sqrtf(v31) + (-0x1.8000000000000p+1f)));
      b2[t7] = ((((uint8_t)(fabsf(v22) == (0x1.0000000000000p+0f))) ? (v22 * INFINITY) : (((v33 ? (0x1.805c5e0000000p+0f) : (0x1.6a9efc0000000p+1f)) + (((v33 ? (0x1.f91ec60000000p-3f) : (0x1.006db60000000p+0f)) + (((v33 ? (-0x1.11c9de0000000p-8f) : (0x1.354afc0000000p-7f)) + (((v33 ? (-0x1.48a8100000000p-10f) : (-0x1.f38bae0000000p-8f)) + (((v33 ? (0x1.ca65b60000000p-13f) : (0x1.7824f60000000p-8f)) + (((v33 ? (-0x1.26b5820000000p-18f) : (-0x1.e17bce0000000p-9f)) + (((v33 ? (-0x1.d8e6ae0000000p-19f) : (0x1.61b8e40000000p-10f)) + (((v33 ? (0x1.70966c0000000p-22f) : (0x1.a76ad60000000p-14f)) + ((v33 ? (0x1.e2cb100000000p-26f) : (-0x1.a3e1360000000p-13f)) * v66)) * v66)) * v66)) * v66)) * v66)) * v66)) * v66)) * v66)) * v22)) * (0x1.6a09e60000000p+0f));
    }
  }
}

__attribute__((noinline)) static void k_wrapped_compare_2(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v2 = b0[0];
  const int32_t v4 = hlox_const7[0];
  b1[0] = ((uint8_t)(v2 < v4));
}

__attribute__((noinline)) static void k_broadcast_add_fusion_4(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, const int32_t *restrict b4, uint32_t *restrict b5) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 5; i4++) {
    const uint32_t v5 = b0[i4];
    const uint32_t v6 = b1[i4];
    const uint32_t v7 = ((uint32_t)((uint32_t)v5 + (uint32_t)v6));
    const uint32_t v8 = b2[0];
    const uint32_t v14 = ((uint32_t)(v7 ^ ((uint32_t)(hlox_shl_u32(v6, v8) | hlox_shrl_u32(v6, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v8)))))));
    const uint32_t v15 = ((uint32_t)((uint32_t)v7 + (uint32_t)v14));
    const uint32_t v16 = b2[1];
    const uint32_t v21 = ((uint32_t)(v15 ^ ((uint32_t)(hlox_shl_u32(v14, v16) | hlox_shrl_u32(v14, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v16)))))));
    const uint32_t v22 = ((uint32_t)((uint32_t)v15 + (uint32_t)v21));
    const uint32_t v24 = b2[2];
    const uint32_t v29 = ((uint32_t)(v22 ^ ((uint32_t)(hlox_shl_u32(v21, v24) | hlox_shrl_u32(v21, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v24)))))));
    const uint32_t v32 = b2[3];
    const uint32_t v38 = b3[0];
    const int32_t v40 = b4[0];
    b5[i4] = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(((uint32_t)((uint32_t)v22 + (uint32_t)v29)) ^ ((uint32_t)(hlox_shl_u32(v29, v32) | hlox_shrl_u32(v29, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v32))))))) + (uint32_t)v38)) + (uint32_t)((uint32_t)((int32_t)((uint32_t)v40 + (uint32_t)((int32_t)0x1ull))))));
  }
}

__attribute__((noinline)) static void k_broadcast_add_fusion_5(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, uint32_t *restrict b4) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 5; i4++) {
    const uint32_t v5 = b0[i4];
    const uint32_t v6 = b1[i4];
    const uint32_t v7 = ((uint32_t)((uint32_t)v5 + (uint32_t)v6));
    const uint32_t v8 = b2[0];
    const uint32_t v14 = ((uint32_t)(v7 ^ ((uint32_t)(hlox_shl_u32(v6, v8) | hlox_shrl_u32(v6, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v8)))))));
    const uint32_t v15 = ((uint32_t)((uint32_t)v7 + (uint32_t)v14));
    const uint32_t v16 = b2[1];
    const uint32_t v21 = ((uint32_t)(v15 ^ ((uint32_t)(hlox_shl_u32(v14, v16) | hlox_shrl_u32(v14, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v16)))))));
    const uint32_t v22 = ((uint32_t)((uint32_t)v15 + (uint32_t)v21));
    const uint32_t v24 = b2[2];
    const uint32_t v31 = b3[0];
    b4[i4] = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v22 + (uint32_t)((uint32_t)(v22 ^ ((uint32_t)(hlox_shl_u32(v21, v24) | hlox_shrl_u32(v21, ((uint32_t)((uint32_t)((uint32_t)0x20ull) - (uint32_t)v24))))))))) + (uint32_t)v31));
  }
}

__attribute__((noinline)) static void k_wrapped_add_2(const int32_t *restrict b0, int32_t *restrict b1) {
  const int32_t v2 = b0[0];
  const int32_t v4 = hlox_const8[0];
  b1[0] = ((int32_t)((uint32_t)v2 + (uint32_t)v4));
}

__attribute__((noinline)) static void k_add_maximum_fusion(const uint32_t *restrict b0, const uint32_t *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 5; i4++) {
    const uint32_t v5 = b0[i4];
    const uint32_t v6 = b1[i4];
    uint32_t bc12_in = ((uint32_t)(hlox_shrl_u32(((uint32_t)(v5 ^ v6)), ((uint32_t)0x9ull)) | ((uint32_t)0x3f800000ull))); float bc12_out; memcpy(&bc12_out, &bc12_in, sizeof bc12_out);
    const float bc12 = bc12_out;
    b2[i4] = hlox_maxf((0x0.0p+0f), (bc12 + (-0x1.0000000000000p+0f)));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_4(((uint32_t *)params[0]), ((uint32_t *)((char *)results[1] + 16)), ((uint32_t *)((char *)results[0] + 32)), ((uint32_t *)((char *)results[0] + 36)));
  k_fusion(((uint32_t *)params[0]), ((uint32_t *)((char *)results[0] + 16)), ((uint32_t *)((char *)results[0] + 24)));
  memcpy(((int32_t *)(A + 16)), ((int32_t *)hlox_const0), 4);
  memcpy(((uint32_t *)((char *)results[0] + 48)), ((uint32_t *)((char *)results[0] + 16)), 8);
  memcpy(((uint32_t *)((char *)results[0] + 56)), ((uint32_t *)((char *)results[0] + 24)), 8);
  memcpy(((uint32_t *)(A + 20)), ((uint32_t *)((char *)results[0] + 36)), 4);
  memcpy(((uint32_t *)(A + 24)), ((uint32_t *)((char *)results[1] + 16)), 4);
  memcpy(((uint32_t *)(A + 28)), ((uint32_t *)((char *)results[0] + 32)), 4);
  memcpy(((uint32_t *)results[1]), ((uint32_t *)hlox_const1), 16);
  memcpy(((uint32_t *)results[0]), ((uint32_t *)hlox_const2), 16);
  for (;;) {
    k_wrapped_compare(((int32_t *)(A + 16)), ((uint8_t *)((char *)results[1] + 16)));
    const uint8_t v20 = ((uint8_t *)((char *)results[1] + 16))[0];
    if (!v20) break;
    k_broadcast_add_fusion(((uint32_t *)((char *)results[0] + 48)), ((uint32_t *)((char *)results[0] + 56)), ((uint32_t *)results[1]), ((uint32_t *)(A + 24)), ((int32_t *)(A + 16)), ((uint32_t *)A));
    k_broadcast_add_fusion_1(((uint32_t *)((char *)results[0] + 48)), ((uint32_t *)((char *)results[0] + 56)), ((uint32_t *)results[1]), ((uint32_t *)(A + 20)), ((uint32_t *)(A + 8)));
    k_wrapped_add(((int32_t *)(A + 16)), ((int32_t *)((char *)results[1] + 16)));
    memcpy(((uint32_t *)(A + 32)), ((uint32_t *)(A + 24)), 4);
    memcpy(((uint32_t *)(A + 36)), ((uint32_t *)(A + 28)), 4);
    memcpy(((uint32_t *)(A + 40)), ((uint32_t *)(A + 20)), 4);
    memcpy(((uint32_t *)((char *)results[0] + 16)), ((uint32_t *)results[0]), 16);
    memcpy(((uint32_t *)((char *)results[0] + 32)), ((uint32_t *)results[1]), 16);
    memcpy(((int32_t *)(A + 16)), ((int32_t *)((char *)results[1] + 16)), 4);
    memcpy(((uint32_t *)((char *)results[0] + 48)), ((uint32_t *)(A + 8)), 8);
    memcpy(((uint32_t *)((char *)results[0] + 56)), ((uint32_t *)A), 8);
    memcpy(((uint32_t *)(A + 20)), ((uint32_t *)(A + 32)), 4);
    memcpy(((uint32_t *)(A + 24)), ((uint32_t *)(A + 36)), 4);
    memcpy(((uint32_t *)(A + 28)), ((uint32_t *)(A + 40)), 4);
    memcpy(((uint32_t *)results[1]), ((uint32_t *)((char *)results[0] + 16)), 16);
    memcpy(((uint32_t *)results[0]), ((uint32_t *)((char *)results[0] + 32)), 16);
  }
  k_bitcast_concatenate_fusion(((uint32_t *)((char *)results[0] + 48)), ((uint32_t *)((char *)results[0] + 56)), ((uint32_t *)results[1]));
  k_broadcast_add_fusion_6(((uint32_t *)results[1]), ((uint32_t *)(A + 192)));
  k_broadcast_add_fusion_7(((uint32_t *)((char *)results[0] + 48)), ((uint32_t *)(A + 224)));
  k_fusion_7(((uint32_t *)((char *)results[0] + 48)), ((uint32_t *)results[1]), ((uint32_t *)((char *)results[1] + 16)), ((uint32_t *)(A + 304)), ((uint32_t *)(A + 308)), ((uint32_t *)(A + 312)), ((uint32_t *)results[0]), ((uint32_t *)((char *)results[0] + 4)));
  k_broadcast_add_fusion_9(((uint32_t *)((char *)results[0] + 48)), ((uint32_t *)A));
  k_broadcast_add_fusion_8(((uint32_t *)results[1]), ((uint32_t *)(A + 64)));
  memcpy(((int32_t *)(A + 316)), ((int32_t *)hlox_const0), 4);
  memcpy(((uint32_t *)(A + 320)), ((uint32_t *)results[0]), 4);
  memcpy(((uint32_t *)(A + 324)), ((uint32_t *)((char *)results[1] + 16)), 4);
  memcpy(((uint32_t *)(A + 328)), ((uint32_t *)((char *)results[0] + 4)), 4);
  memcpy(((uint32_t *)results[1]), ((uint32_t *)hlox_const1), 16);
  memcpy(((uint32_t *)(A + 256)), ((uint32_t *)hlox_const2), 16);
  for (;;) {
    k_wrapped_compare_1(((int32_t *)(A + 316)), ((uint8_t *)((char *)results[1] + 16)));
    const uint8_t v47 = ((uint8_t *)((char *)results[1] + 16))[0];
    if (!v47) break;
    k_broadcast_add_fusion_2(((uint32_t *)A), ((uint32_t *)(A + 64)), ((uint32_t *)results[1]), ((uint32_t *)(A + 324)), ((int32_t *)(A + 316)), ((uint32_t *)results[0]));
    k_broadcast_add_fusion_3(((uint32_t *)A), ((uint32_t *)(A + 64)), ((uint32_t *)results[1]), ((uint32_t *)(A + 320)), ((uint32_t *)(A + 128)));
    k_wrapped_add_1(((int32_t *)(A + 316)), ((int32_t *)((char *)results[1] + 16)));
    memcpy(((uint32_t *)(A + 332)), ((uint32_t *)(A + 324)), 4);
    memcpy(((uint32_t *)(A + 336)), ((uint32_t *)(A + 328)), 4);
    memcpy(((uint32_t *)(A + 340)), ((uint32_t *)(A + 320)), 4);
    memcpy(((uint32_t *)(A + 272)), ((uint32_t *)(A + 256)), 16);
    memcpy(((uint32_t *)(A + 288)), ((uint32_t *)results[1]), 16);
    memcpy(((int32_t *)(A + 316)), ((int32_t *)((char *)results[1] + 16)), 4);
    memcpy(((uint32_t *)A), ((uint32_t *)(A + 128)), 64);
    memcpy(((uint32_t *)(A + 64)), ((uint32_t *)results[0]), 64);
    memcpy(((uint32_t *)(A + 320)), ((uint32_t *)(A + 332)), 4);
    memcpy(((uint32_t *)(A + 324)), ((uint32_t *)(A + 336)), 4);
    memcpy(((uint32_t *)(A + 328)), ((uint32_t *)(A + 340)), 4);
    memcpy(((uint32_t *)results[1]), ((uint32_t *)(A + 272)), 16);
    memcpy(((uint32_t *)(A + 256)), ((uint32_t *)(A + 288)), 16);
  }
  k_broadcast_multiply_fusion(((uint32_t *)A), ((uint32_t *)(A + 64)), ((float *)results[0]));
  memcpy(((int32_t *)((char *)results[1] + 16)), ((int32_t *)hlox_const0), 4);
  memcpy(((uint32_t *)(A + 256)), ((uint32_t *)(A + 312)), 4);
  memcpy(((uint32_t *)(A + 260)), ((uint32_t *)(A + 304)), 4);
  memcpy(((uint32_t *)(A + 264)), ((uint32_t *)(A + 308)), 4);
  memcpy(((uint32_t *)results[1]), ((uint32_t *)hlox_const1), 16);
  memcpy(((uint32_t *)(A + 64)), ((uint32_t *)hlox_const2), 16);
  for (;;) {
    k_wrapped_compare_2(((int32_t *)((char *)results[1] + 16)), ((uint8_t *)A));
    const uint8_t v64 = ((uint8_t *)A)[0];
    if (!v64) break;
    k_broadcast_add_fusion_4(((uint32_t *)(A + 224)), ((uint32_t *)(A + 192)), ((uint32_t *)results[1]), ((uint32_t *)(A + 260)), ((int32_t *)((char *)results[1] + 16)), ((uint32_t *)A));
    k_broadcast_add_fusion_5(((uint32_t *)(A + 224)), ((uint32_t *)(A + 192)), ((uint32_t *)results[1]), ((uint32_t *)(A + 256)), ((uint32_t *)(A + 32)));
    k_wrapped_add_2(((int32_t *)((char *)results[1] + 16)), ((int32_t *)(A + 112)));
    memcpy(((uint32_t *)(A + 116)), ((uint32_t *)(A + 260)), 4);
    memcpy(((uint32_t *)(A + 120)), ((uint32_t *)(A + 264)), 4);
    memcpy(((uint32_t *)(A + 124)), ((uint32_t *)(A + 256)), 4);
    memcpy(((uint32_t *)(A + 80)), ((uint32_t *)(A + 64)), 16);
    memcpy(((uint32_t *)(A + 96)), ((uint32_t *)results[1]), 16);
    memcpy(((int32_t *)((char *)results[1] + 16)), ((int32_t *)(A + 112)), 4);
    memcpy(((uint32_t *)(A + 224)), ((uint32_t *)(A + 32)), 20);
    memcpy(((uint32_t *)(A + 192)), ((uint32_t *)A), 20);
    memcpy(((uint32_t *)(A + 256)), ((uint32_t *)(A + 116)), 4);
    memcpy(((uint32_t *)(A + 260)), ((uint32_t *)(A + 120)), 4);
    memcpy(((uint32_t *)(A + 264)), ((uint32_t *)(A + 124)), 4);
    memcpy(((uint32_t *)results[1]), ((uint32_t *)(A + 80)), 16);
    memcpy(((uint32_t *)(A + 64)), ((uint32_t *)(A + 96)), 16);
  }
  k_add_maximum_fusion(((uint32_t *)(A + 224)), ((uint32_t *)(A + 192)), ((float *)results[1]));
  return 0;
}
