"""ATen -> HLO: one small rule per ATen op, in one table keyed by the op overload.

Every rule has the signature `rule(ctx, *args)`: `args` are the op's schema
arguments in schema order (defaults filled in), with tensors replaced by HLO
values and SymInts by concrete ints. A rule returns an HLO value, or a tuple of
them for multi-output ops; it raises `Unsupported` for uses it cannot express
(the op then runs eagerly). Semantics follow PyTorch's eager kernels, including
type promotion and NaN propagation.
"""
from __future__ import annotations

import itertools
import math
import operator
from functools import partial
from typing import Callable

import numpy as np
import torch

from hlox.ir.attributes import PadDim, Window, WindowDim
from hlox.ir.shapes import ArrayShape, scalar

from .context import (
    COMPLEX_PARTS, COMPLEX_TYPES, FLOAT_TYPES, HLO_TO_TORCH, INEXACT_TYPES, INT_TYPES,
    LoweringContext, Unsupported, hlo_dtype, identity_element, is_value,
)

aten = torch.ops.aten

LOWERINGS: dict[torch._ops.OpOverload, Callable] = {}


def lowers(*ops):
    """Register the decorated rule for each ATen op overload in `ops`."""
    def register(fn):
        for op in ops:
            LOWERINGS[op] = fn
        return fn
    return register


# ---------------------------------------------------------------- small helpers

def _dim(d: int, rank: int) -> int:
    return int(d) % rank if rank else 0


def _dims(dims, rank: int) -> tuple[int, ...]:
    """A reduction's dim argument (None, [], an int or a list) as sorted dims."""
    if rank == 0:
        return ()
    if dims is None or (isinstance(dims, (list, tuple)) and len(dims) == 0):
        return tuple(range(rank))
    if isinstance(dims, int):
        dims = [dims]
    return tuple(sorted({_dim(d, rank) for d in dims}))


def _float_dtype(ctx: LoweringContext, x) -> str:
    out = ctx.out_dtype()
    if out is not None and out in INEXACT_TYPES:
        return out
    dtype = ctx.dtype(x)
    return dtype if dtype in INEXACT_TYPES else "f32"


def _keepdim(ctx, x, reduced, dims, keepdim):
    if not keepdim:
        return reduced
    shape = [1 if i in dims else d for i, d in enumerate(ctx.dims(x))]
    return ctx.reshape(reduced, shape)


def _count(ctx, x, dims) -> int:
    return int(np.prod([ctx.dims(x)[d] for d in dims], dtype=np.int64))


def _int_list(value, n: int) -> list[int]:
    value = [value] if isinstance(value, int) else list(value)
    return value * n if len(value) == 1 else value


def _check_int_args(*args):
    for a in args:
        if a is not None and not isinstance(a, (int, bool)):
            raise Unsupported("a dynamic integer argument")


# ---------------------------------------------------------------- unary elementwise

def _unary(opcode, ctx, x, *_):
    dtype = ctx.out_dtype() or ctx.dtype(x)
    return ctx.op(opcode, ctx.convert(x, dtype))


def _float_unary(opcode, ctx, x, *_):
    return ctx.op(opcode, ctx.convert(x, _float_dtype(ctx, x)))


for _ops, _opcode in [
    ((aten.exp.default,), "exponential"), ((aten.expm1.default,), "exponential-minus-one"),
    ((aten.log.default,), "log"), ((aten.log1p.default,), "log-plus-one"),
    ((aten.sqrt.default,), "sqrt"), ((aten.rsqrt.default,), "rsqrt"),
    ((aten.sin.default,), "sine"), ((aten.cos.default,), "cosine"), ((aten.tan.default,), "tan"),
    ((aten.tanh.default,), "tanh"), ((aten.sigmoid.default,), "logistic"),
    ((aten.erf.default,), "erf"),
]:
    lowers(*_ops)(partial(_float_unary, _opcode))

for _ops, _opcode in [
    ((aten.floor.default,), "floor"), ((aten.ceil.default,), "ceil"),
    ((aten.round.default,), "round-nearest-even"),
]:
    def _rounding(ctx, x, *_, _opcode=_opcode):
        return x if ctx.dtype(x) not in FLOAT_TYPES else ctx.op(_opcode, x)
    lowers(*_ops)(_rounding)


@lowers(aten.abs.default)
def abs_(ctx, x):
    dtype = ctx.dtype(x)
    if dtype == "pred" or dtype.startswith("u"):
        return x
    return ctx.op("abs", x)


@lowers(aten.neg.default)
def neg(ctx, x):
    return ctx.op("negate", x)


@lowers(aten.sign.default, aten.sgn.default)
def sign(ctx, x):
    dtype = ctx.dtype(x)
    if dtype == "pred":
        return x
    if dtype.startswith("u"):
        return ctx.convert(ctx.compare("GT", x, 0), dtype)
    return ctx.op("sign", x)


@lowers(aten.trunc.default)
def trunc(ctx, x):
    if ctx.dtype(x) not in FLOAT_TYPES:
        return x
    return ctx.select(ctx.compare("LT", x, 0), ctx.op("ceil", x), ctx.op("floor", x),
                      ctx.dtype(x))


@lowers(aten.round.decimals)
def round_decimals(ctx, x, decimals=0):
    scale = 10.0 ** decimals
    dtype = ctx.dtype(x)
    scaled = ctx.elementwise("multiply", x, scale, dtype=dtype)
    return ctx.elementwise("divide", ctx.op("round-nearest-even", scaled), scale, dtype=dtype)


@lowers(aten.reciprocal.default)
def reciprocal(ctx, x):
    dtype = _float_dtype(ctx, x)
    return ctx.elementwise("divide", 1, x, dtype=dtype)


def _log_base(base, ctx, x):
    dtype = _float_dtype(ctx, x)
    return ctx.elementwise("divide", ctx.op("log", ctx.convert(x, dtype)), math.log(base),
                           dtype=dtype)


lowers(aten.log2.default)(partial(_log_base, 2.0))
lowers(aten.log10.default)(partial(_log_base, 10.0))


def _fl(ctx, x):
    """`x` as a float tensor of the node's result type, and that type."""
    dtype = _float_dtype(ctx, x)
    return ctx.convert(x, dtype), dtype


def _times_i(ctx, z, sign: int = 1):
    """i z (or -i z): (-im, re) (or (im, -re))."""
    real, imag = ctx.op("real", z), ctx.op("imag", z)
    if sign > 0:
        return ctx.op("complex", ctx.op("negate", imag), real)
    return ctx.op("complex", imag, ctx.op("negate", real))


def _complex_asinh(ctx, z):
    """log(z + sqrt(z^2 + 1)) on the right half plane, odd symmetry on the left (where
    the sum would cancel)."""
    dt = ctx.dtype(z)
    left = ctx.compare("LT", ctx.op("real", z), 0, COMPLEX_PARTS[dt])
    w = ctx.select(left, ctx.op("negate", z), z, dt)
    root = ctx.op("sqrt", ctx.elementwise("add", ctx.op("multiply", w, w), 1, dtype=dt))
    out = ctx.op("log", ctx.op("add", w, root))
    return ctx.select(left, ctx.op("negate", out), out, dt)


def _complex_atanh(ctx, z):
    """(log1p(z) - log1p(-z)) / 2."""
    dt = ctx.dtype(z)
    diff = ctx.op("subtract", ctx.op("log-plus-one", z),
                  ctx.op("log-plus-one", ctx.op("negate", z)))
    return ctx.elementwise("multiply", diff, 0.5, dtype=dt)


@lowers(aten.asin.default)
def asin(ctx, x):
    x, dt = _fl(ctx, x)
    if dt in COMPLEX_TYPES:  # -i asinh(i z)
        return _times_i(ctx, _complex_asinh(ctx, _times_i(ctx, x)), -1)
    one_minus = ctx.elementwise("multiply", ctx.elementwise("subtract", 1, x, dtype=dt),
                                ctx.elementwise("add", 1, x, dtype=dt), dtype=dt)
    return ctx.op("atan2", x, ctx.op("sqrt", one_minus))


@lowers(aten.acos.default)
def acos(ctx, x):
    x, dt = _fl(ctx, x)
    if dt in COMPLEX_TYPES:  # pi/2 - asin(z)
        return ctx.elementwise("subtract", math.pi / 2, asin(ctx, x), dtype=dt)
    one_minus = ctx.elementwise("multiply", ctx.elementwise("subtract", 1, x, dtype=dt),
                                ctx.elementwise("add", 1, x, dtype=dt), dtype=dt)
    return ctx.op("atan2", ctx.op("sqrt", one_minus), x)


@lowers(aten.atan.default)
def atan(ctx, x):
    x, dt = _fl(ctx, x)
    if dt in COMPLEX_TYPES:  # -i atanh(i z)
        return _times_i(ctx, _complex_atanh(ctx, _times_i(ctx, x)), -1)
    return ctx.elementwise("atan2", x, 1, dtype=dt)


@lowers(aten.sinh.default)
def sinh(ctx, x):
    x, dt = _fl(ctx, x)
    diff = ctx.op("subtract", ctx.op("exponential-minus-one", x),
                  ctx.op("exponential-minus-one", ctx.op("negate", x)))
    return ctx.elementwise("multiply", diff, 0.5, dtype=dt)


@lowers(aten.cosh.default)
def cosh(ctx, x):
    x, dt = _fl(ctx, x)
    total = ctx.op("add", ctx.op("exponential", x), ctx.op("exponential", ctx.op("negate", x)))
    return ctx.elementwise("multiply", total, 0.5, dtype=dt)


@lowers(aten.asinh.default)
def asinh(ctx, x):
    # sign(x) * log1p(|x| + x^2 / (1 + sqrt(1 + x^2)))
    x, dt = _fl(ctx, x)
    if dt in COMPLEX_TYPES:
        return _complex_asinh(ctx, x)
    ax = ctx.op("abs", x)
    x2 = ctx.op("multiply", x, x)
    root = ctx.op("sqrt", ctx.elementwise("add", x2, 1, dtype=dt))
    frac = ctx.op("divide", x2, ctx.elementwise("add", root, 1, dtype=dt))
    return ctx.op("multiply", ctx.op("sign", x), ctx.op("log-plus-one", ctx.op("add", ax, frac)))


@lowers(aten.acosh.default)
def acosh(ctx, x):
    # log(x + sqrt((x - 1) (x + 1))); of a complex x: log(x + sqrt(x + 1) sqrt(x - 1))
    x, dt = _fl(ctx, x)
    if dt in COMPLEX_TYPES:
        roots = ctx.op("multiply", ctx.op("sqrt", ctx.elementwise("add", x, 1, dtype=dt)),
                       ctx.op("sqrt", ctx.elementwise("subtract", x, 1, dtype=dt)))
        return ctx.op("log", ctx.op("add", x, roots))
    prod = ctx.op("multiply", ctx.elementwise("subtract", x, 1, dtype=dt),
                  ctx.elementwise("add", x, 1, dtype=dt))
    return ctx.op("log", ctx.op("add", x, ctx.op("sqrt", prod)))


@lowers(aten.atanh.default)
def atanh(ctx, x):
    # 0.5 * log1p(2x / (1 - x))
    x, dt = _fl(ctx, x)
    if dt in COMPLEX_TYPES:
        return _complex_atanh(ctx, x)
    frac = ctx.op("divide", ctx.elementwise("multiply", x, 2, dtype=dt),
                  ctx.elementwise("subtract", 1, x, dtype=dt))
    return ctx.elementwise("multiply", ctx.op("log-plus-one", frac), 0.5, dtype=dt)


@lowers(aten.isnan.default)
def isnan(ctx, x):
    if ctx.dtype(x) not in INEXACT_TYPES:
        return ctx.full(False, "pred", ctx.dims(x))
    return ctx.op("compare", x, x, direction="NE")


@lowers(aten.isinf.default)
def isinf(ctx, x):
    if ctx.dtype(x) not in INEXACT_TYPES:
        return ctx.full(False, "pred", ctx.dims(x))
    return ctx.compare("EQ", ctx.op("abs", x), np.inf)


@lowers(aten.bitwise_not.default)
def bitwise_not(ctx, x):
    return ctx.op("not", x)


@lowers(aten.logical_not.default)
def logical_not(ctx, x):
    return ctx.op("not", _to_pred(ctx, x))


def _to_pred(ctx, x):
    if ctx.dtype(x) == "pred":
        return x
    return ctx.compare("NE", x, 0, dtype=ctx.dtype(x))


# ---------------------------------------------------------------- binary elementwise

def _arith(opcode, pred_opcode, ctx, a, b, alpha=1):
    dtype = ctx.result_dtype(a, b)
    if alpha != 1:
        b = ctx.elementwise("multiply", b, alpha, dtype=dtype)
    if dtype == "pred":
        if pred_opcode is None:
            raise Unsupported(f"{opcode} of booleans")
        return ctx.elementwise(pred_opcode, a, b, dtype=dtype)
    return ctx.elementwise(opcode, a, b, dtype=dtype)


lowers(aten.add.Tensor, aten.add.Scalar)(partial(_arith, "add", "or"))
lowers(aten.sub.Tensor, aten.sub.Scalar)(partial(_arith, "subtract", None))
lowers(aten.mul.Tensor, aten.mul.Scalar)(partial(_arith, "multiply", "and"))


@lowers(aten.rsub.Tensor, aten.rsub.Scalar)
def rsub(ctx, a, b, alpha=1):
    dtype = ctx.result_dtype(a, b)
    if alpha != 1:
        a = ctx.elementwise("multiply", a, alpha, dtype=dtype)
    return ctx.elementwise("subtract", b, a, dtype=dtype)


@lowers(aten.div.Tensor, aten.div.Scalar)
def div(ctx, a, b):
    dtype = ctx.out_dtype()
    if dtype is None:
        dtype = ctx.result_dtype(a, b)
        dtype = dtype if dtype in INEXACT_TYPES else "f32"
    return ctx.elementwise("divide", a, b, dtype=dtype)


@lowers(aten.div.Tensor_mode, aten.div.Scalar_mode)
def div_mode(ctx, a, b, rounding_mode=None):
    if rounding_mode is None:
        return div(ctx, a, b)
    dtype = ctx.result_dtype(a, b)
    if dtype == "pred":
        raise Unsupported("integer division of booleans")
    a, b = ctx.operands(a, b, dtype=dtype)
    if dtype in FLOAT_TYPES:
        q = ctx.op("divide", a, b)
        if rounding_mode == "trunc":
            return trunc(ctx, q)
        return _floor_divide_float(ctx, a, b, dtype)
    q = ctx.op("divide", a, b)  # truncates toward zero
    if rounding_mode == "trunc":
        return q
    # floor: one less where the remainder is non-zero and the signs differ
    r = ctx.op("remainder", a, b)
    adjust = ctx.op("and", ctx.compare("NE", r, 0, dtype),
                    ctx.op("compare", ctx.compare("LT", r, 0, dtype),
                           ctx.compare("LT", b, 0, dtype), direction="NE"))
    return ctx.select(adjust, ctx.elementwise("subtract", q, 1, dtype=dtype), q, dtype)


def _floor_divide_float(ctx, a, b, dtype):
    """PyTorch's div_floor for floating point (computed through fmod, like eager)."""
    mod = ctx.op("remainder", a, b)
    div_ = ctx.op("divide", ctx.op("subtract", a, mod), b)
    signs_differ = ctx.op("compare", ctx.compare("LT", b, 0, dtype),
                          ctx.compare("LT", mod, 0, dtype), direction="NE")
    fix = ctx.op("and", ctx.compare("NE", mod, 0, dtype), signs_differ)
    div_ = ctx.select(fix, ctx.elementwise("subtract", div_, 1, dtype=dtype), div_, dtype)
    floored = ctx.op("floor", div_)
    round_up = ctx.compare("GT", ctx.op("subtract", div_, floored), 0.5, dtype)
    floored = ctx.select(round_up, ctx.elementwise("add", floored, 1, dtype=dtype), floored,
                         dtype)
    zero_div = ctx.compare("EQ", div_, 0, dtype)
    # a zero quotient keeps the sign of the true quotient
    signed_zero = ctx.elementwise("multiply", ctx.full(0, dtype, ctx.dims(a)),
                                  ctx.op("divide", a, b), dtype=dtype)
    result = ctx.select(zero_div, signed_zero, floored, dtype)
    return ctx.select(ctx.compare("EQ", b, 0, dtype), ctx.op("divide", a, b), result, dtype)


@lowers(aten.floor_divide.default, aten.floor_divide.Scalar)
def floor_divide(ctx, a, b):
    return div_mode(ctx, a, b, "floor")


@lowers(aten.remainder.Tensor, aten.remainder.Scalar, aten.remainder.Scalar_Tensor)
def remainder(ctx, a, b):
    dtype = ctx.result_dtype(a, b)
    a, b = ctx.operands(a, b, dtype=dtype)
    r = ctx.op("remainder", a, b)
    fix = ctx.op("and", ctx.compare("NE", r, 0, dtype),
                 ctx.op("compare", ctx.compare("LT", r, 0, dtype),
                        ctx.compare("LT", b, 0, dtype), direction="NE"))
    return ctx.select(fix, ctx.op("add", r, b), r, dtype)


@lowers(aten.fmod.Tensor, aten.fmod.Scalar)
def fmod(ctx, a, b):
    return ctx.elementwise("remainder", a, b, dtype=ctx.result_dtype(a, b))


@lowers(aten.pow.Tensor_Tensor, aten.pow.Tensor_Scalar, aten.pow.Scalar)
def pow_(ctx, a, b):
    dtype = ctx.out_dtype() or ctx.result_dtype(a, b)
    if not is_value(b) and is_value(a):
        if b == 2:
            a = ctx.convert(a, dtype)
            return ctx.op("multiply", a, a)
        if b == 1:
            return ctx.convert(a, dtype)
        if b == 0.5 and dtype in FLOAT_TYPES:
            return ctx.op("sqrt", ctx.convert(a, dtype))
    return ctx.elementwise("power", a, b, dtype=dtype)


def _minmax(opcode, pred_opcode, ctx, a, b):
    dtype = ctx.result_dtype(a, b)
    return ctx.elementwise(pred_opcode if dtype == "pred" else opcode, a, b, dtype=dtype)


lowers(aten.maximum.default)(partial(_minmax, "maximum", "or"))
lowers(aten.minimum.default)(partial(_minmax, "minimum", "and"))


@lowers(aten.atan2.default)
def atan2(ctx, a, b):
    dtype = _float_dtype(ctx, a)
    return ctx.elementwise("atan2", a, b, dtype=dtype)


def _bitwise(opcode, ctx, a, b):
    dtype = ctx.result_dtype(a, b)
    if dtype in FLOAT_TYPES:
        raise Unsupported("bitwise op on floats")
    return ctx.elementwise(opcode, a, b, dtype=dtype)


for _name, _opcode in [("bitwise_and", "and"), ("bitwise_or", "or"), ("bitwise_xor", "xor")]:
    _pk = getattr(aten, _name)
    lowers(_pk.Tensor, _pk.Scalar)(partial(_bitwise, _opcode))


def _logical(opcode, ctx, a, b):
    return ctx.op(opcode, *ctx.operands(_to_pred(ctx, ctx.as_value(a, ctx.dtype(a))),
                                        _to_pred(ctx, ctx.as_value(b, ctx.dtype(b))),
                                        dtype="pred"))


lowers(aten.logical_and.default)(partial(_logical, "and"))
lowers(aten.logical_or.default)(partial(_logical, "or"))
lowers(aten.logical_xor.default)(partial(_logical, "xor"))


def _comparison(direction, ctx, a, b):
    return ctx.compare(direction, a, b)


for _name, _direction in [("eq", "EQ"), ("ne", "NE"), ("lt", "LT"), ("le", "LE"),
                          ("gt", "GT"), ("ge", "GE")]:
    _pk = getattr(aten, _name)
    lowers(_pk.Tensor, _pk.Scalar)(partial(_comparison, _direction))


@lowers(aten.where.self)
def where(ctx, cond, a, b):
    dtype = ctx.out_dtype() or ctx.result_dtype(a, b)
    return ctx.select(_to_pred(ctx, cond), a, b, dtype)


@lowers(aten.clamp.default, aten.clamp.Tensor)
def clamp(ctx, x, lo=None, hi=None):
    dtype = ctx.out_dtype() or ctx.result_dtype(x, lo, hi)
    out = ctx.convert(x, dtype)
    if lo is not None:
        out = ctx.elementwise("maximum", out, lo, dtype=dtype)
    if hi is not None:
        out = ctx.elementwise("minimum", out, hi, dtype=dtype)
    return out


@lowers(aten.clamp_min.default, aten.clamp_min.Tensor)
def clamp_min(ctx, x, lo):
    return clamp(ctx, x, lo, None)


@lowers(aten.clamp_max.default, aten.clamp_max.Tensor)
def clamp_max(ctx, x, hi):
    return clamp(ctx, x, None, hi)


@lowers(aten.hardtanh.default)
def hardtanh(ctx, x, lo=-1.0, hi=1.0):
    return clamp(ctx, x, lo, hi)


@lowers(aten.relu.default)
def relu(ctx, x):
    if ctx.dtype(x) == "pred":
        return x
    return ctx.elementwise("maximum", x, 0, dtype=ctx.dtype(x))


@lowers(aten.leaky_relu.default)
def leaky_relu(ctx, x, slope=0.01):
    dtype = ctx.dtype(x)
    return ctx.select(ctx.compare("GT", x, 0, dtype), x,
                      ctx.elementwise("multiply", x, slope, dtype=dtype), dtype)


@lowers(aten.elu.default)
def elu(ctx, x, alpha=1.0, scale=1.0, input_scale=1.0):
    dtype = ctx.dtype(x)
    negative = ctx.op("exponential-minus-one",
                      ctx.elementwise("multiply", x, float(input_scale), dtype=dtype))
    negative = ctx.elementwise("multiply", negative, float(alpha) * float(scale), dtype=dtype)
    positive = ctx.elementwise("multiply", x, float(scale), dtype=dtype)
    return ctx.select(ctx.compare("GT", x, 0, dtype), positive, negative, dtype)


@lowers(aten.gelu.default)
def gelu(ctx, x, approximate="none"):
    dtype = ctx.dtype(x)
    half_x = ctx.elementwise("multiply", x, 0.5, dtype=dtype)
    if approximate == "tanh":
        cube = ctx.op("multiply", ctx.op("multiply", x, x), x)
        inner = ctx.op("add", x, ctx.elementwise("multiply", cube, 0.044715, dtype=dtype))
        inner = ctx.elementwise("multiply", inner, math.sqrt(2 / math.pi), dtype=dtype)
        return ctx.op("multiply", half_x,
                      ctx.elementwise("add", ctx.op("tanh", inner), 1, dtype=dtype))
    scaled = ctx.elementwise("multiply", x, 1 / math.sqrt(2), dtype=dtype)
    return ctx.op("multiply", half_x, ctx.elementwise("add", ctx.op("erf", scaled), 1,
                                                      dtype=dtype))


def _fmaxmin(opcode, ctx, a, b):
    """fmax/fmin: like maximum/minimum, but a NaN loses to a number."""
    dtype = ctx.result_dtype(a, b)
    a, b = ctx.operands(a, b, dtype=dtype)
    out = ctx.op(opcode, a, b)
    if dtype not in FLOAT_TYPES:
        return out
    out = ctx.select(isnan(ctx, a), b, out, dtype)
    return ctx.select(isnan(ctx, b), a, out, dtype)


lowers(aten.fmax.default)(partial(_fmaxmin, "maximum"))
lowers(aten.fmin.default)(partial(_fmaxmin, "minimum"))


# ---------------------------------------------------------------- matrix products

def _dot(ctx, a, b, **dimension_numbers):
    """An HLO dot of both operands converted to their promoted type."""
    dtype = ctx.result_dtype(a, b)
    return ctx.op("dot", ctx.convert(a, dtype), ctx.convert(b, dtype), **dimension_numbers)


@lowers(aten.mm.default, aten.mv.default)
def mm(ctx, a, b):
    return _dot(ctx, a, b, lhs_contracting_dims=(1,), rhs_contracting_dims=(0,))


@lowers(aten.bmm.default)
def bmm(ctx, a, b):
    return _dot(ctx, a, b, lhs_batch_dims=(0,), rhs_batch_dims=(0,), lhs_contracting_dims=(2,),
                rhs_contracting_dims=(1,))


@lowers(aten.addmm.default)
def addmm(ctx, bias, a, b, beta=1, alpha=1):
    return _scaled_sum(ctx, mm(ctx, a, b), bias, beta, alpha)


@lowers(aten.dot.default)
def dot(ctx, a, b):
    return _dot(ctx, a, b, lhs_contracting_dims=(0,), rhs_contracting_dims=(0,))


@lowers(aten.vdot.default)
def vdot(ctx, a, b):
    return dot(ctx, _conj(ctx, a), b)


# ---------------------------------------------------------------- reductions

def _sum_dtype(ctx, x, dtype):
    if dtype is not None:
        return hlo_dtype(dtype)
    d = ctx.dtype(x)
    return "s64" if d == "pred" or d in INT_TYPES else d


@lowers(aten.sum.dim_IntList, aten.sum.default)
def sum_(ctx, x, dim=None, keepdim=False, dtype=None):
    out_dtype = ctx.out_dtype() or _sum_dtype(ctx, x, dtype)
    dims = _dims(dim, ctx.rank(x))
    reduced = ctx.reduce(ctx.convert(x, out_dtype), dims, "add", 0)
    return _keepdim(ctx, x, reduced, dims, keepdim)


LOWERINGS[aten.sum.default] = lambda ctx, x, dtype=None: sum_(ctx, x, None, False, dtype)


@lowers(aten.mean.dim)
def mean(ctx, x, dim=None, keepdim=False, dtype=None):
    out_dtype = ctx.out_dtype() or (hlo_dtype(dtype) if dtype else ctx.dtype(x))
    dims = _dims(dim, ctx.rank(x))
    total = ctx.reduce(ctx.convert(x, out_dtype), dims, "add", 0)
    result = ctx.elementwise("divide", total, float(_count(ctx, x, dims)), dtype=out_dtype)
    return _keepdim(ctx, x, result, dims, keepdim)


LOWERINGS[aten.mean.default] = lambda ctx, x, dtype=None: mean(ctx, x, None, False, dtype)


def _minmax_reduce(opcode, ctx, x, dim=None, keepdim=False):
    dtype = ctx.dtype(x)
    op = {"maximum": "or", "minimum": "and"}[opcode] if dtype == "pred" else opcode
    dims = _dims(dim, ctx.rank(x))
    reduced = ctx.reduce(x, dims, op, identity_element(opcode, dtype))
    return _keepdim(ctx, x, reduced, dims, keepdim)


lowers(aten.amax.default)(partial(_minmax_reduce, "maximum"))
lowers(aten.amin.default)(partial(_minmax_reduce, "minimum"))
lowers(aten.max.default)(lambda ctx, x: _minmax_reduce("maximum", ctx, x))
lowers(aten.min.default)(lambda ctx, x: _minmax_reduce("minimum", ctx, x))


def _arg_reducer(ctx, opcode: str, dtype: str) -> str:
    """(value, index) pairs -> the max (min) value with the smallest index; NaN wins."""
    def body(c, p):
        v1, i1, v2, i2 = p
        better = "GT" if opcode == "maximum" else "LT"
        first = c.op("compare", v1, v2, direction=better)
        if dtype in FLOAT_TYPES:
            first = c.op("or", first, c.op("compare", v1, v1, direction="NE"))
            both_nan = c.op("and", c.op("compare", v1, v1, direction="NE"),
                            c.op("compare", v2, v2, direction="NE"))
            tie = c.op("or", c.op("compare", v1, v2, direction="EQ"), both_nan)
        else:
            tie = c.op("compare", v1, v2, direction="EQ")
        first = c.op("or", first, c.op("and", tie, c.op("compare", i1, i2, direction="LT")))
        return [c.op("select", first, v1, v2), c.op("select", first, i1, i2)]

    key = ("argreduce", opcode, dtype)
    name = ctx._scalar_computations.get(key)
    if name is None:
        comp = ctx.module.computation(f"arg{opcode}_{dtype}")
        params = [comp.parameter(scalar(t)) for t in (dtype, "s64", dtype, "s64")]
        comp.build(comp.op("tuple", *body(comp, params)))
        name = ctx._scalar_computations[key] = comp.name
    return name


def _arg_reduce(ctx, x, dim: int, opcode: str):
    """(values, int64 indices) of the max/min along `dim`."""
    dtype = ctx.dtype(x)
    if dtype == "pred":
        x, dtype = ctx.convert(x, "u8"), "u8"
    dims = ctx.dims(x)
    index = ctx.iota("s64", dims, dim)
    init_v = ctx.constant(identity_element(opcode, dtype), dtype)
    init_i = ctx.constant(np.iinfo(np.int64).max, "s64")
    out = ctx.op("reduce", x, index, init_v, init_i, dimensions=(dim,),
                 to_apply=_arg_reducer(ctx, opcode, dtype))
    values = ctx.op("get-tuple-element", out, index=0)
    indices = ctx.op("get-tuple-element", out, index=1)
    return values, indices


def _max_dim(opcode, ctx, x, dim, keepdim=False):
    if ctx.rank(x) == 0:
        return x, ctx.constant(0, "s64")
    dim = _dim(dim, ctx.rank(x))
    values, indices = _arg_reduce(ctx, x, dim, opcode)
    values = ctx.convert(values, ctx.dtype(x))
    return (_keepdim(ctx, x, values, (dim,), keepdim),
            _keepdim(ctx, x, indices, (dim,), keepdim))


lowers(aten.max.dim)(partial(_max_dim, "maximum"))
lowers(aten.min.dim)(partial(_max_dim, "minimum"))


def _argmax(opcode, ctx, x, dim=None, keepdim=False):
    if dim is None:
        flat = ctx.reshape(x, (int(np.prod(ctx.dims(x), dtype=np.int64)),))
        _, index = _arg_reduce(ctx, flat, 0, opcode)
        if keepdim:
            index = ctx.reshape(index, [1] * ctx.rank(x))
        return index
    if ctx.rank(x) == 0:
        return ctx.constant(0, "s64")
    return _max_dim(opcode, ctx, x, dim, keepdim)[1]


lowers(aten.argmax.default)(partial(_argmax, "maximum"))
lowers(aten.argmin.default)(partial(_argmax, "minimum"))


def _any_all(opcode, ctx, x, dim=None, keepdim=False):
    dims = _dims(dim, ctx.rank(x))
    reduced = ctx.reduce(_to_pred(ctx, x), dims, opcode, opcode == "and")
    out = _keepdim(ctx, x, reduced, dims, keepdim)
    return ctx.convert(out, ctx.out_dtype() or "pred")


lowers(aten.any.default, aten.any.dim, aten.any.dims)(partial(_any_all, "or"))
lowers(aten.all.default, aten.all.dim, aten.all.dims)(partial(_any_all, "and"))


@lowers(aten.prod.dim_int)
def prod(ctx, x, dim=None, keepdim=False, dtype=None):
    out_dtype = ctx.out_dtype() or _sum_dtype(ctx, x, dtype)
    dims = _dims(dim, ctx.rank(x))
    reduced = ctx.reduce(ctx.convert(x, out_dtype), dims, "multiply", 1)
    return _keepdim(ctx, x, reduced, dims, keepdim)


LOWERINGS[aten.prod.default] = lambda ctx, x, dtype=None: prod(ctx, x, None, False, dtype)


def _variance(ctx, x, dims, correction, keepdim):
    dtype = ctx.dtype(x)
    n = _count(ctx, x, dims)
    total = ctx.reduce(x, dims, "add", 0)
    mean_ = ctx.elementwise("divide", total, float(n), dtype=dtype)
    kept = [1 if i in dims else d for i, d in enumerate(ctx.dims(x))]
    centered = ctx.op("subtract", x, ctx.broadcast_to(ctx.reshape(mean_, kept), ctx.dims(x)))
    squares = ctx.reduce(_abs_squared(ctx, centered), dims, "add", 0)
    var = ctx.elementwise("divide", squares, float(max(n - correction, 0)),
                          dtype=ctx.dtype(squares))
    return _keepdim(ctx, x, var, dims, keepdim), _keepdim(ctx, x, mean_, dims, keepdim)


def _abs_squared(ctx, x):
    """|x|^2, real (of a complex x: re^2 + im^2, without abs's square root)."""
    if ctx.dtype(x) not in COMPLEX_TYPES:
        return ctx.op("multiply", x, x)
    real, imag = ctx.op("real", x), ctx.op("imag", x)
    return ctx.op("add", ctx.op("multiply", real, real), ctx.op("multiply", imag, imag))


@lowers(aten.var.correction)
def var_correction(ctx, x, dim=None, correction=None, keepdim=False):
    if ctx.dtype(x) not in INEXACT_TYPES:
        raise Unsupported("var of integers")
    correction = 1 if correction is None else correction
    return _variance(ctx, x, _dims(dim, ctx.rank(x)), correction, keepdim)[0]


@lowers(aten.var.dim)
def var_dim(ctx, x, dim=None, unbiased=True, keepdim=False):
    return var_correction(ctx, x, dim, 1 if unbiased else 0, keepdim)


@lowers(aten.var_mean.correction)
def var_mean(ctx, x, dim=None, correction=None, keepdim=False):
    correction = 1 if correction is None else correction
    return _variance(ctx, x, _dims(dim, ctx.rank(x)), correction, keepdim)


def _cumulative(opcode, ctx, x, dim, dtype=None):
    out_dtype = ctx.out_dtype() or _sum_dtype(ctx, x, dtype)
    x = ctx.convert(x, out_dtype)
    if ctx.rank(x) == 0:
        return x
    return _prefix_reduce(ctx, x, _dim(dim, ctx.rank(x)), identity_element(opcode, out_dtype),
                          ctx.reducer(opcode, out_dtype))


def _prefix_reduce(ctx, x, dim: int, init, computation: str):
    """The inclusive scan of `x` along `dim` with a reducer computation: a reduce-window
    over each prefix."""
    n = ctx.dims(x)[dim]
    if n == 0:
        return x
    window = Window(tuple(
        WindowDim(n, 1, n - 1, 0) if i == dim else WindowDim(1)
        for i in range(ctx.rank(x))))
    return ctx.op("reduce-window", x, ctx.constant(init, ctx.dtype(x)), window=window,
                  to_apply=computation)


lowers(aten.cumsum.default)(partial(_cumulative, "add"))
lowers(aten.cumprod.default)(partial(_cumulative, "multiply"))


# ---------------------------------------------------------------- normalization, softmax

def _softmax_parts(ctx, x, dim):
    dims = (dim,)
    xdims = ctx.dims(x)
    kept = [1 if i == dim else d for i, d in enumerate(xdims)]
    m = ctx.reduce(x, dims, "maximum", -np.inf)
    m = ctx.broadcast_to(ctx.reshape(m, kept), xdims)
    # a row of -inf gives -inf - -inf = NaN, as in eager
    shifted = ctx.op("subtract", x, m)
    e = ctx.op("exponential", shifted)
    s = ctx.broadcast_to(ctx.reshape(ctx.reduce(e, dims, "add", 0), kept), xdims)
    return shifted, e, s


@lowers(aten._softmax.default)
def softmax(ctx, x, dim, half_to_float=False):
    x = ctx.convert(x, ctx.out_dtype() or ctx.dtype(x))
    if ctx.rank(x) == 0:
        return ctx.full(1, ctx.dtype(x), ())
    _, e, s = _softmax_parts(ctx, x, _dim(dim, ctx.rank(x)))
    return ctx.op("divide", e, s)


@lowers(aten._log_softmax.default)
def log_softmax(ctx, x, dim, half_to_float=False):
    x = ctx.convert(x, ctx.out_dtype() or ctx.dtype(x))
    if ctx.rank(x) == 0:
        return ctx.full(0, ctx.dtype(x), ())
    shifted, _, s = _softmax_parts(ctx, x, _dim(dim, ctx.rank(x)))
    return ctx.op("subtract", shifted, ctx.op("log", s))


@lowers(aten._safe_softmax.default)
def safe_softmax(ctx, x, dim, dtype=None):
    out = softmax(ctx, x, dim)
    dim = _dim(dim, ctx.rank(x))
    kept = [1 if i == dim else d for i, d in enumerate(ctx.dims(x))]
    all_masked = ctx.reduce(ctx.compare("EQ", x, -np.inf), (dim,), "and", True)
    all_masked = ctx.broadcast_to(ctx.reshape(all_masked, kept), ctx.dims(x))
    return ctx.select(all_masked, 0, out, ctx.dtype(out))


def _moments(ctx, x, dims):
    """mean and biased variance of `x` over `dims`, kept with size-1 dims."""
    xdims = ctx.dims(x)
    dtype = ctx.dtype(x)
    n = float(_count(ctx, x, dims))
    kept = [1 if i in dims else d for i, d in enumerate(xdims)]
    mean_ = ctx.reshape(ctx.elementwise("divide", ctx.reduce(x, dims, "add", 0), n,
                                        dtype=dtype), kept)
    centered = ctx.op("subtract", x, ctx.broadcast_to(mean_, xdims))
    var = ctx.elementwise("divide", ctx.reduce(ctx.op("multiply", centered, centered), dims,
                                               "add", 0), n, dtype=dtype)
    return mean_, ctx.reshape(var, kept), centered


def _affine(ctx, y, weight, bias, channel_dims):
    """y * weight + bias with weight/bias spread along `channel_dims` of y."""
    ydims = ctx.dims(y)
    if weight is not None:
        y = ctx.op("multiply", y, ctx.broadcast_in_dim(ctx.convert(weight, ctx.dtype(y)),
                                                       ydims, channel_dims))
    if bias is not None:
        y = ctx.op("add", y, ctx.broadcast_in_dim(ctx.convert(bias, ctx.dtype(y)), ydims,
                                                  channel_dims))
    return y


@lowers(aten.native_layer_norm.default)
def native_layer_norm(ctx, x, normalized_shape, weight, bias, eps):
    rank = ctx.rank(x)
    axis = rank - len(normalized_shape)
    dims = tuple(range(axis, rank))
    mean_, var, centered = _moments(ctx, x, dims)
    rstd = ctx.op("rsqrt", ctx.elementwise("add", var, float(eps), dtype=ctx.dtype(x)))
    y = ctx.op("multiply", centered, ctx.broadcast_to(rstd, ctx.dims(x)))
    y = _affine(ctx, y, weight, bias, dims)
    return y, mean_, rstd


@lowers(aten.native_group_norm.default)
def native_group_norm(ctx, x, weight, bias, n, c, hxw, group, eps):
    dtype = ctx.dtype(x)
    xdims = ctx.dims(x)
    grouped = ctx.reshape(x, (n, group, (c // group) * hxw))
    mean_, var, centered = _moments(ctx, grouped, (2,))
    rstd = ctx.op("rsqrt", ctx.elementwise("add", var, float(eps), dtype=dtype))
    y = ctx.op("multiply", centered, ctx.broadcast_to(rstd, ctx.dims(grouped)))
    y = _affine(ctx, ctx.reshape(y, xdims), weight, bias, (1,))
    return y, ctx.reshape(mean_, (n, group)), ctx.reshape(rstd, (n, group))


def _bn_eval(ctx, x, weight, bias, mean_, var, eps):
    dtype = ctx.dtype(x)
    xdims = ctx.dims(x)
    rstd = ctx.op("rsqrt", ctx.elementwise("add", ctx.convert(var, dtype), float(eps),
                                           dtype=dtype))
    y = ctx.op("subtract", x, ctx.broadcast_in_dim(ctx.convert(mean_, dtype), xdims, (1,)))
    y = ctx.op("multiply", y, ctx.broadcast_in_dim(rstd, xdims, (1,)))
    return _affine(ctx, y, weight, bias, (1,))


def _bn_train(ctx, x, weight, bias, eps):
    """(output, batch mean, batch rstd, biased batch variance) over all dims but 1."""
    dtype = ctx.dtype(x)
    dims = tuple(d for d in range(ctx.rank(x)) if d != 1)
    mean_, var, centered = _moments(ctx, x, dims)
    rstd = ctx.op("rsqrt", ctx.elementwise("add", var, float(eps), dtype=dtype))
    y = ctx.op("multiply", centered, ctx.broadcast_to(rstd, ctx.dims(x)))
    y = _affine(ctx, y, weight, bias, (1,))
    c = ctx.dims(x)[1]
    return y, ctx.reshape(mean_, (c,)), ctx.reshape(rstd, (c,)), ctx.reshape(var, (c,))


def _running(ctx, running, batch, momentum):
    dtype = ctx.dtype(running)
    old = ctx.elementwise("multiply", running, 1.0 - momentum, dtype=dtype)
    new = ctx.elementwise("multiply", ctx.convert(batch, dtype), momentum, dtype=dtype)
    return ctx.op("add", old, new)


@lowers(aten._native_batch_norm_legit_no_training.default)
def batch_norm_no_training(ctx, x, weight, bias, running_mean, running_var, momentum, eps):
    empty = ctx.full(0, ctx.dtype(x), (0,))
    return _bn_eval(ctx, x, weight, bias, running_mean, running_var, eps), empty, empty


@lowers(aten._native_batch_norm_legit_functional.default)
def batch_norm_functional(ctx, x, weight, bias, running_mean, running_var, training,
                          momentum, eps):
    if not training:
        empty = ctx.full(0, ctx.dtype(x), (0,))
        y = _bn_eval(ctx, x, weight, bias, running_mean, running_var, eps)
        return y, empty, empty, running_mean, running_var
    y, mean_, rstd, var = _bn_train(ctx, x, weight, bias, eps)
    n = _count(ctx, x, [d for d in range(ctx.rank(x)) if d != 1])
    unbiased = ctx.elementwise("multiply", var, n / max(n - 1, 1), dtype=ctx.dtype(var))
    return (y, mean_, rstd, _running(ctx, running_mean, mean_, momentum),
            _running(ctx, running_var, unbiased, momentum))


@lowers(aten._native_batch_norm_legit.no_stats)
def batch_norm_no_stats(ctx, x, weight, bias, training, momentum, eps):
    if not training:
        raise Unsupported("batch norm in eval mode without running statistics")
    y, mean_, rstd, _ = _bn_train(ctx, x, weight, bias, eps)
    return y, mean_, rstd


@lowers(aten._native_batch_norm_legit.default, aten.native_batch_norm.default)
def batch_norm_inplace_stats(ctx, x, weight, bias, running_mean, running_var, training,
                             momentum, eps):
    # Only reached outside functionalization (export in eval mode): no stats to update.
    if training and running_mean is None and running_var is None:
        return batch_norm_no_stats(ctx, x, weight, bias, training, momentum, eps)
    if training:
        raise Unsupported("batch norm updating running statistics in place")
    return batch_norm_no_training(ctx, x, weight, bias, running_mean, running_var,
                                  momentum, eps)


# ---------------------------------------------------------------- shapes and views

def _resolve_size(size, numel: int) -> tuple[int, ...]:
    size = [int(s) for s in size]
    if -1 in size:
        known = int(np.prod([s for s in size if s != -1], dtype=np.int64))
        size[size.index(-1)] = numel // known if known else 0
    return tuple(size)


@lowers(aten.view.default, aten._unsafe_view.default, aten.reshape.default,
        aten.view_copy.default)
def view(ctx, x, size):
    _check_int_args(*size)
    return ctx.reshape(x, _resolve_size(size, ctx.shape(x).size))


@lowers(aten.expand.default, aten.expand_copy.default)
def expand(ctx, x, size, implicit=False):
    _check_int_args(*size)
    xdims = ctx.dims(x)
    offset = len(size) - len(xdims)
    out = [xdims[i - offset] if s == -1 else int(s) for i, s in enumerate(size)]
    return ctx.broadcast_to(x, out)


@lowers(aten.permute.default, aten.permute_copy.default)
def permute(ctx, x, dims):
    return ctx.transpose(x, [_dim(d, ctx.rank(x)) for d in dims])


@lowers(aten.t.default)
def t(ctx, x):
    return ctx.transpose(x, (1, 0)) if ctx.rank(x) == 2 else x


@lowers(aten.transpose.int)
def transpose(ctx, x, d0, d1):
    rank = ctx.rank(x)
    perm = list(range(rank))
    if rank:
        d0, d1 = _dim(d0, rank), _dim(d1, rank)
        perm[d0], perm[d1] = perm[d1], perm[d0]
    return ctx.transpose(x, perm)


@lowers(aten.squeeze.dim, aten.squeeze.dims, aten.squeeze.default)
def squeeze(ctx, x, dims=None):
    xdims = ctx.dims(x)
    if isinstance(dims, (list, tuple)) and not dims:
        return x  # squeeze.dims with no dims squeezes nothing
    dims = _dims(dims, len(xdims)) if dims is not None else tuple(range(len(xdims)))
    return ctx.reshape(x, [d for i, d in enumerate(xdims) if not (i in dims and d == 1)])


@lowers(aten.unsqueeze.default)
def unsqueeze(ctx, x, dim):
    xdims = list(ctx.dims(x))
    dim = _dim(dim, len(xdims) + 1)
    return ctx.reshape(x, xdims[:dim] + [1] + xdims[dim:])


def _identity(ctx, x, *_):
    return x


lowers(aten.clone.default, aten.alias.default, aten.lift_fresh_copy.default,
       aten.detach.default, aten.contiguous.default, aten.alias_copy.default)(_identity)


@lowers(aten._to_copy.default)
def to_copy(ctx, x, dtype=None, *_):
    return ctx.convert(x, hlo_dtype(dtype) if dtype is not None else ctx.dtype(x))


@lowers(aten.copy.default)
def copy(ctx, dst, src, non_blocking=False):
    return ctx.broadcast_to(ctx.convert(src, ctx.dtype(dst)), ctx.dims(dst))


def _slice_bounds(start, end, step, size):
    start = 0 if start is None else int(start)
    end = size if end is None else int(end)
    if start < 0:
        start += size
    if end < 0:
        end += size
    start = min(max(start, 0), size)
    end = min(max(end, start), size)
    return start, end, int(step)


@lowers(aten.slice.Tensor, aten.slice_copy.Tensor)
def slice_(ctx, x, dim=0, start=None, end=None, step=1):
    _check_int_args(start, end, step)
    dim = _dim(dim, ctx.rank(x))
    start, end, step = _slice_bounds(start, end, step, ctx.dims(x)[dim])
    return ctx.slice(x, dim, start, end, step)


@lowers(aten.select.int, aten.select_copy.int)
def select(ctx, x, dim, index):
    _check_int_args(index)
    xdims = ctx.dims(x)
    dim = _dim(dim, len(xdims))
    index = int(index) % xdims[dim]
    part = ctx.slice(x, dim, index, index + 1)
    return ctx.reshape(part, [d for i, d in enumerate(xdims) if i != dim])


@lowers(aten.cat.default)
def cat(ctx, tensors, dim=0):
    dtype = ctx.out_dtype() or ctx.result_dtype(*tensors)
    # legacy: 1-d empty tensors are skipped whatever the other shapes
    tensors = [t for t in tensors if ctx.dims(t) != (0,)] or tensors[:1]
    values = [ctx.convert(t, dtype) for t in tensors]
    dim = _dim(dim, ctx.rank(values[0]))
    values = [v for v in values if ctx.dims(v)[dim] != 0] or values[:1]
    if len(values) == 1:
        return values[0]
    return ctx.op("concatenate", *values, dimensions=(dim,))


@lowers(aten.split_with_sizes.default, aten.split_with_sizes_copy.default)
def split_with_sizes(ctx, x, sizes, dim=0):
    dim = _dim(dim, ctx.rank(x))
    out, start = [], 0
    for size in sizes:
        out.append(ctx.slice(x, dim, start, start + int(size)))
        start += int(size)
    return tuple(out)


@lowers(aten.split.Tensor, aten.split_copy.Tensor)
def split(ctx, x, split_size, dim=0):
    dim = _dim(dim, ctx.rank(x))
    n = ctx.dims(x)[dim]
    sizes = [min(split_size, n - s) for s in range(0, n, split_size)] or [0]
    return split_with_sizes(ctx, x, sizes, dim)


@lowers(aten.unbind.int, aten.unbind_copy.int)
def unbind(ctx, x, dim=0):
    dim = _dim(dim, ctx.rank(x))
    return tuple(select(ctx, x, dim, i) for i in range(ctx.dims(x)[dim]))


@lowers(aten.flip.default)
def flip(ctx, x, dims):
    dims = _dims(dims, ctx.rank(x)) if len(dims) else ()
    return ctx.op("reverse", x, dimensions=dims) if dims else x


@lowers(aten.constant_pad_nd.default)
def constant_pad_nd(ctx, x, pad, value=0):
    rank = ctx.rank(x)
    low, high = [0] * rank, [0] * rank
    for i in range(len(pad) // 2):
        d = rank - 1 - i
        low[d], high[d] = int(pad[2 * i]), int(pad[2 * i + 1])
    dtype = ctx.dtype(x)
    padding = tuple(PadDim(max(lo, 0), max(hi, 0)) for lo, hi in zip(low, high))
    if any(p.low or p.high for p in padding):
        x = ctx.op("pad", x, ctx.constant(value, dtype), padding=padding)
    for d in range(rank):  # negative padding removes elements
        if low[d] < 0 or high[d] < 0:
            size = ctx.dims(x)[d]
            x = ctx.slice(x, d, -min(low[d], 0), size + min(high[d], 0))
    return x


@lowers(aten.repeat.default)
def repeat(ctx, x, repeats):
    repeats = [int(r) for r in repeats]
    xdims = [1] * (len(repeats) - ctx.rank(x)) + list(ctx.dims(x))
    x = ctx.reshape(x, xdims)
    interleaved = [v for r, d in zip(repeats, xdims) for v in (r, d)]
    expanded = ctx.broadcast_in_dim(x, interleaved, range(1, 2 * len(xdims), 2))
    return ctx.reshape(expanded, [r * d for r, d in zip(repeats, xdims)])


def _gather_rows(ctx, x, dim, index):
    """x indexed along `dim` by an integer tensor `index` (any shape): index_select."""
    xdims = ctx.dims(x)
    index = _wrap_index(ctx, index, xdims[dim])
    idims = ctx.dims(index)
    slice_sizes = tuple(1 if i == dim else d for i, d in enumerate(xdims))
    # result: x dims before `dim`, index dims, x dims after `dim`
    offset_dims = tuple(list(range(dim)) + list(range(dim + len(idims),
                                                      len(xdims) - 1 + len(idims))))
    return ctx.op("gather", x, index, offset_dims=offset_dims, collapsed_slice_dims=(dim,),
                  start_index_map=(dim,), index_vector_dim=len(idims),
                  slice_sizes=slice_sizes)


def _wrap_index(ctx, index, size: int):
    """Negative indices count from the end, as in eager."""
    dtype = ctx.dtype(index)
    if dtype == "pred" or dtype in FLOAT_TYPES:
        raise Unsupported("boolean or float indices")
    if dtype.startswith("u"):
        return ctx.convert(index, "s64")
    index = ctx.convert(index, "s64")
    negative = ctx.compare("LT", index, 0, "s64")
    return ctx.select(negative, ctx.elementwise("add", index, size, dtype="s64"), index, "s64")


@lowers(aten.index_select.default)
def index_select(ctx, x, dim, index):
    if ctx.rank(x) == 0:
        return ctx.reshape(x, ())
    dim = _dim(dim, ctx.rank(x))
    return _gather_rows(ctx, x, dim, ctx.reshape(index, (ctx.shape(index).size,)))


@lowers(aten.embedding.default)
def embedding(ctx, weight, indices, padding_idx=-1, scale_grad=False, sparse=False):
    return _gather_rows(ctx, weight, 0, indices)


def _full_index(ctx, index, dim: int, size: int):
    """[*index.shape, rank] coordinates: iota on every dim, `index` on `dim`."""
    idims = ctx.dims(index)
    rank = len(idims)
    columns = []
    for d in range(rank):
        col = _wrap_index(ctx, index, size) if d == dim else ctx.iota("s64", idims, d)
        columns.append(ctx.reshape(col, idims + (1,)))
    return ctx.op("concatenate", *columns, dimensions=(rank,)) if rank > 1 else columns[0]


@lowers(aten.gather.default)
def gather(ctx, x, dim, index, sparse_grad=False):
    rank = ctx.rank(x)
    if rank == 0:
        return ctx.reshape(x, ctx.dims(index))
    dim = _dim(dim, rank)
    coords = _full_index(ctx, index, dim, ctx.dims(x)[dim])
    return ctx.op("gather", x, coords, offset_dims=(), collapsed_slice_dims=tuple(range(rank)),
                  start_index_map=tuple(range(rank)), index_vector_dim=rank,
                  slice_sizes=(1,) * rank)


def _combiner(ctx, kind: str, dtype: str) -> str:
    """Scatter combiners: 'assign' keeps the update, the others reduce."""
    if kind == "assign":
        return ctx.scalar_computation(("assign", dtype), 2, [dtype], lambda c, p: p[1])
    opcode = {"sum": "add", "add": "add", "prod": "multiply", "multiply": "multiply",
              "amax": "maximum", "amin": "minimum"}[kind]
    if dtype == "pred":
        opcode = {"add": "or", "multiply": "and", "maximum": "or", "minimum": "and"}[opcode]
    return ctx.reducer(opcode, dtype)


def _scatter_elements(ctx, x, dim, index, src, kind):
    rank = ctx.rank(x)
    if rank == 0:
        raise Unsupported("scatter into a 0-d tensor")
    dim = _dim(dim, rank)
    idims = ctx.dims(index)
    if isinstance(src, (int, float, bool)):
        src = ctx.full(src, ctx.dtype(x), idims)
    else:
        src = ctx.convert(src, ctx.dtype(x))
        for d, n in enumerate(idims):
            src = ctx.slice(src, d, 0, n)
    if 0 in idims:
        return x
    coords = _full_index(ctx, index, dim, ctx.dims(x)[dim])
    return ctx.op("scatter", x, coords, src, update_window_dims=(),
                  inserted_window_dims=tuple(range(rank)),
                  scatter_dims_to_operand_dims=tuple(range(rank)), index_vector_dim=rank,
                  to_apply=_combiner(ctx, kind, ctx.dtype(x)))


@lowers(aten.scatter.src, aten.scatter.value)
def scatter(ctx, x, dim, index, src):
    return _scatter_elements(ctx, x, dim, index, src, "assign")


@lowers(aten.scatter.reduce, aten.scatter.value_reduce)
def scatter_reduce_legacy(ctx, x, dim, index, src, reduce):
    return _scatter_elements(ctx, x, dim, index, src, reduce)


@lowers(aten.scatter_add.default)
def scatter_add(ctx, x, dim, index, src):
    return _scatter_elements(ctx, x, dim, index, src, "sum")


@lowers(aten.scatter_reduce.two)
def scatter_reduce(ctx, x, dim, index, src, reduce, include_self=True):
    dtype = ctx.dtype(x)
    if reduce == "mean":
        if dtype not in FLOAT_TYPES:
            raise Unsupported("scatter_reduce mean of integers")
        base = x if include_self else ctx.full(0, dtype, ctx.dims(x))
        total = _scatter_elements(ctx, base, dim, index, src, "sum")
        count = _scatter_elements(ctx, ctx.full(1 if include_self else 0, dtype, ctx.dims(x)),
                                  dim, index, 1.0, "sum")
        mean_ = ctx.op("divide", total, ctx.elementwise("maximum", count, 1, dtype=dtype))
        return ctx.select(ctx.compare("EQ", count, 0, dtype), x, mean_, dtype)
    if include_self:
        return _scatter_elements(ctx, x, dim, index, src, reduce)
    opcode = {"sum": "add", "prod": "multiply", "amax": "maximum", "amin": "minimum"}[reduce]
    hit = _scatter_elements(ctx, ctx.full(False, "pred", ctx.dims(x)), dim, index, True,
                            "assign")
    base = ctx.select(hit, identity_element(opcode, dtype), x, dtype)
    return _scatter_elements(ctx, base, dim, index, src, reduce)


def _index_layout(ctx, x, indices):
    """For advanced indexing: the indexed dims, the other dims, and the stacked indices."""
    xdims = ctx.dims(x)
    positions = [i for i, idx in enumerate(indices) if idx is not None]
    if not positions:
        raise Unsupported("index without tensors")
    for i in positions:
        if ctx.dtype(indices[i]) == "pred":
            raise Unsupported("boolean mask indexing (data-dependent shape)")
    others = [i for i in range(len(xdims)) if i not in positions]
    wrapped = [_wrap_index(ctx, indices[i], xdims[i]) for i in positions]
    bdims = ctx.broadcast_dims(*(ctx.dims(w) for w in wrapped))
    columns = [ctx.reshape(ctx.broadcast_to(w, bdims), bdims + (1,)) for w in wrapped]
    stacked = columns[0] if len(columns) == 1 else ctx.op(
        "concatenate", *columns, dimensions=(len(bdims),))
    contiguous = positions == list(range(positions[0], positions[-1] + 1))
    return positions, others, stacked, bdims, contiguous


@lowers(aten.index.Tensor, aten._unsafe_index.Tensor)
def index(ctx, x, indices):
    indices = list(indices) + [None] * (ctx.rank(x) - len(indices))
    positions, others, stacked, bdims, contiguous = _index_layout(ctx, x, indices)
    xdims = ctx.dims(x)
    moved = ctx.transpose(x, positions + others)
    nb, k = len(bdims), len(positions)
    out = ctx.op("gather", moved, stacked,
                 offset_dims=tuple(range(nb, nb + len(others))),
                 collapsed_slice_dims=tuple(range(k)), start_index_map=tuple(range(k)),
                 index_vector_dim=nb,
                 slice_sizes=(1,) * k + tuple(xdims[i] for i in others))
    if contiguous and positions[0] > 0:
        p0 = positions[0]
        perm = list(range(nb, nb + p0)) + list(range(nb)) + list(range(nb + p0,
                                                                      nb + len(others)))
        out = ctx.transpose(out, perm)
    return out


def _mask_rows(ctx, mask, rows):
    """rows[j] at the j-th true element of `mask` (row-major), of shape mask + rows[0]:
    the row ordinal of each position is the running count of true elements before it."""
    mdims = ctx.dims(mask)
    flat = ctx.reshape(ctx.convert(mask, "s64"), (ctx.shape(mask).size,))
    ordinal = ctx.elementwise("subtract", _cumulative("add", ctx, flat, 0, torch.int64), 1,
                              dtype="s64")
    picked = _gather_rows(ctx, rows, 0, ordinal)
    return ctx.reshape(picked, (*mdims, *ctx.dims(rows)[1:]))


def _masked_put(ctx, x, mask, values, accumulate):
    """x[mask] = v (or += v) for a leading boolean mask: one value row for every selected
    position, or one per true element of the mask, in order (a data-dependent count)."""
    dtype = ctx.dtype(x)
    xdims = ctx.dims(x)
    mdims = ctx.dims(mask)
    if xdims[:len(mdims)] != mdims:
        raise Unsupported("boolean mask indexing of a broadcast mask")
    trailing = xdims[len(mdims):]
    values = ctx.as_value(values, dtype)
    vdims = ctx.dims(values)
    if len(vdims) <= len(trailing) or vdims[0] == 1:
        value = ctx.reshape(values, vdims[1:]) if len(vdims) > len(trailing) else values
        placed = ctx.broadcast_in_dim(ctx.broadcast_to(value, trailing), xdims,
                                      range(len(mdims), len(xdims)))
    else:
        placed = _mask_rows(ctx, mask, ctx.broadcast_to(values, (vdims[0], *trailing)))
    mask = ctx.broadcast_in_dim(mask, xdims, range(len(mdims)))
    if accumulate:
        return ctx.op("add", x, ctx.select(mask, placed, 0, dtype))
    return ctx.select(mask, placed, x, dtype)


@lowers(aten.masked_scatter.default)
def masked_scatter(ctx, x, mask, source):
    xdims = ctx.dims(x)
    mask = ctx.broadcast_to(_to_pred(ctx, mask), xdims)
    size = ctx.shape(source).size
    if size == 0:
        return x
    rows = ctx.reshape(ctx.convert(source, ctx.dtype(x)), (size,))
    return ctx.select(mask, _mask_rows(ctx, mask, rows), x, ctx.dtype(x))


@lowers(aten.index_put.default, aten._unsafe_index_put.default)
def index_put(ctx, x, indices, values, accumulate=False):
    present = [i for i in indices if i is not None]
    if len(indices) == 1 and len(present) == 1 and ctx.dtype(present[0]) == "pred":
        return _masked_put(ctx, x, present[0], values, accumulate)
    indices = list(indices) + [None] * (ctx.rank(x) - len(indices))
    positions, others, stacked, bdims, contiguous = _index_layout(ctx, x, indices)
    xdims = ctx.dims(x)
    nb, k = len(bdims), len(positions)
    other_dims = tuple(xdims[i] for i in others)
    # values broadcast to the shape x[indices] has, then arranged as [*bdims, *others]
    if contiguous and positions[0] > 0:
        p0 = positions[0]
        result_dims = other_dims[:p0] + bdims + other_dims[p0:]
        values = ctx.broadcast_to(ctx.as_value(values, ctx.dtype(x)), result_dims)
        perm = list(range(p0, p0 + nb)) + list(range(p0)) + list(range(p0 + nb,
                                                                       nb + len(others)))
        values = ctx.transpose(values, perm)
    else:
        values = ctx.broadcast_to(ctx.as_value(values, ctx.dtype(x)), bdims + other_dims)
    moved = ctx.transpose(x, positions + others)
    out = ctx.op("scatter", moved, stacked, values,
                 update_window_dims=tuple(range(nb, nb + len(others))),
                 inserted_window_dims=tuple(range(k)),
                 scatter_dims_to_operand_dims=tuple(range(k)), index_vector_dim=nb,
                 to_apply=_combiner(ctx, "sum" if accumulate else "assign", ctx.dtype(x)))
    perm = positions + others
    inverse = [perm.index(i) for i in range(len(perm))]
    return ctx.transpose(out, inverse)


def _strided_embed(ctx, x, src, dim, start, end, step):
    """x with x[..., start:end:step, ...] (along dim) replaced by src."""
    size = ctx.dims(x)[dim]
    start, end, step = _slice_bounds(start, end, step, size)
    src = ctx.convert(src, ctx.dtype(x))
    n = ctx.dims(src)[dim]
    if n == 0:
        return x
    last = start + (n - 1) * step
    padding = tuple(PadDim(start, size - 1 - last, step - 1) if i == dim else PadDim(0, 0)
                    for i in range(ctx.rank(x)))
    placed = ctx.op("pad", src, ctx.constant(0, ctx.dtype(x)), padding=padding)
    mask = ctx.op("pad", ctx.full(True, "pred", ctx.dims(src)), ctx.constant(False, "pred"),
                  padding=padding)
    return ctx.op("select", mask, placed, x)


@lowers(aten.slice_scatter.default)
def slice_scatter(ctx, x, src, dim=0, start=None, end=None, step=1):
    _check_int_args(start, end, step)
    return _strided_embed(ctx, x, src, _dim(dim, ctx.rank(x)), start, end, step)


@lowers(aten.select_scatter.default)
def select_scatter(ctx, x, src, dim, index):
    dim = _dim(dim, ctx.rank(x))
    index = int(index) % ctx.dims(x)[dim]
    src = ctx.reshape(src, [1 if i == dim else d for i, d in enumerate(ctx.dims(x))])
    return _strided_embed(ctx, x, src, dim, index, index + 1, 1)


@lowers(aten.diagonal.default, aten.diagonal_copy.default)
def diagonal(ctx, x, offset=0, dim1=0, dim2=1):
    rank = ctx.rank(x)
    dim1, dim2 = _dim(dim1, rank), _dim(dim2, rank)
    xdims = ctx.dims(x)
    rows = np.arange(max(0, -offset), xdims[dim1])
    cols = rows + offset
    keep = (cols >= 0) & (cols < xdims[dim2])
    coords = np.stack([rows[keep], cols[keep]], axis=1).astype(np.int64).reshape(-1, 2)
    others = [i for i in range(rank) if i not in (dim1, dim2)]
    moved = ctx.transpose(x, others + [dim1, dim2])
    k = len(others)
    return ctx.op("gather", moved, ctx.b.constant(coords), offset_dims=tuple(range(k)),
                  collapsed_slice_dims=(k, k + 1), start_index_map=(k, k + 1),
                  index_vector_dim=1, slice_sizes=tuple(xdims[i] for i in others) + (1, 1))


def _strided_flat_index(ctx, x, size, stride, storage_offset) -> np.ndarray:
    """The flat element of `x` each element of x.as_strided(size, stride, offset) reads."""
    _check_int_args(*size, *stride, storage_offset)
    flat_index = np.full([int(s) for s in size], int(storage_offset or 0), dtype=np.int64)
    for d, (n, s) in enumerate(zip(size, stride)):
        shape = [1] * len(size)
        shape[d] = int(n)
        flat_index = flat_index + np.arange(int(n), dtype=np.int64).reshape(shape) * int(s)
    numel = ctx.shape(x).size
    if flat_index.size and (flat_index.max() >= numel or flat_index.min() < 0):
        raise Unsupported("as_strided reaching outside its input's elements")
    return flat_index


@lowers(aten.as_strided.default, aten.as_strided_copy.default)
def as_strided(ctx, x, size, stride, storage_offset=None):
    flat_index = _strided_flat_index(ctx, x, size, stride, storage_offset)
    flat = ctx.reshape(x, (ctx.shape(x).size,))
    return _gather_rows(ctx, flat, 0, ctx.b.constant(flat_index))


@lowers(aten.as_strided_scatter.default)
def as_strided_scatter(ctx, x, src, size, stride, storage_offset=None):
    """x with the elements x.as_strided(size, stride, offset) views replaced by src."""
    flat_index = _strided_flat_index(ctx, x, size, stride, storage_offset).reshape(-1)
    if np.unique(flat_index).size != flat_index.size:
        raise Unsupported("as_strided_scatter through a view that overlaps itself")
    if not flat_index.size:
        return x
    xdims = ctx.dims(x)
    flat = ctx.reshape(x, (ctx.shape(x).size,))
    updates = ctx.reshape(ctx.convert(src, ctx.dtype(x)), (flat_index.size,))
    out = ctx.op("scatter", flat, ctx.b.constant(flat_index.reshape(-1, 1)), updates,
                 update_window_dims=(), inserted_window_dims=(0,),
                 scatter_dims_to_operand_dims=(0,), index_vector_dim=1,
                 to_apply=_combiner(ctx, "assign", ctx.dtype(x)))
    return ctx.reshape(out, xdims)


# ---------------------------------------------------------------- creation

def _creation_dtype(ctx, dtype, fill=None, like=None) -> str:
    if dtype is not None:
        return hlo_dtype(dtype)
    out = ctx.out_dtype()
    if out is not None:
        return out
    if like is not None:
        return ctx.dtype(like)
    return ctx.dtype(fill) if fill is not None else "f32"


@lowers(aten.full.default)
def full(ctx, size, fill_value, dtype=None, *_):
    _check_int_args(*size)
    if is_value(fill_value):
        raise Unsupported("full with a tensor fill value")
    return ctx.full(fill_value, _creation_dtype(ctx, dtype, fill_value), size)


@lowers(aten.full_like.default)
def full_like(ctx, x, fill_value, dtype=None, *_):
    return ctx.full(fill_value, _creation_dtype(ctx, dtype, like=x), ctx.dims(x))


@lowers(aten.zeros_like.default, aten.empty_like.default)
def zeros_like(ctx, x, dtype=None, *_):
    return ctx.full(0, _creation_dtype(ctx, dtype, like=x), ctx.dims(x))


@lowers(aten.ones_like.default)
def ones_like(ctx, x, dtype=None, *_):
    return ctx.full(1, _creation_dtype(ctx, dtype, like=x), ctx.dims(x))


@lowers(aten.empty.memory_format, aten.zeros.default)
def empty(ctx, size, dtype=None, *_):
    _check_int_args(*size)
    return ctx.full(0, _creation_dtype(ctx, dtype), size)


@lowers(aten.ones.default)
def ones(ctx, size, dtype=None, *_):
    return ctx.full(1, _creation_dtype(ctx, dtype), size)


@lowers(aten.empty_strided.default)
def empty_strided(ctx, size, stride, dtype=None, *_):
    return empty(ctx, size, dtype)


@lowers(aten.new_empty.default, aten.new_zeros.default)
def new_zeros(ctx, x, size, dtype=None, *_):
    return ctx.full(0, _creation_dtype(ctx, dtype, like=x), size)


@lowers(aten.new_ones.default)
def new_ones(ctx, x, size, dtype=None, *_):
    return ctx.full(1, _creation_dtype(ctx, dtype, like=x), size)


@lowers(aten.new_full.default)
def new_full(ctx, x, size, fill_value, dtype=None, *_):
    return ctx.full(fill_value, _creation_dtype(ctx, dtype, like=x), size)


@lowers(aten.new_empty_strided.default)
def new_empty_strided(ctx, x, size, stride, dtype=None, *_):
    return ctx.full(0, _creation_dtype(ctx, dtype, like=x), size)


@lowers(aten.scalar_tensor.default)
def scalar_tensor(ctx, value, dtype=None, *_):
    return ctx.full(value, _creation_dtype(ctx, dtype, value), ())


@lowers(aten.fill.Scalar, aten.fill.Tensor)
def fill(ctx, x, value):
    if is_value(value):
        return ctx.broadcast_to(ctx.convert(value, ctx.dtype(x)), ctx.dims(x))
    return ctx.full(value, ctx.dtype(x), ctx.dims(x))


@lowers(aten.arange.start_step)
def arange(ctx, start, end=None, step=1, dtype=None, *_):
    _check_int_args(*(v for v in (start, end, step) if not isinstance(v, float)))
    out_dtype = _creation_dtype(ctx, dtype)
    n = max(int(math.ceil((end - start) / step)), 0)
    # as eager computes it: start + i * step in double (or int64), then cast
    if out_dtype in FLOAT_TYPES:
        values = start + np.arange(n, dtype=np.float64) * step
    else:
        values = int(start) + np.arange(n, dtype=np.int64) * int(step)
    return ctx.b.constant(values.astype(ArrayShape(out_dtype, ()).np_dtype))


LOWERINGS[aten.arange.default] = lambda ctx, end, dtype=None, *_: arange(ctx, 0, end, 1, dtype)
LOWERINGS[aten.arange.start] = lambda ctx, start, end, dtype=None, *_: arange(
    ctx, start, end, 1, dtype)


def _to_numpy(t: torch.Tensor) -> np.ndarray:
    if t.dtype == torch.bfloat16:
        import ml_dtypes
        return t.view(torch.int16).numpy().view(ml_dtypes.bfloat16)
    return t.numpy()


# ---------------------------------------------------------------- sorting

def _sort_comparator(ctx, dtype: str, descending: bool) -> str:
    """Strict weak order on (value, index) pairs; NaN sorts last (first if descending)."""
    def body(c, p):
        a, b = p[0], p[1]
        if descending:
            a, b = b, a
        less = c.op("compare", a, b, direction="LT")
        if dtype in FLOAT_TYPES:
            a_nan = c.op("compare", a, a, direction="NE")
            b_nan = c.op("compare", b, b, direction="NE")
            less = c.op("or", less, c.op("and", b_nan, c.op("not", a_nan)))
        return less

    key = ("sort", dtype, descending)
    name = ctx._scalar_computations.get(key)
    if name is None:
        comp = ctx.module.computation(f"compare_{'desc' if descending else 'asc'}_{dtype}")
        params = [comp.parameter(scalar(t)) for t in (dtype, dtype, "s64", "s64")]
        comp.build(body(comp, params))
        name = ctx._scalar_computations[key] = comp.name
    return name


def _sort(ctx, x, dim, descending):
    if ctx.rank(x) == 0:
        return x, ctx.constant(0, "s64")
    dim = _dim(dim, ctx.rank(x))
    dtype = ctx.dtype(x)
    keys = ctx.convert(x, "u8") if dtype == "pred" else x
    index = ctx.iota("s64", ctx.dims(x), dim)
    out = ctx.op("sort", keys, index, dimensions=(dim,), is_stable=True,
                 to_apply=_sort_comparator(ctx, ctx.dtype(keys), bool(descending)))
    values = ctx.convert(ctx.op("get-tuple-element", out, index=0), dtype)
    return values, ctx.op("get-tuple-element", out, index=1)


@lowers(aten.sort.default)
def sort(ctx, x, dim=-1, descending=False):
    return _sort(ctx, x, dim, descending)


@lowers(aten.sort.stable)
def sort_stable(ctx, x, stable=None, dim=-1, descending=False):
    return _sort(ctx, x, dim, descending)


@lowers(aten.topk.default)
def topk(ctx, x, k, dim=-1, largest=True, sorted=True):
    values, indices = _sort(ctx, x, dim, largest)
    if ctx.rank(x) == 0:
        return values, indices
    dim = _dim(dim, ctx.rank(x))
    return ctx.slice(values, dim, 0, int(k)), ctx.slice(indices, dim, 0, int(k))


# ---------------------------------------------------------------- convolution

def _spatial_labels(n: int) -> str:
    return "".join(str(i) for i in range(n))


def _conv(ctx, x, w, stride, pad_lo, pad_hi, dilation, groups, base_dilation=None,
          kernel_labels="oi"):
    n = ctx.rank(x) - 2
    sp = _spatial_labels(n)
    base_dilation = base_dilation or [1] * n
    ksizes = ctx.dims(w)[2:]
    if groups > 1 and groups == ctx.dims(x)[1] and ctx.dims(w)[kernel_labels.index("i")] == 1:
        if kernel_labels == "io":
            w = ctx.transpose(w, (1, 0) + tuple(range(2, n + 2)))
        return _depthwise_conv(ctx, x, w, stride, pad_lo, pad_hi, dilation, base_dilation)
    window = Window(tuple(
        WindowDim(ksizes[i], stride[i], pad_lo[i], pad_hi[i], base_dilation[i], dilation[i])
        for i in range(n)))
    return ctx.op("convolution", x, w, window=window,
                  dim_labels=f"bf{sp}_{kernel_labels}{sp}->bf{sp}",
                  feature_group_count=groups)



def _tap_window(ctx, padded, tap, dilation, stride, out, o: int, c: int, dims):
    """The padded input read at kernel tap `tap` for every output position (a strided
    slice per spatial dimension), its channels repeated for a channel multiplier: each
    of the c input channels feeds o // c output channels; `dims` is the result's shape."""
    n = len(tap)
    window = padded
    for i, k in enumerate(tap):
        start = k * dilation[i]
        window = ctx.slice(window, 2 + i, start, start + (out[i] - 1) * stride[i] + 1,
                           stride[i])
    if o != c:
        wdims = ctx.dims(window)
        window = ctx.reshape(ctx.broadcast_in_dim(
            window, wdims[:2] + (o // c,) + wdims[2:], (0, 1) + tuple(range(3, n + 3))), dims)
    return window


def _depthwise_conv(ctx, x, w, stride, pad_lo, pad_hi, dilation, base_dilation):
    """A depthwise convolution (one input channel a group; w [O, 1, k...]) as the sum over
    kernel taps of a strided window of the padded input times that tap's weights: one
    fused elementwise kernel instead of a convolution loop with one-channel groups."""
    import itertools
    n = ctx.rank(x) - 2
    xdims, ksizes = ctx.dims(x), ctx.dims(w)[2:]
    c, o = xdims[1], ctx.dims(w)[0]
    padded = ctx.op("pad", x, ctx.constant(0, ctx.dtype(x)), padding=(PadDim(0, 0),) * 2 + tuple(
        PadDim(pad_lo[i], pad_hi[i], base_dilation[i] - 1) for i in range(n)))
    pdims = ctx.dims(padded)
    out = [(pdims[2 + i] - (ksizes[i] - 1) * dilation[i] - 1) // stride[i] + 1
           for i in range(n)]
    odims = (xdims[0], o) + tuple(out)
    total = None
    for tap in itertools.product(*(range(k) for k in ksizes)):
        window = _tap_window(ctx, padded, tap, dilation, stride, out, o, c, odims)
        weight = w
        for i, k in enumerate(tap):
            weight = ctx.slice(weight, 2 + i, k, k + 1)
        weight = ctx.broadcast_in_dim(ctx.reshape(weight, (o,)), odims, (1,))
        term = ctx.op("multiply", window, weight)
        total = term if total is None else ctx.op("add", total, term)
    return total


def _conv_transpose(ctx, x, w, stride, padding, output_padding, dilation, groups):
    """conv_transpose: x [N, Cin, ...], w [Cin, Cout/g, k...]."""
    n = ctx.rank(x) - 2
    wdims = ctx.dims(w)
    cin, cout_g, ksizes = wdims[0], wdims[1], wdims[2:]
    w = ctx.op("reverse", w, dimensions=tuple(range(2, n + 2)))
    if groups > 1:
        w = ctx.reshape(w, (groups, cin // groups, cout_g) + tuple(ksizes))
        w = ctx.transpose(w, (1, 0, 2) + tuple(range(3, n + 3)))
        w = ctx.reshape(w, (cin // groups, groups * cout_g) + tuple(ksizes))
    lo = [dilation[i] * (ksizes[i] - 1) - padding[i] for i in range(n)]
    hi = [lo[i] + output_padding[i] for i in range(n)]
    if any(v < 0 for v in lo + hi):
        raise Unsupported("transposed convolution with padding beyond the kernel extent")
    return _conv(ctx, x, w, [1] * n, lo, hi, dilation, groups, base_dilation=stride,
                 kernel_labels="io")


@lowers(aten.convolution.default)
def convolution(ctx, x, w, bias, stride, padding, dilation, transposed, output_padding,
                groups):
    n = ctx.rank(x) - 2
    if n < 1:
        raise Unsupported("convolution without spatial dimensions")
    stride, padding, dilation = (_int_list(v, n) for v in (stride, padding, dilation))
    dtype = ctx.result_dtype(x, w)
    x, w = ctx.convert(x, dtype), ctx.convert(w, dtype)
    if transposed:
        out = _conv_transpose(ctx, x, w, stride, padding, _int_list(output_padding, n),
                              dilation, groups)
    else:
        out = _conv(ctx, x, w, stride, padding, padding, dilation, groups)
    if bias is not None:
        out = ctx.op("add", out, ctx.broadcast_in_dim(ctx.convert(bias, dtype), ctx.dims(out),
                                                      (1,)))
    return out


def _conv_weight_grad(ctx, x, grad, ksizes, stride, padding, dilation, groups):
    """d(loss)/d(weight) of a convolution: [O, C/groups, k...]. One convolution over the
    batch: x's channels are its batch, grad is its kernel; groups become batch groups
    (each output feature group reads its own slice of x's channels), as in XLA."""
    n = ctx.rank(x) - 2
    sp = _spatial_labels(n)
    xdims, gdims = ctx.dims(x), ctx.dims(grad)
    dims = []
    for i in range(n):
        extent = (gdims[2 + i] - 1) * stride[i] + 1
        hi = (ksizes[i] - 1) * dilation[i] + extent - xdims[2 + i] - padding[i]
        if hi < 0:
            x = ctx.slice(x, 2 + i, 0, xdims[2 + i] + hi)
            hi = 0
        dims.append(WindowDim(gdims[2 + i], dilation[i], padding[i], hi, 1, stride[i]))
    return ctx.op("convolution", x, grad, window=Window(tuple(dims)),
                  dim_labels=f"fb{sp}_io{sp}->fb{sp}", batch_group_count=groups)


def _depthwise_weight_grad(ctx, x, grad, ksizes, stride, padding, dilation):
    """d(loss)/d(weight) of a depthwise convolution (one input channel a group): per
    kernel tap, the input window it saw times grad, summed over batch and positions.
    Row-fused reductions: 1.6x faster than the batch-group convolution's direct loop
    (N 8, C 144, 32x32, 3x3, one thread: 4.6 vs 7.6 ms)."""
    import itertools
    n = ctx.rank(x) - 2
    xdims, gdims = ctx.dims(x), ctx.dims(grad)
    c, o = xdims[1], gdims[1]
    out = gdims[2:]
    hi = [max(0, (out[i] - 1) * stride[i] + (ksizes[i] - 1) * dilation[i] + 1
              - xdims[2 + i] - padding[i]) for i in range(n)]
    padded = ctx.op("pad", x, ctx.constant(0, ctx.dtype(x)), padding=(PadDim(0, 0),) * 2 + tuple(
        PadDim(padding[i], hi[i]) for i in range(n)))
    taps = []
    for tap in itertools.product(*(range(k) for k in ksizes)):
        window = _tap_window(ctx, padded, tap, dilation, stride, out, o, c, gdims)
        product = ctx.op("multiply", window, grad)
        taps.append(ctx.reshape(ctx.reduce(product, [d for d in range(n + 2) if d != 1],
                                           "add", 0), (o, 1)))
    return ctx.reshape(ctx.op("concatenate", *taps, dimensions=(1,)), (o, 1) + tuple(ksizes))


@lowers(aten.convolution_backward.default)
def convolution_backward(ctx, grad, x, w, bias_sizes, stride, padding, dilation, transposed,
                         output_padding, groups, output_mask):
    if transposed:
        raise Unsupported("backward of transposed convolution")
    n = ctx.rank(x) - 2
    stride, padding, dilation = (_int_list(v, n) for v in (stride, padding, dilation))
    xdims, wdims, gdims = ctx.dims(x), ctx.dims(w), ctx.dims(grad)
    ksizes = wdims[2:]
    grad_input = grad_weight = grad_bias = None
    if output_mask[0]:
        out_pad = [xdims[2 + i] - ((gdims[2 + i] - 1) * stride[i] - 2 * padding[i]
                                   + dilation[i] * (ksizes[i] - 1) + 1) for i in range(n)]
        # conv_transpose takes w as [Cin, Cout/g, k]: the forward weight [O, C/g, k] is that
        grad_input = _conv_transpose(ctx, grad, w, stride, padding, out_pad, dilation, groups)
    if output_mask[1]:
        grad_weight = (_depthwise_weight_grad(ctx, x, grad, ksizes, stride, padding, dilation)
                       if groups > 1 and groups == xdims[1] else
                       _conv_weight_grad(ctx, x, grad, ksizes, stride, padding, dilation,
                                         groups))
    if output_mask[2]:
        grad_bias = ctx.reduce(grad, [d for d in range(ctx.rank(grad)) if d != 1], "add", 0)
    return grad_input, grad_weight, grad_bias


# ---------------------------------------------------------------- pooling

def _pool_out_size(size, k, s, p, d, ceil_mode):
    numerator = size + 2 * p - d * (k - 1) - 1
    out = (numerator + (s - 1 if ceil_mode else 0)) // s + 1
    if ceil_mode and (out - 1) * s >= size + p:
        out -= 1
    return out


def _max_pool(ctx, x, kernel, stride=(), padding=0, dilation=1, ceil_mode=False, nd=2):
    kernel = _int_list(kernel, nd)
    xdims = ctx.dims(x)
    rank = len(xdims)
    spatial = xdims[-nd:]
    stride = _int_list(stride, nd) if stride else list(kernel)
    padding, dilation = _int_list(padding, nd), _int_list(dilation, nd)
    outs = [_pool_out_size(spatial[i], kernel[i], stride[i], padding[i], dilation[i],
                           ceil_mode) for i in range(nd)]
    dtype = ctx.dtype(x)
    lead = rank - nd
    dims = [WindowDim(1)] * lead
    for i in range(nd):
        hi = (outs[i] - 1) * stride[i] + dilation[i] * (kernel[i] - 1) + 1 - spatial[i] \
            - padding[i]
        dims.append(WindowDim(kernel[i], stride[i], padding[i], max(hi, 0), 1, dilation[i]))
    init_v = ctx.constant(identity_element("maximum", dtype), dtype)
    expected = tuple(xdims[:lead]) + tuple(outs)
    if not _reads_output(ctx.node, 1):
        # Nothing reads the indices (inference): a plain max over each window, as eager's
        # max_pool2d, not a (value, index) pair per element compared at every tap.
        values = ctx.op("reduce-window", x, init_v, window=Window(tuple(dims)),
                        to_apply=ctx.reducer("maximum", dtype))
        return (_crop(ctx, values, expected) if ctx.dims(values) != expected else values), None
    # flat index within the spatial plane, as eager returns it
    flat = None
    for i in range(nd):
        term = ctx.iota("s64", xdims, lead + i)
        scale = int(np.prod(spatial[i + 1:], dtype=np.int64))
        if scale != 1:
            term = ctx.elementwise("multiply", term, scale, dtype="s64")
        flat = term if flat is None else ctx.op("add", flat, term)
    init_i = ctx.constant(np.iinfo(np.int64).max, "s64")
    out = ctx.op("reduce-window", x, flat, init_v, init_i, window=Window(tuple(dims)),
                 to_apply=_arg_reducer(ctx, "maximum", dtype))
    values = ctx.op("get-tuple-element", out, index=0)
    indices = ctx.op("get-tuple-element", out, index=1)
    if ctx.dims(values) != expected:
        values = _crop(ctx, values, expected)
        indices = _crop(ctx, indices, expected)
    return values, indices


def _reads_output(node, index: int) -> bool:
    """Whether anything reads output `index` of the multi-output fx `node` (True when
    unknown: a user that takes the whole tuple, or no node). make_fx keeps a `getitem`
    that nothing uses: it reads nothing."""
    return node is None or any(user.target is not operator.getitem or
                               (user.args[1] == index and user.users) for user in node.users)


def _crop(ctx, x, dims):
    for d, n in enumerate(dims):
        x = ctx.slice(x, d, 0, n)
    return x


lowers(aten.max_pool2d_with_indices.default)(partial(_max_pool, nd=2))
lowers(aten.max_pool3d_with_indices.default)(partial(_max_pool, nd=3))


@lowers(aten.max_pool2d_with_indices_backward.default,
        aten.max_pool3d_with_indices_backward.default)
def max_pool_backward(ctx, grad, x, kernel, stride, padding, dilation, ceil_mode, indices):
    xdims, gdims = ctx.dims(x), ctx.dims(grad)
    nd = 3 if _is_3d(ctx) else 2
    lead = len(xdims) - nd
    planes = int(np.prod(xdims[:lead], dtype=np.int64))
    plane = int(np.prod(xdims[lead:], dtype=np.int64))
    per_plane = int(np.prod(gdims[lead:], dtype=np.int64))
    flat_idx = ctx.reshape(indices, (planes * per_plane, 1))
    plane_idx = ctx.reshape(ctx.iota("s64", (planes, per_plane), 0), (planes * per_plane, 1))
    coords = ctx.op("concatenate", plane_idx, flat_idx, dimensions=(1,))
    updates = ctx.reshape(grad, (planes * per_plane,))
    zeros = ctx.full(0, ctx.dtype(grad), (planes, plane))
    out = ctx.op("scatter", zeros, coords, updates, update_window_dims=(),
                 inserted_window_dims=(0, 1), scatter_dims_to_operand_dims=(0, 1),
                 index_vector_dim=1, to_apply=ctx.reducer("add", ctx.dtype(grad)))
    return ctx.reshape(out, xdims)


def _is_3d(ctx) -> bool:
    return ctx.node is not None and "3d" in str(ctx.node.target)


def _pool_matrix(windows: list[tuple[int, int]], size: int, weights=None) -> np.ndarray:
    """[out, size] averaging matrix: row o spreads 1/count (or the given weights)."""
    m = np.zeros((len(windows), size), dtype=np.float64)
    for o, (lo, hi) in enumerate(windows):
        if hi > lo:
            m[o, lo:hi] = 1.0 / (hi - lo) if weights is None else weights[o]
    return m


def _apply_matrices(ctx, x, matrices: list[np.ndarray], transpose=False):
    """Contract each of the last len(matrices) dims of x with its matrix."""
    dtype = ctx.dtype(x)
    nd = len(matrices)
    lead = ctx.rank(x) - nd
    for m in matrices:
        mat = ctx.b.constant(m.T.astype(ArrayShape(dtype, ()).np_dtype) if transpose
                             else m.astype(ArrayShape(dtype, ()).np_dtype))
        # contracting the first spatial dim; the result dim goes last, so after nd
        # steps the spatial dims are back in order
        x = ctx.op("dot", x, mat, lhs_contracting_dims=(lead,), rhs_contracting_dims=(1,))
    return x


def _adaptive_windows(size: int, out: int):
    return [((o * size) // out, -((-(o + 1) * size) // out)) for o in range(out)]


def _adaptive_avg_pool(ctx, x, output_size):
    nd = len(output_size)
    spatial = ctx.dims(x)[-nd:]
    mats = [_pool_matrix(_adaptive_windows(spatial[i], int(output_size[i])), spatial[i])
            for i in range(nd)]
    return _apply_matrices(ctx, x, mats)


lowers(aten._adaptive_avg_pool2d.default, aten._adaptive_avg_pool3d.default,
       aten.adaptive_avg_pool2d.default)(_adaptive_avg_pool)


@lowers(aten._adaptive_avg_pool2d_backward.default, aten._adaptive_avg_pool3d_backward.default)
def adaptive_avg_pool_backward(ctx, grad, x):
    xdims, gdims = ctx.dims(x), ctx.dims(grad)
    nd = 3 if _is_3d(ctx) else 2
    spatial, outs = xdims[-nd:], gdims[-nd:]
    mats = [_pool_matrix(_adaptive_windows(spatial[i], outs[i]), spatial[i])
            for i in range(nd)]
    return _apply_matrices(ctx, grad, mats, transpose=True)


def _avg_windows(size, k, s, p, out, count_include_pad):
    windows, counts = [], []
    for o in range(out):
        start = o * s - p
        end = min(start + k, size + p)
        count = end - start
        lo, hi = max(start, 0), min(end, size)
        windows.append((lo, hi))
        counts.append(count if count_include_pad else hi - lo)
    return windows, counts


def _avg_matrices(spatial, kernel, stride, padding, ceil_mode, count_include_pad,
                  divisor_override):
    nd = len(spatial)
    mats = []
    for i in range(nd):
        out = _pool_out_size(spatial[i], kernel[i], stride[i], padding[i], 1, ceil_mode)
        windows, counts = _avg_windows(spatial[i], kernel[i], stride[i], padding[i], out,
                                       count_include_pad)
        if divisor_override:
            weights = [1.0 / divisor_override ** (1.0 / nd)] * out
        else:
            weights = [1.0 / c if c else 0.0 for c in counts]
        mats.append(_pool_matrix(windows, spatial[i], weights))
    return mats


def _avg_pool(ctx, x, kernel, stride=(), padding=0, ceil_mode=False, count_include_pad=True,
              divisor_override=None, nd=2):
    kernel = _int_list(kernel, nd)
    stride = _int_list(stride, nd) if stride else list(kernel)
    padding = _int_list(padding, nd)
    mats = _avg_matrices(ctx.dims(x)[-nd:], kernel, stride, padding, ceil_mode,
                         count_include_pad, divisor_override)
    return _apply_matrices(ctx, x, mats)


lowers(aten.avg_pool2d.default)(partial(_avg_pool, nd=2))
lowers(aten.avg_pool3d.default)(partial(_avg_pool, nd=3))


def _avg_pool_backward(ctx, grad, x, kernel, stride, padding, ceil_mode, count_include_pad,
                       divisor_override, nd=2):
    kernel = _int_list(kernel, nd)
    stride = _int_list(stride, nd) if stride else list(kernel)
    padding = _int_list(padding, nd)
    mats = _avg_matrices(ctx.dims(x)[-nd:], kernel, stride, padding, ceil_mode,
                         count_include_pad, divisor_override)
    return _apply_matrices(ctx, grad, mats, transpose=True)


lowers(aten.avg_pool2d_backward.default)(partial(_avg_pool_backward, nd=2))
lowers(aten.avg_pool3d_backward.default)(partial(_avg_pool_backward, nd=3))


def _source_index(scale: float, dst: int, align_corners: bool) -> float:
    if align_corners:
        return scale * dst
    return max(scale * (dst + 0.5) - 0.5, 0.0)


def _area_scale(in_size, out_size, align_corners, scale_factor) -> float:
    """The source step per output pixel (ATen's area_pixel_compute_scale)."""
    if align_corners:
        return (in_size - 1) / (out_size - 1) if out_size > 1 else 0.0
    return 1.0 / scale_factor if scale_factor else in_size / out_size


def _linear_matrix(in_size, out_size, align_corners, scale_factor):
    scale = _area_scale(in_size, out_size, align_corners, scale_factor)
    m = np.zeros((out_size, in_size), dtype=np.float64)
    for o in range(out_size):
        src = np.float32(_source_index(np.float32(scale), o, align_corners))
        i0 = min(int(np.floor(src)), in_size - 1)
        i1 = min(i0 + 1, in_size - 1)
        lam = float(src) - i0
        m[o, i0] += 1.0 - lam
        m[o, i1] += lam
    return m


@lowers(aten.upsample_bilinear2d.vec, aten.upsample_linear1d.vec,
        aten.upsample_trilinear3d.vec)
def upsample_linear(ctx, x, output_size, align_corners, scale_factors=None):
    nd = ctx.rank(x) - 2
    spatial = ctx.dims(x)[2:]
    if output_size is None:
        output_size = [int(math.floor(spatial[i] * scale_factors[i])) for i in range(nd)]
    scales = scale_factors if scale_factors is not None else [None] * nd
    mats = [_linear_matrix(spatial[i], int(output_size[i]), align_corners, scales[i])
            for i in range(nd)]
    return _apply_matrices(ctx, x, mats)


@lowers(aten.upsample_nearest2d.vec, aten.upsample_nearest1d.vec,
        aten.upsample_nearest3d.vec)
def upsample_nearest(ctx, x, output_size, scale_factors=None):
    nd = ctx.rank(x) - 2
    spatial = ctx.dims(x)[2:]
    if output_size is None:
        output_size = [int(math.floor(spatial[i] * scale_factors[i])) for i in range(nd)]
    for i in range(nd):
        out = int(output_size[i])
        scale = np.float32(1.0 / scale_factors[i]) if scale_factors is not None else \
            np.float32(spatial[i] / out)
        src = np.minimum(np.floor(np.arange(out, dtype=np.float32) * scale).astype(np.int64),
                         spatial[i] - 1)
        x = _gather_rows(ctx, x, 2 + i, ctx.b.constant(src))
    return x


def _pad_indices(size: int, lo: int, hi: int, mode: str) -> np.ndarray:
    idx = np.arange(-lo, size + hi)
    if mode == "reflect":
        period = 2 * (size - 1) if size > 1 else 1
        idx = np.abs(idx) % period
        idx = np.where(idx >= size, period - idx, idx)
    else:
        idx = np.clip(idx, 0, size - 1)
    return idx.astype(np.int64)


def _pad_mode(mode, nd, ctx, x, padding):
    rank = ctx.rank(x)
    for i in range(nd):
        d = rank - 1 - i
        lo, hi = int(padding[2 * i]), int(padding[2 * i + 1])
        idx = _pad_indices(ctx.dims(x)[d], lo, hi, mode)
        x = _gather_rows(ctx, x, d, ctx.b.constant(idx))
    return x


for _nd in (1, 2, 3):
    lowers(getattr(aten, f"reflection_pad{_nd}d").default)(partial(_pad_mode, "reflect", _nd))
    lowers(getattr(aten, f"replication_pad{_nd}d").default)(partial(_pad_mode, "replicate",
                                                                   _nd))


# ---------------------------------------------------------------- distances

def _p_norm(ctx, diff, p, dim):
    dtype = ctx.dtype(diff)
    a = ctx.op("abs", diff)
    if p == 0:
        return ctx.reduce(ctx.convert(ctx.compare("NE", a, 0, dtype), dtype), (dim,), "add", 0)
    if p == math.inf:
        return ctx.reduce(a, (dim,), "maximum", -np.inf)
    if p == 1:
        return ctx.reduce(a, (dim,), "add", 0)
    if p == 2:
        return ctx.op("sqrt", ctx.reduce(ctx.op("multiply", a, a), (dim,), "add", 0))
    powered = ctx.reduce(ctx.elementwise("power", a, float(p), dtype=dtype), (dim,), "add", 0)
    return ctx.elementwise("power", powered, 1.0 / p, dtype=dtype)


@lowers(aten.linalg_vector_norm.default)
def linalg_vector_norm(ctx, x, ord=2, dim=None, keepdim=False, dtype=None):
    out_dtype = ctx.out_dtype() or (hlo_dtype(dtype) if dtype else ctx.dtype(x))
    if ctx.dtype(x) in COMPLEX_TYPES:  # the norm of the magnitudes (a real result)
        x = ctx.op("abs", ctx.convert(x, hlo_dtype(dtype)) if dtype else x)
    x = ctx.convert(x, out_dtype)
    dims = _dims(dim, ctx.rank(x))
    n = _count(ctx, x, dims)
    flat_dims = [d for i, d in enumerate(ctx.dims(x)) if i not in dims]
    # reduce over all `dims` at once: move them last and flatten them
    moved = ctx.transpose(x, [i for i in range(ctx.rank(x)) if i not in dims] + list(dims))
    flat = ctx.reshape(moved, flat_dims + [n])
    if ord == -math.inf:
        out = ctx.reduce(ctx.op("abs", flat), (len(flat_dims),), "minimum", np.inf)
    else:
        out = _p_norm(ctx, flat, float(ord), len(flat_dims))
    return _keepdim(ctx, x, out, dims, keepdim)


@lowers(aten.exp2.default)
def exp2(ctx, x):
    x, dt = _fl(ctx, x)
    return ctx.elementwise("power", 2.0, x, dtype=dt)


@lowers(aten.hypot.default)
def hypot(ctx, a, b):
    dtype = ctx.result_dtype(a, b)
    a, b = ctx.operands(a, b, dtype=dtype)
    return ctx.op("sqrt", ctx.op("add", ctx.op("multiply", a, a), ctx.op("multiply", b, b)))


@lowers(aten.unfold.default)
def unfold(ctx, x, dim, size, step):
    if ctx.rank(x) == 0:
        return ctx.reshape(x, (1,))
    dim = _dim(dim, ctx.rank(x))
    n = (ctx.dims(x)[dim] - size) // step + 1
    index = (np.arange(n)[:, None] * step + np.arange(size)[None, :]).astype(np.int64)
    windows = _gather_rows(ctx, x, dim, ctx.b.constant(index))  # [..., n, size, ...]
    rank = ctx.rank(windows)
    perm = [i for i in range(rank) if i != dim + 1] + [dim + 1]
    return ctx.transpose(windows, perm)


@lowers(aten._cdist_forward.default)
def cdist(ctx, x1, x2, p, compute_mode=None):
    d1, d2 = ctx.dims(x1), ctx.dims(x2)
    batch = ctx.broadcast_dims(d1[:-2], d2[:-2])
    nb = len(batch)
    shape = batch + (d1[-2], d2[-2], d1[-1])
    a = ctx.broadcast_in_dim(ctx.broadcast_to(x1, batch + d1[-2:]), shape,
                             list(range(nb)) + [nb, nb + 2])
    b = ctx.broadcast_in_dim(ctx.broadcast_to(x2, batch + d2[-2:]), shape,
                             list(range(nb)) + [nb + 1, nb + 2])
    return _p_norm(ctx, ctx.op("subtract", a, b), float(p), nb + 2)


@lowers(aten._pdist_forward.default)
def pdist(ctx, x, p=2.0):
    n = ctx.dims(x)[0]
    rows, cols = np.triu_indices(n, 1)
    a = _gather_rows(ctx, x, 0, ctx.b.constant(rows.astype(np.int64)))
    b = _gather_rows(ctx, x, 0, ctx.b.constant(cols.astype(np.int64)))
    return _p_norm(ctx, ctx.op("subtract", a, b), float(p), 1)


# ---------------------------------------------------------------- scans, order statistics, search

def _cumulative_extreme(opcode, ctx, x, dim):
    """cummax/cummin: the running extreme (NaN wins) and the last index attaining it.

    The running extreme is constant from the last position j <= i where x[j] equals it
    (or is NaN) up to i, so that index is the running max of those positions."""
    if ctx.rank(x) == 0:
        return x, ctx.constant(0, "s64")
    dim = _dim(dim, ctx.rank(x))
    values = _cumulative(opcode, ctx, x, dim, HLO_TO_TORCH[ctx.dtype(x)])
    attains = ctx.op("compare", x, values, direction="EQ")
    if ctx.dtype(x) in FLOAT_TYPES:
        attains = ctx.op("or", attains, isnan(ctx, x))
    positions = ctx.select(attains, ctx.iota("s64", ctx.dims(x), dim), -1, "s64")
    return values, _cumulative("maximum", ctx, positions, dim)


lowers(aten.cummax.default)(partial(_cumulative_extreme, "maximum"))
lowers(aten.cummin.default)(partial(_cumulative_extreme, "minimum"))


def _median(ctx, x, dim, keepdim, ignore_nan):
    """The lower median along `dim` (NaN sorts last: median propagates it, nanmedian
    takes the median of the other values) and its index."""
    values, indices = _sort(ctx, x, dim, False)
    if ctx.rank(x) == 0:
        return values, indices
    dim = _dim(dim, ctx.rank(x))
    n = ctx.dims(x)[dim]
    kept = [1 if i == dim else d for i, d in enumerate(ctx.dims(x))]
    if ignore_nan and ctx.dtype(x) in FLOAT_TYPES:
        count = ctx.reduce(ctx.convert(ctx.op("not", isnan(ctx, x)), "s64"), (dim,), "add", 0)
        k = ctx.elementwise("divide", ctx.elementwise("maximum", ctx.elementwise(
            "subtract", count, 1, dtype="s64"), 0, dtype="s64"), 2, dtype="s64")
    else:
        k = ctx.full((n - 1) // 2, "s64", [d for i, d in enumerate(kept) if i != dim])
        if ctx.dtype(x) in FLOAT_TYPES:  # a NaN anywhere: the median is the (first) NaN
            nans = ctx.reduce(ctx.convert(isnan(ctx, x), "s64"), (dim,), "add", 0)
            k = ctx.select(ctx.compare("GT", nans, 0, "s64"),
                           ctx.elementwise("subtract", n, nans, dtype="s64"), k, "s64")
    k = ctx.reshape(k, kept)
    values, indices = (ctx.reshape(gather(ctx, v, dim, k), [d for i, d in enumerate(kept)
                                                            if i != dim])
                       for v in (values, indices))
    return (_keepdim(ctx, x, values, (dim,), keepdim),
            _keepdim(ctx, x, indices, (dim,), keepdim))


def _median_all(ignore_nan, ctx, x):
    flat = ctx.reshape(x, (ctx.shape(x).size,))
    return _median(ctx, flat, 0, False, ignore_nan)[0]


lowers(aten.median.default)(partial(_median_all, False))
lowers(aten.nanmedian.default)(partial(_median_all, True))
lowers(aten.median.dim)(lambda ctx, x, dim, keepdim=False: _median(ctx, x, dim, keepdim, False))
lowers(aten.nanmedian.dim)(
    lambda ctx, x, dim, keepdim=False: _median(ctx, x, dim, keepdim, True))


@lowers(aten.searchsorted.Tensor, aten.searchsorted.Scalar)
def searchsorted(ctx, sorted_sequence, values, out_int32=False, right=False, side=None,
                 sorter=None):
    """Per value, how many boundaries lie before it: one comparison per pair."""
    out_dtype = "s32" if out_int32 else "s64"
    if ctx.dims(sorted_sequence)[-1] == 0:
        return ctx.full(0, out_dtype, ctx.dims(values) if is_value(values) else ())
    if sorter is not None:
        sorted_sequence = gather(ctx, sorted_sequence, ctx.rank(sorted_sequence) - 1, sorter)
    dtype = ctx.result_dtype(sorted_sequence, values)
    values = ctx.as_value(values, dtype)
    bounds = ctx.convert(sorted_sequence, dtype)
    right = right or side == "right"
    vdims, bdims = ctx.dims(values), ctx.dims(bounds)
    m = bdims[-1]
    if len(bdims) == 1:  # every value searches the one sequence
        pairs = (*vdims, m)
        v = ctx.broadcast_in_dim(values, pairs, range(len(vdims)))
        b = ctx.broadcast_in_dim(bounds, pairs, (len(vdims),))
    else:  # row by row: values (..., k), boundaries (..., m)
        pairs = (*vdims, m)
        v = ctx.broadcast_in_dim(values, pairs, range(len(vdims)))
        b = ctx.broadcast_in_dim(bounds, pairs, [*range(len(vdims) - 1), len(vdims)])
    before = ctx.op("compare", b, v, direction="LE" if right else "LT")
    out = ctx.reduce(ctx.convert(before, "s64"), (len(vdims),), "add", 0)
    return ctx.convert(out, out_dtype)


@lowers(aten._trilinear.default)
def trilinear(ctx, i1, i2, i3, expand1, expand2, expand3, sumdim, unroll_dim=1):
    """i1, i2, i3 each unsqueezed at its expand dims, multiplied, summed over sumdim."""
    factors = []
    for x, expand in ((i1, expand1), (i2, expand2), (i3, expand3)):
        dims = list(ctx.dims(x))
        for d in sorted(expand):
            dims.insert(d, 1)
        factors.append(ctx.reshape(x, dims))
    dtype = ctx.result_dtype(*factors)
    product = ctx.elementwise("multiply", factors[0], factors[1], dtype=dtype)
    product = ctx.elementwise("multiply", product, factors[2], dtype=dtype)
    return ctx.reduce(product, sumdim, "add", 0)


@lowers(torch.ops.prims.signbit.default, aten.signbit.default)
def signbit(ctx, x):
    if ctx.dtype(x) not in FLOAT_TYPES:
        return ctx.compare("LT", x, 0)
    width = {"f16": "s16", "bf16": "s16", "f32": "s32", "f64": "s64"}[ctx.dtype(x)]
    bits = ctx.op("bitcast-convert", x, shape=ArrayShape(width, ctx.dims(x)))
    return ctx.compare("LT", bits, 0, width)


# ---------------------------------------------------------------- routines of the JAX-like frontend

def _traced(ctx, fn, *values) -> list:
    """`fn` (on hlox.numpy arrays) traced by the JAX-like frontend and built into this
    graph's computation: hlox's factorizations serve ATen's linear algebra
    (aten_linalg.py), hlox.lax's erf_inv prims.erf_inv."""
    from hlox.frontends.tracer.lowering import build_traced
    return build_traced(ctx.module, ctx.b, fn, *values)


def _numpy_api():
    from hlox.frontends.tracer import numpy_api
    return numpy_api


def _unused_outputs(ctx, *outputs: int):
    """Zeros of torch's shapes for results the graph does not read (what only a backward
    would use, or what hlox does not compute); Unsupported if it reads them."""
    if any(_reads(ctx, i) for i in outputs):
        raise Unsupported(f"{ctx.node.target}: its factorization outputs are used")
    return _zero_outputs(ctx, outputs)


def _reads(ctx, output: int) -> bool:
    """Whether the graph reads result `output` of this node."""
    return any(u.target is not operator.getitem or u.args[1] == output
               for u in ctx.node.users)


def _zero_outputs(ctx, outputs):
    metas = ctx.node.meta["val"]
    if isinstance(metas, torch.Tensor):
        metas = [metas]
    return [ctx.full(0, hlo_dtype(metas[i].dtype), tuple(metas[i].shape)) for i in outputs]


@lowers(torch.ops.prims.erf_inv.default)
def erf_inv(ctx, x):
    """hlox.lax's erf_inv (Giles' single-precision polynomial, as XLA emits for f32)."""
    if ctx.dtype(x) != "f32":
        raise Unsupported(f"erf_inv of {ctx.dtype(x)} (the polynomial is single precision)")
    from hlox.frontends.tracer import lax_api
    return _traced(ctx, lambda v: [lax_api.erf_inv(v)], x)[0]


@lowers(torch.ops.prims.frexp.default)
def frexp(ctx, x):
    """(mantissa in [0.5, 1), exponent) of f32 values from their bits; subnormals scaled
    by 2^24 first; zeros, infinities and NaN keep themselves with exponent 0."""
    if ctx.dtype(x) != "f32":
        raise Unsupported(f"frexp of {ctx.dtype(x)}")
    dims = ctx.dims(x)
    subnormal = ctx.compare("LT", ctx.op("abs", x), 2.0 ** -126, "f32")
    y = ctx.select(subnormal, ctx.elementwise("multiply", x, 2.0 ** 24, dtype="f32"), x, "f32")
    bits = ctx.op("bitcast-convert", y, shape=ArrayShape("s32", dims))
    field = ctx.elementwise("and", ctx.elementwise("shift-right-logical", bits, 23, dtype="s32"),
                            255, dtype="s32")
    mantissa_bits = ctx.elementwise("or", ctx.elementwise("and", bits, -0x7F800001, dtype="s32"),
                                    0x3F000000, dtype="s32")
    mantissa = ctx.op("bitcast-convert", mantissa_bits, shape=ArrayShape("f32", dims))
    exponent = ctx.op("subtract", ctx.elementwise("subtract", field, 126, dtype="s32"),
                      ctx.select(subnormal, 24, 0, "s32"))
    special = ctx.op("or", ctx.compare("EQ", x, 0, "f32"),
                     ctx.op("not", ctx.op("is-finite", x)))
    return (ctx.select(special, x, mantissa, "f32"), ctx.select(special, 0, exponent, "s32"))


@lowers(torch.ops.prims.nextafter.default)
def nextafter(ctx, x, y):
    """The f32 after x toward y: x's bits one step up in magnitude, or down; from zero the
    smallest subnormal with y's sign; y where they are equal; NaN from either NaN."""
    dtype = ctx.result_dtype(x, y)
    if dtype != "f32":
        raise Unsupported(f"nextafter of {dtype}")
    x, y = ctx.operands(x, y, dtype="f32")
    dims = ctx.dims(x)
    bits = ctx.op("bitcast-convert", x, shape=ArrayShape("s32", dims))
    away_from_zero = ctx.op("compare", ctx.compare("GT", y, x, "f32"),
                            ctx.compare("GT", x, 0, "f32"), direction="EQ")
    step = ctx.op("add", bits, ctx.select(away_from_zero, 1, -1, "s32"))
    tiny = ctx.select(ctx.compare("GT", y, 0, "f32"), 1, -0x7FFFFFFF, "s32")
    out = ctx.select(ctx.compare("EQ", x, 0, "f32"), tiny, step, "s32")
    out = ctx.op("bitcast-convert", out, shape=ArrayShape("f32", dims))
    out = ctx.select(ctx.compare("EQ", x, y, "f32"), y, out, "f32")
    return ctx.select(ctx.op("or", isnan(ctx, x), isnan(ctx, y)), ctx.op("add", x, y), out,
                      "f32")



# ---------------------------------------------------------------- complex numbers, FFTs

def _real_imag(ctx, x):
    """The real and imaginary parts of `x` (of a real `x`: itself and zeros)."""
    if ctx.dtype(x) in COMPLEX_TYPES:
        return ctx.op("real", x), ctx.op("imag", x)
    return x, ctx.full(0, ctx.dtype(x), ctx.dims(x))


def _conj(ctx, x):
    if ctx.dtype(x) not in COMPLEX_TYPES:
        return x
    real, imag = _real_imag(ctx, x)
    return ctx.op("complex", real, ctx.op("negate", imag))


lowers(aten._conj.default, aten.conj_physical.default, aten._conj_physical.default,
       aten.resolve_conj.default, aten._conj_copy.default)(_conj)
lowers(aten.resolve_neg.default)(_identity)
lowers(aten._neg_view.default, aten._neg_view_copy.default)(neg)


@lowers(aten.view_as_real.default, aten.view_as_real_copy.default)
def view_as_real(ctx, x):
    dims = (*ctx.dims(x), 1)
    parts = [ctx.reshape(part, dims) for part in _real_imag(ctx, x)]
    return ctx.op("concatenate", *parts, dimensions=(len(dims) - 1,))


@lowers(aten.view_as_complex.default, aten.view_as_complex_copy.default)
def view_as_complex(ctx, x):
    last = ctx.rank(x) - 1
    real, imag = (ctx.reshape(ctx.slice(x, last, i, i + 1), ctx.dims(x)[:-1]) for i in (0, 1))
    return ctx.op("complex", real, imag)


@lowers(aten.complex.default)
def complex_(ctx, real, imag):
    dtype = COMPLEX_PARTS[ctx.out_dtype()]
    return ctx.op("complex", *ctx.operands(real, imag, dtype=dtype))


@lowers(aten.polar.default)
def polar(ctx, magnitude, angle):
    dtype = COMPLEX_PARTS[ctx.out_dtype()]
    magnitude, angle = ctx.operands(magnitude, angle, dtype=dtype)
    return ctx.op("complex", ctx.op("multiply", magnitude, ctx.op("cosine", angle)),
                  ctx.op("multiply", magnitude, ctx.op("sine", angle)))


@lowers(aten.angle.default)
def angle(ctx, x):
    if ctx.dtype(x) in COMPLEX_TYPES:
        real, imag = _real_imag(ctx, x)
        return ctx.op("atan2", imag, real)
    x, dt = _fl(ctx, x)
    # pi for negative numbers, 0 otherwise; NaN stays NaN
    signs = ctx.select(ctx.compare("LT", x, 0, dt), math.pi, 0, dt)
    return ctx.select(isnan(ctx, x), x, signs, dt)


def _fft(ctx, x, dims, kind: str, last_length: int | None = None):
    """HLO `fft` of `kind` over `dims` (at most 3; for RFFT/IRFFT the last is the halved
    one): they are moved last, in order, transformed and moved back."""
    rank = ctx.rank(x)
    perm = [d for d in range(rank) if d not in dims] + list(dims)
    y = ctx.transpose(x, perm)
    lengths = list(ctx.dims(y)[rank - len(dims):])
    if last_length is not None:
        lengths[-1] = last_length
    y = ctx.op("fft", y, fft_type=kind, fft_length=lengths)
    return ctx.transpose(y, np.argsort(perm))


def _fft_complex(ctx, x, dims, kind: str):
    """FFT or IFFT over any number of dims, three at a time (they are separable)."""
    for start in range(0, len(dims), 3):
        x = _fft(ctx, x, dims[start:start + 3], kind)
    return x


def _fft_normalized(ctx, y, n: int, normalization: int, inverse: bool):
    """torch's normalization modes (0: none, 1: 1/sqrt(n), 2: 1/n) on an HLO transform;
    HLO's inverse transforms divide by n themselves."""
    scale = (1.0, 1.0 / math.sqrt(n), 1.0 / n)[normalization] if n else 1.0
    if inverse:
        scale *= n
    if scale == 1.0:
        return y
    return ctx.elementwise("multiply", y, scale, dtype=ctx.dtype(y))


def _fft_dims(ctx, x, dim) -> list[int]:
    return [_dim(d, ctx.rank(x)) for d in dim]


@lowers(aten._fft_c2c.default)
def fft_c2c(ctx, x, dim, normalization, forward):
    dims = _fft_dims(ctx, x, dim)
    y = _fft_complex(ctx, x, dims, "FFT" if forward else "IFFT")
    n = _count(ctx, x, dims)
    return _fft_normalized(ctx, y, n, normalization, inverse=not forward)


@lowers(aten._fft_r2c.default)
def fft_r2c(ctx, x, dim, normalization, onesided):
    dims = _fft_dims(ctx, x, dim)
    n = _count(ctx, x, dims)
    if not onesided:
        y = _fft_complex(ctx, ctx.convert(x, ctx.out_dtype()), dims, "FFT")
    elif len(dims) <= 3:
        y = _fft(ctx, x, dims, "RFFT")
    else:
        y = _fft_complex(ctx, _fft(ctx, x, dims[-1:], "RFFT"), dims[:-1], "FFT")
    return _fft_normalized(ctx, y, n, normalization, inverse=False)


@lowers(aten._fft_c2r.default)
def fft_c2r(ctx, x, dim, normalization, last_dim_size):
    dims = _fft_dims(ctx, x, dim)
    last = dims[-1]
    # the halved dimension holds last_dim_size // 2 + 1 values: trimmed or zero-padded
    half = last_dim_size // 2 + 1
    size = ctx.dims(x)[last]
    if size > half:
        x = ctx.slice(x, last, 0, half)
    elif size < half:
        x = constant_pad_nd(ctx, x, [0, 0] * (ctx.rank(x) - 1 - last) + [0, half - size])
    n = _count(ctx, x, dims[:-1]) * last_dim_size
    if len(dims) <= 3:
        y = _fft(ctx, x, dims, "IRFFT", last_dim_size)
    else:
        y = _fft(ctx, _fft_complex(ctx, x, dims[:-1], "IFFT"), dims[-1:], "IRFFT",
                 last_dim_size)
    return _fft_normalized(ctx, y, n, normalization, inverse=True)


# ---------------------------------------------------------------- eval-time no-ops

@lowers(aten.native_dropout.default)
def native_dropout(ctx, x, p, train):
    if train and p > 0:
        raise Unsupported("dropout in training mode (random)")
    return x, ctx.full(True, "pred", ctx.dims(x))


def _no_result(ctx, *_):
    return None


lowers(aten._assert_tensor_metadata.default, aten._assert_scalar.default,
       aten.sym_constrain_range_for_size.default, aten._assert_async.msg)(_no_result)


# ---------------------------------------------------------------- attention

def _attention_scores(ctx, q, k, is_causal, attn_mask, scale, groups=1):
    """scale * q @ k^T (+ mask), [B..., groups * L, S], and the scale used.

    Grouped-query attention: q comes as [B, Hkv, groups * L, E] (_group_heads), each
    K/V head serving the `groups` query heads next to each other, as enable_gqa does."""
    e = ctx.dims(q)[-1]
    scale = float(scale) if scale is not None else 1.0 / math.sqrt(e)
    batch = tuple(range(ctx.rank(q) - 2))
    nb = len(batch)
    s = ctx.op("dot", q, k, lhs_batch_dims=batch, rhs_batch_dims=batch,
               lhs_contracting_dims=(nb + 1,), rhs_contracting_dims=(nb + 1,))
    s = ctx.elementwise("multiply", s, scale, dtype=ctx.dtype(s))
    sdims = ctx.dims(s)
    rows, cols = sdims[-2] // groups, sdims[-1]
    # the mask's shape per query head: [B..., Hq, L, S]
    ungrouped = sdims[:-3] + (sdims[-3] * groups, rows, cols) if groups > 1 else sdims
    if is_causal:
        row = ctx.iota("s64", (groups, rows, cols), 1)
        col = ctx.iota("s64", (groups, rows, cols), 2)
        allowed = ctx.reshape(ctx.op("compare", col, row, direction="LE"), sdims[-2:])
        s = ctx.select(ctx.broadcast_to(allowed, sdims), s, -np.inf, ctx.dtype(s))
    if attn_mask is not None:
        mask = ctx.reshape(ctx.broadcast_to(attn_mask, ungrouped), sdims)
        if ctx.dtype(attn_mask) == "pred":
            s = ctx.select(mask, s, -np.inf, ctx.dtype(s))
        else:
            s = ctx.elementwise("add", s, mask, dtype=ctx.dtype(s))
    return s, scale


def _group_heads(ctx, q, k):
    """Grouped-query attention: q [B, Hq, L, ...] as [B, Hkv, Hq/Hkv * L, ...] and the
    number of query heads per K/V head (1 without GQA: q as it is)."""
    if ctx.rank(q) < 3:
        return q, 1
    hq, hkv = ctx.dims(q)[-3], ctx.dims(k)[-3]
    if hq == hkv:
        return q, 1
    if hkv == 0 or hq % hkv:
        raise Unsupported(f"{hq} query heads over {hkv} key/value heads")
    groups = hq // hkv
    qdims = ctx.dims(q)
    return ctx.reshape(q, qdims[:-3] + (hkv, groups * qdims[-2]) + qdims[-1:]), groups


def _ungroup_heads(ctx, x, groups, like):
    """The inverse of _group_heads: back to the query heads' shape `like`."""
    return ctx.reshape(x, ctx.dims(like)[:-1] + ctx.dims(x)[-1:]) if groups > 1 else x


def _batched_dot(ctx, a, b, a_contract, b_contract):
    batch = tuple(range(ctx.rank(a) - 2))
    return ctx.op("dot", a, b, lhs_batch_dims=batch, rhs_batch_dims=batch,
                  lhs_contracting_dims=(a_contract,), rhs_contracting_dims=(b_contract,))


@lowers(aten._scaled_dot_product_flash_attention_for_cpu.default)
def sdpa_flash_cpu(ctx, q, k, v, dropout_p=0.0, is_causal=False, attn_mask=None, scale=None):
    """Returns (output [B, H, L, Ev], logsumexp [B, H, L]) like the CPU flash kernel."""
    if dropout_p:
        raise Unsupported("attention dropout (random)")
    query = q
    q, groups = _group_heads(ctx, q, k)
    s, _ = _attention_scores(ctx, q, k, is_causal, attn_mask, scale, groups)
    nb = ctx.rank(s) - 2
    m = ctx.reduce(s, (nb + 1,), "maximum", -np.inf)
    e = ctx.op("exponential", ctx.op("subtract", s, ctx.broadcast_in_dim(
        m, ctx.dims(s), range(nb + 1))))
    total = ctx.reduce(e, (nb + 1,), "add", 0)
    p = ctx.op("divide", e, ctx.broadcast_in_dim(total, ctx.dims(s), range(nb + 1)))
    out = _batched_dot(ctx, p, v, nb + 1, nb)
    lse = ctx.op("add", ctx.op("log", total), m)
    return (_ungroup_heads(ctx, out, groups, query),
            ctx.reshape(lse, ctx.dims(query)[:-1]))


@lowers(aten._scaled_dot_product_flash_attention_for_cpu_backward.default)
def sdpa_flash_cpu_backward(ctx, grad, q, k, v, out, lse, dropout_p=0.0, is_causal=False,
                            attn_mask=None, scale=None):
    if dropout_p:
        raise Unsupported("attention dropout (random)")
    query = q
    q, groups = _group_heads(ctx, q, k)
    grad, _ = _group_heads(ctx, grad, k)
    out, _ = _group_heads(ctx, out, k)
    s, scale = _attention_scores(ctx, q, k, is_causal, attn_mask, scale, groups)
    nb = ctx.rank(s) - 2
    sdims = ctx.dims(s)
    lse = ctx.reshape(lse, sdims[:-1])
    p = ctx.op("exponential", ctx.op("subtract", s, ctx.broadcast_in_dim(
        lse, sdims, range(nb + 1))))
    # summing over the rows of grouped queries adds up each K/V head's query heads
    grad_v = _batched_dot(ctx, p, grad, nb, nb)  # P^T dO: [B, S, Ev]
    grad_p = _batched_dot(ctx, grad, v, nb + 1, nb + 1)  # dO V^T: [B, L, S]
    row = ctx.reduce(ctx.op("multiply", grad, out), (nb + 1,), "add", 0)  # [B, L]
    grad_s = ctx.op("multiply", p, ctx.op("subtract", grad_p, ctx.broadcast_in_dim(
        row, sdims, range(nb + 1))))
    grad_s = ctx.elementwise("multiply", grad_s, scale, dtype=ctx.dtype(grad_s))
    grad_q = _batched_dot(ctx, grad_s, k, nb + 1, nb)  # [B, L, E]
    grad_k = _batched_dot(ctx, grad_s, q, nb, nb)  # [B, S, E]
    return _ungroup_heads(ctx, grad_q, groups, query), grad_k, grad_v


# ---------------------------------------------------------------- what stays eager, and why

# Core ATen ops without a rule (they run in PyTorch); tests check every core op is
# either translated, decomposed before hlox sees it, or listed here with its reason.
NOT_TRANSLATED: dict[torch._ops.OpOverload, str] = {
    aten.nonzero.default: "result shape depends on the data",
    aten._local_scalar_dense.default: "returns a Python number to the program",
    aten.rand.default: "random", aten.randn.default: "random", aten.randperm.default: "random",
    aten.col2im.default: "not yet",
    aten.resize_.default: "resizes a tensor's storage in place: no functional counterpart",
    aten.native_group_norm_backward.default: "decomposed by aot_autograd",
    aten.native_layer_norm_backward.default: "decomposed by aot_autograd",
}


def _scales(scales):
    return None if all(s is None for s in scales) else [s for s in scales]


@lowers(aten.upsample_bilinear2d.default, aten.upsample_linear1d.default,
        aten.upsample_trilinear3d.default)
def upsample_linear_sizes(ctx, x, output_size, align_corners, *scales):
    scale_list = _scales(scales)
    if scale_list is not None and any(s is None for s in scale_list):
        raise Unsupported("partial scale factors")
    return upsample_linear(ctx, x, output_size, align_corners, scale_list)


@lowers(aten.upsample_nearest2d.default, aten.upsample_nearest1d.default,
        aten.upsample_nearest3d.default)
def upsample_nearest_sizes(ctx, x, output_size, *scales):
    scale_list = _scales(scales)
    if scale_list is not None and any(s is None for s in scale_list):
        raise Unsupported("partial scale factors")
    return upsample_nearest(ctx, x, output_size, scale_list)


# ---------------------------------------------------------------- common non-core ops

def _scaled_sum(ctx, product, bias, beta, alpha):
    dtype = ctx.dtype(product)
    if alpha != 1:
        product = ctx.elementwise("multiply", product, alpha, dtype=dtype)
    if beta == 0:
        return product
    if beta != 1:
        bias = ctx.elementwise("multiply", bias, beta, dtype=dtype)
    return ctx.elementwise("add", product, bias, dtype=dtype)


@lowers(aten.addmv.default)
def addmv(ctx, bias, mat, vec, beta=1, alpha=1):
    return _scaled_sum(ctx, mm(ctx, mat, vec), bias, beta, alpha)


@lowers(aten.addbmm.default)
def addbmm(ctx, bias, batch1, batch2, beta=1, alpha=1):
    dtype = ctx.result_dtype(batch1, batch2)
    product = ctx.op("dot", ctx.convert(batch1, dtype), ctx.convert(batch2, dtype),
                     lhs_contracting_dims=(0, 2), rhs_contracting_dims=(0, 1))
    return _scaled_sum(ctx, product, bias, beta, alpha)


@lowers(aten.copysign.Tensor, aten.copysign.Scalar)
def copysign(ctx, a, b):
    dtype = _float_dtype(ctx, a)
    a, b = ctx.operands(a, b, dtype=dtype)
    # the sign bit of b, -0.0 and NaN signs included
    bits = {"f32": "s32", "f64": "s64", "f16": "s16", "bf16": "s16"}[dtype]
    negative = ctx.compare("LT", ctx.op("bitcast-convert", b, shape=ArrayShape(
        bits, ctx.dims(b))), 0, bits)
    magnitude = ctx.op("abs", a)
    return ctx.select(negative, ctx.op("negate", magnitude), magnitude, dtype)


@lowers(aten.diagonal_scatter.default)
def diagonal_scatter(ctx, x, src, offset=0, dim1=0, dim2=1):
    rank = ctx.rank(x)
    dim1, dim2 = _dim(dim1, rank), _dim(dim2, rank)
    xdims = ctx.dims(x)
    rows = np.arange(max(0, -offset), xdims[dim1])
    cols = rows + offset
    keep = (cols >= 0) & (cols < xdims[dim2])
    coords = np.stack([rows[keep], cols[keep]], axis=1).astype(np.int64).reshape(-1, 2)
    others = [i for i in range(rank) if i not in (dim1, dim2)]
    perm = others + [dim1, dim2]
    moved = ctx.transpose(x, perm)
    k = len(others)
    out = ctx.op("scatter", moved, ctx.b.constant(coords), ctx.convert(src, ctx.dtype(x)),
                 update_window_dims=tuple(range(k)), inserted_window_dims=(k, k + 1),
                 scatter_dims_to_operand_dims=(k, k + 1), index_vector_dim=1,
                 to_apply=_combiner(ctx, "assign", ctx.dtype(x)))
    return ctx.transpose(out, [perm.index(i) for i in range(rank)])


@lowers(aten.kthvalue.default)
def kthvalue(ctx, x, k, dim=-1, keepdim=False):
    values, indices = _sort(ctx, x, dim, False)
    if ctx.rank(x) == 0:
        return values, indices
    dim = _dim(dim, ctx.rank(x))
    values = select(ctx, values, dim, int(k) - 1)
    indices = select(ctx, indices, dim, int(k) - 1)
    return (_keepdim(ctx, x, values, (dim,), keepdim),
            _keepdim(ctx, x, indices, (dim,), keepdim))


@lowers(aten._batch_norm_with_update_functional.default)
def batch_norm_with_update(ctx, x, weight, bias, running_mean, running_var, momentum, eps):
    y, mean_, rstd, new_mean, new_var = batch_norm_functional(
        ctx, x, weight, bias, running_mean, running_var, True, momentum, eps)
    reserve = ctx.full(0, "u8", (0,))
    return y, mean_, rstd, reserve, new_mean, new_var


@lowers(aten.grid_sampler_2d.default, aten.grid_sampler_3d.default)
def grid_sampler(ctx, x, grid, mode=0, padding_mode=0, align_corners=False):
    """Bilinear/trilinear (0) or nearest (1) sampling with zeros (0) or border (1)
    padding; grid[..., i] addresses the i-th spatial dim from the last."""
    if mode not in (0, 1) or padding_mode not in (0, 1):
        raise Unsupported("grid_sampler with bicubic interpolation or reflection padding")
    dtype = ctx.dtype(x)
    n, c, *spatial = ctx.dims(x)
    nd = len(spatial)
    out_dims = tuple(ctx.dims(grid)[:-1])

    def coordinate(index, size):
        g = ctx.reshape(ctx.slice(ctx.convert(grid, dtype), nd + 1, index, index + 1), out_dims)
        if align_corners:
            pos = ctx.elementwise("multiply", ctx.elementwise("add", g, 1, dtype=dtype),
                                  (size - 1) / 2, dtype=dtype)
        else:
            pos = ctx.elementwise("multiply", g, size / 2, dtype=dtype)
            pos = ctx.elementwise("add", pos, (size - 1) / 2, dtype=dtype)
        if padding_mode == 1:
            pos = clamp(ctx, pos, 0, size - 1)
        return pos

    # positions in spatial order (grid's last coordinate addresses the first spatial dim)
    positions = [coordinate(nd - 1 - d, size) for d, size in enumerate(spatial)]
    channels_last = ctx.transpose(x, (0, *range(2, nd + 2), 1))
    batch = ctx.reshape(ctx.iota("s64", out_dims, 0), out_dims + (1,))

    def sample(corner, weight):
        valid = None
        for v, size in zip(corner, spatial):
            inside = ctx.op("and", ctx.compare("GE", v, 0, dtype),
                            ctx.compare("LE", v, size - 1, dtype))
            valid = inside if valid is None else ctx.op("and", valid, inside)
        columns = [batch] + [
            ctx.reshape(ctx.convert(clamp(ctx, v, 0, size - 1), "s64"), out_dims + (1,))
            for v, size in zip(corner, spatial)]
        coords = ctx.op("concatenate", *columns, dimensions=(nd + 1,))
        values = ctx.op("gather", channels_last, coords, offset_dims=(nd + 1,),
                        collapsed_slice_dims=tuple(range(nd + 1)),
                        start_index_map=tuple(range(nd + 1)), index_vector_dim=nd + 1,
                        slice_sizes=(1,) * (nd + 1) + (c,))
        weight = ctx.select(valid, weight, 0, dtype)
        return ctx.op("multiply", values, ctx.broadcast_in_dim(weight, out_dims + (c,),
                                                               range(nd + 1)))

    if mode == 1:
        out = sample([ctx.op("round-nearest-even", p) for p in positions],
                     ctx.full(1, dtype, out_dims))
    else:
        # each dim: (floor, weight 1 - frac) and (floor + 1, weight frac); every corner
        below = [ctx.op("floor", p) for p in positions]
        above = [ctx.elementwise("add", b, 1, dtype=dtype) for b in below]
        sides = [((b, ctx.op("subtract", a, p)), (a, ctx.op("subtract", p, b)))
                 for p, b, a in zip(positions, below, above)]
        out = None
        for corner in itertools.product(*sides):
            weight = corner[0][1]
            for _, w in corner[1:]:
                weight = ctx.op("multiply", weight, w)
            term = sample([v for v, _ in corner], weight)
            out = term if out is None else ctx.op("add", out, term)
    return ctx.transpose(out, (0, nd + 1, *range(1, nd + 1)))
