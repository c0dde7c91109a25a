

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_8(const float *restrict b0, float *restrict b1, float *restrict b2, const float *restrict b3, const float *restrict b4, float *restrict b5) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 8; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 32; i5++) {
        const float v10 = b0[(((i1 * 256) + (i2 * 32)) + i5)];
        acc4 = (acc4 + v10);
      }
      b1[((i1 * 8) + i2)] = acc4;
    }
  }
  for (int64_t i16 = 0; i16 < 2; i16++) {
    for (int64_t i17 = 0; i17 < 8; i17++) {
      float acc18 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc18)
      for (int64_t i19 = 0; i19 < 32; i19++) {
        const float v24 = b0[(((i16 * 256) + (i17 * 32)) + i19)];
        const float v27 = b1[((i16 * 8) + i17)];
        const float v30 = (v24 - (v27 / (0x1.0000000000000p+5f)));
        acc18 = (acc18 + (v30 * v30));
      }
      b2[((i16 * 8) + i17)] = acc18;
    }
  }
  for (int64_t i37 = 0; i37 < 2; i37++) {
    for (int64_t i38 = 0; i38 < 8; i38++) {
      #pragma omp simd
      for (int64_t i39 = 0; i39 < 32; i39++) {
        const int64_t t43 = (((i37 * 256) + (i38 * 32)) + i39);
        const float v44 = b0[t43];
        const int64_t t46 = ((i37 * 8) + i38);
        const float v47 = b1[t46];
        const float v50 = b2[t46];
        const float v56 = b3[i39];
        const float v58 = b4[i39];
        b5[t43] = ((((v44 - (v47 / (0x1.0000000000000p+5f))) * (1.0f / sqrtf(((v50 / (0x1.0000000000000p+5f)) + (0x1.4f8b580000000p-17f))))) * v56) + v58);
      }
    }
  }
}

__attribute__((noinline)) static void k_dot_general_6(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  hlox_sgemm(0, 0, 16, 96, 32, b0, 32, b1, 96, b2, 96);
}

__attribute__((noinline)) static void k_fusion_9(const float *restrict b0, float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      for (int64_t i3 = 0; i3 < 8; i3++) {
        #pragma omp simd
        for (int64_t i4 = 0; i4 < 16; i4++) {
          const int64_t t6 = ((i2 * 16) + i4);
          const int64_t t10 = ((i1 * 768) + (i3 * 96));
          const float v12 = b0[(t10 + (64 + t6))];
          const float v14 = b0[(t10 + t6)];
          const int64_t t20 = ((((i1 * 256) + (i2 * 128)) + (i3 * 16)) + i4);
          b1[t20] = v12;
          b2[t20] = v14;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_6(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      for (int64_t i3 = 0; i3 < 16; i3++) {
        #pragma omp simd
        for (int64_t i4 = 0; i4 < 8; i4++) {
          const float v12 = b0[(((i1 * 768) + (i4 * 96)) + (32 + ((i2 * 16) + i3)))];
          b1[((((i1 * 256) + (i2 * 128)) + (i3 * 8)) + i4)] = v12;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_dot_general_7(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      for (int64_t i3 = 0; i3 < 8; i3++) {
        for (int64_t i4 = 0; i4 < 8; i4++) {
          float acc6 = (0x0.0p+0f);
          #pragma omp simd reduction(+:acc6)
          for (int64_t i7 = 0; i7 < 16; i7++) {
            const int64_t t10 = ((i1 * 256) + (i2 * 128));
            const float v14 = b0[((t10 + (i3 * 16)) + i7)];
            const float v19 = b1[((t10 + (i7 * 8)) + i4)];
            acc6 = (acc6 + (v14 * v19));
          }
          b2[((((i1 * 128) + (i2 * 64)) + (i3 * 8)) + i4)] = acc6;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_5(float *restrict b0, float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      for (int64_t i3 = 0; i3 < 8; i3++) {
        float acc5 = (-INFINITY);
        const float v6 = acc5;
        int32_t nan9 = ((int32_t)((uint8_t)(v6 != v6)));
        #pragma omp simd reduction(max:acc5) reduction(|:nan9)
        for (int64_t i10 = 0; i10 < 8; i10++) {
          const float v17 = b0[((((i1 * 128) + (i2 * 64)) + (i3 * 8)) + i10)];
          const float v28 = ((((uint8_t)(((int32_t)((int64_t)i3)) >= ((int32_t)((int64_t)i10)))) ? 1 : 0) ? (v17 * (0x1.0000000000000p-2f)) : (-INFINITY));
          nan9 = ((int32_t)(nan9 | ((int32_t)((uint8_t)(v28 != v28)))));
          const float v33 = acc5;
          acc5 = (((uint8_t)(v28 > v33)) ? v28 : v33);
        }
        if (nan9) {
          acc5 = NAN;
        }
        if (((uint8_t)(acc5 == (0x0.0p+0f)))) {
          acc5 = (-INFINITY);
          for (int64_t i41 = 0; i41 < 8; i41++) {
            const float v48 = b0[((((i1 * 128) + (i2 * 64)) + (i3 * 8)) + i41)];
            acc5 = hlox_maxf(acc5, ((((uint8_t)(((int32_t)((int64_t)i3)) >= ((int32_t)((int64_t)i41)))) ? 1 : 0) ? (v48 * (0x1.0000000000000p-2f)) : (-INFINITY)));
          }
        }
        b1[(((i1 * 16) + (i2 * 8)) + i3)] = acc5;
      }
    }
  }
  for (int64_t i64 = 0; i64 < 2; i64++) {
    for (int64_t i65 = 0; i65 < 2; i65++) {
      for (int64_t i66 = 0; i66 < 8; i66++) {
        float acc67 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc67)
        for (int64_t i68 = 0; i68 < 8; i68++) {
          const float v75 = b0[((((i64 * 128) + (i65 * 64)) + (i66 * 8)) + i68)];
          const float v88 = b1[(((i64 * 16) + (i65 * 8)) + i66)];
          acc67 = (acc67 + hlox_expf((((((uint8_t)(((int32_t)((int64_t)i66)) >= ((int32_t)((int64_t)i68)))) ? 1 : 0) ? (v75 * (0x1.0000000000000p-2f)) : (-INFINITY)) - hlox_maxf(v88, (-INFINITY)))));
        }
        b2[(((i64 * 16) + (i65 * 8)) + i66)] = acc67;
      }
    }
  }
  for (int64_t i99 = 0; i99 < 2; i99++) {
    for (int64_t i100 = 0; i100 < 2; i100++) {
      for (int64_t i101 = 0; i101 < 8; i101++) {
        #pragma omp simd
        for (int64_t i102 = 0; i102 < 8; i102++) {
          const int64_t t108 = ((((i99 * 128) + (i100 * 64)) + (i101 * 8)) + i102);
          const float v109 = b0[t108];
          const int64_t t121 = (((i99 * 16) + (i100 * 8)) + i101);
          const float v122 = b1[t121];
          const float v126 = b2[t121];
          b0[t108] = (hlox_expf((((((uint8_t)(((int32_t)((int64_t)i101)) >= ((int32_t)((int64_t)i102)))) ? 1 : 0) ? (v109 * (0x1.0000000000000p-2f)) : (-INFINITY)) - hlox_maxf(v122, (-INFINITY)))) / v126);
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_3(const float *restrict b0, const float *restrict b1, float *restrict b2, float *restrict b3) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      for (int64_t i3 = 0; i3 < 8; i3++) {
        for (int64_t i4 = 0; i4 < 16; i4++) {
          float acc6 = (0x0.0p+0f);
          #pragma omp simd reduction(+:acc6)
          for (int64_t i7 = 0; i7 < 8; i7++) {
            const float v14 = b0[((((i1 * 128) + (i2 * 64)) + (i3 * 8)) + i7)];
            const float v22 = b1[((((i1 * 256) + (i2 * 128)) + (i7 * 16)) + i4)];
            acc6 = (acc6 + (v14 * v22));
          }
          b2[((((i1 * 256) + (i2 * 128)) + (i3 * 16)) + i4)] = acc6;
        }
      }
    }
  }
  for (int64_t i34 = 0; i34 < 2; i34++) {
    for (int64_t i35 = 0; i35 < 8; i35++) {
      #pragma omp simd
      for (int64_t i36 = 0; i36 < 32; i36++) {
        const int64_t t39 = (i34 * 256);
        const float v45 = b2[(((t39 + ((i36 / 16) * 128)) + (i35 * 16)) + (i36 % 16))];
        b3[((t39 + (i35 * 32)) + i36)] = v45;
      }
    }
  }
}

__attribute__((noinline)) static void k_dot_general_9(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 8; i2++) {
      for (int64_t i3 = 0; i3 < 32; i3++) {
        float acc5 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc5)
        for (int64_t i6 = 0; i6 < 32; i6++) {
          const float v11 = b0[(((i1 * 256) + (i2 * 32)) + i6)];
          const float v15 = b1[((i6 * 32) + i3)];
          acc5 = (acc5 + (v11 * v15));
        }
        b2[(((i1 * 256) + (i2 * 32)) + i3)] = acc5;
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, const float *restrict b1, float *restrict b2, float *restrict b3, const float *restrict b4, const float *restrict b5, float *restrict b6) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 8; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 32; i5++) {
        const int64_t t9 = (((i1 * 256) + (i2 * 32)) + i5);
        const float v10 = b0[t9];
        const float v11 = b1[t9];
        acc4 = (acc4 + (v10 + v11));
      }
      b2[((i1 * 8) + i2)] = acc4;
    }
  }
  for (int64_t i18 = 0; i18 < 2; i18++) {
    for (int64_t i19 = 0; i19 < 8; i19++) {
      float acc20 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc20)
      for (int64_t i21 = 0; i21 < 32; i21++) {
        const int64_t t25 = (((i18 * 256) + (i19 * 32)) + i21);
        const float v26 = b0[t25];
        const float v27 = b1[t25];
        const float v31 = b2[((i18 * 8) + i19)];
        const float v34 = ((v26 + v27) - (v31 / (0x1.0000000000000p+5f)));
        acc20 = (acc20 + (v34 * v34));
      }
      b3[((i18 * 8) + i19)] = acc20;
    }
  }
  for (int64_t i41 = 0; i41 < 2; i41++) {
    for (int64_t i42 = 0; i42 < 8; i42++) {
      #pragma omp simd
      for (int64_t i43 = 0; i43 < 32; i43++) {
        const int64_t t47 = (((i41 * 256) + (i42 * 32)) + i43);
        const float v48 = b0[t47];
        const float v49 = b1[t47];
        const int64_t t52 = ((i41 * 8) + i42);
        const float v53 = b2[t52];
        const float v56 = b3[t52];
        const float v62 = b4[i43];
        const float v64 = b5[i43];
        b6[t47] = (((((v48 + v49) - (v53 / (0x1.0000000000000p+5f))) * (1.0f / sqrtf(((v56 / (0x1.0000000000000p+5f)) + (0x1.4f8b580000000p-17f))))) * v62) + v64);
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, const float *restrict b1, float *restrict b2, const float *restrict b3) {
  for (int64_t i1 = 0; i1 < 1; i1++) {
    const int64_t t2 = (i1 * 64);
    hlox_sgemm(0, 0, 16, 64, 32, b0, 32, b1 + t2, 64, b2 + t2, 64);
    for (int64_t i3 = 0; i3 < 2; i3++) {
      for (int64_t i4 = 0; i4 < 8; i4++) {
        #pragma omp simd
        for (int64_t i6 = t2; i6 < (t2 + 64); i6++) {
          const int64_t t10 = (((i3 * 512) + (i4 * 64)) + i6);
          const float v11 = b2[t10];
          const float v12 = b3[i6];
          const float v13 = (v11 + v12);
          b2[t10] = (v13 * ((hlox_tanhf(((v13 + (((v13 * v13) * v13) * (0x1.6e4e260000000p-5f))) * (0x1.9884540000000p-1f))) + (0x1.0000000000000p+0f)) * (0x1.0000000000000p-1f)));
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2, const float *restrict b3, const float *restrict b4, const float *restrict b5) {
  for (int64_t i1 = 0; i1 < 1; i1++) {
    const int64_t t2 = (i1 * 32);
    hlox_sgemm(0, 0, 16, 32, 64, b0, 64, b1 + t2, 32, b2 + t2, 32);
    for (int64_t i3 = 0; i3 < 2; i3++) {
      for (int64_t i4 = 0; i4 < 8; i4++) {
        #pragma omp simd
        for (int64_t i6 = t2; i6 < (t2 + 32); i6++) {
          const int64_t t10 = (((i3 * 256) + (i4 * 32)) + i6);
          const float v11 = b3[t10];
          const float v12 = b4[t10];
          const float v14 = b2[t10];
          const float v16 = b5[i6];
          b2[t10] = (((v11 + v12) + v14) + v16);
        }
      }
    }
  }
}

/* hlox: entry */
hlox_fortran_sgemm hlox_sgemm_f;
hlox_fortran_dgemm hlox_dgemm_f;
int (*hlox_blas_threads_f)(int);
void hlox_use_blas(void *sgemm, void *dgemm, void *set_threads_local) {
  hlox_sgemm_f = (hlox_fortran_sgemm)sgemm;
  hlox_dgemm_f = (hlox_fortran_dgemm)dgemm;
  hlox_blas_threads_f = (int (*)(int))set_threads_local;
}
void scipy_openblas_set_num_threads(int);
__attribute__((constructor)) static void hlox_blas_single_threaded(void) {
  scipy_openblas_set_num_threads(1);
}

int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_8(((float *)params[10]), ((float *)A), ((float *)(A + 64)), ((float *)params[3]), ((float *)params[2]), ((float *)results[0]));
  k_dot_general_6(((float *)results[0]), ((float *)params[9]), ((float *)A));
  k_fusion_9(((float *)A), ((float *)results[0]), ((float *)(A + 6144)));
  k_fusion_6(((float *)A), ((float *)(A + 8192)));
  k_dot_general_7(((float *)(A + 6144)), ((float *)(A + 8192)), ((float *)(A + 4096)));
  k_fusion_5(((float *)(A + 4096)), ((float *)A), ((float *)(A + 128)));
  k_fusion_3(((float *)(A + 4096)), ((float *)results[0]), ((float *)(A + 2048)), ((float *)A));
  k_dot_general_9(((float *)A), ((float *)params[8]), ((float *)(A + 4096)));
  k_fusion_2(((float *)params[10]), ((float *)(A + 4096)), ((float *)A), ((float *)(A + 64)), ((float *)params[5]), ((float *)params[4]), ((float *)results[0]));
  k_fusion_1(((float *)results[0]), ((float *)params[6]), ((float *)A), ((float *)params[0]));
  k_fusion(((float *)A), ((float *)params[7]), ((float *)results[0]), ((float *)params[10]), ((float *)(A + 4096)), ((float *)params[1]));
  return 0;
}
