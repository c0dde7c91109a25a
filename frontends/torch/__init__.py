"""The PyTorch frontend: a dynamo backend and the torch.export (.pt2) importer.

    model = torch.compile(model, backend="hlox", options={"threads": 2})

`hlox_backend` is registered through the `torch_dynamo_backends` entry point, so
`backend="hlox"` works without importing hlox. ATen ops are translated by the
rules in `aten.py` (one per op); ops without a rule run eagerly.
"""
from .backend import compile_options, decompositions, hlox_backend
from .context import Unsupported
from .executor import GraphRecord, record_graphs
from .graph import lower_graph

__all__ = ["GraphRecord", "Unsupported", "compile_options", "decompositions", "hlox_backend",
           "lower_graph", "record_graphs"]
