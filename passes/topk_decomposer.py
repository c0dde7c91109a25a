"""TopK decomposer: `topk(x), k=K` as a stable sort of (x, iota) along the last dimension
under a greater-than comparator (less-than for largest=false; floats in total order, so
NaN sorts above inf as in the evaluator), then the first K of both (as XLA's
TopkDecomposer). The compiled path has a sort kernel, not a top-k one.
"""
from __future__ import annotations

from hlox.ir import ModuleOp
from hlox.ir.dialect import ComputationOp, make_instruction
from hlox.ir.attributes import SliceDim
from hlox.ir.shapes import ArrayShape, TupleShape, scalar

from .pass_base import (
    ComputationNames, HloPass, NameTable, all_instructions, build_before, replace_with,
)


class TopkDecomposer(HloPass):
    """Rewrite topk as sort + slice."""

    name = "topk-decomposer"

    def run(self, module: ModuleOp) -> bool:
        names, comp_names = NameTable(module), ComputationNames(module)
        changed = False
        for comp, op in all_instructions(module):
            if op.opcode == "topk":
                comparator = _comparator(op, comp_names.fresh(f"{op.hlo_name}.compare"))
                module.body.block.insert_op_before(comparator, comp)
                replace_with(op, _decompose(op, comparator.comp_name, names))
                changed = True
        return changed


def _comparator(op, name: str) -> ComputationOp:
    et = op.operand_shapes[0].element_type
    params = [make_instruction("parameter", [], scalar(dtype), f"{name}.p{i}",
                               {"parameter_number": i})
              for i, dtype in enumerate((et.name, et.name, "s32", "s32"))]
    attrs = {"direction": "GT" if op.attr("largest", True) else "LT"}
    if et.is_float:
        attrs["type"] = "TOTALORDER"
    less = make_instruction("compare", [params[0].result, params[1].result], scalar("pred"),
                            f"{name}.first", attrs)
    return ComputationOp.build(name, params + [less], less.result)


def _decompose(op, comparator: str, names: NameTable):
    x = op.operand_shapes[0]
    last = x.rank - 1
    iota = build_before(op, names, "iota", [], ArrayShape("s32", x.dims), f"{op.hlo_name}.iota",
                        {"iota_dimension": last})
    both = TupleShape((x, ArrayShape("s32", x.dims)))
    sort = build_before(op, names, "sort", [op.operands[0], iota.result], both,
                        f"{op.hlo_name}.sort",
                        {"dimensions": (last,), "is_stable": True, "to_apply": comparator})
    window = tuple(SliceDim(0, d) for d in x.dims[:-1]) + (SliceDim(0, op.attr("k")),)
    parts = []
    for index, shape in enumerate(op.shape.elements):
        sorted_part = build_before(op, names, "get-tuple-element", [sort.result],
                                   both.elements[index], f"{op.hlo_name}.sorted{index}",
                                   {"index": index})
        parts.append(build_before(op, names, "slice", [sorted_part.result], shape,
                                  f"{op.hlo_name}.top{index}", {"slice": window}).result)
    return build_before(op, names, "tuple", parts, op.shape, f"{op.hlo_name}.tuple").result
