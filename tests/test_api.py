"""The library entry points: `analyze` and `analyze_articles`."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim import AnalysisResult, Article, InputError, analyze, analyze_articles
from counterclaim._spans import iter_spans
from counterclaim.api import parse_published

TEXT = ("Gunmen stormed a hotel in the Somali town of Kismayo on Friday, killing nine people, "
        "a police officer said. Al-Shabaab said its fighters had carried out the attack.")


def test_analyze_returns_the_typed_result() -> None:
    result = analyze(TEXT, published="2024-03-23", id="kismayo", title="Hotel attack")
    assert isinstance(result, AnalysisResult)
    doc = result.document
    assert (doc.id, doc.title, doc.published, doc.n_chars, doc.language) == (
        "kismayo", "Hotel attack", dt.date(2024, 3, 23), len(TEXT), "en")
    dumped = result.to_json_dict()
    assert set(dumped) == {"document", "incidents", "claims", "actors"}
    for span in iter_spans(dumped):
        assert TEXT[span["start"]:span["end"]] == span["text"]


@pytest.mark.parametrize("text", ["", "   \n\t", None])
def test_empty_text_is_an_input_error(text: object) -> None:
    with pytest.raises(InputError, match="empty text"):
        analyze(text)  # type: ignore[arg-type]


def test_bad_published_is_an_input_error_that_says_what_to_do() -> None:
    with pytest.raises(InputError, match="use YYYY-MM-DD"):
        analyze(TEXT, published="Friday")


def test_published_accepts_dates_and_timestamps() -> None:
    assert parse_published(dt.date(2024, 3, 23)) == dt.date(2024, 3, 23)
    assert parse_published("2024-03-23T18:00:00Z") == dt.date(2024, 3, 23)
    assert parse_published(None) is None


def test_analyze_articles_keeps_input_order() -> None:
    articles = [Article(id=f"a{i}", text=TEXT + " " * i) for i in range(5)]
    results = list(analyze_articles(articles))
    assert [r.document.id for r in results] == ["a0", "a1", "a2", "a3", "a4"]
    assert [r.document.n_chars for r in results] == [len(TEXT) + i for i in range(5)]


def test_a_text_the_readers_accept_is_not_refused_by_spacys_own_length_limit(monkeypatch) -> None:
    """A 1.1-million-character text passed the readers' limit (COUNTERCLAIM_MAX_CHARS, then 2,000,000) and failed
    with spaCy's E088 ("exceeds maximum of 1000000"): read, counted, never analysed. The default is now spaCy's
    limit, and a limit set above it is spaCy's too. Scaled down here: spaCy's limit below the text's length, the
    readers' above it."""
    from counterclaim.nlp.pipeline import load_pipeline
    from counterclaim.settings import Settings

    settings = Settings()
    nlp = load_pipeline(settings.spacy_model)
    monkeypatch.setattr(nlp, "max_length", len(TEXT) - 10)
    (result,) = analyze_articles([Article(id="long", text=TEXT)], Settings(max_chars=len(TEXT) + 100))
    assert result.document.n_chars == len(TEXT) and result.incidents
    assert nlp.max_length > len(TEXT)


def test_the_default_limit_refuses_at_reading_what_spacy_would_refuse() -> None:
    from counterclaim.ingest import InputProblem, read_inputs
    from counterclaim.nlp.pipeline import load_pipeline
    from counterclaim.settings import Settings

    assert Settings().max_chars <= load_pipeline(Settings().spacy_model).max_length
    import io

    (problem,) = read_inputs(["-"], stdin=io.BytesIO(b"Gunmen killed five people in Jos. " * 33_000))
    assert isinstance(problem, InputProblem)
    assert problem.reason == ("too large: 1,122,000 characters (limit 1,000,000; set COUNTERCLAIM_MAX_CHARS to raise "
                              "it)")
