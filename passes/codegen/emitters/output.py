"""The output emitter (kernel kinds `dot` and `convolution`: a dot computed by loops, or
a convolution, and its epilogue). A loop-computed dot (small, or not float) and its
elementwise epilogue are one loop nest over the output (`at_index.py`); a convolution
goes through the loop emitter, written straight into the kernel's destination, its
epilogue's loop reading it there (`common._heavy_into_dest`). GEMM calls and their
epilogues are `gemm.py`'s."""
from __future__ import annotations

from hlox.ir.dialect import Instruction

from .at_index import emit_at_index
from .common import open_kernel
from .loop import emit_loops


def emit(L, inst: Instruction, operands: list, dest) -> None:
    k, g, root, root_leaves = open_kernel(L, inst, operands, dest)
    if not emit_at_index(L, k, g, root, root_leaves, dest, inst.hlo_name):
        emit_loops(L, k, g, root, root_leaves, dest, inst.hlo_name)
    L.finish_kernel(k, inst.hlo_name)
