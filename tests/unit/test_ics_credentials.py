"""CalDAV credentials come from the caller, the environment or the keyring, never a file."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.credentials import SimpleCredential

from almere_missions.calendars import credentials
from almere_missions.errors import InvalidInput


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)

    def get_credential(self, service, username):
        for (svc, user), pw in self.store.items():
            if svc == service and (username is None or user == username):
                return SimpleCredential(user, pw)
        return None


@pytest.fixture
def memory_keyring(monkeypatch):
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    monkeypatch.delenv(credentials.ENV_USERNAME, raising=False)
    monkeypatch.delenv(credentials.ENV_PASSWORD, raising=False)
    yield ring
    keyring.set_keyring(previous)


def test_keyring_holds_the_password_per_server(memory_keyring):
    credentials.store("https://dav.example.org/cal/", "iz-office", "s3cret")
    assert memory_keyring.store == {
        ("almere-missions caldav https://dav.example.org", "iz-office"): "s3cret"}
    found = credentials.resolve("https://dav.example.org/cal/")
    assert (found.username, found.password) == ("iz-office", "s3cret")
    assert "s3cret" not in repr(found)
    # a user name in the URL picks that user's entry; another server has none
    assert credentials.resolve("https://iz-office@dav.example.org/").password == "s3cret"
    assert credentials.resolve("https://other.example.org/").password is None
    credentials.forget("https://dav.example.org/", "iz-office")
    assert memory_keyring.store == {}


def test_environment_comes_before_the_keyring_and_arguments_before_both(memory_keyring,
                                                                          monkeypatch):
    credentials.store("https://dav.example.org/", "iz-office", "from-keyring")
    monkeypatch.setenv(credentials.ENV_USERNAME, "env-user")
    monkeypatch.setenv(credentials.ENV_PASSWORD, "from-env")
    found = credentials.resolve("https://dav.example.org/")
    assert (found.username, found.password) == ("env-user", "from-env")
    found = credentials.resolve("https://dav.example.org/", "arg-user", "from-arg")
    assert (found.username, found.password) == ("arg-user", "from-arg")


def test_no_keyring_on_the_machine_means_no_password(monkeypatch):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv(credentials.ENV_PASSWORD, raising=False)
    try:
        assert credentials.resolve("http://127.0.0.1:5232/", "iz").password is None
        with pytest.raises(Exception, match="keyring"):
            credentials.store("http://127.0.0.1:5232/", "iz", "x")
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize("url, words", [
    ("https://iz:secret@dav.example.org/", "password"),
    ("ftp://dav.example.org/", "CalDAV address"),
    ("dav.example.org", "CalDAV address"),
])
def test_bad_addresses_are_refused_naming_the_field(url, words):
    with pytest.raises(InvalidInput, match=words) as err:
        credentials.resolve(url)
    assert err.value.field == "caldav"
