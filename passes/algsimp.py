"""Algebraic simplification: a table of local rewrite rules, one line each.

A rule takes the instruction and a `Builder` (which inserts new instructions just
before it) and returns the value that replaces the instruction, `op.result` when it
changed the instruction in place, or None when it does not apply. Rules only ever
replace a value by one with the same dimensions and element type, so users stay valid.
Most of what they remove is JAX's reshape/broadcast scaffolding (`broadcast_in_dim`
lowers to reshape + broadcast, about 30% of what JAX emits).

Floating-point rules are exact (IEEE semantics, NaN and signed zero included): `x+0`
is only rewritten for integers (or `x + -0.0`), `x-x` only for integers.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np
from xdsl.dialects.builtin import StringAttr
from xdsl.ir import SSAValue

from hlox.ir.attributes import SliceDim
from hlox.ir.dialect import Instruction, ModuleOp, make_instruction, shape_of_type
from hlox.ir.opcodes import COMMUTATIVE
from hlox.ir.shapes import ELEMENT_TYPES, ArrayShape, Shape

from .pass_base import HloPass, NameTable, erase_dead, insert_before, is_root, replace_with


class Builder:
    """Creates instructions before `anchor`, with fresh names."""

    def __init__(self, module: ModuleOp, names: NameTable):
        self.module = module
        self.names = names
        self.anchor: Instruction | None = None
        self.created: list[Instruction] = []

    def op(self, opcode: str, operands: list[SSAValue], shape: Shape, hint: str | None = None,
           **attrs) -> SSAValue:
        assert self.anchor is not None
        new = make_instruction(opcode, operands, shape, self.names.fresh(hint or opcode), attrs)
        insert_before(self.anchor, new)
        self.created.append(new)
        return new.result


Rule = Callable[[Instruction, Builder], "SSAValue | None"]


# ---------------------------------------------------------------- helpers

def shape(value: SSAValue) -> ArrayShape:
    return shape_of_type(value.type)  # type: ignore[return-value]


def owner(value: SSAValue) -> Instruction | None:
    op = value.owner
    return op if isinstance(op, Instruction) else None


def plain(s: ArrayShape) -> ArrayShape:
    """The same shape without a layout (row-major): new instructions get this."""
    return ArrayShape(s.dtype, s.dims)


def uniform_constant(value: SSAValue):
    """The single value of a constant (or a broadcast of one) whose elements are all equal."""
    op = owner(value)
    if op is not None and op.opcode == "broadcast":
        op = owner(op.operands[0])
    if op is None or op.opcode != "constant":
        return None
    flat = op.attr("literal").array.reshape(-1)
    if flat.size == 0:
        return None
    first = flat[0]
    if flat.size > 1 and not np.array_equal(flat, np.full_like(flat, first)):
        return None
    return first


def is_value(value: SSAValue, number: float) -> bool:
    found = uniform_constant(value)
    return found is not None and not np.isnan(found) and found == number


def is_integer(value: SSAValue) -> bool:
    return ELEMENT_TYPES[shape(value).dtype].kind in ("sint", "uint")


def same_dims(a: SSAValue, b: SSAValue) -> bool:
    return shape(a).dims == shape(b).dims and shape(a).dtype == shape(b).dtype


def non_unit(dims) -> list[int]:
    return [d for d in dims if d != 1]


# ---------------------------------------------------------------- movement chains

def reshape_noop(op, b):
    x = op.operands[0]
    return x if shape(x).dims == op.shape.dims else None


def reshape_of_reshape(op, b):
    inner = owner(op.operands[0])
    if inner is None or inner.opcode not in ("reshape", "bitcast") or \
            (inner.opcode == "bitcast" and not _bitcast_is_reshape(inner)):
        return None
    op.operands[0] = inner.operands[0]
    return op.result


def reshape_of_scalar_broadcast(op, b):
    inner = owner(op.operands[0])
    if inner is None or inner.opcode != "broadcast" or shape(inner.operands[0]).rank != 0:
        return None
    return b.op("broadcast", [inner.operands[0]], plain(op.shape), inner.hlo_name, dimensions=())


def broadcast_noop(op, b):
    x = op.operands[0]
    return x if shape(x).dims == op.shape.dims and \
        tuple(op.attr("dimensions")) == tuple(range(op.shape.rank)) else None


def broadcast_of_broadcast(op, b):
    inner = owner(op.operands[0])
    if inner is None or inner.opcode != "broadcast":
        return None
    outer_dims = op.attr("dimensions")
    dims = tuple(outer_dims[d] for d in inner.attr("dimensions"))
    return b.op("broadcast", [inner.operands[0]], plain(op.shape), op.hlo_name, dimensions=dims)


def broadcast_of_degenerate_reshape(op, b):
    """broadcast(reshape(x)) where the reshape only adds or drops size-1 dimensions."""
    inner = owner(op.operands[0])
    if inner is None or inner.opcode != "reshape":
        return None
    x_dims, r_dims = shape(inner.operands[0]).dims, shape(inner.result).dims
    if 1 in x_dims or non_unit(r_dims) != list(x_dims):
        return None
    positions = [i for i, d in enumerate(r_dims) if d != 1]
    outer = op.attr("dimensions")
    dims = tuple(outer[p] for p in positions)
    return b.op("broadcast", [inner.operands[0]], plain(op.shape), op.hlo_name, dimensions=dims)


def transpose_noop(op, b):
    return op.operands[0] if tuple(op.attr("dimensions")) == tuple(range(op.shape.rank)) else None


def transpose_of_transpose(op, b):
    inner = owner(op.operands[0])
    if inner is None or inner.opcode != "transpose":
        return None
    p1, p2 = inner.attr("dimensions"), op.attr("dimensions")
    return b.op("transpose", [inner.operands[0]], plain(op.shape), op.hlo_name,
                dimensions=tuple(p1[p] for p in p2))


def transpose_is_reshape(op, b):
    """A transpose that only moves size-1 dimensions keeps the element order: a reshape."""
    x_dims = shape(op.operands[0]).dims
    moved = [p for p in op.attr("dimensions") if x_dims[p] != 1]
    if moved != sorted(moved):
        return None
    return b.op("reshape", [op.operands[0]], plain(op.shape), op.hlo_name)


def _bitcast_is_reshape(op) -> bool:
    x, out = shape(op.operands[0]), op.shape
    return x.dtype == out.dtype and x.is_row_major and out.is_row_major


def bitcast_noop(op, b):
    x = op.operands[0]
    return x if x.type == op.result.type else None


def bitcast_is_reshape(op, b):
    if not _bitcast_is_reshape(op):
        return None
    return b.op("reshape", [op.operands[0]], plain(op.shape), op.hlo_name)


def copy_noop(op, b):
    # A copy that changes no layout does nothing, unless it is a ROOT: a computation must
    # not return its own parameter's buffer (while bodies, entry results) by accident.
    x = op.operands[0]
    return x if x.type == op.result.type and not is_root(op) else None


def slice_noop(op, b):
    x = op.operands[0]
    return x if shape(x).dims == op.shape.dims else None


def slice_of_slice(op, b):
    inner = owner(op.operands[0])
    if inner is None or inner.opcode != "slice":
        return None
    combined = []
    for s1, s2, n in zip(inner.attr("slice"), op.attr("slice"), op.shape.dims):
        if n == 0:
            combined.append(SliceDim(0, 0, 1))
            continue
        start = s1.start + s2.start * s1.stride
        stride = s1.stride * s2.stride if n > 1 else 1
        combined.append(SliceDim(start, start + (n - 1) * stride + 1, stride))
    op.operands[0] = inner.operands[0]
    op.properties["slice"] = type(op.properties["slice"])(tuple(combined))
    return op.result


def concatenate_single(op, b):
    return op.operands[0] if len(op.operands) == 1 else None


def pad_noop(op, b):
    padding = op.attr("padding")
    if any(p.low or p.high or p.interior for p in padding):
        return None
    return op.operands[0]


def reverse_noop(op, b):
    x = op.operands[0]
    return x if all(shape(x).dims[d] == 1 for d in op.attr("dimensions")) else None


# ---------------------------------------------------------------- arithmetic

def multiply_by_one(op, b):
    x, y = op.operands
    if is_value(y, 1):  # x*1 -> x
        return x
    if is_value(x, 1):  # 1*x -> x
        return y
    return None


def _is_add_identity(value: SSAValue) -> bool:
    found = uniform_constant(value)
    if found is None or found != 0:
        return False
    # x + 0.0 is not x for x = -0.0; x + -0.0 is x for every float x (and a complex
    # x + (-0.0 - 0.0i) is x, part by part).
    if isinstance(found, complex) or np.iscomplexobj(found):
        return bool(np.signbit(np.real(found)) and np.signbit(np.imag(found)))
    return is_integer(value) or bool(np.signbit(found))


def add_zero(op, b):
    x, y = op.operands
    if _is_add_identity(y):  # x+0 -> x
        return x
    if _is_add_identity(x):  # 0+x -> x
        return y
    return None


def subtract_zero(op, b):
    x, y = op.operands
    found = uniform_constant(y)
    if found is not None and found == 0 and (is_integer(y) or not np.signbit(found)):
        return x  # x - 0 -> x (x - +0.0 is x for every float, -0.0 included)
    return None


def subtract_self(op, b):
    x, y = op.operands
    if x is not y or not is_integer(x):
        return None
    zero = b.op("constant", [], ArrayShape(op.shape.dtype, ()), "zero",
                literal=_literal(np.zeros((), op.shape.np_dtype)))
    return b.op("broadcast", [zero], plain(op.shape), op.hlo_name, dimensions=())


def negate_negate(op, b):
    inner = owner(op.operands[0])
    return inner.operands[0] if inner is not None and inner.opcode == "negate" else None


def not_not(op, b):
    inner = owner(op.operands[0])
    return inner.operands[0] if inner is not None and inner.opcode == "not" else None


def select_constant_predicate(op, b):
    pred, on_true, on_false = op.operands
    found = uniform_constant(pred)
    if found is None:
        return None
    return on_true if bool(found) else on_false


def select_same_branches(op, b):
    _, on_true, on_false = op.operands
    return on_true if on_true is on_false else None


def _literal(array):
    from hlox.ir.attributes import Literal

    return Literal(np.array(array).copy())


# ---------------------------------------------------------------- conversions

def convert_noop(op, b):
    x = op.operands[0]
    return x if shape(x).dtype == op.shape.dtype else None


def is_exact_conversion(source: str, target: str) -> bool:
    """Whether every value of `source` is exactly representable in `target`."""
    s, t = ELEMENT_TYPES[source], ELEMENT_TYPES[target]
    if source == target:
        return True
    if "token" in (s.kind, t.kind):
        return False
    if s.kind == "complex":  # into a real type the imaginary part is lost
        return (source, target) == ("c64", "c128")
    if t.kind == "complex":  # exact when the real part holds every value
        return is_exact_conversion(source, t.real_type)
    if s.kind == "pred":
        return True
    if t.kind == "pred":
        return False
    if s.kind == "float":
        if t.kind != "float":
            return False
        # f16 and bf16 each have values the other lacks; f32 and f64 hold both.
        return (source, target) in {("f16", "f32"), ("f16", "f64"), ("bf16", "f32"),
                                    ("bf16", "f64"), ("f32", "f64")}
    if t.kind == "float":
        mantissa = {"f16": 11, "bf16": 8, "f32": 24, "f64": 53}[target]
        return s.bits - (1 if s.kind == "sint" else 0) <= mantissa
    if s.kind == t.kind:
        return t.bits >= s.bits
    return s.kind == "uint" and t.bits > s.bits  # u8 -> s16 is exact, s8 -> u16 is not


def convert_of_convert(op, b):
    inner = owner(op.operands[0])
    if inner is None or inner.opcode != "convert":
        return None
    source = shape(inner.operands[0]).dtype
    if not is_exact_conversion(source, inner.shape.dtype):
        return None
    # The first conversion loses nothing, so converting straight from the source gives the
    # same value (one rounding instead of an exact step and a rounding).
    if source == op.shape.dtype:
        return inner.operands[0]
    op.operands[0] = inner.operands[0]
    return op.result


# ---------------------------------------------------------------- reductions and dots

def simple_reducer(module: ModuleOp, name: str) -> str | None:
    """The opcode of a reducer computation `f(a, b) = a OP b` with a commutative OP."""
    opcode = module.computation(name).binary_reducer()
    return opcode if opcode in COMMUTATIVE else None


def reduce_unit_dims(op, b):
    if len(op.operands) != 2:
        return None
    x, init = op.operands
    x_dims = shape(x).dims
    dims = op.attr("dimensions")
    unit = {d for d in dims if x_dims[d] == 1}
    if not unit:
        return None
    kept = [i for i in range(len(x_dims)) if i not in unit]
    rest = [kept.index(d) for d in dims if d not in unit]
    if not rest:
        reducer = simple_reducer(b.module, op.attr("to_apply"))
        if reducer is None:
            return None
    reshaped = b.op("reshape", [x], ArrayShape(shape(x).dtype, tuple(x_dims[i] for i in kept)),
                    op.hlo_name)
    if rest:  # reduce(x, dims) -> reduce(reshape(x), the other dims)
        return b.op("reduce", [reshaped, init], plain(op.shape), op.hlo_name,
                    dimensions=tuple(rest), to_apply=op.attr("to_apply"))
    # Only size-1 dimensions are reduced: each result is f(init, x) -> x OP broadcast(init).
    spread = b.op("broadcast", [init], plain(op.shape), op.hlo_name, dimensions=())
    return b.op(reducer, [reshaped, spread], plain(op.shape), op.hlo_name)


def dot_of_transpose(op, b):
    """dot(transpose(a), b) -> dot(a, b) with the transposition in the dimension numbers."""
    for side, prefix in ((0, "lhs"), (1, "rhs")):
        t = owner(op.operands[side])
        if t is None or t.opcode != "transpose":
            continue
        perm = t.attr("dimensions")
        batch = tuple(op.attr(f"{prefix}_batch_dims", ()))
        contracting = tuple(op.attr(f"{prefix}_contracting_dims", ()))
        free = [d for d in range(len(perm)) if d not in batch and d not in contracting]
        # The result lists free dimensions in operand order: it may not change.
        if [perm[d] for d in free] != sorted(perm[d] for d in free):
            continue
        attrs = {k: op.attr(k) for k in ("lhs_batch_dims", "lhs_contracting_dims",
                                          "rhs_batch_dims", "rhs_contracting_dims")}
        attrs[f"{prefix}_batch_dims"] = tuple(perm[d] for d in batch)
        attrs[f"{prefix}_contracting_dims"] = tuple(perm[d] for d in contracting)
        operands = list(op.operands)
        operands[side] = t.operands[0]
        return b.op("dot", operands, plain(op.shape), op.hlo_name, **attrs)
    return None


def transpose_of_dot(op, b):
    """transpose(dot(a, b)) that swaps the two free blocks -> dot(b, a)."""
    dot = owner(op.operands[0])
    if dot is None or dot.opcode != "dot" or len(users_of(dot)) != 1:
        return None
    lhs, rhs = shape(dot.operands[0]), shape(dot.operands[1])
    lb, lc = dot.attr("lhs_batch_dims", ()), dot.attr("lhs_contracting_dims", ())
    rb, rc = dot.attr("rhs_batch_dims", ()), dot.attr("rhs_contracting_dims", ())
    n_batch = len(lb)
    n_lhs_free = lhs.rank - len(lb) - len(lc)
    n_rhs_free = rhs.rank - len(rb) - len(rc)
    batch = list(range(n_batch))
    lhs_free = list(range(n_batch, n_batch + n_lhs_free))
    rhs_free = list(range(n_batch + n_lhs_free, n_batch + n_lhs_free + n_rhs_free))
    if list(op.attr("dimensions")) != batch + rhs_free + lhs_free:
        return None
    return b.op("dot", [dot.operands[1], dot.operands[0]], plain(op.shape), dot.hlo_name,
                lhs_batch_dims=rb, lhs_contracting_dims=rc, rhs_batch_dims=lb,
                rhs_contracting_dims=lc)


def users_of(op):
    return [use.operation for use in op.result.uses]


# ---------------------------------------------------------------- the table

RULES: tuple[tuple[str, Rule], ...] = (
    ("reshape", reshape_noop),                       # reshape(x) -> x            same dims
    ("reshape", reshape_of_reshape),                 # reshape(reshape(x)) -> reshape(x)
    ("reshape", reshape_of_scalar_broadcast),        # reshape(broadcast(s)) -> broadcast(s)
    ("broadcast", broadcast_noop),                   # broadcast(x, identity) -> x
    ("broadcast", broadcast_of_broadcast),           # broadcast(broadcast(x)) -> broadcast(x)
    ("broadcast", broadcast_of_degenerate_reshape),  # broadcast(reshape(x)) -> broadcast(x)
    ("transpose", transpose_noop),                   # transpose(x, identity) -> x
    ("transpose", transpose_of_transpose),           # transpose(transpose(x)) -> transpose(x)
    ("transpose", transpose_is_reshape),             # transpose moving 1-dims -> reshape
    ("transpose", transpose_of_dot),                 # transpose(dot(a, b)) -> dot(b, a)
    ("bitcast", bitcast_noop),                       # bitcast(x) -> x            same type
    ("bitcast", bitcast_is_reshape),                 # bitcast(x) -> reshape(x)   row-major
    ("copy", copy_noop),                             # copy(x) -> x               same layout
    ("slice", slice_noop),                           # slice(x, everything) -> x
    ("slice", slice_of_slice),                       # slice(slice(x)) -> slice(x)
    ("concatenate", concatenate_single),             # concatenate(x) -> x
    ("pad", pad_noop),                               # pad(x, 0_0) -> x
    ("reverse", reverse_noop),                       # reverse(x) -> x            size-1 dims
    ("multiply", multiply_by_one),                   # x*1 -> x, 1*x -> x
    ("add", add_zero),                               # x+0 -> x (ints; floats: x + -0.0)
    ("subtract", subtract_zero),                     # x-0 -> x
    ("subtract", subtract_self),                     # x-x -> 0 (ints)
    ("negate", negate_negate),                       # -(-x) -> x
    ("not", not_not),                                # not(not(x)) -> x
    ("select", select_constant_predicate),           # select(true, a, b) -> a
    ("select", select_same_branches),                # select(p, a, a) -> a
    ("convert", convert_noop),                       # convert(x: T -> T) -> x
    ("convert", convert_of_convert),                 # convert(convert(x)) -> convert(x) exact
    ("reduce", reduce_unit_dims),                    # reduce over size-1 dims -> reshape
    ("dot", dot_of_transpose),                       # dot(transpose(a), b) -> dot(a, b)
)


def _rules_by_opcode() -> dict[str, list[Rule]]:
    table: dict[str, list[Rule]] = {}
    for opcode, rule in RULES:
        table.setdefault(opcode, []).append(rule)
    return table


_BY_OPCODE = _rules_by_opcode()


@dataclass(frozen=True)
class AlgebraicSimplifier(HloPass):
    """Local algebraic rewrites: movement chains, identities, conversions, dot transposes."""

    name = "algsimp"

    def run(self, module: ModuleOp) -> bool:
        builder = Builder(module, NameTable(module))
        changed = False
        for comp in list(module.computations()):
            # One sweep in program order: producers are simplified before their users, so
            # a chain collapses in one go; the pipeline repeats until nothing changes.
            for op in list(comp.instructions()):
                if op.parent is None:  # erased as dead earlier in this sweep
                    continue
                for rule in _BY_OPCODE.get(op.opcode, ()):
                    builder.anchor = op
                    operands = [v.owner for v in op.operands if isinstance(v.owner, Instruction)]
                    result = rule(op, builder)
                    if result is None:
                        continue
                    changed = True
                    if result is not op.result:
                        name = op.hlo_name
                        replace_with(op, result)
                        # The instruction that replaces `op` takes over its name.
                        new = result.owner
                        if op.parent is None and any(new is c for c in builder.created):
                            new.properties["name"] = StringAttr(name)
                    builder.created.clear()
                    erase_dead(operands)
                    break
        return changed
