

/* hlox: kernels */
__attribute__((noinline)) static void k_rng_bit_generator_8(uint64_t *restrict b0, const uint32_t *restrict b1) {
  memcpy(b0, b1, 16);
}

__attribute__((noinline)) static void k_rng_bit_generator_9(const uint64_t *restrict b0, uint32_t *restrict b1, uint64_t *restrict b2) {
  const uint64_t v3 = b0[0];
  const uint64_t v5 = b0[1];
  const uint32_t v6 = ((uint32_t)v3);
  const uint32_t v8 = ((uint32_t)hlox_shrl_u64(v3, ((uint64_t)0x20ull)));
  for (int64_t i11 = 0; i11 < 6; i11++) {
    const uint64_t v13 = ((uint64_t)((uint64_t)v5 + (uint64_t)((uint64_t)i11)));
    uint32_t x15 = ((uint32_t)v13);
    uint32_t x18 = ((uint32_t)hlox_shrl_u64(v13, ((uint64_t)0x20ull)));
    hlox_threefry2x32(&x15, &x18, v6, v8);
    const uint32_t v19 = x15;
    const uint32_t v20 = x18;
    const int64_t t22 = (i11 / 2);
    const int64_t t24 = (2 * (i11 % 2));
    if ((t24 < 4)) {
      b1[((t22 * 4) + t24)] = v19;
    }
    const int64_t t29 = (t24 + 1);
    if ((t29 < 4)) {
      b1[((t22 * 4) + t29)] = v20;
    }
  }
  b2[0] = v3;
  b2[1] = ((uint64_t)((uint64_t)v5 + (uint64_t)((uint64_t)0x6ull)));
}

__attribute__((noinline)) static void k_rng_bit_generator_12(uint32_t *restrict b0, const uint64_t *restrict b1) {
  memcpy(b0, b1, 16);
}

__attribute__((noinline)) static void k_rng_bit_generator_13(const uint32_t *restrict b0, uint32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 4; i4++) {
    const uint32_t v10 = b0[(((i4 / 2) * 2) + (i4 % 2))];
    b1[i4] = v10;
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_rng_bit_generator_8(((uint64_t *)results[0]), ((uint32_t *)params[0]));
  k_rng_bit_generator_9(((uint64_t *)results[0]), ((uint32_t *)A), ((uint64_t *)results[1]));
  k_rng_bit_generator_12(((uint32_t *)((char *)results[1] + 16)), ((uint64_t *)results[1]));
  k_rng_bit_generator_13(((uint32_t *)((char *)results[1] + 16)), ((uint32_t *)results[0]));
  memcpy(((uint32_t *)results[1]), ((uint32_t *)A), 48);
  return 0;
}
