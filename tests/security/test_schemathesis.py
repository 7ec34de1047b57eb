"""Schemathesis against the OpenAPI document, on a running test server with a logged-in token: every operation is
called with generated valid and invalid input (coverage of each parameter's edges, then random fuzzing), and none
may answer with a server error (5xx). Bounded so it takes a few minutes on a 2-core machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from rest_framework.authtoken.models import Token

from udsyn.demo.loader import load_demo

pytestmark = pytest.mark.schemathesis

SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
MAX_EXAMPLES = int(os.environ.get("UDSYN_SCHEMATHESIS_EXAMPLES", "10"))
MAX_SECONDS = int(os.environ.get("UDSYN_SCHEMATHESIS_SECONDS", "240"))


def test_no_operation_answers_with_a_server_error(live_server, transactional_db, settings, tmp_path, client):
    from udsyn.accounts.models import User

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_FILES_ROOT = tmp_path / "private"
    load_demo()
    token = Token.objects.create(user=User.objects.get(username="admin"))
    operations = sum(1 for item in client.get("/api/v1/openapi.json").json()["paths"].values()
                     for method in item if method in ("get", "post", "put", "patch", "delete"))
    # The token works on the live server: the run below is a logged-in user's, not a stream of 401s.
    with urllib.request.urlopen(urllib.request.Request(f"{live_server.url}/api/v1/memberships/?limit=1", headers={
            "Authorization": f"Token {token.key}"}), timeout=60) as answer:
        assert answer.status == 200 and json.load(answer)["count"] > 0
    report = tmp_path / "schemathesis.xml"
    command = [
        str(SCHEMATHESIS), "run", f"{live_server.url}/api/v1/openapi.json",
        "--header", f"Authorization: Token {token.key}", "--checks", "not_a_server_error",
        "--phases", "coverage,fuzzing", "--max-examples", str(MAX_EXAMPLES), "--max-time", str(MAX_SECONDS),
        "--workers", "1", "--seed", "9", "--request-timeout", "60", "--wait-for-schema", "60",
        "--report", "junit", "--report-junit-path", str(report), "--suppress-health-check", "all",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=MAX_SECONDS + 600,
                            env={**os.environ, "NO_COLOR": "1"})
    summary = result.stdout[-6000:]
    print(result.stdout[-2500:])  # the run's summary, shown with pytest -rP
    suite = ElementTree.parse(report).getroot()
    cases = suite.findall(".//testcase")
    failures = [f"{case.get('name')}: {(problem.text or problem.get('message') or '')[:1500]}"
                for case in cases for problem in case if problem.tag in ("failure", "error")]
    # The failing requests themselves (with a curl line to reproduce), ahead of the run's summary.
    assert result.returncode == 0 and not failures, "\n\n".join(failures) + "\n" + summary
    assert len(cases) == operations, summary  # every operation of the document was called
