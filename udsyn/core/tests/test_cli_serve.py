"""`udsyn serve`: waitress serves the app and its static files with DEBUG off."""

import socket
import threading
import urllib.error
import urllib.request

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from udsyn.core.management.commands.serve import create_server


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def server():
    server = create_server("127.0.0.1", 0, threads=2)

    def run():
        try:
            server.run()
        except OSError:  # the teardown below closes the socket under the running loop
            pass

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
    thread.join(timeout=5)


@pytest.mark.django_db(transaction=True)
def test_static_files_are_served_with_debug_off(server):
    assert settings.DEBUG is False
    with urllib.request.urlopen(server + "/static/admin/css/base.css", timeout=10) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/css")
        assert b"body" in response.read()


@pytest.mark.django_db(transaction=True)
def test_pages_need_a_login(server):
    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as redirect:
        opener.open(server + "/", timeout=10)
    assert redirect.value.code == 302
    assert "/login/" in redirect.value.headers["Location"]


@pytest.mark.django_db
def test_a_busy_port_is_a_clear_error():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(CommandError, match=f"Cannot listen on 127.0.0.1:{port}"):
            call_command("serve", "--port", str(port))
