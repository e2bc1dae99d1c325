#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Sandbar contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""E2B's SessionsApi examples (shared/api-docs/002) against E2B_API_URL with E2B_API_KEY:
sessions_get, sessions_post, sessions_session_id_refresh_post, sessions_session_id_delete,
with the key as the api_key query parameter. The server must end a session nobody refreshes
(run it with --e2b-idle 2)."""
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request


class ApiException(Exception):
    def __init__(self, status, body):
        super().__init__(f"HTTP {status}: {body}")
        self.status, self.body = status, body


class SessionsApi:
    def __init__(self, host):
        self.host = host.rstrip("/")

    def _call(self, method, path, api_key=None, body=None):
        query = "?" + urllib.parse.urlencode({"api_key": api_key}) if api_key is not None else ""
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.host + path + query, data=data, method=method,
                                         headers={"Accept": "application/json", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as reply:
                text = reply.read()
                return reply.status, (json.loads(text) if text else None)
        except urllib.error.HTTPError as error:
            body = json.loads(error.read() or b"{}")
            assert set(body) == {"code", "message"} and body["code"] == error.code, body
            raise ApiException(error.code, body)

    def sessions_get(self, api_key):
        status, sessions = self._call("GET", "/sessions", api_key)
        assert status == 200 and isinstance(sessions, list), sessions
        for s in sessions:
            assert set(s) == {"codeSnippetID", "editEnabled", "sessionID", "clientID"}, s
        return sessions

    def sessions_post(self, new_session, api_key=None):
        status, session = self._call("POST", "/sessions", api_key, new_session)
        assert status == 201, status
        return session

    def sessions_session_id_delete(self, api_key, session_id):
        status, body = self._call("DELETE", "/sessions/" + session_id, api_key)
        assert status == 204 and body is None

    def sessions_session_id_refresh_post(self, session_id, api_key=None):
        status, body = self._call("POST", f"/sessions/{session_id}/refresh", api_key)
        assert status == 204 and body is None


def main():
    api = SessionsApi(os.environ["E2B_API_URL"])
    key = os.environ["E2B_API_KEY"]

    session = api.sessions_post({"codeSnippetID": "Python3", "editEnabled": True}, api_key=key)
    print("The response of SessionsApi->sessions_post:", session)
    assert session["codeSnippetID"] == "Python3" and session["editEnabled"] is True
    kept = session["sessionID"]
    left = api.sessions_post({"codeSnippetID": "Nodejs"}, api_key=key)["sessionID"]
    ids = [s["sessionID"] for s in api.sessions_get(key)]
    assert kept in ids and left in ids, ids

    # A session lives while it is refreshed; the other, left alone, ends.
    for _ in range(8):
        time.sleep(0.5)
        api.sessions_session_id_refresh_post(kept, api_key=key)
    ids = [s["sessionID"] for s in api.sessions_get(key)]
    assert kept in ids and left not in ids, ids
    try:
        api.sessions_session_id_refresh_post(left, api_key=key)
        raise AssertionError("an ended session was refreshed")
    except ApiException as e:
        assert e.status == 404, e
        print("Exception when calling SessionsApi->sessions_session_id_refresh_post:", e)

    for bad in (None, "wrong"):
        try:
            api.sessions_get(bad)
            raise AssertionError("a missing or wrong api_key was accepted")
        except ApiException as e:
            assert e.status == 401, e
    try:
        api.sessions_post({"editEnabled": True}, api_key=key)
        raise AssertionError("a NewSession without codeSnippetID was accepted")
    except ApiException as e:
        assert e.status == 400, e

    api.sessions_session_id_delete(key, kept)
    assert api.sessions_get(key) == []
    print("ok")


if __name__ == "__main__":
    main()
