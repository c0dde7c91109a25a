"""`hlox.sharding`: meshes and partition specs for `hlox.shard_map` (as `jax.sharding`)."""
from hlox.frontends.tracer.spmd import Mesh, P, PartitionSpec  # noqa: F401

__all__ = ["Mesh", "P", "PartitionSpec"]
