// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/providers/providerregistry.h"

#include "core/net/continuation.h"
#include "core/providers/agentsandboxesprovider.h"
#include "core/providers/cognitoraprovider.h"
#include "core/providers/e2bsessionsprovider.h"
#include "core/providers/roundtableprovider.h"
#include "core/providers/sandboxsessionsprovider.h"

#include <QCoreApplication>

namespace Sandbar::Core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Sandbar::Core::ProviderRegistry", text);
}
} // namespace

QList<ProviderKind> providerKinds()
{
    return {
        {AgentSandboxesProvider::kind(), tr("Agent Sandboxes API"), tr("the server's root, e.g. https://api.example.com"),
         tr("token")},
        {SandboxSessionsProvider::kind(), tr("Sandbox Sessions"), tr("the API URL ending in /v1"), tr("token")},
        {E2bSessionsProvider::kind(), tr("E2B sessions (legacy)"), tr("the server's root, e.g. https://ondevbook.com"),
         tr("API key")},
        {CognitoraProvider::kind(), tr("Cognitora"), tr("the server's root, e.g. https://api.cognitora.dev"), tr("API key")},
        {RoundTableProvider::kind(), tr("Round Table"), tr("the API URL ending in /api/v1"), tr("API key")},
    };
}

QString canonicalKind(const QString &id)
{
    if (id == QLatin1String("agent-sandboxes-004"))
        return AgentSandboxesProvider::kind();
    return id;
}

std::optional<ProviderKind> providerKind(const QString &id)
{
    const QString canonical = canonicalKind(id);
    for (const ProviderKind &kind : providerKinds()) {
        if (kind.id == canonical)
            return kind;
    }
    return std::nullopt;
}

SandboxProvider *createProvider(const QString &kind, const QUrl &url, const QByteArray &token, bool sandbarLocal,
                                QObject *parent)
{
    const QString canonical = canonicalKind(kind);
    if (canonical == AgentSandboxesProvider::kind()) {
        auto *provider = new AgentSandboxesProvider(url, token, parent);
        provider->setSandbarLocalExtensions(sandbarLocal);
        return provider;
    }
    if (canonical == SandboxSessionsProvider::kind())
        return new SandboxSessionsProvider(url, token, parent);
    if (canonical == E2bSessionsProvider::kind())
        return new E2bSessionsProvider(url, token, parent);
    if (canonical == CognitoraProvider::kind())
        return new CognitoraProvider(url, token, parent);
    if (canonical == RoundTableProvider::kind())
        return new RoundTableProvider(url, token, parent);
    return nullptr;
}

KindDetector::KindDetector(QObject *parent) : QObject(parent) {}

void KindDetector::detect(const QUrl &url, const QByteArray &token)
{
    const quint64 generation = ++m_generation; // a newer detection drops the older's replies
    m_outcome = {};
    m_waiting = 0;
    QUrl withV1 = url;
    QUrl withoutV1 = url;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v1")))
        withoutV1.setPath(path.chopped(3));
    else
        withV1.setPath(path + QStringLiteral("/v1"));

    QList<QPair<QString, QUrl>> tries;
    for (const ProviderKind &kind : providerKinds()) {
        QUrl preferred = kind.id == SandboxSessionsProvider::kind() ? withV1 : withoutV1;
        if (kind.id == RoundTableProvider::kind() && !path.endsWith(QLatin1String("/api/v1")))
            preferred.setPath(withoutV1.path() + QStringLiteral("/api/v1")); // its base URL ends in /api/v1
        tries.append({kind.id, preferred});
        if (preferred != url)
            tries.append({kind.id, url});
    }
    m_waiting = int(tries.size());
    for (const auto &[kindId, target] : tries) {
        SandboxProvider *provider = createProvider(kindId, target, token, false, this);
        const QString name = providerKind(kindId)->displayName;
        continueIn(this, provider->listSandboxes(0, 1, CallOptions{5000, 1}),
                   [this, provider, generation, kindId = kindId, target = target, name](QFuture<ApiResult<Api::SandboxPage>> future) {
                       provider->deleteLater();
                       if (generation != m_generation)
                           return;
                       const ApiResult<Api::SandboxPage> page = resultOf(future);
                       if (page)
                           m_outcome.matches.append({kindId, target});
                       m_outcome.attempts.append(QStringLiteral("%1 at %2: %3")
                                                     .arg(name, target.toDisplayString(),
                                                          page ? tr("speaks it") : page.error().message));
                       if (--m_waiting == 0)
                           emit finished(m_outcome);
                   });
    }
}

} // namespace Sandbar::Core
