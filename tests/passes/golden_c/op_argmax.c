

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
__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, float *restrict b1, int32_t *restrict b2) {
  for (int64_t i1 = 0; i1 < 5; i1++) {
    float acc3 = (-INFINITY);
    int32_t acc5 = ((int32_t)0x0ull);
    for (int64_t i6 = 0; i6 < 7; i6++) {
      const float v9 = b0[((i1 * 7) + i6)];
      float t14;
      int32_t t15;
      s_region_0_1(acc3, acc5, v9, ((int32_t)((int64_t)i6)), &t14, &t15);
      acc3 = t14;
      acc5 = t15;
    }
    b1[i1] = acc3;
    b2[i1] = acc5;
  }
}

__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, float *restrict b1, int32_t *restrict b2) {
  for (int64_t i1 = 0; i1 < 7; i1++) {
    float acc3 = INFINITY;
    int32_t acc5 = ((int32_t)0x0ull);
    for (int64_t i6 = 0; i6 < 5; i6++) {
      const float v9 = b0[((i6 * 7) + i1)];
      float t14;
      int32_t t15;
      s_region_1_3(acc3, acc5, v9, ((int32_t)((int64_t)i6)), &t14, &t15);
      acc3 = t14;
      acc5 = t15;
    }
    b1[i1] = acc3;
    b2[i1] = acc5;
  }
}

__attribute__((noinline)) static void k_fusion(const int32_t *restrict b0, int32_t *restrict b1, int32_t *restrict b2) {
  for (int64_t i1 = 0; i1 < 6; i1++) {
    int32_t acc3 = ((int32_t)0x80000000ull);
    int32_t acc5 = ((int32_t)0x0ull);
    for (int64_t i6 = 0; i6 < 4; i6++) {
      const int32_t v9 = b0[((i6 * 6) + i1)];
      int32_t t14;
      int32_t t15;
      s_region_2_5(acc3, acc5, v9, ((int32_t)((int64_t)i6)), &t14, &t15);
      acc3 = t14;
      acc5 = t15;
    }
    b1[i1] = acc3;
    b2[i1] = acc5;
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_2(((float *)params[0]), ((float *)A), ((int32_t *)(A + 96)));
  k_fusion_1(((float *)params[0]), ((float *)A), ((int32_t *)(A + 32)));
  k_fusion(((int32_t *)params[1]), ((int32_t *)A), ((int32_t *)(A + 64)));
  memcpy(((int32_t *)results[0]), ((int32_t *)(A + 96)), 20);
  memcpy(((int32_t *)results[1]), ((int32_t *)(A + 32)), 28);
  memcpy(((int32_t *)results[2]), ((int32_t *)(A + 64)), 24);
  return 0;
}
