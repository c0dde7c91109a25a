"""Triangular-solve expander: `triangular-solve` as a while loop of forward substitution,
for the compiled path.

Every case is brought to one: L X = B with L lower triangular. The triangle of `a` that
`lower` names is kept (the other one is never read: zeroed), its diagonal set to 1 with
unit_diagonal; transpose_a transposes it (ADJOINT conjugates too); a right-side solve
X op(a) = B is op(a)^T X^T = B^T; an upper triangular matrix becomes a lower one by
reversing its rows and columns (and B's rows, and X's back). Step i, with the rows of X
from i on still zero: X[i] = (B[i] - L[i, :] X) / L[i, i] (one batched dot).
"""
from __future__ import annotations

from xdsl.dialects.builtin import StringAttr

from hlox.ir import ModuleOp
from hlox.ir.dialect import ComputationOp
from hlox.ir.shapes import ArrayShape, TupleShape, scalar

from .cholesky_expander import _conj, _counted_condition, _Ops, _transpose_last
from .pass_base import ComputationNames, HloPass, NameTable, all_instructions, insert_before, \
    replace_with


class TriangularSolveExpander(HloPass):
    """Rewrite triangular-solve as a while loop of batched dots and row updates."""

    name = "triangular-solve-expander"

    def run(self, module: ModuleOp) -> bool:
        names, comp_names = NameTable(module), ComputationNames(module)
        changed = False
        for comp, op in all_instructions(module):
            if op.opcode != "triangular-solve":
                continue
            b = _Ops(op.hlo_name)
            matrix, rhs, undo = _canonical(op, b)
            rhs_shape = _rhs_shape(op)
            cond, body = _loop(op.operand_shapes[0], rhs_shape,
                               comp_names.fresh(f"{op.hlo_name}.cond"),
                               comp_names.fresh(f"{op.hlo_name}.body"))
            module.body.block.insert_op_before(cond, comp)
            module.body.block.insert_op_before(body, comp)
            zeros = b("broadcast", [b.constant(0, rhs_shape.dtype)], rhs_shape,
                      {"dimensions": ()})
            state = _state_shape(op.operand_shapes[0], rhs_shape)
            init = b("tuple", [b.constant(0, "s32"), matrix, rhs, zeros], state)
            loop = b("while", [init], state,
                     {"condition": cond.comp_name, "body": body.comp_name})
            result = undo(b("get-tuple-element", [loop], rhs_shape, {"index": 3}))
            for new in b.ops:  # names unique in the module, as the printer wants
                new.properties["name"] = StringAttr(names.fresh(new.hlo_name))
                insert_before(op, new)
            replace_with(op, result)
            changed = True
        return changed


def _rhs_shape(op) -> ArrayShape:
    """B's shape in the canonical left-side form [..., m, n]."""
    shape: ArrayShape = op.operand_shapes[1]
    if op.attr("left_side", False):
        return ArrayShape(shape.dtype, shape.dims)
    return ArrayShape(shape.dtype, shape.dims[:-2] + (shape.dims[-1], shape.dims[-2]))


def _canonical(op, b: _Ops):
    """(L, B, undo): L lower triangular with L X = B solving the op, and the function that
    turns that X into the op's result."""
    a_shape: ArrayShape = op.operand_shapes[0]
    a, rhs = op.operands
    rank = a_shape.rank
    index = ArrayShape("s32", a_shape.dims)
    mask = ArrayShape("pred", a_shape.dims)
    rows = b("iota", [], index, {"iota_dimension": rank - 2})
    cols = b("iota", [], index, {"iota_dimension": rank - 1})
    lower = op.attr("lower", False)
    kept = b("compare", [rows, cols], mask, {"direction": "GE" if lower else "LE"})
    zeros = b("broadcast", [b.constant(0, a_shape.dtype)], a_shape, {"dimensions": ()})
    matrix = b("select", [kept, a, zeros], a_shape)
    if op.attr("unit_diagonal", False):
        diagonal = b("compare", [rows, cols], mask, {"direction": "EQ"})
        ones = b("broadcast", [b.constant(1, a_shape.dtype)], a_shape, {"dimensions": ()})
        matrix = b("select", [diagonal, ones, matrix], a_shape)
    transpose = op.attr("transpose_a")
    if transpose != "NO_TRANSPOSE":
        matrix, lower = _transpose_last(b, matrix, a_shape), not lower
        if transpose == "ADJOINT":
            matrix = _conj(b, matrix, a_shape)
    left = op.attr("left_side", False)
    rhs_shape = _rhs_shape(op)
    if not left:  # X M = B is M^T X^T = B^T
        matrix, lower = _transpose_last(b, matrix, a_shape), not lower
        rhs = _transpose_last(b, rhs, rhs_shape)
    if not lower:  # reversing rows and columns makes an upper triangle a lower one
        matrix = b("reverse", [matrix], a_shape, {"dimensions": (rank - 2, rank - 1)})
        rhs = b("reverse", [rhs], rhs_shape, {"dimensions": (rank - 2,)})

    def undo(x):
        if not lower:
            x = b("reverse", [x], rhs_shape, {"dimensions": (rank - 2,)})
        if not left:
            x = _transpose_last(b, x, op.shape)
        return x
    return matrix, rhs, undo


def _state_shape(a_shape: ArrayShape, rhs_shape: ArrayShape) -> TupleShape:
    return TupleShape((scalar("s32"), ArrayShape(a_shape.dtype, a_shape.dims), rhs_shape,
                       rhs_shape))


def _loop(a_shape: ArrayShape, rhs_shape: ArrayShape, cond_name: str, body_name: str):
    a_shape = ArrayShape(a_shape.dtype, a_shape.dims)
    state = _state_shape(a_shape, rhs_shape)
    m, n = rhs_shape.dims[-2:]
    batch = rhs_shape.dims[:-2]
    nb = len(batch)
    cond = _counted_condition(cond_name, state, m)

    b = _Ops(body_name)
    p = b("parameter", [], state, {"parameter_number": 0})
    i = b("get-tuple-element", [p], scalar("s32"), {"index": 0})
    matrix = b("get-tuple-element", [p], a_shape, {"index": 1})
    rhs = b("get-tuple-element", [p], rhs_shape, {"index": 2})
    x = b("get-tuple-element", [p], rhs_shape, {"index": 3})
    zero = b.constant(0, "s32")
    row_shape = ArrayShape(rhs_shape.dtype, batch + (1, n))
    row = b("dynamic-slice", [matrix] + [zero] * nb + [i, zero],
            ArrayShape(a_shape.dtype, batch + (1, m)), {"dynamic_slice_sizes": batch + (1, m)})
    done = b("dot", [row, x], row_shape, {
        "lhs_batch_dims": tuple(range(nb)), "rhs_batch_dims": tuple(range(nb)),
        "lhs_contracting_dims": (nb + 1,), "rhs_contracting_dims": (nb,)})
    rhs_row = b("dynamic-slice", [rhs] + [zero] * nb + [i, zero], row_shape,
                {"dynamic_slice_sizes": batch + (1, n)})
    pivot = b("dynamic-slice", [matrix] + [zero] * nb + [i, i],
              ArrayShape(a_shape.dtype, batch + (1, 1)), {"dynamic_slice_sizes": batch + (1, 1)})
    pivot = b("broadcast", [b("reshape", [pivot], ArrayShape(a_shape.dtype, batch))], row_shape,
              {"dimensions": tuple(range(nb))})
    solved = b("divide", [b("subtract", [rhs_row, done], row_shape), pivot], row_shape)
    updated = b("dynamic-update-slice", [x, solved] + [zero] * nb + [i, zero], rhs_shape)
    next_i = b("add", [i, b.constant(1, "s32")], scalar("s32"))
    out = b("tuple", [next_i, matrix, rhs, updated], state)
    return cond, ComputationOp.build(body_name, b.ops, out)
