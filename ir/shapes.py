"""HLO shapes: element types, array shapes with layouts, tuple shapes.

One table (`ELEMENT_TYPES`) says everything hlox knows about an element type:
its HLO name, numpy dtype, C type and kind. Everything else asks it.

Types numpy does not have (bf16) come from ml_dtypes, imported the first time such a
type's dtype is asked for: it costs most of a second, and a module without them never
pays it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Union

import numpy as np

# dtype names that only ml_dtypes defines
_ML_DTYPES_NAMES = frozenset({"bfloat16", "int4", "uint4", "int2", "uint2"})


@lru_cache(maxsize=None)
def _numpy_dtype(name: str) -> np.dtype:
    if name in _ML_DTYPES_NAMES:
        import ml_dtypes
        return np.dtype(getattr(ml_dtypes, name))
    return np.dtype(name)


@dataclass(frozen=True)
class ElementType:
    name: str  # HLO spelling: f32, s8, pred, ...
    dtype_name: str  # numpy's (or ml_dtypes') name of the dtype
    c_type: str
    kind: str  # 'pred' | 'sint' | 'uint' | 'float' | 'complex'
    bits: int

    @property
    def dtype(self) -> np.dtype:
        return _numpy_dtype(self.dtype_name)

    @property
    def is_float(self) -> bool:
        return self.kind == "float"

    @property
    def is_integer(self) -> bool:
        return self.kind in ("sint", "uint")

    @property
    def is_signed(self) -> bool:
        return self.kind in ("sint", "float")

    @property
    def is_complex(self) -> bool:
        return self.kind == "complex"

    @property
    def real_type(self) -> str:
        """The element type of a complex type's parts (the type itself otherwise)."""
        return COMPLEX_PARTS.get(self.name, self.name)

    @property
    def itemsize(self) -> int:
        return (self.bits + 7) // 8  # sub-byte types: one element per byte


# f16 and bf16 are stored as 16-bit patterns in C (uint16_t) and converted
# through float in kernels: gcc's _Float16 / __bf16 support varies by target.
ELEMENT_TYPES: dict[str, ElementType] = {
    e.name: e
    for e in [
        ElementType("pred", "bool", "uint8_t", "pred", 8),
        ElementType("s8", "int8", "int8_t", "sint", 8),
        ElementType("s16", "int16", "int16_t", "sint", 16),
        ElementType("s32", "int32", "int32_t", "sint", 32),
        ElementType("s64", "int64", "int64_t", "sint", 64),
        ElementType("u8", "uint8", "uint8_t", "uint", 8),
        ElementType("u16", "uint16", "uint16_t", "uint", 16),
        ElementType("u32", "uint32", "uint32_t", "uint", 32),
        ElementType("u64", "uint64", "uint64_t", "uint", 64),
        ElementType("f16", "float16", "uint16_t", "float", 16),
        ElementType("bf16", "bfloat16", "uint16_t", "float", 16),
        ElementType("f32", "float32", "float", "float", 32),
        ElementType("f64", "float64", "double", "float", 64),
        # Sub-byte integers: one element per byte (numpy's ml_dtypes layout; the value in
        # the low bits) in hlox's buffers, packed only where XLA makes packing observable
        # (bitcast-convert to and from wider types, low bits first).
        ElementType("s4", "int4", "int8_t", "sint", 4),
        ElementType("u4", "uint4", "uint8_t", "uint", 4),
        ElementType("s2", "int2", "int8_t", "sint", 2),
        ElementType("u2", "uint2", "uint8_t", "uint", 2),
        # C99 complex: the same layout as numpy's and XLA's (real part first).
        ElementType("c64", "complex64", "float _Complex", "complex", 64),
        ElementType("c128", "complex128", "double _Complex", "complex", 128),
    ]
}
# token[]: the ordering value of after-all / add-dependency; one byte, no data.
ELEMENT_TYPES["token"] = ElementType("token", "bool", "uint8_t", "token", 8)
_BY_DTYPE_NAME = {e.dtype_name: e for e in ELEMENT_TYPES.values() if e.kind != "token"}
COMPLEX_PARTS = {"c64": "f32", "c128": "f64"}
COMPLEX_OF = {part: whole for whole, part in COMPLEX_PARTS.items()}


def element_type_of_dtype(dtype) -> ElementType:
    # by name: a bf16 array's dtype is found without importing ml_dtypes (its owner did)
    name = np.dtype(dtype).name
    try:
        return _BY_DTYPE_NAME[name]
    except KeyError:
        raise TypeError(f"hlox has no element type for numpy dtype {name}") from None


@dataclass(frozen=True)
class ArrayShape:
    """An HLO array shape. `layout` is minor-to-major; None means row-major. `dynamic`
    names the bounded dynamic dimensions (`f32[<=4]`): `dims` holds their bounds, the
    data is stored padded to them, and the size in force is a run-time value
    (set-dimension-size, passes/static_values.py)."""

    dtype: str
    dims: tuple[int, ...]
    layout: tuple[int, ...] | None = None
    dynamic: tuple[int, ...] = ()

    @property
    def element_type(self) -> ElementType:
        return ELEMENT_TYPES[self.dtype]

    @property
    def np_dtype(self) -> np.dtype:
        return ELEMENT_TYPES[self.dtype].dtype

    @property
    def rank(self) -> int:
        return len(self.dims)

    @property
    def size(self) -> int:
        # A Python int: never wraps (np.prod in int64 made f32[2^32,2^32] size 0); the
        # verifier bounds it to what int64 code can index (INT64_MAX).
        return math.prod(self.dims)

    @property
    def nbytes(self) -> int:
        return self.size * self.element_type.itemsize

    @property
    def minor_to_major(self) -> tuple[int, ...]:
        return self.layout if self.layout is not None else tuple(reversed(range(self.rank)))

    @property
    def is_row_major(self) -> bool:
        return self.minor_to_major == tuple(reversed(range(self.rank)))

    def with_dtype(self, dtype: str) -> ArrayShape:
        return ArrayShape(dtype, self.dims)

    def with_dims(self, dims) -> ArrayShape:
        return ArrayShape(self.dtype, tuple(int(d) for d in dims))

    def same_as(self, other: Shape) -> bool:
        """Equal ignoring layout and which dimensions are dynamic (what shape inference
        checks: an op's result may be declared dynamic where its operands are)."""
        return (
            isinstance(other, ArrayShape) and self.dtype == other.dtype and self.dims == other.dims
        )

    def __str__(self) -> str:
        return format_shape(self)


@dataclass(frozen=True)
class TupleShape:
    elements: tuple[Shape, ...]

    def same_as(self, other: Shape) -> bool:
        return (
            isinstance(other, TupleShape)
            and len(self.elements) == len(other.elements)
            and all(a.same_as(b) for a, b in zip(self.elements, other.elements))
        )

    def leaves(self) -> list[ArrayShape]:
        return flatten_shape(self)

    def __str__(self) -> str:
        return format_shape(self)


Shape = Union[ArrayShape, TupleShape]


# XLA's bound (ShapeUtil::ValidateShape): element count and byte size fit an int64, so the
# generated C's int64_t indices and offsets cannot overflow.
INT64_MAX = 2**63 - 1


def size_error(shape: Shape) -> str | None:
    """Why `shape` is too large for int64 indexing, or None when it is not."""
    for leaf in flatten_shape(shape):
        if leaf.nbytes > INT64_MAX:
            return f"shape {leaf} has {leaf.size} elements ({leaf.nbytes} bytes): over int64"
    return None


def flatten_shape(shape: Shape) -> list[ArrayShape]:
    """Array leaves of a (nested) tuple shape, depth-first."""
    if isinstance(shape, ArrayShape):
        return [shape]
    return [leaf for e in shape.elements for leaf in flatten_shape(e)]


def scalar(dtype: str) -> ArrayShape:
    return ArrayShape(dtype, ())


def shape_of_array(array: np.ndarray) -> ArrayShape:
    return ArrayShape(element_type_of_dtype(array.dtype).name, tuple(array.shape))


def format_shape(shape: Shape, with_layout: bool = True) -> str:
    """HLO text of a shape: `f32[2,3]{1,0}`, `(f32[], s32[4]{0})`."""
    if isinstance(shape, TupleShape):
        return "(" + ", ".join(format_shape(e, with_layout) for e in shape.elements) + ")"
    dims = (f"<={d}" if i in shape.dynamic else str(d) for i, d in enumerate(shape.dims))
    text = f"{shape.dtype}[{','.join(dims)}]"
    if with_layout and shape.rank > 0:
        text += "{" + ",".join(str(d) for d in shape.minor_to_major) + "}"
    return text


@lru_cache(maxsize=None)
def normalize_layout(dims_rank: int, layout: tuple[int, ...] | None) -> tuple[int, ...] | None:
    """None for the default (row-major) layout, so equal shapes compare equal."""
    if layout is None or tuple(layout) == tuple(reversed(range(dims_rank))):
        return None
    return tuple(layout)
