"""GTD counts everyone; counterclaim keeps victims and perpetrators apart and adds them for GTD."""

from counterclaim.codebooks.gtd_counts import gtd_total


def test_victims_and_perpetrators_add_up_as_gtd_counts_them() -> None:
    assert gtd_total(6, 8) == 14  # "eight assailants and six soldiers were killed"


def test_a_figure_that_already_counts_the_perpetrators_is_not_added_to() -> None:
    assert gtd_total(55, 13, includes_perpetrators=True) == 55


def test_one_known_figure_stands_alone_and_none_stays_unknown() -> None:
    assert gtd_total(None, 1) == 1
    assert gtd_total(3, None) == 3
    assert gtd_total(None, None) is None
