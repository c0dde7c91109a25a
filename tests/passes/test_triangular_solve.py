"""triangular-solve: the evaluator against numpy's solve (and XLA:CPU through jaxlib, when
installed), the compiled path (triangular-solve-expander) against the evaluator, for
every combination of left_side, lower, unit_diagonal and transpose_a, batched."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

import hlox
from hlox.ir import HloError, parse_module
from hlox.ir.evaluator import evaluate_text

from conftest import xla_cpu

OPTIONS = list(itertools.product([True, False], [True, False], [True, False],
                                 ["NO_TRANSPOSE", "TRANSPOSE", "ADJOINT"]))


def _text(dtype: str, a_shape, b_shape, left, lower, unit, transpose) -> str:
    dims = lambda s: ",".join(map(str, s))  # noqa: E731
    options = f"left_side={str(left).lower()}, lower={str(lower).lower()}, " \
              f"unit_diagonal={str(unit).lower()}, transpose_a={transpose}"
    return (f"HloModule m\nENTRY e {{\n  a = {dtype}[{dims(a_shape)}] parameter(0)\n"
            f"  b = {dtype}[{dims(b_shape)}] parameter(1)\n"
            f"  ROOT x = {dtype}[{dims(b_shape)}] triangular-solve(a, b), {options}\n}}\n")


def _operands(np_dtype, batch=(2,), m=4, n=3, left=True, seed=0):
    rng = np.random.default_rng(seed)
    def draw(shape):
        x = rng.uniform(-1, 1, shape)
        if np.dtype(np_dtype).kind == "c":
            x = x + 1j * rng.uniform(-1, 1, shape)
        return x
    # The triangle read is well conditioned; the other one is garbage (NaN), never read.
    a = draw(batch + (m, m)) + 3 * np.eye(m)
    a = np.where(np.eye(m, dtype=bool) | np.tri(m, dtype=bool) | np.tri(m, dtype=bool).T,
                 a, np.nan)
    b = draw(batch + ((m, n) if left else (n, m)))
    return a.astype(np_dtype), b.astype(np_dtype)


def _reference(a, b, left, lower, unit, transpose):
    m = np.tril(a) if lower else np.triu(a)
    if unit:
        m = m.copy()
        m[..., np.arange(m.shape[-1]), np.arange(m.shape[-1])] = 1
    if transpose != "NO_TRANSPOSE":
        m = np.swapaxes(m, -1, -2)
        if transpose == "ADJOINT":
            m = np.conj(m)
    m, b = m.astype(np.complex128), b.astype(np.complex128)
    if left:
        return np.linalg.solve(m, b)
    return np.swapaxes(np.linalg.solve(np.swapaxes(m, -1, -2), np.swapaxes(b, -1, -2)), -1, -2)


@pytest.mark.parametrize("left,lower,unit,transpose", OPTIONS)
def test_every_option_against_numpy_and_compiled(left, lower, unit, transpose):
    a, b = _operands(np.float32, left=left)
    a = np.nan_to_num(a, nan=1e30)  # the unread triangle: big, never NaN (numpy's tril keeps it)
    text = _text("f32", a.shape, b.shape, left, lower, unit, transpose)
    want = _reference(a, b, left, lower, unit, transpose).real
    got = evaluate_text(text, [a, b])
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(hlox.compile(text)(a, b), got, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("transpose", ["NO_TRANSPOSE", "TRANSPOSE", "ADJOINT"])
@pytest.mark.parametrize("left,lower", [(True, True), (False, False)])
def test_complex_and_an_unread_nan_triangle(left, lower, transpose):
    a, b = _operands(np.complex64, batch=(3, 1), m=5, n=2, left=left, seed=1)
    text = _text("c64", a.shape, b.shape, left, lower, False, transpose)
    got = evaluate_text(text, [a, b])
    assert np.isfinite(got).all()  # the NaN triangle is never read
    tri = np.where(np.isnan(a), 0, a)
    np.testing.assert_allclose(got, _reference(tri, b, left, lower, False, transpose),
                               rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(hlox.compile(text)(a, b), got, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("left,lower,unit,transpose", OPTIONS[::2])
def test_matches_xla_cpu(left, lower, unit, transpose):
    a, b = _operands(np.float64, batch=(2, 2), m=5, n=2, left=left, seed=2)
    text = _text("f64", a.shape, b.shape, left, lower, unit, transpose)
    want = xla_cpu(text, [a, b])[0]
    np.testing.assert_allclose(evaluate_text(text, [a, b]), want, rtol=1e-10, atol=1e-12)


def test_singular_matrix_gives_infinities_and_bad_options_are_errors():
    a = np.array([[1.0, 0.0], [2.0, 0.0]], np.float32)
    b = np.array([[1.0], [1.0]], np.float32)
    text = _text("f32", a.shape, b.shape, True, True, False, "NO_TRANSPOSE")
    got = evaluate_text(text, [a, b])
    assert got[0, 0] == 1 and not np.isfinite(got[1, 0])
    np.testing.assert_array_equal(np.isfinite(hlox.compile(text)(a, b)), np.isfinite(got))
    with pytest.raises(HloError, match="transpose_a must be one of"):
        parse_module(text.replace("NO_TRANSPOSE", "CONJUGATE"))
    with pytest.raises(HloError, match="does not fit the matrix"):
        parse_module(_text("f32", (2, 2), (3, 1), True, True, False, "NO_TRANSPOSE"))
    with pytest.raises(HloError, match="transpose_a"):
        parse_module(text.replace(", transpose_a=NO_TRANSPOSE", ""))
