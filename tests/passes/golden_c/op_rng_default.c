

/* hlox: kernels */
__attribute__((noinline)) static void k_rng_bit_generator_8(uint64_t *restrict b0, const uint32_t *restrict b1) {
  memcpy(b0, b1, 16);
}

__attribute__((noinline)) static void k_rng_bit_generator_9(const uint64_t *restrict b0, uint32_t *restrict b1, uint64_t *restrict b2) {
  const uint64_t v2 = b0[0];
  const uint64_t v3 = b0[1];
  const uint32_t v4 = ((uint32_t)v2);
  const uint32_t v6 = ((uint32_t)hlox_shrl_u64(v2, ((uint64_t)0x20ull)));
  for (int64_t i8 = 0; i8 < 3; i8++) {
    const uint64_t v10 = ((uint64_t)((uint64_t)v3 + (uint64_t)((uint64_t)i8)));
    const uint64_t v13 = ((uint64_t)((uint64_t)v2 + (uint64_t)((uint64_t)((uint8_t)(v10 < v3)))));
    uint32_t x20 = ((uint32_t)v10);
    uint32_t x21 = ((uint32_t)hlox_shrl_u64(v10, ((uint64_t)0x20ull)));
    uint32_t x22 = ((uint32_t)v13);
    uint32_t x23 = ((uint32_t)hlox_shrl_u64(v13, ((uint64_t)0x20ull)));
    hlox_philox4x32(&x20, &x21, &x22, &x23, v4, v6);
    const uint32_t v24 = x20;
    const uint32_t v25 = x21;
    const uint32_t v26 = x22;
    const uint32_t v27 = x23;
    const int64_t t28 = (4 * i8);
    if ((t28 < 12)) {
      b1[(((t28 / 4) * 4) + (t28 % 4))] = v24;
    }
    const int64_t t34 = (t28 + 1);
    if ((t34 < 12)) {
      b1[(((t34 / 4) * 4) + (t34 % 4))] = v25;
    }
    const int64_t t40 = (t28 + 2);
    if ((t40 < 12)) {
      b1[(((t40 / 4) * 4) + (t40 % 4))] = v26;
    }
    const int64_t t46 = (t28 + 3);
    if ((t46 < 12)) {
      b1[(((t46 / 4) * 4) + (t46 % 4))] = v27;
    }
  }
  const uint64_t v53 = ((uint64_t)((uint64_t)v3 + (uint64_t)((uint64_t)0x3ull)));
  const uint64_t v56 = ((uint64_t)((uint64_t)v2 + (uint64_t)((uint64_t)((uint8_t)(v53 < v3)))));
  b2[0] = v2;
  b2[1] = v53;
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
