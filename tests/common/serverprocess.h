// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QTemporaryFile>
#include <QUrl>

// Runs the real sandbar-local executable on a free loopback port for a test.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // Starts `sandbar-local --listen 127.0.0.1:0 --data-dir DIR --token TOKEN ARGS...` and waits
    // for its "listening on" line. An empty token lets the server read or create its own.
    bool start(const QString &dataDir, const QByteArray &token, const QStringList &extraArgs = {},
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // SIGTERM and wait; returns the exit code, or -1 if it crashed or did not exit in time.
    int stop(int timeoutMs = 15000);

    QUrl url() const { return m_url; }
    QByteArray token() const { return m_token; }
    qint64 pid() const { return m_process.processId(); }
    QString errorOutput();
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QUrl m_url;
    QByteArray m_token;
    // The server's log goes to a file: a pipe nobody reads would fill and block the server.
    QTemporaryFile m_stderrFile;
};

// PIDs of the host processes that belong to sandbox `sandboxId`, found by the
// SANDBAR_SANDBOX_ID variable sandbar-local sets in every sandbox process.
QList<qint64> sandboxProcesses(const QString &sandboxId);
