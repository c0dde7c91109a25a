"""Lowering of the ops that are materialised into a buffer inside a kernel.

`HEAVY_RULES[opcode](lowering, g, inst, dest)` writes `inst`'s value into the Buf tree
`dest` with code appended to the kernel `g.k`, reading operands through `g.value`
(so their producers are inlined). One signature for the whole table.
"""
from __future__ import annotations

import numpy as np

from hlox.ir.shapes import ELEMENT_TYPES, ArrayShape, flatten_shape

from . import loops as loops_ir
from .gen import CodegenError, Gen
from .kernel import PARALLEL_WORK, Buf, leaves, order_of
from .scalar_ops import ELEMENTWISE_RULES, SIMD_REDUCTIONS, compute_type, convert, round_to

GEMM_MIN_FLOPS = 32 * 32 * 32  # below this a dot is an inline loop nest (measured)


def _prod(xs) -> int:
    return int(np.prod(list(xs), dtype=np.int64)) if len(xs) else 1


def _acc_et(et):
    """Accumulate f16 / bf16 in f32."""
    return ELEMENT_TYPES["f32"] if et.name in ("f16", "bf16") else et


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


def combine(lowering, g: Gen, comp_name: str, accs: list[str], vals: list[str], ets) -> list[str]:
    """Apply a scalar computation to (accs..., vals...): C expressions of the results."""
    k = g.k
    simple = simple_reducer(lowering, comp_name) if len(accs) == 1 else None
    if simple is not None:
        et = _acc_et(ets[0])
        return [ELEMENTWISE_RULES[simple]([accs[0], vals[0]], et, et, {})]
    fn, outs = lowering.scalar_fn(comp_name)
    if len(outs) == 1 and len(accs) == 1:
        return [f"{fn}({accs[0]}, {vals[0]})"]
    temps = [k.fresh("t") for _ in outs]
    for t, o in zip(temps, outs):
        k.emit(f"{compute_type(o.element_type)} {t};")
    args = ", ".join([*accs, *vals, *(f"&{t}" for t in temps)])
    k.emit(f"{fn}({args});")
    return temps


def _call_interleaved(lowering, g: Gen, comp_name: str, lhs: list[str], rhs: list[str]) -> str:
    """Comparators take (a0, b0, a1, b1, ...)."""
    fn, _ = lowering.scalar_fn(comp_name)
    args = [x for pair in zip(lhs, rhs) for x in pair]
    return f"{fn}({', '.join(args)})"


# ---------------------------------------------------------------- reduce

def reduce_accs(L, g: Gen, inst, oidx, par_reduce: bool = False,
                spill: Buf | None = None) -> list[str]:
    """Emit the reduction of `inst` for the output index `oidx` (C index expressions of
    the kept dimensions): C variables (accumulator type) holding its results. `spill`:
    a buffer of the (single) operand's shape that also receives each value reduced."""
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
    if _prod([in_shape.dims[d] for d in rdims]) == 0:
        red_loops = None
    clause = SIMD_REDUCTIONS.get(simple) if simple else None
    minmax = simple in ("maximum", "minimum") and ets[0].name != "pred"
    is_float = ets[0].kind == "float"
    if minmax:
        clause = "max" if simple == "maximum" else "min"
    accs = []
    for i in range(n):
        init = g.operand(inst, n + i, [])
        acc = k.fresh("acc")
        k.emit(f"{compute_type(_acc_et(ets[i]))} {acc} = {init};")
        accs.append(acc)
    nan_flag = None
    reductions = f"reduction({clause}:{accs[0]})" if clause else ""
    if minmax and is_float:
        nan_flag = k.fresh("nan")
        k.emit(f"int {nan_flag} = ({accs[0]} != {accs[0]});")
        reductions += f" reduction(|:{nan_flag})"
    full = ["0"] * in_shape.rank
    for d, i in zip(kept, oidx):
        full[d] = i
    if red_loops is not None:
        for j, d in enumerate(red_loops):
            var = k.fresh("r")
            full[d] = var
            innermost = j == len(red_loops) - 1
            if j == 0 and par_reduce:
                simd = " simd" if innermost else ""
                k.emit(f"#pragma omp parallel for{simd} {reductions} "
                       f"num_threads({L.threads})")
            elif innermost and clause is not None:
                k.emit(f"#pragma omp simd {reductions}")
            k.open(f"for (int64_t {var} = 0; {var} < {in_shape.dims[d]}; {var}++)")
        k.open("")
        vals = [g.operand(inst, i, full) for i in range(n)]
        if spill is not None:
            k.store(spill, full, vals[0])
        if minmax:
            op = ">" if simple == "maximum" else "<"
            if nan_flag:
                k.emit(f"{nan_flag} |= ({vals[0]} != {vals[0]});")
            new = [f"({vals[0]} {op} {accs[0]} ? {vals[0]} : {accs[0]})"]
        else:
            new = combine(L, g, comp, accs, vals, ets)
        if len(new) > 1:
            new = [k.let(compute_type(_acc_et(e)), v) for e, v in zip(ets, new)]
        for acc, v in zip(accs, new):
            k.emit(f"{acc} = {v};")
        k.close()
        for _ in red_loops:
            k.close()
    if nan_flag:
        k.emit(f"if ({nan_flag}) {accs[0]} = NAN;")
    return accs


def _reduce(L, g: Gen, inst, dest) -> None:
    k = g.k
    n = len(inst.operands) // 2
    in_shape: ArrayShape = inst.operand_shapes[0]
    rdims = set(inst.attr("dimensions"))
    kept = [d for d in range(in_shape.rank) if d not in rdims]
    outs = leaves(dest)
    out_dims = tuple(in_shape.dims[d] for d in kept)
    comp = inst.attr("to_apply")
    simple = simple_reducer(L, comp) if n == 1 else None
    ets = [o.et for o in outs]
    red_total = _prod([in_shape.dims[d] for d in rdims])
    out_total = _prod(out_dims)
    if out_total == 0:
        return
    red_loops = [d for d in reversed(in_shape.minor_to_major)
                 if d in rdims and in_shape.dims[d] > 1]
    if red_total == 0:
        red_loops = None
    clause = SIMD_REDUCTIONS.get(simple) if simple else None
    # max / min: OpenMP's max reduction plus an or-reduction of "saw a NaN" (XLA propagates
    # NaN), so the loop still vectorises.
    minmax = simple in ("maximum", "minimum") and ets[0].name != "pred"
    if minmax:
        clause = "max" if simple == "maximum" else "min"
    par_reduce = (clause is not None and L.threads > 1 and out_total * 4 < L.threads * 8
                  and red_total * out_total >= PARALLEL_WORK * 2)

    if ((clause is not None or minmax) and red_loops and kept and out_total >= 8
            and in_shape.minor_to_major[0] in kept and ets[0].name not in ("f16", "bf16")):
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
    k.ir.append(loops_ir.loop_nest([in_shape.dims[d] for d in order], list(range(len(order))),
                                   parallel, True, inst.hlo_name))
    full = ["0"] * in_shape.rank
    et = out.et
    opened = 0
    chunk_var = None
    if parallel and outer and _prod([in_shape.dims[d] for d in outer]) >= L.threads:
        k.emit(f"#pragma omp parallel for collapse({len(outer)}) schedule(static) "
               f"num_threads({L.threads})")
    elif parallel and minor in layout:
        # strip-mine the unit-stride dimension across threads
        n = in_shape.dims[minor]
        chunk = -(-n // L.threads)
        chunk = -(-chunk // 16) * 16
        chunk_var = (k.fresh("ch"), chunk, n)
        k.emit(f"#pragma omp parallel for schedule(static) num_threads({L.threads})")
        k.open(f"for (int64_t {chunk_var[0]} = 0; {chunk_var[0]} < {-(-n // chunk)}; "
               f"{chunk_var[0]}++)")
        end = k.fresh("end")
        k.emit(f"const int64_t {end} = ({chunk_var[0]} + 1) * {chunk} < {n} ? "
               f"({chunk_var[0]} + 1) * {chunk} : {n};")
        chunk_var = (chunk_var[0], chunk, end)
        opened += 1
    for j, d in enumerate(order):
        var = k.fresh("i")
        full[d] = var
        if j == len(order) - 1:
            k.emit("#pragma omp simd")
        if d == minor and chunk_var is not None:
            cv, chunk, end = chunk_var
            k.open(f"for (int64_t {var} = {cv} * {chunk}; {var} < {end}; {var}++)")
        else:
            k.open(f"for (int64_t {var} = 0; {var} < {in_shape.dims[d]}; {var}++)")
        opened += 1
    oidx = [full[d] for d in kept]
    cur = k.load(out, oidx)
    val = g.operand(inst, 0, full)
    k.store(out, oidx, ELEMENTWISE_RULES[simple]([cur, val], et, et, {}))
    for _ in range(opened):
        k.close()


# ---------------------------------------------------------------- dot

def _dot(L, g: Gen, inst, dest: Buf) -> None:
    lhs, rhs = inst.operand_shapes
    lb = list(inst.attr("lhs_batch_dims", ()) or ())
    rb = list(inst.attr("rhs_batch_dims", ()) or ())
    lc = list(inst.attr("lhs_contracting_dims", ()) or ())
    rc = list(inst.attr("rhs_contracting_dims", ()) or ())
    lf = [d for d in range(lhs.rank) if d not in lb and d not in lc]
    rf = [d for d in range(rhs.rank) if d not in rb and d not in rc]
    B = _prod([lhs.dims[d] for d in lb])
    M = _prod([lhs.dims[d] for d in lf])
    N = _prod([rhs.dims[d] for d in rf])
    K = _prod([lhs.dims[d] for d in lc])
    et = dest.et
    floats = all(s.element_type.kind == "float" for s in (lhs, rhs, dest.shape))
    if floats and M * N * K >= GEMM_MIN_FLOPS and B * M * N > 0 and K > 0:
        # f16 / bf16 / mixed operands are converted to f32 (f64 for an f64 result) first
        _gemm(L, g, inst, dest, (lb, lf, lc), (rb, rc, rf), (B, M, N, K),
              "f64" if et.name == "f64" else "f32")
        return
    _dot_loops(L, g, inst, dest, (lb, lf, lc), (rb, rf, rc))


def _dot_loops(L, g: Gen, inst, dest: Buf, ldims, rdims) -> None:
    k = g.k
    lb, lf, lc = ldims
    rb, rf, rc = rdims
    lhs, rhs = inst.operand_shapes
    et = dest.et
    acc_et = _acc_et(et)
    out_dims = dest.shape.dims
    K = _prod([lhs.dims[d] for d in lc])
    is_pred = et.name == "pred"

    def body(oidx):
        acc = k.fresh("acc")
        k.emit(f"{compute_type(acc_et)} {acc} = 0;")
        cvars = []
        loops = [n for n, d in enumerate(lc) if lhs.dims[d] > 1]
        if K > 0:
            for j, n in enumerate(loops):
                var = k.fresh("c")
                cvars.append((n, var))
                if j == len(loops) - 1 and not is_pred:
                    k.emit(f"#pragma omp simd reduction(+:{acc})")
                k.open(f"for (int64_t {var} = 0; {var} < {lhs.dims[lc[n]]}; {var}++)")
            k.open("")
            cidx = ["0"] * len(lc)
            for n, var in cvars:
                cidx[n] = var
            li = ["0"] * lhs.rank
            ri = ["0"] * rhs.rank
            for n, (a, b) in enumerate(zip(lb, rb)):
                li[a] = ri[b] = oidx[n]
            for n, d in enumerate(lf):
                li[d] = oidx[len(lb) + n]
            for n, d in enumerate(rf):
                ri[d] = oidx[len(lb) + len(lf) + n]
            for n, (a, b) in enumerate(zip(lc, rc)):
                li[a] = ri[b] = cidx[n]
            a = convert(lhs.element_type, acc_et, g.operand(inst, 0, li))
            b = convert(rhs.element_type, acc_et, g.operand(inst, 1, ri))
            if is_pred:
                k.emit(f"{acc} = {acc} | ({a} & {b});")
            else:
                prod = ELEMENTWISE_RULES["multiply"]([a, b], acc_et, acc_et, {})
                k.emit(f"{acc} = {ELEMENTWISE_RULES['add']([acc, prod], acc_et, acc_et, {})};")
            k.close()
            for _ in cvars:
                k.close()
        k.store(dest, oidx, round_to(et, acc) if et.name in ("f16", "bf16") else acc)

    k.loop_nest(out_dims, order_of(dest.strides, out_dims), body,
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
    strides = [0] * shape.rank
    step = 1
    for d in reversed(order):
        strides[d] = step
        step *= max(shape.dims[d], 1)
    buf = L.new_buf(shape, label, strides=strides)
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
        strides = [0] * dest.shape.rank
        step = 1
        for d in reversed(range(dest.shape.rank)):
            strides[d] = step
            step *= max(dest.shape.dims[d], 1)
        out = L.new_buf(ArrayShape(dtype, dest.shape.dims), f"{inst.hlo_name}/gemm_out",
                        strides=strides)
        rs = _collapse(out, orows)
    ldc = rs if M > 1 else N
    c_bs = [out.strides[d] for d in range(nb)]
    L.link_blas = True
    fn = "scipy_cblas_sgemm" if dtype == "f32" else "scipy_cblas_dgemm"
    one, zero = ("1.0f", "0.0f") if dtype == "f32" else ("1.0", "0.0")
    pa, pb, pc = k.ptr(a), k.ptr(b), k.ptr(out, True)
    bvars = []
    for n in range(nb):
        var = k.fresh("bt")
        bvars.append(var)
        k.open(f"for (int64_t {var} = 0; {var} < {lhs.dims[lb[n]]}; {var}++)")

    def off(strides):
        terms = [f"{v}*{s}" for v, s in zip(bvars, strides) if s]
        return " + ".join(terms) if terms else "0"

    k.emit(f"{fn}(HLOX_ROW_MAJOR, {'HLOX_TRANS' if ta else 'HLOX_NO_TRANS'}, "
           f"{'HLOX_TRANS' if tb else 'HLOX_NO_TRANS'}, {M}, {N}, {K}, {one}, "
           f"{pa} + {off(a_bs)}, {lda}, {pb} + {off(b_bs)}, {ldb}, {zero}, "
           f"{pc} + {off(c_bs)}, {ldc});")
    for _ in bvars:
        k.close()
    k.loop_nests += 1
    k.ir.append(loops_ir.gemm(M, N, K, B, ta, tb, inst.hlo_name))
    if out is not dest:
        k.loop_nest(dest.shape.dims, order_of(dest.strides, dest.shape.dims),
                    lambda idx: k.store(dest, idx, k.load(out, idx)), work=dest.shape.size,
                    label="gemm copy-out")


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
        acc = k.fresh("acc")
        k.emit(f"{compute_type(acc_et)} {acc} = 0;")
        o = oidx[cd.output_feature]
        b = oidx[cd.output_batch]
        # output features are ordered (batch group, feature group, feature) as in XLA
        per_bg = max(O // BG, 1)
        per_fg = max(O // (BG * G), 1)
        in_group = o if BG == 1 else f"({o} % {per_bg})"
        fgi = k.let("int64_t", f"{in_group} / {per_fg}", "fg") if G > 1 else "0"
        if BG > 1:
            batch = k.let("int64_t", f"({o} / {per_bg}) * {N // BG} + {b}", "bb")
        else:
            batch = b
        loops = []
        kvars = []
        for s in range(nsp):
            var = k.fresh("kw")
            kvars.append(var)
            if ksizes[s] > 1:
                k.open(f"for (int64_t {var} = 0; {var} < {ksizes[s]}; {var}++)")
                loops.append(var)
            else:
                k.emit(f"const int64_t {var} = 0;")
        ivar = k.fresh("ci")
        k.emit(f"#pragma omp simd reduction(+:{acc})")
        k.open(f"for (int64_t {ivar} = 0; {ivar} < {I}; {ivar}++)")
        conds, li = [], ["0"] * lhs.rank
        ri = ["0"] * rhs.rank
        for s in range(nsp):
            w = wdims[s] if s < len(wdims) else None
            kv = kvars[s]
            cond, li[cd.input_spatial[s]] = _conv_input_position(
                w, oidx[cd.output_spatial[s]], kv, lhs.dims[cd.input_spatial[s]])
            conds.append(cond)
            ri[cd.kernel_spatial[s]] = f"({ksizes[s] - 1} - {kv})" if w and w.reversal else kv
        li[cd.input_batch] = batch
        li[cd.input_feature] = ivar if G == 1 else f"({fgi}*{I} + {ivar})"
        ri[cd.kernel_input_feature] = ivar
        ri[cd.kernel_output_feature] = o
        if conds:
            k.open(f"if ({' && '.join(f'({c})' for c in conds)})")
        else:
            k.open("")
        a = convert(lhs.element_type, acc_et, g.operand(inst, 0, li))
        bv = convert(rhs.element_type, acc_et, g.operand(inst, 1, ri))
        prod = ELEMENTWISE_RULES["multiply"]([a, bv], acc_et, acc_et, {})
        k.emit(f"{acc} = {ELEMENTWISE_RULES['add']([acc, prod], acc_et, acc_et, {})};")
        k.close()
        k.close()
        for _ in loops:
            k.close()
        k.store(dest, oidx, acc)

    k.loop_nest(out_dims, order_of(dest.strides, out_dims), body,
                work=dest.shape.size * max(red, 1) * 2, simd=False, label=inst.hlo_name)


def _conv_gemm(L, g: Gen, inst, dest: Buf, cd, wdims, sizes, groups: int) -> None:
    """im2col into [batch * out spatial, groups, kernel spatial, in features], one GEMM a group."""
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
    cols_dims = (lhs.dims[cd.input_batch], *osp, G, *ksizes, I)
    cols = L.new_buf(ArrayShape(et.name, cols_dims), f"{inst.hlo_name}/im2col")
    zero = "0.0f" if et.name == "f32" else "0.0"

    def fill(idx):
        b, opos = idx[0], idx[1:1 + nsp]
        grp, kpos, i = idx[1 + nsp], idx[2 + nsp:2 + 2 * nsp], idx[-1]
        conds, li = [], ["0"] * lhs.rank
        for s in range(nsp):
            w = wdims[s] if s < len(wdims) else None
            cond, li[cd.input_spatial[s]] = _conv_input_position(
                w, opos[s], kpos[s], lhs.dims[cd.input_spatial[s]])
            conds.append(cond)
        li[cd.input_batch] = b
        li[cd.input_feature] = i if G == 1 else f"({grp}*{I} + {i})"
        if conds:
            var = k.fresh("g")
            k.emit(f"{compute_type(et)} {var} = {zero};")
            k.open(f"if ({' && '.join(f'({c})' for c in conds)})")
            k.emit(f"{var} = {g.operand(inst, 0, li)};")
            k.close()
            k.store(cols, idx, var)
        else:
            k.store(cols, idx, g.operand(inst, 0, li))

    k.loop_nest(cols_dims, list(range(len(cols_dims))), fill, work=M * Kg * G, label="im2col")
    # the kernel as [groups, kernel spatial..., in features, out features of the group]
    kdims = (G, *ksizes, I, Og)
    kernel = L.new_buf(ArrayShape(et.name, kdims), f"{inst.hlo_name}/kernel")

    def fill_kernel(idx):
        ri = ["0"] * rhs.rank
        for s in range(nsp):
            w = wdims[s] if s < len(wdims) else None
            kv = idx[1 + s]
            ri[cd.kernel_spatial[s]] = f"({ksizes[s] - 1} - {kv})" if w and w.reversal else kv
        ri[cd.kernel_input_feature] = idx[1 + nsp]
        ri[cd.kernel_output_feature] = idx[-1] if G == 1 else f"({idx[0]}*{Og} + {idx[-1]})"
        k.store(kernel, idx, g.operand(inst, 1, ri))

    k.loop_nest(kdims, list(range(len(kdims))), fill_kernel, work=_prod(kdims), label="kernel")
    rows = [cd.output_batch, *cd.output_spatial]
    rs, cs = _collapse(dest, rows), _collapse(dest, [cd.output_feature])
    out = dest
    if not (rs is not None and cs in (0, 1) and (M == 1 or rs >= O)):
        order = [*rows, cd.output_feature]
        strides = [0] * dest.shape.rank
        step = 1
        for d in reversed(order):
            strides[d] = step
            step *= max(dest.shape.dims[d], 1)
        out = L.new_buf(dest.shape, f"{inst.hlo_name}/gemm_out", strides=strides)
        rs = _collapse(out, rows)
    ldc = rs if M > 1 else O
    L.link_blas = True
    fn = "scipy_cblas_sgemm" if et.name == "f32" else "scipy_cblas_dgemm"
    one, zero = ("1.0f", "0.0f") if et.name == "f32" else ("1.0", "0.0")
    gv = k.fresh("grp")
    k.open(f"for (int64_t {gv} = 0; {gv} < {G}; {gv}++)")
    k.emit(f"{fn}(HLOX_ROW_MAJOR, HLOX_NO_TRANS, HLOX_NO_TRANS, {M}, {Og}, {Kg}, {one}, "
           f"{k.ptr(cols)} + {gv}*{Kg}, {G * Kg}, {k.ptr(kernel)} + {gv}*{Kg * Og}, {Og}, "
           f"{zero}, {k.ptr(out, True)} + {gv}*{Og}, {ldc});")
    k.close()
    k.loop_nests += 1
    k.ir.append(loops_ir.gemm(M, Og, Kg, G, False, False, inst.hlo_name))
    if out is not dest:
        k.loop_nest(dest.shape.dims, order_of(dest.strides, dest.shape.dims),
                    lambda idx: k.store(dest, idx, k.load(out, idx)), work=dest.shape.size,
                    label="gemm copy-out")


# ---------------------------------------------------------------- windows

def _reduce_window(L, g: Gen, inst, dest) -> None:
    k = g.k
    n = len(inst.operands) // 2
    in_shape = inst.operand_shapes[0]
    outs = leaves(dest)
    ets = [o.et for o in outs]
    wdims = inst.attr("window").dims
    out_dims = outs[0].shape.dims
    comp = inst.attr("to_apply")

    def body(oidx):
        accs = []
        for i in range(n):
            acc = k.fresh("acc")
            k.emit(f"{compute_type(_acc_et(ets[i]))} {acc} = {g.operand(inst, n + i, [])};")
            accs.append(acc)
        conds, src, loops = [], [], 0
        for d, w in enumerate(wdims):
            var = k.fresh("w")
            if w.size > 1:
                k.open(f"for (int64_t {var} = 0; {var} < {w.size}; {var}++)")
                loops += 1
            else:
                k.emit(f"const int64_t {var} = 0;")
            pos = f"({oidx[d]}*{w.stride} - {w.pad_low} + {var}*{w.window_dilation})"
            size = in_shape.dims[d]
            if w.base_dilation > 1:
                conds.append(f"{pos} >= 0 && {pos} % {w.base_dilation} == 0 && "
                             f"{pos} / {w.base_dilation} < {size}")
                src.append(f"({pos} / {w.base_dilation})")
            else:
                if w.pad_low > 0:
                    conds.append(f"{pos} >= 0")
                if not (w.pad_high <= 0 and w.pad_low <= 0):
                    conds.append(f"{pos} < {size}")
                src.append(pos)
        k.open(f"if ({' && '.join(f'({c})' for c in conds)})" if conds else "")
        vals = [g.operand(inst, i, src) for i in range(n)]
        new = combine(L, g, comp, accs, vals, ets)
        if len(new) > 1:
            new = [k.let(compute_type(_acc_et(e)), v) for e, v in zip(ets, new)]
        for acc, v in zip(accs, new):
            k.emit(f"{acc} = {v};")
        k.close()
        for _ in range(loops):
            k.close()
        for acc, o in zip(accs, outs):
            k.store(o, oidx, acc)

    work = outs[0].shape.size * _prod([w.size for w in wdims]) * 2
    k.loop_nest(out_dims, order_of(outs[0].strides, out_dims), body, work=work, simd=False,
                label=inst.hlo_name)


def _select_and_scatter(L, g: Gen, inst, dest: Buf) -> None:
    k = g.k
    in_shape, src_shape, _ = inst.operand_shapes
    wdims = inst.attr("window").dims
    init = g.operand(inst, 2, [])
    k.loop_nest(dest.shape.dims, order_of(dest.strides, dest.shape.dims),
                lambda idx: k.store(dest, idx, init), work=dest.shape.size, label="init")
    if src_shape.size == 0 or dest.shape.size == 0:
        return
    select_fn, _ = L.scalar_fn(inst.attr("select"))
    et = dest.et
    ct = compute_type(et)

    def body(sidx):
        have = k.fresh("have")
        sel = [k.fresh("sel") for _ in wdims]
        best = k.fresh("best")
        k.emit(f"int {have} = 0; {ct} {best} = 0;")
        for s in sel:
            k.emit(f"int64_t {s} = 0;")
        pos_vars, loops = [], 0
        conds = []
        for d, w in enumerate(wdims):
            var = k.fresh("w")
            if w.size > 1:
                k.open(f"for (int64_t {var} = 0; {var} < {w.size}; {var}++)")
                loops += 1
            else:
                k.emit(f"const int64_t {var} = 0;")
            pos = k.let("int64_t", f"{sidx[d]}*{w.stride} - {w.pad_low} + {var}", "q")
            pos_vars.append(pos)
            conds.append(f"{pos} >= 0 && {pos} < {in_shape.dims[d]}")
        k.open(f"if ({' && '.join(f'({c})' for c in conds)})")
        v = g.operand(inst, 0, pos_vars)
        k.open(f"if (!{have} || !{select_fn}({best}, {v}))")
        k.emit(f"{have} = 1; {best} = {v};")
        for s, p in zip(sel, pos_vars):
            k.emit(f"{s} = {p};")
        k.close()
        k.close()
        for _ in range(loops):
            k.close()
        k.open(f"if ({have})")
        cur = k.load(dest, sel)
        src = g.operand(inst, 1, sidx)
        new = combine(L, g, inst.attr("scatter"), [cur], [src], [et])
        k.store(dest, sel, new[0])
        k.close()

    k.loop_nest(src_shape.dims, list(range(src_shape.rank)), body, work=0, simd=False,
                label=inst.hlo_name)


# ---------------------------------------------------------------- scatter / sort

def _scatter(L, g: Gen, inst, dest) -> None:
    k = g.k
    n = (len(inst.operands) - 1) // 2
    outs = leaves(dest)
    op_shape = inst.operand_shapes[0]
    ishape = inst.operand_shapes[n]
    ushape = inst.operand_shapes[n + 1]
    uwd = list(inst.attr("update_window_dims"))
    inserted = set(inst.attr("inserted_window_dims"))
    sdims = list(inst.attr("scatter_dims_to_operand_dims"))
    ivd = inst.attr("index_vector_dim")
    ibd = list(inst.attr("input_batching_dims", ()) or ())
    sibd = list(inst.attr("scatter_indices_batching_dims", ()) or ())
    for i, o in enumerate(outs):
        k.loop_nest(o.shape.dims, order_of(o.strides, o.shape.dims),
                    lambda idx, i=i, o=o: k.store(o, idx, g.operand(inst, i, idx)),
                    work=o.shape.size, label="scatter copy")
    if ushape.size == 0 or op_shape.size == 0:
        return
    ets = [o.et for o in outs]
    window_op_dims = [d for d in range(op_shape.rank) if d not in inserted and d not in ibd]

    def body(uidx):
        G = [uidx[d] for d in range(ushape.rank) if d not in uwd]
        starts = {}
        for j, d in enumerate(sdims):
            full = list(G)
            if ivd < ishape.rank:
                full.insert(ivd, str(j))
            starts[d] = k.let("int64_t", f"(int64_t){g.operand(inst, n, full)}", "s")
        idx = ["0"] * op_shape.rank
        conds = []
        for od, sd in zip(ibd, sibd):
            pos = sd if sd < ivd or ivd >= ishape.rank else sd - 1
            idx[od] = G[pos]
        for d in range(op_shape.rank):
            if d in ibd:
                continue
            s = starts.get(d, "0")
            if d in inserted:
                idx[d] = s
                conds.append(f"{s} >= 0 && {s} < {op_shape.dims[d]}")
            else:
                w = window_op_dims.index(d)
                size = ushape.dims[uwd[w]]
                idx[d] = f"({s} + {uidx[uwd[w]]})"
                if s != "0":
                    conds.append(f"{s} >= 0 && {s} <= {op_shape.dims[d] - size}")
        k.open(f"if ({' && '.join(f'({c})' for c in conds)})" if conds else "")
        cur = [k.load(o, idx) for o in outs]
        upd = [g.operand(inst, n + 1 + i, uidx) for i in range(n)]
        new = combine(L, g, inst.attr("to_apply"), cur, upd, ets)
        if len(new) > 1:
            new = [k.let(compute_type(e), v) for e, v in zip(ets, new)]
        for o, v in zip(outs, new):
            k.store(o, idx, round_to(o.et, v) if o.et.name in ("f16", "bf16") else v)
        k.close()

    k.loop_nest(ushape.dims, list(range(ushape.rank)), body, work=0, simd=False,
                label=inst.hlo_name)


def _sort(L, g: Gen, inst, dest) -> None:
    k = g.k
    outs = leaves(dest)
    shape = inst.operand_shapes[0]
    (dim,) = inst.attr("dimensions")
    n = shape.dims[dim] if shape.rank else 1
    if shape.size == 0:
        return
    scratch = L.new_buf(ArrayShape("s64", (2 * n,)), f"{inst.hlo_name}/sort_scratch")
    sp = k.ptr(scratch, True)
    comp = inst.attr("to_apply")
    count = len(inst.operands)
    outer = [d for d in range(shape.rank) if d != dim]
    outer_dims = [shape.dims[d] if d != dim else 1 for d in range(shape.rank)]

    def less(x: str, y: str) -> str:
        def at(pos):
            idx = list(oidx_holder[0])
            if shape.rank:
                idx[dim] = pos
            return idx
        k.open("")
        lhs = [g.operand(inst, i, at(x)) for i in range(count)]
        rhs = [g.operand(inst, i, at(y)) for i in range(count)]
        res = k.let("int", _call_interleaved(L, g, comp, lhs, rhs), "lt", const=False)
        return res

    oidx_holder = [None]

    def body(oidx):
        oidx_holder[0] = list(oidx)
        ia, ib, w, lo = k.fresh("ia"), k.fresh("ib"), k.fresh("wd"), k.fresh("lo")
        k.emit(f"int64_t *{ia} = {sp}, *{ib} = {sp} + {n};")
        k.emit(f"for (int64_t j = 0; j < {n}; j++) {ia}[j] = j;")
        k.open(f"for (int64_t {w} = 1; {w} < {n}; {w} *= 2)")
        k.open(f"for (int64_t {lo} = 0; {lo} < {n}; {lo} += 2 * {w})")
        k.emit(f"int64_t mid = {lo} + {w} < {n} ? {lo} + {w} : {n};")
        k.emit(f"int64_t hi = {lo} + 2 * {w} < {n} ? {lo} + 2 * {w} : {n};")
        k.emit(f"int64_t l = {lo}, r = mid, o = {lo};")
        k.open("while (l < mid && r < hi)")
        res = less(f"{ia}[r]", f"{ia}[l]")
        k.emit(f"if ({res}) {ib}[o++] = {ia}[r++]; else {ib}[o++] = {ia}[l++];")
        k.close()
        k.close()
        k.emit(f"while (l < mid) {ib}[o++] = {ia}[l++];")
        k.emit(f"while (r < hi) {ib}[o++] = {ia}[r++];")
        k.close()
        k.emit(f"{{ int64_t *t = {ia}; {ia} = {ib}; {ib} = t; }}")
        k.close()
        j = k.fresh("j")
        k.open(f"for (int64_t {j} = 0; {j} < {n}; {j}++)")
        src = list(oidx)
        dst = list(oidx)
        if shape.rank:
            src[dim] = f"{ia}[{j}]"
            dst[dim] = j
        for i, o in enumerate(outs):
            k.store(o, dst, g.operand(inst, i, src))
        k.close()

    k.loop_nest(outer_dims, list(range(shape.rank)), body, work=0, simd=False,
                label=inst.hlo_name)
    del outer


def _bitcast_convert_bytes(L, g: Gen, inst, dest: Buf) -> None:
    k = g.k
    src_shape = inst.operand_shapes[0]
    source = g.lookup(inst.operands[0].owner)
    row_major = list(range(src_shape.rank))
    if not (isinstance(source, Buf) and _collapse(source, row_major) in (0, 1)):
        source = pack(L, g, inst.operands[0].owner, src_shape, row_major, inst.hlo_name)
    if _collapse(dest, list(range(dest.shape.rank))) not in (0, 1):
        raise CodegenError(f"bitcast-convert {inst.hlo_name} into a non-row-major layout")
    k.emit(f"memcpy({k.ptr(dest, True)}, {k.ptr(source)}, {dest.nbytes});")


def _threefry_split(dims):
    """XLA's SplitShapeIntoHalves: the dimension the two Threefry outputs interleave on."""
    if not dims:
        return None
    split = next((i for i, d in enumerate(dims) if d % 2 == 0), None)
    if split is None:
        split = max(range(len(dims)), key=lambda i: (dims[i], -i))
    return split


def _rng_bit_generator(L, g: Gen, inst, dest) -> None:
    from .gen import _delinear

    k = g.k
    state_out, bits = dest
    state_shape = inst.operand_shapes[0]
    nstate = state_shape.dims[0] if state_shape.rank else 1
    st = [k.let("uint64_t", f"(uint64_t){g.operand(inst, 0, [str(i)] if state_shape.rank else [])}",
                "st") for i in range(nstate)]
    dims = bits.shape.dims
    count = bits.shape.size
    width = bits.et.bits
    algorithm = inst.attr("algorithm", "rng_default") or "rng_default"
    key = st[0]
    k.emit(f"const uint32_t key0 = (uint32_t){key}, key1 = (uint32_t)({key} >> 32);")
    k.loop_nests += 1
    k.ir.append(loops_ir.loop_nest([count], [0], False, False, inst.hlo_name))

    def store(lin: str, value: str) -> None:
        idx = _delinear(lin, dims) if dims else []
        k.store(bits, idx, f"({bits.et.c_type}){value}")

    new_state = list(st)
    if algorithm == "rng_three_fry":
        counter = st[1] if nstate > 1 else "0"
        if width == 64:
            k.open(f"for (int64_t j = 0; j < {count}; j++)")
            k.emit(f"uint64_t in = {counter} + (uint64_t)j;")
            k.emit("uint32_t x0 = (uint32_t)in, x1 = (uint32_t)(in >> 32);")
            k.emit("hlox_threefry2x32(&x0, &x1, key0, key1);")
            store("j", "((uint64_t)x0 | ((uint64_t)x1 << 32))")
            k.close()
            used = count
        else:
            split = _threefry_split(dims)
            half = (1,) if split is None else                 dims[:split] + ((dims[split] + 1) // 2,) + dims[split + 1:]
            used = _prod(half)
            k.open(f"for (int64_t j = 0; j < {used}; j++)")
            k.emit(f"uint64_t in = {counter} + (uint64_t)j;")
            k.emit("uint32_t x0 = (uint32_t)in, x1 = (uint32_t)(in >> 32);")
            k.emit("hlox_threefry2x32(&x0, &x1, key0, key1);")
            if split is None:
                store("0", "x0")
            else:
                hidx = _delinear("j", half)
                for part, var in ((0, "x0"), (1, "x1")):
                    idx = list(hidx)
                    idx[split] = f"(2 * {hidx[split]} + {part})"
                    k.open(f"if ({idx[split]} < {dims[split]})")
                    k.store(bits, idx, f"({bits.et.c_type}){var}")
                    k.close()
            k.close()
        if nstate > 1:
            new_state[1] = f"({counter} + {used}ull)"
    else:
        hi_word = st[2] if nstate >= 3 else st[0]
        k.emit(f"const uint64_t c_lo = {st[1] if nstate > 1 else '0'}, c_hi = {hi_word};")
        per_block = 2 if width == 64 else 4
        blocks = (count * (2 if width == 64 else 1) + 3) // 4
        k.open(f"for (int64_t b = 0; b < {blocks}; b++)")
        k.emit("uint64_t lo = c_lo + (uint64_t)b; uint64_t hi = c_hi + (lo < c_lo);")
        k.emit("uint32_t x[4] = {(uint32_t)lo, (uint32_t)(lo >> 32), (uint32_t)hi, "
               "(uint32_t)(hi >> 32)};")
        k.emit("hlox_philox4x32(x, key0, key1);")
        for w in range(per_block):
            lin = f"({per_block} * b + {w})"
            if width == 64:
                value = f"((uint64_t)x[{2 * w}] | ((uint64_t)x[{2 * w + 1}] << 32))"
            else:
                value = f"x[{w}]"
            k.open(f"if ({lin} < {count})")
            store(lin, value)
            k.close()
        k.close()
        k.emit(f"const uint64_t n_lo = c_lo + {blocks}ull, n_hi = c_hi + (n_lo < c_lo);")
        if nstate >= 3:
            new_state[1], new_state[2] = "n_lo", "n_hi"
        elif nstate == 2:
            new_state[1] = "n_lo"
    for i, value in enumerate(new_state):
        k.store(state_out, [str(i)] if state_shape.rank else [],
                f"({state_out.et.c_type}){value}")


HEAVY_RULES = {
    "rng-bit-generator": _rng_bit_generator,
    "reduce": _reduce,
    "dot": _dot,
    "convolution": _convolution,
    "reduce-window": _reduce_window,
    "select-and-scatter": _select_and_scatter,
    "scatter": _scatter,
    "sort": _sort,
    "bitcast-convert": _bitcast_convert_bytes,
}


def _conv_input_position(w, out_pos: str, kernel_pos: str, size: int) -> tuple[str, str]:
    """(in-bounds condition, input index) of one spatial dimension of a convolution window:
    strides, low padding, window (rhs) dilation and base (lhs) dilation holes."""
    stride, pad = (w.stride, w.pad_low) if w else (1, 0)
    rd, bd = (w.window_dilation, w.base_dilation) if w else (1, 1)
    pos = f"({out_pos}*{stride} - {pad} + {kernel_pos}*{rd})"
    if bd > 1:
        return f"{pos} >= 0 && {pos} % {bd} == 0 && {pos} / {bd} < {size}", f"({pos} / {bd})"
    return f"{pos} >= 0 && {pos} < {size}", pos
