// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localsandbox.h"

#include "futurewait.h"

bool LocalSandbox::start(const QByteArray &token, bool extensions)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!m_server.start(m_dir.path(), token, {QStringLiteral("--rate-limit"), QStringLiteral("0")})) {
        m_error = QStringLiteral("sandbar-local did not start: ") + m_server.errorOutput();
        return false;
    }
    m_provider = std::make_unique<Sandbar::Core::AgentSandboxesProvider>(m_server.url(), token);
    m_provider->setSandbarLocalExtensions(extensions);
    return true;
}

QString LocalSandbox::createSandbox(int timeoutSeconds, const QString &templateName)
{
    Sandbar::Api::CreateSandboxRequest request;
    request.provider = QStringLiteral("local");
    request.region = QStringLiteral("here");
    request.timeoutSeconds = timeoutSeconds;
    request.templateName = templateName;
    const auto created = await(m_provider->createSandbox(request), 60000);
    if (!created) {
        m_error = QStringLiteral("no sandbox: ") + created.error().message;
        return {};
    }
    return created->id;
}

QString LocalSandbox::startWithSandbox(const QByteArray &token, int timeoutSeconds)
{
    return start(token) ? createSandbox(timeoutSeconds) : QString();
}

int LocalSandbox::stop()
{
    m_provider.reset();
    return m_server.stop();
}
