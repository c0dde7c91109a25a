"""hlox.lax's special functions (frontends/tracer/special.py) against JAX's (jax.lax,
jax.scipy.special) in f32, and against SciPy's in f64 for those JAX lacks, at ordinary
points and at the edges of their domains."""
import numpy as np
import pytest

import hlox
from hlox import lax

jax = pytest.importorskip("jax")
import jax.numpy as jnp  # noqa: E402
import jax.scipy.special as jsp  # noqa: E402

INF, NAN = np.inf, np.nan
X = np.array([-INF, -12.5, -7.25, -2.5, -1.0, -0.5, -1e-3, -0.0, 0.0, 1e-3, 0.5, 1.0, 1.5, 2.0,
              3.3, 7.9, 8.5, 10.0, 25.0, 80.0, INF, NAN], np.float32)
POSITIVE = np.array([1e-3, 0.25, 0.5, 1.0, 2.0, 3.5, 7.0, 12.0, 40.0, 1e3], np.float32)
P = np.array([0.0, 1e-30, 1e-8, 0.01, 0.135, 0.5, 0.9, 0.99, 1 - 1e-6, 1.0, -0.5, 1.5, NAN],
             np.float32)


def jitted_all(functions, *args):
    """Every function of `functions` on args, compiled by hlox as one computation."""
    results = hlox.jit(lambda *a: {k: f(*a) for k, f in functions.items()})(*args)
    return {k: np.asarray(v) for k, v in results.items()}


def assert_close_all(actual, expected, rtol, atol):
    for name in expected:
        np.testing.assert_allclose(actual[name], np.asarray(expected[name]), rtol=rtol,
                                   atol=atol, equal_nan=True, err_msg=name)


@pytest.mark.parametrize("points", ["ordinary", "positive"])
def test_unary_functions_match_jax(points):
    x = X if points == "ordinary" else POSITIVE
    functions = {
        "lgamma": (lax.lgamma, jax.lax.lgamma), "digamma": (lax.digamma, jax.lax.digamma),
        "bessel_i0e": (lax.bessel_i0e, jax.lax.bessel_i0e),
        "bessel_i1e": (lax.bessel_i1e, jax.lax.bessel_i1e),
        "bessel_i0": (lax.bessel_i0, jsp.i0), "bessel_i1": (lax.bessel_i1, jsp.i1),
        "erfc": (lax.erfc, jax.lax.erfc), "erfcx": (lax.erfcx, jsp.erfcx),
        "log_ndtr": (lax.log_ndtr, jsp.log_ndtr),
        "trigamma": (lambda v: lax.polygamma(1, v), lambda v: jsp.polygamma(1, v)),
        "polygamma_3": (lambda v: lax.polygamma(3, v), lambda v: jsp.polygamma(3, v)),
    }
    if points == "ordinary":  # JAX's polygammas and digamma differ at x <= 0 (NaN)
        for name in ("trigamma", "polygamma_3"):
            del functions[name]
    actual = jitted_all({k: f for k, (f, _) in functions.items()}, x)
    expected = {k: g(jnp.asarray(x)) for k, (_, g) in functions.items()}
    if points == "ordinary":
        # lgamma(-inf): +inf here and in PyTorch, -inf in JAX; digamma at the negative
        # integers and -inf: NaN here (as PyTorch and SciPy), JAX's reflection differs
        expected["lgamma"] = np.where(np.isneginf(x), INF, expected["lgamma"])
        expected["digamma"] = np.where((x < 0) & (x == np.floor(x)), NAN, expected["digamma"])
        expected["digamma"] = np.where(x == 0, np.copysign(INF, -x), expected["digamma"])
    assert_close_all(actual, expected, rtol=2e-5, atol=1e-6)


def test_ndtri_matches_jax():
    actual = jitted_all({"ndtri": lax.ndtri}, P)
    assert_close_all(actual, {"ndtri": jsp.ndtri(jnp.asarray(P))}, rtol=2e-5, atol=1e-6)


def test_zeta_and_incomplete_gammas_match_jax():
    a = np.array([0.5, 1.0, 3.0, 10.0, 50.0, 15.0, 2.0, 7.5, 0.1], np.float32)
    x = np.array([0.3, 2.0, 2.5, 12.0, 45.0, 16.0, 1e-4, 30.0, 5.0], np.float32)
    s = np.array([2.0, 3.0, 1.5, 4.5, 2.0, 12.0, 30.0, 1.1, 7.0], np.float32)
    q = np.array([0.5, 1.0, 2.0, 7.3, 0.01, 1.0, 3.0, 100.0, 0.75], np.float32)
    actual = jitted_all({"igamma": lambda a, x, s, q: lax.igamma(a, x),
                         "igammac": lambda a, x, s, q: lax.igammac(a, x),
                         "zeta": lambda a, x, s, q: lax.zeta(s, q)}, a, x, s, q)
    expected = {"igamma": jax.lax.igamma(a, x), "igammac": jax.lax.igammac(a, x),
                "zeta": jax.lax.zeta(s, q)}
    assert_close_all(actual, expected, rtol=5e-5, atol=1e-6)


def test_incomplete_gammas_of_large_a_match_scipy_in_f64():
    """Where a ~ x are large (JAX's f32 is off by 1e-5 there): f64 against SciPy."""
    sp = pytest.importorskip("scipy.special")
    a = np.array([150.0, 300.0, 40.0, 1000.0, 0.01])
    x = np.array([160.0, 290.0, 40.0, 1010.0, 0.5])
    got = jitted_all({"p": lax.igamma, "q": lax.igammac}, a, x)
    assert_close_all(got, {"p": sp.gammainc(a, x), "q": sp.gammaincc(a, x)}, rtol=1e-10, atol=0)


def test_edges_of_the_gamma_family():
    """Poles and domain ends, as PyTorch (and SciPy): lgamma +inf at the non-positive
    integers; zeta +inf at x = 1 and q a non-positive integer, NaN for x < 1; P(a, x)
    NaN outside a, x >= 0, 1 at a = 0, 0 at x = 0."""
    poles = np.array([0.0, -1.0, -4.0, INF], np.float32)
    got = jitted_all({"lgamma": lax.lgamma}, poles)["lgamma"]
    assert np.isposinf(got).all()
    s = np.array([1.0, 2.0, 0.5, 2.0, 3.0], np.float32)
    q = np.array([2.0, -3.0, 1.0, NAN, -2.5], np.float32)
    got = jitted_all({"zeta": lax.zeta}, s, q)["zeta"]
    np.testing.assert_array_equal(got[:4], [INF, INF, NAN, NAN])
    assert np.isfinite(got[4])  # an integer x admits q < 0
    a = np.array([-1.0, 1.0, 0.0, 2.0, 0.0, INF, 3.0], np.float32)
    x = np.array([1.0, -1.0, 2.0, 0.0, 0.0, 1.0, INF], np.float32)
    got = jitted_all({"p": lax.igamma, "q": lax.igammac}, a, x)
    np.testing.assert_array_equal(got["p"], [NAN, NAN, 1.0, 0.0, NAN, 0.0, 1.0])
    np.testing.assert_array_equal(got["q"], [NAN, NAN, 0.0, 1.0, NAN, 1.0, 0.0])


def test_bessel_and_airy_functions_match_scipy_in_f64():
    sp = pytest.importorskip("scipy.special")
    x = np.array([-30.0, -7.5, -2.5, -2.0, -0.5, 0.0, 1e-6, 0.5, 1.9, 2.1, 4.9, 5.1, 8.0, 12.0,
                  40.0, 100.0])
    pos = np.abs(x) + 1e-3
    functions = {
        "j0": (lax.bessel_j0, sp.j0, x), "j1": (lax.bessel_j1, sp.j1, x),
        "y0": (lax.bessel_y0, sp.y0, pos), "y1": (lax.bessel_y1, sp.y1, pos),
        "k0": (lax.bessel_k0, sp.k0, pos), "k1": (lax.bessel_k1, sp.k1, pos),
        "k0e": (lax.bessel_k0e, sp.k0e, pos), "k1e": (lax.bessel_k1e, sp.k1e, pos),
        "airy_ai": (lax.airy_ai, lambda v: sp.airy(v)[0], x),
        "spherical_j0": (lax.spherical_bessel_j0, lambda v: sp.spherical_jn(0, v), x),
    }
    actual = jitted_all({k: (lambda f, positive: lambda a, b: f(b if positive else a))(
        f, arg is pos) for k, (f, _, arg) in functions.items()}, x, pos)
    expected = {k: g(arg) for k, (_, g, arg) in functions.items()}
    # Cephes' rational approximations, as PyTorch evaluates them (its J0/J1 tables drop
    # the denominators' leading term), are good to ~1e-6 near x = 5, far better elsewhere
    assert_close_all(actual, expected, rtol=1e-7, atol=1e-6)
    edges = jitted_all({"y0": lax.bessel_y0, "k0": lax.bessel_k0, "airy": lax.airy_ai},
                       np.array([0.0, -1.0, INF]))
    np.testing.assert_array_equal(edges["y0"][:2], [-INF, NAN])
    np.testing.assert_array_equal(edges["k0"], [INF, NAN, 0.0])
    np.testing.assert_array_equal(edges["airy"], [0.3550280538878172, 0.5355608832923521, NAN])


def test_f16_is_evaluated_in_f64_and_integers_are_refused():
    x = np.array([0.5, 3.0, 7.0], np.float16)
    got = hlox.jit(lax.lgamma)(x)
    assert np.asarray(got).dtype == np.float16
    np.testing.assert_allclose(np.asarray(got, np.float32),
                               np.asarray(jax.lax.lgamma(x.astype(np.float32))), rtol=1e-3)
    got = hlox.jit(lax.lgamma)(np.array([3], np.int32))  # integers are made float first
    np.testing.assert_allclose(np.asarray(got), [np.log(2.0)], rtol=1e-6)


def all_gradients(cases):
    """{name: the gradient of sum(f) at v} for cases {name: (f, v)}, one hlox computation."""
    names, points = list(cases), [v for _, v in cases.values()]

    def gradients(*vs):
        return {k: hlox.grad(lambda u, f=cases[k][0]: f(u).sum())(v) for k, v in zip(names, vs)}
    return {k: np.asarray(v) for k, v in hlox.jit(gradients)(*points).items()}


def test_gradients_match_jax():
    """Each function's derivative is its own rule (lgamma' = digamma, i0e' = i1e - sign i0e,
    ...), not the derivative of its branches: finite where the branches' are not."""
    x = np.array([-2.5, -0.3, 0.2, 0.7, 2.5, 6.0, 12.0], np.float32)
    p = np.array([0.01, 0.3, 0.5, 0.9], np.float32)
    pairs = {"lgamma": (lax.lgamma, jax.lax.lgamma, x),
             "digamma": (lax.digamma, jax.lax.digamma, x),
             "bessel_i0e": (lax.bessel_i0e, jax.lax.bessel_i0e, x),
             "bessel_i1e": (lax.bessel_i1e, jax.lax.bessel_i1e, x),
             "erfc": (lax.erfc, jax.lax.erfc, x), "log_ndtr": (lax.log_ndtr, jsp.log_ndtr, x),
             "ndtri": (lax.ndtri, jsp.ndtri, p),
             "trigamma": (lambda v: lax.polygamma(1, v), lambda v: jsp.polygamma(1, v), x[2:])}
    got = all_gradients({k: (f, v) for k, (f, _, v) in pairs.items()})
    for name, (_, theirs, v) in pairs.items():
        want = np.asarray(jax.grad(lambda u: theirs(u).sum())(v))
        np.testing.assert_allclose(got[name], want, rtol=1e-4, atol=1e-5, err_msg=name)


@pytest.mark.slow
def test_gradients_match_central_differences_of_scipy_in_f64():
    sp = pytest.importorskip("scipy.special")
    x = np.array([-2.5, -0.3, 0.0, 0.2, 0.7, 2.5, 6.0, 12.0])
    pos = np.array([0.2, 0.7, 2.5, 6.0, 12.0])
    cases = {"erfcx": (sp.erfcx, x), "bessel_i0": (sp.i0, x), "bessel_i1": (sp.i1, x),
             "bessel_j0": (sp.j0, x), "bessel_j1": (sp.j1, x), "bessel_y0": (sp.y0, pos),
             "bessel_y1": (sp.y1, pos), "bessel_k0": (sp.k0, pos), "bessel_k1": (sp.k1, pos),
             "bessel_k0e": (sp.k0e, pos), "bessel_k1e": (sp.k1e, pos),
             "spherical_bessel_j0": (lambda v: sp.spherical_jn(0, v), x)}
    got = all_gradients({k: (getattr(lax, k), v) for k, (_, v) in cases.items()})
    for name, (reference, v) in cases.items():
        want = (reference(v + 1e-6) - reference(v - 1e-6)) / 2e-6
        np.testing.assert_allclose(got[name], want, rtol=1e-6, atol=3e-7, err_msg=name)
    second = hlox.jit(hlox.grad(hlox.grad(lambda u: lax.lgamma(u).sum())))(np.float64(2.5))
    np.testing.assert_allclose(np.asarray(second), sp.polygamma(1, 2.5), rtol=1e-9)
