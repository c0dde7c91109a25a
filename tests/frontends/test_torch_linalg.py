"""ATen's linear algebra through hlox, against eager PyTorch (LAPACK): the LU, Cholesky
and Householder QR families and the triangular solves, real and complex, batched.

Every case runs lowered and evaluated by hlox's reference evaluator (no C build); a few run
through `torch.compile(backend="hlox")` in the default tier, all of them in the slow one.
Factors are compared as they are, not up to signs or permutations: hlox's pivots and
reflectors are LAPACK's.
"""
import sys
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

sys.path.insert(0, str(Path(__file__).parent))
from test_torch_aten import check  # noqa: E402

from hlox.frontends.torch import hlox_backend, record_graphs  # noqa: E402

DTYPES = {"f32": torch.float32, "c64": torch.complex64}


def randn(*shape, dtype, seed=0):
    return torch.randn(*shape, dtype=dtype, generator=torch.Generator().manual_seed(seed))


def positive_definite(*shape, dtype):
    a = randn(*shape, dtype=dtype, seed=1)
    return a @ a.mH + shape[-1] * torch.eye(shape[-1], dtype=dtype)


def _lu(dtype):
    return torch.linalg.lu_factor(randn(2, 4, 4, dtype=dtype))


def _geqrf(dtype):
    return torch.geqrf(randn(2, 5, 3, dtype=dtype, seed=2))


# name -> (function, inputs of a dtype)
CASES = {
    "lu_factor_ex": (torch.linalg.lu_factor_ex, lambda d: [randn(2, 4, 4, dtype=d)]),
    "lu_factor_wide": (torch.linalg.lu_factor, lambda d: [randn(3, 5, dtype=d)]),
    "lu_tall": (torch.linalg.lu, lambda d: [randn(2, 5, 3, dtype=d)]),
    "lu_singular_info": (torch.linalg.lu_factor_ex,
                         lambda d: [torch.tensor([[1., 2, 3], [2, 4, 6], [1, 0, 1]]).to(d)]),
    "lu_solve": (torch.linalg.lu_solve, lambda d: [*_lu(d), randn(2, 4, 3, dtype=d, seed=3)]),
    "lu_solve_adjoint_right": (
        lambda lu, p, b: torch.linalg.lu_solve(lu, p, b, left=False, adjoint=True),
        lambda d: [*_lu(d), randn(3, 4, dtype=d, seed=3)]),
    "lu_unpack": (torch.lu_unpack, lambda d: list(_lu(d))),
    "solve_triangular_upper": (
        lambda a, b: torch.linalg.solve_triangular(a, b, upper=True),
        lambda d: [randn(2, 4, 4, dtype=d), randn(4, 2, dtype=d, seed=3)]),
    "solve_triangular_right_unit": (
        lambda a, b: torch.linalg.solve_triangular(a, b, upper=False, left=False,
                                                   unitriangular=True),
        lambda d: [randn(4, 4, dtype=d), randn(2, 3, 4, dtype=d, seed=3)]),
    "triangular_solve_transpose": (
        lambda b, a: torch.triangular_solve(b, a, upper=False, transpose=True),
        lambda d: [randn(2, 4, 2, dtype=d, seed=3), randn(4, 4, dtype=d)]),
    "cholesky_ex": (torch.linalg.cholesky_ex, lambda d: [positive_definite(2, 4, 4, dtype=d)]),
    "cholesky_upper": (lambda a: torch.cholesky(a, upper=True),
                       lambda d: [positive_definite(4, 4, dtype=d)]),
    "cholesky_not_positive_definite_info": (
        lambda a: torch.linalg.cholesky_ex(a).info,
        lambda d: [torch.tensor([[4., 2, 0], [2, 1, 0], [0, 0, 1]]).to(d)]),
    "cholesky_solve_upper": (
        lambda b, u: torch.cholesky_solve(b, u, upper=True),
        lambda d: [randn(2, 4, 3, dtype=d, seed=3),
                   torch.linalg.cholesky(positive_definite(4, 4, dtype=d), upper=True)]),
    "cholesky_inverse": (torch.cholesky_inverse,
                         lambda d: [torch.linalg.cholesky(positive_definite(4, 4, dtype=d))]),
    "geqrf": (torch.geqrf, lambda d: [randn(2, 5, 3, dtype=d, seed=2)]),
    "householder_product": (torch.linalg.householder_product, lambda d: list(_geqrf(d))),
    "ormqr_left": (torch.ormqr, lambda d: [*_geqrf(d), randn(2, 5, 2, dtype=d, seed=4)]),
    "ormqr_right_transpose": (
        lambda a, tau, c: torch.ormqr(a, tau, c, left=False, transpose=True),
        lambda d: [*_geqrf(d), randn(2, 3, 5, dtype=d, seed=4)]),
    "qr_reduced_wide": (torch.linalg.qr, lambda d: [randn(2, 3, 5, dtype=d)]),
    "qr_complete": (lambda a: torch.linalg.qr(a, mode="complete"),
                    lambda d: [randn(5, 3, dtype=d)]),
    "qr_r": (lambda a: torch.linalg.qr(a, mode="r").R, lambda d: [randn(5, 3, dtype=d)]),
    "qr_reduced_column": (torch.linalg.qr,  # an already reduced column: tau = 0
                          lambda d: [torch.tensor([[2., 1], [0, 1], [0, 3]]).to(d)]),
    "slogdet": (torch.linalg.slogdet, lambda d: [randn(2, 4, 4, dtype=d)]),
    "det_inv_solve": (lambda a, b: (torch.linalg.det(a), torch.linalg.inv(a),
                                    torch.linalg.solve(a, b)),
                      lambda d: [randn(2, 4, 4, dtype=d), randn(2, 4, 3, dtype=d, seed=3)]),
}
IDS = [(name, dtype) for name in CASES for dtype in DTYPES]
COMPILED_DEFAULT = {("lu_factor_ex", "c64"), ("lu_solve_adjoint_right", "f32"),
                    ("solve_triangular_right_unit", "c64"), ("cholesky_solve_upper", "c64"),
                    ("qr_complete", "c64"), ("ormqr_right_transpose", "f32")}


@pytest.mark.parametrize("name,dtype", IDS, ids=[f"{n}-{d}" for n, d in IDS])
def test_lowered_matches_eager(name, dtype):
    fn, inputs = CASES[name]
    check(fn, *inputs(DTYPES[dtype]), rtol=1e-4, atol=1e-4)


def _compiled_matches_eager(name, dtype):
    fn, inputs = CASES[name]
    args = inputs(DTYPES[dtype])
    expected = fn(*args)
    torch._dynamo.reset()
    with record_graphs() as records:
        actual = torch.compile(fn, backend=hlox_backend, dynamic=False)(*args)
    assert records, "no graph reached hlox"
    assert not [op for r in records for op in r.eager_ops], "ops ran eagerly"
    assert not [f for r in records for f in r.fallbacks], "graphs fell back to eager"
    torch.testing.assert_close(actual, expected, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("name,dtype", sorted(COMPILED_DEFAULT),
                         ids=[f"{n}-{d}" for n, d in sorted(COMPILED_DEFAULT)])
def test_compiled_matches_eager(name, dtype):
    _compiled_matches_eager(name, dtype)


SLOW_IDS = [i for i in IDS if i not in COMPILED_DEFAULT]


@pytest.mark.slow
@pytest.mark.parametrize("name,dtype", SLOW_IDS, ids=[f"{n}-{d}" for n, d in SLOW_IDS])
def test_compiled_matches_eager_every_case(name, dtype):
    _compiled_matches_eager(name, dtype)
