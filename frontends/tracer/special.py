"""`hlox.lax`'s special functions: the gamma family (lgamma, digamma, polygamma, zeta,
the regularized incomplete gammas), the error function's relatives (erfc, erfcx,
log_ndtr, ndtri) and the Bessel and Airy functions, as compositions of the tracer's
elementwise primitives.

The algorithms are Cephes' (S. Moshier; 3-clause BSD) as PyTorch's CPU kernels evaluate
them, with Lanczos' approximation (g = 7, as XLA) for lgamma, Cephes' series and
continued fraction (SciPy's igam/igamc) for the incomplete gammas, and the continued
fraction of erfc for erfcx. Every function takes float arrays and is evaluated in f64
(f32, f16 and bf16 results are the f64 ones rounded once): the f64 coefficient tables
then serve every type, and f32 results are at least as close as PyTorch's own f32
kernels. Loops whose
trip count depends on the data (zeta's direct sum, the incomplete gammas' series) are
while loops that run until every element has converged.
"""
from __future__ import annotations

import functools
import math

import numpy as np

from . import numpy_api as hnp
from .primitives import aval_of
from .ad import custom_jvp
from .lax_api import erf, while_loop

__all__ = [
    "airy_ai", "bessel_i0", "bessel_i0e", "bessel_i1", "bessel_i1e", "bessel_j0", "bessel_j1",
    "bessel_k0", "bessel_k0e", "bessel_k1", "bessel_k1e", "bessel_y0", "bessel_y1", "digamma",
    "erfc", "erfcx", "igamma", "igammac", "lgamma", "log_ndtr", "ndtri", "polygamma",
    "spherical_bessel_j0", "zeta",
]

_F64 = np.dtype(np.float64)
_FLOAT_NAMES = ("bfloat16", "float16", "float32", "float64")
_MACHEP = 1.11022302462515654042e-16  # 2^-53, Cephes' convergence threshold
_SQRT_2_OVER_PI = 0.797884560802865355879892119868763737
_ONE_OVER_SQRT_PI = 0.564189583547756286948079451561
_PI = math.pi


def _in_f64(fn):
    """`fn` (written for f64 arrays) applied to float arguments (broadcast against
    each other) and its result rounded to their common dtype."""
    @functools.wraps(fn)
    def wrapped(*args):
        args = [hnp._float(a) for a in args]
        dtype = np.result_type(*[aval_of(a).dtype for a in args])
        if dtype.name not in _FLOAT_NAMES:
            raise TypeError(f"{fn.__name__} of {dtype}: float arguments are supported")
        args = [hnp.astype(a, _F64) for a in args]
        if len(args) > 1:
            args = hnp.broadcast_arrays(*args)
        return hnp.astype(fn(*args), dtype)
    return wrapped


def _polevl(x, coefficients):
    """Horner's rule: coefficients[0] x^n + ... + coefficients[n] (Cephes' polevl)."""
    result = coefficients[0]
    for c in coefficients[1:]:
        result = hnp.add(hnp.multiply(result, x), c)
    return result


def _chbevl(x, coefficients):
    """The Chebyshev series sum' c_i T_i(x/2), coefficients highest order first
    (Clenshaw's recurrence, as Cephes' chbevl)."""
    b0, b1, b2 = hnp.add(hnp.multiply(x, 0.0), coefficients[0]), 0.0, 0.0
    for c in coefficients[1:]:
        b2, b1 = b1, b0
        b0 = hnp.add(hnp.subtract(hnp.multiply(x, b1), b2), c)
    return hnp.multiply(0.5, hnp.subtract(b0, b2))


def _select(*cases, default):
    """cases: (condition, value) pairs, the first true condition's value wins."""
    result = default
    for condition, value in reversed(cases):
        result = hnp.where(condition, value, result)
    return result


def _where_nan(condition, x):
    return hnp.where(condition, np.nan, x)


def _is_integer(x):
    return hnp.equal(x, hnp.floor(x))


# ---------------------------------------------------------------- the gamma family

_LANCZOS_G = 7.0
_LANCZOS_BASE = 0.99999999999980993227684700473478
_LANCZOS = (676.520368121885098567009190444019, -1259.13921672240287047156078755283,
            771.3234287776530788486528258894, -176.61502916214059906584551354,
            12.507343278686904814458936853, -0.13857109526572011689554707,
            9.984369578019570859563e-6, 1.50563273514931155834e-7)


def _lgamma_from_half(x):
    """lgamma(x) for x >= 1/2: Lanczos' approximation, with (z + 1/2) log t - t
    written as (z + 1/2 - t / log t) log t so that large x do not overflow."""
    z = hnp.subtract(x, 1.0)
    series = _LANCZOS_BASE
    for i, c in enumerate(_LANCZOS):
        series = hnp.add(series, hnp.divide(c, hnp.add(z, i + 1.0)))
    t = hnp.add(z, _LANCZOS_G + 0.5)
    log_t = hnp.add(math.log(_LANCZOS_G + 0.5), hnp.log1p(hnp.divide(z, _LANCZOS_G + 0.5)))
    power = hnp.multiply(hnp.subtract(hnp.add(z, 0.5), hnp.divide(t, log_t)), log_t)
    return hnp.add(hnp.add(0.5 * math.log(2 * _PI), power), hnp.log(series))


def _abs_sin_pi(x):
    """|sin(pi x)|, from x's distance to the nearest integer (exact), so that it is an
    exact 0 at the integers (the poles of lgamma, trigamma)."""
    fraction = hnp.subtract(hnp.abs(x), hnp.floor(hnp.abs(x)))
    reduced = hnp.where(hnp.greater(fraction, 0.5), hnp.subtract(1.0, fraction), fraction)
    return hnp.sin(hnp.multiply(_PI, reduced))


@_in_f64
def lgamma(x):
    """log |Gamma(x)|; +inf at the non-positive integers and at +-inf."""
    reflect = hnp.less(x, 0.5)
    positive = _lgamma_from_half(hnp.where(reflect, hnp.subtract(1.0, x), x))
    reflected = hnp.subtract(hnp.subtract(math.log(_PI), hnp.log(_abs_sin_pi(x))), positive)
    return hnp.where(hnp.isinf(x), np.inf, hnp.where(reflect, reflected, positive))


_DIGAMMA_ASYMPTOTIC = (8.33333333333333333333e-2, -2.10927960927960927961e-2,
                       7.57575757575757575758e-3, -4.16666666666666666667e-3,
                       3.96825396825396825397e-3, -8.33333333333333333333e-3,
                       8.33333333333333333333e-2)


def _digamma_positive(x):
    """psi(x) for x > 0: the recurrence psi(x) = psi(x + 1) - 1/x up to x >= 10, then
    the asymptotic series."""
    result = 0.0
    for _ in range(10):
        small = hnp.less(x, 10.0)
        result = hnp.subtract(result, hnp.where(small, hnp.divide(1.0, x), 0.0))
        x = hnp.where(small, hnp.add(x, 1.0), x)
    z = hnp.divide(1.0, hnp.multiply(x, x))
    tail = hnp.multiply(z, _polevl(z, _DIGAMMA_ASYMPTOTIC))
    return hnp.subtract(hnp.subtract(hnp.add(result, hnp.log(x)), hnp.divide(0.5, x)), tail)


@_in_f64
def digamma(x):
    """psi(x) = Gamma'(x) / Gamma(x): -+inf at +-0, NaN at the negative integers and -inf;
    x < 0 by the reflection psi(1 - x) - pi / tan(pi frac(x))."""
    negative = hnp.less(x, 0.0)
    positive = _digamma_positive(hnp.where(negative, hnp.subtract(1.0, x), x))
    fraction = hnp.subtract(x, hnp.trunc(x))
    reflected = hnp.subtract(positive, hnp.divide(_PI, hnp.tan(hnp.multiply(_PI, fraction))))
    result = hnp.where(negative, reflected, positive)
    result = _where_nan(hnp.logical_and(negative, _is_integer(x)), result)
    return hnp.where(hnp.equal(x, 0.0), hnp.copysign(np.inf, hnp.negative(x)), result)


def _trigamma(x):
    """psi'(x): six steps of the recurrence and the asymptotic series; x < 1/2 by the
    reflection psi'(1 - x) + psi'(x) = pi^2 / sin^2(pi x) (+inf at the poles, where
    PyTorch's kernel gives a large finite number from sin(pi x)'s rounding)."""
    reflect = hnp.less(x, 0.5)
    sin_pi_x = _abs_sin_pi(x)
    result = hnp.where(reflect, hnp.divide(-_PI * _PI, hnp.multiply(sin_pi_x, sin_pi_x)), 0.0)
    x = hnp.where(reflect, hnp.subtract(1.0, x), x)
    for _ in range(6):
        result = hnp.add(result, hnp.divide(1.0, hnp.multiply(x, x)))
        x = hnp.add(x, 1.0)
    ixx = hnp.divide(1.0, hnp.multiply(x, x))
    series = hnp.multiply(ixx, hnp.subtract(1.0 / 6, hnp.multiply(
        ixx, hnp.subtract(1.0 / 30, hnp.multiply(ixx, 1.0 / 42)))))
    result = hnp.add(result, hnp.divide(hnp.add(hnp.add(1.0, hnp.divide(0.5, x)), series), x))
    return hnp.where(reflect, hnp.negative(result), result)


# Euler-Maclaurin's denominators: (2k)! / B_2k
_ZETA_EULER_MACLAURIN = (12.0, -720.0, 30240.0, -1209600.0, 47900160.0,
                         -1.8924375803183791606e9, 7.47242496e10, -2.950130727918164224e12,
                         1.1646782814350067249e14, -4.5979787224074726105e15,
                         1.8152105401943546773e17, -7.1661652561756670113e18)
_ZETA_MAX_TERMS = 10000  # of the direct sum: q down to about -10000


@_in_f64
def zeta(x, q):
    """Hurwitz's zeta sum_k (q + k)^-x (Cephes): the direct sum until q + k > 9 (at least
    nine terms) or its terms no longer count, then Euler-Maclaurin's tail. +inf at x = 1
    and at the non-positive integers q; NaN for x < 1 and for q < 0 with x not an
    integer."""
    pole = hnp.logical_or(hnp.equal(x, 1.0),
                          hnp.logical_and(hnp.less_equal(q, 0.0), _is_integer(q)))
    undefined = hnp.logical_or(hnp.less(x, 1.0), hnp.logical_and(
        hnp.less_equal(q, 0.0), hnp.logical_not(_is_integer(x))))
    special = hnp.logical_or(pole, hnp.logical_or(undefined, hnp.isnan(hnp.add(x, q))))
    x = hnp.where(special, 2.0, x)
    q = hnp.where(special, 10.0, q)

    def converged(b, s):
        return hnp.logical_and(hnp.less(hnp.multiply(-_MACHEP, s), b),
                               hnp.less(b, hnp.multiply(_MACHEP, s)))

    def summing(state):
        i, a, _, _, done = state
        return hnp.logical_and(hnp.logical_not(done),
                               hnp.logical_or(hnp.less(i, 9), hnp.less_equal(a, 9.0)))

    def step(state):
        i, a, b, s, done = state
        active = summing(state)
        a = hnp.where(active, hnp.add(a, 1.0), a)
        b = hnp.where(active, hnp.power(a, hnp.negative(x)), b)
        s = hnp.where(active, hnp.add(s, b), s)
        return (hnp.add(i, np.int32(1)), a, b, s,
                hnp.logical_or(done, hnp.logical_and(active, converged(b, s))))

    start = (np.int32(0), q, hnp.zeros_like(q), hnp.power(q, hnp.negative(x)),
             hnp.zeros_like(q, dtype=bool))
    _, a, b, s, done = while_loop(
        lambda state: hnp.logical_and(hnp.less(state[0], _ZETA_MAX_TERMS),
                                      hnp.any(summing(state))), step, start)
    w = a
    s = hnp.where(done, s, hnp.subtract(hnp.add(s, hnp.divide(hnp.multiply(b, w),
                                                              hnp.subtract(x, 1.0))),
                                        hnp.multiply(0.5, b)))
    rising, k = 1.0, 0.0
    for denominator in _ZETA_EULER_MACLAURIN:
        rising = hnp.multiply(rising, hnp.add(x, k))
        b = hnp.divide(b, w)
        t = hnp.divide(hnp.multiply(rising, b), denominator)
        s = hnp.where(done, s, hnp.add(s, t))
        done = hnp.logical_or(done, hnp.less(hnp.abs(hnp.divide(t, s)), _MACHEP))
        rising = hnp.multiply(rising, hnp.add(x, k + 1.0))
        b = hnp.divide(b, w)
        k += 2.0
    return _select((pole, np.inf), (special, np.nan), default=s)


def _polygamma(n: int, x):
    """The n-th derivative of digamma (n a non-negative Python int): digamma, trigamma,
    then (-1)^(n+1) n! zeta(n + 1, x)."""
    n = int(n)
    if n < 0:
        raise ValueError(f"polygamma of order {n}: the order must be non-negative")
    if n == 0:
        return digamma(x)
    if n == 1:
        return _in_f64(_trigamma)(x)
    scale = (1.0 if n % 2 else -1.0) * math.factorial(n)
    return _in_f64(lambda v: hnp.multiply(zeta.__wrapped__(hnp.full_like(v, n + 1.0), v),
                                          scale))(x)


# ---------------------------------------------------------------- incomplete gamma

_IGAMMA_MAX_TERMS = 2000  # Cephes' MAXITER
_CF_BIG, _CF_BIG_INVERSE = 4.503599627370496e15, 2.22044604925031308085e-16


def _igamma_prefactor(a, x):
    """x^a e^-x / Gamma(a)."""
    log_power = hnp.subtract(hnp.multiply(a, hnp.log(x)), x)
    return hnp.exp(hnp.subtract(log_power, lgamma.__wrapped__(a)))


def _until_converged(step, state):
    """`step` (state -> state) repeated while some element's state[-1] ("done") is false,
    at most _IGAMMA_MAX_TERMS times."""
    def not_done(carry):
        return hnp.logical_and(hnp.less(carry[0], _IGAMMA_MAX_TERMS),
                               hnp.any(hnp.logical_not(carry[-1])))
    return while_loop(not_done, lambda carry: (hnp.add(carry[0], np.int32(1)), *step(*carry[1:])),
                      (np.int32(0), *state))[1:]


def _igamma_series(a, x):
    """P(a, x) = x^a e^-x / Gamma(a + 1) sum_n x^n / ((a + 1) ... (a + n)): for x <= a
    or x <= 1."""
    def step(r, c, total, done):
        r = hnp.add(r, 1.0)
        c = hnp.where(done, c, hnp.multiply(c, hnp.divide(x, r)))
        total = hnp.where(done, total, hnp.add(total, c))
        return r, c, total, hnp.logical_or(done, hnp.less_equal(hnp.divide(c, total), _MACHEP))

    one = hnp.ones_like(x)
    _, _, total, _ = _until_converged(step, (a, one, one, hnp.zeros_like(x, dtype=bool)))
    return hnp.divide(hnp.multiply(total, _igamma_prefactor(a, x)), a)


def _igammac_continued_fraction(a, x):
    """Q(a, x) by Legendre's continued fraction (DLMF 8.9.2), its convergents rescaled
    when they grow large: for x > a and x > 1."""
    def step(c, y, z, p2, q2, p1, q1, ans, done):
        c, y, z = hnp.add(c, 1.0), hnp.add(y, 1.0), hnp.add(z, 2.0)
        yc = hnp.multiply(y, c)
        pk = hnp.subtract(hnp.multiply(p1, z), hnp.multiply(p2, yc))
        qk = hnp.subtract(hnp.multiply(q1, z), hnp.multiply(q2, yc))
        nonzero = hnp.not_equal(qk, 0.0)
        r = hnp.divide(pk, hnp.where(nonzero, qk, 1.0))
        change = hnp.where(nonzero, hnp.abs(hnp.divide(hnp.subtract(ans, r), r)), 1.0)
        ans = hnp.where(hnp.logical_or(done, hnp.logical_not(nonzero)), ans, r)
        scale = hnp.where(hnp.greater(hnp.abs(pk), _CF_BIG), _CF_BIG_INVERSE, 1.0)
        p2, p1, q2, q1 = (hnp.multiply(v, scale) for v in (p1, pk, q1, qk))
        return c, y, z, p2, q2, p1, q1, ans, hnp.logical_or(done, hnp.less_equal(change, _MACHEP))

    y = hnp.subtract(1.0, a)
    z = hnp.add(hnp.add(x, y), 1.0)
    p1, q1 = hnp.add(x, 1.0), hnp.multiply(z, x)
    state = (hnp.zeros_like(x), y, z, hnp.ones_like(x), x, p1, q1, hnp.divide(p1, q1),
             hnp.zeros_like(x, dtype=bool))
    ans = _until_converged(step, state)[-2]
    return hnp.multiply(ans, _igamma_prefactor(a, x))


def _incomplete_gammas(a, x):
    """(P(a, x), Q(a, x)) inside the domain a, x > 0 finite: the series where x <= a or
    x <= 1, the continued fraction elsewhere, each loop run on harmless stand-ins for
    the other's elements."""
    fraction = hnp.logical_and(hnp.greater(x, 1.0), hnp.greater(x, a))
    lower = _igamma_series(hnp.where(fraction, 1.0, a), hnp.where(fraction, 0.5, x))
    upper = _igammac_continued_fraction(hnp.where(fraction, a, 1.0), hnp.where(fraction, x, 2.0))
    return (hnp.where(fraction, hnp.subtract(1.0, upper), lower),
            hnp.where(fraction, upper, hnp.subtract(1.0, lower)))


def _incomplete_gamma(a, x, upper: bool):
    """P or Q with SciPy's (and PyTorch's) boundary values: NaN for a < 0 or x < 0 and
    where both are 0 or both infinite; P(0, x > 0) = 1, P(a, 0) = 0, P(inf, x) = 0,
    P(a, inf) = 1 (Q = 1 - P at each)."""
    invalid = hnp.logical_or(
        hnp.logical_or(hnp.less(a, 0.0), hnp.less(x, 0.0)),
        hnp.logical_or(hnp.logical_and(hnp.equal(a, 0.0), hnp.equal(x, 0.0)),
                       hnp.logical_and(hnp.isinf(a), hnp.isinf(x))))
    lower_is_one = hnp.logical_or(hnp.equal(a, 0.0), hnp.isinf(x))
    lower_is_zero = hnp.logical_or(hnp.equal(x, 0.0), hnp.isinf(a))
    inside = hnp.logical_not(hnp.logical_or(invalid, hnp.logical_or(lower_is_one, lower_is_zero)))
    p, q = _incomplete_gammas(hnp.where(inside, a, 1.0), hnp.where(inside, x, 1.0))
    one, zero = (0.0, 1.0) if upper else (1.0, 0.0)
    return _select((invalid, np.nan), (lower_is_one, one), (lower_is_zero, zero),
                   default=q if upper else p)


@_in_f64
def igamma(a, x):
    """The regularized lower incomplete gamma P(a, x) = gamma(a, x) / Gamma(a)."""
    return _incomplete_gamma(a, x, upper=False)


@_in_f64
def igammac(a, x):
    """The regularized upper incomplete gamma Q(a, x) = 1 - P(a, x)."""
    return _incomplete_gamma(a, x, upper=True)


# ---------------------------------------------------------------- the error function's relatives

_ERFC_CF_TERMS = 50  # the continued fraction's depth: f64-exact from x = 2 on


def _erfcx_nonnegative(x):
    """exp(x^2) erfc(x) for x >= 0: exp(x^2) (1 - erf(x)) below 2; above, the continued
    fraction erfc(x) = exp(-x^2) / sqrt(pi) / (x + (1/2) / (x + 1 / (x + (3/2) / ...)))
    evaluated from its tail."""
    near = hnp.less(x, 2.0)
    xn = hnp.where(near, x, 2.0)
    xf = hnp.where(near, 2.0, x)
    denominator = xf
    for k in range(_ERFC_CF_TERMS, 0, -1):
        denominator = hnp.add(xf, hnp.divide(0.5 * k, denominator))
    return hnp.where(near, hnp.multiply(hnp.exp(hnp.multiply(xn, xn)), hnp.subtract(1.0, erf(xn))),
                     hnp.divide(_ONE_OVER_SQRT_PI, denominator))


@_in_f64
def erfcx(x):
    """The scaled complementary error function exp(x^2) erfc(x); x < 0 by
    erfcx(x) = 2 exp(x^2) - erfcx(-x)."""
    negative = hnp.less(x, 0.0)
    positive = _erfcx_nonnegative(hnp.abs(x))
    reflected = hnp.subtract(hnp.multiply(2.0, hnp.exp(hnp.multiply(x, x))), positive)
    return hnp.where(negative, reflected, positive)


@_in_f64
def erfc(x):
    """1 - erf(x), accurate where it is small: exp(-x^2) erfcx(|x|) for |x| >= 2."""
    tail = hnp.multiply(hnp.exp(hnp.negative(hnp.multiply(x, x))), _erfcx_nonnegative(hnp.abs(x)))
    far = hnp.where(hnp.less(x, 0.0), hnp.subtract(2.0, tail), tail)
    return hnp.where(hnp.less(hnp.abs(x), 2.0), hnp.subtract(1.0, erf(x)), far)


@_in_f64
def log_ndtr(x):
    """log of the standard normal distribution function: log(erfcx(-x/sqrt 2) / 2) - x^2/2
    below -1, log1p(-erfc(x/sqrt 2) / 2) above."""
    t = hnp.multiply(x, math.sqrt(0.5))
    low = hnp.subtract(hnp.log(hnp.multiply(erfcx.__wrapped__(hnp.negative(t)), 0.5)),
                       hnp.multiply(t, t))
    high = hnp.log1p(hnp.multiply(erfc.__wrapped__(t), -0.5))
    return hnp.where(hnp.less(x, -1.0), low, high)



@_in_f64
def ndtri(p):
    """The standard normal quantile (Cephes): a rational function of p - 1/2 for
    exp(-2) < p < 1 - exp(-2), of 1 / sqrt(-2 log p) in the tails; -inf at 0, +inf at 1,
    NaN outside [0, 1]."""
    upper = hnp.greater(p, 1.0 - 0.13533528323661269189)
    y = hnp.where(upper, hnp.subtract(1.0, p), p)
    central = hnp.greater(y, 0.13533528323661269189)
    yc = hnp.subtract(hnp.where(central, y, 0.5), 0.5)
    y2 = hnp.multiply(yc, yc)
    middle = hnp.multiply(hnp.add(yc, hnp.multiply(yc, hnp.divide(
        hnp.multiply(y2, _polevl(y2, _NDTRI_P0)), _polevl(y2, _NDTRI_Q0)))), math.sqrt(2 * _PI))
    x = hnp.sqrt(hnp.multiply(-2.0, hnp.log(hnp.where(central, 0.1, y))))
    z = hnp.divide(1.0, x)
    near = hnp.less(x, 8.0)
    correction = hnp.multiply(z, hnp.where(
        near, hnp.divide(_polevl(z, _NDTRI_P1), _polevl(z, _NDTRI_Q1)),
        hnp.divide(_polevl(z, _NDTRI_P2), _polevl(z, _NDTRI_Q2))))
    tail = hnp.subtract(hnp.subtract(x, hnp.divide(hnp.log(x), x)), correction)
    tail = hnp.where(upper, tail, hnp.negative(tail))
    return _select((hnp.equal(p, 0.0), -np.inf), (hnp.equal(p, 1.0), np.inf),
                   (hnp.logical_or(hnp.less(p, 0.0), hnp.greater(p, 1.0)), np.nan),
                   (central, middle), default=tail)


# ---------------------------------------------------------------- Bessel and Airy functions

def _i0e_abs(ax):
    """exp(-x) I0(x) for x = |x|: Chebyshev series on [0, 8] and in 1/x beyond."""
    near = hnp.less_equal(ax, 8.0)
    return hnp.where(near, _chbevl(hnp.subtract(hnp.divide(ax, 2.0), 2.0), _I0_A),
                     hnp.divide(_chbevl(hnp.subtract(hnp.divide(32.0, ax), 2.0), _I0_B),
                                hnp.sqrt(ax)))


def _i1e_abs(ax):
    """exp(-x) I1(x) for x = |x|."""
    near = hnp.less_equal(ax, 8.0)
    return hnp.where(near, hnp.multiply(_chbevl(hnp.subtract(hnp.divide(ax, 2.0), 2.0), _I1_A), ax),
                     hnp.divide(_chbevl(hnp.subtract(hnp.divide(32.0, ax), 2.0), _I1_B),
                                hnp.sqrt(ax)))


@_in_f64
def bessel_i0e(x):
    """The exponentially scaled modified Bessel function exp(-|x|) I0(x)."""
    return _i0e_abs(hnp.abs(x))


@_in_f64
def bessel_i0(x):
    """The modified Bessel function of the first kind, order 0."""
    return hnp.multiply(hnp.exp(hnp.abs(x)), _i0e_abs(hnp.abs(x)))


@_in_f64
def bessel_i1e(x):
    """exp(-|x|) I1(x) (odd)."""
    return hnp.multiply(hnp.sign(x), _i1e_abs(hnp.abs(x)))


@_in_f64
def bessel_i1(x):
    """The modified Bessel function of the first kind, order 1 (odd)."""
    return hnp.multiply(hnp.sign(x), hnp.multiply(hnp.exp(hnp.abs(x)), _i1e_abs(hnp.abs(x))))


def _bessel_k(x, order: int, scaled: bool):
    """K0 or K1 (times exp(x) if scaled) for x > 0: log(x/2) I_n(x) plus a Chebyshev
    series in x^2 up to 2, a Chebyshev series in 1/x (of exp(x) sqrt(x) K_n(x)) beyond;
    +inf at 0, NaN below."""
    near = hnp.less_equal(x, 2.0)
    xn = hnp.where(near, x, 1.0)
    xf = hnp.where(near, 4.0, x)
    series = _chbevl(hnp.subtract(hnp.multiply(xn, xn), 2.0), (_K0_A, _K1_A)[order])
    log_half = hnp.log(hnp.multiply(0.5, xn))
    if order == 0:
        small = hnp.subtract(series, hnp.multiply(log_half, hnp.multiply(
            hnp.exp(xn), _i0e_abs(xn))))
    else:
        small = hnp.add(hnp.multiply(log_half, hnp.multiply(hnp.exp(xn), _i1e_abs(xn))),
                        hnp.divide(series, xn))
    large = hnp.divide(_chbevl(hnp.subtract(hnp.divide(8.0, xf), 2.0), (_K0_B, _K1_B)[order]),
                       hnp.sqrt(xf))
    if scaled:
        small = hnp.multiply(small, hnp.exp(xn))
    else:
        large = hnp.multiply(large, hnp.exp(hnp.negative(xf)))
    result = hnp.where(near, small, large)
    return _select((hnp.equal(x, 0.0), np.inf), (hnp.less(x, 0.0), np.nan), default=result)


def _bessel_k_function(name: str, order: int, scaled: bool, doc: str):
    def fn(x):
        return _bessel_k(x, order, scaled)
    fn.__name__, fn.__qualname__, fn.__doc__ = name, name, doc
    return _in_f64(fn)


bessel_k0 = _bessel_k_function("bessel_k0", 0, False,
                               "The modified Bessel function of the second kind, order 0.")
bessel_k1 = _bessel_k_function("bessel_k1", 1, False,
                               "The modified Bessel function of the second kind, order 1.")
bessel_k0e = _bessel_k_function("bessel_k0e", 0, True, "exp(x) K0(x).")
bessel_k1e = _bessel_k_function("bessel_k1e", 1, True, "exp(x) K1(x).")


def _bessel_asymptotic(x, order: int):
    """(J_n(x), Y_n(x)) for x > 5 (n = 0, 1): Hankel's asymptotic form, its modulus and
    phase corrections rational functions of 25 / x^2."""
    pp, pq, qp, qq = ((_J0_PP, _J0_PQ, _J0_QP, _J0_QQ), (_J1_PP, _J1_PQ, _J1_QP, _J1_QQ))[order]
    w = hnp.divide(25.0, hnp.multiply(x, x))
    p = hnp.divide(_polevl(w, pp), _polevl(w, pq))
    q = hnp.multiply(hnp.divide(5.0, x), hnp.divide(_polevl(w, qp), _polevl(w, qq)))
    phase = hnp.subtract(x, (0.25, 0.75)[order] * _PI)
    cos, sin = hnp.cos(phase), hnp.sin(phase)
    scale = hnp.divide(_SQRT_2_OVER_PI, hnp.sqrt(x))
    return (hnp.multiply(hnp.subtract(hnp.multiply(p, cos), hnp.multiply(q, sin)), scale),
            hnp.multiply(hnp.add(hnp.multiply(p, sin), hnp.multiply(q, cos)), scale))


def _j0_small(x):
    """J0(x) for 0 <= x <= 5: (x^2 - z1^2)(x^2 - z2^2) R(x^2) at its first two zeros."""
    z = hnp.multiply(x, x)
    rational = hnp.divide(_polevl(z, _J0_RP), _polevl(z, _J0_RQ))
    value = hnp.multiply(hnp.multiply(hnp.subtract(z, 5.78318596294678452118),
                                      hnp.subtract(z, 30.4712623436620863991)), rational)
    return hnp.where(hnp.less(x, 1e-5), hnp.subtract(1.0, hnp.divide(z, 4.0)), value)


def _j1_small(x):
    """J1(x) for 0 <= x <= 5."""
    z = hnp.multiply(x, x)
    rational = hnp.divide(_polevl(z, _J1_RP), _polevl(z, _J1_RQ))
    zeros = hnp.multiply(hnp.subtract(z, 14.6819706421238932572),
                         hnp.subtract(z, 49.2184563216946036703))
    return hnp.multiply(hnp.multiply(rational, x), zeros)


def _near_and_far(x):
    """x's elements up to 5 and beyond, each with harmless stand-ins for the other's."""
    near = hnp.less_equal(x, 5.0)
    return near, hnp.where(near, x, 1.0), hnp.where(near, 6.0, x)


@_in_f64
def bessel_j0(x):
    """The Bessel function of the first kind, order 0 (even)."""
    near, xn, xf = _near_and_far(hnp.abs(x))
    return hnp.where(near, _j0_small(xn), _bessel_asymptotic(xf, 0)[0])


@_in_f64
def bessel_j1(x):
    """The Bessel function of the first kind, order 1 (odd)."""
    near, xn, xf = _near_and_far(hnp.abs(x))
    return hnp.multiply(hnp.sign(x), hnp.where(near, _j1_small(xn), _bessel_asymptotic(xf, 1)[0]))


def _bessel_y_domain(x, value):
    return _select((hnp.equal(x, 0.0), -np.inf), (hnp.less(x, 0.0), np.nan), default=value)


@_in_f64
def bessel_y0(x):
    """The Bessel function of the second kind, order 0: -inf at 0, NaN below."""
    near, xn, xf = _near_and_far(x)
    z = hnp.multiply(xn, xn)
    small = hnp.add(hnp.divide(_polevl(z, _Y0_YP), _polevl(z, _Y0_YQ)),
                    hnp.multiply(2.0 / _PI, hnp.multiply(hnp.log(xn), _j0_small(xn))))
    return _bessel_y_domain(x, hnp.where(near, small, _bessel_asymptotic(xf, 0)[1]))


@_in_f64
def bessel_y1(x):
    """The Bessel function of the second kind, order 1: -inf at 0, NaN below."""
    near, xn, xf = _near_and_far(x)
    z = hnp.multiply(xn, xn)
    small = hnp.add(hnp.multiply(xn, hnp.divide(_polevl(z, _Y1_YP), _polevl(z, _Y1_YQ))),
                    hnp.multiply(2.0 / _PI, hnp.subtract(hnp.multiply(_j1_small(xn), hnp.log(xn)),
                                                         hnp.divide(1.0, xn))))
    return _bessel_y_domain(x, hnp.where(near, small, _bessel_asymptotic(xf, 1)[1]))


@_in_f64
def spherical_bessel_j0(x):
    """sin(x) / x, by its Taylor polynomial below 1/2; 0 at +-inf."""
    z = hnp.multiply(x, x)
    taylor = _polevl(z, (1 / 6227020800, -1 / 39916800, 1 / 362880, -1 / 5040, 1 / 120,
                         -1 / 6, 1.0))
    quotient = hnp.divide(hnp.sin(x), hnp.where(hnp.less(hnp.abs(x), 0.5), 1.0, x))
    return _select((hnp.isinf(x), 0.0), (hnp.less(hnp.abs(x), 0.5), taylor), default=quotient)


_AIRY_SERIES_TERMS = 20  # of the Maclaurin series: |x^3| < 9.2 where it is used
_AIRY_C1, _AIRY_C2 = 0.355028053887817239260, 0.258819403792806798405  # Ai(0), -Ai'(0)


@_in_f64
def airy_ai(x):
    """The Airy function Ai(x) (Cephes): for x < -2.09 the oscillating asymptotic form,
    for x >= 2.09 the decaying one (0 beyond 103.892), between them the Maclaurin
    series c1 f(x) - c2 g(x); NaN at +-inf."""
    oscillating, decaying = hnp.less(x, -2.09), hnp.greater_equal(x, 2.09)
    xo = hnp.where(oscillating, x, -3.0)
    root = hnp.sqrt(hnp.negative(xo))
    zeta_o = hnp.divide(hnp.multiply(-2.0, hnp.multiply(xo, root)), 3.0)
    z = hnp.divide(1.0, zeta_o)
    z2 = hnp.multiply(z, z)
    t = hnp.add(zeta_o, 0.25 * _PI)
    modulus = hnp.add(1.0, hnp.divide(hnp.multiply(z2, _polevl(z2, _AIRY_AFN)),
                                      _polevl(z2, _AIRY_AFD)))
    phase = hnp.divide(hnp.multiply(z, _polevl(z2, _AIRY_AGN)), _polevl(z2, _AIRY_AGD))
    oscillation = hnp.multiply(hnp.divide(_ONE_OVER_SQRT_PI, hnp.sqrt(root)), hnp.subtract(
        hnp.multiply(hnp.sin(t), modulus), hnp.multiply(hnp.cos(t), phase)))

    xd = hnp.where(decaying, x, 3.0)
    zeta_d = hnp.divide(hnp.multiply(2.0, hnp.multiply(xd, hnp.sqrt(xd))), 3.0)
    inverse = hnp.divide(1.0, zeta_d)
    ratio = hnp.divide(_polevl(inverse, _AIRY_AN), _polevl(inverse, _AIRY_AD))
    decay = hnp.divide(hnp.multiply(_ONE_OVER_SQRT_PI, ratio),
                       hnp.multiply(hnp.multiply(2.0, hnp.sqrt(hnp.sqrt(xd))), hnp.exp(zeta_d)))

    xs = hnp.where(hnp.logical_or(oscillating, decaying), 0.0, x)
    cube = hnp.multiply(hnp.multiply(xs, xs), xs)
    f, g, m, n, k = 1.0, xs, 1.0, xs, 1.0
    for _ in range(_AIRY_SERIES_TERMS):
        m = hnp.divide(hnp.multiply(m, cube), (k + 1) * (k + 2))
        n = hnp.divide(hnp.multiply(n, cube), (k + 2) * (k + 3))
        f, g, k = hnp.add(f, m), hnp.add(g, n), k + 3
    series = hnp.subtract(hnp.multiply(_AIRY_C1, f), hnp.multiply(_AIRY_C2, g))
    return _select((hnp.isinf(x), np.nan), (hnp.greater(x, 103.892), 0.0),
                   (oscillating, oscillation), (decaying, decay), default=series)


# ---------------------------------------------------------------- derivatives

def _with_derivative(fn, derivative):
    """`fn` (of one array) differentiated as tangent * derivative(x, fn(x)), not through
    its branches (whose unselected sides hold infinities)."""
    differentiable = custom_jvp(fn)

    @differentiable.defjvp
    def _(primals, tangents):
        (x,), (t,) = primals, tangents
        y = fn(x)
        return y, hnp.multiply(t, derivative(x, y))
    differentiable.__wrapped__ = fn.__wrapped__  # the f64 function, for internal callers
    return differentiable


def _over_x(value, x, at_zero):
    """value / x, `at_zero` (the limit) at x = 0."""
    zero = hnp.equal(x, 0.0)
    return hnp.where(zero, at_zero, hnp.divide(value, hnp.where(zero, 1.0, x)))


def _spherical_j0_derivative(x, y):
    """(cos x - j0(x)) / x, by its Taylor polynomial below 1/2."""
    taylor = hnp.multiply(x, _polevl(hnp.multiply(x, x), (1 / 45360, -1 / 840, 1 / 30, -1 / 3)))
    return hnp.where(hnp.less(hnp.abs(x), 0.5), taylor,
                     _over_x(hnp.subtract(hnp.cos(x), y), x, 0.0))


_TWO_OVER_SQRT_PI = 2 * _ONE_OVER_SQRT_PI
_DERIVATIVES = {
    "lgamma": lambda x, y: digamma(x),
    "digamma": lambda x, y: polygamma(1, x),
    "erfc": lambda x, y: hnp.multiply(-_TWO_OVER_SQRT_PI, hnp.exp(hnp.negative(hnp.square(x)))),
    "erfcx": lambda x, y: hnp.subtract(hnp.multiply(hnp.multiply(2.0, x), y), _TWO_OVER_SQRT_PI),
    "log_ndtr": lambda x, y: hnp.multiply(1 / math.sqrt(2 * _PI), hnp.exp(
        hnp.subtract(hnp.multiply(-0.5, hnp.square(x)), y))),
    "ndtri": lambda p, y: hnp.multiply(math.sqrt(2 * _PI), hnp.exp(
        hnp.multiply(0.5, hnp.square(y)))),
    "bessel_i0": lambda x, y: bessel_i1(x),
    "bessel_i0e": lambda x, y: hnp.subtract(bessel_i1e(x), hnp.multiply(hnp.sign(x), y)),
    "bessel_i1": lambda x, y: hnp.subtract(bessel_i0(x), _over_x(y, x, 0.5)),
    "bessel_i1e": lambda x, y: hnp.subtract(hnp.subtract(bessel_i0e(x), hnp.multiply(
        hnp.sign(x), y)), _over_x(y, x, 0.5)),
    "bessel_j0": lambda x, y: hnp.negative(bessel_j1(x)),
    "bessel_j1": lambda x, y: hnp.subtract(bessel_j0(x), _over_x(y, x, 0.5)),
    "bessel_y0": lambda x, y: hnp.negative(bessel_y1(x)),
    "bessel_y1": lambda x, y: hnp.subtract(bessel_y0(x), hnp.divide(y, x)),
    "bessel_k0": lambda x, y: hnp.negative(bessel_k1(x)),
    "bessel_k1": lambda x, y: hnp.negative(hnp.add(bessel_k0(x), hnp.divide(y, x))),
    "bessel_k0e": lambda x, y: hnp.subtract(y, bessel_k1e(x)),
    "bessel_k1e": lambda x, y: hnp.subtract(hnp.multiply(y, hnp.subtract(1.0, hnp.divide(1.0, x))),
                                            bessel_k0e(x)),
    "spherical_bessel_j0": _spherical_j0_derivative,
}
for _name, _derivative in _DERIVATIVES.items():
    globals()[_name] = _with_derivative(globals()[_name], _derivative)


polygamma = custom_jvp(_polygamma, nondiff_argnums=(0,))  # its derivative: the next order
polygamma.__name__ = "polygamma"


@polygamma.defjvp
def _polygamma_jvp(n, primals, tangents):
    (x,), (t,) = primals, tangents
    return _polygamma(n, x), hnp.multiply(t, _polygamma(n + 1, x))


# ---------------------------------------------------------------- Cephes' coefficient tables
# (highest order first; as PyTorch's CPU kernels use them)

_J0_PP = (0.0007969367292973471, 0.08283523921074408, 1.239533716464143,
    5.447250030587687, 8.74716500199817, 5.303240382353949, 1.0)
_J0_PQ = (0.0009244088105588637, 0.08562884743544745, 1.2535274390105895,
    5.470977403304171, 8.761908832370695, 5.306052882353947, 1.0)
_J0_QP = (-0.011366383889846916, -1.2825271867050931, -19.553954425773597,
    -93.20601521237683, -177.68116798048806, -147.07750515495118, -51.41053267665993,
    -6.050143506007285)
_J0_QQ = (64.3178256118178, 856.4300259769806, 3882.4018360540163, 7240.467741956525,
    5930.727011873169, 2062.0933166032783, 242.0057402402914)
_J0_RP = (-4794432209.782018, 1956174919465.5657, -249248344360967.72,
    9708622510473064.0)
_J0_RQ = (499.563147152651, 173785.4016763747, 48440965.83399621, 11185553704.535683,
    2112775201154.892, 310518229857422.56, 3.1812195594320496e+16, 1.7108629408104315e+18)
_J1_PP = (0.0007621256162081731, 0.07313970569409176, 1.1271960812968493,
    5.112079511468076, 8.424045901417724, 5.214515986823615, 1.0)
_J1_PQ = (0.0005713231280725487, 0.06884559087544954, 1.105142326340617,
    5.073863861286015, 8.399855543276042, 5.209828486823619, 1.0)
_J1_QP = (0.05108625947501766, 4.982138729512334, 75.82382841325453, 366.7796093601508,
    710.8563049989261, 597.4896124006136, 211.68875710057213, 25.207020585802372)
_J1_QQ = (74.23732770356752, 1056.4488603826283, 4986.410583376536, 9562.318924047562,
    7997.041604473507, 2826.1927851763908, 336.0936078106983)
_J1_RP = (-899971225.7055594, 452228297998.19403, -72749424522181.83, 3682957328638529.0)
_J1_RQ = (620.8364781180543, 256987.25675774884, 83514679.14319493, 22151159547.97925,
    4749141220799.914, 784369607876235.9, 8.952223361846274e+16, 5.322786203326801e+18)
_Y0_YP = (15592.436785523574, -14663929.59039716, 5435264770.518765, -982136065717.9115,
    87590639439536.7, -3466283033847297.0, 4.4273326857256984e+16, -1.8495080043698668e+16)
_Y0_YQ = (1041.2835366425984, 626107.330137135, 268919633.39381415, 86400248710.3935,
    20297961275010.555, 3171577528429750.5, 2.5059625617265306e+17)
_Y1_YP = (1263204747.9017804, -647355876379.1603, 114509511541823.73,
    -8127702555013251.0, 2.024394757135949e+17, -7.788771962659501e+17)
_Y1_YQ = (594.3015923461282, 235564.09294306856, 73481194.44597217, 18760131610.870617,
    3882312774962.3857, 620557727146953.8, 6.871410873553005e+16, 3.9727060811656064e+18)
_I0_A = (-4.4153416464793395e-18, 3.3307945188222384e-17,
    -2.431279846547955e-16, 1.715391285555133e-15, -1.1685332877993451e-14,
    7.676185498604936e-14, -4.856446783111929e-13, 2.95505266312964e-12, -1.726826291441556e-11,
    9.675809035373237e-11, -5.189795601635263e-10, 2.6598237246823866e-09,
    -1.300025009986248e-08, 6.046995022541919e-08, -2.670793853940612e-07,
    1.1173875391201037e-06, -4.4167383584587505e-06, 1.6448448070728896e-05,
    -5.754195010082104e-05, 0.00018850288509584165, -0.0005763755745385824,
    0.0016394756169413357, -0.004324309995050576, 0.010546460394594998, -0.02373741480589947,
    0.04930528423967071, -0.09490109704804764, 0.17162090152220877, -0.3046826723431984,
    0.6767952744094761)
_I0_B = (-7.233180487874754e-18, -4.830504485944182e-18, 4.46562142029676e-17,
    3.461222867697461e-17, -2.8276239805165836e-16, -3.425485619677219e-16,
    1.7725601330565263e-15, 3.8116806693526224e-15, -9.554846698828307e-15,
    -4.150569347287222e-14, 1.54008621752141e-14, 3.8527783827421426e-13, 7.180124451383666e-13,
    -1.7941785315068062e-12, -1.3215811840447713e-11, -3.1499165279632416e-11,
    1.1889147107846439e-11, 4.94060238822497e-10, 3.3962320257083865e-09, 2.266668990498178e-08,
    2.0489185894690638e-07, 2.8913705208347567e-06, 6.889758346916825e-05,
    0.0033691164782556943, 0.8044904110141088)
_I1_A = (2.7779141127610464e-18, -2.111421214358166e-17, 1.5536319577362005e-16,
    -1.1055969477353862e-15, 7.600684294735408e-15, -5.042185504727912e-14,
    3.223793365945575e-13, -1.9839743977649436e-12, 1.1736186298890901e-11,
    -6.663489723502027e-11, 3.625590281552117e-10, -1.8872497517228294e-09,
    9.381537386495773e-09, -4.445059128796328e-08, 2.0032947535521353e-07,
    -8.568720264695455e-07, 3.4702513081376785e-06, -1.3273163656039436e-05,
    4.781565107550054e-05, -0.00016176081582589674, 0.0005122859561685758,
    -0.0015135724506312532, 0.004156422944312888, -0.010564084894626197, 0.024726449030626516,
    -0.05294598120809499, 0.1026436586898471, -0.17641651835783406, 0.25258718644363365)
_I1_B = (7.517296310842105e-18, 4.414348323071708e-18, -4.6503053684893586e-17,
    -3.209525921993424e-17, 2.96262899764595e-16, 3.3082023109209285e-16,
    -1.8803547755107825e-15, -3.8144030724370075e-15, 1.0420276984128802e-14,
    4.272440016711951e-14, -2.1015418427726643e-14, -4.0835511110921974e-13,
    -7.198551776245908e-13, 2.0356285441470896e-12, 1.4125807436613782e-11,
    3.2526035830154884e-11, -1.8974958123505413e-11, -5.589743462196584e-10,
    -3.835380385964237e-09, -2.6314688468895196e-08, -2.512236237870209e-07,
    -3.882564808877691e-06, -0.00011058893876262371, -0.009761097491361469, 0.7785762350182801)
_K0_A = (1.374465435613523e-16, 4.25981614279661e-14, 1.0349695257633842e-11,
    1.904516377220209e-09, 2.5347910790261494e-07, 2.286212103119452e-05, 0.001264615411446926,
    0.0359799365153615, 0.3442898999246285, -0.5353273932339028)
_K0_B = (5.300433772686263e-18, -1.6475804301524212e-17, 5.2103915050390274e-17,
    -1.678231096805412e-16, 5.512055978524319e-16, -1.848593377343779e-15,
    6.3400764774050706e-15, -2.2275133269916698e-14, 8.032890775363575e-14,
    -2.9800969231727303e-13, 1.140340588208475e-12, -4.514597883373944e-12,
    1.8559491149547177e-11, -7.957489244477107e-11, 3.577397281400301e-10,
    -1.69753450938906e-09, 8.574034017414225e-09, -4.660489897687948e-08, 2.766813639445015e-07,
    -1.8317555227191195e-06, 1.39498137188765e-05, -0.00012849549581627802,
    0.0015698838857300533, -0.0314481013119645, 2.4403030820659555)
_K1_A = (-7.023863479386288e-18, -2.427449850519366e-15, -6.666901694199329e-13,
    -1.4114883926335278e-10, -2.213387630734726e-08, -2.4334061415659684e-06,
    -0.0001730288957513052, -0.006975723859639864, -0.12261118082265715, -0.3531559607765449,
    1.5253002273389478)
_K1_B = (-5.756744483665017e-18, 1.7940508731475592e-17, -5.689462558442859e-17,
    1.838093544366639e-16, -6.057047248373319e-16, 2.038703165624334e-15,
    -7.019837090418314e-15, 2.4771544244813043e-14, -8.976705182324994e-14,
    3.3484196660784293e-13, -1.2891739609510289e-12, 5.13963967348173e-12,
    -2.1299678384275683e-11, 9.218315187605006e-11, -4.1903547593418965e-10,
    2.015049755197033e-09, -1.0345762465678097e-08, 5.7410841254500495e-08,
    -3.5019606030878126e-07, 2.406484947837217e-06, -1.936197974166083e-05,
    0.00019521551847135162, -0.002857816859622779, 0.10392373657681724, 2.7206261904844427)
_AIRY_AN = (0.346538101525629, 12.007595273964581, 76.27960536152345, 168.08922493463058,
    159.75639135016442, 70.53609068404442, 14.026469116338967, 1.0)
_AIRY_AD = (0.5675945326387702, 14.75625625848472, 84.51389701414746, 177.31808814540045,
    164.2346928715297, 71.47784008255756, 14.095913560783403, 1.0)
_AIRY_AFN = (-0.1316963234183318, -0.6264565444319123, -0.6931580360369335,
    -0.2797799815451191, -0.04919001326095003, -0.004062659235948854, -0.0001592764962392621,
    -2.776491081552329e-06, -1.6778769848911465e-08)
_AIRY_AFD = (13.356042070655324, 32.682503279522464, 26.736704094149957, 9.187074029072596,
    1.4752914677166642, 0.11568717379518804, 0.004402916416152112, 7.547203482874142e-05,
    4.5185009297058035e-07)
_AIRY_AGN = (0.01973399320916857, 0.39110302961568827, 1.0657989759959559,
    0.9391692298166502, 0.35146565610554764, 0.06338889196289255, 0.005858041130483885,
    0.000282851600836737, 6.98793669997261e-06, 8.117892395543892e-08, 3.415517847659236e-10)
_AIRY_AGD = (9.30892908077442, 19.835292871831214, 15.564662893286462, 5.476860694229755,
    0.9542936116189619, 0.08645808263523921, 0.004126565238242226, 0.00010125908511650914,
    1.1716673321441352e-06, 4.9183457006293e-09)
_NDTRI_P0 = (-59.96335010141079, 98.00107541859997, -56.67628574690703, 13.931260938727968,
    -1.2391658386738125)
_NDTRI_Q0 = (1.0, 1.9544885833814176, 4.676279128988815, 86.36024213908905, -225.46268785411937,
    200.26021238006066, -82.03722561683334, 15.90562251262117, -1.1833162112133)
_NDTRI_P1 = (4.0554489230596245, 31.525109459989388, 57.16281922464213, 44.08050738932008,
    14.684956192885803, 2.1866330685079025, -0.1402560791713545, -0.03504246268278482,
    -0.0008574567851546854)
_NDTRI_Q1 = (1.0, 15.779988325646675, 45.39076351288792, 41.3172038254672, 15.04253856929075,
    2.504649462083094, -0.14218292285478779, -0.03808064076915783, -0.0009332594808954574)
_NDTRI_P2 = (3.2377489177694603, 6.915228890689842, 3.9388102529247444, 1.3330346081580755,
    0.20148538954917908, 0.012371663481782003, 0.00030158155350823543, 2.6580697468673755e-06,
    6.239745391849833e-09)
_NDTRI_Q2 = (1.0, 6.02427039364742, 3.6798356385616087, 1.3770209948908132, 0.21623699359449663,
    0.013420400608854318, 0.00032801446468212774, 2.8924786474538068e-06, 6.790194080099813e-09)
