"""Data-parallel training with hlox on 2 loopback gloo ranks (frontends/torch/ddp.py).

One spawn runs every scenario on both ranks (starting torch twice per test would cost
minutes): `data_parallel` training first, with dumps on (each rank writes its own
`rank<R>/`; it must not warn), then the documented `torch.compile(DDP(model))` order (it
must warn once and compile nothing). Each rank writes what it saw to a JSON file.
"""
from __future__ import annotations

import json
import os
import socket
import warnings

import pytest

torch = pytest.importorskip("torch")
dist = pytest.importorskip("torch.distributed")
if not dist.is_available() or not dist.is_gloo_available():
    pytest.skip("torch.distributed with gloo is not available", allow_module_level=True)

import torch.multiprocessing as mp  # noqa: E402

WORLD = 2
STEPS = 3
LOCAL_BATCH = 4
LR = 0.1
TIMEOUT_S = 300


def _model():
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(6, 16), torch.nn.Tanh(), torch.nn.Linear(16, 3))


def _batches():
    g = torch.Generator().manual_seed(1)
    return [(torch.randn(WORLD * LOCAL_BATCH, 6, generator=g),
             torch.randn(WORLD * LOCAL_BATCH, 3, generator=g)) for _ in range(STEPS)]


def _train(model, batches):
    opt = torch.optim.SGD(model.parameters(), lr=LR)
    losses = []
    for x, y in batches:
        opt.zero_grad()
        loss = torch.nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses


def _summary(records):
    return [{"name": r.name, "fully_compiled": r.fully_compiled, "eager_ops": r.eager_ops}
            for r in records]


def _order_warnings(caught):
    from hlox.frontends.torch import DataParallelOrderWarning
    return [str(w.message) for w in caught if issubclass(w.category, DataParallelOrderWarning)]


def _worker(rank, port, out_dir):
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    dist.init_process_group("gloo", rank=rank, world_size=WORLD,
                            timeout=__import__("datetime").timedelta(seconds=TIMEOUT_S))
    import hlox.frontends.torch as ht
    from torch.nn.parallel import DistributedDataParallel as DDP

    local = slice(rank * LOCAL_BATCH, (rank + 1) * LOCAL_BATCH)
    batches = _batches()
    result = {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with ht.record_graphs() as records:
            model = _model()
            compiled = ht.data_parallel(model, options={"dump_dir": str(out_dir / "dumps")})
            losses = _train(compiled, [(x[local], y[local]) for x, y in batches])
        result["right"] = {"losses": losses, "records": _summary(records),
                           "params": [p.detach().tolist() for p in model.parameters()],
                           "warnings": _order_warnings(caught)}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with ht.record_graphs() as records:
            for _ in range(2):  # two models in the documented order: one warning in all
                _train(torch.compile(DDP(_model()), backend="hlox"),
                       [(x[local], y[local]) for x, y in batches[:2]])
        result["wrong"] = {"records": _summary(records), "warnings": _order_warnings(caught)}
    (out_dir / f"rank{rank}.json").write_text(json.dumps(result))
    dist.destroy_process_group()


@pytest.fixture(scope="module")
def ranks(tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("ddp")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    context = mp.spawn(_worker, args=(port, out_dir), nprocs=WORLD, join=False)
    for process in context.processes:
        process.join(TIMEOUT_S)
    alive = [p for p in context.processes if p.is_alive()]
    for p in alive:
        p.kill()
    assert not alive, f"ranks still running after {TIMEOUT_S} s"
    context.join()  # raises with a rank's traceback when one failed
    return out_dir, [json.loads((out_dir / f"rank{r}.json").read_text()) for r in range(WORLD)]


@pytest.mark.slow
def test_data_parallel_matches_one_process_on_the_whole_batch(ranks):
    _, ranks = ranks
    reference = _model()
    expected_losses = _train(reference, _batches())
    for rank in ranks:
        for got, want in zip(rank["right"]["params"], reference.parameters()):
            assert torch.allclose(torch.tensor(got), want.detach(), rtol=1e-5, atol=1e-5)
    # each rank's loss is its half's mean; their mean is the whole batch's
    mean_losses = [sum(r["right"]["losses"][i] for r in ranks) / WORLD for i in range(STEPS)]
    assert mean_losses == pytest.approx(expected_losses, rel=1e-5, abs=1e-6)


@pytest.mark.slow
def test_data_parallel_compiles_forward_and_backward_on_every_rank(ranks):
    _, ranks = ranks
    for rank in ranks:
        records = rank["right"]["records"]
        kinds = {r["name"].split("_")[0] for r in records}
        assert {"forward", "backward"} <= kinds, records
        assert all(r["fully_compiled"] and not r["eager_ops"] for r in records), records
        assert rank["right"]["warnings"] == []


@pytest.mark.slow
def test_documented_order_warns_once_and_compiles_nothing(ranks):
    _, ranks = ranks
    for rank in ranks:
        assert rank["wrong"]["records"] == []  # hlox was never called
        assert len(rank["wrong"]["warnings"]) == 1, rank["wrong"]["warnings"]
        message = rank["wrong"]["warnings"][0]
        assert "compiled nothing" in message
        assert "DistributedDataParallel(torch.compile(model, backend='hlox'))" in message
        assert "data_parallel" in message


@pytest.mark.slow
def test_each_rank_dumps_into_its_own_directory(ranks):
    out_dir, _ = ranks
    dump_dir = out_dir / "dumps"
    assert sorted(p.name for p in dump_dir.iterdir()) == [f"rank{r}" for r in range(WORLD)]
    for r in range(WORLD):
        names = [p.name for p in (dump_dir / f"rank{r}").iterdir()]
        assert any(".forward" in n and n.endswith(".c") for n in names), names
        assert any(".backward" in n and n.endswith(".c") for n in names), names


# One rank in this process: the order check without starting processes (default tier).

@pytest.fixture
def one_rank(tmp_path, monkeypatch):
    from hlox.frontends.torch import ddp
    monkeypatch.setattr(ddp, "_warned", False)
    dist.init_process_group("gloo", store=dist.FileStore(str(tmp_path / "store"), 1),
                            rank=0, world_size=1)
    yield
    dist.destroy_process_group()


def test_one_rank_documented_order_warns_once(one_rank):
    from hlox.frontends.torch import record_graphs
    from torch.nn.parallel import DistributedDataParallel as DDP
    with warnings.catch_warnings(record=True) as caught, record_graphs() as records:
        warnings.simplefilter("always")
        for _ in range(2):
            model = torch.compile(DDP(_model()), backend="hlox")
            model(torch.randn(2, 6))
            model(torch.randn(2, 6))
    assert records == []
    assert len(_order_warnings(caught)) == 1


def test_one_rank_data_parallel_compiles_and_does_not_warn(one_rank):
    from hlox.frontends.torch import data_parallel, record_graphs
    x = torch.randn(2, 6)
    with warnings.catch_warnings(record=True) as caught, record_graphs() as records:
        warnings.simplefilter("always")
        model = _model()
        got = data_parallel(_model())(x)
    assert _order_warnings(caught) == []
    assert records and all(r.fully_compiled for r in records), records
    torch.testing.assert_close(got, model(x), rtol=1e-5, atol=1e-5)
