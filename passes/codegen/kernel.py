"""Buffers, kernels (one C function each) and the per-element generator.

A `Kernel` is one `static void` C function: its parameters are the buffers it touches
(`restrict` pointers: a kernel never reads and writes the same memory through two
names), its body one or more loop nests. `Gen` produces, for an HLO instruction and an
output index (C index expressions), a C expression of the value there: elementwise and
indexing ops are inlined by index arithmetic (XLA's elemental IR emitter), values that
are materialised (fusion parameters, reductions, dots...) are loaded from their buffers
through their strides (layouts honoured). Generated values are memoised per index in
block scopes, so a value used by several consumers at the same index is computed once.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Union

from hlox.ir.shapes import ArrayShape, ElementType

from . import loops as loops_ir
from .scalar_ops import load_expr, storage_type, store_expr


def layout_strides(shape: ArrayShape) -> tuple[int, ...]:
    """Element strides of a dense buffer with the shape's minor-to-major layout."""
    strides = [0] * shape.rank
    step = 1
    for d in shape.minor_to_major:
        strides[d] = step
        step *= max(shape.dims[d], 1)
    return tuple(strides)


def row_major_strides(dims) -> tuple[int, ...]:
    strides, step = [0] * len(dims), 1
    for d in reversed(range(len(dims))):
        strides[d] = step
        step *= max(dims[d], 1)
    return tuple(strides)


@dataclass(eq=False)
class Buf:
    """One logical buffer: a temporary in the arena, an entry parameter or result, a constant."""

    id: int
    shape: ArrayShape
    kind: str  # 'temp' | 'param' | 'result' | 'const'
    index: int  # parameter / result number, or constant number
    label: str  # the instruction (or purpose) it holds
    strides: tuple[int, ...]
    first: int = -1  # live range over hlox_main's statement positions
    last: int = -1
    offset: int = 0  # in the arena (temps only)
    base: "Buf | None" = None  # a view (transpose, reshape, bitcast) of another buffer
    region: "Buf | None" = None  # a temp placed in a result buffer before it is written

    @property
    def et(self) -> ElementType:
        return self.shape.element_type

    @property
    def nbytes(self) -> int:
        return self.shape.nbytes

    def c_pointer(self) -> str:
        """How hlox_main names the buffer (temps are patched once offsets are known)."""
        ctype = storage_type(self.et)
        if self.base is not None:
            return f"(({ctype} *){self.base.c_pointer()})"
        if self.kind == "param":
            return f"(({ctype} *)params[{self.index}])"
        if self.kind == "result":
            return f"(({ctype} *)results[{self.index}])"
        if self.kind == "const":
            return f"(({ctype} *)hlox_const{self.index})"
        return f"(({ctype} *)(A + @OFF{self.id}@))"


Tree = Union[Buf, tuple]  # a buffer, or a (nested) tuple of them


def leaves(tree) -> list[Buf]:
    if isinstance(tree, Buf):
        return [tree]
    return [leaf for t in tree for leaf in leaves(t)]


@dataclass(frozen=True)
class Var:
    """A scalar held in a C variable (parameters of scalar computations)."""

    name: str


def offset_expr(idx, strides) -> str:
    terms = []
    for i, s in zip(idx, strides):
        if i == "0" or s == 0:
            continue
        terms.append(i if s == 1 else f"{i}*{s}")
    return " + ".join(terms) if terms else "0"


class Kernel:
    """Builds one C function."""

    def __init__(self, name: str, threads: int):
        self.name = name
        self.threads = threads
        self.params: dict[int, tuple[str, Buf, bool]] = {}
        self.lines: list[str] = []
        self.depth = 1
        self.counter = 0
        self.memo: list[dict] = [{}]
        self.loop_nests = 0
        self.ir: list = []  # loop-level IR ops (kernel dialect, for dumps)

    # ---- buffers and statements
    def ptr(self, buf: Buf, write: bool = False) -> str:
        if buf.kind == "const" and buf.base is None:
            return f"hlox_const{buf.index}"  # globals: not passed
        entry = self.params.get(buf.id)
        if entry is None:
            entry = (f"b{len(self.params)}", buf, write)
        elif write and not entry[2]:
            entry = (entry[0], buf, True)
        self.params[buf.id] = entry
        return entry[0]

    def load(self, buf: Buf, idx) -> str:
        return load_expr(buf.et, f"{self.ptr(buf)}[{offset_expr(idx, buf.strides)}]")

    def store(self, buf: Buf, idx, value: str) -> None:
        self.emit(f"{self.ptr(buf, True)}[{offset_expr(idx, buf.strides)}] = "
                  f"{store_expr(buf.et, value)};")

    def emit(self, line: str) -> None:
        self.lines.append("  " * self.depth + line)

    def fresh(self, prefix: str = "v") -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def let(self, ctype: str, expr: str, prefix: str = "v", const: bool = True) -> str:
        name = self.fresh(prefix)
        self.emit(f"{'const ' if const else ''}{ctype} {name} = {expr};")
        return name

    def open(self, header: str) -> None:
        self.emit(header + " {")
        self.depth += 1
        self.memo.append({})

    def close(self) -> None:
        self.memo.pop()
        self.depth -= 1
        self.emit("}")

    def memo_get(self, key):
        for scope in reversed(self.memo):
            if key in scope:
                return scope[key]
        return None

    def memo_put(self, key, value) -> None:
        self.memo[-1][key] = value

    # ---- loops
    def loop_nest(self, dims, order, body: Callable[[list[str]], None], *, work: int = 0,
                  simd: bool = True, label: str = "") -> None:
        """Loops over `dims` (visited in `order`, major to minor), calling body(idx) inside.

        `work` estimates the cost of the whole nest; above PARALLEL_WORK the outer loops are
        split across threads. `simd` marks the innermost loop for vectorisation (the body
        must then be free of loop-carried dependencies).
        """
        if any(d == 0 for d in dims):
            return
        self.loop_nests += 1
        idx = ["0"] * len(dims)
        loops = [d for d in order if dims[d] > 1]
        parallel = self.threads > 1 and work >= PARALLEL_WORK and loops
        self.ir.append(loops_ir.loop_nest(dims, order, bool(parallel), simd, label))
        for n, d in enumerate(loops):
            var = self.fresh("i")
            idx[d] = var
            innermost = n == len(loops) - 1
            if n == 0 and parallel:
                collapse = len(loops) - 1 if len(loops) > 1 else 1
                clause = f" collapse({collapse})" if collapse > 1 else ""
                simd_clause = " simd" if innermost and simd else ""
                self.emit(f"#pragma omp parallel for{simd_clause}{clause} schedule(static) "
                          f"num_threads({self.threads})")
            elif innermost and simd:
                self.emit("#pragma omp simd")
            self.open(f"for (int64_t {var} = 0; {var} < {dims[d]}; {var}++)")
        if not loops:
            self.open("")
        body(idx)
        for _ in range(max(len(loops), 1)):
            self.close()

    # ---- the C function
    def signature_args(self) -> list[tuple[str, Buf, bool]]:
        return list(self.params.values())

    def c_text(self) -> str:
        params = []
        for local, buf, write in self.signature_args():
            ctype = storage_type(buf.et)
            params.append(f"{'' if write else 'const '}{ctype} *restrict {local}")
        # noinline: arena memory is reused across kernels with other element types; a call
        # boundary keeps gcc's type-based alias analysis from reordering those accesses.
        head = (f"__attribute__((noinline)) static void "
                f"{self.name}({', '.join(params) or 'void'})")
        return head + " {\n" + "\n".join(self.lines) + "\n}\n"

    def call(self) -> str:
        return f"{self.name}({', '.join(b.c_pointer() for _, b, _ in self.signature_args())});"


# Below this much work (elements x rough cost) a loop nest stays serial: OpenMP's fork/join
# costs a few microseconds on this machine (measured: see tests/passes/test_codegen_perf).
PARALLEL_WORK = 1 << 17


def order_of(strides, dims) -> list[int]:
    """Dimensions ordered major to minor by stride (ties: later dims more minor)."""
    return sorted(range(len(dims)), key=lambda d: (-strides[d], d))
