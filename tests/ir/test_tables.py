"""Completeness of the rule tables: every opcode of `ir/opcodes.py`'s table has an entry in
every table that interprets it (shape inference, the evaluator, code generation), its
traits say what the lowering layers expect, and attribute tables cover every attribute."""
from __future__ import annotations

import pytest

from hlox.ir import opcodes
from hlox.ir.attributes import ATTRIBUTE_KINDS
from hlox.ir.evaluator import EVAL_RULES
from hlox.ir.opcodes import COLLECTIVE, ELEMENTWISE, OPS, REQUIRED_ATTRS, TRAITS, traits
from hlox.ir.shape_inference import SHAPE_RULES
from hlox.passes.codegen.gen import INDEX_RULES
from hlox.passes.codegen.heavy import RULES as HEAVY_RULES
from hlox.passes.codegen.heavy_indexed import RULES as INDEXED_RULES
from hlox.passes.codegen.emitters.convolution import RULES as CONV_RULES
from hlox.passes.codegen.scalar_ops import ELEMENTWISE_RULES

# Lowered by `passes/codegen/lower.py` itself, not by a per-opcode rule; collectives by
# `passes/codegen/collectives.py` (calls in hlox_main).
LOWERED_STRUCTURALLY = {"parameter", "tuple", "get-tuple-element", "opt-barrier", "fusion",
                        "while", "conditional", "call"} | COLLECTIVE


@pytest.mark.parametrize("op", sorted(OPS))
def test_every_opcode_has_every_rule(op):
    assert op in SHAPE_RULES or op in ("parameter",), f"{op}: no shape rule"
    assert op in EVAL_RULES or op in ("parameter", "fusion"), f"{op}: no evaluator rule"
    assert op in TRAITS
    t = traits(op)
    if t.expanded_by is not None:  # code generation never sees it
        from hlox.pipeline import PASSES

        assert t.expanded_by in PASSES, f"{op}: expanded by an unknown pass {t.expanded_by}"
        return
    if op in LOWERED_STRUCTURALLY:
        return
    if t.materialized:
        assert op in HEAVY_RULES or op in INDEXED_RULES or op in CONV_RULES, f"{op}: materialised, no codegen rule"
    else:
        assert op in INDEX_RULES, f"{op}: computed per element, no codegen index rule"
    if t.loop_fusible:
        assert op in INDEX_RULES, f"{op}: loop-fusible, but no per-element rule"


def test_elementwise_tables_agree():
    assert set(ELEMENTWISE_RULES) == set(ELEMENTWISE)
    assert opcodes.LIFTABLE >= ELEMENTWISE


def test_trait_sets_are_the_registry():
    for name, trait in [("LOOP_FUSIBLE", "loop_fusible"), ("FREE", "free"),
                        ("MATERIALIZED", "materialized"), ("ALIASING", "aliasing"),
                        ("CONTROL", "control"), ("LIFTABLE", "liftable")]:
        assert getattr(opcodes, name) == {op for op in OPS if getattr(traits(op), trait)}, name
    assert not (opcodes.FREE - opcodes.LOOP_FUSIBLE - {"convert"})


def test_an_unknown_opcode_gets_the_defaults():
    t = traits("some-new-op")
    assert t.materialized and t.kernel and not t.loop_fusible and not t.aliasing
    assert t.category == "heavy"


def test_attribute_tables_cover_every_attribute():
    # written inside the parentheses, `parameter(N)` and `constant(...)`, not as `name=`
    operand_like = {"parameter_number", "literal"}
    for op, info in OPS.items():
        assert set(REQUIRED_ATTRS.get(op, ())) <= set(info.attrs), op
        for attr in set(info.attrs) - operand_like:
            assert attr in ATTRIBUTE_KINDS, f"{op}: attribute {attr} has no kind"
