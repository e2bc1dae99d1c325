#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Sandbar contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Round Table SDK's examples (shared/api-docs/001), run against the server in
ROUND_TABLE_BASE_URL / ROUND_TABLE_API_KEY. The small async client below speaks the REST paths
Sandbar uses for that SDK (README: "The APIs sandbar-local speaks") with the Python standard
library, and raises the SDK's exceptions (roundtable.exceptions) by the error's name.
"""
import asyncio
import json
import os
import urllib.error
import urllib.request
from types import SimpleNamespace


class RoundTableError(Exception):
    pass


class NotFoundError(RoundTableError):
    pass


class ValidationError(RoundTableError):
    pass


class AuthenticationError(RoundTableError):
    pass


class RateLimitError(RoundTableError):
    pass


ERRORS = {cls.__name__: cls for cls in (NotFoundError, ValidationError, AuthenticationError, RateLimitError)}


def ns(value):
    if isinstance(value, dict):
        return SimpleNamespace(**{k: ns(v) for k, v in value.items()})
    if isinstance(value, list):
        return [ns(v) for v in value]
    return value


class _Section:
    def __init__(self, client):
        self._call = client._call


class Workspaces(_Section):
    async def create(self, name, description=None):
        return await self._call("POST", "/workspaces", {"name": name, "description": description})

    async def list(self, limit=50):
        return await self._call("GET", f"/workspaces?limit={limit}")

    async def get(self, workspace_id):
        return await self._call("GET", f"/workspaces/{workspace_id}")

    async def update(self, workspace_id, **fields):
        return await self._call("PATCH", f"/workspaces/{workspace_id}", fields)

    async def delete(self, workspace_id):
        return await self._call("DELETE", f"/workspaces/{workspace_id}")


class Sandboxes(_Section):
    async def create(self, workspace_id, name, description=None, agent_config=None):
        return await self._call("POST", "/sandboxes", {"workspace_id": workspace_id, "name": name,
                                                       "description": description, "agent_config": agent_config})

    async def list(self, workspace_id, limit=50):
        return await self._call("GET", f"/sandboxes?workspace_id={workspace_id}&limit={limit}")

    async def start(self, sandbox_id):
        return await self._call("POST", f"/sandboxes/{sandbox_id}/start")

    async def stop(self, sandbox_id):
        return await self._call("POST", f"/sandboxes/{sandbox_id}/stop")

    async def status(self, sandbox_id):
        return await self._call("GET", f"/sandboxes/{sandbox_id}/status")

    async def metrics(self, sandbox_id):
        return await self._call("GET", f"/sandboxes/{sandbox_id}/metrics")

    async def delete(self, sandbox_id):
        return await self._call("DELETE", f"/sandboxes/{sandbox_id}")


class Messages(_Section):
    async def send(self, from_sandbox_id, to_sandbox_id, content):
        return await self._call("POST", "/messages", {"from_sandbox_id": from_sandbox_id,
                                                      "to_sandbox_id": to_sandbox_id, "content": content})

    async def list(self, sandbox_id, limit=100):
        return await self._call("GET", f"/messages?sandbox_id={sandbox_id}&limit={limit}")

    async def get(self, message_id):
        return await self._call("GET", f"/messages/{message_id}")

    async def broadcast(self, workspace_id, from_sandbox_id, content):
        return await self._call("POST", "/messages/broadcast", {"workspace_id": workspace_id,
                                                                "from_sandbox_id": from_sandbox_id, "content": content})


class Collaborations(_Section):
    async def orchestrate(self, workspace_id, task, participants, mode="orchestrated", config=None):
        return await self._call("POST", "/collaborations", {"workspace_id": workspace_id, "task": task,
                                                            "participants": participants, "mode": mode,
                                                            "config": config or {}})

    async def get_collaboration(self, collaboration_id):
        return await self._call("GET", f"/collaborations/{collaboration_id}")

    async def discover_agents(self, workspace_id):
        return await self._call("GET", f"/workspaces/{workspace_id}/agents")


class RoundTableClient:
    def __init__(self, api_key, base_url=None):
        self.api_key = api_key
        self.base_url = (base_url or "http://localhost:8000/api/v1").rstrip("/")
        self.workspaces, self.sandboxes = Workspaces(self), Sandboxes(self)
        self.messages, self.collaborations = Messages(self), Collaborations(self)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.close()

    async def close(self):
        pass

    async def health_check(self):
        return await self._call("GET", "/health")

    async def system_info(self):
        return await self._call("GET", "/system/info")

    async def aggregate_metrics(self, workspace_id):
        return await self._call("GET", f"/workspaces/{workspace_id}/metrics")

    async def _call(self, method, path, body=None):
        return await asyncio.to_thread(self._blocking_call, method, path, body)

    def _blocking_call(self, method, path, body):
        data = json.dumps({k: v for k, v in body.items() if v is not None}).encode() if body is not None else None
        request = urllib.request.Request(self.base_url + path, data=data, method=method,
                                         headers={"X-API-Key": self.api_key, "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as reply:
                return ns(json.loads(reply.read() or b"{}"))
        except urllib.error.HTTPError as e:
            payload = json.loads(e.read() or b"{}")
            assert set(payload) == {"error", "detail"}, payload
            error = ERRORS.get(payload["error"], RoundTableError)(payload["detail"])
            error.name, error.status = payload["error"], e.code
            raise error from None


def client_from_environment():
    return RoundTableClient(api_key=os.getenv("ROUND_TABLE_API_KEY"), base_url=os.getenv("ROUND_TABLE_BASE_URL"))


async def complete_example():
    """The document's "Complete Example", with start, a message, metrics and stop added."""
    async with client_from_environment() as client:
        workspace = await client.workspaces.create(name="Demo Project", description="Demonstrating the SDK")
        researcher = await client.sandboxes.create(workspace_id=workspace.workspace_id, name="Researcher",
                                                   agent_config={"primary_agent": "researcher", "model": "gpt-4"})
        developer = await client.sandboxes.create(workspace_id=workspace.workspace_id, name="Developer",
                                                  agent_config={"primary_agent": "developer", "model": "gpt-4"})
        started = await client.sandboxes.start(researcher.sandbox_id)
        print(f"Status: {started.status}")
        assert started.status == "running"
        await asyncio.sleep(1.1)
        status = await client.sandboxes.status(researcher.sandbox_id)
        print(f"Status: {status.status}, uptime: {status.uptime}")
        assert status.uptime >= 1

        message = await client.messages.send(from_sandbox_id=researcher.sandbox_id, to_sandbox_id=developer.sandbox_id,
                                             content={"type": "request", "action": "analyze", "data": {"key": "value"}})
        print(f"Message sent: {message.message_id}")
        details = await client.messages.get(message.message_id)
        assert details.status == "delivered" and details.content.action == "analyze"
        messages = await client.messages.list(sandbox_id=developer.sandbox_id, limit=100)
        assert [m.from_sandbox_id for m in messages.messages] == [researcher.sandbox_id]
        await client.messages.broadcast(workspace_id=workspace.workspace_id, from_sandbox_id=developer.sandbox_id,
                                        content={"type": "announcement", "message": "Hello everyone!"})

        metrics = await client.sandboxes.metrics(researcher.sandbox_id)
        print(f"Messages sent: {metrics.messages_sent}, received: {metrics.messages_received}")
        assert (metrics.messages_sent, metrics.messages_received) == (1, 1)
        totals = await client.aggregate_metrics(workspace.workspace_id)
        assert (totals.total_sandboxes, totals.total_messages) == (2, 2)

        # sandbar-local runs no language models: the collaboration is refused, never pretended.
        try:
            await client.collaborations.orchestrate(workspace_id=workspace.workspace_id, task="Build a REST API",
                                                    participants=[researcher.sandbox_id, developer.sandbox_id],
                                                    mode="orchestrated")
            raise AssertionError("a collaboration cannot have run")
        except RoundTableError as e:
            assert (e.name, e.status) == ("NotImplementedError", 501), (e.name, e.status)
            print(f"Collaboration refused: {e}")
        agents = await client.collaborations.discover_agents(workspace.workspace_id)
        assert sorted(a.agent_type for a in agents.agents) == ["developer", "researcher"]

        stopped = await client.sandboxes.stop(researcher.sandbox_id)
        assert stopped.status == "stopped" and stopped.uptime == 0

        await client.sandboxes.delete(researcher.sandbox_id)
        await client.sandboxes.delete(developer.sandbox_id)
        await client.workspaces.delete(workspace.workspace_id)


async def workspaces_and_errors():
    async with client_from_environment() as client:
        health = await client.health_check()
        info = await client.system_info()
        print(f"System status: {health.status}, version {info.version}, environment {info.environment}")
        workspace = await client.workspaces.create(name="My Project", description="A workspace for my agents")
        updated = await client.workspaces.update(workspace.workspace_id, name="Updated Name", description="New")
        assert updated.name == "Updated Name"
        listed = await client.workspaces.list(limit=50)
        assert workspace.workspace_id in [ws.workspace_id for ws in listed.workspaces]
        await client.workspaces.delete(workspace.workspace_id)
        try:
            await client.workspaces.get("ws_nonexistent")
            raise AssertionError("expected NotFoundError")
        except NotFoundError as e:
            print(f"Resource not found: {e}")
        try:
            await client.sandboxes.create(workspace_id=workspace.workspace_id, name="")
            raise AssertionError("expected an error")
        except (NotFoundError, ValidationError) as e:
            print(f"Invalid data: {e}")
        bad = RoundTableClient(api_key="not-the-key", base_url=os.getenv("ROUND_TABLE_BASE_URL"))
        try:
            await bad.health_check()
            raise AssertionError("expected AuthenticationError")
        except AuthenticationError as e:
            print(f"Authentication failed: {e}")


if __name__ == "__main__":
    asyncio.run(workspaces_and_errors())
    asyncio.run(complete_example())
    print("ok")
