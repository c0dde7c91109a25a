"""Buffer assignment: offsets of all temporaries in one arena, reusing dead buffers.

Live ranges are positions of hlox_main statements (filled in while the C code is
emitted, loops extended over their whole body). Offsets are chosen as XLA's
`GlobalDecreasingSizeBestFitHeap` does: buffers by decreasing size, each placed at the
lowest-waste gap among the buffers whose live ranges overlap it.
"""
from __future__ import annotations


def _align(n: int, alignment: int) -> int:
    return (n + alignment - 1) // alignment * alignment


def assign_offsets(bufs, alignment: int = 64) -> int:
    """Set `.offset` on every buffer (objects with nbytes, first, last); returns arena size."""
    placed: list = []
    arena = 0
    for buf in sorted(bufs, key=lambda b: (-b.nbytes, b.first, b.id)):
        size = _align(max(buf.nbytes, 1), alignment)
        busy = sorted((p.offset, p.offset + _align(max(p.nbytes, 1), alignment)) for p in placed
                      if not (p.last < buf.first or buf.last < p.first))
        best, best_waste, cursor = None, None, 0
        for start, end in busy:
            gap = start - cursor
            if gap >= size and (best_waste is None or gap - size < best_waste):
                best, best_waste = cursor, gap - size
            cursor = max(cursor, end)
        buf.offset = best if best is not None else cursor
        placed.append(buf)
        arena = max(arena, buf.offset + size)
    return arena


def describe(bufs, arena: int) -> str:
    """Human-readable assignment: one line per buffer."""
    lines = [f"arena: {arena} bytes"]
    for b in bufs:
        where = {"temp": f"arena offset {b.offset}", "param": f"parameter {b.index}",
                 "result": f"result {b.index}", "const": f"constant {b.index}"}[b.kind]
        if getattr(b, "base", None) is not None:
            where = f"view of buffer {b.base.id}"
        live = f"live [{b.first}, {b.last}]" if b.first >= 0 else "unused"
        lines.append(f"buffer {b.id}: {b.label} {b.shape} {b.nbytes} bytes, {where}, {live}")
    return "\n".join(lines) + "\n"
