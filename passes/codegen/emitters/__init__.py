"""Kernel emitters, one per kind of kernel, chosen by one table.

`kind_of(inst)` names the kind of kernel an instruction lowers to: a fusion's is the kind
fusion decided (`passes/fusion.py` writes XLA's `kind=kLoop | kInput | kOutput`), a lone
instruction's follows from its opcode. `EMITTERS[kind](lowering, inst, operands, dest)`
writes `inst`'s value into the Buf tree `dest` (operands: its operands' Buf trees); a
kernel emitter builds one `kernel.func` and launches it from hlox_main
(`lowering.finish_kernel`).

Adding a kind: one heuristic that picks it (in fusion, or `kind_of` for lone
instructions), one module here with `emit`, one row in `EMITTERS`, one test case.
Collectives (`opcodes.COLLECTIVE`) are not kernels: `lower.lower_instruction` hands them to
`passes/codegen/collectives.py` (calls in hlox_main, buffers of their own) before this
table; another instruction kind that lowers to calls rather than a kernel goes beside it.
"""
from __future__ import annotations

from typing import Callable

from hlox.ir.dialect import Instruction

from . import convolution, loop, output, reduction

# Fusion's kinds (XLA's names) -> emitter kinds.
FUSION_KINDS = {"kLoop": "loop", "kInput": "reduction", "kOutput": "output"}

EMITTERS: dict[str, Callable] = {
    "loop": loop.emit,  # elementwise and indexing loop nests (and what they materialise)
    "reduction": reduction.emit,  # row reductions in cache, or reduce + epilogue in one
    #                              nest (at_index), else as `loop`
    "output": output.emit,  # dot + epilogue in one nest (at_index), else a GEMM
    #                        into the destination and its epilogue loop
    "convolution": convolution.emit,  # tiles of patches x kernel (GEMMs) or direct
    #                                  loops, the epilogue applied per tile / element
}


def kind_of(inst: Instruction, comps: dict) -> str:
    """The kind of kernel `inst` lowers to (a key of EMITTERS); `comps`: the module's
    computations by name (a kOutput fusion of a convolution is XLA's kOutput too, and
    XLA:CPU writes kLoop for fusions around a reduce)."""
    if inst.opcode == "fusion":
        kind = FUSION_KINDS.get(inst.attr("kind", "kLoop"), "loop")
        opcodes = {op.opcode for op in comps[inst.attr("calls")].instructions()}
        if kind == "output" and "convolution" in opcodes:
            return "convolution"
        if kind == "loop" and "reduce" in opcodes:  # XLA:CPU's kLoop around a reduce
            return "reduction"
        return kind
    if inst.opcode == "reduce":
        return "reduction"
    if inst.opcode == "dot":
        return "output"
    if inst.opcode == "convolution":
        return "convolution"
    return "loop"
