"""Data-parallel training with hlox: DistributedDataParallel around the compiled model.

    model = hlox.frontends.torch.data_parallel(model)   # DDP(torch.compile(model, backend="hlox"))

The order matters. `DDP(torch.compile(model, backend="hlox"))` compiles the forward and
the backward with hlox (dynamo's DDPOptimizer splits them at DDP's gradient buckets, so
the all-reduces still overlap the backward). `torch.compile(DDP(model), backend="hlox")`,
the order PyTorch's documentation shows, never reaches hlox with torch 2.13: dynamo gives
up inside DDP's pre-forward and runs the whole model eagerly (pytorch/pytorch#140416),
with no message. That order is watched for here: the first forward of a hlox-compiled DDP
that hands hlox no graph warns, once per process, naming the order that works.

The watch is a global module-registration hook (installed when this package is imported,
which is how torch resolves `backend="hlox"` through the entry point): it sees
`torch.compile` wrap a DDP module (OptimizedModule registering `_orig_mod`) and puts a
forward pre-hook and hook on that one OptimizedModule. No global forward hook: those
would change how dynamo traces every module.
"""
from __future__ import annotations

import warnings

import torch
from torch._dynamo.eval_frame import OptimizedModule, innermost_backend
from torch.nn.parallel import DistributedDataParallel

from .backend import backend_calls, hlox_backend

_warned = False


class DataParallelOrderWarning(UserWarning):
    """torch.compile(DDP(model), backend="hlox") ran the model without hlox."""


WRONG_ORDER_MESSAGE = (
    "hlox: torch.compile(DistributedDataParallel(model), backend='hlox') compiled nothing: "
    "dynamo runs DistributedDataParallel's forward eagerly, so hlox was never called and "
    "the model ran in PyTorch. Compile the model inside DDP instead: "
    "DistributedDataParallel(torch.compile(model, backend='hlox')), which "
    "hlox.frontends.torch.data_parallel(model, **ddp_kwargs) builds.")


def data_parallel(model: torch.nn.Module, *, options: dict | None = None,
                  dynamic: bool | None = None, **ddp_kwargs) -> DistributedDataParallel:
    """`DistributedDataParallel(torch.compile(model, backend="hlox"))`: the order in which
    hlox compiles the forward and backward. `options` are the backend's (hlox.CompileOptions
    fields, `cache_size`); `ddp_kwargs` go to DistributedDataParallel (a process group must
    be initialised, as for DDP itself)."""
    compiled = torch.compile(model, backend="hlox", options=options, dynamic=dynamic)
    return DistributedDataParallel(compiled, **ddp_kwargs)


def _uses_hlox(module: OptimizedModule) -> bool:
    backend = innermost_backend(module.dynamo_ctx.callback)
    return getattr(backend, "compiler_fn", backend) is hlox_backend


def _watch_first_forward(module: OptimizedModule) -> None:
    """Pre-hook and hook on one torch.compile(DDP(...)): warn when its first forward hands
    hlox no graph, then remove both (a forward that raises is not a first forward)."""
    calls_before = []

    def before(mod, args):
        calls_before[:] = [backend_calls()] if _uses_hlox(mod) else []

    def after(mod, args, output):
        global _warned
        pre.remove()
        post.remove()
        if calls_before and backend_calls() == calls_before[0] and not _warned:
            _warned = True
            warnings.warn(WRONG_ORDER_MESSAGE, DataParallelOrderWarning, stacklevel=2)

    pre = module.register_forward_pre_hook(before)
    post = module.register_forward_hook(after)


def _on_module_registration(module, name, submodule):
    if isinstance(module, OptimizedModule) and name == "_orig_mod" \
            and isinstance(submodule, DistributedDataParallel):
        _watch_first_forward(module)


torch.nn.modules.module.register_module_module_registration_hook(_on_module_registration)
