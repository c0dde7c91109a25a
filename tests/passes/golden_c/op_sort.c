

static inline uint8_t s_region_0_1(float p0, float p1) {
  return ((uint8_t)(hlox_tokf((((uint8_t)(p0 != p0)) ? NAN : (((uint8_t)(p0 == (0x0.0p+0f))) ? (0x0.0p+0f) : p0))) < hlox_tokf((((uint8_t)(p1 != p1)) ? NAN : (((uint8_t)(p1 == (0x0.0p+0f))) ? (0x0.0p+0f) : p1)))));
}

/* hlox: kernels */
__attribute__((noinline)) static void k_sort_1(int64_t *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 4; i1++) {
    int64_t half2 = 0;
    for (int64_t i3 = 0; i3 < 10; i3++) {
      b0[i3] = ((int64_t)i3);
    }
    int64_t wd5 = 1;
    for (;;) {
      if (!(wd5 < 10)) break;
      const int64_t v8 = wd5;
      const int64_t v9 = half2;
      const int64_t t10 = (10 - v9);
      const int64_t t11 = (v8 * 2);
      for (int64_t i12 = 0; i12 < 10; i12 += t11) {
        const int64_t t14 = hlox_min_s64((i12 + v8), 10);
        const int64_t t16 = hlox_min_s64((i12 + t11), 10);
        int64_t l17 = i12;
        int64_t r18 = t14;
        int64_t o19 = i12;
        for (;;) {
          if (!((l17 < t14) && (r18 < t16))) break;
          const int64_t v27 = b0[(v9 + r18)];
          const int64_t v30 = b0[(v9 + l17)];
          const int64_t t33 = (i1 * 10);
          const float v35 = b1[(t33 + ((int64_t)v27))];
          const float v37 = b1[(t33 + ((int64_t)v30))];
          const uint8_t r38 = s_region_0_1(v35, v37);
          if (r38) {
            const int64_t v39 = o19;
            b0[(t10 + v39)] = v27;
            o19 = (v39 + 1);
            r18 = (r18 + 1);
          } else {
            const int64_t v44 = o19;
            b0[(t10 + v44)] = v30;
            o19 = (v44 + 1);
            l17 = (l17 + 1);
          }
        }
        for (;;) {
          if (!(l17 < t14)) break;
          const int64_t v51 = o19;
          const int64_t v52 = l17;
          const int64_t v55 = b0[(v9 + v52)];
          b0[(t10 + v51)] = v55;
          o19 = (v51 + 1);
          l17 = (v52 + 1);
        }
        for (;;) {
          if (!(r18 < t16)) break;
          const int64_t v60 = o19;
          const int64_t v61 = r18;
          const int64_t v64 = b0[(v9 + v61)];
          b0[(t10 + v60)] = v64;
          o19 = (v60 + 1);
          r18 = (v61 + 1);
        }
      }
      half2 = t10;
      wd5 = t11;
    }
    const int64_t v67 = half2;
    for (int64_t i68 = 0; i68 < 10; i68++) {
      const int64_t v70 = b0[(v67 + i68)];
      const int64_t t72 = (i1 * 10);
      const float v74 = b1[(t72 + ((int64_t)v70))];
      b2[(t72 + i68)] = v74;
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
