"""Gradients of every differentiable primitive against central finite differences (float64).

The gradient runs on the compiled path (jit of grad); the finite differences evaluate the
function with the numpy reference implementations (fast, and independent of the compiler).
"""
from __future__ import annotations

import contextlib

import numpy as np
import pytest

import hlox
import hlox.lax as lax
import hlox.numpy as hnp
from hlox.frontends.tracer import EXECUTION, linalg
from hlox.frontends.tracer.core import ALL_PRIMITIVES, NON_DIFFERENTIABLE


@contextlib.contextmanager
def reference_backend():
    old, EXECUTION.backend = EXECUTION.backend, "reference"
    try:
        yield
    finally:
        EXECUTION.backend = old


def _rng(seed=0):
    return np.random.default_rng(seed)


def positive(shape):
    return lambda r: r.uniform(0.5, 2.0, shape)


def normal(shape):
    return lambda r: r.standard_normal(shape)


def unit(shape):
    return lambda r: r.uniform(-0.8, 0.8, shape)


def distinct(shape):  # well-separated values: max/min/sort-like ops have unique winners
    return lambda r: r.permutation(int(np.prod(shape))).reshape(shape) * 0.37 + r.uniform(
        0, 0.01, shape)


IDX = np.array([2, 0, 2, 1])

# primitive name -> (function, argument generators). Each function uses that primitive.
GRAD_CASES = {
    "exp": (hnp.exp, [normal((3, 4))]),
    "expm1": (hnp.expm1, [normal((3, 4))]),
    "log": (hnp.log, [positive((3, 4))]),
    "log1p": (hnp.log1p, [positive((3, 4))]),
    "logistic": (lax.logistic, [normal((3, 4))]),
    "sqrt": (hnp.sqrt, [positive((3, 4))]),
    "rsqrt": (lax.rsqrt, [positive((3, 4))]),
    "cbrt": (hnp.cbrt, [positive((3, 4))]),
    "tanh": (hnp.tanh, [normal((3, 4))]),
    "sin": (hnp.sin, [normal((3, 4))]),
    "cos": (hnp.cos, [normal((3, 4))]),
    "tan": (hnp.tan, [unit((3, 4))]),
    "erf": (lax.erf, [normal((3, 4))]),
    "abs": (hnp.abs, [positive((3, 4))]),
    "neg": (hnp.negative, [normal((3, 4))]),
    "add": (hnp.add, [normal((3, 4)), normal((4,))]),
    "sub": (hnp.subtract, [normal((3, 4)), normal((3, 1))]),
    "mul": (hnp.multiply, [normal((3, 4)), normal((3, 4))]),
    "div": (hnp.divide, [normal((3, 4)), positive((3, 4))]),
    "rem": (hnp.fmod, [positive((3, 4)), lambda r: np.full((3, 4), 0.3)]),
    "pow": (hnp.power, [positive((3, 4)), normal((3, 4))]),
    "max": (hnp.maximum, [distinct((3, 4)), normal((3, 4))]),
    "min": (hnp.minimum, [distinct((3, 4)), normal((3, 4))]),
    "atan2": (hnp.arctan2, [normal((3, 4)), positive((3, 4))]),
    "select_n": (lambda x, y: hnp.where(x > 0, x * y, y), [normal((3, 4)), normal((3, 4))]),
    "convert_element_type": (lambda x: hnp.astype(hnp.astype(x, np.float32) * 2, np.float64),
                             [normal((3, 4))], dict(eps=1e-3, rtol=1e-3, atol=1e-4)),
    "broadcast_in_dim": (lambda x: hnp.broadcast_to(x, (2, 3, 4)) * hnp.arange(4.0),
                         [normal((3, 1))]),
    "reshape": (lambda x: hnp.reshape(x, (2, 6)) * hnp.arange(6.0), [normal((3, 4))]),
    "transpose": (lambda x: x.T * hnp.arange(3.0), [normal((3, 4))]),
    "reduce_sum": (lambda x: hnp.sum(x * x, axis=1), [normal((3, 4))]),
    "reduce_max": (lambda x: hnp.max(x, axis=0), [distinct((3, 4))]),
    "reduce_min": (lambda x: hnp.min(x, axis=(0, 1)), [distinct((3, 4))]),
    "reduce_prod": (lambda x: hnp.prod(x, axis=1), [positive((3, 4))]),
    "dot_general": (lambda x, y: hnp.einsum("bij,bjk->bik", x, y),
                    [normal((2, 3, 4)), normal((2, 4, 5))]),
    "slice": (lambda x: x[1:, ::2], [normal((3, 4))]),
    "pad": (lambda x: hnp.pad(x, ((1, 2), (0, 1))) * hnp.arange(5.0), [normal((3, 4))]),
    "rev": (lambda x: x[::-1] * hnp.arange(4.0), [normal((3, 4))]),
    "concatenate": (lambda x, y: hnp.concatenate([x, y * 2], axis=0), [normal((3, 4)),
                                                                       normal((2, 4))]),
    "dynamic_slice": (lambda x: lax.dynamic_slice(x, (np.int32(1), np.int32(1)), (2, 2)),
                      [normal((3, 4))]),
    "dynamic_update_slice": (lambda x, u: lax.dynamic_update_slice(
        x, u * u, (np.int32(1), np.int32(2))), [normal((3, 4)), normal((2, 2))]),
    "gather": (lambda x: x[IDX] * hnp.arange(4.0)[:, None], [normal((3, 4))]),
    "scatter": (lambda x, u: hnp.asarray(x).at[IDX[:3]].add(u) * 2
                + hnp.asarray(x).at[np.array([0, 2])].set(u[:2]),
                [normal((3, 4)), normal((3, 4))]),
    "conv_general_dilated": (lambda x, w: lax.conv_general_dilated(
        x, w, (2, 1), ((1, 1), (0, 2)), rhs_dilation=(1, 2)), [normal((2, 3, 6, 5)),
                                                              normal((4, 3, 3, 2))]),
    "conv_general_dilated_grouped": (lambda x, w: lax.conv_general_dilated(
        x, w, (1, 2), "SAME", feature_group_count=2), [normal((2, 4, 5, 5)),
                                                       normal((6, 2, 3, 3))]),
    "scan": (lambda x, w: lax.scan(lambda c, r: (hnp.tanh(c * w + r), c * r), x[0], x)[1],
             [normal((4, 3)), normal((3,))]),
    "cond": (lambda x: lax.cond(x.sum() > 0, lambda v: v * v, lambda v: hnp.sin(v), x) +
             lax.cond(x.sum() < 0, lambda v: v * v, lambda v: hnp.sin(v), x),
             [normal((3, 4))]),
    # (finite differences see round() as a constant too)
    "sort": (lambda x: hnp.sort(x, axis=0) * hnp.arange(4.0), [distinct((3, 4))]),
    "real": (lambda x, y: lax.real(lax.complex(x, y) * lax.complex(y, x * x)),
             [normal((3, 4)), normal((3, 4))]),
    "imag": (lambda x, y: lax.imag(lax.complex(x, y) ** 2 * (1 + 2j)),
             [normal((3, 4)), normal((3, 4))]),
    "complex": (lambda x, y: hnp.abs(lax.complex(x * y, y) * lax.conj(lax.complex(y, x))),
                [normal((3, 4)), normal((3, 4))]),
    # every fft_type's transpose: RFFT, FFT, IFFT (2-D, padded), IRFFT (odd and even n)
    "fft": (lambda x: hnp.fft.irfft(hnp.fft.ifftn(hnp.fft.fft(hnp.fft.rfft(x) * (1 + 2j), axis=0),
                                                  s=(3, 4)), n=5)
            + hnp.fft.irfft(hnp.fft.rfft(x * x), n=4)[:, :1], [normal((3, 4))]),
    "stop_gradient": (lambda x: x * x + lax.stop_gradient(hnp.round(x)), [normal((3, 4))]),
    # both sides, transposed and not, in the matrix and the right-hand side
    "triangular_solve": (lambda a, b: linalg.triangular_solve(
        a + 4 * hnp.eye(3), b, lower=False, transpose_a="TRANSPOSE")
        + linalg.triangular_solve(a + 4 * hnp.eye(3), (b * b).T, left_side=False,
                                  unit_diagonal=True).T,
        [normal((3, 3)), normal((3, 2))]),
}
FORWARD_ONLY = {"while"}  # like JAX: while_loop has no reverse mode (jvp tested below)
# Collectives (which run under shard_map only) and shard_map: gradients checked against JAX's in
# test_tracer_spmd.py; pmax / pmin have none, as in JAX.
SPMD = {"psum", "all_gather", "psum_scatter", "ppermute", "all_to_all", "pmax", "pmin",
        "shard_map"}


def test_every_differentiable_primitive_has_a_gradient_check():
    differentiable = {p.name for p in ALL_PRIMITIVES.values() if p not in NON_DIFFERENTIABLE}
    missing = differentiable - set(GRAD_CASES) - FORWARD_ONLY - SPMD
    assert not missing, f"primitives without a gradient check: {sorted(missing)}"


def _finite_difference(f, args, argnum, weights, eps=1e-6):
    with reference_backend():
        x = np.array(args[argnum], dtype=np.float64)
        grad = np.zeros_like(x)
        for i in np.ndindex(x.shape):
            vals = []
            for sign in (1, -1):
                xp = x.copy()
                xp[i] += sign * eps
                a = list(args)
                a[argnum] = xp
                vals.append(float(np.sum(np.asarray(f(*a)) * weights)))
            grad[i] = (vals[0] - vals[1]) / (2 * eps)
    return grad


@pytest.mark.parametrize("name", sorted(GRAD_CASES))
def test_grad_matches_finite_differences(name):
    fn, gens, *opts = GRAD_CASES[name]
    opts = opts[0] if opts else {}
    r = _rng(hash(name) % 1000)
    args = [g(r) for g in gens]
    with reference_backend():
        out_shape = np.shape(np.asarray(fn(*args)))
    weights = r.standard_normal(out_shape)

    def loss(*a):
        return hnp.sum(fn(*a) * weights)

    argnums = tuple(range(len(args)))
    grads = hlox.jit(hlox.grad(loss, argnums=argnums))(*args)
    for k in argnums:
        expected = _finite_difference(fn, args, k, weights, opts.get("eps", 1e-6))
        np.testing.assert_allclose(np.asarray(grads[k]), expected, rtol=opts.get("rtol", 1e-5),
                                   atol=opts.get("atol", 1e-6),
                                   err_msg=f"{name}: gradient of argument {k}")


def test_while_loop_forward_mode():
    def f(x):
        return lax.while_loop(lambda v: v[1] < 4, lambda v: (hnp.sin(v[0]) * 1.5, v[1] + 1),
                              (x, 0))[0]

    x = np.array([0.3, -0.7, 1.1])
    primal, tangent = hlox.jit(lambda x, t: hlox.jvp(f, (x,), (t,)))(x, np.ones(3))
    expected, eps = [], 1e-6
    fd = (np.asarray(f(x + eps)) - np.asarray(f(x - eps))) / (2 * eps)
    np.testing.assert_allclose(np.asarray(tangent), fd, rtol=1e-6)
    with pytest.raises(NotImplementedError, match="while_loop"):
        hlox.grad(lambda x: f(x).sum())(x)


def test_stop_gradient_blocks_the_gradient():
    g = hlox.grad(lambda x: hnp.sum(x * lax.stop_gradient(x)))(np.array([1.0, 2.0]))
    np.testing.assert_allclose(np.asarray(g), [1.0, 2.0])


def test_forward_and_reverse_mode_agree():
    def f(x):
        return hnp.sum(hnp.tanh(x @ x.T) * hnp.exp(-x[:, :1]))

    x = _rng(3).standard_normal((3, 3))
    g = np.asarray(hlox.grad(f)(x))
    directional = hlox.jit(lambda x, t: hlox.jvp(f, (x,), (t,))[1])
    for i in np.ndindex(x.shape):
        t = np.zeros_like(x)
        t[i] = 1
        dt = directional(x, t)
        np.testing.assert_allclose(float(dt), g[i], rtol=1e-10, atol=1e-12)


def test_second_derivatives():
    f = lambda x: hnp.sin(x) * x ** 3
    d2 = hlox.grad(hlox.grad(f))
    x = 0.7
    expected = -np.sin(x) * x ** 3 + 6 * np.cos(x) * x ** 2 + 6 * x * np.sin(x)
    np.testing.assert_allclose(float(d2(x)), expected, rtol=1e-5)
    np.testing.assert_allclose(float(hlox.jit(d2)(np.float64(x))), expected, rtol=1e-10)
    # hessian-vector product by forward-over-reverse
    g = hlox.grad(lambda v: hnp.sum(v ** 3))
    v = np.array([1.0, 2.0, 3.0])
    _, hvp = hlox.jvp(g, (v,), (np.ones(3),))
    np.testing.assert_allclose(np.asarray(hvp), 6 * v)


def test_grad_through_fori_loop_and_scan_under_jit():
    def f(w, x):
        return lax.fori_loop(0, 4, lambda i, h: hnp.tanh(h @ w) + x * i, x).sum()

    r = _rng(5)
    w, x = r.standard_normal((3, 3)) * 0.5, r.standard_normal(3)
    gw, gx = hlox.jit(hlox.grad(f, argnums=(0, 1)))(w, x)
    np.testing.assert_allclose(np.asarray(gw), _finite_difference(f, (w, x), 0, 1.0),
                               rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(np.asarray(gx), _finite_difference(f, (w, x), 1, 1.0),
                               rtol=1e-5, atol=1e-7)


def test_custom_jvp_rule_is_used():
    from hlox.frontends.tracer import custom_jvp

    @custom_jvp
    def softplus(x):
        return hnp.log1p(hnp.exp(x))

    @softplus.defjvp
    def softplus_jvp(primals, tangents):  # twice the true derivative, to see it is used
        (x,), (t,) = primals, tangents
        return softplus(x), t * 2.0 / (1.0 + hnp.exp(-x))

    x = np.array([0.0, 1.0, -2.0])
    expected = 2 / (1 + np.exp(-x))
    with reference_backend():
        np.testing.assert_allclose(np.asarray(softplus(x)), np.log1p(np.exp(x)))
        np.testing.assert_allclose(np.asarray(hlox.grad(lambda v: softplus(v).sum())(x)),
                                   expected)
        np.testing.assert_allclose(np.asarray(hlox.vmap(hlox.grad(softplus))(x)), expected)
        np.testing.assert_allclose(
            np.asarray(hlox.jvp(softplus, (x,), (np.ones(3),))[1]), expected)
    np.testing.assert_allclose(
        np.asarray(hlox.jit(hlox.grad(lambda v: softplus(v).sum()))(x)), expected)
