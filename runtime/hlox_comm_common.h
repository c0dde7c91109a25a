/* What both communicator implementations share: element reductions, f16 / bf16
   through f32, block copies and a monotonic clock. */
#ifndef HLOX_COMM_COMMON_H
#define HLOX_COMM_COMMON_H
#include <stdint.h>
#include <string.h>
#include <time.h>
#include "hlox_comm.h"

static const int hlox_dtype_size[HLOX_NUM_DTYPES] = {1, 1, 2, 4, 8, 1, 2, 4, 8, 2, 2, 4, 8};

static inline int64_t hlox_now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* f16 and bf16 are reduced in f32 and rounded once at the end (round half to even). */
static inline int hlox_is_half(int dtype) { return dtype == HLOX_F16 || dtype == HLOX_BF16; }

static void hlox_half_to_f32(int dtype, const uint16_t *src, float *dst, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    if (dtype == HLOX_F16) {
      _Float16 h; memcpy(&h, &src[i], 2); dst[i] = (float)h;
    } else {
      uint32_t u = (uint32_t)src[i] << 16; memcpy(&dst[i], &u, 4);
    }
  }
}

static void hlox_f32_to_half(int dtype, const float *src, uint16_t *dst, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    if (dtype == HLOX_F16) {
      _Float16 h = (_Float16)src[i]; memcpy(&dst[i], &h, 2);
    } else {
      uint32_t u; memcpy(&u, &src[i], 4);
      if ((u & 0x7fffffffu) > 0x7f800000u) { dst[i] = (uint16_t)((u >> 16) | 0x40u); continue; }
      u += 0x7fffu + ((u >> 16) & 1u);
      dst[i] = (uint16_t)(u >> 16);
    }
  }
}

/* acc[i] = acc[i] (reduction) x[i]. Integer sums and products wrap (computed unsigned);
   float min / max propagate NaN, as XLA's minimum / maximum. */
#define HLOX_COMBINE_INT(T, U)                                                       \
  static void hlox_combine_##T(int red, T *acc, const T *x, int64_t n) {             \
    switch (red) {                                                                   \
      case HLOX_SUM: for (int64_t i = 0; i < n; i++) acc[i] = (T)((U)acc[i] + (U)x[i]); break; \
      case HLOX_PROD: for (int64_t i = 0; i < n; i++) acc[i] = (T)((U)acc[i] * (U)x[i]); break; \
      case HLOX_MIN: for (int64_t i = 0; i < n; i++) if (x[i] < acc[i]) acc[i] = x[i]; break;    \
      case HLOX_MAX: for (int64_t i = 0; i < n; i++) if (x[i] > acc[i]) acc[i] = x[i]; break;    \
      case HLOX_AND: for (int64_t i = 0; i < n; i++) acc[i] = acc[i] & x[i]; break;  \
      case HLOX_OR: for (int64_t i = 0; i < n; i++) acc[i] = acc[i] | x[i]; break;   \
    }                                                                                \
  }
#define HLOX_COMBINE_FLOAT(T)                                                        \
  static void hlox_combine_##T(int red, T *acc, const T *x, int64_t n) {             \
    switch (red) {                                                                   \
      case HLOX_SUM: for (int64_t i = 0; i < n; i++) acc[i] += x[i]; break;          \
      case HLOX_PROD: for (int64_t i = 0; i < n; i++) acc[i] *= x[i]; break;         \
      case HLOX_MIN: for (int64_t i = 0; i < n; i++) {                               \
        acc[i] = acc[i] != acc[i] ? acc[i] : (x[i] != x[i] || x[i] < acc[i]) ? x[i] : acc[i]; \
      } break;                                                                       \
      case HLOX_MAX: for (int64_t i = 0; i < n; i++) {                               \
        acc[i] = acc[i] != acc[i] ? acc[i] : (x[i] != x[i] || x[i] > acc[i]) ? x[i] : acc[i]; \
      } break;                                                                       \
    }                                                                                \
  }
HLOX_COMBINE_INT(int8_t, uint8_t)
HLOX_COMBINE_INT(int16_t, uint16_t)
HLOX_COMBINE_INT(int32_t, uint32_t)
HLOX_COMBINE_INT(int64_t, uint64_t)
HLOX_COMBINE_INT(uint8_t, uint8_t)
HLOX_COMBINE_INT(uint16_t, uint16_t)
HLOX_COMBINE_INT(uint32_t, uint32_t)
HLOX_COMBINE_INT(uint64_t, uint64_t)
HLOX_COMBINE_FLOAT(float)
HLOX_COMBINE_FLOAT(double)

/* dtype is never f16 / bf16 here: those are combined as f32 */
static void hlox_combine(int dtype, int red, void *acc, const void *x, int64_t n) {
  switch (dtype) {
    case HLOX_PRED: hlox_combine_uint8_t(red, acc, x, n); break;
    case HLOX_S8: hlox_combine_int8_t(red, acc, x, n); break;
    case HLOX_S16: hlox_combine_int16_t(red, acc, x, n); break;
    case HLOX_S32: hlox_combine_int32_t(red, acc, x, n); break;
    case HLOX_S64: hlox_combine_int64_t(red, acc, x, n); break;
    case HLOX_U8: hlox_combine_uint8_t(red, acc, x, n); break;
    case HLOX_U16: hlox_combine_uint16_t(red, acc, x, n); break;
    case HLOX_U32: hlox_combine_uint32_t(red, acc, x, n); break;
    case HLOX_U64: hlox_combine_uint64_t(red, acc, x, n); break;
    case HLOX_F32: hlox_combine_float(red, acc, x, n); break;
    case HLOX_F64: hlox_combine_double(red, acc, x, n); break;
  }
}

/* A buffer seen as outer x slots x block bytes: copy slot `slot` to / from a dense
   outer x block buffer. */
static void hlox_slot_out(void *dense, const void *whole, int64_t outer, int64_t slots,
                          int64_t block, int64_t slot) {
  for (int64_t o = 0; o < outer; o++)
    memcpy((char *)dense + o * block, (const char *)whole + (o * slots + slot) * block, block);
}

static void hlox_slot_in(void *whole, const void *dense, int64_t outer, int64_t slots,
                         int64_t block, int64_t slot) {
  for (int64_t o = 0; o < outer; o++)
    memcpy((char *)whole + (o * slots + slot) * block, (const char *)dense + o * block, block);
}

/* The members of device d's group in set `set` (table: n_sets x 2 x n; row 0 the
   group, row 1 the position), in position order; returns how many. */
static inline int hlox_group_members(const int32_t *table, int n, int set, int d, int *members) {
  const int32_t *color = table + (int64_t)set * 2 * n, *pos = color + n;
  int size = 0;
  for (int e = 0; e < n; e++)
    if (color[e] == color[d]) size++;
  for (int e = 0; e < n; e++)
    if (color[e] == color[d]) members[pos[e]] = e;
  return size;
}

#endif
