// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routes/terminalroutes.h"

#include "http/httpfront.h"
#include "http/httpresponses.h"
#include "logging.h"
#include "routes/agentsandboxesroutes.h"
#include "sandboxes/sandboxmanager.h"
#include "terminal/terminalsession.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

namespace Sandbar::Server {

namespace {
constexpr qint64 kHandshakeMs = 30000;

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char(' ') + QString::number(port);
}

int sizeParameter(const QUrlQuery &query, const QString &name, int fallback)
{
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    return ok ? value : fallback;
}
} // namespace

TerminalRoutes::TerminalRoutes(HttpFront *front, SandboxManager *manager, QObject *parent)
    : QObject(parent), m_front(front), m_manager(manager)
{
    connect(&front->server(), &QAbstractHttpServer::newWebSocketConnection, this, &TerminalRoutes::acceptPending);
    connect(manager, &SandboxManager::sandboxEnded, this, &TerminalRoutes::closeAllOf);
    front->server().route(QStringLiteral("/v1/agents/sandboxes/<arg>/terminal"), QHttpServerRequest::Method::Get,
                          [this](const QString &id, const QHttpServerRequest &r, QHttpServerResponder &&responder) {
        const ApiShape &shape = AgentSandboxesRoutes::shape();
        // What Qt's parser takes for an upgrade: both headers.
        const bool upgrade = r.value(QByteArrayLiteral("Upgrade")).compare("websocket", Qt::CaseInsensitive) == 0 &&
                             r.value(QByteArrayLiteral("Connection")).toLower().contains("upgrade");
        QTcpSocket *socket = responder.socket();
        std::optional<QHttpServerResponse> refused = m_front->admit(shape, r);
        if (!refused) {
            const Result<int> control = m_manager->agentControl(id);
            if (!control) {
                // An ended sandbox is a 400 elsewhere; a WebSocket client reads 400 as a protocol
                // problem, so here it is what it is: a conflict with the sandbox's state.
                ApiError error = control.error();
                if (error.kind == ApiError::Kind::BadRequest)
                    error.kind = ApiError::Kind::Conflict;
                refused = toHttpResponse(error, shape);
            } else if (!upgrade) {
                refused = toHttpResponse(ApiError::badRequest(QStringLiteral(
                    "this endpoint opens a terminal: send the request as a WebSocket upgrade")), shape);
            } else if (openCountOf(id) >= kMaxPerSandbox || m_sessions.size() + m_admitted.size() >= kMaxInAll) {
                const bool perSandbox = openCountOf(id) >= kMaxPerSandbox;
                refused = toHttpResponse(ApiError{ApiError::Kind::RateLimited,
                                                  perSandbox ? QStringLiteral("sandbox %1 has %2 terminals open, the most it may have")
                                                                   .arg(id).arg(kMaxPerSandbox)
                                                             : QStringLiteral("sandbar-local has %1 terminals open, the most it serves")
                                                                   .arg(kMaxInAll),
                                                  {}},
                                         shape);
            }
        }
        if (refused) {
            qCInfo(lcServer).noquote() << r.url().path() << "->" << int(refused->statusCode()) << "(terminal)";
            m_front->addCommonHeaders(*refused, m_front->rateKey(r));
            refused->write(std::move(responder));
            if (upgrade && socket) {
                // Qt hands the socket to its WebSocket server after this route: the answer goes
                // out now, the connection closes on the next turn (not here, where closing would
                // free the socket under Qt's feet), and no admission waits for it.
                socket->flush();
                QMetaObject::invokeMethod(socket, &QTcpSocket::disconnectFromHost, Qt::QueuedConnection);
            }
            return;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_admitted.removeIf([now](const auto &entry) { return now - entry.value().atMs > kHandshakeMs; });
        const QUrlQuery query(r.url());
        m_admitted.insert(peerKey(socket->peerAddress(), socket->peerPort()),
                          {id, sizeParameter(query, QStringLiteral("cols"), 80), sizeParameter(query, QStringLiteral("rows"), 24), now});
    });
}

TerminalRoutes::~TerminalRoutes()
{
    // Sessions are children; they must not report to a half-destroyed owner.
    for (TerminalSession *session : std::as_const(m_sessions))
        session->disconnect(this);
}

int TerminalRoutes::openCountOf(const QString &sandboxId) const
{
    int count = int(m_sessions.count(sandboxId));
    for (const Admission &admission : m_admitted)
        count += admission.sandboxId == sandboxId ? 1 : 0;
    return count;
}

void TerminalRoutes::acceptPending()
{
    while (m_front->server().hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_front->server().nextPendingWebSocketConnection();
        if (!socket)
            continue;
        const auto admission = m_admitted.constFind(peerKey(socket->peerAddress(), socket->peerPort()));
        // Only the very request the route admitted: an upgrade on another route (answered over
        // HTTP already) or a refused one never becomes a terminal.
        if (admission == m_admitted.cend() ||
            socket->requestUrl().path() != QStringLiteral("/v1/agents/sandboxes/%1/terminal").arg(admission->sandboxId)) {
            socket->abort();
            continue;
        }
        const Admission admitted = *admission;
        m_admitted.erase(admission);
        auto *session = new TerminalSession(std::move(socket), admitted.sandboxId, this);
        m_sessions.insert(admitted.sandboxId, session);
        connect(session, &TerminalSession::finished, this, [this, session] {
            m_sessions.remove(session->sandboxId(), session);
            session->deleteLater();
        });
        // The sandbox may have ended since the route admitted it.
        const Result<int> control = m_manager->agentControl(admitted.sandboxId);
        if (!control)
            session->sandboxEnded(control.error().message);
        else
            session->start(*control, admitted.cols, admitted.rows);
    }
}

void TerminalRoutes::closeAllOf(const QString &sandboxId)
{
    const Result<Api::Sandbox> sandbox = m_manager->get(sandboxId);
    const QString why = sandbox ? QStringLiteral("the sandbox ended (%1)").arg(Api::statusToString(sandbox->status))
                                : QStringLiteral("the sandbox ended");
    for (TerminalSession *session : m_sessions.values(sandboxId))
        session->sandboxEnded(why);
}

} // namespace Sandbar::Server
