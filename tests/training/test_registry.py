"""The trainer registry behind `counterclaim train all`."""

from counterclaim.training import register_trainer, trainers


def test_register_and_list_trainers() -> None:
    calls = []

    def fake(shared, seed):
        calls.append((shared, seed))
        return {"ok": True}

    register_trainer("zz-test", fake)
    try:
        assert trainers()["zz-test"] is fake
        assert list(trainers()) == sorted(trainers())
        assert trainers()["zz-test"](None, 3) == {"ok": True} and calls == [(None, 3)]
    finally:
        from counterclaim import training

        training._TRAINERS.pop("zz-test")
