"""Lowering a verified hlo module to C: fusions -> loop nests -> one C translation unit.

    prog = generate_c(module, threads=2)
    prog.source            # C with `int hlox_main(void **params, void **results, void *arena)`

Lowering builds the loop-level IR (the `kernel` dialect of `loops.py`, index
arithmetic included) through the builder in `kernel.py`: `gen` inlines elementwise and indexing ops
per element (their C semantics: `scalar_ops`), `heavy` / `heavy_indexed` materialise
reduce, dot/GEMM, convolution, windows, scatter, sort, rng; `emitters/` builds one kernel
per instruction, the emitter chosen by the kind of kernel (`emitters.EMITTERS`); `lower`
walks computations, control flow and the entry, with memory from the plan
(`passes/memory_plan.py`). `cprint` prints the C translation unit from that IR.
"""
from __future__ import annotations

from hlox.ir.dialect import ModuleOp

from .gen import CodegenError
from .lower import CProgram, Lowering

__all__ = ["CProgram", "CodegenError", "generate_c"]


def generate_c(module: ModuleOp, threads: int = 2, dumper=None) -> CProgram:
    """Compile a verified module to one C translation unit (see CProgram's fields);
    `dumper` (a `hlox.dumps.Dumper`): where the loop IR goes after each loop pass."""
    return Lowering(module, threads, dumper).lower_entry()
