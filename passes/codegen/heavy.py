"""Lowering of the ops that are materialised into a buffer inside a kernel: reduce, dot
(inline loops or a GEMM call); convolution is `emitters/convolution.py`.

`RULES[opcode](lowering, g, inst, dest)` (with `heavy_indexed.RULES` and
`emitters.convolution.RULES`) writes `inst`'s value
into the Buf tree `dest` with IR appended to the kernel `g.k`, reading operands through
`g.value` (so their producers are inlined). One signature for the whole table.
"""
from __future__ import annotations

from contextlib import ExitStack

import numpy as np

from hlox.ir.shapes import ELEMENT_TYPES, ArrayShape, flatten_shape

from .gen import CodegenError, Gen
from .kernel import PARALLEL_WORK, Buf, V, all_of, compute_xdsl, leaves, order_of
from .scalar_ops import ELEMENTWISE_RULES, SIMD_REDUCTIONS

GEMM_MIN_FLOPS = 32 * 32 * 32  # below this a dot is an inline loop nest (measured)
PRED = ELEMENT_TYPES["pred"]
S32 = ELEMENT_TYPES["s32"]


def _prod(xs) -> int:
    return int(np.prod(list(xs), dtype=np.int64)) if len(xs) else 1


def _acc_et(et):
    """Accumulate f16 / bf16 in f32 (dot, convolution: as XLA:CPU)."""
    return ELEMENT_TYPES["f32"] if et.name in ("f16", "bf16") else et


# XLA:CPU rounds f16 / bf16 reductions to the narrow type after every step, in element
# order, for rows up to this many elements (bit-exact, measured); longer rows it reduces
# in a blocked order hlox does not reproduce, so those accumulate in f32 (within the
# conformance tolerance; the evaluator uses a pairwise tree there).
NARROW_SEQUENTIAL_MAX = 32


def _per_step(et, reduced: int) -> bool:
    """Whether a reduction of `reduced` elements of `et` rounds at every step."""
    return et.name in ("f16", "bf16") and reduced <= NARROW_SEQUENTIAL_MAX


def simple_reducer(lowering, comp_name: str):
    """The opcode of a reducer that is `op(p0, p1)` on its two scalar parameters, else None."""
    comp = lowering.comps[comp_name]
    params = comp.parameters()
    root = comp.root
    if len(params) != 2 or root.opcode not in ELEMENTWISE_RULES or len(root.operands) != 2:
        return None
    if root.opcode in ("compare", "convert", "copy", "select", "clamp"):
        return None
    owners = {root.operands[0].owner, root.operands[1].owner}
    if owners != set(params):
        return None
    return root.opcode


def combine(lowering, g: Gen, comp_name: str, accs: list[V], vals: list[V], ets) -> list[V]:
    """Apply a scalar computation to (accs..., vals...): its results."""
    k = g.k
    simple = simple_reducer(lowering, comp_name) if len(accs) == 1 else None
    if simple is not None:
        # the accumulator's type: f16 / bf16 round after every step where they compute in
        # their own type (see _per_step)
        return [k.apply(simple, [accs[0], vals[0]], ets[0])]
    fn, outs = lowering.scalar_fn(comp_name)
    if len(outs) == 1:
        return [k.call(fn, [*accs, *vals], compute_xdsl(outs[0].element_type))]
    temps = [k.var(compute_xdsl(o.element_type), prefix="t") for o in outs]
    k.call(fn, [*accs, *vals, *temps])
    return [k.read(t) for t in temps]


def _call_interleaved(lowering, g: Gen, comp_name: str, lhs: list[V], rhs: list[V]) -> V:
    """Comparators take (a0, b0, a1, b1, ...)."""
    fn, outs = lowering.scalar_fn(comp_name)
    args = [x for pair in zip(lhs, rhs) for x in pair]
    return g.k.call(fn, args, compute_xdsl(outs[0].element_type))


def _max_min(k, which: str, value: V, acc: V, et) -> V:
    """`value > acc ? value : acc` (max; < for min): the form OpenMP max/min reductions
    vectorise; NaN is tracked separately."""
    direction = "GT" if which == "maximum" else "LT"
    return k.apply("select", [k.apply("compare", [value, acc], et, PRED, direction=direction),
                              value, acc], et)


def _is_nan(k, value: V, et) -> V:
    """(s32) value != value."""
    return k.apply("convert", [k.apply("compare", [value, value], et, PRED, direction="NE")],
                   PRED, S32)


# ---------------------------------------------------------------- reduce

def reduce_accs(L, g: Gen, inst, oidx, par_reduce: bool = False,
                spill: Buf | None = None) -> list[V]:
    """Build the reduction of `inst` for the output index `oidx` (index values of the kept
    dimensions): its results (accumulator type). `spill`: a buffer of the (single)
    operand's shape that also receives each value reduced."""
    k = g.k
    n = len(inst.operands) // 2
    in_shape: ArrayShape = inst.operand_shapes[0]
    rdims = set(inst.attr("dimensions"))
    kept = [d for d in range(in_shape.rank) if d not in rdims]
    comp = inst.attr("to_apply")
    simple = simple_reducer(L, comp) if n == 1 else None
    ets = [s.element_type for s in flatten_shape(inst.shape)]
    red_loops = [d for d in reversed(in_shape.minor_to_major)
                 if d in rdims and in_shape.dims[d] > 1]
    red_total = _prod([in_shape.dims[d] for d in rdims])
    if red_total == 0:
        red_loops = None
    per_step = _per_step(ets[0], red_total)
    clause = SIMD_REDUCTIONS.get(simple) if simple and not per_step else None
    minmax = simple in ("maximum", "minimum") and ets[0].name != "pred"
    is_float = ets[0].kind == "float"
    if minmax:
        clause = "max" if simple == "maximum" else "min"
    acc_ets = ets if per_step else [_acc_et(e) for e in ets]
    accs = [k.var(compute_xdsl(acc_ets[i]), init=g.operand(inst, n + i, []))
            for i in range(n)]
    reductions = [(accs[0], clause)] if clause else []
    nan_flag = None
    if minmax and is_float:
        # an int flag, as wide as the values: a narrower one changes gcc's vector width
        first = k.read(accs[0])
        nan_flag = k.var(compute_xdsl(S32), prefix="nan", init=_is_nan(k, first, acc_ets[0]))
        reductions.append((nan_flag, "|"))
    full: list = [0] * in_shape.rank
    for d, i in zip(kept, oidx):
        full[d] = i
    def reduction_loops(fast: bool) -> None:
        """The loops over the reduced dimensions; `fast`: with the OpenMP / max-min form."""
        with ExitStack() as stack:
            for j, d in enumerate(red_loops):
                innermost = j == len(red_loops) - 1
                parallel = fast and j == 0 and par_reduce
                simd = fast and innermost and (parallel or clause is not None)
                full[d] = stack.enter_context(k.loop(
                    in_shape.dims[d], parallel=parallel, simd=simd,
                    reduce=reductions if parallel or simd else ()))
            stack.enter_context(k.inside_scope())
            vals = [g.operand(inst, i, full) for i in range(n)]
            if spill is not None and fast:
                k.store(spill, full, vals[0])
            if minmax and fast:
                if nan_flag is not None:
                    k.assign(nan_flag, k.apply("or", [k.read(nan_flag),
                                                      _is_nan(k, vals[0], acc_ets[0])], S32))
                new = [_max_min(k, simple, vals[0], k.read(accs[0]), acc_ets[0])]
            else:
                new = combine(L, g, comp, [k.read(a) for a in accs], vals, acc_ets)
            for acc, v in zip(accs, new):
                k.assign(acc, v)

    if red_loops is not None:
        reduction_loops(fast=True)
    if nan_flag is not None:
        with k.when(k.read(nan_flag)):
            k.assign(accs[0], k.literal(acc_ets[0], float("nan")))
        if red_loops is not None:
            # `>` (and OpenMP's max) cannot tell -0.0 from +0.0: a zero result is reduced
            # again with the exact maximum / minimum (max(+0,-0) = +0, min = -0), rarely.
            zero = k.apply("compare", [k.read(accs[0]), k.literal(acc_ets[0], 0.0)],
                           acc_ets[0], PRED, direction="EQ")
            with k.when(zero):
                k.assign(accs[0], g.operand(inst, 1, []))
                reduction_loops(fast=False)
    return [k.read(a) for a in accs]


def reduce_strategy(L, inst) -> tuple[str, bool]:
    """How a reduce is computed: ("none", _) when it has no output elements, ("columns", _)
    when major dimensions are reduced into a vectorised output row (_reduce_columns), else
    ("outputs", par_reduce): each output element reduced by its own loops (reduce_accs),
    `par_reduce` when few outputs split their reduction across threads."""
    n = len(inst.operands) // 2
    in_shape: ArrayShape = inst.operand_shapes[0]
    rdims = set(inst.attr("dimensions"))
    kept = [d for d in range(in_shape.rank) if d not in rdims]
    simple = simple_reducer(L, inst.attr("to_apply")) if n == 1 else None
    ets = [s.element_type for s in flatten_shape(inst.shape)]
    red_total = _prod([in_shape.dims[d] for d in rdims])
    out_total = _prod([in_shape.dims[d] for d in kept])
    if out_total == 0:
        return "none", False
    red_loops = [d for d in reversed(in_shape.minor_to_major)
                 if d in rdims and in_shape.dims[d] > 1]
    if red_total == 0:
        red_loops = None
    clause = SIMD_REDUCTIONS.get(simple) if simple and not _per_step(ets[0], red_total) \
        else None
    # max / min: OpenMP's max reduction plus an or-reduction of "saw a NaN" (XLA propagates
    # NaN), so the loop still vectorises.
    minmax = simple in ("maximum", "minimum") and ets[0].name != "pred"
    if minmax:
        clause = "max" if simple == "maximum" else "min"
    par_reduce = (clause is not None and L.threads > 1 and out_total * 4 < L.threads * 8
                  and red_total * out_total >= PARALLEL_WORK * 2)
    if ((clause is not None or minmax) and red_loops and kept and out_total >= 8
            and in_shape.minor_to_major[0] in kept and ets[0].name not in ("f16", "bf16")):
        return "columns", False
    return "outputs", par_reduce


def _reduce(L, g: Gen, inst, dest) -> None:
    k = g.k
    in_shape: ArrayShape = inst.operand_shapes[0]
    rdims = set(inst.attr("dimensions"))
    kept = [d for d in range(in_shape.rank) if d not in rdims]
    outs = leaves(dest)
    out_dims = tuple(in_shape.dims[d] for d in kept)
    red_total = _prod([in_shape.dims[d] for d in rdims])
    out_total = _prod(out_dims)
    strategy, par_reduce = reduce_strategy(L, inst)
    if strategy == "none":
        return
    if strategy == "columns":
        n = len(inst.operands) // 2
        simple = simple_reducer(L, inst.attr("to_apply")) if n == 1 else None
        _reduce_columns(L, g, inst, dest, kept, rdims, simple)
        return

    def body(oidx):
        accs = reduce_accs(L, g, inst, oidx, par_reduce)
        for acc, o in zip(accs, outs):
            k.store(o, oidx, acc)

    k.loop_nest(out_dims, order_of(outs[0].strides, out_dims), body,
                work=out_total * max(red_total, 1) * 2, simd=False, label=inst.hlo_name)


def _reduce_columns(L, g: Gen, inst, dest, kept, rdims, simple, epilogue=None) -> bool:
    """Reduce over major dimensions: accumulate rows into the output (vectorised along it).

    With kept dimensions besides the minor one, one loop nest: per output row, its init,
    the accumulation and (`epilogue`: the root of the kernel, elementwise over the reduce,
    which sits in `dest`) the epilogue written over the reduced row while it is in cache.
    False (nothing emitted) when an epilogue is asked for but the output is not split
    into rows that way."""
    k = g.k
    in_shape = inst.operand_shapes[0]
    out = leaves(dest)[0]
    out_dims = tuple(in_shape.dims[d] for d in kept)
    # loops: kept dims but the minor one, reduced dims, the minor kept dim (unit stride)
    layout = [d for d in reversed(in_shape.minor_to_major) if in_shape.dims[d] > 1]
    minor = in_shape.minor_to_major[0]
    outer = [d for d in layout if d not in rdims and d != minor]
    work = _prod([in_shape.dims[d] for d in range(in_shape.rank)])
    parallel = L.threads > 1 and work >= PARALLEL_WORK
    split_outer = parallel and outer and _prod([in_shape.dims[d] for d in outer]) >= L.threads
    by_rows = bool(outer) and (split_outer or not parallel)
    if epilogue is not None and not by_rows:
        return False
    init = g.operand(inst, 1, [])
    if not by_rows:
        k.loop_nest(out_dims, order_of(out.strides, out_dims),
                    lambda oidx: k.store(out, oidx, init), work=_prod(out_dims), label="init")
    k.loop_nests += 1
    full: list = [0] * in_shape.rank
    oidx_of = lambda: [full[d] for d in kept]  # noqa: E731
    with ExitStack() as stack:
        chunk = None
        if not split_outer and parallel and minor in layout and not by_rows:
            # strip-mine the unit-stride dimension across threads
            n = in_shape.dims[minor]
            size = -(-n // L.threads)
            size = -(-size // 16) * 16
            ch = stack.enter_context(k.loop(-(-n // size), parallel=True, source=inst.hlo_name))
            chunk = (ch * size, k.ix("min", (ch + 1) * size, n))
        if by_rows:
            for j, d in enumerate(outer):
                full[d] = stack.enter_context(k.loop(
                    in_shape.dims[d], parallel=j == 0 and split_outer, collapse=len(outer),
                    source=inst.hlo_name if j == 0 else None))

            def along_row(body) -> None:
                """body() at each element of the output row (the minor kept dimension)."""
                with k.loop(in_shape.dims[minor], simd=True) if minor in layout \
                        else k.inside_scope() as m:
                    full[minor] = m if minor in layout else 0
                    body()

            along_row(lambda: k.store(out, oidx_of(), init))
            order = [d for d in layout if d in rdims] + ([minor] if minor in layout else [])
        else:
            order = outer + [d for d in layout if d in rdims] + ([minor] if minor in layout
                                                                 else [])
        with ExitStack() as inner:
            if not order:
                inner.enter_context(k.inside_scope())
            for j, d in enumerate(order):
                innermost = j == len(order) - 1
                if d == minor and chunk is not None:
                    iv = k.loop(chunk[1], lb=chunk[0], simd=innermost)
                else:
                    first = j == 0 and split_outer and not by_rows
                    iv = k.loop(in_shape.dims[d], parallel=first, collapse=len(outer),
                                simd=innermost, source=inst.hlo_name
                                if j == 0 and chunk is None and not by_rows else None)
                full[d] = inner.enter_context(iv)
            oidx = oidx_of()
            cur = k.load(out, oidx)
            val = g.operand(inst, 0, full)
            k.store(out, oidx, k.apply(simple, [cur, val], out.et))
        if epilogue is not None:
            g.env[inst] = dest
            along_row(lambda: k.store(out, oidx_of(), g.value(epilogue, oidx_of())))
    return True


# ---------------------------------------------------------------- dot

def _dot(L, g: Gen, inst, dest: Buf) -> None:
    lhs, rhs = inst.operand_shapes
    (lb, lf, lc), (rb, rf, rc) = _dot_dims(inst)
    B = _prod([lhs.dims[d] for d in lb])
    M = _prod([lhs.dims[d] for d in lf])
    N = _prod([rhs.dims[d] for d in rf])
    K = _prod([lhs.dims[d] for d in lc])
    et = dest.et
    if not dot_by_loops(inst):
        # f16 / bf16 / mixed operands are converted to f32 (f64 for an f64 result) first
        _gemm(L, g, inst, dest, (lb, lf, lc), (rb, rc, rf), (B, M, N, K),
              "f64" if et.name == "f64" else "f32")
        return
    _dot_loops(L, g, inst, dest)


def _dot_dims(inst):
    """(batch, free, contracting) dimensions of each operand of a dot."""
    lhs, rhs = inst.operand_shapes
    lb = list(inst.attr("lhs_batch_dims", ()) or ())
    rb = list(inst.attr("rhs_batch_dims", ()) or ())
    lc = list(inst.attr("lhs_contracting_dims", ()) or ())
    rc = list(inst.attr("rhs_contracting_dims", ()) or ())
    lf = [d for d in range(lhs.rank) if d not in lb and d not in lc]
    rf = [d for d in range(rhs.rank) if d not in rb and d not in rc]
    return (lb, lf, lc), (rb, rf, rc)


def dot_by_loops(inst) -> bool:
    """Whether a dot is an inline loop nest (each output element its own sum: small or
    non-float dots) rather than a GEMM call."""
    lhs, rhs = inst.operand_shapes
    (lb, lf, lc), (rb, rf, _) = _dot_dims(inst)
    B = _prod([lhs.dims[d] for d in lb])
    M = _prod([lhs.dims[d] for d in lf])
    N = _prod([rhs.dims[d] for d in rf])
    K = _prod([lhs.dims[d] for d in lc])
    floats = all(s.element_type.kind == "float" for s in (lhs, rhs, inst.shape))
    return not (floats and M * N * K >= GEMM_MIN_FLOPS and B * M * N > 0 and K > 0)


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
    (lb, lf, lc), (rb, rf, rc) = _dot_dims(inst)
    lhs, rhs = inst.operand_shapes
    acc_et = _acc_et(inst.shape.element_type)
    K = _prod([lhs.dims[d] for d in lc])
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


def _dot_loops(L, g: Gen, inst, dest: Buf) -> None:
    k = g.k
    lhs = inst.operand_shapes[0]
    (_, _, lc), _ = _dot_dims(inst)
    K = _prod([lhs.dims[d] for d in lc])
    out_dims = dest.shape.dims
    k.loop_nest(out_dims, order_of(dest.strides, out_dims),
                lambda oidx: k.store(dest, oidx, dot_at(g, inst, oidx)),
                work=dest.shape.size * max(K, 1) * 2, simd=False, label=inst.hlo_name)


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
        nr = _prod([shape.dims[d] for d in rows])
        nc = _prod([shape.dims[d] for d in cols])
        if rs is not None and cs is not None:
            if cs in (0, 1) and (nr == 1 or rs >= max(nc, 1)):
                ld = rs if nr > 1 else max(nc, 1)
                return buf, False, ld, [buf.strides[d] for d in batch]
            if rs in (0, 1) and (nc == 1 or cs >= max(nr, 1)):
                ld = cs if nc > 1 else max(nr, 1)
                return buf, True, ld, [buf.strides[d] for d in batch]
    buf = pack(L, g, operand, ArrayShape(dtype, shape.dims), [*batch, *rows, *cols],
               f"{label}/packed")
    nc = _prod([shape.dims[d] for d in cols])
    return buf, False, max(nc, 1), [buf.strides[d] for d in batch]


def _gemm(L, g: Gen, inst, dest: Buf, ldims, rdims, sizes, dtype: str) -> None:
    k = g.k
    lb, lf, lc = ldims
    rb, rc, rf = rdims
    B, M, N, K = sizes
    lhs, rhs = inst.operand_shapes
    a, ta, lda, a_bs = _matrix(L, g, inst.operands[0].owner, lhs, lb, lf, lc, inst.hlo_name,
                               dtype)
    b, tb, ldb, b_bs = _matrix(L, g, inst.operands[1].owner, rhs, rb, rc, rf, inst.hlo_name,
                               dtype)
    out = dest
    nb = len(lb)
    orows, ocols = list(range(nb, nb + len(lf))), list(range(nb + len(lf), dest.shape.rank))
    rs, cs = _collapse(dest, orows), _collapse(dest, ocols)
    if dest.shape.dtype != dtype or not (rs is not None and cs in (0, 1) and (M == 1 or rs >= N)):
        out = L.new_buf(ArrayShape(dtype, dest.shape.dims), f"{inst.hlo_name}/gemm_out",
                        strides=_row_major(dest.shape.dims))
        rs = _collapse(out, orows)
    ldc = rs if M > 1 else N
    c_bs = [out.strides[d] for d in range(nb)]
    L.link_blas = True
    batch_dims = [lhs.dims[d] for d in lb]
    with ExitStack() as stack:
        # a batch of GEMMs is split across threads by its batch loop, one GEMM by rows or
        # columns (_threaded_gemm); OpenBLAS itself runs single-threaded (cprint.py)
        parallel = L.threads > 1 and B > 1 and B * M * N * K >= PARALLEL_WORK
        batch = [stack.enter_context(k.loop(
            size, parallel=parallel and n == 0, collapse=len(batch_dims)))
            for n, size in enumerate(batch_dims)]
        if parallel:
            k.gemm(a, k.offset(batch, a_bs), b, k.offset(batch, b_bs), out,
                   k.offset(batch, c_bs), (M, N, K), (lda, ldb, ldc), ta, tb, inst.hlo_name)
        else:
            _threaded_gemm(k, (a, k.offset(batch, a_bs), lda, ta),
                           (b, k.offset(batch, b_bs), ldb, tb),
                           (out, k.offset(batch, c_bs), ldc), (M, N, K), inst.hlo_name)
    k.loop_nests += 1
    if out is not dest:
        k.loop_nest(dest.shape.dims, order_of(dest.strides, dest.shape.dims),
                    lambda idx: k.store(dest, idx, k.load(out, idx)), work=dest.shape.size,
                    label="gemm copy-out")


def _threaded_gemm(k, a, b, c, mnk, source: str) -> None:
    """C = op(A) op(B), split across the kernel's threads into blocks of rows of C (or of
    columns, when C has more of them), one single-threaded GEMM call each. `a`, `b`:
    (buffer, element offset, leading dimension, transposed); `c`: (buffer, offset, ldc)."""
    (abuf, aoff, lda, ta), (bbuf, boff, ldb, tb), (cbuf, coff, ldc) = a, b, c
    M, N, K = mnk
    size = max(M, N)
    if k.threads == 1 or M * N * K < PARALLEL_WORK or size < 16:
        k.gemm(abuf, aoff, bbuf, boff, cbuf, coff, mnk, (lda, ldb, ldc), ta, tb, source)
        return
    chunk = -(-size // k.threads)
    chunk = -(-chunk // 8) * 8
    parts = -(-size // chunk)
    last = size - chunk * (parts - 1)
    by_rows = M >= N
    with k.loop(parts, parallel=True) as part:
        start = part * chunk
        if by_rows:  # rows of op(A) and of C
            a_at, b_at, c_at = aoff + (start if ta else start * lda), boff, coff + start * ldc
        else:  # columns of op(B) and of C
            a_at, b_at, c_at = aoff, boff + (start * ldb if tb else start), coff + start

        def call(rows_or_cols: int) -> None:
            sizes = (rows_or_cols, N, K) if by_rows else (M, rows_or_cols, K)
            k.gemm(abuf, a_at, bbuf, b_at, cbuf, c_at, sizes, (lda, ldb, ldc), ta, tb, source)

        if last == chunk:
            call(chunk)
        else:
            branch = k.if_(part.lt(parts - 1))
            with k.inside(branch.then):
                call(chunk)
            with k.inside(branch.otherwise):
                call(last)


def _row_major(dims, order=None) -> list[int]:
    """Strides of a dense buffer whose dims are major-to-minor in `order` (default 0..n)."""
    order = range(len(dims)) if order is None else order
    strides = [0] * len(dims)
    step = 1
    for d in reversed(list(order)):
        strides[d] = step
        step *= max(dims[d], 1)
    return strides


RULES = {
    "reduce": _reduce,
    "dot": _dot,
}
