"""Map inliner: `map(a, b), to_apply=f` becomes f's body on whole arrays (as XLA's
MapInliner), so the code generator sees ordinary elementwise ops and fuses them.

It applies when f holds only parameters, scalar constants (broadcast to the map's
dimensions) and elementwise ops; a map over any other computation is left as it is.
"""
from __future__ import annotations

from hlox.ir import ModuleOp
from hlox.ir.opcodes import ELEMENTWISE
from hlox.ir.shapes import ArrayShape

from .pass_base import HloPass, NameTable, all_instructions, build_before, replace_with


class MapInliner(HloPass):
    """Inline maps over elementwise scalar computations as elementwise array ops."""

    name = "map-inliner"

    def run(self, module: ModuleOp) -> bool:
        names = NameTable(module)
        table = module.computation_table()
        changed = False
        for _, op in all_instructions(module):
            if op.opcode == "map" and _inlinable(table[op.attr("to_apply")]):
                replace_with(op, _inline(op, table[op.attr("to_apply")], names))
                changed = True
        return changed


def _inlinable(comp) -> bool:
    return all(i.opcode in ELEMENTWISE or i.opcode == "parameter" or
               (i.opcode == "constant" and isinstance(i.shape, ArrayShape) and not i.shape.rank)
               for i in comp.instructions())


def _inline(op, comp, names: NameTable):
    dims = op.shape.dims
    values = {}
    for inst in comp.instructions():
        if inst.opcode == "parameter":
            values[inst.result] = op.operands[inst.attr("parameter_number")]
            continue
        shape = ArrayShape(inst.shape.dtype, dims)
        if inst.opcode == "constant":
            scalar = build_before(op, names, "constant", [], inst.shape, inst.hlo_name,
                                  {"literal": inst.attr("literal")})
            new = build_before(op, names, "broadcast", [scalar.result], shape,
                               f"{inst.hlo_name}.bcast", {"dimensions": ()})
        else:
            new = build_before(op, names, inst.opcode, [values[v] for v in inst.operands],
                               shape, f"{op.hlo_name}.{inst.hlo_name}", inst.hlo_attrs)
        values[inst.result] = new.result
    return values[comp.root.result]
