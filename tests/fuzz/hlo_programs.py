"""Random HLO programs for differential testing: compiled code against hlox's evaluator.

Independent of tests/passes/random_graphs.py, and aimed at what that one does not make:
reduce-window with padding and dilation, signed zeros / NaN / infinities in every float
op, while loops, dynamic-slice and dynamic-update-slice with starts out of range (of every
index type), pad with negative and interior padding, converts between all dtypes, and
every element type hlox has but the sub-byte integers (see DTYPES).

A *case* is one small computation of its own parameters; `batch_module` puts many cases
into one module (one C build) whose ENTRY returns a tuple with each case's outputs, so a
few hundred cases cost a few compiles. Each case records how its outputs are compared:
"exact" (bit for bit, signed zeros and NaN included), "close" (transcendental functions:
libm and numpy differ by ulps) or "sum" (an add reduction: the summation order differs).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import ml_dtypes
import numpy as np

from hlox.ir.opcodes import OPS
from hlox.ir.shapes import ELEMENT_TYPES

# Not the sub-byte integers (s4, u4, s2, u2) yet: the evaluator returns them as another
# dtype in a tuple ("evaluator bug: result does not have the shape u4[]"), so there is no
# oracle for them.
SUB_BYTE = [d for d, et in ELEMENT_TYPES.items() if et.bits < 8 and et.kind != "pred"]
DTYPES = [d for d, et in ELEMENT_TYPES.items() if et.kind != "token" and d not in SUB_BYTE]
FLOATS = [d for d in DTYPES if ELEMENT_TYPES[d].kind == "float"]
COMPLEX = [d for d in DTYPES if ELEMENT_TYPES[d].kind == "complex"]
ORDERED = [d for d in DTYPES if d not in COMPLEX]  # maximum, minimum, LT, ... take these

FLOAT_BINARY_EXACT = ["add", "subtract", "multiply", "divide", "maximum", "minimum",
                      "remainder"]
FLOAT_BINARY_CLOSE = ["atan2", "power"]
FLOAT_UNARY_EXACT = ["negate", "abs", "sign", "floor", "ceil", "round-nearest-even",
                     "round-nearest-afz", "sqrt"]
FLOAT_UNARY_CLOSE = ["exponential", "log", "tanh", "sine", "cosine", "logistic",
                     "log-plus-one", "exponential-minus-one", "cbrt", "rsqrt"]
INT_BINARY = ["add", "subtract", "multiply", "maximum", "minimum", "and", "or", "xor",
              "divide", "remainder", "shift-left", "shift-right-logical",
              "shift-right-arithmetic"]
INT_UNARY = ["negate", "abs", "sign", "not", "popcnt", "count-leading-zeros"]
PRED_BINARY = ["and", "or", "xor", "maximum", "minimum"]
COMPLEX_BINARY = ["add", "subtract", "multiply"]
COMPLEX_UNARY = ["negate"]
DIRECTIONS = ["EQ", "NE", "LT", "LE", "GT", "GE"]
INDEX_TYPES = ["s8", "s16", "s32", "s64", "u8", "u32", "u64"]
TOLERANCE = {"f16": 1e-2, "bf16": 5e-2, "f32": 1e-5, "f64": 1e-12, "c64": 1e-5,
             "c128": 1e-12}


def int_info(dtype: str):
    """iinfo of an integer element type, the sub-byte ones (s4, u2, ...) included."""
    return ml_dtypes.iinfo(ELEMENT_TYPES[dtype].dtype)


def shape_text(dtype: str, dims) -> str:
    return f"{dtype}[{','.join(str(d) for d in dims)}]"


@dataclass
class Case:
    """One computation: its instruction lines (names prefixed by the case), parameters and
    outputs. `fixed` holds the values of parameters the generator chose (indices)."""

    prefix: str
    lines: list[str] = field(default_factory=list)
    params: list[tuple[str, str, tuple]] = field(default_factory=list)  # name, dtype, dims
    fixed: dict[int, np.ndarray] = field(default_factory=dict)
    outputs: list[tuple[str, str, tuple]] = field(default_factory=list)
    compare: str = "exact"
    kind: str = ""
    _count: int = 0

    def name(self) -> str:
        self._count += 1
        return f"{self.prefix}_{self._count}"

    def param(self, dtype: str, dims, value: np.ndarray | None = None) -> str:
        name = self.name()
        if value is not None:
            self.fixed[len(self.params)] = value
        self.params.append((name, dtype, tuple(dims)))
        return name

    def emit(self, dtype: str, dims, text: str) -> str:
        name = self.name()
        self.lines.append(f"  {name} = {shape_text(dtype, dims)} {text}")
        return name

    def output(self, name: str, dtype: str, dims) -> None:
        self.outputs.append((name, dtype, tuple(dims)))


class Generator:
    """Random cases and the helper computations (reducers, loop bodies) they call."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.helpers: dict[str, str] = {}

    # ------------------------------------------------------------ helpers

    def reducer(self, op: str, dtype: str) -> str:
        name = f"{op}_{dtype}"
        if name not in self.helpers:
            self.helpers[name] = (f"{name} {{\n  a = {dtype}[] parameter(0)\n"
                                  f"  b = {dtype}[] parameter(1)\n"
                                  f"  ROOT r = {dtype}[] {op}(a, b)\n}}\n")
        return name

    def dims(self, rank_range=(0, 3), largest=5) -> tuple:
        return tuple(self.rng.randint(1, largest)
                     for _ in range(self.rng.randint(*rank_range)))

    # ------------------------------------------------------------ cases

    def case(self, prefix: str) -> Case:
        kinds = [self.elementwise, self.reduce_window, self.reduce, self.while_loop,
                 self.dynamic_slices, self.pad, self.convert, self.movement]
        make = self.rng.choice(kinds)
        case = Case(prefix, kind=make.__name__)
        make(case)
        return case

    def elementwise(self, c: Case) -> None:
        dtype = self.rng.choice(DTYPES)
        kind = ELEMENT_TYPES[dtype].kind
        dims = self.dims()
        pool = [c.param(dtype, dims) for _ in range(self.rng.randint(1, 3))]
        close = False
        for _ in range(self.rng.randint(1, 5)):
            pick = self.rng.random()
            if pick < 0.15:  # compare and select
                a, b = self.rng.choice(pool), self.rng.choice(pool)
                directions = DIRECTIONS if kind != "complex" else ["EQ", "NE"]
                p = c.emit("pred", dims, f"compare({a}, {b}), "
                                         f"direction={self.rng.choice(directions)}")
                pool.append(c.emit(dtype, dims, f"select({p}, {a}, {b})"))
                continue
            if kind == "float":
                unary, binary = FLOAT_UNARY_EXACT, FLOAT_BINARY_EXACT
                if self.rng.random() < 0.25:
                    unary, binary, close = FLOAT_UNARY_CLOSE, FLOAT_BINARY_CLOSE, True
            elif kind == "pred":
                unary, binary = ["not"], PRED_BINARY
            elif kind == "complex":
                unary, binary = COMPLEX_UNARY, COMPLEX_BINARY
            else:
                unary, binary = INT_UNARY, INT_BINARY
            if kind == "uint":
                unary = [u for u in unary if OPS[u].operand_kinds != "signed"]
            if self.rng.random() < 0.4:
                op = self.rng.choice(unary)
                pool.append(c.emit(dtype, dims, f"{op}({self.rng.choice(pool)})"))
            else:
                op = self.rng.choice(binary)
                a, b = self.rng.choice(pool), self.rng.choice(pool)
                pool.append(c.emit(dtype, dims, f"{op}({a}, {b})"))
        # a complex product's parts (ac - bd, ad + bc) may be contracted to FMAs: not exact
        c.compare = "close" if close or kind == "complex" else "exact"
        c.output(pool[-1], dtype, dims)

    def reduce_window(self, c: Case) -> None:
        dtype = self.rng.choice([d for d in DTYPES if d != "pred"])
        op = self.rng.choice(["add", "maximum", "minimum"] if dtype in ORDERED else ["add"])
        rank = self.rng.randint(1, 3)
        while True:
            dims = self.dims((rank, rank), 6)
            window, out = [], []
            for d in dims:
                size, stride = self.rng.randint(1, 3), self.rng.randint(1, 3)
                low, high = self.rng.randint(0, 2), self.rng.randint(0, 2)
                base = 2 if self.rng.random() < 0.15 else 1
                dilate = 2 if self.rng.random() < 0.15 else 1
                padded = (d - 1) * base + 1 + low + high
                span = (size - 1) * dilate + 1
                out.append((padded - span) // stride + 1 if padded >= span else 0)
                window.append((size, stride, low, high, base, dilate))
            if all(out):
                break
        x = c.param(dtype, dims)
        init = c.emit(dtype, (), f"constant({_identity(op, dtype)})")
        fields = [("size", 0), ("stride", 1), ("lhs_dilate", 4), ("rhs_dilate", 5)]
        text = " ".join(f"{key}={'x'.join(str(w[i]) for w in window)}" for key, i in fields)
        text += " pad=" + "x".join(f"{w[2]}_{w[3]}" for w in window)
        r = c.emit(dtype, out, f"reduce-window({x}, {init}), window={{{text}}}, "
                               f"to_apply={self.reducer(op, dtype)}")
        c.compare = "sum" if op == "add" and dtype in FLOATS + COMPLEX else "exact"
        c.output(r, dtype, out)

    def reduce(self, c: Case) -> None:
        dtype = self.rng.choice([d for d in DTYPES if d != "pred"])
        op = self.rng.choice(["add", "maximum", "minimum"] if dtype in ORDERED else ["add"])
        dims = self.dims((1, 3), 9)
        reduced = sorted(self.rng.sample(range(len(dims)), self.rng.randint(1, len(dims))))
        kept = [d for i, d in enumerate(dims) if i not in reduced]
        x = c.param(dtype, dims)
        init = c.emit(dtype, (), f"constant({_identity(op, dtype)})")
        r = c.emit(dtype, kept, f"reduce({x}, {init}), dimensions={{{','.join(map(str, reduced))}}}"
                                f", to_apply={self.reducer(op, dtype)}")
        c.compare = "sum" if op == "add" and dtype in FLOATS + COMPLEX else "exact"
        c.output(r, dtype, kept)

    def while_loop(self, c: Case) -> None:
        dtype = self.rng.choice([d for d in DTYPES if d != "pred"])
        dims = self.dims((0, 2))
        trips = self.rng.randint(0, 6)
        op = self.rng.choice(["add", "multiply", "subtract"] +
                             (["maximum", "minimum"] if dtype in ORDERED else []))
        arr = shape_text(dtype, dims)
        state = f"(s32[], {arr}, {arr})"
        cond, body = f"{c.prefix}_cond", f"{c.prefix}_body"
        self.helpers[cond] = (f"{cond} {{\n  s = {state} parameter(0)\n"
                              f"  i = s32[] get-tuple-element(s), index=0\n"
                              f"  n = s32[] constant({trips})\n"
                              f"  ROOT lt = pred[] compare(i, n), direction=LT\n}}\n")
        self.helpers[body] = (f"{body} {{\n  s = {state} parameter(0)\n"
                              f"  i = s32[] get-tuple-element(s), index=0\n"
                              f"  x = {arr} get-tuple-element(s), index=1\n"
                              f"  y = {arr} get-tuple-element(s), index=2\n"
                              f"  one = s32[] constant(1)\n"
                              f"  j = s32[] add(i, one)\n"
                              f"  z = {arr} {op}(x, y)\n"
                              f"  ROOT t = {state} tuple(j, z, y)\n}}\n")
        x, y = c.param(dtype, dims), c.param(dtype, dims)
        zero = c.emit("s32", (), "constant(0)")
        start = c.name()
        c.lines.append(f"  {start} = {state} tuple({zero}, {x}, {y})")
        loop = c.name()
        c.lines.append(f"  {loop} = {state} while({start}), condition={cond}, body={body}")
        out = c.emit(dtype, dims, f"get-tuple-element({loop}), index=1")
        if op == "multiply" and dtype in COMPLEX:  # FMA-contracted parts, as in elementwise()
            c.compare = "close"
        c.output(out, dtype, dims)

    def dynamic_slices(self, c: Case) -> None:
        dtype = self.rng.choice(DTYPES)
        dims = self.dims((1, 3), 6)
        sizes = tuple(self.rng.randint(0 if self.rng.random() < 0.1 else 1, d) for d in dims)
        index_type = self.rng.choice(INDEX_TYPES)
        info = int_info(index_type)
        starts = []
        for d in dims:
            value = self.rng.choice([self.rng.randint(-3, d + 3), int(info.max), int(info.min)])
            value = min(max(value, int(info.min)), int(info.max))
            if self.rng.random() < 0.5:
                starts.append(c.emit(index_type, (), f"constant({value})"))
            else:
                starts.append(c.param(index_type, (),
                                      np.array(value, ELEMENT_TYPES[index_type].dtype)))
        x = c.param(dtype, dims)
        idx = ", ".join(starts)
        ds = c.emit(dtype, sizes, f"dynamic-slice({x}, {idx}), "
                                  f"dynamic_slice_sizes={{{','.join(map(str, sizes))}}}")
        u = c.param(dtype, sizes)
        dus = c.emit(dtype, dims, f"dynamic-update-slice({x}, {u}, {idx})")
        c.output(ds, dtype, sizes)
        c.output(dus, dtype, dims)

    def pad(self, c: Case) -> None:
        dtype = self.rng.choice(DTYPES)
        while True:
            dims = self.dims((1, 3), 5)
            config = [(self.rng.randint(-2, 3), self.rng.randint(-2, 3), self.rng.randint(0, 2))
                      for _ in dims]
            out = [lo + hi + d + max(d - 1, 0) * inner for d, (lo, hi, inner) in zip(dims, config)]
            if all(o >= 0 for o in out):
                break
        x = c.param(dtype, dims)
        v = c.param(dtype, ())
        text = "x".join(f"{lo}_{hi}_{inner}" for lo, hi, inner in config)
        c.output(c.emit(dtype, out, f"pad({x}, {v}), padding={text}"), dtype, out)

    def convert(self, c: Case) -> None:
        source, target = self.rng.choice(DTYPES), self.rng.choice(DTYPES)
        if source in COMPLEX:  # complex converts only to complex (real() takes the part)
            target = self.rng.choice(COMPLEX)
        dims = self.dims((0, 2))
        x = c.param(source, dims)
        c.output(c.emit(target, dims, f"convert({x})"), target, dims)

    def movement(self, c: Case) -> None:
        dtype = self.rng.choice(DTYPES)
        dims = list(self.dims((1, 3), 6))
        x = c.param(dtype, dims)
        limits = [self.rng.randint(1, d) for d in dims]
        starts = [self.rng.randint(0, lim - 1) for lim in limits]
        strides = [self.rng.randint(1, 2) for _ in dims]
        sliced = [-(-(lim - s) // st) for s, lim, st in zip(starts, limits, strides)]
        spec = ",".join(f"[{s}:{lim}:{st}]" for s, lim, st in zip(starts, limits, strides))
        y = c.emit(dtype, sliced, f"slice({x}), slice={{{spec}}}")
        perm = list(range(len(dims)))
        self.rng.shuffle(perm)
        moved = [sliced[p] for p in perm]
        y = c.emit(dtype, moved, f"transpose({y}), dimensions={{{','.join(map(str, perm))}}}")
        rev = sorted(self.rng.sample(range(len(dims)), self.rng.randint(0, len(dims))))
        y = c.emit(dtype, moved, f"reverse({y}), dimensions={{{','.join(map(str, rev))}}}")
        c.output(y, dtype, moved)


def _identity(op: str, dtype: str) -> str:
    et = ELEMENT_TYPES[dtype]
    if op == "add":
        return "0"
    if et.kind == "float":
        return "-inf" if op == "maximum" else "inf"
    info = int_info(dtype)
    return str(info.min if op == "maximum" else info.max)


def batch_module(cases: list[Case], helpers: dict[str, str], name: str = "fuzz") -> str:
    """One module computing every case: parameters numbered across cases, a tuple result."""
    lines = [f"HloModule {name}", ""]
    lines += helpers.values()
    body, number, results = [], 0, []
    for case in cases:
        for pname, dtype, dims in case.params:
            body.append(f"  {pname} = {shape_text(dtype, dims)} parameter({number})")
            number += 1
        body += case.lines
        results += case.outputs
    shapes = ", ".join(shape_text(d, s) for _, d, s in results)
    body.append(f"  ROOT result = ({shapes}) tuple({', '.join(n for n, _, _ in results)})")
    lines += ["ENTRY main {", *body, "}", ""]
    return "\n".join(lines)


def case_inputs(case: Case, rng: np.random.Generator) -> list[np.ndarray]:
    """Values with what breaks code: signed zeros, NaN, infinities, extremes of the type."""
    arrays = []
    for i, (_, dtype, dims) in enumerate(case.params):
        if i in case.fixed:
            arrays.append(case.fixed[i])
            continue
        et = ELEMENT_TYPES[dtype]
        if et.kind in ("float", "complex"):
            special = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 0.5, 3.0])
            values = np.where(rng.random(dims) < 0.3, rng.choice(special, dims),
                              rng.standard_normal(dims) * 4)
            if et.kind == "complex":  # (1j * inf has a NaN real part: what we want)
                with np.errstate(invalid="ignore"):
                    values = values + 1j * np.where(rng.random(dims) < 0.3,
                                                    rng.choice(special, dims),
                                                    rng.standard_normal(dims) * 4)
        elif et.kind == "pred":
            values = rng.integers(0, 2, dims)
        else:
            info = int_info(dtype)
            edges = np.array([info.min, info.max, 0, 1, -1 if et.kind == "sint" else 2,
                              min(et.bits - 1, info.max), min(et.bits, info.max)], dtype=object)
            small = rng.integers(max(-9, int(info.min)), min(10, int(info.max) + 1), dims).astype(object)
            values = np.where(rng.random(dims) < 0.3, rng.choice(edges, dims), small)
        arrays.append(np.asarray(np.asarray(values).astype(et.dtype)))
    return arrays


def mismatch(got: np.ndarray, expected: np.ndarray, dtype: str, compare: str) -> str | None:
    """Why `got` is not `expected` under the case's comparison, or None."""
    got, expected = np.asarray(got), np.asarray(expected)
    if got.shape != expected.shape or got.dtype != expected.dtype:
        return f"shape/dtype {got.dtype}{list(got.shape)} vs {expected.dtype}{list(expected.shape)}"
    if ELEMENT_TYPES[dtype].kind == "complex":
        parts = {"c64": "f32", "c128": "f64"}[dtype]
        return (mismatch(got.real.copy(), expected.real.copy(), parts, compare)
                or mismatch(got.imag.copy(), expected.imag.copy(), parts, compare))
    if ELEMENT_TYPES[dtype].kind != "float":
        return None if np.array_equal(got, expected) else "values differ"
    g, e = got.astype(np.float64), expected.astype(np.float64)
    if not np.array_equal(np.isnan(g), np.isnan(e)):
        return "NaN positions differ"
    finite = ~np.isnan(e)
    if compare == "exact":
        same = np.array_equal(g[finite], e[finite]) and \
            np.array_equal(np.signbit(g[finite]), np.signbit(e[finite]))
        return None if same else "values differ (exact)"
    tol = TOLERANCE[dtype] * (10 if compare == "sum" else 1)
    inf = np.isinf(e)
    if not np.array_equal(g[inf], e[inf]):
        return "infinities differ"
    ok = np.isclose(g, e, rtol=tol, atol=tol) | np.isnan(e) | inf
    return None if ok.all() else f"differs beyond {tol:g}: max {np.max(np.abs(g - e)[~ok]):g}"
