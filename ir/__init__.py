"""hlox.ir: the `hlo` dialect, HLO text parser and printer, verification, reference evaluator.

Names are imported from their modules on first use: `hlox.ir.errors` or `hlox.ir.shapes`
(what a cache hit needs) must not build the xDSL dialect or the parser.
"""
from __future__ import annotations

from hlox.lazy import lazy_attributes

# name -> module that defines it
_LAZY = {
    **{name: "hlox.ir.dialect" for name in (
        "ComputationOp", "HloAttr", "Instruction", "ModuleOp", "make_instruction")},
    **{name: "hlox.ir.errors" for name in ("HloError", "HloParseError", "HloVerifyError")},
    "parse_module": "hlox.ir.parser",
    "print_module": "hlox.ir.printer",
    **{name: "hlox.ir.shapes" for name in (
        "ArrayShape", "ELEMENT_TYPES", "Shape", "TupleShape", "format_shape")},
    "verify_module": "hlox.ir.verifier",
}
__getattr__ = lazy_attributes(__name__, _LAZY)


__all__ = sorted(_LAZY)
