"""Functional collectives inside graphs compiled by hlox, on 2 loopback gloo ranks.

Each test spawns two ranks (torch.multiprocessing); every rank checks its own results
against the same program run eagerly and reports what hlox compiled."""
import os
import socket
import time

import pytest

torch = pytest.importorskip("torch")
import torch.distributed as dist  # noqa: E402
import torch.multiprocessing as mp  # noqa: E402

WORLD = 2
DEADLINE_S = 240


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _spawn(worker, tmp_path):
    """Run worker(rank, out_dir) on WORLD gloo ranks, bounded by DEADLINE_S."""
    port = _free_port()
    context = mp.start_processes(_init_and_run, args=(worker, port, str(tmp_path)),
                                 nprocs=WORLD, join=False, start_method="spawn")
    deadline = time.monotonic() + DEADLINE_S
    while not context.join(timeout=max(1.0, deadline - time.monotonic())):
        if time.monotonic() > deadline:
            for p in context.processes:
                p.kill()
            pytest.fail(f"the ranks did not finish within {DEADLINE_S} s")
    return [torch.load(tmp_path / f"rank{r}.pt") for r in range(WORLD)]


def _init_and_run(rank, worker, port, out_dir):
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    torch.set_num_threads(1)  # two ranks on the machine's cores
    dist.init_process_group("gloo", rank=rank, world_size=WORLD)
    try:
        result = worker(rank)
        torch.save(result, os.path.join(out_dir, f"rank{rank}.pt"))
    finally:
        dist.destroy_process_group()


def _records_summary(records):
    return [(r.name, r.fully_compiled, list(r.eager_ops), [str(t) for t in r.targets])
            for r in records]


# ---------------------------------------------------------------- every collective

def _collectives_worker(rank):
    import torch.distributed._functional_collectives as fc
    from hlox.frontends.torch import record_graphs

    group = dist.group.WORLD

    def program(x, y):
        s = fc.all_reduce(x * 2.0, "sum", group)
        m = fc.all_reduce(x - 1.0, "max", group)
        a = fc.all_reduce(y, "avg", group)
        g = fc.all_gather_tensor(torch.tanh(x), 0, group)
        r = fc.reduce_scatter_tensor(y * y, "sum", 0, group)
        t = fc.all_to_all_single(x + y, None, None, group)
        return s + m, a, g, r, t

    def plain(tensors):  # eager collectives return AsyncCollectiveTensors
        return [fc.wait_tensor(t).clone() for t in tensors]

    torch.manual_seed(rank)
    x, y = torch.randn(4, 3), torch.randn(4, 3)
    expected = plain(program(x, y))
    with record_graphs() as records:
        got = plain(torch.compile(program, backend="hlox")(x, y))
    return {"expected": expected, "got": got, "records": _records_summary(records)}


def test_every_functional_collective_compiles_and_matches_eager(tmp_path):
    for rank, result in enumerate(_spawn(_collectives_worker, tmp_path)):
        for e, g in zip(result["expected"], result["got"]):
            assert g.shape == e.shape
            torch.testing.assert_close(g, e, rtol=1e-5, atol=1e-6)
        (record,) = result["records"]
        name, fully_compiled, eager_ops, targets = record
        assert fully_compiled and not eager_ops, record
        assert any("all_reduce" in t for t in targets)  # the collectives are in the module


# ---------------------------------------------------------------- tensor-parallel MLP

IN, HIDDEN, OUT, BATCH = 8, 16, 4, 6


class TensorParallelMLP(torch.nn.Module):
    """Column-sharded first layer, row-sharded second, one all_reduce (Megatron's MLP)."""

    def __init__(self, rank: int):
        super().__init__()
        torch.manual_seed(0)
        w1, b1 = torch.randn(HIDDEN, IN) * 0.3, torch.randn(HIDDEN) * 0.1
        w2, b2 = torch.randn(OUT, HIDDEN) * 0.3, torch.randn(OUT) * 0.1
        rows = slice(rank * HIDDEN // WORLD, (rank + 1) * HIDDEN // WORLD)
        self.w1 = torch.nn.Parameter(w1[rows].clone())
        self.b1 = torch.nn.Parameter(b1[rows].clone())
        self.w2 = torch.nn.Parameter(w2[:, rows].clone())
        self.b2 = torch.nn.Parameter(b2.clone())

    def forward(self, x):
        import torch.distributed._functional_collectives as fc

        h = torch.nn.functional.gelu(x @ self.w1.t() + self.b1)
        partial = h @ self.w2.t()
        return fc.all_reduce(partial, "sum", dist.group.WORLD) + self.b2


def _train(model, steps: int = 3):
    torch.manual_seed(1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    losses = []
    for _ in range(steps):
        x, target = torch.randn(BATCH, IN), torch.randn(BATCH, OUT)
        loss = torch.nn.functional.mse_loss(model(x), target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.detach().clone())
    return losses, [p.detach().clone() for p in model.parameters()]


def _tensor_parallel_worker(rank):
    from hlox.frontends.torch import record_graphs

    eager_losses, eager_params = _train(TensorParallelMLP(rank))
    with record_graphs() as records:
        compiled = torch.compile(TensorParallelMLP(rank), backend="hlox")
        losses, params = _train(compiled)
    return {"eager": (eager_losses, eager_params), "hlox": (losses, params),
            "records": _records_summary(records)}


def test_tensor_parallel_mlp_trains_with_the_collective_compiled(tmp_path):
    for result in _spawn(_tensor_parallel_worker, tmp_path):
        (eager_losses, eager_params), (losses, params) = result["eager"], result["hlox"]
        torch.testing.assert_close(torch.stack(losses), torch.stack(eager_losses),
                                   rtol=1e-5, atol=1e-6)
        for p, e in zip(params, eager_params):
            torch.testing.assert_close(p, e, rtol=1e-5, atol=1e-6)
        kinds = {name.split("_")[0] for name, *_ in result["records"]}
        assert {"forward", "backward"} <= kinds, result["records"]
        for name, fully_compiled, eager_ops, targets in result["records"]:
            assert fully_compiled and not eager_ops, (name, eager_ops)
        forward = [t for name, _, _, t in result["records"] if name.startswith("forward")]
        assert any("all_reduce" in t for t in forward[0])
