import json

from udsyn.extraction.cli import main


def test_json_contract_and_failure_exit_code(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Aalborg har 33 venskabsbyer, blandt andet Gdynia.\n\nKommunen betaler 1,3 mio. kr.",
                    "utf-8")
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    status = main([str(good), str(bad), str(tmp_path / "missing.docx"), "--json"])
    out, err = capsys.readouterr()
    assert status == 1
    doc = json.loads(out)["documents"]
    assert [d["source"] for d in doc] == [str(good)]
    types = {r["type"] for r in doc[0]["records"]}
    assert {"count", "money"} <= types
    for rec in doc[0]["records"]:
        assert {"type", "fields", "page", "start", "end", "quote", "confidence"} <= rec.keys()
    assert "empty.pdf" in err and "no text" in err
    assert "missing.docx" in err


def test_human_summary(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text("Kgbenhavns Kommune betaler arligt 1,3 mio. kr.", "utf-8")
    assert main([str(good)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(str(good)) and "1 money" in out and "OCR repairs" in out


def test_output_keeps_danish_letters(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text("Samarbejdsaftale med Göteborg om grøn omstilling.", "utf-8")
    main([str(good), "--json"])
    assert "Göteborg" in capsys.readouterr().out


def test_cli_refuses_a_file_over_the_upload_limit_before_reading_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("UDSYN_UPLOAD_MAX_MB", "1")
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(2 * 1024 * 1024)  # sparse: 2 MB of nothing, never parsed
    assert main([str(big), "--json"]) == 1
    err = capsys.readouterr().err
    assert "big.txt" in err and "limit is 1 MB" in err and "UDSYN_UPLOAD_MAX_MB" in err
