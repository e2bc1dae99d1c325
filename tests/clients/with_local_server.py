#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Sandbar contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a command against a fresh sandbar-local on 127.0.0.1, then stops the server.

Usage: with_local_server.py SANDBAR_LOCAL [--e2b-idle S] -- COMMAND...

The command finds the server the way each API's SDK documents it:
SANDBOX_API_URL (.../v1) and SANDBOX_API_TOKEN for Sandbox Sessions, E2B_API_URL and
E2B_API_KEY for E2B sessions, COGNITORA_BASE_URL and COGNITORA_API_KEY for Cognitora,
ROUND_TABLE_BASE_URL (.../api/v1) and ROUND_TABLE_API_KEY for Round Table,
SANDBAR_LOCAL_URL for the Agent Sandboxes API.
"""
import os
import subprocess
import sys
import tempfile
import time


def main():
    if "--" not in sys.argv:
        sys.exit(__doc__)
    split = sys.argv.index("--")
    server_args, command = sys.argv[1:split], sys.argv[split + 1:]
    binary, extra = server_args[0], server_args[1:]
    token = "client-test-token"
    with tempfile.TemporaryDirectory(prefix="sandbar-clients-") as data:
        server = subprocess.Popen([binary, "--data-dir", data, "--token", token, "--rate-limit", "0", *extra],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        endpoint = os.path.join(data, "endpoint")
        deadline = time.monotonic() + 20
        while not os.path.exists(endpoint):
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                sys.exit("sandbar-local did not start: " + (server.stderr.read() if server.stderr else ""))
            time.sleep(0.05)
        with open(endpoint) as f:
            url = f.read().strip()
        env = dict(os.environ, SANDBAR_LOCAL_URL=url, SANDBOX_API_URL=url + "/v1", SANDBOX_API_TOKEN=token,
                   E2B_API_URL=url, E2B_API_KEY=token, COGNITORA_BASE_URL=url, COGNITORA_API_KEY=token,
                   ROUND_TABLE_BASE_URL=url + "/api/v1", ROUND_TABLE_API_KEY=token)
        try:
            result = subprocess.run(command, env=env, timeout=300)
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        sys.exit(result.returncode)


if __name__ == "__main__":
    main()
