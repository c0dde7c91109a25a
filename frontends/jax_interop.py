"""hlox.from_jax: a JAX function traced and lowered by JAX, compiled and run by hlox.

    @hlox.from_jax                        # or hlox.from_jax(fn, static_argnums=(1,))
    def f(params, x): ...                 # jax.numpy / jax.lax / jax.grad inside
    f(params, x)                          # -> the pytree JAX would return, of numpy arrays
    print(f.lower(params, x).as_text())   # the HLO text hlox compiles

A call flattens its dynamic arguments with jax.tree_util and looks up an executable by
signature (static values, tree structure, each leaf's shape and dtype, weak type for Python
scalars, JAX's x64 mode) in a bounded LRU cache; a miss lowers with `jax.jit(...).lower(...)`
(keep_unused, so the HLO's parameters are exactly the leaves) and compiles with
`hlox.compile`, whose disk cache makes a miss in a later process cheap. Leaves reach the executable through
`np.asarray`, which shares the memory of CPU jax arrays and numpy arrays.

Donated arguments (`donate_argnums`) are accepted as jax.jit accepts them; hlox does not
reuse their buffers (results are always fresh arrays), so a donated argument stays valid.
"""
from __future__ import annotations

import collections
import functools
import threading
from typing import Any, Callable, Sequence

import numpy as np

from hlox.ir.errors import HloError


def _jax():
    try:
        import jax
    except ImportError as e:  # jax is an optional dependency: pip install 'hlox[jax]'
        raise ImportError("hlox.from_jax needs jax: pip install 'hlox[jax]' "
                          "(or jax and jaxlib)") from e
    return jax


def _as_tuple(value) -> tuple:
    if value is None:
        return ()
    return (value,) if isinstance(value, (int, str)) else tuple(value)


class LoweredForHlox:
    """What `.lower(...)` gives: JAX's lowering and the HLO text hlox compiles from it."""

    def __init__(self, lowered, options=None):
        self.jax_lowered = lowered
        self.options = options
        self.in_tree, self.out_tree = lowered.in_tree, lowered.out_tree

    @functools.cached_property
    def hlo_text(self) -> str:
        # every constant in full: hlox must not see `{...}`
        return self.jax_lowered.compiler_ir("hlo").as_hlo_text(print_large_constants=True)

    def as_text(self, dialect: str = "hlo") -> str:
        """The HLO text (dialect="hlo"), or the StableHLO JAX prints (dialect="stablehlo")."""
        return self.hlo_text if dialect == "hlo" else self.jax_lowered.as_text(dialect=dialect)

    def compile(self):
        """The hlox.Executable of this lowering (from hlox's caches when compiled before)."""
        from hlox.driver import compile as hlox_compile
        return hlox_compile(self.hlo_text, self.options, filename=f"<from_jax {self.name}>")

    @property
    def name(self) -> str:
        return self.hlo_text.split(None, 2)[1].rstrip(",")


def _leaf_key(leaf):
    """A leaf's part of the signature; Python scalars are weak-typed in JAX, so their
    Python type (not a numpy dtype) keys them."""
    if isinstance(leaf, (bool, int, float, complex)):
        return type(leaf)
    shape, dtype = getattr(leaf, "shape", None), getattr(leaf, "dtype", None)
    if shape is None or dtype is None:
        leaf = np.asarray(leaf)
        shape, dtype = leaf.shape, leaf.dtype
    return (tuple(shape), np.dtype(dtype), bool(getattr(leaf, "weak_type", False)))


class FromJax:
    """The callable `hlox.from_jax(fn, ...)` returns (see the module's doc)."""

    def __init__(self, fn: Callable, *, static_argnums=None, static_argnames=None,
                 donate_argnums=None, options=None, cache_size: int = 64):
        jax = _jax()
        self.fn = fn
        self.static_argnums = tuple(sorted(_as_tuple(static_argnums)))
        self.static_argnames = frozenset(_as_tuple(static_argnames))
        self.options = options
        self.cache_size = cache_size
        self._jitted = jax.jit(fn, static_argnums=self.static_argnums or None,
                               static_argnames=tuple(self.static_argnames) or None,
                               donate_argnums=donate_argnums, keep_unused=True)
        self._flatten = jax.tree_util.tree_flatten
        self._unflatten = jax.tree_util.tree_unflatten
        self._config = jax.config   # jax_enable_x64 changes what a signature lowers to
        self._cache: collections.OrderedDict = collections.OrderedDict()
        self._lock = threading.Lock()
        functools.update_wrapper(self, fn)

    def _split(self, args: Sequence, kwargs: dict):
        """(static part of the signature, dynamic leaves, their tree structure)."""
        statics = tuple(args[i] for i in self.static_argnums if i < len(args))
        dynamic_args = tuple(a for i, a in enumerate(args) if i not in self.static_argnums)
        static_kwargs = tuple(sorted((k, v) for k, v in kwargs.items()
                                     if k in self.static_argnames))
        dynamic_kwargs = {k: v for k, v in kwargs.items() if k not in self.static_argnames}
        leaves, tree = self._flatten((dynamic_args, dynamic_kwargs))
        return (statics, static_kwargs), leaves, tree

    def lower(self, *args, **kwargs) -> LoweredForHlox:
        """JAX's lowering of `fn` for these arguments, with the HLO text hlox compiles."""
        return LoweredForHlox(self._jitted.lower(*args, **kwargs), self.options)

    def _entry(self, args, kwargs, leaves, key):
        with self._lock:
            entry = self._cache.get(key)
            if entry is not None:
                self._cache.move_to_end(key)
                return entry
        lowered = self.lower(*args, **kwargs)
        executable = lowered.compile()
        dtypes = [p.np_dtype for p in executable.signature.params]
        if len(dtypes) != len(leaves):
            raise HloError(f"{lowered.name}: JAX lowered {len(dtypes)} parameters for "
                           f"{len(leaves)} array arguments")
        entry = (executable, dtypes, lowered.out_tree)
        with self._lock:
            self._cache[key] = entry
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return entry

    def __call__(self, *args, **kwargs):
        statics, leaves, tree = self._split(args, kwargs)
        try:
            key = (statics, tree, tuple(map(_leaf_key, leaves)), self._config.jax_enable_x64)
            hash(key)
        except TypeError as e:
            raise TypeError(f"from_jax({getattr(self.fn, '__name__', self.fn)}): static "
                            f"arguments must be hashable ({e})") from None
        executable, dtypes, out_tree = self._entry(args, kwargs, leaves, key)
        # np.asarray shares the memory of numpy and CPU jax arrays; a Python scalar takes
        # the dtype JAX gave its parameter
        arrays = [np.asarray(leaf, dtype) for leaf, dtype in zip(leaves, dtypes)]
        return self._unflatten(out_tree, list(_flat_results(executable(*arrays))))

    def cache_info(self) -> dict[str, Any]:
        return {"entries": len(self._cache), "max_entries": self.cache_size}

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()


def _flat_results(result):
    if isinstance(result, tuple):
        for r in result:
            yield from _flat_results(r)
    else:
        yield result


def from_jax(fn: Callable | None = None, *, static_argnums=None, static_argnames=None,
             donate_argnums=None, options=None, cache_size: int = 64):
    """Like `jax.jit`, but hlox compiles and runs what JAX lowers. Usable as
    `@from_jax` or `@from_jax(static_argnums=...)`. `options`: hlox.CompileOptions."""
    def wrap(f):
        return FromJax(f, static_argnums=static_argnums, static_argnames=static_argnames,
                       donate_argnums=donate_argnums, options=options, cache_size=cache_size)
    return wrap if fn is None else wrap(fn)
