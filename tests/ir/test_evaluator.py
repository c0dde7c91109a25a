"""Tests of the reference evaluator, op by op, against numpy, math and hand-derived values.

Expected values never come from the evaluator itself: they are written out by hand,
computed with numpy / math / plain Python integers, or produced by XLA:CPU (the JAX
fixtures, and, when jax is installed, the same HLO text compiled and run by XLA:CPU
through jaxlib). Slow scalar reference implementations below follow the operation
semantics document's definitions literally.
"""
from __future__ import annotations

import itertools
import json
import math
import os
import struct

import ml_dtypes
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hlox.ir import HloError, parse_module
from hlox.ir.evaluator import EVAL_RULES, evaluate, evaluate_text
from hlox.ir.opcodes import OPS
from hlox.ir.shapes import ELEMENT_TYPES

from conftest import xla_cpu

BF16 = ml_dtypes.bfloat16
FIXTURES = os.path.join(os.path.dirname(__file__), "..", "fixtures", "jax")
HYPOTHESIS = settings(max_examples=25, deadline=None,
                      suppress_health_check=[HealthCheck.too_slow])


def run(text: str, *args):
    return evaluate_text(text, list(args))


def dims_text(shape) -> str:
    return ",".join(str(d) for d in shape)


def unary(opcode: str, dtype: str, shape=(4,), out: str | None = None) -> str:
    t = f"{dtype}[{dims_text(shape)}]"
    o = f"{out or dtype}[{dims_text(shape)}]"
    return f"""HloModule m
ENTRY e {{
  x = {t} parameter(0)
  ROOT r = {o} {opcode}(x)
}}"""


def binary(opcode: str, dtype: str, shape=(4,), attrs: str = "", out: str | None = None) -> str:
    t = f"{dtype}[{dims_text(shape)}]"
    o = f"{out or dtype}[{dims_text(shape)}]"
    return f"""HloModule m
ENTRY e {{
  x = {t} parameter(0)
  y = {t} parameter(1)
  ROOT r = {o} {opcode}(x, y){attrs}
}}"""


def arr(values, dtype) -> np.ndarray:
    return np.array(values, dtype=dtype)


def assert_same(actual, expected):
    """Same dtype, shape and values; NaNs equal, -0.0 distinct from +0.0."""
    expected = np.asarray(expected)
    assert actual.dtype == expected.dtype, (actual.dtype, expected.dtype)
    assert actual.shape == expected.shape, (actual.shape, expected.shape)
    if actual.dtype.kind in "iub":
        np.testing.assert_array_equal(actual, expected)
        return
    a = actual.astype(np.float64)
    e = expected.astype(np.float64)
    assert np.array_equal(np.isnan(a), np.isnan(e)), (actual, expected)
    ok = ~np.isnan(e)
    np.testing.assert_array_equal(a[ok], e[ok])
    np.testing.assert_array_equal(np.signbit(a[ok]), np.signbit(e[ok]))


# ---------------------------------------------------------------- the table

def test_every_opcode_has_a_rule():
    assert set(OPS) == set(EVAL_RULES)


def test_rules_share_one_signature():
    import inspect
    for name, rule in EVAL_RULES.items():
        params = list(inspect.signature(rule).parameters)
        assert len(params) == 3, name


# ---------------------------------------------------------------- arguments and errors

ADD_TEXT = binary("add", "f32", (2, 3))


def test_argument_checks_name_the_parameter():
    x = np.ones((2, 3), np.float32)
    with pytest.raises(HloError, match=r"parameter 1 'y'.*f32\[2,3\].*f64\[2,3\]"):
        run(ADD_TEXT, x, np.ones((2, 3)))
    with pytest.raises(HloError, match=r"parameter 0 'x'.*f32\[3,2\]"):
        run(ADD_TEXT, np.ones((3, 2), np.float32), x)
    with pytest.raises(HloError, match="takes 2 arguments, given 1"):
        run(ADD_TEXT, x)


def test_tuple_parameters():
    text = """HloModule m
ENTRY e {
  p = (f32[2], s32[]) parameter(0)
  a = f32[2] get-tuple-element(p), index=0
  ROOT r = f32[2] negate(a)
}"""
    x = arr([1.0, -2.0], np.float32)
    assert_same(run(text, (x, np.array(3, np.int32))), -x)
    with pytest.raises(HloError, match=r"parameter 0 'p'\) element 1: expected s32\[\], got s64"):
        run(text, (x, np.array(3, np.int64)))
    with pytest.raises(HloError, match="expected a tuple"):
        run(text, x)


def test_runtime_failure_is_an_hlo_error(monkeypatch):
    def broken(operands, op, ev):
        raise ValueError("boom")

    monkeypatch.setitem(EVAL_RULES, "negate", broken)
    with pytest.raises(HloError, match="r: evaluation failed: ValueError: boom"):
        run(unary("negate", "f32"), np.zeros(4, np.float32))


def test_results_do_not_alias_arguments_or_constants():
    text = """HloModule m
ENTRY e {
  x = f32[2] parameter(0)
  c = f32[2] constant({1, 2})
  r = f32[2] reshape(c)
  ROOT t = (f32[2], f32[2]) tuple(x, r)
}"""
    module = parse_module(text)
    x = arr([5.0, 6.0], np.float32)
    a, c = evaluate(module, [x])
    a[0] = c[0] = -1.0
    assert x[0] == 5.0
    assert_same(evaluate(module, [x])[1], arr([1.0, 2.0], np.float32))


def test_evaluate_takes_a_module():
    module = parse_module(ADD_TEXT)
    x = np.arange(6, dtype=np.float32).reshape(2, 3)
    assert_same(evaluate(module, [x, x]), x * 2)


# ---------------------------------------------------------------- unary float ops

FLOAT_TYPES = {"f16": np.float16, "bf16": BF16, "f32": np.float32, "f64": np.float64}

MATH_UNARY = {
    "exponential": math.exp, "exponential-minus-one": math.expm1, "log": math.log,
    "log-plus-one": math.log1p, "sqrt": math.sqrt, "rsqrt": lambda v: 1 / math.sqrt(v),
    "tanh": math.tanh, "sine": math.sin, "cosine": math.cos, "tan": math.tan,
    "erf": math.erf, "logistic": lambda v: 1 / (1 + math.exp(-v)),
    "cbrt": lambda v: math.copysign(abs(v) ** (1 / 3), v), "floor": math.floor,
    "ceil": math.ceil,
}


@pytest.mark.parametrize("opcode", sorted(MATH_UNARY))
@pytest.mark.parametrize("dtype", sorted(FLOAT_TYPES))
def test_unary_math_against_python_math(opcode, dtype):
    np_dtype = FLOAT_TYPES[dtype]
    values = [0.25, 0.5, 1.0, 1.75, 2.5, 3.0] if opcode in (
        "log", "sqrt", "rsqrt", "log-plus-one") else [-2.5, -0.75, -0.125, 0.3, 1.0, 2.25]
    x = arr(values, np_dtype)
    expected = arr([MATH_UNARY[opcode](float(v)) for v in x], np.float64)
    result = run(unary(opcode, dtype, (6,)), x)
    assert result.dtype == np.dtype(np_dtype)
    # Exact for floor/ceil; otherwise within an ulp of the narrow type.
    rtol = {np.float64: 1e-14, np.float32: 2e-7}.get(np_dtype, 1e-2)
    np.testing.assert_allclose(result.astype(np.float64), expected, rtol=rtol, atol=1e-300)


def test_cbrt_erf_logistic_hand_values():
    x = arr([-27.0, 8.0, 0.0, 1e-300], np.float64)
    assert_same(run(unary("cbrt", "f64"), x), arr([-3.0, 2.0, 0.0, 1e-100], np.float64))
    x = arr([0.0, -np.inf, np.inf, np.nan], np.float32)
    assert_same(run(unary("erf", "f32"), x), arr([0.0, -1.0, 1.0, np.nan], np.float32))
    assert_same(run(unary("logistic", "f32"), x), arr([0.5, 0.0, 1.0, np.nan], np.float32))


def test_round_nearest_even_and_afz():
    values = [0.5, 1.5, 2.5, -0.5, -2.5, 0.49999997, -0.3, 3.7]
    x = arr(values, np.float32)
    assert_same(run(unary("round-nearest-even", "f32", (8,)), x),
                arr([0.0, 2.0, 2.0, -0.0, -2.0, 0.0, -0.0, 4.0], np.float32))
    assert_same(run(unary("round-nearest-afz", "f32", (8,)), x),
                arr([1.0, 2.0, 3.0, -1.0, -3.0, 0.0, -0.0, 4.0], np.float32))
    big = arr([0.49999999999999994, 4503599627370497.0, -4503599627370497.0, np.nan],
              np.float64)
    assert_same(run(unary("round-nearest-afz", "f64"), big),
                arr([0.0, 4503599627370497.0, -4503599627370497.0, np.nan], np.float64))


def test_sign():
    x = arr([np.nan, -0.0, 0.0, -3.5, 2.0, -np.inf], np.float32)
    assert_same(run(unary("sign", "f32", (6,)), x),
                arr([np.nan, -0.0, 0.0, -1.0, 1.0, -1.0], np.float32))
    x = arr([-128, 0, 5, -1], np.int8)
    assert_same(run(unary("sign", "s8"), x), arr([-1, 0, 1, -1], np.int8))


def test_abs_and_negate_wrap_at_int_min():
    x = arr([-128, 127, -1, 0], np.int8)
    assert_same(run(unary("abs", "s8"), x), arr([-128, 127, 1, 0], np.int8))
    assert_same(run(unary("negate", "s8"), x), arr([-128, -127, 1, 0], np.int8))
    x = arr([0, 1, 200, 255], np.uint8)
    assert_same(run(unary("negate", "u8"), x), arr([0, 255, 56, 1], np.uint8))
    f = arr([-0.0, 0.0, -np.inf, np.nan], np.float32)
    assert_same(run(unary("abs", "f32"), f), arr([0.0, 0.0, np.inf, np.nan], np.float32))
    assert_same(run(unary("negate", "f32"), f), arr([0.0, -0.0, np.inf, np.nan], np.float32))


def test_is_finite():
    x = arr([1.0, np.inf, -np.inf, np.nan], np.float16)
    assert_same(run(unary("is-finite", "f16", out="pred"), x), arr([1, 0, 0, 0], bool))


def test_not():
    assert_same(run(unary("not", "pred"), arr([1, 0, 1, 0], bool)), arr([0, 1, 0, 1], bool))
    assert_same(run(unary("not", "s8"), arr([0, -1, 5, 127], np.int8)),
                arr([-1, 0, -6, -128], np.int8))
    assert_same(run(unary("not", "u16"), arr([0, 1, 65535, 256], np.uint16)),
                arr([65535, 65534, 0, 65279], np.uint16))


INT_TYPES = {"s8": np.int8, "s16": np.int16, "s32": np.int32, "s64": np.int64,
             "u8": np.uint8, "u16": np.uint16, "u32": np.uint32, "u64": np.uint64}


@pytest.mark.parametrize("dtype", sorted(INT_TYPES))
def test_popcnt_and_count_leading_zeros_per_width(dtype):
    np_dtype = np.dtype(INT_TYPES[dtype])
    bits = np_dtype.itemsize * 8
    info = np.iinfo(np_dtype)
    values = [0, 1, 2, 3, info.max, info.min, 5 if info.min == 0 else -1, 1 << (bits - 2)]
    x = arr(values, np_dtype)
    unsigned = [v % (1 << bits) for v in values]
    assert_same(run(unary("popcnt", dtype, (8,)), x),
                arr([bin(u).count("1") for u in unsigned], np_dtype))
    assert_same(run(unary("count-leading-zeros", dtype, (8,)), x),
                arr([bits - u.bit_length() for u in unsigned], np_dtype))


# ---------------------------------------------------------------- integer arithmetic

def test_integer_division_and_remainder_edge_cases():
    x = arr([7, -7, 7, -7, 5, -5, -128, -128, 0, 3], np.int8)
    y = arr([2, 2, -2, -2, 0, 0, -1, 0, 0, 5], np.int8)
    assert_same(run(binary("divide", "s8", (10,)), x, y),
                arr([3, -3, -3, 3, -1, -1, -128, -1, -1, 0], np.int8))
    assert_same(run(binary("remainder", "s8", (10,)), x, y),
                arr([1, -1, 1, -1, 5, -5, 0, -128, 0, 3], np.int8))
    u = arr([7, 200, 5, 0], np.uint8)
    v = arr([2, 7, 0, 0], np.uint8)
    assert_same(run(binary("divide", "u8"), u, v), arr([3, 28, 255, 255], np.uint8))
    assert_same(run(binary("remainder", "u8"), u, v), arr([1, 4, 5, 0], np.uint8))
    big = np.iinfo(np.int64).min
    assert_same(run(binary("divide", "s64", (2,)), arr([big, big], np.int64),
                    arr([-1, 0], np.int64)), arr([big, -1], np.int64))


def test_float_remainder_has_the_sign_of_the_dividend():
    x = arr([5.5, -5.5, 5.5, -0.0, 1.0, np.inf], np.float32)
    y = arr([2.0, 2.0, -2.0, 3.0, 0.0, 2.0], np.float32)
    expected = arr([math.fmod(a, b) if b != 0 and math.isfinite(a) else math.nan
                    for a, b in zip(x.tolist(), y.tolist())], np.float32)
    assert_same(run(binary("remainder", "f32", (6,)), x, y), expected)
    assert np.signbit(run(binary("remainder", "f32", (6,)), x, y)[3])


def test_integer_add_multiply_wrap():
    x = arr([127, -128, 100, 64], np.int8)
    y = arr([1, -1, 100, 2], np.int8)
    assert_same(run(binary("add", "s8"), x, y), arr([-128, 127, -56, 66], np.int8))
    assert_same(run(binary("multiply", "s8"), x, y), arr([127, -128, 16, -128], np.int8))
    assert_same(run(binary("subtract", "s8"), x, y), arr([126, -127, 0, 62], np.int8))
    u = arr([2**64 - 1, 2**63, 5, 0], np.uint64)
    assert_same(run(binary("add", "u64"), u, u), arr([2**64 - 2, 0, 10, 0], np.uint64))


def test_shifts_by_large_and_negative_amounts():
    x = arr([1, -8, -8, 0x40, 1, -1, 3, -128], np.int8)
    s = arr([7, 1, 8, 1, -1, 9, 0, 7], np.int8)
    assert_same(run(binary("shift-left", "s8", (8,)), x, s),
                arr([-128, -16, 0, -128, 0, 0, 3, 0], np.int8))
    assert_same(run(binary("shift-right-arithmetic", "s8", (8,)), x, s),
                arr([0, -4, -1, 0x20, 0, -1, 3, -1], np.int8))
    assert_same(run(binary("shift-right-logical", "s8", (8,)), x, s),
                arr([0, 0x7C, 0, 0x20, 0, 0, 3, 1], np.int8))
    u = arr([0x80000000, 0xFFFFFFFF, 1, 12], np.uint32)
    c = arr([31, 32, 31, 2], np.uint32)
    assert_same(run(binary("shift-right-arithmetic", "u32"), u, c),
                arr([0xFFFFFFFF, 0xFFFFFFFF, 0, 3], np.uint32))
    assert_same(run(binary("shift-right-logical", "u32"), u, c), arr([1, 0, 0, 3], np.uint32))
    assert_same(run(binary("shift-left", "u32"), u, c), arr([0, 0, 0x80000000, 48], np.uint32))


def test_integer_power():
    base = arr([2, 3, -2, 1, -1, 0, 5, 2, 7, 0, -1, 2], np.int32)
    exp = arr([10, 3, 3, -5, -3, 0, -1, 31, 0, 5, -2, -2**31], np.int32)
    # Negative exponents: 1 for base 1, +-1 for base -1, 0 otherwise (XLA:CPU).
    assert_same(run(binary("power", "s32", (12,)), base, exp),
                arr([1024, 27, -8, 1, -1, 1, 0, -2**31, 1, 0, 1, 0], np.int32))
    # XLA:CPU only looks at the low 6 bits of the exponent: 2**64 -> 2**0, 3**100 -> 3**36.
    assert_same(run(binary("power", "s32", (3,)), arr([2, 3, 2], np.int32),
                    arr([64, 100, 65], np.int32)),
                arr([1, (3**36 + 2**31) % 2**32 - 2**31, 2], np.int32))
    b8 = arr([3, 2, 255, 16, 3, 255, 255, 1], np.uint8)
    e8 = arr([5, 8, 2, 2, 200, 129, 130, 255], np.uint8)
    # Exponents >= 128 count as negative, and base 255 as -1, as in XLA:CPU.
    assert_same(run(binary("power", "u8", (8,)), b8, e8),
                arr([pow(3, 5, 256), 0, pow(255, 2, 256), 0, 0, 255, 1, 1], np.uint8))


def test_float_power_and_atan2():
    x = arr([2.0, -8.0, 0.0, -2.0, 4.0, np.nan, -np.inf, -0.0], np.float32)
    y = arr([0.5, 1 / 3, -1.0, 3.0, 0.0, 0.0, 0.5, 0.5], np.float32)
    expected = arr([math.sqrt(2), math.nan, math.inf, -8.0, 1.0, 1.0, math.inf, 0.0],
                   np.float32)
    assert_same(run(binary("power", "f32", (8,)), x, y), expected)
    for i in range(8):  # scalars too (numpy's scalar pow differs at -inf and -0.0)
        assert_same(run(binary("power", "f32", ()), x[i].reshape(()), y[i].reshape(())),
                    expected[i].reshape(()))
    a = arr([1.0, -1.0, 0.0, -0.0, 1.0, 0.0], np.float64)
    b = arr([1.0, -1.0, -1.0, -1.0, 0.0, 0.0], np.float64)
    assert_same(run(binary("atan2", "f64", (6,)), a, b),
                arr([math.atan2(p, q) for p, q in zip(a, b)], np.float64))


def test_maximum_minimum_propagate_nan():
    x = arr([1.0, np.nan, 3.0, -np.inf], np.float32)
    y = arr([np.nan, 2.0, 1.0, 0.0], np.float32)
    assert_same(run(binary("maximum", "f32"), x, y), arr([np.nan, np.nan, 3.0, 0.0], np.float32))
    assert_same(run(binary("minimum", "f32"), x, y),
                arr([np.nan, np.nan, 1.0, -np.inf], np.float32))
    zeros, other = arr([-0.0, 0.0, -0.0, 0.0], np.float32), arr([0.0, -0.0, -0.0, 0.0], np.float32)
    assert_same(run(binary("maximum", "f32"), zeros, other), arr([0.0, 0.0, -0.0, 0.0], np.float32))
    assert_same(run(binary("minimum", "f32"), zeros, other),
                arr([-0.0, -0.0, -0.0, 0.0], np.float32))
    p = arr([1, 0, 1, 0], bool)
    q = arr([0, 0, 1, 1], bool)
    assert_same(run(binary("maximum", "pred"), p, q), arr([1, 0, 1, 1], bool))
    assert_same(run(binary("minimum", "pred"), p, q), arr([0, 0, 1, 0], bool))


def test_bitwise_on_pred_and_ints():
    p = arr([1, 0, 1, 0], bool)
    q = arr([0, 0, 1, 1], bool)
    assert_same(run(binary("and", "pred"), p, q), arr([0, 0, 1, 0], bool))
    assert_same(run(binary("or", "pred"), p, q), arr([1, 0, 1, 1], bool))
    assert_same(run(binary("xor", "pred"), p, q), arr([1, 0, 0, 1], bool))
    x = arr([0b1100, -1, 0, 7], np.int16)
    y = arr([0b1010, 5, -1, 0], np.int16)
    assert_same(run(binary("and", "s16"), x, y), arr([0b1000, 5, 0, 0], np.int16))
    assert_same(run(binary("xor", "s16"), x, y), arr([0b0110, -6, -1, 7], np.int16))


def test_f16_and_bf16_arithmetic_rounds_once():
    x = arr([1.0, 2048.0, 0.1, 65504.0], np.float16)
    y = arr([2.0 ** -11, 1.0, 0.2, 65504.0], np.float16)
    with np.errstate(over="ignore"):  # 65504 + 65504 overflows f16 to inf, as intended
        expected = arr([float(a) + float(b) for a, b in zip(x, y)], np.float16)
    assert_same(run(binary("add", "f16"), x, y), expected)
    bx = arr([1.0, 3.0, 0.1, 1e38], BF16)
    by = arr([3.0, 7.0, 0.3, 10.0], BF16)
    with np.errstate(over="ignore"):  # 1e39 overflows bf16 to inf, as intended
        expected = arr([float(a) * float(b) for a, b in zip(bx, by)], np.float64).astype(BF16)
    assert_same(run(binary("multiply", "bf16"), bx, by), expected)


@pytest.mark.parametrize("opcode", ["add", "subtract", "multiply", "divide", "remainder",
                                    "maximum", "minimum", "sqrt", "floor",
                                    "round-nearest-afz"])
def test_f32_ops_computed_in_f32_give_the_rounded_f64_result(opcode):
    # The evaluator computes these correctly rounded or exact ops on f32 in f32 (no f64
    # copies of big arrays); the bits must be those of the f64 result rounded once.
    rng = np.random.default_rng(3)
    specials = [np.nan, np.inf, -np.inf, 0.0, -0.0, 1e-45, -3e38, 0.5, 1.5, -2.5]
    x = np.concatenate([rng.standard_normal(300) * 10.0 ** rng.integers(-40, 38, 300),
                        np.repeat(specials, len(specials))]).astype(np.float32)
    y = np.concatenate([rng.standard_normal(300) * 10.0 ** rng.integers(-40, 38, 300),
                        np.tile(specials, len(specials))]).astype(np.float32)
    unary_ops = {"sqrt": np.sqrt, "floor": np.floor,
                 "round-nearest-afz": lambda v: np.trunc(v + np.copysign(0.5, v))}
    with np.errstate(all="ignore"):
        if opcode in unary_ops:
            result = run(unary(opcode, "f32", x.shape), x)
            expected = unary_ops[opcode](x.astype(np.float64)).astype(np.float32)
        else:
            reference = {"add": np.add, "subtract": np.subtract, "multiply": np.multiply,
                         "divide": np.divide, "remainder": np.fmod,
                         "maximum": np.maximum, "minimum": np.minimum}[opcode]
            result = run(binary(opcode, "f32", x.shape), x, y)
            expected = reference(x.astype(np.float64), y.astype(np.float64)).astype(np.float32)
    if opcode == "round-nearest-afz":  # x + 0.5 rounds in f64 below 2^52: not for big x
        big = np.abs(x) >= 2.0 ** 23
        expected[big] = x[big]
    if opcode in ("maximum", "minimum"):  # signed zeros: tested above
        zeros = (x == 0) & (y == 0)
        result, expected = result[~zeros], expected[~zeros]
    assert_same(result, expected)


def test_transcendentals_on_big_arrays_round_the_f64_result_once():
    # Arrays bigger than one block are widened to f64 block by block: same bits as whole.
    x = np.random.default_rng(4).uniform(-20, 20, (3, 70_001)).astype(np.float32)
    assert_same(run(unary("exponential", "f32", x.shape), x),
                np.exp(x.astype(np.float64)).astype(np.float32))
    y = np.random.default_rng(5).uniform(-20, 20, x.shape).astype(np.float32)
    assert_same(run(binary("atan2", "f32", x.shape), x, y),
                np.arctan2(x.astype(np.float64), y.astype(np.float64)).astype(np.float32))


# ---------------------------------------------------------------- compare

DIRECTIONS = {"EQ": lambda a, b: a == b, "NE": lambda a, b: a != b, "LT": lambda a, b: a < b,
              "LE": lambda a, b: a <= b, "GT": lambda a, b: a > b, "GE": lambda a, b: a >= b}


@pytest.mark.parametrize("direction", sorted(DIRECTIONS))
def test_compare_float_is_ieee(direction):
    values = [np.nan, -np.inf, -1.0, -0.0, 0.0, 2.0, np.inf]
    pairs = list(itertools.product(values, values))
    x = arr([a for a, _ in pairs], np.float32)
    y = arr([b for _, b in pairs], np.float32)
    expected = arr([DIRECTIONS[direction](a, b) for a, b in pairs], bool)
    text = binary("compare", "f32", (len(pairs),), f", direction={direction}", out="pred")
    assert_same(run(text, x, y), expected)
    text_typed = binary("compare", "f32", (len(pairs),),
                        f", direction={direction}, type=FLOAT", out="pred")
    assert_same(run(text_typed, x, y), expected)


@pytest.mark.parametrize("direction", sorted(DIRECTIONS))
@pytest.mark.parametrize("dtype", ["f32", "bf16", "f64"])
def test_compare_totalorder(direction, dtype):
    np_dtype = {"f32": np.float32, "bf16": BF16, "f64": np.float64}[dtype]
    # Ascending in the total order.
    ordered = [-np.nan, -np.inf, -2.0, -1.0, -0.0, 0.0, 1.0, 3.0, np.inf, np.nan]
    pairs = list(itertools.product(range(len(ordered)), repeat=2))
    x = arr([ordered[i] for i, _ in pairs], np_dtype)
    y = arr([ordered[j] for _, j in pairs], np_dtype)
    assert np.signbit(x[0].astype(np.float64))  # -nan really has its sign bit set
    expected = arr([DIRECTIONS[direction](i, j) for i, j in pairs], bool)
    text = binary("compare", dtype, (len(pairs),), f", direction={direction}, type=TOTALORDER",
                  out="pred")
    assert_same(run(text, x, y), expected)


@pytest.mark.parametrize("direction", sorted(DIRECTIONS))
def test_compare_signed_and_unsigned(direction):
    x = arr([-1, 0, 5, -128, 127], np.int8)
    y = arr([1, 0, -5, 127, -128], np.int8)
    n = len(x)
    signed = arr([DIRECTIONS[direction](int(a), int(b)) for a, b in zip(x, y)], bool)
    unsigned = arr([DIRECTIONS[direction](int(a) % 256, int(b) % 256) for a, b in zip(x, y)],
                   bool)
    assert_same(run(binary("compare", "s8", (n,), f", direction={direction}", "pred"), x, y),
                signed)
    assert_same(run(binary("compare", "s8", (n,), f", direction={direction}, type=SIGNED",
                           "pred"), x, y), signed)
    ux, uy = x.view(np.uint8), y.view(np.uint8)
    assert_same(run(binary("compare", "u8", (n,), f", direction={direction}", "pred"), ux, uy),
                unsigned)
    p = arr([0, 1, 1, 0, 1], bool)
    q = arr([1, 0, 1, 0, 1], bool)
    expected = arr([DIRECTIONS[direction](int(a), int(b)) for a, b in zip(p, q)], bool)
    assert_same(run(binary("compare", "pred", (n,), f", direction={direction}", "pred"), p, q),
                expected)


def test_compare_type_must_suit_the_element_type():
    # XLA's verifier rejects these, so hlox's does too (and the evaluator never sees them).
    for dtype, kind in [("s8", "UNSIGNED"), ("u8", "SIGNED"), ("f32", "SIGNED"),
                        ("s32", "FLOAT"), ("pred", "SIGNED")]:
        with pytest.raises(HloError, match="comparison type"):
            parse_module(binary("compare", dtype, (2,), f", direction=LT, type={kind}", "pred"))


# ---------------------------------------------------------------- select, clamp

def test_select_with_array_and_scalar_predicate():
    text = """HloModule m
ENTRY e {
  p = pred[4] parameter(0)
  x = s32[4] parameter(1)
  y = s32[4] parameter(2)
  ROOT r = s32[4] select(p, x, y)
}"""
    x, y = arr([1, 2, 3, 4], np.int32), arr([10, 20, 30, 40], np.int32)
    assert_same(run(text, arr([1, 0, 0, 1], bool), x, y), arr([1, 20, 30, 4], np.int32))
    scalar = text.replace("p = pred[4]", "p = pred[]")
    assert_same(run(scalar, np.array(False), x, y), y)
    assert_same(run(scalar, np.array(True), x, y), x)


def test_clamp_with_scalar_and_array_bounds():
    text = """HloModule m
ENTRY e {
  lo = f32[] parameter(0)
  x = f32[5] parameter(1)
  hi = f32[] parameter(2)
  ROOT r = f32[5] clamp(lo, x, hi)
}"""
    x = arr([-5.0, 0.5, 7.0, np.nan, 1.0], np.float32)
    assert_same(run(text, np.float32(0.0).reshape(()), x, np.array(1.0, np.float32)),
                arr([0.0, 0.5, 1.0, np.nan, 1.0], np.float32))
    arrays = """HloModule m
ENTRY e {
  lo = s32[3] parameter(0)
  x = s32[3] parameter(1)
  hi = s32[3] parameter(2)
  ROOT r = s32[3] clamp(lo, x, hi)
}"""
    assert_same(run(arrays, arr([0, 5, -3], np.int32), arr([-1, 9, 0], np.int32),
                    arr([2, 6, -2], np.int32)), arr([0, 6, -2], np.int32))


# ---------------------------------------------------------------- convert

def test_convert_float_to_int_saturates_and_maps_nan_to_zero():
    x = arr([np.nan, np.inf, -np.inf, 3e9, -3e9, 2.9, -2.9, 300.0, -1.0], np.float32)
    expected = {
        "s32": [0, 2**31 - 1, -2**31, 2**31 - 1, -2**31, 2, -2, 300, -1],
        "u8": [0, 255, 0, 255, 0, 2, 0, 255, 0],
        "u32": [0, 2**32 - 1, 0, 3000000000, 0, 2, 0, 300, 0],
        "s8": [0, 127, -128, 127, -128, 2, -2, 127, -1],
        "s64": [0, 2**63 - 1, -2**63, 3000000000, -3000000000, 2, -2, 300, -1],
        "u64": [0, 2**64 - 1, 0, 3000000000, 0, 2, 0, 300, 0],
    }
    for out, values in expected.items():
        result = run(unary("convert", "f32", (9,), out=out), x)
        assert_same(result, arr(values, INT_TYPES[out]))
    edge = arr([2.0**63, -2.0**63, 2.0**64, 1.8e19], np.float64)
    assert_same(run(unary("convert", "f64", out="s64"), edge),
                arr([2**63 - 1, -2**63, 2**63 - 1, 2**63 - 1], np.int64))
    assert_same(run(unary("convert", "f64", out="u64"), edge),
                arr([2**63, 0, 2**64 - 1, 18000000000000000000], np.uint64))


def test_convert_between_ints_wraps_and_to_pred_tests_nonzero():
    x = arr([300, -1, 128, 0], np.int32)
    assert_same(run(unary("convert", "s32", out="s8"), x), arr([44, -1, -128, 0], np.int8))
    assert_same(run(unary("convert", "s32", out="u16"), x), arr([300, 65535, 128, 0], np.uint16))
    assert_same(run(unary("convert", "s32", out="pred"), x), arr([1, 1, 1, 0], bool))
    f = arr([0.0, -0.0, np.nan, 0.5], np.float32)
    assert_same(run(unary("convert", "f32", out="pred"), f), arr([0, 0, 1, 1], bool))
    p = arr([1, 0, 1, 0], bool)
    assert_same(run(unary("convert", "pred", out="f32"), p), arr([1, 0, 1, 0], np.float32))
    assert_same(run(unary("convert", "pred", out="s64"), p), arr([1, 0, 1, 0], np.int64))


def test_convert_rounds_to_nearest_even():
    x = arr([16777217, 16777219, -16777217, 2**31 - 1], np.int32)
    assert_same(run(unary("convert", "s32", out="f32"), x),
                arr([16777216.0, 16777220.0, -16777216.0, 2147483648.0], np.float32))
    # bf16 has 8 significant bits: 257 is halfway between 256 and 258 -> 256 (even).
    y = arr([257, 259, 3, -257], np.int32)
    assert_same(run(unary("convert", "s32", out="bf16"), y),
                arr([256.0, 260.0, 3.0, -256.0], BF16))
    f = arr([1.0 + 2.0**-8, 1.0 + 3 * 2.0**-9, 65520.0, 1e-8], np.float32)
    assert_same(run(unary("convert", "f32", out="bf16"), f),
                arr([1.0, 1.0 + 2.0**-7, 65536.0, 1e-8], np.float32).astype(BF16))
    assert_same(run(unary("convert", "f32", out="f16"), f),
                arr([1.0 + 2.0**-8, 1.0 + 3 * 2.0**-9, np.inf, 1e-8], np.float16))
    h = arr([65504.0, -0.0, np.nan, 2.0**-24], np.float16)
    assert_same(run(unary("convert", "f16", out="f64"), h),
                arr([65504.0, -0.0, np.nan, 2.0**-24], np.float64))


# ---------------------------------------------------------------- bitcast-convert, bitcast

def test_bitcast_convert_same_width():
    x = arr([1.0, -0.0, np.inf, 0.1], np.float32)
    expected = arr([struct.unpack("<I", struct.pack("<f", v))[0] for v in x], np.uint32)
    assert_same(run(unary("bitcast-convert", "f32", out="u32"), x), expected)
    back = run(unary("bitcast-convert", "u32", out="f32"), expected)
    assert_same(back, x)
    b = arr([1.0, -2.0, 0.5, 3.0], BF16)
    assert_same(run(unary("bitcast-convert", "bf16", out="s16"), b),
                arr([0x3F80, -0x4000, 0x3F00, 0x4040], np.int16))


def test_bitcast_convert_changing_width_is_little_endian():
    text = """HloModule m
ENTRY e {
  x = f32[2] parameter(0)
  ROOT r = u8[2,4] bitcast-convert(x)
}"""
    x = arr([1.0, -2.5], np.float32)
    expected = arr([list(struct.pack("<f", v)) for v in x], np.uint8)
    assert_same(run(text, x), expected)
    back = """HloModule m
ENTRY e {
  x = u16[3,2] parameter(0)
  ROOT r = u32[3] bitcast-convert(x)
}"""
    words = arr([[1, 2], [0xFFFF, 0], [0x1234, 0xABCD]], np.uint16)
    assert_same(run(back, words), arr([0x00020001, 0x0000FFFF, 0xABCD1234], np.uint32))


def test_bitcast_reinterprets_the_buffer_in_the_layouts():
    x = np.arange(6, dtype=np.float32).reshape(2, 3)
    same = """HloModule m
ENTRY e {
  x = f32[2,3]{1,0} parameter(0)
  ROOT r = f32[3,2]{1,0} bitcast(x)
}"""
    assert_same(run(same, x), np.arange(6, dtype=np.float32).reshape(3, 2))
    # Column-major result of a row-major operand: the result's physical order is the
    # operand's buffer [0..5]; element (i, j) of f32[3,2]{0,1} sits at j*3 + i.
    transposed = same.replace("f32[3,2]{1,0}", "f32[3,2]{0,1}")
    assert_same(run(transposed, x), arr([[0, 3], [1, 4], [2, 5]], np.float32))
    operand_col = """HloModule m
ENTRY e {
  x = f32[2,3]{0,1} parameter(0)
  ROOT r = f32[6]{0} bitcast(x)
}"""
    # Column-major operand: memory holds x[0,0], x[1,0], x[0,1], ...
    assert_same(run(operand_col, x), arr([0, 3, 1, 4, 2, 5], np.float32))


def test_copy_and_opt_barrier():
    text = """HloModule m
ENTRY e {
  x = s32[3] parameter(0)
  c = s32[3] copy(x)
  t = (s32[3], s32[3]) tuple(x, c)
  b = (s32[3], s32[3]) opt-barrier(t)
  ROOT r = s32[3] get-tuple-element(b), index=1
}"""
    x = arr([1, 2, 3], np.int32)
    assert_same(run(text, x), x)


# ---------------------------------------------------------------- data movement

def test_broadcast_with_size_one_dims_and_scalars():
    text = """HloModule m
ENTRY e {
  x = f32[3,1] parameter(0)
  ROOT r = f32[2,3,4] broadcast(x), dimensions={1,2}
}"""
    x = arr([[1.0], [2.0], [3.0]], np.float32)
    expected = np.empty((2, 3, 4), np.float32)
    for i, j, k in np.ndindex(2, 3, 4):
        expected[i, j, k] = x[j, 0]
    assert_same(run(text, x), expected)
    scalar = """HloModule m
ENTRY e {
  x = s8[] parameter(0)
  ROOT r = s8[2,2] broadcast(x), dimensions={}
}"""
    assert_same(run(scalar, np.array(-3, np.int8)), np.full((2, 2), -3, np.int8))
    middle = """HloModule m
ENTRY e {
  x = s32[3] parameter(0)
  ROOT r = s32[2,3,2] broadcast(x), dimensions={1}
}"""
    v = arr([7, 8, 9], np.int32)
    assert_same(run(middle, v), np.broadcast_to(v[None, :, None], (2, 3, 2)))


def test_reshape_transpose_reverse():
    x = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
    reshape = """HloModule m
ENTRY e {
  x = s32[2,3,4] parameter(0)
  ROOT r = s32[4,6] reshape(x)
}"""
    assert_same(run(reshape, x), x.reshape(4, 6))
    transpose = """HloModule m
ENTRY e {
  x = s32[2,3,4] parameter(0)
  ROOT r = s32[4,2,3] transpose(x), dimensions={2,0,1}
}"""
    expected = np.empty((4, 2, 3), np.int32)
    for i, j, k in np.ndindex(2, 3, 4):
        expected[k, i, j] = x[i, j, k]
    assert_same(run(transpose, x), expected)
    reverse = """HloModule m
ENTRY e {
  x = s32[2,3,4] parameter(0)
  ROOT r = s32[2,3,4] reverse(x), dimensions={0,2}
}"""
    assert_same(run(reverse, x), x[::-1, :, ::-1])


def test_slice_with_strides():
    text = """HloModule m
ENTRY e {
  x = s32[5,7] parameter(0)
  ROOT r = s32[2,3] slice(x), slice={[1:5:2], [0:7:3]}
}"""
    x = np.arange(35, dtype=np.int32).reshape(5, 7)
    assert_same(run(text, x), arr([[7, 10, 13], [21, 24, 27]], np.int32))


DS_TEXT = """HloModule m
ENTRY e {
  x = s32[4,5] parameter(0)
  i = s32[] parameter(1)
  j = s32[] parameter(2)
  ROOT r = s32[2,3] dynamic-slice(x, i, j), dynamic_slice_sizes={2,3}
}"""


@pytest.mark.parametrize("i,j,ci,cj", [(1, 1, 1, 1), (-5, 0, 0, 0), (3, 4, 2, 2),
                                       (100, -1, 2, 0), (2, 2, 2, 2)])
def test_dynamic_slice_clamps_start_indices(i, j, ci, cj):
    x = np.arange(20, dtype=np.int32).reshape(4, 5)
    result = run(DS_TEXT, x, np.array(i, np.int32), np.array(j, np.int32))
    assert_same(result, x[ci:ci + 2, cj:cj + 3])


def test_dynamic_slice_index_vector_form_and_unsigned_indices():
    vector = """HloModule m
ENTRY e {
  x = s32[4,5] parameter(0)
  v = s32[2] parameter(1)
  ROOT r = s32[2,3] dynamic-slice(x, v), dynamic_slice_sizes={2,3}
}"""
    x = np.arange(20, dtype=np.int32).reshape(4, 5)
    assert_same(run(vector, x, arr([3, 1], np.int32)), x[2:4, 1:4])
    unsigned = DS_TEXT.replace("s32[] parameter", "u8[] parameter")
    assert_same(run(unsigned, x, np.array(255, np.uint8), np.array(1, np.uint8)), x[2:4, 1:4])


def test_dynamic_update_slice_clamps():
    text = """HloModule m
ENTRY e {
  x = f32[4,4] parameter(0)
  u = f32[2,3] parameter(1)
  i = s64[] parameter(2)
  j = s64[] parameter(3)
  ROOT r = f32[4,4] dynamic-update-slice(x, u, i, j)
}"""
    x = np.zeros((4, 4), np.float32)
    u = np.arange(1, 7, dtype=np.float32).reshape(2, 3)
    for i, j, ci, cj in [(0, 0, 0, 0), (3, 3, 2, 1), (-2, 1, 0, 1)]:
        expected = x.copy()
        expected[ci:ci + 2, cj:cj + 3] = u
        result = run(text, x, u, np.array(i, np.int64), np.array(j, np.int64))
        assert_same(result, expected)
    assert not x.any()  # the operand is not modified


def test_dynamic_update_slice_index_vector_form():
    text = """HloModule m
ENTRY e {
  x = s32[3,4] parameter(0)
  u = s32[2,2] parameter(1)
  v = s32[2] parameter(2)
  ROOT r = s32[3,4] dynamic-update-slice(x, u, v)
}"""
    x = np.zeros((3, 4), np.int32)
    u = arr([[1, 2], [3, 4]], np.int32)
    expected = x.copy()
    expected[1:3, 2:4] = u  # (5, 3) clamps to (1, 2)
    assert_same(run(text, x, u, arr([5, 3], np.int32)), expected)


def test_concatenate():
    text = """HloModule m
ENTRY e {
  a = s32[2,1] parameter(0)
  b = s32[2,3] parameter(1)
  c = s32[2,0] parameter(2)
  ROOT r = s32[2,4] concatenate(a, b, c), dimensions={1}
}"""
    a = arr([[1], [2]], np.int32)
    b = arr([[3, 4, 5], [6, 7, 8]], np.int32)
    c = np.zeros((2, 0), np.int32)
    assert_same(run(text, a, b, c), arr([[1, 3, 4, 5], [2, 6, 7, 8]], np.int32))


def reference_pad(x, value, padding):
    """Pad by the definition: element i of dim d lands at low + i * (interior + 1)."""
    out_dims = [lo + hi + n + max(n - 1, 0) * it for n, (lo, hi, it) in zip(x.shape, padding)]
    out = np.full(out_dims, value, x.dtype)
    for index in np.ndindex(*x.shape):
        target = [lo + i * (it + 1) for i, (lo, hi, it) in zip(index, padding)]
        if all(0 <= t < n for t, n in zip(target, out_dims)):
            out[tuple(target)] = x[index]
    return out


@pytest.mark.parametrize("padding", [
    [(1, 2, 0), (0, 1, 1)], [(-1, 0, 0), (2, -2, 2)], [(-2, -1, 1), (0, 0, 0)],
    [(0, 0, 3), (-3, 1, 1)], [(-4, 1, 1), (-3, 0, 0)],
])
def test_pad_with_negative_and_interior_padding(padding):
    x = np.arange(1, 13, dtype=np.float32).reshape(3, 4)
    expected = reference_pad(x, np.float32(-1), padding)
    spec = "x".join(f"{lo}_{hi}_{it}" for lo, hi, it in padding)
    text = f"""HloModule m
ENTRY e {{
  x = f32[3,4] parameter(0)
  v = f32[] constant(-1)
  ROOT r = f32[{dims_text(expected.shape)}] pad(x, v), padding={spec}
}}"""
    assert_same(run(text, x), expected)


def test_iota():
    text = """HloModule m
ENTRY e {
  ROOT r = f32[2,3] iota(), iota_dimension=1
}"""
    assert_same(run(text), arr([[0, 1, 2], [0, 1, 2]], np.float32))
    text = """HloModule m
ENTRY e {
  ROOT r = u8[3,2] iota(), iota_dimension=0
}"""
    assert_same(run(text), arr([[0, 0], [1, 1], [2, 2]], np.uint8))
    text = """HloModule m
ENTRY e {
  ROOT r = bf16[300] iota(), iota_dimension=0
}"""
    assert_same(run(text), np.arange(300, dtype=np.float64).astype(BF16))


# ---------------------------------------------------------------- gather

def reference_gather(operand, indices, offset_dims, collapsed, start_index_map, ivd,
                     slice_sizes, operand_batching=(), indices_batching=()):
    """Gather by the operation semantics document, one output element at a time."""
    if ivd == indices.ndim:
        indices = indices[..., None]
    batch_dims_of_indices = [d for d in range(indices.ndim) if d != ivd]
    dropped = set(collapsed) | set(operand_batching)
    offset_operand_dims = [d for d in range(operand.ndim) if d not in dropped]
    batch_shape = [indices.shape[d] for d in batch_dims_of_indices]
    out_rank = len(batch_shape) + len(offset_operand_dims)
    out_shape, bi, oi = [], iter(batch_shape), iter(offset_operand_dims)
    for i in range(out_rank):
        out_shape.append(slice_sizes[next(oi)] if i in offset_dims else next(bi))
    out = np.zeros(out_shape, operand.dtype)
    for out_index in np.ndindex(*out_shape):
        batch = [out_index[i] for i in range(out_rank) if i not in offset_dims]
        offsets = [out_index[i] for i in offset_dims]
        index_position = list(batch)
        index_position.insert(ivd, slice(None))
        vector = indices[tuple(index_position)]
        start = [0] * operand.ndim
        for k, d in enumerate(start_index_map):
            start[d] = int(vector[k])
        for od, idim in zip(operand_batching, indices_batching):
            start[od] = batch[batch_dims_of_indices.index(idim)]
        for d in range(operand.ndim):
            start[d] = min(max(start[d], 0), operand.shape[d] - slice_sizes[d])
        full = list(start)
        for o, d in zip(offsets, offset_operand_dims):
            full[d] += o
        out[out_index] = operand[tuple(full)]
    return out


def gather_text(operand, indices, out_shape, offset_dims, collapsed, start_index_map, ivd,
                slice_sizes, operand_batching=(), indices_batching=()):
    def ints(v):
        return "{" + ",".join(map(str, v)) + "}"
    extra = ""
    if operand_batching:
        extra = (f", operand_batching_dims={ints(operand_batching)}, "
                 f"start_indices_batching_dims={ints(indices_batching)}")
    return f"""HloModule m
ENTRY e {{
  x = f32[{dims_text(operand.shape)}] parameter(0)
  i = s32[{dims_text(indices.shape)}] parameter(1)
  ROOT r = f32[{dims_text(out_shape)}] gather(x, i), offset_dims={ints(offset_dims)}, \
collapsed_slice_dims={ints(collapsed)}, start_index_map={ints(start_index_map)}, \
index_vector_dim={ivd}, slice_sizes={ints(slice_sizes)}{extra}
}}"""


GATHER_CASES = [
    # take rows: operand [5,3], indices [4] (ivd == rank), rows of 3
    dict(operand=(5, 3), indices=np.array([4, 0, 2, 9]), offset_dims=(1,), collapsed=(0,),
         start_index_map=(0,), ivd=1, slice_sizes=(1, 3)),
    # point gather with the index vector in dimension 0 and negative / big indices
    dict(operand=(4, 6), indices=np.array([[0, 3, -1, 2], [5, 0, 2, 9]]), offset_dims=(),
         collapsed=(0, 1), start_index_map=(0, 1), ivd=0, slice_sizes=(1, 1)),
    # windows of 2x2 with start_index_map reversed and offset dims first
    dict(operand=(4, 5), indices=np.array([[1, 3], [4, 0], [0, 2]]), offset_dims=(0, 1),
         collapsed=(), start_index_map=(1, 0), ivd=1, slice_sizes=(2, 2)),
    # batching dims: take_along_axis per batch row
    dict(operand=(3, 5), indices=np.array([[[4], [0]], [[1], [1]], [[2], [3]]]),
         offset_dims=(), collapsed=(1,), start_index_map=(1,), ivd=2, slice_sizes=(1, 1),
         operand_batching=(0,), indices_batching=(0,)),
    # batching dim in the middle of the indices, index vector first
    dict(operand=(2, 4, 3), indices=np.array([[[0, 3], [2, 1]]]), offset_dims=(2,),
         collapsed=(1,), start_index_map=(1,), ivd=0, slice_sizes=(1, 1, 2),
         operand_batching=(0,), indices_batching=(1,)),
    # scalar indices, whole-operand slice (empty batch)
    dict(operand=(3, 4), indices=np.array(1), offset_dims=(0, 1), collapsed=(), ivd=0,
         start_index_map=(0,), slice_sizes=(2, 4)),
]


@pytest.mark.parametrize("case", range(len(GATHER_CASES)))
def test_gather_against_the_definition(case):
    c = dict(GATHER_CASES[case])
    operand = np.arange(np.prod(c.pop("operand")), dtype=np.float32)
    operand = operand.reshape(GATHER_CASES[case]["operand"])
    indices = c.pop("indices").astype(np.int32)
    expected = reference_gather(operand, indices, **c)
    text = gather_text(operand, indices, expected.shape, **c)
    assert_same(run(text, operand, indices), expected)


def test_gather_clamps_huge_unsigned_indices():
    x = np.arange(10, dtype=np.float32).reshape(5, 2)
    idx = arr([2**64 - 1, 1, 2**63], np.uint64)
    text = gather_text(x, idx, (3, 2), (1,), (0,), (0,), 1, (1, 2)).replace("s32[", "u64[")
    assert_same(run(text, x, idx), x[[4, 1, 4]])


def test_gather_is_numpy_take():
    x = np.arange(30, dtype=np.float32).reshape(10, 3)
    idx = arr([[1, 9], [0, 0]], np.int32)
    text = gather_text(x, idx, (2, 2, 3), (2,), (0,), (0,), 2, (1, 3))
    assert_same(run(text, x, idx), np.take(x, idx, axis=0))


# ---------------------------------------------------------------- scatter

ADD_F32 = """add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}
"""
SET_F32 = """set {
  a = f32[] parameter(0)
  ROOT b = f32[] parameter(1)
}
"""


def scatter_text(operand_shape, indices_shape, updates_shape, update_window_dims, inserted,
                 to_operand, ivd, combiner="add", computations=ADD_F32, extra=""):
    def ints(v):
        return "{" + ",".join(map(str, v)) + "}"
    return f"""HloModule m
{computations}
ENTRY e {{
  x = f32[{dims_text(operand_shape)}] parameter(0)
  i = s32[{dims_text(indices_shape)}] parameter(1)
  u = f32[{dims_text(updates_shape)}] parameter(2)
  ROOT r = f32[{dims_text(operand_shape)}] scatter(x, i, u), \
update_window_dims={ints(update_window_dims)}, inserted_window_dims={ints(inserted)}, \
scatter_dims_to_operand_dims={ints(to_operand)}, index_vector_dim={ivd}, \
to_apply={combiner}{extra}
}}"""


def random_scatter_case(rng):
    """Random scatter dimension numbers, shapes and indices (some windows out of bounds)."""
    rank = int(rng.integers(1, 4))
    dims = [int(rng.integers(1, 5)) for _ in range(rank)]
    count = int(rng.integers(1, rank + 1))
    to_operand = [int(d) for d in rng.permutation(rank)[:count]]
    inserted = sorted(d for d in range(rank) if rng.random() < 0.4)
    window_sizes = [int(rng.integers(1, dims[d] + 1)) for d in range(rank) if d not in inserted]
    batch = [int(rng.integers(1, 4)) for _ in range(int(rng.integers(0, 3)))]
    if count == 1 and rng.random() < 0.3:
        ivd, index_shape = len(batch), batch
    else:
        ivd = int(rng.integers(0, len(batch) + 1))
        index_shape = batch[:ivd] + [count] + batch[ivd:]
    update_rank = len(batch) + len(window_sizes)
    window_axes = sorted(int(a) for a in rng.choice(update_rank, len(window_sizes), False))
    sizes, batches = iter(window_sizes), iter(batch)
    update_shape = [next(sizes) if a in window_axes else next(batches) for a in range(update_rank)]
    indices = rng.integers(-1, max(dims) + 1, index_shape).astype(np.int32)
    return dims, indices, update_shape, window_axes, inserted, to_operand, ivd


def reference_scatter_add(x, indices, updates, window_axes, inserted, to_operand, ivd):
    """Scatter-add by the definition; a window not entirely in bounds is skipped."""
    out = x.copy()
    if ivd == indices.ndim:
        indices = indices[..., None]
    window_operand_dims = [d for d in range(x.ndim) if d not in inserted]
    window_size = [1] * x.ndim
    for axis, d in zip(window_axes, window_operand_dims):
        window_size[d] = updates.shape[axis]
    for u in np.ndindex(*updates.shape):
        scatter = [u[a] for a in range(updates.ndim) if a not in window_axes]
        position = list(scatter)
        position.insert(ivd, slice(None))
        vector = indices[tuple(position)]
        start = [0] * x.ndim
        for k, d in enumerate(to_operand):
            start[d] = int(vector[k])
        if any(s < 0 or s + w > n for s, w, n in zip(start, window_size, x.shape)):
            continue
        target = list(start)
        for axis, d in zip(window_axes, window_operand_dims):
            target[d] += u[axis]
        out[tuple(target)] += updates[u]
    return out


@pytest.mark.parametrize("seed", range(25))
def test_random_scatter_add_against_the_definition(seed):
    rng = np.random.default_rng(seed)
    dims, indices, update_shape, window_axes, inserted, to_operand, ivd = random_scatter_case(rng)
    x = rng.integers(-9, 9, dims).astype(np.float32)
    updates = rng.integers(1, 9, update_shape).astype(np.float32)
    expected = reference_scatter_add(x, indices, updates, window_axes, inserted, to_operand, ivd)
    text = scatter_text(dims, indices.shape, update_shape, window_axes, inserted, to_operand, ivd)
    assert_same(run(text, x, indices, updates), expected)


@pytest.mark.parametrize("seed", range(25))
def test_random_gather_against_the_definition(seed):
    rng = np.random.default_rng(100 + seed)
    rank = int(rng.integers(1, 4))
    dims = [int(rng.integers(1, 5)) for _ in range(rank)]
    count = int(rng.integers(1, rank + 1))
    start_index_map = [int(d) for d in rng.permutation(rank)[:count]]
    sizes = [int(rng.integers(0 if rng.random() < 0.1 else 1, d + 1)) for d in dims]
    collapsed = sorted(d for d in range(rank) if sizes[d] == 1 and rng.random() < 0.6)
    batch = [int(rng.integers(1, 4)) for _ in range(int(rng.integers(0, 3)))]
    if count == 1 and rng.random() < 0.3:
        ivd, index_shape = len(batch), batch
    else:
        ivd = int(rng.integers(0, len(batch) + 1))
        index_shape = batch[:ivd] + [count] + batch[ivd:]
    offsets = rank - len(collapsed)
    offset_dims = sorted(int(a) for a in rng.choice(len(batch) + offsets, offsets, False))
    x = rng.integers(-9, 9, dims).astype(np.float32)
    indices = rng.integers(-2, max(dims) + 2, index_shape).astype(np.int32)
    c = dict(offset_dims=offset_dims, collapsed=collapsed, start_index_map=start_index_map,
             ivd=ivd, slice_sizes=sizes)
    expected = reference_gather(x, indices, **c)
    assert_same(run(gather_text(x, indices, expected.shape, **c), x, indices), expected)


def test_scatter_add_with_duplicates_is_np_add_at():
    x = np.zeros(6, np.float32)
    idx = arr([1, 3, 1, 5, 1], np.int32)
    upd = arr([1.0, 2.0, 3.0, 4.0, 5.0], np.float32)
    expected = x.copy()
    np.add.at(expected, idx, upd)
    text = scatter_text((6,), (5,), (5,), (), (0,), (0,), 1)
    assert_same(run(text, x, idx, upd), expected)


def test_scatter_applies_updates_in_order():
    x = np.zeros(4, np.float32)
    idx = arr([2, 0, 2, 2], np.int32)
    upd = arr([1.0, 2.0, 3.0, 4.0], np.float32)
    text = scatter_text((4,), (4,), (4,), (), (0,), (0,), 1, "set", SET_F32)
    assert_same(run(text, x, idx, upd), arr([2.0, 0.0, 4.0, 0.0], np.float32))


def test_scatter_skips_windows_out_of_bounds():
    x = np.zeros((4, 3), np.float32)
    # Row windows of width 2 at (row, col) starts; (3, 2) would cross the edge.
    idx = arr([[0, 0], [3, 2], [-1, 0], [2, 1], [4, 0]], np.int32)
    upd = np.arange(1, 11, dtype=np.float32).reshape(5, 2)
    expected = x.copy()
    expected[0, 0:2] += upd[0]
    expected[2, 1:3] += upd[3]
    text = scatter_text((4, 3), (5, 2), (5, 2), (1,), (0,), (0, 1), 1)
    assert_same(run(text, x, idx, upd), expected)


def test_scatter_2d_windows_with_index_vector_first():
    x = np.ones((3, 4), np.float32)
    idx = arr([[0, 1], [2, 0]], np.int32)  # index vectors are columns: (0,2) and (1,0)
    upd = np.arange(8, dtype=np.float32).reshape(2, 2, 2)  # [window0, window1, scatter]
    expected = x.copy()
    for s, (r, c) in enumerate([(0, 2), (1, 0)]):
        expected[r:r + 2, c:c + 2] += upd[:, :, s]
    text = scatter_text((3, 4), (2, 2), (2, 2, 2), (0, 1), (), (0, 1), 0)
    assert_same(run(text, x, idx, upd), expected)


def test_scatter_with_batching_dims():
    x = np.zeros((2, 5), np.float32)
    idx = arr([[1, 1], [4, 0]], np.int32)  # [batch, k]
    upd = arr([[1.0, 2.0], [3.0, 4.0]], np.float32)
    expected = x.copy()
    for b in range(2):
        for k in range(2):
            expected[b, idx[b, k]] += upd[b, k]
    text = scatter_text((2, 5), (2, 2), (2, 2), (), (1,), (1,), 2,
                        extra=", input_batching_dims={0}, scatter_indices_batching_dims={0}")
    assert_same(run(text, x, idx, upd), expected)


def test_variadic_scatter():
    text = """HloModule m
minmax {
  a = f32[] parameter(0)
  b = s32[] parameter(1)
  c = f32[] parameter(2)
  d = s32[] parameter(3)
  mx = f32[] maximum(a, c)
  mn = s32[] minimum(b, d)
  ROOT t = (f32[], s32[]) tuple(mx, mn)
}
ENTRY e {
  x = f32[3] parameter(0)
  y = s32[3] parameter(1)
  i = s32[4,1] parameter(2)
  u = f32[4] parameter(3)
  v = s32[4] parameter(4)
  ROOT r = (f32[3], s32[3]) scatter(x, y, i, u, v), update_window_dims={}, \
inserted_window_dims={0}, scatter_dims_to_operand_dims={0}, index_vector_dim=1, to_apply=minmax
}"""
    x = arr([0.0, 0.0, 0.0], np.float32)
    y = arr([10, 10, 10], np.int32)
    i = arr([[0], [2], [0], [1]], np.int32)
    u = arr([5.0, -1.0, 7.0, 2.0], np.float32)
    v = arr([3, 20, 4, -5], np.int32)
    fx, fy = run(text, x, y, i, u, v)
    assert_same(fx, arr([7.0, 2.0, 0.0], np.float32))
    assert_same(fy, arr([3, -5, 10], np.int32))


# ---------------------------------------------------------------- reduce

def reduce_text(shape, dims, init, dtype="f32", reducer="add", computations=ADD_F32):
    kept = [d for i, d in enumerate(shape) if i not in dims]
    return f"""HloModule m
{computations}
ENTRY e {{
  x = {dtype}[{dims_text(shape)}] parameter(0)
  z = {dtype}[] constant({init})
  ROOT r = {dtype}[{dims_text(kept)}] reduce(x, z), dimensions={{{",".join(map(str, dims))}}}, \
to_apply={reducer}
}}"""


@pytest.mark.parametrize("dims", [(0,), (1,), (2,), (0, 2), (0, 1, 2), ()])
def test_reduce_sum_over_dims(dims):
    x = np.random.default_rng(0).standard_normal((3, 5, 7)).astype(np.float32)
    expected = x.astype(np.float64).sum(axis=dims) if dims else x.astype(np.float64)
    result = run(reduce_text(x.shape, dims, 0), x)
    np.testing.assert_allclose(result, expected, rtol=1e-5, atol=1e-5)
    assert result.dtype == np.float32 and result.shape == np.shape(expected)


def test_reduce_over_no_dims_is_elementwise():
    # The init value must be the reducer's identity (XLA may use it any number of times).
    x = arr([1.0, -2.0], np.float32)
    assert_same(run(reduce_text((2,), (), 0), x), x)
    max_f32 = ADD_F32.replace("add(a, b)", "maximum(a, b)")
    assert_same(run(reduce_text((2,), (), "-inf", reducer="add", computations=max_f32), x), x)


def test_reduce_of_empty_dims_gives_the_init():
    x = np.zeros((0, 3), np.float32)
    assert_same(run(reduce_text((0, 3), (0,), 2.5), x), arr([2.5, 2.5, 2.5], np.float32))
    y = np.zeros((4, 0), np.float32)
    assert_same(run(reduce_text((4, 0), (1,), -1), y), np.full(4, -1.0, np.float32))


MAX_S32 = """max {
  a = s32[] parameter(0)
  b = s32[] parameter(1)
  ROOT m = s32[] maximum(a, b)
}
"""


def test_reduce_integer_max_and_wrapping_sum():
    x = arr([[3, -7, 100], [2**31 - 1, 1, 0]], np.int32)
    assert_same(run(reduce_text((2, 3), (1,), -2147483648, "s32", "max", MAX_S32), x),
                arr([100, 2**31 - 1], np.int32))
    add_s8 = ADD_F32.replace("f32", "s8")
    y = arr([100, 100, 100, -50], np.int8)
    assert_same(run(reduce_text((4,), (0,), 0, "s8", "add", add_s8), y),
                np.array((100 + 100 + 100 - 50 + 128) % 256 - 128, np.int8))


ARGMAX = """argmax {
  av = f32[] parameter(0)
  ai = s32[] parameter(1)
  bv = f32[] parameter(2)
  bi = s32[] parameter(3)
  gt = pred[] compare(av, bv), direction=GT
  eq = pred[] compare(av, bv), direction=EQ
  lt = pred[] compare(ai, bi), direction=LT
  tie = pred[] and(eq, lt)
  keep = pred[] or(gt, tie)
  v = f32[] select(keep, av, bv)
  i = s32[] select(keep, ai, bi)
  ROOT t = (f32[], s32[]) tuple(v, i)
}
"""


def test_variadic_reduce_argmax():
    text = f"""HloModule m
{ARGMAX}
ENTRY e {{
  x = f32[4,6] parameter(0)
  i = s32[4,6] iota(), iota_dimension=1
  ninf = f32[] constant(-inf)
  zero = s32[] constant(0)
  ROOT r = (f32[4], s32[4]) reduce(x, i, ninf, zero), dimensions={{1}}, to_apply=argmax
}}"""
    x = np.random.default_rng(1).integers(0, 4, (4, 6)).astype(np.float32)
    values, index = run(text, x)
    assert_same(values, x.max(axis=1))
    assert_same(index, np.argmax(x, axis=1).astype(np.int32))  # first maximum on ties


NONLIFTABLE_ADD = """inner {
  p = f32[1] parameter(0)
  ROOT q = f32[] reshape(p)
}
add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  s = f32[] add(a, b)
  r = f32[1] reshape(s)
  ROOT c = f32[] call(r), to_apply=inner
}
"""


def test_reduce_with_a_non_elementwise_reducer_falls_back_to_scalars():
    x = np.arange(12, dtype=np.float32).reshape(3, 4)
    result = run(reduce_text((3, 4), (1,), 1, computations=NONLIFTABLE_ADD), x)
    assert_same(result, x.sum(axis=1) + 1)


# ---------------------------------------------------------------- reduce-window

def reference_reduce_window(x, init, fn, sizes, strides, pads, base, dil):
    """Fold each window from init over the operand elements it covers; padding and
    base-dilation holes are skipped (XLA:CPU's and XLA's HloEvaluator's semantics)."""
    padded = reference_pad(x.astype(object), None,
                           [(lo, hi, b - 1) for (lo, hi), b in zip(pads, base)])
    out_dims = [max((p - ((w - 1) * d + 1)) // s + 1, 0)
                for p, w, s, d in zip(padded.shape, sizes, strides, dil)]
    out = np.empty(out_dims, x.dtype)
    for o in np.ndindex(*out_dims):
        acc = init
        for k in np.ndindex(*sizes):
            value = padded[tuple(oi * s + ki * d for oi, ki, s, d in zip(o, k, strides, dil))]
            if value is not None:
                acc = fn(acc, value)
        out[o] = acc
    return out


@pytest.mark.parametrize("sizes,strides,pads,base,dil", [
    ((2, 2), (2, 2), ((0, 0), (0, 0)), (1, 1), (1, 1)),
    ((3, 2), (1, 2), ((1, 1), (0, 1)), (1, 1), (1, 1)),
    ((2, 2), (1, 1), ((0, 0), (1, 0)), (2, 1), (1, 2)),
    ((3, 1), (2, 1), ((2, 0), (0, 0)), (1, 3), (2, 1)),
])
def test_reduce_window_max(sizes, strides, pads, base, dil):
    x = np.random.default_rng(2).standard_normal((5, 6)).astype(np.float32)
    init = np.float32(-np.inf)
    expected = reference_reduce_window(x, init, max, sizes, strides, pads, base, dil)
    window = (f"size={'x'.join(map(str, sizes))} stride={'x'.join(map(str, strides))} "
              f"pad={'x'.join(f'{lo}_{hi}' for lo, hi in pads)} "
              f"lhs_dilate={'x'.join(map(str, base))} rhs_dilate={'x'.join(map(str, dil))}")
    text = f"""HloModule m
max {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT m = f32[] maximum(a, b)
}}
ENTRY e {{
  x = f32[5,6] parameter(0)
  z = f32[] constant(-inf)
  ROOT r = f32[{dims_text(expected.shape)}] reduce-window(x, z), window={{{window}}}, \
to_apply=max
}}"""
    assert_same(run(text, x), expected)


def test_reduce_window_sum_skips_padding():
    x = np.arange(1, 6, dtype=np.float32)
    text = f"""HloModule m
{ADD_F32}
ENTRY e {{
  x = f32[5] parameter(0)
  z = f32[] constant(10)
  ROOT r = f32[3] reduce-window(x, z), window={{size=3 stride=2 pad=2_1}}, to_apply=add
}}"""
    # padded: [-, -, 1, 2, 3, 4, 5, -]; windows start at 0, 2 and 4; each sum starts
    # from the init once, padding contributes nothing.
    expected = reference_reduce_window(x, np.float32(10), lambda a, b: a + b, (3,), (2,),
                                       ((2, 1),), (1,), (1,))
    assert_same(run(text, x), expected)
    assert_same(expected, arr([10 + 1, 10 + 1 + 2 + 3, 10 + 3 + 4 + 5], np.float32))
    dilated = text.replace("window={size=3 stride=2 pad=2_1}", "window={size=2 lhs_dilate=2}")
    dilated = dilated.replace("f32[3] reduce-window", "f32[8] reduce-window")
    # base-dilated: [1, -, 2, -, 3, -, 4, -, 5]; every window of 2 covers one element
    assert_same(run(dilated, x), arr([11, 12, 12, 13, 13, 14, 14, 15], np.float32))


def test_variadic_reduce_window_argmax():
    text = f"""HloModule m
{ARGMAX}
ENTRY e {{
  x = f32[6] parameter(0)
  i = s32[6] iota(), iota_dimension=0
  ninf = f32[] constant(-inf)
  zero = s32[] constant(0)
  ROOT r = (f32[3], s32[3]) reduce-window(x, i, ninf, zero), window={{size=2 stride=2}}, \
to_apply=argmax
}}"""
    x = arr([1.0, 3.0, 2.0, 2.0, -1.0, 0.0], np.float32)
    values, index = run(text, x)
    assert_same(values, arr([3.0, 2.0, 0.0], np.float32))
    assert_same(index, arr([1, 2, 5], np.int32))


# ---------------------------------------------------------------- select-and-scatter

def test_select_and_scatter_is_max_pool_gradient():
    text = f"""HloModule m
{ADD_F32}
ge {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT c = pred[] compare(a, b), direction=GE
}}
ENTRY e {{
  x = f32[4,6] parameter(0)
  s = f32[2,2] parameter(1)
  z = f32[] constant(0)
  ROOT r = f32[4,6] select-and-scatter(x, s, z), window={{size=2x3 stride=2x3}}, \
select=ge, scatter=add
}}"""
    x = np.random.default_rng(3).permutation(24).astype(np.float32).reshape(4, 6)
    s = arr([[1.0, 2.0], [3.0, 4.0]], np.float32)
    expected = np.zeros_like(x)
    for i, j in np.ndindex(2, 2):
        window = x[2 * i:2 * i + 2, 3 * j:3 * j + 3]
        r, c = np.unravel_index(np.argmax(window), window.shape)
        expected[2 * i + r, 3 * j + c] += s[i, j]
    assert_same(run(text, x, s), expected)


def test_select_and_scatter_overlapping_windows_and_padding():
    text = f"""HloModule m
{ADD_F32}
ge {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT c = pred[] compare(a, b), direction=GE
}}
ENTRY e {{
  x = f32[5] parameter(0)
  s = f32[3] parameter(1)
  z = f32[] constant(0)
  ROOT r = f32[5] select-and-scatter(x, s, z), window={{size=3 stride=2 pad=1_1}}, \
select=ge, scatter=add
}}"""
    x = arr([1.0, 5.0, 5.0, 2.0, 7.0], np.float32)
    s = arr([10.0, 20.0, 30.0], np.float32)
    # windows (padded positions skipped): [-,1,5] -> 1; [5,5,2] -> 1 (first of ties
    # kept by GE); [2,7,-] -> 4
    assert_same(run(text, x, s), arr([0.0, 30.0, 0.0, 0.0, 30.0], np.float32))


# ---------------------------------------------------------------- dot

def dot_text(lhs_shape, rhs_shape, out_shape, lb, lc, rb, rc, dtype="f32", out=None):
    def ints(v):
        return "{" + ",".join(map(str, v)) + "}"
    return f"""HloModule m
ENTRY e {{
  a = {dtype}[{dims_text(lhs_shape)}] parameter(0)
  b = {dtype}[{dims_text(rhs_shape)}] parameter(1)
  ROOT r = {out or dtype}[{dims_text(out_shape)}] dot(a, b), lhs_batch_dims={ints(lb)}, \
lhs_contracting_dims={ints(lc)}, rhs_batch_dims={ints(rb)}, rhs_contracting_dims={ints(rc)}
}}"""


@pytest.mark.parametrize("lhs_shape,rhs_shape,lb,lc,rb,rc,spec", [
    ((3, 4), (4, 5), (), (1,), (), (0,), "mk,kn->mn"),
    ((4, 3), (5, 4), (), (0,), (), (1,), "km,nk->mn"),
    ((2, 3, 4), (2, 4, 5), (0,), (2,), (0,), (1,), "bmk,bkn->bmn"),
    ((3, 2, 4), (4, 5, 2), (1,), (2,), (2,), (0,), "mbk,knb->bmn"),
    ((2, 3, 4, 6), (4, 6, 2), (0,), (2, 3), (2,), (0, 1), "bmkl,klb->bm"),
    ((3,), (3,), (), (0,), (), (0,), "k,k->"),
    ((2, 3), (4,), (), (), (), (), "mn,k->mnk"),
])
def test_dot_general_against_einsum(lhs_shape, rhs_shape, lb, lc, rb, rc, spec):
    rng = np.random.default_rng(4)
    a = rng.standard_normal(lhs_shape).astype(np.float32)
    b = rng.standard_normal(rhs_shape).astype(np.float32)
    expected = np.einsum(spec, a.astype(np.float64), b.astype(np.float64))
    text = dot_text(lhs_shape, rhs_shape, expected.shape, lb, lc, rb, rc)
    result = run(text, a, b)
    assert result.dtype == np.float32 and result.shape == expected.shape
    np.testing.assert_allclose(result, expected, rtol=1e-5, atol=1e-5)


def test_dot_integer_wraps_and_preferred_element_type():
    a = arr([[100, 100], [-128, 1]], np.int8)
    b = arr([[100], [100]], np.int8)
    wide = run(dot_text((2, 2), (2, 1), (2, 1), (), (1,), (), (0,), "s8", "s32"), a, b)
    assert_same(wide, arr([[20000], [-12700]], np.int32))
    narrow = run(dot_text((2, 2), (2, 1), (2, 1), (), (1,), (), (0,), "s8"), a, b)
    assert_same(narrow, arr([[(20000 + 128) % 256 - 128], [(-12700 + 128) % 256 - 128]],
                            np.int8))


def test_dot_bf16_accumulates_in_f32():
    # 256 + 1 + 1 + ... in bf16 steps would stay 256; the f32 accumulator gets 264.
    a = np.ones((1, 9), BF16)
    a[0, 0] = 256
    b = np.ones((9, 1), BF16)
    result = run(dot_text((1, 9), (9, 1), (1, 1), (), (1,), (), (0,), "bf16"), a, b)
    assert_same(result, arr([[264.0]], BF16))
    as_f32 = run(dot_text((1, 9), (9, 1), (1, 1), (), (1,), (), (0,), "bf16", "f32"), a, b)
    assert_same(as_f32, arr([[264.0]], np.float32))


# ---------------------------------------------------------------- convolution

def reference_conv(lhs, rhs, strides, pads, lhs_dil, rhs_dil, reversal, fgc, bgc):
    """Direct convolution in canonical layouts: lhs [N, C, S...], rhs [O, I, K...]."""
    n, c = lhs.shape[:2]
    o, i_per_group = rhs.shape[:2]
    spatial = len(lhs.shape) - 2
    rhs = rhs.copy()
    for d in range(spatial):
        if reversal[d]:
            rhs = np.flip(rhs, 2 + d)
    padded = reference_pad(lhs, 0.0, [(0, 0, 0), (0, 0, 0)] + [
        (lo, hi, ld - 1) for (lo, hi), ld in zip(pads, lhs_dil)])
    ksize = rhs.shape[2:]
    out_sp = [max((p - ((k - 1) * d + 1)) // s + 1, 0)
              for p, k, d, s in zip(padded.shape[2:], ksize, rhs_dil, strides)]
    out_n = n // bgc
    out = np.zeros([out_n, o] + out_sp)
    o_per_fg = o // fgc
    o_per_bg = o // bgc
    for b, of in np.ndindex(out_n, o):
        g = of // o_per_fg
        bg = of // o_per_bg
        for pos in np.ndindex(*out_sp):
            total = 0.0
            for ic in range(i_per_group):
                for k in np.ndindex(*ksize):
                    src = tuple(p * s + kk * d for p, s, kk, d in zip(pos, strides, k, rhs_dil))
                    total += (padded[(bg * out_n + b, g * i_per_group + ic) + src]
                              * rhs[(of, ic) + k])
            out[(b, of) + pos] = total
    return out


CONV_CASES = [
    # (lhs NCHW shape, rhs OIHW, strides, pads, lhs_dil, rhs_dil, reversal, fgc, bgc)
    ((2, 3, 5, 6), (4, 3, 3, 2), (1, 1), ((0, 0), (0, 0)), (1, 1), (1, 1), (0, 0), 1, 1),
    ((1, 2, 6, 5), (3, 2, 2, 2), (2, 1), ((1, 2), (0, 1)), (1, 1), (1, 1), (0, 0), 1, 1),
    ((1, 2, 4, 4), (2, 2, 2, 3), (1, 1), ((1, 1), (2, 2)), (2, 1), (1, 2), (1, 0), 1, 1),
    ((2, 4, 5, 5), (6, 2, 3, 3), (1, 2), ((1, 1), (1, 1)), (1, 1), (1, 1), (0, 1), 2, 1),
    ((4, 3, 4, 4), (6, 3, 2, 2), (1, 1), ((0, 0), (-1, 1)), (1, 1), (1, 1), (0, 0), 1, 2),
    ((1, 4, 5, 3), (4, 1, 3, 1), (1, 1), ((1, 1), (0, 0)), (1, 1), (2, 1), (0, 0), 4, 1),
    # mostly holes and padding (a depthwise filter gradient's shape): most taps read nothing
    ((4, 2, 3, 1), (4, 2, 3, 4), (1, 1), ((0, 0), (3, 3)), (4, 1), (3, 1), (1, 0), 1, 2),
]


@pytest.mark.parametrize("strategy", ["patches", "taps"])
@pytest.mark.parametrize("case", range(len(CONV_CASES)))
def test_convolution_against_direct_loops(case, strategy, monkeypatch):
    # Both ways of evaluating a convolution: dense patches, or one contraction per tap
    # (what big patch tensors take).
    import hlox.ir.evaluator as evaluator
    monkeypatch.setattr(evaluator, "_CONV_PATCH_LIMIT", 1 << 40 if strategy == "patches" else -1)
    lhs_shape, rhs_shape, strides, pads, lhs_dil, rhs_dil, rev, fgc, bgc = CONV_CASES[case]
    rng = np.random.default_rng(5 + case)
    lhs = rng.standard_normal(lhs_shape).astype(np.float32)
    rhs = rng.standard_normal(rhs_shape).astype(np.float32)
    expected = reference_conv(lhs.astype(np.float64), rhs.astype(np.float64), strides, pads,
                              lhs_dil, rhs_dil, rev, fgc, bgc)
    # Write the operands in non-canonical layouts: lhs as NHWC, rhs as HWIO, out as NHWC.
    lhs_nhwc = lhs.transpose(0, 2, 3, 1)
    rhs_hwio = rhs.transpose(2, 3, 1, 0)
    out_nhwc = expected.transpose(0, 2, 3, 1)
    window = (f"size={rhs_shape[2]}x{rhs_shape[3]} stride={strides[0]}x{strides[1]} "
              f"pad={pads[0][0]}_{pads[0][1]}x{pads[1][0]}_{pads[1][1]} "
              f"lhs_dilate={lhs_dil[0]}x{lhs_dil[1]} rhs_dilate={rhs_dil[0]}x{rhs_dil[1]} "
              f"rhs_reversal={rev[0]}x{rev[1]}")
    text = f"""HloModule m
ENTRY e {{
  a = f32[{dims_text(lhs_nhwc.shape)}] parameter(0)
  b = f32[{dims_text(rhs_hwio.shape)}] parameter(1)
  ROOT r = f32[{dims_text(out_nhwc.shape)}] convolution(a, b), window={{{window}}}, \
dim_labels=b01f_01io->b01f, feature_group_count={fgc}, batch_group_count={bgc}
}}"""
    result = run(text, lhs_nhwc, rhs_hwio)
    assert result.dtype == np.float32 and result.shape == out_nhwc.shape
    np.testing.assert_allclose(result, out_nhwc, rtol=1e-5, atol=1e-5)


def test_convolution_1d_without_window_and_odd_labels():
    lhs = np.arange(10, dtype=np.float32).reshape(5, 1, 2)  # [W, N, C] as 0bf
    rhs = np.ones((2, 3, 2), np.float32)  # [I, O, W] as io0
    text = """HloModule m
ENTRY e {
  a = f32[5,1,2] parameter(0)
  b = f32[2,3,2] parameter(1)
  ROOT r = f32[3,4,1] convolution(a, b), dim_labels=0bf_io0->f0b
}"""
    x = lhs.transpose(1, 2, 0).astype(np.float64)  # N C W
    w = rhs.transpose(1, 0, 2).astype(np.float64)  # O I W
    expected = reference_conv(x, w, (1,), ((0, 0),), (1,), (1,), (0,), 1, 1)  # N O W
    assert_same(run(text, lhs, rhs), expected.transpose(1, 2, 0).astype(np.float32))


def test_convolution_integer():
    lhs = arr([[[1, 2, 3, 4]]], np.int32)  # N C W as bf0
    rhs = arr([[[1, -1]]], np.int32)  # O I W as oi0
    text = """HloModule m
ENTRY e {
  a = s32[1,1,4] parameter(0)
  b = s32[1,1,2] parameter(1)
  ROOT r = s32[1,1,3] convolution(a, b), window={size=2}, dim_labels=bf0_oi0->bf0
}"""
    assert_same(run(text, lhs, rhs), arr([[[-1, -1, -1]]], np.int32))


# ---------------------------------------------------------------- sort

LESS_F32 = """less {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT c = pred[] compare(a, b), direction=LT
}
"""


def test_sort_one_operand_along_each_dimension():
    x = np.random.default_rng(6).standard_normal((4, 5)).astype(np.float32)
    for dim in (0, 1):
        text = f"""HloModule m
{LESS_F32}
ENTRY e {{
  x = f32[4,5] parameter(0)
  ROOT r = f32[4,5] sort(x), dimensions={{{dim}}}, to_apply=less
}}"""
        assert_same(run(text, x), np.sort(x, axis=dim))


def test_sort_two_operands_is_stable_argsort():
    text = f"""HloModule m
less {{
  a = s32[] parameter(0)
  b = s32[] parameter(1)
  c = s32[] parameter(2)
  d = s32[] parameter(3)
  ROOT r = pred[] compare(a, b), direction=LT
}}
ENTRY e {{
  k = s32[3,8] parameter(0)
  i = s32[3,8] iota(), iota_dimension=1
  ROOT r = (s32[3,8], s32[3,8]) sort(k, i), dimensions={{1}}, is_stable=true, to_apply=less
}}"""
    keys = np.random.default_rng(7).integers(0, 3, (3, 8)).astype(np.int32)
    values, perm = run(text, keys)
    assert_same(values, np.sort(keys, axis=1, kind="stable"))
    assert_same(perm, np.argsort(keys, axis=1, kind="stable").astype(np.int32))


@pytest.mark.parametrize("length", [33, 77, 128, 1000])
def test_sort_long_rows_is_a_stable_argsort(length):
    text = f"""HloModule m
less {{
  a = s32[] parameter(0)
  b = s32[] parameter(1)
  c = s32[] parameter(2)
  d = s32[] parameter(3)
  ROOT r = pred[] compare(a, b), direction=LT
}}
ENTRY e {{
  k = s32[2,{length}] parameter(0)
  i = s32[2,{length}] iota(), iota_dimension=1
  ROOT r = (s32[2,{length}], s32[2,{length}]) sort(k, i), dimensions={{1}}, is_stable=true, \
to_apply=less
}}"""
    keys = np.random.default_rng(length).integers(0, 5, (2, length)).astype(np.int32)
    values, perm = run(text, keys)
    assert_same(perm, np.argsort(keys, axis=1, kind="stable").astype(np.int32))
    assert_same(values, np.sort(keys, axis=1))


def test_sort_of_a_scalar():
    text = f"""HloModule m
{LESS_F32}
ENTRY e {{
  x = f32[] parameter(0)
  ROOT r = f32[] sort(x), dimensions={{0}}, to_apply=less
}}"""
    assert_same(run(text, np.array(2.5, np.float32)), np.array(2.5, np.float32))


def test_sort_descending_with_totalorder_nans():
    text = """HloModule m
greater {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT c = pred[] compare(a, b), direction=GT, type=TOTALORDER
}
ENTRY e {
  x = f32[7] parameter(0)
  ROOT r = f32[7] sort(x), dimensions={0}, to_apply=greater
}"""
    x = arr([1.0, np.nan, -np.inf, -0.0, 0.0, 3.0, -np.nan], np.float32)
    result = run(text, x)
    expected = arr([np.nan, 3.0, 1.0, 0.0, -0.0, -np.inf, -np.nan], np.float32)
    assert_same(result, expected)
    assert not np.signbit(result[0]) and np.signbit(result[6])


def test_sort_with_non_elementwise_comparator_and_long_rows():
    comparator = """inner {
  p = f32[1] parameter(0)
  ROOT q = f32[] reshape(p)
}
less {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ra = f32[1] reshape(a)
  a2 = f32[] call(ra), to_apply=inner
  ROOT c = pred[] compare(a2, b), direction=LT
}
"""
    x = np.random.default_rng(8).standard_normal((2, 40)).astype(np.float32)
    text = f"""HloModule m
{comparator}
ENTRY e {{
  x = f32[2,40] parameter(0)
  ROOT r = f32[2,40] sort(x), dimensions={{1}}, to_apply=less
}}"""
    assert_same(run(text, x), np.sort(x, axis=1))
    long_rows = np.random.default_rng(9).standard_normal((3, 1500)).astype(np.float32)
    text = f"""HloModule m
{LESS_F32}
ENTRY e {{
  x = f32[3,1500] parameter(0)
  ROOT r = f32[3,1500] sort(x), dimensions={{1}}, to_apply=less
}}"""
    assert_same(run(text, long_rows), np.sort(long_rows, axis=1))


# ---------------------------------------------------------------- rng-bit-generator

def python_philox4x32(counter: list[int], key: list[int]) -> list[int]:
    """Philox-4x32-10 on Python integers (Salmon et al. 2011)."""
    x, k = list(counter), list(key)
    for _ in range(10):
        p0, p1 = x[0] * 0xD2511F53, x[2] * 0xCD9E8D57
        x = [(p1 >> 32) ^ x[1] ^ k[0], p1 & 0xFFFFFFFF, (p0 >> 32) ^ x[3] ^ k[1],
             p0 & 0xFFFFFFFF]
        k = [(k[0] + 0x9E3779B9) & 0xFFFFFFFF, (k[1] + 0xBB67AE85) & 0xFFFFFFFF]
    return x


def python_threefry2x32(counter: list[int], key: list[int]) -> list[int]:
    """Threefry-2x32-20 on Python integers (Salmon et al. 2011)."""
    mask = 0xFFFFFFFF
    ks = [key[0], key[1], 0x1BD11BDA ^ key[0] ^ key[1]]
    rot = [13, 15, 26, 6, 17, 29, 16, 24]
    x = [(counter[0] + ks[0]) & mask, (counter[1] + ks[1]) & mask]
    for block in range(5):
        for r in rot[(block % 2) * 4:(block % 2) * 4 + 4]:
            x[0] = (x[0] + x[1]) & mask
            x[1] = ((x[1] << r) | (x[1] >> (32 - r))) & mask
            x[1] ^= x[0]
        x[0] = (x[0] + ks[(block + 1) % 3]) & mask
        x[1] = (x[1] + ks[(block + 2) % 3] + block + 1) & mask
    return x


def test_python_prng_references_match_random123_known_answers():
    assert python_philox4x32([0, 0, 0, 0], [0, 0]) == [
        0x6627E8D5, 0xE169C58D, 0xBC57AC4C, 0x9B00DBD8]
    assert python_philox4x32([0xFFFFFFFF] * 4, [0xFFFFFFFF] * 2) == [
        0x408F276D, 0x41C83B0E, 0xA20BC7C6, 0x6D5451FD]
    assert python_threefry2x32([0, 0], [0, 0]) == [0x6B200159, 0x99BA4EFE]
    assert python_threefry2x32([0x243F6A88, 0x85A308D3], [0x13198A2E, 0x03707344]) == [
        0xC4923A9C, 0x483DF7A0]


def rng_text(algorithm, state_shape, out):
    return f"""HloModule m
ENTRY e {{
  s = u64[{state_shape}] parameter(0)
  ROOT r = (u64[{state_shape}], {out}) rng-bit-generator(s), algorithm={algorithm}
}}"""


@pytest.mark.parametrize("algorithm", ["rng_philox", "rng_default"])
def test_philox_u32_bits_follow_xla_expansion(algorithm):
    key, counter_low, counter_high = 0x0123456789ABCDEF, 2**64 - 2, 7
    state = arr([key, counter_low, counter_high], np.uint64)
    new_state, bits = run(rng_text(algorithm, 3, "u32[2,5]"), state)
    # 10 numbers need 3 blocks of 4: counters (low + i, high) with carry into high.
    expected = []
    for i in range(3):
        c = counter_low + i + (counter_high << 64)
        words = [c & 0xFFFFFFFF, (c >> 32) & 0xFFFFFFFF, (c >> 64) & 0xFFFFFFFF,
                 (c >> 96) & 0xFFFFFFFF]
        expected += python_philox4x32(words, [key & 0xFFFFFFFF, key >> 32])
    assert_same(bits, arr(expected[:10], np.uint32).reshape(2, 5))
    new_counter = counter_low + 3 + (counter_high << 64)
    assert_same(new_state, arr([key, new_counter & (2**64 - 1), new_counter >> 64], np.uint64))


def test_philox_two_word_state_and_u64_and_u8_bits():
    key, counter = 5, 9
    state = arr([key, counter], np.uint64)
    new_state, bits = run(rng_text("rng_philox", 2, "u64[3]"), state)
    # A 2-word state is reversed: the counter is (low = state[1], high = state[0]).
    blocks = [python_philox4x32([(counter + i) & 0xFFFFFFFF, (counter + i) >> 32, key, 0],
                                [key, 0]) for i in range(2)]
    streams = [[b[0] | (b[1] << 32) for b in blocks], [b[2] | (b[3] << 32) for b in blocks]]
    interleaved = [streams[0][0], streams[1][0], streams[0][1], streams[1][1]]
    assert_same(bits, arr(interleaved[:3], np.uint64))
    assert_same(new_state, arr([key, counter + 2], np.uint64))
    _, small = run(rng_text("rng_philox", 2, "u8[5]"), state)
    words = blocks[0] + blocks[1]
    assert_same(small, arr([w & 0xFF for w in words[:5]], np.uint8))


def test_threefry_bits_follow_xla_expansion():
    key, counter = 0xDEADBEEF12345678, 100
    state = arr([key, counter], np.uint64)
    k = [key & 0xFFFFFFFF, key >> 32]
    # u32[3,4]: split along the first even dimension (1): half shape [3,2]; element
    # (i, 2j) is word 0 and (i, 2j+1) word 1 of threefry(counter + i*2 + j).
    new_state, bits = run(rng_text("rng_three_fry", 2, "u32[3,4]"), state)
    expected = np.zeros((3, 4), np.uint32)
    for i, j in np.ndindex(3, 2):
        c = counter + i * 2 + j
        expected[i, 2 * j:2 * j + 2] = python_threefry2x32([c & 0xFFFFFFFF, c >> 32], k)
    assert_same(bits, expected)
    assert_same(new_state, arr([key, counter + 6], np.uint64))
    # u64[3]: one threefry per element, words combined low | high << 32.
    new_state, wide = run(rng_text("rng_three_fry", 2, "u64[3]"), state)
    expected64 = []
    for i in range(3):
        lo, hi = python_threefry2x32([counter + i, 0], k)
        expected64.append(lo | (hi << 32))
    assert_same(wide, arr(expected64, np.uint64))
    assert_same(new_state, arr([key, counter + 3], np.uint64))
    # u32[3]: no even dimension; split the largest: half [2,1] -> 4 numbers, 3 kept.
    _, odd = run(rng_text("rng_three_fry", 2, "u32[3]"), state)
    words = [python_threefry2x32([counter + i, 0], k) for i in range(2)]
    assert_same(odd, arr([words[0][0], words[0][1], words[1][0]], np.uint32))


# ---------------------------------------------------------------- control flow

def test_tuple_get_tuple_element_call_and_fusion():
    text = """HloModule m
twice {
  p = f32[2] parameter(0)
  ROOT q = f32[2] add(p, p)
}
fused {
  a = f32[2] parameter(0)
  b = f32[2] parameter(1)
  ROOT m = f32[2] multiply(a, b)
}
ENTRY e {
  x = f32[2] parameter(0)
  c = f32[2] call(x), to_apply=twice
  f = f32[2] fusion(c, x), kind=kLoop, calls=fused
  i = (f32[2], f32[2]) tuple(c, f)
  ROOT r = (f32[2], (f32[2], f32[2])) tuple(x, i)
}"""
    x = arr([1.0, 3.0], np.float32)
    a, (c, f) = run(text, x)
    assert_same(a, x)
    assert_same(c, x * 2)
    assert_same(f, x * 2 * x)


def test_while_loop():
    text = """HloModule m
cond {
  s = (s32[], f32[3]) parameter(0)
  i = s32[] get-tuple-element(s), index=0
  n = s32[] constant(5)
  ROOT lt = pred[] compare(i, n), direction=LT
}
body {
  s = (s32[], f32[3]) parameter(0)
  i = s32[] get-tuple-element(s), index=0
  v = f32[3] get-tuple-element(s), index=1
  one = s32[] constant(1)
  j = s32[] add(i, one)
  w = f32[3] add(v, v)
  ROOT t = (s32[], f32[3]) tuple(j, w)
}
ENTRY e {
  i = s32[] parameter(0)
  v = f32[3] parameter(1)
  t = (s32[], f32[3]) tuple(i, v)
  ROOT r = (s32[], f32[3]) while(t), condition=cond, body=body
}"""
    v = arr([1.0, -2.0, 0.5], np.float32)
    count, result = run(text, np.array(0, np.int32), v)
    assert_same(count, np.array(5, np.int32))
    assert_same(result, v * 32)
    count, result = run(text, np.array(9, np.int32), v)  # the body never runs
    assert_same(count, np.array(9, np.int32))
    assert_same(result, v)


CONDITIONAL_BRANCHES = """b0 {
  p = f32[] parameter(0)
  ROOT r = f32[] negate(p)
}
b1 {
  p = f32[] parameter(0)
  ROOT r = f32[] add(p, p)
}
b2 {
  p = f32[] parameter(0)
  ROOT r = f32[] multiply(p, p)
}
"""


@pytest.mark.parametrize("index,expected", [(0, -3.0), (1, 6.0), (2, 9.0), (3, 9.0),
                                            (-1, 9.0), (2**31 - 1, 9.0)])
def test_conditional_branch_index_out_of_range_selects_the_last(index, expected):
    text = f"""HloModule m
{CONDITIONAL_BRANCHES}
ENTRY e {{
  i = s32[] parameter(0)
  x = f32[] parameter(1)
  ROOT r = f32[] conditional(i, x, x, x), branch_computations={{b0, b1, b2}}
}}"""
    result = run(text, np.array(index, np.int32), np.array(3.0, np.float32))
    assert_same(result, np.array(expected, np.float32))


def test_conditional_with_predicate():
    text = f"""HloModule m
{CONDITIONAL_BRANCHES}
ENTRY e {{
  p = pred[] parameter(0)
  x = f32[] parameter(1)
  y = f32[] parameter(2)
  ROOT r = f32[] conditional(p, x, y), true_computation=b0, false_computation=b2
}}"""
    x, y = np.array(3.0, np.float32), np.array(5.0, np.float32)
    assert_same(run(text, np.array(True), x, y), np.array(-3.0, np.float32))
    assert_same(run(text, np.array(False), x, y), np.array(25.0, np.float32))


def test_constants_of_every_type():
    text = """HloModule m
ENTRY e {
  a = pred[2] constant({true, false})
  b = s8[2] constant({-128, 127})
  c = u64[1] constant({18446744073709551615})
  d = bf16[2] constant({1.5, -inf})
  e = f16[] constant(nan)
  ROOT r = (pred[2], s8[2], u64[1], bf16[2], f16[]) tuple(a, b, c, d, e)
}"""
    a, b, c, d, e = run(text)
    assert_same(a, arr([1, 0], bool))
    assert_same(b, arr([-128, 127], np.int8))
    assert_same(c, arr([2**64 - 1], np.uint64))
    assert_same(d, arr([1.5, -np.inf], BF16))
    assert_same(e, np.array(np.nan, np.float16))


# ---------------------------------------------------------------- property tests

# complex and sub-byte types have their own tests (tests/passes/test_codegen_complex.py,
# test_codegen_sub_byte.py), token[] holds no data: these strategies draw real values of
# at least a byte
ALL_TYPES = {name: et.dtype for name, et in ELEMENT_TYPES.items()
             if et.kind not in ("complex", "token") and et.bits >= 8}
KIND_TYPES = {
    "any": list(ALL_TYPES), "number": [t for t in ALL_TYPES if t != "pred"],
    "signed": ["s8", "s16", "s32", "s64", "f16", "bf16", "f32", "f64"],
    "float": ["f16", "bf16", "f32", "f64"], "int": list(INT_TYPES),
    "bits": ["pred", *INT_TYPES],
    "ordered": list(ALL_TYPES), "real": [t for t in ALL_TYPES if t != "pred"],
    "inexact": ["f16", "bf16", "f32", "f64"],
}
shapes = st.lists(st.integers(0, 3), min_size=0, max_size=3).map(tuple)


def values_of(dtype_name: str):
    """A strategy of Python values representable in the element type."""
    dtype = ALL_TYPES[dtype_name]
    if dtype_name == "pred":
        return st.booleans()
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        edges = st.sampled_from([info.min, info.max, 0, 1, -1 if info.min else 2,
                                 dtype.itemsize * 8, dtype.itemsize * 8 - 1])
        return st.one_of(st.integers(int(info.min), int(info.max)), edges)
    width = {"f16": 16, "bf16": 32, "f32": 32, "f64": 64}[dtype_name]
    finite = st.floats(allow_nan=False, allow_infinity=False, width=width)
    special = st.sampled_from([math.nan, -math.nan, math.inf, -math.inf, 0.0, -0.0, 0.5,
                               -0.5, 1.5, 2.5])
    return st.one_of(finite, special)


def array_of(draw, dtype_name: str, shape) -> np.ndarray:
    size = int(np.prod(shape, dtype=np.int64))
    values = draw(st.lists(values_of(dtype_name), min_size=size, max_size=size))
    dtype = ALL_TYPES[dtype_name]
    if dtype == np.dtype(BF16):
        return np.array(values, np.float32).astype(BF16).reshape(shape)
    return np.array(values, dtype).reshape(shape)


def wrap(value: int, dtype) -> int:
    bits = np.dtype(dtype).itemsize * 8
    value %= 1 << bits
    if np.dtype(dtype).kind == "i" and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


def trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def int_binary_reference(opcode: str, a: int, b: int, dtype) -> int:
    bits = np.dtype(dtype).itemsize * 8
    signed = np.dtype(dtype).kind == "i"
    lowest = -(1 << (bits - 1)) if signed else 0
    count = b % (1 << bits)  # shift counts are unsigned
    if opcode == "add":
        return wrap(a + b, dtype)
    if opcode == "subtract":
        return wrap(a - b, dtype)
    if opcode == "multiply":
        return wrap(a * b, dtype)
    if opcode == "divide":
        if b == 0:
            return wrap(-1, dtype)
        return lowest if (signed and a == lowest and b == -1) else trunc_div(a, b)
    if opcode == "remainder":
        if b == 0:
            return a
        return 0 if (signed and a == lowest and b == -1) else a - b * trunc_div(a, b)
    if opcode == "power":  # XLA:CPU: only the low 6 bits of the exponent count, and the
        # sign tests are signed compares even for unsigned types
        as_signed = {8: np.int8, 16: np.int16, 32: np.int32, 64: np.int64}[bits]
        sa, sb = wrap(a, as_signed), wrap(b, as_signed)
        if sb < 0:
            return wrap(1 if sa == 1 else (-1 if sb % 2 else 1) if sa == -1 else 0, dtype)
        return wrap(pow(a, b % 64, 1 << bits), dtype)
    if opcode == "maximum":
        return max(a, b)
    if opcode == "minimum":
        return min(a, b)
    if opcode == "and":
        return wrap(a & b, dtype)
    if opcode == "or":
        return wrap(a | b, dtype)
    if opcode == "xor":
        return wrap(a ^ b, dtype)
    if opcode == "shift-left":
        return 0 if count >= bits else wrap(a << count, dtype)
    if opcode == "shift-right-logical":
        return 0 if count >= bits else wrap((a % (1 << bits)) >> count, dtype)
    if opcode == "shift-right-arithmetic":
        as_signed = wrap(a, {8: np.int8, 16: np.int16, 32: np.int32, 64: np.int64}[bits])
        return wrap(as_signed >> min(count, bits - 1), dtype)
    raise AssertionError(opcode)


def float_binary_reference(opcode: str, a: float, b: float) -> float:
    x, y = np.float64(a), np.float64(b)
    with np.errstate(all="ignore"):
        if opcode in ("maximum", "minimum"):
            if math.isnan(a) or math.isnan(b):
                return math.nan
            if a == 0 and b == 0:  # -0.0 < +0.0
                signs = (math.copysign(1, a), math.copysign(1, b))
                return (0.0 if 1 in signs else -0.0) if opcode == "maximum" else (
                    -0.0 if -1 in signs else 0.0)
            return max(a, b) if opcode == "maximum" else min(a, b)
        if opcode == "atan2":
            return math.atan2(a, b)
        fn = {"add": np.add, "subtract": np.subtract, "multiply": np.multiply,
              "divide": np.divide, "remainder": np.fmod, "power": np.power}[opcode]
        # On arrays: numpy's scalar pow(-0.0, 0.5) gives -0.0, its array pow (and C99) +0.0.
        return float(fn(np.array([x]), np.array([y]))[0])


def pred_binary_reference(opcode: str, a: bool, b: bool) -> bool:
    return {"and": a and b, "or": a or b, "xor": a != b, "maximum": a or b,
            "minimum": a and b}[opcode]


def to_element(values: list, dtype) -> np.ndarray:
    """Round Python results to the element type (floats: once, from f64)."""
    if np.dtype(dtype).kind == "f" or np.dtype(dtype) == np.dtype(BF16):
        with np.errstate(over="ignore"):
            return np.array(values, np.float64).astype(dtype)
    return np.array(values, dtype)


BINARY_OPCODES = sorted(op for op, info in OPS.items() if info.category == "binary"
                        and op not in ("compare", "complex"))  # complex: its own tests


@pytest.mark.parametrize("opcode", BINARY_OPCODES)
@HYPOTHESIS
@given(data=st.data())
def test_binary_elementwise_property(opcode, data):
    dtype_name = data.draw(st.sampled_from(KIND_TYPES[OPS[opcode].operand_kinds]))
    dtype = ALL_TYPES[dtype_name]
    shape = data.draw(shapes)
    x = array_of(data.draw, dtype_name, shape)
    y = array_of(data.draw, dtype_name, shape)
    result = run(binary(opcode, dtype_name, shape), x, y)
    pairs = zip(x.reshape(-1).tolist(), y.reshape(-1).tolist())
    if dtype_name == "pred":
        expected = to_element([pred_binary_reference(opcode, a, b) for a, b in pairs], bool)
    elif dtype.kind in "iu":
        expected = to_element([int_binary_reference(opcode, a, b, dtype) for a, b in pairs],
                              dtype)
    else:
        expected = to_element([float_binary_reference(opcode, float(a), float(b))
                               for a, b in pairs], dtype)
    expected = expected.reshape(shape)
    if opcode in ("atan2", "power") and dtype.kind not in "iub":
        # libm and numpy's vector code may differ by an ulp of f64.
        assert result.dtype == expected.dtype and result.shape == expected.shape
        eps = float(np.finfo(dtype).eps) if dtype != np.dtype(BF16) else 2.0**-7
        np.testing.assert_allclose(result.astype(np.float64), expected.astype(np.float64),
                                   rtol=2 * eps, atol=0, equal_nan=True)
    else:
        assert_same(result, expected)


def int_unary_reference(opcode: str, a: int, dtype) -> int:
    bits = np.dtype(dtype).itemsize * 8
    unsigned = a % (1 << bits)
    return {
        "abs": lambda: wrap(abs(a), dtype), "negate": lambda: wrap(-a, dtype),
        "sign": lambda: (a > 0) - (a < 0), "not": lambda: wrap(~a, dtype),
        "popcnt": lambda: bin(unsigned).count("1"),
        "count-leading-zeros": lambda: bits - unsigned.bit_length(),
    }[opcode]()


def float_unary_reference(opcode: str, a: float) -> float:
    from fractions import Fraction
    if math.isnan(a):
        return math.nan
    if math.isinf(a):
        return {"sign": math.copysign(1.0, a), "abs": math.inf, "negate": -a,
                "sqrt": math.nan if a < 0 else a}.get(opcode, a)
    if opcode == "round-nearest-afz":
        return math.copysign(float(math.floor(abs(Fraction(a)) + Fraction(1, 2))), a)
    if opcode == "round-nearest-even":
        return math.copysign(float(round(a)), a)
    if opcode == "sign":
        return math.copysign(1.0, a) if a != 0 else a
    if opcode == "sqrt":
        return math.nan if a < 0 else math.sqrt(a)
    return {"abs": abs, "negate": lambda v: -v,
            "floor": lambda v: math.copysign(float(math.floor(v)), v),
            "ceil": lambda v: math.copysign(float(math.ceil(v)), v)}[opcode](a)


EXACT_UNARY = ["abs", "negate", "sign", "not", "popcnt", "count-leading-zeros", "floor",
               "ceil", "round-nearest-even", "round-nearest-afz", "sqrt", "is-finite"]


@pytest.mark.parametrize("opcode", EXACT_UNARY)
@HYPOTHESIS
@given(data=st.data())
def test_unary_elementwise_property(opcode, data):
    dtype_name = data.draw(st.sampled_from(KIND_TYPES[OPS[opcode].operand_kinds]))
    dtype = ALL_TYPES[dtype_name]
    shape = data.draw(shapes)
    x = array_of(data.draw, dtype_name, shape)
    out = "pred" if opcode == "is-finite" else None
    result = run(unary(opcode, dtype_name, shape, out=out), x)
    values = x.reshape(-1).tolist()
    if opcode == "is-finite":
        expected = np.array([math.isfinite(float(v)) for v in values], bool)
    elif dtype_name == "pred":
        expected = np.array([not v for v in values], bool)
    elif dtype.kind in "iu":
        expected = to_element([int_unary_reference(opcode, v, dtype) for v in values], dtype)
    else:
        expected = to_element([float_unary_reference(opcode, float(v)) for v in values], dtype)
    assert_same(result, expected.reshape(shape))


def convert_reference(value, source, target):
    """XLA's convert on one Python value."""
    source, target = np.dtype(source), np.dtype(target)
    if target == np.bool_:
        return bool(value != 0) or (isinstance(value, float) and math.isnan(value))
    if source == np.bool_:
        value = int(value)
    target_is_float = target.kind == "f" or target == np.dtype(BF16)
    if target.kind in "iu":
        if isinstance(value, int):
            return wrap(value, target)
        if math.isnan(value):
            return 0
        info = np.iinfo(target)
        if value >= 2.0 ** (target.itemsize * 8 - (1 if target.kind == "i" else 0)):
            return int(info.max)
        return int(info.min) if value < float(info.min) else int(value)
    assert target_is_float
    with np.errstate(over="ignore"):
        if target == np.dtype(BF16):  # through f32, as XLA emits it
            return np.array(value, source).astype(np.float32).astype(BF16)
        return np.array(value, source).astype(target)


@HYPOTHESIS
@given(data=st.data())
def test_convert_property(data):
    source = data.draw(st.sampled_from(sorted(ALL_TYPES)))
    target = data.draw(st.sampled_from(sorted(ALL_TYPES)))
    shape = data.draw(shapes)
    x = array_of(data.draw, source, shape)
    result = run(unary("convert", source, shape, out=target), x)
    source_dtype, target_dtype = ALL_TYPES[source], ALL_TYPES[target]
    values = x.reshape(-1).tolist() if source != "bf16" else [
        float(v) for v in x.reshape(-1)]
    expected = [convert_reference(v, source_dtype, target_dtype) for v in values]
    with np.errstate(over="ignore"):
        expected = np.array(expected, np.float64 if target in ("bf16", "f16") else
                            target_dtype).astype(target_dtype).reshape(shape)
    assert_same(result, expected)


@HYPOTHESIS
@given(data=st.data())
def test_reduce_integer_sum_property(data):
    dtype_name = data.draw(st.sampled_from(sorted(INT_TYPES)))
    dtype = ALL_TYPES[dtype_name]
    shape = data.draw(st.lists(st.integers(0, 4), min_size=1, max_size=3).map(tuple))
    dims = tuple(sorted(data.draw(st.sets(st.integers(0, len(shape) - 1)))))
    x = array_of(data.draw, dtype_name, shape)
    add = ADD_F32.replace("f32", dtype_name)
    result = run(reduce_text(shape, dims, 0, dtype_name, "add", add), x)
    kept = tuple(d for i, d in enumerate(shape) if i not in dims)
    expected = np.zeros(kept, dtype)
    for index in np.ndindex(*kept):
        selector = [slice(None)] * len(shape)
        for axis, i in zip([a for a in range(len(shape)) if a not in dims], index):
            selector[axis] = i
        total = sum(int(v) for v in x[tuple(selector)].reshape(-1).tolist())
        expected[index] = wrap(total, dtype)
    assert_same(result, expected)


@HYPOTHESIS
@given(data=st.data())
def test_sort_is_a_stable_sort_property(data):
    rows = data.draw(st.integers(1, 3))
    length = data.draw(st.integers(0, 12))
    keys = np.array(data.draw(st.lists(st.integers(-3, 3), min_size=rows * length,
                                       max_size=rows * length)), np.int32).reshape(rows, length)
    text = f"""HloModule m
less {{
  a = s32[] parameter(0)
  b = s32[] parameter(1)
  c = s32[] parameter(2)
  d = s32[] parameter(3)
  ROOT r = pred[] compare(a, b), direction=GT
}}
ENTRY e {{
  k = s32[{rows},{length}] parameter(0)
  i = s32[{rows},{length}] iota(), iota_dimension=1
  ROOT r = (s32[{rows},{length}], s32[{rows},{length}]) sort(k, i), dimensions={{1}}, \
is_stable=true, to_apply=less
}}"""
    values, perm = run(text, keys)
    expected_perm = np.array([sorted(range(length), key=lambda j: -int(row[j]))
                              for row in keys], np.int32).reshape(rows, length)
    assert_same(perm, expected_perm)
    assert_same(values, np.take_along_axis(keys, expected_perm.astype(np.int64), axis=1))


# ---------------------------------------------------------------- XLA:CPU results

def _fixture_programs() -> list[str]:
    with open(os.path.join(FIXTURES, "manifest.json")) as f:
        return sorted(json.load(f)["programs"])


# Programs using ops that are not hlox opcodes in one of their variants, so not evaluator
# features (top_k becomes a custom-call in the optimized text; its JAX text is checked by
# tests/passes/hlo/topk_decomposer.hlo and the conformance run).
NOT_HLOX_OPS = {"op_sharding": "custom-call", "op_top_k": "topk"}
# XLA:CPU removes f32->bf16->f32 convert pairs (excess precision), so programs computing in
# bf16 agree with the evaluator (which rounds as the HLO says) only to bf16 precision.
BF16_PROGRAMS = {"op_constants", "op_bf16_io"}


@pytest.mark.parametrize("name", [n for n in _fixture_programs() if n not in NOT_HLOX_OPS])
@pytest.mark.parametrize("variant", ["", ".opt"])  # as lowered by JAX; as optimized by XLA
def test_jax_fixture_matches_xla_cpu(name, variant):
    with open(os.path.join(FIXTURES, "manifest.json")) as f:
        info = json.load(f)["programs"][name]
    path = os.path.join(FIXTURES, name + variant + ".full.hlo")
    if not os.path.exists(path):
        path = os.path.join(FIXTURES, name + variant + ".hlo")
    with open(path) as f:
        module = parse_module(f.read(), path)
    data = np.load(os.path.join(FIXTURES, name + ".npz"))

    def load(meta):
        value = data[meta["name"]]
        return value.view(BF16) if meta["hlo_type"] == "bf16" else value

    args = [load(meta) for meta in info["inputs"]]
    expected = [load(meta) for meta in info["outputs"]]
    result = evaluate(module, args)
    flat = []

    def flatten(value):
        if isinstance(value, tuple):
            for v in value:
                flatten(v)
        else:
            flat.append(value)

    flatten(result)
    assert len(flat) == len(expected)
    for actual, wanted in zip(flat, expected):
        assert actual.dtype == wanted.dtype and actual.shape == wanted.shape
        if actual.dtype.kind in "iub":
            np.testing.assert_array_equal(actual, wanted)
        else:
            loose = actual.dtype.itemsize == 2 or name in BF16_PROGRAMS
            tol = 1e-2 if loose else 2e-5
            np.testing.assert_allclose(actual.astype(np.float64), wanted.astype(np.float64),
                                       rtol=tol, atol=tol, equal_nan=True)


# ---------------------------------------------------------------- jax.lax, when installed

def test_against_jax_lax_when_installed():
    jax = pytest.importorskip("jax")
    lax = jax.lax
    rng = np.random.default_rng(10)
    x = rng.standard_normal((3, 4)).astype(np.float32)
    y = rng.standard_normal((4, 5)).astype(np.float32)
    text = dot_text((3, 4), (4, 5), (3, 5), (), (1,), (), (0,))
    np.testing.assert_allclose(run(text, x, y), np.asarray(lax.dot(x, y)), rtol=1e-5)
    a = arr([7, -7, 5, -128], np.int8)
    b = arr([2, 2, 0, -1], np.int8)
    assert_same(run(binary("divide", "s8"), a, b), np.asarray(lax.div(a, b)))
    assert_same(run(binary("remainder", "s8"), a, b), np.asarray(lax.rem(a, b)))
    f = arr([0.5, 1.5, 2.5, -0.5], np.float32)
    assert_same(run(unary("round-nearest-afz", "f32"), f), np.asarray(lax.round(f)))
    assert_same(run(unary("convert", "f32", out="s32"), arr([np.nan, 1e10, -1e10, 2.5],
                                                              np.float32)),
                np.asarray(lax.convert_element_type(arr([np.nan, 1e10, -1e10, 2.5],
                                                        np.float32), np.int32)))


# ---------------------------------------------------------------- real XLA:CPU, when installed

def flat(value) -> list[np.ndarray]:
    if isinstance(value, tuple):
        return [leaf for v in value for leaf in flat(v)]
    return [value]


# Ops whose XLA:CPU results may differ from the correctly rounded ones (own polynomial
# approximations); compared within a few ulps.
APPROXIMATE = {"exponential", "exponential-minus-one", "log", "log-plus-one", "logistic",
               "rsqrt", "cbrt", "tanh", "sine", "cosine", "tan", "erf", "power", "atan2"}


def assert_close_to_xla(ours, theirs, opcode: str, dtype_name: str):
    assert ours.dtype == theirs.dtype and ours.shape == theirs.shape, (opcode, dtype_name)
    if ours.dtype.kind in "iub" or opcode not in APPROXIMATE:
        assert_same(ours, theirs)
        return
    rtol = {"f64": 1e-13, "f32": 4e-6}.get(dtype_name, 2e-2)
    np.testing.assert_allclose(ours.astype(np.float64), theirs.astype(np.float64), rtol=rtol,
                               atol=1e-30, equal_nan=True, err_msg=f"{opcode} {dtype_name}")


def normal_values(dtype_name: str, count: int, seed: int) -> np.ndarray:
    """Edge cases and random values, avoiding f32/f64 denormals (XLA:CPU flushes them)."""
    dtype = ALL_TYPES[dtype_name]
    rng = np.random.default_rng(seed)
    if dtype_name == "pred":
        return rng.integers(0, 2, count).astype(bool)
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        edges = [info.min, info.max, 0, 1, 2, 3, 7, dtype.itemsize * 8, dtype.itemsize * 8 - 1]
        if info.min < 0:
            edges += [-1, -2, -7]
        random = rng.integers(info.min, info.max, count - len(edges), dtype, endpoint=True)
        return np.array(edges + random.tolist(), dtype)
    edges = [0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0]
    random = rng.standard_normal(count - len(edges)) * np.exp2(rng.integers(-8, 8, count -
                                                                             len(edges)))
    return np.array(edges + random.tolist(), np.float64).astype(dtype)


def battery_module(dtype_name: str, opcodes: list[str], arity: int, count: int) -> str:
    lines = [f"  p{i} = {dtype_name}[{count}] parameter({i})" for i in range(arity)]
    results = []
    for k, opcode in enumerate(opcodes):
        out = "pred" if opcode == "is-finite" else dtype_name
        operands = ", ".join(f"p{i}" for i in range(arity))
        lines.append(f"  r{k} = {out}[{count}] {opcode}({operands})")
        results.append(f"{out}[{count}]")
    names = ", ".join(f"r{k}" for k in range(len(opcodes)))
    lines.append(f"  ROOT t = ({', '.join(results)}) tuple({names})")
    return "HloModule battery\nENTRY e {\n" + "\n".join(lines) + "\n}"


@pytest.mark.parametrize("dtype_name", sorted(ALL_TYPES))
def test_elementwise_ops_match_xla_cpu(dtype_name):
    count = 48
    for arity, category in ((1, "unary"), (2, "binary")):
        opcodes = sorted(op for op, info in OPS.items() if info.category == category
                         and op not in ("convert", "copy", "compare", "complex")
                         and ELEMENT_TYPES[dtype_name].kind in _KINDS[info.operand_kinds])
        if not opcodes:
            continue
        args = [normal_values(dtype_name, count, seed) for seed in range(arity)]
        if arity == 2:
            args[1] = np.roll(args[1], 5)  # pair edge cases with other edge cases
        text = battery_module(dtype_name, opcodes, arity, count)
        ours = flat(run(text, *args))
        theirs = xla_cpu(text, args)
        for opcode, a, b in zip(opcodes, ours, theirs):
            assert_close_to_xla(a, b, opcode, dtype_name)


_KINDS = {"any": ("pred", "sint", "uint", "float"), "number": ("sint", "uint", "float"),
          "signed": ("sint", "float"), "float": ("float",), "int": ("sint", "uint"),
          "bits": ("pred", "sint", "uint"), "ordered": ("pred", "sint", "uint", "float"),
          "real": ("sint", "uint", "float"), "inexact": ("float",)}


@pytest.mark.parametrize("source", sorted(ALL_TYPES))
def test_convert_matches_xla_cpu(source):
    count = 48
    targets = sorted(ALL_TYPES)
    x = normal_values(source, count, 3)
    if ELEMENT_TYPES[source].is_float:  # also values out of every integer range
        with np.errstate(over="ignore"):  # f16 has no 3e9: inf is fine too
            x[-8:] = np.array([3e9, -3e9, 1e20, -1e20, 255.9, -128.5, 65535.5, 1e5]
                              ).astype(x.dtype)
    lines = [f"  x = {source}[{count}] parameter(0)"]
    lines += [f"  c{k} = {t}[{count}] convert(x)" for k, t in enumerate(targets)]
    lines.append(f"  ROOT t = ({', '.join(f'{t}[{count}]' for t in targets)}) "
                 f"tuple({', '.join(f'c{k}' for k in range(len(targets)))})")
    text = "HloModule convert\nENTRY e {\n" + "\n".join(lines) + "\n}"
    for target, a, b in zip(targets, flat(run(text, x)), xla_cpu(text, [x])):
        assert_close_to_xla(a, b, f"convert to {target}", target)


@pytest.mark.parametrize("dtype_name", sorted(ALL_TYPES))
def test_compare_matches_xla_cpu(dtype_name):
    count = 48
    x = normal_values(dtype_name, count, 1)
    y = np.roll(x, 3)
    kinds = ["FLOAT", "TOTALORDER"] if ELEMENT_TYPES[dtype_name].is_float else [None]
    lines = [f"  x = {dtype_name}[{count}] parameter(0)",
             f"  y = {dtype_name}[{count}] parameter(1)"]
    names = []
    for direction in sorted(DIRECTIONS):
        for kind in kinds:
            names.append(f"c{len(names)}")
            attrs = f", direction={direction}" + (f", type={kind}" if kind else "")
            lines.append(f"  {names[-1]} = pred[{count}] compare(x, y){attrs}")
    lines.append(f"  ROOT t = ({', '.join([f'pred[{count}]'] * len(names))}) "
                 f"tuple({', '.join(names)})")
    text = "HloModule compare\nENTRY e {\n" + "\n".join(lines) + "\n}"
    for a, b in zip(flat(run(text, x, y)), xla_cpu(text, [x, y])):
        assert_same(a, b)


def test_data_movement_and_windows_match_xla_cpu():
    rng = np.random.default_rng(11)
    for case in GATHER_CASES:
        c = dict(case)
        operand = np.arange(np.prod(c.pop("operand")), dtype=np.float32).reshape(case["operand"])
        indices = c.pop("indices").astype(np.int32)
        shape = reference_gather(operand, indices, **c).shape
        text = gather_text(operand, indices, shape, **c)
        assert_same(run(text, operand, indices), xla_cpu(text, [operand, indices])[0])
    for lhs_shape, rhs_shape, strides, pads, lhs_dil, rhs_dil, rev, fgc, bgc in CONV_CASES:
        lhs = rng.standard_normal(lhs_shape).astype(np.float32).transpose(0, 2, 3, 1).copy()
        rhs = rng.standard_normal(rhs_shape).astype(np.float32).transpose(2, 3, 1, 0).copy()
        expected = reference_conv(lhs.transpose(0, 3, 1, 2), rhs.transpose(3, 2, 0, 1), strides,
                                  pads, lhs_dil, rhs_dil, rev, fgc, bgc).transpose(0, 2, 3, 1)
        window = (f"size={rhs_shape[2]}x{rhs_shape[3]} stride={strides[0]}x{strides[1]} "
                  f"pad={pads[0][0]}_{pads[0][1]}x{pads[1][0]}_{pads[1][1]} "
                  f"lhs_dilate={lhs_dil[0]}x{lhs_dil[1]} rhs_dilate={rhs_dil[0]}x{rhs_dil[1]} "
                  f"rhs_reversal={rev[0]}x{rev[1]}")
        text = f"""HloModule m
ENTRY e {{
  a = f32[{dims_text(lhs.shape)}] parameter(0)
  b = f32[{dims_text(rhs.shape)}] parameter(1)
  ROOT r = f32[{dims_text(expected.shape)}] convolution(a, b), window={{{window}}}, \
dim_labels=b01f_01io->b01f, feature_group_count={fgc}, batch_group_count={bgc}
}}"""
        np.testing.assert_allclose(run(text, lhs, rhs), xla_cpu(text, [lhs, rhs])[0],
                                   rtol=1e-5, atol=1e-5)
    for seed in range(6):  # scatter-add: a window not entirely in bounds is skipped
        case_rng = np.random.default_rng(seed)
        dims, indices, update_shape, axes, inserted, to_operand, ivd = random_scatter_case(
            case_rng)
        x = case_rng.integers(-9, 9, dims).astype(np.float32)
        updates = case_rng.integers(1, 9, update_shape).astype(np.float32)
        text = scatter_text(dims, indices.shape, update_shape, axes, inserted, to_operand, ivd)
        assert_same(run(text, x, indices, updates), xla_cpu(text, [x, indices, updates])[0])
    x = rng.standard_normal((5, 6)).astype(np.float32)
    for start in [(-3, 2), (4, 9)]:
        i, j = (np.array(v, np.int32) for v in start)
        assert_same(run(DS_TEXT.replace("s32[4,5]", "f32[5,6]").replace("s32[2,3]", "f32[2,3]"),
                        x, i, j),
                    xla_cpu(DS_TEXT.replace("s32[4,5]", "f32[5,6]").replace("s32[2,3]",
                                                                             "f32[2,3]"),
                            [x, i, j])[0])
    for algorithm, out, state in [
            ("rng_three_fry", "u32[5,3]", arr([1, 2**64 - 3], np.uint64)),
            ("rng_philox", "u64[7]", arr([7, 2**64 - 1, 5], np.uint64)),
            ("rng_default", "u16[2,3]", arr([1, 2**64 - 3], np.uint64)),
            ("rng_philox", "s32[3,1,2]", arr([7, 2**64 - 1], np.uint64)),
            ("rng_three_fry", "u8[3,3]", arr([9, 2**63], np.uint64)),
            ("rng_three_fry", "s64[3]", arr([9, 2**63], np.uint64))]:
        text = rng_text(algorithm, len(state), out)
        for a, b in zip(flat(run(text, state)), xla_cpu(text, [state])):
            assert_same(a, b.view(a.dtype))  # XLA gives signed bits back as unsigned
