"""Cholesky expander: `cholesky` as a while loop over columns (unblocked Cholesky–Crout,
the shape of XLA's CholeskyExpander), for the compiled path.

State (j, A, L), L starting at zero. Step j, with r = L[j, :] (zero from column j on):
v = A[:, j] - L conj(r) (one batched dot); L[j, j] = sqrt(v[j]) (of its real part for
complex: a non-positive pivot gives NaN); L[i, j] = v[i] / L[j, j] below the diagonal,
zero above. Only A's lower triangle is read. lower=false factors conj(A^T) and returns
conj(L^T). A matrix with a NaN anywhere in L (not positive definite) becomes all NaN,
as XLA:CPU returns it.
"""
from __future__ import annotations

import numpy as np
from xdsl.dialects.builtin import StringAttr

from hlox.ir import ModuleOp
from hlox.ir.attributes import Literal
from hlox.ir.dialect import ComputationOp, make_instruction
from hlox.ir.shapes import ArrayShape, TupleShape, scalar

from .pass_base import (
    ComputationNames, HloPass, NameTable, all_instructions, insert_before, replace_with,
)


class _Ops:
    """Instructions appended to a list (a computation being built) with fresh names."""

    def __init__(self, prefix: str):
        self.prefix, self.ops = prefix, []

    def __call__(self, opcode, operands, shape, attrs=None):
        op = make_instruction(opcode, list(operands), shape,
                              f"{self.prefix}.{opcode}.{len(self.ops)}", attrs)
        self.ops.append(op)
        return op.result

    def constant(self, value, dtype):
        return self("constant", [], scalar(dtype),
                    {"literal": Literal(np.array(value, scalar(dtype).np_dtype))})


def _conj(b: _Ops, value, shape: ArrayShape):
    if not shape.element_type.is_complex:
        return value
    part = ArrayShape(shape.element_type.real_type, shape.dims)
    imag = b("negate", [b("imag", [value], part)], part)
    return b("complex", [b("real", [value], part), imag], shape)


def _transpose_last(b, value, shape: ArrayShape):
    perm = tuple(range(shape.rank - 2)) + (shape.rank - 1, shape.rank - 2)
    return b("transpose", [value], shape, {"dimensions": perm})


class CholeskyExpander(HloPass):
    """Rewrite cholesky as a while loop of batched dots and column updates."""

    name = "cholesky-expander"

    def run(self, module: ModuleOp) -> bool:
        names, comp_names = NameTable(module), ComputationNames(module)
        either = None
        changed = False
        for comp, op in all_instructions(module):
            if op.opcode != "cholesky":
                continue
            if either is None:
                either = _or_computation(comp_names.fresh("cholesky_any"))
                module.body.block.insert_op_before(either, comp)
            cond, body = _loop(op.shape, comp_names.fresh(f"{op.hlo_name}.cond"),
                               comp_names.fresh(f"{op.hlo_name}.body"))
            module.body.block.insert_op_before(cond, comp)
            module.body.block.insert_op_before(body, comp)
            b = _Ops(op.hlo_name)
            result = _expand(op, b, cond.comp_name, body.comp_name, either.comp_name)
            for new in b.ops:  # names unique in the module, as the printer wants
                new.properties["name"] = StringAttr(names.fresh(new.hlo_name))
                insert_before(op, new)
            replace_with(op, result)
            changed = True
        return changed


def _or_computation(name: str) -> ComputationOp:
    b = _Ops(name)
    x = b("parameter", [], scalar("pred"), {"parameter_number": 0})
    y = b("parameter", [], scalar("pred"), {"parameter_number": 1})
    return ComputationOp.build(name, b.ops, b("or", [x, y], scalar("pred")))


def _state_shape(shape: ArrayShape) -> TupleShape:
    return TupleShape((scalar("s32"), shape, shape))


def _counted_condition(name: str, state: TupleShape, n: int) -> ComputationOp:
    """The condition of a while loop whose state's element 0 counts from 0 up to n."""
    c = _Ops(name)
    p = c("parameter", [], state, {"parameter_number": 0})
    j = c("get-tuple-element", [p], scalar("s32"), {"index": 0})
    less = c("compare", [j, c.constant(n, "s32")], scalar("pred"), {"direction": "LT"})
    return ComputationOp.build(name, c.ops, less)


def _loop(shape: ArrayShape, cond_name: str, body_name: str):
    state = _state_shape(shape)
    n = shape.dims[-1]
    cond = _counted_condition(cond_name, state, n)

    b = _Ops(body_name)
    p = b("parameter", [], state, {"parameter_number": 0})
    j = b("get-tuple-element", [p], scalar("s32"), {"index": 0})
    a = b("get-tuple-element", [p], shape, {"index": 1})
    factor = b("get-tuple-element", [p], shape, {"index": 2})
    batch = shape.dims[:-2]
    nb = len(batch)
    zero = b.constant(0, "s32")
    vector = ArrayShape(shape.dtype, batch + (n,))
    row = b("dynamic-slice", [factor] + [zero] * nb + [j, zero],
            ArrayShape(shape.dtype, batch + (1, n)), {"dynamic_slice_sizes": batch + (1, n)})
    row = _conj(b, b("reshape", [row], vector), vector)
    dot_dims = {"lhs_batch_dims": tuple(range(nb)), "rhs_batch_dims": tuple(range(nb)),
                "lhs_contracting_dims": (nb + 1,), "rhs_contracting_dims": (nb,)}
    products = b("dot", [factor, row], vector, dot_dims)
    column = b("dynamic-slice", [a] + [zero] * nb + [zero, j],
               ArrayShape(shape.dtype, batch + (n, 1)), {"dynamic_slice_sizes": batch + (n, 1)})
    v = b("subtract", [b("reshape", [column], vector), products], vector)
    pivot = b("dynamic-slice", [v] + [zero] * nb + [j], ArrayShape(shape.dtype, batch + (1,)),
              {"dynamic_slice_sizes": batch + (1,)})
    if shape.element_type.is_complex:
        real = ArrayShape(shape.element_type.real_type, batch + (1,))
        root = b("sqrt", [b("real", [pivot], real)], real)
        zeros = b("broadcast", [b.constant(0, real.dtype)], real, {"dimensions": ()})
        diagonal = b("complex", [root, zeros], ArrayShape(shape.dtype, batch + (1,)))
    else:
        diagonal = b("sqrt", [pivot], ArrayShape(shape.dtype, batch + (1,)))
    spread = b("broadcast", [b("reshape", [diagonal], ArrayShape(shape.dtype, batch))], vector,
               {"dimensions": tuple(range(nb))})
    below = b("divide", [v, spread], vector)
    index = b("iota", [], ArrayShape("s32", batch + (n,)), {"iota_dimension": nb})
    js = b("broadcast", [j], ArrayShape("s32", batch + (n,)), {"dimensions": ()})
    mask_shape = ArrayShape("pred", batch + (n,))
    is_below = b("compare", [index, js], mask_shape, {"direction": "GT"})
    is_diag = b("compare", [index, js], mask_shape, {"direction": "EQ"})
    zeros = b("broadcast", [b.constant(0, shape.dtype)], vector, {"dimensions": ()})
    new_column = b("select", [is_diag, spread, b("select", [is_below, below, zeros], vector)],
                   vector)
    new_column = b("reshape", [new_column], ArrayShape(shape.dtype, batch + (n, 1)))
    updated = b("dynamic-update-slice", [factor, new_column] + [zero] * nb + [zero, j], shape)
    next_j = b("add", [j, b.constant(1, "s32")], scalar("s32"))
    out = b("tuple", [next_j, a, updated], state)
    return cond, ComputationOp.build(body_name, b.ops, out)


def _expand(op, b: _Ops, cond: str, body: str, either: str):
    shape: ArrayShape = op.shape
    lower = op.attr("lower", False)
    a = op.operands[0]
    if not lower:
        a = _conj(b, _transpose_last(b, a, shape), shape)
    zeros = b("broadcast", [b.constant(0, shape.dtype)], shape, {"dimensions": ()})
    init = b("tuple", [b.constant(0, "s32"), a, zeros], _state_shape(shape))
    loop = b("while", [init], _state_shape(shape), {"condition": cond, "body": body})
    factor = b("get-tuple-element", [loop], shape, {"index": 2})
    # all NaN where any entry of the matrix is NaN (x != x)
    batch = shape.dims[:-2]
    nan_mask = b("compare", [factor, factor], ArrayShape("pred", shape.dims), {"direction": "NE"})
    any_nan = b("reduce", [nan_mask, b.constant(False, "pred")], ArrayShape("pred", batch),
                {"dimensions": (shape.rank - 2, shape.rank - 1), "to_apply": either})
    spread = b("broadcast", [any_nan], ArrayShape("pred", shape.dims),
               {"dimensions": tuple(range(len(batch)))})
    nans = b("broadcast", [b.constant(np.nan, shape.dtype)], shape, {"dimensions": ()})
    result = b("select", [spread, nans, factor], shape)
    if not lower:
        result = _conj(b, _transpose_last(b, result, shape), shape)
    return result
