"""Stochastic-convert decomposer: `stochastic-convert(x, random)` as elementwise ops, for
the compiled path (the evaluator's rule, step for step): |x| rounded down, plus one where
random < convert(frac(|x|) * 2^bits), negated where x < 0, saturated at the range ends."""
from __future__ import annotations

import numpy as np

from hlox.ir.attributes import Literal
from hlox.ir.shapes import ArrayShape, scalar

from .pass_base import NameTable, OpcodeExpander, build_before


class StochasticConvertDecomposer(OpcodeExpander):
    """Rewrite stochastic-convert as floor / compare / select / convert."""

    name = "stochastic-convert-decomposer"

    opcode = "stochastic-convert"

    def expand(self, op, names: NameTable):
        return _decompose(op, names)


def _decompose(op, names: NameTable):
    x, random = op.operands
    x_shape, random_shape = op.operand_shapes
    out: ArrayShape = op.shape
    dims = out.dims

    def new(opcode, operands, dtype, attrs=None):
        return build_before(op, names, opcode, operands, ArrayShape(dtype, dims),
                            f"{op.hlo_name}.{opcode}", attrs).result

    def full(value, dtype):
        literal = Literal(np.array(value, scalar(dtype).np_dtype))
        c = build_before(op, names, "constant", [], scalar(dtype), f"{op.hlo_name}.c",
                         {"literal": literal})
        return new("broadcast", [c.result], dtype, {"dimensions": ()})

    ft = x_shape.dtype
    magnitude = new("abs", [x], ft)
    whole = new("floor", [magnitude], ft)
    fraction = new("subtract", [magnitude, whole], ft)
    if ft == "f16":
        fraction, ft_fraction = new("convert", [fraction], "f32"), "f32"
    else:
        ft_fraction = ft
    scaled = new("multiply", [fraction, full(2.0 ** random_shape.element_type.bits,
                                             ft_fraction)], ft_fraction)
    up = new("compare", [random, new("convert", [scaled], random_shape.dtype)], "pred",
             {"direction": "LT"})
    count = new("convert", [whole], out.dtype)
    count = new("select", [up, new("add", [count, full(1, out.dtype)], out.dtype), count],
                out.dtype)
    negative = new("compare", [x, full(0, ft)], "pred", {"direction": "LT"})
    result = new("select", [negative, new("negate", [count], out.dtype), count], out.dtype)
    low, high = -(1 << (out.element_type.bits - 1)), (1 << (out.element_type.bits - 1)) - 1
    for bound, direction in ((low, "LE"), (high, "GE")):
        beyond = new("compare", [x, full(float(bound), ft)], "pred", {"direction": direction})
        result = new("select", [beyond, full(bound, out.dtype), result], out.dtype)
    return result
