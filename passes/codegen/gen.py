"""The per-element generator: an HLO instruction and an index -> a C expression.

`INDEX_RULES[opcode](g, inst, idx) -> str` is the table: elementwise ops apply their C
expression (`scalar_ops.ELEMENTWISE_RULES`) to their operands at the same index; indexing
ops (broadcast, reshape, transpose, slice, pad, ...) compute the operand's index from the
output's. Whatever is in `g.env` (fusion parameters, materialised reductions, scalar
variables) is read, not recomputed.
"""
from __future__ import annotations

from hlox.ir.dialect import Instruction
from hlox.ir.shapes import ArrayShape, ELEMENT_TYPES

from .kernel import Buf, Kernel, Var, row_major_strides
from .scalar_ops import (
    ELEMENTWISE_RULES, compute_type, convert, literal, load_expr, storage_type, store_expr,
)


class CodegenError(Exception):
    pass


class Gen:
    def __init__(self, kernel: Kernel, env: dict, lowering):
        self.k = kernel
        self.env = env
        self.lowering = lowering

    # ---- sources
    def lookup(self, inst: Instruction):
        """The Buf/Var/tuple an instruction is stored in, or the instruction to compute."""
        if isinstance(inst, (Buf, Var, tuple)):
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

    def value(self, inst: Instruction, idx) -> str:
        """C expression (compute type) of `inst` at `idx` (a list of C index expressions)."""
        source = self.lookup(inst)
        key = (id(source), tuple(idx))
        hit = self.k.memo_get(key)
        if hit is not None:
            return hit
        if isinstance(source, Buf):
            result = self.k.let(compute_type(source.et), self.k.load(source, idx))
        elif isinstance(source, Var):
            result = source.name
        elif isinstance(source, tuple):
            raise CodegenError("a tuple value used as an array")
        else:
            rule = INDEX_RULES.get(source.opcode)
            if rule is None:
                raise CodegenError(f"'{source.opcode}' ({source.hlo_name}) must be materialised")
            expr = rule(self, source, list(idx))
            result = expr if _is_simple(expr) else self.k.let(
                compute_type(source.shape.element_type), expr)
        self.k.memo_put(key, result)
        return result

    def operand(self, inst: Instruction, i: int, idx) -> str:
        return self.value(inst.operands[i].owner, idx)


def _is_simple(expr: str) -> bool:
    return expr.isidentifier() or expr.lstrip("-").replace(".", "").isdigit()


def _shape(inst) -> ArrayShape:
    return inst.shape


def _operand_shape(inst, i) -> ArrayShape:
    return inst.operand_shapes[i]


# ---------------------------------------------------------------- elementwise

def elementwise(g: Gen, inst, idx):
    args = [g.operand(inst, i, idx) for i in range(len(inst.operands))]
    et = _operand_shape(inst, len(inst.operands) - 1).element_type
    attrs = {"direction": inst.attr("direction"), "type": inst.attr("type")}
    return ELEMENTWISE_RULES[inst.opcode](args, et, _shape(inst).element_type, attrs)


def _bitcast_convert(g: Gen, inst, idx):
    src, dst = _operand_shape(inst, 0), _shape(inst)
    if src.element_type.itemsize != dst.element_type.itemsize:
        raise CodegenError("width-changing bitcast-convert is materialised")
    return reinterpret(g, src, dst, g.operand(inst, 0, idx))


def reinterpret(g: Gen, src: ArrayShape, dst: ArrayShape, value: str) -> str:
    """The bits of a compute value of `src`'s type read as `dst`'s type (same width)."""
    if src.dtype == dst.dtype:
        return value
    k = g.k
    stored = k.let(storage_type(src.element_type), store_expr(src.element_type, value))
    out = k.fresh("bc")
    k.emit(f"{storage_type(dst.element_type)} {out}; memcpy(&{out}, &{stored}, sizeof {out});")
    return load_expr(dst.element_type, out)


# ---------------------------------------------------------------- structure

def _constant(g: Gen, inst, idx):
    shape = _shape(inst)
    array = inst.attr("literal").array
    if shape.rank == 0 or array.size == 1:
        return literal(shape.element_type, array.reshape(-1)[0])
    buf = g.lowering.constant_buf(inst)
    return g.k.load(buf, idx)


def _iota(g: Gen, inst, idx):
    shape = _shape(inst)
    i = idx[inst.attr("iota_dimension")]
    return convert(ELEMENT_TYPES["s64"], shape.element_type, f"((int64_t){i})")


def _identity(g: Gen, inst, idx):
    return g.operand(inst, 0, idx)


# ---------------------------------------------------------------- indexing

def _broadcast(g: Gen, inst, idx):
    dims = inst.attr("dimensions")
    return g.operand(inst, 0, [idx[d] for d in dims])


def _linear(idx, dims) -> str:
    strides = row_major_strides(dims)
    terms = [i if s == 1 else f"{i}*{s}" for i, s in zip(idx, strides) if i != "0"]
    return "(" + (" + ".join(terms) if terms else "0") + ")"


def _delinear(linear: str, dims) -> list[str]:
    strides = row_major_strides(dims)
    out = []
    for n, (d, s) in enumerate(zip(dims, strides)):
        if d == 1:
            out.append("0")
            continue
        term = linear if s == 1 else f"({linear} / {s})"
        if n > 0 and any(x > 1 for x in dims[:n]):
            term = f"({term} % {d})"
        out.append(term)
    return out


def reshape_index(idx, out_dims, in_dims) -> list[str]:
    """Operand index of a row-major reshape; size-1 insertions/removals map directly."""
    out_big = [(i, d) for i, d in zip(idx, out_dims) if d != 1]
    in_big = [d for d in in_dims if d != 1]
    if [d for _, d in out_big] == in_big:
        it = iter(i for i, _ in out_big)
        return [next(it) if d != 1 else "0" for d in in_dims]
    return _delinear(_linear(idx, out_dims), in_dims)


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
    src_idx = ["0"] * src.rank
    for d, i in zip(src_major, phys):
        src_idx[d] = i
    return reinterpret(g, src, out, g.operand(inst, 0, src_idx))


def _transpose(g: Gen, inst, idx):
    perm = inst.attr("dimensions")
    src = ["0"] * len(perm)
    for i, p in enumerate(perm):
        src[p] = idx[i]
    return g.operand(inst, 0, src)


def _slice(g: Gen, inst, idx):
    src = []
    for i, s in zip(idx, inst.attr("slice")):
        term = i if s.stride == 1 else f"{i}*{s.stride}"
        src.append(term if s.start == 0 else f"({s.start} + {term})")
    return g.operand(inst, 0, src)


def _reverse(g: Gen, inst, idx):
    dims = set(inst.attr("dimensions"))
    shape = _shape(inst)
    return g.operand(inst, 0, [f"({shape.dims[d] - 1} - {i})" if d in dims else i
                               for d, i in enumerate(idx)])


def _guarded(g: Gen, inst, cond: str, then_fn, else_fn) -> str:
    """`cond ? then : else` where the branches may only be evaluated when chosen."""
    k = g.k
    var = k.fresh("g")
    k.emit(f"{compute_type(_shape(inst).element_type)} {var};")
    k.open(f"if ({cond})")
    k.emit(f"{var} = {then_fn()};")
    k.close()
    k.open("else")
    k.emit(f"{var} = {else_fn()};")
    k.close()
    return var


def _pad(g: Gen, inst, idx):
    conds, src = [], []
    in_dims = _operand_shape(inst, 0).dims
    for i, p, n in zip(idx, inst.attr("padding"), in_dims):
        q = i if p.low == 0 else f"({i} - {p.low})"
        if p.interior:
            step = p.interior + 1
            conds.append(f"{q} >= 0 && {q} % {step} == 0 && {q} / {step} < {n}")
            src.append(f"({q} / {step})")
        else:
            if p.low > 0:
                conds.append(f"{q} >= 0")
            if p.high > 0:
                conds.append(f"{q} < {n}")
            src.append(q)
    pad_value = g.operand(inst, 1, [])
    if not conds:
        return g.operand(inst, 0, src)
    return _guarded(g, inst, " && ".join(f"({c})" for c in conds),
                    lambda: g.operand(inst, 0, src), lambda: pad_value)


def _concatenate(g: Gen, inst, idx):
    (dim,) = inst.attr("dimensions")
    k = g.k
    var = k.fresh("g")
    k.emit(f"{compute_type(_shape(inst).element_type)} {var};")
    start = 0
    shapes = inst.operand_shapes
    live = [n for n, s in enumerate(shapes) if s.dims[dim] > 0]
    for count, n in enumerate(live):
        size = shapes[n].dims[dim]
        src = list(idx)
        src[dim] = idx[dim] if start == 0 else f"({idx[dim]} - {start})"
        last = count == len(live) - 1
        if len(live) == 1:
            header = ""
        elif count == 0:
            header = f"if ({idx[dim]} < {start + size})"
        elif last:
            header = "else"
        else:
            header = f"else if ({idx[dim]} < {start + size})"
        k.open(header)
        k.emit(f"{var} = {g.operand(inst, n, src)};")
        k.close()
        start += size
    return var


def _start_indices(g: Gen, inst, first: int, dims, sizes) -> list[str]:
    """Clamped start indices read from scalar operands first, first+1, ..."""
    starts = []
    for d, (n, s) in enumerate(zip(dims, sizes)):
        et = _operand_shape(inst, first + d).element_type
        raw = g.operand(inst, first + d, [])
        starts.append(g.k.let("int64_t", f"hlox_clamp_index((int64_t){raw}, {n - s})", "s")
                      if n - s > 0 else "0")
        del et
    return starts


def _dynamic_slice(g: Gen, inst, idx):
    in_dims = _operand_shape(inst, 0).dims
    starts = _start_indices(g, inst, 1, in_dims, inst.attr("dynamic_slice_sizes"))
    return g.operand(inst, 0, [i if s == "0" else f"({s} + {i})" for s, i in zip(starts, idx)])


def _dynamic_update_slice(g: Gen, inst, idx):
    in_dims = _operand_shape(inst, 0).dims
    upd = _operand_shape(inst, 1).dims
    starts = _start_indices(g, inst, 2, in_dims, upd)
    rel = [i if s == "0" else f"({i} - {s})" for s, i in zip(starts, idx)]
    conds = [f"{r} >= 0 && {r} < {u}" for r, u, n, s in zip(rel, upd, in_dims, starts)
             if u != n or s != "0"]
    if any(u == 0 for u in upd):
        return g.operand(inst, 0, idx)
    if not conds:
        return g.operand(inst, 1, rel)
    return _guarded(g, inst, " && ".join(f"({c})" for c in conds),
                    lambda: g.operand(inst, 1, rel), lambda: g.operand(inst, 0, idx))


def _index_vector(g: Gen, inst, operand_no: int, batch_idx, ivd: int, count: int) -> list[str]:
    """Entries of the index vector at `batch_idx` of the indices operand (as int64)."""
    ishape = _operand_shape(inst, operand_no)
    out = []
    for k in range(count):
        full = list(batch_idx)
        if ivd < ishape.rank:
            full.insert(ivd, str(k))
        out.append(g.k.let("int64_t", f"(int64_t){g.operand(inst, operand_no, full)}", "x"))
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
    src = ["0"] * operand.rank
    start_of = {}
    for k, d in enumerate(start_map):
        start_of[d] = g.k.let("int64_t", f"hlox_clamp_index({starts[k]}, "
                                         f"{operand.dims[d] - sizes[d]})", "s")
    for od, idim in zip(obatch, ibatch):
        pos = idim if idim < ivd or ivd >= ishape.rank else idim - 1
        src[od] = batch_idx[pos]
    window = [d for d in range(operand.rank) if d not in collapsed and d not in obatch]
    for d, od in zip(window, offset_dims):
        src[d] = idx[od]
    for d in range(operand.rank):
        if d in obatch:
            continue
        if d in start_of:
            src[d] = start_of[d] if src[d] == "0" else f"({start_of[d]} + {src[d]})"
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
}
