

/* hlox: kernels */
__attribute__((noinline)) static void k_bitcast_convert_type_4(const float *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const float v5 = b0[i4];
    float bc6_in = v5; int32_t bc6_out; memcpy(&bc6_out, &bc6_in, sizeof bc6_out);
    const int32_t bc6 = bc6_out;
    b1[i4] = bc6;
  }
}

__attribute__((noinline)) static void k_bitcast_convert_type_5(uint8_t *restrict b0, const float *restrict b1) {
  memcpy(b0, b1, 32);
}

__attribute__((noinline)) static void k_bitcast_convert_type_6(const int32_t *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i4 = 0; i4 < 8; i4++) {
    const int32_t v5 = b0[i4];
    int32_t bc6_in = v5; float bc6_out; memcpy(&bc6_out, &bc6_in, sizeof bc6_out);
    const float bc6 = bc6_out;
    b1[i4] = bc6;
  }
}

__attribute__((noinline)) static void k_bitcast_convert_type_7(uint16_t *restrict b0, const float *restrict b1) {
  memcpy(b0, b1, 32);
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_bitcast_convert_type_4(((float *)params[0]), ((int32_t *)results[0]));
  k_bitcast_convert_type_5(((uint8_t *)results[1]), ((float *)params[0]));
  k_bitcast_convert_type_6(((int32_t *)params[1]), ((float *)results[2]));
  k_bitcast_convert_type_7(((uint16_t *)results[3]), ((float *)params[0]));
  return 0;
}
