

/* hlox: kernels */
__attribute__((noinline)) static void k_rng_bit_generator_8(uint64_t *restrict b0, const uint32_t *restrict b1) {
  memcpy(b0, b1, 16);
}

__attribute__((noinline)) static void k_rng_bit_generator_9(const uint64_t *restrict b0, uint32_t *restrict b1, uint64_t *restrict b2) {
  const uint64_t v2 = b0[0];
  const uint64_t v3 = b0[1];
  const uint32_t v4 = ((uint32_t)v2);
  const uint32_t v6 = ((uint32_t)hlox_shrl_u64(v2, ((uint64_t)0x20ull)));
  for (int64_t i8 = 0; i8 < 6; i8++) {
    const uint64_t v10 = ((uint64_t)((uint64_t)v3 + (uint64_t)((uint64_t)i8)));
    uint32_t x12 = ((uint32_t)v10);
    uint32_t x15 = ((uint32_t)hlox_shrl_u64(v10, ((uint64_t)0x20ull)));
    hlox_threefry2x32(&x12, &x15, v4, v6);
    const uint32_t v16 = x12;
    const uint32_t v17 = x15;
    const int64_t t18 = (i8 / 2);
    const int64_t t20 = (2 * (i8 % 2));
    if ((t20 < 4)) {
      b1[((t18 * 4) + t20)] = v16;
    }
    const int64_t t24 = (t20 + 1);
    if ((t24 < 4)) {
      b1[((t18 * 4) + t24)] = v17;
    }
  }
  b2[0] = v2;
  b2[1] = ((uint64_t)((uint64_t)v3 + (uint64_t)((uint64_t)0x6ull)));
}

__attribute__((noinline)) static void k_rng_bit_generator_12(uint32_t *restrict b0, const uint64_t *restrict b1) {
  memcpy(b0, b1, 16);
}

__attribute__((noinline)) static void k_rng_bit_generator_13(const uint32_t *restrict b0, uint32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 4; i1++) {
    const uint32_t v6 = b0[(((i1 / 2) * 2) + (i1 % 2))];
    b1[i1] = v6;
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
