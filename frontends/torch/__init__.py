"""The PyTorch frontend: a dynamo backend and the torch.export (.pt2) importer.

    model = torch.compile(model, backend="hlox", options={"threads": 2})

`hlox_backend` is registered through the `torch_dynamo_backends` entry point, so
`backend="hlox"` works without importing hlox. ATen ops are translated by the
rules in `aten.py` (one per op); ops without a rule run eagerly. Data-parallel
training: `data_parallel(model)` is `DDP(torch.compile(model, backend="hlox"))`, the
order that compiles (`ddp.py`; importing it watches for the other order).
"""
from .backend import compile_options, decompositions, hlox_backend
from .context import Unsupported
from .ddp import DataParallelOrderWarning, data_parallel
from .executor import GraphRecord, record_graphs
from .graph import lower_graph

__all__ = ["DataParallelOrderWarning", "GraphRecord", "Unsupported", "compile_options",
           "data_parallel", "decompositions", "hlox_backend", "lower_graph", "record_graphs"]
