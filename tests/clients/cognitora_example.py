#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Sandbar contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Cognitora SDK's own examples (shared/api-docs/003), run against the server in
COGNITORA_BASE_URL / COGNITORA_API_KEY. The small client below speaks the REST paths Sandbar
uses for that SDK (README: "The APIs sandbar-local speaks"), with the Python standard library,
and reads the {"data": ...} envelope the SDK's examples read.
"""
import json
import os
import time
import urllib.error
import urllib.request
from types import SimpleNamespace


class CognitoraError(Exception):
    def __init__(self, message, status_code=None, response_data=None):
        super().__init__(message)
        self.status_code, self.response_data = status_code, response_data


class AuthenticationError(CognitoraError):
    pass


class RateLimitError(CognitoraError):
    pass


def ns(value):
    """JSON objects as attributes (result.data.status), as the SDK's dataclasses read."""
    if isinstance(value, dict):
        return SimpleNamespace(**{k: ns(v) for k, v in value.items()})
    if isinstance(value, list):
        return [ns(v) for v in value]
    return value


class _Api:
    def __init__(self, base_url, api_key):
        self.base_url, self.api_key = base_url.rstrip("/"), api_key

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base_url + path, data=data, method=method,
                                         headers={"Authorization": "Bearer " + self.api_key,
                                                  "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as reply:
                return json.loads(reply.read() or b"{}")
        except urllib.error.HTTPError as e:
            payload = json.loads(e.read() or b"{}")
            error = payload.get("error", {})
            assert set(error) >= {"code", "message", "status"}, payload
            kind = {401: AuthenticationError, 429: RateLimitError}.get(e.code, CognitoraError)
            raise kind(error["message"], e.code, payload) from None


class CodeInterpreter:
    def __init__(self, api):
        self.api = api

    def execute(self, code, language="python", session_id=None, files=None, timeout_seconds=60,
                environment=None, networking=None):
        body = {"code": code, "language": language, "timeout_seconds": timeout_seconds}
        for key, value in (("session_id", session_id), ("files", files), ("environment", environment),
                           ("networking", networking)):
            if value is not None:
                body[key] = value
        return ns(self.api.call("POST", "/api/v1/interpreter/execute", body))

    def run_with_files(self, code, files, language="python", session_id=None):
        return self.execute(code, language, session_id, files=[vars(f) for f in files])

    def create_session(self, language="python", timeout_seconds=None, expires_at=None, environment=None,
                       resources=None):
        body = {"language": language}
        for key, value in (("timeout_seconds", timeout_seconds), ("expires_at", expires_at),
                           ("environment", environment), ("resources", resources)):
            if value is not None:
                body[key] = value
        return ns(self.api.call("POST", "/api/v1/interpreter/sessions", body)["data"])

    def list_sessions(self):
        return ns(self.api.call("GET", "/api/v1/interpreter/sessions")["data"]["sessions"])

    def get_session(self, session_id):
        return ns(self.api.call("GET", f"/api/v1/interpreter/sessions/{session_id}")["data"])

    def delete_session(self, session_id):
        return self.api.call("DELETE", f"/api/v1/interpreter/sessions/{session_id}")["data"]

    def get_session_logs(self, session_id, limit=50, offset=0):
        return self.api.call("GET", f"/api/v1/interpreter/sessions/{session_id}/logs?limit={limit}&offset={offset}")["data"]["logs"]

    def list_all_executions(self, limit=50, offset=0, status=None):
        query = f"limit={limit}&offset={offset}" + (f"&status={status}" if status else "")
        return self.api.call("GET", f"/api/v1/interpreter/executions?{query}")["data"]["executions"]

    def get_execution(self, execution_id):
        return self.api.call("GET", f"/api/v1/interpreter/executions/{execution_id}")["data"]

    def get_session_executions(self, session_id, limit=50, offset=0):
        return self.api.call("GET", f"/api/v1/interpreter/sessions/{session_id}/executions?limit={limit}&offset={offset}")["data"]["executions"]


class Containers:
    def __init__(self, api):
        self.api = api

    def create_container(self, image, command, cpu_cores, memory_mb, max_cost_credits, networking=None, **kwargs):
        body = dict(image=image, command=command, cpu_cores=cpu_cores, memory_mb=memory_mb,
                    max_cost_credits=max_cost_credits, **kwargs)
        if networking is not None:
            body["networking"] = networking
        return ns(self.api.call("POST", "/api/v1/compute/containers", body)["data"])

    def get_container(self, container_id):
        return ns(self.api.call("GET", f"/api/v1/compute/containers/{container_id}")["data"])

    def list_containers(self, limit=50, offset=0, status=None):
        query = f"limit={limit}&offset={offset}" + (f"&status={status}" if status else "")
        return ns(self.api.call("GET", f"/api/v1/compute/containers?{query}")["data"]["containers"])

    def cancel_container(self, container_id):
        return self.api.call("POST", f"/api/v1/compute/containers/{container_id}/cancel", {})["data"]

    def get_container_logs(self, container_id):
        return self.api.call("GET", f"/api/v1/compute/containers/{container_id}/logs")["data"]["logs"]

    def get_container_executions(self, container_id):
        return self.api.call("GET", f"/api/v1/compute/containers/{container_id}/executions")["data"]["executions"]

    def list_all_container_executions(self, limit=50, offset=0, status=None):
        query = f"limit={limit}&offset={offset}" + (f"&status={status}" if status else "")
        return self.api.call("GET", f"/api/v1/compute/containers/executions?{query}")["data"]["executions"]

    def get_container_execution(self, execution_id):
        return self.api.call("GET", f"/api/v1/compute/containers/executions/{execution_id}")["data"]

    def estimate_cost(self, cpu_cores, memory_mb, storage_gb=5, gpu_count=0, timeout_seconds=300):
        return self.api.call("POST", "/api/v1/compute/containers/estimate-cost",
                             dict(cpu_cores=cpu_cores, memory_mb=memory_mb, storage_gb=storage_gb,
                                  gpu_count=gpu_count, timeout_seconds=timeout_seconds))["data"]

    def wait_for_completion(self, container_id, timeout_seconds=300, poll_interval=5):
        deadline = time.monotonic() + timeout_seconds
        while time.monotonic() < deadline:
            container = self.get_container(container_id)
            if container.status in ("completed", "failed", "cancelled"):
                return container
            time.sleep(poll_interval)
        raise CognitoraError(f"container {container_id} did not finish in {timeout_seconds} s")


class Cognitora:
    def __init__(self, api_key=None, base_url=None, timeout=30):
        api = _Api(base_url or os.environ.get("COGNITORA_BASE_URL", "https://api.cognitora.dev"),
                   api_key or os.environ["COGNITORA_API_KEY"])
        self.code_interpreter = CodeInterpreter(api)
        self.containers = Containers(api)


class FileUpload:
    def __init__(self, name, content, encoding="string"):
        self.name, self.content, self.encoding = name, content, encoding


def main():
    client = Cognitora()

    # Quick Start.
    result = client.code_interpreter.execute(code="print('Hello from Cognitora!')", language="python", networking=False)
    print(f"Status: {result.data.status}")
    for output in result.data.outputs:
        print(f"{output.type}: {output.data}")
    assert result.data.status == "completed"
    assert result.data.outputs[0].data == "Hello from Cognitora!\n"

    # Session persistence.
    session = client.code_interpreter.create_session(language="python", timeout_seconds=3600,
                                                     resources={"cpu_cores": 1, "memory_mb": 1024, "storage_gb": 1})
    print(f"Session created: {session.session_id}")
    client.code_interpreter.execute(code="x = 42; y = 'Hello World'", session_id=session.session_id)
    result2 = client.code_interpreter.execute(code="print(f'x = {x}, y = {y}')", session_id=session.session_id)
    print(result2.data.outputs[0].data)
    assert result2.data.outputs[0].data == "x = 42, y = Hello World\n"
    assert any(s.session_id == session.session_id for s in client.code_interpreter.list_sessions())

    # Files sent with a run.
    files = [FileUpload("data.csv", "name,age,city\nJohn,30,NYC\nJane,25,LA"),
             FileUpload("script.py", "print(open('data.csv').read().splitlines()[2])")]
    with_files = client.code_interpreter.run_with_files(code="exec(open('script.py').read())", files=files)
    assert with_files.data.outputs[0].data == "Jane,25,LA\n", with_files.data.outputs

    # History.
    session_executions = client.code_interpreter.get_session_executions(session.session_id)
    print(f"Session has {len(session_executions)} executions")
    assert len(session_executions) == 2
    completed = client.code_interpreter.list_all_executions(limit=20, status="completed")
    print(f"Found {len(completed)} completed executions")
    assert len(completed) == 4
    details = client.code_interpreter.get_execution(session_executions[0]["id"])
    print(f"Execution status: {details['status']}")
    assert details["status"] == "completed"
    logs = client.code_interpreter.get_session_logs(session.session_id)
    assert [line["message"] for line in logs] == ["x = 42, y = Hello World"], logs

    # Errors come back as errors.
    failed = client.code_interpreter.execute(code="raise ValueError('Test error')", session_id=session.session_id)
    assert failed.data.status == "failed" and failed.data.outputs[-1].type == "error"
    try:
        client.code_interpreter.get_session("no-such-session")
        raise AssertionError("a missing session was found")
    except CognitoraError as e:
        assert e.status_code == 404, e.status_code
    try:
        Cognitora(api_key="cgk_wrong").code_interpreter.list_sessions()
        raise AssertionError("a wrong key was accepted")
    except AuthenticationError:
        pass
    client.code_interpreter.delete_session(session.session_id)

    # Containers: estimate, run with logs, cancel.
    estimate = client.containers.estimate_cost(cpu_cores=1.0, memory_mb=512, storage_gb=5, timeout_seconds=300)
    print(f"Estimated cost: {estimate['estimated_credits']} credits")
    execution = client.containers.create_container(
        image="docker.io/library/python:3.11-slim",
        command=["python", "-c", "print('Hello from secure container!')"],
        cpu_cores=1.0, memory_mb=512, max_cost_credits=5, networking=False)
    print(f"Container ID: {execution.id}")
    completed_container = client.containers.wait_for_completion(execution.id, timeout_seconds=60, poll_interval=0.5)
    print(f"Container completed: {completed_container.status}")
    assert completed_container.status == "completed"
    container_logs = client.containers.get_container_logs(execution.id)
    assert [line["message"] for line in container_logs] == ["Hello from secure container!"], container_logs
    assert len(client.containers.get_container_executions(execution.id)) == 1

    long_running = client.containers.create_container(
        image="docker.io/library/python:3.11-slim",
        command=["python", "-c", "import time\nfor i in range(100):\n    print(f'Processing step {i+1}/100', flush=True)\n    time.sleep(2)"],
        cpu_cores=1.0, memory_mb=512, max_cost_credits=50, timeout_seconds=3600, networking=False)
    try:
        client.containers.wait_for_completion(long_running.id, timeout_seconds=3, poll_interval=0.5)
        raise AssertionError("the long task finished early")
    except CognitoraError:
        print("Container taking too long, cancelling...")
        print(f"Cancellation result: {client.containers.cancel_container(long_running.id)}")
    cancelled = client.containers.get_container(long_running.id)
    print(f"Final status: {cancelled.status}")
    assert cancelled.status == "cancelled"
    assert client.containers.get_container_logs(long_running.id)[0]["message"] == "Processing step 1/100"
    assert any(c.id == long_running.id for c in client.containers.list_containers(status="cancelled"))
    all_runs = client.containers.list_all_container_executions(limit=50)
    assert {e["container_id"] for e in all_runs} >= {execution.id, long_running.id}
    print("All Cognitora examples passed.")


if __name__ == "__main__":
    main()
