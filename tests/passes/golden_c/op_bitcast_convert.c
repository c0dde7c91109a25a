

/* hlox: kernels */
__attribute__((noinline)) static void k_bitcast_convert_type_4(const float *restrict b0, int32_t *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const float v2 = b0[i1];
    float bc3_in = v2; int32_t bc3_out; memcpy(&bc3_out, &bc3_in, sizeof bc3_out);
    const int32_t bc3 = bc3_out;
    b1[i1] = bc3;
  }
}

__attribute__((noinline)) static void k_bitcast_convert_type_5(uint8_t *restrict b0, const float *restrict b1) {
  memcpy(b0, b1, 32);
}

__attribute__((noinline)) static void k_bitcast_convert_type_6(const int32_t *restrict b0, float *restrict b1) {
  #pragma omp simd
  for (int64_t i1 = 0; i1 < 8; i1++) {
    const int32_t v2 = b0[i1];
    int32_t bc3_in = v2; float bc3_out; memcpy(&bc3_out, &bc3_in, sizeof bc3_out);
    const float bc3 = bc3_out;
    b1[i1] = bc3;
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
