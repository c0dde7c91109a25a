"""Random HLO graphs for differential testing of the pipeline.

`random_module(seed)` builds a verified module of 5-40 instructions over small shapes:
elementwise math, compares and selects, broadcasts (JAX's reshape+broadcast pairs
included), reshapes, transposes, slices, pads, concatenates, reverses, iotas, converts,
reductions (sum and max, over rows, columns or everything), dots, calls, and integer
arithmetic. Several values are returned as a tuple, so that fusion has to cope with
values needed both inside and outside a kernel.
"""
from __future__ import annotations

import numpy as np

from hlox.ir.attributes import PadDim, SliceDim
from hlox.ir.builder import ModuleBuilder
from hlox.ir.shapes import ArrayShape, scalar

UNARY_FLOAT = ["negate", "abs", "exponential", "tanh", "logistic", "sine", "floor", "sqrt",
               "rsqrt", "log", "exponential-minus-one"]
BINARY_FLOAT = ["add", "subtract", "multiply", "divide", "maximum", "minimum"]
BINARY_INT = ["add", "subtract", "multiply", "maximum", "minimum", "and", "xor"]


class GraphBuilder:
    def __init__(self, seed: int):
        self.rng = np.random.default_rng(seed)
        self.mb = ModuleBuilder(f"random_{seed}")
        rows, cols = (int(n) for n in self.rng.integers(1, 7, size=2))
        self.rows, self.cols = rows, cols
        self._reducers()
        self.helper = self._helper() if self.rng.random() < 0.5 else None
        self.main = self.mb.computation("main")
        self.pool: list[tuple[object, ArrayShape]] = []
        for _ in range(int(self.rng.integers(1, 4))):
            shape = ArrayShape("f32", self._pick([(rows, cols), (rows, cols), (cols,), (rows,)]))
            self.pool.append((self.main.parameter(shape), shape))
        if self.rng.random() < 0.3:
            shape = ArrayShape("s32", (rows, cols))
            self.pool.append((self.main.parameter(shape), shape))

    def _pick(self, items):
        return items[int(self.rng.integers(len(items)))]

    def _reducers(self):
        for name, opcode, dtype in (("sum", "add", "f32"), ("max", "maximum", "f32"),
                                    ("isum", "add", "s32")):
            comp = self.mb.computation(name)
            a, b = comp.parameter(scalar(dtype)), comp.parameter(scalar(dtype))
            comp.build(comp.op(opcode, a, b))

    def _helper(self):
        comp = self.mb.computation("helper")
        x = comp.parameter(ArrayShape("f32", (self.rows, self.cols)))
        comp.build(comp.op("multiply", comp.op("tanh", x), x))
        return "helper"

    # ------------------------------------------------------------ values

    def value(self, dtype: str = "f32", dims=None):
        candidates = [(v, s) for v, s in self.pool if s.dtype == dtype
                      and (dims is None or s.dims == dims)]
        if not candidates:
            return None
        return self._pick(candidates)

    def add(self, value, shape):
        self.pool.append((value, shape))
        return value

    def constant(self, dtype: str, dims):
        c = self.main.constant(np.asarray(self.rng.integers(1, 4), dtype=np.dtype(
            "float32" if dtype == "f32" else "int32")))
        if not dims:
            return c
        return self.main.op("broadcast", c, shape=ArrayShape(dtype, dims), dimensions=())

    # ------------------------------------------------------------ one random instruction

    def step(self) -> None:
        kind = self._pick(["unary", "binary", "binary", "binary", "broadcast", "reduce",
                           "reshape", "transpose", "slice", "select", "convert", "dot",
                           "identity", "pad", "concat", "iota", "int", "call", "reverse"])
        getattr(self, "_" + kind)()

    def _unary(self):
        v, s = self.value()
        self.add(self.main.op(self._pick(UNARY_FLOAT), v), s)

    def _binary(self):
        v, s = self.value()
        w = self.value("f32", s.dims)
        other = w[0] if w is not None and self.rng.random() < 0.7 else self.constant("f32", s.dims)
        operands = (v, other) if self.rng.random() < 0.5 else (other, v)
        self.add(self.main.op(self._pick(BINARY_FLOAT), *operands), s)

    def _identity(self):
        # x*1, x+0, x-0, -(-x), select(true, ...): what algsimp must remove, exactly.
        v, s = self.value()
        choice = self._pick(["mul1", "sub0", "negneg", "add0"])
        if choice == "mul1":
            one = self.main.op("broadcast", self.main.constant(np.float32(1)), shape=s,
                               dimensions=())
            self.add(self.main.op("multiply", v, one), s)
        elif choice == "sub0":
            zero = self.main.op("broadcast", self.main.constant(np.float32(0)), shape=s,
                                dimensions=())
            self.add(self.main.op("subtract", v, zero), s)
        elif choice == "add0":
            zero = self.main.op("broadcast", self.main.constant(np.float32(0)), shape=s,
                                dimensions=())
            self.add(self.main.op("add", v, zero), s)
        else:
            self.add(self.main.op("negate", self.main.op("negate", v)), s)

    def _broadcast(self):
        v, s = self.value()
        rows, cols = self.rows, self.cols
        if s.dims == (rows,):
            # JAX's broadcast_in_dim: reshape to [rows, 1], then broadcast.
            r = self.main.op("reshape", v, shape=ArrayShape("f32", (rows, 1)))
            out = self.main.op("broadcast", r, shape=ArrayShape("f32", (rows, cols)),
                               dimensions=(0, 1))
        elif s.dims == (cols,):
            out = self.main.op("broadcast", v, shape=ArrayShape("f32", (rows, cols)),
                               dimensions=(1,))
        elif s.dims == ():
            out = self.main.op("broadcast", v, shape=ArrayShape("f32", (rows, cols)),
                               dimensions=())
        else:
            return
        self.add(out, ArrayShape("f32", (rows, cols)))

    def _reduce(self):
        v, s = self.value()
        if s.rank == 0:
            return
        dims = self._pick([(0,), (s.rank - 1,), tuple(range(s.rank))])
        name = self._pick(["sum", "max"])
        init = self.main.constant(np.float32(0 if name == "sum" else -np.inf))
        out_dims = tuple(d for i, d in enumerate(s.dims) if i not in dims)
        self.add(self.main.op("reduce", v, init, dimensions=dims, to_apply=name),
                 ArrayShape("f32", out_dims))

    def _reshape(self):
        v, s = self.value()
        if s.rank == 2:
            shape = ArrayShape("f32", (s.dims[0] * s.dims[1],))
            flat = self.main.op("reshape", v, shape=shape)
            back = self.main.op("reshape", flat, shape=s)
            self.add(back, s)
        elif s.rank == 1:
            shape = ArrayShape("f32", (1, s.dims[0]))
            self.add(self.main.op("reshape", self.main.op("reshape", v, shape=shape),
                                  shape=s), s)

    def _transpose(self):
        v, s = self.value()
        if s.rank != 2 or s.dims[0] != s.dims[1]:
            if s.rank == 2:
                t = self.main.op("transpose", v, dimensions=(1, 0))
                self.add(self.main.op("transpose", t, dimensions=(1, 0)), s)
            return
        self.add(self.main.op("transpose", v, dimensions=(1, 0)), s)

    def _slice(self):
        v, s = self.value()
        if s.rank == 0 or any(d < 2 for d in s.dims):
            return
        inner = self.main.op("slice", v, slice=tuple(SliceDim(1, d, 1) for d in s.dims))
        out = self.main.op("slice", inner, slice=tuple(SliceDim(0, max(d - 2, 1), 1)
                                                       for d in s.dims))
        pads = tuple(PadDim(1, s.dims[i] - 1 - (max(s.dims[i] - 2, 1))) for i in range(s.rank))
        zero = self.main.constant(np.float32(0))
        self.add(self.main.op("pad", out, zero, padding=pads), s)

    def _pad(self):
        v, s = self.value()
        zero = self.main.constant(np.float32(0))
        self.add(self.main.op("pad", v, zero, padding=tuple(PadDim(0, 0) for _ in s.dims)), s)

    def _concat(self):
        v, s = self.value()
        if s.rank == 0:
            return
        w = self.value("f32", s.dims)
        cat = self.main.op("concatenate", v, w[0], dimensions=(0,))
        spec = tuple(SliceDim(s.dims[0], 2 * s.dims[0], 1) if i == 0 else SliceDim(0, d, 1)
                     for i, d in enumerate(s.dims))
        self.add(self.main.op("slice", cat, slice=spec), s)

    def _reverse(self):
        v, s = self.value()
        if s.rank:
            self.add(self.main.op("reverse", v, dimensions=(0,)), s)

    def _iota(self):
        shape = ArrayShape("f32", (self.rows, self.cols))
        iota = self.main.op("iota", shape=ArrayShape("s32", shape.dims), iota_dimension=1)
        self.add(self.main.op("convert", iota, shape=shape), shape)

    def _select(self):
        v, s = self.value()
        w = self.value("f32", s.dims)
        pred = self.main.op("compare", v, w[0], direction=self._pick(["LT", "GE", "EQ"]))
        if self.rng.random() < 0.2:  # a constant predicate: algsimp picks the branch
            pred = self.main.op("broadcast", self.main.constant(np.bool_(True)),
                                shape=ArrayShape("pred", s.dims), dimensions=())
        self.add(self.main.op("select", pred, v, w[0]), s)

    def _convert(self):
        v, s = self.value()
        wide = self.main.op("convert", v, shape=ArrayShape("f64", s.dims))
        self.add(self.main.op("convert", wide, shape=s), s)

    def _dot(self):
        v, s = self.value()
        if s.rank != 2:
            return
        k = int(self.rng.integers(1, 5))
        w = self.main.constant(self.rng.standard_normal((s.dims[1], k)).astype(np.float32))
        d = self.main.op("dot", v, w, lhs_contracting_dims=(1,), rhs_contracting_dims=(0,))
        bias = self.value("f32", (s.dims[0], k))
        if bias is not None:
            self.add(self.main.op("add", d, bias[0]), ArrayShape("f32", (s.dims[0], k)))
        self.add(d, ArrayShape("f32", (s.dims[0], k)))

    def _int(self):
        found = self.value("s32")
        if found is None:
            v, s = self.value()
            shape = ArrayShape("s32", s.dims)
            self.add(self.main.op("convert", v, shape=shape), shape)
            return
        v, s = found
        other = self.value("s32", s.dims)[0]
        op = self._pick(BINARY_INT + ["self"])
        if op == "self":  # x - x -> 0
            out = self.main.op("subtract", v, v)
        else:
            out = self.main.op(op, v, other)
        self.add(out, s)
        self.add(self.main.op("convert", out, shape=ArrayShape("f32", s.dims)),
                 ArrayShape("f32", s.dims))

    def _call(self):
        if self.helper is None:
            return
        found = self.value("f32", (self.rows, self.cols))
        if found is not None:
            self.add(self.main.op("call", found[0], to_apply=self.helper), found[1])

    # ------------------------------------------------------------ the module

    def build(self, steps: int):
        for _ in range(steps):
            self.step()
        count = int(self.rng.integers(1, 4))
        outputs = [self.pool[-1][0]] + [self._pick(self.pool)[0] for _ in range(count - 1)]
        root = outputs[0] if len(outputs) == 1 else self.main.op("tuple", *outputs)
        self.main.build(root)
        return self.mb.build(entry="main")


def random_module(seed: int):
    rng = np.random.default_rng(seed + 1_000_003)
    return GraphBuilder(seed).build(int(rng.integers(5, 40)))


def random_arguments(module, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    args = []
    for shape in module.entry_computation.parameter_shapes:
        if shape.dtype == "s32":
            args.append(rng.integers(-20, 20, shape.dims).astype(np.int32))
        else:
            args.append(rng.standard_normal(shape.dims).astype(shape.np_dtype))
    return args


def dense_module(size: int, seed: int = 0):
    """`size` instructions over one shape, each reading recent values (many shared users):
    the shape of graph that exposes super-linear passes."""
    rng = np.random.default_rng(seed)
    mb = ModuleBuilder(f"dense_{size}")
    reducer = mb.computation("sum")
    a, b = reducer.parameter(scalar("f32")), reducer.parameter(scalar("f32"))
    reducer.build(reducer.op("add", a, b))
    main = mb.computation("main")
    shape = ArrayShape("f32", (8, 16))
    pool = [main.parameter(shape) for _ in range(4)]
    zero = main.constant(np.float32(0))

    def recent():
        return pool[int(rng.integers(max(0, len(pool) - 30), len(pool)))]

    for _ in range(size):
        kind = int(rng.integers(0, 10))
        x, y = recent(), recent()
        if kind < 6:
            value = main.op(["add", "multiply", "subtract", "maximum"][kind % 4], x, y)
        elif kind < 8:
            value = main.op(["exponential", "tanh"][kind - 6], x)
        else:
            row = main.op("reduce", x, zero, dimensions=(1,), to_apply="sum")
            value = main.op("add", main.op("broadcast", row, shape=shape, dimensions=(0,)), y)
        pool.append(value)
    main.build(main.op("tuple", *pool[-40:]))
    return mb.build(entry="main")
