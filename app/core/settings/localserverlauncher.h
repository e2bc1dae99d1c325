// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "This computer" connection: starts the bundled sandbar-local (next to the running
// executable) on a free loopback port, reads the address from its "listening on" line and the
// token from its data directory, and stops it again, but only if it started it.

#include <QLoggingCategory>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcLauncher)

namespace Sandbar::Core {

class LocalServerLauncher : public QObject
{
    Q_OBJECT
public:
    explicit LocalServerLauncher(QObject *parent = nullptr);
    ~LocalServerLauncher() override;

    // Defaults: sandbar-local in QCoreApplication::applicationDirPath(), and the server's own
    // default data directory (QStandardPaths::GenericDataLocation + "/sandbar-local").
    static QString defaultExecutable();
    static QString defaultDataDir();
    void setExecutable(const QString &path) { m_executable = path; }
    QString dataDir() const { return m_dataDir; }

    // Starts the server; ready() or failed() follows.
    void start(int timeoutMs = 30000);
    // Stops a server this launcher started (SIGTERM, then SIGKILL after `timeoutMs`); a server
    // it did not start is left alone.
    void stop(int timeoutMs = 15000);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    bool startedByUs() const { return m_startedByUs; }
    QUrl url() const { return m_url; }
    QByteArray token() const { return m_token; }

signals:
    void ready(const QUrl &url, const QByteArray &token);
    void failed(const QString &message);
    // The server ended while in use (not through stop()).
    void exitedUnexpectedly(const QString &message);

private:
    void readOutput();
    void fail(const QString &message);

    QString m_executable;
    QString m_dataDir;
    QProcess m_process;
    QTimer m_startTimeout;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
    QUrl m_url;
    QByteArray m_token;
    bool m_startedByUs = false;
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace Sandbar::Core
