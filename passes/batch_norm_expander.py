"""Batch-norm expander: the batch-norm family as reduce, broadcast and elementwise ops (as
XLA's BatchNormExpander), for the compiled path. Per-feature vectors [C] are broadcast
along `feature_index`; sums run over every other dimension (N elements per feature):

    training:   mean = sum(x) / N, var = sum((x - mean)^2) / N,
                y = (x - mean) * rsqrt(var + eps) * scale + offset   -> (y, mean, var)
    inference:  y = (x - mean) * rsqrt(var + eps) * scale + offset
    grad:       d offset = sum(g), d scale = sum(g (x - mean)) * rsqrt(var + eps),
                d x = scale rsqrt(var + eps) (g - sum(g) / N
                      - (x - mean) sum(g (x - mean)) rsqrt(var + eps)^2 / N)
"""
from __future__ import annotations

import math

import numpy as np

from hlox.ir import ModuleOp
from hlox.ir.attributes import Literal
from hlox.ir.dialect import ComputationOp, make_instruction
from hlox.ir.shapes import ArrayShape, TupleShape, scalar

from .pass_base import (
    ComputationNames, HloPass, NameTable, all_instructions, build_before, replace_with,
)

_OPS = ("batch-norm-training", "batch-norm-inference", "batch-norm-grad")


class BatchNormExpander(HloPass):
    """Rewrite batch-norm-training / -inference / -grad as reductions and elementwise ops."""

    name = "batch-norm-expander"

    def run(self, module: ModuleOp) -> bool:
        names, comp_names = NameTable(module), ComputationNames(module)
        adders: dict[str, str] = {}
        changed = False
        for comp, op in all_instructions(module):
            if op.opcode not in _OPS:
                continue
            dtype = op.operand_shapes[0].dtype
            if dtype not in adders:
                adder = _adder(dtype, comp_names.fresh(f"batch_norm_add_{dtype}"))
                module.body.block.insert_op_before(adder, comp)
                adders[dtype] = adder.comp_name
            replace_with(op, _Expansion(op, names, adders[dtype]).result())
            changed = True
        return changed


def _adder(dtype: str, name: str) -> ComputationOp:
    a, b = (make_instruction("parameter", [], scalar(dtype), f"{name}.{n}",
                             {"parameter_number": i}) for i, n in enumerate("ab"))
    total = make_instruction("add", [a.result, b.result], scalar(dtype), f"{name}.sum")
    return ComputationOp.build(name, [a, b, total], total.result)


class _Expansion:
    def __init__(self, op, names: NameTable, adder: str):
        self.op, self.names, self.adder = op, names, adder
        self.x_shape: ArrayShape = op.operand_shapes[0]
        self.dtype = self.x_shape.dtype
        self.fi = op.attr("feature_index")
        self.vector = ArrayShape(self.dtype, (self.x_shape.dims[self.fi],))
        self.axes = tuple(d for d in range(self.x_shape.rank) if d != self.fi)
        self.count = math.prod(self.x_shape.dims[d] for d in self.axes)

    def _new(self, opcode, operands, shape, attrs=None):
        return build_before(self.op, self.names, opcode, operands, shape,
                            f"{self.op.hlo_name}.{opcode}", attrs).result

    def _constant(self, value, shape):
        literal = Literal(np.array(value, dtype=scalar(self.dtype).np_dtype))
        c = self._new("constant", [], scalar(self.dtype), {"literal": literal})
        return self._new("broadcast", [c], shape, {"dimensions": ()})

    def _spread(self, vector):  # [C] -> the operand's shape
        return self._new("broadcast", [vector], self.x_shape, {"dimensions": (self.fi,)})

    def _sum(self, value):
        zero = self._new("constant", [], scalar(self.dtype),
                         {"literal": Literal(np.zeros((), scalar(self.dtype).np_dtype))})
        return self._new("reduce", [value, zero], self.vector,
                         {"dimensions": self.axes, "to_apply": self.adder})

    def _bin(self, opcode, a, b, shape=None):
        return self._new(opcode, [a, b], shape or self.x_shape)

    def _rsqrt_var(self, var):  # rsqrt(var + eps) as a [C] vector
        eps = self._constant(self.op.attr("epsilon"), self.vector)
        return self._new("rsqrt", [self._bin("add", var, eps, self.vector)], self.vector)

    def _normalise(self, x, mean, var, scale, offset):
        centred = self._bin("subtract", x, self._spread(mean))
        scaled = self._bin("multiply", centred, self._spread(self._rsqrt_var(var)))
        return self._bin("add", self._bin("multiply", scaled, self._spread(scale)),
                         self._spread(offset))

    def result(self):
        op, v = self.op, self.vector
        inv_n = self._constant(1.0 / self.count if self.count else float("nan"), v)
        if op.opcode == "batch-norm-inference":
            x, scale, offset, mean, var = op.operands
            return self._normalise(x, mean, var, scale, offset)
        if op.opcode == "batch-norm-training":
            x, scale, offset = op.operands
            mean = self._bin("multiply", self._sum(x), inv_n, v)
            centred = self._bin("subtract", x, self._spread(mean))
            var = self._bin("multiply", self._sum(self._bin("multiply", centred, centred)),
                            inv_n, v)
            y = self._normalise(x, mean, var, scale, offset)
            return self._new("tuple", [y, mean, var], TupleShape((self.x_shape, v, v)))
        x, scale, mean, var, g = op.operands
        inv_std = self._rsqrt_var(var)
        centred = self._bin("subtract", x, self._spread(mean))
        sum_g = self._sum(g)
        sum_gc = self._sum(self._bin("multiply", g, centred))
        grad_scale = self._bin("multiply", sum_gc, inv_std, v)
        mean_g = self._bin("multiply", sum_g, inv_n, v)
        # (x - mean) * sum(g (x - mean)) * rsqrt(var + eps)^2 / N
        coefficient = self._bin("multiply", self._bin("multiply", grad_scale, inv_std, v),
                                inv_n, v)
        inner = self._bin("subtract", self._bin("subtract", g, self._spread(mean_g)),
                          self._bin("multiply", centred, self._spread(coefficient)))
        grad_x = self._bin("multiply", self._spread(self._bin("multiply", scale, inv_std, v)),
                           inner)
        return self._new("tuple", [grad_x, grad_scale, sum_g], TupleShape((self.x_shape, v, v)))
