"""The core of the tracer: abstract values, primitives and their rule tables, traces, jaxprs.

Follows JAX's Autodidax. A program is a sequence of primitive applications; each
primitive has one entry in each rule table (`impl_rules`, `abstract_eval_rules`,
`jvp_rules`, `transpose_rules`, `batching_rules`, `lowering_rules`, and for the
control-flow primitives `partial_eval_rules`). `bind` hands a primitive application
to the innermost active interpretation (a `Trace`), found from the arguments' tracers
and the one explicit `TRACE_STACK` object.

The jaxpr grammar (what `make_jaxpr` stages and `str(jaxpr)` prints):

    jaxpr ::= { lambda <binder>* . let <eqn>* in ( <atom>* ) }
    eqn   ::= <binder>* = <primitive> [ <params> ] <atom>*
    atom  ::= <var> | <literal>
"""
from __future__ import annotations

import itertools
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Callable, NamedTuple

import numpy as np

from hlox.ir.shapes import element_type_of_dtype

# ---------------------------------------------------------------- dtypes and promotion

DEFAULT_FLOAT = np.dtype(np.float32)
DEFAULT_INT = np.dtype(np.int32)
BOOL = np.dtype(np.bool_)


def dtype_kind(dtype: np.dtype) -> str:
    """'b' bool, 'i' signed, 'u' unsigned, 'f' float (bf16 included), 'c' complex."""
    dtype = np.dtype(dtype)
    if dtype.kind == "c":
        return "c"
    return "f" if element_type_of_dtype(dtype).is_float else dtype.kind


def is_float(dtype) -> bool:
    return dtype_kind(np.dtype(dtype)) == "f"


def is_integer(dtype) -> bool:
    return dtype_kind(np.dtype(dtype)) in "iu"


_KIND_ORDER = {"b": 0, "u": 1, "i": 1, "f": 2, "c": 3}
DEFAULT_COMPLEX = np.dtype(np.complex64)
_DEFAULT_OF_KIND = {"i": DEFAULT_INT, "f": DEFAULT_FLOAT, "c": DEFAULT_COMPLEX}


def _promote_pair(a: np.dtype, b: np.dtype) -> np.dtype:
    """JAX's lattice for two non-weak dtypes."""
    if a == b:
        return a
    ka, kb = dtype_kind(a), dtype_kind(b)
    if "c" in (ka, kb):  # complex of the wider float part
        bits = builtins_max(_float_bits(a), _float_bits(b))
        return np.dtype(np.complex128 if bits > 32 else np.complex64)
    if _KIND_ORDER[ka] != _KIND_ORDER[kb]:
        return a if _KIND_ORDER[ka] > _KIND_ORDER[kb] else b
    if ka == "f":
        if {a.name, b.name} == {"float16", "bfloat16"}:
            return np.dtype(np.float32)
        return a if a.itemsize > b.itemsize else b
    if ka == kb:
        return a if a.itemsize > b.itemsize else b
    signed, unsigned = (a, b) if ka == "i" else (b, a)
    if signed.itemsize > unsigned.itemsize:
        return signed
    return np.dtype(f"int{min(unsigned.itemsize * 16, 64)}")


def result_dtype(*avals: "ShapedArray") -> tuple[np.dtype, bool]:
    """The promoted dtype of operands, and whether the result is weakly typed."""
    strong = [a.dtype for a in avals if not a.weak_type]
    weak = [a.dtype for a in avals if a.weak_type]
    if not strong:
        out = weak[0]
        for d in weak[1:]:
            out = _promote_pair(out, d)
        return out, True
    out = strong[0]
    for d in strong[1:]:
        out = _promote_pair(out, d)
    for d in weak:  # a Python scalar takes the array's dtype unless it is of a higher kind
        kind, out_kind = dtype_kind(d), dtype_kind(out)
        if _KIND_ORDER[kind] > _KIND_ORDER[out_kind]:
            out = _promote_pair(out, DEFAULT_COMPLEX) if kind == "c" else _DEFAULT_OF_KIND[kind]
    return out, False


def _float_bits(d: np.dtype) -> int:
    """Bits of a dtype's (real) floating part: complex64 -> 32; ints and bools -> 0."""
    if d.kind == "c":
        return d.itemsize * 4
    return d.itemsize * 8 if dtype_kind(d) == "f" else 0


builtins_max = max


def python_scalar_dtype(x) -> np.dtype:
    if isinstance(x, (bool, np.bool_)):
        return BOOL
    if isinstance(x, int):
        return DEFAULT_INT
    if isinstance(x, float):
        return DEFAULT_FLOAT
    if isinstance(x, complex):
        return DEFAULT_COMPLEX
    raise TypeError(f"{type(x).__name__} is not a valid hlox array value")


# ---------------------------------------------------------------- abstract values


class ShapedArray:
    """The abstract value of an array: shape and dtype (and JAX's weak-type bit)."""

    __slots__ = ("shape", "dtype", "weak_type")
    array_abstraction_level = 1

    def __init__(self, shape, dtype, weak_type: bool = False):
        self.shape = tuple(int(d) for d in shape)
        self.dtype = np.dtype(dtype)
        self.weak_type = weak_type

    @property
    def ndim(self) -> int:
        return len(self.shape)

    @property
    def size(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64))

    def update(self, shape=None, dtype=None, weak_type=None) -> "ShapedArray":
        return ShapedArray(self.shape if shape is None else shape,
                           self.dtype if dtype is None else dtype,
                           self.weak_type if weak_type is None else weak_type)

    def strip_weak_type(self) -> "ShapedArray":
        return ShapedArray(self.shape, self.dtype) if self.weak_type else self

    def str_short(self) -> str:
        name = (f"c{self.dtype.itemsize * 8}" if self.dtype.kind == "c"
                else element_type_of_dtype(self.dtype).name)
        return f"{name}[{','.join(str(d) for d in self.shape)}]"

    def __eq__(self, other):
        return (type(other) is ShapedArray and self.shape == other.shape
                and self.dtype == other.dtype and self.weak_type == other.weak_type)

    def __hash__(self):
        return hash((self.shape, self.dtype, self.weak_type))

    def __repr__(self):
        return f"ShapedArray({self.str_short()}{', weak' if self.weak_type else ''})"


# ---------------------------------------------------------------- primitives and rule tables


class Primitive:
    def __init__(self, name: str, multiple_results: bool = False):
        self.name = name
        self.multiple_results = multiple_results

    def __repr__(self):
        return self.name

    def bind(self, *args, **params):
        outs = bind(self, *args, **params)
        return outs if self.multiple_results else outs[0]


# impl_rules[p](*arrays, **params) -> list[np.ndarray]: numpy reference semantics
impl_rules: dict[Primitive, Callable] = {}
# abstract_eval_rules[p](*avals, **params) -> list[ShapedArray]
abstract_eval_rules: dict[Primitive, Callable] = {}
# jvp_rules[p](primals, tangents, **params) -> (primals_out, tangents_out)
jvp_rules: dict[Primitive, Callable] = {}
# transpose_rules[p](cts_out, *invals, **params) -> cotangents per input (None: not linear)
transpose_rules: dict[Primitive, Callable] = {}
# batching_rules[p](axis_size, vals, dims, **params) -> (vals_out, dims_out); dims 0 or None
batching_rules: dict[Primitive, Callable] = {}
# lowering_rules[p](ctx, avals_in, avals_out, *values, **params) -> list of HLO values
lowering_rules: dict[Primitive, Callable] = {}
# partial_eval_rules[p](eqn, unknowns) for primitives holding jaxprs (see ad.py)
partial_eval_rules: dict[Primitive, Callable] = {}

RULE_TABLES = {
    "impl": impl_rules, "abstract_eval": abstract_eval_rules, "jvp": jvp_rules,
    "transpose": transpose_rules, "batching": batching_rules, "lowering": lowering_rules,
}
ALL_PRIMITIVES: dict[str, Primitive] = {}
LINEAR_PRIMITIVES: set[Primitive] = set()  # those that must have a transpose rule
NON_DIFFERENTIABLE: set[Primitive] = set()  # integer/boolean results: no jvp needed


def primitive(name: str, multiple_results: bool = False) -> Primitive:
    p = Primitive(name, multiple_results)
    ALL_PRIMITIVES[name] = p
    return p


# ---------------------------------------------------------------- traces


class MainTrace(NamedTuple):
    level: int
    trace_type: type
    global_data: Any


class TraceStack:
    """The active interpretations, innermost last, plus the dynamic (staging) one.

    One explicit object: `with TRACE_STACK.new_main(...)` pushes a level for the
    duration of one transformation. The levels live in a context variable, so each thread
    (and each asyncio task) traces with a stack of its own."""

    def __init__(self):
        base = MainTrace(0, EvalTrace, None)
        self._state: ContextVar[tuple[tuple[MainTrace, ...], MainTrace]] = ContextVar(
            "hlox_trace_stack", default=((base,), base))

    @property
    def stack(self) -> tuple[MainTrace, ...]:
        return self._state.get()[0]

    @property
    def dynamic(self) -> MainTrace:
        return self._state.get()[1]

    @contextmanager
    def new_main(self, trace_type: type, global_data=None):
        stack, dynamic = self._state.get()
        main = MainTrace(len(stack), trace_type, global_data)
        token = self._state.set((stack + (main,), dynamic))
        try:
            yield main
        finally:
            self._state.reset(token)

    @contextmanager
    def new_dynamic(self, main: MainTrace):
        token = self._state.set((self.stack, main))
        try:
            yield
        finally:
            self._state.reset(token)

    def is_top_level(self) -> bool:
        return len(self.stack) == 1 and self.dynamic.level == 0


class Trace:
    def __init__(self, main: MainTrace):
        self.main = main

    def pure(self, val):
        raise NotImplementedError

    lift = pure

    def process_primitive(self, primitive, tracers, params):
        raise NotImplementedError


class ConcretizationTypeError(TypeError):
    pass


class Tracer:
    __array_priority__ = 1000
    _trace: Trace

    @property
    def aval(self) -> ShapedArray:
        raise NotImplementedError

    def full_lower(self):
        return self

    def to_concrete(self, what: str):
        raise ConcretizationTypeError(
            f"{what} of a traced array {self.aval.str_short()} is not available while "
            f"tracing ({type(self._trace).__name__}). Python control flow (if, while, and, "
            "or, int(), float()) cannot depend on traced values: use hlox.lax.cond, "
            "hlox.lax.while_loop, hlox.lax.fori_loop or hlox.numpy.where for values, or "
            "mark the argument static with jit(..., static_argnums=...) / static_argnames.")

    def __bool__(self):
        return bool(self.to_concrete("bool()"))

    def __int__(self):
        return int(self.to_concrete("int()"))

    def __float__(self):
        return float(self.to_concrete("float()"))

    def __index__(self):
        return int(self.to_concrete("index (__index__)"))

    def __array__(self, dtype=None, copy=None):
        value = np.asarray(self.to_concrete("np.asarray()"))
        return value if dtype is None else value.astype(dtype)

    def __hash__(self):
        raise TypeError("traced arrays are unhashable (they cannot be static arguments)")

    def __setitem__(self, index, value):
        raise TypeError("hlox arrays are immutable: use x = x.at[index].set(value) "
                        "(or .add, .multiply, .min, .max) instead of x[index] = value")

    def __repr__(self):
        return f"Traced<{self.aval}>with<{type(self._trace).__name__}>"


def _install_array_methods(cls):
    """Operators and methods shared by `Array` and `Tracer` (they call `hlox.numpy`)."""
    from . import array_methods
    array_methods.install(cls)


def full_lower(val):
    return val.full_lower() if isinstance(val, Tracer) else val


def full_raise(trace: Trace, val):
    if not isinstance(val, Tracer):
        return trace.pure(val)
    level = trace.main.level
    if val._trace.main is trace.main:
        return val
    if val._trace.main.level < level:
        return trace.lift(val)
    if val._trace.main.level > level:
        raise RuntimeError(f"can't lift level {val._trace.main.level} to {level}: a tracer "
                           "escaped its transformation (was it stored outside the function?)")
    raise RuntimeError(f"different traces at level {level}")




def find_top_trace(xs) -> Trace:
    top_main = TRACE_STACK.stack[0]
    for x in xs:
        if isinstance(x, Tracer) and x._trace.main.level > top_main.level:
            top_main = x._trace.main
    if TRACE_STACK.dynamic.level > top_main.level:
        top_main = TRACE_STACK.dynamic
    return top_main.trace_type(top_main)


def bind(prim: Primitive, *args, **params) -> list:
    top_trace = find_top_trace(args)
    tracers = [full_raise(top_trace, arg) for arg in args]
    outs = top_trace.process_primitive(prim, tracers, params)
    return [full_lower(out) for out in outs]


def bind1(prim: Primitive, *args, **params):
    return bind(prim, *args, **params)[0]


# ---------------------------------------------------------------- concrete arrays


class Array:
    """A concrete hlox array: a numpy array plus JAX's weak-type bit.

    `np.asarray(x)` returns the wrapped array without copying."""

    __slots__ = ("_value", "weak_type")
    __array_priority__ = 1000

    def __init__(self, value: np.ndarray, weak_type: bool = False):
        self._value = value
        self.weak_type = weak_type

    @property
    def aval(self) -> ShapedArray:
        v = self._value
        return ShapedArray(v.shape, v.dtype, self.weak_type)

    @property
    def shape(self):
        return self._value.shape

    @property
    def dtype(self):
        return self._value.dtype

    @property
    def ndim(self):
        return self._value.ndim

    @property
    def size(self):
        return self._value.size

    def __array__(self, dtype=None, copy=None):
        if dtype is None or np.dtype(dtype) == self._value.dtype:
            return self._value.copy() if copy else self._value
        return self._value.astype(dtype)

    def __setitem__(self, index, value):
        raise TypeError("hlox arrays are immutable: use x = x.at[index].set(value) "
                        "(or .add, .multiply, .min, .max) instead of x[index] = value")

    def __len__(self):
        if not self._value.shape:
            raise TypeError("len() of unsized object")
        return self._value.shape[0]

    def __iter__(self):
        if not self._value.shape:
            raise TypeError("iteration over a 0-d array")
        return (self[i] for i in range(self._value.shape[0]))

    def __bool__(self):
        return bool(self._value)

    def __int__(self):
        return int(self._value)

    def __float__(self):
        return float(self._value)

    def __index__(self):
        return int(self._value)

    def __complex__(self):
        return complex(self._value)

    def item(self):
        return self._value.item()

    def tolist(self):
        return self._value.tolist()

    def block_until_ready(self):
        return self

    def __hash__(self):
        raise TypeError("hlox.Array is unhashable")

    def __repr__(self):
        body = np.array2string(self._value, separator=", ")
        return f"Array({body}, dtype={self._value.dtype})"

    def __format__(self, spec):
        return format(self._value, spec) if self._value.ndim == 0 else repr(self)

    def __reduce__(self):
        return (Array, (self._value, self.weak_type))


def get_aval(x) -> ShapedArray:
    if isinstance(x, (Tracer, Array)):
        return x.aval
    if isinstance(x, ShapedArray):  # an abstract argument (jit(f).lower, eval_shape)
        return x
    if isinstance(x, np.ndarray):
        return ShapedArray(x.shape, x.dtype)
    if isinstance(x, np.generic):
        return ShapedArray((), x.dtype)
    if isinstance(x, (bool, int, float, complex)):
        return ShapedArray((), python_scalar_dtype(x), weak_type=True)
    raise TypeError(f"{type(x).__name__} is not a valid hlox type")


def to_numpy(x) -> np.ndarray:
    """The numpy value of a concrete argument (no copy for Array and ndarray)."""
    if isinstance(x, Array):
        return x._value
    if isinstance(x, np.ndarray):
        return x
    if isinstance(x, (bool, int, float, complex)):
        return np.asarray(x, python_scalar_dtype(x))
    return np.asarray(x)


def is_concrete_value(x) -> bool:
    return isinstance(x, (Array, np.ndarray, np.generic, bool, int, float, complex))


class EvalTrace(Trace):
    """The top level: primitives run eagerly (see execution.run_primitive)."""

    pure = lift = lambda self, x: x

    def process_primitive(self, primitive, tracers, params):
        from .execution import run_primitive
        return run_primitive(primitive, tracers, params)


TRACE_STACK = TraceStack()

# ---------------------------------------------------------------- jaxprs

_var_ids = itertools.count()


class Var:
    __slots__ = ("aval", "id")

    def __init__(self, aval: ShapedArray):
        self.aval = aval
        self.id = next(_var_ids)


class Lit:
    __slots__ = ("val", "aval")

    def __init__(self, val):
        self.val = val
        self.aval = get_aval(val)


Atom = Any  # Var | Lit


class JaxprEqn(NamedTuple):
    primitive: Primitive
    inputs: list
    params: dict
    out_binders: list


class Jaxpr:
    """A staged program. Jaxprs in primitive params are closed (no constants): the
    constants they use are passed as explicit operands."""

    def __init__(self, in_binders: list[Var], eqns: list[JaxprEqn], outs: list):
        self.in_binders = in_binders
        self.eqns = eqns
        self.outs = outs
        self._text = None

    @property
    def in_avals(self):
        return [v.aval for v in self.in_binders]

    @property
    def out_avals(self):
        return [v.aval for v in self.outs]

    def __str__(self):
        if self._text is None:
            self._text = pp_jaxpr(self)
        return self._text

    __repr__ = __str__

    # Equal jaxprs print the same: that makes them usable in cache keys.
    def __eq__(self, other):
        return isinstance(other, Jaxpr) and str(self) == str(other)

    def __hash__(self):
        return hash(str(self))


def pp_jaxpr(jaxpr: Jaxpr) -> str:
    names: dict[int, str] = {}

    def name(v):
        if isinstance(v, Lit):
            return repr(np.asarray(v.val).tolist()) + ":" + v.aval.str_short()
        if v.id not in names:
            names[v.id] = _letters(len(names))
        return names[v.id]

    def binder(v):
        return f"{name(v)}:{v.aval.str_short()}"

    lines = ["{ lambda " + " ".join(binder(v) for v in jaxpr.in_binders) + " . let"]
    for eqn in jaxpr.eqns:
        params = " ".join(f"{k}={_pp_param(v)}" for k, v in sorted(eqn.params.items()))
        lhs = " ".join(binder(v) for v in eqn.out_binders)
        rhs = " ".join(name(x) for x in eqn.inputs)
        lines.append(f"    {lhs} = {eqn.primitive.name}[{params}] {rhs}")
    lines.append("  in ( " + " ".join(name(v) for v in jaxpr.outs) + " ) }")
    return "\n".join(lines)


def _pp_param(v) -> str:
    if isinstance(v, Jaxpr):
        return "\n      ".join(str(v).split("\n"))
    if isinstance(v, np.dtype):
        return v.name
    return repr(v)


def _letters(n: int) -> str:
    s = ""
    while True:
        s = chr(ord("a") + n % 26) + s
        n = n // 26 - 1
        if n < 0:
            return s


class JaxprTracer(Tracer):
    __slots__ = ("_trace", "_aval")

    def __init__(self, trace, aval: ShapedArray):
        self._trace = trace
        self._aval = aval

    @property
    def aval(self):
        return self._aval


class JaxprBuilder:
    def __init__(self):
        self.eqns: list[JaxprEqn] = []
        self.tracer_to_var: dict[int, Var] = {}
        self.const_tracers: dict[int, JaxprTracer] = {}
        self.constvals: dict[int, Any] = {}  # var id -> value
        self.tracers: list[JaxprTracer] = []

    def new_tracer(self, trace, aval) -> JaxprTracer:
        tracer = JaxprTracer(trace, aval)
        self.tracers.append(tracer)
        return tracer

    def add_var(self, tracer) -> Var:
        var = self.tracer_to_var[id(tracer)] = Var(tracer.aval)
        return var

    def getvar(self, tracer) -> Var:
        return self.tracer_to_var[id(tracer)]

    def add_const(self, tracer, val) -> Var:
        var = self.add_var(tracer)
        self.constvals[var.id] = (var, val)
        return var

    def build(self, in_tracers, out_tracers) -> tuple[Jaxpr, list]:
        constvars = [var for var, _ in self.constvals.values()]
        consts = [val for _, val in self.constvals.values()]
        in_binders = constvars + [self.getvar(t) for t in in_tracers]
        outs = [self.getvar(t) for t in out_tracers]
        return Jaxpr(in_binders, self.eqns, outs), consts


class JaxprTrace(Trace):
    """Stages primitives into a jaxpr (what jit, make_jaxpr and the AD of ad.py use)."""

    @property
    def builder(self) -> JaxprBuilder:
        return self.main.global_data

    def new_arg(self, aval) -> JaxprTracer:
        tracer = self.builder.new_tracer(self, aval)
        self.builder.add_var(tracer)
        return tracer

    def get_or_make_const_tracer(self, val) -> JaxprTracer:
        tracer = self.builder.const_tracers.get(id(val))
        if tracer is None:
            tracer = self.builder.new_tracer(self, get_aval(val))
            self.builder.add_const(tracer, val)
            self.builder.const_tracers[id(val)] = tracer
            self.builder.tracers.append(val)  # keeps id(val) from being reused
        return tracer

    pure = lift = get_or_make_const_tracer

    def process_primitive(self, primitive, tracers, params):
        avals_in = [t.aval for t in tracers]
        avals_out = abstract_eval_rules[primitive](*avals_in, **params)
        out_tracers = [self.builder.new_tracer(self, a) for a in avals_out]
        inputs = [self.builder.getvar(t) for t in tracers]
        outvars = [self.builder.add_var(t) for t in out_tracers]
        self.builder.eqns.append(JaxprEqn(primitive, inputs, params, outvars))
        return out_tracers


def make_jaxpr_flat(f: Callable, in_avals: list[ShapedArray]) -> tuple[Jaxpr, list]:
    """Stage `f(*flat_args) -> list of outputs`; returns (jaxpr, consts): the jaxpr's
    binders are the constants' variables followed by the arguments'."""
    builder = JaxprBuilder()
    with TRACE_STACK.new_main(JaxprTrace, builder) as main:
        with TRACE_STACK.new_dynamic(main):
            trace = JaxprTrace(main)
            tracers_in = [trace.new_arg(aval) for aval in in_avals]
            outs = f(*tracers_in)
            tracers_out = [full_raise(trace, out) for out in outs]
            jaxpr, consts = builder.build(tracers_in, tracers_out)
    return jaxpr, consts


def eval_jaxpr(jaxpr: Jaxpr, args: list) -> list:
    """Interpret a jaxpr by binding its primitives (so outer transformations see them)."""
    env: dict[int, Any] = {}

    def read(x):
        return x.val if isinstance(x, Lit) else env[x.id]

    for v, val in zip(jaxpr.in_binders, args):
        env[v.id] = val
    for eqn in jaxpr.eqns:
        outs = bind(eqn.primitive, *[read(x) for x in eqn.inputs], **eqn.params)
        for v, val in zip(eqn.out_binders, outs):
            env[v.id] = val
    return [read(x) for x in jaxpr.outs]


def jaxpr_as_fun(jaxpr: Jaxpr) -> Callable:
    return lambda *args: eval_jaxpr(jaxpr, list(args))


_install_array_methods(Tracer)
_install_array_methods(Array)


def public_names(namespace) -> list[str]:
    """The names a public API module exports: everything but imports and internals."""
    import types
    internal = {"annotations", "Callable", "NamedTuple", "Tracer", "ShapedArray", "bind", "bind1",
                "get_aval", "is_float", "dtype_kind", "python_scalar_dtype", "result_dtype",
                "aval_of", "TRACE_STACK", "BOOL", "DEFAULT_FLOAT", "DEFAULT_INT", "jit",
                "primitive", "impl_rules", "abstract_eval_rules", "jvp_rules",
                "batching_rules", "lowering_rules", "tree_flatten", "tree_unflatten",
                "treedef_flatten_up_to", "builtins_max", "public_names"}
    return sorted(n for n, v in namespace.items() if not n.startswith("_")
                  and not isinstance(v, types.ModuleType) and n not in internal)
