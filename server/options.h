// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QStringList>

#include <optional>

namespace Sandbar::Server {

struct Options
{
    QHostAddress address = QHostAddress::LocalHost;
    QString host = QStringLiteral("127.0.0.1"); // as given, for the "listening on" line
    quint16 port = 0;
    QString dataDir;
    QByteArray token; // empty: read or create DATA_DIR/token
    int rateLimitPerMinute = 100;
    // E2B sessions (002) end this long after their last refresh.
    int e2bIdleSeconds = 30;
    bool noIsolation = false;
};

// Parses sandbar-local's command line; on failure returns nullopt and a message for stderr.
std::optional<Options> parseOptions(const QStringList &arguments, QString *error);

// Reads DATA_DIR/token, or creates it (mode 0600) with a random value.
std::optional<QByteArray> loadOrCreateToken(const QString &dataDir, QString *error);

} // namespace Sandbar::Server
