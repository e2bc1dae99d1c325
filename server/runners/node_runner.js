// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A JavaScript code context: one persistent vm context, driven over the socket on fd 3 with
// one JSON object per line (see python_runner.py). SIGINT interrupts a run.
'use strict';
const net = require('net');
const util = require('util');
const vm = require('vm');

const socket = new net.Socket({ fd: 3, readable: true, writable: true });
const send = (event) => socket.write(JSON.stringify(event) + '\n');
let cap = 1 << 20;
let sent = { stdout: 0, stderr: 0 };
let cut = new Set();
let count = 0;

function emit(stream, text) {
    if (!text) return;
    const room = cap - sent[stream];
    if (room <= 0) {
        if (!cut.has(stream)) { cut.add(stream); send({ t: 'truncated', stream }); }
        return;
    }
    const piece = text.slice(0, room);
    sent[stream] += piece.length;
    send({ t: stream, text: piece });
    if (piece.length < text.length) emit(stream, text.slice(piece.length));
}

const format = (args) => util.formatWithOptions({ colors: false }, ...args) + '\n';
const sandboxConsole = {
    log: (...args) => emit('stdout', format(args)),
    info: (...args) => emit('stdout', format(args)),
    debug: (...args) => emit('stdout', format(args)),
    warn: (...args) => emit('stderr', format(args)),
    error: (...args) => emit('stderr', format(args)),
    dir: (value) => emit('stdout', util.inspect(value) + '\n'),
};
const context = vm.createContext({
    console: sandboxConsole, require, process, Buffer, URL, TextEncoder, TextDecoder,
    setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
    queueMicrotask, structuredClone,
});
process.on('SIGINT', () => {}); // between runs an interrupt has nothing to stop

function reportError(error) {
    const name = (error && error.name) || 'Error';
    const value = (error && error.message !== undefined) ? String(error.message) : String(error);
    send({ t: 'error', name, value, traceback: (error && error.stack) ? String(error.stack) : `${name}: ${value}` });
}

async function run(request) {
    cap = request.cap || cap;
    sent = { stdout: 0, stderr: 0 };
    cut = new Set();
    count += 1;
    let interrupted = false;
    try {
        send({ t: 'started' }); // from here on an interrupt reaches this cell
        let value = vm.runInContext(request.code, context, { filename: `cell-${count}`, breakOnSigint: true });
        if (value && typeof value.then === 'function') value = await value;
        if (value !== undefined) send({ t: 'result', data: { 'text/plain': util.inspect(value) }, count });
    } catch (error) {
        interrupted = !!(error && /interrupted/.test(String(error.message)));
        reportError(error);
    }
    send({ t: 'done', count, interrupted });
}

let buffer = '';
let queue = Promise.resolve();
socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const request = JSON.parse(line);
        queue = queue.then(() => run(request));
    }
});
socket.on('end', () => process.exit(0));
socket.on('error', () => process.exit(0));
