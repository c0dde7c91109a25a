"""IR in, IR out: every `tests/passes/hlo/*.hlo` file runs through `hlox opt` and is checked.

A case file is an HLO module with directives in `//` comments (the parser skips them):

    // RUN: algsimp,dce                 passes, as `hlox opt --passes` takes them
    // CHECK: multiply(                 a line containing this text, after the previous match
    // CHECK-NEXT: ROOT                 ... on the line right after the previous match
    // CHECK-NOT: reshape(              no line between the previous and the next match has it
    // CHECK-COUNT-2: fusion(           exactly this many lines (from here on) contain it
    // CHECK: for {{.*}} attributes       `{{...}}` is a regular expression (FileCheck's)

Every case also runs the module before and after the passes through the reference
evaluator on random inputs: a pass may change how a module computes, never what.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from hlox.ir import parse_module, print_module, verify_module
from hlox.ir.evaluator import evaluate
from hlox.tools.cmd_opt import make_pass, split_pass_list

CASES = sorted((Path(__file__).parent / "hlo").glob("*.hlo"))
_DIRECTIVE = re.compile(r"^\s*//\s*(RUN|CHECK(?:-NEXT|-NOT|-COUNT-(\d+))?):\s?(.*)$")


def run_case(text: str) -> str:
    passes = [line for line in text.splitlines() if _DIRECTIVE.match(line)
              and _DIRECTIVE.match(line).group(1) == "RUN"]
    assert passes, "a case needs a RUN line"
    module = parse_module(text, "case")
    inputs = random_inputs(module)
    before = evaluate(module, inputs)
    for spec in split_pass_list(_DIRECTIVE.match(passes[0]).group(3)):
        make_pass(spec).run(module)
        verify_module(module)
    assert_same(before, evaluate(module, inputs))
    return print_module(module)


def random_inputs(module):
    rng = np.random.default_rng(0)
    arrays = []
    for shape in module.entry_computation.parameter_shapes:
        kind = shape.element_type.kind
        if kind == "float":
            value = rng.standard_normal(shape.dims)
        elif kind == "complex":
            value = rng.standard_normal(shape.dims) + 1j * rng.standard_normal(shape.dims)
        elif kind == "pred":
            value = rng.integers(0, 2, shape.dims)
        else:
            value = rng.integers(-5 if kind == "sint" else 0, 10, shape.dims)
        arrays.append(np.asarray(value).astype(shape.np_dtype))
    return arrays


def assert_same(expected, got):
    if isinstance(expected, tuple):
        assert isinstance(got, tuple) and len(got) == len(expected)
        for e, g in zip(expected, got):
            assert_same(e, g)
        return
    assert expected.shape == got.shape and expected.dtype == got.dtype
    if np.issubdtype(expected.dtype, np.floating):
        np.testing.assert_allclose(got, expected, rtol=1e-6, atol=1e-6)
    elif expected.dtype.kind == "c":  # a rewrite may reassociate (fft-expander: DFT dots)
        np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)
    else:
        np.testing.assert_array_equal(got, expected)


def _matcher(pattern: str):
    """`line -> bool`: the line contains `pattern`, whose `{{...}}` parts are regular
    expressions and the rest literal text."""
    if "{{" not in pattern:
        return lambda line: pattern in line
    parts = re.split(r"\{\{(.*?)\}\}", pattern)
    regex = re.compile("".join(part if n % 2 else re.escape(part)
                               for n, part in enumerate(parts)))
    return lambda line: regex.search(line) is not None


def check(output: str, text: str) -> None:
    lines = output.splitlines()
    position = 0  # next line to search from
    last_match = -1
    pending_not: list[str] = []
    for directive in text.splitlines():
        m = _DIRECTIVE.match(directive)
        if not m or m.group(1) == "RUN":
            continue
        kind, pattern = m.group(1), m.group(3).strip()
        matches = _matcher(pattern)
        if kind == "CHECK-NOT":
            pending_not.append((pattern, matches))
            continue
        if kind.startswith("CHECK-COUNT"):
            count = sum(matches(line) for line in lines[position:])
            assert count == int(m.group(2)), \
                f"expected {m.group(2)} lines with '{pattern}', found {count}:\n{output}"
            continue
        if kind == "CHECK-NEXT":
            found = last_match + 1 if last_match + 1 < len(lines) \
                and matches(lines[last_match + 1]) else None
            assert found is not None, f"CHECK-NEXT '{pattern}' not on the line after " \
                                      f"'{lines[last_match]}':\n{output}"
        else:
            found = next((i for i in range(position, len(lines)) if matches(lines[i])), None)
            assert found is not None, f"CHECK '{pattern}' not found:\n{output}"
        for banned, hit in pending_not:
            hits = [line for line in lines[position:found] if hit(line)]
            assert not hits, f"CHECK-NOT '{banned}' found: {hits[0]}\n{output}"
        pending_not = []
        last_match, position = found, found + 1
    for banned, hit in pending_not:
        hits = [line for line in lines[position:] if hit(line)]
        assert not hits, f"CHECK-NOT '{banned}' found: {hits[0]}\n{output}"


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_case(case: Path):
    text = case.read_text()
    check(run_case(text), text)
