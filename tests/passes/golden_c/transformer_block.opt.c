
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 8; i2++) {
      const float v4 = hlox_const0[0];
      float acc5 = v4;
      #pragma omp simd reduction(+:acc5)
      for (int64_t i6 = 0; i6 < 32; i6++) {
        const float v11 = b0[(((i1 * 256) + (i2 * 32)) + i6)];
        acc5 = (acc5 + v11);
      }
      const float v14 = acc5;
      const float v16 = (v14 * (0x1.0000000000000p-5f));
      float acc18 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc18)
      for (int64_t i19 = 0; i19 < 32; i19++) {
        const float v24 = b0[(((i1 * 256) + (i2 * 32)) + i19)];
        const float v25 = (v24 - v16);
        acc18 = (acc18 + (v25 * v25));
      }
      const int64_t t35 = ((i1 * 8) + i2);
      b1[t35] = (1.0f / sqrtf(((acc18 * (0x1.0000000000000p-5f)) + (0x1.4f8b580000000p-17f))));
      b2[t35] = v14;
    }
  }
}

__attribute__((noinline)) static void k_add_bitcast_fusion_1(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, float *restrict b5) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 32; i2++) {
      const int64_t t3 = (i1 / 8);
      const int64_t t4 = (i1 % 8);
      const float v9 = b0[(((t3 * 256) + (t4 * 32)) + i2)];
      const int64_t t11 = ((t3 * 8) + t4);
      const float v12 = b1[t11];
      const float v16 = b2[t11];
      const float v18 = b3[i2];
      const float v20 = b4[i2];
      b5[((i1 * 32) + i2)] = ((((v9 - (v12 * (0x1.0000000000000p-5f))) * v16) * v18) + v20);
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion_5(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  hlox_sgemm(0, 0, 16, 96, 32, b0, 32, b1, 96, b2, 96);
}

__attribute__((noinline)) static void k_fusion_3(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      for (int64_t i3 = 0; i3 < 8; i3++) {
        #pragma omp simd
        for (int64_t i4 = 0; i4 < 16; i4++) {
          const int64_t t6 = ((i2 * 16) + i4);
          const int64_t t10 = (((i1 * 8) + i3) * 96);
          const float v12 = b0[(t10 + (32 + t6))];
          const float v16 = b0[(t10 + (64 + t6))];
          const float v19 = b0[(t10 + t6)];
          const int64_t t26 = ((((i1 * 256) + (i2 * 128)) + (i3 * 16)) + i4);
          b1[t26] = v12;
          b2[t26] = v16;
          b3[t26] = v19;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion_4(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      for (int64_t i3 = 0; i3 < 8; i3++) {
        for (int64_t i4 = 0; i4 < 8; i4++) {
          float acc6 = (0x0.0p+0f);
          #pragma omp simd reduction(+:acc6)
          for (int64_t i7 = 0; i7 < 16; i7++) {
            const int64_t t10 = ((i1 * 256) + (i2 * 128));
            const float v14 = b0[((t10 + (i3 * 16)) + i7)];
            const float v19 = b1[((t10 + (i4 * 16)) + i7)];
            acc6 = (acc6 + (v14 * v19));
          }
          b2[((((i1 * 128) + (i2 * 64)) + (i3 * 8)) + i4)] = acc6;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_select_reduce_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      for (int64_t i3 = 0; i3 < 8; i3++) {
        float acc5 = (-INFINITY);
        const float v6 = acc5;
        int32_t nan9 = ((int32_t)((uint8_t)(v6 != v6)));
        #pragma omp simd reduction(max:acc5) reduction(|:nan9)
        for (int64_t i10 = 0; i10 < 8; i10++) {
          const float v17 = b0[((((i1 * 128) + (i2 * 64)) + (i3 * 8)) + i10)];
          const float v25 = (((uint8_t)(((int32_t)((int64_t)i3)) >= ((int32_t)((int64_t)i10)))) ? (v17 * (0x1.0000000000000p-2f)) : (-INFINITY));
          nan9 = ((int32_t)(nan9 | ((int32_t)((uint8_t)(v25 != v25)))));
          const float v30 = acc5;
          acc5 = (((uint8_t)(v25 > v30)) ? v25 : v30);
        }
        if (nan9) {
          acc5 = NAN;
        }
        if (((uint8_t)(acc5 == (0x0.0p+0f)))) {
          acc5 = (-INFINITY);
          for (int64_t i38 = 0; i38 < 8; i38++) {
            const float v45 = b0[((((i1 * 128) + (i2 * 64)) + (i3 * 8)) + i38)];
            acc5 = hlox_maxf(acc5, (((uint8_t)(((int32_t)((int64_t)i3)) >= ((int32_t)((int64_t)i38)))) ? (v45 * (0x1.0000000000000p-2f)) : (-INFINITY)));
          }
        }
        b1[(((i1 * 16) + (i2 * 8)) + i3)] = acc5;
      }
    }
  }
}

__attribute__((noinline)) static void k_subtract_exponential_fusion(float *restrict b0, const float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      for (int64_t i3 = 0; i3 < 8; i3++) {
        #pragma omp simd
        for (int64_t i4 = 0; i4 < 8; i4++) {
          const int64_t t10 = ((((i1 * 128) + (i2 * 64)) + (i3 * 8)) + i4);
          const float v11 = b0[t10];
          const float v25 = b1[(((i1 * 16) + (i2 * 8)) + i3)];
          b0[t10] = hlox_expf(((((uint8_t)(((int32_t)((int64_t)i3)) >= ((int32_t)((int64_t)i4)))) ? (v11 * (0x1.0000000000000p-2f)) : (-INFINITY)) - v25));
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_reduce_divide_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      for (int64_t i3 = 0; i3 < 8; i3++) {
        float acc5 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc5)
        for (int64_t i6 = 0; i6 < 8; i6++) {
          const float v13 = b0[((((i1 * 128) + (i2 * 64)) + (i3 * 8)) + i6)];
          acc5 = (acc5 + v13);
        }
        b1[(((i1 * 16) + (i2 * 8)) + i3)] = ((0x1.0000000000000p+0f) / acc5);
      }
    }
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(float *restrict b0, const float *restrict b1) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 2; i2++) {
      for (int64_t i3 = 0; i3 < 8; i3++) {
        #pragma omp simd
        for (int64_t i4 = 0; i4 < 8; i4++) {
          const int64_t t10 = ((((i1 * 128) + (i2 * 64)) + (i3 * 8)) + i4);
          const float v11 = b0[t10];
          const float v16 = b1[(((i1 * 16) + (i2 * 8)) + i3)];
          b0[t10] = (v11 * v16);
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion_3(const float *restrict b0, const float *restrict b1, float *restrict b2) {
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
}

__attribute__((noinline)) static void k_copy_bitcast_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 32; i2++) {
      const float v13 = b0[(((((i1 / 8) * 256) + ((i2 / 16) * 128)) + ((i1 % 8) * 16)) + (i2 % 16))];
      b1[((i1 * 32) + i2)] = v13;
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion_2(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    for (int64_t i2 = 0; i2 < 32; i2++) {
      float acc4 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc4)
      for (int64_t i5 = 0; i5 < 32; i5++) {
        const float v8 = b0[((i1 * 32) + i5)];
        const float v12 = b1[((i5 * 32) + i2)];
        acc4 = (acc4 + (v8 * v12));
      }
      b2[((i1 * 32) + i2)] = acc4;
    }
  }
}

__attribute__((noinline)) static void k_bitcast_add_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 8; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 32; i3++) {
        const int64_t t7 = (((i1 * 256) + (i2 * 32)) + i3);
        const float v8 = b0[t7];
        const float v13 = b1[((((i1 * 8) + i2) * 32) + i3)];
        b2[t7] = (v8 + v13);
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 8; i2++) {
      const float v4 = hlox_const0[0];
      float acc5 = v4;
      #pragma omp simd reduction(+:acc5)
      for (int64_t i6 = 0; i6 < 32; i6++) {
        const float v11 = b0[(((i1 * 256) + (i2 * 32)) + i6)];
        acc5 = (acc5 + v11);
      }
      const float v14 = acc5;
      const float v16 = (v14 * (0x1.0000000000000p-5f));
      float acc18 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc18)
      for (int64_t i19 = 0; i19 < 32; i19++) {
        const float v24 = b0[(((i1 * 256) + (i2 * 32)) + i19)];
        const float v25 = (v24 - v16);
        acc18 = (acc18 + (v25 * v25));
      }
      const int64_t t35 = ((i1 * 8) + i2);
      b1[t35] = (1.0f / sqrtf(((acc18 * (0x1.0000000000000p-5f)) + (0x1.4f8b580000000p-17f))));
      b2[t35] = v14;
    }
  }
}

__attribute__((noinline)) static void k_add_bitcast_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, float *restrict b5) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 32; i2++) {
      const int64_t t3 = (i1 / 8);
      const int64_t t4 = (i1 % 8);
      const float v9 = b0[(((t3 * 256) + (t4 * 32)) + i2)];
      const int64_t t11 = ((t3 * 8) + t4);
      const float v12 = b1[t11];
      const float v16 = b2[t11];
      const float v18 = b3[i2];
      const float v20 = b4[i2];
      b5[((i1 * 32) + i2)] = ((((v9 - (v12 * (0x1.0000000000000p-5f))) * v16) * v18) + v20);
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  hlox_sgemm(0, 0, 16, 64, 32, b0, 32, b1, 64, b2, 64);
}

__attribute__((noinline)) static void k_multiply_bitcast_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i1 = 0; i1 < 16; i1++) {
    #pragma omp simd
    for (int64_t i2 = 0; i2 < 64; i2++) {
      const float v9 = b0[(((((i1 / 8) * 8) + (i1 % 8)) * 64) + i2)];
      const float v10 = b1[i2];
      const float v11 = (v9 + v10);
      b2[((i1 * 64) + i2)] = (v11 * ((hlox_tanhf(((v11 + (((v11 * v11) * v11) * (0x1.6e4e260000000p-5f))) * (0x1.9884540000000p-1f))) + (0x1.0000000000000p+0f)) * (0x1.0000000000000p-1f)));
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  hlox_sgemm(0, 0, 16, 32, 64, b0, 64, b1, 32, b2, 32);
}

__attribute__((noinline)) static void k_broadcast_add_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i1 = 0; i1 < 2; i1++) {
    for (int64_t i2 = 0; i2 < 8; i2++) {
      #pragma omp simd
      for (int64_t i3 = 0; i3 < 32; i3++) {
        const int64_t t7 = (((i1 * 256) + (i2 * 32)) + i3);
        const float v8 = b0[t7];
        const float v13 = b1[((((i1 * 8) + i2) * 32) + i3)];
        const float v15 = b2[i3];
        b3[t7] = ((v8 + v13) + v15);
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
  k_fusion_1(((float *)params[10]), ((float *)A), ((float *)(A + 64)));
  k_add_bitcast_fusion_1(((float *)params[10]), ((float *)(A + 64)), ((float *)A), ((float *)params[3]), ((float *)params[2]), ((float *)results[0]));
  k_ynn_fusion_5(((float *)results[0]), ((float *)params[9]), ((float *)A));
  k_fusion_3(((float *)A), ((float *)results[0]), ((float *)(A + 6144)), ((float *)(A + 8192)));
  k_ynn_fusion_4(((float *)(A + 8192)), ((float *)results[0]), ((float *)A));
  k_select_reduce_fusion(((float *)A), ((float *)results[0]));
  k_subtract_exponential_fusion(((float *)A), ((float *)results[0]));
  k_reduce_divide_fusion(((float *)A), ((float *)results[0]));
  k_broadcast_multiply_fusion(((float *)A), ((float *)results[0]));
  k_ynn_fusion_3(((float *)A), ((float *)(A + 6144)), ((float *)results[0]));
  k_copy_bitcast_fusion(((float *)results[0]), ((float *)A));
  k_ynn_fusion_2(((float *)A), ((float *)params[8]), ((float *)results[0]));
  k_bitcast_add_fusion(((float *)params[10]), ((float *)results[0]), ((float *)(A + 8192)));
  k_fusion(((float *)(A + 8192)), ((float *)A), ((float *)(A + 64)));
  k_add_bitcast_fusion(((float *)(A + 8192)), ((float *)(A + 64)), ((float *)A), ((float *)params[5]), ((float *)params[4]), ((float *)results[0]));
  k_ynn_fusion_1(((float *)results[0]), ((float *)params[6]), ((float *)A));
  k_multiply_bitcast_fusion(((float *)A), ((float *)params[0]), ((float *)(A + 4096)));
  k_ynn_fusion(((float *)(A + 4096)), ((float *)params[7]), ((float *)A));
  k_broadcast_add_fusion(((float *)(A + 8192)), ((float *)A), ((float *)params[1]), ((float *)results[0]));
  return 0;
}
