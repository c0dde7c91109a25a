"""Module verification: structure (names, parameters, computations) and per-op shape inference."""
from __future__ import annotations

from dataclasses import dataclass

from .dialect import ComputationOp, HloAttr, Instruction, ModuleOp, module_of
from .errors import HloVerifyError, ShapeError
from .shape_inference import infer_shape
from .shapes import Shape, size_error


@dataclass(frozen=True, eq=False)
class Source:
    """The text a module was parsed from, for error carets. Compared by identity."""

    filename: str
    text: str

    def line(self, number: int) -> str | None:
        lines = self.text.splitlines()
        return lines[number - 1] if 0 < number <= len(lines) else None

    def __repr__(self) -> str:
        return f"Source({self.filename!r})"


def source_of(module: ModuleOp | None) -> Source | None:
    attr = module.attributes.get("source") if module is not None else None
    return attr.data if isinstance(attr, HloAttr) else None


def location_of(op) -> tuple[int, int]:
    attr = op.attributes.get("loc")
    return attr.data if isinstance(attr, HloAttr) else (0, 0)


def error_at(op, message: str, module: ModuleOp | None = None) -> HloVerifyError:
    """An HloVerifyError pointing at `op`'s place in the source text, if known."""
    module = module or module_of(op)
    source = source_of(module)
    line, col = location_of(op)
    filename = source.filename if source else "<module>"
    return HloVerifyError(message, filename, line, col, source.line(line) if source else None)


class ModuleShapeContext:
    def __init__(self, module: ModuleOp | None):
        self.table = module.computation_table() if module is not None else {}

    def signature(self, name: str) -> tuple[list[Shape], Shape]:
        comp = self.table.get(name)
        if comp is None:
            raise ShapeError(f"no computation named '{name}'")
        return comp.parameter_shapes, comp.result_shape


def verify_instruction(op: Instruction, ctx: ModuleShapeContext | None = None) -> None:
    ctx = ctx or ModuleShapeContext(module_of(op))
    too_large = size_error(op.shape)
    if too_large is not None:
        raise error_at(op, f"{op.hlo_name}: {too_large}")
    try:
        inferred = infer_shape(op.opcode, op.operand_shapes, op.hlo_attrs, op.shape, ctx)
    except ShapeError as e:
        raise error_at(op, f"{op.hlo_name}: {e}") from None
    if not inferred.same_as(op.shape):
        raise error_at(op, f"{op.hlo_name}: {op.opcode} of {', '.join(map(str, op.operand_shapes))}"
                           f" gives {inferred}, but the instruction says {op.shape}")


def _verify_computation(comp: ComputationOp, ctx: ModuleShapeContext, module: ModuleOp) -> None:
    params = comp.parameters()
    numbers = [p.attr("parameter_number") for p in params]
    if numbers != list(range(len(params))):
        anchor = params[0] if params else comp
        raise error_at(anchor, f"computation '{comp.comp_name}' has parameters numbered "
                               f"{numbers}; expected 0..{len(params) - 1}", module)
    for op in comp.instructions():
        verify_instruction(op, ctx)


def verify_module(module: ModuleOp) -> None:
    """Raise HloVerifyError on the first inconsistency."""
    ctx = ModuleShapeContext(module)
    names: set[str] = set()
    for comp in module.computations():
        if comp.comp_name in names:
            raise error_at(comp, f"computation '{comp.comp_name}' defined twice", module)
        names.add(comp.comp_name)
    if module.entry.data not in names:
        raise HloVerifyError(f"module has no entry computation '{module.entry.data}'")
    for comp in module.computations():
        _verify_computation(comp, ctx, module)
