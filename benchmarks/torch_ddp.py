"""A data-parallel GPT-block training step on 2 gloo ranks: eager DDP, Inductor DDP and
hlox DDP, one run, side by side.

    .venv/bin/python benchmarks/torch_ddp.py [--steps N] [--quick] [--json FILE]

Every system runs `DDP(model)` with the model compiled inside it (`DDP(torch.compile(m,
backend=...))`, the order in which dynamo's DDPOptimizer hands the backend the graphs
between gradient buckets). Both ranks step in lockstep (DDP all-reduces the gradients
inside backward), so rank 0's wall time of a whole step — forward, backward, the
gradient all-reduce, the optimizer, Python included — is what a user waits for. The
systems alternate in timed blocks after their warm-up; medians. The first step of each
(the compile) is reported too. On a shared machine wall time follows the load; rank
0's CPU time (all its threads) is printed next to it.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import sys
import time

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
import torch.nn.functional as F

# Calls are timed soon after the compile: build the optimised library only (no tiered
# build's -O0 one first, compiler/tiered.py).
os.environ.setdefault("HLOX_TIERED_BUILD", "0")

WORLD = 2
D, HEADS, SEQ, BATCH = 256, 4, 128, 2  # batch per rank
SYSTEMS = ("eager DDP", "Inductor DDP", "hlox DDP")


class GPTBlock(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.ln1, self.ln2 = torch.nn.LayerNorm(D), torch.nn.LayerNorm(D)
        self.qkv, self.proj = torch.nn.Linear(D, 3 * D), torch.nn.Linear(D, D)
        self.fc1, self.fc2 = torch.nn.Linear(D, 4 * D), torch.nn.Linear(4 * D, D)

    def forward(self, x):
        b, s, _ = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(D, dim=-1)
        heads = [t.view(b, s, HEADS, D // HEADS).transpose(1, 2) for t in (q, k, v)]
        a = F.scaled_dot_product_attention(*heads, is_causal=True)
        x = x + self.proj(a.transpose(1, 2).reshape(b, s, D))
        return x + self.fc2(F.gelu(self.fc1(self.ln2(x)), approximate="tanh"))


def _make(system: str):
    from torch.nn.parallel import DistributedDataParallel as DDP

    torch.manual_seed(0)
    model = GPTBlock()
    if system == "Inductor DDP":
        model = torch.compile(model)
    elif system == "hlox DDP":
        model = torch.compile(model, backend="hlox")
    ddp = DDP(model)
    return ddp, torch.optim.SGD(ddp.parameters(), lr=1e-3)


def _step(model, optimizer, x, target):
    loss = F.mse_loss(model(x), target)
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    optimizer.step()
    return loss.item()


def _worker(rank: int, port: int, steps: int, blocks: int, out: str):
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    threads = max(1, (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                      else os.cpu_count() or 1) // WORLD)
    torch.set_num_threads(threads)
    dist.init_process_group("gloo", rank=rank, world_size=WORLD)
    torch.manual_seed(100 + rank)
    x, target = torch.randn(BATCH, SEQ, D), torch.randn(BATCH, SEQ, D)
    runs = {s: _make(s) for s in SYSTEMS}
    first, losses = {}, {}
    times, cpu = {s: [] for s in SYSTEMS}, {s: [] for s in SYSTEMS}
    for system, (model, optimizer) in runs.items():
        start = time.perf_counter()
        losses[system] = _step(model, optimizer, x, target)
        first[system] = time.perf_counter() - start
        for _ in range(2):
            _step(model, optimizer, x, target)
    for _ in range(blocks):
        for system, (model, optimizer) in runs.items():
            for _ in range(steps):
                dist.barrier()
                start, start_cpu = time.perf_counter(), time.process_time()
                _step(model, optimizer, x, target)
                times[system].append(time.perf_counter() - start)
                cpu[system].append(time.process_time() - start_cpu)
    if rank == 0:
        with open(out, "w") as f:
            json.dump({"threads_per_rank": threads, "first_step_s": first,
                       "first_loss": losses, "step_s": times, "step_cpu_s": cpu,
                       "load": os.getloadavg()[0]}, f)
    dist.destroy_process_group()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=5, help="steps per timed block")
    parser.add_argument("--blocks", type=int, default=4, help="timed blocks per system")
    parser.add_argument("--quick", action="store_true", help="2 blocks of 3 steps")
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args(argv)
    steps, blocks = (3, 2) if args.quick else (args.steps, args.blocks)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"hlox-ddp-bench-{os.getpid()}.json")
    mp.start_processes(_worker, args=(port, steps, blocks, out), nprocs=WORLD,
                       start_method="spawn")
    with open(out) as f:
        data = json.load(f)
    os.unlink(out)
    medians = {s: statistics.median(data["step_s"][s]) for s in SYSTEMS}
    cpu = {s: statistics.median(data["step_cpu_s"][s]) for s in SYSTEMS}
    best_peer = min(("eager DDP", "Inductor DDP"), key=medians.get)
    best_cpu = min(("eager DDP", "Inductor DDP"), key=cpu.get)
    print(f"GPT block (d {D}, {HEADS} heads, seq {SEQ}, batch {BATCH} per rank) training "
          f"step, DDP on {WORLD} gloo ranks, {data['threads_per_rank']} thread(s) per rank, "
          f"load {data['load']:.1f}")
    print("| system | step (median) | ÷ best peer | rank 0 CPU (median) | ÷ best peer | "
          "first step (compile) |")
    print("|---|---|---|---|---|---|")
    for s in SYSTEMS:
        print(f"| {s} | {medians[s] * 1e3:.1f} ms | {medians[s] / medians[best_peer]:.2f}× | "
              f"{cpu[s] * 1e3:.1f} ms | {cpu[s] / cpu[best_cpu]:.2f}× | "
              f"{data['first_step_s'][s]:.1f} s |")
    print(f"first-step losses (rank 0): " +
          ", ".join(f"{s} {v:.6f}" for s, v in data["first_loss"].items()))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"medians_s": medians, **data}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
