"""Real-model rows: nn.Modules through PyTorch eager, Inductor and torch.compile(backend="hlox").

A ResNet-18-shaped CNN, a depthwise (MobileNet-style) CNN with batch norm, a GPT-2-shaped
decoder and a Llama-shaped one (RMSNorm, rotary positions, grouped-query attention,
SwiGLU), from tests/frontends/torch_models.py (plain torch.nn, no downloads). Each in
inference (no_grad, eval mode) and as a training step (forward, backward, SGD update in
train mode). The first call of each system is its cold compile: hlox runs with its disk
cache off and Inductor with its FX graph cache off for that call (`first call` in the
compile-time table).
"""
from __future__ import annotations

import copy
import os
import sys
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from harness import Workload

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "frontends"))

SYSTEMS = {"torch": None, "torch.compile": "inductor", "hlox (torch)": "hlox"}


def _models():
    import torch
    import torch.nn.functional as F
    import torch_models as M

    def lm(model, vocab, batch, t):
        idx = torch.randint(0, vocab, (batch, t), generator=torch.Generator().manual_seed(1))
        target = torch.randint(0, vocab, (batch, t), generator=torch.Generator().manual_seed(2))
        return model, (idx,), lambda out: F.nll_loss(out.reshape(-1, vocab), target.reshape(-1))

    def image(model, batch, size, classes):
        x = torch.randn(batch, 3, size, size, generator=torch.Generator().manual_seed(1))
        target = torch.randint(0, classes, (batch,), generator=torch.Generator().manual_seed(2))
        return model, (x,), lambda out: F.cross_entropy(out, target)

    return {
        "resnet": ("ResNet-18-shaped CNN (widths 32-256, batch 4, 64x64)",
                   lambda: image(M.ResNet(widths=(32, 64, 128, 256)), 4, 64, 10)),
        "dwcnn": ("depthwise CNN with batch norm (48 ch, 3 blocks, batch 8, 64x64)",
                  lambda: image(M.DepthwiseCNN(channels=48, blocks=3), 8, 64, 5)),
        "gpt2": ("GPT-2-shaped decoder (2 layers, d 256, 8 heads, batch 4, 64 tokens)",
                 lambda: lm(M.GPT(vocab=1000, d_model=256, block_size=64, heads=8, layers=2),
                            1000, 4, 64)),
        "llama": ("Llama-shaped decoder (2 layers, d 256, 8 heads, 2 KV heads, batch 4, 64 "
                  "tokens)", lambda: lm(M.TinyLlama(vocab=1000, d_model=256, heads=8,
                                                    kv_heads=2, layers=2, block_size=64),
                                        1000, 4, 64)),
    }


@contextmanager
def _cold_caches():
    """hlox's disk cache and Inductor's FX graph cache off: a compile from scratch."""
    import torch._inductor.config as inductor_config
    before = os.environ.get("HLOX_CACHE_DIR")
    os.environ["HLOX_CACHE_DIR"] = ""
    cache = inductor_config.fx_graph_cache
    inductor_config.fx_graph_cache = False
    try:
        yield
    finally:
        inductor_config.fx_graph_cache = cache
        if before is None:
            os.environ.pop("HLOX_CACHE_DIR", None)
        else:
            os.environ["HLOX_CACHE_DIR"] = before


def _builder(make, mode: str | None, train: bool, threads: int):
    def build():
        import torch
        torch.set_num_threads(threads)
        torch.manual_seed(0)
        model, inputs, loss_fn = make()
        model = copy.deepcopy(model)
        model.train(train)
        fn = model if mode is None else torch.compile(
            model, backend="inductor" if mode == "inductor" else "hlox", dynamic=False)
        params = list(model.parameters())
        optimizer = torch.optim.SGD(params, lr=1e-3)
        first = [True]

        def run():
            if not train:
                with torch.no_grad():
                    return fn(*inputs).numpy()
            optimizer.zero_grad()
            loss = loss_fn(fn(*inputs))
            loss.backward()
            out = [loss.detach().numpy().copy()] + [p.grad.numpy().copy() for p in params]
            optimizer.step()
            return out

        def first_then_run():
            if first[0]:
                first[0] = False
                with _cold_caches():
                    return run()
            return run()
        return first_then_run
    return build


def _check(tol: float):
    def check(out, ref):
        out, ref = (o if isinstance(o, list) else [o] for o in (out, ref))
        worst = 0.0
        for i, (a, b) in enumerate(zip(out, ref)):
            scale = max(float(np.max(np.abs(b))), 1e-6)
            err = float(np.max(np.abs(a - b)))
            worst = max(worst, err)
            if err > tol * scale + 1e-5:  # gradients that are ~0 (a bias before batch norm)
                return False, err, f"output {i}: max |diff| {err:.3g} > {tol} x {scale:.3g}"
        return True, worst, ""
    return check


def workloads(threads: int) -> list[Workload]:
    rows = []
    for name, (description, make) in _models().items():
        for train in (False, True):
            rows.append(Workload(
                f"{name}_{'train' if train else 'fwd'}",
                f"{description}, {'training step' if train else 'inference'}",
                {system: _builder(make, mode, train, threads) for system, mode in SYSTEMS.items()},
                check=_check(1e-3), group="model"))
    return rows
