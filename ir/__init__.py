"""hlox.ir: the `hlo` dialect, HLO text parser and printer, verification, reference evaluator."""
from .dialect import ComputationOp, HloAttr, Instruction, ModuleOp, make_instruction
from .errors import HloError, HloParseError, HloVerifyError
from .parser import parse_module
from .printer import print_module
from .shapes import ArrayShape, ELEMENT_TYPES, Shape, TupleShape, format_shape
from .verifier import verify_module

__all__ = [
    "ArrayShape", "ComputationOp", "ELEMENT_TYPES", "HloAttr", "HloError", "HloParseError",
    "HloVerifyError", "Instruction", "ModuleOp", "Shape", "TupleShape", "format_shape",
    "make_instruction", "parse_module", "print_module", "verify_module",
]
