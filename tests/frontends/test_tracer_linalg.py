"""hlox's LAPACK-style factorizations (hlox.frontends.tracer.linalg) against numpy, JAX
and torch's geqrf (LAPACK on the CPU): the same pivots, the same Householder reflectors,
real and complex, batched; compiled with hlox.jit, and the triangular_solve primitive also
eagerly and under vmap."""
import numpy as np
import pytest

import hlox
import hlox.numpy as hnp
from hlox.frontends.tracer import linalg as la

r = np.random.default_rng(0)


def matrices(*shape, dtype):
    x = r.standard_normal(shape)
    if np.dtype(dtype).kind == "c":
        x = x + 1j * r.standard_normal(shape)
    return x.astype(dtype)


def close(actual, expected, tol=2e-5):
    np.testing.assert_allclose(np.asarray(actual), np.asarray(expected), rtol=tol, atol=tol)


DTYPES = [np.float32, np.complex64]


@pytest.mark.parametrize("dtype", DTYPES)
def test_lu_matches_lapack_pivots_and_factors(dtype):
    jax = pytest.importorskip("jax")
    a = matrices(2, 5, 4, dtype=dtype)
    singular = np.array([[1, 2, 3], [2, 4, 6], [1, 0, 1]], dtype)
    (lu, pivots), (lu_s, _), info = hlox.jit(lambda x, s: (
        la.lu_factor(x), la.lu_factor(s), la.lu_info(la.lu_factor(s)[0])))(a, singular)
    lu_j, pivots_j, _ = jax.lax.linalg.lu(a)
    close(lu, lu_j)
    np.testing.assert_array_equal(np.asarray(pivots), np.asarray(pivots_j) + 1)
    assert int(info) == 3 and np.asarray(lu_s)[2, 2] == 0  # the last pivot is zero
    p, lower, upper = hlox.jit(lambda x: la.lu_unpack(*la.lu_factor(x)))(a)
    close(np.asarray(p) @ np.asarray(lower) @ np.asarray(upper), a)


@pytest.mark.parametrize("dtype", DTYPES)
def test_lu_solve_det_inverse(dtype):
    a, b = matrices(2, 4, 4, dtype=dtype), matrices(2, 4, 3, dtype=dtype)
    x, x_adjoint, det, (sign, logdet), inverse = hlox.jit(lambda m, rhs: (
        la.lu_solve(*la.lu_factor(m), rhs), la.lu_solve(*la.lu_factor(m), rhs, adjoint_=True),
        la.lu_det(*la.lu_factor(m)), la.lu_slogdet(*la.lu_factor(m)),
        la.lu_inverse(*la.lu_factor(m))))(a, b)
    close(x, np.linalg.solve(a, b), 1e-4)
    close(x_adjoint, np.linalg.solve(np.conj(np.swapaxes(a, -1, -2)), b), 1e-4)
    close(det, np.linalg.det(a), 1e-4)
    sign_np, logdet_np = np.linalg.slogdet(a)
    close(sign, sign_np, 1e-4)
    close(logdet, logdet_np, 1e-4)
    close(inverse, np.linalg.inv(a), 1e-4)


@pytest.mark.parametrize("dtype", DTYPES)
def test_householder_qr_matches_lapack(dtype):
    torch = pytest.importorskip("torch")
    jax = pytest.importorskip("jax")
    tall, wide = matrices(2, 5, 3, dtype=dtype), matrices(3, 5, dtype=dtype)
    reduced = np.array([[2, 1], [0, 1], [0, 3]], dtype)  # column 0 needs no reflection
    packed, tau = hlox.jit(la.householder_qr)(tall)
    packed_j, tau_j = (t.numpy() for t in torch.geqrf(torch.from_numpy(tall)))
    close(packed, packed_j)
    close(tau, tau_j)
    close(hlox.jit(la.householder_product)(packed_j, tau_j),
          jax.lax.linalg.householder_product(packed_j, tau_j))
    for x in (tall, wide, reduced):
        for mode in ("reduced", "complete"):
            q, r_ = hlox.jit(lambda m: la.qr(m, mode=mode))(x)
            q_np, r_np = np.linalg.qr(x, mode=mode)
            close(q, q_np)
            close(r_, r_np)
    c = matrices(2, 5, 2, dtype=dtype)
    q_full = np.linalg.qr(tall, mode="complete")[0]
    close(hlox.jit(lambda a, t, m: la.apply_q(a, t, m, adjoint_=True))(packed_j, tau_j, c),
          np.conj(np.swapaxes(q_full, -1, -2)) @ c)


@pytest.mark.parametrize("dtype", DTYPES)
def test_cholesky_and_solves(dtype):
    a = matrices(2, 4, 4, dtype=dtype)
    spd = a @ np.conj(np.swapaxes(a, -1, -2)) + 4 * np.eye(4, dtype=dtype)
    b = matrices(2, 4, 3, dtype=dtype)
    lower, upper, x, inverse = hlox.jit(lambda m, rhs: (
        la.cholesky(m), la.cholesky(m, upper=True),
        la.cholesky_solve(la.cholesky(m, upper=True), rhs, upper=True),
        la.cholesky_inverse(la.cholesky(m))))(spd, b)
    close(lower, np.linalg.cholesky(spd))
    close(upper, np.conj(np.swapaxes(np.linalg.cholesky(spd), -1, -2)))
    close(x, np.linalg.solve(spd, b), 1e-4)
    close(inverse, np.linalg.inv(spd), 1e-4)


@pytest.mark.parametrize("dtype", DTYPES)
def test_triangular_solve_compiled_eager_and_vmapped(dtype):
    jax = pytest.importorskip("jax")
    a, b = matrices(2, 4, 4, dtype=dtype), matrices(2, 3, 4, dtype=dtype)
    a = a + 4 * np.eye(4, dtype=dtype)
    options = dict(left_side=False, lower=False, unit_diagonal=True, transpose_a="ADJOINT")
    expected = jax.lax.linalg.triangular_solve(a, b, left_side=False, lower=False,
                                               transpose_a=True, conjugate_a=True,
                                               unit_diagonal=True)
    close(hlox.jit(lambda m, rhs: la.triangular_solve(m, rhs, **options))(a, b), expected)
    close(la.triangular_solve(a, b, **options), expected)
    close(hlox.vmap(lambda m, rhs: la.triangular_solve(m, rhs, **options))(a, b), expected)
    shared = np.broadcast_to(a[0], a.shape)  # an unbatched matrix under vmap
    close(hlox.vmap(lambda rhs: la.triangular_solve(a[0], rhs, **options))(b),
          la.triangular_solve(shared, b, **options))
    with pytest.raises(TypeError, match="does not fit"):
        hlox.jit(lambda m, rhs: la.triangular_solve(m, rhs))(a, b)


@pytest.mark.parametrize("dtype", DTYPES)
def test_pinv_eigvalsh_matrix_exp(dtype):
    jax = pytest.importorskip("jax")
    a = matrices(2, 4, 3, dtype=dtype)
    square = matrices(2, 4, 4, dtype=dtype)
    hermitian = square + np.conj(np.swapaxes(square, -1, -2))
    pinv, pinv_h, values, exp = hlox.jit(lambda x, h, s: (
        la.pinv(x), la.pinv(hnp.tril(h), hermitian=True), hnp.linalg.eigvalsh(h),
        la.matrix_exp(s)))(a, hermitian, 3 * square)
    close(pinv, np.linalg.pinv(a), 1e-4)
    close(pinv_h, np.linalg.pinv(hermitian), 1e-4)
    close(values, np.linalg.eigvalsh(hermitian), 1e-4)
    close(exp, jax.scipy.linalg.expm(3 * square), 1e-3)


def test_factorizations_are_loops_whose_size_does_not_grow_with_n():
    def equations(fn, n):
        return len(hlox.make_jaxpr(fn)(np.eye(n, dtype=np.float32)).jaxpr.eqns)
    for fn in (la.lu_factor, la.householder_qr, la.cholesky,
               lambda x: la.lu_solve(*la.lu_factor(x), x)):
        assert equations(fn, 4) == equations(fn, 48)
