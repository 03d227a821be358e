"""The engine knows which file a SQLite database lives in."""


def test_sqlite_file_reads_the_path_out_of_a_uri_database(tmp_path) -> None:
    from sqlalchemy.pool import StaticPool

    from db.engine import make_engine, sqlite_file

    target = tmp_path / "data.db"
    assert sqlite_file(make_engine(f"sqlite:///file:{target}?mode=ro&uri=true")) == target
    assert sqlite_file(make_engine(f"sqlite:///{target}")) == target
    assert sqlite_file(make_engine("sqlite://")) is None
    in_memory = make_engine("sqlite:///file:mem?mode=memory&uri=true", poolclass=StaticPool)
    assert sqlite_file(in_memory) is None
