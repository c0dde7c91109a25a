"""hlox.numpy against numpy: every case runs compiled (all cases of a group in one jitted
program) and eagerly with the numpy reference rules."""
from __future__ import annotations

import contextlib

import numpy as np
import pytest

import hlox
import hlox.numpy as hnp
import hlox.nn as hnn
from hlox.frontends.tracer import EXECUTION


@contextlib.contextmanager
def reference_backend():
    old, EXECUTION.backend = EXECUTION.backend, "reference"
    try:
        yield
    finally:
        EXECUTION.backend = old


r = np.random.default_rng(0)
X = r.standard_normal((3, 4)).astype(np.float32)
Y = r.standard_normal((3, 4)).astype(np.float32)
P = r.uniform(0.5, 2.0, (3, 4)).astype(np.float32)
V = r.standard_normal(4).astype(np.float32)
I = np.array([[1, -2, 3, 7], [0, 5, -6, 2], [4, 4, -1, 9]], np.int32)
B3 = r.standard_normal((2, 3, 4)).astype(np.float32)
IDX = np.array([2, 0, 1, 2], np.int32)

# name -> function of (module, x, y, p, v, i, b3, idx); module is numpy or hlox.numpy
ELEMENTWISE = {
    "add": lambda m, x, y, *_: m.add(x, y) + 1.5,
    "sub_broadcast": lambda m, x, y, p, v, *_: x - v,
    "mul_scalar": lambda m, x, *_: x * 3,
    "div": lambda m, x, y, p, *_: x / p,
    "floor_divide": lambda m, x, y, p, v, i, *_: m.floor_divide(i, 3),
    "remainder_int": lambda m, x, y, p, v, i, *_: m.remainder(i, 4),
    "remainder_float": lambda m, x, y, p, *_: m.remainder(x, 0.7),
    "power": lambda m, x, y, p, *_: m.power(p, y),
    "int_power": lambda m, x, *_: x ** 3,
    "maximum": lambda m, x, y, *_: m.maximum(x, y),
    "minimum": lambda m, x, y, *_: m.minimum(x, 0.0),
    "exp_log": lambda m, x, y, p, *_: m.exp(x) + m.log(p) + m.log1p(p) + m.expm1(x),
    "trig": lambda m, x, *_: m.sin(x) + m.cos(x) + m.tan(x * 0.5) + m.arctan2(x, 1.5),
    "inverse_trig": lambda m, x, *_: m.arcsin(x * 0.3) + m.arccos(x * 0.3) + m.arctan(x),
    "hyperbolic": lambda m, x, *_: m.tanh(x) + m.sinh(x) + m.cosh(x),
    "roots": lambda m, x, y, p, *_: m.sqrt(p) + m.cbrt(x) + m.square(x) + m.reciprocal(p),
    "rounding": lambda m, x, *_: m.floor(x * 3) + m.ceil(x * 3) + m.round(x * 3) + m.trunc(x),
    "abs_sign": lambda m, x, y, p, v, i, *_: m.abs(x) + m.sign(x) + m.abs(i),
    "compare": lambda m, x, y, *_: (x < y) | (x >= 0.5) & ~(x == y) ^ (x != 0),
    "logical": lambda m, x, y, *_: m.logical_and(x > 0, y > 0) | m.logical_not(x > y),
    "where": lambda m, x, y, *_: m.where(x > y, x, 0.0),
    "clip": lambda m, x, *_: m.clip(x, -0.5, 0.5),
    "isfinite": lambda m, x, y, p, *_: m.isfinite(x / (p - p)) | m.isnan(x),
    "bitwise": lambda m, x, y, p, v, i, *_: (i & 6) | (i ^ 3) + (i << 2) + (i >> 1),
    "astype": lambda m, x, y, p, v, i, *_: x.astype(m.int32) + i.astype(m.float32),
    "int_div_true": lambda m, x, y, p, v, i, *_: i / 2,
    "logaddexp_hypot": lambda m, x, y, *_: m.logaddexp(x, y * 30) + m.hypot(x, y),
    "degrees": lambda m, x, *_: m.deg2rad(m.rad2deg(x) + 1.0),
    "log2_log10_exp2": lambda m, x, y, p, *_: m.log2(p) + m.log10(p) + m.exp2(x),
}
REDUCTIONS = {
    "sum": lambda m, x, *_: m.sum(x) + m.sum(x, axis=0) .sum() * 2,
    "sum_axis_keepdims": lambda m, x, *_: m.sum(x, axis=1, keepdims=True),
    "mean_var_std": lambda m, x, *_: m.mean(x, 0) + m.var(x, 0) + m.std(x, axis=0, ddof=1),
    "max_min": lambda m, x, y, p, v, i, b3, *_: m.max(b3, axis=(0, 2)) + m.min(b3, axis=(0, 2)),
    "prod": lambda m, x, y, p, *_: m.prod(p, axis=-1),
    "argmax_argmin": lambda m, x, *_: m.argmax(x, axis=1) * 10 + m.argmin(x, axis=0)[:3],
    "argmax_flat": lambda m, x, *_: m.argmax(x),
    "any_all": lambda m, x, *_: m.any(x > 1, axis=0) | m.all(x > -3, axis=0),
    "int_sum": lambda m, x, y, p, v, i, *_: m.sum(i, axis=0) + m.max(i),
    "cumsum": lambda m, x, *_: m.cumsum(x, axis=1),
    "cumprod": lambda m, x, y, p, *_: m.cumprod(p, axis=1) + m.cumprod(p[0]),
    "sum_where": lambda m, x, *_: m.sum(x, axis=1, where=x > 0),
    "norm": lambda m, x, *_: m.linalg.norm(x, axis=0) + m.linalg.norm(x),
    "logsumexp_like": lambda m, x, *_: m.log(m.sum(m.exp(x), axis=-1)),
}
LINALG = {
    "matmul": lambda m, x, y, *_: x @ y.T,
    "matvec": lambda m, x, y, p, v, *_: x @ v + y @ v + (v @ y.T @ x).sum(),
    "batched_matmul": lambda m, x, y, p, v, i, b3, *_: m.matmul(b3, x.T),
    "dot": lambda m, x, y, p, v, *_: m.dot(x, v) + m.dot(v, v),
    "einsum": lambda m, x, y, p, v, i, b3, *_: m.einsum("bij,kj->bik", b3, x),
    "einsum_ellipsis": lambda m, x, y, p, v, i, b3, *_: m.einsum("...ij,...ij->...i", b3, b3),
    "einsum_trace_free": lambda m, x, y, *_: m.einsum("ij,ij", x, y),
    "tensordot": lambda m, x, y, p, v, i, b3, *_: m.tensordot(b3, x, axes=([1, 2], [0, 1])),
    "outer_inner": lambda m, x, y, p, v, *_: m.outer(v, v) + m.inner(v, v),
}
SHAPES = {
    "reshape": lambda m, x, *_: m.reshape(x, (2, -1)) + x.reshape(6, 2).T.sum(),
    "transpose": lambda m, x, y, p, v, i, b3, *_: m.transpose(b3, (2, 0, 1)),
    "swapaxes_moveaxis": lambda m, x, y, p, v, i, b3, *_: m.swapaxes(b3, 0, 2)[0] + m.moveaxis(
        b3, 0, -1)[:, 0, :],
    "expand_squeeze": lambda m, x, *_: m.squeeze(m.expand_dims(x, (0, 2)), 0),
    "broadcast_to": lambda m, x, y, p, v, *_: m.broadcast_to(v, (3, 4)) * 2,
    "concatenate_stack": lambda m, x, y, *_: m.concatenate([x, y], axis=1).sum() + m.stack(
        [x, y], axis=1),
    "split": lambda m, x, *_: m.split(x, 2, axis=1)[1] + m.split(x, [1, 3], axis=1)[2],
    "flip_ravel": lambda m, x, *_: m.ravel(m.flip(x, 0)) + m.ravel(m.fliplr(m.flipud(x))),
    "tril_triu": lambda m, x, *_: m.tril(x) + 2 * m.triu(x, 1),
    "pad": lambda m, x, *_: m.pad(x, ((1, 0), (2, 3))),
    "tile_repeat": lambda m, x, y, p, v, *_: m.tile(v, 2) + m.repeat(v, 2),
    "hstack_vstack": lambda m, x, y, *_: m.vstack([x, y]) + 1,
    "diagonal_trace": lambda m, x, y, p, v, i, b3, *_: m.diagonal(x, 1) + m.trace(x)
    + m.diagonal(b3, 0, 1, 2)[0],
    "diag": lambda m, x, y, p, v, *_: m.diag(v) + m.diag(v[:3], 1) + m.diag(v[:3], -1),
    "roll": lambda m, x, *_: m.roll(x, 2, axis=1) + m.roll(x, -1),
    "meshgrid": lambda m, x, y, p, v, *_: m.meshgrid(v, v[:3])[0] * m.meshgrid(v, v[:3])[1]
    + m.meshgrid(v[:3], v, indexing="ij")[1],
    "isclose_count": lambda m, x, y, *_: m.isclose(x, x + 1e-7) & (m.count_nonzero(x > 0) > 3),
    "average_ptp": lambda m, x, y, p, *_: m.average(x, axis=0, weights=p) + m.ptp(x, axis=0),
}
INDEXING = {
    "basic": lambda m, x, *_: x[1] + x[-1, ::-1] + x[:, 2].sum(),
    "slices": lambda m, x, y, p, v, i, b3, *_: b3[:, 1:3, ::2],
    "newaxis_ellipsis": lambda m, x, y, p, v, i, b3, *_: b3[..., None, 1],
    "int_array": lambda m, x, y, p, v, i, b3, idx: x[idx],
    "int_array_axis1": lambda m, x, y, p, v, i, b3, idx: x[:, idx[:3]],
    "two_arrays": lambda m, x, y, p, v, i, b3, idx: x[idx[:3], idx[1:]],
    "array_and_int": lambda m, x, y, p, v, i, b3, idx: b3[1, idx],
    "negative_array": lambda m, x, y, p, v, i, b3, idx: x[-idx - 1],
    "take": lambda m, x, y, p, v, i, b3, idx: m.take(x, idx, axis=1),
    "take_along_axis": lambda m, x, y, p, v, i, b3, idx: m.take_along_axis(
        x, m.argsort(x, axis=1), axis=1),
    "sort": lambda m, x, y, p, v, i, b3, idx: m.sort(b3, axis=1) + m.sort(x, axis=None).sum(),
    "argsort": lambda m, x, *_: m.argsort(x, axis=0),
}


GROUPS = {"elementwise": ELEMENTWISE, "reductions": REDUCTIONS, "linalg": LINALG,
          "shapes": SHAPES, "indexing": INDEXING}
ARGS = (X, Y, P, V, I, B3, IDX)


def _expected(fn):
    with np.errstate(all="ignore"):
        return np.asarray(fn(np, *ARGS))


def _check(name, got, expected):
    got = np.asarray(got)
    assert got.shape == expected.shape, f"{name}: shape {got.shape} vs {expected.shape}"
    if expected.dtype.kind == "f":
        assert got.dtype == np.float32, f"{name}: dtype {got.dtype}"
        np.testing.assert_allclose(got, expected, rtol=2e-5, atol=2e-5, err_msg=name)
    else:
        np.testing.assert_array_equal(got.astype(expected.dtype), expected, err_msg=name)


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_numpy_api_compiled(group):
    cases = GROUPS[group]
    names = sorted(cases)
    program = hlox.jit(lambda *a: {n: cases[n](hnp, *a) for n in names})
    results = program(*ARGS)
    for n in names:
        _check(n, results[n], _expected(cases[n]))


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_numpy_api_eager_reference(group):
    cases = GROUPS[group]
    with reference_backend():
        for n in sorted(cases):
            _check(n, cases[n](hnp, *[hnp.asarray(a) for a in ARGS]), _expected(cases[n]))


def test_eager_ops_run_numpy_until_hot_then_one_cached_executable():
    from hlox.frontends.tracer.execution import EAGER_COMPILE_AFTER
    before = len(EXECUTION.eager_cache)
    x = hnp.asarray(np.arange(5, dtype=np.float32))
    cold = [hnp.sin(x) for _ in range(EAGER_COMPILE_AFTER)]
    new = list(EXECUTION.eager_cache.values())[before:]
    assert len(new) == 1 and new[0].program is None     # no C compiler for a cold op
    hot = hnp.sin(x)
    assert new[0].program is not None                   # compiled once hot, then reused
    assert isinstance(hot, hlox.Array) and len(EXECUTION.eager_cache) == before + 1
    for a in (*cold, hot, hnp.sin(x)):
        np.testing.assert_allclose(np.asarray(a), np.sin(np.arange(5, dtype=np.float32)),
                                   rtol=1e-6)


def test_creation_functions():
    assert np.asarray(hnp.zeros((2, 3))).dtype == np.float32
    np.testing.assert_array_equal(np.asarray(hnp.ones(3, hnp.int32)), np.ones(3, np.int32))
    np.testing.assert_array_equal(np.asarray(hnp.full((2,), 7.0)), [7.0, 7.0])
    np.testing.assert_array_equal(np.asarray(hnp.arange(5)), np.arange(5))
    assert np.asarray(hnp.arange(5)).dtype == np.int32
    np.testing.assert_allclose(np.asarray(hnp.arange(0.0, 1.0, 0.25)), [0, .25, .5, .75])
    np.testing.assert_allclose(np.asarray(hnp.linspace(0, 1, 5)), np.linspace(0, 1, 5))
    np.testing.assert_array_equal(np.asarray(hnp.eye(3, k=1)), np.eye(3, k=1))
    np.testing.assert_array_equal(np.asarray(hnp.tril(np.ones((3, 3)))), np.tri(3))

    @hlox.jit
    def inside(x):
        return hnp.zeros_like(x) + hnp.ones((3,)) * hnp.full_like(x, 2.0) + hnp.arange(3.0)

    np.testing.assert_allclose(np.asarray(inside(np.ones(3, np.float32))), [2, 3, 4])


def test_index_update():
    @hlox.jit
    def updates(x, idx):
        return (x.at[1].set(0.0), x.at[:, 1:3].add(10.0), x.at[idx].add(1.0),
                x.at[idx, 2].set(-1.0), x.at[-1, -1].set(5.0), x.at[0].get())

    x = np.arange(12, dtype=np.float32).reshape(3, 4)
    idx = np.array([0, 2, 0])
    results = updates(x, idx)
    e = [x.copy() for _ in range(5)]
    e[0][1] = 0
    e[1][:, 1:3] += 10
    np.add.at(e[2], idx, 1.0)
    e[3][idx, 2] = -1
    e[4][-1, -1] = 5
    for got, want in zip(results, e + [x[0]]):
        np.testing.assert_array_equal(np.asarray(got), want)


def test_nn_functions():
    x = X.astype(np.float64)

    @hlox.jit
    def all_nn(x):
        return dict(relu=hnn.relu(x), sigmoid=hnn.sigmoid(x), silu=hnn.silu(x),
                    softmax=hnn.softmax(x), log_softmax=hnn.log_softmax(x, axis=0),
                    logsumexp=hnn.logsumexp(x, axis=1), gelu=hnn.gelu(x),
                    gelu_exact=hnn.gelu(x, approximate=False),
                    one_hot=hnn.one_hot(np.array([0, 2, 1]), 3))

    got = all_nn(x)
    from math import erf
    sig = 1 / (1 + np.exp(-x))
    soft = np.exp(x) / np.exp(x).sum(-1, keepdims=True)
    lse0 = np.log(np.exp(x).sum(0, keepdims=True))
    expected = dict(
        relu=np.maximum(x, 0), sigmoid=sig, silu=x * sig, softmax=soft,
        log_softmax=x - lse0, logsumexp=np.log(np.exp(x).sum(1)),
        gelu=0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3))),
        gelu_exact=0.5 * x * (1 + np.vectorize(erf)(x / np.sqrt(2))),
        one_hot=np.eye(3, dtype=np.float32)[[0, 2, 1]])
    for k, v in expected.items():
        np.testing.assert_allclose(np.asarray(got[k]), v, rtol=1e-6, atol=1e-7, err_msg=k)
