"""Wrong code the audit of issue 12 found: reduce-window with low padding on two dimensions
(a GCC 12 -O3 -march=native miscompile of the old bounds check) and maximum / minimum of
signed zeros. Compiled results are compared with the evaluator bit for bit."""
from __future__ import annotations

import numpy as np
import pytest

import hlox
from hlox.ir import parse_module
from hlox.ir.evaluator import evaluate

REDUCE_WINDOW = """HloModule rw
add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}
ENTRY e {
  x = f32[4,4] parameter(0)
  z = f32[] constant(0)
  ROOT r = f32[4,2] reduce-window(x, z), window={size=2x3 stride=1x3 pad=1_0x1_1}, to_apply=add
}
"""


def _same_bits(got, expected):
    got, expected = np.asarray(got, np.float64), np.asarray(expected, np.float64)
    np.testing.assert_array_equal(got, expected)
    np.testing.assert_array_equal(np.signbit(got), np.signbit(expected))


def test_reduce_window_low_padding_on_two_dims():
    x = np.arange(16, dtype=np.float32).reshape(4, 4)
    got = hlox.compile(REDUCE_WINDOW)(x)
    expected = [[1, 5], [10, 18], [26, 34], [42, 50]]  # the evaluator's and XLA's
    np.testing.assert_array_equal(got, expected)
    np.testing.assert_array_equal(evaluate(parse_module(REDUCE_WINDOW), [x]), expected)


@pytest.mark.parametrize("dtype", ["f16", "bf16", "f32", "f64"])
def test_maximum_minimum_of_signed_zeros(dtype):
    text = f"""HloModule mm
ENTRY e {{
  a = {dtype}[6] parameter(0)
  b = {dtype}[6] parameter(1)
  mx = {dtype}[6] maximum(a, b)
  mn = {dtype}[6] minimum(a, b)
  at = {dtype}[6] atan2(mx, mn)
  ROOT t = ({dtype}[6], {dtype}[6], {dtype}[6]) tuple(mx, mn, at)
}}
"""
    module = parse_module(text)
    np_dtype = module.entry_computation.parameter_shapes[0].np_dtype
    a = np.array([0.0, -0.0, 0.0, -0.0, np.nan, 1.0], np_dtype)
    b = np.array([-0.0, 0.0, 0.0, -0.0, 0.0, np.nan], np_dtype)
    got, expected = hlox.compile(text)(a, b), evaluate(module, [a, b])
    _same_bits(got[0][:2], [0.0, 0.0])    # max(+0,-0) = max(-0,+0) = +0
    _same_bits(got[1][:2], [-0.0, -0.0])  # min(-0,+0) = min(+0,-0) = -0
    for g, e in zip(got, expected):
        _same_bits(g, e)
    assert np.isnan(np.asarray(got[0][4:], np.float64)).all()  # NaN propagates from either side


@pytest.mark.parametrize("op, init", [("maximum", "-inf"), ("minimum", "inf")])
@pytest.mark.parametrize("n", [7, 64])
def test_reduce_max_min_of_signed_zeros(op, init, n):
    """The vectorised reduction compares with `>`: a zero result is reduced again exactly."""
    text = f"""HloModule rm
f {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT m = f32[] {op}(a, b)
}}
ENTRY e {{
  x = f32[3,{n}] parameter(0)
  i = f32[] constant({init})
  r = f32[3] reduce(x, i), dimensions={{1}}, to_apply=f
  c = f32[{n}] reduce(x, i), dimensions={{0}}, to_apply=f
  ROOT t = (f32[3], f32[{n}]) tuple(r, c)
}}
"""
    x = np.zeros((3, n), np.float32)
    x[0, ::2], x[1, :], x[2, 1::2] = -0.0, -0.0, -0.0
    for g, e in zip(hlox.compile(text)(x), evaluate(parse_module(text), [x])):
        _same_bits(g, e)


@pytest.mark.parametrize("index_type, start", [("u64", 2**64 - 1), ("u64", 2**63),
                                               ("s64", -2**63), ("u32", 2**32 - 1)])
def test_dynamic_slice_start_of_u64_beyond_int64_clamps_to_the_end(index_type, start):
    """Found by tests/fuzz: a u64 start >= 2^63 wrapped negative and clamped to 0."""
    text = f"""HloModule d
ENTRY main {{
  i = {index_type}[] parameter(0)
  x = u32[6,2] parameter(1)
  u = u32[1,1] parameter(2)
  j = {index_type}[] constant({start})
  ds = u32[1,1] dynamic-slice(x, i, j), dynamic_slice_sizes={{1,1}}
  dus = u32[6,2] dynamic-update-slice(x, u, i, j)
  ROOT r = (u32[1,1], u32[6,2]) tuple(ds, dus)
}}
"""
    module = parse_module(text)
    args = [np.array(start, module.entry_computation.parameter_shapes[0].np_dtype),
            np.arange(12, dtype=np.uint32).reshape(6, 2), np.array([[99]], np.uint32)]
    got, expected = hlox.compile(text)(*args), evaluate(module, args)
    for g, e in zip(got, expected):
        np.testing.assert_array_equal(g, e)
