"""Reduce-precision expander: `reduce-precision` as integer operations on the bit pattern
(the evaluator's rule, step for step), for the compiled path: round the mantissa to
nearest-even at `mantissa_bits`, then exponents beyond `exponent_bits`'s range become inf
(too large) or a signed zero (too small); NaN stays NaN."""
from __future__ import annotations

import numpy as np

from hlox.ir.attributes import Literal
from hlox.ir.shapes import ArrayShape, scalar

from .pass_base import NameTable, OpcodeExpander, build_before

_FIELDS = {"f16": (5, 10), "bf16": (8, 7), "f32": (8, 23), "f64": (11, 52)}


class ReducePrecisionExpander(OpcodeExpander):
    """Rewrite reduce-precision as bitcast-convert, and/add/shift, compare and select."""

    name = "reduce-precision-expander"

    opcode = "reduce-precision"

    def expand(self, op, names: NameTable):
        return _expand(op, names)


def _expand(op, names: NameTable):
    shape: ArrayShape = op.shape
    exp_width, man_width = _FIELDS[shape.dtype]
    width = shape.element_type.bits
    ut = f"u{width}"
    e, m = op.attr("exponent_bits"), op.attr("mantissa_bits")

    def new(opcode, operands, dtype, attrs=None):
        return build_before(op, names, opcode, operands, ArrayShape(dtype, shape.dims),
                            f"{op.hlo_name}.{opcode}", attrs).result

    def full(value):
        literal = Literal(np.array(value, scalar(ut).np_dtype))
        c = build_before(op, names, "constant", [], scalar(ut), f"{op.hlo_name}.c",
                         {"literal": literal})
        return new("broadcast", [c.result], ut, {"dimensions": ()})

    x = op.operands[0]
    bits = new("bitcast-convert", [x], ut)
    if m < man_width:
        last = 1 << (man_width - m)
        low_bit = new("shift-right-logical", [new("and", [bits, full(last)], ut),
                                              full(man_width - m)], ut)
        bias = new("add", [low_bit, full(last // 2 - 1)], ut)
        bits = new("and", [new("add", [bits, bias], ut),
                           full(~(last - 1) & ((1 << width) - 1))], ut)
    if e < exp_width:
        sign = new("and", [bits, full(1 << (width - 1))], ut)
        exp_mask = ((1 << exp_width) - 1) << man_width
        exponent = new("and", [bits, full(exp_mask)], ut)
        bias, reduced = (1 << (exp_width - 1)) - 1, (1 << (e - 1)) - 1
        over = new("compare", [exponent, full((bias + reduced) << man_width)], "pred",
                   {"direction": "GT"})
        under = new("compare", [exponent, full((bias - reduced) << man_width)], "pred",
                    {"direction": "LE"})
        infinity = new("or", [sign, full(exp_mask)], ut)
        bits = new("select", [over, infinity, new("select", [under, sign, bits], ut)], ut)
    rounded = new("bitcast-convert", [bits], shape.dtype)
    is_nan = new("compare", [x, x], "pred", {"direction": "NE"})
    return new("select", [is_nan, x, rounded], shape.dtype)
