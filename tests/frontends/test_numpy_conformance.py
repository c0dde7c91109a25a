"""Every public function of hlox.numpy, and the array methods, against jax.numpy (and numpy
where JAX has no such name): each has a case, its keyword spellings are NumPy's, JAX's or the
Array API's, and its results on small inputs match JAX's values and dtypes, eagerly and
under hlox.jit."""
from __future__ import annotations

import inspect

import numpy as np
import pytest

import hlox
import hlox.numpy as hnp

jnp = pytest.importorskip("jax.numpy")

F = np.array([-2.5, -1.0, -0.0, 0.0, 0.5, 1.5, 3.0], np.float32)
G = np.array([1.5, -2.0, 0.5, -0.0, 3.0, 1.5, -1.0], np.float32)
POS = np.array([0.25, 0.5, 1.0, 2.0, 7.5], np.float32)
UNIT = np.array([-0.9, -0.5, 0.0, 0.3, 0.99], np.float32)
I = np.array([-7, -3, 0, 2, 5, 11], np.int32)
J = np.array([3, -2, 4, 1, -5, 2], np.int32)
U = np.array([1, 2, 3, 250], np.uint8)
B = np.array([True, False, True, False])
M = (np.arange(12, dtype=np.float32).reshape(3, 4) - 5) / 2
SQ = np.array([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.5, 0.0, 4.0]], np.float32)
V3 = np.array([1.0, 2.0, 3.0], np.float32)
W3 = np.array([-1.0, 0.5, 2.0], np.float32)

UNARY_INPUTS = {
    **{n: F for n in (
        "abs absolute cbrt ceil cos cosh deg2rad degrees exp exp2 expm1 floor negative "
        "positive rad2deg radians rint round around sign signbit sin sinh square tan tanh "
        "trunc isfinite isinf isnan arctan atan arcsinh asinh conj conjugate real imag copy "
        "ravel atleast_1d atleast_2d nan_to_num").split()},
    **{n: POS for n in "log log10 log1p log2 sqrt reciprocal".split()},
    **{n: UNIT for n in "arccos acos arcsin asin arctanh atanh".split()},
    **{n: POS + 1 for n in "arccosh acosh".split()},
    **{n: I for n in "invert bitwise_not bitwise_invert".split()},
    "logical_not": B,
}
BINARY_INPUTS = {
    **{n: (F, G) for n in (
        "add subtract multiply maximum minimum arctan2 atan2 hypot logaddexp copysign "
        "nextafter equal not_equal less less_equal greater greater_equal").split()},
    **{n: (F, np.where(G == 0, 2.0, G).astype(np.float32)) for n in (
        "divide true_divide remainder mod fmod floor_divide").split()},
    **{n: (POS, POS[::-1] - 1) for n in "power pow".split()},
    **{n: (B, B[::-1].copy()) for n in "logical_and logical_or logical_xor".split()},
    **{n: (I, J) for n in "bitwise_and bitwise_or bitwise_xor".split()},
    **{n: (I, np.abs(J)) for n in (
        "left_shift right_shift bitwise_left_shift bitwise_right_shift").split()},
}
REDUCTIONS = ("all any amax amin max min sum prod mean std var argmax argmin count_nonzero "
              "ptp cumsum cumprod").split()


def _cases():
    """name -> list of `f(ns)` computing one result with namespace ns (hlox.numpy or jnp)."""
    cases = {n: [lambda ns, n=n, x=x: getattr(ns, n)(ns.asarray(x))]
             for n, x in UNARY_INPUTS.items()}
    cases.update({n: [lambda ns, n=n, a=a, b=b: getattr(ns, n)(ns.asarray(a), ns.asarray(b)),
                      lambda ns, n=n, a=a: getattr(ns, n)(ns.asarray(a), 2)]
                  for n, (a, b) in BINARY_INPUTS.items()})
    for n in REDUCTIONS:
        axes = [None, 0, 1] if n not in ("cumsum", "cumprod") else [None, 1]
        cases[n] = [lambda ns, n=n, a=a: getattr(ns, n)(ns.asarray(M), axis=a) for a in axes]
        if n not in ("cumsum", "cumprod", "argmax", "argmin", "ptp", "count_nonzero"):
            cases[n].append(lambda ns, n=n: getattr(ns, n)(ns.asarray(M), axis=1, keepdims=True))
    cases["sum"] += [lambda ns: ns.sum(ns.asarray(U)), lambda ns: ns.sum(ns.asarray(B))]
    cases["prod"].append(lambda ns: ns.prod(ns.asarray(U[:2])))
    cases["var"].append(lambda ns: ns.var(ns.asarray(M), axis=0, correction=1))
    cases["std"].append(lambda ns: ns.std(ns.asarray(M), correction=1))
    m, v, w, sq = (lambda ns: ns.asarray(M)), (lambda ns: ns.asarray(V3)), \
        (lambda ns: ns.asarray(W3)), (lambda ns: ns.asarray(SQ))
    more = {
        "reshape": [lambda ns: ns.reshape(m(ns), (4, 3)), lambda ns: ns.reshape(m(ns), (-1,))],
        "transpose": [lambda ns: ns.transpose(m(ns)), lambda ns: ns.transpose(m(ns), (1, 0))],
        "permute_dims": [lambda ns: ns.permute_dims(m(ns), (1, 0))],
        "swapaxes": [lambda ns: ns.swapaxes(m(ns), 0, 1)],
        "moveaxis": [lambda ns: ns.moveaxis(ns.reshape(m(ns), (3, 2, 2)), 0, -1)],
        "expand_dims": [lambda ns: ns.expand_dims(m(ns), 1)],
        "squeeze": [lambda ns: ns.squeeze(ns.reshape(m(ns), (3, 1, 4)), 1)],
        "flip": [lambda ns: ns.flip(m(ns)), lambda ns: ns.flip(m(ns), axis=1)],
        "fliplr": [lambda ns: ns.fliplr(m(ns))], "flipud": [lambda ns: ns.flipud(m(ns))],
        "roll": [lambda ns: ns.roll(m(ns), 1, axis=1), lambda ns: ns.roll(m(ns), -2)],
        "tile": [lambda ns: ns.tile(v(ns), (2, 2)), lambda ns: ns.tile(ns.asarray(3.0), (2,))],
        "repeat": [lambda ns: ns.repeat(m(ns), 2, axis=0)],
        "concatenate": [lambda ns: ns.concatenate([m(ns), m(ns)], axis=1)],
        "concat": [lambda ns: ns.concat([m(ns), m(ns)], axis=0)],
        "stack": [lambda ns: ns.stack([v(ns), w(ns)], axis=1)],
        "hstack": [lambda ns: ns.hstack([v(ns), w(ns)])],
        "vstack": [lambda ns: ns.vstack([v(ns), w(ns)])],
        "split": [lambda ns: ns.split(m(ns), 2, axis=1), lambda ns: ns.split(m(ns), [1], 0)],
        "array_split": [lambda ns: ns.array_split(m(ns), 3)],
        "unstack": [lambda ns: ns.unstack(m(ns), axis=1)],
        "broadcast_to": [lambda ns: ns.broadcast_to(v(ns), (2, 3))],
        "broadcast_arrays": [lambda ns: ns.broadcast_arrays(v(ns), ns.asarray(SQ))],
        "broadcast_shapes": [lambda ns: ns.broadcast_shapes((3, 1), (1, 4))],
        "pad": [lambda ns: ns.pad(m(ns), 1), lambda ns: ns.pad(m(ns), ((0, 1), (2, 0)))],
        "diagonal": [lambda ns: ns.diagonal(sq(ns)), lambda ns: ns.diagonal(m(ns), 1)],
        "diag": [lambda ns: ns.diag(v(ns)), lambda ns: ns.diag(sq(ns), 1)],
        "trace": [lambda ns: ns.trace(sq(ns))],
        "tril": [lambda ns: ns.tril(m(ns)), lambda ns: ns.tril(m(ns), k=1)],
        "triu": [lambda ns: ns.triu(m(ns), -1)],
        "zeros": [lambda ns: ns.zeros((2, 3)), lambda ns: ns.zeros(3, dtype=ns.int32)],
        "ones": [lambda ns: ns.ones((2,), dtype=ns.bool_)],
        "full": [lambda ns: ns.full((2, 2), 7), lambda ns: ns.full(3, 1.5)],
        "empty": [lambda ns: ns.zeros_like(ns.empty((2, 3)))],
        "zeros_like": [lambda ns: ns.zeros_like(m(ns))],
        "ones_like": [lambda ns: ns.ones_like(m(ns), dtype=ns.int32)],
        "full_like": [lambda ns: ns.full_like(m(ns), 4)],
        "empty_like": [lambda ns: ns.zeros_like(ns.empty_like(m(ns)))],
        "arange": [lambda ns: ns.arange(5), lambda ns: ns.arange(1, 2, 0.25),
                   lambda ns: ns.arange(2, 11, 3)],
        "linspace": [lambda ns: ns.linspace(0, 1, 5), lambda ns: ns.linspace(0, 1, 4,
                                                                            endpoint=False)],
        "eye": [lambda ns: ns.eye(3), lambda ns: ns.eye(2, 3, k=1)],
        "identity": [lambda ns: ns.identity(2)], "tri": [lambda ns: ns.tri(3, 4, 1)],
        "meshgrid": [lambda ns: ns.meshgrid(v(ns), ns.arange(2)),
                     lambda ns: ns.meshgrid(v(ns), w(ns), indexing="ij")],
        "asarray": [lambda ns: ns.asarray([1, 2]), lambda ns: ns.asarray(M, copy=True),
                    lambda ns: ns.asarray(2.5)],
        "array": [lambda ns: ns.array([[1.0, 2.0]])],
        "astype": [lambda ns: ns.astype(m(ns), ns.int32), lambda ns: ns.astype(ns.asarray(I),
                                                                               ns.float32)],
        "matmul": [lambda ns: ns.matmul(m(ns).T, m(ns)), lambda ns: ns.matmul(sq(ns), v(ns))],
        "dot": [lambda ns: ns.dot(sq(ns), v(ns)), lambda ns: ns.dot(v(ns), w(ns))],
        "vdot": [lambda ns: ns.vdot(v(ns), w(ns))], "inner": [lambda ns: ns.inner(v(ns), w(ns))],
        "outer": [lambda ns: ns.outer(v(ns), w(ns))],
        "tensordot": [lambda ns: ns.tensordot(sq(ns), sq(ns)),
                      lambda ns: ns.tensordot(sq(ns), v(ns), axes=1)],
        "einsum": [lambda ns: ns.einsum("ij,jk->ik", sq(ns), sq(ns))],
        "vecdot": [lambda ns: ns.vecdot(sq(ns), v(ns))],
        "matrix_transpose": [lambda ns: ns.matrix_transpose(m(ns))],
        "take": [lambda ns: ns.take(m(ns), ns.asarray([2, 0]), axis=1)],
        "take_along_axis": [lambda ns: ns.take_along_axis(
            m(ns), ns.argsort(m(ns), axis=1), axis=1)],
        "where": [lambda ns: ns.where(ns.asarray(F) > 0, ns.asarray(F), ns.asarray(G))],
        "select": [lambda ns: ns.select([ns.asarray(F) > 1, ns.asarray(F) < 0],
                                        [ns.asarray(F), ns.asarray(G)])],
        "clip": [lambda ns: ns.clip(ns.asarray(F), -1, 1), lambda ns: ns.clip(
            ns.asarray(I), min=0), lambda ns: ns.clip(ns.asarray(F), max=0.5)],
        "searchsorted": [lambda ns: ns.searchsorted(ns.asarray(POS), ns.asarray(F)),
                         lambda ns: ns.searchsorted(ns.asarray(POS), ns.asarray(POS),
                                                    side="right")],
        "sort": [lambda ns: ns.sort(ns.asarray(G)), lambda ns: ns.sort(m(ns), axis=0),
                 lambda ns: ns.sort(ns.asarray(J), descending=True)],
        "argsort": [lambda ns: ns.argsort(ns.asarray(G)),
                    lambda ns: ns.argsort(ns.asarray(J), descending=True)],
        "isclose": [lambda ns: ns.isclose(ns.asarray(F), ns.asarray(F) + 1e-7)],
        "allclose": [lambda ns: ns.allclose(ns.asarray(F), ns.asarray(G))],
        "diff": [lambda ns: ns.diff(ns.asarray(I)), lambda ns: ns.diff(m(ns), axis=0, n=2)],
        "cumulative_sum": [lambda ns: ns.cumulative_sum(ns.asarray(I)),
                           lambda ns: ns.cumulative_sum(m(ns), axis=1, include_initial=True)],
        "cumulative_prod": [lambda ns: ns.cumulative_prod(ns.asarray(J))],
        "average": [lambda ns: ns.average(m(ns), axis=0),
                    lambda ns: ns.average(v(ns), weights=ns.asarray(POS[:3]))],
        "shape": [lambda ns: ns.shape(m(ns))], "ndim": [lambda ns: ns.ndim(m(ns))],
        "size": [lambda ns: ns.size(m(ns))],
        "result_type": [lambda ns: ns.result_type(ns.int8, ns.uint8),
                        lambda ns: ns.result_type(ns.asarray(I), 2.0)],
        "can_cast": [lambda ns: ns.can_cast(ns.int8, ns.int32),
                     lambda ns: ns.can_cast(ns.float32, ns.int32)],
        "isdtype": [lambda ns: ns.isdtype(ns.float32, "real floating"),
                    lambda ns: ns.isdtype(ns.uint8, ("signed integer", "bool"))],
        "issubdtype": [lambda ns: ns.issubdtype(ns.int8, ns.integer)],
        "from_dlpack": [lambda ns: ns.from_dlpack(M)],
        "finfo": [lambda ns: float(ns.finfo(ns.float32).eps),
                  lambda ns: ns.finfo(ns.complex64).bits,
                  lambda ns: float(ns.finfo(ns.asarray(M).dtype).smallest_normal)],
    }
    cases.update(more)
    return cases


CASES = _cases()
# Results whose shape depends on the values: eager only (under jit they need `size=`).
EAGER_ONLY = {
    "nonzero": [lambda ns: ns.nonzero(ns.asarray(I))],
    "argwhere": [lambda ns: ns.argwhere(ns.asarray(M) > 0)],
    "unique": [lambda ns: ns.unique(ns.asarray(np.array([3, 1, 3, 2], np.int32)))],
    "unique_values": [lambda ns: ns.unique_values(ns.asarray(np.array([3, 1, 3], np.int32)))],
    "unique_counts": [lambda ns: tuple(ns.unique_counts(ns.asarray(J[[0, 1, 0]])))],
    "unique_inverse": [lambda ns: tuple(ns.unique_inverse(ns.asarray(J[[0, 1, 0]])))],
    "unique_all": [lambda ns: tuple(ns.unique_all(ns.asarray(J[[2, 1, 2, 1]])))],
    "repeat": [lambda ns: ns.repeat(ns.asarray(V3), ns.asarray([1, 0, 2]))],
}
# Public names that are not NumPy functions: the operators behind x[i] and x.at[i] (the
# indexing tests cover them) and `flatten`, the method's function.
NOT_FUNCTIONS = {"getitem", "index_update", "flatten"}
# Keyword spellings of the Array API (2024.12) that neither JAX nor NumPy has (yet).
ARRAY_API_KEYWORDS = {"correction", "descending", "stable", "device", "copy",
                      "include_initial", "constant_values"}


def _public_functions():
    return sorted(n for n in hnp.__all__ if inspect.isfunction(getattr(hnp, n)))


def test_every_public_function_has_a_case():
    missing = [n for n in _public_functions()
               if n not in CASES and n not in EAGER_ONLY and n not in NOT_FUNCTIONS]
    assert not missing, f"hlox.numpy functions without a conformance case: {missing}"


def _keywords(fn):
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return None
    return {p.name for p in params if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}


@pytest.mark.parametrize("name", [n for n in _public_functions() if n not in NOT_FUNCTIONS])
def test_keywords_are_reference_spellings(name):
    """What can be passed by name is spelled as JAX or NumPy spell it (or the Array API);
    the array operands are positional-only where the references' names differ."""
    ours = _keywords(getattr(hnp, name))
    theirs = set()
    for ref in (jnp, np):
        found = _keywords(getattr(ref, name)) if hasattr(ref, name) else None
        theirs |= found or set()
    # a reference without an inspectable signature (a ufunc) names no keywords: then only
    # the Array API's are allowed
    odd = ours - theirs - ARRAY_API_KEYWORDS
    assert not odd, f"hlox.numpy.{name} takes keywords {sorted(odd)} no reference has"


def _flat(value):
    if isinstance(value, (tuple, list)):
        return [leaf for v in value for leaf in _flat(v)]
    return [value]


def _assert_same(name, got, want):
    got, want = _flat(got), _flat(want)
    assert len(got) == len(want), name
    for g, w in zip(got, want):
        if not hasattr(w, "dtype") or isinstance(w, type) or isinstance(w, np.dtype):
            assert g == w, f"{name}: {g!r} != {w!r}"
            continue
        g, w = np.asarray(g), np.asarray(w)
        assert g.shape == w.shape, f"{name}: shape {g.shape} != {w.shape}"
        assert g.dtype == w.dtype, f"{name}: dtype {g.dtype} != {w.dtype}"
        if w.dtype.kind in "biu":
            np.testing.assert_array_equal(g, w, err_msg=name)
        else:
            np.testing.assert_allclose(g, w, rtol=2e-6, atol=2e-6, equal_nan=True, err_msg=name)


def _all_cases():
    return [(n, k, c) for source in (CASES, EAGER_ONLY) for n, cs in sorted(source.items())
            for k, c in enumerate(cs)]


# One case at a time (each jax.numpy op compiles for XLA on first use): the slow tier. The
# default tier checks the same results through test_jitted_results_match_jax.
@pytest.mark.slow
@pytest.mark.parametrize("name,k,case", [pytest.param(n, k, c, id=f"{n}-{k}")
                                         for n, k, c in _all_cases()])
def test_eager_results_match_jax(name, k, case):
    _assert_same(f"{name} case {k}", case(hnp), case(jnp))


def test_jitted_results_match_jax():
    """All array-valued cases traced into one hlox.jit function: one compile; and the
    data-dependent ones eagerly."""
    for n, cs in sorted(EAGER_ONLY.items()):
        for k, c in enumerate(cs):
            _assert_same(f"{n} case {k}", c(hnp), c(jnp))
    traced = [(n, k, c) for n, cs in sorted(CASES.items()) for k, c in enumerate(cs)
              if n not in ("broadcast_shapes", "shape", "ndim", "size", "result_type",
                           "can_cast", "isdtype", "issubdtype", "from_dlpack", "asarray", "finfo",
                           "array", "arange", "linspace", "eye", "identity", "tri")]
    outs = hlox.jit(lambda: [c(hnp) for _, _, c in traced])()
    for (n, k, c), got in zip(traced, outs):
        _assert_same(f"{n} case {k} (jit)", got, c(jnp))


SPD = SQ @ SQ.T + np.eye(3, dtype=np.float32)
LINALG_CASES = {
    "det": [lambda ns: ns.linalg.det(ns.asarray(SQ))],
    "slogdet": [lambda ns: tuple(ns.linalg.slogdet(ns.asarray(-SQ)))],
    "inv": [lambda ns: ns.linalg.inv(ns.asarray(SQ))],
    "solve": [lambda ns: ns.linalg.solve(ns.asarray(SQ), ns.asarray(V3)),
              lambda ns: ns.linalg.solve(ns.asarray(SQ), ns.asarray(SQ))],
    "cholesky": [lambda ns: ns.linalg.cholesky(ns.asarray(SPD)),
                 lambda ns: ns.linalg.cholesky(ns.asarray(SPD), upper=True)],
    "qr": [lambda ns: ns.abs(ns.linalg.qr(ns.asarray(M.T))[1])],
    "cross": [lambda ns: ns.linalg.cross(ns.asarray(V3), ns.asarray(W3))],
    "matrix_power": [lambda ns: ns.linalg.matrix_power(ns.asarray(SQ), 3),
                     lambda ns: ns.linalg.matrix_power(ns.asarray(SQ), 0)],
    "matrix_norm": [lambda ns: ns.linalg.matrix_norm(ns.asarray(M)),
                    lambda ns: ns.linalg.matrix_norm(ns.asarray(M), ord=ns.inf)],
    "vector_norm": [lambda ns: ns.linalg.vector_norm(ns.asarray(F)),
                    lambda ns: ns.linalg.vector_norm(ns.asarray(M), axis=1, ord=1)],
    "norm": [lambda ns: ns.linalg.norm(ns.asarray(M))],
    "matmul": [lambda ns: ns.linalg.matmul(ns.asarray(SQ), ns.asarray(SQ))],
    "matrix_transpose": [lambda ns: ns.linalg.matrix_transpose(ns.asarray(M))],
    "outer": [lambda ns: ns.linalg.outer(ns.asarray(V3), ns.asarray(W3))],
    "tensordot": [lambda ns: ns.linalg.tensordot(ns.asarray(SQ), ns.asarray(SQ), axes=1)],
    "vecdot": [lambda ns: ns.linalg.vecdot(ns.asarray(SQ), ns.asarray(V3))],
    "diagonal": [lambda ns: ns.linalg.diagonal(ns.asarray(M), offset=1)],
    "trace": [lambda ns: ns.linalg.trace(ns.asarray(SQ))],
    # (eigen- and singular vectors are unique up to sign: compared through |v| and products)
    "eigh": [lambda ns: ns.linalg.eigh(ns.asarray(SPD)).eigenvalues,
             lambda ns: ns.abs(ns.linalg.eigh(ns.asarray(SPD + SPD.T)).eigenvectors)],
    "eigvalsh": [lambda ns: ns.linalg.eigvalsh(ns.asarray(SQ + SQ.T))],
    "svd": [lambda ns: ns.linalg.svd(ns.asarray(M), full_matrices=False).S,
            lambda ns: ns.abs(ns.linalg.svd(ns.asarray(M.T))[2]),
            lambda ns: ns.abs(ns.linalg.svd(ns.asarray(SQ))[0])],
    "svdvals": [lambda ns: ns.linalg.svdvals(ns.asarray(M)),
                lambda ns: ns.linalg.svdvals(ns.asarray(M + 1j * M[::-1]))],
    "pinv": [lambda ns: ns.linalg.pinv(ns.asarray(M)), lambda ns: ns.linalg.pinv(ns.asarray(M.T)),
             lambda ns: ns.linalg.pinv(ns.asarray(SQ + 1j * SQ.T))],
    "matrix_rank": [lambda ns: ns.linalg.matrix_rank(ns.asarray(SQ)),
                    lambda ns: ns.linalg.matrix_rank(ns.asarray(np.outer(V3, W3)))],
}


def test_every_linalg_function_has_a_case():
    names = {n for n in vars(hnp.linalg) if not n.startswith("_")}
    assert names == set(LINALG_CASES)


@pytest.mark.slow
@pytest.mark.parametrize("name,k", [(n, k) for n, cs in sorted(LINALG_CASES.items())
                                    for k in range(len(cs))])
def test_linalg_matches_jax(name, k):
    case = LINALG_CASES[name][k]
    _assert_close(f"linalg.{name} case {k}", case(hnp), case(jnp))


@pytest.mark.slow  # one large unrolled program: a long C compile
def test_linalg_jitted_matches_jax():
    cases = [(n, k, c) for n, cs in sorted(LINALG_CASES.items()) for k, c in enumerate(cs)]
    outs = hlox.jit(lambda: [c(hnp) for _, _, c in cases])()
    for (n, k, c), got in zip(cases, outs):
        _assert_close(f"linalg.{n} case {k} (jit)", got, c(jnp))


def _assert_close(what, got, want):
    got, want = _flat(got), _flat(want)
    assert len(got) == len(want), what
    for g, w in zip(got, want):
        np.testing.assert_allclose(np.asarray(g), np.asarray(w), rtol=1e-4, atol=1e-4,
                                   err_msg=what)


METHOD_CASES = {
    "reshape varargs": lambda x: x.reshape(2, 6), "reshape tuple": lambda x: x.reshape((6, 2)),
    "transpose varargs": lambda x: x.reshape(2, 3, 2).transpose(0, 2, 1),
    "transpose tuple": lambda x: x.reshape(2, 3, 2).transpose((2, 0, 1)),
    "transpose none": lambda x: x.transpose(), "T": lambda x: x.T, "mT": lambda x: x.mT,
    "astype": lambda x: x.astype("int32"), "sum": lambda x: x.sum(axis=0),
    "mean": lambda x: x.mean(), "max": lambda x: x.max(axis=1), "min": lambda x: x.min(),
    "prod": lambda x: x.prod(axis=1), "argmax": lambda x: x.argmax(), "argmin": lambda x:
    x.argmin(axis=0), "var": lambda x: x.var(), "std": lambda x: x.std(axis=1),
    "squeeze": lambda x: x.reshape(1, 12).squeeze(), "swapaxes": lambda x: x.swapaxes(0, 1),
    "ravel": lambda x: x.ravel(), "flatten": lambda x: x.flatten(), "any": lambda x: x.any(),
    "all": lambda x: x.all(axis=0), "cumsum": lambda x: x.cumsum(axis=1),
    "cumprod": lambda x: x.cumprod(axis=0), "clip": lambda x: x.clip(-1, 1),
    "round": lambda x: x.round(), "dot": lambda x: x.dot(x.T), "conj": lambda x: x.conj(),
    "conjugate": lambda x: x.conjugate(), "repeat": lambda x: x.repeat(2, axis=1),
    "take": lambda x: x.take(3), "sort": lambda x: x.sort(axis=0), "argsort": lambda x:
    x.argsort(), "diagonal": lambda x: x.diagonal(), "trace": lambda x: x.trace(),
    "ptp": lambda x: x.ptp(axis=1), "real": lambda x: x.real, "imag": lambda x: x.imag,
    "searchsorted": lambda x: x.ravel().searchsorted(0.0), "item": lambda x: x[0, 0].item(),
    "tolist": lambda x: x.tolist(), "getitem": lambda x: x[1:, ::2],
    "at set": lambda x: x.at[0, 1].set(9.0), "at add": lambda x: x.at[:, 0].add(1.0),
    "operators": lambda x: (x + 1, 2 - x, x * x, x / 2, x // 1.5, x % 2, -x, abs(x), x ** 2,
                            x @ x.T, x > 0, x == x),
}


@pytest.mark.parametrize("name", sorted(METHOD_CASES))
def test_methods_match_jax(name):
    case = METHOD_CASES[name]
    _assert_same(name, case(hnp.asarray(M)), case(jnp.asarray(M)))


def test_array_api_accumulation_dtypes():
    """sum, prod and the cumulative ones widen small integers (the Array API), as JAX's
    sum does; JAX's cumulative_prod keeps uint8, the standard does not."""
    u8 = hnp.asarray(U)
    assert hnp.sum(u8).dtype == np.uint32 and hnp.prod(u8).dtype == np.uint32
    assert hnp.cumulative_prod(u8[:3]).dtype == np.uint32
    assert hnp.cumulative_sum(hnp.asarray(I.astype(np.int8))).dtype == np.int32
    assert hnp.sum(hnp.asarray(B)).dtype == np.int32


def test_array_api_protocol():
    x = hnp.asarray(M)
    assert x.__array_namespace__() is hnp and hnp.__array_api_version__ == "2024.12"
    assert x.device == hnp.__array_namespace_info__().default_device()
    assert x.to_device(x.device) is x and x.__dlpack_device__() == (1, 0)
    np.testing.assert_array_equal(np.from_dlpack(x), M)
    info = hnp.__array_namespace_info__()
    assert info.default_dtypes()["integral"] == np.int32
    assert set(info.dtypes(kind="real floating")) == {"float32", "float64"}
    with pytest.raises(ValueError, match="copy=False"):
        hnp.asarray([1, 2], copy=False)
    assert hnp.asarray(x, copy=True)._value is not x._value
    big = hnp.asarray(np.arange(3, dtype=np.int64))
    assert (big >= 3037000498).dtype == np.bool_ and (big + 2**40).dtype == np.int64
