"""The `hlo` dialect in xDSL: one op class per HLO opcode.

Every instruction has variadic operands, one result (a tensor, or a tuple of
tensors) and the properties `name` (the HLO instruction name) plus one property
per HLO attribute it carries (`HloAttr` wrapping the Python value from
`hlox.ir.attributes`). The classes are generated from the opcode table so that
adding an opcode is one table row.

A module is `hlo.module` holding `hlo.computation`s; computations refer to each
other by name through attributes (`to_apply`, `calls`, ...) exactly as in HLO
text. A computation's block ends in `hlo.return` of its ROOT instruction.
"""
from __future__ import annotations

from functools import lru_cache
from typing import ClassVar, Iterator

from xdsl.dialects.builtin import (
    ArrayAttr,
    BFloat16Type, Float16Type, Float32Type, Float64Type, IntegerType, Signedness, StringAttr,
    TensorType, TupleType, i1, bf16, f16, f32, f64,
    ComplexType,
)
from xdsl.ir import Attribute, Block, Data, Dialect, Operation, Region, SSAValue
from xdsl.irdl import (
    IRDLOperation, irdl_attr_definition, irdl_op_definition, opt_prop_def, operand_def,
    prop_def, region_def, result_def, traits_def, var_operand_def,
)
from xdsl.traits import IsTerminator

from .opcodes import COMMUTATIVE, COMPUTATION_ATTRS, OPS, REQUIRED_ATTRS, UNIVERSAL_ATTRS
from .shapes import ArrayShape, Shape, TupleShape, normalize_layout


@irdl_attr_definition
class HloAttr(Data[object]):
    """An HLO attribute value (any hashable Python value) stored as an xDSL property."""

    name = "hlo.attr"

    @classmethod
    def parse_parameter(cls, parser):
        raise NotImplementedError("hlo attributes are read from HLO text, not MLIR")

    def print_parameter(self, printer) -> None:
        text = repr(self.data).replace("\\", "\\\\").replace('"', '\\"')
        printer.print_string(f'<"{text}">')


# ---------------------------------------------------------------- types <-> shapes

_ELEMENT_TO_XDSL: dict[str, Attribute] = {
    "pred": i1,
    **{f"s{b}": IntegerType(b, Signedness.SIGNED) for b in (8, 16, 32, 64)},
    **{f"u{b}": IntegerType(b, Signedness.UNSIGNED) for b in (8, 16, 32, 64)},
    "f16": f16, "bf16": bf16, "f32": f32, "f64": f64,
    "c64": ComplexType(f32), "c128": ComplexType(f64),
    **{f"s{b}": IntegerType(b, Signedness.SIGNED) for b in (2, 4)},
    **{f"u{b}": IntegerType(b, Signedness.UNSIGNED) for b in (2, 4)},
    "token": IntegerType(8),  # signless: no other element type uses it
}
_XDSL_TO_ELEMENT = {v: k for k, v in _ELEMENT_TO_XDSL.items()}


@lru_cache(maxsize=4096)
def type_of_shape(shape: Shape) -> Attribute:
    if isinstance(shape, TupleShape):
        return TupleType(ArrayAttr(tuple(type_of_shape(e) for e in shape.elements)))
    layout = normalize_layout(shape.rank, shape.layout)
    encoding = HloAttr(("layout", layout, shape.dynamic)) \
        if layout is not None or shape.dynamic else None
    element = _ELEMENT_TO_XDSL[shape.dtype]
    if encoding is None:
        return TensorType(element, shape.dims)
    return TensorType(element, shape.dims, encoding)


@lru_cache(maxsize=4096)
def shape_of_type(type_: Attribute) -> Shape:
    if isinstance(type_, TupleType):
        return TupleShape(tuple(shape_of_type(t) for t in type_.types))
    assert isinstance(type_, TensorType), type_
    layout, dynamic = None, ()
    if isinstance(type_.encoding, HloAttr):
        _, layout, dynamic = type_.encoding.data
    return ArrayShape(_XDSL_TO_ELEMENT[type_.element_type], tuple(type_.get_shape()), layout,
                      dynamic)


# ---------------------------------------------------------------- instructions

class Instruction(IRDLOperation):
    """Base of every HLO instruction op."""

    OPCODE: ClassVar[str]
    args = var_operand_def()
    result = result_def()
    inst_name = prop_def(StringAttr, prop_name="name")

    @property
    def opcode(self) -> str:
        return self.OPCODE

    @property
    def hlo_name(self) -> str:
        return self.inst_name.data

    @property
    def shape(self) -> Shape:
        return shape_of_type(self.result.type)

    @property
    def operand_shapes(self) -> list[Shape]:
        return [shape_of_type(v.type) for v in self.operands]

    def attr(self, name: str, default=None):
        value = self.properties.get(name)
        return default if value is None else value.data

    @property
    def called_computations(self) -> list[str]:
        """Names of the computations it calls (to_apply=, calls=, body=, ...)."""
        names: list[str] = []
        for key in COMPUTATION_ATTRS:
            value = self.attr(key)
            if value is not None:
                names.extend(value if isinstance(value, tuple) else [value])
        return names

    @property
    def hlo_attrs(self) -> dict[str, object]:
        return {k: v.data for k, v in self.properties.items() if k != "name"}

    def verify_(self) -> None:
        from .verifier import verify_instruction

        verify_instruction(self)


def _class_name(opcode: str) -> str:
    return "".join(part.capitalize() for part in opcode.split("-")) + "Op"


def _make_instruction_class(opcode: str) -> type[Instruction]:
    required = set(REQUIRED_ATTRS.get(opcode, ()))
    namespace: dict[str, object] = {"name": f"hlo.{opcode}", "OPCODE": opcode,
                                    "__module__": __name__,
                                    "__annotations__": {"OPCODE": ClassVar[str]}}
    for attr_name in OPS[opcode].attrs + UNIVERSAL_ATTRS:
        field = "attr_" + attr_name
        if attr_name in required:
            namespace[field] = prop_def(HloAttr, prop_name=attr_name)
        else:
            namespace[field] = opt_prop_def(HloAttr, prop_name=attr_name)
    cls = type(_class_name(opcode), (Instruction,), namespace)
    return irdl_op_definition(cls)


INSTRUCTION_CLASSES: dict[str, type[Instruction]] = {
    opcode: _make_instruction_class(opcode) for opcode in OPS
}
globals().update({cls.__name__: cls for cls in INSTRUCTION_CLASSES.values()})


def make_instruction(opcode: str, operands: list[SSAValue], shape: Shape, name: str,
                     attrs: dict[str, object] | None = None) -> Instruction:
    """Build an instruction op (not inserted anywhere)."""
    properties: dict[str, Attribute] = {"name": StringAttr(name)}
    for key, value in (attrs or {}).items():
        if value is not None:
            properties[key] = HloAttr(value)
    return INSTRUCTION_CLASSES[opcode].create(
        operands=list(operands), result_types=[type_of_shape(shape)], properties=properties)


# ---------------------------------------------------------------- module structure

@irdl_op_definition
class ReturnOp(IRDLOperation):
    """Marks a computation's ROOT instruction; not printed as an HLO instruction."""

    name = "hlo.return"
    value = operand_def()
    traits = traits_def(IsTerminator())


@irdl_op_definition
class ComputationOp(IRDLOperation):
    name = "hlo.computation"
    sym_name = prop_def(StringAttr)
    body = region_def("single_block")

    @staticmethod
    def build(name: str, instructions: list[Operation], root: SSAValue) -> "ComputationOp":
        block = Block(instructions)
        block.add_op(ReturnOp.create(operands=[root]))
        return ComputationOp.create(properties={"sym_name": StringAttr(name)},
                                    regions=[Region(block)])

    @property
    def comp_name(self) -> str:
        return self.sym_name.data

    @property
    def block(self) -> Block:
        return self.body.block

    @property
    def root(self) -> Instruction:
        ret = self.block.last_op
        assert isinstance(ret, ReturnOp)
        return ret.value.owner  # type: ignore[return-value]

    def instructions(self) -> Iterator[Instruction]:
        for op in self.block.ops:
            if isinstance(op, Instruction):
                yield op

    def parameters(self) -> list[Instruction]:
        params = [op for op in self.instructions() if op.opcode == "parameter"]
        return sorted(params, key=lambda p: p.attr("parameter_number"))

    def binary_reducer(self) -> str | None:
        """The opcode OP when this computation is `OP(p0, p1)` of its two parameters (either
        order when OP is commutative), else None: what reductions, simplification and
        codegen ask of a reducer before treating it as one operation, not a call."""
        params = self.parameters()
        root = self.root
        if len(params) != 2 or len(root.operands) != 2:
            return None
        owners = [v.owner for v in root.operands]
        if owners == params or (root.opcode in COMMUTATIVE and owners == params[::-1]):
            return root.opcode
        return None

    @property
    def parameter_shapes(self) -> list[Shape]:
        return [p.shape for p in self.parameters()]

    @property
    def result_shape(self) -> Shape:
        return self.root.shape


@irdl_op_definition
class ModuleOp(IRDLOperation):
    name = "hlo.module"
    sym_name = prop_def(StringAttr)
    entry = prop_def(StringAttr)
    body = region_def("single_block")

    @staticmethod
    def build(name: str, computations: list[ComputationOp], entry: str) -> "ModuleOp":
        return ModuleOp.create(
            properties={"sym_name": StringAttr(name), "entry": StringAttr(entry)},
            regions=[Region(Block(computations))])

    @property
    def module_name(self) -> str:
        return self.sym_name.data

    def computations(self) -> Iterator[ComputationOp]:
        for op in self.body.block.ops:
            assert isinstance(op, ComputationOp)
            yield op

    def computation(self, name: str) -> ComputationOp:
        for comp in self.computations():
            if comp.comp_name == name:
                return comp
        raise KeyError(name)

    @property
    def entry_computation(self) -> ComputationOp:
        return self.computation(self.entry.data)

    def computation_table(self) -> dict[str, ComputationOp]:
        return {c.comp_name: c for c in self.computations()}


HLO = Dialect("hlo", [*INSTRUCTION_CLASSES.values(), ReturnOp, ComputationOp, ModuleOp], [HloAttr])


def module_of(op: Operation) -> ModuleOp | None:
    node: Operation | None = op
    while node is not None and not isinstance(node, ModuleOp):
        node = node.parent_op()
    return node
