
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
  const uint32_t v1 = b0[0];
  const uint32_t v2 = b0[1];
  b1[0] = ((uint32_t)(((uint32_t)(v1 ^ v2)) ^ ((uint32_t)0x1bd11bdaull)));
  b2[0] = v1;
  b3[0] = v2;
}

__attribute__((noinline)) static void k_fusion(const uint32_t *restrict b0, uint32_t *restrict b1, uint32_t *restrict b2) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 2; i1++) {
    const uint64_t v3 = ((uint64_t)((int64_t)i1));
    const uint32_t v7 = b0[0];
    const uint32_t v10 = b0[1];
    b1[i1] = ((uint32_t)((uint32_t)((uint32_t)hlox_shrl_u64(v3, ((uint64_t)0x20ull))) + (uint32_t)v7));
    b2[i1] = ((uint32_t)((uint32_t)((uint32_t)v3) + (uint32_t)v10));
  }
}

__attribute__((noinline)) static void k_wrapped_compare(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v1 = b0[0];
  const int32_t v3 = hlox_const3[0];
  b1[0] = ((uint8_t)(v1 < v3));
}

__attribute__((noinline)) static void k_broadcast_add_fusion(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, const int32_t *restrict b4, uint32_t *restrict b5) {
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

__attribute__((noinline)) static void k_broadcast_add_fusion_1(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, uint32_t *restrict b4) {
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

__attribute__((noinline)) static void k_wrapped_add(const int32_t *restrict b0, int32_t *restrict b1) {
  const int32_t v1 = b0[0];
  const int32_t v3 = hlox_const4[0];
  b1[0] = ((int32_t)((uint32_t)v1 + (uint32_t)v3));
}

__attribute__((noinline)) static void k_bitcast_concatenate_fusion(const uint32_t *restrict b0, const uint32_t *restrict b1, uint32_t *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 1; i2++) {
      uint32_t g4;
      const uint32_t v5 = b0[i1];
      g4 = v5;
      b2[((i1 * 2) + i2)] = g4;
    }
    #pragma omp simd
    for (int64_t i2 = 1; i2 < 2; i2++) {
      uint32_t g4;
      const uint32_t v7 = b1[i1];
      g4 = v7;
      b2[((i1 * 2) + i2)] = g4;
    }
  }
}

__attribute__((noinline)) static void k_broadcast_add_fusion_6(const uint32_t *restrict b0, uint32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const uint32_t v5 = b0[3];
    b1[i1] = ((uint32_t)((uint32_t)((uint32_t)((uint64_t)((int64_t)i1))) + (uint32_t)v5));
  }
}

__attribute__((noinline)) static void k_broadcast_add_fusion_7(const uint32_t *restrict b0, uint32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const uint32_t v7 = b0[1];
    b1[i1] = ((uint32_t)((uint32_t)((uint32_t)hlox_shrl_u64(((uint64_t)((int64_t)i1)), ((uint64_t)0x20ull))) + (uint32_t)v7));
  }
}

__attribute__((noinline)) static void k_fusion_7(const uint32_t *restrict b0, const uint32_t *restrict b1, uint32_t *restrict b2, uint32_t *restrict b3, uint32_t *restrict b4, uint32_t *restrict b5, uint32_t *restrict b6, uint32_t *restrict b7) {
  const uint32_t v1 = b0[0];
  const uint32_t v2 = b1[1];
  const uint32_t v6 = b0[1];
  const uint32_t v7 = b1[3];
  b2[0] = ((uint32_t)(((uint32_t)(v1 ^ v2)) ^ ((uint32_t)0x1bd11bdaull)));
  b3[0] = ((uint32_t)(((uint32_t)(v6 ^ v7)) ^ ((uint32_t)0x1bd11bdaull)));
  b4[0] = v6;
  b5[0] = v7;
  b6[0] = v2;
  b7[0] = v1;
}

__attribute__((noinline)) static void k_broadcast_add_fusion_9(const uint32_t *restrict b0, uint32_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const uint32_t v13 = b0[0];
      b1[((i1 * 4) + i2)] = ((uint32_t)((uint32_t)((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint64_t)((uint64_t)((int64_t)i1)) * (uint64_t)((uint64_t)0x4ull))) + (uint64_t)((uint64_t)((int64_t)i2)))), ((uint64_t)0x20ull))) + (uint32_t)v13));
    }
  }
}

__attribute__((noinline)) static void k_broadcast_add_fusion_8(const uint32_t *restrict b0, uint32_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const uint32_t v11 = b0[1];
      b1[((i1 * 4) + i2)] = ((uint32_t)((uint32_t)((uint32_t)((uint64_t)((uint64_t)((uint64_t)((uint64_t)((uint64_t)((int64_t)i1)) * (uint64_t)((uint64_t)0x4ull))) + (uint64_t)((uint64_t)((int64_t)i2))))) + (uint32_t)v11));
    }
  }
}

__attribute__((noinline)) static void k_wrapped_compare_1(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v1 = b0[0];
  const int32_t v3 = hlox_const5[0];
  b1[0] = ((uint8_t)(v1 < v3));
}

__attribute__((noinline)) static void k_broadcast_add_fusion_2(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, const int32_t *restrict b4, uint32_t *restrict b5) {
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

__attribute__((noinline)) static void k_broadcast_add_fusion_3(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, uint32_t *restrict b4) {
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

__attribute__((noinline)) static void k_wrapped_add_1(const int32_t *restrict b0, int32_t *restrict b1) {
  const int32_t v1 = b0[0];
  const int32_t v3 = hlox_const6[0];
  b1[0] = ((int32_t)((uint32_t)v1 + (uint32_t)v3));
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(const uint32_t *restrict b0, const uint32_t *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const int64_t t4 = ((i1 * 4) + i2);
      const uint32_t v5 = b0[t4];
      const uint32_t v6 = b1[t4];
      uint32_t bc12_in = ((uint32_t)(hlox_shrl_u32(((uint32_t)(v5 ^ v6)), ((uint32_t)0x9ull)) | ((uint32_t)0x3f800000ull))); float bc12_out; memcpy(&bc12_out, &bc12_in, sizeof bc12_out);
      const float bc12 = bc12_out;
      const float v19 = hlox_maxf((-0x1.fffffe0000000p-1f), (((bc12 + (-0x1.0000000000000p+0f)) * (0x1.0000000000000p+1f)) + (-0x1.fffffe0000000p-1f)));
      const float v28 = (-log1pf((v19 * (-v19))));
      const uint8_t v30 = ((uint8_t)(v28 < (0x1.4000000000000p+2f)));
      const float v63 = (v30 ? (v28 + (-0x1.4000000000000p+1f)) : (sqrtf(v28) + (-0x1.8000000000000p+1f)));
      b2[t4] = ((((uint8_t)(fabsf(v19) == (0x1.0000000000000p+0f))) ? (v19 * INFINITY) : (((v30 ? (0x1.805c5e0000000p+0f) : (0x1.6a9efc0000000p+1f)) + (((v30 ? (0x1.f91ec60000000p-3f) : (0x1.006db60000000p+0f)) + (((v30 ? (-0x1.11c9de0000000p-8f) : (0x1.354afc0000000p-7f)) + (((v30 ? (-0x1.48a8100000000p-10f) : (-0x1.f38bae0000000p-8f)) + (((v30 ? (0x1.ca65b60000000p-13f) : (0x1.7824f60000000p-8f)) + (((v30 ? (-0x1.26b5820000000p-18f) : (-0x1.e17bce0000000p-9f)) + (((v30 ? (-0x1.d8e6ae0000000p-19f) : (0x1.61b8e40000000p-10f)) + (((v30 ? (0x1.70966c0000000p-22f) : (0x1.a76ad60000000p-14f)) + ((v30 ? (0x1.e2cb100000000p-26f) : (-0x1.a3e1360000000p-13f)) * v63)) * v63)) * v63)) * v63)) * v63)) * v63)) * v63)) * v63)) * v19)) * (0x1.6a09e60000000p+0f));
    }
  }
}

__attribute__((noinline)) static void k_wrapped_compare_2(const int32_t *restrict b0, uint8_t *restrict b1) {
  const int32_t v1 = b0[0];
  const int32_t v3 = hlox_const7[0];
  b1[0] = ((uint8_t)(v1 < v3));
}

__attribute__((noinline)) static void k_broadcast_add_fusion_4(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, const int32_t *restrict b4, uint32_t *restrict b5) {
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

__attribute__((noinline)) static void k_broadcast_add_fusion_5(const uint32_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, const uint32_t *restrict b3, uint32_t *restrict b4) {
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

__attribute__((noinline)) static void k_wrapped_add_2(const int32_t *restrict b0, int32_t *restrict b1) {
  const int32_t v1 = b0[0];
  const int32_t v3 = hlox_const8[0];
  b1[0] = ((int32_t)((uint32_t)v1 + (uint32_t)v3));
}

__attribute__((noinline)) static void k_add_maximum_fusion(const uint32_t *restrict b0, const uint32_t *restrict b1, float *restrict b2) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 5; i1++) {
    const uint32_t v2 = b0[i1];
    const uint32_t v3 = b1[i1];
    uint32_t bc9_in = ((uint32_t)(hlox_shrl_u32(((uint32_t)(v2 ^ v3)), ((uint32_t)0x9ull)) | ((uint32_t)0x3f800000ull))); float bc9_out; memcpy(&bc9_out, &bc9_in, sizeof bc9_out);
    const float bc9 = bc9_out;
    b2[i1] = hlox_maxf((0x0.0p+0f), (bc9 + (-0x1.0000000000000p+0f)));
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
    const uint8_t v19 = ((uint8_t *)((char *)results[1] + 16))[0];
    if (!v19) break;
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
    const uint8_t v46 = ((uint8_t *)((char *)results[1] + 16))[0];
    if (!v46) break;
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
    const uint8_t v63 = ((uint8_t *)A)[0];
    if (!v63) break;
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
