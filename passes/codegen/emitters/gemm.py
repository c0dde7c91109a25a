"""The GEMM emitter (kernel kind `gemm`: a dot computed by GEMM calls and the epilogue
fusion put after it, or a lone such dot), and the lowering of every dot
(`lower_dot`, heavy.RULES["dot"]): by loops (`dot_at`, each output element its own sum)
or by GEMM calls.

A GEMM kernel is one loop nest. C is computed in blocks of rows (or of columns, when C
has more of them), one single-threaded GEMM call each, the blocks split across the
kernel's threads (a batch of GEMMs: by its batch loop). Right after each call the
epilogue (bias add, activation, residual add, convert, and the copy into the
destination's layout) is applied to that block of C while it is in cache: at each index
of the block it reads the product back and writes the kernel's output there. The
product is written into the destination itself when it has the dot's type, dimensions
and a GEMM-able layout, else into a row-major buffer that the epilogue reads.
"""
from __future__ import annotations

import math
from contextlib import ExitStack

from hlox.ir.dialect import Instruction
from hlox.ir.opcodes import ELEMENTWISE, materialized
from hlox.ir.shapes import ELEMENT_TYPES, ArrayShape
from hlox.passes.fusion import dot_dims, gemm_call

from ..gen import Gen
from ..kernel import PARALLEL_WORK, Buf, V, compute_xdsl, order_of
from .common import _reaches_root_elementwise, _topological, reads_memory_of
from .loop import emit_one_heavy_op

# A block of C the epilogue reads back is at most this many bytes (it stays in L2), and
# at least EPILOGUE_BLOCK_MIN rows (or columns): each GEMM call packs its other operand
# again, which costs little against 2 * EPILOGUE_BLOCK_MIN multiply-adds per element.
EPILOGUE_BLOCK_BYTES = 1 << 18
EPILOGUE_BLOCK_MIN = 64


def emit(L, inst: Instruction, operands: list, dest) -> None:
    emit_one_heavy_op(L, inst, operands, dest, _gemm_with_epilogue, _gemm)


def _gemm_with_epilogue(g: Gen, root: Instruction, root_leaves: list, dest):
    """The dot computed by GEMM calls whose epilogue writes the kernel's one output at the
    dot's index, or None: the kernel materialises nothing else, reaches its output from
    the dot only through same-dimension elementwise ops, and reads no memory it writes."""
    if len(root_leaves) != 1 or not isinstance(dest, Buf) or dest.shape.size == 0:
        return None
    heavy = [inst for inst in _topological(root, g) if materialized(inst)]
    if len(heavy) != 1 or heavy[0].opcode != "dot" or not gemm_call(heavy[0]):
        return None
    (dot,) = heavy
    if dot.shape.dims != dest.shape.dims:
        return None
    if reads_memory_of(g, dest):
        return None
    source = g.lookup(root)
    if source is not dot and not (isinstance(source, Instruction)
                                  and source.opcode in ELEMENTWISE
                                  and _reaches_root_elementwise(dot, source)):
        return None
    return dot


def lower_dot(L, g: Gen, inst, dest: Buf) -> None:
    """A dot into `dest`: by GEMM calls (a float dot of GEMM_MIN_FLOPS or more) or by a
    loop nest over the output."""
    if gemm_call(inst):
        _gemm(L, g, inst, dest, inst)
        return
    (_, _, lc), _ = dot_dims(inst)
    K = math.prod(inst.operand_shapes[0].dims[d] for d in lc)
    k = g.k
    out_dims = dest.shape.dims
    k.loop_nest(out_dims, order_of(dest.strides, out_dims),
                lambda oidx: k.store(dest, oidx, dot_at(g, inst, oidx)),
                work=dest.shape.size * max(K, 1) * 2, simd=False, label=inst.hlo_name)


def dot_by_loops(inst) -> bool:
    """Whether a dot is an inline loop nest rather than GEMM calls."""
    return not gemm_call(inst)


def _acc_et(et):
    """Accumulate f16 / bf16 in f32 (dot, convolution: as XLA:CPU)."""
    return ELEMENT_TYPES["f32"] if et.name in ("f16", "bf16") else et


def _multiply_add(k, acc: V, a: V, b: V, et) -> None:
    """acc += a * b (acc |= a & b for pred)."""
    if et.name == "pred":
        k.assign(acc, k.apply("or", [k.read(acc), k.apply("and", [a, b], et)], et))
    else:
        k.assign(acc, k.apply("add", [k.read(acc), k.apply("multiply", [a, b], et)], et))


def dot_at(g: Gen, inst, oidx) -> V:
    """The sum of a dot at the output index `oidx` (its accumulator type), by loops over
    the contracting dimensions built where the generator is."""
    k = g.k
    (lb, lf, lc), (rb, rf, rc) = dot_dims(inst)
    lhs, rhs = inst.operand_shapes
    acc_et = _acc_et(inst.shape.element_type)
    K = math.prod(lhs.dims[d] for d in lc)
    is_pred = acc_et.name == "pred"
    acc = k.var(compute_xdsl(acc_et), init=k.literal(acc_et, 0))
    if K > 0:
        loops = [n for n, d in enumerate(lc) if lhs.dims[d] > 1]
        cidx: list = [0] * len(lc)
        with ExitStack() as stack:
            for j, n in enumerate(loops):
                simd = j == len(loops) - 1 and not is_pred
                cidx[n] = stack.enter_context(k.loop(
                    lhs.dims[lc[n]], simd=simd, reduce=[(acc, "+")] if simd else ()))
            stack.enter_context(k.inside_scope())
            li: list = [0] * lhs.rank
            ri: list = [0] * rhs.rank
            for n, (a, b) in enumerate(zip(lb, rb)):
                li[a] = ri[b] = oidx[n]
            for n, d in enumerate(lf):
                li[d] = oidx[len(lb) + n]
            for n, d in enumerate(rf):
                ri[d] = oidx[len(lb) + len(lf) + n]
            for n, (a, b) in enumerate(zip(lc, rc)):
                li[a] = ri[b] = cidx[n]
            a = k.apply("convert", [g.operand(inst, 0, li)], lhs.element_type, acc_et)
            b = k.apply("convert", [g.operand(inst, 1, ri)], rhs.element_type, acc_et)
            _multiply_add(k, acc, a, b, acc_et)
    return k.read(acc)


def _collapse(buf: Buf, group) -> int | None:
    """Stride of a group of dims viewed as one (row-major among themselves), or None."""
    big = [d for d in group if buf.shape.dims[d] > 1]
    for a, b in zip(big, big[1:]):
        if buf.strides[a] != buf.strides[b] * buf.shape.dims[b]:
            return None
    return buf.strides[big[-1]] if big else 0


def pack(L, g: Gen, source, shape: ArrayShape, order, label: str) -> Buf:
    """Materialise a value into a fresh buffer whose dims are major-to-minor in `order`."""
    buf = L.new_buf(shape, label, strides=_row_major(shape.dims, order))
    k = g.k
    k.loop_nest(shape.dims, list(order), lambda idx: k.store(buf, idx, g.value(source, idx)),
                work=shape.size, label=label)
    return buf


def _matrix(L, g: Gen, operand, shape, batch, rows, cols, label, dtype: str):
    """(buf, transposed, ld, batch strides) viewing an operand as a batch of `dtype` matrices."""
    source = g.lookup(operand)
    if isinstance(source, Buf) and source.shape.dtype == dtype:
        buf = source
        rs, cs = _collapse(buf, rows), _collapse(buf, cols)
        nr = math.prod(shape.dims[d] for d in rows)
        nc = math.prod(shape.dims[d] for d in cols)
        if rs is not None and cs is not None:
            if cs in (0, 1) and (nr == 1 or rs >= max(nc, 1)):
                ld = rs if nr > 1 else max(nc, 1)
                return buf, False, ld, [buf.strides[d] for d in batch]
            if rs in (0, 1) and (nc == 1 or cs >= max(nr, 1)):
                ld = cs if nc > 1 else max(nr, 1)
                return buf, True, ld, [buf.strides[d] for d in batch]
    buf = pack(L, g, operand, ArrayShape(dtype, shape.dims), [*batch, *rows, *cols],
               f"{label}/packed")
    nc = math.prod(shape.dims[d] for d in cols)
    return buf, False, max(nc, 1), [buf.strides[d] for d in batch]


def _gemm(L, g: Gen, inst, dest: Buf, root: Instruction) -> None:
    """The dot `inst` by GEMM calls (f16 / bf16 / mixed operands converted to f32, f64 for
    an f64 result, first), and `root`'s value (the dot, or its epilogue) written into
    `dest` block by block of C, right after the call that computed the block: one loop
    nest."""
    k = g.k
    (lb, lf, lc), (rb, rf, rc) = dot_dims(inst)
    lhs, rhs = inst.operand_shapes
    B = math.prod(lhs.dims[d] for d in lb)
    M = math.prod(lhs.dims[d] for d in lf)
    N = math.prod(rhs.dims[d] for d in rf)
    K = math.prod(lhs.dims[d] for d in lc)
    dtype = "f64" if inst.shape.dtype == "f64" else "f32"
    a, ta, lda, a_bs = _matrix(L, g, inst.operands[0].owner, lhs, lb, lf, lc, inst.hlo_name,
                               dtype)
    b, tb, ldb, b_bs = _matrix(L, g, inst.operands[1].owner, rhs, rb, rc, rf, inst.hlo_name,
                               dtype)
    nb = len(lb)
    orows, ocols = list(range(nb, nb + len(lf))), list(range(nb + len(lf), dest.shape.rank))
    out = dest
    rs, cs = _collapse(dest, orows), _collapse(dest, ocols)
    if dest.shape.dtype != dtype or not (rs is not None and cs in (0, 1)
                                         and (M == 1 or rs >= N)):
        out = L.new_buf(ArrayShape(dtype, dest.shape.dims), f"{inst.hlo_name}/gemm_out",
                        strides=_row_major(dest.shape.dims))
        rs = _collapse(out, orows)
    ldc = rs if M > 1 else N
    c_bs = [out.strides[d] for d in range(nb)]
    L.link_blas = True
    root_is_dot = g.lookup(root) is inst
    g.env[inst] = out  # the epilogue reads the product back at the index it writes
    epilogue = None if out is dest and root_is_dot else \
        lambda batch, by_rows, start, count: _epilogue(g, root, dest, batch, orows, ocols,
                                                       by_rows, start, count)
    batch_dims = [lhs.dims[d] for d in lb]
    with ExitStack() as stack:
        # a batch of GEMMs is split across threads by its batch loop, one GEMM by rows or
        # columns (_threaded_gemm); OpenBLAS itself runs single-threaded (cprint.py)
        parallel = L.threads > 1 and B > 1 and B * M * N * K >= PARALLEL_WORK
        batch = [stack.enter_context(k.loop(
            size, parallel=parallel and n == 0, collapse=len(batch_dims)))
            for n, size in enumerate(batch_dims)]
        after = None if epilogue is None else \
            lambda by_rows, start, count: epilogue(batch, by_rows, start, count)
        a, b = (a, k.offset(batch, a_bs), lda, ta), (b, k.offset(batch, b_bs), ldb, tb)
        c = (out, k.offset(batch, c_bs), ldc)
        if parallel:
            _blocks(k, a, b, c, (M, N, K), inst.hlo_name, after, 0, M, True, True)
        else:
            _threaded_gemm(k, a, b, c, (M, N, K), inst.hlo_name, after, bool(batch))
    k.loop_nests += 1


def _epilogue(g: Gen, root: Instruction, dest: Buf, batch: list, orows, ocols,
              by_rows: bool, start, count: int) -> None:
    """Write root's value into `dest` over one block of C (of one GEMM of the batch): the
    rows [start, start + count) of C (by_rows), or its columns."""
    k = g.k
    dims = dest.shape.dims
    idx: list = [*batch, *[0] * (len(orows) + len(ocols))]

    def split(flat, group) -> None:
        """Index of the dims of `group` (row-major among themselves) at `flat`."""
        big = [d for d in group if dims[d] > 1]
        for n, d in enumerate(reversed(big)):
            if n == len(big) - 1:
                idx[d] = flat
            else:
                idx[d], flat = k.ix("rem", flat, dims[d]), k.ix("div", flat, dims[d])

    with ExitStack() as stack:
        if by_rows:
            split(stack.enter_context(k.loop(start + count, lb=start)), orows)
        else:
            for d in orows:
                if dims[d] > 1:
                    idx[d] = stack.enter_context(k.loop(dims[d]))
        if by_rows:
            cols = [d for d in ocols if dims[d] > 1]
            for n, d in enumerate(cols):
                idx[d] = stack.enter_context(k.loop(dims[d], simd=n == len(cols) - 1))
        else:
            split(stack.enter_context(k.loop(start + count, lb=start, simd=True)), ocols)
        stack.enter_context(k.inside_scope())
        k.store(dest, idx, g.value(root, idx))


def _threaded_gemm(k, a, b, c, mnk, source: str, after=None, nested: bool = False) -> None:
    """C = op(A) op(B), split across the kernel's threads into blocks of rows of C (or of
    columns, when C has more of them), one single-threaded GEMM call each. `a`, `b`:
    (buffer, element offset, leading dimension, transposed); `c`: (buffer, offset, ldc).
    `after(by_rows, start, count)`: called right after each call, for its block (`nested`:
    see _blocks)."""
    M, N, K = mnk
    size = max(M, N)
    by_rows = M >= N
    if k.threads == 1 or M * N * K < PARALLEL_WORK or size < 16:
        _blocks(k, a, b, c, mnk, source, after, 0, M if by_rows else N, by_rows, nested)
        return
    chunk = -(-size // k.threads)
    chunk = -(-chunk // 8) * 8
    parts = -(-size // chunk)
    last = size - chunk * (parts - 1)
    with k.loop(parts, parallel=True) as part:
        start = part * chunk
        if last == chunk:
            _blocks(k, a, b, c, mnk, source, after, start, chunk, by_rows, True)
        else:
            branch = k.if_(part.lt(parts - 1))
            with k.inside(branch.then):
                _blocks(k, a, b, c, mnk, source, after, start, chunk, by_rows, True)
            with k.inside(branch.otherwise):
                _blocks(k, a, b, c, mnk, source, after, start, last, by_rows, True)


def _blocks(k, a, b, c, mnk, source: str, after, start, count: int, by_rows: bool,
            nested: bool) -> None:
    """The rows [start, start + count) of C (by_rows; else its columns) by GEMM calls: one
    call when nothing comes after it, else a loop over blocks small enough for `after` to
    find in cache (the last one shorter), each call followed by `after`. `nested`: inside
    a loop already (of threads, of the batch), where one block needs no loop of its own."""
    M, N, K = mnk
    if after is None:
        _gemm_call(k, a, b, c, mnk, source, start, count, by_rows)
        return
    other = N if by_rows else M
    row_bytes = c[0].shape.element_type.itemsize * max(other, 1)
    block = max(EPILOGUE_BLOCK_MIN, EPILOGUE_BLOCK_BYTES // row_bytes)
    block = min(-(-block // 8) * 8, count)
    blocks = -(-count // block)
    last = count - block * (blocks - 1)

    def call(at, n: int) -> None:
        _gemm_call(k, a, b, c, mnk, source, at, n, by_rows)
        after(by_rows, at, n)

    if blocks == 1 and nested:
        call(start, count)
        return
    with k.loop(blocks) as n:  # (even for one block: GEMM and epilogue are one loop nest)
        at = start + n * block
        if last == block:
            call(at, block)
        else:
            branch = k.if_(n.lt(blocks - 1))
            with k.inside(branch.then):
                call(at, block)
            with k.inside(branch.otherwise):
                call(at, last)


def _gemm_call(k, a, b, c, mnk, source: str, start, count: int, by_rows: bool) -> None:
    """One GEMM call for the rows [start, start + count) of C (by_rows; else columns)."""
    (abuf, aoff, lda, ta), (bbuf, boff, ldb, tb), (cbuf, coff, ldc) = a, b, c
    M, N, K = mnk
    if by_rows:  # rows of op(A) and of C
        aoff, coff = aoff + (start if ta else start * lda), coff + start * ldc
        sizes = (count, N, K)
    else:  # columns of op(B) and of C
        boff, coff = boff + (start * ldb if tb else start), coff + start
        sizes = (M, count, K)
    k.gemm(abuf, aoff, bbuf, boff, cbuf, coff, sizes, (lda, ldb, ldc), ta, tb, source)


def _row_major(dims, order=None) -> list[int]:
    """Strides of a dense buffer whose dims are major-to-minor in `order` (default 0..n)."""
    order = range(len(dims)) if order is None else order
    strides = [0] * len(dims)
    step = 1
    for d in reversed(list(order)):
        strides[d] = step
        step *= max(dims[d], 1)
    return strides
