"""hlox's JAX-like frontend: `jit`, `grad`, `vmap`, `hlox.numpy`, `hlox.lax`, ...

    import hlox, hlox.numpy as hnp
    f = hlox.jit(lambda x, y: hnp.tanh(x @ y).sum())
    f(x, y); hlox.grad(f)(x, y); hlox.jit(f).lower(x, y).as_text()
"""
from . import primitives, indexing  # noqa: F401  (register the primitives)
from . import convolution, control_flow, sorting  # noqa: F401
from .ad import custom_jvp, grad, hessian, jacfwd, jacrev, jvp, value_and_grad, vjp
from .api import (
    Compiled, JitFunction, Lowered, ShapeDtypeStruct, eval_shape, jit, make_jaxpr,
)
from .batching import vmap
from .spmd import Mesh, P, PartitionSpec, pmap, shard_map
from .core import Array, ConcretizationTypeError, ShapedArray
from .execution import EXECUTION
from .primitives import ShapeMismatchError
from .pytree import register_pytree_node, tree_flatten, tree_leaves, tree_map, tree_unflatten

from . import numpy_api as numpy  # noqa: E402
from . import lax_api as lax  # noqa: E402
from . import nn  # noqa: E402
from . import random  # noqa: E402


def device_put(x):
    return numpy.asarray(x)


__all__ = [
    "Array", "Compiled", "ConcretizationTypeError", "EXECUTION", "JitFunction", "Lowered",
    "ShapeDtypeStruct", "ShapeMismatchError", "ShapedArray", "custom_jvp", "device_put",
    "eval_shape", "grad", "hessian", "jacfwd", "jacrev", "jit", "jvp", "lax", "make_jaxpr",
    "Mesh", "P", "PartitionSpec", "nn", "numpy", "pmap", "random", "shard_map", "register_pytree_node", "tree_flatten", "tree_leaves", "tree_map",
    "tree_unflatten", "value_and_grad", "vjp", "vmap",
]
