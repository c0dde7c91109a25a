"""Lowering rules for ATen's linear-algebra ops: the factorizations (LU, Cholesky,
Householder QR, Jacobi eigh/svd) and solves are hlox's tracer routines
(`hlox.frontends.tracer.linalg`, `hlox.numpy.linalg`) traced into the graph's computation;
solves with triangular matrices are HLO's `triangular-solve`. Results are LAPACK's:
the same pivots, the same signs of Householder reflectors, the same info values.
"""
from __future__ import annotations


import torch

from .aten import (
    _numpy_api, _reads, _traced, _unused_outputs, _zero_outputs, diagonal, lowers,
)
from .context import COMPLEX_TYPES, Unsupported

aten = torch.ops.aten


def _routines():
    from hlox.frontends.tracer import linalg
    return linalg


def _results(ctx, values):
    """The rule's results: `values` where torch's result has elements, zeros of torch's
    shape where it has none (an empty batch, or what a flag asked not to compute)."""
    metas = ctx.node.meta["val"]
    if isinstance(metas, torch.Tensor):
        return values[0] if metas.numel() else _zero_outputs(ctx, [0])[0]
    return tuple(v if m.numel() else _zero_outputs(ctx, [i])[0]
                 for i, (v, m) in enumerate(zip(values, metas)))


def _all_empty(ctx) -> bool:
    """Every result has no elements (an empty batch): nothing to compute."""
    metas = ctx.node.meta["val"]
    return all(m.numel() == 0 for m in ([metas] if isinstance(metas, torch.Tensor) else metas))


def _empty(ctx, a) -> bool:
    """An empty batch or 0 x 0 matrices: the results are empty, info zeros."""
    return ctx.shape(a).size == 0


def _no_complex(ctx, x, name):
    if ctx.dtype(x) in COMPLEX_TYPES:
        raise Unsupported(f"{name} of complex matrices")


def _first_failure(ctx, failed):
    """LAPACK's info from a (..., n) mask: 1 + the first failed step, 0 if none."""
    n = ctx.dims(failed)[-1]
    steps = ctx.iota("s32", ctx.dims(failed), ctx.rank(failed) - 1)
    steps = ctx.select(failed, ctx.elementwise("add", steps, 1, dtype="s32"), n + 1, "s32")
    first = ctx.reduce(steps, (ctx.rank(failed) - 1,), "minimum", n + 1)
    return ctx.select(ctx.compare("GT", first, n, "s32"), 0, first, "s32")


def _same_dtype(ctx, *values):
    dtype = ctx.result_dtype(*values)
    return [ctx.convert(v, dtype) for v in values]


def _sided(apply, left: bool, adjoint: bool):
    """A traced function of (the matrix's factors..., c): op(M) c = apply(..., c, adjoint_)
    from the left; from the right c op(M) = (op(M)^H c^H)^H, op(M)^H being the other
    op."""
    la = _routines()

    def sided(*args):
        *factors, c = args
        if left:
            return [apply(*factors, c, adjoint_=adjoint)]
        return [la.adjoint(apply(*factors, la.adjoint(c), adjoint_=not adjoint))]
    return sided


# ---------------------------------------------------------------- LU

@lowers(aten.linalg_lu_factor_ex.default)
def linalg_lu_factor_ex(ctx, a, pivot=True, check_errors=False):
    if not pivot:
        raise Unsupported("LU without pivoting (torch's CPU kernels have none either)")
    if _empty(ctx, a):
        return tuple(_zero_outputs(ctx, (0, 1, 2)))
    la = _routines()

    def factor(x):
        lu, pivots = la.lu_factor(x)
        return [lu, pivots, la.lu_info(lu)]
    return _results(ctx, _traced(ctx, factor, a))


@lowers(aten.linalg_lu.default)
def linalg_lu(ctx, a, pivot=True):
    if not pivot:
        raise Unsupported("LU without pivoting (torch's CPU kernels have none either)")
    la = _routines()
    return _results(ctx, _traced(ctx, lambda x: list(la.lu_unpack(*la.lu_factor(x))), a))


@lowers(aten.lu_unpack.default)
def lu_unpack(ctx, lu, pivots, unpack_data=True, unpack_pivots=True):
    if _all_empty(ctx):
        return tuple(_zero_outputs(ctx, (0, 1, 2)))
    la = _routines()
    return _results(ctx, _traced(ctx, lambda x, p: list(la.lu_unpack(x, p)), lu, pivots))


@lowers(aten.linalg_lu_solve.default)
def linalg_lu_solve(ctx, lu, pivots, b, left=True, adjoint=False):
    """A x = b (A^H x = b with adjoint); on the right, x A = b is A^H x^H = b^H."""
    if _all_empty(ctx):
        return _zero_outputs(ctx, [0])[0]
    lu, b = _same_dtype(ctx, lu, b)
    return _traced(ctx, _sided(_routines().lu_solve, left, adjoint), lu, pivots, b)[0]


@lowers(aten.linalg_inv_ex.default)
def linalg_inv_ex(ctx, a, check_errors=False):
    if _empty(ctx, a):
        return tuple(_zero_outputs(ctx, (0, 1)))
    la = _routines()

    def inverse(x):
        lu, pivots = la.lu_factor(x)
        return [la.lu_inverse(lu, pivots), la.lu_info(lu)]
    return tuple(_traced(ctx, inverse, a))


@lowers(aten._linalg_solve_ex.default)
def linalg_solve_ex(ctx, a, b, left=True, check_errors=False):
    if not left:
        raise Unsupported("solve with the matrix on the right")
    if _empty(ctx, a):
        return tuple(_zero_outputs(ctx, (0, 1, 2, 3)))
    # torch reads b as a batch of vectors when it has one dimension less than a
    vector = ctx.rank(b) == 1 or (ctx.rank(b) == ctx.rank(a) - 1 and
                                  ctx.dims(b) == ctx.dims(a)[:-1])
    if vector:
        b = ctx.reshape(b, (*ctx.dims(b), 1))
    a, b = _same_dtype(ctx, a, b)
    batch = ctx.broadcast_dims(ctx.dims(a)[:-2], ctx.dims(b)[:-2])
    a = ctx.broadcast_to(a, (*batch, *ctx.dims(a)[-2:]))
    la = _routines()

    def solve(x, rhs):
        lu, pivots = la.lu_factor(x)
        return [la.lu_solve(lu, pivots, rhs), lu, pivots, la.lu_info(lu)]
    x, lu, pivots, info = _traced(ctx, solve, a, b)
    if vector:
        x = ctx.reshape(x, ctx.dims(x)[:-1])
    return x, lu, pivots, info


@lowers(aten._linalg_det.default)
def linalg_det(ctx, a):
    if _all_empty(ctx):
        return tuple(_zero_outputs(ctx, (0, 1, 2)))
    la = _routines()

    def det(x):
        lu, pivots = la.lu_factor(x)
        return [la.lu_det(lu, pivots), lu, pivots]
    return _results(ctx, _traced(ctx, det, a))


@lowers(aten._linalg_slogdet.default)
def linalg_slogdet(ctx, a):
    if _all_empty(ctx):
        return tuple(_zero_outputs(ctx, (0, 1, 2, 3)))
    la = _routines()

    def slogdet(x):
        lu, pivots = la.lu_factor(x)
        return [*la.lu_slogdet(lu, pivots), lu, pivots]
    return _results(ctx, _traced(ctx, slogdet, a))


# ---------------------------------------------------------------- triangular solves

@lowers(aten.linalg_solve_triangular.default)
def linalg_solve_triangular(ctx, a, b, upper, left=True, unitriangular=False):
    if _all_empty(ctx):
        return _zero_outputs(ctx, [0])[0]
    a, b = _same_dtype(ctx, a, b)
    la = _routines()
    return _traced(ctx, lambda x, y: [la.triangular_solve(
        *la.broadcast_batches(x, y), left_side=left, lower=not upper,
        unit_diagonal=unitriangular)], a, b)[0]


@lowers(aten.triangular_solve.default)
def triangular_solve(ctx, b, a, upper=True, transpose=False, unitriangular=False):
    """(x with op(a) x = b, op(a) = a or a^T; a broadcast to the batch: its copy)."""
    if _all_empty(ctx):
        return tuple(_zero_outputs(ctx, (0, 1)))
    b, a = _same_dtype(ctx, b, a)
    la = _routines()

    def solve(y, x):
        x, y = la.broadcast_batches(x, y)
        return [la.triangular_solve(x, y, lower=not upper, unit_diagonal=unitriangular,
                                    transpose_a="TRANSPOSE" if transpose else "NO_TRANSPOSE"),
                x]
    return _results(ctx, _traced(ctx, solve, b, a))


# ---------------------------------------------------------------- Cholesky

def _cholesky(ctx, a, upper):
    la = _routines()
    return _traced(ctx, lambda x: [la.cholesky(x, upper=bool(upper))], a)[0]


@lowers(aten.linalg_cholesky_ex.default)
def linalg_cholesky_ex(ctx, a, upper=False, check_errors=False):
    if _empty(ctx, a):
        return tuple(_zero_outputs(ctx, (0, 1)))
    factor = _cholesky(ctx, a, upper)
    # a leading minor that is not positive definite leaves a diagonal that is not > 0
    diagonal_ = diagonal(ctx, factor, 0, -2, -1)
    if ctx.dtype(diagonal_) in COMPLEX_TYPES:
        diagonal_ = ctx.op("real", diagonal_)
    return factor, _first_failure(ctx, ctx.op("not", ctx.compare("GT", diagonal_, 0)))


@lowers(aten.cholesky.default)
def cholesky(ctx, a, upper=False):
    if _empty(ctx, a):
        return _zero_outputs(ctx, [0])[0]
    return _cholesky(ctx, a, upper)


@lowers(aten.cholesky_solve.default)
def cholesky_solve(ctx, b, factor, upper=False):
    if _all_empty(ctx):
        return _zero_outputs(ctx, [0])[0]
    b, factor = _same_dtype(ctx, b, factor)
    la = _routines()
    return _traced(ctx, lambda y, f: [la.cholesky_solve(f, y, upper=bool(upper))],
                   b, factor)[0]


@lowers(aten.cholesky_inverse.default)
def cholesky_inverse(ctx, factor, upper=False):
    if _all_empty(ctx):
        return _zero_outputs(ctx, [0])[0]
    la = _routines()
    return _traced(ctx, lambda f: [la.cholesky_inverse(f, upper=bool(upper))], factor)[0]


@lowers(aten._linalg_check_errors.default)
def linalg_check_errors(ctx, info, api_name, is_matrix):
    """Eager raises when a factorization failed (info > 0); hlox computes on, as with
    the effectful form below."""
    return None


@lowers(torch.ops.higher_order.with_effects)
def with_effects(ctx, token, op, *args, **kwargs):
    """Effectful ops in a graph: only linalg's error checks, which raise in eager when a
    factorization failed (a singular matrix): hlox keeps the token and computes on."""
    if op is not aten._linalg_check_errors.default:
        raise Unsupported(f"with_effects of {op}")
    return (token,)


# ---------------------------------------------------------------- Householder QR

@lowers(aten.geqrf.default)
def geqrf(ctx, a):
    if _all_empty(ctx):
        return tuple(_zero_outputs(ctx, (0, 1)))
    la = _routines()
    return _results(ctx, _traced(ctx, lambda x: list(la.householder_qr(x)), a))


@lowers(aten.linalg_householder_product.default)
def linalg_householder_product(ctx, a, tau):
    if _all_empty(ctx):
        return _zero_outputs(ctx, [0])[0]
    a, tau = _same_dtype(ctx, a, tau)
    la = _routines()
    return _traced(ctx, lambda x, t: [la.householder_product(x, t)], a, tau)[0]


@lowers(aten.ormqr.default)
def ormqr(ctx, a, tau, c, left=True, transpose=False):
    """op(Q) c (left) or c op(Q), op(Q) = Q or Q^H; c op(Q) = (op(Q)^H c^H)^H."""
    if _all_empty(ctx):
        return _zero_outputs(ctx, [0])[0]
    a, tau, c = _same_dtype(ctx, a, tau, c)
    return _traced(ctx, _sided(_routines().apply_q, left, transpose), a, tau, c)[0]


@lowers(aten.linalg_qr.default)
def linalg_qr(ctx, a, mode="reduced"):
    if _all_empty(ctx):
        return tuple(_zero_outputs(ctx, (0, 1)))
    la = _routines()
    if mode == "r":
        return (*_zero_outputs(ctx, [0]), _traced(ctx, lambda x: [la.qr(x, mode="r")[1]], a)[0])
    return _results(ctx, _traced(ctx, lambda x: list(la.qr(x, mode=mode)), a))


# ---------------------------------------------------------------- from the SVD

@lowers(aten.linalg_pinv.atol_rtol_tensor)
def linalg_pinv(ctx, a, atol=None, rtol=None, hermitian=False):
    if _all_empty(ctx):
        return _zero_outputs(ctx, [0])[0]
    la = _routines()
    given = [t for t in (atol, rtol) if t is not None]

    def pseudo_inverse(x, *tolerances):
        tolerances = iter(tolerances)
        return [la.pinv(x, next(tolerances) if atol is not None else None,
                        next(tolerances) if rtol is not None else None, hermitian=hermitian)]
    return _traced(ctx, pseudo_inverse, a, *given)[0]


@lowers(aten.linalg_matrix_exp.default)
def linalg_matrix_exp(ctx, a):
    if _all_empty(ctx):
        return _zero_outputs(ctx, [0])[0]
    la = _routines()
    return _traced(ctx, lambda x: [la.matrix_exp(x)], a)[0]


# ---------------------------------------------------------------- eigh, svd

@lowers(aten._linalg_eigh.default)
def linalg_eigh(ctx, a, uplo="L", compute_v=True):
    """Eigenvalues of real symmetric and complex Hermitian matrices; eigenvectors of real
    ones (a complex eigenvector's phase is LAPACK's choice). aot_autograd asks for the
    vectors whenever a gradient might need them: unread, they are not computed."""
    if _empty(ctx, a):
        return tuple(_zero_outputs(ctx, (0, 1)))
    la = _routines()

    def hermitian(x):  # only the named triangle is read
        return la.hermitian_from_lower(x if uplo == "L" else la.adjoint(x))
    if not compute_v or not _reads(ctx, 1) or ctx.dtype(a) in COMPLEX_TYPES:
        (values,) = _traced(ctx, lambda x: [la.eigvalsh(hermitian(x))], a)
        return (values, *_unused_outputs(ctx, 1))
    return tuple(_traced(ctx, lambda x: list(_numpy_api().linalg.eigh(hermitian(x))), a))


@lowers(aten._linalg_svd.default)
def linalg_svd(ctx, a, full_matrices=False, compute_uv=True, driver=None):
    """Singular values only: the graph must not read the vectors, whose signs are
    LAPACK's choice (aot_autograd asks for them whenever a gradient might need them)."""
    unread = _unused_outputs(ctx, 0, 2)
    if _empty(ctx, a):
        return tuple(_zero_outputs(ctx, (0, 1, 2)))
    (values,) = _traced(ctx, lambda x: [_numpy_api().linalg.svdvals(x)], a)
    return unread[0], values, unread[1]
