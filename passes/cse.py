"""Common subexpression elimination: one instruction per (opcode, operands, attributes, shape)."""
from __future__ import annotations

from dataclasses import dataclass

from hlox.ir.dialect import ModuleOp
from hlox.ir.opcodes import COLLECTIVE

from .pass_base import HloPass, replace_with

# Never merged: a parameter is an input of its own, and two rng-bit-generator calls on the
# same state give the same bits anyway (so they could merge), but XLA keeps them apart;
# each collective is a meeting of devices of its own.
_NOT_MERGED = frozenset({"parameter", "rng-bit-generator"}) | COLLECTIVE


@dataclass(frozen=True)
class CommonSubexpressionElimination(HloPass):
    """Merge instructions computing the same thing from the same operands."""

    name = "cse"

    def run(self, module: ModuleOp) -> bool:
        changed = False
        for comp in module.computations():
            seen: dict[tuple, object] = {}
            for op in list(comp.instructions()):
                if op.opcode in _NOT_MERGED:
                    continue
                # Attribute values are hashable and compare by value (constants by their
                # bytes), the result type carries shape and layout.
                attrs = tuple(sorted((k, v) for k, v in op.hlo_attrs.items()))
                key = (op.opcode, tuple(id(v) for v in op.operands), attrs, op.result.type)
                try:
                    first = seen.setdefault(key, op)
                except TypeError:  # an unhashable attribute value: leave it alone
                    continue
                if first is not op:
                    replace_with(op, first.result)
                    changed = True
        return changed
