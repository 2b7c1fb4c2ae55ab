"""codegen.spec_coverage: the seed parser, the doc/spec comparison, and the whole check on the real seed and spec."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.spec_coverage import (
    COVERAGE_DIR,
    DEFAULT_SPEC,
    SEEDS_ENV,
    Deliberate,
    DocType,
    Gap,
    check,
    compare,
    doc_type,
    document,
    find_seed,
    index,
    load_exceptions,
    main,
    parse_seed,
    run,
    run_from_index,
    seeds_dir,
)
from codegen.spec_coverage.cli import index_freshness
from codegen.spec_coverage.index import INDEX_DIR

# A section in the tab-separated layout (the seed's first sections): a table of contents line, every table kind, a
# body table continued after a page break, a nested object table and an array of objects.
TAB_SECTION = """\
5.1.1 查询实例\t13

5 API V2

5.1 生命周期管理

5.1.1 查询实例

URI

POST /v2/{project\\_id}/instances/{instance\\_id}/things

表 5-1 路径参数

参数\t是否必选\t参数类型\t描述
project_id\t是\tString\t项目ID。
instance_id\t是\tString\t实例ID。

表 5-2 Query 参数

参数\t是否必选\t参数类型\t描述
limit\t否\tInteger\t个数。

表 5-3 请求 Header 参数

参数\t是否必选\t参数类型\t描述
X-Auth-Token\t是\tString\t用户Token。

请求参数

表 5-4 请求 Body 参数

参数\t是否必选\t参数类型\t描述
name\t是\tString\t名称。
groups\t否\tArray of Group objects\t消费组。

参数\t是否必选\t参数类型\t描述
bss_param\t否\tBssParam object\t计费参数。
zones\t是\tArray of strings\t可用区。

表 5-5 Group

参数\t是否必选\t参数类型\t描述
name\t是\tString\t组名。

表 5-6 BssParam

参数\t是否必选\t参数类型\t描述
charging_mode\t否\tString\t计费模式。
period_num\t否\tInteger\t周期数。

响应参数

状态码： 200

表 5-7 响应 Body 参数

参数\t参数类型\t描述
job_id\tString\t任务ID。
total\tNumber\t总数。

请求示例

POST https://{endpoint}/v2/{project_id}/instances/{instance_id}/things
"""

# A section in the markdown layout (the rest of the seed): escapes, HTML in cells, a name the PDF broke in two, a
# response that is an array, a map, one object name used under two parents, a 204 "- AnyType" row.
MARKDOWN_SECTION = """\
## 5.2.1 导出消息

### URI

GET /v2/{engine}/{project\\_id}/messages

表 5-8 路径参数

| 参数         | 是否必选 | 参数类型   | 描述    |
|------------|------|--------|-------|
| engine     | 是    | String | 引擎。   |
| project_id | 是    | String | 项目ID。 |

### 响应参数

状态码： 200

表 5-9 响应 Body 参数

| 参数     | 参数类型                            | 描述  |
|--------|---------------------------------|-----|
| [数组元素] | Array of <b>Message</b> objects | 消息。 |

表 5-10 Message

| 参数             | 参数类型                                         | 描述 |
|----------------|----------------------------------------------|----|
| msg_id         | String                                       | ID |
| enable_log_collect ion | Boolean                              | 开关 |
| props          | Map<String, Prop>                            | 属性 |
| queues         | Array of <a href="#">queues</a> objects      | 队列 |
| groups         | Array of <a href="#">groups</a> objects      | 组  |

表 5-11 Prop

| 参数    | 参数类型   | 描述 |
|-------|--------|----|
| value | String | 值  |

表 5-12 queues

| 参数   | 参数类型   | 描述 |
|------|--------|----|
| name | String | 队列 |

表 5-13 groups

| 参数     | 参数类型                           | 描述 |
|--------|--------------------------------|----|
| queues | Array of <b>queues</b> objects | 队列 |

表 5-14 queues

| 参数        | 参数类型    | 描述 |
|-----------|---------|----|
| partition | Integer | 分区 |

## 状态码

| 状态码 | 描述 |
|-----|----|
| 200 | 成功 |

## 5.2.2 删除

### URI

DELETE /v2/{project\\_id}/things/{thing}

表 5-15 路径参数

| 参数         | 是否必选 | 参数类型   | 描述    |
|------------|------|--------|-------|
| project_id | 是    | String | 项目ID。 |
| thing      | 是    | String | 名称。   |

### 响应参数

状态码： 204

表 5-16 响应 Body 参数

| 参数 | 参数类型    | 描述    |
|----|---------|-------|
| -  | AnyType | 操作成功。 |

# 7 权限和授权项

| 权限   | API                                        | 授权项          |
|------|--------------------------------------------|--------------|
| 创建实例 | POST /v2/<br>{project_id}/<br>things       | dms:instance:<br>create |
| 删除   | DELETE /v2/<br>{project_id}/<br>things/<br>{thing} | dms:instance:delete |
"""


def fields_of(text: str, method: str, path: str) -> dict[str, tuple[str, bool | None]]:
    seed = parse_seed(text)
    found = document(seed)[(method, path)]
    return {name: (f.type, f.required) for name, f in found.fields.items()}


# ---------------------------------------------------------------------------------------------------------------
# The parser
# ---------------------------------------------------------------------------------------------------------------


def test_section_with_every_table_kind() -> None:
    seed = parse_seed(TAB_SECTION)
    assert [(r.method, r.path, r.section) for r in seed.request_lines] == [
        ("POST", "/v2/{project_id}/instances/{instance_id}/things", "5.1.1")
    ]
    assert seed.sections["5.1.1"].title == "查询实例"  # the table of contents line (with a tab) is no heading
    kinds = [(t.kind, t.number, t.side) for t in seed.sections["5.1.1"].tables]
    assert kinds == [
        ("path", "5-1", "request"),
        ("query", "5-2", "request"),
        ("header", "5-3", "request"),
        ("body", "5-4", "request"),
        ("object", "5-5", "request"),
        ("object", "5-6", "request"),
        ("response", "5-7", "response"),
    ]
    assert seed.notes == []
    fields = fields_of(TAB_SECTION, "POST", "/v2/{project_id}/instances/{instance_id}/things")
    assert fields == {
        "path:project_id": ("String", True),
        "path:instance_id": ("String", True),
        "query:limit": ("Integer", False),
        "header:X-Auth-Token": ("String", True),
        "body:name": ("String", True),
        "body:groups": ("Array of Group objects", False),
        "body:groups[].name": ("String", True),
        "body:bss_param": ("BssParam object", False),
        "body:bss_param.charging_mode": ("String", False),
        "body:bss_param.period_num": ("Integer", False),
        "body:zones": ("Array of strings", True),
        "response 200:job_id": ("String", None),
        "response 200:total": ("Number", None),
    }


def test_table_continued_after_a_page_break() -> None:
    body = parse_seed(TAB_SECTION).sections["5.1.1"].tables[3]
    assert [row.name for row in body.rows] == ["name", "groups", "bss_param", "zones"]  # one table, two headers
    markdown = """\
5.1.1 x

URI

GET /v2/things

表 5-1 响应 Body 参数

| 参数 | 参数类型 | 描述 |
|----|------|----|
| a  | String | a |



| 参数 | 参数类型 | 描述 |
|----|------|----|
| b  | Integer | b |
"""
    table = parse_seed(markdown).sections["5.1.1"].tables
    assert [(t.kind, [r.name for r in t.rows]) for t in table] == [("response", ["a", "b"])]


def test_markdown_layout_nested_objects_arrays_and_maps() -> None:
    seed = parse_seed(MARKDOWN_SECTION)
    assert seed.notes == []
    fields = fields_of(MARKDOWN_SECTION, "GET", "/v2/{engine}/{project_id}/messages")
    assert fields == {
        "path:engine": ("String", True),
        "path:project_id": ("String", True),
        "response 200:[]": ("Array of Message objects", None),  # the body is an array
        "response 200:[].msg_id": ("String", None),
        "response 200:[].enable_log_collection": ("Boolean", None),  # the PDF's line break taken out
        "response 200:[].props": ("Map<String, Prop>", None),
        "response 200:[].props{}.value": ("String", None),
        "response 200:[].queues": ("Array of queues objects", None),
        "response 200:[].queues[].name": ("String", None),  # the first `queues` table after the referring one
        "response 200:[].groups": ("Array of groups objects", None),
        "response 200:[].groups[].queues": ("Array of queues objects", None),
        "response 200:[].groups[].queues[].partition": ("Integer", None),  # the second `queues` table
    }


def test_anytype_placeholder_row_and_status() -> None:
    seed = parse_seed(MARKDOWN_SECTION)
    (response,) = [t for t in seed.sections["5.2.2"].tables if t.kind == "response"]
    assert response.status == "204"
    fields = fields_of(MARKDOWN_SECTION, "DELETE", "/v2/{project_id}/things/{thing}")
    assert list(fields) == ["path:project_id", "path:thing"]  # "- AnyType" gives no field


def test_request_line_only_in_a_table_cell() -> None:
    seed = parse_seed(MARKDOWN_SECTION)
    lines = [(r.name, r.section, r.in_table) for r in seed.request_lines]
    # DELETE .../things/{thing} is in the table too, but a section has it already: counted once
    assert lines == [
        ("GET /v2/{engine}/{project_id}/messages", "5.2.1", False),
        ("DELETE /v2/{project_id}/things/{thing}", "5.2.2", False),
        ("POST /v2/{project_id}/things", "7", True),
    ]
    # no tables of its own: the path parameters are the request line's placeholders
    assert fields_of(MARKDOWN_SECTION, "POST", "/v2/{project_id}/things") == {"path:project_id": ("String", True)}


def test_parser_notes_what_it_cannot_read() -> None:
    text = """\
5.1.1 x

URI

GET /v2/things

表 5-1 请求 Body 参数

| 参数 | 是否必选 | 参数类型 | 描述 |
|----|------|------|----|
| a  | 可能   | Thing object | a |
| b  | 否    | Strange | b |
"""
    seed = parse_seed(text)
    document(seed)
    assert any("neither 是 nor 否" in note for note in seed.notes)
    assert any("no table 'Thing'" in note for note in seed.notes)
    assert any("'Strange'" in note for note in seed.notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("String", DocType("string")),
        ("Long", DocType("integer")),
        ("Number", DocType("number")),
        ("AnyType", DocType("any")),
        ("Object", DocType("object")),
        ("Array of strings", DocType("array", item="string")),
        ("Array of numbers", DocType("array", item="number")),
        ("Array of TagEntity objects", DocType("array", "TagEntity", "[]")),
        ("BssParam object", DocType("object", "BssParam", "")),
        ("Map<String, Cfg>", DocType("object", "Cfg", "{}")),
        ("Map<String,String>", DocType("object")),
        ("Accepted", DocType("unknown")),
    ],
)
def test_doc_types(text: str, expected: DocType) -> None:
    assert doc_type(text) == expected


# ---------------------------------------------------------------------------------------------------------------
# The comparison
# ---------------------------------------------------------------------------------------------------------------

SEED = """\
5.1.1 创建

URI

POST /v2/{project\\_id}/things

表 5-1 路径参数

参数\t是否必选\t参数类型\t描述
project_id\t是\tString\t项目ID。

表 5-2 Query 参数

参数\t是否必选\t参数类型\t描述
action\t否\tString\tdelete：批量删除。

请求参数

表 5-3 请求 Body 参数

参数\t是否必选\t参数类型\t描述
name\t否\tString\t名称。
names\t否\tArray of strings\t待删除的名称。
bss_param\t否\tBssParam object\t计费。

表 5-4 BssParam

参数\t是否必选\t参数类型\t描述
period_num\t是\tInteger\t周期数。

响应参数

状态码： 200

表 5-5 响应 Body 参数

参数\t参数类型\t描述
id\tString\tID。
size\tNumber\t大小。
"""


def good_spec() -> dict[str, Any]:
    """A spec that says what SEED says: an endpoint split in two (create / batch delete), $ref and allOf."""
    return {
        "openapi": "3.1.0",
        "paths": {
            "/v2/{project_id}/things": {
                "parameters": [{"$ref": "#/components/parameters/ProjectId"}],
                "post": {
                    "operationId": "create_thing",
                    "x-doc": "009 §5.1.1",
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/New"}}}},
                    "responses": {"200": {"$ref": "#/components/responses/Created"}, "default": {"description": "x"}},
                },
            },
            "/v2/{project_id}/things#batch-delete": {
                "post": {
                    "operationId": "delete_things",
                    "x-doc": "009 §5.1.1",
                    "parameters": [
                        {"$ref": "#/components/parameters/ProjectId"},
                        {"name": "action", "in": "query", "schema": {"type": "string", "enum": ["delete"]}},
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"names": {"type": "array", "items": {"type": "string"}}},
                                }
                            }
                        }
                    },
                    "responses": {"204": {"description": "deleted"}},
                },
            },
        },
        "components": {
            "parameters": {
                "ProjectId": {"name": "project_id", "in": "path", "required": True, "schema": {"type": "string"}}
            },
            "responses": {
                "Created": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Created"}}},
                }
            },
            "schemas": {
                "New": {
                    "allOf": [
                        {"type": "object", "properties": {"name": {"type": "string"}}},
                        {"properties": {"bss_param": {"$ref": "#/components/schemas/Bss"}}},
                    ]
                },
                "Bss": {
                    "type": "object",
                    "required": ["period_num"],
                    "properties": {"period_num": {"type": "integer"}},
                },
                "Created": {
                    "type": "object",
                    "properties": {"id": {"type": ["string", "null"]}, "size": {"type": "integer"}},
                },
            },
        },
    }


def gaps_of(spec: dict[str, Any], seed: str = SEED) -> list[tuple[str, str, str, str]]:
    return [(g.section, g.kind, g.name, g.operation) for g in compare(parse_seed(seed), spec)]


def test_a_spec_that_says_what_the_doc_says_has_no_gap() -> None:
    # create_thing lacks `names` and delete_things lacks `name`: the two halves of the split are compared together
    assert gaps_of(good_spec()) == []


def test_missing_field() -> None:
    spec = good_spec()
    del spec["components"]["schemas"]["Bss"]["properties"]["period_num"]
    spec["components"]["schemas"]["Bss"]["required"] = []
    assert gaps_of(spec) == [("5.1.1", "missing", "body:bss_param.period_num", "create_thing delete_things")]


def test_type_mismatch() -> None:
    spec = good_spec()
    spec["components"]["schemas"]["Created"]["properties"]["size"] = {"type": "string"}
    ops = spec["paths"]["/v2/{project_id}/things#batch-delete"]["post"]
    ops["requestBody"]["content"]["application/json"]["schema"]["properties"]["names"]["items"] = {"type": "integer"}
    gaps = compare(parse_seed(SEED), spec)
    assert [(g.kind, g.name) for g in gaps] == [("type", "response 200:size"), ("type", "body:names")]
    size_line = SEED.splitlines().index("size\tNumber\t大小。") + 1
    assert f"doc (line {size_line}): Number; spec: string" in gaps[0].detail
    assert "spec: array of integer" in gaps[1].detail


def test_required_mismatch() -> None:
    spec = good_spec()
    spec["components"]["schemas"]["Bss"]["required"] = []
    spec["components"]["schemas"]["New"]["allOf"][0]["required"] = ["name"]
    assert gaps_of(spec) == [
        ("5.1.1", "required", "body:name", "create_thing"),
        ("5.1.1", "required", "body:bss_param.period_num", "create_thing"),
    ]


def test_response_fields_have_no_required_flag_to_compare() -> None:
    spec = good_spec()
    spec["components"]["schemas"]["Created"]["required"] = ["id", "size"]
    assert gaps_of(spec) == []


def test_extra_field_parameter_and_request_line() -> None:
    spec = good_spec()
    spec["components"]["schemas"]["Created"]["properties"]["etag"] = {"type": "string"}
    thing = spec["paths"]["/v2/{project_id}/things"]["post"]
    thing["parameters"] = [{"name": "dry_run", "in": "query", "required": True, "schema": {"type": "boolean"}}]
    spec["paths"]["/v2/{project_id}/other"] = {"get": {"operationId": "other", "x-doc": "009 §5.1.2", "responses": {}}}
    assert gaps_of(spec) == [
        ("5.1.1", "extra", "query:dry_run", "create_thing"),
        ("5.1.1", "extra", "response 200:etag", "create_thing"),
        ("5.1.2", "extra", "GET /v2/{project_id}/other", "other"),
    ]


def test_missing_request_line_and_wrong_section() -> None:
    spec = good_spec()
    del spec["paths"]["/v2/{project_id}/things#batch-delete"]
    spec["paths"]["/v2/{project_id}/things"]["post"]["x-doc"] = "009 §5.1.9"
    assert ("5.1.1", "x-doc", "POST /v2/{project_id}/things", "create_thing") in gaps_of(spec)
    del spec["paths"]["/v2/{project_id}/things"]
    assert gaps_of(spec) == [("5.1.1", "missing", "POST /v2/{project_id}/things", "")]


def test_body_as_another_section() -> None:
    seed = MARKDOWN_SECTION + "\n" + SEED.replace("5.1.1 创建", "9.1 创建").replace("/things", "/v1/things")
    spec = {
        "paths": {
            "/v2/{project_id}/things": {
                "post": {
                    "operationId": "create",
                    "x-doc": "009 §7 table 7-1 (body as §9.1)",
                    "parameters": [{"$ref": "#/components/parameters/ProjectId"}],
                    "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {}}}}},
                }
            }
        },
        "components": good_spec()["components"],
    }
    missing = [name for section, kind, name, _ in gaps_of(spec, seed) if (section, kind) == ("7", "missing")]
    assert missing == ["body:name", "body:names", "body:bss_param", "body:bss_param.period_num"]


def test_a_listed_difference_silences_its_gap() -> None:
    spec = good_spec()
    spec["components"]["schemas"]["Bss"]["required"] = []
    seed = parse_seed(SEED)
    report = check(seed, spec, [])
    assert not report.ok
    assert [g.name for g in report.unexplained] == ["body:bss_param.period_num"]
    listed = [
        Deliberate("5.1.1", "required", "body:bss_param.period_num", "the doc's sample omits it"),
        Deliberate("5.1.1", "extra", "body:gone", "a stale entry"),
        Deliberate("5.1.2", "required", "body:bss_param.period_num", "another section"),
    ]
    report = check(seed, spec, listed)
    assert report.ok
    assert [(g.name, d.reason) for g, d in report.explained] == [
        ("body:bss_param.period_num", "the doc's sample omits it")
    ]
    assert report.stale == listed[1:]
    assert (report.request_lines, report.request_lines_in_spec) == (1, 1)


def test_exceptions_file(tmp_path: Path) -> None:
    path = tmp_path / "api.yaml"
    path.write_text(
        "- {section: '5.1.1', kind: required, name: 'body:a', reason: &r because}\n"
        "- {section: '5.1.1', kind: extra, name: 'body:b', reason: *r}\n",
        encoding="utf-8",
    )
    assert load_exceptions(path) == [
        Deliberate("5.1.1", "required", "body:a", "because"),
        Deliberate("5.1.1", "extra", "body:b", "because"),
    ]
    assert load_exceptions(tmp_path / "none.yaml") == []
    for bad in (
        "- {section: '5', kind: odd, name: n, reason: r}",
        "- {section: '5', kind: extra, name: n}",
        "- {section: '5', kind: extra, name: n, reason: ' '}",
        "section: '5'",
    ):
        path.write_text(bad, encoding="utf-8")
        with pytest.raises(SystemExit):
            load_exceptions(path)


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "009_abc.txt").write_text(SEED, encoding="utf-8")
    spec = good_spec()
    spec["components"]["schemas"]["Bss"]["required"] = []
    spec_path = tmp_path / "api.yaml"
    spec_path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    listed = tmp_path / "listed.yaml"
    args = ["--spec", str(spec_path), "--seeds", str(seeds), "--exceptions", str(listed), "--from-seed"]

    assert main(args) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[:3] == [
        "request lines: 1 of 1 in the spec",
        f"gaps: 1, 0 of them deliberate ({listed}), 1 not",
        "not listed as deliberate:",
    ]
    assert "§5.1.1 required body:bss_param.period_num [create_thing]" in out

    listed.write_text("- {section: '5.1.1', kind: required, name: 'body:bss_param.period_num', reason: ok}\n")
    assert main([*args, "-v"]) == 0
    out = capsys.readouterr().out
    assert "gaps: 1, 1 of them deliberate" in out
    assert "reason: ok" in out


def test_command_line_from_the_doc_index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --from-seed the check reads the committed index; a seed at hand that parses otherwise fails it."""
    seeds, index_dir = tmp_path / "seeds", tmp_path / "reference"
    seeds.mkdir()
    (seeds / "009_abc.txt").write_text(SEED, encoding="utf-8")
    spec_path = tmp_path / "api.yaml"
    spec_path.write_text(yaml.safe_dump(good_spec()), encoding="utf-8")
    common = ["--spec", str(spec_path), "--index-dir", str(index_dir), "--exceptions", str(tmp_path / "none.yaml")]
    nowhere = ["--seeds", str(tmp_path / "no-seeds")]

    with pytest.raises(SystemExit, match="make doc-index"):
        main([*common, *nowhere])  # no index yet
    assert main([*common, "--seeds", str(seeds), "--write-index"]) == 0
    assert (index_dir / "seed-009-doc-index.yaml").exists()
    capsys.readouterr()

    assert main([*common, *nowhere]) == 0  # no seed: the index alone
    assert capsys.readouterr().out.splitlines()[:2] == [
        "request lines: 1 of 1 in the spec",
        f"gaps: 0, 0 of them deliberate ({tmp_path / 'none.yaml'}), 0 not",
    ]
    assert main([*common, "--seeds", str(seeds)]) == 0  # the seed agrees with the index

    (seeds / "009_abc.txt").write_text(SEED.replace("Integer", "String"), encoding="utf-8")
    assert main([*common, "--seeds", str(seeds)]) == 1
    assert "stale doc index" in capsys.readouterr().out


def test_index_round_trip_keeps_every_fact(tmp_path: Path) -> None:
    for number, text in enumerate((SEED, TAB_SECTION, MARKDOWN_SECTION)):
        seed = parse_seed(text)
        written = index.dumps(seed, source="009_abc.txt", text=text)
        path = tmp_path / f"index-{number}.yaml"
        path.write_text(written, encoding="utf-8")
        loaded, provenance = index.load(path)
        assert loaded == seed
        assert provenance == {"seed": "009_abc.txt", "sha256": index.fingerprint(text)}
        assert index.dumps(loaded, source="009_abc.txt", text=text) == written
    spec = good_spec()
    spec["components"]["schemas"]["Bss"]["required"] = []  # one gap, found the same way from both
    from_index = compare(index.load(tmp_path / "index-0.yaml")[0], spec)
    assert from_index == compare(parse_seed(SEED), spec) != []


def test_section_numbers_stay_text_in_the_index(tmp_path: Path) -> None:
    """``5.10`` and ``9`` would read back as numbers from unquoted YAML."""
    text = SEED.replace("5.1.1 ", "5.10 ")
    seed = parse_seed(text)
    assert "5.10" in seed.sections
    path = tmp_path / "index.yaml"
    path.write_text(index.dumps(seed, source="x", text=text), encoding="utf-8")
    assert list(index.load(path)[0].sections) == list(seed.sections)


def test_seed_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(SEEDS_ENV, raising=False)
    assert seeds_dir() is None  # nothing outside the repository is read unless named
    with pytest.raises(SystemExit, match=SEEDS_ENV):
        find_seed(good_spec(), None)
    monkeypatch.setenv(SEEDS_ENV, str(tmp_path))
    assert seeds_dir() == tmp_path
    with pytest.raises(SystemExit):
        find_seed(good_spec(), tmp_path)  # no 009_*.txt there


# ---------------------------------------------------------------------------------------------------------------
# The real seed and spec
# ---------------------------------------------------------------------------------------------------------------

with DEFAULT_SPEC.open(encoding="utf-8") as _handle:
    _REAL_SPEC: dict[str, Any] = yaml.safe_load(_handle)


def _real_seed_present() -> bool:
    try:
        find_seed(_REAL_SPEC, seeds_dir())
    except SystemExit:
        return False
    return True


def test_real_spec_against_the_committed_doc_index() -> None:
    """What make check runs: no seed needed."""
    report = run_from_index(DEFAULT_SPEC, INDEX_DIR, COVERAGE_DIR / "huawei-rocketmq.yaml")
    assert (report.request_lines_in_spec, report.request_lines) == (65, 65)
    assert [str(gap) for gap in report.unexplained] == []
    assert [f"§{e.section} {e.kind} {e.name}" for e in report.stale] == []
    assert report.notes == []


@pytest.mark.skipif(not _real_seed_present(), reason=f"the seed is not in {seeds_dir()} (set {SEEDS_ENV})")
def test_committed_doc_index_is_what_the_real_seed_parses_to() -> None:
    assert index_freshness(DEFAULT_SPEC, seeds_dir(), INDEX_DIR) is None


@pytest.mark.skipif(not _real_seed_present(), reason=f"the seed is not in {seeds_dir()} (set {SEEDS_ENV})")
def test_real_seed_and_spec() -> None:
    report = run(DEFAULT_SPEC, seeds_dir(), COVERAGE_DIR / "huawei-rocketmq.yaml")
    assert (report.request_lines_in_spec, report.request_lines) == (65, 65)
    assert [str(gap) for gap in report.unexplained] == []
    assert [f"§{e.section} {e.kind} {e.name}" for e in report.stale] == []
    assert report.notes == []


@pytest.mark.skipif(not _real_seed_present(), reason=f"the seed is not in {seeds_dir()} (set {SEEDS_ENV})")
def test_real_check_sees_a_change_to_the_spec() -> None:
    seed = parse_seed(find_seed(_REAL_SPEC, seeds_dir()).read_text(encoding="utf-8"))
    spec = copy.deepcopy(_REAL_SPEC)
    for param in spec["paths"]["/v2/{project_id}/instances"]["get"]["parameters"]:
        if param.get("name") == "limit":
            param["schema"]["type"] = "string"
    gaps = [g for g in compare(seed, spec) if g.name == "query:limit"]
    assert gaps == [Gap("5.1.1", "type", "query:limit", gaps[0].detail, "list_instances")]
