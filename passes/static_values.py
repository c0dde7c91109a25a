"""Static-meaning remover: ops whose value the compiled path knows without computing.

`add-dependency(x, token)` is x: the token orders x after the token's operands; hlox's
schedule runs an instruction only after its operands anyway and has no side effects to
order, so the value is all that is left (the token itself, from after-all, stays a
one-byte value). `get-dimension-size` of a static dimension is that size, a constant.

Bounded dynamic dimensions (`s32[<=4]`), as XLA's dynamic padder: arrays stay padded to
their bounds, and the size in force of each dynamic dimension is a value of the program
(`ir.shape_inference.dynamic_sizes` says how it flows). `set-dimension-size(x, n)` is x;
`get-dimension-size` of a dynamic dimension is its size value; a reduce over one reads
the reducer's init value in the padding (select(iota < size, x, init)). Each computation
on its own: its parameters' dynamic dimensions are full."""
from __future__ import annotations

import numpy as np

from hlox.ir import ModuleOp
from hlox.ir.attributes import Literal
from hlox.ir.dialect import Instruction
from hlox.ir.errors import ShapeError
from hlox.ir.shape_inference import dynamic_sizes
from hlox.ir.shapes import ArrayShape, scalar
from hlox.ir.verifier import error_at

from .pass_base import HloPass, NameTable, all_instructions, build_before, is_root, replace_with


class StaticValues(HloPass):
    """Replace add-dependency by its operand, get-dimension-size by a constant."""

    name = "static-values"

    def run(self, module: ModuleOp) -> bool:
        names = NameTable(module)
        sizes = _sizes_in_force(module)
        changed = False
        for _, op in all_instructions(module):
            operand_sizes = [sizes.get(v, {}) for v in op.operands]
            if op.opcode == "add-dependency":
                replace_with(op, op.operands[0])
                changed = True
            elif op.opcode == "get-dimension-size":
                dim = op.attr("dimensions")[0]
                size = operand_sizes[0].get(dim)
                if size is None:  # a static dimension, or a full dynamic one
                    size = build_before(op, names, "constant", [], scalar("s32"), op.hlo_name, {
                        "literal": Literal(np.array(op.operand_shapes[0].dims[dim], np.int32))
                    }).result
                replace_with(op, size)
                changed = True
            elif op.opcode == "reduce" and any(operand_sizes):
                _mask_reduce_padding(op, operand_sizes, names)
                changed = True
        for _, op in all_instructions(module):
            if op.opcode == "set-dimension-size":  # last: the sizes were read above
                replace_with(op, op.operands[0])
                changed = True
        return changed


def _sizes_in_force(module: ModuleOp) -> dict:
    """{value: {dimension: s32[] value}} for every value with a set dynamic size."""
    sizes: dict = {}
    for comp, op in all_instructions(module):
        operand_sizes = [sizes.get(v, {}) for v in op.operands]
        try:
            found = dynamic_sizes(op.opcode, op.hlo_attrs, operand_sizes,
                                  op.operands[1] if op.opcode == "set-dimension-size" else None)
        except ShapeError as e:
            raise error_at(op, f"{op.hlo_name}: {e}") from None
        if found and is_root(op) and comp is module.entry_computation:
            raise error_at(op, f"{op.hlo_name}: an entry result with dynamic dimensions is not "
                               "supported by hlox")
        if found:
            sizes[op.result] = found
    return sizes


def _mask_reduce_padding(op: Instruction, operand_sizes: list[dict], names: NameTable) -> None:
    """Each input of a reduce reads its init value past the size of a reduced dimension."""
    n = len(op.operands) // 2
    for k in range(n):
        x, init = op.operands[k], op.operands[n + k]
        shape: ArrayShape = op.operand_shapes[k]
        static = ArrayShape(shape.dtype, shape.dims)
        for dim, size in operand_sizes[k].items():
            if dim not in op.attr("dimensions"):
                continue
            index_shape = ArrayShape("s32", shape.dims)
            iota = build_before(op, names, "iota", [], index_shape, "pad.iota",
                                {"iota_dimension": dim})
            bound = build_before(op, names, "broadcast", [size], index_shape, "pad.size",
                                 {"dimensions": ()})
            real = build_before(op, names, "compare", [iota.result, bound.result],
                                ArrayShape("pred", shape.dims), "pad.real", {"direction": "LT"})
            fill = build_before(op, names, "broadcast", [init], static, "pad.init",
                                {"dimensions": ()})
            x = build_before(op, names, "select", [real.result, x, fill.result], static,
                             "pad.masked").result
        op.operands[k] = x
