"""Batch runs: input order kept, and one document that breaks the pipeline does not sink the others."""

from __future__ import annotations

import gc
from concurrent.futures.process import BrokenProcessPool

import pytest

import counterclaim.cli._batch as batch
from counterclaim.cli._batch import Analyzer, Failed, analyze_many
from counterclaim.errors import ConfigError, ExtractionError
from counterclaim.ingest import Article
from counterclaim.settings import Settings

TEXT = "Militants set fire to a police post in the district of Kupwara on Monday, officials said. {n}"


def _articles(n: int) -> list[Article]:
    return [Article(id=f"d{i}", text=TEXT.format(n=i)) for i in range(n)]


def test_order_is_kept_across_chunks() -> None:
    arts = _articles(7)
    pairs = list(analyze_many(arts, settings=Settings(batch_size=3)))
    assert [a.id for a, _ in pairs] == [a.id for a in arts]
    assert [r.document.id for _, r in pairs] == [a.id for a in arts]


def test_a_failing_document_is_isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch.analyze_articles

    def fragile(articles, settings=None):
        for result in real(articles, settings):
            if result.document.id == "d4":
                raise ValueError("tokenizer exploded\nsecond line")
            yield result

    monkeypatch.setattr(batch, "analyze_articles", fragile)
    pairs = list(analyze_many(_articles(6), settings=Settings(batch_size=4)))
    outcomes = {a.id: o for a, o in pairs}
    assert list(outcomes) == ["d0", "d1", "d2", "d3", "d4", "d5"]
    assert outcomes["d4"] == Failed("extraction failed (ValueError: tokenizer exploded)")
    assert all(not isinstance(o, Failed) for k, o in outcomes.items() if k != "d4")


def test_pool_gives_what_one_process_gives() -> None:
    arts = _articles(5)
    with Analyzer(workers=2, settings=Settings(batch_size=2)) as pool:
        pooled = [(a.id, r.to_json_dict()) for a, r in pool.run(arts)]
    single = [(a.id, r.to_json_dict()) for a, r in analyze_many(arts)]
    assert pooled == single


def _tables_built() -> dict[str, bool]:
    from counterclaim.codebooks.gazetteer import load_gazetteer
    from counterclaim.incidents.roles import default_model
    from counterclaim.nlp import actors, places

    return {"gazetteer": load_gazetteer.cache_info().currsize == 1,
            "loose": places._loose_index.cache_info().currsize == 1,
            "matchers": bool(actors._MATCHERS), "roles": default_model.cache_info().currsize == 1}


@pytest.mark.skipif(batch._context().get_start_method() != "fork", reason="only forked workers inherit tables")
def test_forked_workers_inherit_the_warmed_tables() -> None:
    from counterclaim.codebooks.gazetteer import load_gazetteer
    from counterclaim.incidents.roles import default_model
    from counterclaim.nlp import actors, places

    for cached in (load_gazetteer, places._loose_index, default_model):
        cached.cache_clear()
    actors._MATCHERS.clear()
    with Analyzer(workers=2) as pool:
        assert pool._pool is not None
        built = pool._pool.submit(_tables_built).result()
    assert built == {"gazetteer": True, "loose": True, "matchers": True, "roles": True}


def test_a_missing_model_stops_the_run_once_instead_of_failing_every_document(monkeypatch: pytest.MonkeyPatch) -> None:
    from counterclaim.errors import ConfigError

    calls = []

    def no_model(articles, settings=None):
        calls.append(len(articles))
        raise ConfigError("spaCy pipeline 'en_missing' is not installed")
        yield  # a generator, like the real one

    monkeypatch.setattr(batch, "analyze_articles", no_model)
    with pytest.raises(ConfigError, match="not installed"):
        list(analyze_many(_articles(5), settings=Settings(batch_size=5)))
    assert calls == [5]  # not retried document by document


def test_a_run_leaves_the_garbage_collector_as_it_found_it() -> None:
    """During a run the loaded tables are frozen and the youngest generation is collected less often
    (`_GcPolicy`); afterwards the thresholds and the frozen count are what they were."""
    before, frozen_before = gc.get_threshold(), gc.get_freeze_count()
    seen = []
    with Analyzer(1, Settings(batch_size=2)) as analyzer:
        for _, outcome in analyzer.run(_articles(3)):
            seen.append((gc.get_threshold()[0], gc.get_freeze_count() > frozen_before))
            assert not isinstance(outcome, Failed)
    assert seen[0] == (max(batch._GcPolicy.GEN0, before[0]), frozen_before == 0)
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen_before


@pytest.fixture()
def _restore_gc():
    before = gc.get_threshold()
    yield before
    gc.unfreeze()
    gc.set_threshold(*before)


def _frozen(obj: object) -> bool:
    """Tracked by the collector but in none of its generations: in the permanent one."""
    return gc.is_tracked(obj) and not any(other is obj for other in gc.get_objects())


def test_a_callers_own_freeze_outlives_a_run(_restore_gc) -> None:
    """gc can only unfreeze everything: a run must not release objects the caller froze, before it or during it."""
    kept = [[n] for n in range(10)]
    gc.freeze()
    list(analyze_many(_articles(3), settings=Settings(batch_size=2)))
    assert _frozen(kept) and _frozen(kept[0]) and gc.get_threshold() == _restore_gc
    gc.unfreeze()
    run = analyze_many(_articles(3), settings=Settings(batch_size=1))
    next(run), next(run)  # the run has frozen the tables
    more = [[n] for n in range(10)]
    gc.freeze()  # the caller freezes its own objects meanwhile
    list(run)
    assert _frozen(more) and _frozen(more[0]) and gc.get_threshold() == _restore_gc


def test_overlapping_runs_restore_the_collector_when_the_last_ends() -> None:
    """The collector's settings belong to the process: two generators read in turn share them; the first to end
    leaves them to the other, the last restores them."""
    before, frozen_before = gc.get_threshold(), gc.get_freeze_count()
    first = analyze_many(_articles(3), settings=Settings(batch_size=1))
    second = analyze_many(_articles(3), settings=Settings(batch_size=1))
    try:
        next(first), next(second)
        list(first)
        assert gc.get_threshold()[0] == max(batch._GcPolicy.GEN0, before[0])
        assert gc.get_freeze_count() > frozen_before  # the tables stay frozen while `second` runs
        assert len(list(second)) == 2
    finally:
        first.close()
        second.close()
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen_before


@pytest.mark.skipif(batch._context().get_start_method() != "fork", reason="the warm-up runs before a fork")
@pytest.mark.parametrize("stop", [ConfigError("spaCy pipeline 'en_missing' is not installed"), KeyboardInterrupt()])
def test_a_warm_up_that_stops_leaves_the_collector_as_it_was(monkeypatch: pytest.MonkeyPatch, stop) -> None:
    """A bad model (ConfigError) or Ctrl-C while the pipeline loads before the fork."""
    def warm_up(settings):
        raise stop

    monkeypatch.setattr(batch, "warm_up", warm_up)
    before, frozen_before = gc.get_threshold(), gc.get_freeze_count()
    with pytest.raises(type(stop)):
        with Analyzer(workers=2):
            pass
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen_before


class _Pool:
    """A process pool that cannot start its workers, or whose shutdown is interrupted."""

    def __init__(self, *args, shutdown_stops: bool = False, **kwargs) -> None:
        self.shutdown_stops = shutdown_stops

    def submit(self, *args):
        if self.shutdown_stops:
            return _Done()
        raise BrokenProcessPool("a worker died in its initializer")

    def shutdown(self, **kwargs) -> None:
        if self.shutdown_stops:
            raise KeyboardInterrupt


class _Done:
    def result(self) -> bool:
        return True


@pytest.mark.parametrize("shutdown_stops", [False, True])
def test_a_pool_that_fails_leaves_the_collector_as_it_was(monkeypatch: pytest.MonkeyPatch, shutdown_stops) -> None:
    """The pool cannot start (a one-line ExtractionError), or Ctrl-C lands while it shuts down."""
    monkeypatch.setattr(batch, "warm_up", lambda settings: None)
    monkeypatch.setattr(batch, "ProcessPoolExecutor", lambda *a, **k: _Pool(shutdown_stops=shutdown_stops))
    before, frozen_before = gc.get_threshold(), gc.get_freeze_count()
    with pytest.raises(KeyboardInterrupt if shutdown_stops else ExtractionError):
        with Analyzer(workers=2):
            pass
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen_before


def test_ctrl_c_during_a_run_leaves_the_collector_as_it_was() -> None:
    before, frozen_before = gc.get_threshold(), gc.get_freeze_count()
    with pytest.raises(KeyboardInterrupt):
        with Analyzer(1, Settings(batch_size=1)) as analyzer:
            for _ in analyzer.run(_articles(2)):
                raise KeyboardInterrupt
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen_before
