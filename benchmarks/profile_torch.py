"""`make profile`: where a training step's time goes under torch.compile(backend="hlox").

    .venv/bin/python benchmarks/profile_torch.py [--models resnet,gpt2,llama] [--steps 10]
        [--inference] [--dump-dir D]

The models of benchmarks/workloads_torch.py. Per graph and per hlox part (see
frontends/torch/profile.py): the C code, input conversion and copies, the Python per-call
path, eager PyTorch between parts, and the step's time outside the graphs; next to it the
eager PyTorch step. With --dump-dir hlox writes its dumps there: `hlox explore D -o
report.html` shows the kernels of each module.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

# Calls are timed soon after the compile: build the optimised library only (no tiered
# build's -O0 one first, compiler/tiered.py).
os.environ.setdefault("HLOX_TIERED_BUILD", "0")

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--models", default="resnet,gpt2,llama")
    p.add_argument("--steps", type=int, default=10)
    p.add_argument("--inference", action="store_true", help="profile inference, not training")
    p.add_argument("--dump-dir", default=None)
    p.add_argument("--kernels", type=int, default=8, help="slowest kernels shown per part")
    args = p.parse_args()
    import torch

    import workloads_torch
    from hlox.frontends.torch.profile import StepProfile, profiling

    models = workloads_torch._models()
    options = {"dump_dir": args.dump_dir} if args.dump_dir else None
    for name in args.models.split(","):
        description, make = models[name]
        torch.manual_seed(0)
        model, inputs, loss_fn = make()
        model.train(not args.inference)
        compiled = torch.compile(model, backend="hlox", options=options)

        def step(fn):
            if args.inference:
                with torch.no_grad():
                    return fn(*inputs)
            model.zero_grad()
            loss_fn(fn(*inputs)).backward()

        def timed(fn, profile=None) -> float:
            t = time.perf_counter()
            step(fn)
            seconds = time.perf_counter() - t
            if profile is not None:
                profile.step(seconds)
            return seconds

        for _ in range(3):
            step(compiled)
        eager = sorted(timed(model) for _ in range(args.steps))[args.steps // 2]
        profile = StepProfile()
        with profiling(profile):
            for _ in range(args.steps):
                timed(compiled, profile)
        print(f"\n## {name}: {description}, {'inference' if args.inference else 'training step'}"
              f" ({torch.get_num_threads()} threads, OMP_WAIT_POLICY="
              f"{os.environ.get('OMP_WAIT_POLICY', 'unset')})\n")
        print(f"eager PyTorch step: {eager * 1e3:.2f} ms (median of {args.steps})")
        print(profile.report(kernels=args.kernels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
