"""PyTorch's special functions through torch.compile(backend="hlox"): every op is
compiled by hlox (the rules of frontends/torch/aten_special.py, over hlox.lax's
special functions) and matches eager PyTorch, at ordinary points and at the edges
(poles, zeros, the ends of the domain, +-inf, NaN); gradients where torch defines them
(their backward graphs reach the same rules)."""
import math

import pytest

torch = pytest.importorskip("torch")
import torch._dynamo  # noqa: E402

from hlox.frontends.torch import record_graphs  # noqa: E402

INF, NAN = math.inf, math.nan
POINTS = [-INF, -30.5, -10.0, -7.25, -2.5, -2.0, -1.0, -0.5, -1e-3, -0.0, 0.0, 1e-6, 1e-3, 0.5,
          1.0, 1.5, 2.0, 2.09, 3.0, 5.0, 7.9, 8.0, 8.5, 10.0, 12.5, 30.0, 87.0, 150.0, INF, NAN]
UNIT = [0.0, 1e-30, 1e-12, 1e-3, 0.05, 0.135, 0.2, 0.5, 0.75, 0.865, 0.99, 1 - 1e-6, 1.0,
        -0.25, 1.5, NAN]

UNARY = {
    "lgamma": torch.lgamma,
    "digamma": torch.digamma,
    "mvlgamma_3": lambda x: torch.mvlgamma(x.clamp(min=1.5), 3),
    "trigamma": lambda x: torch.polygamma(1, x),
    "polygamma_3": lambda x: torch.polygamma(3, x),
    "i0": torch.i0,
    "i0e": torch.special.i0e,
    "i1": torch.special.i1,
    "i1e": torch.special.i1e,
    "erfc": torch.erfc,
    "erfcx": torch.special.erfcx,
    "log_ndtr": torch.special.log_ndtr,
    "bessel_j0": torch.special.bessel_j0,
    "bessel_j1": torch.special.bessel_j1,
    "bessel_y0": torch.special.bessel_y0,
    "bessel_y1": torch.special.bessel_y1,
    "modified_bessel_i0": torch.special.modified_bessel_i0,
    "modified_bessel_i1": torch.special.modified_bessel_i1,
    "modified_bessel_k0": torch.special.modified_bessel_k0,
    "modified_bessel_k1": torch.special.modified_bessel_k1,
    "scaled_modified_bessel_k0": torch.special.scaled_modified_bessel_k0,
    "scaled_modified_bessel_k1": torch.special.scaled_modified_bessel_k1,
    "spherical_bessel_j0": torch.special.spherical_bessel_j0,
    "airy_ai": torch.special.airy_ai,
}


def compiled_by_hlox(fn, *args):
    """fn's results through the hlox backend, asserting that no op ran eagerly."""
    torch._dynamo.reset()
    with record_graphs() as records:
        actual = torch.compile(fn, backend="hlox", dynamic=False)(*args)
    assert records, "no graph reached hlox"
    assert not [op for r in records for op in r.eager_ops]
    assert not [f for r in records for f in r.fallbacks]
    return actual


def assert_matches_eager(fn, *args, rtol=1.3e-6, atol=1e-5):
    expected = fn(*args)
    actual = compiled_by_hlox(fn, *args)
    for name, a, e in zip(UNARY if isinstance(expected, dict) else range(len(expected)),
                          *(list(r.values()) if isinstance(r, dict) else r
                            for r in (actual, expected))):
        torch.testing.assert_close(a, e, rtol=rtol, atol=atol, equal_nan=True,
                                   msg=lambda m, name=name: f"{name}: {m}")


@pytest.mark.parametrize("dtype", [torch.float32,
                                   pytest.param(torch.float64, marks=pytest.mark.slow)])
def test_unary_special_functions_match_eager(dtype):
    x = torch.tensor(POINTS, dtype=dtype)
    # trigamma's poles at the non-positive integers: hlox's +inf, PyTorch's kernel a huge
    # finite number from sin(pi x)'s rounding
    finite_poles = torch.where((x < 0) & (x == x.floor()), 0.5, x)
    expected_rtol = 1e-5 if dtype == torch.float32 else 1e-7
    assert_matches_eager(lambda v, w: {name: (f(w) if name == "trigamma" else f(v))
                                      for name, f in UNARY.items()},
                         x, finite_poles, rtol=expected_rtol)


def test_ndtri_matches_eager_on_and_outside_the_unit_interval():
    p = torch.tensor(UNIT)
    assert_matches_eager(lambda v: (torch.special.ndtri(v),), p, rtol=1e-5)


def test_polygamma_orders_match_eager():
    x = torch.tensor([-3.5, -2.25, -0.5, 0.0, 0.25, 1.0, 2.5, 9.0, 40.0, INF, NAN])
    assert_matches_eager(lambda v: tuple(torch.polygamma(n, v) for n in range(5)), x, rtol=1e-5)


def test_trigamma_is_infinite_at_its_poles():
    x = torch.tensor([-3.0, -1.0, 0.0])
    assert torch.isposinf(compiled_by_hlox(lambda v: torch.polygamma(1, v), x)).all()


def test_zeta_and_incomplete_gammas_match_eager():
    a = torch.tensor([0.5, 1.0, 3.0, 10.0, 50.0, 150.0, 0.0, 0.0, 2.0, -1.0, 1.0, INF, 2.0, 7.5,
                      NAN])
    x = torch.tensor([0.3, 2.0, 2.5, 12.0, 45.0, 160.0, 1.0, 0.0, 0.0, 1.0, INF, 3.0, 1e-4, 30.0,
                      1.0])
    s = torch.tensor([2.0, 3.0, 1.0, 4.5, 2.0, 2.0, 2.0, 0.5, 60.0, 1.5, 2.0, 2.0])
    q = torch.tensor([0.5, 1.0, 2.0, 7.3, -1.5, -2.0, 0.0, 1.0, 1.0, -2.5, 30.0, INF])
    assert_matches_eager(lambda a, x, s, q: (torch.igamma(a, x), torch.igammac(a, x),
                                             torch.special.zeta(s, q)), a, x, s, q, rtol=1e-5)


def test_gradients_of_lgamma_digamma_and_i0_match_eager():
    """lgamma's backward is digamma, digamma's is trigamma, i0's is i1, erfcx's uses
    erfcx: the backward graphs reach the same rules."""
    def grads(x):
        x = x.detach().requires_grad_()
        total = (torch.lgamma(x) + torch.digamma(x) + torch.i0(x) + torch.special.erfcx(x)
                 + torch.special.i0e(x)).sum()
        return torch.autograd.grad(total, x)

    x = torch.tensor([-2.5, -0.5, 0.3, 1.0, 2.5, 7.0])
    expected = grads(x)
    torch._dynamo.reset()
    with record_graphs() as records:
        actual = torch.compile(grads, backend="hlox", dynamic=False)(x)
    assert records and not [op for r in records for op in r.eager_ops]
    torch.testing.assert_close(actual, expected, rtol=1e-5, atol=1e-5)
