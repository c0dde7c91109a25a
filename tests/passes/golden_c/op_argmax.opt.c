

static inline void s_region_0_1(float p0, int32_t p1, float p2, int32_t p3, float *r0, int32_t *r1) {
  const uint8_t v3 = ((uint8_t)(((uint8_t)(p0 > p2)) | ((uint8_t)(p0 != p0))));
  *r0 = (v3 ? p0 : p2);
  *r1 = (((uint8_t)(v3 | ((uint8_t)(((uint8_t)(p0 == p2)) & ((uint8_t)(p1 < p3)))))) ? p1 : p3);
}

static inline void s_region_1_3(float p0, int32_t p1, float p2, int32_t p3, float *r0, int32_t *r1) {
  const uint8_t v3 = ((uint8_t)(((uint8_t)(p0 < p2)) | ((uint8_t)(p0 != p0))));
  *r0 = (v3 ? p0 : p2);
  *r1 = (((uint8_t)(v3 | ((uint8_t)(((uint8_t)(p0 == p2)) & ((uint8_t)(p1 < p3)))))) ? p1 : p3);
}

static inline void s_region_2_5(int32_t p0, int32_t p1, int32_t p2, int32_t p3, int32_t *r0, int32_t *r1) {
  const uint8_t v1 = ((uint8_t)(p0 > p2));
  *r0 = (v1 ? p0 : p2);
  *r1 = (((uint8_t)(v1 | ((uint8_t)(((uint8_t)(p0 == p2)) & ((uint8_t)(p1 < p3)))))) ? p1 : p3);
}

/* hlox: kernels */
__attribute__((noinline)) static void k_iota_reduce_fusion_2(const float *restrict b0, float *restrict b1, int32_t *restrict b2) {
  for (int64_t i4 = 0; i4 < 5; i4++) {
    float acc6 = (-INFINITY);
    int32_t acc8 = ((int32_t)0x0ull);
    for (int64_t i10 = 0; i10 < 7; i10++) {
      const float v13 = b0[((i4 * 7) + i10)];
      float t18;
      int32_t t19;
      s_region_0_1(acc6, acc8, v13, ((int32_t)((int64_t)i10)), &t18, &t19);
      acc6 = t18;
      acc8 = t19;
    }
    b1[i4] = acc6;
    b2[i4] = acc8;
  }
}

__attribute__((noinline)) static void k_iota_reduce_fusion_1(const float *restrict b0, float *restrict b1, int32_t *restrict b2) {
  for (int64_t i4 = 0; i4 < 7; i4++) {
    float acc6 = INFINITY;
    int32_t acc8 = ((int32_t)0x0ull);
    for (int64_t i10 = 0; i10 < 5; i10++) {
      const float v13 = b0[((i10 * 7) + i4)];
      float t18;
      int32_t t19;
      s_region_1_3(acc6, acc8, v13, ((int32_t)((int64_t)i10)), &t18, &t19);
      acc6 = t18;
      acc8 = t19;
    }
    b1[i4] = acc6;
    b2[i4] = acc8;
  }
}

__attribute__((noinline)) static void k_iota_reduce_fusion(const int32_t *restrict b0, int32_t *restrict b1, int32_t *restrict b2) {
  for (int64_t i4 = 0; i4 < 6; i4++) {
    int32_t acc6 = ((int32_t)0x80000000ull);
    int32_t acc8 = ((int32_t)0x0ull);
    for (int64_t i10 = 0; i10 < 4; i10++) {
      const int32_t v13 = b0[((i10 * 6) + i4)];
      int32_t t18;
      int32_t t19;
      s_region_2_5(acc6, acc8, v13, ((int32_t)((int64_t)i10)), &t18, &t19);
      acc6 = t18;
      acc8 = t19;
    }
    b1[i4] = acc6;
    b2[i4] = acc8;
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_iota_reduce_fusion_2(((float *)params[0]), ((float *)A), ((int32_t *)(A + 96)));
  k_iota_reduce_fusion_1(((float *)params[0]), ((float *)A), ((int32_t *)(A + 32)));
  k_iota_reduce_fusion(((int32_t *)params[1]), ((int32_t *)A), ((int32_t *)(A + 64)));
  memcpy(((int32_t *)results[0]), ((int32_t *)(A + 96)), 20);
  memcpy(((int32_t *)results[1]), ((int32_t *)(A + 32)), 28);
  memcpy(((int32_t *)results[2]), ((int32_t *)(A + 64)), 24);
  return 0;
}
