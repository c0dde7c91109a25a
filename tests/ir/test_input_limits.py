"""What the audit of issue 12 found in the parser and verifier: shapes beyond int64, number
literals that escaped as OverflowError, text that is not Unicode."""
from __future__ import annotations

import numpy as np
import pytest

import hlox
from hlox.ir import HloError, HloParseError, HloVerifyError, parse_module
from hlox.ir.shapes import ArrayShape

HUGE_DUS = """HloModule huge
ENTRY e {
  a = f32[] parameter(0)
  u = f32[1,4] parameter(1)
  b = f32[DIMS] broadcast(a), dimensions={}
  i = s32[] constant(0)
  d = f32[DIMS] dynamic-update-slice(b, u, i, i)
  ROOT s = f32[1,4] slice(d), slice={[0:1],[0:4]}
}
"""


def _constant(text: str) -> str:
    return f"HloModule m\nENTRY e {{\n  ROOT c = {text}\n}}\n"


def test_size_is_exact_past_int64():
    assert ArrayShape("f32", (2**32, 2**32)).size == 2**64
    assert ArrayShape("f32", ()).size == 1


def test_shape_whose_element_count_overflows_int64_is_rejected():
    """It used to have size 0, verify, and segfault `hlox run`."""
    expected = r"b: shape f32\[4294967296,4294967296\].*over int64"
    with pytest.raises(HloVerifyError, match=expected) as info:
        parse_module(HUGE_DUS.replace("DIMS", "4294967296,4294967296"), "huge.hlo")
    assert (info.value.line, info.value.col) == (5, 3)


def test_byte_size_over_int64_is_rejected_too():
    with pytest.raises(HloVerifyError, match="over int64"):
        parse_module(HUGE_DUS.replace("DIMS", f"{2**31},{2**31}"))


def test_dimension_beyond_int64_is_a_parse_error():
    with pytest.raises(HloParseError, match="99999999999999999999 is beyond int64") as info:
        parse_module(HUGE_DUS.replace("DIMS", "99999999999999999999,1"))
    assert (info.value.line, info.value.col) == (5, 11)


def test_attribute_integer_beyond_int64_is_a_parse_error():
    text = ("HloModule m\nENTRY e {\n  x = f32[4] parameter(0)\n"
            f"  ROOT s = f32[1] slice(x), slice={{[0:{2**64}]}}\n}}\n")
    with pytest.raises(HloParseError, match="beyond int64"):
        parse_module(text)


@pytest.mark.parametrize("literal, message", [
    ("pred[] constant(-inf)", "'-inf' is not a pred value"),
    ("pred[] constant(nan)", "'nan' is not a pred value"),
    ("pred[] constant(1e400)", "'1e400' is not a pred value"),
    ("pred[] constant(2)", "'2' is not a pred value"),
    ("pred[] constant(0.5)", "'0.5' is not a pred value"),
    ("f16[] constant(1e10)", "1e10 is out of range for f16"),
    ("f32[] constant(1e400)", "1e400 is out of range for f32"),
    ("bf16[2] constant({1, 1e39})", "1e39 is out of range for bf16"),
    ("s32[] constant(1.5)", "'1.5' is not an integer"),
    ("u8[] constant(-1)", "-1 does not fit u8"),
    ("s64[] constant(9223372036854775808)", "does not fit s64"),
])
def test_bad_number_is_a_located_error(literal, message):
    with pytest.raises(HloError, match=message) as info:
        parse_module(_constant(literal))
    assert info.value.line == 3


@pytest.mark.parametrize("literal, value", [
    ("pred[2] constant({1, 0})", [True, False]),
    ("pred[] constant(true)", True),
    ("f32[] constant(-inf)", -np.inf),
    ("f16[] constant(65504)", 65504.0),
    ("u64[] constant(18446744073709551615)", 2**64 - 1),
    ("s64[] constant(-9223372036854775808)", -2**63),
])
def test_numbers_at_the_edges_parse(literal, value):
    module = parse_module(_constant(literal))
    (constant,) = module.entry_computation.instructions()
    np.testing.assert_array_equal(constant.attr("literal").array, value)


def test_lone_surrogate_is_a_parse_error_not_a_unicode_error():
    """hlox.compile hashed the text first and raised UnicodeEncodeError in the cache."""
    text = _constant("f32[] constant(1) /* \udc80 */")
    with pytest.raises(HloParseError, match="lone surrogate U\\+DC80") as info:
        hlox.compile(text)
    assert (info.value.line, info.value.col) == (3, 33)
