

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

__attribute__((noinline)) static void k_bitcast_convert_bitcast_fusion(const uint64_t *restrict b0, uint32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const int64_t t6 = (i4 / 2);
    uint64_t g13;
    if ((t6 < 1)) {
      const uint64_t v14 = b0[t6];
      g13 = v14;
    } else {
      const uint64_t v17 = b0[(1 + (t6 - 1))];
      g13 = ((uint64_t)((uint64_t)v17 + (uint64_t)((uint64_t)0x6ull)));
    }
    b1[i4] = ((uint32_t)((uint64_t)(hlox_shrl_u64(g13, ((uint64_t)((uint64_t)((uint64_t)0x20ull) * (uint64_t)((uint64_t)((int64_t)(i4 % 2)))))) & ((uint64_t)0xffffffffull))));
  }
}

__attribute__((noinline)) static void k_concatenate_bitcast_fusion(const uint64_t *restrict b0, uint32_t *restrict b1) {
  for (int64_t i4 = 0; i4 < 3; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 4; i6++) {
      const int64_t t8 = (i6 / 2);
      const int64_t t9 = (i6 % 2);
      uint32_t g11;
      if ((t9 < 1)) {
        const uint64_t v12 = b0[1];
        const uint64_t v20 = ((uint64_t)((uint64_t)((uint64_t)((uint64_t)v12 + (uint64_t)((uint64_t)((int64_t)t8)))) + (uint64_t)((uint64_t)((uint64_t)((uint64_t)((int64_t)i4)) * (uint64_t)((uint64_t)0x2ull)))));
        const uint64_t v22 = b0[0];
        const uint32_t v23 = ((uint32_t)v22);
        const uint32_t v29 = ((uint32_t)hlox_shrl_u64(v22, ((uint64_t)0x20ull)));
        const uint32_t v30 = ((uint32_t)((uint32_t)((uint32_t)hlox_shrl_u64(v20, ((uint64_t)0x20ull))) + (uint32_t)v29));
        const uint32_t v31 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)v20) + (uint32_t)v23)) + (uint32_t)v30));
        const uint32_t v37 = ((uint32_t)(v31 ^ ((uint32_t)(hlox_shl_u32(v30, ((uint32_t)0xdull)) | hlox_shrl_u32(v30, ((uint32_t)0x13ull))))));
        const uint32_t v38 = ((uint32_t)((uint32_t)v31 + (uint32_t)v37));
        const uint32_t v44 = ((uint32_t)(v38 ^ ((uint32_t)(hlox_shl_u32(v37, ((uint32_t)0xfull)) | hlox_shrl_u32(v37, ((uint32_t)0x11ull))))));
        const uint32_t v45 = ((uint32_t)((uint32_t)v38 + (uint32_t)v44));
        const uint32_t v51 = ((uint32_t)(v45 ^ ((uint32_t)(hlox_shl_u32(v44, ((uint32_t)0x1aull)) | hlox_shrl_u32(v44, ((uint32_t)0x6ull))))));
        const uint32_t v52 = ((uint32_t)((uint32_t)v45 + (uint32_t)v51));
        const uint32_t v60 = ((uint32_t)(((uint32_t)(((uint32_t)0x1bd11bdaull) ^ v23)) ^ v29));
        const uint32_t v63 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v52 ^ ((uint32_t)(hlox_shl_u32(v51, ((uint32_t)0x6ull)) | hlox_shrl_u32(v51, ((uint32_t)0x1aull)))))) + (uint32_t)v60)) + (uint32_t)((uint32_t)0x1ull)));
        const uint32_t v64 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v52 + (uint32_t)v29)) + (uint32_t)v63));
        const uint32_t v68 = ((uint32_t)(v64 ^ ((uint32_t)(hlox_shl_u32(v63, ((uint32_t)0x11ull)) | hlox_shrl_u32(v63, ((uint32_t)0xfull))))));
        const uint32_t v69 = ((uint32_t)((uint32_t)v64 + (uint32_t)v68));
        const uint32_t v75 = ((uint32_t)(v69 ^ ((uint32_t)(hlox_shl_u32(v68, ((uint32_t)0x1dull)) | hlox_shrl_u32(v68, ((uint32_t)0x3ull))))));
        const uint32_t v76 = ((uint32_t)((uint32_t)v69 + (uint32_t)v75));
        const uint32_t v81 = ((uint32_t)(v76 ^ ((uint32_t)(hlox_shl_u32(v75, ((uint32_t)0x10ull)) | hlox_shrl_u32(v75, ((uint32_t)0x10ull))))));
        const uint32_t v82 = ((uint32_t)((uint32_t)v76 + (uint32_t)v81));
        const uint32_t v92 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v82 ^ ((uint32_t)(hlox_shl_u32(v81, ((uint32_t)0x18ull)) | hlox_shrl_u32(v81, ((uint32_t)0x8ull)))))) + (uint32_t)v23)) + (uint32_t)((uint32_t)0x2ull)));
        const uint32_t v93 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v82 + (uint32_t)v60)) + (uint32_t)v92));
        const uint32_t v97 = ((uint32_t)(v93 ^ ((uint32_t)(hlox_shl_u32(v92, ((uint32_t)0xdull)) | hlox_shrl_u32(v92, ((uint32_t)0x13ull))))));
        const uint32_t v98 = ((uint32_t)((uint32_t)v93 + (uint32_t)v97));
        const uint32_t v102 = ((uint32_t)(v98 ^ ((uint32_t)(hlox_shl_u32(v97, ((uint32_t)0xfull)) | hlox_shrl_u32(v97, ((uint32_t)0x11ull))))));
        const uint32_t v103 = ((uint32_t)((uint32_t)v98 + (uint32_t)v102));
        const uint32_t v107 = ((uint32_t)(v103 ^ ((uint32_t)(hlox_shl_u32(v102, ((uint32_t)0x1aull)) | hlox_shrl_u32(v102, ((uint32_t)0x6ull))))));
        const uint32_t v108 = ((uint32_t)((uint32_t)v103 + (uint32_t)v107));
        const uint32_t v115 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v108 ^ ((uint32_t)(hlox_shl_u32(v107, ((uint32_t)0x6ull)) | hlox_shrl_u32(v107, ((uint32_t)0x1aull)))))) + (uint32_t)v29)) + (uint32_t)((uint32_t)0x3ull)));
        const uint32_t v116 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v108 + (uint32_t)v23)) + (uint32_t)v115));
        const uint32_t v120 = ((uint32_t)(v116 ^ ((uint32_t)(hlox_shl_u32(v115, ((uint32_t)0x11ull)) | hlox_shrl_u32(v115, ((uint32_t)0xfull))))));
        const uint32_t v121 = ((uint32_t)((uint32_t)v116 + (uint32_t)v120));
        const uint32_t v125 = ((uint32_t)(v121 ^ ((uint32_t)(hlox_shl_u32(v120, ((uint32_t)0x1dull)) | hlox_shrl_u32(v120, ((uint32_t)0x3ull))))));
        const uint32_t v126 = ((uint32_t)((uint32_t)v121 + (uint32_t)v125));
        const uint32_t v130 = ((uint32_t)(v126 ^ ((uint32_t)(hlox_shl_u32(v125, ((uint32_t)0x10ull)) | hlox_shrl_u32(v125, ((uint32_t)0x10ull))))));
        const uint32_t v131 = ((uint32_t)((uint32_t)v126 + (uint32_t)v130));
        const uint32_t v139 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v131 ^ ((uint32_t)(hlox_shl_u32(v130, ((uint32_t)0x18ull)) | hlox_shrl_u32(v130, ((uint32_t)0x8ull)))))) + (uint32_t)v60)) + (uint32_t)((uint32_t)0x4ull)));
        const uint32_t v140 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v131 + (uint32_t)v29)) + (uint32_t)v139));
        const uint32_t v144 = ((uint32_t)(v140 ^ ((uint32_t)(hlox_shl_u32(v139, ((uint32_t)0xdull)) | hlox_shrl_u32(v139, ((uint32_t)0x13ull))))));
        const uint32_t v145 = ((uint32_t)((uint32_t)v140 + (uint32_t)v144));
        const uint32_t v149 = ((uint32_t)(v145 ^ ((uint32_t)(hlox_shl_u32(v144, ((uint32_t)0xfull)) | hlox_shrl_u32(v144, ((uint32_t)0x11ull))))));
        const uint32_t v150 = ((uint32_t)((uint32_t)v145 + (uint32_t)v149));
        g11 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v150 + (uint32_t)((uint32_t)(v150 ^ ((uint32_t)(hlox_shl_u32(v149, ((uint32_t)0x1aull)) | hlox_shrl_u32(v149, ((uint32_t)0x6ull)))))))) + (uint32_t)v60));
      } else {
        const int64_t t157 = (t9 - 1);
        const uint64_t v158 = b0[1];
        const uint64_t v165 = ((uint64_t)((uint64_t)((uint64_t)((uint64_t)v158 + (uint64_t)((uint64_t)((int64_t)t8)))) + (uint64_t)((uint64_t)((uint64_t)((uint64_t)((int64_t)i4)) * (uint64_t)((uint64_t)0x2ull)))));
        const uint64_t v167 = b0[0];
        const uint32_t v168 = ((uint32_t)v167);
        const uint32_t v173 = ((uint32_t)hlox_shrl_u64(v167, ((uint64_t)0x20ull)));
        const uint32_t v174 = ((uint32_t)((uint32_t)((uint32_t)hlox_shrl_u64(v165, ((uint64_t)0x20ull))) + (uint32_t)v173));
        const uint32_t v175 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)v165) + (uint32_t)v168)) + (uint32_t)v174));
        const uint32_t v179 = ((uint32_t)(v175 ^ ((uint32_t)(hlox_shl_u32(v174, ((uint32_t)0xdull)) | hlox_shrl_u32(v174, ((uint32_t)0x13ull))))));
        const uint32_t v180 = ((uint32_t)((uint32_t)v175 + (uint32_t)v179));
        const uint32_t v184 = ((uint32_t)(v180 ^ ((uint32_t)(hlox_shl_u32(v179, ((uint32_t)0xfull)) | hlox_shrl_u32(v179, ((uint32_t)0x11ull))))));
        const uint32_t v185 = ((uint32_t)((uint32_t)v180 + (uint32_t)v184));
        const uint32_t v189 = ((uint32_t)(v185 ^ ((uint32_t)(hlox_shl_u32(v184, ((uint32_t)0x1aull)) | hlox_shrl_u32(v184, ((uint32_t)0x6ull))))));
        const uint32_t v190 = ((uint32_t)((uint32_t)v185 + (uint32_t)v189));
        const uint32_t v197 = ((uint32_t)(((uint32_t)(((uint32_t)0x1bd11bdaull) ^ v168)) ^ v173));
        const uint32_t v199 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v190 ^ ((uint32_t)(hlox_shl_u32(v189, ((uint32_t)0x6ull)) | hlox_shrl_u32(v189, ((uint32_t)0x1aull)))))) + (uint32_t)v197)) + (uint32_t)((uint32_t)0x1ull)));
        const uint32_t v200 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v190 + (uint32_t)v173)) + (uint32_t)v199));
        const uint32_t v204 = ((uint32_t)(v200 ^ ((uint32_t)(hlox_shl_u32(v199, ((uint32_t)0x11ull)) | hlox_shrl_u32(v199, ((uint32_t)0xfull))))));
        const uint32_t v205 = ((uint32_t)((uint32_t)v200 + (uint32_t)v204));
        const uint32_t v209 = ((uint32_t)(v205 ^ ((uint32_t)(hlox_shl_u32(v204, ((uint32_t)0x1dull)) | hlox_shrl_u32(v204, ((uint32_t)0x3ull))))));
        const uint32_t v210 = ((uint32_t)((uint32_t)v205 + (uint32_t)v209));
        const uint32_t v214 = ((uint32_t)(v210 ^ ((uint32_t)(hlox_shl_u32(v209, ((uint32_t)0x10ull)) | hlox_shrl_u32(v209, ((uint32_t)0x10ull))))));
        const uint32_t v215 = ((uint32_t)((uint32_t)v210 + (uint32_t)v214));
        const uint32_t v222 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v215 ^ ((uint32_t)(hlox_shl_u32(v214, ((uint32_t)0x18ull)) | hlox_shrl_u32(v214, ((uint32_t)0x8ull)))))) + (uint32_t)v168)) + (uint32_t)((uint32_t)0x2ull)));
        const uint32_t v223 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v215 + (uint32_t)v197)) + (uint32_t)v222));
        const uint32_t v227 = ((uint32_t)(v223 ^ ((uint32_t)(hlox_shl_u32(v222, ((uint32_t)0xdull)) | hlox_shrl_u32(v222, ((uint32_t)0x13ull))))));
        const uint32_t v228 = ((uint32_t)((uint32_t)v223 + (uint32_t)v227));
        const uint32_t v232 = ((uint32_t)(v228 ^ ((uint32_t)(hlox_shl_u32(v227, ((uint32_t)0xfull)) | hlox_shrl_u32(v227, ((uint32_t)0x11ull))))));
        const uint32_t v233 = ((uint32_t)((uint32_t)v228 + (uint32_t)v232));
        const uint32_t v237 = ((uint32_t)(v233 ^ ((uint32_t)(hlox_shl_u32(v232, ((uint32_t)0x1aull)) | hlox_shrl_u32(v232, ((uint32_t)0x6ull))))));
        const uint32_t v238 = ((uint32_t)((uint32_t)v233 + (uint32_t)v237));
        const uint32_t v245 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v238 ^ ((uint32_t)(hlox_shl_u32(v237, ((uint32_t)0x6ull)) | hlox_shrl_u32(v237, ((uint32_t)0x1aull)))))) + (uint32_t)v173)) + (uint32_t)((uint32_t)0x3ull)));
        const uint32_t v246 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v238 + (uint32_t)v168)) + (uint32_t)v245));
        const uint32_t v250 = ((uint32_t)(v246 ^ ((uint32_t)(hlox_shl_u32(v245, ((uint32_t)0x11ull)) | hlox_shrl_u32(v245, ((uint32_t)0xfull))))));
        const uint32_t v251 = ((uint32_t)((uint32_t)v246 + (uint32_t)v250));
        const uint32_t v255 = ((uint32_t)(v251 ^ ((uint32_t)(hlox_shl_u32(v250, ((uint32_t)0x1dull)) | hlox_shrl_u32(v250, ((uint32_t)0x3ull))))));
        const uint32_t v256 = ((uint32_t)((uint32_t)v251 + (uint32_t)v255));
        const uint32_t v260 = ((uint32_t)(v256 ^ ((uint32_t)(hlox_shl_u32(v255, ((uint32_t)0x10ull)) | hlox_shrl_u32(v255, ((uint32_t)0x10ull))))));
        const uint32_t v261 = ((uint32_t)((uint32_t)v256 + (uint32_t)v260));
        const uint32_t v268 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(v261 ^ ((uint32_t)(hlox_shl_u32(v260, ((uint32_t)0x18ull)) | hlox_shrl_u32(v260, ((uint32_t)0x8ull)))))) + (uint32_t)v197)) + (uint32_t)((uint32_t)0x4ull)));
        const uint32_t v269 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)v261 + (uint32_t)v173)) + (uint32_t)v268));
        const uint32_t v273 = ((uint32_t)(v269 ^ ((uint32_t)(hlox_shl_u32(v268, ((uint32_t)0xdull)) | hlox_shrl_u32(v268, ((uint32_t)0x13ull))))));
        const uint32_t v274 = ((uint32_t)((uint32_t)v269 + (uint32_t)v273));
        const uint32_t v278 = ((uint32_t)(v274 ^ ((uint32_t)(hlox_shl_u32(v273, ((uint32_t)0xfull)) | hlox_shrl_u32(v273, ((uint32_t)0x11ull))))));
        const uint32_t v279 = ((uint32_t)((uint32_t)v274 + (uint32_t)v278));
        const uint32_t v283 = ((uint32_t)(v279 ^ ((uint32_t)(hlox_shl_u32(v278, ((uint32_t)0x1aull)) | hlox_shrl_u32(v278, ((uint32_t)0x6ull))))));
        g11 = ((uint32_t)((uint32_t)((uint32_t)((uint32_t)((uint32_t)(((uint32_t)((uint32_t)v279 + (uint32_t)v283)) ^ ((uint32_t)(hlox_shl_u32(v283, ((uint32_t)0x6ull)) | hlox_shrl_u32(v283, ((uint32_t)0x1aull)))))) + (uint32_t)v168)) + (uint32_t)((uint32_t)0x5ull)));
      }
      b1[((i4 * 4) + i6)] = g11;
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
