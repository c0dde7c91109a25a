

/* hlox: kernels */
__attribute__((noinline)) static void k_rng_bit_generator_8(uint64_t *restrict b0, const uint32_t *restrict b1) {
  memcpy(b0, b1, 16);
}

__attribute__((noinline)) static void k_rng_bit_generator_9(const uint64_t *restrict b0, uint32_t *restrict b1, uint64_t *restrict b2) {
  const uint64_t v3 = b0[0];
  const uint64_t v5 = b0[1];
  const uint32_t v6 = ((uint32_t)v3);
  const uint32_t v8 = ((uint32_t)hlox_shrl_u64(v3, ((uint64_t)0x20ull)));
  for (int64_t i11 = 0; i11 < 3; i11++) {
    const uint64_t v13 = ((uint64_t)((uint64_t)v5 + (uint64_t)((uint64_t)i11)));
    const uint64_t v16 = ((uint64_t)((uint64_t)v3 + (uint64_t)((uint64_t)((uint8_t)(v13 < v5)))));
    uint32_t x23 = ((uint32_t)v13);
    uint32_t x24 = ((uint32_t)hlox_shrl_u64(v13, ((uint64_t)0x20ull)));
    uint32_t x25 = ((uint32_t)v16);
    uint32_t x26 = ((uint32_t)hlox_shrl_u64(v16, ((uint64_t)0x20ull)));
    hlox_philox4x32(&x23, &x24, &x25, &x26, v6, v8);
    const uint32_t v27 = x23;
    const uint32_t v28 = x24;
    const uint32_t v29 = x25;
    const uint32_t v30 = x26;
    const int64_t t32 = (4 * i11);
    if ((t32 < 12)) {
      b1[(((t32 / 4) * 4) + (t32 % 4))] = v27;
    }
    const int64_t t39 = (t32 + 1);
    if ((t39 < 12)) {
      b1[(((t39 / 4) * 4) + (t39 % 4))] = v28;
    }
    const int64_t t46 = (t32 + 2);
    if ((t46 < 12)) {
      b1[(((t46 / 4) * 4) + (t46 % 4))] = v29;
    }
    const int64_t t52 = (t32 + 3);
    if ((t52 < 12)) {
      b1[(((t52 / 4) * 4) + (t52 % 4))] = v30;
    }
  }
  const uint64_t v59 = ((uint64_t)((uint64_t)v5 + (uint64_t)((uint64_t)0x3ull)));
  const uint64_t v62 = ((uint64_t)((uint64_t)v3 + (uint64_t)((uint64_t)((uint8_t)(v59 < v5)))));
  b2[0] = v3;
  b2[1] = v59;
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
