"""Lowering of the ops that are materialised into a buffer inside a kernel: reduce, dot
(`emitters/gemm.py`: inline loops or GEMM calls), convolution (direct loops or im2col +
GEMM).

`RULES[opcode](lowering, g, inst, dest)` (with `heavy_indexed.RULES`) writes `inst`'s value
into the Buf tree `dest` with IR appended to the kernel `g.k`, reading operands through
`g.value` (so their producers are inlined). One signature for the whole table.
"""
from __future__ import annotations

from contextlib import ExitStack

import numpy as np

from hlox.ir.shapes import ELEMENT_TYPES, ArrayShape, flatten_shape
from hlox.passes.fusion import GEMM_MIN_FLOPS

from .emitters.gemm import (
    _acc_et, _collapse, _multiply_add, _row_major, _threaded_gemm, lower_dot,
)
from .gen import Gen
from .kernel import PARALLEL_WORK, Buf, V, all_of, compute_xdsl, leaves, order_of
from .scalar_ops import ELEMENTWISE_RULES, SIMD_REDUCTIONS

PRED = ELEMENT_TYPES["pred"]
S32 = ELEMENT_TYPES["s32"]


def _prod(xs) -> int:
    return int(np.prod(list(xs), dtype=np.int64)) if len(xs) else 1


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


def _reduce_columns(L, g: Gen, inst, dest, kept, rdims, simple) -> None:
    """Reduce over major dimensions: accumulate rows into the output (vectorised along it)."""
    k = g.k
    in_shape = inst.operand_shapes[0]
    out = leaves(dest)[0]
    out_dims = tuple(in_shape.dims[d] for d in kept)
    init = g.operand(inst, 1, [])
    k.loop_nest(out_dims, order_of(out.strides, out_dims),
                lambda oidx: k.store(out, oidx, init), work=_prod(out_dims), label="init")
    # loops: kept dims but the minor one, reduced dims, the minor kept dim (unit stride)
    layout = [d for d in reversed(in_shape.minor_to_major) if in_shape.dims[d] > 1]
    minor = in_shape.minor_to_major[0]
    outer = [d for d in layout if d not in rdims and d != minor]
    order = outer + [d for d in layout if d in rdims] + ([minor] if minor in layout else [])
    k.loop_nests += 1
    work = _prod([in_shape.dims[d] for d in range(in_shape.rank)])
    parallel = L.threads > 1 and work >= PARALLEL_WORK
    split_outer = parallel and outer and _prod([in_shape.dims[d] for d in outer]) >= L.threads
    full: list = [0] * in_shape.rank
    with ExitStack() as stack:
        chunk = None
        if not split_outer and parallel and minor in layout:
            # strip-mine the unit-stride dimension across threads
            n = in_shape.dims[minor]
            size = -(-n // L.threads)
            size = -(-size // 16) * 16
            ch = stack.enter_context(k.loop(-(-n // size), parallel=True, source=inst.hlo_name))
            chunk = (ch * size, k.ix("min", (ch + 1) * size, n))
        if not order:
            stack.enter_context(k.inside_scope())
        for j, d in enumerate(order):
            innermost = j == len(order) - 1
            if d == minor and chunk is not None:
                iv = k.loop(chunk[1], lb=chunk[0], simd=innermost)
            else:
                first = j == 0 and split_outer
                iv = k.loop(in_shape.dims[d], parallel=first, collapse=len(outer),
                            simd=innermost, source=inst.hlo_name if j == 0 and chunk is None
                            else None)
            full[d] = stack.enter_context(iv)
        oidx = [full[d] for d in kept]
        cur = k.load(out, oidx)
        val = g.operand(inst, 0, full)
        k.store(out, oidx, k.apply(simple, [cur, val], out.et))


# ---------------------------------------------------------------- convolution

def _convolution(L, g: Gen, inst, dest: Buf) -> None:
    from hlox.ir.shape_inference import conv_dims

    k = g.k
    cd = conv_dims(inst.hlo_attrs)
    lhs, rhs = inst.operand_shapes
    window = inst.attr("window")
    wdims = window.dims if window is not None else ()
    nsp = len(cd.input_spatial)
    G = inst.attr("feature_group_count", 1) or 1
    BG = inst.attr("batch_group_count", 1) or 1
    et = dest.et
    acc_et = _acc_et(et)
    I = rhs.dims[cd.kernel_input_feature]
    O = rhs.dims[cd.kernel_output_feature]
    N = lhs.dims[cd.input_batch]
    out_dims = dest.shape.dims
    ksizes = [rhs.dims[d] for d in cd.kernel_spatial]
    red = I * _prod(ksizes)

    M = N * _prod([out_dims[d] for d in cd.output_spatial])
    if (et.name in ("f32", "f64") and lhs.dtype == et.name and rhs.dtype == et.name
            and BG == 1 and O % G == 0 and M * O * red >= GEMM_MIN_FLOPS and M * O * red > 0):
        _conv_gemm(L, g, inst, dest, cd, wdims, (M, O, red), G)
        return

    def body(oidx):
        acc = k.var(compute_xdsl(acc_et), init=k.literal(acc_et, 0))
        o = oidx[cd.output_feature]
        b = oidx[cd.output_batch]
        # output features are ordered (batch group, feature group, feature) as in XLA
        per_bg = max(O // BG, 1)
        per_fg = max(O // (BG * G), 1)
        in_group = o if BG == 1 else o % per_bg
        fgi = in_group // per_fg if G > 1 else 0
        batch = (o // per_bg) * (N // BG) + b if BG > 1 else b
        with ExitStack() as stack:
            kpos = [stack.enter_context(k.loop(ksizes[s])) if ksizes[s] > 1 else 0
                    for s in range(nsp)]
            ci = stack.enter_context(k.loop(I, simd=True, reduce=[(acc, "+")]))
            conds, li = [], [0] * lhs.rank
            ri: list = [0] * rhs.rank
            for s in range(nsp):
                w = wdims[s] if s < len(wdims) else None
                cond, li[cd.input_spatial[s]] = _conv_input_position(
                    k, w, oidx[cd.output_spatial[s]], kpos[s], lhs.dims[cd.input_spatial[s]])
                conds.append(cond)
                ri[cd.kernel_spatial[s]] = ksizes[s] - 1 - kpos[s] if w and w.reversal \
                    else kpos[s]
            li[cd.input_batch] = batch
            li[cd.input_feature] = ci if G == 1 else fgi * I + ci
            ri[cd.kernel_input_feature] = ci
            ri[cd.kernel_output_feature] = o
            with k.when(all_of(conds)):
                a = k.apply("convert", [g.operand(inst, 0, li)], lhs.element_type, acc_et)
                bv = k.apply("convert", [g.operand(inst, 1, ri)], rhs.element_type, acc_et)
                _multiply_add(k, acc, a, bv, acc_et)
        k.store(dest, oidx, k.read(acc))

    k.loop_nest(out_dims, order_of(dest.strides, out_dims), body,
                work=dest.shape.size * max(red, 1) * 2, simd=False, label=inst.hlo_name)


def _conv_gemm(L, g: Gen, inst, dest: Buf, cd, wdims, sizes, groups: int) -> None:
    """im2col into [batch * out spatial, groups, kernel spatial, in features], one GEMM a
    group; for an input whose features are not its minor dimension (NCHW), the
    channels-major form (_conv_gemm_channels_major)."""
    k = g.k
    M, O, red = sizes
    lhs, rhs = inst.operand_shapes
    et = dest.et
    out_dims = dest.shape.dims
    nsp = len(cd.input_spatial)
    ksizes = [rhs.dims[d] for d in cd.kernel_spatial]
    I = rhs.dims[cd.kernel_input_feature]  # input features per group
    G = groups
    Og = O // G
    Kg = I * _prod(ksizes)
    osp = [out_dims[d] for d in cd.output_spatial]
    source = g.lookup(inst.operands[0].owner)
    if (isinstance(source, Buf) and nsp and source.strides[cd.input_feature] != 1
            and source.strides[cd.input_spatial[-1]] == 1):
        kernel = _conv_kernel_matrix(L, g, inst, cd, wdims, ksizes, I, G, Og)
        _conv_gemm_channels_major(L, g, inst, dest, cd, wdims, kernel, (I, G, Og, Kg))
        return
    cols_dims = (lhs.dims[cd.input_batch], *osp, G, *ksizes, I)
    cols = L.new_buf(ArrayShape(et.name, cols_dims), f"{inst.hlo_name}/im2col")

    def fill(idx):
        b, opos = idx[0], idx[1:1 + nsp]
        grp, kpos, i = idx[1 + nsp], idx[2 + nsp:2 + 2 * nsp], idx[-1]
        k.store(cols, idx, _im2col_value(g, inst, cd, wdims, b, opos, kpos, grp * I + i))

    k.loop_nest(cols_dims, list(range(len(cols_dims))), fill, work=M * Kg * G, label="im2col")
    kernel = _conv_kernel_matrix(L, g, inst, cd, wdims, ksizes, I, G, Og)
    rows = [cd.output_batch, *cd.output_spatial]
    rs, cs = _collapse(dest, rows), _collapse(dest, [cd.output_feature])
    out = dest
    if not (rs is not None and cs in (0, 1) and (M == 1 or rs >= O)):
        out = L.new_buf(dest.shape, f"{inst.hlo_name}/gemm_out",
                        strides=_row_major(dest.shape.dims, [*rows, cd.output_feature]))
        rs = _collapse(out, rows)
    ldc = rs if M > 1 else O
    L.link_blas = True
    if G == 1:
        _threaded_gemm(k, (cols, 0, Kg, False), (kernel, 0, Og, False), (out, 0, ldc),
                       (M, Og, Kg), inst.hlo_name)
    else:
        with k.loop(G, parallel=L.threads > 1 and G * M * Og * Kg >= PARALLEL_WORK) as grp:
            k.gemm(cols, grp * Kg, kernel, grp * (Kg * Og), out, grp * Og, (M, Og, Kg),
                   (G * Kg, Og, ldc), False, False, inst.hlo_name)
    k.loop_nests += 1
    if out is not dest:
        k.loop_nest(dest.shape.dims, order_of(dest.strides, dest.shape.dims),
                    lambda idx: k.store(dest, idx, k.load(out, idx)), work=dest.shape.size,
                    label="gemm copy-out")


def _conv_kernel_matrix(L, g: Gen, inst, cd, wdims, ksizes, I, G, Og) -> Buf:
    """The kernel as [groups, kernel spatial..., in features, out features of the group]:
    per group a row-major (kernel spatial x in features) x (out features) matrix."""
    k = g.k
    rhs = inst.operand_shapes[1]
    nsp = len(ksizes)
    kdims = (G, *ksizes, I, Og)
    kernel = L.new_buf(ArrayShape(inst.shape.dtype, kdims), f"{inst.hlo_name}/kernel")

    def fill_kernel(idx):
        ri: list = [0] * rhs.rank
        for s in range(nsp):
            w = wdims[s] if s < len(wdims) else None
            kv = idx[1 + s]
            ri[cd.kernel_spatial[s]] = ksizes[s] - 1 - kv if w and w.reversal else kv
        ri[cd.kernel_input_feature] = idx[1 + nsp]
        ri[cd.kernel_output_feature] = idx[-1] if G == 1 else idx[0] * Og + idx[-1]
        k.store(kernel, idx, g.operand(inst, 1, ri))

    k.loop_nest(kdims, list(range(len(kdims))), fill_kernel, work=_prod(kdims), label="kernel")
    return kernel


def _conv_gemm_channels_major(L, g: Gen, inst, dest: Buf, cd, wdims, kernel: Buf,
                              sizes) -> None:
    """Convolution of a channels-major input (NCHW) as the transpose of the usual GEMM:
    im2col into per image and group a [kernel spatial, in features] x [out spatial]
    matrix (its fill reads and writes along the input's minor spatial dimension), then
    out[b, features of g, spatial] = kernel_g^T x cols[b, g] (row-major [features,
    spatial]: an NCHW result is written in place)."""
    k = g.k
    I, G, Og, Kg = sizes
    lhs = inst.operand_shapes[0]
    et = dest.et
    nsp = len(cd.input_spatial)
    ksizes = [kernel.shape.dims[1 + s] for s in range(nsp)]
    N = lhs.dims[cd.input_batch]
    osp = [dest.shape.dims[d] for d in cd.output_spatial]
    S = _prod(osp)
    cols_dims = (N, G, *ksizes, I, *osp)
    cols = L.new_buf(ArrayShape(et.name, cols_dims), f"{inst.hlo_name}/im2col")

    def fill(idx):
        b, grp, kpos, i = idx[0], idx[1], idx[2:2 + nsp], idx[2 + nsp]
        opos = idx[3 + nsp:]
        k.store(cols, idx, _im2col_value(g, inst, cd, wdims, b, opos, kpos, grp * I + i))

    k.loop_nest(cols_dims, list(range(len(cols_dims))), fill, work=N * S * Kg * G,
                label="im2col")
    # out as [batch][features][spatial], row-major: dest itself when it is laid out so
    order = [cd.output_batch, cd.output_feature, *cd.output_spatial]
    out = dest
    if list(dest.strides) != [s for _, s in sorted(
            zip(order, _row_major([dest.shape.dims[d] for d in order])))]:
        out = L.new_buf(dest.shape, f"{inst.hlo_name}/gemm_out",
                        strides=_row_major(dest.shape.dims, order))
    L.link_blas = True
    parallel = L.threads > 1 and N > 1 and N * S * Kg * G * Og >= PARALLEL_WORK
    with k.loop(N, parallel=parallel) as b, k.loop(G) as grp:
        k.gemm(kernel, grp * (Kg * Og), cols, (b * G + grp) * (Kg * S), out,
               (b * G + grp) * (Og * S), (Og, S, Kg), (Og, S, S), True, False, inst.hlo_name)
    k.loop_nests += 1
    if out is not dest:
        k.loop_nest(dest.shape.dims, order_of(dest.strides, dest.shape.dims),
                    lambda idx: k.store(dest, idx, k.load(out, idx)), work=dest.shape.size,
                    label="gemm copy-out")


def _im2col_value(g: Gen, inst, cd, wdims, batch, out_pos, kernel_pos, feature) -> V:
    """The input element one im2col entry holds: out_pos / kernel_pos per spatial
    dimension, 0 where the window reads padding or a dilation hole."""
    k = g.k
    lhs = inst.operand_shapes[0]
    conds, li = [], [0] * lhs.rank
    for s, d in enumerate(cd.input_spatial):
        w = wdims[s] if s < len(wdims) else None
        cond, li[d] = _conv_input_position(k, w, out_pos[s], kernel_pos[s], lhs.dims[d])
        conds.append(cond)
    li[cd.input_batch] = batch
    li[cd.input_feature] = feature
    et = inst.shape.element_type
    return k.choose(all_of(conds), compute_xdsl(et), lambda: g.operand(inst, 0, li),
                    lambda: k.literal(et, 0))


def _conv_input_position(k, w, out_pos, kernel_pos, size: int):
    """(in-bounds condition, input index) of one spatial dimension of a convolution window:
    strides, low padding, window (rhs) dilation and base (lhs) dilation holes."""
    stride, pad = (w.stride, w.pad_low) if w else (1, 0)
    rd, bd = (w.window_dilation, w.base_dilation) if w else (1, 1)
    pos = out_pos * stride - pad + kernel_pos * rd
    if bd > 1:
        at = k.ix("div", pos, bd)
        return all_of([k.ix("sge", pos, 0), k.ix("eq", k.ix("rem", pos, bd), 0),
                       k.ix("slt", at, size)]), at
    return all_of([k.ix("sge", pos, 0), k.ix("slt", pos, size)]), pos


RULES = {
    "reduce": _reduce,
    "dot": lower_dot,
    "convolution": _convolution,
}
