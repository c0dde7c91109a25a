"""`hlox.numpy`: the NumPy API on hlox arrays and tracers, in terms of the primitives.

Dtype promotion follows JAX: Python scalars are weakly typed (they take the dtype of the
array they meet), creation functions default to float32 / int32, and explicitly 64-bit
numpy inputs stay 64-bit (hlox runs f64 natively).
"""
from __future__ import annotations

from .core import public_names

import builtins
from typing import NamedTuple
import string

import numpy as np

from . import indexing as ix
from . import primitives as P
from .core import (
    BOOL, DEFAULT_FLOAT, DEFAULT_INT, TRACE_STACK, Array, ShapedArray, Tracer, bind1,
    dtype_kind, get_aval, is_float, python_scalar_dtype, result_dtype,
)
from .primitives import ShapeMismatchError, aval_of

# dtypes and constants
bool_ = np.bool_
int8, int16, int32, int64 = np.int8, np.int16, np.int32, np.int64
uint8, uint16, uint32, uint64 = np.uint8, np.uint16, np.uint32, np.uint64
float16, float32, float64 = np.float16, np.float32, np.float64
complex64, complex128 = np.complex64, np.complex128
bool = np.bool_  # noqa: A001  (the Array API's name; Python's bool is builtins.bool here)
import ml_dtypes as _ml_dtypes  # noqa: E402

bfloat16 = _ml_dtypes.bfloat16
dtype, iinfo = np.dtype, np.iinfo
pi, e, inf, nan, euler_gamma = np.pi, np.e, np.inf, np.nan, np.euler_gamma
newaxis = None
ndarray = Array
integer, floating, inexact, number, signedinteger, unsignedinteger = (
    np.integer, np.floating, np.inexact, np.number, np.signedinteger, np.unsignedinteger)
issubdtype = np.issubdtype


_PY_SCALARS = (builtins.bool, int, float, complex)


def _canonical_dtype(d) -> np.dtype:
    if d is float:
        return DEFAULT_FLOAT
    if d is int:
        return DEFAULT_INT
    if d is builtins.bool:
        return BOOL
    if d is complex:
        return np.dtype(np.complex64)
    return np.dtype(d)


def _check_device(device) -> None:
    if device is not None and device != CPU:
        raise ValueError(f"hlox arrays live on the CPU; device={device!r}")


# ---------------------------------------------------------------- conversion


def _is_array(x) -> bool:
    return isinstance(x, (Array, Tracer))


def asarray(obj, /, dtype=None, *, device=None, copy=None):
    """The Array API's asarray: `copy=True` always copies, `copy=False` never does (and
    raises when it would have to)."""
    _check_device(device)
    out = _asarray(obj, dtype)
    if copy and isinstance(out, Array) and (out is obj or out._value is _buffer_of(obj)):
        return Array(out._value.copy(), out.weak_type)
    if copy is False and not (out is obj or out._value is _buffer_of(obj)):
        raise ValueError("asarray(copy=False): the value cannot be used without a copy")
    return out


def _buffer_of(obj):
    return obj._value if isinstance(obj, Array) else obj


def _asarray(x, dtype=None):
    if dtype is not None:
        dtype = _canonical_dtype(dtype)
    if isinstance(x, Tracer):
        return x if dtype is None else astype(x, dtype)
    if isinstance(x, Array):
        return x if dtype is None or x.dtype == dtype else astype(x, dtype)
    if isinstance(x, np.ndarray) and (dtype is None or x.dtype == dtype):
        return Array(x)
    if hasattr(x, "__dlpack__") and not isinstance(x, np.ndarray):
        return _asarray(np.from_dlpack(x), dtype)
    if isinstance(x, _PY_SCALARS) and not isinstance(x, np.generic):
        d = dtype or python_scalar_dtype(x)
        return Array(np.asarray(x, d), weak_type=dtype is None)
    if isinstance(x, (list, tuple)):
        if builtins.any(isinstance(v, (Tracer, Array)) for v in _iter_nested(x)):
            return stack([asarray(v) for v in x]) if dtype is None else \
                astype(stack([asarray(v) for v in x]), dtype)
        value = np.asarray(x)
        if dtype is None:
            dtype = {"f": DEFAULT_FLOAT, "i": DEFAULT_INT, "u": DEFAULT_INT,
                     "c": np.dtype(np.complex64)}.get(value.dtype.kind, value.dtype)
        return Array(value.astype(dtype))
    value = np.asarray(x, dtype=dtype)
    return Array(value)


def _iter_nested(x):
    for v in x:
        if isinstance(v, (list, tuple)):
            yield from _iter_nested(v)
        else:
            yield v


def array(x, /, dtype=None, copy=True):
    return asarray(x, dtype, copy=copy or None)


def astype(x, dtype, /, *, copy=True, device=None):
    _check_device(device)
    dtype = _canonical_dtype(dtype)
    if not _is_array(x):
        return _asarray(x, dtype)
    if aval_of(x).dtype == dtype and not aval_of(x).weak_type:
        return Array(x._value.copy()) if copy and isinstance(x, Array) else x
    return P.convert_element_type(x, dtype, False)


def _as_operand(x):
    """Arrays and tracers pass; everything else becomes a concrete Array."""
    return x if _is_array(x) else asarray(x)


def _promote(name, *args):
    """Promote to a common dtype (JAX's rules) and broadcast to a common shape. A Python
    scalar becomes an array only in the promoted dtype (an int beside an int64 array is
    an int64 however large)."""
    avals = [ShapedArray((), python_scalar_dtype(a), True)
             if isinstance(a, _PY_SCALARS) else aval_of(_as_operand(a)) for a in args]
    dtype, weak = result_dtype(*avals)
    # (wrapping out-of-range ints as JAX does: uint8 array + 300 adds 44)
    args = [Array(np.asarray(a).astype(dtype), weak) if isinstance(a, _PY_SCALARS)
            else _as_operand(a) for a in args]
    out = []
    for a in args:
        av = aval_of(a)
        if av.dtype != dtype or av.weak_type != weak:
            if isinstance(a, Array):  # concrete (Python scalars mostly): convert right here
                a = Array(a._value.astype(dtype), weak)
            else:
                a = P.convert_element_type(a, dtype, weak)
        out.append(a)
    return _broadcast_all(name, out)


def _broadcast_shapes(name, shapes):
    ndim = builtins.max(len(s) for s in shapes)
    result = []
    for dims in zip(*[(1,) * (ndim - len(s)) + tuple(s) for s in shapes]):
        sizes = {d for d in dims if d != 1}
        if len(sizes) > 1:
            raise ShapeMismatchError(f"{name}: incompatible shapes for broadcasting: "
                                     f"{', '.join(str(tuple(s)) for s in shapes)}")
        result.append(sizes.pop() if sizes else 1)
    return tuple(result)


def broadcast_shapes(*shapes):
    return _broadcast_shapes("broadcast_shapes", shapes)


def _broadcast_all(name, args):
    shapes = [aval_of(a).shape for a in args]
    if builtins.all(s == shapes[0] for s in shapes):
        return args
    shape = _broadcast_shapes(name, shapes)
    return [_broadcast_concrete(a, shape) if type(a) is Array and aval_of(a).shape != shape
            else P.broadcast_to_rank_front(a, shape) for a in args]


def _broadcast_concrete(a: Array, shape) -> Array:
    """Concrete operands (Python scalars mostly) are broadcast by numpy right away."""
    return Array(np.array(np.broadcast_to(a._value, shape), order="C"), a.weak_type)


def broadcast_to(x, /, shape):
    x = _as_operand(x)
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    _broadcast_shapes("broadcast_to", [aval_of(x).shape, shape])
    if len(shape) < aval_of(x).ndim:
        raise ShapeMismatchError(f"broadcast_to: cannot broadcast {aval_of(x).shape} to {shape}")
    return P.broadcast_to_rank_front(x, shape)


def broadcast_arrays(*args):
    return _broadcast_all("broadcast_arrays", [_as_operand(a) for a in args])


def result_type(*args):
    return result_dtype(*[aval_of(_as_operand(a)) if not isinstance(a, (type, np.dtype))
                          else ShapedArray((), _canonical_dtype(a)) for a in args])[0]


# ---------------------------------------------------------------- elementwise


def _unary(prim, name, float_only=True):
    def fn(x, /):
        x = _as_operand(x)
        if float_only and dtype_kind(aval_of(x).dtype) not in "fc":
            x = P.convert_element_type(x, DEFAULT_FLOAT, aval_of(x).weak_type)
        return bind1(prim, x)
    fn.__name__ = name
    return fn


exp = _unary(P.exp_p, "exp")
expm1 = _unary(P.expm1_p, "expm1")
log = _unary(P.log_p, "log")
log1p = _unary(P.log1p_p, "log1p")
sqrt = _unary(P.sqrt_p, "sqrt")
cbrt = _unary(P.cbrt_p, "cbrt")
tanh = _unary(P.tanh_p, "tanh")
sin = _unary(P.sin_p, "sin")
cos = _unary(P.cos_p, "cos")
tan = _unary(P.tan_p, "tan")


def floor(x, /):
    x = _as_operand(x)
    return x if not is_float(aval_of(x).dtype) else bind1(P.floor_p, x)


def ceil(x, /):
    x = _as_operand(x)
    return x if not is_float(aval_of(x).dtype) else bind1(P.ceil_p, x)


def round(x, /, decimals=0):
    x = _as_operand(x)
    if not is_float(aval_of(x).dtype):
        return x
    if decimals == 0:
        return bind1(P.round_p, x)
    factor = 10.0 ** decimals
    return divide(bind1(P.round_p, multiply(x, factor)), factor)


around = round


def rint(x, /):
    return round(x)


def trunc(x, /):
    x = _as_operand(x)
    return where(less(x, 0), ceil(x), floor(x))


def negative(x, /):
    return bind1(P.neg_p, _as_operand(x))


def positive(x, /):
    return _as_operand(x)


def abs(x, /):
    x = _as_operand(x)
    if dtype_kind(aval_of(x).dtype) in "ub":
        return x
    return bind1(P.abs_p, x)


absolute = abs


def sign(x, /):
    x = _as_operand(x)
    if dtype_kind(aval_of(x).dtype) == "u":
        return astype(not_equal(x, 0), aval_of(x).dtype)
    if is_float(aval_of(x).dtype):  # sign(-0.0) is +0.0 (NaN stays NaN)
        return where(equal(x, 0), zeros_like(x), bind1(P.sign_p, x))
    return bind1(P.sign_p, x)


def square(x, /):
    x = _as_operand(x)
    return multiply(x, x)


def reciprocal(x, /):
    return divide(1.0, x)


def log2(x, /):
    return divide(log(x), float(np.log(2.0)))


def log10(x, /):
    return divide(log(x), float(np.log(10.0)))


def exp2(x, /):
    return exp(multiply(x, float(np.log(2.0))))


def sinh(x, /):
    x = _float(x)  # through expm1: exact near 0, and sinh(-0.0) is -0.0
    return multiply(subtract(expm1(x), expm1(negative(x))), 0.5)


def cosh(x, /):
    x = _float(x)
    return multiply(add(exp(x), exp(negative(x))), 0.5)


def arctan2(y, x, /):
    y, x = _promote("arctan2", _float(y), _float(x))
    return bind1(P.atan2_p, y, x)


def arctan(x, /):
    x = _float(x)
    return arctan2(x, ones_like(x))


def arcsin(x, /):
    x = _float(x)
    return arctan2(x, sqrt(subtract(1.0, square(x))))


def arccos(x, /):
    x = _float(x)
    return arctan2(sqrt(subtract(1.0, square(x))), x)


def arctanh(x, /):
    x = _float(x)
    return multiply(0.5, subtract(log1p(x), log1p(negative(x))))


def arcsinh(x, /):
    x = _float(x)
    return log(add(x, sqrt(add(square(x), 1.0))))


def _float(x):
    x = _as_operand(x)
    return x if dtype_kind(aval_of(x).dtype) in "fc" else P.convert_element_type(
        x, DEFAULT_FLOAT, aval_of(x).weak_type)


def _binary(prim, name):
    def fn(x, y, /):
        x, y = _promote(name, x, y)
        return bind1(prim, x, y)
    fn.__name__ = name
    return fn


add = _binary(P.add_p, "add")
subtract = _binary(P.sub_p, "subtract")
multiply = _binary(P.mul_p, "multiply")
maximum = _binary(P.max_p, "maximum")
minimum = _binary(P.min_p, "minimum")
bitwise_and = _binary(P.and_p, "bitwise_and")
bitwise_or = _binary(P.or_p, "bitwise_or")
bitwise_xor = _binary(P.xor_p, "bitwise_xor")
left_shift = _binary(P.shift_left_p, "left_shift")


def right_shift(x, y, /):
    x, y = _promote("right_shift", x, y)
    kind = dtype_kind(aval_of(x).dtype)
    prim = P.shift_right_logical_p if kind == "u" else P.shift_right_arithmetic_p
    return bind1(prim, x, y)


def invert(x, /):
    return bind1(P.not_p, _as_operand(x))


bitwise_not = invert


def logical_not(x, /):
    return bind1(P.not_p, astype(x, BOOL))


def logical_and(x, y, /):
    return bitwise_and(astype(x, BOOL), astype(y, BOOL))


def logical_or(x, y, /):
    return bitwise_or(astype(x, BOOL), astype(y, BOOL))


def logical_xor(x, y, /):
    return bitwise_xor(astype(x, BOOL), astype(y, BOOL))


def true_divide(x, y, /):
    x, y = _promote("divide", x, y)
    if dtype_kind(aval_of(x).dtype) not in "fc":
        x, y = _float(x), _float(y)
    return bind1(P.div_p, x, y)


divide = true_divide


def floor_divide(x, y, /):
    x, y = _promote("floor_divide", x, y)
    if is_float(aval_of(x).dtype):
        return floor(bind1(P.div_p, x, y))
    quotient = bind1(P.div_p, x, y)
    if dtype_kind(aval_of(x).dtype) == "u":
        return quotient
    rem = bind1(P.rem_p, x, y)
    adjust = logical_and(not_equal(rem, 0), not_equal(less(rem, 0), less(y, 0)))
    return where(adjust, subtract(quotient, 1), quotient)


def remainder(x, y, /):
    x, y = _promote("remainder", x, y)
    rem = bind1(P.rem_p, x, y)
    if dtype_kind(aval_of(x).dtype) == "u":
        return rem
    adjust = logical_and(not_equal(rem, 0), not_equal(less(rem, 0), less(y, 0)))
    out = where(adjust, add(rem, y), rem)
    if is_float(aval_of(x).dtype):  # a zero remainder takes the divisor's sign
        out = where(equal(out, 0), copysign(zeros_like(out), y), out)
    return out


mod = remainder


def fmod(x, y, /):
    x, y = _promote("fmod", x, y)
    return bind1(P.rem_p, x, y)


def power(x, y, /):
    if isinstance(y, int) and not isinstance(y, builtins.bool) and _is_array_like(x):
        return _integer_pow(_as_operand(x), y)
    x, y = _promote("power", x, y)
    if not is_float(aval_of(x).dtype) and dtype_kind(aval_of(x).dtype) in "iu":
        return _int_power(x, y)
    return bind1(P.pow_p, x, y)


def _is_array_like(x):
    return _is_array(x) or isinstance(x, (np.ndarray, np.generic, float))


def _integer_pow(x, n):
    if n == 0:
        return ones_like(x)
    if n < 0:
        return reciprocal(_integer_pow(x, -n))
    result, base = None, x
    while n:  # square-and-multiply, as lax.integer_pow
        if n & 1:
            result = base if result is None else bind1(P.mul_p, result, base)
        n >>= 1
        if n:
            base = bind1(P.mul_p, base, base)
    return result


def _int_power(x, y):
    # integer exponentiation by squaring over 32 steps (non-negative exponents)
    result = ones_like(x)
    base, exponent = x, y
    for _ in range(32 if aval_of(x).dtype.itemsize <= 4 else 64):
        bit = not_equal(bitwise_and(exponent, 1), 0)
        result = where(bit, multiply(result, base), result)
        base = multiply(base, base)
        exponent = right_shift(exponent, 1)
    return result


pow = power


def _compare(direction, name):
    def fn(x, y, /):
        x, y = _promote(name, x, y)
        return P.compare(x, y, direction)
    fn.__name__ = name
    return fn


equal = _compare("EQ", "equal")
not_equal = _compare("NE", "not_equal")
less = _compare("LT", "less")
less_equal = _compare("LE", "less_equal")
greater = _compare("GT", "greater")
greater_equal = _compare("GE", "greater_equal")


def isfinite(x, /):
    x = _as_operand(x)
    if dtype_kind(aval_of(x).dtype) == "c":
        return logical_and(isfinite(real(x)), isfinite(imag(x)))
    if not is_float(aval_of(x).dtype):
        return full(aval_of(x).shape, True, BOOL)
    return bind1(P.is_finite_p, x)


def isnan(x, /):
    x = _as_operand(x)
    return not_equal(x, x)


def isinf(x, /):
    x = _as_operand(x)
    if dtype_kind(aval_of(x).dtype) not in "fc":
        return full(aval_of(x).shape, False, BOOL)
    return equal(abs(x), np.inf)


def where(condition, x=None, y=None, /):
    if x is None or y is None:
        raise NotImplementedError("where(condition) with one argument has a data-dependent "
                                  "shape; pass x and y")
    condition = astype(_as_operand(condition), BOOL)
    x, y = _promote("where", x, y)
    condition, x, y = _broadcast_all("where", [condition, x, y])
    return P.select_n(condition, y, x)


def select(condlist, choicelist, default=0):
    out = default
    for cond, choice in reversed(list(zip(condlist, choicelist))):
        out = where(cond, choice, out)
    return out


def clip(x, /, min=None, max=None, *, a_min=None, a_max=None):
    """The Array API's clip(x, min, max); NumPy's a_min/a_max by keyword. The result keeps
    x's dtype."""
    lo = a_min if a_min is not None else min
    hi = a_max if a_max is not None else max
    x = _as_operand(x)
    dtype = aval_of(x).dtype
    if lo is not None:
        x = maximum(x, lo)
    if hi is not None:
        x = minimum(x, hi)
    return x if aval_of(x).dtype == dtype else astype(x, dtype)


def nan_to_num(x, /, nan=0.0, posinf=None, neginf=None):
    x = _as_operand(x)
    info = np.finfo(aval_of(x).dtype)
    x = where(isnan(x), nan, x)
    x = where(equal(x, np.inf), info.max if posinf is None else posinf, x)
    return where(equal(x, -np.inf), info.min if neginf is None else neginf, x)


def allclose(a, b, /, rtol=1e-5, atol=1e-8):
    return all(less_equal(abs(subtract(a, b)), add(atol, multiply(rtol, abs(b)))))


def conj(x, /):
    x = _as_operand(x)
    if dtype_kind(aval_of(x).dtype) != "c":
        return x
    return bind1(P.complex_p, bind1(P.real_p, x), P.neg(bind1(P.imag_p, x)))


conjugate = conj


def real(x, /):
    x = _as_operand(x)
    return bind1(P.real_p, x) if dtype_kind(aval_of(x).dtype) == "c" else x


def imag(x, /):
    x = _as_operand(x)
    return bind1(P.imag_p, x) if dtype_kind(aval_of(x).dtype) == "c" else zeros_like(x)

# ---------------------------------------------------------------- creation


def _shape_tuple(shape):
    return (int(shape),) if isinstance(shape, (int, np.integer)) else tuple(int(s) for s in shape)


def full(shape, fill_value, dtype=None, *, device=None):
    _check_device(device)
    shape = _shape_tuple(shape)
    if _is_array(fill_value):
        value = fill_value if dtype is None else astype(fill_value, dtype)
        return broadcast_to(value, shape)
    dtype = _canonical_dtype(dtype) if dtype is not None else python_scalar_dtype(
        fill_value) if isinstance(fill_value, _PY_SCALARS) else np.asarray(
        fill_value).dtype
    if TRACE_STACK.is_top_level():
        return Array(np.full(shape, fill_value, dtype))
    return P.full(shape, fill_value, dtype)


def zeros(shape, dtype=None, *, device=None):
    return full(shape, 0, DEFAULT_FLOAT if dtype is None else dtype, device=device)


def ones(shape, dtype=None, *, device=None):
    return full(shape, 1, DEFAULT_FLOAT if dtype is None else dtype, device=device)


def empty(shape, dtype=None, *, device=None):
    return zeros(shape, dtype, device=device)


def full_like(x, /, fill_value, dtype=None, shape=None, *, device=None):
    a = aval_of(_as_operand(x))
    return full(a.shape if shape is None else shape, fill_value,
                a.dtype if dtype is None else dtype, device=device)


def zeros_like(x, /, dtype=None, shape=None, *, device=None):
    return full_like(x, 0, dtype, shape, device=device)


def ones_like(x, /, dtype=None, shape=None, *, device=None):
    return full_like(x, 1, dtype, shape, device=device)


def empty_like(x, /, dtype=None, shape=None, *, device=None):
    return zeros_like(x, dtype, shape, device=device)


def _concrete_scalar(x, name):
    if isinstance(x, Tracer):
        x.to_concrete(f"{name} argument")
    return x.item() if isinstance(x, Array) else x


def arange(start, /, stop=None, step=None, dtype=None, *, device=None):
    _check_device(device)
    start = _concrete_scalar(start, "arange")
    stop = _concrete_scalar(stop, "arange")
    step = _concrete_scalar(step, "arange")
    values = np.arange(start, stop, step) if stop is not None else np.arange(start)
    if step is not None and stop is None:
        values = np.arange(0, start, step)
    if dtype is None:
        dtype = DEFAULT_FLOAT if values.dtype.kind == "f" else DEFAULT_INT
    return Array(values.astype(_canonical_dtype(dtype)))


def linspace(start, stop, /, num=50, endpoint=True, *, dtype=None, device=None):
    _check_device(device)
    values = np.linspace(_concrete_scalar(start, "linspace"), _concrete_scalar(stop, "linspace"),
                         int(num), endpoint=endpoint)
    return Array(values.astype(DEFAULT_FLOAT if dtype is None else _canonical_dtype(dtype)))


def eye(n_rows, n_cols=None, /, k=0, dtype=None, *, device=None):
    _check_device(device)
    n, m = n_rows, n_cols
    return Array(np.eye(n, m, k, dtype=DEFAULT_FLOAT if dtype is None else
                        _canonical_dtype(dtype)))


def identity(n, dtype=None):
    return eye(n, dtype=dtype)


def tri(N, M=None, k=0, dtype=None):  # noqa: N803  (NumPy's names)
    return Array(np.tri(N, M, k, dtype=DEFAULT_FLOAT if dtype is None else
                        _canonical_dtype(dtype)))


def tril(x, /, k=0):
    x = _as_operand(x)
    n, m = aval_of(x).shape[-2:]
    mask = np.tri(n, m, k, dtype=bool)
    return where(mask, x, zeros_like(x))


def triu(x, /, k=0):
    x = _as_operand(x)
    n, m = aval_of(x).shape[-2:]
    mask = ~np.tri(n, m, k - 1, dtype=bool)
    return where(mask, x, zeros_like(x))

# ---------------------------------------------------------------- reductions


def _axes(axis, ndim):
    if axis is None:
        return tuple(range(ndim))
    axes = (axis,) if isinstance(axis, (int, np.integer)) else tuple(axis)
    out = []
    for a in axes:
        if not -ndim <= a < builtins.max(ndim, 1):
            raise ValueError(f"axis {a} is out of bounds for array of dimension {ndim}")
        out.append(int(a) % builtins.max(ndim, 1))
    return tuple(sorted(out))


def _keepdims(x, out, axes, keepdims):
    if not keepdims:
        return out
    shape = [1 if i in axes else d for i, d in enumerate(aval_of(x).shape)]
    return P.reshape(out, shape)


def _reduce(prim, name, x, axis, keepdims, dtype=None, initial=None):
    x = _as_operand(x)
    if dtype is not None:
        x = astype(x, dtype)
    axes = _axes(axis, aval_of(x).ndim)
    out = bind1(prim, x, axes=axes) if axes else x
    return _keepdims(x, out, axes, keepdims)


def _accumulator(dtype):
    """The Array API's sum/prod dtype: small ints widen to the default int (uint32 for
    unsigned), bools count in it."""
    kind = dtype_kind(dtype)
    if kind in "bi" and (kind == "b" or dtype.itemsize < DEFAULT_INT.itemsize):
        return DEFAULT_INT
    if kind == "u" and dtype.itemsize < DEFAULT_INT.itemsize:
        return np.dtype(f"uint{DEFAULT_INT.itemsize * 8}")
    return None


def sum(x, /, axis=None, dtype=None, keepdims=False, initial=None, where=None):
    x = _as_operand(x)
    if dtype is None:
        dtype = _accumulator(aval_of(x).dtype)
    if where is not None:
        x = globals()["where"](where, x, zeros_like(x))
    out = _reduce(P.reduce_sum_p, "sum", x, axis, keepdims, dtype)
    return out if initial is None else add(out, initial)


def prod(x, /, axis=None, dtype=None, keepdims=False):
    x = _as_operand(x)
    if dtype is None:
        dtype = _accumulator(aval_of(x).dtype)
    return _reduce(P.reduce_prod_p, "prod", x, axis, keepdims, dtype)


def max(x, /, axis=None, keepdims=False, initial=None):
    out = _reduce(P.reduce_max_p, "max", x, axis, keepdims)
    return out if initial is None else maximum(out, initial)


def min(x, /, axis=None, keepdims=False, initial=None):
    out = _reduce(P.reduce_min_p, "min", x, axis, keepdims)
    return out if initial is None else minimum(out, initial)


amax, amin = max, min


def all(x, /, axis=None, keepdims=False):
    return _reduce(P.reduce_and_p, "all", astype(x, BOOL), axis, keepdims)


def any(x, /, axis=None, keepdims=False):
    return _reduce(P.reduce_or_p, "any", astype(x, BOOL), axis, keepdims)


def _count(x, axes):
    shape = aval_of(x).shape
    return int(np.prod([shape[a] for a in axes], dtype=np.int64))


def mean(x, /, axis=None, dtype=None, keepdims=False):
    x = _float(x) if dtype is None else astype(x, dtype)
    axes = _axes(axis, aval_of(x).ndim)
    total = sum(x, axis=axes, keepdims=keepdims)
    return divide(total, np.asarray(_count(x, axes), aval_of(total).dtype))


def var(x, /, axis=None, dtype=None, ddof=0, keepdims=False, *, correction=None):
    """`correction` (the Array API's name) and `ddof` (NumPy's) are the same number."""
    correction = ddof if correction is None else correction
    x = _float(x) if dtype is None else astype(x, dtype)
    axes = _axes(axis, aval_of(x).ndim)
    centered = subtract(x, mean(x, axis=axes, keepdims=True))
    total = sum(multiply(centered, centered), axis=axes, keepdims=keepdims)
    return divide(total, np.asarray(builtins.max(_count(x, axes) - correction, 0),
                                    aval_of(total).dtype))


def std(x, /, axis=None, dtype=None, ddof=0, keepdims=False, *, correction=None):
    return sqrt(var(x, axis=axis, dtype=dtype, ddof=ddof, keepdims=keepdims,
                    correction=correction))


def _arg(prim, x, axis, keepdims):
    x = _as_operand(x)
    if axis is None:
        x = ravel(x)
        axis = 0
    axis = int(axis) % aval_of(x).ndim
    out = bind1(prim, x, axis=axis, index_dtype=DEFAULT_INT)
    return _keepdims(x, out, (axis,), keepdims)


def argmax(x, /, axis=None, keepdims=False):
    return _arg(P.argmax_p, x, axis, keepdims)


def argmin(x, /, axis=None, keepdims=False):
    return _arg(P.argmin_p, x, axis, keepdims)


def cumsum(x, /, axis=None, dtype=None):
    x = _as_operand(x) if dtype is None else astype(x, dtype)
    if axis is None:
        x, axis = ravel(x), 0
    axis = int(axis) % aval_of(x).ndim
    n = aval_of(x).shape[axis]
    mask = astype(np.triu(np.ones((n, n), bool)), aval_of(x).dtype)  # mask[j, i] = j <= i
    moved = moveaxis(x, axis, -1)
    out = P.dot_general(moved, mask, (((aval_of(moved).ndim - 1,), (0,)), ((), ())))
    return moveaxis(out, -1, axis)

# ---------------------------------------------------------------- shapes


def shape(x, /):
    return aval_of(_as_operand(x)).shape


def ndim(x, /):
    return aval_of(_as_operand(x)).ndim


def size(x, /, axis=None):
    s = aval_of(_as_operand(x)).shape
    return int(np.prod(s)) if axis is None else s[axis]


def reshape(x, /, shape, order="C", *, copy=None):
    """The Array API's reshape(x, shape, *, copy); NumPy's order="C" only."""
    if order != "C":
        raise NotImplementedError("reshape: only order='C'")
    x = _as_operand(x)
    new_shape = list(_shape_tuple(shape))
    total = aval_of(x).size
    if new_shape.count(-1) > 1:
        raise ValueError("reshape: only one dimension can be -1")
    if -1 in new_shape:
        known = int(np.prod([d for d in new_shape if d != -1]))
        if known == 0 or total % known:
            raise ShapeMismatchError(f"reshape: cannot reshape {aval_of(x).str_short()} to "
                                     f"{tuple(new_shape)}")
        new_shape[new_shape.index(-1)] = total // known
    return P.reshape(x, new_shape)


def ravel(x, /):
    return reshape(x, (-1,))


flatten = ravel


def transpose(x, /, axes=None):
    x = _as_operand(x)
    n = aval_of(x).ndim
    axes = tuple(reversed(range(n))) if axes is None else tuple(a % n for a in axes)
    return P.transpose(x, axes)


def permute_dims(x, /, axes):
    return transpose(x, axes)


def swapaxes(x, /, axis1, axis2):
    x = _as_operand(x)
    n = aval_of(x).ndim
    perm = list(range(n))
    a, b = axis1 % n, axis2 % n
    perm[a], perm[b] = perm[b], perm[a]
    return P.transpose(x, perm)


def moveaxis(x, /, source, destination):
    x = _as_operand(x)
    n = aval_of(x).ndim
    src = [s % n for s in ((source,) if isinstance(source, int) else source)]
    dst = [d % n for d in ((destination,) if isinstance(destination, int) else destination)]
    perm = [i for i in range(n) if i not in src]
    for d, s in sorted(zip(dst, src)):
        perm.insert(d, s)
    return P.transpose(x, perm)


def expand_dims(x, /, axis):
    x = _as_operand(x)
    axes = (axis,) if isinstance(axis, int) else tuple(axis)
    n = aval_of(x).ndim + len(axes)
    axes = sorted(a % n for a in axes)
    shape = list(aval_of(x).shape)
    for a in axes:
        shape.insert(a, 1)
    return P.reshape(x, shape)


def squeeze(x, /, axis=None):
    x = _as_operand(x)
    s = aval_of(x).shape
    if axis is None:
        axes = [i for i, d in enumerate(s) if d == 1]
    else:
        axes = [a % len(s) for a in ((axis,) if isinstance(axis, int) else axis)]
        for a in axes:
            if s[a] != 1:
                raise ValueError(f"cannot select an axis to squeeze out which has size not "
                                 f"equal to one (axis {a} of shape {s})")
    return P.reshape(x, [d for i, d in enumerate(s) if i not in axes])


def atleast_1d(x, /):
    x = _as_operand(x)
    return reshape(x, (1,)) if aval_of(x).ndim == 0 else x


def atleast_2d(x, /):
    x = atleast_1d(x)
    return expand_dims(x, 0) if aval_of(x).ndim == 1 else x


def concatenate(arrays, axis=0):
    arrays = _promote_only([_as_operand(a) for a in arrays])
    if axis is None:
        arrays, axis = [ravel(a) for a in arrays], 0
    n = aval_of(arrays[0]).ndim
    return ix.concatenate(arrays, axis % n)


def _promote_only(arrays):
    dtype, weak = result_dtype(*[aval_of(a) for a in arrays])
    return [P.convert_element_type(a, dtype, weak) for a in arrays]


def stack(arrays, axis=0):
    arrays = [_as_operand(a) for a in arrays]
    shapes = {aval_of(a).shape for a in arrays}
    if len(shapes) != 1:
        raise ShapeMismatchError(f"stack: all input arrays must have the same shape, got "
                                 f"{sorted(shapes)}")
    n = aval_of(arrays[0]).ndim + 1
    return concatenate([expand_dims(a, axis % n) for a in arrays], axis % n)


def hstack(tup):
    arrays = [atleast_1d(a) for a in tup]
    return concatenate(arrays, 0 if aval_of(arrays[0]).ndim == 1 else 1)


def vstack(tup):
    return concatenate([atleast_2d(a) for a in tup], 0)


def split(x, /, indices_or_sections, axis=0):
    x = _as_operand(x)
    n = aval_of(x).shape[axis]
    axis = axis % aval_of(x).ndim
    if isinstance(indices_or_sections, int):
        if n % indices_or_sections:
            raise ValueError(f"array split does not result in an equal division: {n} into "
                             f"{indices_or_sections}")
        step = n // indices_or_sections
        bounds = list(range(0, n + 1, step))
    else:
        bounds = [0] + [int(i) for i in indices_or_sections] + [n]
    out = []
    for lo, hi in zip(bounds[:-1], bounds[1:]):
        start = [0] * aval_of(x).ndim
        limit = list(aval_of(x).shape)
        start[axis], limit[axis] = lo, builtins.max(lo, hi)
        out.append(ix.slice_(x, start, limit))
    return out


def array_split(x, /, indices_or_sections, axis=0):
    return split(x, indices_or_sections, axis)


def flip(x, /, axis=None):
    x = _as_operand(x)
    return ix.rev(x, _axes(axis, aval_of(x).ndim))


def tile(x, repetitions=None, /, *, reps=None):
    x = _as_operand(x)
    reps = repetitions if reps is None else reps
    reps = (int(reps),) if isinstance(reps, (int, np.integer)) else tuple(int(r) for r in reps)
    n = aval_of(x).ndim
    if len(reps) > n:  # new leading axes of size 1 (a 0-d array gains len(reps) of them)
        x = reshape(x, (1,) * (len(reps) - n) + aval_of(x).shape)
    reps = (1,) * (aval_of(x).ndim - len(reps)) + reps
    for axis, r in enumerate(reps):
        if r != 1:
            x = concatenate([x] * r, axis) if r else ix.slice_(
                x, [0] * aval_of(x).ndim, [0 if a == axis else d
                                          for a, d in enumerate(aval_of(x).shape)])
    return x


def repeat(x, repeats, /, axis=None, *, total_repeat_length=None):
    """Repeats per element (an array) need their values (concrete) or, under jit, JAX's
    `total_repeat_length`."""
    x = _as_operand(x)
    if axis is None:
        x, axis = ravel(x), 0
    axis = axis % aval_of(x).ndim
    if _is_array(repeats) or isinstance(repeats, (np.ndarray, list, tuple)):
        counts = repeats
        if isinstance(counts, Tracer):
            if total_repeat_length is None:
                counts.to_concrete("repeat with per-element repeats (pass "
                                   "total_repeat_length)")
            return _traced_repeat(x, counts, axis, total_repeat_length)
        counts = np.broadcast_to(np.asarray(counts, np.int64), (aval_of(x).shape[axis],))
        if counts.ndim != 1 or builtins.any(counts < 0):
            raise ValueError("repeat: repeats must be non-negative")
        index = np.repeat(np.arange(counts.size, dtype=np.int32), counts)
        return take(x, Array(index), axis=axis)
    s = list(aval_of(x).shape)
    expanded = expand_dims(x, axis + 1)
    target = s[:axis + 1] + [int(repeats)] + s[axis + 1:]
    out = broadcast_to(expanded, target)
    s[axis] *= int(repeats)
    return reshape(out, s)


def pad(x, /, pad_width, mode="constant", constant_values=0):
    x = _as_operand(x)
    if mode != "constant":
        raise NotImplementedError(f"pad mode {mode!r}")
    n = aval_of(x).ndim
    if isinstance(pad_width, int):
        pad_width = [(pad_width, pad_width)] * n
    elif len(pad_width) == 2 and builtins.all(isinstance(p, (int, np.integer))
                                              for p in pad_width):
        pad_width = [tuple(pad_width)] * n  # (before, after) for every axis
    pad_width = [tuple(p) if not isinstance(p, int) else (p, p) for p in pad_width]
    if len(pad_width) == 1:
        pad_width = pad_width * n
    value = np.asarray(constant_values, aval_of(x).dtype)
    return ix.pad(x, value, [(lo, hi, 0) for lo, hi in pad_width])

# ---------------------------------------------------------------- products


def _dot_general(a, b, contract, batch):
    return P.dot_general(a, b, (contract, batch))


def matmul(a, b, /):
    a, b = _promote_only([_as_operand(a), _as_operand(b)])
    sa, sb = aval_of(a).shape, aval_of(b).shape
    if not sa or not sb:
        raise ValueError("matmul: operands must not be scalars")
    a_vec, b_vec = len(sa) == 1, len(sb) == 1
    if a_vec:
        a = P.reshape(a, (1,) + sa)
    if b_vec:
        b = P.reshape(b, sb + (1,))
    sa, sb = aval_of(a).shape, aval_of(b).shape
    if sa[-1] != sb[-2]:
        raise ShapeMismatchError(f"matmul: contracting dimensions differ: {sa[-1]} vs "
                                 f"{sb[-2]} (shapes {sa} and {sb})")
    batch = _broadcast_shapes("matmul", [sa[:-2], sb[:-2]])
    a = broadcast_to(a, batch + sa[-2:])
    b = broadcast_to(b, batch + sb[-2:])
    nb = len(batch)
    out = _dot_general(a, b, ((nb + 1,), (nb,)), (tuple(range(nb)), tuple(range(nb))))
    if a_vec:
        out = squeeze(out, -2)
    if b_vec:
        out = squeeze(out, -1)
    return out


def dot(a, b, /):
    a, b = _promote_only([_as_operand(a), _as_operand(b)])
    sa, sb = aval_of(a).shape, aval_of(b).shape
    if not sa or not sb:
        return multiply(a, b)
    if len(sb) == 1:
        if sa[-1] != sb[0]:
            raise ShapeMismatchError(f"dot: shapes {sa} and {sb} not aligned")
        return _dot_general(a, b, ((len(sa) - 1,), (0,)), ((), ()))
    if sa[-1] != sb[-2]:
        raise ShapeMismatchError(f"dot: shapes {sa} and {sb} not aligned: {sa[-1]} (dim "
                                 f"{len(sa) - 1}) != {sb[-2]} (dim {len(sb) - 2})")
    return _dot_general(a, b, ((len(sa) - 1,), (len(sb) - 2,)), ((), ()))


def vdot(a, b, /):
    return dot(ravel(a), ravel(b))


def inner(a, b, /):
    a, b = _as_operand(a), _as_operand(b)
    return _dot_general(*_promote_only([a, b]),
                        ((aval_of(a).ndim - 1,), (aval_of(b).ndim - 1,)), ((), ()))


def outer(a, b, /):
    return multiply(reshape(ravel(a), (-1, 1)), ravel(b))


def tensordot(a, b, /, axes=2):
    a, b = _promote_only([_as_operand(a), _as_operand(b)])
    na, nb = aval_of(a).ndim, aval_of(b).ndim
    if isinstance(axes, int):
        ca, cb = tuple(range(na - axes, na)), tuple(range(axes))
    else:
        ca, cb = axes
        ca = (ca,) if isinstance(ca, int) else tuple(ca)
        cb = (cb,) if isinstance(cb, int) else tuple(cb)
    return _dot_general(a, b, (tuple(c % na for c in ca), tuple(c % nb for c in cb)), ((), ()))


def einsum(subscripts, /, *operands, optimize=None, precision=None,
           preferred_element_type=None):
    operands = _promote_only([_as_operand(o) for o in operands])
    subscripts = subscripts.replace(" ", "")
    if "->" in subscripts:
        inputs, output = subscripts.split("->")
    else:
        inputs, output = subscripts, None
    terms = inputs.split(",")
    if len(terms) != len(operands):
        raise ValueError(f"einsum: {len(terms)} terms for {len(operands)} operands")
    # '...' becomes fresh letters, right-aligned so broadcasting lines up
    unused = [c for c in string.ascii_letters if c not in subscripts]
    ell_dims = [aval_of(op).ndim - (len(term) - 3) for term, op in zip(terms, operands)
                if "..." in term]
    max_ell = builtins.max(ell_dims, default=0)
    ell = "".join(unused[:max_ell])
    terms = [term.replace("...", ell[max_ell - (aval_of(op).ndim - (len(term) - 3)):])
             if "..." in term else term for term, op in zip(terms, operands)]
    if output is None:
        counts = {}
        for t in terms:
            for c in t:
                counts[c] = counts.get(c, 0) + 1
        output = ell + "".join(sorted(c for c, k in counts.items() if k == 1 and c not in ell))
    else:
        output = output.replace("...", ell)
    for t, op in zip(terms, operands):
        if len(set(t)) != len(t):
            raise NotImplementedError("einsum: repeated indices within one operand")
        if len(t) != aval_of(op).ndim:
            raise ShapeMismatchError(f"einsum: term '{t}' does not match operand shape "
                                     f"{aval_of(op).shape}")
    sizes = {}
    for t, op in zip(terms, operands):
        for c, d in zip(t, aval_of(op).shape):
            if c in sizes and sizes[c] != d and d != 1 and sizes[c] != 1:
                raise ShapeMismatchError(f"einsum: index '{c}' has sizes {sizes[c]} and {d}")
            sizes[c] = builtins.max(sizes.get(c, 1), d)
    terms = list(terms)
    operands = list(operands)
    # broadcast size-1 dims that meet a bigger size
    for i, (t, op) in enumerate(zip(terms, operands)):
        target = tuple(sizes[c] for c in t)
        if aval_of(op).shape != target:
            operands[i] = broadcast_to(op, target)

    def sum_out(term, op, keep):
        drop = [i for i, c in enumerate(term) if c not in keep]
        if drop:
            op = P.reduce_sum(op, drop)
            term = "".join(c for c in term if c in keep)
        return term, op

    term, acc = terms[0], operands[0]
    rest = list(zip(terms[1:], operands[1:]))
    needed_later = set(output) | set("".join(t for t, _ in rest))
    term, acc = sum_out(term, acc, needed_later)
    for k, (t2, op2) in enumerate(rest):
        later = set(output) | set("".join(t for t, _ in rest[k + 1:]))
        t2, op2 = sum_out(t2, op2, later | set(term))
        shared = [c for c in term if c in t2]
        batch = [c for c in shared if c in later]
        contract = [c for c in shared if c not in later]
        dn = ((tuple(term.index(c) for c in contract), tuple(t2.index(c) for c in contract)),
              (tuple(term.index(c) for c in batch), tuple(t2.index(c) for c in batch)))
        acc = P.dot_general(acc, op2, dn)
        term = ("".join(batch) + "".join(c for c in term if c not in shared)
                + "".join(c for c in t2 if c not in shared))
    term, acc = sum_out(term, acc, set(output))
    return P.transpose(acc, [term.index(c) for c in output])

# ---------------------------------------------------------------- indexing


def _is_int_scalar(i) -> bool:
    if isinstance(i, (bool, np.bool_)):
        return False
    if isinstance(i, (int, np.integer)):
        return True
    return False


def _is_traced_int_scalar(i) -> bool:
    return _is_array(i) and aval_of(i).shape == () and dtype_kind(aval_of(i).dtype) in "iu"


def _is_index_array(i) -> bool:
    if isinstance(i, (list, np.ndarray)) or (_is_array(i) and aval_of(i).shape != ()):
        a = np.asarray(i) if isinstance(i, list) else None
        kind = (a.dtype.kind if a is not None else dtype_kind(
            i.dtype if isinstance(i, np.ndarray) else aval_of(i).dtype))
        if kind == "b":
            raise NotImplementedError("boolean mask indexing with a traced mask has a "
                                      "data-dependent shape; use hlox.numpy.where")
        return True
    return False


def _normalize_index(x, index):
    """Expand the index into one entry per dimension (None entries kept separately)."""
    if not isinstance(index, tuple):
        index = (index,)
    ndim = aval_of(x).ndim
    used = builtins.sum(1 for i in index if i is not None and i is not Ellipsis)
    if used > ndim:
        raise IndexError(f"too many indices for array: array is {ndim}-dimensional, but "
                         f"{used} were indexed")
    out = []
    seen_ellipsis = False
    for i in index:
        if i is Ellipsis:
            if seen_ellipsis:
                raise IndexError("an index can only have a single ellipsis ('...')")
            seen_ellipsis = True
            out.extend([slice(None)] * (ndim - used))
        else:
            out.append(i)
    if not seen_ellipsis:
        out.extend([slice(None)] * (ndim - used))
    return out


def _wrap_index(i, size):
    """Negative indices count from the end (as numpy); for traced values at run time."""
    if _is_int_scalar(i):
        i = int(i)
        if not -size <= i < size:
            raise IndexError(f"index {i} is out of bounds for axis with size {size}")
        return i % size
    i = _as_operand(i)
    if not dtype_kind(aval_of(i).dtype) in "iu":
        raise TypeError(f"indices must be integers, got {aval_of(i).dtype}")
    if dtype_kind(aval_of(i).dtype) == "u":
        return i
    return where(less(i, 0), add(i, size), i)


def _static_positions(x, index):
    """For an index made only of static parts (ints, slices, None, Ellipsis, numpy integer
    or boolean arrays, lists): the flat positions it selects, computed by numpy itself;
    None when some part is traced."""
    parts = index if isinstance(index, tuple) else (index,)
    for i in parts:
        if isinstance(i, (Array, Tracer)) or (
                isinstance(i, list) and builtins.any(isinstance(v, (Array, Tracer))
                                                     for v in _iter_nested(i))):
            return None
    shape = aval_of(x).shape
    positions = np.arange(int(np.prod(shape)), dtype=np.int32).reshape(shape)
    return positions[tuple(np.asarray(i) if isinstance(i, list) else i for i in parts)]


def _flat_gather(x, positions):
    flat = P.reshape(x, (aval_of(x).size,))
    dn = ix.GatherDimensionNumbers(offset_dims=(), collapsed_slice_dims=(0,),
                                   start_index_map=(0,))
    out = ix.gather(flat, Array(positions.reshape(-1, 1)), dn, (1,))
    return P.reshape(out, positions.shape)


def _flat_scatter(x, positions, values, mode):
    flat = P.reshape(x, (aval_of(x).size,))
    updates = P.reshape(broadcast_to(values, positions.shape), (positions.size,))
    dn = ix.ScatterDimensionNumbers(update_window_dims=(), inserted_window_dims=(0,),
                                    scatter_dims_to_operand_dims=(0,))
    out = ix.scatter(flat, Array(positions.reshape(-1, 1)), updates, dn, mode)
    return P.reshape(out, aval_of(x).shape)


def getitem(x, /, index):
    x = _as_operand(x)
    try:
        return _getitem(x, index)
    except NotImplementedError:
        # what the structured paths do not cover, numpy can, when the index is static
        positions = _static_positions(x, index)
        if positions is None:
            raise
        return _flat_gather(x, positions)


def _getitem(x, index):
    entries = _normalize_index(x, index)
    if builtins.any(_is_index_array(i) for i in entries if i is not None):
        return _advanced_getitem(x, entries)
    # basic indexing: static slices, then dynamic scalar indices, then reshape
    shape = aval_of(x).shape
    starts, limits, strides, flips = [], [], [], []
    dim = 0
    result_shape = []
    dynamic = []  # (dim, traced index)
    for i in entries:
        if i is None:
            result_shape.append(("new",))
            continue
        size = shape[dim]
        if isinstance(i, slice):
            start, stop, step = i.indices(size)
            if step > 0:
                starts.append(start)
                limits.append(builtins.max(start, stop))
                strides.append(step)
                n = len(range(start, stop, step))
            else:
                n = len(range(start, stop, step))
                # reversed slice: take the forward slice of the same elements, then flip
                lo = start + (n - 1) * step if n else 0
                starts.append(lo)
                limits.append(start + 1 if n else 0)
                strides.append(-step)
                flips.append(dim)
            result_shape.append(("keep", dim))
        elif _is_int_scalar(i):
            k = _wrap_index(i, size)
            starts.append(k)
            limits.append(k + 1)
            strides.append(1)
        elif _is_traced_int_scalar(i):
            starts.append(0)
            limits.append(size)
            strides.append(1)
            dynamic.append((dim, i))
        else:
            raise TypeError(f"invalid index {i!r} of type {type(i).__name__}")
        dim += 1
    out = ix.slice_(x, starts, limits, strides)
    if flips:
        out = ix.rev(out, flips)
    if dynamic:
        sizes = list(aval_of(out).shape)
        idx = [np.int32(0)] * len(sizes)
        for d, i in dynamic:
            idx[d] = P.convert_element_type(_wrap_index(i, sizes[d]), DEFAULT_INT)
            sizes[d] = 1
        out = ix.dynamic_slice(out, idx, sizes)
    out_shape = []
    for entry in result_shape:
        out_shape.append(1 if entry[0] == "new" else aval_of(out).shape[entry[1]])
    return P.reshape(out, out_shape)


def _advanced_getitem(x, entries):
    if builtins.any(i is None for i in entries):
        raise NotImplementedError("indexing mixing None (newaxis) with integer arrays")
    # apply the slices first (basic), keeping every dimension
    shape = aval_of(x).shape
    slice_entries = [i if isinstance(i, slice) else slice(None) for i in entries]
    x = getitem(x, tuple(slice_entries))
    shape = aval_of(x).shape
    adv_dims = [d for d, i in enumerate(entries) if not isinstance(i, slice)]
    idx_arrays = [_wrap_index(entries[d], shape[d]) for d in adv_dims]
    idx_arrays = [P.convert_element_type(_as_operand(i), DEFAULT_INT) for i in idx_arrays]
    idx_arrays = _broadcast_all("indexing", idx_arrays)
    batch_shape = aval_of(idx_arrays[0]).shape
    indices = stack(idx_arrays, axis=-1) if len(idx_arrays) > 1 else expand_dims(
        idx_arrays[0], -1)
    contiguous = adv_dims == list(range(adv_dims[0], adv_dims[-1] + 1))
    first = adv_dims[0] if contiguous else 0
    window_dims = [d for d in range(len(shape)) if d not in adv_dims]
    nb = len(batch_shape)
    offset_dims = tuple(i if i < first else i + nb for i in range(len(window_dims)))
    dn = ix.GatherDimensionNumbers(offset_dims=offset_dims,
                                   collapsed_slice_dims=tuple(adv_dims),
                                   start_index_map=tuple(adv_dims))
    slice_sizes = [1 if d in adv_dims else shape[d] for d in range(len(shape))]
    return ix.gather(x, indices, dn, slice_sizes)


def sort(x, /, axis=-1, *, descending=False, stable=True):
    from .sorting import sort as sort_
    x = _as_operand(x)
    if axis is None:
        x, axis = ravel(x), 0
    if aval_of(x).ndim == 0:
        return x
    if descending:  # reversed, sorted stably, reversed back: equal keys keep their order
        return flip(sort_(flip(x, axis), dimension=axis)[0], axis)
    return sort_(x, dimension=axis)[0]


def argsort(x, /, axis=-1, *, descending=False, stable=True):
    from .sorting import sort as sort_
    x = _as_operand(x)
    if axis is None:
        x, axis = ravel(x), 0
    if aval_of(x).ndim == 0:
        return zeros((), DEFAULT_INT)
    axis = axis % aval_of(x).ndim
    index = P.iota(DEFAULT_INT, aval_of(x).shape, axis)
    if descending:
        n = aval_of(x).shape[axis]
        order = sort_(flip(x, axis), index, dimension=axis)[1]
        return flip(subtract(n - 1, order), axis)
    return sort_(x, index, dimension=axis)[1]


def take(x, /, indices, axis=None):
    x = _as_operand(x)
    if axis is None:
        x, axis = ravel(x), 0
    axis = axis % aval_of(x).ndim
    index = [slice(None)] * aval_of(x).ndim
    index[axis] = _as_operand(indices)
    return getitem(x, tuple(index))


def take_along_axis(x, /, indices, axis):
    x, indices = _as_operand(x), _as_operand(indices)
    n = aval_of(x).ndim
    axis = axis % n
    index = []
    for d in range(n):
        if d == axis:
            index.append(indices)
        else:
            shape = [1] * n
            shape[d] = aval_of(x).shape[d]
            index.append(Array(np.arange(aval_of(x).shape[d], dtype=np.int32).reshape(shape)))
    return getitem(x, tuple(index))


def index_update(x, /, index, values, mode):
    """`x.at[index].set(values)` (mode "set") and `.add(values)` (mode "add")."""
    x = _as_operand(x)
    values = astype(_as_operand(values), aval_of(x).dtype)
    try:
        return _index_update(x, index, values, mode)
    except NotImplementedError:
        positions = _static_positions(x, index)
        if positions is None:
            raise
        return _flat_scatter(x, positions, values, mode)


def _index_update(x, index, values, mode):
    entries = _normalize_index(x, index)
    shape = aval_of(x).shape
    if builtins.any(i is None for i in entries):
        raise NotImplementedError(".at[] with None (newaxis) in the index")
    adv = [d for d, i in enumerate(entries) if _is_index_array(i)]
    if not adv:
        return _basic_update(x, entries, values, mode)
    # with an index array present, integers are advanced indices too (as numpy)
    adv = [d for d, i in enumerate(entries) if _is_index_array(i) or _is_int_scalar(i)
           or _is_traced_int_scalar(i)]
    if builtins.any(not (isinstance(i, slice) and i == slice(None))
                    for d, i in enumerate(entries) if d not in adv):
        raise NotImplementedError(".at[] mixing integer arrays with partial slices")
    idx_arrays = [P.convert_element_type(_wrap_index(entries[d], shape[d]), DEFAULT_INT)
                  for d in adv]
    idx_arrays = _broadcast_all("indexing", [_as_operand(i) for i in idx_arrays])
    batch_shape = aval_of(idx_arrays[0]).shape
    indices = stack(idx_arrays, axis=-1)
    contiguous = adv == list(range(adv[0], adv[-1] + 1))
    first = adv[0] if contiguous else 0
    window_dims = [d for d in range(len(shape)) if d not in adv]
    nb = len(batch_shape)
    window_out = tuple(i if i < first else i + nb for i in range(len(window_dims)))
    upd_shape = [0] * (nb + len(window_dims))
    for i, d in enumerate(window_dims):
        upd_shape[window_out[i]] = shape[d]
    batch_pos = [i for i in range(len(upd_shape)) if i not in window_out]
    for p, s in zip(batch_pos, batch_shape):
        upd_shape[p] = s
    values = broadcast_to(values, upd_shape)
    dn = ix.ScatterDimensionNumbers(update_window_dims=window_out,
                                    inserted_window_dims=tuple(adv),
                                    scatter_dims_to_operand_dims=tuple(adv))
    return ix.scatter(x, indices, values, dn, mode)


def _basic_update(x, entries, values, mode):
    shape = aval_of(x).shape
    starts, sizes, squeezed = [], [], []
    for d, i in enumerate(entries):
        if isinstance(i, slice):
            start, stop, step = i.indices(shape[d])
            if step != 1:
                raise NotImplementedError(".at[] with strided slices")
            starts.append(np.int32(start))
            sizes.append(builtins.max(stop - start, 0))
        elif _is_int_scalar(i) or _is_traced_int_scalar(i):
            k = _wrap_index(i, shape[d])
            starts.append(np.int32(k) if isinstance(k, int) else
                          P.convert_element_type(k, DEFAULT_INT))
            sizes.append(1)
            squeezed.append(d)
        else:
            raise TypeError(f"invalid index {i!r}")
    region_shape = [s for d, s in enumerate(sizes) if d not in squeezed]
    update = P.reshape(broadcast_to(values, region_shape), sizes)
    if mode == "add":
        current = ix.dynamic_slice(x, starts, sizes)
        update = add(current, update)
    return ix.dynamic_update_slice(x, update, starts)


def _dynamic_slice_via_gather(size, vals, dims, slice_sizes):
    """vmap of dynamic_slice with batched start indices: a gather with batching dims."""
    x, *starts = vals
    dx, *dstarts = dims
    x = P.bdim_at_front(x, dx, size)
    starts = [P.bdim_at_front(P.convert_element_type(s, DEFAULT_INT), d, size)
              for s, d in zip(starts, dstarts)]
    indices = stack(starts, axis=-1)  # (B, n)
    n = len(starts)
    dn = ix.GatherDimensionNumbers(offset_dims=tuple(range(1, n + 1)), collapsed_slice_dims=(),
                                   start_index_map=tuple(range(1, n + 1)),
                                   operand_batching_dims=(0,), start_indices_batching_dims=(0,))
    return [ix.gather(x, indices, dn, (1,) + tuple(slice_sizes))], [0]


def _dynamic_update_slice_via_scatter(size, vals, dims):
    x, update, *starts = vals
    dx, du, *dstarts = dims
    x = P.bdim_at_front(x, dx, size)
    update = P.bdim_at_front(update, du, size)
    shape, ushape = aval_of(x).shape[1:], aval_of(update).shape[1:]
    clamped = []
    for s, d, dim, u in zip(starts, dstarts, shape, ushape):
        s = P.bdim_at_front(P.convert_element_type(s, DEFAULT_INT), d, size)
        clamped.append(clip(s, 0, dim - u))
    indices = stack(clamped, axis=-1)
    n = len(starts)
    dn = ix.ScatterDimensionNumbers(update_window_dims=tuple(range(1, n + 1)),
                                    inserted_window_dims=(),
                                    scatter_dims_to_operand_dims=tuple(range(1, n + 1)),
                                    operand_batching_dims=(0,), scatter_indices_batching_dims=(0,))
    return [ix.scatter(x, indices, update, dn, "set")], [0]


def diagonal(x, /, offset=0, axis1=0, axis2=1):
    x = moveaxis(_as_operand(x), (axis1, axis2), (-2, -1))
    n, m = aval_of(x).shape[-2:]
    rows = np.arange(builtins.max(0, -offset), builtins.min(n, m - offset), dtype=np.int32)
    return x[..., rows, rows + offset]


def diag(v, k=0):
    v = _as_operand(v)
    if aval_of(v).ndim == 1:
        n = aval_of(v).shape[0] + builtins.abs(k)
        mask = np.eye(n, k=k, dtype=bool)
        padded = pad(v, (0, builtins.abs(k)))  # entry (r, c) is v[r] above, v[c] below
        values = expand_dims(padded, 1) if k >= 0 else expand_dims(padded, 0)
        return where(mask, values, zeros((n, n), aval_of(v).dtype))
    return diagonal(v, k)


def trace(x, /, offset=0, axis1=0, axis2=1):
    return sum(diagonal(x, offset, axis1, axis2), axis=-1)


def roll(x, /, shift, axis=None):
    x = _as_operand(x)
    if axis is None:
        return reshape(roll(ravel(x), shift, 0), aval_of(x).shape)
    axis = axis % aval_of(x).ndim
    n = aval_of(x).shape[axis]
    k = int(shift) % n if n else 0
    if k == 0:
        return x
    return concatenate(split(x, [n - k], axis)[::-1], axis)


def meshgrid(*xs, indexing="xy"):
    xs = [ravel(_as_operand(x)) for x in xs]
    shape = [aval_of(x).shape[0] for x in xs]
    if indexing == "xy" and len(xs) >= 2:
        shape[0], shape[1] = shape[1], shape[0]
    out = []
    for i, x in enumerate(xs):
        dim = i
        if indexing == "xy" and len(xs) >= 2 and i < 2:
            dim = 1 - i
        out.append(P.broadcast_in_dim(x, tuple(shape), (dim,)))
    return out


def isclose(a, b, /, rtol=1e-05, atol=1e-08):
    a, b = _promote("isclose", a, b)
    return less_equal(abs(subtract(a, b)), add(atol, multiply(rtol, abs(b))))


def count_nonzero(x, /, axis=None, keepdims=False):
    return sum(not_equal(x, 0), axis=axis, keepdims=keepdims)


def average(x, /, axis=None, weights=None):
    if weights is None:
        return mean(x, axis=axis)
    x, weights = _promote("average", _float(x), weights)
    return divide(sum(multiply(x, weights), axis=axis), sum(weights, axis=axis))


def ptp(x, /, axis=None, keepdims=False):
    return subtract(max(x, axis, keepdims), min(x, axis, keepdims))


def logaddexp(x, y, /):
    x, y = _promote("logaddexp", _float(x), _float(y))
    big = maximum(x, y)
    safe = where(isfinite(big), big, zeros_like(big))
    return add(safe, log(add(exp(subtract(x, safe)), exp(subtract(y, safe)))))


def hypot(x, y, /):
    x, y = _promote("hypot", _float(x), _float(y))
    return sqrt(add(multiply(x, x), multiply(y, y)))


def cumprod(x, /, axis=None, dtype=None):
    from .lax_api import scan
    x = _as_operand(x) if dtype is None else astype(x, dtype)
    if axis is None:
        x, axis = ravel(x), 0
    moved = moveaxis(x, axis, 0)
    _, out = scan(lambda c, t: (multiply(c, t), multiply(c, t)), ones_like(moved[0]), moved)
    return moveaxis(out, 0, axis)


def flipud(x, /):
    return flip(x, 0)


def fliplr(x, /):
    return flip(x, 1)


def copy(x, /):
    return _as_operand(x)


def deg2rad(x, /):
    return multiply(_float(x), float(np.pi / 180))


def rad2deg(x, /):
    return multiply(_float(x), float(180 / np.pi))


radians, degrees = deg2rad, rad2deg


def _traced_repeat(x, counts, axis, total):
    """repeat with traced per-element counts and a static output length (JAX's
    total_repeat_length): output position p takes element searchsorted(cumsum, p, right)."""
    ends = cumulative_sum(astype(counts, DEFAULT_INT))
    positions = arange(int(total), dtype=DEFAULT_INT)
    source = sum(astype(less_equal(expand_dims(ends, 0), expand_dims(positions, 1)),
                        DEFAULT_INT), axis=1)
    return take(x, minimum(source, aval_of(x).shape[axis] - 1), axis=axis)


# ---------------------------------------------------------------- complex values
# Eager elementwise functions of complex arrays are numpy's, whose special values (infinite
# and NaN parts) follow C99 as the Array API does; traced ones lower to HLO's c64/c128 ops.

_NUMPY_FOR_COMPLEX = {
    **{n: n for n in (
        "abs absolute exp expm1 log log1p log2 log10 sqrt square reciprocal sign sin cos tan "
        "sinh cosh tanh arcsin arccos arctan arcsinh arccosh arctanh add subtract multiply "
        "divide true_divide power pow equal not_equal isnan isinf isfinite negative positive "
        "round").split()},
    "acos": "arccos", "asin": "arcsin", "atan": "arctan", "acosh": "arccosh",
    "asinh": "arcsinh", "atanh": "arctanh",
}


def _complex_expm1(z):
    """numpy's expm1 of complex numbers with C99's special values: where a part is
    infinite or NaN, exp(z) - 1 (numpy's complex expm1 gives NaNs there), and +0 for a
    zero (numpy keeps -0)."""
    z = np.asarray(z)
    with np.errstate(all="ignore"):
        out = np.asarray(np.expm1(z))
        special = ~(np.isfinite(z.real) & np.isfinite(z.imag))
        if special.any():
            out = np.where(special, np.exp(z) - 1, out)
    out = np.array(out, order="C")
    out.real[(z.real == 0) & (z.imag == 0)] = 0.0  # expm1(-0 + 0j) is +0 + 0j
    return out


def _numpy_for_complex(fn, np_fn):
    def wrapped(*args, **kwargs):
        if builtins.any(type(a) is Array and a._value.dtype.kind == "c" for a in args) and \
                not builtins.any(isinstance(a, Tracer) for a in args):
            values = [a._value if type(a) is Array else a for a in args]
            return Array(np.asarray(np_fn(*values, **kwargs), order="C"))
        return fn(*args, **kwargs)
    wrapped.__name__, wrapped.__doc__, wrapped.__wrapped__ = fn.__name__, fn.__doc__, fn
    return wrapped



# ---------------------------------------------------------------- the Array API (2024.12)

__array_api_version__ = "2024.12"


class Device:
    """hlox's one device: the CPU it compiles for."""

    def __eq__(self, other):
        return isinstance(other, Device) or other == "cpu"

    def __hash__(self):
        return hash("cpu")

    def __repr__(self):
        return "Device('cpu')"


CPU = Device()

acos, asin, atan, atan2 = arccos, arcsin, arctan, arctan2
bitwise_left_shift, bitwise_right_shift, bitwise_invert = left_shift, right_shift, invert


def acosh(x, /):
    x = _float(x)  # NaN below 1 (also for -inf, where the formula would give -inf)
    out = log(add(x, sqrt(multiply(subtract(x, 1.0), add(x, 1.0)))))
    return where(less(x, 1.0), full_like(x, np.nan), out)


def asinh(x, /):
    x = _float(x)  # odd: computed on |x|, so asinh(-0.0) is -0.0 and large |x| stay exact
    a = abs(x)
    out = copysign(log1p(add(a, divide(square(a), add(1.0, sqrt(add(square(a), 1.0)))))), x)
    return where(isinf(x), x, out)


def atanh(x, /):
    x = _float(x)
    return multiply(0.5, subtract(log1p(x), log1p(negative(x))))


arccosh, arcsinh, arctanh = acosh, asinh, atanh


def _bits(x):
    """x's bit pattern as unsigned integers of its width."""
    from .lax_api import bitcast_convert_type
    return bitcast_convert_type(x, np.dtype(f"uint{aval_of(x).dtype.itemsize * 8}"))


def _sign_bit_mask(x):
    return np.asarray(1 << (aval_of(x).dtype.itemsize * 8 - 1),
                      np.dtype(f"uint{aval_of(x).dtype.itemsize * 8}"))


def signbit(x, /):
    x = _as_operand(x)
    if not is_float(aval_of(x).dtype):
        return less(x, 0)
    return not_equal(bitwise_and(_bits(x), _sign_bit_mask(x)), 0)


def copysign(x1, x2, /):
    """|x1| with x2's sign bit (of zeros and NaNs too)."""
    from .lax_api import bitcast_convert_type
    x1, x2 = _promote("copysign", _float(x1), _float(x2))
    mask = _sign_bit_mask(x1)
    bits = bitwise_or(bitwise_and(_bits(x1), invert(mask)), bitwise_and(_bits(x2), mask))
    return bitcast_convert_type(bits, aval_of(x1).dtype)


def nextafter(x1, x2, /):
    """The next representable float after x1 towards x2 (IEEE nextafter)."""
    from .lax_api import bitcast_convert_type
    x1, x2 = _promote("nextafter", _float(x1), _float(x2))
    dtype = aval_of(x1).dtype
    bits = _bits(x1)
    # away from zero adds one to the magnitude's bits, towards zero subtracts one
    away = equal(signbit(x1), less(x2, x1))
    stepped = bitcast_convert_type(where(away, add(bits, 1), subtract(bits, 1)), dtype)
    smallest = bitcast_convert_type(np.asarray(1, aval_of(bits).dtype), dtype)
    from_zero = copysign(broadcast_to(smallest, aval_of(x1).shape), subtract(x2, x1))
    out = where(equal(x1, 0), from_zero, stepped)
    out = where(equal(x1, x2), x2, out)
    return where(logical_or(isnan(x1), isnan(x2)), add(x1, x2), out)


def concat(arrays, /, *, axis=0):
    return concatenate(arrays, axis)


def unstack(x, /, *, axis=0):
    x = _as_operand(x)
    axis = axis % aval_of(x).ndim
    return tuple(squeeze(part, axis) for part in split(x, aval_of(x).shape[axis], axis)) \
        if aval_of(x).shape[axis] else ()


def _cumulative(fn, x, axis, dtype, include_initial, identity):
    x = _as_operand(x)
    if axis is None:
        if aval_of(x).ndim > 1:
            raise ValueError("cumulative_sum/prod: axis is required for arrays of ndim > 1")
        axis = 0
    if aval_of(x).ndim == 0:
        raise ValueError("cumulative_sum/prod: x must have at least one dimension")
    if dtype is None:
        dtype = _accumulator(aval_of(x).dtype)
    x = x if dtype is None else astype(x, dtype)
    axis = axis % aval_of(x).ndim
    out = fn(x, axis=axis) if aval_of(x).shape[axis] else x
    if include_initial:
        shape = list(aval_of(x).shape)
        shape[axis] = 1
        out = concatenate([full(shape, identity, aval_of(x).dtype), out], axis)
    return out


def cumulative_sum(x, /, *, axis=None, dtype=None, include_initial=False):
    return _cumulative(cumsum, x, axis, dtype, include_initial, 0)


def cumulative_prod(x, /, *, axis=None, dtype=None, include_initial=False):
    return _cumulative(cumprod, x, axis, dtype, include_initial, 1)


def diff(x, /, *, axis=-1, n=1, prepend=None, append=None):
    x = _as_operand(x)
    axis = axis % aval_of(x).ndim
    parts = [a for a in (prepend, x, append) if a is not None]
    if len(parts) > 1:
        x = concatenate([broadcast_to(_as_operand(a), [1 if i == axis and a is not x else d
                                                       for i, d in enumerate(aval_of(x).shape)])
                         if aval_of(_as_operand(a)).ndim == 0 else a for a in parts], axis)
    for _ in range(n):
        size = aval_of(x).shape[axis]
        lo, hi = [0] * aval_of(x).ndim, list(aval_of(x).shape)
        upper = [0 if i != axis else 1 for i in range(len(hi))]
        hi_lower = [d if i != axis else builtins.max(size - 1, 0) for i, d in enumerate(hi)]
        later = ix.slice_(x, [u if size else 0 for u in upper], hi)
        earlier = ix.slice_(x, lo, hi_lower)
        x = not_equal(later, earlier) if aval_of(x).dtype == BOOL else subtract(later, earlier)
    return x


def isdtype(dtype, kind):
    """Array API: is `dtype` of `kind` (a dtype, a kind name, or a tuple of them)?"""
    if isinstance(kind, tuple):
        return builtins.any(isdtype(dtype, k) for k in kind)
    dtype = np.dtype(dtype)
    if not isinstance(kind, str):
        return dtype == np.dtype(kind)
    k = dtype_kind(dtype)
    kinds = {"bool": k == "b", "signed integer": k == "i", "unsigned integer": k == "u",
             "integral": k in "iu", "real floating": k == "f", "complex floating": k == "c",
             "numeric": k in "iufc"}
    if kind not in kinds:
        raise ValueError(f"isdtype: unknown kind {kind!r}")
    return kinds[kind]


def can_cast(from_, to, /):
    """Whether type promotion allows `from_` (a dtype or array) to become `to`."""
    from_ = aval_of(from_).dtype if _is_array(from_) else np.dtype(from_)
    to = np.dtype(to)
    return result_dtype(ShapedArray((), from_), ShapedArray((), to))[0] == to


def _concrete(x, name):
    x = _as_operand(x)
    if isinstance(x, Tracer):
        x.to_concrete(f"{name} (its result's shape depends on the values)")
    return x._value


def nonzero(x, /, *, size=None, fill_value=0):
    value = _concrete(x, "nonzero")
    if value.ndim == 0:
        raise ValueError("nonzero of a 0-d array")
    found = np.nonzero(value)
    if size is not None:
        found = [np.concatenate([f[:size], np.full(builtins.max(size - f.size, 0), fill_value)])
                 for f in found]
    return tuple(Array(np.asarray(f, DEFAULT_INT)) for f in found)


def argwhere(x, /, *, size=None, fill_value=0):
    return stack(nonzero(x, size=size, fill_value=fill_value), axis=-1)


def _unique(x, name, **flags):
    value = _concrete(x, name).ravel()
    return np.unique(value, **flags) if value.dtype.kind != "f" else _unique_nans(value, flags)


def _unique_nans(value, flags):
    # the Array API counts every NaN as distinct (numpy merges them)
    finite = ~np.isnan(value)
    outs = np.unique(value[finite], return_index=True, return_inverse=True, return_counts=True)
    values, index, inverse, counts = outs
    nans = np.flatnonzero(~finite)
    full_inverse = np.empty(value.size, np.int64)
    full_inverse[finite] = inverse
    full_inverse[nans] = values.size + np.arange(nans.size)
    values = np.concatenate([values, value[nans]])
    index = np.concatenate([np.flatnonzero(finite)[index], nans])
    counts = np.concatenate([counts, np.ones(nans.size, np.int64)])
    picked = [values]
    for key, part in (("return_index", index), ("return_inverse", full_inverse),
                      ("return_counts", counts)):
        if flags.get(key):
            picked.append(part)
    return picked[0] if len(picked) == 1 else tuple(picked)


class FInfo(NamedTuple):
    """The Array API's finfo object: Python numbers, and the (real) dtype."""
    bits: int
    eps: float
    max: float
    min: float
    smallest_normal: float
    tiny: float
    resolution: float
    dtype: np.dtype


def finfo(type, /):  # noqa: A002  (numpy's and the Array API's name)
    """Machine limits of a floating or complex dtype (or of an array's dtype)."""
    is_dtype = isinstance(type, (np.dtype, builtins.type, str))
    info = np.finfo(type if is_dtype else type.dtype)  # a dtype, or an array
    return FInfo(int(info.bits), float(info.eps), float(info.max), float(info.min),
                 float(info.smallest_normal), float(info.tiny), float(info.resolution),
                 np.dtype(info.dtype))


class SlogdetResult(NamedTuple):
    sign: Array
    logabsdet: Array


class EighResult(NamedTuple):
    eigenvalues: object
    eigenvectors: object


class SVDResult(NamedTuple):
    U: object
    S: object
    Vh: object


class QRResult(NamedTuple):
    Q: Array
    R: Array


class UniqueAllResult(NamedTuple):
    values: Array
    indices: Array
    inverse_indices: Array
    counts: Array


class UniqueCountsResult(NamedTuple):
    values: Array
    counts: Array


class UniqueInverseResult(NamedTuple):
    values: Array
    inverse_indices: Array


def unique_values(x, /):
    return Array(_unique(x, "unique_values"))


def unique_counts(x, /):
    values, counts = _unique(x, "unique_counts", return_counts=True)
    return UniqueCountsResult(Array(values), Array(counts.astype(DEFAULT_INT)))


def unique_inverse(x, /):
    shape = aval_of(_as_operand(x)).shape
    values, inverse = _unique(x, "unique_inverse", return_inverse=True)
    return UniqueInverseResult(Array(values), Array(inverse.reshape(shape).astype(DEFAULT_INT)))


def unique_all(x, /):
    shape = aval_of(_as_operand(x)).shape
    values, index, inverse, counts = _unique(x, "unique_all", return_index=True,
                                             return_inverse=True, return_counts=True)
    return UniqueAllResult(Array(values), Array(index.astype(DEFAULT_INT)),
                           Array(inverse.reshape(shape).astype(DEFAULT_INT)),
                           Array(counts.astype(DEFAULT_INT)))


def unique(x, /, return_index=False, return_inverse=False, return_counts=False, axis=None):
    if axis is not None:
        raise NotImplementedError("unique with axis=")
    outs = _unique(x, "unique", return_index=return_index, return_inverse=return_inverse,
                   return_counts=return_counts)
    return tuple(Array(o) for o in outs) if isinstance(outs, tuple) else Array(outs)


def searchsorted(x1, x2, /, *, side="left", sorter=None):
    """Insertion points of x2 in the sorted 1-D x1: how many x1 are < (left) or <= (right)
    each x2. NaNs sort last, as in sort."""
    x1 = _as_operand(x1)
    if sorter is not None:
        x1 = take(x1, sorter)
    x1, x2 = _promote_only([x1, _as_operand(x2)])
    if side not in ("left", "right"):
        raise ValueError(f"searchsorted: side must be 'left' or 'right', got {side!r}")
    a, v = expand_dims(x1, tuple(range(1, aval_of(x2).ndim + 1))), expand_dims(x2, 0)
    before = less(a, v) if side == "left" else less_equal(a, v)
    if is_float(aval_of(x1).dtype):  # NaN is greater than everything, and equal to NaN
        before = logical_or(before, logical_and(isnan(v), logical_not(isnan(a))))
        if side == "right":
            before = logical_or(before, logical_and(isnan(v), isnan(a)))
    return sum(astype(before, DEFAULT_INT), axis=0)


def matrix_transpose(x, /):
    x = _as_operand(x)
    if aval_of(x).ndim < 2:
        raise ValueError("matrix_transpose needs at least 2 dimensions")
    return swapaxes(x, -1, -2)


def vecdot(x1, x2, /, *, axis=-1):
    x1, x2 = _promote("vecdot", x1, x2)
    if aval_of(x1).shape[axis] != aval_of(x2).shape[axis]:
        raise ShapeMismatchError(f"vecdot: sizes along axis {axis} differ")
    return sum(multiply(conj(x1), x2), axis=axis, dtype=aval_of(x1).dtype)


def from_dlpack(x, /, *, device=None, copy=None):
    _check_device(device)
    value = np.from_dlpack(x)
    return Array(value.copy() if copy else value)


class _ArrayNamespaceInfo:
    """What `__array_namespace_info__()` reports: one CPU device, hlox's dtypes."""

    _KINDS = ("bool", "signed integer", "unsigned integer", "real floating",
              "complex floating", "integral", "numeric")

    def capabilities(self):
        return {"boolean indexing": False, "data-dependent shapes": True,
                "max dimensions": 64}

    def default_device(self):
        return CPU

    def devices(self):
        return [CPU]

    def default_dtypes(self, *, device=None):
        _check_device(device)
        return {"real floating": DEFAULT_FLOAT, "complex floating": np.dtype(complex64),
                "integral": DEFAULT_INT, "indexing": DEFAULT_INT}

    def dtypes(self, *, device=None, kind=None):
        _check_device(device)
        names = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
                 "uint64", "float32", "float64", "complex64", "complex128"]
        dtypes = {n: np.dtype(globals()[n]) for n in names}
        if kind is None:
            return dtypes
        return {n: d for n, d in dtypes.items() if isdtype(d, kind)}


def __array_namespace_info__():
    return _ArrayNamespaceInfo()


def _rank_rtol(x, rtol):
    """The Array API's default: max(m, n) times the dtype's epsilon."""
    if rtol is not None:
        return expand_dims(asarray(rtol), -1) if ndim(rtol) else rtol
    shape, dtype = aval_of(_float(x)).shape, aval_of(_float(x)).dtype
    return builtins.max(shape[-2:]) * float(finfo(dtype).eps)


def _square_matrices(x, name):
    x = _float(x)
    s = aval_of(x).shape
    if len(s) < 2 or s[-1] != s[-2]:
        raise ValueError(f"linalg.{name}: needs (..., n, n) matrices, got {s}")
    return x


# Cyclic Jacobi: a fixed number of sweeps over every (p, q) pair, each pair zeroed by a
# plane rotation J(p, q, c, s) applied to whole (batched) matrices. It converges
# quadratically; these counts reach the dtype's precision for the matrix sizes the
# unrolled factorizations here are meant for (n up to a few tens).
_JACOBI_SWEEPS = {4: 6, 8: 10}  # itemsize of the float dtype -> sweeps


def _rotate_columns(a, p, q, c, s):
    """a J: columns p, q of `a` (..., m, n) replaced by c a_p - s a_q and s a_p + c a_q
    (c, s of shape (...))."""
    n = aval_of(a).shape[-1]
    ap, aq = a[..., :, p], a[..., :, q]
    c, s = expand_dims(c, -1), expand_dims(s, -1)
    new_p, new_q = subtract(multiply(c, ap), multiply(s, aq)), add(multiply(s, ap),
                                                                     multiply(c, aq))
    column = np.arange(n)
    a = where(column == p, expand_dims(new_p, -1), a)
    return where(column == q, expand_dims(new_q, -1), a)


def _rotation(alpha, beta, gamma):
    """(c, s) of the rotation that zeroes gamma in [[alpha, gamma], [gamma, beta]]
    (Golub & Van Loan's symmetric Schur decomposition); c = 1, s = 0 where gamma is 0."""
    zero = equal(gamma, 0)
    zeta = divide(subtract(beta, alpha), multiply(2.0, where(zero, ones_like(gamma), gamma)))
    t = divide(where(greater_equal(zeta, 0), ones_like(zeta), negative(ones_like(zeta))),
               add(abs(zeta), sqrt(add(1.0, multiply(zeta, zeta)))))
    t = where(zero | isinf(zeta), zeros_like(t), t)
    c = divide(1.0, sqrt(add(1.0, multiply(t, t))))
    return c, multiply(t, c)


def _pairs(n):
    return [(p, q) for p in range(n - 1) for q in range(p + 1, n)]


def _jacobi_eigh(a):
    """(eigenvalues ascending, eigenvectors as columns) of symmetric (..., n, n) matrices."""
    if dtype_kind(aval_of(a).dtype) == "c":
        raise TypeError(f"linalg.eigh: real symmetric matrices only (Jacobi with real "
                        f"rotations), got {aval_of(a).str_short()}")
    n = aval_of(a).shape[-1]
    v = broadcast_to(eye(n, dtype=aval_of(a).dtype), aval_of(a).shape)
    for _ in range(_JACOBI_SWEEPS[aval_of(a).dtype.itemsize] if n > 1 else 0):
        for p, q in _pairs(n):
            c, s = _rotation(a[..., p, p], a[..., q, q], a[..., p, q])
            a = _rotate_columns(matrix_transpose(_rotate_columns(a, p, q, c, s)), p, q, c, s)
            v = _rotate_columns(v, p, q, c, s)
    w = diagonal(a, axis1=-2, axis2=-1)
    order = argsort(w, axis=-1)
    return take_along_axis(w, order, -1), take_along_axis(v, expand_dims(order, -2), -1)


def _one_sided_jacobi(a):
    """Hestenes' one-sided Jacobi on (..., m, n) with m >= n: rotations orthogonalize the
    columns of a V; returns (a V, V) with the columns' norms (the singular values)
    descending. Of a complex matrix, column q is first turned by the phase of a_p^H a_q,
    which makes that product real (a unitary diagonal factor of V)."""
    n = aval_of(a).shape[-1]
    complex_ = dtype_kind(aval_of(a).dtype) == "c"
    sweeps = _JACOBI_SWEEPS[np.dtype(P.real_dtype(aval_of(a).dtype)).itemsize]
    v = broadcast_to(eye(n, dtype=aval_of(a).dtype), aval_of(a).shape[:-2] + (n, n))
    column = np.arange(n)
    for _ in range(sweeps if n > 1 else 0):
        for p, q in _pairs(n):
            ap, aq = a[..., :, p], a[..., :, q]
            gamma = sum(conj(ap) * aq, axis=-1)
            if complex_:
                size = abs(gamma)
                phase = where(equal(size, 0), ones_like(gamma),
                              divide(gamma, where(equal(size, 0), ones_like(size), size)))
                turn = expand_dims(expand_dims(conj(phase), -1), -1)
                a = where(column == q, multiply(a, turn), a)
                v = where(column == q, multiply(v, turn), v)
                aq, gamma = a[..., :, q], size
            c, s = _rotation(sum(real(conj(ap) * ap), axis=-1),
                             sum(real(conj(aq) * aq), axis=-1), gamma)
            a, v = _rotate_columns(a, p, q, c, s), _rotate_columns(v, p, q, c, s)
    sigma = sqrt(sum(real(conj(a) * a), axis=-2))
    order = argsort(sigma, axis=-1, descending=True)
    return (take_along_axis(a, expand_dims(order, -2), -1),
            take_along_axis(v, expand_dims(order, -2), -1), take_along_axis(sigma, order, -1))


def _svd(x, name):
    """(u, s, v) with x = u diag(s) v^T, thin: u (..., m, k), v (..., n, k), k = min(m, n)."""
    x = _float(x)
    if ndim(x) < 2:
        raise TypeError(f"linalg.{name}: needs (..., m, n) matrices, got "
                        f"{aval_of(x).str_short()}")
    m, n = aval_of(x).shape[-2:]
    if m < n:
        u_t, s, v_t = _svd(_adjoint(x), name)  # x^H = u_t s v_t^H
        return v_t, s, u_t
    av, v, s = _one_sided_jacobi(x)
    safe = where(equal(s, 0), ones_like(s), s)
    return divide(av, expand_dims(safe, -2)), s, v


def _adjoint(x):
    return conj(matrix_transpose(x))


def _orthonormal_completion(u):
    """(..., m, m): u's k orthonormal columns, then m - k more orthonormal to them (the
    eigenvectors of the projector I - u u^T with eigenvalue 1)."""
    m, k = aval_of(u).shape[-2:]
    if m == k:
        return u
    if dtype_kind(aval_of(u).dtype) == "c":
        raise TypeError("linalg.svd: full_matrices=True of a non-square complex matrix needs "
                        "a Hermitian eigensolver (the Jacobi sweeps here are real); pass "
                        "full_matrices=False")
    projector = subtract(eye(m, dtype=aval_of(u).dtype), matmul(u, matrix_transpose(u)))
    _, vectors = _jacobi_eigh(projector)
    return concat([u, vectors[..., :, m - (m - k):]], axis=-1)


class linalg:  # noqa: N801  (a namespace, as numpy.linalg; built from hlox's own ops)
    """The Array API's linalg extension, built from hlox's ops: LU, Cholesky and QR are
    LAPACK's algorithms (tracer/linalg.py), unrolled over the (static) matrix size;
    eigh/eigvalsh are cyclic Jacobi sweeps (real matrices) and the singular values
    one-sided (Hestenes) Jacobi."""

    @staticmethod
    def eigh(x, /):
        x = _square_matrices(x, "eigh")
        return EighResult(*_jacobi_eigh(x))

    @staticmethod
    def eigvalsh(x, /):
        return _linalg.eigvalsh(_square_matrices(x, "eigvalsh"))

    @staticmethod
    def svd(x, /, *, full_matrices=True):
        u, s, v = _svd(x, "svd")
        if full_matrices:
            u, v = _orthonormal_completion(u), _orthonormal_completion(v)
        return SVDResult(u, s, _adjoint(v))

    @staticmethod
    def svdvals(x, /):
        return _svd(x, "svdvals")[1]

    @staticmethod
    def pinv(x, /, *, rtol=None):
        u, s, v = _svd(x, "pinv")
        cutoff = multiply(_rank_rtol(x, rtol), max(s, axis=-1, keepdims=True))
        inverse = where(greater(s, cutoff), divide(1.0, where(equal(s, 0), ones_like(s), s)),
                        zeros_like(s))
        return matmul(multiply(v, expand_dims(inverse, -2)), _adjoint(u))

    @staticmethod
    def matrix_rank(x, /, *, rtol=None):
        s = _svd(x, "matrix_rank")[1]
        cutoff = multiply(_rank_rtol(x, rtol), max(s, axis=-1, keepdims=True))
        return sum(astype(greater(s, cutoff), DEFAULT_INT), axis=-1)

    @staticmethod
    def det(x, /):
        return _linalg.lu_det(*_linalg.lu_factor(_square_matrices(x, "det")))

    @staticmethod
    def slogdet(x, /):
        return SlogdetResult(*_linalg.lu_slogdet(*_linalg.lu_factor(
            _square_matrices(x, "slogdet"))))

    @staticmethod
    def solve(x1, x2, /):
        x1 = _square_matrices(x1, "solve")
        x1, x2 = _promote_only([x1, _as_operand(x2)])
        vector = aval_of(x2).ndim == 1
        rhs = expand_dims(x2, -1) if vector else x2
        x1, rhs = _linalg.broadcast_batches(x1, rhs)
        out = _linalg.lu_solve(*_linalg.lu_factor(x1), rhs)
        return squeeze(out, -1) if vector else out

    @staticmethod
    def inv(x, /):
        return _linalg.lu_inverse(*_linalg.lu_factor(_square_matrices(x, "inv")))

    @staticmethod
    def cholesky(x, /, *, upper=False):
        return _linalg.cholesky(_square_matrices(x, "cholesky"), upper=upper)

    @staticmethod
    def qr(x, /, *, mode="reduced"):
        """Householder QR as LAPACK's geqrf and orgqr; mode 'reduced', 'complete' or 'r'
        (R only)."""
        q, r = _linalg.qr(_float(x), mode=mode)
        return r if mode == "r" else QRResult(q, r)

    @staticmethod
    def norm(x, ord=None, axis=None, keepdims=False):
        x = _float(x)
        if ord not in (None, 2, "fro") or (ord == 2 and (axis is None and ndim(x) > 1)):
            raise NotImplementedError(f"linalg.norm with ord={ord!r}")
        return sqrt(sum(multiply(x, x), axis=axis, keepdims=keepdims))

    @staticmethod
    def vector_norm(x, /, *, axis=None, keepdims=False, ord=2):
        x = abs(_float(x))
        if ord == np.inf:
            return max(x, axis=axis, keepdims=keepdims)
        if ord == -np.inf:
            return min(x, axis=axis, keepdims=keepdims)
        if ord == 0:
            return astype(sum(not_equal(x, 0), axis=axis, keepdims=keepdims), aval_of(x).dtype)
        if ord == 1:
            return sum(x, axis=axis, keepdims=keepdims)
        if ord == 2:
            return sqrt(sum(multiply(x, x), axis=axis, keepdims=keepdims))
        return power(sum(power(x, float(ord)), axis=axis, keepdims=keepdims), 1.0 / ord)

    @staticmethod
    def matrix_norm(x, /, *, keepdims=False, ord="fro"):
        x = abs(_float(x))
        if ord == "fro":
            return sqrt(sum(multiply(x, x), axis=(-2, -1), keepdims=keepdims))
        if ord in (1, -1, np.inf, -np.inf):  # max/min of column (1) or row (inf) sums
            reduce_ = max if ord in (1, np.inf) else min
            summed_axis, other = (-2, -1) if ord in (1, -1) else (-1, -2)
            out = reduce_(sum(x, axis=summed_axis, keepdims=True), axis=other, keepdims=True)
            return out if keepdims else squeeze(out, (-2, -1))
        raise NotImplementedError(f"matrix_norm ord={ord!r} needs singular values (no SVD op)")

    @staticmethod
    def matmul(x1, x2, /):
        return matmul(x1, x2)

    @staticmethod
    def matrix_transpose(x, /):
        return matrix_transpose(x)

    @staticmethod
    def outer(x1, x2, /):
        return outer(x1, x2)

    @staticmethod
    def tensordot(x1, x2, /, *, axes=2):
        return tensordot(x1, x2, axes)

    @staticmethod
    def vecdot(x1, x2, /, *, axis=-1):
        return vecdot(x1, x2, axis=axis)

    @staticmethod
    def diagonal(x, /, *, offset=0):
        return diagonal(x, offset, -2, -1)

    @staticmethod
    def trace(x, /, *, offset=0, dtype=None):
        return sum(diagonal(x, offset, -2, -1), axis=-1, dtype=dtype)

    @staticmethod
    def cross(x1, x2, /, *, axis=-1):
        x1, x2 = _promote("cross", x1, x2)
        if aval_of(x1).shape[axis] != 3:
            raise ValueError("cross: the axis must have size 3")
        a = [take(x1, i, axis=axis) for i in range(3)]
        b = [take(x2, i, axis=axis) for i in range(3)]
        parts = [subtract(multiply(a[1], b[2]), multiply(a[2], b[1])),
                 subtract(multiply(a[2], b[0]), multiply(a[0], b[2])),
                 subtract(multiply(a[0], b[1]), multiply(a[1], b[0]))]
        return stack(parts, axis=axis)

    @staticmethod
    def matrix_power(x, n, /):
        x = _as_operand(x)
        if n < 0:
            x, n = linalg.inv(x), -n
        result = broadcast_to(eye(aval_of(x).shape[-1], dtype=aval_of(x).dtype),
                              aval_of(x).shape) if n == 0 else None
        base = x
        while n:
            if n & 1:
                result = base if result is None else matmul(result, base)
            n >>= 1
            if n:
                base = matmul(base, base)
        return result




for _name, _np_name in _NUMPY_FOR_COMPLEX.items():
    globals()[_name] = _numpy_for_complex(
        globals()[_name], _complex_expm1 if _name == "expm1" else getattr(np, _np_name))

from .spectral import fft  # noqa: E402  (the fft extension builds on the functions above)
from . import linalg as _linalg  # noqa: E402  (factorizations, built on the functions above)

__all__ = public_names(globals())
