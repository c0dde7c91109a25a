"""Lowering of the materialised ops whose loops follow windows or data: reduce-window,
select-and-scatter, scatter, sort; and the bit-level ones: rng-bit-generator,
width-changing bitcast-convert. Same signature as `heavy.RULES`:
`rule(lowering, g, inst, dest)` writes `inst`'s value into the Buf tree `dest`, building
loop-level IR into `g.k`.
"""
from __future__ import annotations

from contextlib import ExitStack

from hlox.ir.shapes import ELEMENT_TYPES, ArrayShape

from .gen import CodegenError, Gen, delinear
from .emitters.gemm import _collapse, pack
from .heavy import _call_interleaved, _prod, combine
from .kernel import INDEX, Buf, all_of, compute_xdsl, leaves, order_of

PRED = ELEMENT_TYPES["pred"]
U32 = ELEMENT_TYPES["u32"]
U64 = ELEMENT_TYPES["u64"]
S64 = ELEMENT_TYPES["s64"]


def _false(cond) -> bool:
    """A condition that folded to false (its code is never run)."""
    return isinstance(cond, int) and not cond


def _window_sources(k, stack: ExitStack, wdims, oidx, in_dims) -> list | None:
    """Enters one loop per window dimension of size > 1 and, inside each, the check that its
    position is inside the operand: the input index of the window element, or None when a
    check folded to false (no element is ever in range).

    Each dimension's check sits in its own loop, not in one conjunction in the innermost:
    fewer checks, and GCC 12 at -O3 -march=native (AVX-512VL masked loops) miscompiled an
    inner loop whose condition joined the outer loop's invariant check to its own
    (reduce-window pad=1_0x1_1 summed the wrong rows)."""
    src = []
    for d, w in enumerate(wdims):
        wvar = stack.enter_context(k.loop(w.size)) if w.size > 1 else 0
        pos = oidx[d] * w.stride - w.pad_low + wvar * w.window_dilation
        size = in_dims[d]
        conds = []
        if w.base_dilation > 1:
            hole = k.ix("rem", pos, w.base_dilation)  # C's / and %, folded or not
            at = k.ix("div", pos, w.base_dilation)
            conds += [k.ix("sge", pos, 0), k.ix("eq", hole, 0), k.ix("slt", at, size)]
            src.append(at)
        else:
            if w.pad_low > 0:
                conds.append(k.ix("sge", pos, 0))
            if not (w.pad_high <= 0 and w.pad_low <= 0):
                conds.append(k.ix("slt", pos, size))
            src.append(pos)
        cond = all_of(conds)
        if _false(cond):
            return None
        stack.enter_context(k.when(cond))
    return src


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
        accs = [k.var(compute_xdsl(ets[i]), init=g.operand(inst, n + i, []))
                for i in range(n)]
        with ExitStack() as stack:
            src = _window_sources(k, stack, wdims, oidx, in_shape.dims)
            if src is not None:
                vals = [g.operand(inst, i, src) for i in range(n)]
                new = combine(L, g, comp, [k.read(a) for a in accs], vals, ets)
                for acc, v in zip(accs, new):
                    k.assign(acc, v)
        for acc, o in zip(accs, outs):
            k.store(o, oidx, k.read(acc))

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
    select_fn, select_outs = L.scalar_fn(inst.attr("select"))
    select_et = select_outs[0].element_type
    et = dest.et
    ct = compute_xdsl(et)

    def selects(best, v):
        """`!select(best, v)`, as a pred."""
        s = k.call(select_fn, [best, v], compute_xdsl(select_et))
        if select_et.name != "pred":
            s = k.apply("convert", [s], select_et, PRED)
        return k.apply("not", [s], PRED)

    def body(sidx):
        have = k.var(INDEX, init=k.const(0), prefix="have")
        best = k.var(ct, init=k.literal(et, 0), prefix="best")
        sel = [k.var(INDEX, init=k.const(0), prefix="sel") for _ in wdims]
        with ExitStack() as stack:
            pos = _window_sources(k, stack, wdims, sidx, in_shape.dims)
            if pos is not None:
                v = g.operand(inst, 0, pos)
                # !have || !select(best, v), select called only when have
                take = k.choose(k.read(have).eq(0), compute_xdsl(PRED),
                                lambda: k.literal(PRED, 1),
                                lambda: selects(k.read(best), v))
                with k.when(take):
                    k.assign(have, 1)
                    k.assign(best, v)
                    for s, p in zip(sel, pos):
                        k.assign(s, p)
        with k.when(k.read(have).ne(0)):
            where = [k.read(s) for s in sel]
            cur = k.load(dest, where)
            src = g.operand(inst, 1, sidx)
            new = combine(L, g, inst.attr("scatter"), [cur], [src], [et])
            k.store(dest, where, new[0])

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
                full.insert(ivd, j)
            starts[d] = k.to_index(g.operand(inst, n, full), ishape.element_type)
        idx: list = [0] * op_shape.rank
        conds = []
        for od, sd in zip(ibd, sibd):
            pos = sd if sd < ivd or ivd >= ishape.rank else sd - 1
            idx[od] = G[pos]
        for d in range(op_shape.rank):
            if d in ibd:
                continue
            s = starts.get(d, 0)
            if d in inserted:
                idx[d] = s
                conds += [k.ix("sge", s, 0), k.ix("slt", s, op_shape.dims[d])]
            else:
                w = window_op_dims.index(d)
                size = ushape.dims[uwd[w]]
                idx[d] = s + uidx[uwd[w]]
                if d in starts:
                    conds += [k.ix("sge", s, 0), k.ix("sle", s, op_shape.dims[d] - size)]
        cond = all_of(conds)
        if _false(cond):
            return
        with k.when(cond):
            cur = [k.load(o, idx) for o in outs]
            upd = [g.operand(inst, n + 1 + i, uidx) for i in range(n)]
            new = combine(L, g, inst.attr("to_apply"), cur, upd, ets)
            # f16 / bf16: the store rounds the f32 result
            for o, v in zip(outs, new):
                k.store(o, idx, v)

    k.loop_nest(ushape.dims, list(range(ushape.rank)), body, work=0, simd=False,
                label=inst.hlo_name)


def _sort(L, g: Gen, inst, dest) -> None:
    """A stable bottom-up merge sort of a permutation (s64 positions) per row, then a
    gather of every operand through it. The scratch buffer holds two halves of n positions
    each; a variable holds the offset (0 or n) of the half merged from."""
    k = g.k
    outs = leaves(dest)
    shape = inst.operand_shapes[0]
    (dim,) = inst.attr("dimensions")
    n = shape.dims[dim] if shape.rank else 1
    if shape.size == 0:
        return
    scratch = L.new_buf(ArrayShape("s64", (2 * n,)), f"{inst.hlo_name}/sort_scratch")
    comp = inst.attr("to_apply")
    _, comp_outs = L.scalar_fn(comp)
    comp_et = comp_outs[0].element_type
    count = len(inst.operands)
    outer_dims = [shape.dims[d] if d != dim else 1 for d in range(shape.rank)]
    s64 = compute_xdsl(S64)

    def body(oidx):
        def at(pos):
            idx = list(oidx)
            if shape.rank:
                idx[dim] = pos
            return idx

        def less(x, y):
            """comparator(values at x, values at y), as a pred."""
            lhs = [g.operand(inst, i, at(x)) for i in range(count)]
            rhs = [g.operand(inst, i, at(y)) for i in range(count)]
            res = _call_interleaved(L, g, comp, lhs, rhs)
            if comp_et.name != "pred":
                res = k.apply("convert", [res], comp_et, PRED)
            return res

        def move(a, b, o, src_var, value=None) -> None:
            """scratch[b + o++] = scratch[a + src_var++] (`value`: that, already loaded)"""
            ov, sv = k.read(o), k.read(src_var)
            k.store(scratch, [b + ov], value if value is not None else k.load(scratch, [a + sv]))
            k.assign(o, ov + 1)
            k.assign(src_var, sv + 1)

        def drain(a, b, o, src_var, end) -> None:
            """while (src_var < end) scratch[b + o++] = scratch[a + src_var++];"""
            loop = k.while_()
            with k.inside(loop.cond):
                k.condition(k.read(src_var).lt(end))
            with k.inside(loop.body):
                move(a, b, o, src_var)

        half = k.var(INDEX, init=k.const(0), prefix="half")  # offset of the source half
        with k.loop(n) as j:
            k.store(scratch, [j], k.cast(j, s64))
        width = k.var(INDEX, init=k.const(1), prefix="wd")
        passes = k.while_()  # for (wd = 1; wd < n; wd *= 2)
        with k.inside(passes.cond):
            k.condition(k.read(width).lt(n))
        with k.inside(passes.body):
            w = k.read(width)
            a = k.read(half)
            b = n - a
            with k.loop(n, 0, w * 2) as lo:
                mid = k.ix("min", lo + w, n)
                hi = k.ix("min", lo + w * 2, n)
                l_ = k.var(INDEX, init=lo, prefix="l")
                r_ = k.var(INDEX, init=k.index(mid), prefix="r")
                o_ = k.var(INDEX, init=lo, prefix="o")
                merge = k.while_()  # while (l < mid && r < hi)
                with k.inside(merge.cond):
                    k.condition(k.read(l_).lt(mid) & k.read(r_).lt(hi))
                with k.inside(merge.body):
                    x = k.load(scratch, [a + k.read(r_)])
                    y = k.load(scratch, [a + k.read(l_)])
                    # the right element goes first only when strictly less: stable
                    branch = k.if_(less(k.to_index(x), k.to_index(y)))
                    with k.inside(branch.then):
                        move(a, b, o_, r_, x)
                    with k.inside(branch.otherwise):
                        move(a, b, o_, l_, y)
                drain(a, b, o_, l_, mid)
                drain(a, b, o_, r_, hi)
            k.assign(half, b)
            k.assign(width, w * 2)
        a = k.read(half)
        with k.loop(n) as j:
            src = list(oidx)
            dst = list(oidx)
            if shape.rank:
                src[dim] = k.to_index(k.load(scratch, [a + j]))
                dst[dim] = j
            for i, o in enumerate(outs):
                k.store(o, dst, g.operand(inst, i, src))

    k.loop_nest(outer_dims, list(range(shape.rank)), body, work=0, simd=False,
                label=inst.hlo_name)


def _bitcast_convert_bytes(L, g: Gen, inst, dest: Buf) -> None:
    k = g.k
    src_shape = inst.operand_shapes[0]
    source = g.lookup(inst.operands[0].owner)
    row_major = list(range(src_shape.rank))
    if not (isinstance(source, Buf) and _collapse(source, row_major) in (0, 1)):
        source = pack(L, g, inst.operands[0].owner, src_shape, row_major, inst.hlo_name)
    if _collapse(dest, list(range(dest.shape.rank))) not in (0, 1):
        raise CodegenError(f"bitcast-convert {inst.hlo_name} into a non-row-major layout")
    k.memcpy(dest, source, dest.nbytes)


# ---------------------------------------------------------------- rng-bit-generator

def _threefry_split(dims):
    """XLA's SplitShapeIntoHalves: the dimension the two Threefry outputs interleave on."""
    if not dims:
        return None
    split = next((i for i, d in enumerate(dims) if d % 2 == 0), None)
    if split is None:
        split = max(range(len(dims)), key=lambda i: (dims[i], -i))
    return split


def _rng_bit_generator(L, g: Gen, inst, dest) -> None:
    k = g.k
    state_out, bits = dest
    state_shape = inst.operand_shapes[0]
    state_et = state_shape.element_type
    nstate = state_shape.dims[0] if state_shape.rank else 1
    dims = bits.shape.dims
    count = bits.shape.size
    width = bits.et.bits
    algorithm = inst.attr("algorithm", "rng_default") or "rng_default"

    def conv(v, src, dst):
        return v if src.name == dst.name else k.apply("convert", [v], src, dst)

    def u64(op: str, *args):
        return k.apply(op, list(args), U64)

    thirty_two = k.literal(U64, 32)

    def low(v):  # (uint32_t)v
        return conv(v, U64, U32)

    def high(v):  # (uint32_t)(v >> 32)
        return conv(u64("shift-right-logical", v, thirty_two), U64, U32)

    def join(lo_word, hi_word):  # (uint64_t)lo | ((uint64_t)hi << 32)
        return u64("or", conv(lo_word, U32, U64),
                   u64("shift-left", conv(hi_word, U32, U64), thirty_two))

    def carry(total, base):  # (total < base), as 0 / 1
        return conv(k.apply("compare", [total, base], U64, PRED, direction="LT"), PRED, U64)

    st = [conv(g.operand(inst, 0, [i] if state_shape.rank else []), state_et, U64)
          for i in range(nstate)]
    key = st[0]
    key0, key1 = low(key), high(key)
    zero = k.literal(U64, 0)
    k.loop_nests += 1

    def store(lin, value, value_et) -> None:
        idx = delinear(lin, dims) if dims else []
        k.store(bits, idx, conv(value, value_et, bits.et))

    def threefry(j):
        """hlox_threefry2x32 of the 64-bit counter + j: the two 32-bit words (vars)."""
        counter_in = u64("add", counter, k.cast(j, compute_xdsl(U64)))
        x0 = k.var(compute_xdsl(U32), init=low(counter_in), prefix="x")
        x1 = k.var(compute_xdsl(U32), init=high(counter_in), prefix="x")
        k.call("hlox_threefry2x32", [x0, x1, key0, key1])
        return k.read(x0), k.read(x1)

    new_state = list(st)
    if algorithm == "rng_three_fry":
        counter = st[1] if nstate > 1 else zero
        if width == 64:
            with k.loop(count, source=inst.hlo_name) as j:
                x0, x1 = threefry(j)
                store(j, join(x0, x1), U64)
            used = count
        else:
            split = _threefry_split(dims)
            half = (1,) if split is None else \
                dims[:split] + ((dims[split] + 1) // 2,) + dims[split + 1:]
            used = _prod(half)
            with k.loop(used, source=inst.hlo_name) as j:
                x0, x1 = threefry(j)
                if split is None:
                    store(0, x0, U32)
                else:
                    hidx = delinear(j, half)
                    for part, word in ((0, x0), (1, x1)):
                        idx = list(hidx)
                        idx[split] = k.ix("add", k.ix("mul", 2, hidx[split]), part)
                        cond = k.ix("slt", idx[split], dims[split])
                        if _false(cond):
                            continue
                        with k.when(cond):
                            k.store(bits, idx, conv(word, U32, bits.et))
        if nstate > 1:
            new_state[1] = u64("add", counter, k.literal(U64, used))
    else:
        c_lo = st[1] if nstate > 1 else zero
        c_hi = st[2] if nstate >= 3 else st[0]
        per_block = 2 if width == 64 else 4
        blocks = (count * (2 if width == 64 else 1) + 3) // 4
        with k.loop(blocks, source=inst.hlo_name) as b:
            lo = u64("add", c_lo, k.cast(b, compute_xdsl(U64)))
            hi = u64("add", c_hi, carry(lo, c_lo))
            x = [k.var(compute_xdsl(U32), init=word, prefix="x")
                 for word in (low(lo), high(lo), low(hi), high(hi))]
            k.call("hlox_philox4x32", [*x, key0, key1])
            words = [k.read(v) for v in x]
            for w in range(per_block):
                lin = k.ix("add", k.ix("mul", per_block, b), w)
                cond = k.ix("slt", lin, count)
                if _false(cond):
                    continue
                with k.when(cond):
                    if width == 64:
                        store(lin, join(words[2 * w], words[2 * w + 1]), U64)
                    else:
                        store(lin, words[w], U32)
        n_lo = u64("add", c_lo, k.literal(U64, blocks))
        n_hi = u64("add", c_hi, carry(n_lo, c_lo))
        if nstate >= 3:
            new_state[1], new_state[2] = n_lo, n_hi
        elif nstate == 2:
            new_state[1] = n_lo
    for i, value in enumerate(new_state):
        k.store(state_out, [i] if state_shape.rank else [], conv(value, U64, state_out.et))


RULES = {
    "rng-bit-generator": _rng_bit_generator,
    "reduce-window": _reduce_window,
    "select-and-scatter": _select_and_scatter,
    "scatter": _scatter,
    "sort": _sort,
    "bitcast-convert": _bitcast_convert_bytes,
}
