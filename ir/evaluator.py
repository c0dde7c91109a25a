"""The reference evaluator: HLO semantics in numpy, op by op.

It is the ground truth for every test of the compiled path, so it follows XLA's
operation semantics (https://openxla.org/xla/operation_semantics) and, where the
document leaves a choice to the backend, what XLA:CPU does:

- integers wrap around; x / 0 is -1 (all bits set), x % 0 is x, INT_MIN / -1 is
  INT_MIN and INT_MIN % -1 is 0; division truncates toward zero and the remainder
  has the sign of the dividend; shifts by >= the bit width give 0 (sign fill for
  an arithmetic right shift);
- float -> integer `convert` truncates, saturates out-of-range values and maps NaN to 0;
  conversions to bf16 go through f32 (from f64 and from integers), as XLA emits them;
- `maximum` / `minimum` propagate NaN and order -0.0 below +0.0;
- integer `power` looks at the low 6 bits of the exponent only; a negative exponent
  gives 1 for base 1, +-1 for base -1 and 0 otherwise (signed tests, for unsigned
  types too);
- denormals are kept (IEEE), although XLA:CPU flushes them to zero;
- gather clamps its start indices so that the slice is in bounds; scatter skips
  an update window that is not entirely in bounds; reduce-window and select-and-scatter
  skip padding (and base-dilation holes) rather than reducing init values there;
- rng-bit-generator implements XLA's ThreeFry and Philox expansions bit for bit
  (`rng_default` is Philox on the CPU);
- dot and convolution accumulate floats in f32 (f64 when anything is f64) and
  integers in the result type.

tests/ir/test_evaluator.py checks these choices against XLA:CPU itself (through jaxlib,
when jax is installed) as well as against the JAX fixtures.

Floating-point elementwise ops are computed in f64 and rounded once to the result
type: for +, -, *, /, sqrt that is the correctly rounded result of the narrow type,
for transcendental functions it is at least as accurate as any backend. The exact ones
(+, -, *, /, sqrt, fmod, max, min, floor, ...) run on f32 / f64 operands in their own
type, which gives the same bits; the others widen big arrays block by block. Bounded
dynamic dimensions (`f32[<=4]`) are held padded to their bounds, the size in force of
each tracked beside the values (`ir.shape_inference.dynamic_sizes`).

The semantics live in one table, `EVAL_RULES[opcode](operands, op, ev) -> value`,
where a value is an ndarray or a (nested) tuple of them and `ev` is the Evaluator
(it evaluates called computations). Computations called by reduce, reduce-window,
scatter, sort and select-and-scatter are applied to whole arrays at once when they
contain only elementwise ops ("lifting" a scalar computation to arrays); otherwise
they are called element by element.
"""
from __future__ import annotations

import functools
import math
import threading
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from .attributes import ConvDims, Window, WindowDim, parse_dim_labels
from .collectives import device_counts, group_of, participating_groups, permute_pairs
from .dialect import ComputationOp, Instruction, ModuleOp
from .errors import HloError, ShapeError
from .opcodes import COMMUTATIVE, LIFTABLE
from .shape_inference import dynamic_sizes
from .shapes import ArrayShape, Shape, TupleShape, element_type_of_dtype

# Sub-byte integers are evaluated in the byte type of their signedness, every result
# wrapped back to its width (s4: -8..7); arrays cross the evaluate() boundary as ml_dtypes.
# By dtype name: ml_dtypes is imported only by modules that use it (ir/shapes.py).
_SUB_BYTE = {"int4": (np.dtype(np.int8), 4), "uint4": (np.dtype(np.uint8), 4),
             "int2": (np.dtype(np.int8), 2), "uint2": (np.dtype(np.uint8), 2)}


def _is_sub_byte(dtype) -> bool:
    return np.dtype(dtype).name in _SUB_BYTE


def _work(dtype) -> np.dtype:
    """The numpy dtype the evaluator holds values of `dtype` in."""
    dtype = np.dtype(dtype)
    return _SUB_BYTE[dtype.name][0] if dtype.name in _SUB_BYTE else dtype


def _wrap_bits(x: np.ndarray, bits: int) -> np.ndarray:
    """Integers (of a byte type) reduced to their low `bits` bits, sign-extended if signed."""
    low = x.astype(np.int64) & ((1 << bits) - 1)
    if x.dtype.kind == "i":
        low = np.where(low >= 1 << (bits - 1), low - (1 << bits), low)
    return low.astype(x.dtype)


def _to_work(x):
    if isinstance(x, tuple):
        return tuple(_to_work(v) for v in x)
    x = np.asarray(x)
    return x.astype(_work(x.dtype)) if _is_sub_byte(x.dtype) else x


def _from_work(x, shape: Shape):
    if isinstance(shape, TupleShape):
        return tuple(_from_work(v, s) for v, s in zip(x, shape.elements))
    return x.astype(shape.np_dtype) if _is_sub_byte(shape.np_dtype) else x


_REAL_PART = {np.dtype(np.complex64): np.dtype(np.float32),
              np.dtype(np.complex128): np.dtype(np.float64)}
_COMPLEX_OF = {real: whole for whole, real in _REAL_PART.items()}
_UNSIGNED_OF = {1: np.uint8, 2: np.uint16, 4: np.uint32, 8: np.uint64}
_SIGNED_OF = {1: np.int8, 2: np.int16, 4: np.int32, 8: np.int64}


# ---------------------------------------------------------------- helpers

def _contiguous(x) -> np.ndarray:
    """A C-contiguous array, keeping 0-d arrays 0-d (np.ascontiguousarray does not)."""
    return np.asarray(x, order="C")


def _is_bf16(dtype: np.dtype) -> bool:
    # by name: bf16 arrays exist only once ml_dtypes is imported, and only then is it needed
    return dtype.name == "bfloat16"


def _is_float(dtype: np.dtype) -> bool:
    return dtype.kind == "f" or _is_bf16(dtype)


def _as_unsigned(x: np.ndarray) -> np.ndarray:
    return x.view(_UNSIGNED_OF[x.dtype.itemsize])


def _as_signed(x: np.ndarray) -> np.ndarray:
    return x.view(_SIGNED_OF[x.dtype.itemsize])


def _bits(dtype: np.dtype) -> int:
    return np.dtype(dtype).itemsize * 8


# Where computing in the operand's own type gives the f64-then-round result bit for bit:
# f32 and f64 (+, -, *, /, sqrt are correctly rounded in both, and f64 carries more than
# 2 * 24 + 2 bits, so rounding its result to f32 is innocuous), for the ops `exact` marks.
_NATIVE_FLOATS = (np.dtype(np.float32), np.dtype(np.float64))


# Widened arrays are processed in blocks of this many elements: a 62.5M-element f32 exp
# then needs a few cache-sized f64 buffers instead of two 500 MB temporaries.
_WIDE_BLOCK = 1 << 16


def _float_math(fn: Callable, exact: bool = False) -> Callable:
    """Apply `fn` in f64 and round once to the operands' float type.

    With `exact` (`fn` is correctly rounded or exact: +, -, *, /, sqrt, fmod, max, ...),
    f32 and f64 operands are computed in their own type, which gives the same bits without
    the f64 copies. 0-d operands go through 1-element arrays: numpy's scalar paths differ
    from its array paths at IEEE edge cases (scalar pow(-inf, 0.5) is NaN, pow(-0.0, 0.5)
    is -0.0)."""
    def rounded(result, dtype):
        if dtype.kind == "c" and result.dtype.kind != "c":  # |z|, re z, im z are real
            dtype = _REAL_PART[dtype]
        return result.astype(dtype, copy=False)

    def apply(*xs):
        dtype = xs[0].dtype
        shape = np.broadcast_shapes(*(x.shape for x in xs))
        if exact and dtype in _NATIVE_FLOATS:
            return np.asarray(fn(*(x.reshape(1) if not shape else x for x in xs))).reshape(shape)
        wide = np.dtype(np.complex128 if dtype.kind == "c" else np.float64)  # complex: c128
        size = math.prod(shape)
        if size <= _WIDE_BLOCK or any(x.shape != shape for x in xs):
            args = [x.astype(wide, copy=False) for x in xs]
            if not shape:
                args = [a.reshape(1) for a in args]
            return rounded(np.asarray(fn(*args)).reshape(shape), dtype)
        flat = [x.reshape(-1) for x in xs]
        buffers = [np.empty(_WIDE_BLOCK, wide) for _ in xs]
        out = None
        for start in range(0, size, _WIDE_BLOCK):
            stop = min(start + _WIDE_BLOCK, size)
            args = [b[:stop - start] for b in buffers]
            for arg, x in zip(args, flat):
                arg[...] = x[start:stop]
            block = np.asarray(fn(*args))
            if out is None:
                out = np.empty(size, rounded(block[:0], dtype).dtype)
            out[start:stop] = block  # rounded by the assignment
        return out.reshape(shape)
    return apply


def _by_kind(float_fn: Callable, int_fn: Callable, pred_fn: Callable | None = None,
             exact: bool = False) -> Callable:
    """One elementwise function choosing its implementation by the operand's type."""
    float_fn = _float_math(float_fn, exact)

    def apply(*xs):
        dtype = xs[0].dtype
        if _is_float(dtype) or dtype.kind == "c":
            return float_fn(*xs)
        if dtype == np.bool_ and pred_fn is not None:
            return pred_fn(*xs)
        return int_fn(*xs)
    return apply


_float_only = _float_math  # float-only ops (the verifier has checked the operand types)


def _exact_float(fn: Callable) -> Callable:
    return _float_math(fn, exact=True)


# ---------------------------------------------------------------- unary elementwise

def _sign(x):
    if x.dtype.kind in "iu":
        return np.sign(x)
    if x.dtype.kind == "c":  # z / |z|, and 0 for 0
        magnitude = np.abs(x)
        return np.where(magnitude == 0, x, x / np.where(magnitude == 0, 1, magnitude))
    # NaN stays NaN and -0.0 stays -0.0: zeros and NaN pass through.
    return np.where(x > 0, 1.0, np.where(x < 0, -1.0, x))


def _round_afz(x):
    """Round half away from zero, exactly (x - trunc(x) is exact)."""
    whole = np.trunc(x)
    return np.where(np.abs(x - whole) >= 0.5, whole + np.copysign(1.0, x), whole)


def _erf(x):
    return np.vectorize(math.erf, otypes=[np.float64])(x) if x.size else x.copy()


def _popcnt(x):
    return np.bitwise_count(_as_unsigned(x)).astype(x.dtype)


def _clz(x):
    """Count leading zeros per width by a binary search on the bit length."""
    u = _as_unsigned(x).copy()
    length = np.zeros(u.shape, dtype=np.int64)
    shift = _bits(x.dtype) // 2
    while shift:
        high = u >> u.dtype.type(shift)
        moved = high != 0
        length += np.where(moved, shift, 0)
        u = np.where(moved, high, u)
        shift //= 2
    length += (u != 0)
    return (_bits(x.dtype) - length).astype(x.dtype)


def _logistic(x):
    return 1.0 / (1.0 + np.exp(-x))


UNARY_FUNCS: dict[str, Callable] = {
    "abs": _by_kind(np.abs, np.abs, exact=True),
    "negate": _by_kind(np.negative, np.negative, exact=True),
    "sign": _by_kind(_sign, _sign, exact=True),
    "floor": _exact_float(np.floor),
    "ceil": _exact_float(np.ceil),
    "round-nearest-even": _exact_float(np.rint),
    "round-nearest-afz": _exact_float(_round_afz),
    "exponential": _float_only(np.exp),
    "exponential-minus-one": _float_only(np.expm1),
    "log": _float_only(np.log),
    "log-plus-one": _float_only(np.log1p),
    "logistic": _float_only(_logistic),
    "sqrt": _exact_float(np.sqrt),
    "rsqrt": _float_only(lambda x: 1.0 / np.sqrt(x)),
    "cbrt": _float_only(np.cbrt),
    "tanh": _float_only(np.tanh),
    "sine": _float_only(np.sin),
    "cosine": _float_only(np.cos),
    "tan": _float_only(np.tan),
    "erf": _float_only(_erf),
    "is-finite": np.isfinite,
    "not": _by_kind(None, np.invert, np.logical_not),
    "popcnt": _popcnt,
    "count-leading-zeros": _clz,
    "copy": np.copy,
    "real": _float_only(np.real),
    "imag": _float_only(lambda x: np.imag(x) if x.dtype.kind == "c" else np.zeros_like(x)),
}


# ---------------------------------------------------------------- binary elementwise

def _int_divide(a, b):
    dtype = a.dtype
    zero = b == 0
    if dtype.kind == "i":
        overflow = (a == np.iinfo(dtype).min) & (b == -1)
        safe = np.where(zero | overflow, dtype.type(1), b)
        quotient = (a - np.fmod(a, safe)) // safe  # exact: truncation toward zero
        return np.where(zero, dtype.type(-1), quotient).astype(dtype)
    safe = np.where(zero, dtype.type(1), b)
    return np.where(zero, np.iinfo(dtype).max, a // safe).astype(dtype)


def _int_remainder(a, b):
    dtype = a.dtype
    zero = b == 0
    safe = np.where(zero, dtype.type(1), b)
    if dtype.kind == "i":
        safe = np.where((a == np.iinfo(dtype).min) & (b == -1), dtype.type(1), safe)
    return np.where(zero, a, np.fmod(a, safe)).astype(dtype)


def _int_power(base, exponent):
    """XLA:CPU's integer power (EmitIntegerPow): exponentiation by squaring over the low
    6 bits of the exponent, wrapping; a negative exponent gives 1 for base 1, +-1 for base
    -1 (by the exponent's parity) and 0 otherwise. Checked against XLA:CPU."""
    dtype = base.dtype
    base, exponent = np.broadcast_arrays(base, exponent)
    bits = _as_unsigned(_contiguous(exponent))
    one = bits.dtype.type(1)
    acc = np.ones(base.shape, dtype)
    b = base.copy()
    for _ in range(6):
        acc = np.where((bits & one) == one, acc * b, acc)
        b = b * b
        bits = bits >> one
    # The sign tests are signed compares, for unsigned types too (checked against XLA:CPU).
    signed_base = _as_signed(_contiguous(base))
    signed_exponent = _as_signed(_contiguous(exponent))
    odd = (signed_exponent & 1) == 1
    minus_one = np.where(odd, -1, 1).astype(signed_base.dtype).view(dtype)
    negative = np.where(signed_base == 1, dtype.type(1),
                        np.where(signed_base == -1, minus_one, dtype.type(0)))
    return np.where(signed_exponent < 0, negative, acc)


def _signed_zero_extremum(extremum: Callable, minus_zero_wins: bool) -> Callable:
    """IEEE maximum / minimum: NaN propagates (np.maximum / np.minimum do) and -0.0 < +0.0
    (as XLA:CPU), which numpy leaves to the argument order: fixed where both are zeros."""
    def apply(a, b):
        result = extremum(a, b)
        zero = result == 0  # both zeros, or a zero and a number on its side of it
        if zero.any():
            zeros = zero & (a == 0) & (b == 0)
            pick_b = np.signbit(a) != minus_zero_wins
            result = np.where(zeros, np.where(pick_b, b, a), result)
        return result
    return apply


_float_max = _signed_zero_extremum(np.maximum, minus_zero_wins=False)
_float_min = _signed_zero_extremum(np.minimum, minus_zero_wins=True)


def _shift_amount(a, b):
    """The shift count as unsigned (XLA compares it unsigned) and where it is too big."""
    count = _as_unsigned(_contiguous(b))
    too_big = count >= _bits(a.dtype)
    return np.where(too_big, 0, count).astype(_UNSIGNED_OF[a.dtype.itemsize]), too_big


def _shift_left(a, b):
    count, too_big = _shift_amount(a, b)
    shifted = _as_unsigned(_contiguous(a)) << count
    return np.where(too_big, 0, shifted).astype(shifted.dtype).view(a.dtype)


def _shift_right_logical(a, b):
    count, too_big = _shift_amount(a, b)
    shifted = _as_unsigned(_contiguous(a)) >> count
    return np.where(too_big, 0, shifted).astype(shifted.dtype).view(a.dtype)


def _shift_right_arithmetic(a, b):
    count, too_big = _shift_amount(a, b)
    signed = _as_signed(_contiguous(a))
    shifted = signed >> count.view(signed.dtype)
    fill = np.where(signed < 0, signed.dtype.type(-1), signed.dtype.type(0))
    return np.where(too_big, fill, shifted).astype(signed.dtype).view(a.dtype)


def _complex_divide(a, b):
    """XLA's complex division: Smith's algorithm, then, where that gives (NaN, NaN), C99
    Annex G's recovery of a zero denominator, an infinite numerator over a finite
    denominator and a finite numerator over an infinite denominator (elemental IR)."""
    if a.dtype.kind != "c":
        return np.divide(a, b)
    ar, ai, br, bi = a.real, a.imag, b.real, b.imag
    ratio_ri, ratio_ir = br / bi, bi / br
    denom_ri, denom_ir = bi + ratio_ri * br, br + ratio_ir * bi
    r_lt_i = np.abs(br) < np.abs(bi)
    cr = np.where(r_lt_i, (ratio_ri * ar + ai) / denom_ri, (ratio_ir * ai + ar) / denom_ir)
    ci = np.where(r_lt_i, (ratio_ri * ai - ar) / denom_ri, (ai - ratio_ir * ar) / denom_ir)
    inf = np.inf
    zero_denominator = (br == 0) & (bi == 0) & (~np.isnan(ar) | ~np.isnan(ai))
    signed_inf = np.copysign(inf, br)
    finite = lambda x: np.abs(x) < inf  # noqa: E731 - NaN is not finite (ordered compare)
    inf_num = (np.isinf(ar) | np.isinf(ai)) & finite(br) & finite(bi)
    ar_s = np.copysign(np.where(np.isinf(ar), 1.0, 0.0), ar)
    ai_s = np.copysign(np.where(np.isinf(ai), 1.0, 0.0), ai)
    inf_den = (np.isinf(br) | np.isinf(bi)) & finite(ar) & finite(ai)
    br_s = np.copysign(np.where(np.isinf(br), 1.0, 0.0), br)
    bi_s = np.copysign(np.where(np.isinf(bi), 1.0, 0.0), bi)
    nan = np.isnan(cr) & np.isnan(ci)
    cases = [(nan & zero_denominator, signed_inf * ar, signed_inf * ai),
             (nan & inf_num, inf * (ar_s * br + ai_s * bi), inf * (ai_s * br - ar_s * bi)),
             (nan & inf_den, 0.0 * (ar * br_s + ai * bi_s), 0.0 * (ai * br_s - ar * bi_s))]
    real = np.select([c for c, _, _ in cases], [r for _, r, _ in cases], cr)
    imag = np.select([c for c, _, _ in cases], [i for _, _, i in cases], ci)
    return _complex(real, imag)


def _complex(real, imag):
    """Parts set directly: real + 1j * imag would turn an infinite imag into a NaN real."""
    out = np.empty(np.broadcast_shapes(real.shape, imag.shape), _COMPLEX_OF[real.dtype])
    out.real, out.imag = real, imag
    return out


def _logical_or_bitwise(logical: Callable, bitwise: Callable) -> Callable:
    return lambda a, b: logical(a, b) if a.dtype == np.bool_ else bitwise(a, b)


BINARY_FUNCS: dict[str, Callable] = {
    "add": _by_kind(np.add, np.add, exact=True),
    "subtract": _by_kind(np.subtract, np.subtract, exact=True),
    "multiply": _by_kind(np.multiply, np.multiply, exact=True),
    "divide": _by_kind(_complex_divide, _int_divide, exact=True),
    "remainder": _by_kind(np.fmod, _int_remainder, exact=True),
    "power": _by_kind(np.power, _int_power),
    "maximum": _by_kind(_float_max, np.maximum, np.logical_or, exact=True),
    "minimum": _by_kind(_float_min, np.minimum, np.logical_and, exact=True),
    "atan2": _float_only(np.arctan2),
    "and": _logical_or_bitwise(np.logical_and, np.bitwise_and),
    "or": _logical_or_bitwise(np.logical_or, np.bitwise_or),
    "xor": _logical_or_bitwise(np.logical_xor, np.bitwise_xor),
    "shift-left": _shift_left,
    "shift-right-arithmetic": _shift_right_arithmetic,
    "shift-right-logical": _shift_right_logical,
    "complex": _complex,
}


# ---------------------------------------------------------------- compare, select, clamp

COMPARE_DIRECTIONS: dict[str, Callable] = {
    "EQ": np.equal, "NE": np.not_equal, "LT": np.less,
    "LE": np.less_equal, "GT": np.greater, "GE": np.greater_equal,
}


def _total_order_key(x: np.ndarray) -> np.ndarray:
    """Floats as sign-magnitude integers: -NaN < -inf < ... < -0 < +0 < ... < inf < NaN."""
    bits = _as_signed(_contiguous(x))
    return np.where(bits < 0, bits ^ np.iinfo(bits.dtype).max, bits)


def _compare_keys(a, b, kind: str | None):
    if _is_float(a.dtype):
        if kind == "TOTALORDER":
            return _total_order_key(a), _total_order_key(b)
        return a, b
    if kind == "UNSIGNED" and a.dtype.kind == "i":
        return _as_unsigned(_contiguous(a)), _as_unsigned(_contiguous(b))
    if kind == "SIGNED" and a.dtype.kind == "u":
        return _as_signed(_contiguous(a)), _as_signed(_contiguous(b))
    return a, b


def compare_rule(operands, op, ev):
    a, b = _compare_keys(operands[0], operands[1], op.attr("type"))
    return COMPARE_DIRECTIONS[op.attr("direction")](a, b)


def select_rule(operands, op, ev):
    pred, on_true, on_false = operands
    return np.where(pred, on_true, on_false)


def clamp_rule(operands, op, ev):
    low, x, high = operands
    maximum, minimum = BINARY_FUNCS["maximum"], BINARY_FUNCS["minimum"]
    return minimum(maximum(x, low), high)


# ---------------------------------------------------------------- conversions

def convert_array(x: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """XLA's convert: float -> int truncates and saturates, NaN -> 0; x -> pred is x != 0."""
    dtype = np.dtype(dtype)
    if dtype.name in _SUB_BYTE:  # floats saturate to the narrow range, integers wrap
        wide, bits = _SUB_BYTE[dtype.name]
        if _is_float(x.dtype):
            low, high = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if wide.kind == "i" \
                else (0, (1 << bits) - 1)
            return np.clip(convert_array(x, wide), low, high).astype(wide)
        return _wrap_bits(x.astype(np.int64), bits).astype(wide)
    if dtype == np.bool_:
        return x != 0
    if x.dtype == np.bool_:
        return x.astype(dtype)
    if _is_float(x.dtype) and dtype.kind in "iu":
        info = np.iinfo(dtype)
        t = np.trunc(x.astype(np.float64))
        # 2**(bits-1) and 2**bits are exact in f64; info.max is not (for 64 bits).
        upper = float(2 ** (_bits(dtype) - (1 if dtype.kind == "i" else 0)))
        in_range = (t >= float(info.min)) & (t < upper)
        out = np.zeros(x.shape, dtype)
        out[in_range] = t[in_range].astype(dtype)
        out[t >= upper] = info.max
        out[t < float(info.min)] = info.min
        return out
    if _is_bf16(dtype) and x.dtype != np.float32:
        # XLA converts to bf16 through f32 (from f64 and from integers): two roundings.
        return x.astype(np.float32).astype(dtype)
    if dtype.kind == "c" and x.dtype.kind not in "fc":  # integers, bf16: via the real part
        return x.astype(_REAL_PART[dtype]).astype(dtype)
    return x.astype(dtype)


def convert_rule(operands, op, ev):
    return convert_array(operands[0], op.shape.np_dtype)


def _bit_planes(x: np.ndarray, bits: int) -> np.ndarray:
    """[..., bits] the bits of each element, least significant first."""
    if bits >= 8:
        u = _as_unsigned(_contiguous(x)).astype(np.uint64)
    else:
        u = (x.astype(np.int64) & ((1 << bits) - 1)).astype(np.uint64)
    return (u[..., None] >> np.arange(bits, dtype=np.uint64)) & np.uint64(1)


def _sub_byte_bitcast(x: np.ndarray, src: ArrayShape, out: ArrayShape) -> np.ndarray:
    """bitcast-convert with a sub-byte side, as XLA packs: the first element in the low
    bits (s8 -> s4[2] gives the low nibble, then the high one)."""
    in_bits, out_bits = src.element_type.bits, out.element_type.bits
    planes = _bit_planes(x, in_bits).reshape(out.dims + (out_bits,))
    value = (planes << np.arange(out_bits, dtype=np.uint64)).sum(-1, dtype=np.uint64)
    if out_bits < 8:
        return _wrap_bits(value.astype(np.int64), out_bits).astype(_work(out.np_dtype))
    return value.astype(_UNSIGNED_OF[out_bits // 8]).view(out.np_dtype)


def bitcast_convert_rule(operands, op, ev):
    x = _contiguous(operands[0])
    out = op.shape
    if min(op.operand_shapes[0].element_type.bits, out.element_type.bits) < 8:
        return _sub_byte_bitcast(x, op.operand_shapes[0], out)
    if x.size == 0:
        return np.zeros(out.dims, out.np_dtype)
    # numpy views are little-endian here (x86 / arm64), as XLA's bitcast-convert on the CPU.
    raw = x.reshape(-1).view(np.uint8)
    if out.np_dtype == np.bool_:
        return (raw != 0).reshape(out.dims)
    return raw.view(out.np_dtype).reshape(out.dims)


def _physical(x: np.ndarray, minor_to_major: Sequence[int]) -> np.ndarray:
    """The elements in memory order for a layout: dims major-to-minor, flattened."""
    return _contiguous(np.transpose(x, tuple(reversed(minor_to_major)))).reshape(-1)


def bitcast_rule(operands, op, ev):
    x = operands[0]
    in_shape, out_shape = op.operand_shapes[0], op.shape
    buffer = _physical(x, in_shape.minor_to_major)
    if out_shape.np_dtype != x.dtype:
        buffer = buffer.view(np.uint8).view(out_shape.np_dtype)
    major_to_minor = tuple(reversed(out_shape.minor_to_major))
    physical = buffer.reshape(tuple(out_shape.dims[d] for d in major_to_minor))
    return _contiguous(np.transpose(physical, tuple(np.argsort(major_to_minor))))


# ---------------------------------------------------------------- structure

def parameter_rule(operands, op, ev):
    raise AssertionError("parameters are bound by Evaluator.call")


def constant_rule(operands, op, ev):
    array = op.attr("literal").array
    if array.dtype.name in _SUB_BYTE:
        return _to_work(array)
    view = array.view()
    view.flags.writeable = False  # the module's literal: no rule may write into it
    return view


def iota_rule(operands, op, ev):
    shape = op.shape
    dim = op.attr("iota_dimension")
    line = np.arange(shape.dims[dim], dtype=np.float64 if _is_float(shape.np_dtype) else np.int64)
    view_shape = [1] * shape.rank
    view_shape[dim] = shape.dims[dim]
    line = convert_array(line, shape.np_dtype) if shape.np_dtype != np.bool_ else line != 0
    return np.broadcast_to(line.reshape(view_shape), shape.dims).copy()


def tuple_rule(operands, op, ev):
    return tuple(operands)


def get_tuple_element_rule(operands, op, ev):
    return operands[0][op.attr("index")]


def call_rule(operands, op, ev):
    return ev.call(op.attr("to_apply"), operands)


def fusion_rule(operands, op, ev):
    return ev.call(op.attr("calls"), operands)


def while_rule(operands, op, ev):
    state = operands[0]
    condition, body = op.attr("condition"), op.attr("body")
    while bool(ev.call(condition, [state])):
        state = ev.call(body, [state])
    return state


def conditional_rule(operands, op, ev):
    selector = operands[0]
    branches = op.attr("branch_computations")
    if branches is None:
        branches = (op.attr("true_computation"), op.attr("false_computation"))
        index = 0 if bool(selector) else 1
    else:
        index = int(selector)
        if not 0 <= index < len(branches):
            index = len(branches) - 1  # out of range selects the last branch
    return ev.call(branches[index], [operands[1 + index]])


def identity_rule(operands, op, ev):
    return operands[0]


# ---------------------------------------------------------------- data movement

def broadcast_rule(operands, op, ev):
    x = operands[0]
    dims = op.attr("dimensions")
    out_dims = op.shape.dims
    order = sorted(range(len(dims)), key=lambda i: dims[i])
    x = np.transpose(x, order) if order != list(range(len(dims))) else x
    view_shape = [1] * len(out_dims)
    for i in order:
        view_shape[dims[i]] = operands[0].shape[i]
    # A read-only view (as constants are: no rule writes into an operand), not a copy.
    return np.broadcast_to(x.reshape(view_shape), out_dims)


def reshape_rule(operands, op, ev):
    return np.reshape(operands[0], op.shape.dims)


def transpose_rule(operands, op, ev):
    return _contiguous(np.transpose(operands[0], op.attr("dimensions")))


def slice_rule(operands, op, ev):
    index = tuple(slice(s.start, s.limit, s.stride) for s in op.attr("slice"))
    return operands[0][index].copy()


def _start_indices(index_operands: list, rank: int) -> list[int]:
    """Scalar start-index operands, or the old form: one index vector."""
    if len(index_operands) == 1 and index_operands[0].ndim == 1 and rank != 1:
        return [int(i) for i in index_operands[0]]
    return [int(i) for i in index_operands]


def _clamped_starts(starts: list[int], dims, sizes) -> list[int]:
    return [min(max(s, 0), d - n) for s, d, n in zip(starts, dims, sizes)]


def dynamic_slice_rule(operands, op, ev):
    x = operands[0]
    sizes = op.attr("dynamic_slice_sizes")
    starts = _clamped_starts(_start_indices(operands[1:], x.ndim), x.shape, sizes)
    return x[tuple(slice(s, s + n) for s, n in zip(starts, sizes))].copy()


def dynamic_update_slice_rule(operands, op, ev):
    x, update = operands[0], operands[1]
    starts = _clamped_starts(_start_indices(operands[2:], x.ndim), x.shape, update.shape)
    out = x.copy()
    out[tuple(slice(s, s + n) for s, n in zip(starts, update.shape))] = update
    return out


def concatenate_rule(operands, op, ev):
    return np.concatenate(operands, axis=op.attr("dimensions")[0])


def pad_array(x: np.ndarray, value, padding: Sequence[tuple[int, int, int]]) -> np.ndarray:
    """Pad with (low, high, interior) per dimension; negative low/high crop."""
    out_dims = [lo + hi + d + max(d - 1, 0) * interior
                for d, (lo, hi, interior) in zip(x.shape, padding)]
    out = np.full(out_dims, value, dtype=x.dtype)
    src, dst = [], []
    for d, size, (lo, hi, interior) in zip(x.shape, out_dims, padding):
        step = interior + 1
        first = 0 if lo >= 0 else (-lo + step - 1) // step  # first element not cropped
        last = min(d, (size - lo + step - 1) // step) if size > lo else 0
        count = max(last - first, 0)
        start = lo + first * step
        src.append(slice(first, first + count))
        dst.append(slice(start, start + (count - 1) * step + 1 if count else start, step))
    if all(s.stop > s.start for s in src):
        out[tuple(dst)] = x[tuple(src)]
    return out


def pad_rule(operands, op, ev):
    return pad_array(operands[0], operands[1],
                     [(p.low, p.high, p.interior) for p in op.attr("padding")])


def reverse_rule(operands, op, ev):
    return np.flip(operands[0], axis=tuple(op.attr("dimensions"))).copy()


def _index_batch(indices: np.ndarray, index_vector_dim: int) -> np.ndarray:
    """Start indices with the index vector as the last axis (batch dims first, in order)."""
    if index_vector_dim == indices.ndim:
        indices = indices[..., None]
    if indices.dtype == np.uint64:  # keep huge unsigned indices huge (they get clamped)
        indices = np.minimum(indices, np.uint64(2**62))
    return np.moveaxis(indices, index_vector_dim, -1).astype(np.int64)


def _batch_position(indices_dim: int, index_vector_dim: int) -> int:
    return indices_dim if indices_dim < index_vector_dim else indices_dim - 1


def _full_starts(idx, operand_rank, index_map, operand_batching, indices_batching,
                 index_vector_dim) -> list[np.ndarray]:
    """Per operand dimension, the start index for every batch position (shape B)."""
    batch_shape = idx.shape[:-1]
    starts = [np.zeros(batch_shape, np.int64) for _ in range(operand_rank)]
    for k, d in enumerate(index_map):
        starts[d] = idx[..., k]
    if operand_batching:
        coords = np.indices(batch_shape, dtype=np.int64) if batch_shape else []
        for od, idim in zip(operand_batching, indices_batching):
            starts[od] = coords[_batch_position(idim, index_vector_dim)]
    return starts


def gather_rule(operands, op, ev):
    x, indices = operands
    a = op.attr
    slice_sizes = a("slice_sizes")
    ivd = a("index_vector_dim")
    idx = _index_batch(indices, ivd)
    batch_shape = idx.shape[:-1]
    starts = _full_starts(idx, x.ndim, a("start_index_map"), a("operand_batching_dims", ()),
                          a("start_indices_batching_dims", ()), ivd)
    nb, rank = len(batch_shape), x.ndim
    index_arrays = []
    for d in range(rank):
        start = np.clip(starts[d], 0, x.shape[d] - slice_sizes[d])
        offset_shape = [1] * rank
        offset_shape[d] = slice_sizes[d]
        index_arrays.append(start.reshape(batch_shape + (1,) * rank)
                            + np.arange(slice_sizes[d]).reshape(offset_shape))
    if x.size == 0:
        windows = np.zeros(batch_shape + tuple(slice_sizes), x.dtype)
    else:
        windows = x[tuple(index_arrays)]  # batch dims + every operand dim
    dropped = set(a("collapsed_slice_dims")) | set(a("operand_batching_dims", ()))
    windows = windows.reshape(batch_shape + tuple(
        s for d, s in enumerate(slice_sizes) if d not in dropped))
    offset_dims = a("offset_dims")
    out_rank = windows.ndim
    batch_axes = iter(range(nb))
    offset_axes = iter(range(nb, out_rank))
    perm = [next(offset_axes) if i in offset_dims else next(batch_axes) for i in range(out_rank)]
    return _contiguous(np.transpose(windows, perm))


def scatter_rule(operands, op, ev):
    n = (len(operands) - 1) // 2
    inputs, indices, updates = operands[:n], operands[n], operands[n + 1:]
    a = op.attr
    ivd = a("index_vector_dim")
    window_dims = a("update_window_dims")
    idx = _index_batch(indices, ivd)
    batch_shape = idx.shape[:-1]
    rank = inputs[0].ndim
    starts = _full_starts(idx, rank, a("scatter_dims_to_operand_dims"),
                          a("input_batching_dims", ()), a("scatter_indices_batching_dims", ()),
                          ivd)
    # Updates as [scatter dims..., window dims...].
    scatter_axes = [d for d in range(updates[0].ndim) if d not in window_dims]
    updates = [np.transpose(u, scatter_axes + list(window_dims)) for u in updates]
    window_shape = tuple(updates[0].shape[len(scatter_axes):])
    inserted = set(a("inserted_window_dims")) | set(a("input_batching_dims", ()))
    window_operand_dims = [d for d in range(rank) if d not in inserted]
    window_size = [1] * rank
    for axis, d in enumerate(window_operand_dims):
        window_size[d] = window_shape[axis]
    nw = len(window_shape)
    full_shape = batch_shape + window_shape
    valid = np.ones(batch_shape, bool)
    targets = []
    for d in range(rank):
        valid &= (starts[d] >= 0) & (starts[d] <= inputs[0].shape[d] - window_size[d])
        coord = starts[d].reshape(batch_shape + (1,) * nw)
        if d in window_operand_dims:
            axis_shape = [1] * nw
            axis = window_operand_dims.index(d)
            axis_shape[axis] = window_shape[axis]
            coord = coord + np.arange(window_shape[axis]).reshape(axis_shape)
        targets.append(np.broadcast_to(coord, full_shape))
    mask = np.broadcast_to(valid.reshape(batch_shape + (1,) * nw), full_shape)
    if not mask.any():
        return inputs[0].copy() if n == 1 else tuple(x.copy() for x in inputs)
    if rank:
        flat_targets = np.ravel_multi_index(tuple(np.where(mask, t, 0)[mask] for t in targets),
                                            inputs[0].shape)
    else:  # into a scalar: every valid update window targets the one element
        flat_targets = np.zeros(int(np.count_nonzero(mask)), np.int64)
    outs = [x.copy().reshape(-1) for x in inputs]
    ev.combine_into(a("to_apply"), outs, flat_targets, [u[mask] for u in updates])
    results = tuple(o.reshape(x.shape) for o, x in zip(outs, inputs))
    return results[0] if n == 1 else results


# ---------------------------------------------------------------- reductions

def _mask_padding(x: np.ndarray, sizes: dict, dims, fill) -> np.ndarray:
    """x with the padding of its dynamic dimensions among `dims` (the elements past the
    size in force) replaced by `fill`: what XLA's dynamic padder does before a reduce."""
    for dim in dims:
        if dim in sizes:
            shape = [1] * x.ndim
            shape[dim] = x.shape[dim]
            x = np.where(np.arange(x.shape[dim]).reshape(shape) < sizes[dim], x, fill)
    return x


def reduce_rule(operands, op, ev):
    n = len(operands) // 2
    inputs, inits = operands[:n], operands[n:]
    dims = op.attr("dimensions")
    if ev.operand_sizes:
        inputs = [_mask_padding(x, sizes, dims, init)
                  for x, sizes, init in zip(inputs, ev.operand_sizes, inits)]
    kept = [d for d in range(inputs[0].ndim) if d not in dims]
    kept_shape = tuple(inputs[0].shape[d] for d in kept)
    length = math.prod(inputs[0].shape[d] for d in dims)
    arrays = [np.transpose(x, kept + list(dims)).reshape(kept_shape + (length,)) for x in inputs]
    results = ev.fold(op.attr("to_apply"), arrays, inits)
    return results[0] if n == 1 else tuple(results)


def _window_positions(out_size: int, w: WindowDim) -> np.ndarray:
    """[out, k] positions in the (dilated, padded) input for a window dimension."""
    return (np.arange(out_size)[:, None] * w.stride
            + np.arange(w.size)[None, :] * w.window_dilation)


def _windows(x: np.ndarray, fill, window: Window, out_dims) -> np.ndarray:
    """All windows of x: shape out_dims + window sizes; padding and holes hold `fill`."""
    padded = pad_array(x, fill, [(w.pad_low, w.pad_high, w.base_dilation - 1)
                                 for w in window.dims])
    rank = x.ndim
    index_arrays = []
    for d, (w, out) in enumerate(zip(window.dims, out_dims)):
        positions = _window_positions(out, w)
        shape = [1] * (2 * rank)
        shape[d], shape[rank + d] = out, w.size
        index_arrays.append(positions.reshape(shape))
    if padded.size == 0:
        return np.full(tuple(out_dims) + tuple(w.size for w in window.dims), fill, x.dtype)
    return padded[tuple(index_arrays)]


def reduce_window_rule(operands, op, ev):
    n = len(operands) // 2
    inputs, inits = operands[:n], operands[n:]
    window = op.attr("window")
    out_dims = op.shape.dims if n == 1 else op.shape.elements[0].dims
    flat = tuple(out_dims) + (math.prod(w.size for w in window.dims),)
    arrays = [_windows(x, init, window, out_dims).reshape(flat) for x, init in zip(inputs, inits)]
    # Padding and base-dilation holes are skipped, not reduced as init values (XLA:CPU and
    # XLA's HloEvaluator; the same result whenever init is the reducer's identity).
    valid = _windows(np.ones(inputs[0].shape, bool), False, window, out_dims).reshape(flat)
    results = ev.fold(op.attr("to_apply"), arrays, inits, valid)
    return results[0] if n == 1 else tuple(results)


def select_and_scatter_rule(operands, op, ev):
    x, source, init = operands
    window = op.attr("window")
    out_dims = source.shape
    # Linear operand index of every window element; -1 for padding (never selected).
    linear = np.arange(x.size, dtype=np.int64).reshape(x.shape)
    positions = _windows(linear, np.int64(-1), window, out_dims)
    positions = positions.reshape(tuple(out_dims) + (math.prod(w.size for w in window.dims),))
    flat_x = x.reshape(-1)
    selected = np.full(tuple(out_dims), -1, np.int64)
    best = np.zeros(tuple(out_dims), x.dtype)
    select = op.attr("select")
    for k in range(positions.shape[-1]):
        pos = positions[..., k]
        valid = pos >= 0
        candidate = flat_x[np.where(valid, pos, 0)] if x.size else best
        have = selected >= 0
        if have.any():  # select(current, candidate) is true when the current one stays
            keep = ev.apply_elementwise(select, [best, candidate], tuple(out_dims))
        else:
            keep = np.ones(tuple(out_dims), bool)
        take = valid & (~have | ~keep)
        selected = np.where(take, pos, selected)
        best = np.where(take, candidate, best)
    out = np.full(x.size, init, x.dtype)
    chosen = selected.reshape(-1) >= 0
    ev.combine_into(op.attr("scatter"), [out], selected.reshape(-1)[chosen],
                    [source.reshape(-1)[chosen]])
    return out.reshape(x.shape)


def sort_rule(operands, op, ev):
    if operands[0].ndim == 0:  # nothing to sort
        return operands[0] if len(operands) == 1 else tuple(operands)
    (dim,) = op.attr("dimensions")
    arrays = [np.moveaxis(x, dim, -1) for x in operands]
    order = ev.sort_order(op.attr("to_apply"), arrays)
    results = tuple(_contiguous(np.moveaxis(np.take_along_axis(x, order, -1), -1, dim))
                    for x in arrays)
    return results[0] if len(results) == 1 else results


# ---------------------------------------------------------------- contractions

def _accumulation_dtype(operand_dtypes, result_dtype) -> np.dtype:
    """Floats accumulate in f32 at least (f64 if anything is f64); integers in the
    result type (so they wrap as the result type does)."""
    result_dtype = np.dtype(result_dtype)
    if result_dtype.kind == "c" or any(d.kind == "c" for d in operand_dtypes):
        return np.dtype(np.complex128)
    if _is_float(result_dtype) or any(_is_float(d) for d in operand_dtypes):
        if result_dtype == np.float64 or any(d == np.float64 for d in operand_dtypes):
            return np.dtype(np.float64)
        return np.dtype(np.float32)
    if result_dtype == np.bool_:
        return np.dtype(np.int64)
    return result_dtype


def _to_accumulator(x: np.ndarray, dtype: np.dtype) -> np.ndarray:
    return convert_array(x, dtype) if x.dtype != dtype else x


def dot_rule(operands, op, ev):
    lhs, rhs = operands
    a = op.attr
    lb, rb = list(a("lhs_batch_dims", ())), list(a("rhs_batch_dims", ()))
    lc, rc = list(a("lhs_contracting_dims", ())), list(a("rhs_contracting_dims", ()))
    lf = [d for d in range(lhs.ndim) if d not in lb and d not in lc]
    rf = [d for d in range(rhs.ndim) if d not in rb and d not in rc]
    acc = _accumulation_dtype([lhs.dtype, rhs.dtype], _work(op.shape.np_dtype))
    batch = [lhs.shape[d] for d in lb]
    m = [lhs.shape[d] for d in lf]
    n = [rhs.shape[d] for d in rf]
    k = int(np.prod([lhs.shape[d] for d in lc], dtype=np.int64))
    left = _to_accumulator(lhs, acc).transpose(lb + lf + lc).reshape(
        batch + [int(np.prod(m, dtype=np.int64)), k])
    right = _to_accumulator(rhs, acc).transpose(rb + rc + rf).reshape(
        batch + [k, int(np.prod(n, dtype=np.int64))])
    product = np.matmul(left, right).reshape(batch + m + n)
    return convert_array(product, op.shape.np_dtype)


# Convolutions whose dense patch tensor [N, C, out..., window...] would hold more elements
# than this loop over the window's taps instead (and skip base-dilation holes and padding).
_CONV_PATCH_LIMIT = 1 << 24


def _tap_inputs(w: WindowDim, in_size: int, out_size: int, tap: int):
    """For one tap of a window dimension: the output positions it reads a real input element
    for (not padding, not a base-dilation hole) and the input indices it reads there."""
    position = np.arange(out_size) * w.stride + tap * w.window_dilation - w.pad_low
    real = (position >= 0) & (position % w.base_dilation == 0) & \
        (position < in_size * w.base_dilation)
    return np.flatnonzero(real), position[real] // w.base_dilation


def _conv_by_patches(x, w, window: Window, out_spatial, groups, acc):
    """All windows gathered at once ([N, C, out..., k...]) and contracted in one einsum."""
    bgc, fgc = groups
    x = pad_array(x, acc.type(0), [(0, 0, 0), (0, 0, 0)] + [
        (wd.pad_low, wd.pad_high, wd.base_dilation - 1) for wd in window.dims])
    # Patches [N, C, out..., k...] by one gather per spatial dimension.
    for i, (wd, out) in enumerate(zip(window.dims, out_spatial)):
        positions = _window_positions(out, wd)
        axis = 2 + i
        x = np.take(x, positions.reshape(-1), axis=axis) if x.shape[axis] else np.zeros(
            x.shape[:axis] + (out * wd.size,) + x.shape[axis + 1:], acc)
        x = x.reshape(x.shape[:axis] + (out, wd.size) + x.shape[axis + 1:])
        x = np.moveaxis(x, axis + 1, -1)
    batch, channels = x.shape[0], x.shape[1]
    spatial_size = math.prod(out_spatial)
    kernel_size = math.prod(wd.size for wd in window.dims)
    out_features = w.shape[0]
    patches = x.reshape(bgc, batch // bgc, fgc, channels // fgc, spatial_size, kernel_size)
    kernel = w.reshape(bgc, fgc, out_features // (bgc * fgc), channels // fgc, kernel_size)
    out = np.einsum("bngcsk,bgock->nbgos", patches, kernel, optimize=True)
    return out.reshape(batch // bgc, out_features, *out_spatial)


def _conv_by_taps(x, w, window: Window, out_spatial, groups, acc):
    """One contraction per tap of the window, over the outputs that tap reads real input
    for: the work of the real multiply-adds only, however sparse dilation makes them."""
    bgc, fgc = groups
    batch, channels = x.shape[0], x.shape[1]
    out_features = w.shape[0]
    out = np.zeros((batch // bgc, out_features, *out_spatial), acc)
    kernel = w.reshape(bgc, fgc, out_features // (bgc * fgc), channels // fgc,
                       *w.shape[2:])
    per_dim = [[_tap_inputs(wd, x.shape[2 + d], out_size, tap) for tap in range(wd.size)]
               for d, (wd, out_size) in enumerate(zip(window.dims, out_spatial))]
    for taps in np.ndindex(*(wd.size for wd in window.dims)):
        reads = [per_dim[d][t] for d, t in enumerate(taps)]
        if any(len(outputs) == 0 for outputs, _ in reads):
            continue
        inputs = x[(slice(None), slice(None)) + np.ix_(*(i for _, i in reads))]
        inputs = inputs.reshape(bgc, batch // bgc, fgc, channels // fgc, -1)
        product = np.einsum("bngcs,bgoc->nbgos", inputs, kernel[(Ellipsis,) + taps])
        out[(slice(None), slice(None)) + np.ix_(*(o for o, _ in reads))] += product.reshape(
            (batch // bgc, out_features) + tuple(len(o) for o, _ in reads))
    return out


def convolution_rule(operands, op, ev):
    lhs, rhs = operands
    cd: ConvDims = parse_dim_labels(op.attr("dim_labels"))
    groups = op.attr("batch_group_count", 1), op.attr("feature_group_count", 1)
    window = op.attr("window")
    if window is None or not window.dims:
        window = Window(tuple(WindowDim(rhs.shape[d]) for d in cd.kernel_spatial))
    acc = _accumulation_dtype([lhs.dtype, rhs.dtype], _work(op.shape.np_dtype))
    # Canonical layouts: input [N, C, spatial...], kernel [O, I, spatial...].
    x = _to_accumulator(lhs, acc).transpose([cd.input_batch, cd.input_feature,
                                             *cd.input_spatial])
    w = _to_accumulator(rhs, acc).transpose([cd.kernel_output_feature,
                                             cd.kernel_input_feature, *cd.kernel_spatial])
    for i, wd in enumerate(window.dims):
        if wd.reversal:
            w = np.flip(w, axis=2 + i)
    out_spatial = [op.shape.dims[d] for d in cd.output_spatial]
    patch_size = x.shape[0] * x.shape[1] * math.prod(out_spatial) * \
        math.prod(wd.size for wd in window.dims)
    strategy = _conv_by_patches if patch_size <= _CONV_PATCH_LIMIT else _conv_by_taps
    out = strategy(x, w, window, out_spatial, groups, acc)
    # Back to the output dim_labels.
    canonical = [cd.output_batch, cd.output_feature, *cd.output_spatial]
    out = np.transpose(out, np.argsort(canonical))
    return convert_array(_contiguous(out), op.shape.np_dtype)


# ---------------------------------------------------------------- fft

def fft_rule(operands, op, ev):
    """numpy's FFT in c128 over the trailing len(fft_length) axes, rounded to the result.
    IRFFT, as XLA (and pocketfft), ignores the imaginary parts the Hermitian symmetry
    fixes (of the zero and Nyquist frequencies)."""
    x = operands[0]
    kind, lengths = op.attr("fft_type"), list(op.attr("fft_length"))
    axes = list(range(x.ndim - len(lengths), x.ndim))
    wide = x.astype(np.complex128 if kind != "RFFT" else np.float64)
    if op.shape.size == 0 or x.size == 0:
        return np.zeros(op.shape.dims, op.shape.np_dtype)
    if kind == "FFT":
        out = np.fft.fftn(wide, lengths, axes)
    elif kind == "IFFT":
        out = np.fft.ifftn(wide, lengths, axes)
    elif kind == "RFFT":
        out = np.fft.rfftn(wide, lengths, axes)
    else:
        out = np.fft.irfftn(wide, lengths, axes)
    return _contiguous(out.astype(op.shape.np_dtype))


def topk_rule(operands, op, ev):
    """Sorted by value (floats in total order: NaN above inf), ties by index; largest
    first unless largest=false."""
    x = operands[0]
    key = _total_order_key(x).astype(np.int64) if _is_float(x.dtype) else x
    if op.attr("largest", True):
        key = ~key  # order-reversing, without overflow
    order = np.argsort(key, axis=-1, kind="stable")[..., :op.attr("k")]
    return _contiguous(np.take_along_axis(x, order, -1)), order.astype(np.int32)


def _per_feature(op, x: np.ndarray):
    """(reduced axes, a reshape of [C] vectors that broadcasts against x, element count)."""
    fi = op.attr("feature_index")
    axes = tuple(d for d in range(x.ndim) if d != fi)
    view = [1] * x.ndim
    view[fi] = x.shape[fi]
    return axes, tuple(view), math.prod(x.shape[d] for d in axes)


def batch_norm_training_rule(operands, op, ev):
    x, scale, offset = (v.astype(np.float64) for v in operands)
    axes, view, _ = _per_feature(op, x)
    mean = x.mean(axis=axes)
    var = ((x - mean.reshape(view)) ** 2).mean(axis=axes)
    y = (x - mean.reshape(view)) / np.sqrt(var.reshape(view) + op.attr("epsilon")) \
        * scale.reshape(view) + offset.reshape(view)
    dtype = operands[0].dtype
    return y.astype(dtype), mean.astype(dtype), var.astype(dtype)


def batch_norm_inference_rule(operands, op, ev):
    x, scale, offset, mean, var = (v.astype(np.float64) for v in operands)
    _, view, _ = _per_feature(op, x)
    y = (x - mean.reshape(view)) / np.sqrt(var.reshape(view) + op.attr("epsilon")) \
        * scale.reshape(view) + offset.reshape(view)
    return y.astype(operands[0].dtype)


def batch_norm_grad_rule(operands, op, ev):
    """XLA's gradients of batch-norm-training at (mean, variance), over N elements per
    feature: d offset = sum(g), d scale = sum(g (x - mean)) / sqrt(var + eps),
    d x = scale / sqrt(var + eps) * (g - sum(g) / N - (x - mean) sum(g (x - mean)) /
    (N (var + eps)))."""
    x, scale, mean, var, g = (v.astype(np.float64) for v in operands)
    axes, view, count = _per_feature(op, x)
    centred = x - mean.reshape(view)
    inv_std = 1 / np.sqrt(var + op.attr("epsilon"))
    sum_g, sum_gc = g.sum(axis=axes), (g * centred).sum(axis=axes)
    grad_x = (scale * inv_std).reshape(view) * (
        g - sum_g.reshape(view) / count
        - centred * (sum_gc * inv_std ** 2).reshape(view) / count)
    dtype = operands[0].dtype
    return grad_x.astype(dtype), (sum_gc * inv_std).astype(dtype), sum_g.astype(dtype)


def cholesky_rule(operands, op, ev):
    """L with A = L L^H from A's lower triangle (lower=true; else U = L^H from the upper
    one), the other triangle zero; a matrix that is not positive definite is all NaN, as
    XLA:CPU returns it."""
    x = operands[0]
    wide = x.astype(np.complex128 if x.dtype.kind == "c" else np.float64)
    lower = op.attr("lower", False)
    if not lower:
        wide = np.conj(np.swapaxes(wide, -1, -2))
    out = np.empty_like(wide)
    for index in np.ndindex(*wide.shape[:-2]):
        a = np.tril(wide[index])
        a = a + np.conj(np.tril(a, -1).T)
        try:
            factor = np.linalg.cholesky(a)
            if np.isnan(factor).any():
                raise np.linalg.LinAlgError
        except np.linalg.LinAlgError:
            factor = np.full(a.shape, np.nan, a.dtype)
        out[index] = factor
    if not lower:
        out = np.conj(np.swapaxes(out, -1, -2))
    return _contiguous(out.astype(x.dtype))


def triangular_solve_rule(operands, op, ev):
    """x with op(a) x = b (left_side) or x op(a) = b, op(a) = a, a^T or a^H (transpose_a),
    reading only the triangle of a that `lower` names (its diagonal taken as 1 with
    unit_diagonal); substitution row by row in f64 / c128, rounded once. A zero on the
    diagonal gives infinities and NaN, as XLA:CPU."""
    a, b = operands
    wide = np.complex128 if a.dtype.kind == "c" else np.float64
    lower = op.attr("lower", False)
    m = np.tril(a) if lower else np.triu(a)
    m = m.astype(wide)
    if op.attr("unit_diagonal", False):
        m[..., np.arange(m.shape[-1]), np.arange(m.shape[-1])] = 1
    transpose = op.attr("transpose_a")
    if transpose != "NO_TRANSPOSE":
        m, lower = np.swapaxes(m, -1, -2), not lower
        if transpose == "ADJOINT":
            m = np.conj(m)
    rhs = b.astype(wide)
    if not op.attr("left_side", False):  # x m = b is m^T x^T = b^T
        m, rhs, lower = np.swapaxes(m, -1, -2), np.swapaxes(rhs, -1, -2), not lower
    x = np.zeros(rhs.shape, wide)
    rows = range(m.shape[-1]) if lower else reversed(range(m.shape[-1]))
    for i in rows:  # the rows of x not solved yet are zero, as m is outside its triangle
        done = np.einsum("...k,...kn->...n", m[..., i, :], x)
        x[..., i, :] = (rhs[..., i, :] - done) / m[..., i, i, None]
    if not op.attr("left_side", False):
        x = np.swapaxes(x, -1, -2)
    return _contiguous(x.astype(b.dtype))


def stochastic_convert_rule(operands, op, ev):
    """|x| rounds down, plus one when random < frac(|x|) * 2^bits (the fraction converted to
    the random bits' type, in x's precision, f32 for f16), the sign put back; x at or beyond
    the result's range saturates, NaN gives 0 (as XLA's StochasticConvertDecomposer)."""
    x, random = operands
    out = op.shape.np_dtype
    magnitude = np.abs(x)
    whole = np.floor(magnitude)
    fraction = magnitude - whole
    if x.dtype == np.float16:
        fraction = fraction.astype(np.float32)
    scaled = fraction * fraction.dtype.type(2.0 ** _bits(random.dtype))
    up = random < convert_array(scaled, random.dtype)
    count = convert_array(whole, out)
    count = np.where(up, count + out.type(1), count).astype(out)
    result = np.where(x < 0, -count, count).astype(out)
    info = np.iinfo(out)
    result = np.where(x <= float(info.min), info.min, result)
    return np.where(x >= float(info.max), info.max, result).astype(out)


_FLOAT_FIELDS = {"float16": (5, 10), "bfloat16": (8, 7), "float32": (8, 23),
                 "float64": (11, 52)}


def reduce_precision_rule(operands, op, ev):
    """x rounded (to nearest, ties to even) to `mantissa_bits`, then out of the range of
    `exponent_bits` as inf (too large) or signed zero (too small; no denormals), on the bit
    pattern of x's own type; NaN stays NaN."""
    x = _contiguous(operands[0])
    exp_width, man_width = _FLOAT_FIELDS[x.dtype.name]
    e, m = op.attr("exponent_bits"), op.attr("mantissa_bits")
    bits = _as_unsigned(x).astype(np.uint64)
    if m < man_width:
        last = 1 << (man_width - m)
        bias = ((bits & np.uint64(last)) >> np.uint64(man_width - m)) + np.uint64(last // 2 - 1)
        bits = (bits + bias) & np.uint64(~(last - 1) & ((1 << (8 * x.dtype.itemsize)) - 1))
    if e < exp_width:
        width = 8 * x.dtype.itemsize
        sign = bits & np.uint64(1 << (width - 1))
        exp_mask = ((1 << exp_width) - 1) << man_width
        exponent = bits & np.uint64(exp_mask)
        bias, reduced = (1 << (exp_width - 1)) - 1, (1 << (e - 1)) - 1
        overflow = exponent > np.uint64((bias + reduced) << man_width)
        underflow = exponent <= np.uint64((bias - reduced) << man_width)
        bits = np.where(overflow, sign | np.uint64(exp_mask), np.where(underflow, sign, bits))
    out = bits.astype(_UNSIGNED_OF[x.dtype.itemsize]).view(x.dtype).reshape(x.shape)
    return np.where(np.isnan(x), x, out)


def map_rule(operands, op, ev):
    return _contiguous(ev.apply_elementwise(op.attr("to_apply"), list(operands), op.shape.dims))


# ---------------------------------------------------------------- rng-bit-generator

_M32 = np.uint64(0xFFFFFFFF)


def _u32(x) -> np.ndarray:
    return np.asarray(x).astype(np.uint32)


def _threefry2x32(x0, x1, k0, k1):
    """Threefry-2x32 with 20 rounds, as in XLA's prng.cc."""
    rotations = (13, 15, 26, 6, 17, 29, 16, 24)
    k0, k1 = np.uint32(k0), np.uint32(k1)
    k2 = np.uint32(0x1BD11BDA) ^ k0 ^ k1
    keys = (k0, k1, k2)
    x0, x1 = x0 + k0, x1 + k1

    def rounds(x0, x1, rs):
        for r in rs:
            x0 = x0 + x1
            x1 = (x1 << np.uint32(r)) | (x1 >> np.uint32(32 - r))
            x1 = x0 ^ x1
        return x0, x1

    for i in range(5):
        x0, x1 = rounds(x0, x1, rotations[:4] if i % 2 == 0 else rotations[4:])
        x0 = x0 + keys[(i + 1) % 3]
        x1 = x1 + keys[(i + 2) % 3] + np.uint32(i + 1)
    return x0, x1


def _threefry_split(shape: tuple[int, ...]):
    """XLA's SplitShapeIntoHalves: (half shape, split dim); None for a scalar."""
    if not shape:
        return None
    split = next((i for i, d in enumerate(shape) if d % 2 == 0), None)
    if split is None:
        split = max(range(len(shape)), key=lambda i: (shape[i], -i))
    return split


def _threefry_bits32(key: int, counter: int, shape: tuple[int, ...]):
    split = _threefry_split(shape)
    if split is None:
        half = (1,)
    else:
        half = shape[:split] + ((shape[split] + 1) // 2,) + shape[split + 1:]
    count = int(np.prod(half, dtype=np.int64))
    inputs = (np.uint64(counter) + np.arange(count, dtype=np.uint64)).reshape(half)
    x0, x1 = _threefry2x32(_u32(inputs & _M32), _u32(inputs >> np.uint64(32)),
                           key & 0xFFFFFFFF, key >> 32)
    if split is None:
        bits = x0.reshape(())
    else:
        pair = np.stack([x0, x1], axis=split + 1)
        merged = pair.reshape(half[:split] + (2 * half[split],) + half[split + 1:])
        bits = merged[tuple(slice(0, d) for d in shape)]
    return bits, (counter + count) & (2**64 - 1)


def _threefry_bits64(key: int, counter: int, shape: tuple[int, ...]):
    count = int(np.prod(shape, dtype=np.int64))
    inputs = (np.uint64(counter) + np.arange(count, dtype=np.uint64)).reshape(shape)
    x0, x1 = _threefry2x32(_u32(inputs & _M32), _u32(inputs >> np.uint64(32)),
                           key & 0xFFFFFFFF, key >> 32)
    bits = x0.astype(np.uint64) | (x1.astype(np.uint64) << np.uint64(32))
    return bits, (counter + count) & (2**64 - 1)


def _philox4x32(state: list[np.ndarray], k0: int, k1: int) -> list[np.ndarray]:
    """Philox-4x32 with 10 rounds, as in XLA's prng.cc."""
    m_a, m_b = np.uint64(0xD2511F53), np.uint64(0xCD9E8D57)
    x = [s.astype(np.uint32) for s in state]
    for _ in range(10):
        p0 = x[0].astype(np.uint64) * m_a
        p1 = x[2].astype(np.uint64) * m_b
        hi0, lo0 = _u32(p0 >> np.uint64(32)), _u32(p0 & _M32)
        hi1, lo1 = _u32(p1 >> np.uint64(32)), _u32(p1 & _M32)
        x = [hi1 ^ x[1] ^ np.uint32(k0), lo1, hi0 ^ x[3] ^ np.uint32(k1), lo0]
        k0 = (k0 + 0x9E3779B9) & 0xFFFFFFFF
        k1 = (k1 + 0xBB67AE85) & 0xFFFFFFFF
    return x


def _philox_blocks(key: int, counter: int, blocks: int):
    """Philox on counters counter + [0, blocks) (a u128); the 4 outputs and new counter."""
    start_low = np.uint64(counter & (2**64 - 1))
    low = start_low + np.arange(blocks, dtype=np.uint64)
    high = np.uint64(counter >> 64) + (low < start_low).astype(np.uint64)  # the carry
    words = [low & _M32, low >> np.uint64(32), high & _M32, high >> np.uint64(32)]
    out = _philox4x32(words, key & 0xFFFFFFFF, key >> 32)
    return out, (counter + blocks) & (2**128 - 1)


def _philox_bits(key: int, counter: int, shape: tuple[int, ...], width: int):
    count = int(np.prod(shape, dtype=np.int64))
    if width == 64:
        blocks = (2 * count + 3) // 4
        out, new_counter = _philox_blocks(key, counter, blocks)
        lo = out[0].astype(np.uint64) | (out[1].astype(np.uint64) << np.uint64(32))
        hi = out[2].astype(np.uint64) | (out[3].astype(np.uint64) << np.uint64(32))
        # Two u64 streams over (2*count+3)//4 blocks, interleaved.
        numbers = np.stack([lo, hi], axis=1).reshape(-1)[:count]
        return numbers.reshape(shape), new_counter
    blocks = (count + 3) // 4
    out, new_counter = _philox_blocks(key, counter, blocks)
    numbers = np.stack(out, axis=1).reshape(-1)[:count]
    return numbers.reshape(shape), new_counter


def rng_bit_generator_rule(operands, op, ev):
    state = [int(v) for v in operands[0].astype(np.uint64)]
    algorithm = op.attr("algorithm", "rng_default")
    out_shape: ArrayShape = op.shape.elements[1]
    dtype = out_shape.np_dtype
    width = _bits(dtype)
    dims = tuple(out_shape.dims)
    key = state[0]
    if algorithm == "rng_three_fry":
        if width == 64:
            bits, counter = _threefry_bits64(key, state[1], dims)
        else:
            bits, counter = _threefry_bits32(key, state[1], dims)
        new_state = [key, counter] + state[2:]
    else:  # rng_philox, and rng_default (Philox on XLA:CPU)
        if len(state) >= 3:
            counter = state[1] | (state[2] << 64)
        else:
            counter = state[1] | (state[0] << 64)  # XLA reverses a 2-word state
        bits, new_counter = _philox_bits(key, counter, dims, 64 if width == 64 else 32)
        if len(state) >= 3:
            new_state = [key, new_counter & (2**64 - 1), new_counter >> 64] + state[3:]
        else:
            new_state = [key, new_counter & (2**64 - 1)]
    if width < 32:
        bits = bits.astype(_UNSIGNED_OF[width // 8])
    bits = _contiguous(bits).view(dtype).reshape(dims)
    return np.array(new_state, dtype=np.uint64).astype(operands[0].dtype), bits


# ---------------------------------------------------------------- collectives

class Rendezvous:
    """Where the devices of one `evaluate_spmd` run meet at each collective.

    Every device thread puts its contribution under a key (the instruction, how many
    times this device has run it, the group) and waits until the whole group has put
    one; each then reads all contributions in rank order. A device that fails wakes
    the others with its error; a device that never comes is an error after `timeout`."""

    def __init__(self, timeout: float):
        self.timeout = timeout
        self._cond = threading.Condition()
        self._slots: dict = {}
        self.failure: str | None = None

    def fail(self, message: str) -> None:
        with self._cond:
            self.failure = self.failure or message
            self._cond.notify_all()

    def exchange(self, key, group: list[int], device: int, value, what: str) -> list:
        with self._cond:
            values, taken = self._slots.setdefault(key, ({}, [0]))
            values[device] = value
            self._cond.notify_all()
            arrived = self._cond.wait_for(
                lambda: self.failure is not None or len(values) == len(group), self.timeout)
            if self.failure is not None and len(values) != len(group):
                raise HloError(f"{what}: device {device} stopped waiting for devices "
                               f"{sorted(set(group) - set(values))}: {self.failure}")
            if not arrived:
                raise HloError(f"{what}: devices {sorted(set(group) - set(values))} of group "
                               f"{group} did not arrive within {self.timeout:g} s")
            result = [values[d] for d in group]
            taken[0] += 1
            if taken[0] == len(group):
                del self._slots[key]
            return result


@dataclass
class DeviceContext:
    """The device an Evaluator runs as, and the other devices it meets at collectives."""

    replica: int = 0
    partition: int = 0
    replica_count: int = 1
    num_partitions: int = 1
    rendezvous: Rendezvous | None = None  # None: a single device
    _runs: dict = field(default_factory=dict)

    @property
    def device(self) -> int:
        return self.replica * self.num_partitions + self.partition

    def exchange(self, op: Instruction, group: list[int], value) -> list:
        """Contributions of every device of `group` (this one's is `value`), rank order."""
        if len(group) == 1:
            return [value]
        count = self._runs.get(id(op), 0)
        self._runs[id(op)] = count + 1
        what = f"{op.opcode} {op.hlo_name}"
        if self.rendezvous is None:
            raise HloError(f"{what}: a group of {len(group)} devices on one device "
                           "(run the module with evaluate_spmd)")
        return self.rendezvous.exchange((id(op), count, tuple(group)), group, self.device,
                                        value, what)


def _my_group(op: Instruction, ev) -> tuple[list[int], int]:
    ctx = ev.device
    try:
        groups = participating_groups(op.opcode, op.hlo_attrs, ctx.replica_count,
                                      ctx.num_partitions)
    except HloError as e:  # located at the instruction
        raise ev._error(op, e.message) from None
    group = group_of(ctx.device, groups)
    return group, group.index(ctx.device)


def _reduce_all(op: Instruction, ev, contributions: list[list[np.ndarray]]) -> list:
    """Elementwise reduction across devices, operand by operand, in rank order."""
    reducer = op.attr("to_apply")
    results = []
    for i in range(len(contributions[0])):
        acc = contributions[0][i]
        for other in contributions[1:]:
            acc = ev.apply_elementwise(reducer, [acc, other[i]], acc.shape)
        results.append(np.array(acc))  # a copy; ascontiguousarray would make 0-d 1-d
    return results


def _one_or_tuple(values: list):
    return values[0] if len(values) == 1 else tuple(values)


def all_reduce_rule(operands, op, ev):
    group, _ = _my_group(op, ev)
    return _one_or_tuple(_reduce_all(op, ev, ev.device.exchange(op, group, list(operands))))


def all_gather_rule(operands, op, ev):
    group, _ = _my_group(op, ev)
    d = op.attr("dimensions")[0]
    pieces = ev.device.exchange(op, group, list(operands))
    return _one_or_tuple([np.concatenate([p[i] for p in pieces], axis=d)
                          for i in range(len(operands))])


def all_gather_start_rule(operands, op, ev):
    return (_one_or_tuple(list(operands)), all_gather_rule(operands, op, ev))


def reduce_scatter_rule(operands, op, ev):
    group, rank = _my_group(op, ev)
    d = op.attr("dimensions")[0]
    reduced = _reduce_all(op, ev, ev.device.exchange(op, group, list(operands)))
    return _one_or_tuple([np.array(np.split(r, len(group), axis=d)[rank])
                          for r in reduced])


def all_to_all_rule(operands, op, ev):
    group, rank = _my_group(op, ev)
    dims = op.attr("dimensions")
    if dims and operands[0].shape[dims[0]] % len(group):
        raise ev._error(op, f"all-to-all over a group of {len(group)} devices: dimension "
                            f"{dims[0]} of size {operands[0].shape[dims[0]]} does not split")
    if not dims and len(operands) != len(group):
        raise ev._error(op, f"all-to-all over a group of {len(group)} devices takes one "
                            f"operand per device, given {len(operands)}")
    if dims:
        d = dims[0]
        pieces = ev.device.exchange(op, group, np.split(operands[0], len(group), axis=d))
        return np.concatenate([p[rank] for p in pieces], axis=d)
    pieces = ev.device.exchange(op, group, list(operands))
    return tuple(np.array(p[rank]) for p in pieces)


def collective_permute_rule(operands, op, ev):
    ctx = ev.device
    try:
        pairs = permute_pairs(op.hlo_attrs, ctx.replica_count, ctx.num_partitions)
    except HloError as e:
        raise ev._error(op, e.message) from None
    everyone = list(range(ctx.replica_count * ctx.num_partitions))
    values = ev.device.exchange(op, everyone, list(operands))
    sources = [s for s, t in pairs if t == ctx.device]
    return _one_or_tuple([np.array(values[sources[0]][i]) if sources else np.zeros_like(x)
                          for i, x in enumerate(operands)])


def collective_permute_start_rule(operands, op, ev):
    contexts = tuple(np.zeros((), np.uint32) for _ in op.shape.elements[2:])
    return (operands[0], collective_permute_rule(operands, op, ev), *contexts)


def async_done_rule(operands, op, ev):
    return operands[0][1]


def replica_id_rule(operands, op, ev):
    return np.array(ev.device.replica, np.uint32)


def partition_id_rule(operands, op, ev):
    return np.array(ev.device.partition, np.uint32)


# ---------------------------------------------------------------- the table

def _unary_rule(fn: Callable) -> Callable:
    return lambda operands, op, ev: fn(operands[0])


def _binary_rule(fn: Callable) -> Callable:
    return lambda operands, op, ev: fn(operands[0], operands[1])


EVAL_RULES: dict[str, Callable] = {
    **{name: _unary_rule(fn) for name, fn in UNARY_FUNCS.items()},
    **{name: _binary_rule(fn) for name, fn in BINARY_FUNCS.items()},
    "compare": compare_rule, "select": select_rule, "clamp": clamp_rule,
    "convert": convert_rule, "bitcast-convert": bitcast_convert_rule, "bitcast": bitcast_rule,
    "parameter": parameter_rule, "constant": constant_rule, "iota": iota_rule,
    "tuple": tuple_rule, "get-tuple-element": get_tuple_element_rule, "call": call_rule,
    "fusion": fusion_rule, "while": while_rule, "conditional": conditional_rule,
    "opt-barrier": identity_rule,
    "broadcast": broadcast_rule, "reshape": reshape_rule, "transpose": transpose_rule,
    "slice": slice_rule, "dynamic-slice": dynamic_slice_rule,
    "dynamic-update-slice": dynamic_update_slice_rule, "concatenate": concatenate_rule,
    "pad": pad_rule, "reverse": reverse_rule, "gather": gather_rule, "scatter": scatter_rule,
    "reduce": reduce_rule, "reduce-window": reduce_window_rule,
    "select-and-scatter": select_and_scatter_rule, "sort": sort_rule,
    "dot": dot_rule, "convolution": convolution_rule,
    "rng-bit-generator": rng_bit_generator_rule,
    "all-reduce": all_reduce_rule, "all-reduce-start": all_reduce_rule,
    "all-reduce-done": identity_rule, "all-gather": all_gather_rule,
    "all-gather-start": all_gather_start_rule, "all-gather-done": async_done_rule,
    "reduce-scatter": reduce_scatter_rule, "all-to-all": all_to_all_rule,
    "collective-permute": collective_permute_rule,
    "collective-permute-start": collective_permute_start_rule,
    "collective-permute-done": async_done_rule,
    "replica-id": replica_id_rule, "partition-id": partition_id_rule,
    "fft": fft_rule, "map": map_rule,
    "topk": topk_rule, "after-all": lambda operands, op, ev: np.zeros((), np.bool_),
    "add-dependency": identity_rule,
    "cholesky": cholesky_rule, "stochastic-convert": stochastic_convert_rule,
    "triangular-solve": triangular_solve_rule,
    "reduce-precision": reduce_precision_rule,
    "batch-norm-training": batch_norm_training_rule,
    "batch-norm-inference": batch_norm_inference_rule, "batch-norm-grad": batch_norm_grad_rule,
    "get-dimension-size": lambda operands, op, ev: np.array(ev.operand_sizes[0].get(
        op.attr("dimensions")[0], op.operand_shapes[0].dims[op.attr("dimensions")[0]])
        if ev.operand_sizes else op.operand_shapes[0].dims[op.attr("dimensions")[0]], np.int32),
    "set-dimension-size": identity_rule,  # the data stays padded; the size is tracked
}



# ---------------------------------------------------------------- the evaluator

class _Plan:
    """A computation prepared for repeated evaluation: ops with operand slots."""

    def __init__(self, comp: ComputationOp):
        self.comp = comp
        ops = list(comp.instructions())
        slot = {op.result: i for i, op in enumerate(ops)}
        # (slot, op, rule, operand slots, result shape, its numpy dtype) per non-parameter.
        self.steps = [(i, op, EVAL_RULES[op.opcode], [slot[v] for v in op.operands], op.shape,
                       _work(op.shape.np_dtype) if isinstance(op.shape, ArrayShape) else None)
                      for i, op in enumerate(ops) if op.opcode != "parameter"]
        self.params = [(slot[p.result], p.attr("parameter_number")) for p in comp.parameters()]
        self.root = slot[comp.root.result]
        self.size = len(ops)
        # Bounded dynamic dimensions: the sizes in force are tracked beside the values.
        self.dynamic = any(isinstance(s, ArrayShape) and s.dynamic
                           for op in ops for s in [op.shape, *op.operand_shapes])


# XLA:CPU folds a row in element order from the init value when the order shows: f16 / bf16
# reductions (they round at every step; bit-exact, measured) and reducers that are not one
# commutative, associative op (subtract, x + x*y: the result depends on the order). Rows up to
# this length; longer rows fold pairwise like every other reduction.
NARROW_SEQUENTIAL_MAX = 32


class Evaluator:
    """Evaluates computations of one module; rules call back into it for subcomputations."""

    def __init__(self, module: ModuleOp, device: DeviceContext | None = None):
        self.module = module
        self.device = device or DeviceContext()
        self.table = module.computation_table()
        self._plans: dict[str, _Plan] = {}
        self._liftable: dict[str, bool] = {}
        self.operand_sizes: list[dict] = []  # of the instruction being evaluated

    # ------------------------------------------------------------ computations

    def plan(self, name: str) -> _Plan:
        plan = self._plans.get(name)
        if plan is None:
            if name not in self.table:
                raise HloError(f"no computation named '{name}'")
            plan = self._plans[name] = _Plan(self.table[name])
        return plan

    def call(self, name: str, args: Sequence, lifted: bool = False):
        """Evaluate computation `name` on `args` (values in parameter order).

        With `lifted`, the arguments may be arrays where the computation takes scalars
        (only for computations that `is_liftable`): every op then works elementwise."""
        plan = self.plan(name)
        values: list = [None] * plan.size
        sizes: list = [{}] * plan.size  # {dimension: size in force} of dynamic dimensions
        for slot, number in plan.params:
            values[slot] = args[number]
        entry = name == self.module.entry_computation.comp_name
        for i, op, rule, operand_slots, shape, dtype in plan.steps:
            # Read by the rules that look at sizes (get-dimension-size, reduce); set at every
            # step, as a called computation sets its own.
            self.operand_sizes = [sizes[s] for s in operand_slots] if plan.dynamic else []
            if plan.dynamic:
                try:
                    sizes[i] = dynamic_sizes(
                        op.opcode, op.hlo_attrs, self.operand_sizes,
                        int(values[operand_slots[1]]) if op.opcode == "set-dimension-size"
                        else None)
                except ShapeError as e:
                    raise self._error(op, str(e)) from None
                if entry and sizes[i] and op is plan.comp.root:
                    raise self._error(op, "an entry result with dynamic dimensions is not "
                                          "supported by hlox")
            if dtype is not None and not lifted and shape.size == 0:
                # The shape decides before the data: an empty result needs no rule (whose
                # intermediates could be huge, e.g. an iota along the non-empty dimension).
                values[i] = np.zeros(shape.dims, dtype)
                continue
            try:
                result = rule([values[s] for s in operand_slots], op, self)
            except HloError:
                raise
            except Exception as e:  # an evaluation failure must not escape as a raw exception
                raise self._error(op, f"evaluation failed: {type(e).__name__}: {e}") from e
            if dtype is not None:  # an array: check it (cheaply) against the shape
                result = np.asarray(result)
                if shape.element_type.bits < 8:  # s4, u2, ...: back to the type's width
                    result = _wrap_bits(result, shape.element_type.bits)
                if result.dtype != dtype or (not lifted and result.shape != shape.dims):
                    raise self._error(op, f"evaluator bug: result is {result.dtype}"
                                          f"{list(result.shape)}, the shape is {shape}")
            else:
                self._check_tuple(op, shape, result, lifted)
            values[i] = result
        return values[plan.root]

    def is_liftable(self, name: str) -> bool:
        """True when every op of the computation (and its callees) is elementwise."""
        known = self._liftable.get(name)
        if known is None:
            self._liftable[name] = False  # recursion guard
            comp = self.plan(name).comp
            known = True
            for op in comp.instructions():
                if op.opcode in ("call", "fusion"):
                    callee = op.attr("to_apply") or op.attr("calls")
                    known = known and self.is_liftable(callee)
                elif op.opcode == "constant":
                    known = known and isinstance(op.shape, ArrayShape) and op.shape.rank == 0
                elif op.opcode == "bitcast-convert":
                    known = known and op.shape.rank == op.operand_shapes[0].rank
                else:
                    known = known and op.opcode in LIFTABLE
            self._liftable[name] = known
        return known

    def apply_elementwise(self, name: str, args: list[np.ndarray], shape: tuple[int, ...]):
        """Apply a scalar computation to arrays of `shape` elementwise; value(s) of `shape`."""
        if self.is_liftable(name):
            result = self.call(name, args, lifted=True)
            if isinstance(result, tuple):
                return tuple(np.broadcast_to(r, shape) for r in result)
            return np.broadcast_to(result, shape)
        flat_args = [np.broadcast_to(a, shape).reshape(-1) for a in args]
        results = [self.call(name, [np.asarray(a[i]) for a in flat_args])
                   for i in range(int(np.prod(shape, dtype=np.int64)))]
        if results and isinstance(results[0], tuple):
            count = len(results[0])
            return tuple(np.array([r[j] for r in results]).reshape(shape) for j in range(count))
        if not results:
            result_shape = self.plan(name).comp.result_shape
            if isinstance(result_shape, TupleShape):
                return tuple(np.zeros(shape, _work(s.np_dtype)) for s in result_shape.elements)
            return np.zeros(shape, _work(result_shape.np_dtype))
        return np.array(results, dtype=results[0].dtype).reshape(shape)

    # ------------------------------------------------------------ reducer helpers

    def fold(self, name: str, arrays: list[np.ndarray], inits: list[np.ndarray],
             valid: np.ndarray | None = None):
        """Reduce the last axis of `arrays` with computation `name` (N values, N inits),
        skipping the elements where `valid` is False.

        Pairwise tree folding when the computation is elementwise (XLA does not fix the
        reduction order), then the init value is combined in; sequential otherwise."""
        n = len(arrays)
        shape = arrays[0].shape[:-1]
        length = arrays[0].shape[-1]
        if length == 0:
            return [np.broadcast_to(i, shape).copy() for i in inits]
        order_shows = any(a.dtype == np.float16 or _is_bf16(a.dtype) for a in arrays) or \
            (n == 1 and self.table[name].binary_reducer() not in COMMUTATIVE)
        if self.is_liftable(name) and order_shows and length <= NARROW_SEQUENTIAL_MAX:
            # Element order from the init value on, as XLA:CPU (vectorised over the kept
            # positions only).
            acc = [np.broadcast_to(i, shape).copy() for i in inits]
            for j in range(length):
                step = self._as_list(self.apply_elementwise(
                    name, acc + [a[..., j] for a in arrays], shape), n)
                ok = True if valid is None else valid[..., j]
                acc = [np.where(ok, s, c) for s, c in zip(step, acc)]
            return [_contiguous(a) for a in acc]
        if self.is_liftable(name):
            current = list(arrays)
            while current[0].shape[-1] > 1:
                size = current[0].shape[-1]
                half = size // 2
                left = [c[..., :half] for c in current]
                right = [c[..., half:2 * half] for c in current]
                merged = self._as_list(self.apply_elementwise(
                    name, left + right, left[0].shape), n)
                if valid is not None:
                    left_ok, right_ok = valid[..., :half], valid[..., half:2 * half]
                    merged = [np.where(left_ok & right_ok, m, np.where(left_ok, a, b))
                              for m, a, b in zip(merged, left, right)]
                    merged_ok = left_ok | right_ok
                    valid = np.concatenate([merged_ok, valid[..., 2 * half:]], axis=-1)
                if size % 2:
                    merged = [np.concatenate([m, c[..., -1:]], axis=-1)
                              for m, c in zip(merged, current)]
                current = merged
            last = [c[..., 0] for c in current]
            results = self._as_list(self.apply_elementwise(name, list(inits) + last, shape), n)
            if valid is not None:
                results = [np.where(valid[..., 0], r, i) for r, i in zip(results, inits)]
            return [_contiguous(r) for r in results]
        results = [np.empty(shape, a.dtype) for a in arrays]
        for index in np.ndindex(*shape):
            acc = list(inits)
            for k in range(length):
                if valid is None or valid[index + (k,)]:
                    acc = self._as_list(
                        self.call(name, acc + [a[index + (k,)] for a in arrays]), n)
            for r, v in zip(results, acc):
                r[index] = v
        return results

    def combine_into(self, name: str, outs: list[np.ndarray], targets: np.ndarray,
                     updates: list[np.ndarray]) -> None:
        """outs[t] = f(outs[t], update) for each (t, update) in order (scatter combiner)."""
        n = len(outs)
        if targets.size == 0:
            return
        if self.is_liftable(name):
            order = np.argsort(targets, kind="stable")
            sorted_targets = targets[order]
            group_start = np.r_[0, np.flatnonzero(np.diff(sorted_targets)) + 1]
            starts = np.repeat(group_start, np.diff(np.r_[group_start, targets.size]))
            rank = np.empty(targets.size, np.int64)
            rank[order] = np.arange(targets.size) - starts
            for r in range(int(rank.max()) + 1):
                chosen = np.flatnonzero(rank == r)
                where = targets[chosen]
                current = [o[where] for o in outs]
                new = self._as_list(self.apply_elementwise(
                    name, current + [u[chosen] for u in updates], where.shape), n)
                for o, v in zip(outs, new):
                    o[where] = v
            return
        for i, t in enumerate(targets):
            new = self._as_list(self.call(name, [o[t] for o in outs] + [u[i] for u in updates]),
                                n)
            for o, v in zip(outs, new):
                o[t] = v

    def sort_order(self, name: str, arrays: list[np.ndarray]) -> np.ndarray:
        """Stable sort permutation along the last axis under comparator `name`."""
        shape = arrays[0].shape
        length = shape[-1] if shape else 1
        if not shape:
            return np.zeros((), np.int64)
        rows = int(np.prod(shape[:-1], dtype=np.int64))
        if length <= 1 or rows == 0:
            return np.broadcast_to(np.arange(length), shape).copy()
        if self.is_liftable(name) and length > 32:
            order = self._merge_sort_order(name, [a.reshape(rows, length) for a in arrays])
            if order is not None:
                return order.reshape(shape)
        if self.is_liftable(name) and rows * length * length <= 1 << 22:
            pair_shape = shape + (length,)
            args = []
            for a in arrays:
                args += [a[..., :, None], a[..., None, :]]
            less = np.broadcast_to(self.apply_elementwise(name, args, pair_shape), pair_shape)
            # less[..., i, j]: element i goes before element j.
            before = less.swapaxes(-1, -2)  # before[..., i, j] = less(j, i)
            tie = ~less & ~before
            earlier = np.tril(np.ones((length, length), bool), -1)  # j < i
            position = before.sum(-1) + (tie & earlier).sum(-1)
            if np.array_equal(np.sort(position, axis=-1),
                              np.broadcast_to(np.arange(length), shape)):
                order = np.empty(shape, np.int64)
                np.put_along_axis(order, position, np.broadcast_to(np.arange(length), shape), -1)
                return order
        order = np.empty(shape, np.int64)
        for index in np.ndindex(*shape[:-1]):
            row = [a[index] for a in arrays]

            def compare(i, j, row=row):
                if self._less(name, row, i, j):
                    return -1
                return 1 if self._less(name, row, j, i) else 0

            order[index] = sorted(range(length), key=functools.cmp_to_key(compare))
        return order

    def _merge_sort_order(self, name: str, arrays: list[np.ndarray]) -> np.ndarray | None:
        """Bottom-up stable merge sort of [rows, n] arrays, vectorised over all elements.

        Runs are merged by rank: an element's place in the merged run is its place in its
        own run plus the number of elements of the other run that go before it, found by
        a binary search (the other run is sorted). Every step evaluates the comparator
        once on whole arrays. The length is padded to a power of two with elements that
        go after everything. None when the comparator turns out not to be a strict weak
        order (the result is then not a permutation)."""
        rows, length = arrays[0].shape
        padded = 1 << (length - 1).bit_length()
        row_index = np.arange(rows)[:, None, None]

        def less(p, q):  # element p goes before element q (indices into the row)
            shape = p.shape
            p_ok, q_ok = p < length, q < length
            pc, qc = np.minimum(p, length - 1), np.minimum(q, length - 1)
            args = []
            for a in arrays:
                args += [a[row_index, pc.reshape(rows, 1, -1)].reshape(shape),
                         a[row_index, qc.reshape(rows, 1, -1)].reshape(shape)]
            result = np.broadcast_to(self.apply_elementwise(name, args, shape), shape)
            return np.where(p_ok & q_ok, result, p_ok & ~q_ok)

        perm = np.broadcast_to(np.arange(padded), (rows, padded)).copy()
        width = 1
        while width < padded:
            blocks = perm.reshape(rows, padded // (2 * width), 2, width)
            first, second = blocks[:, :, 0, :], blocks[:, :, 1, :]

            def count(elements, run, strict):
                # How many of the sorted `run` go before each of `elements`: for `strict`
                # those with less(run, element), otherwise those with !less(element, run).
                lo = np.zeros(elements.shape, np.int64)
                hi = np.full(elements.shape, width, np.int64)
                for _ in range(width.bit_length()):
                    mid = np.minimum((lo + hi) // 2, width - 1)
                    other = np.take_along_axis(run, mid, axis=-1)
                    goes_before = less(other, elements) if strict else ~less(elements, other)
                    active = lo < hi
                    lo = np.where(active & goes_before, mid + 1, lo)
                    hi = np.where(active & ~goes_before, mid, hi)
                return lo

            own = np.arange(width)
            first_place = own + count(first, second, strict=True)
            second_place = own + count(second, first, strict=False)
            merged = np.empty_like(blocks.reshape(rows, padded // (2 * width), 2 * width))
            np.put_along_axis(merged, first_place, first, axis=-1)
            np.put_along_axis(merged, second_place, second, axis=-1)
            perm = merged.reshape(rows, padded)
            width *= 2
        order = perm[:, :length]
        if not np.array_equal(np.sort(order, axis=-1),
                              np.broadcast_to(np.arange(length), order.shape)):
            return None
        return order

    def _less(self, name, row, i, j) -> bool:
        args = []
        for a in row:
            args += [np.asarray(a[i]), np.asarray(a[j])]
        return bool(self.call(name, args))

    @staticmethod
    def _as_list(value, n: int) -> list:
        if n == 1 and not isinstance(value, tuple):
            return [value]
        return list(value)

    # ------------------------------------------------------------ checks and errors

    def _check_tuple(self, op: Instruction, shape: Shape, value, lifted: bool) -> None:
        if isinstance(shape, TupleShape):
            if not isinstance(value, tuple) or len(value) != len(shape.elements):
                raise self._error(op, f"evaluator bug: result does not have the shape {shape}")
            for s, v in zip(shape.elements, value):
                self._check_tuple(op, s, v, lifted)
            return
        if not isinstance(value, np.ndarray) or value.dtype != _work(shape.np_dtype) or (
                not lifted and value.shape != shape.dims):
            raise self._error(op, f"evaluator bug: result does not have the shape {shape}")

    def _error(self, op: Instruction, message: str) -> HloError:
        from .verifier import location_of, source_of
        source = source_of(self.module)
        line, col = location_of(op)
        return HloError(f"{op.hlo_name}: {message}", source.filename if source else "<module>",
                        line, col, source.line(line) if source else None)


# ---------------------------------------------------------------- entry points

def _check_argument(value, shape: Shape, where: str):
    if isinstance(shape, TupleShape):
        if not isinstance(value, (tuple, list)) or len(value) != len(shape.elements):
            raise HloError(f"{where}: expected a tuple {shape}")
        return tuple(_check_argument(v, s, f"{where} element {i}")
                     for i, (v, s) in enumerate(zip(value, shape.elements)))
    array = np.asarray(value)
    try:
        given = element_type_of_dtype(array.dtype).name
    except TypeError:
        given = str(array.dtype)
    if array.dtype != shape.np_dtype or tuple(array.shape) != shape.dims:
        dims = ",".join(str(d) for d in array.shape)
        raise HloError(f"{where}: expected {ArrayShape(shape.dtype, shape.dims)}, "
                       f"got {given}[{dims}]")
    return array


def _checked_arguments(module: ModuleOp, args: Sequence, where: str = "") -> list:
    entry = module.entry_computation
    params = entry.parameters()
    if len(args) != len(params):
        raise HloError(f"{where}entry computation '{entry.comp_name}' takes {len(params)} "
                       f"arguments, given {len(args)}")
    return [_check_argument(arg, p.shape,
                            f"{where}argument {i} (parameter {i} '{p.hlo_name}')")
            for i, (arg, p) in enumerate(zip(args, params))]


def evaluate(module: ModuleOp, args: Sequence) -> "np.ndarray | tuple":
    """Evaluate the entry computation of `module` on numpy arrays (entry parameter order).

    For a module of one device; one for more devices runs with `evaluate_spmd`."""
    replicas, partitions = device_counts(module)
    if replicas * partitions != 1:
        raise HloError(f"module runs on {replicas * partitions} devices (replica_count="
                       f"{replicas}, num_partitions={partitions}): use evaluate_spmd")
    checked = _checked_arguments(module, args)
    evaluator = Evaluator(module)
    with np.errstate(all="ignore"):
        result = evaluator.call(module.entry_computation.comp_name,
                                [_to_work(a) for a in checked])
    return _fresh(_from_work(result, module.entry_computation.result_shape))


def evaluate_spmd(module: ModuleOp, per_device_args: Sequence[Sequence],
                  num_replicas: int | None = None, num_partitions: int | None = None,
                  timeout: float = 60.0) -> list:
    """Run `module` on N = num_replicas * num_partitions devices at once, all in step.

    `per_device_args[d]` are device d's entry arguments, and entry d of the result is
    device d's result; device d is replica d // num_partitions, partition
    d % num_partitions (ir/collectives.py). The counts default to the module header's
    `replica_count` / `num_partitions`. Each device runs in a thread of its own and
    meets the others at every collective; a device that fails makes the others fail, a
    group that does not fill up within `timeout` seconds is an error naming the
    missing devices."""
    header = device_counts(module)
    replicas = header[0] if num_replicas is None else num_replicas
    partitions = header[1] if num_partitions is None else num_partitions
    n = replicas * partitions
    if len(per_device_args) != n:
        raise HloError(f"module runs on {replicas} replica(s) x {partitions} partition(s) = "
                       f"{n} devices, given arguments for {len(per_device_args)}")
    checked = [_checked_arguments(module, args, f"device {d}: ")
               for d, args in enumerate(per_device_args)]
    rendezvous = Rendezvous(timeout)
    results: list = [None] * n
    errors: list = [None] * n
    entry = module.entry_computation.comp_name

    def run(d: int) -> None:
        context = DeviceContext(d // partitions, d % partitions, replicas, partitions,
                                rendezvous)
        try:
            with np.errstate(all="ignore"):
                result = Evaluator(module, context).call(entry, [_to_work(a) for a in checked[d]])
                results[d] = _fresh(_from_work(result, module.entry_computation.result_shape))
        except Exception as e:  # noqa: BLE001 - reported below, after every device stops
            errors[d] = e
            rendezvous.fail(f"device {d} failed: {e}")

    if n == 1:
        run(0)
    else:
        threads = [threading.Thread(target=run, args=(d,), name=f"hlox-device-{d}")
                   for d in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    # The first failure is the cause; the others only stopped waiting for it.
    first = next((e for e in errors if e is not None and "stopped waiting" not in str(e)),
                 next((e for e in errors if e is not None), None))
    if first is not None:
        raise first
    return results


def _fresh(value):
    """Results never alias arguments or the module's constants."""
    if isinstance(value, tuple):
        return tuple(_fresh(v) for v in value)
    return np.array(value, copy=True)


def evaluate_text(text: str, args: Sequence, filename: str = "<string>"):
    """Parse HLO text and evaluate it."""
    from .parser import parse_module
    return evaluate(parse_module(text, filename), args)


__all__ = ["EVAL_RULES", "DeviceContext", "Evaluator", "Rendezvous", "convert_array", "evaluate",
           "evaluate_spmd", "evaluate_text", "pad_array"]
