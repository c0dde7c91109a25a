"""Buffers, and the builder of the loop-level IR (`loops.py`): one `Kernel` per C function.

A `Kernel` builds one `kernel.func` (or the scalar function of a reducer, or `kernel.main`):
its arguments are the buffers it touches, its body loop nests of `kernel.for` with scalar
ops inside. Values are `V`s (SSA values of the IR); index values do C-like arithmetic
(`i * 4 + j`, `pos // 2`, `pos.lt(n)`) with Python ints as constants, folded as they are
built, and equal index expressions are built once per scope (the generator's memo
relies on it). `Gen` (gen.py) produces, for an HLO instruction and an output index, the
value there: elementwise and indexing ops are inlined by index arithmetic (XLA's elemental
IR emitter), materialised values are loaded from their buffers through their strides.
"""
from __future__ import annotations

from contextlib import ExitStack, contextmanager
from typing import Callable, Union

from xdsl.dialects.builtin import (
    DYNAMIC_INDEX, IndexType, IntegerAttr, IntegerType, MemRefType, Signedness,
    UnitAttr, f32, f64, i1,
)
from xdsl.ir import Attribute, Block, Region, SSAValue

from hlox.ir.dialect import _ELEMENT_TO_XDSL
from hlox.ir.shapes import ELEMENT_TYPES, ElementType
from hlox.passes.memory_plan import Buf, layout_strides, leaves, row_major_strides  # noqa: F401

from .loop_passes import PARALLEL_WORK

from . import loops as K

INDEX = IndexType()


# ---------------------------------------------------------------- types

def compute_xdsl(et: ElementType) -> Attribute:
    """The IR type values of `et` have inside kernels (f16 / bf16 compute in f32)."""
    if et.name in ("f16", "bf16"):
        return f32
    return _ELEMENT_TO_XDSL[et.name]


def memref_of(et: ElementType) -> MemRefType:
    return MemRefType(_ELEMENT_TO_XDSL[et.name], [DYNAMIC_INDEX])


def scalar_var_type(t: Attribute) -> MemRefType:
    return MemRefType(t, [])


U32 = IntegerType(32, Signedness.UNSIGNED)
U64 = IntegerType(64, Signedness.UNSIGNED)
BOOL = i1


# ---------------------------------------------------------------- values

class V:
    """A value of the kernel being built. Index values do C-like arithmetic with ints and
    each other (`//` and `%` truncate, as C's / and % do)."""

    __slots__ = ("ssa", "k")

    def __init__(self, ssa: SSAValue, k: "Kernel"):
        self.ssa = ssa
        self.k = k

    def __hash__(self):
        return hash(self.ssa)

    def __eq__(self, other):
        return isinstance(other, V) and other.ssa is self.ssa

    def __repr__(self):
        return f"V({self.ssa.name_hint})"

    @property
    def type(self) -> Attribute:
        return self.ssa.type

    def __add__(self, o):
        return self.k.ix("add", self, o)

    def __radd__(self, o):
        return self.k.ix("add", o, self)

    def __sub__(self, o):
        return self.k.ix("sub", self, o)

    def __rsub__(self, o):
        return self.k.ix("sub", o, self)

    def __mul__(self, o):
        return self.k.ix("mul", self, o)

    def __rmul__(self, o):
        return self.k.ix("mul", o, self)

    def __floordiv__(self, o):
        return self.k.ix("div", self, o)

    def __mod__(self, o):
        return self.k.ix("rem", self, o)

    def __and__(self, o):
        return self.k.ix("and", self, o)

    def __rand__(self, o):
        return self.k.ix("and", o, self)

    def lt(self, o):
        return self.k.ix("slt", self, o)

    def le(self, o):
        return self.k.ix("sle", self, o)

    def gt(self, o):
        return self.k.ix("sgt", self, o)

    def ge(self, o):
        return self.k.ix("sge", self, o)

    def eq(self, o):
        return self.k.ix("eq", self, o)

    def ne(self, o):
        return self.k.ix("ne", self, o)


Index = Union[int, V]

_FOLD = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "div": lambda a, b: int(a / b), "rem": lambda a, b: a - int(a / b) * b,
    "and": lambda a, b: int(bool(a) and bool(b)),
    "slt": lambda a, b: int(a < b), "sle": lambda a, b: int(a <= b),
    "sgt": lambda a, b: int(a > b), "sge": lambda a, b: int(a >= b),
    "eq": lambda a, b: int(a == b), "ne": lambda a, b: int(a != b),
    "min": min, "max": max,
}


def all_of(conds) -> Index:
    """The conjunction of conditions (ints fold: an empty list is true)."""
    out: Index = 1
    for c in conds:
        if isinstance(c, int):
            if not c:
                return 0
            continue
        out = c if isinstance(out, int) else out & c
    return out


# ---------------------------------------------------------------- the builder

class Kernel:
    """Builds one function of the loop-level IR: `kind` is "func" (a C kernel whose
    arguments are buffers), "scalar" (a scalar computation) or "main" (hlox_main)."""

    def __init__(self, name: str, threads: int, kind: str = "func", label: str = "",
                 arg_types=()):
        self.name = name
        self.threads = threads
        self.kind = kind
        self.counter = 0
        self.loop_nests = 0
        self.params: dict[int, tuple[V, Buf]] = {}  # buffer id -> (argument, buffer)
        self.scratches: dict[int, V] = {}  # id(Buf) of a kernel.scratch -> its array
        block = Block(arg_types=list(arg_types))
        self.prologue: list = []  # constants and buffer addresses: defined before all else
        if kind == "func":
            self.op = K.FuncOp.create(properties={"sym_name": K.str_attr(name),
                                                  "source": K.str_attr(label)},
                                      regions=[Region(block)])
        elif kind == "scalar":
            self.op = K.ScalarFuncOp.create(properties={"sym_name": K.str_attr(name)},
                                            regions=[Region(block)])
        else:
            self.op = None
        self.root = block
        self.blocks: list[Block] = [block]
        self.memo: list[dict] = [{}]
        self.args = [self._named(a, f"p{n}") for n, a in enumerate(block.args)]

    # ---- names, scopes and insertion
    def fresh(self, prefix: str = "v") -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def _named(self, ssa: SSAValue, prefix: str) -> V:
        ssa.name_hint = self.fresh(prefix) if not prefix[-1].isdigit() else prefix
        return V(ssa, self)

    def add(self, op, prefix: str = "v") -> V | None:
        self.blocks[-1].add_op(op)
        if op.results:
            return self._named(op.results[0], prefix)
        return None

    def _prologue(self, key, make, prefix: str) -> V:
        hit = self.memo[0].get(key)
        if hit is None:
            op = make()
            self.prologue.append(op)
            hit = self._named(op.results[0], prefix)
            self.memo[0][key] = hit
        return hit

    @contextmanager
    def inside(self, region: Region):
        """Build into the (single) block of `region`, a scope of its own."""
        self.blocks.append(region.block)
        self.memo.append({})
        try:
            yield
        finally:
            self.memo.pop()
            self.blocks.pop()

    def memo_get(self, key):
        for scope in reversed(self.memo):
            if key in scope:
                return scope[key]
        return None

    def memo_put(self, key, value) -> None:
        self.memo[-1][key] = value

    def is_empty(self) -> bool:
        return self.root.first_op is None

    def finish(self) -> None:
        """Put the prologue (constants, buffer addresses) first in the function."""
        first = self.root.first_op
        for op in self.prologue:
            if first is None:
                self.root.add_op(op)
            else:
                self.root.insert_op_before(op, first)
        self.prologue = []

    # ---- index arithmetic
    def const(self, value: int) -> V:
        value = int(value)
        name = f"c{value}" if value >= 0 else f"c_m{-value}"  # %c64 reads as 64
        return self._prologue(("const", value),
                              lambda: K.IndexConstantOp.create(
                                  properties={"value": IntegerAttr(value, INDEX)},
                                  result_types=[INDEX]), name)

    def index(self, x: Index) -> V:
        return x if isinstance(x, V) else self.const(x)

    def ix(self, kind: str, a: Index, b: Index) -> Index:
        if isinstance(a, int) and isinstance(b, int):
            return _FOLD[kind](a, b)
        if kind == "add" and b == 0 or kind == "sub" and b == 0 or \
                kind in ("mul", "div") and b == 1:
            return a
        if kind == "add" and a == 0 or kind == "mul" and a == 1:
            return b
        if kind == "mul" and (a == 0 or b == 0):
            return 0
        if kind == "and":
            if isinstance(a, int):
                return b if a else 0
            if isinstance(b, int):
                return a if b else 0
        key = (kind, a, b)
        hit = self.memo_get(key)
        if hit is not None:
            return hit
        x, y = self.index(a), self.index(b)
        if kind in K.INDEX_COMPARE:
            op = K.IndexCompareOp.create(operands=[x.ssa, y.ssa], result_types=[BOOL],
                                         properties={"kind": K.str_attr(kind)})
        else:
            op = K.IndexBinaryOp.create(operands=[x.ssa, y.ssa], result_types=[x.type],
                                        properties={"kind": K.str_attr(kind)})
        result = self.add(op, "t")
        self.memo_put(key, result)
        return result

    def select(self, cond: Index, a: Index, b: Index) -> Index:
        if isinstance(cond, int):
            return a if cond else b
        key = ("select", cond, a, b)
        hit = self.memo_get(key)
        if hit is None:
            hit = self.add(K.IndexSelectOp.create(
                operands=[cond.ssa, self.index(a).ssa, self.index(b).ssa],
                result_types=[INDEX]), "t")
            self.memo_put(key, hit)
        return hit

    def clamp(self, x: Index, lo: int, hi: int) -> Index:
        return self.ix("max", self.ix("min", x, hi), lo)

    def offset(self, idx, strides) -> Index:
        """The element offset of index `idx` in a buffer with `strides`."""
        out: Index = 0
        for i, s in zip(idx, strides):
            if s:
                out = out + i * s
        return out

    # ---- scalars
    def literal(self, et: ElementType, value) -> V:
        if et.kind == "complex":  # "real,imag" as float.hex texts
            z = complex(value)
            text = f"{z.real.hex()},{z.imag.hex()}"
        else:
            text = float(value).hex() if et.kind == "float" else str(int(value))
        return self._prologue(("lit", et.name, text), lambda: K.LiteralOp.create(
            properties={"et": K.str_attr(et.name), "value": K.str_attr(text)},
            result_types=[compute_xdsl(et)]), "k")

    def apply(self, opcode: str, args, et: ElementType, out_et: ElementType | None = None,
              direction=None, compare_type=None) -> V:
        """One elementwise HLO op on scalars of element type `et`."""
        out_et = out_et or et
        props = {"opcode": K.str_attr(opcode), "et": K.str_attr(et.name),
                 "out_et": K.str_attr(out_et.name)}
        if direction:
            props["direction"] = K.str_attr(direction)
        if compare_type:
            props["compare_type"] = K.str_attr(compare_type)
        return self.add(K.ApplyOp.build(operands=[[a.ssa for a in args]], properties=props,
                                        result_types=[compute_xdsl(out_et)]))

    def cast(self, x: Index, to: Attribute) -> V:
        """A C conversion (index <-> integer scalars)."""
        if isinstance(x, int):
            if to == INDEX:
                return self.const(x)
            x = self.const(x)
        if x.type == to:
            return x
        key = ("cast", x, to)
        hit = self.memo_get(key)
        if hit is None:
            hit = self.add(K.CastOp.build(operands=[x.ssa], result_types=[to]), "x")
            self.memo_put(key, hit)
        return hit

    def to_index(self, x: V, et: ElementType | None = None) -> V:
        """`x` (of element type `et`) as an index; a u64 above INT64_MAX saturates there
        instead of wrapping negative (XLA clamps such a start to the end, not to 0)."""
        if et is not None and et.name == "u64":
            x = self.apply("minimum", [x, self.literal(et, 2**63 - 1)], et)
        return self.cast(x, INDEX)

    def bitcast(self, x: V, et: ElementType, out_et: ElementType) -> V:
        return self.add(K.BitcastOp.build(
            operands=[x.ssa], properties={"et": K.str_attr(et.name),
                                          "out_et": K.str_attr(out_et.name)},
            result_types=[compute_xdsl(out_et)]), "bc")

    def call(self, callee: str, args, result: Attribute | None = None) -> V | None:
        op = K.CallOp.build(operands=[[self._as_value(a).ssa for a in args]],
                            properties={"callee": K.str_attr(callee)},
                            result_types=[[result] if result is not None else []])
        return self.add(op, "r")

    def _as_value(self, a) -> V:
        return self.index(a) if isinstance(a, int) else a

    # ---- mutable scalars
    def var(self, t: Attribute, init=None, prefix: str = "acc") -> V:
        operands = [[init.ssa]] if init is not None else [[]]
        return self.add(K.VarOp.build(operands=operands, result_types=[scalar_var_type(t)]),
                        prefix)

    def read(self, var: V) -> V:
        return self.add(K.ReadOp.build(operands=[var.ssa],
                                       result_types=[var.type.element_type]))

    def assign(self, var: V, value) -> None:
        self.add(K.AssignOp.build(operands=[var.ssa, self._as_value(value).ssa]))

    # ---- memory
    def ptr(self, buf: Buf) -> V:
        """The value addressing `buf` here: a function argument, a constant global, or (in
        hlox_main) the buffer's place in the arena."""
        if buf.kind == "const" and buf.base is None and self.kind != "main":
            return self._prologue(("const_buf", buf.index), lambda: K.ConstantBufferOp.create(
                properties={"index": K.int_attr(buf.index)}, result_types=[memref_of(buf.et)]),
                "g")
        if buf.kind == "scratch":
            return self.scratches[id(buf)]
        entry = self.params.get(buf.id)
        if entry is not None:
            return entry[0]
        if self.kind == "main":
            value = self._prologue(("buf", buf.id), lambda: K.BufferOp.create(
                properties={"buf": K.int_attr(buf.id), "label": K.str_attr(buf.label)},
                result_types=[memref_of(buf.et)]), "buf")
        else:
            arg = self.root.insert_arg(memref_of(buf.et), len(self.root.args))
            value = self._named(arg, f"b{len(self.params)}")
        self.params[buf.id] = (value, buf)
        return value

    def scratch(self, shape, label: str) -> Buf:
        """A dense row-major array of the kernel's own, declared here (inside a parallel
        loop: one per thread, on its stack): not in the arena, so keep it small."""
        buf = Buf(-1, shape, "scratch", 0, label, row_major_strides(shape.dims))
        self.scratches[id(buf)] = self.add(K.ScratchOp.create(
            properties={"elements": K.int_attr(max(shape.size, 1))},
            result_types=[memref_of(shape.element_type)]), "s")
        return buf

    def load(self, buf: Buf, idx) -> V:
        off = self.index(self.offset(idx, buf.strides))
        return self.add(K.LoadOp.build(operands=[self.ptr(buf).ssa, off.ssa],
                                       result_types=[compute_xdsl(buf.et)]))

    def store(self, buf: Buf, idx, value: V) -> None:
        off = self.index(self.offset(idx, buf.strides))
        self.add(K.StoreOp.build(operands=[value.ssa, self.ptr(buf).ssa, off.ssa]))

    def memcpy(self, dst: Buf, src: Buf, nbytes: int, dst_offset: Index = 0,
               src_offset: Index = 0) -> None:
        self.add(K.MemcpyOp.build(
            operands=[self.ptr(dst).ssa, self.index(dst_offset).ssa, self.ptr(src).ssa,
                      self.index(src_offset).ssa], properties={"bytes": K.int_attr(nbytes)}))

    def gemm(self, a: Buf, a_offset: Index, b: Buf, b_offset: Index, c: Buf, c_offset: Index,
             mnk, leading, trans_a: bool, trans_b: bool, source: str) -> None:
        """Row-major C = op(A) op(B) through CBLAS; offsets in elements."""
        props = {"m": K.int_attr(mnk[0]), "n": K.int_attr(mnk[1]), "k": K.int_attr(mnk[2]),
                 "lda": K.int_attr(leading[0]), "ldb": K.int_attr(leading[1]),
                 "ldc": K.int_attr(leading[2]), "source": K.str_attr(source)}
        if trans_a:
            props["trans_a"] = UnitAttr()
        if trans_b:
            props["trans_b"] = UnitAttr()
        self.add(K.GemmOp.build(operands=[
            self.ptr(a).ssa, self.index(a_offset).ssa, self.ptr(b).ssa,
            self.index(b_offset).ssa, self.ptr(c).ssa, self.index(c_offset).ssa],
            properties=props))

    def buffers(self) -> list[Buf]:
        return [buf for _, buf in self.params.values()]

    # ---- control flow
    @contextmanager
    def loop(self, ub: Index, lb: Index = 0, step: Index = 1, *, simd: bool = False,
             work: int = 0, independent: bool = False, minor: bool = False,
             parallel: bool = False, collapse: int = 1, reduce=(),
             source: str | None = None):
        """`for (i = lb; i < ub; i += step)`; yields i. What the caller knows of the loop
        (loop_passes.py): `simd`: its body may run as SIMD lanes (vectorizable), `work`:
        the cost of the nest it heads, offered to threads, `independent`, `minor`.
        `reduce`: (kernel.var, "+" | "max" | ...) pairs given an OpenMP reduction clause.
        `parallel` (and `collapse`): a body built for a split across the threads, decided
        by the caller."""
        props = {}
        if work > 0:
            props["work"] = K.int_attr(work)
        for fact, known in (("independent", independent), ("minor", minor),
                            ("vectorizable", simd), ("parallel", parallel)):
            if known:
                props[fact] = UnitAttr()
        if parallel:
            props["threads"] = K.int_attr(self.threads)
            if collapse > 1:
                props["collapse"] = K.int_attr(collapse)
        if reduce:
            props["reduce_kinds"] = K.ArrayAttr([K.str_attr(kind) for _, kind in reduce])
        if source is not None:
            props["source"] = K.str_attr(source)
        region = K.new_region([INDEX])
        op = K.ForOp.build(operands=[self.index(lb).ssa, self.index(ub).ssa,
                                     self.index(step).ssa, [v.ssa for v, _ in reduce]],
                           properties=props, regions=[region])
        self.add(op)
        iv = self._named(region.block.args[0], "i")
        with self.inside(region):
            yield iv

    def if_(self, cond: V) -> K.IfOp:
        op = K.IfOp.build(operands=[cond.ssa], regions=[K.new_region(), K.new_region()])
        self.add(op)
        return op

    @contextmanager
    def when(self, cond: Index):
        """Build the body under `cond` (no branch at all when it folded to true; built into
        a block that is dropped when it folded to false)."""
        if isinstance(cond, int):
            with self.inside(K.new_region()) if not cond else self.inside_scope():
                yield
            return
        with self.inside(self.if_(cond).then):
            yield

    @contextmanager
    def inside_scope(self):
        self.memo.append({})
        try:
            yield
        finally:
            self.memo.pop()

    def choose(self, cond: Index, t: Attribute, then_fn, else_fn) -> V:
        """`cond ? then_fn() : else_fn()` where only the chosen side is evaluated."""
        if isinstance(cond, int):
            return then_fn() if cond else else_fn()
        out = self.var(t, prefix="g")
        op = self.if_(cond)
        with self.inside(op.then):
            self.assign(out, then_fn())
        with self.inside(op.otherwise):
            self.assign(out, else_fn())
        return self.read(out)

    def while_(self) -> K.WhileOp:
        op = K.WhileOp.create(regions=[K.new_region(), K.new_region()])
        self.add(op)
        return op

    def condition(self, pred: V) -> None:
        self.add(K.ConditionOp.build(operands=[pred.ssa]))

    def loop_nest(self, dims, order, body: Callable[[list], None], *, work: int = 0,
                  simd: bool = True, label: str = "") -> None:
        """Loops over `dims` (visited in `order`, major to minor), calling body(idx) inside.

        `work` estimates the cost of the whole nest, whose iterations are independent (the
        loop passes split it across threads when it is worth it); 0: the iterations depend
        on each other (a scatter), the nest stays serial. `simd`: the body is free of
        loop-carried dependencies, its innermost loop vectorizable.
        """
        if any(d == 0 for d in dims):
            return
        self.loop_nests += 1
        idx: list = [0] * len(dims)
        loops = [d for d in order if dims[d] > 1]
        with ExitStack() as stack:
            if not loops:
                stack.enter_context(self.inside_scope())
            for n, d in enumerate(loops):
                innermost = n == len(loops) - 1
                idx[d] = stack.enter_context(self.loop(
                    dims[d], simd=innermost and simd, work=work if n == 0 else 0,
                    independent=work > 0, minor=innermost,
                    source=label if n == 0 else None))
            body(idx)


def order_of(strides, dims) -> list[int]:
    """Dimensions ordered major to minor by stride (ties: later dims more minor)."""
    return sorted(range(len(dims)), key=lambda d: (-strides[d], d))


S64 = ELEMENT_TYPES["s64"]
__all__ = ["Buf", "Kernel", "V", "INDEX", "PARALLEL_WORK", "all_of", "compute_xdsl", "f64",
           "layout_strides", "leaves", "memref_of", "order_of", "row_major_strides"]
