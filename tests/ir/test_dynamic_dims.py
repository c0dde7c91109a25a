"""Bounded dynamic dimensions (`f32[<=4]`, set-dimension-size / get-dimension-size), as
XLA:CPU runs them (its dynamic padder): the data stays padded to the bound, the size in
force is a run-time value, elementwise ops carry it, a reduce skips the padding. The
evaluator and the compiled path against hand values and, when jax is installed, XLA:CPU."""
from __future__ import annotations

import numpy as np
import pytest

import hlox
from hlox.ir import HloError, parse_module, print_module
from hlox.ir.evaluator import evaluate_text

from conftest import xla_cpu

SIZES = [-2, 0, 1, 3, 4, 9]  # XLA neither clamps nor checks the size

SIZE_OF_A_SUM = """HloModule m
ENTRY e {
  n = s32[] parameter(0)
  x = f32[2,4] parameter(1)
  d = f32[2,<=4] set-dimension-size(x, n), dimensions={1}
  e = f32[2,<=4] exponential(d)
  s = f32[2,<=4] add(x, e)
  ROOT size = s32[] get-dimension-size(s), dimensions={1}
}
"""

SUM_AND_MAX = """HloModule m
add { a = f32[] parameter(0)  b = f32[] parameter(1)  ROOT c = f32[] add(a, b) }
max { a = f32[] parameter(0)  b = f32[] parameter(1)  ROOT c = f32[] maximum(a, b) }
ENTRY e {
  n = s32[] parameter(0)
  x = f32[3,5] parameter(1)
  d = f32[3,<=5] set-dimension-size(x, n), dimensions={1}
  sq = f32[3,<=5] multiply(d, d)
  zero = f32[] constant(0)
  low = f32[] constant(-inf)
  sum = f32[3] reduce(sq, zero), dimensions={1}, to_apply=add
  m = f32[3] reduce(d, low), dimensions={1}, to_apply=max
  rows = f32[<=5] reduce(d, zero), dimensions={0}, to_apply=add
  per_row = s32[] get-dimension-size(rows), dimensions={0}
  ROOT t = (f32[3], f32[3], s32[]) tuple(sum, m, per_row)
}
"""

X = np.arange(15, dtype=np.float32).reshape(3, 5) - 7.0


def _both(text, *args):
    return [evaluate_text(text, list(args)), hlox.compile(text)(*args)]


def test_bounded_dimensions_parse_and_print():
    module = parse_module(SIZE_OF_A_SUM)
    printed = print_module(module)
    assert "f32[2,<=4]{1,0} set-dimension-size(x, n), dimensions={1}" in printed
    assert print_module(parse_module(printed)) == printed
    with pytest.raises(HloError, match="unbounded dynamic dimensions"):
        parse_module("HloModule m\nENTRY e {\n  ROOT p = f32[?] parameter(0)\n}\n")
    with pytest.raises(HloError, match="size must be s32"):
        parse_module("HloModule m\nENTRY e {\n  x = f32[4] parameter(0)\n  n = s64[] "
                     "parameter(1)\n  ROOT d = f32[<=4] set-dimension-size(x, n), "
                     "dimensions={0}\n}\n")


@pytest.mark.parametrize("n", SIZES)
def test_get_dimension_size_reads_the_size_set(n):
    for got in _both(SIZE_OF_A_SUM, np.int32(n), np.ones((2, 4), np.float32)):
        assert int(got) == n


@pytest.mark.parametrize("n", SIZES)
def test_reduce_skips_the_padding(n):
    kept = max(0, min(n, 5))
    want_sum = (X[:, :kept] ** 2).sum(1)
    want_max = X[:, :kept].max(1) if kept else np.full(3, -np.inf, np.float32)
    for got in _both(SUM_AND_MAX, np.int32(n), X):
        np.testing.assert_allclose(np.asarray(got[0]), want_sum, rtol=1e-6)
        np.testing.assert_array_equal(np.asarray(got[1]), want_max)
        assert int(got[2]) == n  # a reduce over another dimension keeps the size


@pytest.mark.parametrize("n", SIZES)
def test_matches_xla_cpu(n):
    for text, args in ((SIZE_OF_A_SUM, [np.int32(n), np.ones((2, 4), np.float32)]),
                       (SUM_AND_MAX, [np.int32(n), X])):
        want = xla_cpu(text, args)
        got = evaluate_text(text, args)
        got = list(got) if isinstance(got, tuple) else [got]
        for g, w in zip(got, want):
            np.testing.assert_allclose(np.asarray(g), w, rtol=1e-6)


DYNAMIC_ROW = ("HloModule m\nENTRY e {\n  n = s32[] parameter(0)\n  x = f32[4] parameter(1)\n"
               "  d = f32[<=4] set-dimension-size(x, n), dimensions={0}\n")


@pytest.mark.parametrize("root,message", [
    ("f32[<=4,1] reshape(d)", "reshape of an array with dynamic dimensions is not supported"),
    ("f32[<=4] negate(d)", "entry result with dynamic dimensions is not supported"),
])
def test_what_is_not_supported_is_a_clear_error(root, message):
    text = DYNAMIC_ROW + f"  ROOT r = {root}\n}}\n"
    with pytest.raises(HloError, match=message):
        evaluate_text(text, [np.int32(2), np.ones(4, np.float32)])
    with pytest.raises(HloError, match=message):
        hlox.compile(text)
