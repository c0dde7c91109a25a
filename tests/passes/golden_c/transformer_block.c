

/* hlox: kernels */
__attribute__((noinline)) static void k_fusion_8(const float *restrict b0, float *restrict b1, float *restrict b2, const float *restrict b3, const float *restrict b4, float *restrict b5) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 8; i6++) {
      float acc8 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i10 = 0; i10 < 32; i10++) {
        const float v16 = b0[(((i4 * 256) + (i6 * 32)) + i10)];
        acc8 = (acc8 + v16);
      }
      b1[((i4 * 8) + i6)] = acc8;
    }
  }
  for (int64_t i22 = 0; i22 < 2; i22++) {
    for (int64_t i23 = 0; i23 < 8; i23++) {
      float acc24 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc24)
      for (int64_t i25 = 0; i25 < 32; i25++) {
        const float v30 = b0[(((i22 * 256) + (i23 * 32)) + i25)];
        const float v33 = b1[((i22 * 8) + i23)];
        const float v36 = (v30 - (v33 / (0x1.0000000000000p+5f)));
        acc24 = (acc24 + (v36 * v36));
      }
      b2[((i22 * 8) + i23)] = acc24;
    }
  }
  for (int64_t i43 = 0; i43 < 2; i43++) {
    for (int64_t i44 = 0; i44 < 8; i44++) {
      #pragma omp simd
      for (int64_t i45 = 0; i45 < 32; i45++) {
        const int64_t t49 = (((i43 * 256) + (i44 * 32)) + i45);
        const float v50 = b0[t49];
        const int64_t t52 = ((i43 * 8) + i44);
        const float v53 = b1[t52];
        const float v56 = b2[t52];
        const float v62 = b3[i45];
        const float v64 = b4[i45];
        b5[t49] = ((((v50 - (v53 / (0x1.0000000000000p+5f))) * (1.0f / sqrtf(((v56 / (0x1.0000000000000p+5f)) + (0x1.4f8b580000000p-17f))))) * v62) + v64);
      }
    }
  }
}

__attribute__((noinline)) static void k_dot_general_6(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  scipy_cblas_sgemm(HLOX_ROW_MAJOR, HLOX_NO_TRANS, HLOX_NO_TRANS, 16, 96, 32, 1.0f, b0, 32, b1, 96, 0.0f, b2, 96);
}

__attribute__((noinline)) static void k_fusion_9(const float *restrict b0, float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i5 = 0; i5 < 2; i5++) {
      for (int64_t i7 = 0; i7 < 8; i7++) {
        #pragma omp simd
        for (int64_t i9 = 0; i9 < 16; i9++) {
          const int64_t t11 = ((i5 * 16) + i9);
          const int64_t t18 = ((i4 * 768) + (i7 * 96));
          const float v20 = b0[(t18 + (64 + t11))];
          const float v22 = b0[(t18 + t11)];
          const int64_t t30 = ((((i4 * 256) + (i5 * 128)) + (i7 * 16)) + i9);
          b1[t30] = v20;
          b2[t30] = v22;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_6(const float *restrict b0, float *restrict b1) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i5 = 0; i5 < 2; i5++) {
      for (int64_t i7 = 0; i7 < 16; i7++) {
        #pragma omp simd
        for (int64_t i9 = 0; i9 < 8; i9++) {
          const float v20 = b0[(((i4 * 768) + (i9 * 96)) + (32 + ((i5 * 16) + i7)))];
          b1[((((i4 * 256) + (i5 * 128)) + (i7 * 8)) + i9)] = v20;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_dot_general_7(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i5 = 0; i5 < 2; i5++) {
      for (int64_t i7 = 0; i7 < 8; i7++) {
        for (int64_t i8 = 0; i8 < 8; i8++) {
          float acc10 = (0x0.0p+0f);
          #pragma omp simd reduction(+:acc10)
          for (int64_t i12 = 0; i12 < 16; i12++) {
            const int64_t t17 = ((i4 * 256) + (i5 * 128));
            const float v21 = b0[((t17 + (i7 * 16)) + i12)];
            const float v26 = b1[((t17 + (i12 * 8)) + i8)];
            acc10 = (acc10 + (v21 * v26));
          }
          b2[((((i4 * 128) + (i5 * 64)) + (i7 * 8)) + i8)] = acc10;
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_5(float *restrict b0, float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i5 = 0; i5 < 2; i5++) {
      for (int64_t i7 = 0; i7 < 8; i7++) {
        float acc9 = (-INFINITY);
        const float v10 = acc9;
        int32_t nan13 = ((int32_t)((uint8_t)(v10 != v10)));
        #pragma omp simd reduction(max:acc9) reduction(|:nan13)
        for (int64_t i14 = 0; i14 < 8; i14++) {
          const float v23 = b0[((((i4 * 128) + (i5 * 64)) + (i7 * 8)) + i14)];
          const float v34 = ((((uint8_t)(((int32_t)((int64_t)i7)) >= ((int32_t)((int64_t)i14)))) ? 1 : 0) ? (v23 * (0x1.0000000000000p-2f)) : (-INFINITY));
          nan13 = ((int32_t)(nan13 | ((int32_t)((uint8_t)(v34 != v34)))));
          const float v39 = acc9;
          acc9 = (((uint8_t)(v34 > v39)) ? v34 : v39);
        }
        if (nan13) {
          acc9 = NAN;
        }
        if (((uint8_t)(acc9 == (0x0.0p+0f)))) {
          acc9 = (-INFINITY);
          for (int64_t i47 = 0; i47 < 8; i47++) {
            const float v54 = b0[((((i4 * 128) + (i5 * 64)) + (i7 * 8)) + i47)];
            acc9 = hlox_maxf(acc9, ((((uint8_t)(((int32_t)((int64_t)i7)) >= ((int32_t)((int64_t)i47)))) ? 1 : 0) ? (v54 * (0x1.0000000000000p-2f)) : (-INFINITY)));
          }
        }
        b1[(((i4 * 16) + (i5 * 8)) + i7)] = acc9;
      }
    }
  }
  for (int64_t i71 = 0; i71 < 2; i71++) {
    for (int64_t i72 = 0; i72 < 2; i72++) {
      for (int64_t i73 = 0; i73 < 8; i73++) {
        float acc74 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc74)
        for (int64_t i75 = 0; i75 < 8; i75++) {
          const float v82 = b0[((((i71 * 128) + (i72 * 64)) + (i73 * 8)) + i75)];
          const float v95 = b1[(((i71 * 16) + (i72 * 8)) + i73)];
          acc74 = (acc74 + hlox_expf((((((uint8_t)(((int32_t)((int64_t)i73)) >= ((int32_t)((int64_t)i75)))) ? 1 : 0) ? (v82 * (0x1.0000000000000p-2f)) : (-INFINITY)) - hlox_maxf(v95, (-INFINITY)))));
        }
        b2[(((i71 * 16) + (i72 * 8)) + i73)] = acc74;
      }
    }
  }
  for (int64_t i106 = 0; i106 < 2; i106++) {
    for (int64_t i107 = 0; i107 < 2; i107++) {
      for (int64_t i108 = 0; i108 < 8; i108++) {
        #pragma omp simd
        for (int64_t i109 = 0; i109 < 8; i109++) {
          const int64_t t115 = ((((i106 * 128) + (i107 * 64)) + (i108 * 8)) + i109);
          const float v116 = b0[t115];
          const int64_t t128 = (((i106 * 16) + (i107 * 8)) + i108);
          const float v129 = b1[t128];
          const float v133 = b2[t128];
          b0[t115] = (hlox_expf((((((uint8_t)(((int32_t)((int64_t)i108)) >= ((int32_t)((int64_t)i109)))) ? 1 : 0) ? (v116 * (0x1.0000000000000p-2f)) : (-INFINITY)) - hlox_maxf(v129, (-INFINITY)))) / v133);
        }
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_3(const float *restrict b0, const float *restrict b1, float *restrict b2, float *restrict b3) {
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
  for (int64_t i42 = 0; i42 < 2; i42++) {
    for (int64_t i43 = 0; i43 < 8; i43++) {
      #pragma omp simd
      for (int64_t i45 = 0; i45 < 32; i45++) {
        const int64_t t48 = (i42 * 256);
        const float v54 = b2[(((t48 + ((i45 / 16) * 128)) + (i43 * 16)) + (i45 % 16))];
        b3[((t48 + (i43 * 32)) + i45)] = v54;
      }
    }
  }
}

__attribute__((noinline)) static void k_dot_general_9(const float *restrict b0, const float *restrict b1, float *restrict b2) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 8; i6++) {
      for (int64_t i8 = 0; i8 < 32; i8++) {
        float acc10 = (0x0.0p+0f);
        #pragma omp simd reduction(+:acc10)
        for (int64_t i11 = 0; i11 < 32; i11++) {
          const float v17 = b0[(((i4 * 256) + (i6 * 32)) + i11)];
          const float v21 = b1[((i11 * 32) + i8)];
          acc10 = (acc10 + (v17 * v21));
        }
        b2[(((i4 * 256) + (i6 * 32)) + i8)] = acc10;
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_2(const float *restrict b0, const float *restrict b1, float *restrict b2, float *restrict b3, const float *restrict b4, const float *restrict b5, float *restrict b6) {
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 8; i6++) {
      float acc8 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc8)
      for (int64_t i10 = 0; i10 < 32; i10++) {
        const int64_t t15 = (((i4 * 256) + (i6 * 32)) + i10);
        const float v16 = b0[t15];
        const float v17 = b1[t15];
        acc8 = (acc8 + (v16 + v17));
      }
      b2[((i4 * 8) + i6)] = acc8;
    }
  }
  for (int64_t i24 = 0; i24 < 2; i24++) {
    for (int64_t i25 = 0; i25 < 8; i25++) {
      float acc26 = (0x0.0p+0f);
      #pragma omp simd reduction(+:acc26)
      for (int64_t i27 = 0; i27 < 32; i27++) {
        const int64_t t31 = (((i24 * 256) + (i25 * 32)) + i27);
        const float v32 = b0[t31];
        const float v33 = b1[t31];
        const float v37 = b2[((i24 * 8) + i25)];
        const float v40 = ((v32 + v33) - (v37 / (0x1.0000000000000p+5f)));
        acc26 = (acc26 + (v40 * v40));
      }
      b3[((i24 * 8) + i25)] = acc26;
    }
  }
  for (int64_t i47 = 0; i47 < 2; i47++) {
    for (int64_t i48 = 0; i48 < 8; i48++) {
      #pragma omp simd
      for (int64_t i49 = 0; i49 < 32; i49++) {
        const int64_t t53 = (((i47 * 256) + (i48 * 32)) + i49);
        const float v54 = b0[t53];
        const float v55 = b1[t53];
        const int64_t t58 = ((i47 * 8) + i48);
        const float v59 = b2[t58];
        const float v62 = b3[t58];
        const float v68 = b4[i49];
        const float v70 = b5[i49];
        b6[t53] = (((((v54 + v55) - (v59 / (0x1.0000000000000p+5f))) * (1.0f / sqrtf(((v62 / (0x1.0000000000000p+5f)) + (0x1.4f8b580000000p-17f))))) * v68) + v70);
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion_1(const float *restrict b0, const float *restrict b1, float *restrict b2, const float *restrict b3) {
  scipy_cblas_sgemm(HLOX_ROW_MAJOR, HLOX_NO_TRANS, HLOX_NO_TRANS, 16, 64, 32, 1.0f, b0, 32, b1, 64, 0.0f, b2, 64);
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 8; i6++) {
      #pragma omp simd
      for (int64_t i8 = 0; i8 < 64; i8++) {
        const int64_t t13 = (((i4 * 512) + (i6 * 64)) + i8);
        const float v14 = b2[t13];
        const float v15 = b3[i8];
        const float v16 = (v14 + v15);
        b2[t13] = (v16 * ((hlox_tanhf(((v16 + (((v16 * v16) * v16) * (0x1.6e4e260000000p-5f))) * (0x1.9884540000000p-1f))) + (0x1.0000000000000p+0f)) * (0x1.0000000000000p-1f)));
      }
    }
  }
}

__attribute__((noinline)) static void k_fusion(const float *restrict b0, const float *restrict b1, float *restrict b2, const float *restrict b3, const float *restrict b4, const float *restrict b5) {
  scipy_cblas_sgemm(HLOX_ROW_MAJOR, HLOX_NO_TRANS, HLOX_NO_TRANS, 16, 32, 64, 1.0f, b0, 64, b1, 32, 0.0f, b2, 32);
  for (int64_t i4 = 0; i4 < 2; i4++) {
    for (int64_t i6 = 0; i6 < 8; i6++) {
      #pragma omp simd
      for (int64_t i8 = 0; i8 < 32; i8++) {
        const int64_t t13 = (((i4 * 256) + (i6 * 32)) + i8);
        const float v14 = b3[t13];
        const float v15 = b4[t13];
        const float v17 = b2[t13];
        const float v19 = b5[i8];
        b2[t13] = (((v14 + v15) + v17) + v19);
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
