"""Per-opcode C expressions for elementwise HLO ops (tinygrad's cstyle renderer is the model):
how the C emitter (`cprint.py`) prints a `kernel.apply` op of the loop-level IR.

Every entry has one signature: `rule(args, et, out_et, attrs) -> str`, where `args` are C
expressions already of the *compute* type of `et` (the operand element type), `out_et` is
the result's element type and the returned text is a fully parenthesised C expression of
the compute type of `out_et`. f16 and bf16 compute in `float` and are rounded back after
every operation, so results match an op-by-op evaluation. Integer arithmetic goes through
the unsigned type of the same width: wrap-around without C undefined behaviour.
"""
from __future__ import annotations

import math
from functools import partial

import numpy as np

from hlox.ir.shapes import ELEMENT_TYPES as _ELEMENT_TYPES
from hlox.ir.shapes import ElementType

_UNSIGNED = {8: "uint8_t", 16: "uint16_t", 32: "uint32_t", 64: "uint64_t"}


def compute_type(et: ElementType) -> str:
    """The C type values of `et` have inside kernels."""
    if et.name in ("f16", "bf16"):
        return "float"
    return et.c_type


def storage_type(et: ElementType) -> str:
    return et.c_type


def helper_suffix(et: ElementType) -> str:
    return "u8" if et.name == "pred" else et.name


def _is_double(et: ElementType) -> bool:
    return et.name == "f64"


def round_to(et: ElementType, expr: str) -> str:
    """Round a float-computed value to f16/bf16 precision (identity for other types)."""
    if et.name == "f16":
        return f"hlox_rnd_f16({expr})"
    if et.name == "bf16":
        return f"hlox_rnd_bf16({expr})"
    return expr


def load_expr(et: ElementType, expr: str) -> str:
    if et.bits < 8:  # s4, u2, ...: the low bits of the byte (sign-extended if signed)
        return _wrap_bits(et, expr)
    if et.name == "f16":
        return f"hlox_h2f({expr})"
    if et.name == "bf16":
        return f"hlox_b2f({expr})"
    return expr


def store_expr(et: ElementType, expr: str) -> str:
    if et.bits < 8:  # the value's low bits, as ml_dtypes and XLA keep them
        return f"(({et.c_type})(({expr}) & 0x{(1 << et.bits) - 1:x}))"
    if et.name == "f16":
        return f"hlox_f2h({expr})"
    if et.name == "bf16":
        return f"hlox_f2b({expr})"
    return expr


# ---------------------------------------------------------------- literals

def float_literal(value: float, double: bool) -> str:
    if math.isnan(value):
        return "((double)NAN)" if double else "NAN"
    if math.isinf(value):
        text = "INFINITY" if value > 0 else "(-INFINITY)"
        return f"((double){text})" if double else text
    text = float.hex(float(value))
    return f"({text})" if double else f"({text}f)"


def literal(et: ElementType, value) -> str:
    """A C literal of the compute type of `et` for one numpy scalar."""
    if et.kind == "complex":  # gcc's builtin keeps an infinite or NaN part as it is
        z, double = complex(value), et.name == "c128"
        return f"__builtin_complex({float_literal(z.real, double)}, " \
               f"{float_literal(z.imag, double)})"
    if et.kind == "float":
        return float_literal(float(value), _is_double(et))
    if et.kind == "pred":
        return "1" if bool(value) else "0"
    if et.bits < 8:
        return f"(({et.c_type}){int(value)})"
    bits = int(np.asarray(value).astype(et.dtype).view(f"u{et.itemsize}"))
    return f"(({et.c_type})0x{bits:x}ull)"


def storage_literal(et: ElementType, value) -> str:
    """A literal of the storage type (bit patterns for f16 / bf16)."""
    if et.name in ("f16", "bf16"):
        return f"0x{int(np.asarray(value, dtype=et.dtype).view(np.uint16)):x}"
    return literal(et, value)


# ---------------------------------------------------------------- rules

def _fsuffix(et: ElementType) -> str:
    return "" if _is_double(et) else "f"


def _math_name(fn: str, et) -> str:
    """The C function computing `fn` in the compute type of `et`: f32 (and f16 / bf16,
    which compute in float) exp and tanh are the prelude's vectorisable `hlox_expf` /
    `hlox_tanhf`, the rest libm's (with libmvec's SIMD variants, see prelude.SIMD_MATH)."""
    if fn in _OWN_F32 and not _is_double(et):
        return f"hlox_{fn}f"
    return f"{fn}{_fsuffix(et)}"


_OWN_F32 = {"exp", "tanh"}  # the same bits in scalar and vector loops (prelude.py)


def _math(fn: str, args, et, out_et, attrs) -> str:
    call = f"{_math_name(fn, et)}({', '.join(args)})"
    return round_to(et, call)


def _float_or_int(float_fmt: str, int_fmt: str, args, et, out_et, attrs) -> str:
    if et.kind == "float":
        return round_to(et, float_fmt.format(*args))
    unsigned = _UNSIGNED[et.bits]
    return int_fmt.format(*args, T=et.c_type, U=unsigned)


def _helper(name: str, args, et, out_et, attrs) -> str:
    return f"hlox_{name}_{helper_suffix(et)}({', '.join(args)})"


def _div(args, et, out_et, attrs):
    if et.kind == "float":
        return round_to(et, f"({args[0]} / {args[1]})")
    return _helper("div", args, et, out_et, attrs)


def _rem(args, et, out_et, attrs):
    if et.kind == "float":
        return round_to(et, f"fmod{_fsuffix(et)}({args[0]}, {args[1]})")
    return _helper("rem", args, et, out_et, attrs)


def _pow(args, et, out_et, attrs):
    if et.kind == "float":
        return _math("pow", args, et, out_et, attrs)
    return _helper("pow", args, et, out_et, attrs)


def _maxmin(which: str, args, et, out_et, attrs):
    if et.kind == "float":
        return round_to(et, f"hlox_{which}{'d' if _is_double(et) else 'f'}({args[0]}, {args[1]})")
    return _helper(which, args, et, out_et, attrs)


def _abs(args, et, out_et, attrs):
    if et.kind == "float":
        return f"fabs{_fsuffix(et)}({args[0]})"
    return f"(({et.c_type})({args[0]} < 0 ? 0 - ({_UNSIGNED[et.bits]}){args[0]} : " \
           f"({_UNSIGNED[et.bits]}){args[0]}))"


def _sign(args, et, out_et, attrs):
    if et.kind == "float":
        return f"hlox_sign{'d' if _is_double(et) else 'f'}({args[0]})"
    return f"(({et.c_type})(({args[0]} > 0) - ({args[0]} < 0)))"


def _not(args, et, out_et, attrs):
    if et.kind == "pred":
        return f"((uint8_t)!{args[0]})"
    return f"(({et.c_type})~{args[0]})"


def _bitwise(op: str, args, et, out_et, attrs):
    return f"(({compute_type(et)})({args[0]} {op} {args[1]}))"


def _float_only(fmt: str, args, et, out_et, attrs):
    return round_to(et, fmt.format(*args, f=_fsuffix(et), one="1.0" if _is_double(et) else "1.0f",
                                   exp=_math_name("exp", et)))


def _is_finite(args, et, out_et, attrs):
    return f"((uint8_t)isfinite({args[0]}))"


_CMP_OPS = {"EQ": "==", "NE": "!=", "LT": "<", "LE": "<=", "GT": ">", "GE": ">="}


def _compare(args, et, out_et, attrs):
    op = _CMP_OPS[attrs["direction"]]
    a, b = args
    if et.kind == "float" and attrs.get("type") == "TOTALORDER":
        key = "hlox_tokd" if _is_double(et) else "hlox_tokf"
        a, b = f"{key}({a})", f"{key}({b})"
    return f"((uint8_t)({a} {op} {b}))"


def _select(args, et, out_et, attrs):
    return f"({args[0]} ? {args[1]} : {args[2]})"


def _clamp(args, et, out_et, attrs):
    lo, x, hi = args
    return _maxmin("min", [_maxmin("max", [x, lo], et, out_et, attrs), hi], et, out_et, attrs)


def convert(src: ElementType, dst: ElementType, expr: str) -> str:
    """C expression converting a compute value of `src` to the compute type of `dst`."""
    if src.name == dst.name:
        return expr
    if dst.kind == "pred":
        return f"((uint8_t)({expr} != 0))"
    if dst.kind == "complex":  # from a real value: imaginary part 0
        return f"(({dst.c_type}){expr})"
    if dst.kind == "float":
        if dst.name == "f16":
            return f"hlox_d2f16((double){expr})" if src.name in ("f64",) or src.bits == 64 \
                else f"hlox_rnd_f16((float){expr})"
        if dst.name == "bf16":
            return f"hlox_rnd_bf16((float){expr})"
        return f"(({dst.c_type}){expr})"
    if src.kind == "float":
        return f"hlox_f2i_{dst.name}((double){expr})"
    return f"(({dst.c_type}){expr})"


def _convert(args, et, out_et, attrs):
    return convert(et, out_et, args[0])


def _copy(args, et, out_et, attrs):
    return args[0]


def _arith(op: str, args, et, out_et, attrs):
    if et.kind == "float":
        return round_to(et, f"({args[0]} {op} {args[1]})")
    unsigned = _UNSIGNED[et.bits]
    return f"(({et.c_type})(({unsigned}){args[0]} {op} ({unsigned}){args[1]}))"


def _negate(args, et, out_et, attrs):
    if et.kind == "float":
        return f"(-{args[0]})"
    return f"(({et.c_type})(0 - ({_UNSIGNED[et.bits]}){args[0]}))"


ELEMENTWISE_RULES = {
    "add": partial(_arith, "+"),
    "subtract": partial(_arith, "-"),
    "multiply": partial(_arith, "*"),
    "divide": _div,
    "remainder": _rem,
    "power": _pow,
    "maximum": partial(_maxmin, "max"),
    "minimum": partial(_maxmin, "min"),
    "atan2": partial(_math, "atan2"),
    "and": partial(_bitwise, "&"),
    "or": partial(_bitwise, "|"),
    "xor": partial(_bitwise, "^"),
    "shift-left": partial(_helper, "shl"),
    "shift-right-arithmetic": partial(_helper, "shra"),
    "shift-right-logical": partial(_helper, "shrl"),
    "abs": _abs,
    "negate": _negate,
    "sign": _sign,
    "floor": partial(_math, "floor"),
    "ceil": partial(_math, "ceil"),
    "round-nearest-even": partial(_math, "nearbyint"),
    "round-nearest-afz": partial(_math, "round"),
    "exponential": partial(_math, "exp"),
    "exponential-minus-one": partial(_math, "expm1"),
    "log": partial(_math, "log"),
    "log-plus-one": partial(_math, "log1p"),
    "logistic": partial(_float_only, "({one} / ({one} + {exp}(-{0})))"),
    "sqrt": partial(_math, "sqrt"),
    "rsqrt": partial(_float_only, "({one} / sqrt{f}({0}))"),
    "cbrt": partial(_math, "cbrt"),
    "tanh": partial(_math, "tanh"),
    "sine": partial(_math, "sin"),
    "cosine": partial(_math, "cos"),
    "tan": partial(_math, "tan"),
    "erf": partial(_math, "erf"),
    "is-finite": _is_finite,
    "not": _not,
    "popcnt": partial(_helper, "popcnt"),
    "count-leading-zeros": partial(_helper, "clz"),
    "compare": _compare,
    "select": _select,
    "clamp": _clamp,
    "convert": _convert,
    "copy": _copy,
}

# ---------------------------------------------------------------- complex (c64, c128)
# C99 complex arithmetic: `+ - * /` and `==` are the language's; the functions are gcc's
# builtins for <complex.h>'s (f suffix for c64; no include, so no `I` / `complex` macros
# to collide with generated names). An op on a complex operand uses COMPLEX_RULES.

def _csuffix(et: ElementType) -> str:
    return "" if et.name == "c128" else "f"


def _cmath(fmt: str, args, et, out_et, attrs):
    one = "1.0" if et.name == "c128" else "1.0f"
    return fmt.format(*args, f=_csuffix(et), one=one)


def _real(args, et, out_et, attrs):
    return f"__builtin_creal{_csuffix(et)}({args[0]})" if et.kind == "complex" else args[0]


def _imag(args, et, out_et, attrs):
    if et.kind == "complex":
        return f"__builtin_cimag{_csuffix(et)}({args[0]})"
    return literal(et, 0)  # the imaginary part of a real number


def _complex(args, et, out_et, attrs):
    return f"__builtin_complex(({compute_type(et)}){args[0]}, ({compute_type(et)}){args[1]})"


COMPLEX_RULES = {
    "add": partial(_cmath, "({0} + {1})"),
    "subtract": partial(_cmath, "({0} - {1})"),
    "multiply": partial(_cmath, "hlox_cmul{f}({0}, {1})"),
    "divide": partial(_cmath, "hlox_cdiv{f}({0}, {1})"),
    "power": partial(_cmath, "__builtin_cpow{f}({0}, {1})"),
    "negate": partial(_cmath, "(-{0})"),
    "abs": partial(_cmath, "__builtin_cabs{f}({0})"),
    "sign": partial(_cmath, "hlox_csign{f}({0})"),
    "exponential": partial(_cmath, "__builtin_cexp{f}({0})"),
    "exponential-minus-one": partial(_cmath, "hlox_cexpm1{f}({0})"),
    "log": partial(_cmath, "__builtin_clog{f}({0})"),
    "log-plus-one": partial(_cmath, "hlox_clog1p{f}({0})"),
    "logistic": partial(_cmath, "({one} / ({one} + __builtin_cexp{f}(-{0})))"),
    "sqrt": partial(_cmath, "__builtin_csqrt{f}({0})"),
    "rsqrt": partial(_cmath, "({one} / __builtin_csqrt{f}({0}))"),
    "tanh": partial(_cmath, "__builtin_ctanh{f}({0})"),
    "sine": partial(_cmath, "__builtin_csin{f}({0})"),
    "cosine": partial(_cmath, "__builtin_ccos{f}({0})"),
    "tan": partial(_cmath, "__builtin_ctan{f}({0})"),
    "compare": _compare,  # EQ and NE only (shape inference)
    "select": _select,
    "convert": _convert,
    "copy": _copy,
    "real": _real,
    "imag": _imag,
}


def _complex_aware(opcode: str, real_rule):
    complex_rule = COMPLEX_RULES[opcode]

    def rule(args, et, out_et, attrs):
        return (complex_rule if et.kind == "complex" else real_rule)(args, et, out_et, attrs)
    return rule


ELEMENTWISE_RULES.update({
    "real": _real, "imag": _imag, "complex": _complex,
    **{op: _complex_aware(op, ELEMENTWISE_RULES[op]) for op in COMPLEX_RULES
       if op in ELEMENTWISE_RULES and op not in ("select", "copy", "convert", "compare")},
})

# ---------------------------------------------------------------- sub-byte integers
# s4 / u4 / s2 / u2 compute in the byte type of their signedness; every rule runs on that
# type and its result is wrapped back to the narrow width (float -> s4 saturates to it).

_BYTE_OF = {"s4": "s8", "s2": "s8", "u4": "u8", "u2": "u8"}


def _wrap_bits(et: ElementType, expr: str) -> str:
    if et.kind == "sint":
        shift = 8 - et.bits
        return f"((int8_t)((int8_t)((uint8_t)({expr}) << {shift}) >> {shift}))"
    return f"((uint8_t)(({expr}) & 0x{(1 << et.bits) - 1:x}))"


def _sub_byte_aware(opcode: str, rule):
    def wrapped(args, et, out_et, attrs):
        if et.bits >= 8 and out_et.bits >= 8:
            return rule(args, et, out_et, attrs)
        byte_et = _ELEMENT_TYPES[_BYTE_OF.get(et.name, et.name)]
        byte_out = _ELEMENT_TYPES[_BYTE_OF.get(out_et.name, out_et.name)]
        text = rule(args, byte_et, byte_out, attrs)
        if out_et.bits >= 8:
            return text
        if opcode == "convert" and et.kind == "float":
            low = -(1 << (out_et.bits - 1)) if out_et.kind == "sint" else 0
            high = (1 << (out_et.bits - (out_et.kind == "sint"))) - 1
            return f"(({out_et.c_type})hlox_clamp_s64((int64_t){text}, {low}, {high}))"
        return _wrap_bits(out_et, text)
    return wrapped


ELEMENTWISE_RULES.update({op: _sub_byte_aware(op, rule) for op, rule in ELEMENTWISE_RULES.items()})

# Reducers gcc can vectorise with an OpenMP reduction clause: opcode -> (clause op, C op).
SIMD_REDUCTIONS = {"add": "+", "multiply": "*", "and": "&", "or": "|", "xor": "^"}
