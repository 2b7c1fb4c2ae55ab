"""``bench.overhead --strict``: which figures are judged against which budget."""

from __future__ import annotations

from bench.overhead import BUDGET_CALL, BUDGET_IMPORT, over_budget


def test_calls_are_judged_by_cpu_time_and_imports_by_instructions_when_counted() -> None:
    figures = {
        "Zaqar get_queue": {"cpu_ratio": BUDGET_CALL + 0.01, "instruction_ratio": 0.5, "wall_ratio": 0.5},
        "CMQ send_message": {"cpu_ratio": BUDGET_CALL, "instruction_ratio": 9.0},
        "import mqclients.dms": {"median_ratio": 9.0, "instruction_ratio": BUDGET_IMPORT},
        "import mqclients.cmq": {"median_ratio": 0.5, "instruction_ratio": BUDGET_IMPORT + 0.01},
        "import mqclients.zaqar": {"median_ratio": BUDGET_IMPORT + 0.01},
    }
    over = over_budget(figures)
    assert [line.split(":")[0] for line in over] == [
        "Zaqar get_queue",
        "import mqclients.cmq",
        "import mqclients.zaqar",
    ]
    assert over_budget({"Zaqar get_queue": {"cpu_ratio": 0.9}}) == []
