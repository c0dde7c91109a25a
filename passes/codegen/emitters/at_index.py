"""One loop nest for a reduction or a loop-computed dot and its epilogue (XLA's kInput and
small kOutput kernels): at each output index the reduction (`heavy.reduce_accs`) or the
dot's sum (`gemm.dot_at`) is computed by inner loops, and the elementwise epilogue that
reads it at that index writes the output there. No buffer for the intermediate, one loop
nest instead of two.

Taken when the kernel materialises exactly one instruction, a single-result reduce that
is reduced output by output (not into vectorised output rows) or a dot computed by loops
(not a GEMM call), of the output's dimensions and of a type that accumulates in itself
(not f16 / bf16: those round through memory), reaching the single output only through
same-dimension elementwise ops, and the kernel reads no memory it writes (the output's
elements are written while the intermediate is still being computed from the inputs).
"""
from __future__ import annotations

import numpy as np

from hlox.ir.dialect import Instruction
from hlox.ir.opcodes import ELEMENTWISE, materialized
from hlox.ir.shapes import ArrayShape
from hlox.passes.fusion import dot_dims

from ..kernel import Buf, order_of
from .common import _reaches_root_elementwise, _topological, reads_memory_of
from .gemm import dot_at, dot_by_loops


def _intermediate(L, g, root: Instruction, root_leaves: list, dest):
    """The one materialised instruction the kernel computes at each output index, or None."""
    from ..heavy import reduce_strategy

    if len(root_leaves) != 1 or not isinstance(dest, Buf) or dest.shape.size == 0:
        return None
    source = g.lookup(root)
    if not isinstance(source, Instruction) or source.opcode not in ELEMENTWISE:
        return None
    heavy = [inst for inst in _topological(root, g) if materialized(inst)]
    if len(heavy) != 1:
        return None
    (inner,) = heavy
    if not isinstance(inner.shape, ArrayShape) or inner.shape.dims != dest.shape.dims \
            or inner.shape.element_type.name in ("f16", "bf16"):
        return None
    if inner.opcode == "reduce":
        if len(inner.operands) != 2 or reduce_strategy(L, inner)[0] != "outputs":
            return None
    elif inner.opcode != "dot" or not dot_by_loops(inner):
        return None
    if reads_memory_of(g, dest):
        return None
    if not _reaches_root_elementwise(inner, source):
        return None
    return inner


def emit_at_index(L, k, g, root: Instruction, root_leaves: list, dest, label: str) -> bool:
    """Emit the kernel as one loop nest if it is of this kind; False (nothing emitted) if
    it is not."""
    from ..heavy import reduce_accs, reduce_strategy

    inner = _intermediate(L, g, root, root_leaves, dest)
    if inner is None:
        return False
    dims = dest.shape.dims
    operand = inner.operand_shapes[0]
    if inner.opcode == "reduce":
        par_reduce = reduce_strategy(L, inner)[1]
        work = operand.size * 2

        def compute(idx):
            return reduce_accs(L, g, inner, idx, par_reduce)[0]
    else:
        (_, _, contracting), _ = dot_dims(inner)
        sums = int(np.prod([operand.dims[d] for d in contracting], dtype=np.int64))
        work = dest.shape.size * max(sums, 1) * 2

        def compute(idx):
            return dot_at(g, inner, idx)

    def body(idx):
        k.memo_put((id(inner), tuple(idx)), compute(idx))  # the epilogue reads it here
        k.store(dest, idx, g.value(root, idx))

    k.loop_nest(dims, order_of(dest.strides, dims), body, work=work, simd=False, label=label)
    return True
