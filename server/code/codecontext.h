// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

class QLocalSocket;

namespace Sandbar::Server {

// What a run produced, in the order the runner reported it.
struct CodeRunOutcome
{
    QList<QJsonObject> events; // runner events, each with a "timestamp" added (runs without a sink)
    bool timedOut = false;
    QString failure; // set when the context was lost before the run finished
};

// One code context: a long-lived interpreter process inside the sandbox (runners/), spoken to
// over a stream the agent handed it. Runs are queued and go one at a time.
class CodeContext : public QObject
{
    Q_OBJECT
public:
    struct Info
    {
        QString id;
        QString sandboxId;
        QString language;
        QString cwd;
        QDateTime createdAt;
        QDateTime expiresAt;
        QDateTime lastUsed;
    };
    using EventSink = std::function<void(const QJsonObject &event)>;
    using Finished = std::function<void(const CodeRunOutcome &outcome)>;

    // `agentControl` gives the sandbox's agent control socket, or -1 once the sandbox has ended.
    CodeContext(Info info, std::function<int()> agentControl, QObject *parent = nullptr);
    ~CodeContext() override;

    // Starts the interpreter; `ready` gets an empty string, or why it could not start.
    void start(const QStringList &argv, const QStringList &env, std::function<void(const QString &)> ready);
    // Queues a run. `sink` sees every event as it arrives (for streaming); `finished` gets all.
    void run(const QString &code, int timeoutMs, quint32 capBytes, EventSink sink, Finished finished);
    // Asks the interpreter something beside running code ({"op": "complete" | "inspect", …}):
    // queued like a run; its events (the answer, then done) go to `finished`. Not while a run
    // is queued or in progress: then false, nothing is sent.
    bool ask(const QJsonObject &request, int timeoutMs, Finished finished);
    // Ends the interpreter and fails whatever is queued.
    void close(const QString &reason);
    // Interrupts the run in progress (SIGINT, as the run timeout does; the context keeps its
    // state), or the run just sent as soon as its runner says it started. False when no run
    // is in progress: nothing is sent.
    bool interrupt();

    const Info &info() const { return m_info; }
    bool alive() const { return m_state != State::Closed; }
    bool busy() const { return !m_queue.empty(); }

signals:
    void closed(const QString &id);

private:
    enum class State { Starting, Ready, Closed };
    struct PendingRun
    {
        QString code;
        int timeoutMs;
        quint32 capBytes;
        EventSink sink;
        Finished finished;
        QJsonObject request; // ask(): sent as is instead of a run's {code, cap}
    };

    void onReadyRead();
    void handleStartFrame();
    void handleLine(const QByteArray &line);
    void sendNext();
    void finishCurrent();
    void signalInterpreter(int signal);

    Info m_info;
    std::function<int()> m_agentControl;
    State m_state = State::Starting;
    QLocalSocket *m_socket = nullptr;
    QByteArray m_buffer;
    quint32 m_pid = 0;
    std::function<void(const QString &)> m_ready;
    std::deque<PendingRun> m_queue;
    bool m_running = false;
    bool m_started = false;          // the runner said the current run began
    bool m_interruptPending = false; // interrupt it once it has
    CodeRunOutcome m_outcome;
    qint64 m_outcomeBytes = 0;
    bool m_outcomeCut = false;
    QTimer m_timeout;
    QTimer m_killTimer;
};

} // namespace Sandbar::Server
