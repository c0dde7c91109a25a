"""Primitives whose jvp rule takes None for a zero tangent: the bilinear ones (mul,
dot_general, conv), where the product with a zero tangent would otherwise be computed.
(A table of its own so that primitives.py and ad.py can both import it.)"""
from __future__ import annotations

ZERO_AWARE_JVP: set = set()
