

/* hlox: kernels */
__attribute__((noinline)) static void k_shift_left_reduce_fusion(const uint32_t *restrict b0, uint64_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    uint64_t acc3 = ((uint64_t)0x0ull);
    #pragma omp simd reduction(|:acc3)
    for (int64_t i4 = 0; i4 < 2; i4++) {
      const uint32_t v7 = b0[((i1 * 2) + i4)];
      acc3 = ((uint64_t)(acc3 | hlox_shl_u64(((uint64_t)v7), ((uint64_t)((uint64_t)((uint64_t)0x20ull) * (uint64_t)((uint64_t)((int64_t)i4)))))));
    }
    b1[i1] = acc3;
  }
}

__attribute__((noinline)) static void k_fusion(const uint64_t *restrict b0, uint32_t *restrict b1, uint32_t *restrict b2) {
  const uint64_t v1 = b0[0];
  b1[0] = ((uint32_t)hlox_shrl_u64(v1, ((uint64_t)0x20ull)));
  b2[0] = ((uint32_t)v1);
}

__attribute__((noinline)) static void k_bitcast_concatenate_fusion(const uint64_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, uint32_t *restrict b3) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 1; i2++) {
      uint32_t g4;
      const uint64_t v5 = b0[1];
      const uint64_t v13 = ((uint64_t)(((uint64_t)((uint32_t)v5)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v5, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
      const uint64_t v16 = ((uint64_t)((uint64_t)v13 + (uint64_t)((uint64_t)((int64_t)i1))));
      const uint64_t v20 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v16)) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v24 = b0[0];
      const uint64_t v31 = ((uint64_t)(((uint64_t)((uint32_t)v24)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v24, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
      const uint64_t v34 = (((uint8_t)(v16 < v13)) ? ((uint64_t)((uint64_t)v31 + (uint64_t)((uint64_t)0x1ull))) : v31);
      const uint32_t v38 = b1[0];
      const uint64_t v42 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v20, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v34, ((uint64_t)0x20ull))))) ^ v38))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v47 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v34)) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint32_t v50 = b2[0];
      const uint64_t v55 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v42, ((uint64_t)0x20ull))) ^ ((uint32_t)v47))) ^ ((uint32_t)((uint32_t)v50 + (uint32_t)((uint32_t)0x9e3779b9ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v65 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v47, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v16, ((uint64_t)0x20ull))))) ^ v50))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v72 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v55, ((uint64_t)0x20ull))) ^ ((uint32_t)v65))) ^ ((uint32_t)((uint32_t)v38 + (uint32_t)((uint32_t)0x76cf5d0aull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v83 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v65, ((uint64_t)0x20ull))) ^ ((uint32_t)v20))) ^ ((uint32_t)((uint32_t)v38 + (uint32_t)((uint32_t)0xbb67ae85ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v90 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v72, ((uint64_t)0x20ull))) ^ ((uint32_t)v83))) ^ ((uint32_t)((uint32_t)v50 + (uint32_t)((uint32_t)0xdaa66d2bull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v101 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v83, ((uint64_t)0x20ull))) ^ ((uint32_t)v42))) ^ ((uint32_t)((uint32_t)v50 + (uint32_t)((uint32_t)0x3c6ef372ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v108 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v90, ((uint64_t)0x20ull))) ^ ((uint32_t)v101))) ^ ((uint32_t)((uint32_t)v38 + (uint32_t)((uint32_t)0xed9eba14ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v119 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v101, ((uint64_t)0x20ull))) ^ ((uint32_t)v55))) ^ ((uint32_t)((uint32_t)v38 + (uint32_t)((uint32_t)0x32370b8full)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v126 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v108, ((uint64_t)0x20ull))) ^ ((uint32_t)v119))) ^ ((uint32_t)((uint32_t)v50 + (uint32_t)((uint32_t)0x1715609dull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v137 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v119, ((uint64_t)0x20ull))) ^ ((uint32_t)v72))) ^ ((uint32_t)((uint32_t)v50 + (uint32_t)((uint32_t)0x78dde6e4ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v155 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v137, ((uint64_t)0x20ull))) ^ ((uint32_t)v90))) ^ ((uint32_t)((uint32_t)v38 + (uint32_t)((uint32_t)0xa9066899ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v173 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v155, ((uint64_t)0x20ull))) ^ ((uint32_t)v108))) ^ ((uint32_t)((uint32_t)v50 + (uint32_t)((uint32_t)0xb54cda56ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      g4 = ((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v126, ((uint64_t)0x20ull))) ^ ((uint32_t)v137))) ^ ((uint32_t)((uint32_t)v38 + (uint32_t)((uint32_t)0x646e171eull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v155))) ^ ((uint32_t)((uint32_t)v50 + (uint32_t)((uint32_t)0x5384540full)))))) * (uint64_t)((uint64_t)0xd2511f53ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v173))) ^ ((uint32_t)((uint32_t)v38 + (uint32_t)((uint32_t)0xdb3d7428ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v173, ((uint64_t)0x20ull))) ^ ((uint32_t)v126))) ^ ((uint32_t)((uint32_t)v38 + (uint32_t)((uint32_t)0x1fd5c5a3ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)))))) ^ ((uint32_t)((uint32_t)v50 + (uint32_t)((uint32_t)0x8ff34781ull)))));
      b3[((i1 * 4) + i2)] = g4;
    }
    #pragma omp simd
    for (int64_t i2 = 1; i2 < 2; i2++) {
      uint32_t g4;
      uint32_t g199;
      const uint64_t v200 = b0[1];
      const uint64_t v207 = ((uint64_t)(((uint64_t)((uint32_t)v200)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v200, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
      const uint64_t v210 = ((uint64_t)((uint64_t)v207 + (uint64_t)((uint64_t)((int64_t)i1))));
      const uint64_t v213 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v210)) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v217 = b0[0];
      const uint64_t v224 = ((uint64_t)(((uint64_t)((uint32_t)v217)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v217, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
      const uint64_t v226 = (((uint8_t)(v210 < v207)) ? ((uint64_t)((uint64_t)v224 + (uint64_t)((uint64_t)0x1ull))) : v224);
      const uint32_t v230 = b1[0];
      const uint64_t v233 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v213, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v226, ((uint64_t)0x20ull))))) ^ v230))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v238 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v226)) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint32_t v241 = b2[0];
      const uint64_t v245 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v233, ((uint64_t)0x20ull))) ^ ((uint32_t)v238))) ^ ((uint32_t)((uint32_t)v241 + (uint32_t)((uint32_t)0x9e3779b9ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v255 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v238, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v210, ((uint64_t)0x20ull))))) ^ v241))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v261 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v245, ((uint64_t)0x20ull))) ^ ((uint32_t)v255))) ^ ((uint32_t)((uint32_t)v230 + (uint32_t)((uint32_t)0x76cf5d0aull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v271 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v255, ((uint64_t)0x20ull))) ^ ((uint32_t)v213))) ^ ((uint32_t)((uint32_t)v230 + (uint32_t)((uint32_t)0xbb67ae85ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v277 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v261, ((uint64_t)0x20ull))) ^ ((uint32_t)v271))) ^ ((uint32_t)((uint32_t)v241 + (uint32_t)((uint32_t)0xdaa66d2bull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v287 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v271, ((uint64_t)0x20ull))) ^ ((uint32_t)v233))) ^ ((uint32_t)((uint32_t)v241 + (uint32_t)((uint32_t)0x3c6ef372ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v293 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v277, ((uint64_t)0x20ull))) ^ ((uint32_t)v287))) ^ ((uint32_t)((uint32_t)v230 + (uint32_t)((uint32_t)0xed9eba14ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v303 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v287, ((uint64_t)0x20ull))) ^ ((uint32_t)v245))) ^ ((uint32_t)((uint32_t)v230 + (uint32_t)((uint32_t)0x32370b8full)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v319 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v303, ((uint64_t)0x20ull))) ^ ((uint32_t)v261))) ^ ((uint32_t)((uint32_t)v241 + (uint32_t)((uint32_t)0x78dde6e4ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v335 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v319, ((uint64_t)0x20ull))) ^ ((uint32_t)v277))) ^ ((uint32_t)((uint32_t)v230 + (uint32_t)((uint32_t)0xa9066899ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      g199 = ((uint32_t)((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v293, ((uint64_t)0x20ull))) ^ ((uint32_t)v303))) ^ ((uint32_t)((uint32_t)v241 + (uint32_t)((uint32_t)0x1715609dull)))))) * (uint64_t)((uint64_t)0xd2511f53ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v319))) ^ ((uint32_t)((uint32_t)v230 + (uint32_t)((uint32_t)0x646e171eull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v335))) ^ ((uint32_t)((uint32_t)v241 + (uint32_t)((uint32_t)0x5384540full)))))) * (uint64_t)((uint64_t)0xd2511f53ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v335, ((uint64_t)0x20ull))) ^ ((uint32_t)v293))) ^ ((uint32_t)((uint32_t)v241 + (uint32_t)((uint32_t)0xb54cda56ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)))))) ^ ((uint32_t)((uint32_t)v230 + (uint32_t)((uint32_t)0xdb3d7428ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull))));
      g4 = g199;
      b3[((i1 * 4) + i2)] = g4;
    }
    #pragma omp simd
    for (int64_t i2 = 2; i2 < 3; i2++) {
      uint32_t g4;
      uint32_t g199;
      uint32_t g361;
      const uint64_t v362 = b0[1];
      const uint64_t v369 = ((uint64_t)(((uint64_t)((uint32_t)v362)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v362, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
      const uint64_t v372 = ((uint64_t)((uint64_t)v369 + (uint64_t)((uint64_t)((int64_t)i1))));
      const uint64_t v374 = b0[0];
      const uint64_t v381 = ((uint64_t)(((uint64_t)((uint32_t)v374)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v374, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
      const uint64_t v383 = (((uint8_t)(v372 < v369)) ? ((uint64_t)((uint64_t)v381 + (uint64_t)((uint64_t)0x1ull))) : v381);
      const uint64_t v386 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v383)) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint32_t v392 = b2[0];
      const uint64_t v395 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v386, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v372, ((uint64_t)0x20ull))))) ^ v392))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v400 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v372)) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint32_t v403 = b1[0];
      const uint64_t v407 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v395, ((uint64_t)0x20ull))) ^ ((uint32_t)v400))) ^ ((uint32_t)((uint32_t)v403 + (uint32_t)((uint32_t)0xbb67ae85ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v417 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v400, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v383, ((uint64_t)0x20ull))))) ^ v403))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v423 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v407, ((uint64_t)0x20ull))) ^ ((uint32_t)v417))) ^ ((uint32_t)((uint32_t)v392 + (uint32_t)((uint32_t)0x3c6ef372ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v433 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v417, ((uint64_t)0x20ull))) ^ ((uint32_t)v386))) ^ ((uint32_t)((uint32_t)v392 + (uint32_t)((uint32_t)0x9e3779b9ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v439 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v423, ((uint64_t)0x20ull))) ^ ((uint32_t)v433))) ^ ((uint32_t)((uint32_t)v403 + (uint32_t)((uint32_t)0x32370b8full)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v449 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v433, ((uint64_t)0x20ull))) ^ ((uint32_t)v395))) ^ ((uint32_t)((uint32_t)v403 + (uint32_t)((uint32_t)0x76cf5d0aull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v455 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v439, ((uint64_t)0x20ull))) ^ ((uint32_t)v449))) ^ ((uint32_t)((uint32_t)v392 + (uint32_t)((uint32_t)0x78dde6e4ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v465 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v449, ((uint64_t)0x20ull))) ^ ((uint32_t)v407))) ^ ((uint32_t)((uint32_t)v392 + (uint32_t)((uint32_t)0xdaa66d2bull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v471 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v455, ((uint64_t)0x20ull))) ^ ((uint32_t)v465))) ^ ((uint32_t)((uint32_t)v403 + (uint32_t)((uint32_t)0xa9066899ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v481 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v465, ((uint64_t)0x20ull))) ^ ((uint32_t)v423))) ^ ((uint32_t)((uint32_t)v403 + (uint32_t)((uint32_t)0xed9eba14ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v497 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v481, ((uint64_t)0x20ull))) ^ ((uint32_t)v439))) ^ ((uint32_t)((uint32_t)v392 + (uint32_t)((uint32_t)0x1715609dull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v513 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v497, ((uint64_t)0x20ull))) ^ ((uint32_t)v455))) ^ ((uint32_t)((uint32_t)v403 + (uint32_t)((uint32_t)0x646e171eull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      g361 = ((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v471, ((uint64_t)0x20ull))) ^ ((uint32_t)v481))) ^ ((uint32_t)((uint32_t)v392 + (uint32_t)((uint32_t)0xb54cda56ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v497))) ^ ((uint32_t)((uint32_t)v403 + (uint32_t)((uint32_t)0x1fd5c5a3ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v513))) ^ ((uint32_t)((uint32_t)v392 + (uint32_t)((uint32_t)0xf1bbcdc8ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v513, ((uint64_t)0x20ull))) ^ ((uint32_t)v471))) ^ ((uint32_t)((uint32_t)v392 + (uint32_t)((uint32_t)0x5384540full)))))) * (uint64_t)((uint64_t)0xd2511f53ull)))))) ^ ((uint32_t)((uint32_t)v403 + (uint32_t)((uint32_t)0x96a522adull)))));
      g199 = g361;
      g4 = g199;
      b3[((i1 * 4) + i2)] = g4;
    }
    #pragma omp simd
    for (int64_t i2 = 3; i2 < 4; i2++) {
      uint32_t g4;
      uint32_t g199;
      uint32_t g361;
      const uint64_t v537 = b0[1];
      const uint64_t v544 = ((uint64_t)(((uint64_t)((uint32_t)v537)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v537, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
      const uint64_t v547 = ((uint64_t)((uint64_t)v544 + (uint64_t)((uint64_t)((int64_t)i1))));
      const uint64_t v549 = b0[0];
      const uint64_t v556 = ((uint64_t)(((uint64_t)((uint32_t)v549)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v549, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
      const uint64_t v558 = (((uint8_t)(v547 < v544)) ? ((uint64_t)((uint64_t)v556 + (uint64_t)((uint64_t)0x1ull))) : v556);
      const uint64_t v561 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v558)) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint32_t v567 = b2[0];
      const uint64_t v570 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v561, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v547, ((uint64_t)0x20ull))))) ^ v567))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v575 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v547)) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint32_t v578 = b1[0];
      const uint64_t v582 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v570, ((uint64_t)0x20ull))) ^ ((uint32_t)v575))) ^ ((uint32_t)((uint32_t)v578 + (uint32_t)((uint32_t)0xbb67ae85ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v592 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v575, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v558, ((uint64_t)0x20ull))))) ^ v578))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v598 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v582, ((uint64_t)0x20ull))) ^ ((uint32_t)v592))) ^ ((uint32_t)((uint32_t)v567 + (uint32_t)((uint32_t)0x3c6ef372ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v608 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v592, ((uint64_t)0x20ull))) ^ ((uint32_t)v561))) ^ ((uint32_t)((uint32_t)v567 + (uint32_t)((uint32_t)0x9e3779b9ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v614 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v598, ((uint64_t)0x20ull))) ^ ((uint32_t)v608))) ^ ((uint32_t)((uint32_t)v578 + (uint32_t)((uint32_t)0x32370b8full)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v624 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v608, ((uint64_t)0x20ull))) ^ ((uint32_t)v570))) ^ ((uint32_t)((uint32_t)v578 + (uint32_t)((uint32_t)0x76cf5d0aull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v630 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v614, ((uint64_t)0x20ull))) ^ ((uint32_t)v624))) ^ ((uint32_t)((uint32_t)v567 + (uint32_t)((uint32_t)0x78dde6e4ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v640 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v624, ((uint64_t)0x20ull))) ^ ((uint32_t)v582))) ^ ((uint32_t)((uint32_t)v567 + (uint32_t)((uint32_t)0xdaa66d2bull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      const uint64_t v656 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v640, ((uint64_t)0x20ull))) ^ ((uint32_t)v598))) ^ ((uint32_t)((uint32_t)v578 + (uint32_t)((uint32_t)0xed9eba14ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
      const uint64_t v672 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v656, ((uint64_t)0x20ull))) ^ ((uint32_t)v614))) ^ ((uint32_t)((uint32_t)v567 + (uint32_t)((uint32_t)0x1715609dull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
      g361 = ((uint32_t)((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v630, ((uint64_t)0x20ull))) ^ ((uint32_t)v640))) ^ ((uint32_t)((uint32_t)v578 + (uint32_t)((uint32_t)0xa9066899ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v656))) ^ ((uint32_t)((uint32_t)v567 + (uint32_t)((uint32_t)0xb54cda56ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v672))) ^ ((uint32_t)((uint32_t)v578 + (uint32_t)((uint32_t)0x1fd5c5a3ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v672, ((uint64_t)0x20ull))) ^ ((uint32_t)v630))) ^ ((uint32_t)((uint32_t)v578 + (uint32_t)((uint32_t)0x646e171eull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)))))) ^ ((uint32_t)((uint32_t)v567 + (uint32_t)((uint32_t)0xf1bbcdc8ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull))));
      g199 = g361;
      g4 = g199;
      b3[((i1 * 4) + i2)] = g4;
    }
  }
}

__attribute__((noinline)) static void k_bitcast_convert_bitcast_fusion(const uint64_t *restrict b0, uint32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const int64_t t2 = (i1 / 2);
    uint64_t g9;
    if ((t2 < 1)) {
      const uint64_t v10 = b0[t2];
      g9 = v10;
    } else {
      const int64_t t11 = (t2 - 1);
      const uint64_t v12 = b0[1];
      g9 = ((uint64_t)((uint64_t)((uint64_t)(((uint64_t)((uint32_t)v12)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v12, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull)))) + (uint64_t)((uint64_t)0x3ull)));
    }
    b1[i1] = ((uint32_t)((uint64_t)(hlox_shrl_u64(g9, ((uint64_t)((uint64_t)((uint64_t)0x20ull) * (uint64_t)((uint64_t)((int64_t)(i1 % 2)))))) & ((uint64_t)0xffffffffull))));
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_shift_left_reduce_fusion(((uint32_t *)params[0]), ((uint64_t *)A));
  k_fusion(((uint64_t *)A), ((uint32_t *)results[0]), ((uint32_t *)((char *)results[0] + 4)));
  k_bitcast_concatenate_fusion(((uint64_t *)A), ((uint32_t *)results[0]), ((uint32_t *)((char *)results[0] + 4)), ((uint32_t *)results[1]));
  k_bitcast_convert_bitcast_fusion(((uint64_t *)A), ((uint32_t *)results[0]));
  return 0;
}
