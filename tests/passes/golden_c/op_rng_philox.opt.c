

/* hlox: kernels */
__attribute__((noinline)) static void k_shift_left_reduce_fusion(const uint32_t *restrict b0, uint64_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    uint64_t acc6 = ((uint64_t)0x0ull);
    #pragma omp simd reduction(|:acc6)
    for (int64_t i7 = 0; i7 < 2; i7++) {
      const uint32_t v10 = b0[((i4 * 2) + i7)];
      acc6 = ((uint64_t)(acc6 | hlox_shl_u64(((uint64_t)v10), ((uint64_t)((uint64_t)((uint64_t)0x20ull) * (uint64_t)((uint64_t)((int64_t)i7)))))));
    }
    b1[i4] = acc6;
  }
}

__attribute__((noinline)) static void k_fusion(const uint64_t *restrict b0, uint32_t *restrict b1, uint32_t *restrict b2) {
  const uint64_t v2 = b0[0];
  b1[0] = ((uint32_t)hlox_shrl_u64(v2, ((uint64_t)0x20ull)));
  b2[0] = ((uint32_t)v2);
}

__attribute__((noinline)) static void k_bitcast_concatenate_fusion(const uint64_t *restrict b0, const uint32_t *restrict b1, const uint32_t *restrict b2, uint32_t *restrict b3) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 4; i6++) {
      uint32_t g8;
      if ((i6 < 1)) {
        const uint64_t v9 = b0[1];
        const uint64_t v17 = ((uint64_t)(((uint64_t)((uint32_t)v9)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v9, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
        const uint64_t v20 = ((uint64_t)((uint64_t)v17 + (uint64_t)((uint64_t)((int64_t)i4))));
        const uint64_t v24 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v20)) * (uint64_t)((uint64_t)0xd2511f53ull)));
        const uint64_t v28 = b0[0];
        const uint64_t v35 = ((uint64_t)(((uint64_t)((uint32_t)v28)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v28, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
        const uint64_t v38 = (((uint8_t)(v20 < v17)) ? ((uint64_t)((uint64_t)v35 + (uint64_t)((uint64_t)0x1ull))) : v35);
        const uint32_t v42 = b1[0];
        const uint64_t v46 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v24, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v38, ((uint64_t)0x20ull))))) ^ v42))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
        const uint64_t v51 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v38)) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
        const uint32_t v54 = b2[0];
        const uint64_t v59 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v46, ((uint64_t)0x20ull))) ^ ((uint32_t)v51))) ^ ((uint32_t)((uint32_t)v54 + (uint32_t)((uint32_t)0x9e3779b9ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
        const uint64_t v69 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v51, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v20, ((uint64_t)0x20ull))))) ^ v54))) * (uint64_t)((uint64_t)0xd2511f53ull)));
        const uint64_t v76 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v59, ((uint64_t)0x20ull))) ^ ((uint32_t)v69))) ^ ((uint32_t)((uint32_t)v42 + (uint32_t)((uint32_t)0x76cf5d0aull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
        const uint64_t v87 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v69, ((uint64_t)0x20ull))) ^ ((uint32_t)v24))) ^ ((uint32_t)((uint32_t)v42 + (uint32_t)((uint32_t)0xbb67ae85ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
        const uint64_t v94 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v76, ((uint64_t)0x20ull))) ^ ((uint32_t)v87))) ^ ((uint32_t)((uint32_t)v54 + (uint32_t)((uint32_t)0xdaa66d2bull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
        const uint64_t v105 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v87, ((uint64_t)0x20ull))) ^ ((uint32_t)v46))) ^ ((uint32_t)((uint32_t)v54 + (uint32_t)((uint32_t)0x3c6ef372ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
        const uint64_t v112 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v94, ((uint64_t)0x20ull))) ^ ((uint32_t)v105))) ^ ((uint32_t)((uint32_t)v42 + (uint32_t)((uint32_t)0xed9eba14ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
        const uint64_t v123 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v105, ((uint64_t)0x20ull))) ^ ((uint32_t)v59))) ^ ((uint32_t)((uint32_t)v42 + (uint32_t)((uint32_t)0x32370b8full)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
        const uint64_t v130 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v112, ((uint64_t)0x20ull))) ^ ((uint32_t)v123))) ^ ((uint32_t)((uint32_t)v54 + (uint32_t)((uint32_t)0x1715609dull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
        const uint64_t v141 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v123, ((uint64_t)0x20ull))) ^ ((uint32_t)v76))) ^ ((uint32_t)((uint32_t)v54 + (uint32_t)((uint32_t)0x78dde6e4ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
        const uint64_t v159 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v141, ((uint64_t)0x20ull))) ^ ((uint32_t)v94))) ^ ((uint32_t)((uint32_t)v42 + (uint32_t)((uint32_t)0xa9066899ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
        const uint64_t v177 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v159, ((uint64_t)0x20ull))) ^ ((uint32_t)v112))) ^ ((uint32_t)((uint32_t)v54 + (uint32_t)((uint32_t)0xb54cda56ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
        g8 = ((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v130, ((uint64_t)0x20ull))) ^ ((uint32_t)v141))) ^ ((uint32_t)((uint32_t)v42 + (uint32_t)((uint32_t)0x646e171eull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v159))) ^ ((uint32_t)((uint32_t)v54 + (uint32_t)((uint32_t)0x5384540full)))))) * (uint64_t)((uint64_t)0xd2511f53ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v177))) ^ ((uint32_t)((uint32_t)v42 + (uint32_t)((uint32_t)0xdb3d7428ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v177, ((uint64_t)0x20ull))) ^ ((uint32_t)v130))) ^ ((uint32_t)((uint32_t)v42 + (uint32_t)((uint32_t)0x1fd5c5a3ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)))))) ^ ((uint32_t)((uint32_t)v54 + (uint32_t)((uint32_t)0x8ff34781ull)))));
      } else {
        const int64_t t201 = (i6 - 1);
        uint32_t g204;
        if ((i6 < 2)) {
          const uint64_t v205 = b0[1];
          const uint64_t v212 = ((uint64_t)(((uint64_t)((uint32_t)v205)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v205, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
          const uint64_t v215 = ((uint64_t)((uint64_t)v212 + (uint64_t)((uint64_t)((int64_t)i4))));
          const uint64_t v218 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v215)) * (uint64_t)((uint64_t)0xd2511f53ull)));
          const uint64_t v222 = b0[0];
          const uint64_t v229 = ((uint64_t)(((uint64_t)((uint32_t)v222)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v222, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
          const uint64_t v231 = (((uint8_t)(v215 < v212)) ? ((uint64_t)((uint64_t)v229 + (uint64_t)((uint64_t)0x1ull))) : v229);
          const uint32_t v235 = b1[0];
          const uint64_t v238 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v218, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v231, ((uint64_t)0x20ull))))) ^ v235))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
          const uint64_t v243 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v231)) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
          const uint32_t v246 = b2[0];
          const uint64_t v250 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v238, ((uint64_t)0x20ull))) ^ ((uint32_t)v243))) ^ ((uint32_t)((uint32_t)v246 + (uint32_t)((uint32_t)0x9e3779b9ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
          const uint64_t v260 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v243, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v215, ((uint64_t)0x20ull))))) ^ v246))) * (uint64_t)((uint64_t)0xd2511f53ull)));
          const uint64_t v266 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v250, ((uint64_t)0x20ull))) ^ ((uint32_t)v260))) ^ ((uint32_t)((uint32_t)v235 + (uint32_t)((uint32_t)0x76cf5d0aull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
          const uint64_t v276 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v260, ((uint64_t)0x20ull))) ^ ((uint32_t)v218))) ^ ((uint32_t)((uint32_t)v235 + (uint32_t)((uint32_t)0xbb67ae85ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
          const uint64_t v282 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v266, ((uint64_t)0x20ull))) ^ ((uint32_t)v276))) ^ ((uint32_t)((uint32_t)v246 + (uint32_t)((uint32_t)0xdaa66d2bull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
          const uint64_t v292 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v276, ((uint64_t)0x20ull))) ^ ((uint32_t)v238))) ^ ((uint32_t)((uint32_t)v246 + (uint32_t)((uint32_t)0x3c6ef372ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
          const uint64_t v298 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v282, ((uint64_t)0x20ull))) ^ ((uint32_t)v292))) ^ ((uint32_t)((uint32_t)v235 + (uint32_t)((uint32_t)0xed9eba14ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
          const uint64_t v308 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v292, ((uint64_t)0x20ull))) ^ ((uint32_t)v250))) ^ ((uint32_t)((uint32_t)v235 + (uint32_t)((uint32_t)0x32370b8full)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
          const uint64_t v324 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v308, ((uint64_t)0x20ull))) ^ ((uint32_t)v266))) ^ ((uint32_t)((uint32_t)v246 + (uint32_t)((uint32_t)0x78dde6e4ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
          const uint64_t v340 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v324, ((uint64_t)0x20ull))) ^ ((uint32_t)v282))) ^ ((uint32_t)((uint32_t)v235 + (uint32_t)((uint32_t)0xa9066899ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
          g204 = ((uint32_t)((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v298, ((uint64_t)0x20ull))) ^ ((uint32_t)v308))) ^ ((uint32_t)((uint32_t)v246 + (uint32_t)((uint32_t)0x1715609dull)))))) * (uint64_t)((uint64_t)0xd2511f53ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v324))) ^ ((uint32_t)((uint32_t)v235 + (uint32_t)((uint32_t)0x646e171eull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v340))) ^ ((uint32_t)((uint32_t)v246 + (uint32_t)((uint32_t)0x5384540full)))))) * (uint64_t)((uint64_t)0xd2511f53ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v340, ((uint64_t)0x20ull))) ^ ((uint32_t)v298))) ^ ((uint32_t)((uint32_t)v246 + (uint32_t)((uint32_t)0xb54cda56ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)))))) ^ ((uint32_t)((uint32_t)v235 + (uint32_t)((uint32_t)0xdb3d7428ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull))));
        } else {
          const int64_t t364 = (i6 - 2);
          uint32_t g366;
          if ((i6 < 3)) {
            const uint64_t v367 = b0[1];
            const uint64_t v374 = ((uint64_t)(((uint64_t)((uint32_t)v367)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v367, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
            const uint64_t v377 = ((uint64_t)((uint64_t)v374 + (uint64_t)((uint64_t)((int64_t)i4))));
            const uint64_t v379 = b0[0];
            const uint64_t v386 = ((uint64_t)(((uint64_t)((uint32_t)v379)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v379, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
            const uint64_t v388 = (((uint8_t)(v377 < v374)) ? ((uint64_t)((uint64_t)v386 + (uint64_t)((uint64_t)0x1ull))) : v386);
            const uint64_t v391 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v388)) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
            const uint32_t v397 = b2[0];
            const uint64_t v400 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v391, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v377, ((uint64_t)0x20ull))))) ^ v397))) * (uint64_t)((uint64_t)0xd2511f53ull)));
            const uint64_t v405 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v377)) * (uint64_t)((uint64_t)0xd2511f53ull)));
            const uint32_t v408 = b1[0];
            const uint64_t v412 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v400, ((uint64_t)0x20ull))) ^ ((uint32_t)v405))) ^ ((uint32_t)((uint32_t)v408 + (uint32_t)((uint32_t)0xbb67ae85ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
            const uint64_t v422 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v405, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v388, ((uint64_t)0x20ull))))) ^ v408))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
            const uint64_t v428 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v412, ((uint64_t)0x20ull))) ^ ((uint32_t)v422))) ^ ((uint32_t)((uint32_t)v397 + (uint32_t)((uint32_t)0x3c6ef372ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
            const uint64_t v438 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v422, ((uint64_t)0x20ull))) ^ ((uint32_t)v391))) ^ ((uint32_t)((uint32_t)v397 + (uint32_t)((uint32_t)0x9e3779b9ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
            const uint64_t v444 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v428, ((uint64_t)0x20ull))) ^ ((uint32_t)v438))) ^ ((uint32_t)((uint32_t)v408 + (uint32_t)((uint32_t)0x32370b8full)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
            const uint64_t v454 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v438, ((uint64_t)0x20ull))) ^ ((uint32_t)v400))) ^ ((uint32_t)((uint32_t)v408 + (uint32_t)((uint32_t)0x76cf5d0aull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
            const uint64_t v460 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v444, ((uint64_t)0x20ull))) ^ ((uint32_t)v454))) ^ ((uint32_t)((uint32_t)v397 + (uint32_t)((uint32_t)0x78dde6e4ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
            const uint64_t v470 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v454, ((uint64_t)0x20ull))) ^ ((uint32_t)v412))) ^ ((uint32_t)((uint32_t)v397 + (uint32_t)((uint32_t)0xdaa66d2bull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
            const uint64_t v476 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v460, ((uint64_t)0x20ull))) ^ ((uint32_t)v470))) ^ ((uint32_t)((uint32_t)v408 + (uint32_t)((uint32_t)0xa9066899ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
            const uint64_t v486 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v470, ((uint64_t)0x20ull))) ^ ((uint32_t)v428))) ^ ((uint32_t)((uint32_t)v408 + (uint32_t)((uint32_t)0xed9eba14ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
            const uint64_t v502 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v486, ((uint64_t)0x20ull))) ^ ((uint32_t)v444))) ^ ((uint32_t)((uint32_t)v397 + (uint32_t)((uint32_t)0x1715609dull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
            const uint64_t v518 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v502, ((uint64_t)0x20ull))) ^ ((uint32_t)v460))) ^ ((uint32_t)((uint32_t)v408 + (uint32_t)((uint32_t)0x646e171eull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
            g366 = ((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v476, ((uint64_t)0x20ull))) ^ ((uint32_t)v486))) ^ ((uint32_t)((uint32_t)v397 + (uint32_t)((uint32_t)0xb54cda56ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v502))) ^ ((uint32_t)((uint32_t)v408 + (uint32_t)((uint32_t)0x1fd5c5a3ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v518))) ^ ((uint32_t)((uint32_t)v397 + (uint32_t)((uint32_t)0xf1bbcdc8ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v518, ((uint64_t)0x20ull))) ^ ((uint32_t)v476))) ^ ((uint32_t)((uint32_t)v397 + (uint32_t)((uint32_t)0x5384540full)))))) * (uint64_t)((uint64_t)0xd2511f53ull)))))) ^ ((uint32_t)((uint32_t)v408 + (uint32_t)((uint32_t)0x96a522adull)))));
          } else {
            const int64_t t541 = (i6 - 3);
            const uint64_t v542 = b0[1];
            const uint64_t v549 = ((uint64_t)(((uint64_t)((uint32_t)v542)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v542, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
            const uint64_t v552 = ((uint64_t)((uint64_t)v549 + (uint64_t)((uint64_t)((int64_t)i4))));
            const uint64_t v554 = b0[0];
            const uint64_t v561 = ((uint64_t)(((uint64_t)((uint32_t)v554)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v554, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull))));
            const uint64_t v563 = (((uint8_t)(v552 < v549)) ? ((uint64_t)((uint64_t)v561 + (uint64_t)((uint64_t)0x1ull))) : v561);
            const uint64_t v566 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v563)) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
            const uint32_t v572 = b2[0];
            const uint64_t v575 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v566, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v552, ((uint64_t)0x20ull))))) ^ v572))) * (uint64_t)((uint64_t)0xd2511f53ull)));
            const uint64_t v580 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)v552)) * (uint64_t)((uint64_t)0xd2511f53ull)));
            const uint32_t v583 = b1[0];
            const uint64_t v587 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v575, ((uint64_t)0x20ull))) ^ ((uint32_t)v580))) ^ ((uint32_t)((uint32_t)v583 + (uint32_t)((uint32_t)0xbb67ae85ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
            const uint64_t v597 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v580, ((uint64_t)0x20ull))) ^ ((uint32_t)hlox_shrl_u64(v563, ((uint64_t)0x20ull))))) ^ v583))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
            const uint64_t v603 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v587, ((uint64_t)0x20ull))) ^ ((uint32_t)v597))) ^ ((uint32_t)((uint32_t)v572 + (uint32_t)((uint32_t)0x3c6ef372ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
            const uint64_t v613 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v597, ((uint64_t)0x20ull))) ^ ((uint32_t)v566))) ^ ((uint32_t)((uint32_t)v572 + (uint32_t)((uint32_t)0x9e3779b9ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
            const uint64_t v619 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v603, ((uint64_t)0x20ull))) ^ ((uint32_t)v613))) ^ ((uint32_t)((uint32_t)v583 + (uint32_t)((uint32_t)0x32370b8full)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
            const uint64_t v629 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v613, ((uint64_t)0x20ull))) ^ ((uint32_t)v575))) ^ ((uint32_t)((uint32_t)v583 + (uint32_t)((uint32_t)0x76cf5d0aull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
            const uint64_t v635 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v619, ((uint64_t)0x20ull))) ^ ((uint32_t)v629))) ^ ((uint32_t)((uint32_t)v572 + (uint32_t)((uint32_t)0x78dde6e4ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
            const uint64_t v645 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v629, ((uint64_t)0x20ull))) ^ ((uint32_t)v587))) ^ ((uint32_t)((uint32_t)v572 + (uint32_t)((uint32_t)0xdaa66d2bull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
            const uint64_t v661 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v645, ((uint64_t)0x20ull))) ^ ((uint32_t)v603))) ^ ((uint32_t)((uint32_t)v583 + (uint32_t)((uint32_t)0xed9eba14ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)));
            const uint64_t v677 = ((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v661, ((uint64_t)0x20ull))) ^ ((uint32_t)v619))) ^ ((uint32_t)((uint32_t)v572 + (uint32_t)((uint32_t)0x1715609dull)))))) * (uint64_t)((uint64_t)0xd2511f53ull)));
            g366 = ((uint32_t)((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v635, ((uint64_t)0x20ull))) ^ ((uint32_t)v645))) ^ ((uint32_t)((uint32_t)v583 + (uint32_t)((uint32_t)0xa9066899ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v661))) ^ ((uint32_t)((uint32_t)v572 + (uint32_t)((uint32_t)0xb54cda56ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)v677))) ^ ((uint32_t)((uint32_t)v583 + (uint32_t)((uint32_t)0x1fd5c5a3ull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull))), ((uint64_t)0x20ull))) ^ ((uint32_t)((uint64_t)((uint64_t)((uint64_t)((uint32_t)(((uint32_t)(((uint32_t)hlox_shrl_u64(v677, ((uint64_t)0x20ull))) ^ ((uint32_t)v635))) ^ ((uint32_t)((uint32_t)v583 + (uint32_t)((uint32_t)0x646e171eull)))))) * (uint64_t)((uint64_t)0xcd9e8d57ull)))))) ^ ((uint32_t)((uint32_t)v572 + (uint32_t)((uint32_t)0xf1bbcdc8ull)))))) * (uint64_t)((uint64_t)0xd2511f53ull))));
          }
          g204 = g366;
        }
        g8 = g204;
      }
      b3[((i4 * 4) + i6)] = g8;
    }
  }
}

__attribute__((noinline)) static void k_bitcast_convert_bitcast_fusion(const uint64_t *restrict b0, uint32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const int64_t t6 = (i4 / 2);
    uint64_t g13;
    if ((t6 < 1)) {
      const uint64_t v14 = b0[t6];
      g13 = v14;
    } else {
      const int64_t t15 = (t6 - 1);
      const uint64_t v16 = b0[1];
      g13 = ((uint64_t)((uint64_t)((uint64_t)(((uint64_t)((uint32_t)v16)) | hlox_shl_u64(((uint64_t)((uint32_t)hlox_shrl_u64(v16, ((uint64_t)0x20ull)))), ((uint64_t)0x20ull)))) + (uint64_t)((uint64_t)0x3ull)));
    }
    b1[i4] = ((uint32_t)((uint64_t)(hlox_shrl_u64(g13, ((uint64_t)((uint64_t)((uint64_t)0x20ull) * (uint64_t)((uint64_t)((int64_t)(i4 % 2)))))) & ((uint64_t)0xffffffffull))));
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
