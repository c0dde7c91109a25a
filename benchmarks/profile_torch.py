"""`make profile`: where a training step's time goes under torch.compile(backend="hlox").

    .venv/bin/python benchmarks/profile_torch.py [--models resnet,gpt2,llama] [--steps 10]
        [--inference] [--threads N] [--peers eager,inductor] [--wall] [--dump-dir D]

The models of benchmarks/workloads_torch.py. Per graph and per hlox part (see
frontends/torch/profile.py): the C code, input conversion and copies, the Python per-call
path, eager PyTorch between parts, and the step's time outside the graphs. The peers'
steps (eager PyTorch, Inductor) run interleaved with hlox's, one of each per round, so
all of them see the same load; their medians are printed next to hlox's, in CPU time
(all threads of the process) and wall time. With --dump-dir hlox writes its dumps there:
`hlox explore D -o report.html` shows the kernels of each module.
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
    p.add_argument("--threads", type=int, default=None, help="torch.set_num_threads (default: "
                   "torch's)")
    p.add_argument("--peers", default="eager", help="systems timed next to hlox: "
                   "eager,inductor (or none)")
    p.add_argument("--wall", action="store_true", help="profile wall time, not CPU time")
    p.add_argument("--dump-dir", default=None)
    p.add_argument("--kernels", type=int, default=8, help="slowest kernels shown per part")
    args = p.parse_args()
    import torch

    import workloads_torch
    from hlox.frontends.torch.profile import StepProfile, profiling

    if args.threads:
        torch.set_num_threads(args.threads)
    models = workloads_torch._models()
    options = {"dump_dir": args.dump_dir} if args.dump_dir else None
    peers = [s for s in args.peers.split(",") if s in ("eager", "inductor")]
    for name in args.models.split(","):
        description, make = models[name]
        torch.manual_seed(0)
        model, inputs, loss_fn = make()
        model.train(not args.inference)
        systems = {"eager": model}
        if "inductor" in peers:
            systems["inductor"] = torch.compile(model, backend="inductor")
        systems["hlox"] = torch.compile(model, backend="hlox", options=options)

        def step(fn):
            if args.inference:
                with torch.no_grad():
                    return fn(*inputs)
            model.zero_grad()
            loss_fn(fn(*inputs)).backward()

        for fn in systems.values():
            for _ in range(3):
                step(fn)
        profile = StepProfile(cpu=not args.wall)
        times = {system: [] for system in systems}
        for _ in range(args.steps):  # one step of each system per round, hlox profiled
            for system, fn in systems.items():
                wall, cpu = time.perf_counter(), time.process_time()
                if system == "hlox":
                    with profiling(profile):
                        step(fn)
                else:
                    step(fn)
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                times[system].append((cpu, wall))
                if system == "hlox":
                    profile.step(wall if args.wall else cpu)
        print(f"\n## {name}: {description}, {'inference' if args.inference else 'training step'}"
              f" ({torch.get_num_threads()} threads, OMP_WAIT_POLICY="
              f"{os.environ.get('OMP_WAIT_POLICY', 'unset')}, load "
              f"{os.getloadavg()[0]:.1f})\n")
        median = lambda xs: sorted(xs)[len(xs) // 2]  # noqa: E731
        for system, ts in times.items():
            print(f"- {system} step: CPU {median([c for c, _ in ts]) * 1e3:.2f} ms, wall "
                  f"{median([w for _, w in ts]) * 1e3:.2f} ms (medians of {args.steps})")
        print()
        print(profile.report(kernels=args.kernels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
