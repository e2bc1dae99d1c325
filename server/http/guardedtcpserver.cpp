// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/guardedtcpserver.h"

#include "http/connectiongate.h"

#include <QTcpSocket>

namespace Sandbar::Server {

GuardedTcpServer::GuardedTcpServer(std::function<bool(const QByteArray &)> isKey, StreamedRoutes *routes, QObject *parent)
    : QTcpServer(parent), m_isKey(std::move(isKey)), m_routes(routes)
{
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto *gate = new ConnectionGate(socket, m_isKey, m_routes, [this](QTcpSocket *s) { reattach(s); });
    addPendingConnection(socket); // QHttpServer takes it here (pendingConnectionAvailable)
    gate->watchAfter();
}

void GuardedTcpServer::reattach(QTcpSocket *socket)
{
    // QHttpServer takes a pending connection when it is added and reads it from its next
    // readyRead(); bytes of the next request may already be waiting.
    addPendingConnection(socket);
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(socket, [socket] { emit socket->readyRead(); }, Qt::QueuedConnection);
}

} // namespace Sandbar::Server
