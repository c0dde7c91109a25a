"""Matrix factorizations and solves built from hlox's ops, real and complex, batched over
the leading axes: what `hlox.numpy.linalg` and the torch frontend's linear-algebra rules
share.

The factorizations follow LAPACK's algorithms step for step, so that their results are
LAPACK's (and so torch's and numpy's), not only equivalent ones:

- `lu_factor` is getrf: partial pivoting picks, in each column, the first row of largest
  |a| (|Re a| + |Im a| for complex, as icamax); pivots are 1-based row swaps.
- `householder_qr` is geqrf: each reflector H = I - tau v v^H has v[0] = 1 and
  beta = -sign(Re alpha) ||x||, tau = (beta - alpha) / beta (larfg); a column already
  reduced (zero below, real alpha) gets tau = 0.
- `cholesky` is the column-by-column (left-looking) potrf.

Each is a loop over its n steps (`fori_loop`: the graph's size does not grow with n), every
step whole-matrix operations masked to the rows and columns it changes. Solves with
triangular matrices are HLO's `triangular-solve` op (the `triangular_solve` primitive
below).
"""
from __future__ import annotations

import numpy as np

from . import numpy_api as hnp
from .core import (
    DEFAULT_INT, LINEAR_PRIMITIVES, ShapedArray, abstract_eval_rules, batching_rules, bind1,
    dtype_kind, impl_rules, jvp_rules, lowering_rules, primitive, transpose_rules,
)
from .primitives import aval_of, bdim_at_front, is_undefined

TRANSPOSE_A = ("NO_TRANSPOSE", "TRANSPOSE", "ADJOINT")

# ---------------------------------------------------------------- triangular_solve
# triangular_solve(a, b): x with op(a) x = b (left_side) or x op(a) = b, reading only the
# triangle of a that `lower` names (its diagonal taken as 1 with unit_diagonal);
# op(a) = a, a^T or a^H (transpose_a). HLO's triangular-solve, batched over leading axes.
triangular_solve_p = primitive("triangular_solve")


def triangular_solve(a, b, *, left_side=True, lower=True, unit_diagonal=False,
                     transpose_a="NO_TRANSPOSE"):
    if transpose_a not in TRANSPOSE_A:
        raise ValueError(f"triangular_solve: transpose_a must be one of {TRANSPOSE_A}, "
                         f"not {transpose_a!r}")
    return bind1(triangular_solve_p, hnp._as_operand(a), hnp._as_operand(b),
                 left_side=bool(left_side), lower=bool(lower),
                 unit_diagonal=bool(unit_diagonal), transpose_a=transpose_a)


def _triangular_solve_abstract(a, b, *, left_side, lower, unit_diagonal, transpose_a):
    if a.ndim < 2 or a.shape[-1] != a.shape[-2] or b.ndim != a.ndim:
        raise TypeError(f"triangular_solve: needs (..., m, m) matrices and a right-hand side "
                        f"of the same rank, got {a.str_short()} and {b.str_short()}")
    solved = b.shape[-2] if left_side else b.shape[-1]
    if a.shape[:-2] != b.shape[:-2] or solved != a.shape[-1] or a.dtype != b.dtype:
        raise TypeError(f"triangular_solve: right-hand side {b.str_short()} does not fit "
                        f"{a.str_short()} (left_side={left_side})")
    if dtype_kind(a.dtype) not in "fc":
        raise TypeError(f"triangular_solve takes floats or complex numbers, got "
                        f"{a.str_short()}")
    return [ShapedArray(b.shape, b.dtype)]


def _triangular_solve_impl(a, b, *, left_side, lower, unit_diagonal, transpose_a):
    m = np.tril(a) if lower else np.triu(a)
    if unit_diagonal:
        m[..., np.arange(m.shape[-1]), np.arange(m.shape[-1])] = 1
    if transpose_a != "NO_TRANSPOSE":
        m = np.swapaxes(m, -1, -2)
        m = np.conj(m) if transpose_a == "ADJOINT" else m
    if left_side:
        return [np.linalg.solve(m, b).astype(b.dtype)]
    x_t = np.linalg.solve(np.swapaxes(m, -1, -2), np.swapaxes(b, -1, -2))
    return [np.ascontiguousarray(np.swapaxes(x_t, -1, -2)).astype(b.dtype)]


def _triangular_solve_jvp(primals, tangents, **params):
    """x = M^-1 b (M = op(a)): dx = M^-1 (db - dM x), or (db - x dM) M^-1 on the right,
    dM moving only the triangle of a that is read (its diagonal fixed with
    unit_diagonal)."""
    (a, b), (ta, tb) = primals, tangents
    x = bind1(triangular_solve_p, a, b, **params)
    strict = 1 if params["unit_diagonal"] else 0
    da = hnp.tril(ta, -strict) if params["lower"] else hnp.triu(ta, strict)
    if params["transpose_a"] != "NO_TRANSPOSE":
        da = adjoint(da) if params["transpose_a"] == "ADJOINT" else hnp.matrix_transpose(da)
    moved = hnp.matmul(da, x) if params["left_side"] else hnp.matmul(x, da)
    return [x], [bind1(triangular_solve_p, a, hnp.subtract(tb, moved), **params)]


def _triangular_solve_transpose(cts, a, b, *, transpose_a, **params):
    """Linear in b: b's cotangent is M^-T ct (ct M^-T on the right), M^T being a^T, a or
    conj(a) for M = a, a^T, a^H."""
    if is_undefined(a):
        raise TypeError("triangular_solve is linear in its right-hand side only")
    (ct,) = cts
    a = hnp.conj(a) if transpose_a == "ADJOINT" else a
    flipped = "TRANSPOSE" if transpose_a == "NO_TRANSPOSE" else "NO_TRANSPOSE"
    return [None, bind1(triangular_solve_p, a, ct, transpose_a=flipped, **params)]


impl_rules[triangular_solve_p] = _triangular_solve_impl
jvp_rules[triangular_solve_p] = _triangular_solve_jvp
transpose_rules[triangular_solve_p] = _triangular_solve_transpose
LINEAR_PRIMITIVES.add(triangular_solve_p)
abstract_eval_rules[triangular_solve_p] = _triangular_solve_abstract
batching_rules[triangular_solve_p] = lambda size, vals, dims, **params: (
    [bind1(triangular_solve_p, *(bdim_at_front(v, d, size) for v, d in zip(vals, dims)),
           **params)], [0])
lowering_rules[triangular_solve_p] = lambda ctx, avals_in, avals_out, a, b, **params: [
    ctx.op("triangular-solve", a, b, **params)]


# ---------------------------------------------------------------- helpers

def adjoint(x):
    return hnp.conj(hnp.matrix_transpose(x))


def _complex(x) -> bool:
    return dtype_kind(aval_of(x).dtype) == "c"


def _batch(x):
    return aval_of(x).shape[:-2]


def broadcast_batches(*matrices):
    """The matrices (..., r, c) broadcast to one batch shape."""
    batch = hnp._broadcast_shapes("linalg", [_batch(x) for x in matrices])
    return [hnp.broadcast_to(x, batch + aval_of(x).shape[-2:]) for x in matrices]


def _loop(n: int, step, init):
    """init after step(j, carry) for j = 0 .. n-1 (a loop in the graph; j is traced);
    no step at all of empty matrices, whose indexing could not be traced."""
    from .lax_api import fori_loop
    return fori_loop(0, n, step, init) if n else init


def _at(x, j, axis: int):
    """x's entries at the (traced) index j of `axis`, that axis dropped."""
    return hnp.take(x, j, axis=axis)


def _put(x, j, value, position):
    """x with `value` where `position` (an iota along the updated axis) equals j."""
    return hnp.where(hnp.equal(position, j), value, x)


def _swap_rows(x, j, p):
    """x (..., m, c) with rows j and p (..., an index per matrix) exchanged."""
    m, c = aval_of(x).shape[-2:]
    rows = hnp.expand_dims(hnp.arange(m, dtype=DEFAULT_INT), -1)
    index = hnp.expand_dims(hnp.expand_dims(p, -1), -1)
    row_p = hnp.take_along_axis(x, index * hnp.ones((1, c), DEFAULT_INT), axis=-2)
    row_j = hnp.expand_dims(_at(x, j, -2), -2)
    return hnp.where(hnp.equal(rows, j), row_p, hnp.where(hnp.equal(rows, index), row_j, x))


def permutation(pivots, m: int):
    """The row order (..., m) that LAPACK's 1-based row swaps `pivots` (..., k) make of
    0..m-1: the factored matrix's row i is the original's row permutation[i]."""
    order = hnp.broadcast_to(hnp.expand_dims(hnp.arange(m, dtype=DEFAULT_INT), -1),
                             aval_of(pivots).shape[:-1] + (m, 1))
    pivots = hnp.astype(pivots, DEFAULT_INT)
    order = _loop(aval_of(pivots).shape[-1], lambda j, o: _swap_rows(
        o, j, hnp.subtract(_at(pivots, j, -1), 1)), order)
    return order[..., 0]


def permutation_matrix(order, dtype):
    """P (..., m, m) with P[order[i], i] = 1: A = P L U for A's LU factors."""
    m = aval_of(order).shape[-1]
    rows = hnp.expand_dims(hnp.arange(m, dtype=DEFAULT_INT), -1)
    return hnp.astype(hnp.equal(hnp.expand_dims(order, -2), rows), dtype)


def _diagonal(x):
    """The main diagonal (..., min(m, n)) (hnp.diagonal's gather needs elements)."""
    m, n = aval_of(x).shape[-2:]
    if not min(m, n):
        return hnp.zeros(_batch(x) + (0,), aval_of(x).dtype)
    return hnp.diagonal(x, 0, -2, -1)


def _rows_vector(n: int):
    return hnp.arange(n, dtype=DEFAULT_INT)


# ---------------------------------------------------------------- LU

def _pivot_size(column):
    """What partial pivoting maximizes: |a|, or |Re a| + |Im a| of complex (icamax)."""
    if _complex(column):
        return hnp.add(hnp.abs(hnp.real(column)), hnp.abs(hnp.imag(column)))
    return hnp.abs(column)


def lu_factor(a):
    """getrf of (..., m, n): (L and U in one (..., m, n) array, L's unit diagonal left
    out; the 1-based pivots (..., min(m, n)) int32). A zero pivot leaves its column as it
    is (no division), as LAPACK does; `lu_info` names the first one."""
    m, n = aval_of(a).shape[-2:]
    k = min(m, n)
    rows, columns = _rows_vector(m), _rows_vector(n)

    def step(j, carry):
        a, pivots = carry
        size = _pivot_size(_at(a, j, -1))
        p = hnp.astype(hnp.argmax(hnp.where(hnp.less(rows, j), -hnp.ones_like(size), size),
                                  axis=-1), DEFAULT_INT)
        a = _swap_rows(a, j, p)
        column, row = _at(a, j, -1), _at(a, j, -2)
        pivot = _at(column, j, -1)
        safe = hnp.where(hnp.equal(pivot, 0), hnp.ones_like(pivot), pivot)
        below = hnp.greater(rows, j)
        factors = hnp.where(below, hnp.divide(column, hnp.expand_dims(safe, -1)),
                            hnp.zeros_like(column))
        right = hnp.where(hnp.greater(columns, j), row, hnp.zeros_like(row))
        a = hnp.subtract(a, hnp.multiply(hnp.expand_dims(factors, -1),
                                         hnp.expand_dims(right, -2)))
        in_column = hnp.logical_and(hnp.expand_dims(below, -1), hnp.equal(columns, j))
        a = hnp.where(in_column, hnp.expand_dims(factors, -1), a)
        return a, _put(pivots, j, hnp.expand_dims(hnp.add(p, 1), -1), _rows_vector(k))
    return _loop(k, step, (a, hnp.zeros(_batch(a) + (k,), DEFAULT_INT)))


def lu_info(lu):
    """LAPACK's info: 1 + the first step whose pivot is zero, 0 if none."""
    diagonal = _diagonal(lu)
    k = aval_of(diagonal).shape[-1]
    if not k:
        return hnp.zeros(aval_of(diagonal).shape[:-1], DEFAULT_INT)
    steps = hnp.where(hnp.equal(diagonal, 0), hnp.add(_rows_vector(k), 1),
                      hnp.full(aval_of(diagonal).shape, k + 1, DEFAULT_INT))
    first = hnp.min(steps, axis=-1)
    return hnp.where(hnp.greater(first, k), hnp.zeros_like(first), first)


def lu_unpack(lu, pivots):
    """(P, L, U) with A = P L U from getrf's results: L (..., m, k) unit lower
    triangular, U (..., k, n) upper triangular."""
    m, n = aval_of(lu).shape[-2:]
    k = min(m, n)
    lower = hnp.add(hnp.tril(lu[..., :, :k], -1), hnp.eye(m, k, dtype=aval_of(lu).dtype))
    upper = hnp.triu(lu[..., :k, :])
    return permutation_matrix(permutation(pivots, m), aval_of(lu).dtype), lower, upper


def lu_solve(lu, pivots, b, *, adjoint_=False):
    """x with A x = b (A^H x = b with adjoint_) from A's getrf results (..., n, n)."""
    lu, b = broadcast_batches(lu, b)
    p = permutation_matrix(permutation(hnp.broadcast_to(pivots, _batch(lu) + (
        aval_of(pivots).shape[-1],)), aval_of(lu).shape[-1]), aval_of(lu).dtype)
    if not adjoint_:  # L U x = P^T b
        y = triangular_solve(lu, hnp.matmul(hnp.matrix_transpose(p), b), lower=True,
                             unit_diagonal=True)
        return triangular_solve(lu, y, lower=False)
    y = triangular_solve(lu, b, lower=False, transpose_a="ADJOINT")  # U^H L^H P^T x = b
    return hnp.matmul(p, triangular_solve(lu, y, lower=True, unit_diagonal=True,
                                          transpose_a="ADJOINT"))


def lu_inverse(lu, pivots):
    n = aval_of(lu).shape[-1]
    return lu_solve(lu, pivots, hnp.broadcast_to(hnp.eye(n, dtype=aval_of(lu).dtype),
                                                 aval_of(lu).shape))


def _permutation_sign(pivots, dtype):
    """(-1)^(the number of rows that getrf's pivots swapped)."""
    k = aval_of(pivots).shape[-1]
    swaps = hnp.sum(hnp.astype(hnp.not_equal(pivots, hnp.add(_rows_vector(k), 1)),
                               DEFAULT_INT), axis=-1)
    odd = hnp.equal(hnp.remainder(swaps, 2), 1)
    return hnp.where(odd, -hnp.ones(aval_of(odd).shape, dtype), hnp.ones(aval_of(odd).shape,
                                                                          dtype))


def lu_det(lu, pivots):
    """det A from getrf's results: the permutation's sign times U's diagonal product."""
    return hnp.multiply(_permutation_sign(pivots, aval_of(lu).dtype),
                        hnp.prod(_diagonal(lu), axis=-1))


def lu_slogdet(lu, pivots):
    """(sign, log |det A|) from getrf's results; the sign of a complex determinant is
    its phase det / |det|, 0 of a singular matrix."""
    d = _diagonal(lu)
    size = hnp.abs(d)
    phases = hnp.where(hnp.equal(size, 0), hnp.zeros_like(d),
                       hnp.divide(d, hnp.astype(hnp.where(hnp.equal(size, 0),
                                                          hnp.ones_like(size), size),
                                                aval_of(d).dtype)))
    sign = hnp.multiply(_permutation_sign(pivots, aval_of(lu).dtype),
                        hnp.prod(phases, axis=-1))
    return sign, hnp.sum(hnp.log(size), axis=-1)


# ---------------------------------------------------------------- Cholesky

def cholesky(x, *, upper=False):
    """L with x = L L^H from x's lower triangle, column by column:
    L[:, j] = (x[:, j] - L[:, :j] conj(L[j, :j])) / L[j, j]; of upper: U = L^H from the
    upper triangle. A matrix that is not positive definite gets NaN from its first
    failing column on (the square root of a diagonal that is not > 0)."""
    if upper:
        x = adjoint(x)
    n = aval_of(x).shape[-1]
    rows = _rows_vector(n)

    def step(j, lower):  # the columns from j on are still zero
        c = hnp.subtract(_at(x, j, -1), hnp.squeeze(hnp.matmul(
            lower, hnp.expand_dims(hnp.conj(_at(lower, j, -2)), -1)), -1))
        d = hnp.astype(hnp.sqrt(hnp.real(_at(c, j, -1))), aval_of(c).dtype)
        column = hnp.where(hnp.less(rows, j), hnp.zeros_like(c),
                           hnp.where(hnp.equal(rows, j), hnp.expand_dims(d, -1),
                                     hnp.divide(c, hnp.expand_dims(d, -1))))
        return _put(lower, j, hnp.expand_dims(column, -1), rows)
    lower = _loop(n, step, hnp.zeros_like(x))
    return adjoint(lower) if upper else lower


def cholesky_solve(factor, b, *, upper=False):
    """x with A x = b for A = L L^H (or U^H U with upper) given its factor."""
    factor, b = broadcast_batches(factor, b)
    first, second = ("ADJOINT", "NO_TRANSPOSE") if upper else ("NO_TRANSPOSE", "ADJOINT")
    y = triangular_solve(factor, b, lower=not upper, transpose_a=first)
    return triangular_solve(factor, y, lower=not upper, transpose_a=second)


def cholesky_inverse(factor, *, upper=False):
    """A^-1 for A = L L^H (or U^H U with upper) given its factor."""
    n = aval_of(factor).shape[-1]
    return cholesky_solve(factor, hnp.broadcast_to(hnp.eye(n, dtype=aval_of(factor).dtype),
                                                   aval_of(factor).shape), upper=upper)


# ---------------------------------------------------------------- Householder QR

def _reflector(x, j):
    """larfg on column x (..., m) from row j: (v (..., m) with v[j] = 1 and zeros above,
    tau, beta: H^H x = beta e_j with H = I - tau v v^H)."""
    m = aval_of(x).shape[-1]
    rows = _rows_vector(m)
    alpha = _at(x, j, -1)
    tail = hnp.where(hnp.greater(rows, j), x, hnp.zeros_like(x))
    tail_norm2 = hnp.sum(hnp.real(hnp.multiply(hnp.conj(tail), tail)), axis=-1)
    alpha_r, alpha_i = hnp.real(alpha), hnp.imag(alpha)
    norm = hnp.sqrt(hnp.add(hnp.add(hnp.multiply(alpha_r, alpha_r),
                                    hnp.multiply(alpha_i, alpha_i)), tail_norm2))
    beta = hnp.astype(hnp.where(hnp.greater_equal(alpha_r, 0), hnp.negative(norm), norm),
                      aval_of(x).dtype)
    reduced = hnp.logical_and(hnp.equal(tail_norm2, 0), hnp.equal(alpha_i, 0))
    one = hnp.ones_like(alpha)
    tau = hnp.where(reduced, hnp.zeros_like(alpha),
                    hnp.divide(hnp.subtract(beta, alpha), hnp.where(reduced, one, beta)))
    scale = hnp.divide(one, hnp.where(reduced, one, hnp.subtract(alpha, beta)))
    v = hnp.where(hnp.equal(rows, j), hnp.ones_like(x),
                  hnp.multiply(tail, hnp.expand_dims(scale, -1)))
    return v, tau, hnp.where(reduced, alpha, beta)


def householder_qr(a):
    """geqrf of (..., m, n): (R on and above the diagonal with the reflectors' v below
    it, tau (..., min(m, n)))."""
    m, n = aval_of(a).shape[-2:]
    k = min(m, n)
    rows, columns = hnp.expand_dims(_rows_vector(m), -1), _rows_vector(n)

    def step(j, carry):
        a, taus = carry
        v, tau, beta = _reflector(_at(a, j, -1), j)
        a = hnp.where(hnp.greater(columns, j), _reflect(a, v, hnp.conj(tau)), a)
        column = hnp.where(hnp.equal(rows, j), hnp.expand_dims(hnp.expand_dims(beta, -1), -1),
                           hnp.where(hnp.greater(rows, j), hnp.expand_dims(v, -1), a))
        a = hnp.where(hnp.equal(columns, j), column, a)
        return a, _put(taus, j, hnp.expand_dims(tau, -1), _rows_vector(k))
    return _loop(k, step, (a, hnp.zeros(_batch(a) + (k,), aval_of(a).dtype)))


def _reflect(c, v, tau):
    """(I - tau v v^H) c for c (..., m, p), v (..., m), tau (...)."""
    w = hnp.matmul(hnp.expand_dims(hnp.conj(v), -2), c)              # (..., 1, p)
    scaled = hnp.multiply(hnp.expand_dims(hnp.expand_dims(tau, -1), -1),
                          hnp.expand_dims(v, -1))
    return hnp.subtract(c, hnp.multiply(scaled, w))


def _reflector_vector(a, j):
    """The v of geqrf's j-th reflector, stored below the diagonal of column j."""
    rows = _rows_vector(aval_of(a).shape[-2])
    column = _at(a, j, -1)
    return hnp.where(hnp.equal(rows, j), hnp.ones_like(column),
                     hnp.where(hnp.greater(rows, j), column, hnp.zeros_like(column)))


def apply_q(a, tau, c, *, adjoint_=False):
    """Q c (Q^H c with adjoint_) for Q = H_1 ... H_k of geqrf's results (a (..., m, >=k),
    tau (..., k)) and c (..., m, p): ormqr from the left."""
    a, c = broadcast_batches(a, c)
    k = aval_of(tau).shape[-1]
    tau = hnp.broadcast_to(tau, _batch(a) + (k,))
    def step(i, c):  # H_1^H first for Q^H, H_k first for Q
        j = i if adjoint_ else hnp.subtract(k - 1, i)
        t = hnp.conj(_at(tau, j, -1)) if adjoint_ else _at(tau, j, -1)
        return _reflect(c, _reflector_vector(a, j), t)
    return _loop(k, step, c)


def householder_product(a, tau):
    """orgqr: the first n columns (..., m, n) of Q = H_1 ... H_k."""
    m, n = aval_of(a).shape[-2:]
    return apply_q(a, tau, hnp.broadcast_to(hnp.eye(m, n, dtype=aval_of(a).dtype),
                                            aval_of(a).shape))


def qr(a, *, mode="reduced"):
    """(Q, R) from geqrf and orgqr: "reduced" Q (..., m, k), R (..., k, n); "complete"
    Q (..., m, m), R (..., m, n); "r": R (..., k, n) only (Q None)."""
    if mode not in ("reduced", "complete", "r"):
        raise ValueError(f"qr: mode must be 'reduced', 'complete' or 'r', not {mode!r}")
    m, n = aval_of(a).shape[-2:]
    packed, tau = householder_qr(a)
    columns = m if mode == "complete" else min(m, n)
    r = hnp.triu(packed[..., :columns, :])
    if mode == "r":
        return None, r
    identity = hnp.broadcast_to(hnp.eye(m, columns, dtype=aval_of(a).dtype),
                                _batch(a) + (m, columns))
    return apply_q(packed, tau, identity), r


# ---------------------------------------------------------------- Hermitian eigenvalues

def eigvalsh(h):
    """The eigenvalues (ascending) of Hermitian (..., n, n) matrices, by cyclic Jacobi.
    A complex H = A + iB is embedded as the real symmetric [[A, -B], [B, A]], whose
    eigenvalues are H's, each twice: the pairs are averaged."""
    if not _complex(h):
        return hnp._jacobi_eigh(h)[0]
    a, b = hnp.real(h), hnp.imag(h)
    embedded = hnp.concat([hnp.concat([a, hnp.negative(b)], axis=-1),
                           hnp.concat([b, a], axis=-1)], axis=-2)
    doubled = hnp._jacobi_eigh(embedded)[0]
    return hnp.multiply(hnp.add(doubled[..., 0::2], doubled[..., 1::2]), 0.5)


# ---------------------------------------------------------------- from the SVD

def hermitian_from_lower(a):
    """The Hermitian matrix that a's lower triangle names (the imaginary part of the
    diagonal dropped), as LAPACK's Hermitian routines read a."""
    strict = hnp.tril(a, -1)
    n = aval_of(a).shape[-1]
    diagonal = hnp.multiply(hnp.real(a), hnp.eye(n, dtype=hnp.real(a).dtype))
    return hnp.add(hnp.add(strict, adjoint(strict)), hnp.astype(diagonal, aval_of(a).dtype))


def pinv(a, atol=None, rtol=None, *, hermitian=False):
    """The pseudo-inverse with torch's tolerances: singular values up to
    max(atol, rtol * the largest) count as zero; rtol defaults to eps * max(m, n), and
    to 0 where a positive atol is given. Of a Hermitian matrix (its lower triangle) the
    singular values are the eigenvalues' sizes: the same pseudo-inverse as from eigh."""
    if hermitian:
        a = hermitian_from_lower(a)
    u, s, v = hnp._svd(a, "pinv")
    real = aval_of(s).dtype
    default = float(np.finfo(real).eps) * max(aval_of(a).shape[-2:])
    if rtol is None:
        rtol = hnp.full((), default, real)
        if atol is not None:
            rtol = hnp.where(hnp.greater(atol, 0), hnp.zeros_like(rtol), rtol)
    atol = hnp.zeros((), real) if atol is None else hnp.astype(atol, real)
    tolerance = hnp.maximum(hnp.expand_dims(atol, -1),
                            hnp.multiply(hnp.expand_dims(hnp.astype(rtol, real), -1),
                                         s[..., :1]))
    kept = hnp.greater(s, tolerance)
    inverse = hnp.where(kept, hnp.divide(1.0, hnp.where(kept, s, hnp.ones_like(s))),
                        hnp.zeros_like(s))
    scaled = hnp.multiply(v, hnp.expand_dims(hnp.astype(inverse, aval_of(v).dtype), -2))
    return hnp.matmul(scaled, adjoint(u))


# ---------------------------------------------------------------- matrix exponential

# After scaling |a|_1 <= 3/2: the Taylor remainder is below 3e-12, and fewer squarings
# (each doubles the rounding error) than with a smaller norm.
_EXP_TAYLOR_DEGREE, _EXP_SCALED_NORM = 16, 1.5


def matrix_exp(a):
    """e^a by scaling and squaring: Taylor's polynomial (Horner) of a / 2^s, with s the
    least that brings the 1-norm to 3/2, then squared s times (a while loop to the
    batch's largest s, each matrix squared while its own s lasts)."""
    from .lax_api import fori_loop
    n = aval_of(a).shape[-1]
    real = aval_of(hnp.abs(a)).dtype
    norm = hnp.max(hnp.sum(hnp.abs(a), axis=-2), axis=-1)                # (...)
    steps = hnp.where(hnp.greater(norm, _EXP_SCALED_NORM),
                      hnp.ceil(hnp.log2(hnp.divide(norm, _EXP_SCALED_NORM))), hnp.zeros_like(norm))
    steps = hnp.minimum(steps, hnp.full((), 64, real))
    scale = hnp.astype(hnp.exp2(hnp.negative(steps)), aval_of(a).dtype)
    scaled = hnp.multiply(a, hnp.expand_dims(hnp.expand_dims(scale, -1), -1))
    identity = hnp.broadcast_to(hnp.eye(n, dtype=aval_of(a).dtype), aval_of(a).shape)
    e = identity
    for k in range(_EXP_TAYLOR_DEGREE, 0, -1):
        e = hnp.add(identity, hnp.divide(hnp.matmul(scaled, e), float(k)))
    steps = hnp.astype(steps, DEFAULT_INT)
    squaring = hnp.expand_dims(hnp.expand_dims(steps, -1), -1)
    return fori_loop(0, hnp.max(steps), lambda i, m: hnp.where(
        hnp.less(i, squaring), hnp.matmul(m, m), m), e)
