"""hlox.numpy.fft (the Array API fft extension) and complex arrays under jit, against
numpy.fft / jax.numpy.fft: eagerly and in one compiled program."""
from __future__ import annotations

import numpy as np
import pytest

import hlox
import hlox.lax as lax
import hlox.numpy as hnp

jnp = pytest.importorskip("jax.numpy")

RNG = np.random.default_rng(0)
X = RNG.normal(size=(3, 4, 5)).astype(np.float32)
Z = (RNG.normal(size=(3, 4, 5)) + 1j * RNG.normal(size=(3, 4, 5))).astype(np.complex64)

# (name, operand, fn(namespace, x)); the operand is real for the real-input transforms
CASES = [
    ("fft", Z, lambda ns, a: ns.fft.fft(a)),
    ("fft n pad", Z, lambda ns, a: ns.fft.fft(a, n=7, axis=1)),
    ("fft n cut ortho", Z, lambda ns, a: ns.fft.fft(a, n=2, axis=0, norm="ortho")),
    ("fft of real", X, lambda ns, a: ns.fft.fft(a, axis=0)),
    ("ifft forward", Z, lambda ns, a: ns.fft.ifft(a, norm="forward")),
    ("fftn", Z, lambda ns, a: ns.fft.fftn(a)),
    ("fftn s axes", Z, lambda ns, a: ns.fft.fftn(a, s=(6, 2), axes=(0, 2))),
    ("ifftn ortho", Z, lambda ns, a: ns.fft.ifftn(a, axes=(1, 0), norm="ortho")),
    ("rfft", X, lambda ns, a: ns.fft.rfft(a)),
    ("rfft n", X, lambda ns, a: ns.fft.rfft(a, n=8, axis=0)),
    ("rfftn", X, lambda ns, a: ns.fft.rfftn(a)),
    ("rfftn s ortho", X, lambda ns, a: ns.fft.rfftn(a, s=(3, 7), axes=(2, 1), norm="ortho")),
    ("irfft", Z, lambda ns, a: ns.fft.irfft(a)),
    ("irfft n", Z, lambda ns, a: ns.fft.irfft(a, n=9, axis=1)),
    ("irfftn", Z, lambda ns, a: ns.fft.irfftn(a)),
    ("irfftn s forward", Z, lambda ns, a: ns.fft.irfftn(a, s=(4, 6), axes=(0, 2),
                                                        norm="forward")),
    ("hfft", Z, lambda ns, a: ns.fft.hfft(a, n=6)),
    ("hfft ortho", Z, lambda ns, a: ns.fft.hfft(a, axis=0, norm="ortho")),
    ("ihfft", X, lambda ns, a: ns.fft.ihfft(a, axis=1)),
    ("fftshift", X, lambda ns, a: ns.fft.fftshift(a)),
    ("ifftshift", Z, lambda ns, a: ns.fft.ifftshift(a, axes=(0, 2))),
]


def _check(name, got, want, dtype_of=None):
    got = np.asarray(got)
    assert got.shape == want.shape, name
    np.testing.assert_allclose(got, want, rtol=2e-4, atol=2e-4, err_msg=name)
    if dtype_of is not None:
        assert got.dtype == np.asarray(dtype_of).dtype, name


@pytest.mark.parametrize("name,x,fn", CASES, ids=[c[0] for c in CASES])
def test_fft_eager_matches_numpy_and_jax(name, x, fn):
    got = fn(hnp, x)
    _check(name, got, fn(np, x))
    _check(name, got, np.asarray(fn(jnp, x)), dtype_of=fn(jnp, x))


def test_fft_jitted_matches_numpy():
    outs = hlox.jit(lambda x, z: [fn(hnp, x if a is X else z) for _, a, fn in CASES])(X, Z)
    for (name, a, fn), got in zip(CASES, outs):
        _check(f"{name} (jit)", got, fn(np, a), dtype_of=fn(jnp, a))


def test_fft_frequencies():
    for n, d in ((5, 0.5), (6, 1.0), (1, 2.0)):
        _check("fftfreq", hnp.fft.fftfreq(n, d=d), np.fft.fftfreq(n, d=d))
        _check("rfftfreq", hnp.fft.rfftfreq(n, d=d), np.fft.rfftfreq(n, d=d))
    assert hnp.fft.fftfreq(4, dtype=hnp.float64).dtype == np.float64


def test_fft_under_vmap_and_bad_arguments():
    _check("vmap", hlox.vmap(lambda z: hnp.fft.fft(z, n=6))(Z), np.fft.fft(Z, n=6))
    with pytest.raises(ValueError, match="norm"):
        hnp.fft.fft(Z, norm="sideways")
    with pytest.raises(TypeError, match="real"):
        hnp.fft.rfft(Z)


COMPLEX_CASES = {
    "arithmetic": lambda ns, z, w: z * w - z / w + 2 * z,
    "real imag conj": lambda ns, z, w: (ns.real(z), ns.imag(w), ns.conj(z)),
    "abs": lambda ns, z, w: ns.abs(z),
    "exp log sqrt": lambda ns, z, w: (ns.exp(z), ns.log(w), ns.sqrt(z)),
    "trig": lambda ns, z, w: (ns.sin(z), ns.cos(w), ns.tanh(z)),
    "matmul": lambda ns, z, w: ns.matmul(z[0], w[0].T),
    "sum prod mean": lambda ns, z, w: (ns.sum(z, axis=1), ns.prod(w[0], axis=0), ns.mean(z)),
    "equal": lambda ns, z, w: (z == w, z != z),
    "isfinite isinf isnan": lambda ns, z, w: (ns.isfinite(z / 0), ns.isinf(z / 0),
                                              ns.isnan(z * 0)),
    "astype real": lambda ns, z, w: ns.astype(z, ns.float32),
}


@pytest.mark.filterwarnings("ignore:Casting from complex")  # jax's astype to a real dtype
def test_complex_arrays_under_jit_match_jax():
    w = Z + 1.5
    fns = sorted(COMPLEX_CASES.items())
    outs = hlox.jit(lambda z, w: [fn(hnp, z, w) for _, fn in fns])(Z, w)
    for (name, fn), got in zip(fns, outs):
        with np.errstate(all="ignore"):
            want = fn(jnp, jnp.asarray(Z), jnp.asarray(w))
        for g, e in zip(*(v if isinstance(v, tuple) else (v,) for v in (got, want))):
            _check(name, g, np.asarray(e), dtype_of=e)


def test_complex_gradients_match_jax():
    jax = pytest.importorskip("jax")
    x = RNG.normal(size=(3, 4))
    y = RNG.normal(size=(3, 4))

    def f(ns, lx, a, b):
        z = lx.complex(a, b)
        return ns.sum(ns.abs(ns.exp(z * (1 - 2j))) + lx.imag(ns.fft.fft(z * z, axis=0)))

    got = hlox.jit(hlox.grad(lambda a, b: f(hnp, lax, a, b), argnums=(0, 1)))(x, y)
    want = jax.grad(lambda a, b: f(jnp, jax.lax, a, b), argnums=(0, 1))(
        x.astype(np.float32), y.astype(np.float32))
    for g, e in zip(got, want):
        np.testing.assert_allclose(np.asarray(g), np.asarray(e), rtol=1e-4, atol=1e-4)
