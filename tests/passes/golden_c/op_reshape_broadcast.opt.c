

/* hlox: kernels */
__attribute__((noinline)) static void k_bitcast_broadcast_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 3; i3++) {
        const float v6 = b0[((i1 * 3) + i3)];
        b1[(((i1 * 12) + (i2 * 3)) + i3)] = v6;
      }
    }
  }
}

__attribute__((noinline)) static void k_iota_add_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 4; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 3; i3++) {
        const float v6 = b0[((i1 * 3) + i3)];
        b1[(((i1 * 12) + (i2 * 3)) + i3)] = (v6 + ((float)((int64_t)i2)));
      }
    }
  }
}

__attribute__((noinline)) static void k_wrapped_broadcast(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 3; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 6; i2++) {
      const float v3 = b0[i2];
      b1[((i1 * 6) + i2)] = v3;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_bitcast_broadcast_fusion(((float *)params[0]), ((float *)results[0]));
  k_iota_add_fusion(((float *)params[1]), ((float *)results[1]));
  k_wrapped_broadcast(((float *)params[0]), ((float *)results[2]));
  return 0;
}
