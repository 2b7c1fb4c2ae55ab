"""First-order mutants of one Python source file, as text edits (pure: no I/O, no imports of the code mutated).

Each mutant is one small edit of the source text at a position the AST gives, so the rest of the file keeps its
bytes and every mutant reads as a pair of lines: the original line and the mutated one. That pair is what the
allow-list of equivalent mutants matches (``mutation/equivalents/<module>.yaml``).

The operators are the classic first-order ones (as in mutmut and cosmic-ray):

- ``compare``: ``<`` <-> ``<=``, ``>`` <-> ``>=``, ``==`` <-> ``!=``, ``is`` <-> ``is not``, ``in`` <-> ``not in``;
- ``binop`` / ``augassign``: ``+`` <-> ``-``, ``*`` <-> ``/``, ``//`` -> ``/``, ``%`` -> ``/``, ``**`` -> ``*``,
  ``|`` <-> ``&``, ``^`` -> ``&``, ``<<`` <-> ``>>``;
- ``boolop``: ``and`` <-> ``or``; ``unary``: ``not x`` -> ``x``, ``-x`` -> ``x``;
- ``negate``: the condition of ``if``/``while``/``x if c else y`` that is not itself a comparison becomes ``not (c)``;
- ``number``: ``n`` -> ``n + 1``; ``bool``: ``True`` <-> ``False``; ``minmax``: ``min(...)`` <-> ``max(...)``;
- ``delete``: a call statement, an assignment to an attribute or item, or a ``raise`` becomes ``pass``;
- ``loop``: ``break`` <-> ``continue``.

Not mutated, because a change there is not a change of behaviour or cannot be observed by a test: docstrings,
annotations, ``assert`` statements (they narrow types for mypy), ``if TYPE_CHECKING:`` blocks, ``__all__``, and
string literals (messages; the tests that matter match them by regular expression, and mutating every message would
bury the logic's survivors under noise).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

_COMPARE_SWAP: dict[type[ast.cmpop], tuple[str, str]] = {
    ast.Lt: ("<", "<="),
    ast.LtE: ("<=", "<"),
    ast.Gt: (">", ">="),
    ast.GtE: (">=", ">"),
    ast.Eq: ("==", "!="),
    ast.NotEq: ("!=", "=="),
    ast.Is: ("is", "is not"),
    ast.IsNot: ("is not", "is"),
    ast.In: ("in", "not in"),
    ast.NotIn: ("not in", "in"),
}
_BINOP_SWAP: dict[type[ast.operator], tuple[str, str]] = {
    ast.Add: ("+", "-"),
    ast.Sub: ("-", "+"),
    ast.Mult: ("*", "/"),
    ast.Div: ("/", "*"),
    ast.FloorDiv: ("//", "/"),
    ast.Mod: ("%", "/"),
    ast.Pow: ("**", "*"),
    ast.BitOr: ("|", "&"),
    ast.BitAnd: ("&", "|"),
    ast.BitXor: ("^", "&"),
    ast.LShift: ("<<", ">>"),
    ast.RShift: (">>", "<<"),
}
_BOOLOP_SWAP: dict[type[ast.boolop], tuple[str, str]] = {ast.And: ("and", "or"), ast.Or: ("or", "and")}
# What may stand around an operator between its operands besides the operator itself.
_FILLER = re.compile(r"[\s()\\]*")


@dataclass(frozen=True)
class Mutant:
    """One edit of a source text: replace ``source[start:end]`` by ``replacement``."""

    operator: str
    line: int  # first line of the edit, 1-based
    start: int  # character offsets in the source
    end: int
    replacement: str
    original: str  # the edited line(s) before, each stripped, joined by one space
    mutated: str  # the same line(s) after
    # The outermost function whose body holds the edit ("Class.method"), and the line its code starts on (its first
    # decorator's): the runner swaps that function's code in place. None: module or class level (run at import).
    scope: str | None = None
    scope_line: int = 0

    def apply(self, source: str) -> str:
        return source[: self.start] + self.replacement + source[self.end :]


class _Offsets:
    """Character offsets from the AST's (line, UTF-8 byte column) positions."""

    def __init__(self, source: str) -> None:
        self.lines = source.splitlines(keepends=True)
        self.line_starts = [0]
        for text in self.lines:
            self.line_starts.append(self.line_starts[-1] + len(text))

    def at(self, line: int, byte_col: int) -> int:
        text = self.lines[line - 1]
        return self.line_starts[line - 1] + len(text.encode()[:byte_col].decode(errors="replace"))

    def start(self, node: ast.AST) -> int:
        return self.at(node.lineno, node.col_offset)  # type: ignore[attr-defined]

    def end(self, node: ast.AST) -> int:
        end_line: int = node.end_lineno  # type: ignore[attr-defined]
        end_col: int = node.end_col_offset  # type: ignore[attr-defined]
        return self.at(end_line, end_col)

    def line_of(self, offset: int) -> int:
        low, high = 0, len(self.line_starts) - 1
        while low < high - 1:
            middle = (low + high) // 2
            if self.line_starts[middle] <= offset:
                low = middle
            else:
                high = middle
        return low + 1


def _span_text(source: str, offsets: _Offsets, start: int, end: int) -> tuple[int, int]:
    """Offsets of the whole lines holding ``source[start:end]``."""
    first = offsets.line_starts[offsets.line_of(start) - 1]
    last_line = offsets.line_of(max(start, end - 1)) if end > start else offsets.line_of(start)
    return first, offsets.line_starts[last_line]


def _joined(text: str) -> str:
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def _is_docstring(node: ast.stmt, parent_body: list[ast.stmt]) -> bool:
    return (
        parent_body
        and parent_body[0] is node
        and isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ) is True


class _Collector(ast.NodeVisitor):
    def __init__(self, source: str) -> None:
        self.source = source
        self.offsets = _Offsets(source)
        self.found: list[Mutant] = []
        self.classes: list[str] = []  # class names around the current point, outside any function
        self.scope: tuple[str, int] | None = None

    # -- building mutants ------------------------------------------------------------------------------------------
    def _add(self, operator: str, start: int, end: int, replacement: str) -> None:
        first, last = _span_text(self.source, self.offsets, start, end)
        before = self.source[first:last]
        after = before[: start - first] + replacement + before[end - first :]
        mutant = Mutant(
            operator=operator,
            line=self.offsets.line_of(start),
            start=start,
            end=end,
            replacement=replacement,
            original=_joined(before),
            mutated=_joined(after),
            scope=self.scope[0] if self.scope else None,
            scope_line=self.scope[1] if self.scope else 0,
        )
        try:
            compile(mutant.apply(self.source), "<mutant>", "exec", dont_inherit=True)
        except SyntaxError:
            return
        self.found.append(mutant)

    def _operator_between(self, operator: str, left: ast.AST, right: ast.AST, symbol: str, new: str) -> None:
        """Replace the operator token ``symbol`` that stands between two operands."""
        gap_start, gap_end = self.offsets.end(left), self.offsets.start(right)
        gap = self.source[gap_start:gap_end]
        pattern = r"\s+".join(re.escape(word) for word in symbol.split())
        found = re.fullmatch(rf"({_FILLER.pattern})({pattern})({_FILLER.pattern})", gap)
        if found is None:
            return
        self._add(operator, gap_start + found.start(2), gap_start + found.end(2), new)

    # -- skipping what is not behaviour -----------------------------------------------------------------------------
    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)
        if isinstance(node.target, ast.Attribute | ast.Subscript) and node.value is not None:
            self._delete(node)

    def visit_arg(self, node: ast.arg) -> None:
        return  # annotations only

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        self.visit(node.args)
        if self.scope is not None:
            self._body(node.body)
            return
        first_line = min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)])
        self.scope = (".".join([*self.classes, node.name]), first_line)
        try:
            self._body(node.body)
        finally:
            self.scope = None

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for expression in (*node.decorator_list, *node.bases, *node.keywords):
            self.visit(expression)
        if self.scope is not None:
            self._body(node.body)
            return
        self.classes.append(node.name)
        try:
            self._body(node.body)
        finally:
            self.classes.pop()

    def visit_Module(self, node: ast.Module) -> None:
        self._body(node.body)

    def visit_Assert(self, node: ast.Assert) -> None:
        return

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        return  # f-string parts have no reliable positions before Python 3.12

    def visit_If(self, node: ast.If) -> None:
        test = node.test
        if (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
            isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id == "__name__"
        ):
            self._body(node.orelse)
            return
        self._negate(test)
        self.visit(test)
        self._body(node.body)
        self._body(node.orelse)

    def visit_While(self, node: ast.While) -> None:
        self._negate(node.test)
        self.visit(node.test)
        self._body(node.body)
        self._body(node.orelse)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        self._negate(node.test)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        if any(isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets):
            return
        self.generic_visit(node)
        if all(isinstance(target, ast.Attribute | ast.Subscript) for target in node.targets):
            self._delete(node)

    def _body(self, body: list[ast.stmt]) -> None:
        for statement in body:
            if _is_docstring(statement, body):
                continue
            self.visit(statement)

    # -- operators ----------------------------------------------------------------------------------------------------
    def visit_Compare(self, node: ast.Compare) -> None:
        left: ast.AST = node.left
        for op, right in zip(node.ops, node.comparators, strict=True):
            symbol, new = _COMPARE_SWAP[type(op)]
            self._operator_between("compare", left, right, symbol, new)
            left = right
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        swap = _BINOP_SWAP.get(type(node.op))
        string_format = isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant)
        if swap is not None and not string_format:
            self._operator_between("binop", node.left, node.right, *swap)
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        swap = _BINOP_SWAP.get(type(node.op))
        if swap is not None:
            self._operator_between("augassign", node.target, node.value, swap[0] + "=", swap[1] + "=")
        self.generic_visit(node)

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        symbol, new = _BOOLOP_SWAP[type(node.op)]
        for left, right in zip(node.values, node.values[1:], strict=False):
            self._operator_between("boolop", left, right, symbol, new)
        self.generic_visit(node)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        if isinstance(node.op, ast.Not | ast.USub):
            self._add("unary", self.offsets.start(node), self.offsets.start(node.operand), "")
        self.generic_visit(node)

    def _negate(self, test: ast.expr) -> None:
        if isinstance(test, ast.Compare | ast.UnaryOp | ast.Constant):
            return  # comparisons are swapped, `not x` loses its not: negating them again adds nothing
        start, end = self.offsets.start(test), self.offsets.end(test)
        self._add("negate", start, end, f"not ({self.source[start:end]})")

    def visit_Constant(self, node: ast.Constant) -> None:
        value = node.value
        start, end = self.offsets.start(node), self.offsets.end(node)
        if isinstance(value, bool):
            self._add("bool", start, end, str(not value))
        elif isinstance(value, int | float) and not isinstance(value, complex):
            self._add("number", start, end, repr(value + 1))

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Name) and node.func.id in ("min", "max"):
            other = "max" if node.func.id == "min" else "min"
            self._add("minmax", self.offsets.start(node.func), self.offsets.end(node.func), other)
        self.generic_visit(node)

    # -- statements ---------------------------------------------------------------------------------------------------
    def _delete(self, node: ast.stmt) -> None:
        self._add("delete", self.offsets.start(node), self.offsets.end(node), "pass")

    def visit_Expr(self, node: ast.Expr) -> None:
        self.generic_visit(node)
        value = node.value.value if isinstance(node.value, ast.Await) else node.value
        if isinstance(value, ast.Call):
            self._delete(node)

    def visit_Raise(self, node: ast.Raise) -> None:
        self.generic_visit(node)
        self._delete(node)

    def visit_Break(self, node: ast.Break) -> None:
        self._add("loop", self.offsets.start(node), self.offsets.end(node), "continue")

    def visit_Continue(self, node: ast.Continue) -> None:
        self._add("loop", self.offsets.start(node), self.offsets.end(node), "break")


def mutants_of(source: str) -> list[Mutant]:
    """Every first-order mutant of ``source`` that still compiles, in source order."""
    collector = _Collector(source)
    collector.visit(ast.parse(source))
    return sorted(collector.found, key=lambda mutant: (mutant.start, mutant.end, mutant.replacement))
