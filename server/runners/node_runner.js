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

// Completion and inspection: names of the context's globals, or the properties (along the
// prototype chain) of a dotted path before the cursor. Only such a path is evaluated: no calls.
const keywords = ['await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete',
    'do', 'else', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
    'let', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'undefined', 'var',
    'void', 'while', 'with', 'yield'];

// `path` is identifiers and dots only (the regular expressions below): no call can hide in it.
// All user code it may reach (getters, proxies' traps) runs inside these time limits.
function evaluatePath(path) {
    return vm.runInContext(path, context, { timeout: 500 });
}

function namesOf(path) {
    const script = `(() => { const names = new Set(); let o = Object(${path || 'globalThis'});
        for (let depth = 0; o !== null && o !== undefined && depth < 50; o = Object.getPrototypeOf(o), depth++) {
            for (const name of Object.getOwnPropertyNames(o)) { names.add(name); if (names.size > 5000) return [...names]; }
        } return [...names]; })()`;
    return vm.runInContext(script, context, { timeout: 500 }).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
}

// The editor counts characters (code points); JavaScript strings count UTF-16 units.
const toUnits = (code, points) => Array.from(code).slice(0, points).join('').length;
const toPoints = (code, units) => Array.from(code.slice(0, units)).length;

function answer(request) {
    const code = String(request.code || '');
    const cursor = toUnits(code, Math.max(0, request.cursor | 0));
    const before = code.slice(0, cursor);
    const match = /((?:[A-Za-z_$][\w$]*\.)*)([A-Za-z_$][\w$]*)?$/.exec(before);
    const path = match[1] ? match[1].slice(0, -1) : '';
    const prefix = match[2] || '';
    if (request.op === 'complete') {
        let names = [];
        try {
            names = path ? namesOf(path) : namesOf('').concat(keywords);
        } catch (error) { names = []; }
        const matches = [...new Set(names.filter((name) => name.startsWith(prefix)))].sort().slice(0, 500);
        send({ t: 'completions', matches, cursor_start: toPoints(code, cursor - prefix.length), cursor_end: toPoints(code, cursor) });
    } else {
        const after = /^[\w$]*/.exec(code.slice(cursor))[0];
        const name = (path ? path + '.' : '') + prefix + after;
        let text = '';
        let found = false;
        try {
            if (name) {
                const value = evaluatePath(name);
                found = true;
                if (typeof value === 'function') {
                    const source = Function.prototype.toString.call(value);
                    const head = /^[^{]*/.exec(source)[0].trim();
                    text = `${name}: ${head.startsWith('class') ? head : head.replace(/^function\s*/, '').replace(/^async function\s*/, 'async ')}`;
                    if (text.length > 300) text = text.slice(0, 300) + '…';
                } else {
                    // No custom inspectors, getters nor proxy traps: nothing of the user's runs here.
                    const shown = util.inspect(value, { depth: 0, breakLength: 80, customInspect: false, getters: false, showProxy: true });
                    text = `${name}: ${typeof value}\n\n${shown.slice(0, 2000)}`;
                }
            }
        } catch (error) { found = false; }
        send({ t: 'inspection', found, name, text });
    }
    send({ t: 'done', count, interrupted: false });
}

async function run(request) {
    if (request.op === 'complete' || request.op === 'inspect') return answer(request);
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
