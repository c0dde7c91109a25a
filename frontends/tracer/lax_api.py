"""`hlox.lax`: the primitives' direct API, and structured control flow."""
from __future__ import annotations

from .core import public_names

from typing import Callable

import numpy as np

from . import control_flow as cf
from . import indexing as ix
from . import primitives as P
from .convolution import conv_dimension_numbers, conv_general_dilated  # noqa: F401
from .core import BOOL, DEFAULT_INT, Tracer, bind, bind1, get_aval, is_float
from .indexing import (  # noqa: F401
    GatherDimensionNumbers, ScatterDimensionNumbers, concatenate, dynamic_slice,
    dynamic_update_slice, gather, pad, rev,
)
from .primitives import aval_of, broadcast_in_dim, iota, reshape, transpose  # noqa: F401
from .pytree import tree_flatten, tree_unflatten, treedef_flatten_up_to
from . import numpy_api as hnp

# elementwise: the numpy versions already promote python scalars
add, sub, mul = hnp.add, hnp.subtract, hnp.multiply
neg, abs, sign = hnp.negative, hnp.abs, hnp.sign
exp, expm1, log, log1p, tanh = hnp.exp, hnp.expm1, hnp.log, hnp.log1p, hnp.tanh
sin, cos, tan, sqrt, cbrt = hnp.sin, hnp.cos, hnp.tan, hnp.sqrt, hnp.cbrt
floor, ceil, round = hnp.floor, hnp.ceil, hnp.round
max, min, pow, atan2 = hnp.maximum, hnp.minimum, hnp.power, hnp.arctan2
eq, ne, lt, le, gt, ge = (hnp.equal, hnp.not_equal, hnp.less, hnp.less_equal, hnp.greater,
                          hnp.greater_equal)
bitwise_and, bitwise_or, bitwise_xor = hnp.bitwise_and, hnp.bitwise_or, hnp.bitwise_xor
bitwise_not = hnp.invert
is_finite = hnp.isfinite
square = hnp.square
real, imag, conj = hnp.real, hnp.imag, hnp.conj


def complex(x, y):
    """x + i y of two float arrays of one dtype (f32 -> c64, f64 -> c128)."""
    return bind1(P.complex_p, x, y)


def div(x, y):
    x, y = hnp._promote("div", x, y)
    return bind1(P.div_p, x, y)


def rem(x, y):
    x, y = hnp._promote("rem", x, y)
    return bind1(P.rem_p, x, y)


def rsqrt(x):
    return bind1(P.rsqrt_p, hnp._float(x))


def logistic(x):
    return bind1(P.logistic_p, hnp._float(x))


def erf(x):
    return bind1(P.erf_p, hnp._float(x))


def erf_inv(x):
    """Giles' single-precision approximation (what XLA emits for f32)."""
    x = hnp._float(x)
    w = hnp.negative(hnp.log(hnp.multiply(hnp.subtract(1.0, x), hnp.add(1.0, x))))
    small = hnp.less(w, 5.0)
    ws = hnp.subtract(w, 2.5)
    p_small = 2.81022636e-08
    for c in (3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087,
              -0.00125372503, -0.00417768164, 0.246640727, 1.50140941):
        p_small = hnp.add(c, hnp.multiply(p_small, ws))
    wb = hnp.subtract(hnp.sqrt(hnp.maximum(w, 5.0)), 3.0)
    p_big = -0.000200214257
    for c in (0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613,
              0.00943887047, 1.00167406, 2.83297682):
        p_big = hnp.add(c, hnp.multiply(p_big, wb))
    p = hnp.where(small, p_small, p_big)
    result = hnp.multiply(p, x)
    return hnp.where(hnp.equal(hnp.abs(x), 1.0), hnp.multiply(x, np.inf), result)


def shift_left(x, y):
    return hnp.left_shift(x, y)


def shift_right_logical(x, y):
    x, y = hnp._promote("shift_right_logical", x, y)
    return bind1(P.shift_right_logical_p, x, y)


def shift_right_arithmetic(x, y):
    x, y = hnp._promote("shift_right_arithmetic", x, y)
    return bind1(P.shift_right_arithmetic_p, x, y)


def integer_pow(x, y: int):
    return hnp._integer_pow(hnp._as_operand(x), int(y))


def convert_element_type(x, new_dtype):
    return P.convert_element_type(hnp._as_operand(x), np.dtype(new_dtype))


def bitcast_convert_type(x, new_dtype):
    return bind1(P.bitcast_convert_type_p, hnp._as_operand(x), new_dtype=np.dtype(new_dtype))


def select(pred, on_true, on_false):
    return P.select_n(pred, on_false, on_true)


def select_n(which, *cases):
    return P.select_n(which, *cases)


def clamp(lo, x, hi):
    return hnp.minimum(hnp.maximum(x, lo), hi)


def dot_general(lhs, rhs, dimension_numbers, precision=None, preferred_element_type=None):
    return P.dot_general(lhs, rhs, dimension_numbers, preferred_element_type)


def dot(lhs, rhs, precision=None, preferred_element_type=None):
    return hnp.dot(lhs, rhs)


def broadcast(x, sizes):
    x = hnp._as_operand(x)
    n = len(sizes)
    return broadcast_in_dim(x, tuple(sizes) + aval_of(x).shape,
                            tuple(range(n, n + aval_of(x).ndim)))


def slice(x, start_indices, limit_indices, strides=None):
    return ix.slice_(x, start_indices, limit_indices, strides)


def slice_in_dim(x, start, limit, stride=1, axis=0):
    shape = aval_of(x).shape
    starts, limits, strides = [0] * len(shape), list(shape), [1] * len(shape)
    starts[axis], limits[axis], strides[axis] = start, limit, stride
    return ix.slice_(x, starts, limits, strides)


def dynamic_slice_in_dim(x, start, size, axis=0):
    shape = aval_of(x).shape
    starts = [np.int32(0)] * len(shape)
    starts[axis] = start
    sizes = list(shape)
    sizes[axis] = size
    return ix.dynamic_slice(x, starts, sizes)


def dynamic_index_in_dim(x, index, axis=0, keepdims=True):
    out = dynamic_slice_in_dim(x, index, 1, axis)
    return out if keepdims else hnp.squeeze(out, axis)


def squeeze(x, dimensions):
    return hnp.squeeze(x, dimensions)


def expand_dims(x, dimensions):
    return hnp.expand_dims(x, dimensions)


def scatter_add(operand, indices, updates, dimension_numbers):
    return ix.scatter(operand, indices, updates, dimension_numbers, "add")


def scatter(operand, indices, updates, dimension_numbers):
    return ix.scatter(operand, indices, updates, dimension_numbers, "set")


def sort(operand, dimension=-1, is_stable=True, num_keys=1):
    from .sorting import sort as sort_
    if num_keys != 1:
        raise NotImplementedError("sort with num_keys > 1")
    if isinstance(operand, (tuple, list)):
        return tuple(sort_(*operand, dimension=dimension, is_stable=is_stable))
    return sort_(operand, dimension=dimension, is_stable=is_stable)[0]


def reduce_sum(x, axes):
    return P.reduce_sum(x, axes)


def reduce_max(x, axes):
    return bind1(P.reduce_max_p, x, axes=tuple(axes))


def reduce_min(x, axes):
    return bind1(P.reduce_min_p, x, axes=tuple(axes))


def reduce(operands, init_values, computation: Callable, dimensions):
    """lax.reduce for the monoids add / mul / max / min (recognized from the function and
    the initial value, as JAX does)."""
    single = not isinstance(operands, (tuple, list))
    ops = [operands] if single else list(operands)
    inits = [init_values] if single else list(init_values)
    if len(ops) != 1:
        raise NotImplementedError("lax.reduce over several operands")
    x, init = hnp._as_operand(ops[0]), inits[0]
    dims = tuple(int(d) for d in dimensions)
    kind = _MONOID_FUNCS.get(computation) or _identify_reducer(computation, aval_of(x).dtype)
    prim = {"add": P.reduce_sum_p, "mul": P.reduce_prod_p, "max": P.reduce_max_p,
            "min": P.reduce_min_p}[kind]
    out = bind1(prim, x, axes=dims)
    identity = {"add": 0, "mul": 1}.get(kind)
    if identity is None or not _is_identity(init, identity):
        combine = {"add": hnp.add, "mul": hnp.multiply, "max": hnp.maximum,
                   "min": hnp.minimum}[kind]
        if not (kind in ("max", "min") and _is_identity(init, -np.inf if kind == "max"
                                                         else np.inf)):
            out = combine(out, init)
    return out if single else (out,)


def reduce_window(operand, init_value, computation: Callable, window_dimensions,
                  window_strides=None, padding="VALID"):
    """lax.reduce_window for add / mul / max / min, written as strided slices of the
    (padded) operand combined elementwise: differentiable and batchable like its parts
    (lowered to slices, not to an HLO reduce-window)."""
    import itertools
    x = hnp._as_operand(operand)
    shape = aval_of(x).shape
    dims = tuple(int(d) for d in window_dimensions)
    strides = tuple(int(s) for s in (window_strides or (1,) * len(dims)))
    kind = _MONOID_FUNCS.get(computation) or _identify_reducer(computation, aval_of(x).dtype)
    combine = {"add": hnp.add, "mul": hnp.multiply, "max": hnp.maximum,
               "min": hnp.minimum}[kind]
    if isinstance(padding, str):
        from .convolution import padding_for
        spec = tuple(range(len(shape)))
        padding = padding_for(padding, (1, 1) + shape, (1, 1) + dims, strides, None, None,
                              ((0, 1) + tuple(d + 2 for d in spec),) * 3)
    fill = np.asarray(init_value, aval_of(x).dtype) if not isinstance(init_value, Tracer) \
        else None
    if any(lo or hi for lo, hi in padding):
        if fill is None:
            raise NotImplementedError("reduce_window padding with a traced init value")
        x = ix.pad(x, fill, [(lo, hi, 0) for lo, hi in padding])
    padded = aval_of(x).shape
    out = [(p - d) // s + 1 for p, d, s in zip(padded, dims, strides)]
    result = None
    for offset in itertools.product(*[range(d) for d in dims]):
        part = ix.slice_(x, offset, [o + (n - 1) * s + 1 for o, n, s in zip(offset, out, strides)],
                         strides)
        result = part if result is None else combine(result, part)
    identity = {"add": 0, "mul": 1, "max": -np.inf, "min": np.inf}[kind]
    if fill is None or not _is_identity(init_value, identity):
        result = combine(result, init_value)
    return result


def _identify_reducer(computation, dtype) -> str:
    """Which monoid a reducer is, from its value on two probe values (as JAX recognizes
    lax.add & co.)."""
    a, b = np.asarray(3, dtype), np.asarray(5, dtype)
    try:
        value = float(np.asarray(computation(hnp.asarray(a), hnp.asarray(b))))
    except Exception:
        raise NotImplementedError("reduce with a traced or unknown reducer") from None
    kind = {8.0: "add", 15.0: "mul", 5.0: "max", 3.0: "min"}.get(value)
    if kind is None:
        raise NotImplementedError("reductions support add, mul, max and min reducers")
    return kind


def _is_identity(value, identity) -> bool:
    if isinstance(value, Tracer):
        return False
    try:
        return bool(np.all(np.asarray(value) == identity))
    except Exception:
        return False


_MONOID_FUNCS = {}
for _fn, _kind in ((hnp.add, "add"), (hnp.multiply, "mul"), (hnp.maximum, "max"),
                   (hnp.minimum, "min")):
    _MONOID_FUNCS[_fn] = _kind


# ---------------------------------------------------------------- control flow


def _flatten_fun(fun, in_tree):
    store = {}

    def flat(*args):
        out = fun(*tree_unflatten(in_tree, list(args)))
        leaves, store["tree"] = tree_flatten(out)
        return leaves
    return flat, store


def _avals(leaves):
    return [get_aval(hnp._as_operand(x)) for x in leaves]


def cond(pred, true_fun: Callable, false_fun: Callable, *operands):
    """`true_fun(*operands)` if pred else `false_fun(*operands)`, staged as HLO conditional."""
    pred = hnp._as_operand(pred)
    if aval_of(pred).shape != ():
        raise TypeError(f"cond predicate must be a scalar, got {aval_of(pred).str_short()}")
    index = P.convert_element_type(hnp.astype(pred, BOOL), np.int32)
    return switch(index, [false_fun, true_fun], *operands, _clamp=False)


def switch(index, branches, *operands, _clamp=True):
    index = hnp._as_operand(index)
    if _clamp:
        index = hnp.clip(P.convert_element_type(index, np.int32), 0, len(branches) - 1)
    leaves, in_tree = tree_flatten(operands)
    leaves = [hnp._as_operand(x) for x in leaves]
    avals = _avals(leaves)
    jaxprs, consts, trees = [], [], []
    for br in branches:
        flat, store = _flatten_fun(br, in_tree)
        jaxpr, c = cf.trace_user(flat, avals)
        jaxprs.append((jaxpr, len(c)))
        consts.append(c)
        trees.append(store["tree"])
    if any(t != trees[0] for t in trees[1:]):
        raise TypeError(f"cond/switch branches must return the same pytree structure, got "
                        f"{trees}")
    # every branch takes all branches' constants, then the operands
    all_consts = [c for cs in consts for c in cs]
    const_avals = [get_aval(c) for c in all_consts]
    offsets = np.cumsum([0] + [len(c) for c in consts])
    closed = []
    from .core import Jaxpr, Var
    for k, (jaxpr, nc) in enumerate(jaxprs):
        others = [Var(a) for a in const_avals]
        binders = (others[:offsets[k]] + jaxpr.in_binders[:nc] + others[offsets[k + 1]:]
                   + jaxpr.in_binders[nc:])
        closed.append(Jaxpr(binders, jaxpr.eqns, jaxpr.outs))
    outs = bind(cf.cond_p, index, *all_consts, *leaves, branches=tuple(closed))
    return tree_unflatten(trees[0], outs)


def while_loop(cond_fun: Callable, body_fun: Callable, init_val):
    leaves, val_tree = tree_flatten(init_val)
    in_tree = tree_flatten((init_val,))[1]
    leaves = [hnp._as_operand(x) for x in leaves]
    avals = [a.strip_weak_type() for a in _avals(leaves)]
    cflat, cstore = _flatten_fun(cond_fun, in_tree)
    cond_jaxpr, cond_consts = cf.trace_user(lambda *a: [_pred(cflat(*a))], avals)
    bflat, bstore = _flatten_fun(body_fun, in_tree)
    body_jaxpr, body_consts = cf.trace_user(bflat, avals)
    promoted = _promote_weak_carries(leaves, avals, body_jaxpr.out_avals)
    if promoted is not None:
        avals = promoted
        leaves = [P.convert_element_type(x, a.dtype) for x, a in zip(leaves, avals)]
        cond_jaxpr, cond_consts = cf.trace_user(lambda *a: [_pred(cflat(*a))], avals)
        body_jaxpr, body_consts = cf.trace_user(bflat, avals)
    if bstore["tree"] != val_tree:
        raise TypeError(f"while_loop body_fun must return the structure of init_val "
                        f"({val_tree}), got {bstore['tree']}")
    outs = bind(cf.while_p, *cond_consts, *body_consts, *leaves, cond_jaxpr=cond_jaxpr,
                body_jaxpr=body_jaxpr, cond_nconsts=len(cond_consts),
                body_nconsts=len(body_consts))
    return tree_unflatten(val_tree, outs)


def _pred(outs):
    if len(outs) != 1 or aval_of(outs[0]).shape != ():
        raise TypeError("while_loop cond_fun must return a boolean scalar")
    return hnp.astype(outs[0], BOOL)


def _concrete_int(x):
    if isinstance(x, Tracer):
        return None
    try:
        return int(x)
    except TypeError:
        return None


def fori_loop(lower, upper, body_fun: Callable, init_val):
    """`for i in range(lower, upper): val = body_fun(i, val)`. With concrete bounds it is a
    scan (so reverse-mode gradients work); otherwise a while loop."""
    lo, hi = _concrete_int(lower), _concrete_int(upper)
    if lo is not None and hi is not None:
        def step(carry, _):
            i, val = carry
            return (hnp.add(i, np.int32(1)), body_fun(i, val)), None
        (_, out), _ = scan(step, (np.int32(lo), init_val), None, length=builtins_max(hi - lo, 0))
        return out
    lower = P.convert_element_type(hnp._as_operand(lower), np.int32)
    upper = P.convert_element_type(hnp._as_operand(upper), np.int32)

    def cond_fn(carry):
        return hnp.less(carry[0], carry[1])

    def body_fn(carry):
        i, u, val = carry
        return (hnp.add(i, np.int32(1)), u, body_fun(i, val))

    return while_loop(cond_fn, body_fn, (lower, upper, init_val))[2]


def builtins_max(a, b):
    return a if a > b else b


def scan(f: Callable, init, xs=None, length=None, reverse=False, unroll=1):
    """`carry, y = f(carry, x)` over the leading axis of xs; returns (carry, stacked ys)."""
    carry_leaves, carry_tree = tree_flatten(init)
    carry_leaves = [hnp._as_operand(x) for x in carry_leaves]
    xs_leaves, xs_tree = tree_flatten(xs)
    xs_leaves = [hnp._as_operand(x) for x in xs_leaves]
    lengths = {aval_of(x).shape[0] for x in xs_leaves if aval_of(x).ndim}
    if any(aval_of(x).ndim == 0 for x in xs_leaves):
        raise ValueError("scan got a scalar in xs: every xs leaf needs a leading axis")
    if length is not None:
        lengths.add(int(length))
    if len(lengths) != 1:
        raise ValueError(f"scan got inconsistent lengths: {sorted(lengths)}" if lengths else
                         "scan needs xs or an explicit length")
    (n,) = lengths
    carry_avals = [a.strip_weak_type() for a in _avals(carry_leaves)]
    x_avals = [get_aval(x).update(shape=aval_of(x).shape[1:]) for x in xs_leaves]
    nk = len(carry_leaves)
    store = {}

    def body(*args):
        carry = tree_unflatten(carry_tree, list(args[:nk]))
        x = tree_unflatten(xs_tree, list(args[nk:]))
        new_carry, y = f(carry, x)
        c_leaves, c_tree = tree_flatten(new_carry)
        if c_tree != carry_tree:
            raise TypeError(f"scan body function carry output structure {c_tree} does not "
                            f"match the carry input structure {carry_tree}")
        y_leaves, store["y_tree"] = tree_flatten(y)
        # carries keep their dtypes (a weak python scalar result takes the carry's dtype)
        c_leaves = [P.convert_element_type(hnp._as_operand(c), a.dtype)
                    if aval_of(hnp._as_operand(c)).weak_type and aval_of(
                        hnp._as_operand(c)).dtype != a.dtype else c
                    for c, a in zip(c_leaves, carry_avals)]
        return c_leaves + y_leaves

    jaxpr, consts = cf.trace_user(body, carry_avals + x_avals)
    promoted = _promote_weak_carries(carry_leaves, carry_avals, jaxpr.out_avals[:nk])
    if promoted is not None:  # like JAX: a weakly typed init takes the body's dtype
        carry_avals = promoted
        jaxpr, consts = cf.trace_user(body, carry_avals + x_avals)
    carry_leaves = [P.convert_element_type(c, a.dtype) for c, a in zip(carry_leaves, carry_avals)]
    outs = bind(cf.scan_p, *consts, *carry_leaves, *xs_leaves, jaxpr=jaxpr,
                num_consts=len(consts), num_carry=nk, length=n, reverse=bool(reverse))
    return (tree_unflatten(carry_tree, outs[:nk]),
            tree_unflatten(store["y_tree"], outs[nk:]))


def _promote_weak_carries(leaves, in_avals, out_avals):
    changed, avals = False, list(in_avals)
    for k, (x, a, o) in enumerate(zip(leaves, in_avals, out_avals)):
        if a.dtype != o.dtype and aval_of(x).weak_type and a.shape == o.shape:
            avals[k] = a.update(dtype=o.dtype)
            changed = True
    return avals if changed else None


def map(f: Callable, xs):
    _, ys = scan(lambda c, x: (c, f(x)), (), xs)
    return ys


def stop_gradient(x):
    """The value of x, with a zero derivative."""
    leaves, tree = tree_flatten(x)
    return tree_unflatten(tree, [bind1(stop_gradient_p, hnp._as_operand(v)) for v in leaves])


# stop_gradient as a primitive: identity with a zero tangent
from .core import (abstract_eval_rules, batching_rules, impl_rules, jvp_rules,  # noqa: E402
                   lowering_rules, primitive)

stop_gradient_p = primitive("stop_gradient")
impl_rules[stop_gradient_p] = lambda x: [x]
abstract_eval_rules[stop_gradient_p] = lambda a: [a]
jvp_rules[stop_gradient_p] = lambda primals, tangents: (
    [bind1(stop_gradient_p, primals[0])], [P.zeros_like(primals[0])])
batching_rules[stop_gradient_p] = lambda size, vals, dims: (
    [bind1(stop_gradient_p, vals[0])], list(dims))
lowering_rules[stop_gradient_p] = lambda ctx, ai, ao, x: [x]




from .spmd import (  # noqa: E402  (the collectives, as in jax.lax)
    all_gather, all_to_all, axis_index, pmax, pmean, pmin, ppermute, psum, psum_scatter,
)
from .special import (  # noqa: E402  (the special functions, as jax.lax and jax.scipy.special)
    airy_ai, bessel_i0, bessel_i0e, bessel_i1, bessel_i1e, bessel_j0, bessel_j1, bessel_k0,
    bessel_k0e, bessel_k1, bessel_k1e, bessel_y0, bessel_y1, digamma, erfc, erfcx, igamma,
    igammac, lgamma, log_ndtr, ndtri, polygamma, spherical_bessel_j0, zeta,
)

__all__ = public_names(globals())
