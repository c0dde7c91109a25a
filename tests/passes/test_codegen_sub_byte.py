"""s4 / u4 / s2 / u2: the evaluator against plain Python integer arithmetic, the compiled
path against the evaluator, and XLA's packing for width-changing bitcast-convert."""
from __future__ import annotations

import ml_dtypes
import numpy as np
import pytest

import hlox
from hlox.ir.evaluator import evaluate_text

TYPES = {"s4": (ml_dtypes.int4, 4, True), "u4": (ml_dtypes.uint4, 4, False),
         "s2": (ml_dtypes.int2, 2, True), "u2": (ml_dtypes.uint2, 2, False)}


def _wrap(values, bits, signed):
    out = []
    for v in values:
        v &= (1 << bits) - 1
        out.append(v - (1 << bits) if signed and v >= 1 << (bits - 1) else v)
    return out


@pytest.mark.parametrize("name", TYPES)
def test_arithmetic_wraps_and_conversions(name):
    dtype, bits, signed = TYPES[name]
    info = ml_dtypes.iinfo(dtype)
    values = list(range(int(info.min), int(info.max) + 1))
    pairs = [(a, b) for a in values for b in values]
    a = np.array([p for p, _ in pairs], dtype)
    b = np.array([q for _, q in pairs], dtype)
    n = len(pairs)
    f = np.linspace(-20, 20, n).astype(np.float32)
    f[0] = np.nan
    text = f"""HloModule m
ENTRY e {{
  a = {name}[{n}] parameter(0)
  b = {name}[{n}] parameter(1)
  f = f32[{n}] parameter(2)
  add = {name}[{n}] add(a, b)
  mul = {name}[{n}] multiply(a, b)
  sub = {name}[{n}] subtract(a, b)
  wide = s32[{n}] convert(a)
  narrow = {name}[{n}] convert(wide)
  fromf = {name}[{n}] convert(f)
  lt = pred[{n}] compare(a, b), direction=LT
  mx = {name}[{n}] maximum(a, b)
  ROOT t = ({name}[{n}], {name}[{n}], {name}[{n}], s32[{n}], {name}[{n}], {name}[{n}], pred[{n}], {name}[{n}]) tuple(add, mul, sub, wide, narrow, fromf, lt, mx)
}}
"""
    ints = [(p, q) for p, q in pairs]
    low, high = int(info.min), int(info.max)
    want = [_wrap([p + q for p, q in ints], bits, signed), _wrap([p * q for p, q in ints], bits, signed),
            _wrap([p - q for p, q in ints], bits, signed), [p for p, _ in ints],
            [p for p, _ in ints],
            [0 if np.isnan(x) else min(max(int(np.trunc(x)), low), high) for x in f],
            [p < q for p, q in ints], [max(p, q) for p, q in ints]]
    evaluated = evaluate_text(text, [a, b, f])
    for got, w in zip(evaluated, want):
        assert got.astype(np.int64).tolist() == [int(x) for x in w]
    for got, e in zip(hlox.compile(text)(a, b, f), evaluated):
        assert got.dtype == e.dtype
        np.testing.assert_array_equal(got.astype(np.int64), e.astype(np.int64))


def test_bitcast_convert_packs_low_bits_first():
    x = np.array([0x87, 0x13, 0xF5], np.uint8).view(np.int8)
    text = """HloModule m
ENTRY e {
  x = s8[3] parameter(0)
  n = s4[3,2] bitcast-convert(x)
  q = u2[3,4] bitcast-convert(x)
  back = s8[3] bitcast-convert(n)
  ROOT t = (s4[3,2], u2[3,4], s8[3]) tuple(n, q, back)
}
"""
    nibbles = [[7, -8], [3, 1], [5, -1]]
    crumbs = [[(v >> (2 * j)) & 3 for j in range(4)] for v in (0x87, 0x13, 0xF5)]
    for result in (evaluate_text(text, [x]), hlox.compile(text)(x)):
        assert result[0].astype(np.int64).tolist() == nibbles
        assert result[1].astype(np.int64).tolist() == crumbs
        np.testing.assert_array_equal(result[2], x)


def test_dot_and_reduce_on_s4():
    a = np.array([[1, -2, 3], [7, -8, 0]], ml_dtypes.int4)
    b = np.array([[2, 1], [-1, 1], [0, 3]], ml_dtypes.int4)
    text = """HloModule m
add { x = s8[] parameter(0) y = s8[] parameter(1) ROOT s = s8[] add(x, y) }
ENTRY e {
  a = s4[2,3] parameter(0)
  b = s4[3,2] parameter(1)
  a8 = s8[2,3] convert(a)
  b8 = s8[3,2] convert(b)
  d = s8[2,2] dot(a8, b8), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  z = s8[] constant(0)
  r = s8[2] reduce(a8, z), dimensions={1}, to_apply=add
  ROOT t = (s8[2,2], s8[2]) tuple(d, r)
}
"""
    want = (a.astype(np.int8) @ b.astype(np.int8), a.astype(np.int8).sum(1).astype(np.int8))
    for result in (evaluate_text(text, [a, b]), hlox.compile(text)(a, b)):
        for got, w in zip(result, want):
            np.testing.assert_array_equal(got, w)
