"""Call inlining: every `call` is replaced by the body of the computation it calls."""
from __future__ import annotations

from dataclasses import dataclass

from xdsl.ir import SSAValue

from hlox.ir.dialect import Instruction, ModuleOp

from .pass_base import (
    HloPass, NameTable, clone_instruction, insert_before, remove_unreachable_computations,
    replace_with,
)


@dataclass(frozen=True)
class CallInliner(HloPass):
    """Inline `call` instructions (JAX emits one per nested jit / checkpoint)."""

    name = "call-inliner"

    def run(self, module: ModuleOp) -> bool:
        table = module.computation_table()
        names = NameTable(module)
        changed = False
        # A callee may itself contain calls: those are copied into the caller and handled
        # by the next round, so nesting of any depth ends (HLO has no recursion).
        while True:
            calls = [op for comp in module.computations() for op in comp.instructions()
                     if op.opcode == "call"]
            if not calls:
                break
            for call in calls:
                inline_call(call, table[call.attr("to_apply")], names)
            changed = True
        if changed:
            remove_unreachable_computations(module)
        return changed


def inline_call(call: Instruction, callee, names: NameTable) -> None:
    mapping: dict[SSAValue, SSAValue] = {}
    for op in callee.instructions():
        if op.opcode == "parameter":
            mapping[op.result] = call.operands[op.attr("parameter_number")]
            continue
        copy = clone_instruction(op, [mapping[v] for v in op.operands], names.fresh(op.hlo_name))
        insert_before(call, copy)
        mapping[op.result] = copy.result
    replace_with(call, mapping[callee.root.result])
