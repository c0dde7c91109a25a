"""Kernel emitters, one per kind of kernel, chosen by one table.

`kind_of(inst)` names the kind of kernel an instruction lowers to: a fusion's is the kind
fusion decided and recorded (`passes/fusion.py` `KERNEL_KINDS`, `kernel_kind`), a lone
instruction's follows from it by the same rule. `EMITTERS[kind](lowering, inst, operands,
dest)` writes `inst`'s value into the Buf tree `dest` (operands: its operands' Buf trees);
a kernel emitter builds one `kernel.func` and launches it from hlox_main
(`lowering.finish_kernel`).

Adding a kind: one heuristic that picks it (`fusion.kernel_kind`), one module here with
`emit`, one row in `EMITTERS`, one test case.
Collectives (`opcodes.COLLECTIVE`) are not kernels: `lower.lower_instruction` hands them to
`passes/codegen/collectives.py` (calls in hlox_main, buffers of their own) before this
table; another instruction kind that lowers to calls rather than a kernel goes beside it.
"""
from __future__ import annotations

from typing import Callable

from hlox.ir.dialect import Instruction
from hlox.passes.fusion import KERNEL_KINDS, kernel_kind, recorded_kernel_kind

from . import convolution, gemm, general_reduction, loop, output, reduction

EMITTERS: dict[str, Callable] = {
    "loop": loop.emit,  # elementwise and indexing loop nests (and what they materialise)
    "row_reduction": reduction.emit,  # rows reduced and written in cache (softmax,
    #                                   layernorm), else as `reduction`
    "reduction": general_reduction.emit,  # a reduction and its epilogue in one nest
    #                                       (at_index, or columns into the output)
    "gemm": gemm.emit,  # GEMM calls, the epilogue applied to each block of C while hot
    "dot": output.emit,  # a loop-computed dot and its epilogue in one nest (at_index)
    "convolution": convolution.emit,  # tiles of patches x kernel (GEMMs) or direct
    #                                  loops, the epilogue applied per tile / element
    "in_place_update": loop.emit,  # writes only the window (loop.emit_dus_in_place)
}
assert set(EMITTERS) == set(KERNEL_KINDS)


def kind_of(L, inst: Instruction) -> str:
    """The kind of kernel `inst` lowers to (a key of EMITTERS)."""
    if inst.opcode == "fusion":
        recorded = recorded_kernel_kind(inst)
        if recorded is not None:
            return recorded
        comp = L.comps[inst.attr("calls")]
        return kernel_kind(comp.instructions(), comp.root)
    return kernel_kind([inst], inst)
