"""Building HLO modules from Python: what the frontends use instead of writing text.

    mb = ModuleBuilder("jit_f")
    add = mb.computation("add")
    a, b = add.parameter(scalar("f32")), add.parameter(scalar("f32"))
    add.build(add.op("add", a, b))
    main = mb.computation("main")
    x = main.parameter(ArrayShape("f32", (4,)))
    zero = main.constant(np.float32(0))
    main.build(main.op("reduce", x, zero, dimensions=(0,), to_apply="add"))
    module = mb.build(entry="main")     # verified; print_module(module) gives the text

Result shapes are inferred with the same rules the verifier uses; ops whose shape
cannot be inferred (reshape, broadcast, convert, iota, ...) take `shape=`.
"""
from __future__ import annotations

import numpy as np
from xdsl.ir import SSAValue

from .attributes import Literal
from .dialect import ComputationOp, ModuleOp, make_instruction, shape_of_type
from .errors import HloVerifyError, ShapeError
from .shape_inference import infer_shape
from .shapes import Shape, shape_of_array
from .verifier import verify_module


def value_shape(value: SSAValue) -> Shape:
    return shape_of_type(value.type)


class ComputationBuilder:
    def __init__(self, name: str, module: "ModuleBuilder"):
        self.name = name
        self.module = module
        self.ops: list = []
        self.num_params = 0
        self._counter = 0

    def _name(self, hint: str) -> str:
        self._counter += 1
        return f"{hint}.{self._counter}"

    def parameter(self, shape: Shape, name: str | None = None) -> SSAValue:
        number = self.num_params
        self.num_params += 1
        return self._add("parameter", [], shape, name or f"Arg_{number}",
                         {"parameter_number": number})

    def constant(self, value, dtype=None) -> SSAValue:
        array = np.asarray(value, dtype=dtype)
        return self._add("constant", [], shape_of_array(array), None,
                         {"literal": Literal(array.copy(order="C"))})

    def op(self, opcode: str, *operands: SSAValue, shape: Shape | None = None,
           name: str | None = None, **attrs) -> SSAValue:
        attrs = {k: v for k, v in attrs.items() if v is not None}
        try:
            inferred = infer_shape(opcode, [value_shape(v) for v in operands], attrs, shape,
                                   self.module)
        except ShapeError as e:
            raise HloVerifyError(f"{opcode}: {e}") from None
        return self._add(opcode, list(operands), inferred, name, attrs)

    def _add(self, opcode, operands, shape, name, attrs) -> SSAValue:
        op = make_instruction(opcode, operands, shape, name or self._name(opcode), attrs)
        self.ops.append(op)
        return op.result

    def build(self, root: SSAValue) -> ComputationOp:
        comp = ComputationOp.build(self.name, self.ops, root)
        self.module.computations[self.name] = comp
        return comp


class ModuleBuilder:
    def __init__(self, name: str):
        self.name = name
        self.computations: dict[str, ComputationOp] = {}
        self._counter = 0

    def computation(self, name: str) -> ComputationBuilder:
        """A new computation; `name` is made unique in the module."""
        base, unique = name, name
        while unique in self.computations:
            self._counter += 1
            unique = f"{base}.{self._counter}"
        self.computations[unique] = None  # reserved until built
        return ComputationBuilder(unique, self)

    def signature(self, name: str):
        comp = self.computations.get(name)
        if comp is None:
            raise ShapeError(f"no computation named '{name}' (build callees first)")
        return comp.parameter_shapes, comp.result_shape

    def build(self, entry: str, verify: bool = True) -> ModuleOp:
        comps = [c for c in self.computations.values() if c is not None]
        module = ModuleOp.build(self.name, comps, entry)
        if verify:
            verify_module(module)
        return module
