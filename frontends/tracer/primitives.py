"""The primitives and their rules: one section per family, one entry per rule table.

Rule signatures (see core.py): impl(*arrays, **params) -> [ndarray];
abstract_eval(*avals, **params) -> [aval]; jvp(primals, tangents, **params) ->
(primals_out, tangents_out); transpose(cts, *invals, **params) -> [ct or None], where
linear inputs are `UndefinedPrimal`; batching(axis_size, vals, dims, **params) ->
(vals, dims) with every batch dimension at 0 (or None: not batched);
lowering(ctx, avals_in, avals_out, *values, **params) -> [HLO value].
"""
from __future__ import annotations

import itertools
from functools import partial
from typing import NamedTuple

import numpy as np

from .core import (
    BOOL, LINEAR_PRIMITIVES, NON_DIFFERENTIABLE, ShapedArray, abstract_eval_rules,
    batching_rules, bind1, dtype_kind, get_aval, impl_rules, is_float, jvp_rules,
    lowering_rules, primitive, transpose_rules,
)
from .lowering import hlo_dtype, hlo_shape


class UndefinedPrimal(NamedTuple):
    """A linear input of a primitive being transposed: only its abstract value is known."""
    aval: ShapedArray


def is_undefined(x) -> bool:
    return isinstance(x, UndefinedPrimal)


class ShapeMismatchError(TypeError):
    pass


def aval_of(x) -> ShapedArray:
    return x.aval if isinstance(x, UndefinedPrimal) else get_aval(x)


# ---------------------------------------------------------------- thin wrappers (no promotion)

def full(shape, value, dtype):
    scalar = np.asarray(value, dtype=dtype)
    return broadcast_in_dim(scalar, tuple(shape), ()) if shape else scalar


def zeros_like_aval(aval: ShapedArray):
    return full(aval.shape, 0, aval.dtype)


def zeros_like(x):
    return zeros_like_aval(aval_of(x))


def full_like(x, value):
    a = aval_of(x)
    return full(a.shape, value, a.dtype)


def convert_element_type(x, dtype, weak_type=False):
    dtype = np.dtype(dtype)
    a = aval_of(x)
    if a.dtype == dtype and a.weak_type == weak_type:
        return x
    if a.dtype.kind == "c" and dtype.kind != "c":  # as numpy: the real part (HLO has no such
        x = bind1(real_p, x)                        # convert; transposes of real -> complex)
        if aval_of(x).dtype == dtype and a.weak_type == weak_type:
            return x
    return bind1(convert_element_type_p, x, new_dtype=dtype, weak_type=weak_type)


def broadcast_in_dim(x, shape, broadcast_dimensions):
    shape = tuple(int(d) for d in shape)
    a = aval_of(x)
    if a.shape == shape and tuple(broadcast_dimensions) == tuple(range(a.ndim)):
        return x
    return bind1(broadcast_in_dim_p, x, shape=shape,
                 broadcast_dimensions=tuple(int(d) for d in broadcast_dimensions))


def broadcast_to_rank_front(x, shape):
    """numpy-style broadcast of x to `shape` (aligned at the trailing dimensions)."""
    a = aval_of(x)
    if a.shape == tuple(shape):
        return x
    lead = len(shape) - a.ndim
    squeezed = [i for i, d in enumerate(a.shape) if d == 1 and shape[lead + i] != 1]
    if squeezed:
        x = reshape(x, tuple(d for i, d in enumerate(a.shape) if i not in squeezed))
    dims = tuple(lead + i for i in range(a.ndim) if i not in squeezed)
    return broadcast_in_dim(x, shape, dims)


def reshape(x, new_sizes):
    new_sizes = tuple(int(d) for d in new_sizes)
    if aval_of(x).shape == new_sizes:
        return x
    return bind1(reshape_p, x, new_sizes=new_sizes)


def transpose(x, permutation):
    permutation = tuple(int(p) for p in permutation)
    if permutation == tuple(range(len(permutation))):
        return x
    return bind1(transpose_p, x, permutation=permutation)


def reduce_sum(x, axes):
    axes = tuple(sorted(int(a) for a in axes))
    if not axes:
        return x
    return bind1(reduce_sum_p, x, axes=axes)


def moveaxis(x, src, dst):
    n = aval_of(x).ndim
    perm = [i for i in range(n) if i != src]
    perm.insert(dst, src)
    return transpose(x, perm)


def bdim_at_front(x, d, size):
    """x with its batch dimension at 0 (broadcast when it has none)."""
    if d is None:
        a = aval_of(x)
        return broadcast_in_dim(x, (size,) + a.shape, tuple(range(1, a.ndim + 1)))
    return moveaxis(x, d, 0) if d != 0 else x


def add(x, y):
    return bind1(add_p, x, y)


def sub(x, y):
    return bind1(sub_p, x, y)


def mul(x, y):
    return bind1(mul_p, x, y)


def div(x, y):
    return bind1(div_p, x, y)


def neg(x):
    return bind1(neg_p, x)


def select_n(which, *cases):
    return bind1(select_n_p, which, *cases)


def compare(x, y, direction):
    return bind1(compare_p, x, y, direction=direction)


def _check_same_shapes(name, avals):
    shapes = {a.shape for a in avals}
    if len(shapes) > 1:
        raise ShapeMismatchError(
            f"{name}: operand shapes {', '.join(a.str_short() for a in avals)} are "
            "incompatible (they must be equal or broadcastable)")
    dtypes = {a.dtype for a in avals}
    if len(dtypes) > 1:
        raise TypeError(f"{name}: operand dtypes differ: "
                        f"{', '.join(a.str_short() for a in avals)}")


def _weak(avals) -> bool:
    return all(a.weak_type for a in avals)


# ---------------------------------------------------------------- elementwise


def _elementwise_batch(prim, axis_size, vals, dims, **params):
    if all(d is None for d in dims):
        return [bind1(prim, *vals, **params)], [None]
    vals = [bdim_at_front(v, d, axis_size) for v, d in zip(vals, dims)]
    return [bind1(prim, *vals, **params)], [0]


def _elementwise_abstract(name, *avals, out_dtype=None, **params):
    _check_same_shapes(name, avals)
    dtype = avals[0].dtype if out_dtype is None else out_dtype
    return [ShapedArray(avals[0].shape, dtype, _weak(avals) and out_dtype is None)]


def _lower_elementwise(opcode, ctx, avals_in, avals_out, *vals, **params):
    return [ctx.op(opcode, *vals)]


def _def_elementwise(name, np_fn, opcode, jvp=None, linear=False, kinds="any"):
    p = primitive(name)

    def abstract(*avals, **params):
        for a in avals:
            if kinds == "float" and not is_float(a.dtype):
                raise TypeError(f"{name} requires floating-point operands, got {a.str_short()}")
            if kinds == "inexact" and dtype_kind(a.dtype) not in "fc":
                raise TypeError(f"{name} requires floating-point or complex operands, got "
                                f"{a.str_short()}")
        return _elementwise_abstract(name, *avals)

    impl_rules[p] = lambda *xs, **params: [np.asarray(np_fn(*xs)).astype(xs[0].dtype,
                                                                         copy=False)]
    abstract_eval_rules[p] = abstract
    batching_rules[p] = partial(_elementwise_batch, p)
    lowering_rules[p] = partial(_lower_elementwise, opcode)
    if jvp is None:
        NON_DIFFERENTIABLE.add(p)
        jvp_rules[p] = partial(_zero_jvp, p)
    else:
        jvp_rules[p] = jvp
    if linear:
        LINEAR_PRIMITIVES.add(p)
    return p


def _zero_jvp(prim, primals, tangents, **params):
    outs = [bind1(prim, *primals, **params)]
    return outs, [zeros_like(o) for o in outs]


def _def_unary(name, np_fn, opcode, derivative=None, kinds="float"):
    """A unary elementwise primitive; `derivative(x, y)` gives dy/dx (y = f(x))."""
    p = _def_elementwise(name, np_fn, opcode, None, kinds=kinds)
    if derivative is not None:
        def jvp(primals, tangents):
            (x,), (t,) = primals, tangents
            y = bind1(p, x)
            return [y], [mul(t, derivative(x, y))]

        jvp_rules[p] = jvp
        NON_DIFFERENTIABLE.discard(p)
    return p


def _erf_np(x):
    from math import erf
    return np.vectorize(erf, otypes=[x.dtype])(x) if x.size else x.copy()


def _round_np(x):
    return np.round(x)


exp_p = _def_unary("exp", np.exp, "exponential", lambda x, y: y, kinds="inexact")
expm1_p = _def_unary("expm1", np.expm1, "exponential-minus-one",
                     lambda x, y: add(y, full_like(y, 1)), kinds="inexact")
log_p = _def_unary("log", np.log, "log", lambda x, y: div(full_like(x, 1), x), kinds="inexact")
log1p_p = _def_unary("log1p", np.log1p, "log-plus-one",
                     lambda x, y: div(full_like(x, 1), add(x, full_like(x, 1))), kinds="inexact")
logistic_p = _def_unary("logistic", lambda x: 1 / (1 + np.exp(-x)), "logistic",
                        lambda x, y: mul(y, sub(full_like(y, 1), y)), kinds="inexact")
sqrt_p = _def_unary("sqrt", np.sqrt, "sqrt", lambda x, y: div(full_like(y, 0.5), y),
                    kinds="inexact")
rsqrt_p = _def_unary("rsqrt", lambda x: 1 / np.sqrt(x), "rsqrt",
                     lambda x, y: mul(full_like(y, -0.5), div(y, x)), kinds="inexact")
cbrt_p = _def_unary("cbrt", np.cbrt, "cbrt",
                    lambda x, y: div(y, mul(full_like(x, 3), x)))
tanh_p = _def_unary("tanh", np.tanh, "tanh",
                    lambda x, y: sub(full_like(y, 1), mul(y, y)), kinds="inexact")
sin_p = _def_unary("sin", np.sin, "sine", lambda x, y: bind1(cos_p, x), kinds="inexact")
cos_p = _def_unary("cos", np.cos, "cosine", lambda x, y: neg(bind1(sin_p, x)), kinds="inexact")
tan_p = _def_unary("tan", np.tan, "tan", lambda x, y: add(full_like(y, 1), mul(y, y)),
                   kinds="inexact")
erf_p = _def_unary("erf", _erf_np, "erf", lambda x, y: mul(
    full_like(x, 2 / np.sqrt(np.pi)), bind1(exp_p, neg(mul(x, x)))))
abs_p = _def_unary("abs", np.abs, "abs", lambda x, y: bind1(sign_p, x), kinds="signed")
sign_p = _def_unary("sign", np.sign, "sign", None, kinds="signed")
floor_p = _def_unary("floor", np.floor, "floor", None)
ceil_p = _def_unary("ceil", np.ceil, "ceil", None)
round_p = _def_unary("round", _round_np, "round-nearest-even", None)
is_finite_p = primitive("is_finite")
impl_rules[is_finite_p] = lambda x: [np.isfinite(x)]
abstract_eval_rules[is_finite_p] = lambda a: [ShapedArray(a.shape, BOOL)]
batching_rules[is_finite_p] = partial(_elementwise_batch, is_finite_p)
lowering_rules[is_finite_p] = partial(_lower_elementwise, "is-finite")
jvp_rules[is_finite_p] = partial(_zero_jvp, is_finite_p)
NON_DIFFERENTIABLE.add(is_finite_p)


# ---------------------------------------------------------------- complex parts


def real_dtype(dtype) -> np.dtype:
    """The dtype of a complex dtype's parts (any other dtype itself)."""
    dtype = np.dtype(dtype)
    return {"c": np.dtype(np.float32 if dtype.itemsize == 8 else np.float64)}.get(
        dtype.kind, dtype)


def complex_dtype(dtype) -> np.dtype:
    """The complex dtype whose parts are `dtype` (f32 -> c64, f64 -> c128)."""
    return np.dtype(np.complex128 if np.dtype(dtype).itemsize == 8 else np.complex64)


# |z| is real: abs of a complex array has its parts' dtype
abstract_eval_rules[abs_p] = lambda a: [ShapedArray(a.shape, real_dtype(a.dtype), a.weak_type)]
impl_rules[abs_p] = lambda x: [np.abs(x).astype(real_dtype(x.dtype), copy=False)]


def _def_complex_part(name, np_fn, opcode):
    p = primitive(name)
    impl_rules[p] = lambda x: [np.asarray(np_fn(x)).astype(real_dtype(x.dtype), copy=False)]
    abstract_eval_rules[p] = lambda a: [ShapedArray(a.shape, real_dtype(a.dtype), a.weak_type)]
    batching_rules[p] = partial(_elementwise_batch, p)
    lowering_rules[p] = partial(_lower_elementwise, opcode)
    return p


real_p = _def_complex_part("real", np.real, "real")
imag_p = _def_complex_part("imag", np.imag, "imag")
complex_p = primitive("complex")  # (real part, imaginary part) -> complex
impl_rules[complex_p] = lambda x, y: [(x + 1j * y).astype(complex_dtype(x.dtype))]
abstract_eval_rules[complex_p] = lambda x, y: _elementwise_abstract(
    "complex", x, y, out_dtype=complex_dtype(x.dtype))
batching_rules[complex_p] = partial(_elementwise_batch, complex_p)
lowering_rules[complex_p] = partial(_lower_elementwise, "complex")
# the three are linear over the reals; their transposes are JAX's (imag's cotangent
# enters as -i ct, so that grad of imag(z) w.r.t. z is -i, as in JAX)
def _abs_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = bind1(abs_p, x)
    if dtype_kind(aval_of(x).dtype) != "c":
        return [y], [mul(t, bind1(sign_p, x))]
    # d|z| = Re(conj(z) dz) / |z|
    dot = add(mul(bind1(real_p, x), bind1(real_p, t)), mul(bind1(imag_p, x), bind1(imag_p, t)))
    return [y], [div(dot, y)]


jvp_rules[abs_p] = _abs_jvp

for _p in (real_p, imag_p, complex_p):
    LINEAR_PRIMITIVES.add(_p)
    jvp_rules[_p] = partial(lambda p, primals, tangents: (
        [bind1(p, *primals)], [bind1(p, *tangents)]), _p)
transpose_rules[real_p] = lambda cts, x: [bind1(complex_p, cts[0], zeros_like(cts[0]))]
transpose_rules[imag_p] = lambda cts, x: [bind1(complex_p, zeros_like(cts[0]), neg(cts[0]))]
transpose_rules[complex_p] = lambda cts, x, y: [
    bind1(real_p, cts[0]) if is_undefined(x) else None,
    neg(bind1(imag_p, cts[0])) if is_undefined(y) else None]



not_p = _def_elementwise("not", lambda x: ~x if x.dtype != np.bool_ else np.logical_not(x),
                         "not")


def _neg_jvp(primals, tangents):
    return [neg(primals[0])], [neg(tangents[0])]


neg_p = _def_elementwise("neg", np.negative, "negate", _neg_jvp, linear=True)
transpose_rules[neg_p] = lambda cts, x: [neg(cts[0])]


def _add_jvp(primals, tangents):
    return [add(*primals)], [add(*tangents)]


def _sub_jvp(primals, tangents):
    return [sub(*primals)], [sub(*tangents)]


def bilinear_tangent(f, x, y, tx, ty):
    """f(tx, y) + f(x, ty), where a None tangent is zero."""
    if tx is None:
        return f(x, ty)
    if ty is None:
        return f(tx, y)
    return add(f(tx, y), f(x, ty))


def _mul_jvp(primals, tangents):
    (x, y), (tx, ty) = primals, tangents
    return [mul(x, y)], [bilinear_tangent(mul, x, y, tx, ty)]


def _div_jvp(primals, tangents):
    (x, y), (tx, ty) = primals, tangents
    out = div(x, y)
    return [out], [div(sub(tx, mul(ty, out)), y)]


def _rem_jvp(primals, tangents):
    (x, y), (tx, ty) = primals, tangents
    quotient = div(x, y)
    trunc = mul(bind1(sign_p, quotient), bind1(floor_p, bind1(abs_p, quotient)))
    return [bind1(rem_p, x, y)], [sub(tx, mul(ty, trunc))]


def _pow_jvp(primals, tangents):
    (x, y), (tx, ty) = primals, tangents
    out = bind1(pow_p, x, y)
    one = full_like(y, 1)
    dx = mul(y, bind1(pow_p, x, sub(y, one)))
    zero = full_like(x, 0)
    is_zero = compare(x, zero, "EQ")
    safe_x = select_n(is_zero, x, full_like(x, 1))
    dy = select_n(is_zero, mul(out, bind1(log_p, safe_x)), zero)
    return [out], [add(mul(tx, dx), mul(ty, dy))]


def _minmax_jvp(prim, primals, tangents):
    # JAX's balanced rule: at ties each operand gets half the tangent.
    (x, y), (tx, ty) = primals, tangents
    out = bind1(prim, x, y)
    half, one, zero = full_like(x, 0.5), full_like(x, 1), full_like(x, 0)
    pick_x = select_n(compare(x, y, "EQ"),
                      select_n(compare(out, x, "EQ"), zero, one), half)
    pick_y = sub(one, pick_x)
    return [out], [add(mul(tx, pick_x), mul(ty, pick_y))]


def _atan2_jvp(primals, tangents):
    (x, y), (tx, ty) = primals, tangents
    denom = add(mul(x, x), mul(y, y))
    return [bind1(atan2_p, x, y)], [div(sub(mul(tx, y), mul(ty, x)), denom)]


def _np_div(x, y):
    if dtype_kind(x.dtype) in "iu":
        with np.errstate(divide="ignore"):
            q = np.trunc(np.true_divide(x, np.where(y == 0, 1, y)))
        return q.astype(x.dtype)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.true_divide(x, y)


def _np_rem(x, y):
    if dtype_kind(x.dtype) in "iu":
        return np.fmod(x, np.where(y == 0, 1, y))
    return np.fmod(x, y)


def _np_shift(kind, x, y):
    bits = x.dtype.itemsize * 8
    big = y.astype(np.uint64) >= bits
    ys = np.where(big, 0, y).astype(x.dtype)
    if kind == "left":
        return np.where(big, 0, np.left_shift(x, ys))
    if kind == "logical":
        unsigned = x.view(np.dtype(f"u{x.dtype.itemsize}"))
        out = np.right_shift(unsigned, ys.view(unsigned.dtype)).view(x.dtype)
        return np.where(big, 0, out)
    return np.where(big, np.where(x < 0, -1, 0), np.right_shift(x, ys))


add_p = _def_elementwise("add", np.add, "add", _add_jvp, linear=True)
sub_p = _def_elementwise("sub", np.subtract, "subtract", _sub_jvp, linear=True)
mul_p = _def_elementwise("mul", np.multiply, "multiply", _mul_jvp, linear=True)
div_p = _def_elementwise("div", _np_div, "divide", _div_jvp, linear=True)
rem_p = _def_elementwise("rem", _np_rem, "remainder", _rem_jvp)
pow_p = _def_elementwise("pow", np.power, "power", _pow_jvp)
max_p = _def_elementwise("max", np.maximum, "maximum", None)
min_p = _def_elementwise("min", np.minimum, "minimum", None)
jvp_rules[max_p] = partial(_minmax_jvp, max_p)
jvp_rules[min_p] = partial(_minmax_jvp, min_p)
NON_DIFFERENTIABLE.discard(max_p)
NON_DIFFERENTIABLE.discard(min_p)
atan2_p = _def_elementwise("atan2", np.arctan2, "atan2", _atan2_jvp)
and_p = _def_elementwise("and", np.bitwise_and, "and")
or_p = _def_elementwise("or", np.bitwise_or, "or")
xor_p = _def_elementwise("xor", np.bitwise_xor, "xor")
shift_left_p = _def_elementwise("shift_left", partial(_np_shift, "left"), "shift-left")
shift_right_logical_p = _def_elementwise(
    "shift_right_logical", partial(_np_shift, "logical"), "shift-right-logical")
shift_right_arithmetic_p = _def_elementwise(
    "shift_right_arithmetic", partial(_np_shift, "arithmetic"), "shift-right-arithmetic")


def _add_transpose(cts, x, y):
    (ct,) = cts
    return [ct if is_undefined(x) else None, ct if is_undefined(y) else None]


def _sub_transpose(cts, x, y):
    (ct,) = cts
    return [ct if is_undefined(x) else None, neg(ct) if is_undefined(y) else None]


def _mul_transpose(cts, x, y):
    (ct,) = cts
    if is_undefined(x) and is_undefined(y):
        raise TypeError("mul is not linear in both operands")
    if is_undefined(x):
        return [mul(ct, y), None]
    return [None, mul(x, ct)]


def _div_transpose(cts, x, y):
    (ct,) = cts
    if is_undefined(y):
        raise TypeError("div is not linear in its denominator")
    return [div(ct, y), None]


transpose_rules[add_p] = _add_transpose
transpose_rules[sub_p] = _sub_transpose
transpose_rules[mul_p] = _mul_transpose
transpose_rules[div_p] = _div_transpose

_NP_COMPARE = {"EQ": np.equal, "NE": np.not_equal, "LT": np.less, "LE": np.less_equal,
               "GT": np.greater, "GE": np.greater_equal}
compare_p = primitive("compare")
impl_rules[compare_p] = lambda x, y, *, direction: [_NP_COMPARE[direction](x, y)]
abstract_eval_rules[compare_p] = lambda x, y, *, direction: _elementwise_abstract(
    f"compare {direction}", x, y, out_dtype=BOOL)
batching_rules[compare_p] = partial(_elementwise_batch, compare_p)
jvp_rules[compare_p] = partial(_zero_jvp, compare_p)
NON_DIFFERENTIABLE.add(compare_p)


def _compare_type(dtype) -> str:
    kind = dtype_kind(dtype)
    return {"f": "FLOAT", "c": "FLOAT", "i": "SIGNED", "u": "UNSIGNED", "b": "UNSIGNED"}[kind]


lowering_rules[compare_p] = lambda ctx, avals_in, avals_out, x, y, *, direction: [
    ctx.op("compare", x, y, direction=direction, type=_compare_type(avals_in[0].dtype))]

# select_n(which, *cases): JAX's n-way select; with a boolean `which`, cases are
# (when_false, when_true).
select_n_p = primitive("select_n")


def _select_n_abstract(which, *cases):
    _check_same_shapes("select_n cases", cases)
    if which.shape != cases[0].shape and which.shape != ():
        raise ShapeMismatchError(f"select_n: predicate {which.str_short()} does not match "
                                 f"cases {cases[0].str_short()}")
    if which.dtype != BOOL and len(cases) != 2:
        raise TypeError("select_n supports two cases with a boolean predicate")
    return [ShapedArray(cases[0].shape, cases[0].dtype, _weak(cases))]


def _select_n_jvp(primals, tangents):
    which, *cases = primals
    _, *case_tangents = tangents
    return [select_n(which, *cases)], [select_n(which, *case_tangents)]


def _select_n_transpose(cts, which, *cases):
    (ct,) = cts
    if is_undefined(which):
        raise TypeError("select_n is not linear in its predicate")
    zero = zeros_like(ct)
    out = [None]
    for i, c in enumerate(cases):
        if not is_undefined(c):
            out.append(None)
        elif i == 0:
            out.append(select_n(which, ct, zero))
        else:
            out.append(select_n(which, zero, ct))
    return out


def _select_n_batch(axis_size, vals, dims):
    which, *cases = vals
    if all(d is None for d in dims):
        return [select_n(*vals)], [None]
    c0, d0 = cases[0], dims[1]
    case_shape = aval_of(c0).shape[1:] if d0 is not None else aval_of(c0).shape
    shape = (axis_size,) + tuple(case_shape)
    cases = [bdim_at_front(c, d, axis_size) for c, d in zip(cases, dims[1:])]
    which_shape = aval_of(which).shape
    if dims[0] is None and which_shape == ():
        pass  # a scalar predicate applies to the whole batch
    else:
        which = bdim_at_front(which, dims[0], axis_size)
        if aval_of(which).shape != shape:  # a per-example scalar predicate
            which = broadcast_in_dim(which, shape, (0,))
    return [select_n(which, *cases)], [0]


def _select_n_lower(ctx, avals_in, avals_out, which, *cases):
    if avals_in[0].shape != avals_out[0].shape:
        which = ctx.op("broadcast", which, shape=hlo_shape(avals_out[0].update(dtype=BOOL)),
                       dimensions=())
    return [ctx.op("select", which, cases[1], cases[0])]


impl_rules[select_n_p] = lambda which, *cases: [np.where(which, cases[1], cases[0])]
abstract_eval_rules[select_n_p] = _select_n_abstract
jvp_rules[select_n_p] = _select_n_jvp
transpose_rules[select_n_p] = _select_n_transpose
batching_rules[select_n_p] = _select_n_batch
lowering_rules[select_n_p] = _select_n_lower
LINEAR_PRIMITIVES.add(select_n_p)

# ---------------------------------------------------------------- conversions

convert_element_type_p = primitive("convert_element_type")


def _convert_jvp(primals, tangents, *, new_dtype, weak_type):
    (x,), (t,) = primals, tangents
    out = convert_element_type(x, new_dtype, weak_type)
    if dtype_kind(new_dtype) in "fc" and dtype_kind(aval_of(x).dtype) in "fc":
        return [out], [convert_element_type(t, new_dtype, weak_type)]
    return [out], [zeros_like(out)]


def _convert_transpose(cts, x, *, new_dtype, weak_type):
    a = x.aval
    return [convert_element_type(cts[0], a.dtype, a.weak_type)]


def _convert_impl(x, *, new_dtype, weak_type):
    if np.dtype(new_dtype) == BOOL:
        return [x != 0]
    if is_float(x.dtype) and dtype_kind(new_dtype) in "iu":
        info = np.iinfo(new_dtype)
        with np.errstate(invalid="ignore"):
            x = np.clip(np.nan_to_num(np.trunc(x)), info.min, info.max)
    return [x.astype(new_dtype)]


impl_rules[convert_element_type_p] = _convert_impl
abstract_eval_rules[convert_element_type_p] = lambda a, *, new_dtype, weak_type: [
    ShapedArray(a.shape, new_dtype, weak_type)]
jvp_rules[convert_element_type_p] = _convert_jvp
transpose_rules[convert_element_type_p] = _convert_transpose
batching_rules[convert_element_type_p] = lambda size, vals, dims, **p: (
    [bind1(convert_element_type_p, vals[0], **p)], list(dims))
lowering_rules[convert_element_type_p] = lambda ctx, ai, ao, x, **p: [
    ctx.op("convert", x, shape=hlo_shape(ao[0])) if ai[0].dtype != ao[0].dtype else x]
LINEAR_PRIMITIVES.add(convert_element_type_p)

bitcast_convert_type_p = primitive("bitcast_convert_type")


def _bitcast_abstract(a, *, new_dtype):
    if np.dtype(new_dtype).itemsize != a.dtype.itemsize:
        raise TypeError("bitcast_convert_type needs equal bit widths")
    return [ShapedArray(a.shape, new_dtype)]


impl_rules[bitcast_convert_type_p] = lambda x, *, new_dtype: [x.view(new_dtype)]
abstract_eval_rules[bitcast_convert_type_p] = _bitcast_abstract
jvp_rules[bitcast_convert_type_p] = partial(_zero_jvp, bitcast_convert_type_p)
batching_rules[bitcast_convert_type_p] = lambda size, vals, dims, **p: (
    [bind1(bitcast_convert_type_p, vals[0], **p)], list(dims))
lowering_rules[bitcast_convert_type_p] = lambda ctx, ai, ao, x, **p: [
    ctx.op("bitcast-convert", x, shape=hlo_shape(ao[0]))]
NON_DIFFERENTIABLE.add(bitcast_convert_type_p)

# ---------------------------------------------------------------- shape operations

broadcast_in_dim_p = primitive("broadcast_in_dim")


def _broadcast_in_dim_abstract(x, *, shape, broadcast_dimensions):
    if len(broadcast_dimensions) != x.ndim or any(
            x.shape[i] not in (1, shape[d]) for i, d in enumerate(broadcast_dimensions)):
        raise ShapeMismatchError(f"broadcast_in_dim: cannot broadcast {x.str_short()} to "
                                 f"{list(shape)} with broadcast_dimensions "
                                 f"{list(broadcast_dimensions)}")
    return [ShapedArray(shape, x.dtype, x.weak_type)]


def _broadcast_in_dim_impl(x, *, shape, broadcast_dimensions):
    expanded = [1] * len(shape)
    for i, d in enumerate(broadcast_dimensions):
        expanded[d] = x.shape[i]
    return [np.broadcast_to(x.reshape(expanded), shape)]


def _broadcast_in_dim_transpose(cts, x, *, shape, broadcast_dimensions):
    (ct,) = cts
    a = x.aval
    new_dims = [d for d in range(len(shape)) if d not in broadcast_dimensions]
    expanded = [broadcast_dimensions[i] for i in range(a.ndim)
                if a.shape[i] == 1 and shape[broadcast_dimensions[i]] != 1]
    summed = reduce_sum(ct, sorted(new_dims + expanded))
    return [reshape(summed, a.shape)]


def _broadcast_in_dim_batch(size, vals, dims, *, shape, broadcast_dimensions):
    (x,), (d,) = vals, dims
    if d is None:
        return [broadcast_in_dim(x, shape, broadcast_dimensions)], [None]
    return [broadcast_in_dim(x, (size,) + tuple(shape),
                             (0,) + tuple(b + 1 for b in broadcast_dimensions))], [0]


def _broadcast_in_dim_lower(ctx, avals_in, avals_out, x, *, shape, broadcast_dimensions):
    a = avals_in[0]
    squeeze = [i for i in range(a.ndim) if a.shape[i] == 1 and shape[broadcast_dimensions[i]] != 1]
    if squeeze:
        kept = [i for i in range(a.ndim) if i not in squeeze]
        x = ctx.op("reshape", x, shape=hlo_shape(a.update(shape=[a.shape[i] for i in kept])))
        broadcast_dimensions = tuple(broadcast_dimensions[i] for i in kept)
    return [ctx.op("broadcast", x, shape=hlo_shape(avals_out[0]),
                   dimensions=tuple(broadcast_dimensions))]


impl_rules[broadcast_in_dim_p] = _broadcast_in_dim_impl
abstract_eval_rules[broadcast_in_dim_p] = _broadcast_in_dim_abstract
jvp_rules[broadcast_in_dim_p] = lambda primals, tangents, **p: (
    [bind1(broadcast_in_dim_p, primals[0], **p)], [bind1(broadcast_in_dim_p, tangents[0], **p)])
transpose_rules[broadcast_in_dim_p] = _broadcast_in_dim_transpose
batching_rules[broadcast_in_dim_p] = _broadcast_in_dim_batch
lowering_rules[broadcast_in_dim_p] = _broadcast_in_dim_lower
LINEAR_PRIMITIVES.add(broadcast_in_dim_p)


def _linear_unary_jvp(prim):
    return lambda primals, tangents, **p: ([bind1(prim, primals[0], **p)],
                                           [bind1(prim, tangents[0], **p)])


reshape_p = primitive("reshape")


def _reshape_abstract(x, *, new_sizes):
    if int(np.prod(new_sizes, dtype=np.int64)) != x.size:
        raise ShapeMismatchError(f"reshape: cannot reshape {x.str_short()} to "
                                 f"{tuple(new_sizes)} (sizes differ)")
    return [x.update(shape=new_sizes)]


impl_rules[reshape_p] = lambda x, *, new_sizes: [np.reshape(x, new_sizes)]
abstract_eval_rules[reshape_p] = _reshape_abstract
jvp_rules[reshape_p] = _linear_unary_jvp(reshape_p)
transpose_rules[reshape_p] = lambda cts, x, *, new_sizes: [reshape(cts[0], x.aval.shape)]
batching_rules[reshape_p] = lambda size, vals, dims, *, new_sizes: (
    [reshape(bdim_at_front(vals[0], dims[0], size), (size,) + tuple(new_sizes))]
    if dims[0] is not None else [reshape(vals[0], new_sizes)], [dims[0]])
lowering_rules[reshape_p] = lambda ctx, ai, ao, x, *, new_sizes: [
    ctx.op("reshape", x, shape=hlo_shape(ao[0]))]
LINEAR_PRIMITIVES.add(reshape_p)

transpose_p = primitive("transpose")


def _transpose_abstract(x, *, permutation):
    if sorted(permutation) != list(range(x.ndim)):
        raise ShapeMismatchError(f"transpose: permutation {list(permutation)} does not fit "
                                 f"{x.str_short()}")
    return [x.update(shape=[x.shape[p] for p in permutation])]


impl_rules[transpose_p] = lambda x, *, permutation: [np.transpose(x, permutation)]
abstract_eval_rules[transpose_p] = _transpose_abstract
jvp_rules[transpose_p] = _linear_unary_jvp(transpose_p)
transpose_rules[transpose_p] = lambda cts, x, *, permutation: [
    transpose(cts[0], np.argsort(permutation))]
batching_rules[transpose_p] = lambda size, vals, dims, *, permutation: (
    [transpose(vals[0], (0,) + tuple(p + 1 for p in permutation))]
    if dims[0] is not None else [transpose(vals[0], permutation)], [dims[0]])
lowering_rules[transpose_p] = lambda ctx, ai, ao, x, *, permutation: [
    ctx.op("transpose", x, shape=hlo_shape(ao[0]), dimensions=tuple(permutation))]
LINEAR_PRIMITIVES.add(transpose_p)

# ---------------------------------------------------------------- reductions


def _reduce_abstract(name, x, *, axes, out_dtype=None):
    if any(not 0 <= a < x.ndim for a in axes):
        raise ShapeMismatchError(f"{name}: axes {list(axes)} out of range for {x.str_short()}")
    shape = [d for i, d in enumerate(x.shape) if i not in axes]
    return [ShapedArray(shape, x.dtype if out_dtype is None else out_dtype,
                        x.weak_type and out_dtype is None)]


def _reduce_batch(prim, size, vals, dims, *, axes, **params):
    (x,), (d,) = vals, dims
    if d is None:
        return [bind1(prim, x, axes=axes, **params)], [None]
    return [bind1(prim, x, axes=tuple(a + 1 for a in axes), **params)], [0]


def _reduce_identity(kind, dtype):
    dtype = np.dtype(dtype)
    if kind in ("add", "or"):
        return np.zeros((), dtype) if kind == "add" else np.asarray(False)
    if kind in ("multiply", "and"):
        return np.ones((), dtype) if kind == "multiply" else np.asarray(True)
    if dtype_kind(dtype) == "f":
        return np.asarray(-np.inf if kind == "maximum" else np.inf, dtype)
    if dtype == BOOL:
        return np.asarray(kind == "minimum")
    info = np.iinfo(dtype)
    return np.asarray(info.min if kind == "maximum" else info.max, dtype)


def _reduce_lower(kind, ctx, avals_in, avals_out, x, *, axes, **params):
    dtype = avals_in[0].dtype
    init = ctx.constant(_reduce_identity(kind, dtype), dtype)
    name = ctx.scalar_computation(kind, dtype)
    return [ctx.op("reduce", x, init, dimensions=tuple(axes), to_apply=name)]


def _def_reduce(name, np_fn, kind):
    p = primitive(name)
    impl_rules[p] = lambda x, *, axes: [np.asarray(np_fn(x, axis=tuple(axes))).astype(x.dtype)]
    abstract_eval_rules[p] = partial(_reduce_abstract, name)
    batching_rules[p] = partial(_reduce_batch, p)
    lowering_rules[p] = partial(_reduce_lower, kind)
    return p


reduce_sum_p = _def_reduce("reduce_sum", np.sum, "add")
reduce_max_p = _def_reduce("reduce_max", np.max, "maximum")
reduce_min_p = _def_reduce("reduce_min", np.min, "minimum")
reduce_prod_p = _def_reduce("reduce_prod", np.prod, "multiply")
reduce_and_p = _def_reduce("reduce_and", np.all, "and")
reduce_or_p = _def_reduce("reduce_or", np.any, "or")
LINEAR_PRIMITIVES.add(reduce_sum_p)


def _reduced_shape_dims(shape, axes):
    return tuple(i for i in range(len(shape)) if i not in axes)


def _reduce_sum_transpose(cts, x, *, axes):
    shape = x.aval.shape
    return [broadcast_in_dim(cts[0], shape, _reduced_shape_dims(shape, axes))]


jvp_rules[reduce_sum_p] = _linear_unary_jvp(reduce_sum_p)
transpose_rules[reduce_sum_p] = _reduce_sum_transpose


def _reduce_chooser_jvp(prim, primals, tangents, *, axes):
    (x,), (t,) = primals, tangents
    out = bind1(prim, x, axes=axes)
    shape = aval_of(x).shape
    kept = _reduced_shape_dims(shape, axes)
    location = convert_element_type(compare(x, broadcast_in_dim(out, shape, kept), "EQ"),
                                    aval_of(x).dtype)
    counts = reduce_sum(location, axes)
    return [out], [div(reduce_sum(mul(t, location), axes), counts)]


jvp_rules[reduce_max_p] = partial(_reduce_chooser_jvp, reduce_max_p)
jvp_rules[reduce_min_p] = partial(_reduce_chooser_jvp, reduce_min_p)


def _reduce_prod_jvp(primals, tangents, *, axes):
    (x,), (t,) = primals, tangents
    out = bind1(reduce_prod_p, x, axes=axes)
    shape = aval_of(x).shape
    ratio = div(broadcast_in_dim(out, shape, _reduced_shape_dims(shape, axes)), x)
    return [out], [reduce_sum(mul(t, ratio), axes)]


jvp_rules[reduce_prod_p] = _reduce_prod_jvp
for _p in (reduce_and_p, reduce_or_p):
    jvp_rules[_p] = partial(_zero_jvp, _p)
    NON_DIFFERENTIABLE.add(_p)

argmax_p = primitive("argmax")
argmin_p = primitive("argmin")


def _arg_abstract(name, x, *, axis, index_dtype):
    return _reduce_abstract(name, x, axes=(axis,), out_dtype=np.dtype(index_dtype))


def _arg_impl(np_fn, x, *, axis, index_dtype):
    return [np.asarray(np_fn(x, axis=axis)).astype(index_dtype)]


def _arg_batch(prim, size, vals, dims, *, axis, index_dtype):
    (x,), (d,) = vals, dims
    if d is None:
        return [bind1(prim, x, axis=axis, index_dtype=index_dtype)], [None]
    return [bind1(prim, x, axis=axis + 1, index_dtype=index_dtype)], [0]


def _arg_lower(direction, ctx, avals_in, avals_out, x, *, axis, index_dtype):
    a = avals_in[0]
    index_dtype = np.dtype(index_dtype)
    val_t, idx_t = hlo_dtype(a.dtype), hlo_dtype(index_dtype)
    comp = ctx.module.computation(f"arg{direction.lower()}.{val_t}")
    from hlox.ir.shapes import ArrayShape
    av, ai, bv, bi = (comp.parameter(ArrayShape(t, ())) for t in (val_t, idx_t, val_t, idx_t))
    ctype = _compare_type(a.dtype)
    better = comp.op("compare", av, bv, direction=direction, type=ctype)
    equal = comp.op("compare", av, bv, direction="EQ", type=ctype)
    if dtype_kind(a.dtype) == "f":  # NaN wins, as in numpy
        a_nan = comp.op("compare", av, av, direction="NE", type=ctype)
        b_nan = comp.op("compare", bv, bv, direction="NE", type=ctype)
        better = comp.op("or", a_nan, comp.op("and", better, comp.op("not", b_nan)))
        equal = comp.op("or", equal, comp.op("and", a_nan, b_nan))
    lower_index = comp.op("compare", ai, bi, direction="LT", type=_compare_type(index_dtype))
    pick_a = comp.op("or", better, comp.op("and", equal, lower_index))
    comp.build(comp.op("tuple", comp.op("select", pick_a, av, bv),
                       comp.op("select", pick_a, ai, bi)))
    iota = ctx.op("iota", shape=hlo_shape(a.update(dtype=index_dtype)), iota_dimension=axis)
    init_v = ctx.constant(_reduce_identity("maximum" if direction == "GT" else "minimum",
                                           a.dtype), a.dtype)
    init_i = ctx.constant(0, index_dtype)
    both = ctx.op("reduce", x, iota, init_v, init_i, dimensions=(axis,), to_apply=comp.name)
    return [ctx.op("get-tuple-element", both, index=1)]


for _p, _fn, _dir in ((argmax_p, np.argmax, "GT"), (argmin_p, np.argmin, "LT")):
    impl_rules[_p] = partial(_arg_impl, _fn)
    abstract_eval_rules[_p] = partial(_arg_abstract, _p.name)
    jvp_rules[_p] = partial(_zero_jvp, _p)
    batching_rules[_p] = partial(_arg_batch, _p)
    lowering_rules[_p] = partial(_arg_lower, _dir)
    NON_DIFFERENTIABLE.add(_p)

# ---------------------------------------------------------------- iota

iota_p = primitive("iota")
impl_rules[iota_p] = lambda *, dtype, shape, dimension: [np.broadcast_to(
    np.arange(shape[dimension], dtype=dtype).reshape(
        [-1 if i == dimension else 1 for i in range(len(shape))]), shape).copy()]
abstract_eval_rules[iota_p] = lambda *, dtype, shape, dimension: [ShapedArray(shape, dtype)]
jvp_rules[iota_p] = lambda primals, tangents, **p: _zero_jvp(iota_p, primals, tangents, **p)
batching_rules[iota_p] = lambda size, vals, dims, **p: ([bind1(iota_p, **p)], [None])
lowering_rules[iota_p] = lambda ctx, ai, ao, *, dtype, shape, dimension: [
    ctx.op("iota", shape=hlo_shape(ao[0]), iota_dimension=dimension)]
NON_DIFFERENTIABLE.add(iota_p)


def iota(dtype, shape, dimension=0):
    return bind1(iota_p, dtype=np.dtype(dtype), shape=tuple(shape), dimension=dimension)

# ---------------------------------------------------------------- dot_general

dot_general_p = primitive("dot_general")


def _dot_general_abstract(x, y, *, dimension_numbers, preferred_element_type):
    (lc, rc), (lb, rb) = dimension_numbers
    ok = (len(lc) == len(rc) and len(lb) == len(rb)
          and all(x.shape[a] == y.shape[b] for a, b in zip(lc, rc))
          and all(x.shape[a] == y.shape[b] for a, b in zip(lb, rb)))
    if not ok:
        raise ShapeMismatchError(
            f"dot_general: shapes {x.str_short()} and {y.str_short()} do not fit "
            f"contracting dimensions {list(lc)}/{list(rc)} and batch dimensions "
            f"{list(lb)}/{list(rb)}")
    if x.dtype != y.dtype:
        raise TypeError(f"dot_general: dtypes differ: {x.str_short()} and {y.str_short()}")
    lfree = [d for i, d in enumerate(x.shape) if i not in lc and i not in lb]
    rfree = [d for i, d in enumerate(y.shape) if i not in rc and i not in rb]
    shape = [x.shape[i] for i in lb] + lfree + rfree
    dtype = x.dtype if preferred_element_type is None else preferred_element_type
    return [ShapedArray(shape, dtype, x.weak_type and y.weak_type)]


def _dot_general_impl(x, y, *, dimension_numbers, preferred_element_type):
    (lc, rc), (lb, rb) = dimension_numbers
    letters = iter("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    xs, ys = [None] * x.ndim, [None] * y.ndim
    for a, b in zip(lb, rb):
        xs[a] = ys[b] = next(letters)
    for a, b in zip(lc, rc):
        xs[a] = ys[b] = next(letters)
    for i in range(x.ndim):
        xs[i] = xs[i] or next(letters)
    for i in range(y.ndim):
        ys[i] = ys[i] or next(letters)
    out = ([xs[a] for a in lb] + [xs[i] for i in range(x.ndim) if i not in lb and i not in lc]
           + [ys[i] for i in range(y.ndim) if i not in rb and i not in rc])
    dtype = x.dtype if preferred_element_type is None else preferred_element_type
    result = np.einsum(f"{''.join(xs)},{''.join(ys)}->{''.join(out)}", x, y)
    return [np.asarray(result).astype(dtype, copy=False)]


def dot_general(x, y, dimension_numbers, preferred_element_type=None):
    (lc, rc), (lb, rb) = dimension_numbers
    dn = ((tuple(int(i) for i in lc), tuple(int(i) for i in rc)),
          (tuple(int(i) for i in lb), tuple(int(i) for i in rb)))
    return bind1(dot_general_p, x, y, dimension_numbers=dn,
                 preferred_element_type=preferred_element_type)


def _dot_general_jvp(primals, tangents, **params):
    (x, y), (tx, ty) = primals, tangents
    out = bind1(dot_general_p, x, y, **params)
    dot = lambda a, b: bind1(dot_general_p, a, b, **params)
    return [out], [bilinear_tangent(dot, x, y, tx, ty)]


def _ranges_like(*xs):
    start = 0
    for x in xs:
        yield tuple(range(start, start + len(x)))
        start += len(x)


def _remaining(original, *removed_lists):
    removed = set(itertools.chain(*removed_lists))
    return [i for i in original if i not in removed]


def _dot_transpose_lhs(g, x_aval, y, dimension_numbers, preferred, swap_ans=False):
    (x_contract, y_contract), (x_batch, y_batch) = dimension_numbers
    y_ndim = aval_of(y).ndim
    x_kept = _remaining(range(x_aval.ndim), x_contract, x_batch)
    y_kept = _remaining(range(y_ndim), y_contract, y_batch)
    if swap_ans:
        ans_batch, ans_y, _ = _ranges_like(x_batch, y_kept, x_kept)
    else:
        ans_batch, _, ans_y = _ranges_like(x_batch, x_kept, y_kept)
    dims = ((ans_y, tuple(y_kept)), (ans_batch, tuple(y_batch)))
    x_contract_sorted_by_y = list(np.take(x_contract, np.argsort(y_contract)).astype(int))
    out_axes = np.argsort(list(x_batch) + x_kept + x_contract_sorted_by_y)
    result = transpose(dot_general(g, y, dims), tuple(int(a) for a in out_axes))
    return convert_element_type(result, x_aval.dtype, x_aval.weak_type)


def _dot_general_transpose(cts, x, y, *, dimension_numbers, preferred_element_type):
    (ct,) = cts
    (lc, rc), (lb, rb) = dimension_numbers
    if is_undefined(x) and is_undefined(y):
        raise TypeError("dot_general is not linear in both operands")
    if is_undefined(x):
        return [_dot_transpose_lhs(ct, x.aval, y, dimension_numbers, preferred_element_type),
                None]
    swapped = ((rc, lc), (rb, lb))
    return [None, _dot_transpose_lhs(ct, y.aval, x, swapped, preferred_element_type,
                                     swap_ans=True)]


def _dot_general_batch(size, vals, dims, *, dimension_numbers, preferred_element_type):
    (x, y), (dx, dy) = vals, dims
    (lc, rc), (lb, rb) = dimension_numbers
    shift = lambda ds: tuple(d + 1 for d in ds)
    if dx is not None and dy is not None:
        dn = ((shift(lc), shift(rc)), ((0,) + shift(lb), (0,) + shift(rb)))
        return [dot_general(x, y, dn, preferred_element_type)], [0]
    if dx is not None:
        dn = ((shift(lc), rc), (shift(lb), rb))
        out = dot_general(x, y, dn, preferred_element_type)
        return [moveaxis(out, len(lb), 0)], [0]
    if dy is not None:
        dn = ((lc, shift(rc)), (lb, shift(rb)))
        out = dot_general(x, y, dn, preferred_element_type)
        x_free = aval_of(x).ndim - len(lc) - len(lb)
        return [moveaxis(out, len(lb) + x_free, 0)], [0]
    return [dot_general(x, y, dimension_numbers, preferred_element_type)], [None]


def _dot_general_lower(ctx, avals_in, avals_out, x, y, *, dimension_numbers,
                       preferred_element_type):
    (lc, rc), (lb, rb) = dimension_numbers
    out = avals_out[0]
    return [ctx.op("dot", x, y, lhs_contracting_dims=tuple(lc), rhs_contracting_dims=tuple(rc),
                   lhs_batch_dims=tuple(lb), rhs_batch_dims=tuple(rb),
                   shape=hlo_shape(out) if out.dtype != avals_in[0].dtype else None)]


impl_rules[dot_general_p] = _dot_general_impl
abstract_eval_rules[dot_general_p] = _dot_general_abstract
jvp_rules[dot_general_p] = _dot_general_jvp
transpose_rules[dot_general_p] = _dot_general_transpose
batching_rules[dot_general_p] = _dot_general_batch
lowering_rules[dot_general_p] = _dot_general_lower
LINEAR_PRIMITIVES.add(dot_general_p)

from .ad_zero import ZERO_AWARE_JVP  # noqa: E402

ZERO_AWARE_JVP.update({mul_p, dot_general_p})


# ---------------------------------------------------------------- fft
# fft(x, fft_type, fft_length): HLO's FFT over the trailing len(fft_length) (1 to 3) axes.
fft_p = primitive("fft")
_NP_FFT = {"FFT": np.fft.fftn, "IFFT": np.fft.ifftn, "RFFT": np.fft.rfftn,
           "IRFFT": np.fft.irfftn}


def fft(x, fft_type, fft_length):
    return bind1(fft_p, x, fft_type=fft_type, fft_length=tuple(int(n) for n in fft_length))


def _fft_abstract(x, *, fft_type, fft_length):
    k = len(fft_length)
    lead = x.shape[:x.ndim - k]
    if fft_type == "RFFT":
        if not is_float(x.dtype):
            raise TypeError(f"RFFT takes f32 or f64, got {x.str_short()}")
        shape, dtype = lead + fft_length[:-1] + (fft_length[-1] // 2 + 1,), complex_dtype(x.dtype)
    elif dtype_kind(x.dtype) != "c":
        raise TypeError(f"{fft_type} takes c64 or c128, got {x.str_short()}")
    elif fft_type == "IRFFT":
        shape, dtype = lead + fft_length, real_dtype(x.dtype)
    else:
        shape, dtype = x.shape, x.dtype
    return [ShapedArray(shape, dtype)]


def _fft_impl(x, *, fft_type, fft_length):
    out = _fft_abstract(get_aval(x), fft_type=fft_type, fft_length=fft_length)[0]
    if x.size == 0 or 0 in out.shape:
        return [np.zeros(out.shape, out.dtype)]
    axes = tuple(range(x.ndim - len(fft_length), x.ndim))
    return [np.asarray(_NP_FFT[fft_type](x, fft_length, axes)).astype(out.dtype)]


def _fft_transpose(cts, x, *, fft_type, fft_length):
    """The DFT matrix is symmetric: FFT and IFFT are their own transposes. RFFT is a
    slice of the FFT of a real embedding, so its transpose is the real part of the FFT of
    the zero-padded cotangent. IRFFT is 1/N times the real part of the inverse DFT of the
    Hermitian extension, whose transpose counts each bin kept once (0 and, for even n,
    n/2) or twice (the others, which stand for their mirror images too)."""
    (ct,) = cts
    if fft_type in ("FFT", "IFFT"):
        return [fft(ct, fft_type, fft_length)]
    n = fft_length[-1]
    if fft_type == "RFFT":
        from .indexing import pad  # (indexing builds on this module)
        a = aval_of(ct)
        padded = pad(ct, np.zeros((), a.dtype),
                     tuple((0, 0, 0) for _ in a.shape[:-1]) + ((0, n - a.shape[-1], 0),))
        return [bind1(real_p, fft(padded, "FFT", fft_length))]
    spectrum = fft(ct, "RFFT", fft_length)
    bins = n // 2 + 1
    weights = np.full(bins, 2.0)
    weights[0] = 1.0
    if n % 2 == 0:
        weights[-1] = 1.0
    weights /= np.prod(fft_length)
    out = mul(spectrum, broadcast_to_rank_front(
        np.asarray(weights, aval_of(spectrum).dtype), aval_of(spectrum).shape))
    return [bind1(complex_p, bind1(real_p, out), neg(bind1(imag_p, out)))]


impl_rules[fft_p] = _fft_impl
abstract_eval_rules[fft_p] = _fft_abstract
jvp_rules[fft_p] = lambda primals, tangents, **params: (
    [bind1(fft_p, *primals, **params)], [bind1(fft_p, *tangents, **params)])
transpose_rules[fft_p] = _fft_transpose
LINEAR_PRIMITIVES.add(fft_p)
batching_rules[fft_p] = lambda size, vals, dims, **params: (
    [bind1(fft_p, bdim_at_front(vals[0], dims[0], size), **params)], [0])
lowering_rules[fft_p] = lambda ctx, avals_in, avals_out, x, *, fft_type, fft_length: [
    ctx.op("fft", x, fft_type=fft_type, fft_length=list(fft_length))]
