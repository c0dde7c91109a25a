"""Layout assignment: every array row-major inside the module; the entry's layouts at its edge.

What it decides:
- Inside the module every instruction is row-major (minor-to-major `{rank-1,...,0}`):
  kernels then index every buffer the same way, and no layout ever needs a copy inside.
- The entry's parameters and result take the layouts of the input's
  `entry_computation_layout` (the parser keeps it in `module.attributes["entry_layout"]`).
  Where one of those is not row-major, a `copy` converts between it and row-major right
  at the edge: copies appear only where a layout must change.
- A `bitcast` means "the same bytes, read with another shape and layout"; once layouts
  are normalised it is rewritten as the transposes and reshape that read the bytes the
  same way, so its meaning does not change with the layouts around it.
- Dot operands are ordered so the GEMM reads contiguous memory: batch dimensions first,
  then the free and contracting dimensions as two contiguous groups (either order: BLAS
  takes the transposed form as a flag). An operand that is not already like that gets a
  transpose (a logical copy into the order the GEMM wants), which fusion then merges
  into whatever produces the operand. Convolution operands are left to the code
  generator (im2col reads any layout).
"""
from __future__ import annotations

from dataclasses import dataclass

from xdsl.rewriter import Rewriter

from hlox.ir.dialect import HloAttr, Instruction, ModuleOp, make_instruction, type_of_shape
from hlox.ir.shapes import ArrayShape, Shape, TupleShape

from .pass_base import HloPass, NameTable, insert_before, replace_with


def row_major(shape: Shape) -> Shape:
    if isinstance(shape, TupleShape):
        return TupleShape(tuple(row_major(e) for e in shape.elements))
    return ArrayShape(shape.dtype, shape.dims)


def with_layout(shape: ArrayShape, layout) -> ArrayShape:
    return ArrayShape(shape.dtype, shape.dims, None if layout is None else tuple(layout))


def _set_shape(op: Instruction, shape: Shape) -> bool:
    new_type = type_of_shape(shape)
    if op.result.type == new_type:
        return False
    Rewriter.replace_value_with_new_type(op.result, new_type)
    return True


@dataclass(frozen=True)
class LayoutAssignment(HloPass):
    """Row-major everywhere, entry layouts respected with copies at the edge, dot operands
    ordered for the GEMM."""

    name = "layout-assignment"
    summary = "Row-major inside, entry layouts kept (copies at the edge), dot operands for GEMM."

    def run(self, module: ModuleOp) -> bool:
        names = NameTable(module)
        changed = False
        for comp in module.computations():
            for op in list(comp.instructions()):
                if op.opcode == "bitcast":
                    changed |= _expand_bitcast(op, names)
        for comp in module.computations():
            for op in comp.instructions():
                changed |= _set_shape(op, row_major(op.shape))
        changed |= _entry_layouts(module, names)
        for comp in module.computations():
            for op in list(comp.instructions()):
                if op.opcode == "dot":
                    changed |= _order_dot_operands(op, names)
        return changed


def _expand_bitcast(op: Instruction, names: NameTable) -> bool:
    """bitcast -> transpose(to physical order), reshape, transpose(back to logical order)."""
    source, target = op.operand_shapes[0], op.shape
    if not isinstance(source, ArrayShape) or source.dtype != target.dtype:
        return False  # a bitcast that changes the element type stays as it is
    if source.is_row_major and target.is_row_major:
        return False  # already a plain reshape: algsimp turns it into one
    value = op.operands[0]
    # Row-major physical order of the source: its dimensions from major to minor.
    source_order = tuple(reversed(source.minor_to_major))
    target_order = tuple(reversed(target.minor_to_major))
    new_ops = []
    if source_order != tuple(range(source.rank)):
        physical = ArrayShape(source.dtype, tuple(source.dims[d] for d in source_order))
        new_ops.append(make_instruction("transpose", [value], physical,
                                        names.fresh(op.hlo_name), {"dimensions": source_order}))
        value = new_ops[-1].result
    physical_target = ArrayShape(target.dtype, tuple(target.dims[d] for d in target_order))
    new_ops.append(make_instruction("reshape", [value], physical_target,
                                    names.fresh(op.hlo_name)))
    value = new_ops[-1].result
    if target_order != tuple(range(target.rank)):
        back = tuple(target_order.index(d) for d in range(target.rank))
        new_ops.append(make_instruction("transpose", [value], row_major(target),
                                        names.fresh(op.hlo_name), {"dimensions": back}))
        value = new_ops[-1].result
    insert_before(op, *new_ops)
    replace_with(op, value)
    return True


def _entry_layouts(module: ModuleOp, names: NameTable) -> bool:
    attr = module.attributes.get("entry_layout")
    if not isinstance(attr, HloAttr):
        return False
    param_shapes, result_shape = attr.data
    entry = module.entry_computation
    changed = False
    params = entry.parameters()
    if len(param_shapes) == len(params):
        for param, wanted in zip(params, param_shapes):
            if not isinstance(wanted, ArrayShape) or wanted.is_row_major \
                    or not isinstance(param.shape, ArrayShape):
                continue
            # The parameter arrives in `wanted`'s layout; one copy makes it row-major.
            copy = make_instruction("copy", [param.result], row_major(param.shape),
                                    names.fresh(param.hlo_name + ".row_major"))
            param.result.replace_uses_with_if(copy.result, lambda use: use.operation is not copy)
            entry.block.insert_op_after(copy, param)
            _set_shape(param, with_layout(param.shape, wanted.layout))
            changed = True
    root = entry.root
    if isinstance(result_shape, ArrayShape) and isinstance(root.shape, ArrayShape) \
            and not result_shape.is_row_major:
        copy = make_instruction("copy", [root.result], with_layout(root.shape,
                                                                   result_shape.layout),
                                names.fresh(root.hlo_name + ".result_layout"))
        entry.block.insert_op_after(copy, root)
        root.result.replace_uses_with_if(copy.result, lambda use: use.operation is not copy)
        changed = True
    return changed


def gemm_friendly(rank: int, batch, contracting) -> bool:
    """Batch dims leading in order, then free and contracting dims each in one block."""
    if tuple(batch) != tuple(range(len(batch))):
        return False
    rest = list(range(len(batch), rank))
    free = [d for d in rest if d not in contracting]
    contracting = list(contracting)
    if contracting != sorted(contracting):
        return False
    return rest == free + contracting or rest == contracting + free


def _order_dot_operands(op: Instruction, names: NameTable) -> bool:
    changed = False
    attrs = dict(op.hlo_attrs)
    for side, prefix in ((0, "lhs"), (1, "rhs")):
        shape = op.operand_shapes[side]
        batch = tuple(attrs.get(f"{prefix}_batch_dims", ()))
        contracting = tuple(attrs.get(f"{prefix}_contracting_dims", ()))
        if gemm_friendly(shape.rank, batch, contracting):
            continue
        free = [d for d in range(shape.rank) if d not in batch and d not in contracting]
        # lhs: [batch, free, contracting] (M x K); rhs: [batch, contracting, free] (K x N).
        # Contracting dims keep their listed order: lhs and rhs pair them one by one.
        order = list(batch) + (free + list(contracting) if side == 0
                               else list(contracting) + free)
        transposed = make_instruction(
            "transpose", [op.operands[side]],
            ArrayShape(shape.dtype, tuple(shape.dims[d] for d in order)),
            names.fresh(f"{op.hlo_name}.{prefix}_transpose"), {"dimensions": tuple(order)})
        insert_before(op, transposed)
        op.operands[side] = transposed.result
        attrs[f"{prefix}_batch_dims"] = tuple(order.index(d) for d in batch)
        attrs[f"{prefix}_contracting_dims"] = tuple(order.index(d) for d in contracting)
        changed = True
    if changed:
        for key in ("lhs_batch_dims", "lhs_contracting_dims", "rhs_batch_dims",
                    "rhs_contracting_dims"):
            if attrs.get(key):
                op.properties[key] = HloAttr(attrs[key])
    return changed
