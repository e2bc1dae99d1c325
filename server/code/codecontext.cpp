// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "code/codecontext.h"

#include "agent/agentprotocol.h"
#include "sandboxes/agentclient.h"
#include "core/api/apitypes.h"
#include "logging.h"

#include <QJsonDocument>
#include <QLocalSocket>
#include <QtEndian>

#include <csignal>
#include <cstring>
#include <unistd.h>

namespace Sandbar::Server {

namespace {
// After an interrupt a run has this long to wind down before its interpreter is killed.
constexpr int kInterruptGraceMs = 3000;
constexpr int kStartTimeoutMs = 30'000;
constexpr qsizetype kMaxPendingBytes = 64 << 20;
} // namespace

CodeContext::CodeContext(Info info, std::function<int()> agentControl, QObject *parent)
    : QObject(parent), m_info(std::move(info)), m_agentControl(std::move(agentControl))
{
    m_timeout.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_state == State::Starting) {
            close(QStringLiteral("the %1 interpreter did not start in time").arg(m_info.language));
            return;
        }
        // The run is over its time: interrupt it, and kill the interpreter if that is not enough.
        m_outcome.timedOut = true;
        interrupt();
        m_killTimer.start(kInterruptGraceMs);
    });
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        signalInterpreter(SIGKILL);
        close(QStringLiteral("the run did not stop when interrupted, so its context was ended"));
    });
}

CodeContext::~CodeContext()
{
    if (m_state != State::Closed)
        close(QStringLiteral("the context was deleted"));
}

void CodeContext::start(const QStringList &argv, const QStringList &env, std::function<void(const QString &)> ready)
{
    m_ready = std::move(ready);
    QString error;
    const int fd = openAgentStream(m_agentControl(), &error);
    if (fd < 0) {
        close(error);
        return;
    }
    m_socket = new QLocalSocket(this);
    if (!m_socket->setSocketDescriptor(fd)) {
        ::close(fd);
        close(QStringLiteral("cannot use the agent connection"));
        return;
    }
    connect(m_socket, &QLocalSocket::readyRead, this, &CodeContext::onReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, [this] {
        close(QStringLiteral("the %1 interpreter ended").arg(m_info.language));
    });
    m_socket->write(AgentRequest::spawn(m_info.cwd, argv, env));
    m_timeout.start(kStartTimeoutMs);
}

void CodeContext::onReadyRead()
{
    m_buffer += m_socket->readAll();
    // The interpreter's stream is reachable from the code it runs: whatever arrives is bounded.
    if (m_buffer.size() > kMaxPendingBytes) {
        close(QStringLiteral("the %1 interpreter sent malformed output").arg(m_info.language));
        return;
    }
    if (m_state == State::Starting) {
        handleStartFrame();
        if (m_state != State::Ready)
            return;
    }
    qsizetype newline;
    while (m_state == State::Ready && (newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        handleLine(line);
    }
}

void CodeContext::handleStartFrame()
{
    // The agent's answer to the spawn request: one frame, FrameDone with the PID or FrameError.
    if (m_buffer.size() < 5)
        return;
    quint32 length;
    std::memcpy(&length, m_buffer.constData() + 1, 4);
    length = qFromLittleEndian(length);
    if (length > 65536) {
        close(QStringLiteral("the sandbox's agent sent a malformed answer"));
        return;
    }
    if (m_buffer.size() < 5 + qsizetype(length))
        return;
    const char type = m_buffer.at(0);
    const QByteArray payload = m_buffer.mid(5, length);
    m_buffer.remove(0, 5 + length);
    if (type == AgentProtocol::FrameDone && payload.size() >= 8) {
        quint64 pid;
        std::memcpy(&pid, payload.constData(), 8);
        m_pid = quint32(qFromLittleEndian(pid));
        m_state = State::Ready;
        m_timeout.stop();
        if (auto ready = std::move(m_ready))
            ready(QString());
        sendNext();
        return;
    }
    const QString message = type == AgentProtocol::FrameError && payload.size() >= 4
                                ? QString::fromUtf8(payload.mid(4))
                                : QStringLiteral("the %1 interpreter could not start").arg(m_info.language);
    close(message);
}

void CodeContext::run(const QString &code, int timeoutMs, quint32 capBytes, EventSink sink, Finished finished)
{
    if (m_state == State::Closed) {
        CodeRunOutcome outcome;
        outcome.failure = QStringLiteral("the context has ended");
        finished(outcome);
        return;
    }
    m_queue.push_back({code, timeoutMs, capBytes, std::move(sink), std::move(finished), {}});
    sendNext();
}

bool CodeContext::ask(const QJsonObject &request, int timeoutMs, Finished finished)
{
    if (m_state != State::Ready || busy())
        return false;
    m_queue.push_back(PendingRun{QString(), timeoutMs, 1 << 20, {}, std::move(finished), request});
    sendNext();
    return true;
}

void CodeContext::sendNext()
{
    if (m_state != State::Ready || m_running || m_queue.empty())
        return;
    const PendingRun &next = m_queue.front();
    m_running = true;
    m_started = false;
    m_interruptPending = false;
    m_outcome = CodeRunOutcome();
    m_outcomeBytes = 0;
    m_outcomeCut = false;
    m_info.lastUsed = QDateTime::currentDateTimeUtc();
    const QJsonObject request = !next.request.isEmpty()
                                    ? next.request
                                    : QJsonObject{{QStringLiteral("code"), next.code}, {QStringLiteral("cap"), qint64(next.capBytes)}};
    m_socket->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    m_timeout.start(next.timeoutMs);
}

void CodeContext::handleLine(const QByteArray &line)
{
    if (!m_running || m_queue.empty())
        return; // nothing asked; a runner only speaks when spoken to
    QJsonObject event = QJsonDocument::fromJson(line).object();
    if (event.isEmpty())
        return;
    const QString type = event.value(QStringLiteral("t")).toString();
    if (type == QLatin1String("started")) {
        m_started = true;
        if (std::exchange(m_interruptPending, false))
            signalInterpreter(SIGINT);
        return;
    }
    event.insert(QStringLiteral("timestamp"), Api::formatTimestamp(QDateTime::currentDateTimeUtc()));
    // The runner caps its output; this bounds what is kept even if a run misbehaves (a
    // character may take several bytes once escaped, hence the factor).
    const PendingRun &current = m_queue.front();
    m_outcomeBytes += line.size();
    if (type != QLatin1String("done") && m_outcomeBytes > qint64(current.capBytes) * 6 + (1 << 20)) {
        if (!m_outcomeCut) {
            m_outcomeCut = true;
            QJsonObject cut{{QStringLiteral("t"), QStringLiteral("truncated")}, {QStringLiteral("stream"), QStringLiteral("stdout")},
                            {QStringLiteral("timestamp"), event.value(QStringLiteral("timestamp"))}};
            if (current.sink)
                current.sink(cut);
            else
                m_outcome.events.append(cut);
        }
        return;
    }
    // A run with a sink has had its events: they are not kept twice (a flood would be held whole).
    if (current.sink)
        current.sink(event);
    else
        m_outcome.events.append(event);
    if (type == QLatin1String("done"))
        finishCurrent();
}

void CodeContext::finishCurrent()
{
    m_timeout.stop();
    m_killTimer.stop();
    m_running = false;
    PendingRun run = std::move(m_queue.front());
    m_queue.pop_front();
    const CodeRunOutcome outcome = std::move(m_outcome);
    m_outcome = CodeRunOutcome();
    if (run.finished)
        run.finished(outcome);
    sendNext();
}

bool CodeContext::interrupt()
{
    if (m_state != State::Ready || !m_running)
        return false;
    // A completion or inspection is no run: nothing to interrupt (and it ends by itself).
    if (!m_queue.empty() && !m_queue.front().request.isEmpty())
        return false;
    // A signal that reaches the runner before the cell begins would be ignored (between runs
    // an interrupt must change nothing): it waits for the runner's "started".
    if (m_started)
        signalInterpreter(SIGINT);
    else
        m_interruptPending = true;
    return true;
}

void CodeContext::signalInterpreter(int signal)
{
    const int control = m_agentControl();
    if (m_pid == 0 || control < 0)
        return; // nothing to signal, or the sandbox (and every process in it) is gone
    // Owned by the manager: the request must go out even if this context is deleted next.
    AgentCall::start(control, AgentRequest::signal(m_pid, quint32(signal)), 5000, 0,
                     parent() ? parent() : this, [](const AgentResult &) {});
}

void CodeContext::close(const QString &reason)
{
    if (m_state == State::Closed)
        return;
    const bool wasStarting = m_state == State::Starting;
    m_state = State::Closed;
    m_timeout.stop();
    m_killTimer.stop();
    if (m_pid != 0)
        signalInterpreter(SIGKILL); // also when the stream is still open: nothing outlives its context
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    qCInfo(lcSandbox).noquote() << "code context" << m_info.id << "closed:" << reason;
    if (wasStarting) {
        if (auto ready = std::move(m_ready))
            ready(reason);
    }
    std::deque<PendingRun> queue = std::move(m_queue);
    m_queue.clear();
    bool first = true;
    for (PendingRun &run : queue) {
        CodeRunOutcome outcome = first && m_running ? std::move(m_outcome) : CodeRunOutcome();
        outcome.failure = reason;
        first = false;
        if (run.finished)
            run.finished(outcome);
    }
    m_running = false;
    emit closed(m_info.id);
}

} // namespace Sandbar::Server
