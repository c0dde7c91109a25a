

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

__attribute__((noinline)) static void k_bitcast_convert_bitcast_fusion(const uint64_t *restrict b0, uint32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const int64_t t2 = (i1 / 2);
    uint64_t g9;
    if ((t2 < 1)) {
      const uint64_t v10 = b0[t2];
      g9 = v10;
    } else {
      const uint64_t v13 = b0[(1 + (t2 - 1))];
      g9 = ((uint64_t)((uint64_t)v13 + (uint64_t)((uint64_t)0x6ull)));
    }
    b1[i1] = ((uint32_t)((uint64_t)(hlox_shrl_u64(g9, ((uint64_t)((uint64_t)((uint64_t)0x20ull) * (uint64_t)((uint64_t)((int64_t)(i1 % 2)))))) & ((uint64_t)0xffffffffull))));
  }
}

__attribute__((noinline)) static void k_concatenate_bitcast_fusion(const uint64_t *restrict b0, uint32_t *restrict b1) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 4; i2++) {
      const int64_t t3 = (i2 / 2);
      const int64_t t4 = (i2 % 2);
      uint32_t g6;
      if ((t4 < 1)) {
        const uint64_t v7 = b0[1];
        const uint64_t v15 = ((uint64_t)((uint64_t)((uint64_t)((uint64_t)v7 + (uint64_t)((uint64_t)((int64_t)t3)))) + (uint64_t)((uint64_t)((uint64_t)((uint64_t)((int64_t)i1)) * (uint64_t)((uint64_t)0x2ull)))));
        const uint64_t v17 = b0[0];
        const uint32_t v18 = ((uint32_t)v17);
        const uint32_t v24 = ((uint32_t)hlox_shrl_u64(v17, ((uint64_t)0x20ull)));
        const uint32_t v25 = ((uint32_t)((uint32_t)((uint32_t)hlox_shrl_u64(v15, ((uint64_t)0x20ull))) + (uint32_t)v24));
        const uint32_t v26 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)v15) + (uint32_t)v18)) + (uint32_t)v25));
        const uint32_t v32 = ((uint32_t)(v26 ^ ((uint32_t)(hlox_shl_u32(v25, ((uint32_t)0xdull)) | hlox_shrl_u32(v25, ((uint32_t)0x13ull))))));
        const uint32_t v33 = ((uint32_t)((uint32_t)v26 + (uint32_t)v32));
        const uint32_t v39 = ((uint32_t)(v33 ^ ((uint32_t)(hlox_shl_u32(v32, ((uint32_t)0xfull)) | hlox_shrl_u32(v32, ((uint32_t)0x11ull))))));
        const uint32_t v40 = ((uint32_t)((uint32_t)v33 + (uint32_t)v39));
        const uint32_t v46 = ((uint32_t)(v40 ^ ((uint32_t)(hlox_shl_u32(v39, ((uint32_t)0x1aull)) | hlox_shrl_u32(v39, ((uint32_t)0x6ull))))));
        const uint32_t v47 = ((uint32_t)((uint32_t)v40 + (uint32_t)v46));
        const uint32_t v55 = ((uint32_t)(((uint32_t)(((uint32_t)0x1bd11bdaull) ^ v18)) ^ v24));
        const uint32_t v58 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v47 ^ ((uint32_t)(hlox_shl_u32(v46, ((uint32_t)0x6ull)) | hlox_shrl_u32(v46, ((uint32_t)0x1aull)))))) + (uint32_t)v55)) + (uint32_t)((uint32_t)0x1ull)));
        const uint32_t v59 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v47 + (uint32_t)v24)) + (uint32_t)v58));
        const uint32_t v63 = ((uint32_t)(v59 ^ ((uint32_t)(hlox_shl_u32(v58, ((uint32_t)0x11ull)) | hlox_shrl_u32(v58, ((uint32_t)0xfull))))));
        const uint32_t v64 = ((uint32_t)((uint32_t)v59 + (uint32_t)v63));
        const uint32_t v70 = ((uint32_t)(v64 ^ ((uint32_t)(hlox_shl_u32(v63, ((uint32_t)0x1dull)) | hlox_shrl_u32(v63, ((uint32_t)0x3ull))))));
        const uint32_t v71 = ((uint32_t)((uint32_t)v64 + (uint32_t)v70));
        const uint32_t v76 = ((uint32_t)(v71 ^ ((uint32_t)(hlox_shl_u32(v70, ((uint32_t)0x10ull)) | hlox_shrl_u32(v70, ((uint32_t)0x10ull))))));
        const uint32_t v77 = ((uint32_t)((uint32_t)v71 + (uint32_t)v76));
        const uint32_t v87 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v77 ^ ((uint32_t)(hlox_shl_u32(v76, ((uint32_t)0x18ull)) | hlox_shrl_u32(v76, ((uint32_t)0x8ull)))))) + (uint32_t)v18)) + (uint32_t)((uint32_t)0x2ull)));
        const uint32_t v88 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v77 + (uint32_t)v55)) + (uint32_t)v87));
        const uint32_t v92 = ((uint32_t)(v88 ^ ((uint32_t)(hlox_shl_u32(v87, ((uint32_t)0xdull)) | hlox_shrl_u32(v87, ((uint32_t)0x13ull))))));
        const uint32_t v93 = ((uint32_t)((uint32_t)v88 + (uint32_t)v92));
        const uint32_t v97 = ((uint32_t)(v93 ^ ((uint32_t)(hlox_shl_u32(v92, ((uint32_t)0xfull)) | hlox_shrl_u32(v92, ((uint32_t)0x11ull))))));
        const uint32_t v98 = ((uint32_t)((uint32_t)v93 + (uint32_t)v97));
        const uint32_t v102 = ((uint32_t)(v98 ^ ((uint32_t)(hlox_shl_u32(v97, ((uint32_t)0x1aull)) | hlox_shrl_u32(v97, ((uint32_t)0x6ull))))));
        const uint32_t v103 = ((uint32_t)((uint32_t)v98 + (uint32_t)v102));
        const uint32_t v110 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v103 ^ ((uint32_t)(hlox_shl_u32(v102, ((uint32_t)0x6ull)) | hlox_shrl_u32(v102, ((uint32_t)0x1aull)))))) + (uint32_t)v24)) + (uint32_t)((uint32_t)0x3ull)));
        const uint32_t v111 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v103 + (uint32_t)v18)) + (uint32_t)v110));
        const uint32_t v115 = ((uint32_t)(v111 ^ ((uint32_t)(hlox_shl_u32(v110, ((uint32_t)0x11ull)) | hlox_shrl_u32(v110, ((uint32_t)0xfull))))));
        const uint32_t v116 = ((uint32_t)((uint32_t)v111 + (uint32_t)v115));
        const uint32_t v120 = ((uint32_t)(v116 ^ ((uint32_t)(hlox_shl_u32(v115, ((uint32_t)0x1dull)) | hlox_shrl_u32(v115, ((uint32_t)0x3ull))))));
        const uint32_t v121 = ((uint32_t)((uint32_t)v116 + (uint32_t)v120));
        const uint32_t v125 = ((uint32_t)(v121 ^ ((uint32_t)(hlox_shl_u32(v120, ((uint32_t)0x10ull)) | hlox_shrl_u32(v120, ((uint32_t)0x10ull))))));
        const uint32_t v126 = ((uint32_t)((uint32_t)v121 + (uint32_t)v125));
        const uint32_t v134 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v126 ^ ((uint32_t)(hlox_shl_u32(v125, ((uint32_t)0x18ull)) | hlox_shrl_u32(v125, ((uint32_t)0x8ull)))))) + (uint32_t)v55)) + (uint32_t)((uint32_t)0x4ull)));
        const uint32_t v135 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v126 + (uint32_t)v24)) + (uint32_t)v134));
        const uint32_t v139 = ((uint32_t)(v135 ^ ((uint32_t)(hlox_shl_u32(v134, ((uint32_t)0xdull)) | hlox_shrl_u32(v134, ((uint32_t)0x13ull))))));
        const uint32_t v140 = ((uint32_t)((uint32_t)v135 + (uint32_t)v139));
        const uint32_t v144 = ((uint32_t)(v140 ^ ((uint32_t)(hlox_shl_u32(v139, ((uint32_t)0xfull)) | hlox_shrl_u32(v139, ((uint32_t)0x11ull))))));
        const uint32_t v145 = ((uint32_t)((uint32_t)v140 + (uint32_t)v144));
        g6 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v145 + (uint32_t)((uint32_t)(v145 ^ ((uint32_t)(hlox_shl_u32(v144, ((uint32_t)0x1aull)) | hlox_shrl_u32(v144, ((uint32_t)0x6ull)))))))) + (uint32_t)v55));
      } else {
        const int64_t t152 = (t4 - 1);
        const uint64_t v153 = b0[1];
        const uint64_t v160 = ((uint64_t)((uint64_t)((uint64_t)((uint64_t)v153 + (uint64_t)((uint64_t)((int64_t)t3)))) + (uint64_t)((uint64_t)((uint64_t)((uint64_t)((int64_t)i1)) * (uint64_t)((uint64_t)0x2ull)))));
        const uint64_t v162 = b0[0];
        const uint32_t v163 = ((uint32_t)v162);
        const uint32_t v168 = ((uint32_t)hlox_shrl_u64(v162, ((uint64_t)0x20ull)));
        const uint32_t v169 = ((uint32_t)((uint32_t)((uint32_t)hlox_shrl_u64(v160, ((uint64_t)0x20ull))) + (uint32_t)v168));
        const uint32_t v170 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)v160) + (uint32_t)v163)) + (uint32_t)v169));
        const uint32_t v174 = ((uint32_t)(v170 ^ ((uint32_t)(hlox_shl_u32(v169, ((uint32_t)0xdull)) | hlox_shrl_u32(v169, ((uint32_t)0x13ull))))));
        const uint32_t v175 = ((uint32_t)((uint32_t)v170 + (uint32_t)v174));
        const uint32_t v179 = ((uint32_t)(v175 ^ ((uint32_t)(hlox_shl_u32(v174, ((uint32_t)0xfull)) | hlox_shrl_u32(v174, ((uint32_t)0x11ull))))));
        const uint32_t v180 = ((uint32_t)((uint32_t)v175 + (uint32_t)v179));
        const uint32_t v184 = ((uint32_t)(v180 ^ ((uint32_t)(hlox_shl_u32(v179, ((uint32_t)0x1aull)) | hlox_shrl_u32(v179, ((uint32_t)0x6ull))))));
        const uint32_t v185 = ((uint32_t)((uint32_t)v180 + (uint32_t)v184));
        const uint32_t v192 = ((uint32_t)(((uint32_t)(((uint32_t)0x1bd11bdaull) ^ v163)) ^ v168));
        const uint32_t v194 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v185 ^ ((uint32_t)(hlox_shl_u32(v184, ((uint32_t)0x6ull)) | hlox_shrl_u32(v184, ((uint32_t)0x1aull)))))) + (uint32_t)v192)) + (uint32_t)((uint32_t)0x1ull)));
        const uint32_t v195 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v185 + (uint32_t)v168)) + (uint32_t)v194));
        const uint32_t v199 = ((uint32_t)(v195 ^ ((uint32_t)(hlox_shl_u32(v194, ((uint32_t)0x11ull)) | hlox_shrl_u32(v194, ((uint32_t)0xfull))))));
        const uint32_t v200 = ((uint32_t)((uint32_t)v195 + (uint32_t)v199));
        const uint32_t v204 = ((uint32_t)(v200 ^ ((uint32_t)(hlox_shl_u32(v199, ((uint32_t)0x1dull)) | hlox_shrl_u32(v199, ((uint32_t)0x3ull))))));
        const uint32_t v205 = ((uint32_t)((uint32_t)v200 + (uint32_t)v204));
        const uint32_t v209 = ((uint32_t)(v205 ^ ((uint32_t)(hlox_shl_u32(v204, ((uint32_t)0x10ull)) | hlox_shrl_u32(v204, ((uint32_t)0x10ull))))));
        const uint32_t v210 = ((uint32_t)((uint32_t)v205 + (uint32_t)v209));
        const uint32_t v217 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v210 ^ ((uint32_t)(hlox_shl_u32(v209, ((uint32_t)0x18ull)) | hlox_shrl_u32(v209, ((uint32_t)0x8ull)))))) + (uint32_t)v163)) + (uint32_t)((uint32_t)0x2ull)));
        const uint32_t v218 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v210 + (uint32_t)v192)) + (uint32_t)v217));
        const uint32_t v222 = ((uint32_t)(v218 ^ ((uint32_t)(hlox_shl_u32(v217, ((uint32_t)0xdull)) | hlox_shrl_u32(v217, ((uint32_t)0x13ull))))));
        const uint32_t v223 = ((uint32_t)((uint32_t)v218 + (uint32_t)v222));
        const uint32_t v227 = ((uint32_t)(v223 ^ ((uint32_t)(hlox_shl_u32(v222, ((uint32_t)0xfull)) | hlox_shrl_u32(v222, ((uint32_t)0x11ull))))));
        const uint32_t v228 = ((uint32_t)((uint32_t)v223 + (uint32_t)v227));
        const uint32_t v232 = ((uint32_t)(v228 ^ ((uint32_t)(hlox_shl_u32(v227, ((uint32_t)0x1aull)) | hlox_shrl_u32(v227, ((uint32_t)0x6ull))))));
        const uint32_t v233 = ((uint32_t)((uint32_t)v228 + (uint32_t)v232));
        const uint32_t v240 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v233 ^ ((uint32_t)(hlox_shl_u32(v232, ((uint32_t)0x6ull)) | hlox_shrl_u32(v232, ((uint32_t)0x1aull)))))) + (uint32_t)v168)) + (uint32_t)((uint32_t)0x3ull)));
        const uint32_t v241 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v233 + (uint32_t)v163)) + (uint32_t)v240));
        const uint32_t v245 = ((uint32_t)(v241 ^ ((uint32_t)(hlox_shl_u32(v240, ((uint32_t)0x11ull)) | hlox_shrl_u32(v240, ((uint32_t)0xfull))))));
        const uint32_t v246 = ((uint32_t)((uint32_t)v241 + (uint32_t)v245));
        const uint32_t v250 = ((uint32_t)(v246 ^ ((uint32_t)(hlox_shl_u32(v245, ((uint32_t)0x1dull)) | hlox_shrl_u32(v245, ((uint32_t)0x3ull))))));
        const uint32_t v251 = ((uint32_t)((uint32_t)v246 + (uint32_t)v250));
        const uint32_t v255 = ((uint32_t)(v251 ^ ((uint32_t)(hlox_shl_u32(v250, ((uint32_t)0x10ull)) | hlox_shrl_u32(v250, ((uint32_t)0x10ull))))));
        const uint32_t v256 = ((uint32_t)((uint32_t)v251 + (uint32_t)v255));
        const uint32_t v263 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v256 ^ ((uint32_t)(hlox_shl_u32(v255, ((uint32_t)0x18ull)) | hlox_shrl_u32(v255, ((uint32_t)0x8ull)))))) + (uint32_t)v192)) + (uint32_t)((uint32_t)0x4ull)));
        const uint32_t v264 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v256 + (uint32_t)v168)) + (uint32_t)v263));
        const uint32_t v268 = ((uint32_t)(v264 ^ ((uint32_t)(hlox_shl_u32(v263, ((uint32_t)0xdull)) | hlox_shrl_u32(v263, ((uint32_t)0x13ull))))));
        const uint32_t v269 = ((uint32_t)((uint32_t)v264 + (uint32_t)v268));
        const uint32_t v273 = ((uint32_t)(v269 ^ ((uint32_t)(hlox_shl_u32(v268, ((uint32_t)0xfull)) | hlox_shrl_u32(v268, ((uint32_t)0x11ull))))));
        const uint32_t v274 = ((uint32_t)((uint32_t)v269 + (uint32_t)v273));
        const uint32_t v278 = ((uint32_t)(v274 ^ ((uint32_t)(hlox_shl_u32(v273, ((uint32_t)0x1aull)) | hlox_shrl_u32(v273, ((uint32_t)0x6ull))))));
        g6 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(((uint32_t)((uint32_t)v274 + (uint32_t)v278)) ^ ((uint32_t)(hlox_shl_u32(v278, ((uint32_t)0x6ull)) | hlox_shrl_u32(v278, ((uint32_t)0x1aull)))))) + (uint32_t)v163)) + (uint32_t)((uint32_t)0x5ull)));
      }
      b1[((i1 * 4) + i2)] = g6;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_shift_left_reduce_fusion(((uint32_t *)params[0]), ((uint64_t *)A));
  k_bitcast_convert_bitcast_fusion(((uint64_t *)A), ((uint32_t *)results[0]));
  k_concatenate_bitcast_fusion(((uint64_t *)A), ((uint32_t *)results[1]));
  return 0;
}
