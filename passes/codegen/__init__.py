"""Lowering a verified hlo module to C: fusions -> loop nests -> one C translation unit.

    prog = generate_c(module, threads=2)
    prog.source            # C with `int hlox_main(void **params, void **results, void *arena)`

Modules: `scalar_ops` (per-opcode C expressions), `gen` (per-element generator: the
indexing ops), `kernel` (buffers, loop nests, C functions), `heavy` (reduce, dot/GEMM,
convolution, windows, scatter, sort), `lower` (computations, control flow, the entry).
"""
from __future__ import annotations

import sys

from hlox.ir.dialect import ModuleOp

from .gen import CodegenError
from .lower import CProgram, Lowering

__all__ = ["CProgram", "CodegenError", "generate_c"]


def generate_c(module: ModuleOp, threads: int = 2) -> CProgram:
    """Compile a verified module to one C translation unit (see CProgram's fields)."""
    # The per-element generator recurses along producer chains: long fusions need depth.
    if sys.getrecursionlimit() < 20000:
        sys.setrecursionlimit(20000)
    return Lowering(module, threads).lower_entry()
