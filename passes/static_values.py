"""Static-meaning remover: ops whose value the compiled path knows without computing.

`add-dependency(x, token)` is x: the token orders x after the token's operands; hlox's
schedule runs an instruction only after its operands anyway and has no side effects to
order, so the value is all that is left (the token itself, from after-all, stays a
one-byte value). `get-dimension-size` of a static dimension is that size, a constant."""
from __future__ import annotations

import numpy as np

from hlox.ir import ModuleOp
from hlox.ir.attributes import Literal
from hlox.ir.shapes import scalar

from .pass_base import HloPass, NameTable, all_instructions, build_before, replace_with


class StaticValues(HloPass):
    """Replace add-dependency by its operand, get-dimension-size by a constant."""

    name = "static-values"

    def run(self, module: ModuleOp) -> bool:
        names = NameTable(module)
        changed = False
        for _, op in all_instructions(module):
            if op.opcode == "add-dependency":
                replace_with(op, op.operands[0])
                changed = True
            elif op.opcode == "get-dimension-size":
                size = op.operand_shapes[0].dims[op.attr("dimensions")[0]]
                constant = build_before(op, names, "constant", [], scalar("s32"), op.hlo_name,
                                        {"literal": Literal(np.array(size, np.int32))})
                replace_with(op, constant.result)
                changed = True
        return changed
