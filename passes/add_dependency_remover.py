"""Add-dependency remover: `add-dependency(x, token)` is x for the compiled path.

The token orders x after the token's operands; hlox's schedule runs an instruction only
after its operands anyway and has no side effects to order, so the value is all that
is left (the token itself, from after-all, stays a one-byte value)."""
from __future__ import annotations

from hlox.ir import ModuleOp

from .pass_base import HloPass, all_instructions, replace_with


class AddDependencyRemover(HloPass):
    """Replace add-dependency by its first operand."""

    name = "add-dependency-remover"

    def run(self, module: ModuleOp) -> bool:
        changed = False
        for _, op in all_instructions(module):
            if op.opcode == "add-dependency":
                replace_with(op, op.operands[0])
                changed = True
        return changed
