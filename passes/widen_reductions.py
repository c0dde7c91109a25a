"""Widen narrow reductions: the `narrow_reductions="f32"` option's rewrite. An f16 / bf16
`reduce` whose reducer is one binary op of its two parameters becomes convert-to-f32,
the same reduce in f32, convert back: one rounding at the end instead of XLA:CPU's
rounding at every step (more accurate, vectorisable; not bit-compatible with XLA)."""
from __future__ import annotations

from hlox.ir import ModuleOp
from hlox.ir.dialect import ComputationOp, make_instruction
from hlox.ir.shapes import ArrayShape, scalar

from .pass_base import (
    ComputationNames, HloPass, NameTable, all_instructions, build_before, replace_with,
)

_NARROW = ("f16", "bf16")
_REDUCERS = ("add", "multiply", "maximum", "minimum")


class WidenNarrowReductions(HloPass):
    """Reduce f16 / bf16 in f32 and round once (CompileOptions(narrow_reductions="f32"))."""

    name = "widen-narrow-reductions"

    def run(self, module: ModuleOp) -> bool:
        names, comp_names = NameTable(module), ComputationNames(module)
        table = module.computation_table()
        wide: dict[str, str] = {}
        changed = False
        for comp, op in all_instructions(module):
            reducer = _simple_reducer(op, table)
            if reducer is None:
                continue
            if reducer not in wide:
                built = _f32_reducer(reducer, comp_names.fresh(f"{reducer}_f32"))
                module.body.block.insert_op_before(built, comp)
                wide[reducer] = built.comp_name
            x, init = op.operands
            f32 = [build_before(op, names, "convert", [v], ArrayShape("f32", s.dims),
                                f"{op.hlo_name}.f32").result
                   for v, s in zip((x, init), op.operand_shapes)]
            reduced = build_before(op, names, "reduce", f32, ArrayShape("f32", op.shape.dims),
                                   f"{op.hlo_name}.wide", {"dimensions": op.attr("dimensions"),
                                                           "to_apply": wide[reducer]})
            replace_with(op, build_before(op, names, "convert", [reduced.result], op.shape,
                                          f"{op.hlo_name}.narrow").result)
            changed = True
        return changed


def _simple_reducer(op, table) -> str | None:
    """The opcode of a one-op reducer of a single-operand narrow-float reduce, else None."""
    if op.opcode != "reduce" or len(op.operands) != 2 or \
            not isinstance(op.shape, ArrayShape) or op.shape.dtype not in _NARROW:
        return None
    opcode = table[op.attr("to_apply")].binary_reducer()
    return opcode if opcode in _REDUCERS else None


def _f32_reducer(opcode: str, name: str) -> ComputationOp:
    a, b = (make_instruction("parameter", [], scalar("f32"), f"{name}.{n}",
                             {"parameter_number": i}) for i, n in enumerate("ab"))
    out = make_instruction(opcode, [a.result, b.result], scalar("f32"), f"{name}.out")
    return ComputationOp.build(name, [a, b, out], out.result)
