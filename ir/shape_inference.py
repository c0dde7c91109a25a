"""XLA's shape inference, one rule per opcode.

Every rule has the signature
    rule(operands: list[Shape], attrs: dict, declared: Shape | None, ctx: ShapeContext) -> Shape
and returns the result shape, raising ShapeError when the operands or attributes are
inconsistent. `declared` is the shape written in the text (None when omitted); ops
whose result cannot be inferred (reshape, broadcast, convert, ...) require it.
The verifier, the parser (for omitted shapes) and the frontends' builder use these.
"""
from __future__ import annotations

from typing import Callable, Protocol

from .attributes import ConvDims, Literal, Window, parse_dim_labels
from .errors import ShapeError
from .opcodes import BINARY, ELEMENTWISE, OPS, UNARY
from .shapes import COMPLEX_OF, COMPLEX_PARTS, ELEMENT_TYPES, ArrayShape, Shape, TupleShape, scalar


class ShapeContext(Protocol):
    def signature(self, computation: str) -> tuple[list[Shape], Shape]:
        """Parameter shapes and result shape of a computation of the module."""


def _array(shape: Shape, what: str) -> ArrayShape:
    if not isinstance(shape, ArrayShape):
        raise ShapeError(f"{what} must be an array, got {shape}")
    return shape


def _need_declared(declared: Shape | None, opcode: str) -> Shape:
    if declared is None:
        raise ShapeError(f"{opcode} needs its result shape written out")
    return declared


def _check_dims_attr(dims, rank: int, what: str, unique: bool = True) -> None:
    if any(not 0 <= d < rank for d in dims):
        raise ShapeError(f"{what} {list(dims)} out of range for rank {rank}")
    if unique and len(set(dims)) != len(dims):
        raise ShapeError(f"{what} {list(dims)} has repeated dimensions")


_KIND_CHECKS: dict[str, Callable[[str], bool]] = {
    "any": lambda k: True,
    "number": lambda k: k != "pred",
    "signed": lambda k: k in ("sint", "float", "complex"),
    "float": lambda k: k == "float",
    "real": lambda k: k not in ("pred", "complex"),
    "ordered": lambda k: k != "complex",
    "inexact": lambda k: k in ("float", "complex"),
    "int": lambda k: k in ("sint", "uint"),
    "bits": lambda k: k in ("sint", "uint", "pred"),
}


def _check_kind(opcode: str, shape: ArrayShape) -> None:
    wanted = OPS[opcode].operand_kinds
    if not _KIND_CHECKS[wanted](shape.element_type.kind):
        raise ShapeError(f"{opcode} does not take element type {shape.dtype}")


# ---------------------------------------------------------------- elementwise

def unary_rule(opcode):
    def rule(operands, attrs, declared, ctx):
        x = _array(operands[0], "operand")
        _check_kind(opcode, x)
        if opcode == "is-finite":
            return ArrayShape("pred", x.dims)
        if opcode in _TO_REAL:  # |z|, re z, im z of a complex z are real
            return ArrayShape(x.element_type.real_type, x.dims)
        return ArrayShape(x.dtype, x.dims)
    return rule


_TO_REAL = frozenset({"abs", "real", "imag"})


def complex_rule(operands, attrs, declared, ctx):
    part = binary_rule("complex")(operands, attrs, declared, ctx)
    if part.dtype not in COMPLEX_OF:
        raise ShapeError(f"complex takes f32 or f64 parts, not {part.dtype}")
    return ArrayShape(COMPLEX_OF[part.dtype], part.dims)


def binary_rule(opcode):
    def rule(operands, attrs, declared, ctx):
        a, b = (_array(s, "operand") for s in operands)
        if a.dims != b.dims:
            raise ShapeError(f"operand shapes differ: {a} and {b}")
        if a.dtype != b.dtype:
            raise ShapeError(f"operand element types differ: {a.dtype} and {b.dtype}")
        _check_kind(opcode, a)
        if opcode == "compare":
            return ArrayShape("pred", a.dims)
        return ArrayShape(a.dtype, a.dims)
    return rule


def compare_rule(operands, attrs, declared, ctx):
    if attrs["direction"] not in ("EQ", "NE", "LT", "LE", "GT", "GE"):
        raise ShapeError(f"unknown comparison direction {attrs['direction']}")
    if attrs.get("type") not in (None, "FLOAT", "TOTALORDER", "SIGNED", "UNSIGNED"):
        raise ShapeError(f"unknown comparison type {attrs['type']}")
    result = binary_rule("compare")(operands, attrs, declared, ctx)
    # As XLA's verifier: the comparison type must suit the element type.
    allowed = {"float": ("FLOAT", "TOTALORDER"), "sint": ("SIGNED",), "uint": ("UNSIGNED",),
               "pred": ("UNSIGNED",), "complex": ("FLOAT",)}[operands[0].element_type.kind]
    if operands[0].element_type.is_complex and attrs["direction"] not in ("EQ", "NE"):
        raise ShapeError(f"complex numbers are not ordered: compare {attrs['direction']} "
                         f"of {operands[0].dtype}")
    if attrs.get("type") not in (None, *allowed):
        raise ShapeError(f"comparison type {attrs['type']} does not suit "
                         f"{operands[0].dtype}; expected {' or '.join(allowed)}")
    return result


def convert_rule(operands, attrs, declared, ctx):
    x = _array(operands[0], "operand")
    out = _array(_need_declared(declared, "convert"), "result")
    if out.dims != x.dims:
        raise ShapeError(f"convert changes dimensions: {x} to {out}")
    if x.element_type.is_complex and not out.element_type.is_complex:
        raise ShapeError(f"convert from complex {x.dtype} to {out.dtype}: take real() "
                         "or imag() (XLA does not define it)")
    return ArrayShape(out.dtype, x.dims)


def bitcast_convert_rule(operands, attrs, declared, ctx):
    x = _array(operands[0], "operand")
    out = _array(_need_declared(declared, "bitcast-convert"), "result")
    in_bits, out_bits = x.element_type.bits, out.element_type.bits
    if in_bits == out_bits:
        expected = x.dims
    elif in_bits > out_bits:
        expected = x.dims + (in_bits // out_bits,)
    else:
        if not x.dims or x.dims[-1] != out_bits // in_bits:
            raise ShapeError(f"bitcast-convert from {x} to {out}: last dimension must be "
                             f"{out_bits // in_bits}")
        expected = x.dims[:-1]
    if out.dims != expected:
        raise ShapeError(f"bitcast-convert from {x} must give dimensions {list(expected)}")
    return ArrayShape(out.dtype, out.dims)


def select_rule(operands, attrs, declared, ctx):
    pred, on_true, on_false = (_array(s, "operand") for s in operands)
    if pred.dtype != "pred":
        raise ShapeError(f"select predicate must be pred, got {pred}")
    if on_true.dims != on_false.dims or on_true.dtype != on_false.dtype:
        raise ShapeError(f"select branches differ: {on_true} and {on_false}")
    if pred.dims not in ((), on_true.dims):
        raise ShapeError(f"select predicate {pred} does not match {on_true}")
    return ArrayShape(on_true.dtype, on_true.dims)


def clamp_rule(operands, attrs, declared, ctx):
    low, x, high = (_array(s, "operand") for s in operands)
    for bound in (low, high):
        if bound.dtype != x.dtype or bound.dims not in ((), x.dims):
            raise ShapeError(f"clamp bound {bound} does not match operand {x}")
    return ArrayShape(x.dtype, x.dims)


def same_as_operand_rule(operands, attrs, declared, ctx):
    return operands[0]


# ---------------------------------------------------------------- structure

def parameter_rule(operands, attrs, declared, ctx):
    if attrs["parameter_number"] < 0:
        raise ShapeError("parameter number must be non-negative")
    return _need_declared(declared, "parameter")


def constant_rule(operands, attrs, declared, ctx):
    literal: Literal = attrs["literal"]
    out = _need_declared(declared, "constant")
    if isinstance(out, ArrayShape) and tuple(literal.array.shape) != out.dims:
        raise ShapeError(f"literal has dimensions {list(literal.array.shape)}, shape is {out}")
    return out


def iota_rule(operands, attrs, declared, ctx):
    out = _array(_need_declared(declared, "iota"), "result")
    if not 0 <= attrs["iota_dimension"] < max(out.rank, 1) or out.rank == 0:
        raise ShapeError(f"iota_dimension {attrs['iota_dimension']} out of range for {out}")
    return out


def tuple_rule(operands, attrs, declared, ctx):
    return TupleShape(tuple(operands))


def get_tuple_element_rule(operands, attrs, declared, ctx):
    tup = operands[0]
    if not isinstance(tup, TupleShape):
        raise ShapeError(f"get-tuple-element of a non-tuple {tup}")
    index = attrs["index"]
    if not 0 <= index < len(tup.elements):
        raise ShapeError(f"tuple index {index} out of range for {tup}")
    return tup.elements[index]


def _check_call(name: str, operands: list[Shape], ctx, what: str) -> Shape:
    params, result = ctx.signature(name)
    if len(params) != len(operands):
        raise ShapeError(f"{what} '{name}' takes {len(params)} parameters, given {len(operands)}")
    for i, (p, a) in enumerate(zip(params, operands)):
        if not p.same_as(a):
            raise ShapeError(f"{what} '{name}' parameter {i} is {p}, given {a}")
    return result


def call_rule(operands, attrs, declared, ctx):
    return _check_call(attrs["to_apply"], operands, ctx, "computation")


def fusion_rule(operands, attrs, declared, ctx):
    return _check_call(attrs["calls"], operands, ctx, "fused computation")


def while_rule(operands, attrs, declared, ctx):
    state = operands[0]
    cond = _check_call(attrs["condition"], [state], ctx, "condition")
    if not cond.same_as(scalar("pred")):
        raise ShapeError(f"while condition must return pred[], returns {cond}")
    body = _check_call(attrs["body"], [state], ctx, "body")
    if not body.same_as(state):
        raise ShapeError(f"while body returns {body}, state is {state}")
    return state


def conditional_rule(operands, attrs, declared, ctx):
    selector = _array(operands[0], "branch selector")
    if "branch_computations" in attrs:
        branches = list(attrs["branch_computations"])
        if selector.dtype != "s32" or selector.dims:
            raise ShapeError(f"branch index must be s32[], got {selector}")
    else:
        branches = [attrs["true_computation"], attrs["false_computation"]]
        if selector.dtype != "pred" or selector.dims:
            raise ShapeError(f"conditional predicate must be pred[], got {selector}")
    if len(operands) - 1 != len(branches):
        raise ShapeError(f"conditional has {len(branches)} branches, {len(operands) - 1} operands")
    results = [_check_call(b, [arg], ctx, "branch") for b, arg in zip(branches, operands[1:])]
    if any(not r.same_as(results[0]) for r in results):
        raise ShapeError("conditional branches return different shapes")
    return results[0]


def rng_bit_generator_rule(operands, attrs, declared, ctx):
    state = _array(operands[0], "state")
    out = _need_declared(declared, "rng-bit-generator")
    if not (isinstance(out, TupleShape) and len(out.elements) == 2
            and out.elements[0].same_as(state)):
        raise ShapeError(f"rng-bit-generator returns (state, values); state is {state}")
    if attrs.get("algorithm", "rng_default") not in ("rng_default", "rng_three_fry",
                                                      "rng_philox"):
        raise ShapeError(f"unknown rng algorithm {attrs['algorithm']}")
    values = _array(out.elements[1], "values")
    if not values.element_type.is_integer:
        raise ShapeError("rng-bit-generator produces unsigned integer bits")
    return out


# ---------------------------------------------------------------- data movement

def broadcast_rule(operands, attrs, declared, ctx):
    x = _array(operands[0], "operand")
    out = _array(_need_declared(declared, "broadcast"), "result")
    dims = attrs["dimensions"]
    if len(dims) != x.rank:
        raise ShapeError(f"broadcast dimensions {list(dims)} must have one entry per operand "
                         f"dimension of {x}")
    _check_dims_attr(dims, out.rank, "broadcast dimensions")
    for i, d in enumerate(dims):
        if x.dims[i] not in (1, out.dims[d]):
            raise ShapeError(f"broadcast of {x} to {out}: dimension {i} does not fit")
    if out.dtype != x.dtype:
        raise ShapeError("broadcast changes the element type")
    return ArrayShape(x.dtype, out.dims)


def reshape_rule(operands, attrs, declared, ctx):
    x = _array(operands[0], "operand")
    out = _array(_need_declared(declared, "reshape"), "result")
    if out.size != x.size or out.dtype != x.dtype:
        raise ShapeError(f"reshape of {x} to {out} changes the element count or type")
    return ArrayShape(x.dtype, out.dims)


def bitcast_rule(operands, attrs, declared, ctx):
    x = _array(operands[0], "operand")
    out = _array(_need_declared(declared, "bitcast"), "result")
    if out.nbytes != x.nbytes:
        raise ShapeError(f"bitcast of {x} to {out} changes the byte size")
    return out


def transpose_rule(operands, attrs, declared, ctx):
    x = _array(operands[0], "operand")
    perm = attrs["dimensions"]
    if sorted(perm) != list(range(x.rank)):
        raise ShapeError(f"transpose dimensions {list(perm)} are not a permutation of "
                         f"rank {x.rank}")
    return ArrayShape(x.dtype, tuple(x.dims[p] for p in perm))


def slice_rule(operands, attrs, declared, ctx):
    x = _array(operands[0], "operand")
    spec = attrs["slice"]
    if len(spec) != x.rank:
        raise ShapeError(f"slice has {len(spec)} ranges for rank {x.rank}")
    dims = []
    for i, s in enumerate(spec):
        if not (0 <= s.start <= s.limit <= x.dims[i]) or s.stride < 1:
            raise ShapeError(f"slice [{s.start}:{s.limit}:{s.stride}] out of bounds for "
                             f"dimension {i} of {x}")
        dims.append((s.limit - s.start + s.stride - 1) // s.stride)
    return ArrayShape(x.dtype, tuple(dims))


def _scalar_indices(indices: list[Shape], rank: int, what: str) -> None:
    if len(indices) == 1 and isinstance(indices[0], ArrayShape) and indices[0].rank == 1 \
            and indices[0].dims[0] == rank and rank != 1:
        return  # the old form: one index vector
    if len(indices) != rank:
        raise ShapeError(f"{what} needs {rank} start indices, given {len(indices)}")
    for idx in indices:
        idx = _array(idx, "start index")
        if idx.rank != 0 or not idx.element_type.is_integer:
            raise ShapeError(f"{what} start indices must be integer scalars, got {idx}")


def dynamic_slice_rule(operands, attrs, declared, ctx):
    x = _array(operands[0], "operand")
    _scalar_indices(operands[1:], x.rank, "dynamic-slice")
    sizes = attrs["dynamic_slice_sizes"]
    if len(sizes) != x.rank or any(not 0 <= s <= d for s, d in zip(sizes, x.dims)):
        raise ShapeError(f"dynamic_slice_sizes {list(sizes)} do not fit {x}")
    return ArrayShape(x.dtype, tuple(sizes))


def dynamic_update_slice_rule(operands, attrs, declared, ctx):
    x = _array(operands[0], "operand")
    update = _array(operands[1], "update")
    _scalar_indices(operands[2:], x.rank, "dynamic-update-slice")
    if update.rank != x.rank or any(u > d for u, d in zip(update.dims, x.dims)) \
            or update.dtype != x.dtype:
        raise ShapeError(f"update {update} does not fit operand {x}")
    return x


def concatenate_rule(operands, attrs, declared, ctx):
    arrays = [_array(s, "operand") for s in operands]
    if not arrays:
        raise ShapeError("concatenate needs operands")
    (dim,) = attrs["dimensions"]
    first = arrays[0]
    _check_dims_attr((dim,), first.rank, "concatenate dimension")
    for a in arrays[1:]:
        if a.rank != first.rank or a.dtype != first.dtype or any(
                a.dims[i] != first.dims[i] for i in range(a.rank) if i != dim):
            raise ShapeError(f"cannot concatenate {first} and {a} along {dim}")
    dims = list(first.dims)
    dims[dim] = sum(a.dims[dim] for a in arrays)
    return ArrayShape(first.dtype, tuple(dims))


def pad_rule(operands, attrs, declared, ctx):
    x, value = _array(operands[0], "operand"), _array(operands[1], "padding value")
    if value.rank != 0 or value.dtype != x.dtype:
        raise ShapeError(f"padding value must be a {x.dtype} scalar, got {value}")
    padding = attrs["padding"]
    if len(padding) != x.rank:
        raise ShapeError(f"padding has {len(padding)} entries for rank {x.rank}")
    dims = []
    for d, p in zip(x.dims, padding):
        if p.interior < 0:
            raise ShapeError("interior padding must be non-negative")
        size = p.low + p.high + d + max(d - 1, 0) * p.interior
        if size < 0:
            raise ShapeError(f"padding {p.low}_{p.high}_{p.interior} of {d} elements is negative")
        dims.append(size)
    return ArrayShape(x.dtype, tuple(dims))


def reverse_rule(operands, attrs, declared, ctx):
    x = _array(operands[0], "operand")
    _check_dims_attr(attrs["dimensions"], x.rank, "reverse dimensions")
    return x


def gather_rule(operands, attrs, declared, ctx):
    x, indices = _array(operands[0], "operand"), _array(operands[1], "start indices")
    if not indices.element_type.is_integer:
        raise ShapeError(f"gather indices must be integers, got {indices}")
    ivd = attrs["index_vector_dim"]
    index_dims = list(indices.dims) + ([1] if ivd == indices.rank else [])
    if not 0 <= ivd < len(index_dims):
        raise ShapeError(f"index_vector_dim {ivd} out of range")
    start_index_map = attrs["start_index_map"]
    if index_dims[ivd] != len(start_index_map):
        raise ShapeError(f"index vector has {index_dims[ivd]} entries, start_index_map "
                         f"{list(start_index_map)}")
    _check_dims_attr(start_index_map, x.rank, "start_index_map")
    slice_sizes = attrs["slice_sizes"]
    if len(slice_sizes) != x.rank or any(not 0 <= s <= d for s, d in zip(slice_sizes, x.dims)):
        raise ShapeError(f"slice_sizes {list(slice_sizes)} do not fit {x}")
    collapsed = set(attrs["collapsed_slice_dims"]) | set(attrs.get("operand_batching_dims", ()))
    for d in collapsed:
        if not 0 <= d < x.rank or slice_sizes[d] > 1:
            raise ShapeError(f"collapsed dimension {d} must have slice size 1")
    offset_sizes = [s for i, s in enumerate(slice_sizes) if i not in collapsed]
    offset_dims = attrs["offset_dims"]
    if len(offset_dims) != len(offset_sizes):
        raise ShapeError(f"offset_dims {list(offset_dims)} do not match {len(offset_sizes)} "
                         "window dimensions")
    batch_sizes = [d for i, d in enumerate(index_dims) if i != ivd]
    rank = len(batch_sizes) + len(offset_sizes)
    _check_dims_attr(offset_dims, rank, "offset_dims")
    out, offsets, batches = [], iter(offset_sizes), iter(batch_sizes)
    for i in range(rank):
        out.append(next(offsets) if i in offset_dims else next(batches))
    return ArrayShape(x.dtype, tuple(out))


def scatter_rule(operands, attrs, declared, ctx):
    n = (len(operands) - 1) // 2
    if len(operands) != 2 * n + 1 or n < 1:
        raise ShapeError("scatter takes N operands, the indices and N updates")
    inputs = [_array(s, "operand") for s in operands[:n]]
    indices = _array(operands[n], "scatter indices")
    updates = [_array(s, "updates") for s in operands[n + 1:]]
    if not indices.element_type.is_integer:
        raise ShapeError(f"scatter indices must be integers, got {indices}")
    for a, u in zip(inputs, updates):
        if a.dtype != u.dtype:
            raise ShapeError(f"scatter updates {u} do not match operand {a}")
    ivd = attrs["index_vector_dim"]
    index_dims = list(indices.dims) + ([1] if ivd == indices.rank else [])
    if index_dims[ivd] != len(attrs["scatter_dims_to_operand_dims"]):
        raise ShapeError("scatter index vector length does not match "
                         "scatter_dims_to_operand_dims")
    window_rank = len(attrs["update_window_dims"])
    if window_rank + len(attrs["inserted_window_dims"]) + len(
            attrs.get("input_batching_dims", ())) != inputs[0].rank:
        raise ShapeError("update_window_dims and inserted_window_dims do not cover the operand")
    scatter_rank = len(index_dims) - 1
    if updates[0].rank != scatter_rank + window_rank:
        raise ShapeError(f"updates {updates[0]} must have rank {scatter_rank + window_rank}")
    params, result = ctx.signature(attrs["to_apply"])
    if len(params) != 2 * n:
        raise ShapeError(f"scatter combiner must take {2 * n} scalars")
    return inputs[0] if n == 1 else TupleShape(tuple(inputs))


# ---------------------------------------------------------------- reductions

def _reducer_result_types(name: str, inits: list[ArrayShape], ctx) -> list[str]:
    params, result = ctx.signature(name)
    n = len(inits)
    if len(params) != 2 * n:
        raise ShapeError(f"reducer '{name}' must take {2 * n} parameters")
    leaves = list(result.elements) if isinstance(result, TupleShape) else [result]
    if len(leaves) != n or any(not isinstance(r, ArrayShape) or r.rank for r in leaves):
        raise ShapeError(f"reducer '{name}' must return {n} scalars")
    for r, init in zip(leaves, inits):
        if r.dtype != init.dtype:
            raise ShapeError(f"reducer '{name}' returns {r.dtype}, init value is {init.dtype}")
    return [r.dtype for r in leaves]


def reduce_rule(operands, attrs, declared, ctx):
    n = len(operands) // 2
    if n < 1 or len(operands) != 2 * n:
        raise ShapeError("reduce takes N operands and N init values")
    inputs = [_array(s, "operand") for s in operands[:n]]
    inits = [_array(s, "init value") for s in operands[n:]]
    if any(i.rank for i in inits):
        raise ShapeError("reduce init values must be scalars")
    if any(a.dims != inputs[0].dims for a in inputs):
        raise ShapeError("reduce operands have different dimensions")
    dims = attrs["dimensions"]
    _check_dims_attr(dims, inputs[0].rank, "reduce dimensions")
    kept = tuple(d for i, d in enumerate(inputs[0].dims) if i not in dims)
    dtypes = _reducer_result_types(attrs["to_apply"], inits, ctx)
    results = [ArrayShape(t, kept) for t in dtypes]
    return results[0] if n == 1 else TupleShape(tuple(results))


def window_output_dims(dims, window: Window) -> tuple[int, ...]:
    """Output size of a windowed op (reduce-window, convolution) per spatial dimension."""
    if len(window.dims) != len(dims):
        raise ShapeError(f"window has {len(window.dims)} dimensions, operand {len(dims)}")
    out = []
    for d, w in zip(dims, window.dims):
        if w.size < 0 or w.stride < 1 or w.base_dilation < 1 or w.window_dilation < 1:
            raise ShapeError("window sizes, strides and dilations must be positive")
        padded = (max(d - 1, 0) * w.base_dilation + (1 if d else 0)) + w.pad_low + w.pad_high
        dilated_window = max(w.size - 1, 0) * w.window_dilation + 1
        out.append(0 if padded < dilated_window or w.size == 0
                   else (padded - dilated_window) // w.stride + 1)
    return tuple(out)


def reduce_window_rule(operands, attrs, declared, ctx):
    n = len(operands) // 2
    inputs = [_array(s, "operand") for s in operands[:n]]
    inits = [_array(s, "init value") for s in operands[n:]]
    if n < 1 or len(operands) != 2 * n or any(i.rank for i in inits):
        raise ShapeError("reduce-window takes N operands and N scalar init values")
    out_dims = window_output_dims(inputs[0].dims, attrs["window"])
    dtypes = _reducer_result_types(attrs["to_apply"], inits, ctx)
    results = [ArrayShape(t, out_dims) for t in dtypes]
    return results[0] if n == 1 else TupleShape(tuple(results))


def select_and_scatter_rule(operands, attrs, declared, ctx):
    x, source, init = (_array(s, "operand") for s in operands)
    expected = window_output_dims(x.dims, attrs["window"])
    if source.dims != expected:
        raise ShapeError(f"source {source} must have dimensions {list(expected)}")
    if init.rank or init.dtype != x.dtype:
        raise ShapeError("init value must be a scalar of the operand's type")
    return x


def sort_rule(operands, attrs, declared, ctx):
    arrays = [_array(s, "operand") for s in operands]
    if not arrays or any(a.dims != arrays[0].dims for a in arrays):
        raise ShapeError("sort operands must have the same dimensions")
    (dim,) = attrs["dimensions"]
    _check_dims_attr((dim,), max(arrays[0].rank, 1), "sort dimension")
    params, result = ctx.signature(attrs["to_apply"])
    if len(params) != 2 * len(arrays) or not result.same_as(scalar("pred")):
        raise ShapeError(f"sort comparator must take {2 * len(arrays)} scalars and return pred[]")
    return arrays[0] if len(arrays) == 1 else TupleShape(tuple(arrays))


# ---------------------------------------------------------------- contractions

def dot_rule(operands, attrs, declared, ctx):
    lhs, rhs = _array(operands[0], "lhs"), _array(operands[1], "rhs")
    lb, rb = attrs.get("lhs_batch_dims", ()), attrs.get("rhs_batch_dims", ())
    lc, rc = attrs.get("lhs_contracting_dims", ()), attrs.get("rhs_contracting_dims", ())
    _check_dims_attr(tuple(lb) + tuple(lc), lhs.rank, "lhs batch+contracting dims")
    _check_dims_attr(tuple(rb) + tuple(rc), rhs.rank, "rhs batch+contracting dims")
    if len(lb) != len(rb) or len(lc) != len(rc):
        raise ShapeError("dot batch/contracting dimension counts differ between lhs and rhs")
    for a, b in list(zip(lb, rb)) + list(zip(lc, rc)):
        if lhs.dims[a] != rhs.dims[b]:
            raise ShapeError(f"dot dimension {a} of {lhs} does not match {b} of {rhs}")
    if lhs.dtype != rhs.dtype and declared is None:
        raise ShapeError(f"dot operand types differ: {lhs.dtype} and {rhs.dtype}")
    dims = [lhs.dims[d] for d in lb]
    dims += [d for i, d in enumerate(lhs.dims) if i not in lb and i not in lc]
    dims += [d for i, d in enumerate(rhs.dims) if i not in rb and i not in rc]
    dtype = declared.dtype if isinstance(declared, ArrayShape) else lhs.dtype
    return ArrayShape(dtype, tuple(dims))


def conv_dims(attrs) -> ConvDims:
    try:
        return parse_dim_labels(attrs["dim_labels"])
    except ValueError as e:
        raise ShapeError(str(e)) from None


def convolution_rule(operands, attrs, declared, ctx):
    lhs, rhs = _array(operands[0], "input"), _array(operands[1], "kernel")
    cd = conv_dims(attrs)
    if len(cd.input_spatial) + 2 != lhs.rank or len(cd.kernel_spatial) + 2 != rhs.rank:
        raise ShapeError(f"dim_labels {attrs['dim_labels']} do not fit {lhs} and {rhs}")
    fgc, bgc = attrs.get("feature_group_count", 1), attrs.get("batch_group_count", 1)
    in_features = lhs.dims[cd.input_feature]
    if fgc < 1 or bgc < 1 or in_features % fgc or \
            in_features // fgc != rhs.dims[cd.kernel_input_feature]:
        raise ShapeError(f"input features {in_features} / feature_group_count {fgc} != kernel "
                         f"input features {rhs.dims[cd.kernel_input_feature]}")
    out_features = rhs.dims[cd.kernel_output_feature]
    if out_features % fgc or out_features % bgc or lhs.dims[cd.input_batch] % bgc:
        raise ShapeError("output features or batch not divisible by the group counts")
    kernel_sizes = [rhs.dims[d] for d in cd.kernel_spatial]
    window = attrs.get("window") or Window(tuple())
    if not window.dims:
        from .attributes import WindowDim
        window = Window(tuple(WindowDim(s) for s in kernel_sizes))
    if [w.size for w in window.dims] != kernel_sizes:
        raise ShapeError(f"window size {[w.size for w in window.dims]} does not match kernel "
                         f"spatial dimensions {kernel_sizes}")
    spatial = window_output_dims([lhs.dims[d] for d in cd.input_spatial], window)
    out = [0] * lhs.rank
    out[cd.output_batch] = lhs.dims[cd.input_batch] // bgc
    out[cd.output_feature] = out_features
    for d, size in zip(cd.output_spatial, spatial):
        out[d] = size
    dtype = declared.dtype if isinstance(declared, ArrayShape) else lhs.dtype
    return ArrayShape(dtype, tuple(out))


# ---------------------------------------------------------------- collectives

def _group_size(attrs) -> int | None:
    """Devices per group as written (None: every device; the count is not in the IR)."""
    groups = attrs.get("replica_groups")
    listed = groups.groups() if groups is not None else ()
    return len(listed[0]) if listed else None


def _one_or_tuple(shapes: list[Shape]) -> Shape:
    return shapes[0] if len(shapes) == 1 else TupleShape(tuple(shapes))


def _collective_arrays(operands, opcode) -> list[ArrayShape]:
    if not operands:
        raise ShapeError(f"{opcode} needs at least one operand")
    return [_array(s, "operand") for s in operands]


def _check_scalar_reducer(name: str, arrays: list[ArrayShape], ctx) -> None:
    params, result = ctx.signature(name)
    if len(params) != 2 or any(not isinstance(p, ArrayShape) or p.rank for p in params) or \
            not isinstance(result, ArrayShape) or result.rank:
        raise ShapeError(f"reducer '{name}' must take two scalars and return one")
    for a in arrays:
        if {params[0].dtype, params[1].dtype, result.dtype} != {a.dtype}:
            raise ShapeError(f"reducer '{name}' works on {result.dtype}, operand is {a.dtype}")


def all_reduce_rule(operands, attrs, declared, ctx):
    arrays = _collective_arrays(operands, "all-reduce")
    _check_scalar_reducer(attrs["to_apply"], arrays, ctx)
    return _one_or_tuple([ArrayShape(a.dtype, a.dims) for a in arrays])


def _scaled_rule(opcode: str, gather: bool):
    """all-gather multiplies dimension d by the group size, reduce-scatter divides it."""
    def rule(operands, attrs, declared, ctx):
        arrays = _collective_arrays(operands, opcode)
        if opcode == "reduce-scatter":
            _check_scalar_reducer(attrs["to_apply"], arrays, ctx)
        dims = attrs["dimensions"]
        if len(dims) != 1:
            raise ShapeError(f"{opcode} takes one dimension, given {list(dims)}")
        d = dims[0]
        written = None
        if declared is not None:
            written = list(declared.elements) if isinstance(declared, TupleShape) and \
                len(arrays) > 1 else [declared]
            if len(written) != len(arrays):
                raise ShapeError(f"{opcode} of {len(arrays)} operands declares {declared}")
        size = _group_size(attrs)
        if attrs.get("channel_id") is not None and not attrs.get("use_global_device_ids"):
            size = None  # replica ids, each with every partition: the count is not here
        results = []
        for i, a in enumerate(arrays):
            _check_dims_attr((d,), a.rank, f"{opcode} dimension")
            if written is not None:
                out = _array(written[i], "result")
                others_ok = out.rank == a.rank and all(
                    o == x for k, (o, x) in enumerate(zip(out.dims, a.dims)) if k != d)
                big, small = (out.dims[d], a.dims[d]) if gather else (a.dims[d], out.dims[d])
                if not others_ok or out.dtype != a.dtype or (small and big % small) or \
                        (not small and big):
                    raise ShapeError(f"{opcode} along dimension {d} of {a} cannot give {out}")
                if size is not None and small * size != big:
                    raise ShapeError(f"{opcode} along dimension {d} of {a} over a group of "
                                     f"{size} cannot give {out}")
                results.append(ArrayShape(a.dtype, out.dims))
                continue
            if size is None:
                raise ShapeError(f"{opcode} over every device needs its result shape "
                                 "written out")
            new = list(a.dims)
            if gather:
                new[d] *= size
            elif new[d] % size:
                raise ShapeError(f"reduce-scatter: dimension {d} of {a} is not divisible by "
                                 f"the group size {size}")
            else:
                new[d] //= size
            results.append(ArrayShape(a.dtype, tuple(new)))
        return _one_or_tuple(results)
    return rule


def all_gather_start_rule(operands, attrs, declared, ctx):
    """(operand(s), result(s)), as XLA prints the async all-gather."""
    inputs = _one_or_tuple([ArrayShape(a.dtype, a.dims)
                            for a in _collective_arrays(operands, "all-gather-start")])
    if not isinstance(declared, TupleShape) or len(declared.elements) != 2:
        raise ShapeError("all-gather-start needs its (operand, result) shape written out")
    if not declared.elements[0].same_as(inputs):
        raise ShapeError(f"all-gather-start: tuple element 0 {declared.elements[0]} is not "
                         f"the operand {inputs}")
    gathered = _scaled_rule("all-gather", True)(operands, attrs, declared.elements[1], ctx)
    return TupleShape((inputs, gathered))


def all_to_all_rule(operands, attrs, declared, ctx):
    arrays = _collective_arrays(operands, "all-to-all")
    dims = attrs.get("dimensions")
    if dims:  # split and concatenate along one dimension of one array
        if len(dims) != 1 or len(arrays) != 1:
            raise ShapeError("all-to-all with a split dimension takes one operand and one "
                             "dimension")
        _check_dims_attr(dims, arrays[0].rank, "all-to-all dimension")
        size = _group_size(attrs)
        if size is not None and arrays[0].dims[dims[0]] % size:
            raise ShapeError(f"all-to-all: dimension {dims[0]} of {arrays[0]} is not divisible "
                             f"by the group size {size}")
        return ArrayShape(arrays[0].dtype, arrays[0].dims)
    # The tuple form: operand i goes to the i-th device of the group.
    size = _group_size(attrs)
    if size is not None and size != len(arrays):
        raise ShapeError(f"all-to-all without a dimension takes one operand per device of "
                         f"its group ({size}), given {len(arrays)}")
    return TupleShape(tuple(ArrayShape(a.dtype, a.dims) for a in arrays))


def collective_permute_rule(operands, attrs, declared, ctx):
    arrays = _collective_arrays(operands, "collective-permute")
    seen_sources, seen_targets = set(), set()
    for source, target in attrs["source_target_pairs"]:
        if source in seen_sources or target in seen_targets or min(source, target) < 0:
            raise ShapeError(f"source_target_pairs repeat a source or a target: "
                             f"{[list(p) for p in attrs['source_target_pairs']]}")
        seen_sources.add(source)
        seen_targets.add(target)
    return _one_or_tuple([ArrayShape(a.dtype, a.dims) for a in arrays])


def collective_permute_start_rule(operands, attrs, declared, ctx):
    """(operand, result[, u32[] contexts...]), as XLA prints the async permute."""
    result = collective_permute_rule(operands, attrs, None, ctx)
    if not isinstance(declared, TupleShape) or len(declared.elements) < 2 or \
            not all(e.same_as(result) for e in declared.elements[:2]) or \
            not all(e.same_as(scalar("u32")) for e in declared.elements[2:]):
        raise ShapeError(f"collective-permute-start needs its shape written out as "
                         f"({result}, {result}[, u32[]...]), given {declared}")
    return declared


def async_done_rule(operands, attrs, declared, ctx):
    """all-gather-done / collective-permute-done: element 1 of the start's tuple."""
    start = operands[0]
    if not isinstance(start, TupleShape) or len(start.elements) < 2:
        raise ShapeError(f"the operand must be the tuple of an async start, got {start}")
    return start.elements[1]


def device_id_rule(operands, attrs, declared, ctx):
    return scalar("u32")
FFT_TYPES = ("FFT", "IFFT", "RFFT", "IRFFT")


def fft_rule(operands, attrs, declared, ctx):
    """XLA's FFT: over the last len(fft_length) dimensions (1 to 3). RFFT keeps
    fft_length[-1] // 2 + 1 outputs in the last one, IRFFT takes that many."""
    x = _array(operands[0], "operand")
    kind, lengths = attrs["fft_type"], tuple(attrs["fft_length"])
    if kind not in FFT_TYPES:
        raise ShapeError(f"unknown fft_type {kind} (expected {', '.join(FFT_TYPES)})")
    if not 1 <= len(lengths) <= 3 or len(lengths) > x.rank:
        raise ShapeError(f"fft_length {list(lengths)} needs 1 to 3 dimensions, at most the "
                         f"rank of {x}")
    lead, last = x.dims[:x.rank - len(lengths)], x.dims[x.rank - len(lengths):]
    if kind == "RFFT":
        if x.dtype not in COMPLEX_OF or tuple(last) != lengths:
            raise ShapeError(f"RFFT takes f32 or f64 with trailing dimensions {list(lengths)}, "
                             f"got {x}")
        return ArrayShape(COMPLEX_OF[x.dtype], lead + lengths[:-1] + (lengths[-1] // 2 + 1,))
    if not x.element_type.is_complex:
        raise ShapeError(f"{kind} takes c64 or c128, got {x}")
    if kind == "IRFFT":
        if tuple(last[:-1]) != lengths[:-1] or last[-1] != lengths[-1] // 2 + 1:
            raise ShapeError(f"IRFFT of {x} with fft_length {list(lengths)}: the trailing "
                             f"dimensions must be {list(lengths[:-1]) + [lengths[-1] // 2 + 1]}")
        return ArrayShape(COMPLEX_PARTS[x.dtype], lead + lengths)
    if tuple(last) != lengths and x.size:
        # XLA's shape inference lets this through, and XLA:CPU then reads out of bounds
        # (its results are whatever memory held): hlox refuses it, except for an empty
        # array, whose (empty) result the lengths cannot change.
        raise ShapeError(f"{kind} of {x}: the trailing dimensions must be {list(lengths)}")
    return ArrayShape(x.dtype, x.dims)


def map_rule(operands, attrs, declared, ctx):
    """map: a scalar computation applied elementwise to N arrays of one shape."""
    arrays = [_array(s, "operand") for s in operands]
    if not arrays or any(a.dims != arrays[0].dims for a in arrays):
        raise ShapeError("map operands must have the same dimensions")
    dims = attrs.get("dimensions")
    if dims is not None and tuple(dims) != tuple(range(arrays[0].rank)):
        raise ShapeError(f"map dimensions {list(dims)} must be all of 0..{arrays[0].rank - 1}")
    scalars = [scalar(a.dtype) for a in arrays]
    result = _check_call(attrs["to_apply"], scalars, ctx, "mapped computation")
    if not isinstance(result, ArrayShape) or result.rank:
        raise ShapeError(f"mapped computation must return a scalar, returns {result}")
    return ArrayShape(result.dtype, arrays[0].dims)


def topk_rule(operands, attrs, declared, ctx):
    """topk: the k largest (or smallest) along the last dimension and their s32 indices."""
    x = _array(operands[0], "operand")
    k = attrs["k"]
    if x.rank == 0 or not 0 <= k <= x.dims[-1]:
        raise ShapeError(f"topk k={k} does not fit the last dimension of {x}")
    dims = x.dims[:-1] + (k,)
    return TupleShape((ArrayShape(x.dtype, dims), ArrayShape("s32", dims)))


def after_all_rule(operands, attrs, declared, ctx):
    return scalar("token")


def add_dependency_rule(operands, attrs, declared, ctx):
    token = operands[1]
    if not (isinstance(token, ArrayShape) and token.dtype == "token"):
        raise ShapeError(f"add-dependency's second operand must be a token, got {token}")
    return operands[0]


def get_dimension_size_rule(operands, attrs, declared, ctx):
    x = _array(operands[0], "operand")
    dims = tuple(attrs["dimensions"])
    if len(dims) != 1:
        raise ShapeError(f"get-dimension-size takes one dimension, given {list(dims)}")
    _check_dims_attr(dims, x.rank, "get-dimension-size dimension")
    return scalar("s32")


def set_dimension_size_rule(operands, attrs, declared, ctx):
    x = _array(operands[0], "operand")
    size = _array(operands[1], "size")
    if size.dtype != "s32" or size.rank:
        raise ShapeError(f"set-dimension-size's size must be s32[], got {size}")
    dims = tuple(attrs["dimensions"])
    if len(dims) != 1:
        raise ShapeError(f"set-dimension-size takes one dimension, given {list(dims)}")
    _check_dims_attr(dims, x.rank, "set-dimension-size dimension")
    return ArrayShape(x.dtype, x.dims, x.layout, tuple(sorted(set(x.dynamic) | set(dims))))


def batch_norm_rule(opcode):
    """The batch-norm family: per-feature vectors [C] beside an operand [..., C, ...]."""
    def rule(operands, attrs, declared, ctx):
        x = _array(operands[0], "operand")
        fi = attrs["feature_index"]
        _check_dims_attr((fi,), x.rank, "feature_index")
        if not x.element_type.is_float:
            raise ShapeError(f"{opcode} takes floats, got {x}")
        vector = ArrayShape(x.dtype, (x.dims[fi],))
        vectors = operands[1:] if opcode != "batch-norm-grad" else operands[1:4]
        for v in vectors:
            if not _array(v, "per-feature operand").same_as(vector):
                raise ShapeError(f"{opcode} per-feature operands must be {vector}, got {v}")
        if opcode == "batch-norm-grad" and not _array(operands[4], "grad").same_as(x):
            raise ShapeError(f"batch-norm-grad's gradient must be {x}, got {operands[4]}")
        if opcode == "batch-norm-inference":
            return ArrayShape(x.dtype, x.dims)
        return TupleShape((ArrayShape(x.dtype, x.dims), vector, vector))
    return rule


def cholesky_rule(operands, attrs, declared, ctx):
    x = _array(operands[0], "operand")
    if x.rank < 2 or x.dims[-1] != x.dims[-2]:
        raise ShapeError(f"cholesky takes square matrices in the last two dimensions, got {x}")
    if x.element_type.kind not in ("float", "complex"):
        raise ShapeError(f"cholesky takes floats or complex numbers, got {x}")
    return ArrayShape(x.dtype, x.dims)


def triangular_solve_rule(operands, attrs, declared, ctx):
    """triangular-solve(a, b): a [..., m, m]; b [..., m, n] with left_side, [..., n, m]
    without; the result is b's shape."""
    a, b = _array(operands[0], "matrix"), _array(operands[1], "right-hand side")
    if a.rank < 2 or a.dims[-1] != a.dims[-2]:
        raise ShapeError(f"triangular-solve takes square matrices, got {a}")
    if a.element_type.kind not in ("float", "complex") or b.dtype != a.dtype:
        raise ShapeError(f"triangular-solve takes floats or complex numbers of one type, "
                         f"got {a} and {b}")
    side = -2 if attrs.get("left_side", False) else -1
    if b.rank != a.rank or b.dims[:-2] != a.dims[:-2] or b.dims[side] != a.dims[-1]:
        raise ShapeError(f"triangular-solve's right-hand side {b} does not fit the matrix {a} "
                         f"(left_side={str(attrs.get('left_side', False)).lower()})")
    if attrs["transpose_a"] not in TRANSPOSE_A:
        raise ShapeError(f"transpose_a must be one of {', '.join(TRANSPOSE_A)}, "
                         f"not {attrs['transpose_a']}")
    return ArrayShape(b.dtype, b.dims)


TRANSPOSE_A = ("NO_TRANSPOSE", "TRANSPOSE", "ADJOINT")


def stochastic_convert_rule(operands, attrs, declared, ctx):
    """stochastic-convert(x, random): float x to a signed integer type, rounded up with
    probability frac(|x|) by comparing `random` (unsigned, as wide as x) with it."""
    x, random = _array(operands[0], "operand"), _array(operands[1], "random bits")
    out = _array(_need_declared(declared, "stochastic-convert"), "result")
    if not x.element_type.is_float or random.element_type.kind != "uint" or \
            random.element_type.bits != x.element_type.bits or random.dims != x.dims:
        raise ShapeError(f"stochastic-convert takes a float array and unsigned random bits "
                         f"of its width and shape, got {x} and {random}")
    if out.element_type.kind != "sint" or out.dims != x.dims:
        raise ShapeError(f"stochastic-convert produces a signed integer {list(x.dims)}, "
                         f"not {out}")
    return ArrayShape(out.dtype, x.dims)


_FLOAT_FIELDS = {"f16": (5, 10), "bf16": (8, 7), "f32": (8, 23), "f64": (11, 52)}


def reduce_precision_rule(operands, attrs, declared, ctx):
    x = _array(operands[0], "operand")
    if x.dtype not in _FLOAT_FIELDS:
        raise ShapeError(f"reduce-precision takes f16, bf16, f32 or f64, got {x}")
    if attrs["exponent_bits"] < 1 or attrs["mantissa_bits"] < 0:
        raise ShapeError("reduce-precision needs exponent_bits >= 1 and mantissa_bits >= 0")
    return ArrayShape(x.dtype, x.dims)


SHAPE_RULES: dict[str, Callable] = {
    **{op: unary_rule(op) for op in UNARY if op not in ("convert", "copy")},
    **{op: binary_rule(op) for op in BINARY if op != "compare"},
    "compare": compare_rule, "convert": convert_rule, "copy": same_as_operand_rule,
    "bitcast-convert": bitcast_convert_rule, "select": select_rule, "clamp": clamp_rule,
    "opt-barrier": same_as_operand_rule,
    "parameter": parameter_rule, "constant": constant_rule, "iota": iota_rule,
    "tuple": tuple_rule, "get-tuple-element": get_tuple_element_rule, "call": call_rule,
    "fusion": fusion_rule, "while": while_rule, "conditional": conditional_rule,
    "rng-bit-generator": rng_bit_generator_rule,
    "broadcast": broadcast_rule, "reshape": reshape_rule, "bitcast": bitcast_rule,
    "transpose": transpose_rule, "slice": slice_rule, "dynamic-slice": dynamic_slice_rule,
    "dynamic-update-slice": dynamic_update_slice_rule, "concatenate": concatenate_rule,
    "pad": pad_rule, "reverse": reverse_rule, "gather": gather_rule, "scatter": scatter_rule,
    "reduce": reduce_rule, "reduce-window": reduce_window_rule,
    "select-and-scatter": select_and_scatter_rule, "sort": sort_rule, "dot": dot_rule,
    "convolution": convolution_rule,
    "all-reduce": all_reduce_rule, "all-reduce-start": all_reduce_rule,
    "all-reduce-done": same_as_operand_rule,
    "all-gather": _scaled_rule("all-gather", True), "all-gather-start": all_gather_start_rule,
    "all-gather-done": async_done_rule,
    "reduce-scatter": _scaled_rule("reduce-scatter", False), "all-to-all": all_to_all_rule,
    "collective-permute": collective_permute_rule,
    "collective-permute-start": collective_permute_start_rule,
    "collective-permute-done": async_done_rule,
    "replica-id": device_id_rule, "partition-id": device_id_rule,
    "complex": complex_rule, "fft": fft_rule,
    "map": map_rule, "topk": topk_rule,
    "after-all": after_all_rule, "add-dependency": add_dependency_rule,
    "get-dimension-size": get_dimension_size_rule,
    "set-dimension-size": set_dimension_size_rule,
    **{op: batch_norm_rule(op) for op in (
        "batch-norm-training", "batch-norm-inference", "batch-norm-grad")},
    "cholesky": cholesky_rule, "stochastic-convert": stochastic_convert_rule,
    "triangular-solve": triangular_solve_rule,
    "reduce-precision": reduce_precision_rule,
}


def dynamic_sizes(opcode: str, attrs: dict, operand_sizes: list[dict], set_to=None) -> dict:
    """The sizes in force of a result's bounded dynamic dimensions ({dimension: size}), from
    its operands' (XLA's dynamic padder): set-dimension-size sets one (to `set_to`, the
    value of its size operand); an elementwise op has its operands' (the first operand
    dynamic in a dimension gives it); a reduce keeps those of the dimensions it keeps. The
    sizes are whatever the caller computes with: ints (the evaluator), values (a pass).
    Any other op on an operand with dynamic dimensions raises ShapeError."""
    if opcode == "set-dimension-size":
        return {**operand_sizes[0], attrs["dimensions"][0]: set_to}
    if opcode == "get-dimension-size" or not any(operand_sizes):
        return {}
    if opcode in ELEMENTWISE:
        merged: dict = {}
        for sizes in operand_sizes:
            for dim, size in sizes.items():
                merged.setdefault(dim, size)
        return merged
    if opcode == "reduce":
        reduced = set(attrs["dimensions"])
        inputs = operand_sizes[:len(operand_sizes) // 2]  # then the init values, scalars
        kept: dict = {}
        for sizes in inputs:
            for dim, size in sizes.items():
                if dim not in reduced:
                    kept.setdefault(dim - sum(1 for r in reduced if r < dim), size)
        return kept
    raise ShapeError(f"{opcode} of an array with dynamic dimensions is not supported by hlox "
                     "(elementwise ops, reduce and get-/set-dimension-size are)")


def infer_shape(opcode: str, operands: list[Shape], attrs: dict, declared: Shape | None,
                ctx: ShapeContext) -> Shape:
    """Result shape of `opcode` applied to `operands`; raises ShapeError."""
    info = OPS[opcode]
    if info.arity is not None and len(operands) != info.arity:
        raise ShapeError(f"{opcode} takes {info.arity} operands, given {len(operands)}")
    try:
        return SHAPE_RULES[opcode](operands, attrs, declared, ctx)
    except KeyError as e:
        raise ShapeError(f"{opcode} is missing attribute {e.args[0]}") from None
    except (ValueError, TypeError, IndexError) as e:
        raise ShapeError(f"{opcode}: {e}") from None
