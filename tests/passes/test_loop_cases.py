"""HLO in, loop-level IR out: every `tests/passes/loops/*.hlo` is lowered as it is (no HLO
passes; fusions written out in the case) with 2 threads, and its `.loops.mlir` text
(`CProgram.loop_ir`, after the loop passes) is checked against the case's `// CHECK:`
lines, as `tests/passes/hlo/*.hlo` cases are (`test_hlo_cases.check`: CHECK, CHECK-NEXT,
CHECK-NOT, CHECK-COUNT-N, `{{regex}}`).

Every case also runs compiled against the reference evaluator: a loop decision may make
a kernel faster, never change what it computes.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from codegen_check import check as run_against_evaluator
from hlox.ir import parse_module
from test_hlo_cases import check, random_inputs

CASES = sorted((Path(__file__).parent / "loops").glob("*.hlo"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_loop_case(path):
    text = path.read_text()
    assert "// CHECK" in text, "a case needs CHECK lines"
    args = random_inputs(parse_module(text, str(path)))
    args = [np.clip(a, 0, 3) if a.dtype.kind in "iu" else a for a in args]
    program = run_against_evaluator(text, *args, rtol=1e-4, atol=1e-4, threads=2)
    check(program.loop_ir, text)
