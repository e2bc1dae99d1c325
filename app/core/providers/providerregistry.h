// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every API Sandbar speaks, by the kind name profiles and SANDBOX_API_KIND use, and the one
// place that makes an adapter for a kind. KindDetector asks a URL which of them it speaks.

#include "core/providers/sandboxprovider.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace Sandbar::Core {

struct ProviderKind
{
    QString id;          // "agent-sandboxes", "sandbox-sessions", "e2b-sessions"
    QString displayName; // for people: "Agent Sandboxes API"
    QString urlHint;     // where the base URL points, e.g. "ending in /v1"
    QString credentialName; // what the secret is called: "token", "API key"
};

QList<ProviderKind> providerKinds();
// The kind for `id` (old spellings included), or nullopt.
std::optional<ProviderKind> providerKind(const QString &id);
// `id` as stored today ("agent-sandboxes-004", of older profiles, is "agent-sandboxes").
QString canonicalKind(const QString &id);

// A new adapter for `kind`, or nullptr for an unknown kind. `sandbarLocal`: the server is
// sandbar-local, whose documented extensions may be used.
SandboxProvider *createProvider(const QString &kind, const QUrl &url, const QByteArray &token, bool sandbarLocal,
                                QObject *parent = nullptr);

// Tries each kind's harmless list call against a URL (and, for APIs whose base URL ends in
// /v1, that URL with or without it) and reports the kinds whose reply has the right shape.
class KindDetector : public QObject
{
    Q_OBJECT
public:
    struct Match
    {
        QString kind;
        QUrl url;
    };
    // One line per attempt: "Agent Sandboxes API at http://…: 401 missing token".
    struct Outcome
    {
        QList<Match> matches;
        QStringList attempts;
    };

    explicit KindDetector(QObject *parent = nullptr);
    void detect(const QUrl &url, const QByteArray &token);
    bool isRunning() const { return m_waiting > 0; }

signals:
    void finished(const Sandbar::Core::KindDetector::Outcome &outcome);

private:
    int m_waiting = 0;
    quint64 m_generation = 0;
    Outcome m_outcome;
};

} // namespace Sandbar::Core
