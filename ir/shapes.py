"""HLO shapes: element types, array shapes with layouts, tuple shapes.

One table (`ELEMENT_TYPES`) says everything hlox knows about an element type:
its HLO name, numpy dtype, C type and kind. Everything else asks it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Union

import ml_dtypes
import numpy as np


@dataclass(frozen=True)
class ElementType:
    name: str  # HLO spelling: f32, s8, pred, ...
    dtype: np.dtype
    c_type: str
    kind: str  # 'pred' | 'sint' | 'uint' | 'float' | 'complex'
    bits: int

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
        return self.dtype.itemsize


def _et(name, dtype, c_type, kind, bits):
    return ElementType(name, np.dtype(dtype), c_type, kind, bits)


# f16 and bf16 are stored as 16-bit patterns in C (uint16_t) and converted
# through float in kernels: gcc's _Float16 / __bf16 support varies by target.
ELEMENT_TYPES: dict[str, ElementType] = {
    e.name: e
    for e in [
        _et("pred", np.bool_, "uint8_t", "pred", 8),
        _et("s8", np.int8, "int8_t", "sint", 8),
        _et("s16", np.int16, "int16_t", "sint", 16),
        _et("s32", np.int32, "int32_t", "sint", 32),
        _et("s64", np.int64, "int64_t", "sint", 64),
        _et("u8", np.uint8, "uint8_t", "uint", 8),
        _et("u16", np.uint16, "uint16_t", "uint", 16),
        _et("u32", np.uint32, "uint32_t", "uint", 32),
        _et("u64", np.uint64, "uint64_t", "uint", 64),
        _et("f16", np.float16, "uint16_t", "float", 16),
        _et("bf16", ml_dtypes.bfloat16, "uint16_t", "float", 16),
        _et("f32", np.float32, "float", "float", 32),
        _et("f64", np.float64, "double", "float", 64),
        # Sub-byte integers: one element per byte (numpy's ml_dtypes layout; the value in
        # the low bits) in hlox's buffers, packed only where XLA makes packing observable
        # (bitcast-convert to and from wider types, low bits first).
        _et("s4", ml_dtypes.int4, "int8_t", "sint", 4),
        _et("u4", ml_dtypes.uint4, "uint8_t", "uint", 4),
        _et("s2", ml_dtypes.int2, "int8_t", "sint", 2),
        _et("u2", ml_dtypes.uint2, "uint8_t", "uint", 2),
        # C99 complex: the same layout as numpy's and XLA's (real part first).
        _et("c64", np.complex64, "float _Complex", "complex", 64),
        _et("c128", np.complex128, "double _Complex", "complex", 128),
    ]
}
# token[]: the ordering value of after-all / add-dependency; one byte, no data.
ELEMENT_TYPES["token"] = _et("token", np.bool_, "uint8_t", "token", 8)
COMPLEX_PARTS = {"c64": "f32", "c128": "f64"}
COMPLEX_OF = {part: whole for whole, part in COMPLEX_PARTS.items()}
_BY_DTYPE = {e.dtype: e for e in ELEMENT_TYPES.values() if e.kind != "token"}


def element_type_of_dtype(dtype) -> ElementType:
    try:
        return _BY_DTYPE[np.dtype(dtype)]
    except KeyError:
        raise TypeError(f"hlox has no element type for numpy dtype {np.dtype(dtype)}") from None


@dataclass(frozen=True)
class ArrayShape:
    """An HLO array shape. `layout` is minor-to-major; None means row-major."""

    dtype: str
    dims: tuple[int, ...]
    layout: tuple[int, ...] | None = None

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
        return int(np.prod(self.dims, dtype=np.int64)) if self.dims else 1

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
        """Equal ignoring layout (what shape inference checks)."""
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
    text = f"{shape.dtype}[{','.join(str(d) for d in shape.dims)}]"
    if with_layout and shape.rank > 0:
        text += "{" + ",".join(str(d) for d in shape.minor_to_major) + "}"
    return text


@lru_cache(maxsize=None)
def normalize_layout(dims_rank: int, layout: tuple[int, ...] | None) -> tuple[int, ...] | None:
    """None for the default (row-major) layout, so equal shapes compare equal."""
    if layout is None or tuple(layout) == tuple(reversed(range(dims_rank))):
        return None
    return tuple(layout)
