"""HLO in, memory plan out: every `tests/passes/memory_plan/*.hlo` is lowered as it is (no
passes) and its plan (`CProgram.memory_plan`, the `buffer-assignment.json` dump) checked.

Directives in `//` comments:

    // STEPS: a, b, w (begin), ...   the schedule positions' steps, in order
    // DECISION: KIND INSTRUCTION    the plan made this decision (reuse-operand, ...)
    // NO-DECISION: KIND INSTRUCTION it did not
    // LIVE: LABEL [first, last]     the live range of the buffer labelled LABEL
    // ARENA: N                      the arena is at most N bytes

Every case also runs the compiled module against the reference evaluator: a plan may
save memory, never change a result.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from codegen_check import check
from hlox.ir import parse_module
from test_hlo_cases import random_inputs

CASES = sorted((Path(__file__).parent / "memory_plan").glob("*.hlo"))
_DIRECTIVE = re.compile(r"^\s*//\s*(STEPS|DECISION|NO-DECISION|LIVE|ARENA):\s?(.*)$")


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_memory_plan_case(path):
    text = path.read_text()
    args = random_inputs(parse_module(text))
    args = [np.clip(a, 0, 3) if a.dtype.kind == "i" else a for a in args]
    plan = json.loads(check(text, *args, rtol=1e-5, atol=1e-5).memory_plan)
    made = {(d["kind"], d["instruction"]) for d in plan["decisions"]}
    by_label = {b["label"]: b for b in plan["buffers"]}
    directives = [m.groups() for m in map(_DIRECTIVE.match, text.splitlines()) if m]
    assert directives, "a case needs directives"
    for name, value in directives:
        if name == "STEPS":
            assert plan["steps"] == [s.strip() for s in value.split(",")]
        elif name in ("DECISION", "NO-DECISION"):
            kind, inst = value.split()
            assert ((kind, inst) in made) == (name == "DECISION"), (value, sorted(made))
        elif name == "LIVE":
            label, live = value.split(" ", 1)
            assert by_label[label]["live"] == json.loads(live)
        elif name == "ARENA":
            assert plan["arena_bytes"] <= int(value)


def test_plan_positions_cover_every_use():
    """Each buffer's live range lies within the positions, and no two temporaries live at
    the same position share arena bytes."""
    text = (Path(__file__).parent / "memory_plan" / "while_donation.hlo").read_text()
    plan = json.loads(check(text, np.ones(64, np.float32)).memory_plan)
    temps = [b for b in plan["buffers"] if b["place"] == "arena" and b["live"]
             and "view_of" not in b]
    for b in plan["buffers"]:
        if b["live"]:
            assert 0 <= b["live"][0] <= b["live"][1] < len(plan["steps"])
    for a in temps:
        for b in temps:
            if a["id"] < b["id"] and not (a["live"][1] < b["live"][0]
                                          or b["live"][1] < a["live"][0]):
                assert (a["offset"] + a["bytes"] <= b["offset"]
                        or b["offset"] + b["bytes"] <= a["offset"]), (a, b)
