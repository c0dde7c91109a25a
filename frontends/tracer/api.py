"""`jit`: stage a function to a jaxpr once per input signature, lower it to HLO, compile it.

The cache key is (pytree structure, shapes, dtypes and weak types of the array leaves,
static arguments). Inside another transformation (grad, vmap, an outer jit) a jitted
function is simply traced through: its primitives join the enclosing program.
"""
from __future__ import annotations

import functools
import inspect
import weakref
from typing import Callable

import numpy as np

from .core import (
    TRACE_STACK, Array, Jaxpr, ShapedArray, Tracer, get_aval, make_jaxpr_flat,
    python_scalar_dtype,
)
from .execution import EXECUTION, CompiledProgram
from .pytree import tree_flatten, tree_unflatten

_SCALAR_TYPES = (bool, int, float)


def _leaf_signature(x):
    """(shape, dtype, weak_type) of a concrete argument; the fast path of the cache key."""
    t = type(x)
    if t is Array:
        v = x._value
        return (v.shape, v.dtype, x.weak_type)
    if t is np.ndarray:
        return (x.shape, x.dtype, False)
    if t in _SCALAR_TYPES:
        return ((), python_scalar_dtype(x), True)
    if isinstance(x, np.generic):
        return ((), x.dtype, False)
    if isinstance(x, Tracer):
        return None
    raise TypeError(f"argument of type {t.__name__} is not a valid hlox array value; mark it "
                    "static with static_argnums/static_argnames if it is not an array")


def _leaf_value(x):
    t = type(x)
    if t is Array:
        return x._value
    if t is np.ndarray:
        return x if x.flags.c_contiguous else np.ascontiguousarray(x)
    return np.asarray(x, dtype=python_scalar_dtype(x) if t in _SCALAR_TYPES else None)


class _Entry:
    __slots__ = ("program", "out_tree", "out_weak", "out_dtypes", "single_array_out",
                 "run_one")


class Lowered:
    """What `jit(f).lower(*args)` gives: the staged jaxpr and its HLO module."""

    def __init__(self, jaxpr: Jaxpr, consts: list, name: str, in_tree, out_tree,
                 split_args=None):
        from .lowering import lower_jaxpr
        self.jaxpr, self.consts, self.name = jaxpr, consts, name
        # (args, kwargs) -> (static key, dynamic part): how calls map to parameters
        self.split_args = split_args or (lambda args, kwargs: ((), (args, kwargs)))
        self.in_tree, self.out_tree = in_tree, out_tree
        self.module = lower_jaxpr(jaxpr, consts, name)

    def as_text(self) -> str:
        from hlox.ir import print_module
        return print_module(self.module)

    def compile(self) -> "Compiled":
        return Compiled(self)


class Compiled:
    def __init__(self, lowered: Lowered):
        from .execution import compile_module
        self.lowered = lowered
        self.executable = compile_module(lowered.module)
        self._out_avals = lowered.jaxpr.out_avals

    def __call__(self, *args, **kwargs):
        _, dyn = self.lowered.split_args(args, kwargs)
        flat, tree = tree_flatten(dyn)
        if tree != self.lowered.in_tree:
            raise TypeError(f"compiled function called with structure {tree}, lowered with "
                            f"{self.lowered.in_tree}")
        outs = self.executable(*[_leaf_value(x) for x in flat])
        outs = [outs] if len(self._out_avals) == 1 else list(outs)
        return tree_unflatten(self.lowered.out_tree, [
            Array(o, a.weak_type) for o, a in zip(outs, self._out_avals)])

    def as_text(self) -> str:
        return self.lowered.as_text()


class JitFunction:
    def __init__(self, fun: Callable, static_argnums=(), static_argnames=(),
                 donate_argnums=()):
        functools.update_wrapper(self, fun)
        self.fun = fun
        self.static_argnums = tuple(sorted(
            (static_argnums,) if isinstance(static_argnums, int) else static_argnums))
        self.static_argnames = frozenset(
            (static_argnames,) if isinstance(static_argnames, str) else static_argnames)
        try:
            params = list(inspect.signature(fun).parameters)
        except (TypeError, ValueError):
            params = []
        # static_argnames given for positional parameters also make those positions static
        extra = [i for i, p in enumerate(params) if p in self.static_argnames]
        self.static_argnums = tuple(sorted(set(self.static_argnums) | set(extra)))
        for i, p in enumerate(params):
            if i in self.static_argnums:
                self.static_argnames = self.static_argnames | {p}
        # The traced programs, shared by every jit of the same function with the same static
        # arguments (as JAX: `hlox.jit(f)(x)` in a loop traces once).
        self._cache, self._fast_cache = _function_caches(
            fun, (self.static_argnums, self.static_argnames))
        self.name = getattr(fun, "__name__", "fn")

    def __get__(self, obj, objtype=None):
        return self if obj is None else functools.partial(self, obj)

    # -- splitting arguments into static and dynamic parts

    def _split(self, args, kwargs):
        statics = []
        dyn_args = []
        for i, a in enumerate(args):
            if i in self.static_argnums:
                statics.append((i, a))
            else:
                dyn_args.append(a)
        dyn_kwargs = {}
        for k, v in kwargs.items():
            if k in self.static_argnames:
                statics.append((k, v))
            else:
                dyn_kwargs[k] = v
        static_key = tuple(statics)
        try:
            hash(static_key)
        except TypeError:
            bad = [(k, type(v).__name__) for k, v in statics if not _hashable(v)]
            raise ValueError(
                "Non-hashable static arguments are not supported: static argument "
                + ", ".join(f"{k!r} has unhashable type {t}" for k, t in bad)
                + ". Pass a hashable value (a tuple instead of a list) or make it a "
                  "dynamic (array) argument.") from None
        return static_key, (tuple(dyn_args), dyn_kwargs)

    def _merge(self, statics, dyn_args, dyn_kwargs, nargs):
        static_map = dict(statics)
        args, it = [], iter(dyn_args)
        for i in range(nargs):
            args.append(static_map[i] if i in static_map else next(it))
        kwargs = dict(dyn_kwargs)
        for k, v in statics:
            if isinstance(k, str):
                kwargs[k] = v
        return args, kwargs

    def _trace(self, args, kwargs, flat_avals=None):
        nargs = len(args)
        static_key, dyn = self._split(args, kwargs)
        flat, in_tree = tree_flatten(dyn)
        avals = flat_avals or [get_aval(x) for x in flat]
        store = {}

        def flat_fun(*flat_in):
            dyn_args, dyn_kwargs = tree_unflatten(in_tree, flat_in)
            full_args, full_kwargs = self._merge(static_key, dyn_args, dyn_kwargs, nargs)
            out = self.fun(*full_args, **full_kwargs)
            out_flat, store["tree"] = tree_flatten(out)
            return out_flat

        jaxpr, consts = make_jaxpr_flat(flat_fun, avals)
        return jaxpr, consts, in_tree, store["tree"], flat

    def __call__(self, *args, **kwargs):
        if not TRACE_STACK.is_top_level():
            return self.fun(*args, **kwargs)
        if not kwargs and not self.static_argnums:
            # the fast path: positional arrays only, no pytree work
            sig, values = [], []
            for x in args:
                t = type(x)
                if t is Array:
                    v = x._value
                    sig.append((v.shape, v.dtype, x.weak_type))
                    values.append(v)
                elif t is np.ndarray and x.flags.c_contiguous:
                    sig.append((x.shape, x.dtype, False))
                    values.append(x)
                else:
                    break
            else:
                entry = self._fast_cache.get(tuple(sig))
                if entry is not None:
                    if entry.single_array_out:
                        run_one = entry.run_one
                        if run_one is not None:  # one array out of one Executable call
                            return Array(run_one(*values), entry.out_weak[0])
                        return Array(entry.program.run(values)[0], entry.out_weak[0])
                    outs = entry.program.run(values)
                    return tree_unflatten(entry.out_tree, [
                        Array(o, w) for o, w in zip(outs, entry.out_weak)])
        return self._call_slow(args, kwargs)

    def _call_slow(self, args, kwargs):
        if self.static_argnums or self.static_argnames:
            static_key, dyn = self._split(args, kwargs)
        else:
            static_key, dyn = (), (args, kwargs)
        flat, in_tree = tree_flatten(dyn)
        sig = []
        for x in flat:
            s = _leaf_signature(x)
            if s is None:  # a tracer escaped to the top level: trace through
                return self.fun(*args, **kwargs)
            sig.append(s)
        key = (in_tree, tuple(sig), static_key, len(args))
        entry = self._cache.get(key)
        if entry is None:
            entry = self._cache[key] = self._build(args, kwargs, sig)
            if not kwargs and not static_key and all(
                    type(x) in (Array, np.ndarray) for x in args):
                self._fast_cache[tuple(sig)] = entry
        outs = entry.program.run([_leaf_value(x) for x in flat])
        return tree_unflatten(entry.out_tree, [
            Array(o, w) if o.dtype == d else Array(o.astype(d), w)
            for o, w, d in zip(outs, entry.out_weak, entry.out_dtypes)])

    def _build(self, args, kwargs, sig) -> _Entry:
        avals = [ShapedArray(shape, dtype, weak) for shape, dtype, weak in sig]
        jaxpr, consts, in_tree, out_tree, _ = self._trace(args, kwargs, avals)
        entry = _Entry()
        entry.program = CompiledProgram(jaxpr, consts, f"jit_{self.name}", EXECUTION.backend)
        entry.out_tree = out_tree
        entry.out_weak = [a.weak_type for a in jaxpr.out_avals]
        entry.out_dtypes = [a.dtype for a in jaxpr.out_avals]
        entry.single_array_out = out_tree.node_type is None
        program = entry.program
        entry.run_one = (program.executable if program.backend == "compiled"
                         and not program.hoisted_values and program.num_outs == 1 else None)
        return entry

    def lower(self, *args, **kwargs) -> Lowered:
        jaxpr, consts, in_tree, out_tree, _ = self._trace(args, kwargs)
        return Lowered(jaxpr, consts, f"jit_{self.name}", in_tree, out_tree, self._split)

    def trace_jaxpr(self, *args, **kwargs) -> Jaxpr:
        return self._trace(args, kwargs)[0]

    def clear_cache(self):
        self._cache.clear()
        self._fast_cache.clear()

    def cache_size(self) -> int:
        return len(self._cache)


# function -> {static argument spec -> (cache, fast cache)}; entries go with their function
_CACHES_BY_FUNCTION: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _function_caches(fun, statics) -> tuple[dict, dict]:
    try:
        per_function = _CACHES_BY_FUNCTION.setdefault(fun, {})
    except TypeError:  # not weakly referenceable
        return {}, {}
    caches = per_function.get(statics)
    if caches is None:
        caches = per_function[statics] = ({}, {})  # positional-arrays-only: signature -> entry
    return caches


def _hashable(v) -> bool:
    try:
        hash(v)
        return True
    except TypeError:
        return False


def jit(fun: Callable | None = None, *, static_argnums=(), static_argnames=(),
        donate_argnums=()):
    """Compile `fun` per input signature. `donate_argnums` is accepted for JAX
    compatibility; hlox does not reuse argument buffers."""
    if fun is None:
        return lambda f: JitFunction(f, static_argnums, static_argnames, donate_argnums)
    return JitFunction(fun, static_argnums, static_argnames, donate_argnums)


def ShapeDtypeStruct(shape, dtype) -> ShapedArray:  # noqa: N802  (JAX's name)
    """An abstract argument for `jit(f).lower(...)` and `eval_shape`."""
    return ShapedArray(shape, np.dtype(dtype))


def eval_shape(fun: Callable, *args, **kwargs):
    """The shapes and dtypes of fun's outputs (as ShapedArrays), without running it."""
    jit_fun = JitFunction(fun)
    jaxpr, _, _, out_tree, _ = jit_fun._trace(args, kwargs)
    return tree_unflatten(out_tree, [a.strip_weak_type() for a in jaxpr.out_avals])


class ClosedJaxpr:
    def __init__(self, jaxpr, consts):
        self.jaxpr, self.consts = jaxpr, consts

    def __str__(self):
        return str(self.jaxpr)

    __repr__ = __str__


def make_jaxpr(fun: Callable, static_argnums=()):
    def make(*args, **kwargs):
        jaxpr, consts, *_ = JitFunction(fun, static_argnums)._trace(args, kwargs)
        return ClosedJaxpr(jaxpr, consts)
    return make
