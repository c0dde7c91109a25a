"""cholesky: the evaluator against hand-checked factors and numpy, the compiled path (the
cholesky-expander's while loop) against the evaluator, for both triangles, real and
complex, with a matrix that is not positive definite (all NaN, as XLA:CPU)."""
from __future__ import annotations

import numpy as np
import pytest

import hlox
from hlox.ir.evaluator import evaluate_text


def test_known_factor():
    text = """HloModule m
ENTRY e {
  a = f64[3,3] constant({ { 4, 99, 99 }, { 2, 5, 99 }, { 0.4, 1, 6 } })
  ROOT c = f64[3,3] cholesky(a), lower=true
}
"""
    want = [[2, 0, 0], [1, 2, 0], [0.2, 0.4, np.sqrt(6 - 0.04 - 0.16)]]
    np.testing.assert_allclose(evaluate_text(text, []), want, rtol=1e-12)


@pytest.mark.parametrize("ctype,dtype", [("f32", np.float32), ("c64", np.complex64)])
@pytest.mark.parametrize("lower", ["true", "false"])
def test_compiled_matches_evaluator(ctype, dtype, lower):
    rng = np.random.default_rng(5)
    m = rng.normal(size=(3, 6, 6)) + (1j * rng.normal(size=(3, 6, 6)) if ctype == "c64" else 0)
    a = (m @ np.conj(np.swapaxes(m, -1, -2)) + 6 * np.eye(6)).astype(dtype)
    a[2, 3, 3] = -50  # the last matrix is not positive definite
    text = (f"HloModule m\nENTRY e {{\n  p = {ctype}[3,6,6] parameter(0)\n"
            f"  ROOT c = {ctype}[3,6,6] cholesky(p), lower={lower}\n}}\n")
    evaluated = evaluate_text(text, [a])
    assert np.isnan(evaluated[2]).all() and not np.isnan(evaluated[:2]).any()
    factor = evaluated[:2].astype(np.complex128)
    rebuilt = factor @ np.conj(np.swapaxes(factor, -1, -2)) if lower == "true" else \
        np.conj(np.swapaxes(factor, -1, -2)) @ factor
    full = a[:2].astype(np.complex128)
    np.testing.assert_allclose(rebuilt, full, rtol=1e-4, atol=1e-4)
    compiled = np.asarray(hlox.compile(text)(a))
    np.testing.assert_array_equal(np.isnan(compiled), np.isnan(evaluated))
    np.testing.assert_allclose(compiled[:2], evaluated[:2], rtol=1e-4, atol=1e-4)
