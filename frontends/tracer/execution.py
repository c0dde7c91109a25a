"""Running staged programs: the one place that turns a jaxpr into something that executes.

Two backends, chosen by `EXECUTION.backend`:
- "compiled" (the default): lower to HLO (lowering.py), `hlox.compile` it, call the
  Executable. Eager primitive applications outside `jit` go through cached single-op
  executables, as in JAX, once hot (EAGER_COMPILE_AFTER calls of one signature); before
  that, and for complex arrays (whose special values the Array API takes from C99, as
  numpy's functions do), the numpy reference rules evaluate them.
- "reference": interpret the jaxpr with the numpy `impl_rules` (for debugging, and the
  oracle of the tests).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from .core import (
    Array, Jaxpr, JaxprEqn, Lit, Primitive, ShapedArray, Var, abstract_eval_rules, get_aval,
    impl_rules, to_numpy,
)


def compile_module(module) -> Callable:
    """The executor: HLO module -> callable(*ndarrays) -> ndarray or tuple. One line to switch.

    A module for N > 1 devices (a program with a shard_map or pmap) is a global-view
    program: every device gets the same arguments, and the results are device 0's.
    `EXECUTION.spmd_backend` says what runs its devices: "compiled" (`hlox.compile`,
    every device a thread of this process) or "evaluator" (hlox's evaluator)."""
    import hlox
    from hlox.ir.collectives import device_counts
    replicas, partitions = device_counts(module)
    if replicas * partitions > 1:
        return SpmdProgram(module, replicas * partitions, EXECUTION.spmd_backend)
    return hlox.compile(module)


class SpmdProgram:
    """An N-device module run with the same arguments on every device. In this process
    every device runs; under an MPI launcher (hlox.distributed) each rank runs its own
    device, and every device's results are the whole outputs (they are all-gathered)."""

    def __init__(self, module, devices: int, backend: str):
        self.module, self.devices = module, devices
        self.executable = None
        if backend == "compiled":
            import hlox
            from hlox.distributed import launched_by_mpi
            executable = hlox.compile(module)
            if launched_by_mpi() and executable.devices > 1:
                self.executable = executable
            self.run_devices = executable.run_devices
        else:
            from hlox.ir.evaluator import evaluate_spmd
            self.run_devices = lambda per_device: evaluate_spmd(module, per_device)

    def __call__(self, *arrays):
        if self.executable is not None:  # this rank's device
            return self.executable(*arrays)
        return self.run_devices([list(arrays)] * self.devices)[0]


# Closed-over constants bigger than this are passed as parameters rather than written
# into the HLO text (and the C source) of a jitted function.
HOIST_ELEMENTS = 4096


@dataclass
class ExecutionContext:
    backend: str = "compiled"
    spmd_backend: str = "compiled"  # what runs N-device modules (see compile_module)
    eager_cache: dict = field(default_factory=dict)  # (prim, params, avals) -> EagerOp
    hits: int = 0
    misses: int = 0


EXECUTION = ExecutionContext()


def _param_key(value):
    if isinstance(value, (list, tuple)):
        return tuple(_param_key(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _param_key(v)) for k, v in value.items()))
    if isinstance(value, np.ndarray):
        return (value.dtype.str, value.shape, value.tobytes())
    return value


class CompiledProgram:
    """A jaxpr made executable: flat numpy arrays in, list of numpy arrays out."""

    def __init__(self, jaxpr: Jaxpr, consts: list, name: str, backend: str):
        self.jaxpr, self.consts, self.name = jaxpr, consts, name
        self.num_outs = len(jaxpr.outs)
        self.backend = backend
        self.module = None
        self.hoisted_values = []
        if backend == "compiled":
            from .lowering import lower_jaxpr
            hoisted = [k for k, c in enumerate(consts) if np.size(to_numpy(c)) > HOIST_ELEMENTS]
            self.hoisted_values = [_contiguous(to_numpy(consts[k])) for k in hoisted]
            self.module = lower_jaxpr(jaxpr, consts, name, frozenset(hoisted))
            self.executable = compile_module(self.module)
            self.run = self._run_compiled if not hoisted else self._run_compiled_hoisted
        else:
            self.run = self._run_reference

    def _run_compiled(self, args):
        out = self.executable(*args)
        return [out] if self.num_outs == 1 else list(out)

    def _run_compiled_hoisted(self, args):
        out = self.executable(*args, *self.hoisted_values)
        return [out] if self.num_outs == 1 else list(out)

    def _run_reference(self, args):
        return interpret_jaxpr(self.jaxpr, [to_numpy(c) for c in self.consts] + list(args))


def interpret_jaxpr(jaxpr: Jaxpr, args: list) -> list:
    """Run a jaxpr on numpy arrays with the reference implementations."""
    env: dict[int, np.ndarray] = {}

    def read(x):
        return to_numpy(x.val) if isinstance(x, Lit) else env[x.id]

    for v, val in zip(jaxpr.in_binders, args):
        env[v.id] = val
    for eqn in jaxpr.eqns:
        outs = impl_rules[eqn.primitive](*[read(x) for x in eqn.inputs], **eqn.params)
        for v, val in zip(eqn.out_binders, outs):
            env[v.id] = np.asarray(val)
    return [read(x) for x in jaxpr.outs]


# An eager primitive application of one signature runs through the numpy reference rules
# this many times before it is compiled: a one-off call (a new shape or dtype) never waits
# for the C compiler, a hot one gets the compiled kernel.
EAGER_COMPILE_AFTER = 3


class EagerOp:
    def __init__(self, prim: Primitive, params: dict, avals_in: list[ShapedArray]):
        self.avals_out = abstract_eval_rules[prim](*avals_in, **params)
        self.prim, self.params, self.avals_in = prim, params, avals_in
        self.single = None  # (executable, weak_type) for the one-output compiled case
        self.program = None
        # complex arrays: numpy evaluates them, always (see the module doc)
        self.calls_left = EAGER_COMPILE_AFTER if EXECUTION.backend == "compiled" and not any(
            a.dtype.kind == "c" for a in (*avals_in, *self.avals_out)) else -1

    def _compile(self) -> None:
        in_vars = [Var(a) for a in self.avals_in]
        out_vars = [Var(a) for a in self.avals_out]
        jaxpr = Jaxpr(in_vars, [JaxprEqn(self.prim, in_vars, self.params, out_vars)], out_vars)
        self.program = CompiledProgram(jaxpr, [], self.prim.name, "compiled")
        if len(self.avals_out) == 1 and not self.program.hoisted_values:
            self.single = (self.program.executable, self.avals_out[0].weak_type)

    def __call__(self, arrays):
        if self.single is not None:
            executable, weak = self.single
            return [Array(executable(*arrays), weak)]
        if self.program is not None:
            outs = self.program.run(arrays)
        elif self.calls_left == 0:
            self._compile()
            return self(arrays)
        else:
            self.calls_left -= self.calls_left > 0
            outs = impl_rules[self.prim](*arrays, **self.params)
        return [Array(np.asarray(o, dtype=a.dtype), a.weak_type)
                for o, a in zip(outs, self.avals_out)]


def run_primitive(prim: Primitive, args, params: dict) -> list:
    """Apply a primitive to concrete values (the EvalTrace's interpretation)."""
    sig, values = [], []
    for a in args:
        if type(a) is Array:
            v = a._value
            sig.append((v.shape, v.dtype, a.weak_type))
        else:
            aval = get_aval(a)
            v = to_numpy(a)
            sig.append((aval.shape, aval.dtype, aval.weak_type))
        values.append(v if v.flags.c_contiguous else np.array(v, order="C"))
    key = (prim, _param_key(params) if params else (), tuple(sig), EXECUTION.backend)
    op = EXECUTION.eager_cache.get(key)
    if op is None:
        EXECUTION.misses += 1
        op = EXECUTION.eager_cache[key] = EagerOp(prim, params,
                                                  [ShapedArray(*s) for s in sig])
    else:
        EXECUTION.hits += 1
    return op(values)


def _contiguous(a: np.ndarray) -> np.ndarray:
    # (np.ascontiguousarray would turn a 0-d array into a 1-d one)
    return a if a.flags.c_contiguous else np.array(a, order="C")
