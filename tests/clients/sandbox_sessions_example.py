#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Sandbar contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Sandbox Sessions SDK's own examples (shared/api-docs/000), run against the server in
SANDBOX_API_URL / SANDBOX_API_TOKEN. The small client below speaks the REST paths Sandbar
uses for that SDK (README: "The APIs sandbar-local speaks"), with the Python standard library.
"""
import json
import os
import urllib.error
import urllib.request
from datetime import datetime, timezone


class SandboxOperationError(Exception):
    def __init__(self, message, error_code=None):
        super().__init__(message)
        self.message, self.error_code = message, error_code


class UnauthorizedError(SandboxOperationError):
    pass


class SessionNotFoundError(SandboxOperationError):
    pass


class RateLimitError(SandboxOperationError):
    def __init__(self, message, limit, reset):
        super().__init__(message, "rate_limited")
        self.limit, self.reset = limit, reset


class Session:
    def __init__(self, data):
        assert set(data) == {"session_id", "status", "created_at", "expires_at", "metadata"}, data
        self.session_id = data["session_id"]
        self.status = data["status"]
        assert self.status in ("RUNNING", "PAUSED"), self.status
        self.created_at = datetime.fromisoformat(data["created_at"].replace("Z", "+00:00"))
        self.expires_at = datetime.fromisoformat(data["expires_at"].replace("Z", "+00:00"))
        self.metadata = data["metadata"]


class SessionsClient:
    def __init__(self, api_url, bearer_token, timeout=30):
        self.api_url, self.token, self.timeout = api_url.rstrip("/"), bearer_token, timeout

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def _call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.api_url + path, data=data, method=method,
                                         headers={"Authorization": "Bearer " + self.token,
                                                  "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as reply:
                text = reply.read()
                return json.loads(text) if text else None
        except urllib.error.HTTPError as error:
            payload = json.loads(error.read() or b"{}")
            message, code = payload.get("message", str(error)), payload.get("error_code")
            if error.code == 401:
                raise UnauthorizedError(message, code)
            if error.code == 404:
                raise SessionNotFoundError(message, code)
            if error.code == 429:
                raise RateLimitError(message, payload["limit"], payload["reset"])
            raise SandboxOperationError(message, code)

    def create_session(self, ttl=None, image=None, metadata=None, ssh_public_key=None):
        body = {k: v for k, v in dict(ttl=ttl, image=image, metadata=metadata,
                                      ssh_public_key=ssh_public_key).items() if v is not None}
        return Session(self._call("POST", "/sessions", body))

    def get_session(self, session_id):
        return Session(self._call("GET", "/sessions/" + session_id))

    def list_sessions(self, limit=50, offset=0):
        result = self._call("GET", f"/sessions?limit={limit}&offset={offset}")
        assert set(result) == {"total", "sessions", "limit", "offset"}, result
        result["sessions"] = [Session(s) for s in result["sessions"]]
        return result

    def delete_session(self, session_id):
        self._call("DELETE", "/sessions/" + session_id)

    def run_code(self, session_id, code, language="python", timeout=60):
        result = self._call("POST", f"/sessions/{session_id}/code",
                            {"code": code, "language": language, "timeout": timeout})
        assert set(result) == {"status", "exitCode", "stdout", "stderr"}, result
        return result


def main():
    api_url, token = os.environ["SANDBOX_API_URL"], os.environ["SANDBOX_API_TOKEN"]
    with SessionsClient(api_url=api_url, bearer_token=token) as client:
        # Complete Example: create, verify, list, clean up.
        session = client.create_session(ttl=3600, image="python:3.11", metadata={"project": "demo"})
        print(f"Created: {session.session_id}")
        details = client.get_session(session.session_id)
        print(f"Status: {details.status}")
        assert details.metadata == {"project": "demo"}
        seconds_left = (details.expires_at - datetime.now(timezone.utc)).total_seconds()
        assert 3500 < seconds_left <= 3601, seconds_left

        # Batch Create, then List and Filter with pagination.
        sessions = [client.create_session(metadata={"environment": env}) for env in ["dev", "staging", "prod"]]
        result = client.list_sessions(limit=2, offset=0)
        assert result["total"] == 4 and len(result["sessions"]) == 2 and result["limit"] == 2, result
        everything = client.list_sessions(limit=100)["sessions"]
        staging = [s for s in everything if s.metadata.get("environment") == "staging"]
        assert len(staging) == 1
        print(f"Total sessions: {result['total']}")

        # Run Code in each documented language.
        out = client.run_code(session.session_id, 'print("Hello")', language="python", timeout=30)
        assert (out["status"], out["exitCode"], out["stdout"]) == ("success", 0, "Hello\n"), out
        out = client.run_code(session.session_id, "console.log(6 * 7)", language="javascript")
        assert out["stdout"] == "42\n", out
        out = client.run_code(session.session_id, "echo $((6 * 7)); exit 3", language="bash")
        assert (out["status"], out["exitCode"], out["stdout"]) == ("error", 3, "42\n"), out
        out = client.run_code(session.session_id, "import time; time.sleep(5)", timeout=1)
        assert out["status"] == "timeout", out

        # Error Handling.
        try:
            client.create_session(ttl=30)
            raise AssertionError("a TTL under 60 s was accepted")
        except SandboxOperationError as e:
            assert e.error_code == "bad_request", e.error_code
            print(f"Error: {e.message} (code: {e.error_code})")
        for s in sessions:
            client.delete_session(s.session_id)
        try:
            client.get_session(sessions[0].session_id)
            raise AssertionError("a deleted session was found")
        except SessionNotFoundError as e:
            print(f"Not found: {e.message}")
    try:
        SessionsClient(api_url=api_url, bearer_token="wrong").list_sessions()
        raise AssertionError("a wrong token was accepted")
    except UnauthorizedError as e:
        print(f"Auth failed: {e.message}")
    with SessionsClient(api_url=api_url, bearer_token=token) as client:
        client.delete_session(session.session_id)
        assert client.list_sessions()["total"] == 0
    print("Deleted")


if __name__ == "__main__":
    main()
