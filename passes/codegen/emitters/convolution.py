"""The convolution emitter (a convolution and its elementwise epilogue: an `output` fusion
around a convolution, and lone convolutions) and the convolution rule of the
materialising table (`RULES`, beside `heavy.RULES`).

A float convolution big enough for a GEMM is computed tile by tile, with no buffer of the
whole batch's patches: a tile is a few output rows' patches (im2col of `TILE_BYTES` at
most) packed into an array of the kernel's own (`kernel.scratch`: on each thread's stack,
not in the arena), multiplied by the kernel where it lies (its layout read as a matrix,
transposed if need be: HWIO and OIHW both need no copy), straight into the output; the
epilogue (bias, activation, residual add) is applied to the tile's outputs while
they are in cache. Tiles are split across threads; the whole convolution is one loop
nest. Where even a few positions' patches are too big for that (a weight gradient, whose
patch per position is a whole image), a tile of MIN_TILE_POSITIONS is in the arena and
its GEMM is split across the threads. Two orientations, chosen by the output's layout:

- features minor (NHWC): a tile is [positions, groups x patch], C[positions, features]
  = tile x kernel;
- features major (NCHW): a tile is [groups x patch, positions] of one image (of several
  where the output lays images out beside positions: a weight gradient's [O, C, kh, kw]),
  C[features, positions] = kernel x tile.

Other convolutions (small, integer, batch groups) are loops over the output, each element
its own sum, with the epilogue applied to the sum before it is stored.
"""
from __future__ import annotations

from contextlib import ExitStack

from hlox.ir.dialect import Instruction
from hlox.ir.opcodes import materialized
from hlox.ir.shapes import ArrayShape

from ..gen import Gen
from hlox.passes.fusion import GEMM_MIN_FLOPS

from ..heavy import _prod
from .gemm import _acc_et, _collapse, _multiply_add, _threaded_gemm
from ..kernel import PARALLEL_WORK, Buf, V, all_of, compute_xdsl, order_of
from .common import _heavy_into_dest, _topological
from .loop import emit_one_heavy_op

# The most bytes of patches a tile packs (per thread, on its stack): about half an L2.
TILE_BYTES = 128 * 1024
# A tile of fewer positions than this makes GEMMs too thin: when that many positions'
# patches pass TILE_BYTES (a weight gradient: each position's patch is a whole image), a
# tile of that many is in the arena, its GEMM split across threads instead of the tiles.
MIN_TILE_POSITIONS = 16


def emit(L, inst: Instruction, operands: list, dest) -> None:
    emit_one_heavy_op(L, inst, operands, dest, _with_epilogue, convolution)


def _with_epilogue(g: Gen, root: Instruction, root_leaves: list, dest):
    """The convolution a kernel computes with `root` as its elementwise epilogue, read at
    the index it writes, written into `dest` itself (its type and layout), or None."""
    if len(root_leaves) != 1 or not isinstance(dest, Buf):
        return None
    heavy = [inst for inst in _topological(root, g) if materialized(inst)]
    if len(heavy) != 1 or heavy[0].opcode != "convolution" or heavy[0] is root:
        return None
    conv = _heavy_into_dest(g, root, dest)
    return conv if conv is heavy[0] else None


def convolution(L, g: Gen, inst, dest: Buf, epilogue: Instruction | None = None) -> None:
    """Write `inst`'s value into `dest`; with `epilogue`: write the epilogue's value there
    instead, computed from the convolution at each output index (`dest` then holds the
    convolution in between)."""
    plan = _tiled_plan(g, inst, dest)
    if plan is not None:
        _conv_tiled(L, g, inst, dest, plan, epilogue)
    else:
        _conv_loops(L, g, inst, dest, epilogue)


def _store_epilogue(g: Gen, inst, dest: Buf, idx, epilogue, value: V | None = None) -> None:
    """The epilogue's value at `idx` into `dest`, the convolution's being `value` there (or
    in `dest` already)."""
    if value is not None:
        g.k.memo_put((id(inst), tuple(idx)), value)
    g.k.store(dest, idx, g.value(epilogue, idx))


# ---------------------------------------------------------------- direct loops

def _conv_loops(L, g: Gen, inst, dest: Buf, epilogue) -> None:
    """Each output element its own sum over kernel positions and input features."""
    from hlox.ir.shape_inference import conv_dims

    k = g.k
    cd = conv_dims(inst.hlo_attrs)
    lhs, rhs = inst.operand_shapes
    wdims = _window_dims(inst)
    nsp = len(cd.input_spatial)
    G = inst.attr("feature_group_count", 1) or 1
    BG = inst.attr("batch_group_count", 1) or 1
    acc_et = _acc_et(dest.et)
    I = rhs.dims[cd.kernel_input_feature]
    O = rhs.dims[cd.kernel_output_feature]
    N = lhs.dims[cd.input_batch]
    out_dims = dest.shape.dims
    ksizes = [rhs.dims[d] for d in cd.kernel_spatial]
    red = I * _prod(ksizes)

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
                w = wdims[s]
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
        if epilogue is None:
            k.store(dest, oidx, k.read(acc))
        else:
            _store_epilogue(g, inst, dest, oidx, epilogue, k.read(acc))

    k.loop_nest(out_dims, order_of(dest.strides, out_dims), body,
                work=dest.shape.size * max(red, 1) * 2, simd=False, label=inst.hlo_name)


# ---------------------------------------------------------------- tiles of patches

def _tiled_plan(g: Gen, inst, dest: Buf):
    """How a convolution is computed by tiles of patches and GEMMs, or None (loops)."""
    from hlox.ir.shape_inference import conv_dims

    cd = conv_dims(inst.hlo_attrs)
    lhs, rhs = inst.operand_shapes
    et = dest.et
    G = inst.attr("feature_group_count", 1) or 1
    BG = inst.attr("batch_group_count", 1) or 1
    I = rhs.dims[cd.kernel_input_feature]
    O = rhs.dims[cd.kernel_output_feature]
    out_dims = dest.shape.dims
    Kg = I * _prod([rhs.dims[d] for d in cd.kernel_spatial])
    positions = out_dims[cd.output_batch] * _prod([out_dims[d] for d in cd.output_spatial])
    flops = positions * O * Kg
    if not (et.name in ("f32", "f64") and lhs.dtype == et.name and rhs.dtype == et.name
            and BG == 1 and O % G == 0 and flops >= GEMM_MIN_FLOPS and flops > 0):
        return None
    spatial = list(cd.output_spatial)
    if dest.strides[cd.output_feature] == 1 and O > 1 or not spatial:
        pos_dims = [cd.output_batch, *spatial]  # features minor: positions are rows of C
        minor = _collapse(dest, pos_dims)
        if minor is None or (positions > 1 and minor < O):
            return None
        features_minor, ldc = True, minor or O
    else:
        # features major: positions are columns of C, across images where the output
        # lays them out so ([O, C, kh, kw]: a weight gradient), else per image
        pos_dims = [cd.output_batch, *spatial]
        if _collapse(dest, pos_dims) not in (0, 1):
            pos_dims = spatial
        minor = _collapse(dest, pos_dims)
        if minor not in (0, 1) or (O > 1 and dest.strides[cd.output_feature] < _prod(
                [out_dims[d] for d in pos_dims])):
            return None
        features_minor, ldc = False, dest.strides[cd.output_feature]
    kdims = [cd.kernel_input_feature, *cd.kernel_spatial]
    source = g.lookup(inst.operands[1].owner)
    kernel = _kernel_matrix(source, rhs, kdims, cd.kernel_output_feature, O, Kg)
    if kernel is None:
        kdims = [*cd.kernel_spatial, cd.kernel_input_feature]  # packed: (spatial, feature)
    else:
        kdims = kernel[1]
    # A tile: R whole rows (all of the minor position dimension) or X of one row's
    # positions, its patches at most TILE_BYTES.
    sizes = [out_dims[d] for d in pos_dims]
    width, rows = sizes[-1], _prod(sizes[:-1])
    per_position = G * Kg * et.itemsize
    fit = max(TILE_BYTES // per_position, 1)
    across = cd.output_batch in pos_dims
    in_arena = per_position * min(MIN_TILE_POSITIONS, rows * width) > TILE_BYTES
    if in_arena:  # whole rows, at least MIN_TILE_POSITIONS positions
        X = width
        R = min(d for d in range(1, rows + 1)
                if rows % d == 0 and (d * width >= MIN_TILE_POSITIONS or d == rows))
    elif width <= fit:
        X = width
        most = fit // width
        if across and g.k.threads > 1:  # at least a tile per thread
            most = min(most, max(rows // g.k.threads, 1))
        R = max(d for d in range(1, rows + 1) if rows % d == 0 and d <= most)
    else:
        R, X = 1, max(d for d in range(1, width + 1) if width % d == 0 and d <= fit)
    return {"cd": cd, "G": G, "I": I, "O": O, "Kg": Kg, "pos_dims": pos_dims,
            "features_minor": features_minor, "kernel": kernel, "kdims": kdims,
            "tile": (R, X), "rows": rows, "width": width, "ldc": ldc, "in_arena": in_arena}


def _kernel_matrix(source, rhs: ArrayShape, kdims, odim: int, O: int, Kg: int):
    """(buffer, patch dimension order, transposed, ld) reading the kernel buffer in place
    as a [patch, out features] matrix (transposed: stored as [out features, patch]), the
    patch in the kernel's own major-to-minor order; None when it is not such a buffer."""
    if not isinstance(source, Buf) or source.shape.dtype != rhs.dtype:
        return None
    order = sorted(kdims, key=lambda d: -source.strides[d])
    big = [d for d in order if rhs.dims[d] > 1]
    for a, b in zip(big, big[1:]):
        if source.strides[a] != source.strides[b] * rhs.dims[b]:
            return None
    k_stride = source.strides[big[-1]] if big else 1
    o_stride = source.strides[odim]
    if k_stride == 1 and (O == 1 or o_stride >= Kg):
        return source, order, True, max(o_stride, Kg) if O > 1 else Kg
    if o_stride == 1 and (Kg == 1 or k_stride >= O):
        return source, order, False, k_stride if Kg > 1 else O
    return None


def _window_dims(inst) -> list:
    from hlox.ir.shape_inference import conv_dims

    window = inst.attr("window")
    nsp = len(conv_dims(inst.hlo_attrs).input_spatial)
    wdims = list(window.dims) if window is not None else []
    return wdims + [None] * (nsp - len(wdims))


def _pack_kernel(L, g: Gen, inst, plan) -> tuple:
    """The kernel copied into [groups, kernel spatial, in features, out features of the
    group] (per group a row-major patch x features matrix): (buffer, False, ld)."""
    cd, G, I, O = plan["cd"], plan["G"], plan["I"], plan["O"]
    k = g.k
    rhs = inst.operand_shapes[1]
    ksizes = [rhs.dims[d] for d in cd.kernel_spatial]
    nsp = len(ksizes)
    Og = O // G
    kdims = (G, *ksizes, I, Og)
    kernel = L.new_buf(ArrayShape(inst.shape.dtype, kdims), f"{inst.hlo_name}/kernel")

    def fill_kernel(idx):
        ri: list = [0] * rhs.rank
        for s in range(nsp):
            ri[cd.kernel_spatial[s]] = idx[1 + s]
        ri[cd.kernel_input_feature] = idx[1 + nsp]
        ri[cd.kernel_output_feature] = idx[0] * Og + idx[-1]
        k.store(kernel, idx, g.operand(inst, 1, ri))

    k.loop_nest(kdims, list(range(len(kdims))), fill_kernel, work=_prod(kdims), label="kernel")
    return kernel, False, Og


def _conv_tiled(L, g: Gen, inst, dest: Buf, plan, epilogue) -> None:
    k = g.k
    cd, G, I, O, Kg = plan["cd"], plan["G"], plan["I"], plan["O"], plan["Kg"]
    lhs, rhs = inst.operand_shapes
    et = dest.et
    wdims = _window_dims(inst)
    Og = O // G
    pos_dims, features_minor = plan["pos_dims"], plan["features_minor"]
    R, X = plan["tile"]
    T = R * X
    width, rows = plan["width"], plan["rows"]
    row_sizes = [dest.shape.dims[d] for d in pos_dims[:-1]]
    if plan["kernel"] is not None:
        kbuf, _, trans, ld = plan["kernel"]
        # group g's out features: g * Og along the kernel's out-feature dimension
        k_group = Og * kbuf.strides[cd.kernel_output_feature]
    else:
        kbuf, trans, ld = _pack_kernel(L, g, inst, plan)
        k_group = Kg * Og
    kdims = plan["kdims"]
    ksizes = [rhs.dims[d] for d in kdims]
    # the tile's dimensions: positions (R, X), groups, patch dimensions in kernel order
    patch = (G, *ksizes)
    tile_dims = (R, X, *patch) if features_minor else (*patch, R, X)
    N = dest.shape.dims[cd.output_batch]
    per_image = cd.output_batch not in pos_dims
    loops = ([N] if per_image else []) + [rows // R, width // X]
    work = dest.shape.size * Kg * 2
    in_arena = plan["in_arena"]
    parallel = L.threads > 1 and work >= PARALLEL_WORK and not in_arena
    if in_arena:
        tile = L.new_buf(ArrayShape(et.name, tile_dims), f"{inst.hlo_name}/patches")

    def gemm(a, b, c, mnk) -> None:
        """One GEMM of a tile; split across the threads when the tiles are not."""
        if in_arena:
            _threaded_gemm(k, a, b, c, mnk, inst.hlo_name)
        else:
            k.gemm(a[0], a[1], b[0], b[1], c[0], c[1], mnk, (a[2], b[2], c[2]), a[3], b[3],
                   inst.hlo_name)
    L.link_blas = True
    k.loop_nests += 1
    with ExitStack() as stack:
        ivs = [stack.enter_context(k.loop(
            n, parallel=parallel and j == 0, collapse=len(loops),
            source=inst.hlo_name if j == 0 else None)) for j, n in enumerate(loops)]
        b_iv = ivs[0] if per_image else None
        row0, col0 = ivs[-2] * R, ivs[-1] * X
        if not in_arena:
            tile = k.scratch(ArrayShape(et.name, tile_dims), f"{inst.hlo_name}/patches")

        def position(r, x) -> dict:
            """Output index of the tile's position (r, x), by output dimension."""
            at, q = {}, row0 + r
            for n in reversed(range(1, len(row_sizes))):
                at[pos_dims[n]] = k.ix("rem", q, row_sizes[n])
                q = k.ix("div", q, row_sizes[n])
            if row_sizes:
                at[pos_dims[0]] = q
            at[pos_dims[-1]] = col0 + x
            if b_iv is not None:
                at[cd.output_batch] = b_iv
            return at

        def fill(idx):
            if features_minor:
                r, x, grp, kp = idx[0], idx[1], idx[2], idx[3:]
            else:
                grp, kp, r, x = idx[0], idx[1:1 + len(kdims)], idx[-2], idx[-1]
            at = position(r, x)
            by_dim = dict(zip(kdims, kp))
            kpos = []
            for s, d in enumerate(cd.kernel_spatial):
                w = wdims[s]
                kpos.append(rhs.dims[d] - 1 - by_dim[d] if w and w.reversal else by_dim[d])
            feature = grp * I + by_dim[cd.kernel_input_feature]
            k.store(tile, idx, _im2col_value(
                g, inst, cd, wdims, at[cd.output_batch],
                [at[d] for d in cd.output_spatial], kpos, feature))

        with k.inside_scope():
            _tile_loops(k, tile_dims, fill)
        with k.loop(G) if G > 1 else k.inside_scope() as grp:
            grp = grp if G > 1 else 0
            if features_minor:
                ldc = plan["ldc"]
                start = (row0 * width + col0) * ldc
                gemm((tile, grp * Kg, G * Kg, False), (kbuf, grp * k_group, ld, trans),
                     (dest, start + grp * Og, ldc), (T, Og, Kg))
            else:
                # C[features, positions] = kernel[features, patch] x tile[patch, positions]
                start = (b_iv * dest.strides[cd.output_batch] if per_image else 0) \
                    + row0 * width + col0
                gemm((kbuf, grp * k_group, ld, not trans), (tile, grp * Kg * T, T, False),
                     (dest, start + grp * Og * plan["ldc"], plan["ldc"] if Og > 1 else T),
                     (Og, T, Kg))
        if epilogue is not None:
            g.env[inst] = dest
            out_dims = (R, X, O) if features_minor else (O, R, X)

            def finish(idx):
                if features_minor:
                    r, x, o = idx
                else:
                    o, r, x = idx
                at = position(r, x)
                at[cd.output_feature] = o
                _store_epilogue(g, inst, dest, [at[d] for d in range(dest.shape.rank)],
                                epilogue)

            with k.inside_scope():
                _tile_loops(k, out_dims, finish)


def _tile_loops(k, dims, body) -> None:
    """Serial loops over `dims` (row-major, the last one vectorised) inside a tile."""
    idx: list = [0] * len(dims)
    live = [d for d in range(len(dims)) if dims[d] > 1]
    with ExitStack() as stack:
        for n, d in enumerate(live):
            idx[d] = stack.enter_context(k.loop(dims[d], simd=n == len(live) - 1))
        body(idx)


def _im2col_value(g: Gen, inst, cd, wdims, batch, out_pos, kernel_pos, feature) -> V:
    """The input element one patch entry holds: out_pos / kernel_pos per spatial
    dimension, 0 where the window reads padding or a dilation hole."""
    k = g.k
    lhs = inst.operand_shapes[0]
    conds, li = [], [0] * lhs.rank
    for s, d in enumerate(cd.input_spatial):
        cond, li[d] = _conv_input_position(k, wdims[s], out_pos[s], kernel_pos[s], lhs.dims[d])
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


RULES = {"convolution": convolution}
