"""The one error type that bad HLO input produces, with file, line, column and a caret."""
from __future__ import annotations


class HloError(Exception):
    """Malformed or invalid HLO. `str()` is `FILE:LINE:COL: message`, the line, and a caret."""

    def __init__(self, message: str, filename: str = "<string>", line: int = 0, col: int = 0,
                 source_line: str | None = None):
        super().__init__(message)
        self.message = message
        self.filename = filename
        self.line = line
        self.col = col
        self.source_line = source_line

    def __str__(self) -> str:
        if not self.line:
            return f"{self.filename}: {self.message}"
        text = f"{self.filename}:{self.line}:{self.col}: {self.message}"
        if self.source_line is not None:
            text += "\n" + self.source_line.rstrip("\n") + "\n" + " " * max(self.col - 1, 0) + "^"
        return text


class HloParseError(HloError):
    """The text does not follow the HLO grammar."""


class HloVerifyError(HloError):
    """The text parses, but an instruction's shapes or attributes are inconsistent."""


class ShapeError(Exception):
    """Raised by a shape rule; the verifier adds the instruction's name and location."""
