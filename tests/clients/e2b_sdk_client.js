// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// E2B's own published client, @devbookhq/sdk's `api` (an OpenAPI client of the SessionsApi),
// against the server in E2B_API_URL: list, create, refresh and delete through it.
// NODE_PATH points at the node_modules tools/dev.sh installed (npm ci of e2b-sdk/).
'use strict';
const assert = require('node:assert/strict');
const { api } = require('@devbookhq/sdk');

async function main() {
  api.configure({ baseUrl: process.env.E2B_API_URL });
  const key = process.env.E2B_API_KEY;
  const list = api.path('/sessions').method('get').create({ api_key: true });
  const create = api.path('/sessions').method('post').create({ api_key: true });
  const remove = api.path('/sessions/{sessionID}').method('delete').create({ api_key: true });
  const refresh = api.path('/sessions/{sessionID}/refresh').method('post').create({ api_key: true });

  const created = await create({ api_key: key, codeSnippetID: 'Nodejs', editEnabled: false });
  assert.equal(created.status, 201);
  assert.deepEqual(Object.keys(created.data).sort(), ['clientID', 'codeSnippetID', 'editEnabled', 'sessionID']);
  const id = created.data.sessionID;

  const listed = await list({ api_key: key });
  assert.equal(listed.status, 200);
  assert.ok(listed.data.some((s) => s.sessionID === id && s.codeSnippetID === 'Nodejs'));

  assert.equal((await refresh({ api_key: key, sessionID: id })).status, 204);
  assert.equal((await remove({ api_key: key, sessionID: id })).status, 204);
  assert.ok(!(await list({ api_key: key })).data.some((s) => s.sessionID === id));

  // The SDK's typed errors carry the documented {code, message} body.
  await assert.rejects(refresh({ api_key: key, sessionID: id }), (e) => e.status === 404 && e.data.code === 404);
  await assert.rejects(list({ api_key: 'wrong' }), (e) => e.status === 401 && typeof e.data.message === 'string');
  console.log('ok: @devbookhq/sdk api listed, created, refreshed and deleted a session');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
