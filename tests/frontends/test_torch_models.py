"""MLP, ResNet-style CNN and GPT block through torch.compile(backend="hlox") and .pt2.

Inference and a 3-step training loop must match eager (losses, weights, batch-norm
running statistics), with every graph compiled by hlox (nothing left to eager).
"""
import copy
import sys
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

sys.path.insert(0, str(Path(__file__).parent))
from torch_models import CASES  # noqa: E402

from hlox.frontends.torch import hlox_backend, record_graphs  # noqa: E402


def _assert_compiled(records):
    assert records, "no graph reached the hlox backend"
    for r in records:
        assert not r.eager_ops, f"{r.name}: ops left to eager: {r.eager_ops}"
        assert not r.fallbacks, f"{r.name}: ran eagerly: {r.fallbacks}"
        assert r.fully_compiled


@pytest.fixture(autouse=True)
def _fresh_dynamo():
    torch._dynamo.reset()
    yield
    torch._dynamo.reset()


@pytest.mark.parametrize("name", list(CASES))
def test_inference_matches_eager(name):
    model, inputs, _ = CASES[name]()
    model.eval()
    compiled = torch.compile(model, backend=hlox_backend)
    with torch.no_grad(), record_graphs() as records:
        actual = compiled(*inputs)
        expected = model(*inputs)
    torch.testing.assert_close(actual, expected, rtol=1e-5, atol=1e-5)
    _assert_compiled(records)


@pytest.mark.parametrize("name", list(CASES))
def test_training_matches_eager(name):
    model, inputs, loss_fn = CASES[name]()
    reference = copy.deepcopy(model)
    model.train()
    reference.train()
    compiled = torch.compile(model, backend=hlox_backend)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    reference_optimizer = torch.optim.SGD(reference.parameters(), lr=0.1, momentum=0.9)
    with record_graphs() as records:
        for _ in range(3):
            optimizer.zero_grad()
            loss = loss_fn(compiled(*inputs))
            loss.backward()
            optimizer.step()
            reference_optimizer.zero_grad()
            expected = loss_fn(reference(*inputs))
            expected.backward()
            reference_optimizer.step()
            torch.testing.assert_close(loss, expected, rtol=1e-5, atol=1e-5)
    # weights, and buffers such as batch norm's running statistics
    for (key, value), (_, expected) in zip(model.state_dict().items(),
                                           reference.state_dict().items()):
        torch.testing.assert_close(value, expected, rtol=1e-4, atol=1e-5, msg=key)
    # one forward and one backward graph: the later steps neither recompile nor retrace
    assert sorted(r.name.split("_")[0] for r in records) == ["backward", "forward"]
    _assert_compiled(records)


@pytest.mark.parametrize("name", list(CASES))
def test_pt2_program_matches_eager(name, tmp_path):
    import hlox
    from hlox.tools.cmd_pt2 import load_pt2, load_pt2_with_weights

    model, inputs, _ = CASES[name]()
    model.eval()
    path = tmp_path / f"{name}.pt2"
    torch.export.save(torch.export.export(model, inputs), str(path))
    with torch.no_grad():
        expected = model(*inputs).numpy()
    arrays = [t.numpy() for t in inputs]

    module = load_pt2(path)
    entry = module.entry_computation
    assert [p.hlo_name for p in entry.parameters()] == [f"arg{i}" for i in range(len(inputs))]
    (actual,) = hlox.compile(module)(*arrays)
    np.testing.assert_allclose(actual, expected, rtol=1e-5, atol=1e-5)

    module, weights = load_pt2_with_weights(path)
    # parameters and buffers, non-persistent ones (rotary tables, position ids) included
    assert len(weights) == len(list(model.parameters())) + len(list(model.buffers()))
    (actual,) = hlox.compile(module)(*weights, *arrays)
    np.testing.assert_allclose(actual, expected, rtol=1e-5, atol=1e-5)


def test_pt2_from_the_command_line(tmp_path):
    from hlox.tools.cli import main

    model, inputs, _ = CASES["mlp"]()
    model.eval()
    path = tmp_path / "mlp.pt2"
    torch.export.save(torch.export.export(model, inputs), str(path))
    np.savez(tmp_path / "in.npz", arg0=inputs[0].numpy())
    assert main(["run", str(path), "--inputs", str(tmp_path / "in.npz"),
                 "--output", str(tmp_path / "out.npz")]) == 0
    with np.load(tmp_path / "out.npz") as out, torch.no_grad():
        np.testing.assert_allclose(out["out0"], model(*inputs).numpy(), rtol=1e-5, atol=1e-5)
    assert main(["compile", str(path)]) == 0


def test_unreadable_pt2_is_a_one_line_error(tmp_path):
    from hlox.ir.errors import HloError
    from hlox.tools.cmd_pt2 import load_pt2

    path = tmp_path / "broken.pt2"
    path.write_bytes(b"not a zip archive")
    with pytest.raises(HloError) as info:
        load_pt2(path)
    assert str(path) in str(info.value) and "cannot import" in str(info.value)
