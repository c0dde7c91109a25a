"""HLO text parser and printer: real JAX/XLA text, round trips, errors, mutation fuzzing."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hlox.ir import HloError, HloParseError, HloVerifyError, parse_module, print_module
from hlox.ir.opcodes import OPS

FIXTURES = Path(__file__).parent.parent / "fixtures" / "jax"
ALL_HLO = sorted(FIXTURES.glob("*.hlo"))
# Fixture programs that use ops hlox does not implement: the error must name the op.
UNSUPPORTED = {"op_sharding.hlo": "custom-call",
               "op_top_k.opt.hlo": "custom-call"}


def _parse_file(path: Path):
    return parse_module(path.read_text(), str(path), fill_elided_constants=True)


@pytest.mark.parametrize("path", ALL_HLO, ids=lambda p: p.name)
def test_fixture_parses_and_prints_as_a_fixed_point(path):
    if path.name in UNSUPPORTED:
        with pytest.raises(HloParseError, match=f"unsupported HLO op '{UNSUPPORTED[path.name]}'"):
            _parse_file(path)
        return
    text = print_module(_parse_file(path))
    assert print_module(parse_module(text)) == text


def test_fixtures_cover_both_forms():
    """The corpus has JAX's short form and XLA's optimized %-form with debug tables."""
    texts = [p.read_text() for p in ALL_HLO]
    assert any("StackFrames" in t for t in texts)
    assert any(re.search(r"^\s*%\w", t, re.M) for t in texts)
    assert any("/*index=" in t for t in texts)
    assert any("metadata={" in t for t in texts)


def test_elided_constant_needs_the_option():
    text = (FIXTURES / "op_constants.hlo").read_text()
    with pytest.raises(HloParseError, match="elided"):
        parse_module(text, "c.hlo")
    a = print_module(parse_module(text, fill_elided_constants=True))
    b = print_module(parse_module(text, fill_elided_constants=True))
    assert a == b  # filled deterministically


SHORT = """HloModule m

add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}

ENTRY main {
  x = f32[2,3]{1,0} parameter(0)
  z = f32[] constant(0)
  ROOT r = f32[2] reduce(x, z), dimensions={1}, to_apply=add
}
"""


def test_short_and_classic_forms_agree():
    classic = """HloModule m, entry_computation_layout={(f32[2,3]{1,0})->f32[2]{0}}

%add (a: f32[], b: f32[]) -> f32[] {
  %a = f32[] parameter(0)
  %b = f32[] parameter(1)
  ROOT %s = f32[] add(f32[] %a, f32[] %b), metadata={op_name="x" source_line=3}
}

ENTRY %main (x: f32[2,3]) -> f32[2] {
  %x = f32[2,3]{1,0} parameter(0)
  %z = f32[] constant(0)
  ROOT %r = f32[2]{0} reduce(f32[2,3]{1,0} %x, f32[] %z), dimensions={1}, to_apply=%add
}
"""
    assert print_module(parse_module(classic)) == print_module(parse_module(SHORT))


def test_omitted_shapes_are_inferred_and_tiling_ignored():
    text = """HloModule m
ENTRY e {
  x = f32[4,8]{1,0:T(8,128)} parameter(0)
  t = transpose(x), dimensions={1,0}
  ROOT n = negate(t)
}
"""
    module = parse_module(text)
    assert str(module.entry_computation.root.shape) == "f32[8,4]{1,0}"


def test_literals():
    text = """HloModule m
ENTRY e {
  a = f32[2,2] constant({ { 1, -2.5 }, { inf, -nan } })
  b = pred[3] constant({true, false, true})
  c = s8[2] constant({-128, 127})
  d = bf16[] constant(1.5)
  e = u64[] constant(18446744073709551615)
  ROOT t = (f32[2,2], pred[3], s8[2], bf16[], u64[]) tuple(a, b, c, d, e)
}
"""
    module = parse_module(text)
    printed = print_module(module)
    assert "constant({ {1, -2.5}, {inf, -nan} })" in printed
    assert "constant({true, false, true})" in printed
    assert "constant(18446744073709551615)" in printed
    assert print_module(parse_module(printed)) == printed


# (text, line, column, message) for malformed input
BAD_INPUTS = [
    ("HloModul m\nENTRY e {\n  ROOT x = f32[] parameter(0)\n}\n", 1, 1, "expected 'HloModule'"),
    ("HloModule m\nENTRY e {\n  ROOT x = f33[] parameter(0)\n}\n", 3, 12, "unknown element type"),
    ("HloModule m\nENTRY e {\n  ROOT x = f32[] frobnicate(0)\n}\n", 3, 18,
     "unsupported HLO op 'frobnicate'"),
    ("HloModule m\nENTRY e {\n  x = f32[2] parameter(0)\n  ROOT y = f32[2] add(x, q)\n}\n",
     4, 26, "unknown operand 'q'"),
    ("HloModule m\nENTRY e {\n  x = f32[2] parameter(0)\n  ROOT y = f32[3] negate(x)\n}\n",
     4, 8, "negate of f32[2]{0} gives f32[2]{0}, but the instruction says f32[3]{0}"),
    ("HloModule m\nENTRY e {\n  x = f32[2] parameter(0)\n  ROOT y = f32[2] add(x, x), foo=1\n}\n",
     4, 30, "unknown attribute 'foo' for add"),
    ("HloModule m\nENTRY e {\n  x = f32[2] parameter(0)\n", 4, 1, "not closed"),
    ("HloModule m\nENTRY e {\n  x = f32[2]{1,0} parameter(0)\n  ROOT y = f32[2] negate(x)\n}\n",
     3, 13, "not a permutation"),
    ("HloModule m\nENTRY e {\n  x = f32[2] constant({1, 2, 3})\n  ROOT y = f32[2] negate(x)\n}\n",
     3, 23, "constant has 3 values"),
    ("HloModule m\nENTRY e {\n  x = s8[] constant(300)\n  ROOT y = s8[] negate(x)\n}\n",
     3, 21, "does not fit s8"),
    ("HloModule m\nENTRY e {\n  x = f32[2] parameter(1)\n  ROOT y = f32[2] negate(x)\n}\n",
     3, 3, "parameters numbered [1]"),
    ("HloModule m\nENTRY e {\n  x = f32[2,3] parameter(0)\n"
     "  ROOT y = f32[3,2] transpose(x), dimensions={0,0}\n}\n", 4, 8, "not a permutation"),
]


@pytest.mark.parametrize("text,line,col,message", BAD_INPUTS)
def test_errors_point_at_the_problem(text, line, col, message):
    with pytest.raises(HloError) as info:
        parse_module(text, "bad.hlo")
    error = info.value
    assert message in error.message
    assert (error.filename, error.line, error.col) == ("bad.hlo", line, col)
    rendered = str(error).splitlines()
    assert rendered[0].startswith(f"bad.hlo:{line}:{col}: ")
    assert rendered[2] == " " * (col - 1) + "^"


def test_verify_errors_name_the_instruction():
    text = "HloModule m\nENTRY e {\n  a = f32[2] parameter(0)\n  b = s32[2] parameter(1)\n" \
           "  ROOT y = f32[2] add(a, b)\n}\n"
    with pytest.raises(HloVerifyError, match="y: operand element types differ: f32 and s32"):
        parse_module(text)


_TOKEN = re.compile(r"%?[A-Za-z_][\w.\-]*|\d+|\S")


def _mutate(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    kind = rng.randrange(6)
    if kind == 0 and lines:  # delete a line
        del lines[rng.randrange(len(lines))]
        return "\n".join(lines)
    if kind == 1 and lines:  # duplicate a line
        i = rng.randrange(len(lines))
        lines.insert(rng.randrange(len(lines) + 1), lines[i])
        return "\n".join(lines)
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    start, end = tokens[rng.randrange(len(tokens))]
    other_start, other_end = tokens[rng.randrange(len(tokens))]
    other = text[other_start:other_end]
    if kind == 2:  # delete a token
        return text[:start] + text[end:]
    if kind == 3:  # duplicate a token
        return text[:end] + " " + text[start:end] + text[end:]
    if kind == 4:  # replace a token by another one from the text
        return text[:start] + other + text[end:]
    junk = rng.choice(["{", "}", "(", ")", ",", "=", "-1", "999999999999", "f32[", "\"", "/*",
                       "ROOT", "ENTRY", "%", "nan", "[0:1]", "x", "->", ":", "{...}"])
    return text[:start] + junk + text[end:]


_SEEDS = [p for p in ALL_HLO if p.name not in UNSUPPORTED and p.stat().st_size < 20000]


def test_mutation_fuzz_only_hlo_errors():
    rng = random.Random(1234)
    outcomes = {"ok": 0, "error": 0}
    sources = [p.read_text() for p in _SEEDS]
    for _ in range(500):
        text = rng.choice(sources)
        for _ in range(rng.randrange(1, 4)):
            text = _mutate(text, rng)
        try:
            module = parse_module(text, "fuzz.hlo", fill_elided_constants=True)
        except HloError as e:
            assert str(e)  # renders without raising
            outcomes["error"] += 1
            continue
        printed = print_module(module)
        assert print_module(parse_module(printed)) == printed
        outcomes["ok"] += 1
    assert outcomes["error"] > 100 and outcomes["ok"] > 10


@settings(max_examples=40, deadline=None)
@given(dims=st.lists(st.integers(0, 5), min_size=0, max_size=4),
       dtype=st.sampled_from(["f32", "s32", "u8", "pred", "bf16", "f64", "s64"]),
       seed=st.integers(0, 2**31 - 1))
def test_random_constant_round_trip(dims, dtype, seed):
    import numpy as np
    from hlox.ir.builder import ModuleBuilder
    from hlox.ir.shapes import ELEMENT_TYPES

    rng = np.random.default_rng(seed)
    values = rng.standard_normal(dims) * 100
    if dtype == "pred":
        values = values > 0
    array = values.astype(ELEMENT_TYPES[dtype].dtype)
    mb = ModuleBuilder("m")
    main = mb.computation("main")
    main.build(main.constant(array))
    text = print_module(mb.build("main"))
    parsed = parse_module(text)
    got = parsed.entry_computation.root.attr("literal").array
    assert got.dtype == array.dtype and got.shape == array.shape
    assert got.tobytes() == array.tobytes()
    assert print_module(parsed) == text


def test_every_opcode_has_a_shape_rule():
    from hlox.ir.shape_inference import SHAPE_RULES
    assert set(SHAPE_RULES) == set(OPS)


def test_xla_parser_accepts_printed_text():
    """What hlox prints, XLA's own parser reads (needs jaxlib; skipped without it)."""
    hlo = pytest.importorskip("jaxlib._hlo")
    for path in ALL_HLO:
        if path.name in UNSUPPORTED:
            continue
        text = print_module(_parse_file(path))
        hlo.hlo_module_from_text(text)  # raises on anything XLA does not accept
