"""The lowering context: what every ATen rule uses to build HLO.

One `LoweringContext` per graph being translated. It owns the module builder, the
entry computation being built and a cache of the small scalar computations
(reducers, comparators) that `reduce`, `scatter` and `sort` call. Its helpers
give the torch-flavoured operations (numpy broadcasting, type promotion, Python
scalars as operands) on top of HLO's strict ones.
"""
from __future__ import annotations

from typing import Callable, Sequence

import numpy as np
import torch
from xdsl.ir import SSAValue

from hlox.ir.builder import ComputationBuilder, ModuleBuilder, value_shape
from hlox.ir.shapes import COMPLEX_OF, COMPLEX_PARTS, ArrayShape, scalar

Value = SSAValue


class Unsupported(Exception):
    """An ATen op (or one use of it) that hlox does not translate: it runs eagerly."""


# torch dtype <-> HLO element type
TORCH_TO_HLO: dict[torch.dtype, str] = {
    torch.bool: "pred", torch.int8: "s8", torch.int16: "s16", torch.int32: "s32",
    torch.int64: "s64", torch.uint8: "u8", torch.uint16: "u16", torch.uint32: "u32",
    torch.uint64: "u64", torch.float16: "f16", torch.bfloat16: "bf16",
    torch.float32: "f32", torch.float64: "f64", torch.complex64: "c64", torch.complex128: "c128",
}
HLO_TO_TORCH = {v: k for k, v in TORCH_TO_HLO.items()}

FLOAT_TYPES = frozenset({"f16", "bf16", "f32", "f64"})
INT_TYPES = frozenset({"s8", "s16", "s32", "s64", "u8", "u16", "u32", "u64"})
COMPLEX_TYPES = frozenset(COMPLEX_PARTS)
INEXACT_TYPES = FLOAT_TYPES | COMPLEX_TYPES


def hlo_dtype(dtype: torch.dtype) -> str:
    try:
        return TORCH_TO_HLO[dtype]
    except KeyError:
        raise Unsupported(f"dtype {dtype}") from None


def category(dtype: str) -> int:
    """0 bool, 1 integer, 2 floating point, 3 complex: torch's promotion categories."""
    if dtype == "pred":
        return 0
    return 2 if dtype in FLOAT_TYPES else 3 if dtype in COMPLEX_TYPES else 1


def promote(a: str, b: str) -> str:
    return TORCH_TO_HLO[torch.promote_types(HLO_TO_TORCH[a], HLO_TO_TORCH[b])]


def is_value(x) -> bool:
    return isinstance(x, SSAValue)


def python_scalar_dtype(x) -> str:
    if isinstance(x, bool):
        return "pred"
    if isinstance(x, int):
        return "s64"
    if isinstance(x, float):
        return TORCH_TO_HLO[torch.get_default_dtype()]
    if isinstance(x, complex):
        return COMPLEX_OF[TORCH_TO_HLO[torch.get_default_dtype()]]
    raise Unsupported(f"scalar operand of type {type(x).__name__}")


class LoweringContext:
    def __init__(self, name: str):
        self.module = ModuleBuilder(name)
        self.b: ComputationBuilder = self.module.computation("main")
        self._scalar_computations: dict[tuple, str] = {}
        self.node = None  # the fx node being lowered (rules read its meta)
        # the process groups of the graph's collectives: global ranks -> group name
        self.process_groups: dict[tuple[int, ...], str] = {}

    # ------------------------------------------------------------ shapes and types
    @staticmethod
    def shape(x: Value) -> ArrayShape:
        return value_shape(x)

    def dims(self, x: Value) -> tuple[int, ...]:
        return self.shape(x).dims

    def rank(self, x: Value) -> int:
        return len(self.dims(x))

    def dtype(self, x) -> str:
        return self.shape(x).dtype if is_value(x) else python_scalar_dtype(x)

    def result_dtype(self, *args) -> str:
        """torch's type promotion over tensors, 0-d tensors and Python scalars."""
        tiers: list[list[str]] = [[], [], []]
        for a in args:
            if a is None:
                continue
            if is_value(a):
                tiers[0 if self.rank(a) else 1].append(self.dtype(a))
            else:
                tiers[2].append(python_scalar_dtype(a))
        result = None
        for tier in tiers:
            if not tier:
                continue
            folded = tier[0]
            for t in tier[1:]:
                folded = promote(folded, t)
            if result is None or category(folded) > category(result):
                result = folded
        if result is None:
            raise Unsupported("no operands to promote")
        return result

    def out_dtype(self, index: int | None = None) -> str | None:
        """The dtype torch says this node produces (from its fake-tensor metadata)."""
        val = self.node.meta.get("val") if self.node is not None else None
        if index is not None and isinstance(val, (list, tuple)):
            val = val[index] if index < len(val) else None
        if isinstance(val, torch.Tensor):
            return hlo_dtype(val.dtype)
        return None

    # ------------------------------------------------------------ building blocks
    def op(self, opcode: str, *operands: Value, **kwargs) -> Value:
        return self.b.op(opcode, *operands, **kwargs)

    def constant(self, value, dtype: str) -> Value:
        return self.b.constant(np.asarray(value, dtype=ArrayShape(dtype, ()).np_dtype))

    def full(self, value, dtype: str, dims: Sequence[int]) -> Value:
        dims = tuple(int(d) for d in dims)
        c = self.constant(value, dtype)
        if not dims:
            return c
        return self.op("broadcast", c, dimensions=(), shape=ArrayShape(dtype, dims))

    def as_value(self, x, dtype: str) -> Value:
        """A tensor converted to `dtype`, or a Python scalar as a `dtype` constant."""
        if is_value(x):
            return self.convert(x, dtype)
        return self.constant(x, dtype)

    def convert(self, x: Value, dtype: str) -> Value:
        shape = self.shape(x)
        if shape.dtype == dtype:
            return x
        if shape.dtype in COMPLEX_TYPES and dtype not in COMPLEX_TYPES:
            # torch casts complex to real by dropping the imaginary part; HLO asks for it
            x = self.op("real", x)
            if COMPLEX_PARTS[shape.dtype] == dtype:
                return x
        return self.op("convert", x, shape=ArrayShape(dtype, shape.dims))

    def reshape(self, x: Value, dims: Sequence[int]) -> Value:
        dims = tuple(int(d) for d in dims)
        shape = self.shape(x)
        if shape.dims == dims:
            return x
        return self.op("reshape", x, shape=ArrayShape(shape.dtype, dims))

    def transpose(self, x: Value, perm: Sequence[int]) -> Value:
        perm = tuple(int(p) for p in perm)
        if perm == tuple(range(len(perm))):
            return x
        return self.op("transpose", x, dimensions=perm)

    def broadcast_in_dim(self, x: Value, dims: Sequence[int], mapping: Sequence[int]) -> Value:
        shape = self.shape(x)
        dims = tuple(int(d) for d in dims)
        mapping = tuple(int(m) for m in mapping)
        if shape.dims == dims and mapping == tuple(range(len(dims))):
            return x
        # XLA's broadcast keeps operand dimensions as they are: size-1 dimensions that
        # expand are reshaped away first.
        keep = [i for i, d in enumerate(shape.dims) if d == dims[mapping[i]]]
        if len(keep) != len(shape.dims):
            x = self.reshape(x, [shape.dims[i] for i in keep])
            mapping = tuple(mapping[i] for i in keep)
        return self.op("broadcast", x, dimensions=mapping, shape=ArrayShape(shape.dtype, dims))

    def broadcast_to(self, x: Value, dims: Sequence[int]) -> Value:
        """numpy-style broadcasting of `x` to `dims`."""
        rank, out_rank = self.rank(x), len(dims)
        return self.broadcast_in_dim(x, dims, range(out_rank - rank, out_rank))

    def broadcast_dims(self, *shapes: Sequence[int]) -> tuple[int, ...]:
        rank = max((len(s) for s in shapes), default=0)
        out = [1] * rank
        for s in shapes:
            for i, d in enumerate(s):
                j = rank - len(s) + i
                if d != 1:
                    if out[j] not in (1, d):
                        raise Unsupported(f"shapes {shapes} do not broadcast")
                    out[j] = d
        return tuple(out)

    def operands(self, *args, dtype: str) -> list[Value]:
        """Tensors and scalars converted to `dtype` and broadcast to a common shape."""
        values = [self.as_value(a, dtype) for a in args]
        dims = self.broadcast_dims(*(self.dims(v) for v in values))
        return [self.broadcast_to(v, dims) for v in values]

    def elementwise(self, opcode: str, *args, dtype: str, **attrs) -> Value:
        return self.op(opcode, *self.operands(*args, dtype=dtype), **attrs)

    def compare(self, direction: str, a, b, dtype: str | None = None) -> Value:
        dtype = dtype or self.result_dtype(a, b)
        return self.elementwise("compare", a, b, dtype=dtype, direction=direction)

    def select(self, pred: Value, on_true, on_false, dtype: str) -> Value:
        t, f = self.as_value(on_true, dtype), self.as_value(on_false, dtype)
        dims = self.broadcast_dims(self.dims(pred), self.dims(t), self.dims(f))
        return self.op("select", self.broadcast_to(pred, dims), self.broadcast_to(t, dims),
                       self.broadcast_to(f, dims))

    def slice(self, x: Value, dim: int, start: int, limit: int, stride: int = 1) -> Value:
        from hlox.ir.attributes import SliceDim
        dims = self.dims(x)
        if (start, limit, stride) == (0, dims[dim], 1):
            return x
        spec = tuple(SliceDim(start, limit, stride) if i == dim else SliceDim(0, d, 1)
                     for i, d in enumerate(dims))
        return self.op("slice", x, slice=spec)

    def iota(self, dtype: str, dims: Sequence[int], dimension: int) -> Value:
        return self.b.op("iota", shape=ArrayShape(dtype, tuple(dims)), iota_dimension=dimension)

    # ------------------------------------------------------------ scalar computations
    def scalar_computation(self, key: tuple, arity: int, dtypes: Sequence[str],
                           body: Callable[[ComputationBuilder, list[Value]], object]) -> str:
        """A computation over scalars, built once per key: reducers, comparators."""
        name = self._scalar_computations.get(key)
        if name is None:
            comp = self.module.computation("_".join(str(k) for k in key))
            params = [comp.parameter(scalar(dtypes[i % len(dtypes)])) for i in range(arity)]
            result = body(comp, params)
            if isinstance(result, (list, tuple)):
                result = comp.op("tuple", *result)
            comp.build(result)
            name = self._scalar_computations[key] = comp.name
        return name

    def reducer(self, opcode: str, dtype: str) -> str:
        return self.scalar_computation(("reduce", opcode, dtype), 2, [dtype],
                                       lambda c, p: c.op(opcode, p[0], p[1]))

    def reduce(self, x: Value, dims: Sequence[int], opcode: str, init) -> Value:
        dtype = self.dtype(x)
        dims = tuple(sorted(int(d) for d in dims))
        if not dims:
            return x
        return self.op("reduce", x, self.constant(init, dtype), dimensions=dims,
                       to_apply=self.reducer(opcode, dtype))

    def finish(self, outputs: list[Value]):
        """Build the module whose entry returns `outputs` as a tuple."""
        root = self.b.op("tuple", *outputs)
        self.b.build(root)
        # Callees first, the entry computation last (the order XLA prints).
        comps = self.module.computations
        comps[self.b.name] = comps.pop(self.b.name)
        return self.module.build(entry=self.b.name)


def identity_element(opcode: str, dtype: str):
    """The init value of a reduction with `opcode` over `dtype`."""
    np_dtype = ArrayShape(dtype, ()).np_dtype
    if opcode == "add":
        return 0
    if opcode == "multiply":
        return 1
    if opcode in ("or",):
        return False
    if opcode in ("and",):
        return True
    if dtype == "pred":
        return opcode == "minimum"
    if dtype in FLOAT_TYPES:
        return -np.inf if opcode == "maximum" else np.inf
    info = np.iinfo(np_dtype)
    return info.min if opcode == "maximum" else info.max
