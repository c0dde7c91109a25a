"""Dead code elimination: instructions nobody uses, computations nobody calls."""
from __future__ import annotations

from dataclasses import dataclass

from hlox.ir.dialect import ModuleOp
from hlox.ir.opcodes import COMMUNICATING

from .pass_base import HloPass, erase, has_uses, remove_unreachable_computations


@dataclass(frozen=True)
class DeadCodeElimination(HloPass):
    """Remove instructions whose result is unused and computations unreachable from ENTRY."""

    name = "dce"

    def run(self, module: ModuleOp) -> bool:
        changed = False
        for comp in module.computations():
            # Walk backwards so a chain of dead instructions goes in one sweep. Parameters
            # stay: they are the computation's signature, and so do collectives: every
            # device must reach them.
            for op in reversed(list(comp.instructions())):
                if op.opcode != "parameter" and op.opcode not in COMMUNICATING and \
                        not has_uses(op):
                    erase(op)
                    changed = True
        return remove_unreachable_computations(module) or changed
