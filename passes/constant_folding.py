"""Constant folding: an instruction whose operands are all constants becomes a constant.

Each candidate is evaluated on its own with the reference evaluator (`hlox.ir.evaluator`),
in a one-instruction module, so folding computes exactly what running it would.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np

from hlox.ir.attributes import Literal
from hlox.ir.dialect import ComputationOp, Instruction, ModuleOp, make_instruction
from hlox.ir.opcodes import COLLECTIVE
from hlox.ir.shapes import ArrayShape

from .pass_base import HloPass, NameTable, callees, erase_dead, insert_before, replace_with

# Never folded:
# - broadcast and iota: they cost nothing once fused, and folding them turns a scalar into
#   a large literal in the program text (XLA's constant folding skips them too);
# - rng-bit-generator: its result is random bits, keep it visible;
# - control flow and fusions: they are not single instructions;
# - collectives, replica-id and partition-id: their value depends on the device.
_NOT_FOLDED = frozenset({
    "parameter", "constant", "broadcast", "iota", "rng-bit-generator", "while",
    "conditional", "call", "fusion", "tuple", "get-tuple-element", "optimization-barrier",
}) | COLLECTIVE


@dataclass(frozen=True)
class ConstantFolding(HloPass):
    """Evaluate instructions whose operands are all constants (results up to a size bound)."""

    name = "constant-folding"
    max_elements: int = 1024  # largest result folded, in elements

    def run(self, module: ModuleOp) -> bool:
        names = NameTable(module)
        changed = False
        for comp in module.computations():
            for op in list(comp.instructions()):
                if op.parent is None or not self._foldable(op):
                    continue
                # Imported at the first candidate: most modules have none, and the
                # evaluator's import (~30 ms) is a tenth of a cold compile.
                from hlox.ir.evaluator import evaluate
                value = _evaluate_alone(op, module, evaluate)
                if value is None:
                    continue
                shape = op.shape
                # (np.ascontiguousarray would turn a 0-d result into a 1-d one)
                array = np.array(value, dtype=shape.np_dtype).reshape(shape.dims).copy()
                constant = make_instruction("constant", [], ArrayShape(shape.dtype, shape.dims),
                                            names.fresh(op.hlo_name),
                                            {"literal": Literal(array)})
                insert_before(op, constant)
                operands = [v.owner for v in op.operands]
                replace_with(op, constant.result)
                erase_dead(operands)
                changed = True
        return changed

    def _foldable(self, op: Instruction) -> bool:
        if op.opcode in _NOT_FOLDED or not isinstance(op.shape, ArrayShape):
            return False
        if op.shape.size > self.max_elements or not op.operands:
            return False
        return all(isinstance(v.owner, Instruction) and v.owner.opcode == "constant"
                   for v in op.operands)


def _evaluate_alone(op: Instruction, module: ModuleOp, evaluate):
    """`op` evaluated in a module of its own: its constant operands, it, and its callees."""
    constants = [v.owner.clone() for v in op.operands]
    single = make_instruction(op.opcode, [c.result for c in constants], op.shape, op.hlo_name,
                              op.hlo_attrs)
    table = module.computation_table()
    wanted, stack = [], list(callees(op))
    while stack:  # reducers may call further computations (rare, but legal)
        name = stack.pop()
        if name in wanted:
            continue
        wanted.append(name)
        for inner in table[name].instructions():
            stack.extend(callees(inner))
    comps = [table[name].clone() for name in wanted]
    entry = ComputationOp.build("fold", [*constants, single], single.result)
    tiny = ModuleOp.build("fold", [*comps, entry], "fold")
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            return evaluate(tiny, [])
    except Exception:  # noqa: BLE001 - an op the evaluator cannot run is left unfolded
        return None
