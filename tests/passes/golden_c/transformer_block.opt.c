
static const float hlox_const0[1] __attribute__((aligned(64))) = {(0x0.0p+0f)};

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 8; i6++) {
      const float v8 = hlox_const0[0];
      float acc9 = v8;
      #pragma omp simd reduction(+:acc9)
      for (int64_t i11 = 0; i11 < 32; i11++) {
        const float v17 = b0[(((i4 * 256) + (i6 * 32)) + i11)];
        acc9 = (acc9 + v17);
      }
      b1[((i4 * 8) + i6)] = acc9;
    }
  }
  for (int64_t i23 = 0; i23 < 2; i23++) {
    for (int64_t i24 = 0; i24 < 8; i24++) {
      float acc26 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc26)
      for (int64_t i27 = 0; i27 < 32; i27++) {
        const float v32 = b0[(((i23 * 256) + (i24 * 32)) + i27)];
        const float v35 = b1[((i23 * 8) + i24)];
        const float v38 = (v32 - (v35 * (0x1.0000000000000p-5f)));
        acc26 = (acc26 + (v38 * v38));
      }
      b2[((i23 * 8) + i24)] = acc26;
    }
  }
  for (int64_t i45 = 0; i45 < 2; i45++) {
    #pragma omp simd
    for (int64_t i46 = 0; i46 < 8; i46++) {
      const int64_t t48 = ((i45 * 8) + i46);
      const float v49 = b2[t48];
      b3[t48] = (1.0f / sqrtf(((v49 * (0x1.0000000000000p-5f)) + (0x1.4f8b580000000p-17f))));
    }
  }
}

__attribute__((noinline)) static void k_add_bitcast_fusion_1(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, float *restrict b5) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 32; i6++) {
      const int64_t t8 = (i4 / 8);
      const int64_t t9 = (i4 % 8);
      const float v15 = b0[(((t8 * 256) + (t9 * 32)) + i6)];
      const int64_t t17 = ((t8 * 8) + t9);
      const float v18 = b1[t17];
      const float v22 = b2[t17];
      const float v24 = b3[i6];
      const float v26 = b4[i6];
      b5[((i4 * 32) + i6)] = ((((v15 - (v18 * (0x1.0000000000000p-5f))) * v22) * v24) + v26);
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion_5(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  scipy_cblas_sgemm(HLOX_ROW_MAJOR, HLOX_NO_TRANS, HLOX_NO_TRANS, 16, 96, 32, 1.0f, b0, 32, b1, 96, 0.0f, b2, 96);
}

__attribute__((noinline)) static void k_fusion_3(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i5 = 0; i5 < 2; i5++) {
      for (int64_t i7 = 0; i7 < 8; i7++) {
        #pragma omp simd
        for (int64_t i9 = 0; i9 < 16; i9++) {
          const int64_t t11 = ((i5 * 16) + i9);
          const int64_t t17 = (((i4 * 8) + i7) * 96);
          const float v19 = b0[(t17 + (32 + t11))];
          const float v24 = b0[(t17 + (64 + t11))];
          const float v27 = b0[(t17 + t11)];
          const int64_t t36 = ((((i4 * 256) + (i5 * 128)) + (i7 * 16)) + i9);
          b1[t36] = v19;
          b2[t36] = v24;
          b3[t36] = v27;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion_4(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i5 = 0; i5 < 2; i5++) {
      for (int64_t i7 = 0; i7 < 8; i7++) {
        for (int64_t i8 = 0; i8 < 8; i8++) {
          float acc10 = (0x0.0p+0f);
          #pragma omp simd reduction(+:acc10)
          for (int64_t i12 = 0; i12 < 16; i12++) {
            const int64_t t17 = ((i4 * 256) + (i5 * 128));
            const float v21 = b0[((t17 + (i7 * 16)) + i12)];
            const float v26 = b1[((t17 + (i8 * 16)) + i12)];
            acc10 = (acc10 + (v21 * v26));
          }
          b2[((((i4 * 128) + (i5 * 64)) + (i7 * 8)) + i8)] = acc10;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_select_reduce_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i5 = 0; i5 < 2; i5++) {
      for (int64_t i7 = 0; i7 < 8; i7++) {
        float acc9 = (-INFINITY);
        const float v10 = acc9;
        int32_t nan13 = ((int32_t)((uint8_t)(v10 != v10)));
        #pragma omp simd reduction(max:acc9) reduction(|:nan13)
        for (int64_t i14 = 0; i14 < 8; i14++) {
          const float v23 = b0[((((i4 * 128) + (i5 * 64)) + (i7 * 8)) + i14)];
          const float v31 = (((uint8_t)(((int32_t)((int64_t)i7)) >= ((int32_t)((int64_t)i14)))) ? (v23 * (0x1.0000000000000p-2f)) : (-INFINITY));
          nan13 = ((int32_t)(nan13 | ((int32_t)((uint8_t)(v31 != v31)))));
          const float v36 = acc9;
          acc9 = (((uint8_t)(v31 > v36)) ? v31 : v36);
        }
        if (nan13) {
          acc9 = NAN;
        }
        if (((uint8_t)(acc9 == (0x0.0p+0f)))) {
          acc9 = (-INFINITY);
          for (int64_t i44 = 0; i44 < 8; i44++) {
            const float v51 = b0[((((i4 * 128) + (i5 * 64)) + (i7 * 8)) + i44)];
            acc9 = hlox_maxf(acc9, (((uint8_t)(((int32_t)((int64_t)i7)) >= ((int32_t)((int64_t)i44)))) ? (v51 * (0x1.0000000000000p-2f)) : (-INFINITY)));
          }
        }
        b1[(((i4 * 16) + (i5 * 8)) + i7)] = acc9;
      }
    }
  }
}

__attribute__((noinline)) static void k_subtract_exponential_fusion(float *restrict b0, const float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i5 = 0; i5 < 2; i5++) {
      for (int64_t i7 = 0; i7 < 8; i7++) {
        #pragma omp simd
        for (int64_t i8 = 0; i8 < 8; i8++) {
          const int64_t t16 = ((((i4 * 128) + (i5 * 64)) + (i7 * 8)) + i8);
          const float v17 = b0[t16];
          const float v32 = b1[(((i4 * 16) + (i5 * 8)) + i7)];
          b0[t16] = hlox_expf(((((uint8_t)(((int32_t)((int64_t)i7)) >= ((int32_t)((int64_t)i8)))) ? (v17 * (0x1.0000000000000p-2f)) : (-INFINITY)) - v32));
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_reduce_divide_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i5 = 0; i5 < 2; i5++) {
      for (int64_t i7 = 0; i7 < 8; i7++) {
        float acc9 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc9)
        for (int64_t i10 = 0; i10 < 8; i10++) {
          const float v19 = b0[((((i4 * 128) + (i5 * 64)) + (i7 * 8)) + i10)];
          acc9 = (acc9 + v19);
        }
        b1[(((i4 * 16) + (i5 * 8)) + i7)] = acc9;
      }
    }
  }
  for (int64_t i28 = 0; i28 < 2; i28++) {
    for (int64_t i29 = 0; i29 < 2; i29++) {
      #pragma omp simd
      for (int64_t i30 = 0; i30 < 8; i30++) {
        const int64_t t35 = (((i28 * 16) + (i29 * 8)) + i30);
        const float v36 = b1[t35];
        b1[t35] = ((0x1.0000000000000p+0f) / v36);
      }
    }
  }
}

__attribute__((noinline)) static void k_broadcast_multiply_fusion(float *restrict b0, const float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i5 = 0; i5 < 2; i5++) {
      for (int64_t i7 = 0; i7 < 8; i7++) {
        #pragma omp simd
        for (int64_t i8 = 0; i8 < 8; i8++) {
          const int64_t t16 = ((((i4 * 128) + (i5 * 64)) + (i7 * 8)) + i8);
          const float v17 = b0[t16];
          const float v23 = b1[(((i4 * 16) + (i5 * 8)) + i7)];
          b0[t16] = (v17 * v23);
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion_3(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i5 = 0; i5 < 2; i5++) {
      for (int64_t i7 = 0; i7 < 8; i7++) {
        for (int64_t i9 = 0; i9 < 16; i9++) {
          float acc11 = (0x0.0p+0f);
          #pragma omp simd reduction(+:acc11)
          for (int64_t i12 = 0; i12 < 8; i12++) {
            const float v21 = b0[((((i4 * 128) + (i5 * 64)) + (i7 * 8)) + i12)];
            const float v30 = b1[((((i4 * 256) + (i5 * 128)) + (i12 * 16)) + i9)];
            acc11 = (acc11 + (v21 * v30));
          }
          b2[((((i4 * 256) + (i5 * 128)) + (i7 * 16)) + i9)] = acc11;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_copy_bitcast_fusion(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 32; i6++) {
      const float v20 = b0[(((((i4 / 8) * 256) + ((i6 / 16) * 128)) + ((i4 % 8) * 16)) + (i6 % 16))];
      b1[((i4 * 32) + i6)] = v20;
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion_2(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    for (int64_t i6 = 0; i6 < 32; i6++) {
      float acc8 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i9 = 0; i9 < 32; i9++) {
        const float v12 = b0[((i4 * 32) + i9)];
        const float v16 = b1[((i9 * 32) + i6)];
        acc8 = (acc8 + (v12 * v16));
      }
      b2[((i4 * 32) + i6)] = acc8;
    }
  }
}

__attribute__((noinline)) static void k_bitcast_add_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 8; i6++) {
      #pragma omp simd
      for (int64_t i8 = 0; i8 < 32; i8++) {
        const int64_t t13 = (((i4 * 256) + (i6 * 32)) + i8);
        const float v14 = b0[t13];
        const float v19 = b1[((((i4 * 8) + i6) * 32) + i8)];
        b2[t13] = (v14 + v19);
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, float *restrict b1, float *restrict b2, float *restrict b3) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 8; i6++) {
      const float v8 = hlox_const0[0];
      float acc9 = v8;
      #pragma omp simd reduction(+:acc9)
      for (int64_t i11 = 0; i11 < 32; i11++) {
        const float v17 = b0[(((i4 * 256) + (i6 * 32)) + i11)];
        acc9 = (acc9 + v17);
      }
      b1[((i4 * 8) + i6)] = acc9;
    }
  }
  for (int64_t i23 = 0; i23 < 2; i23++) {
    for (int64_t i24 = 0; i24 < 8; i24++) {
      float acc26 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc26)
      for (int64_t i27 = 0; i27 < 32; i27++) {
        const float v32 = b0[(((i23 * 256) + (i24 * 32)) + i27)];
        const float v35 = b1[((i23 * 8) + i24)];
        const float v38 = (v32 - (v35 * (0x1.0000000000000p-5f)));
        acc26 = (acc26 + (v38 * v38));
      }
      b2[((i23 * 8) + i24)] = acc26;
    }
  }
  for (int64_t i45 = 0; i45 < 2; i45++) {
    #pragma omp simd
    for (int64_t i46 = 0; i46 < 8; i46++) {
      const int64_t t48 = ((i45 * 8) + i46);
      const float v49 = b2[t48];
      b3[t48] = (1.0f / sqrtf(((v49 * (0x1.0000000000000p-5f)) + (0x1.4f8b580000000p-17f))));
    }
  }
}

__attribute__((noinline)) static void k_add_bitcast_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, const float *restrict b3, const float *restrict b4, float *restrict b5) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 32; i6++) {
      const int64_t t8 = (i4 / 8);
      const int64_t t9 = (i4 % 8);
      const float v15 = b0[(((t8 * 256) + (t9 * 32)) + i6)];
      const int64_t t17 = ((t8 * 8) + t9);
      const float v18 = b1[t17];
      const float v22 = b2[t17];
      const float v24 = b3[i6];
      const float v26 = b4[i6];
      b5[((i4 * 32) + i6)] = ((((v15 - (v18 * (0x1.0000000000000p-5f))) * v22) * v24) + v26);
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion_1(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  scipy_cblas_sgemm(HLOX_ROW_MAJOR, HLOX_NO_TRANS, HLOX_NO_TRANS, 16, 64, 32, 1.0f, b0, 32, b1, 64, 0.0f, b2, 64);
}

__attribute__((noinline)) static void k_multiply_bitcast_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 16; i4++) {
    #pragma omp simd
    for (int64_t i6 = 0; i6 < 64; i6++) {
      const float v14 = b0[(((((i4 / 8) * 8) + (i4 % 8)) * 64) + i6)];
      const float v15 = b1[i6];
      const float v16 = (v14 + v15);
      b2[((i4 * 64) + i6)] = (v16 * ((hlox_tanhf(((v16 + (((v16 * v16) * v16) * (0x1.6e4e260000000p-5f))) * (0x1.9884540000000p-1f))) + (0x1.0000000000000p+0f)) * (0x1.0000000000000p-1f)));
    }
  }
}

__attribute__((noinline)) static void k_ynn_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  scipy_cblas_sgemm(HLOX_ROW_MAJOR, HLOX_NO_TRANS, HLOX_NO_TRANS, 16, 32, 64, 1.0f, b0, 64, b1, 32, 0.0f, b2, 32);
}

__attribute__((noinline)) static void k_broadcast_add_fusion(const float *restrict b0, const float *restrict b1, const float *restrict b2, float *restrict b3) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 8; i6++) {
      #pragma omp simd
      for (int64_t i8 = 0; i8 < 32; i8++) {
        const int64_t t13 = (((i4 * 256) + (i6 * 32)) + i8);
        const float v14 = b0[t13];
        const float v19 = b1[((((i4 * 8) + i6) * 32) + i8)];
        const float v21 = b2[i8];
        b3[t13] = ((v14 + v19) + v21);
      }
    }
  }
}

/* hlox: entry */
void scipy_openblas_set_num_threads(int);
__attribute__((constructor)) static void hlox_blas_single_threaded(void) {
  scipy_openblas_set_num_threads(1);
}

int hlox_main(void **params, void **results, void *arena) {
  char *A = (char *)arena;
  (void)A; (void)params; (void)results;
  k_fusion_1(((float *)params[10]), ((float *)(A + 64)), ((float *)results[0]), ((float *)A));
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
  k_fusion(((float *)(A + 8192)), ((float *)(A + 64)), ((float *)results[0]), ((float *)A));
  k_add_bitcast_fusion(((float *)(A + 8192)), ((float *)(A + 64)), ((float *)A), ((float *)params[5]), ((float *)params[4]), ((float *)results[0]));
  k_ynn_fusion_1(((float *)results[0]), ((float *)params[6]), ((float *)A));
  k_multiply_bitcast_fusion(((float *)A), ((float *)params[0]), ((float *)(A + 4096)));
  k_ynn_fusion(((float *)(A + 4096)), ((float *)params[7]), ((float *)A));
  k_broadcast_add_fusion(((float *)(A + 8192)), ((float *)A), ((float *)params[1]), ((float *)results[0]));
  return 0;
}
