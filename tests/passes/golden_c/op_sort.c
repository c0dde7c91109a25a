

static inline uint8_t s_region_0_1(float p0, float p1) {
  return ((uint8_t)(hlox_tokf((((uint8_t)(p0 != p0)) ? NAN : (((uint8_t)(p0 == (0x0.0p+0f))) ? (0x0.0p+0f) : p0))) < hlox_tokf((((uint8_t)(p1 != p1)) ? NAN : (((uint8_t)(p1 == (0x0.0p+0f))) ? (0x0.0p+0f) : p1)))));
}

/* hlox: kernels */
__attribute__((noinline)) static void k_sort_1(int64_t *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 4; i4++) {
    int64_t half5 = 0;
    for (int64_t i7 = 0; i7 < 10; i7++) {
      b0[i7] = ((int64_t)i7);
    }
    int64_t wd9 = 1;
    for (;;) {
      if (!(wd9 < 10)) break;
      const int64_t v12 = wd9;
      const int64_t v13 = half5;
      const int64_t t14 = (10 - v13);
      const int64_t t16 = (v12 * 2);
      for (int64_t i17 = 0; i17 < 10; i17 += t16) {
        const int64_t t19 = hlox_min_s64((i17 + v12), 10);
        const int64_t t21 = hlox_min_s64((i17 + t16), 10);
        int64_t l22 = i17;
        int64_t r23 = t19;
        int64_t o24 = i17;
        for (;;) {
          if (!((l22 < t19) && (r23 < t21))) break;
          const int64_t v32 = b0[(v13 + r23)];
          const int64_t v35 = b0[(v13 + l22)];
          const int64_t t38 = (i4 * 10);
          const float v40 = b1[(t38 + ((int64_t)v32))];
          const float v42 = b1[(t38 + ((int64_t)v35))];
          const uint8_t r43 = s_region_0_1(v40, v42);
          if (r43) {
            const int64_t v44 = o24;
            b0[(t14 + v44)] = v32;
            o24 = (v44 + 1);
            r23 = (r23 + 1);
          } else {
            const int64_t v49 = o24;
            b0[(t14 + v49)] = v35;
            o24 = (v49 + 1);
            l22 = (l22 + 1);
          }
        }
        for (;;) {
          if (!(l22 < t19)) break;
          const int64_t v56 = o24;
          const int64_t v57 = l22;
          const int64_t v60 = b0[(v13 + v57)];
          b0[(t14 + v56)] = v60;
          o24 = (v56 + 1);
          l22 = (v57 + 1);
        }
        for (;;) {
          if (!(r23 < t21)) break;
          const int64_t v65 = o24;
          const int64_t v66 = r23;
          const int64_t v69 = b0[(v13 + v66)];
          b0[(t14 + v65)] = v69;
          o24 = (v65 + 1);
          r23 = (v66 + 1);
        }
      }
      half5 = t14;
      wd9 = t16;
    }
    const int64_t v72 = half5;
    for (int64_t i73 = 0; i73 < 10; i73++) {
      const int64_t v75 = b0[(v72 + i73)];
      const int64_t t77 = (i4 * 10);
      const float v79 = b1[(t77 + ((int64_t)v75))];
      b2[(t77 + i73)] = v79;
    }
  }
}

/* hlox: entry */
int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_sort_1(((int64_t *)A), ((float *)params[0]), ((float *)results[0]));
  return 0;
}
