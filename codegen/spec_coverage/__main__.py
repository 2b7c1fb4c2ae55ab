import sys

from codegen.spec_coverage.cli import main

sys.exit(main())
