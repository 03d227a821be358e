"""The engine knows which file a SQLite database lives in."""


def test_sqlite_file_reads_the_path_out_of_a_uri_database(tmp_path, monkeypatch) -> None:
    from sqlalchemy.pool import StaticPool

    from db.engine import make_engine, sqlite_file

    monkeypatch.chdir(tmp_path)
    target = tmp_path / "folder" / "data.db"
    assert sqlite_file(make_engine(f"sqlite:///file:{target}?mode=ro&uri=true")) == target
    assert sqlite_file(make_engine(f"sqlite:///{target}")) == target
    assert sqlite_file(make_engine("sqlite://")) is None
    in_memory = make_engine("sqlite:///file:mem?mode=memory&uri=true", poolclass=StaticPool)
    assert sqlite_file(in_memory) is None
    # The folder made for a new database is the file's, not one named "file:" here.
    assert target.parent.is_dir() and not (tmp_path / "file:").exists()


def test_a_writer_that_reads_first_waits_for_another_writer_instead_of_failing(tmp_path) -> None:
    import threading

    from sqlalchemy import text

    from db.engine import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'two-writers.db'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE counter (n INTEGER)"))
        conn.execute(text("INSERT INTO counter VALUES (0)"))

    def other_writer() -> None:
        with engine.begin() as other:
            other.execute(text("UPDATE counter SET n = n + 10"))

    with engine.begin() as conn:
        before = conn.execute(text("SELECT n FROM counter")).scalar_one()
        # Another user saves while this transaction is between its read and its write.
        thread = threading.Thread(target=other_writer)
        thread.start()
        thread.join(timeout=0.5)
        assert thread.is_alive(), "the other writer should be waiting for this transaction"
        conn.execute(text("UPDATE counter SET n = :n"), {"n": before + 1})
    thread.join(timeout=10)
    assert not thread.is_alive()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT n FROM counter")).scalar_one() == 11
