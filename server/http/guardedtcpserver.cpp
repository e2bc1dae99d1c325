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
    new ConnectionGate(socket, m_isKey, m_routes, [this](QTcpSocket *s) { reattach(s); });
    addPendingConnection(socket);
}

void GuardedTcpServer::reattach(QTcpSocket *socket)
{
    // QHttpServer takes pending connections on newConnection() and reads them from their next
    // readyRead(); bytes of the next request may already be waiting.
    addPendingConnection(socket);
    emit newConnection();
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(socket, [socket] { emit socket->readyRead(); }, Qt::QueuedConnection);
}

} // namespace Sandbar::Server
