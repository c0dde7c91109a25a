"""split-loops-at-bounds (`passes/codegen/index_split.py`): a minor loop that branches on
its own index runs as consecutive branch-free loops. Each form is compiled (as a fusion,
its bounds checks inlined into one kernel) and compared with the reference evaluator, and
its loop IR is checked for the split (more minor loops, fewer branches)."""
from __future__ import annotations

import numpy as np
import pytest

from codegen_check import check

_PAD = """HloModule m
fused {{
  x = f32[{rows},{cols}] parameter(0)
  two = f32[] constant(2)
  b = f32[{rows},{cols}] broadcast(two), dimensions={{}}
  m = f32[{rows},{cols}] multiply(x, b)
  z = f32[] constant(-1)
  ROOT p = f32[{rows},{out}] pad(m, z), padding=0_0x{padding}
}}
ENTRY e {{
  x = f32[{rows},{cols}] parameter(0)
  ROOT f = f32[{rows},{out}] fusion(x), kind=kLoop, calls=fused
}}
"""

_CONCAT = """HloModule m
fused {
  a = f32[4,3] parameter(0)
  b = f32[4,5] parameter(1)
  n = f32[4,5] negate(b)
  c = f32[4,2] parameter(2)
  ROOT k = f32[4,10] concatenate(a, n, c), dimensions={1}
}
ENTRY e {
  a = f32[4,3] parameter(0)
  b = f32[4,5] parameter(1)
  c = f32[4,2] parameter(2)
  ROOT f = f32[4,10] fusion(a, b, c), kind=kLoop, calls=fused
}
"""


def _pad_text(cols: int, low: int, high: int, interior: int = 0, rows: int = 3) -> str:
    out = cols + low + high + max(cols - 1, 0) * interior
    padding = f"{low}_{high}" + (f"_{interior}" if interior else "")
    return _PAD.format(rows=rows, cols=cols, out=out, padding=padding)


def _minor_loops(loop_ir: str) -> int:
    return sum("minor" in line for line in loop_ir.splitlines() if "kernel.for" in line)


@pytest.mark.parametrize("cols, low, high, interior, pieces", [
    (8, 1, 1, 0, 3),     # both edges
    (8, 0, 3, 0, 2),     # right edge only
    (8, 2, 0, 0, 2),     # left edge only
    (8, -2, 3, 0, 2),    # a negative low edge crops: only the right edge is padding
    (1, 4, 4, 0, 3),     # one column between wide edges
    (8, 1, 1, 1, 2),     # interior padding: the left edge splits off; the parity check and
                         # the upper bound (on (i - 1) / 2, not i + k) stay branches
])
def test_pads_split_into_edge_and_middle_loops(cols, low, high, interior, pieces):
    text = _pad_text(cols, low, high, interior)
    x = np.random.default_rng(cols + low).standard_normal((3, cols)).astype(np.float32)
    prog = check(text, x)
    assert _minor_loops(prog.loop_ir) == pieces, prog.loop_ir


def test_a_concatenate_of_three_runs_as_three_branch_free_loops():
    rng = np.random.default_rng(1)
    args = [rng.standard_normal(s).astype(np.float32) for s in ((4, 3), (4, 5), (4, 2))]
    prog = check(_CONCAT, *args)
    assert _minor_loops(prog.loop_ir) == 3
    assert "kernel.if" not in prog.loop_ir and "index_select" not in prog.loop_ir


def test_a_loop_with_more_cuts_than_pieces_allowed_stays_one_loop():
    # six operands: six pieces would repeat the body more than MAX_PIECES times
    text = "HloModule m\nfused {\n" + "".join(
        f"  p{i} = f32[2,2] parameter({i})\n" for i in range(6)) + \
        "  ROOT k = f32[2,12] concatenate(" + ", ".join(f"p{i}" for i in range(6)) + \
        "), dimensions={1}\n}\nENTRY e {\n" + "".join(
        f"  p{i} = f32[2,2] parameter({i})\n" for i in range(6)) + \
        "  ROOT f = f32[2,12] fusion(" + ", ".join(f"p{i}" for i in range(6)) + \
        "), kind=kLoop, calls=fused\n}\n"
    args = [np.full((2, 2), i, np.float32) for i in range(6)]
    prog = check(text, *args)
    assert _minor_loops(prog.loop_ir) == 1
