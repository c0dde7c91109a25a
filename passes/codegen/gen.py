"""The per-element generator: an HLO instruction and an index -> a C expression.

`INDEX_RULES[opcode](g, inst, idx) -> str` is the table: elementwise ops apply their C
expression (`scalar_ops.ELEMENTWISE_RULES`) to their operands at the same index; indexing
ops (broadcast, reshape, transpose, slice, pad, ...) compute the operand's index from the
output's. Whatever is in `g.env` (fusion parameters, materialised reductions, scalar
variables) is read, not recomputed.
"""
from __future__ import annotations

from hlox.ir.dialect import Instruction
from hlox.ir.opcodes import ELEMENTWISE
from hlox.ir.shapes import ArrayShape, ELEMENT_TYPES

from .kernel import INDEX, Buf, Kernel, V, all_of, compute_xdsl, row_major_strides
from .scalar_ops import ELEMENTWISE_RULES

S64 = ELEMENT_TYPES["s64"]
U64 = ELEMENT_TYPES["u64"]


class CodegenError(Exception):
    pass


class Gen:
    def __init__(self, kernel: Kernel, env: dict, lowering):
        self.k = kernel
        self.env = env
        self.lowering = lowering

    # ---- sources
    def lookup(self, inst: Instruction):
        """The Buf/V/tuple an instruction is stored in, or the instruction to compute."""
        if isinstance(inst, (Buf, V, tuple)):
            return inst
        if inst in self.env:
            return self.env[inst]
        if inst.opcode == "get-tuple-element":
            base = self.lookup(inst.operands[0].owner)
            index = inst.attr("index")
            if isinstance(base, tuple):
                return base[index]
            if isinstance(base, Instruction) and base.opcode == "tuple":
                return self.lookup(base.operands[index].owner)
            raise CodegenError(f"cannot index the tuple produced by {base.hlo_name}")
        if inst.opcode == "opt-barrier":
            return self.lookup(inst.operands[0].owner)
        return inst

    def value(self, inst: Instruction, idx) -> V:
        """The value (compute type) of `inst` at `idx` (a list of index values)."""
        source = self.lookup(inst)
        key = (id(source), tuple(idx))
        hit = self.k.memo_get(key)
        if hit is not None:
            return hit
        if isinstance(source, Instruction) and source.opcode in ELEMENTWISE:
            self._same_index_producers_first(source, idx)
        if isinstance(source, Buf):
            result = self.k.load(source, idx)
        elif isinstance(source, V):
            result = source
        elif isinstance(source, tuple):
            raise CodegenError("a tuple value used as an array")
        else:
            rule = INDEX_RULES.get(source.opcode)
            if rule is None:
                raise CodegenError(f"'{source.opcode}' ({source.hlo_name}) must be materialised")
            result = rule(self, source, list(idx))
        self.k.memo_put(key, result)
        return result

    def _same_index_producers_first(self, root: Instruction, idx) -> None:
        """Compute the elementwise producers `root` reads at its own index, operands first,
        without recursion: a chain of elementwise ops costs no Python stack (only indexing
        ops, which change the index, recurse: the depth is bounded by them)."""
        key_idx = tuple(idx)
        stack, seen = [(root, False)], set()
        while stack:
            inst, ready = stack.pop()
            if ready:
                if inst is not root:
                    self.value(inst, idx)  # its elementwise operands are memoised by now
                continue
            if id(inst) in seen:
                continue
            seen.add(id(inst))
            stack.append((inst, True))
            for v in reversed(inst.operands):
                op = self.lookup(v.owner)
                if isinstance(op, Instruction) and op.opcode in ELEMENTWISE \
                        and self.k.memo_get((id(op), key_idx)) is None:
                    stack.append((op, False))

    def operand(self, inst: Instruction, i: int, idx) -> V:
        return self.value(inst.operands[i].owner, idx)


def _shape(inst) -> ArrayShape:
    return inst.shape


def _operand_shape(inst, i) -> ArrayShape:
    return inst.operand_shapes[i]


# ---------------------------------------------------------------- elementwise

def elementwise(g: Gen, inst, idx):
    args = [g.operand(inst, i, idx) for i in range(len(inst.operands))]
    et = _operand_shape(inst, len(inst.operands) - 1).element_type
    return g.k.apply(inst.opcode, args, et, _shape(inst).element_type,
                     direction=inst.attr("direction"), compare_type=inst.attr("type"))


def _as_u64_bits(k: Kernel, value: V, et) -> V:
    """The bit pattern of a value (its low et.bits bits) as a u64."""
    if et.bits < 8:
        wide = k.apply("convert", [value], et, U64)
        return k.apply("and", [wide, k.literal(U64, (1 << et.bits) - 1)], U64)
    unsigned = ELEMENT_TYPES[f"u{et.bits}"]
    return k.apply("convert", [k.bitcast(value, et, unsigned)], unsigned, U64)


def _from_u64_bits(k: Kernel, bits: V, et) -> V:
    if et.bits < 8:
        return k.apply("convert", [bits], U64, et)  # wraps to the low bits
    unsigned = ELEMENT_TYPES[f"u{et.bits}"]
    return k.bitcast(k.apply("convert", [bits], U64, unsigned), unsigned, et)


def _sub_byte_bitcast_convert(g: Gen, inst, idx):
    """XLA's packing: element j of the narrow side holds bits [j*w, (j+1)*w) of the wide."""
    k = g.k
    src, dst = _operand_shape(inst, 0).element_type, _shape(inst).element_type
    if dst.bits < src.bits:  # split: the last output index picks the piece
        whole = _as_u64_bits(k, g.operand(inst, 0, idx[:-1]), src)
        shift = k.apply("multiply", [index_value(k, idx[-1], U64), k.literal(U64, dst.bits)],
                        U64)
        piece = k.apply("shift-right-logical", [whole, shift], U64)
        return _from_u64_bits(k, k.apply("and", [piece, k.literal(U64, (1 << dst.bits) - 1)],
                                         U64), dst)
    bits = k.literal(U64, 0)
    for j in range(dst.bits // src.bits):
        piece = _as_u64_bits(k, g.operand(inst, 0, list(idx) + [j]), src)
        shifted = k.apply("shift-left", [piece, k.literal(U64, j * src.bits)], U64)
        bits = k.apply("or", [bits, shifted], U64)
    return _from_u64_bits(k, bits, dst)


def _bitcast_convert(g: Gen, inst, idx):
    src, dst = _operand_shape(inst, 0), _shape(inst)
    if src.element_type.bits != dst.element_type.bits and \
            min(src.element_type.bits, dst.element_type.bits) < 8:
        return _sub_byte_bitcast_convert(g, inst, idx)
    if src.element_type.itemsize != dst.element_type.itemsize:
        raise CodegenError("width-changing bitcast-convert is materialised")
    return reinterpret(g, src, dst, g.operand(inst, 0, idx))


def reinterpret(g: Gen, src: ArrayShape, dst: ArrayShape, value: V) -> V:
    """The bits of a value of `src`'s type read as `dst`'s type (same width)."""
    if src.dtype == dst.dtype:
        return value
    return g.k.bitcast(value, src.element_type, dst.element_type)


# ---------------------------------------------------------------- structure

def _constant(g: Gen, inst, idx):
    shape = _shape(inst)
    array = inst.attr("literal").array
    if shape.rank == 0 or array.size == 1:
        return g.k.literal(shape.element_type, array.reshape(-1)[0])
    return g.k.load(g.lowering.constant_buf(inst), idx)


def index_value(k: Kernel, i, et) -> V:
    """An index as a value of element type `et`."""
    return k.apply("convert", [k.cast(i, compute_xdsl(S64))], S64, et)


def _iota(g: Gen, inst, idx):
    return index_value(g.k, idx[inst.attr("iota_dimension")], _shape(inst).element_type)


def _identity(g: Gen, inst, idx):
    return g.operand(inst, 0, idx)


# ---------------------------------------------------------------- indexing

def _broadcast(g: Gen, inst, idx):
    dims = inst.attr("dimensions")
    return g.operand(inst, 0, [idx[d] for d in dims])


def _linear(idx, dims):
    strides = row_major_strides(dims)
    out = 0
    for i, s in zip(idx, strides):
        out = out + i * s
    return out


def delinear(linear, dims) -> list:
    """The row-major index of position `linear` in an array of `dims`."""
    strides = row_major_strides(dims)
    out = []
    for n, (d, s) in enumerate(zip(dims, strides)):
        if d == 1:
            out.append(0)
            continue
        term = linear if s == 1 else linear // s
        if n > 0 and any(x > 1 for x in dims[:n]):
            term = term % d
        out.append(term)
    return out


def reshape_index(idx, out_dims, in_dims) -> list:
    """Operand index of a row-major reshape, group by group.

    Both shapes (size-1 dimensions aside, which map to index 0) split where their prefix
    products meet; each group of output dimensions is linearised and spread over its
    group of operand dimensions alone. A dimension the reshape keeps is then a plain loop
    index, not a division of the whole linear position: f32[4,64,1000] read as
    f32[256,1000] divides the row index only, and its inner loop stays contiguous."""
    if 0 in out_dims or 0 in in_dims:  # no elements: any index will do
        return delinear(_linear(idx, out_dims), in_dims)
    out_big = [(i, d) for i, d in zip(idx, out_dims) if d != 1]
    in_big = [d for d in in_dims if d != 1]
    spread: list = []
    o = n = 0
    while o < len(out_big):
        group_out, group_in = [out_big[o]], [in_big[n]]
        o, n = o + 1, n + 1
        size_out, size_in = group_out[0][1], group_in[0]
        while size_out != size_in:  # grow the smaller side until the products meet
            if size_out < size_in:
                group_out.append(out_big[o])
                size_out, o = size_out * out_big[o][1], o + 1
            else:
                group_in.append(in_big[n])
                size_in, n = size_in * in_big[n], n + 1
        if len(group_out) == 1 and len(group_in) == 1:
            spread.append(group_out[0][0])
        else:
            spread += delinear(_linear([i for i, _ in group_out], [d for _, d in group_out]),
                               group_in)
    it = iter(spread)
    return [next(it) if d != 1 else 0 for d in in_dims]


def _reshape(g: Gen, inst, idx):
    return g.operand(inst, 0, reshape_index(idx, _shape(inst).dims, _operand_shape(inst, 0).dims))


def _bitcast(g: Gen, inst, idx):
    out, src = _shape(inst), _operand_shape(inst, 0)
    if out.dims == src.dims and out.minor_to_major == src.minor_to_major:
        return reinterpret(g, src, out, g.operand(inst, 0, idx))
    # Physical position under the result's layout, read back under the operand's layout.
    out_phys = [out.dims[d] for d in reversed(out.minor_to_major)]
    out_idx = [idx[d] for d in reversed(out.minor_to_major)]
    src_major = list(reversed(src.minor_to_major))
    src_phys_dims = [src.dims[d] for d in src_major]
    phys = reshape_index(out_idx, out_phys, src_phys_dims)
    src_idx = [0] * src.rank
    for d, i in zip(src_major, phys):
        src_idx[d] = i
    return reinterpret(g, src, out, g.operand(inst, 0, src_idx))


def _transpose(g: Gen, inst, idx):
    perm = inst.attr("dimensions")
    src = [0] * len(perm)
    for i, p in enumerate(perm):
        src[p] = idx[i]
    return g.operand(inst, 0, src)


def _slice(g: Gen, inst, idx):
    return g.operand(inst, 0, [s.start + i * s.stride for i, s in zip(idx, inst.attr("slice"))])


def _reverse(g: Gen, inst, idx):
    dims = set(inst.attr("dimensions"))
    shape = _shape(inst)
    return g.operand(inst, 0, [shape.dims[d] - 1 - i if d in dims else i
                               for d, i in enumerate(idx)])


def _guarded(g: Gen, inst, cond, then_fn, else_fn) -> V:
    """`cond ? then : else` where the branches may only be evaluated when chosen."""
    return g.k.choose(cond, compute_xdsl(_shape(inst).element_type), then_fn, else_fn)


def _pad(g: Gen, inst, idx):
    k = g.k
    conds, src = [], []
    in_dims = _operand_shape(inst, 0).dims
    for i, p, n in zip(idx, inst.attr("padding"), in_dims):
        q = i - p.low
        if p.interior:  # (k.ix: C's / and %, also where they fold)
            step = p.interior + 1
            at = k.ix("div", q, step)
            conds += [k.ix("sge", q, 0), k.ix("eq", k.ix("rem", q, step), 0),
                      k.ix("slt", at, n)]
            src.append(at)
        else:
            if p.low > 0:
                conds.append(k.ix("sge", q, 0))
            if p.high > 0:
                conds.append(k.ix("slt", q, n))
            src.append(q)
    pad_value = g.operand(inst, 1, [])
    if not conds:
        return g.operand(inst, 0, src)
    return _guarded(g, inst, all_of(conds), lambda: g.operand(inst, 0, src), lambda: pad_value)


def _concatenate(g: Gen, inst, idx):
    (dim,) = inst.attr("dimensions")
    shapes = inst.operand_shapes
    live = [n for n, s in enumerate(shapes) if s.dims[dim] > 0]
    t = compute_xdsl(_shape(inst).element_type)

    def part(pos: int, start: int) -> V:
        """Operand live[pos] onward, live[pos] starting at `start` along `dim`."""
        n = live[pos]
        size = shapes[n].dims[dim]
        src = list(idx)
        src[dim] = idx[dim] - start
        if pos == len(live) - 1:
            return g.operand(inst, n, src)
        return g.k.choose(g.k.ix("slt", idx[dim], start + size), t, lambda: g.operand(inst, n, src),
                          lambda: part(pos + 1, start + size))

    return part(0, sum(shapes[n].dims[dim] for n in range(live[0])))


def _start_indices(g: Gen, inst, first: int, dims, sizes) -> list:
    """Clamped start indices read from scalar operands first, first+1, ..."""
    starts = []
    for d, (n, s) in enumerate(zip(dims, sizes)):
        raw = g.operand(inst, first + d, [])
        et = _operand_shape(inst, first + d).element_type
        starts.append(g.k.clamp(g.k.to_index(raw, et), 0, n - s) if n - s > 0 else 0)
    return starts


def _dynamic_slice(g: Gen, inst, idx):
    in_dims = _operand_shape(inst, 0).dims
    starts = _start_indices(g, inst, 1, in_dims, inst.attr("dynamic_slice_sizes"))
    return g.operand(inst, 0, [s + i for s, i in zip(starts, idx)])


def _dynamic_update_slice(g: Gen, inst, idx):
    in_dims = _operand_shape(inst, 0).dims
    upd = _operand_shape(inst, 1).dims
    if any(u == 0 for u in upd):
        return g.operand(inst, 0, idx)
    starts = _start_indices(g, inst, 2, in_dims, upd)
    rel = [i - s for s, i in zip(starts, idx)]
    conds = [all_of([g.k.ix("sge", r, 0), g.k.ix("slt", r, u)])
             for r, u, n, s in zip(rel, upd, in_dims, starts)
             if u != n or s != 0]
    if not conds:
        return g.operand(inst, 1, rel)
    return _guarded(g, inst, all_of(conds), lambda: g.operand(inst, 1, rel),
                    lambda: g.operand(inst, 0, idx))


def _index_vector(g: Gen, inst, operand_no: int, batch_idx, ivd: int, count: int) -> list:
    """Entries of the index vector at `batch_idx` of the indices operand (as indices)."""
    ishape = _operand_shape(inst, operand_no)
    out = []
    for k in range(count):
        full = list(batch_idx)
        if ivd < ishape.rank:
            full.insert(ivd, k)
        out.append(g.k.to_index(g.operand(inst, operand_no, full), ishape.element_type))
    return out


def _gather(g: Gen, inst, idx):
    operand = _operand_shape(inst, 0)
    ishape = _operand_shape(inst, 1)
    offset_dims = inst.attr("offset_dims")
    collapsed = inst.attr("collapsed_slice_dims")
    start_map = inst.attr("start_index_map")
    ivd = inst.attr("index_vector_dim")
    sizes = inst.attr("slice_sizes")
    obatch = inst.attr("operand_batching_dims", ()) or ()
    ibatch = inst.attr("start_indices_batching_dims", ()) or ()
    out_rank = _shape(inst).rank
    batch_idx = [idx[d] for d in range(out_rank) if d not in offset_dims]
    starts = _index_vector(g, inst, 1, batch_idx, ivd, len(start_map))
    src = [0] * operand.rank
    start_of = {d: g.k.clamp(starts[k], 0, operand.dims[d] - sizes[d])
                for k, d in enumerate(start_map)}
    for od, idim in zip(obatch, ibatch):
        pos = idim if idim < ivd or ivd >= ishape.rank else idim - 1
        src[od] = batch_idx[pos]
    window = [d for d in range(operand.rank) if d not in collapsed and d not in obatch]
    for d, od in zip(window, offset_dims):
        src[d] = idx[od]
    for d in range(operand.rank):
        if d not in obatch and d in start_of:
            src[d] = start_of[d] + src[d]
    return g.operand(inst, 0, src)


INDEX_RULES = {
    **{op: elementwise for op in ELEMENTWISE_RULES},
    "bitcast-convert": _bitcast_convert,
    "constant": _constant,
    "iota": _iota,
    "broadcast": _broadcast,
    "reshape": _reshape,
    "bitcast": _bitcast,
    "transpose": _transpose,
    "slice": _slice,
    "reverse": _reverse,
    "pad": _pad,
    "concatenate": _concatenate,
    "dynamic-slice": _dynamic_slice,
    "dynamic-update-slice": _dynamic_update_slice,
    "gather": _gather,
    "after-all": lambda g, inst, idx: g.k.literal(_shape(inst).element_type, 0),  # a token
}
