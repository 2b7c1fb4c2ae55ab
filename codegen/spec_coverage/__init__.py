"""Doc coverage: does a hand-transcribed spec say everything its seed document says, and nothing else?

``python -m codegen.spec_coverage [--spec specs/huawei-rocketmq.yaml] [--from-seed] [--write-index] [-q] [-v]``

The spec's operations name their section with ``x-doc: "002 §5.1.1"``; ``002`` picks the seed. The check reads the
seed's facts from its committed doc index (``specs/reference/seed-002-doc-index.yaml``, written by
``make doc-index``), so it runs in any clone; with a seeds folder named (``$MQCLIENTS_SEEDS`` or ``--seeds``)
it also fails if the index is not what the seed parses to. The check fails (exit 1) on any gap not listed, with its
reason, in ``codegen/coverage/<spec stem>.yaml``.

The modules, in reading order:

- ``seed``: the document parser (sections, request lines, parameter tables) and where seeds are found;
- ``index``: the doc index (a parsed seed as committed data) written and read back;
- ``doc_types``: the doc's type names and the spec types each allows;
- ``fields``: field names shared by both sides, and the fields the doc gives each request line;
- ``spec_side``: the same fields read from the spec, through ``codegen.specs``;
- ``compare``: gaps, deliberate differences, the report;
- ``sdk``: every method of the committed SDK inventory mapped by an operation's ``x-sdk-name`` (or listed);
- ``sdk_fields``: those operations' parameters, body and response fields against the SDK's models, field by field;
- ``cli``: the command line.
"""

from codegen.spec_coverage.cli import COVERAGE_DIR, DEFAULT_SPEC, main, run, run_from_index, write_index
from codegen.spec_coverage.compare import GAP_KINDS, Deliberate, Gap, Report, check, compare, load_exceptions
from codegen.spec_coverage.doc_types import DocType, doc_type, type_matches
from codegen.spec_coverage.fields import DocOperation, Field, document
from codegen.spec_coverage.seed import SEEDS_ENV, Seed, find_seed, parse_seed, seed_id, seeds_dir
from codegen.spec_coverage.spec_side import SpecOperation, spec_operations

__all__ = [
    "COVERAGE_DIR",
    "DEFAULT_SPEC",
    "GAP_KINDS",
    "SEEDS_ENV",
    "Deliberate",
    "DocOperation",
    "DocType",
    "Field",
    "Gap",
    "Report",
    "Seed",
    "SpecOperation",
    "check",
    "compare",
    "doc_type",
    "document",
    "find_seed",
    "load_exceptions",
    "main",
    "parse_seed",
    "run",
    "run_from_index",
    "seed_id",
    "seeds_dir",
    "spec_operations",
    "type_matches",
    "write_index",
]
