"""The public surface: `counterclaim.__all__` and the JSON Schema of the output."""

from __future__ import annotations
import __future__

import json
import types

from typer.testing import CliRunner

import counterclaim
from counterclaim.cli import app
from counterclaim.models import AnalysisResult, Span, output_json_schema


def test_all_lists_exactly_the_public_names() -> None:
    assert len(counterclaim.__all__) == len(set(counterclaim.__all__))
    for name in counterclaim.__all__:
        assert hasattr(counterclaim, name), name
    public = {name for name, value in vars(counterclaim).items()
              if not name.startswith("_") and not isinstance(value, types.ModuleType | __future__._Feature)}
    assert public == set(counterclaim.__all__) - {"__version__"}


def test_schema_describes_the_output_contract() -> None:
    schema = output_json_schema()
    assert set(schema["properties"]) == {"document", "incidents", "claims", "actors"}
    defs = schema["$defs"]
    assert set(defs["Span"]["required"]) == {"start", "end", "text"}
    claim = defs["Claim"]["properties"]
    assert "self" in claim and "is_self" not in claim  # serialised by alias
    assert set(claim["kind"]["enum"]) == {"responsibility", "condemnation", "warning", "sympathy"}
    assert defs["Casualties"]["properties"]["qualifier"]["enum"][0] == "exact"
    for model in ("Incident", "Claim", "Span", "Location", "Casualties", "ActorRef", "Actor", "DocumentInfo"):
        assert defs[model].get("additionalProperties") is False, model


def test_schema_names_the_dialect_pydantic_writes() -> None:
    schema = output_json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "$defs" in schema and "definitions" not in schema  # 2020-12's keyword, as named


def test_schema_command_prints_the_same_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == output_json_schema()


def _check(value: object, schema: dict, defs: dict, where: str = "$") -> None:
    """A small JSON Schema check (the subset pydantic emits): refs, anyOf, types, enums, objects, arrays."""
    if "$ref" in schema:
        return _check(value, defs[schema["$ref"].split("/")[-1]], defs, where)
    if "anyOf" in schema:
        errors = []
        for option in schema["anyOf"]:
            try:
                return _check(value, option, defs, where)
            except AssertionError as exc:
                errors.append(str(exc))
        raise AssertionError(f"{where}: matches no option: {errors}")
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in {schema['enum']}"
    kind = schema.get("type")
    python = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None),
              "integer": int, "number": (int, float)}
    if kind:
        assert isinstance(value, python[kind]), f"{where}: {value!r} is not {kind}"
    if kind == "object":
        props = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            assert set(value) <= set(props), f"{where}: unknown keys {set(value) - set(props)}"
        for key in schema.get("required", []):
            assert key in value, f"{where}: missing {key}"
        for key, sub in value.items():
            if key in props:
                _check(sub, props[key], defs, f"{where}.{key}")
    if kind == "array":
        for i, item in enumerate(value):
            _check(item, schema.get("items", {}), defs, f"{where}[{i}]")


def test_real_output_conforms_to_the_schema() -> None:
    text = ("Islamic State said its fighters set off a bomb at a bus station in Kirkuk on Monday, killing "
            "at least 12 people. The Iraqi prime minister condemned the attack.")
    dumped = counterclaim.analyze(text, published="2024-05-06").to_json_dict()
    schema = output_json_schema()
    _check(dumped, schema, schema["$defs"])
    assert AnalysisResult.model_validate(dumped).to_json_dict() == dumped


def test_schema_check_catches_a_wrong_span() -> None:
    schema = output_json_schema()
    bad = Span(start=0, end=3, text="abc").model_dump() | {"extra": 1}
    try:
        _check(bad, {"$ref": "#/$defs/Span"}, schema["$defs"])
    except AssertionError as exc:
        assert "unknown keys" in str(exc)
    else:
        raise AssertionError("an extra key in a span was not caught")
