// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// sandbar-local's side of the agent protocol (agent/agentprotocol.h): builds requests and
// runs one operation on a sandbox's agent asynchronously.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QLocalSocket;

namespace Sandbar::Server {

struct AgentEntry
{
    QString name;
    bool isDir = false;
    quint64 size = 0;
    qint64 mtime = 0;
};

struct AgentResult
{
    // The agent's own failure report (errno and message), or a transport failure
    // (errorCode -1) when the agent could not be reached or did not answer in time.
    int errorCode = 0;
    QString errorMessage;
    bool failed() const { return errorCode != 0; }

    QByteArray stdoutData;
    QByteArray stderrData;
    bool stdoutTruncated = false;
    bool stderrTruncated = false;
    bool exited = false;
    int exitCode = -1;
    bool timedOut = false;
    int signal = 0;

    QByteArray data;
    QList<AgentEntry> entries;
    bool done = false;
    quint64 doneSize = 0;
    QString donePath;
};

// A request as it goes out: `head`, then `payloadSize` bytes of `payload` from `payloadOffset`.
// A large payload (an upload) is sent from its owner's buffer as the stream drains, never copied
// whole.
struct AgentOutgoing
{
    QByteArray head;
    QByteArray payload;
    qsizetype payloadOffset = 0;
    qsizetype payloadSize = 0;
};

namespace AgentRequest {
QByteArray command(const QString &cwd, quint32 timeoutMs, quint32 capBytes, const QStringList &argv,
                   const QStringList &env);
QByteArray read(const QString &path, quint64 maxBytes);
// Writes `size` bytes of `source` from `offset` to `path` (`source` is shared, not copied).
AgentOutgoing write(const QString &path, const QByteArray &source, qsizetype offset, qsizetype size);
QByteArray list(const QString &path, quint32 maxEntries);
QByteArray remove(const QString &path);
QByteArray mkdir(const QString &path);
QByteArray spawn(const QString &cwd, const QStringList &argv, const QStringList &env);
QByteArray signal(quint32 pid, quint32 signal);
} // namespace AgentRequest

// One frame from the agent, split off a buffer of received bytes.
struct AgentFrame
{
    char type = 0;
    QByteArrayView payload;
};
// The frame at `at` in `buffer` (advancing `at` past it), or nullopt when it is not all there
// yet; `malformed` is set for a frame no agent sends.
std::optional<AgentFrame> takeAgentFrame(const QByteArray &buffer, qsizetype &at, bool *malformed);

namespace AgentRequest {
QByteArray readStream(const QString &path, quint64 maxBytes);
// An upload's start; `path` may be empty when it is not known yet (see agentprotocol.h).
QByteArray writeStream(const QString &path);
} // namespace AgentRequest

// Hands the agent a fresh stream and one request, synchronously: for operations that are quick
// by nature. Returns our end of the stream, or -1 with `error` set.
int openAgentStream(int controlFd, QString *error);

// One operation: a fresh stream handed to the agent over its control socket. Deletes itself
// after calling `done`. Destroying it earlier (or the sandbox ending) cancels the operation.
class AgentCall : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const AgentResult &)>;

    // `limitBytes` bounds what is kept of output or file data, whatever the agent sends.
    static void start(int controlFd, const QByteArray &request, int timeoutMs, qint64 limitBytes,
                      QObject *context, Done done);
    static void start(int controlFd, const AgentOutgoing &request, int timeoutMs, qint64 limitBytes,
                      QObject *context, Done done);

private:
    AgentCall(qint64 limitBytes, Done done, QObject *parent);
    bool open(int controlFd, const AgentOutgoing &request);
    void sendMore();
    void onReadyRead();
    void finish();
    void fail(const QString &message);

    QLocalSocket *m_socket = nullptr;
    AgentOutgoing m_outgoing;
    qsizetype m_payloadSent = 0;
    QTimer m_timeout;
    QByteArray m_buffer;
    AgentResult m_result;
    qint64 m_limit;
    Done m_done;
    bool m_finished = false;
};

} // namespace Sandbar::Server
