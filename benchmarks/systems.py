"""How each system runs a workload spec: numpy, PyTorch eager, torch.compile (Inductor),
jax.jit, hlox from the HLO text jax lowers to, hlox.from_jax (the same through jax's tracing
at call time), hlox.jit, torch.compile(backend="hlox").

A `Spec` describes the computation once:
- `inputs`: the flat list of numpy arrays every system gets (the same data for all);
- `array_fn(ns)`: the function written against an array namespace `ns` (`ns.np` is
  numpy / jax.numpy / hlox.numpy, `ns.nn`, `ns.lax`), used by numpy, jax.jit and hlox.jit;
- `torch_fn(torch)`: the same function in PyTorch;
- for a training step, `n_params` and `lr`: the first `n_params` inputs are parameters,
  `array_fn`/`torch_fn` give the scalar loss, and every system runs
  loss, grads = value_and_grad(loss); params - lr * grads.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Callable

import numpy as np

from harness import Unsupported, Workload, compare, leaves


# ----------------------------------------------------------------------------- namespaces

class _NumpyNN:
    @staticmethod
    def relu(x):
        return np.maximum(x, np.float32(0))

    @staticmethod
    def gelu(x, approximate=True):
        c = np.float32(math.sqrt(2.0 / math.pi))
        return np.float32(0.5) * x * (np.float32(1) + np.tanh(c * (x + np.float32(0.044715) * x ** 3)))

    @staticmethod
    def softmax(x, axis=-1):
        e = np.exp(x - np.max(x, axis=axis, keepdims=True))
        return e / np.sum(e, axis=axis, keepdims=True)

    @staticmethod
    def log_softmax(x, axis=-1):
        s = x - np.max(x, axis=axis, keepdims=True)
        return s - np.log(np.sum(np.exp(s), axis=axis, keepdims=True))


def numpy_ns():
    return SimpleNamespace(name="numpy", np=np, nn=_NumpyNN, lax=None, value_and_grad=None)


def jax_ns():
    import jax
    import jax.numpy as jnp
    return SimpleNamespace(name="jax", np=jnp, nn=jax.nn, lax=jax.lax,
                           value_and_grad=jax.value_and_grad)


def hlox_ns():
    import hlox.frontends.tracer as T
    return SimpleNamespace(name="hlox", np=T.numpy, nn=T.nn, lax=T.lax,
                           value_and_grad=T.value_and_grad)


# ----------------------------------------------------------------------------- specs

@dataclass
class Spec:
    name: str
    description: str
    inputs: list
    array_fn: Callable | None = None          # ns -> f(*inputs)
    torch_fn: Callable | None = None          # torch -> f(*tensors)
    numpy_fn: Callable | None = None          # overrides array_fn(numpy_ns()) for numpy
    numpy_array_api: bool = True              # array_fn works with plain numpy
    torch_inputs: Callable | None = None      # (torch, arrays) -> tensors (layout changes)
    n_params: int = 0                         # > 0: a training step
    lr: float = 0.1
    tol: float = 2e-4
    note: str = ""

    @property
    def train(self) -> bool:
        return self.n_params > 0


def make_step(ns, loss_fn: Callable, k: int, lr: float) -> Callable:
    """The functional training step: (params..., data...) -> (loss, new params)."""
    def loss_of(params, data):
        return loss_fn(*params, *data)

    vg = ns.value_and_grad(loss_of)

    def step(*args):
        params, data = tuple(args[:k]), tuple(args[k:])
        loss, grads = vg(params, data)
        return loss, tuple(p - lr * g for p, g in zip(params, grads))
    return step


def train_check(spec: Spec):
    """Compare the loss, and the gradients recovered from the update: (p0 - p1) / lr."""
    p0 = [np.asarray(a, np.float64) for a in spec.inputs[:spec.n_params]]

    def grads_of(out):
        ls = leaves(out)
        return [ls[0]] + [(p - np.asarray(n, np.float64)) / spec.lr for p, n in zip(p0, ls[1:])]

    def check(out, ref):
        ok, err, why = compare(leaves(out)[:1], leaves(ref)[:1], spec.tol)
        if not ok:
            return False, err, "loss: " + why
        g, r = grads_of(out), grads_of(ref)
        if len(g) != len(r):
            return False, math.inf, f"{len(g)} outputs, reference has {len(r)}"
        worst = err
        for i, (a, b) in enumerate(zip(g[1:], r[1:])):
            scale = max(float(np.max(np.abs(b))), 1e-12)
            e = float(np.max(np.abs(a - b)))
            worst = max(worst, e)
            if e > 1e-2 * scale:   # float32 recovery through p0 - lr*g: 1% of the largest grad
                return False, e, f"grad of param {i}: max |diff| {e:.3g} > 1e-2 x {scale:.3g}"
        return True, worst, ""
    return check


# ----------------------------------------------------------------------------- builders

def _torch_tensors(torch, spec: Spec):
    arrays = [np.array(a, copy=True) for a in spec.inputs]
    if spec.torch_inputs is not None:
        return list(spec.torch_inputs(torch, arrays))
    return [torch.from_numpy(a) for a in arrays]


def _torch_builder(spec: Spec, mode: str, threads: int):
    def build():
        import torch
        torch.set_num_threads(threads)
        fn = spec.torch_fn(torch)
        if mode == "inductor":
            fn = torch.compile(fn, dynamic=False)
        elif mode == "hlox":
            fn = torch.compile(fn, backend="hlox", dynamic=False)
        tensors = _torch_tensors(torch, spec)
        if not spec.train:
            def run():
                with torch.no_grad():
                    return fn(*tensors)
            return run
        k, lr = spec.n_params, spec.lr
        params = [t.detach().clone().requires_grad_(True) for t in tensors[:k]]
        data = tensors[k:]

        def run():
            for p in params:
                p.grad = None
            loss = fn(*params, *data)
            loss.backward()
            with torch.no_grad():
                return loss.detach(), [p - lr * p.grad for p in params]
        return run
    return build


def _numpy_builder(spec: Spec):
    def build():
        if spec.numpy_fn is not None:
            fn = spec.numpy_fn
        elif spec.numpy_array_api and not spec.train:
            fn = spec.array_fn(numpy_ns())
        else:
            raise Unsupported("no numpy implementation")
        args = [np.array(a, copy=True) for a in spec.inputs]
        return lambda: fn(*args)
    return build


def _array_api_fn(spec: Spec, ns):
    fn = spec.array_fn(ns)
    return make_step(ns, fn, spec.n_params, spec.lr) if spec.train else fn


def _jax_builder(spec: Spec):
    def build():
        import jax
        import jax.numpy as jnp
        jf = jax.jit(_array_api_fn(spec, jax_ns()))
        args = [jnp.asarray(a) for a in spec.inputs]
        jax.block_until_ready(args)
        return lambda: jax.block_until_ready(jf(*args))
    return build


HLO_TEXTS: dict[str, str] = {}   # workload name -> the HLO text hlox (HLO) compiled


def hlo_text_of(spec: Spec) -> str:
    """The HLO text jax lowers the workload to (every constant printed)."""
    if spec.name not in HLO_TEXTS:
        import jax
        lowered = jax.jit(_array_api_fn(spec, jax_ns())).lower(*spec.inputs)
        ir = lowered.compiler_ir("hlo")
        try:
            HLO_TEXTS[spec.name] = ir.as_hlo_text(print_large_constants=True)
        except TypeError:
            HLO_TEXTS[spec.name] = ir.as_hlo_text()
    return HLO_TEXTS[spec.name]


def _hlox_hlo_builder(spec: Spec, threads: int):
    def build():
        import hlox
        exe = hlox.compile(hlo_text_of(spec), hlox.CompileOptions(threads=threads))
        args = [np.array(a, copy=True) for a in spec.inputs]
        return lambda: exe(*args)
    return build


def _hlox_from_jax_builder(spec: Spec, threads: int):
    def build():
        import hlox
        options = hlox.CompileOptions(threads=threads)
        hf = hlox.from_jax(_array_api_fn(spec, jax_ns()), options=options)
        args = [np.array(a, copy=True) for a in spec.inputs]
        return lambda: hf(*args)
    return build


def _hlox_jit_builder(spec: Spec):
    def build():
        import hlox
        hf = hlox.jit(_array_api_fn(spec, hlox_ns()))
        args = [np.array(a, copy=True) for a in spec.inputs]
        return lambda: hf(*args)
    return build


def workload(spec: Spec, threads: int) -> Workload:
    builders = {
        "numpy": _numpy_builder(spec),
        "jax.jit": _jax_builder(spec),
        "hlox (HLO)": _hlox_hlo_builder(spec, threads),
        "hlox.from_jax": _hlox_from_jax_builder(spec, threads),
        "hlox.jit": _hlox_jit_builder(spec),
    }
    if spec.torch_fn is not None:
        builders["torch"] = _torch_builder(spec, "eager", threads)
        builders["torch.compile"] = _torch_builder(spec, "inductor", threads)
        builders["hlox (torch)"] = _torch_builder(spec, "hlox", threads)
    return Workload(spec.name, spec.description, builders, tol=spec.tol,
                    check=train_check(spec) if spec.train else None,
                    group="train" if spec.train else "compute", note=spec.note)
