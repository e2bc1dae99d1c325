// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "handlers/e2bsessionshandlers.h"

#include "http/requestparsing.h"
#include "sandboxes/sandboxmanager.h"
#include "sandboxes/templatecatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <climits>

namespace Sandbar::Server {

E2bSessionsHandlers::E2bSessionsHandlers(SandboxManager *manager, const TemplateCatalog *templates, int idleSeconds)
    : m_manager(manager), m_templates(templates), m_idleSeconds(idleSeconds)
{
}

QJsonObject E2bSessionsHandlers::sessionJson(const Api::Sandbox &sandbox) const
{
    const Attributes attributes = m_attributes.value(sandbox.id, Attributes{sandbox.templateName, false});
    return {
        {QStringLiteral("codeSnippetID"), attributes.codeSnippetId},
        {QStringLiteral("editEnabled"), attributes.editEnabled},
        {QStringLiteral("sessionID"), sandbox.id},
        {QStringLiteral("clientID"), QStringLiteral("sandbar-local")},
    };
}

Result<Reply> E2bSessionsHandlers::list() const
{
    QJsonArray sessions;
    for (const Api::Sandbox &sandbox : m_manager->list(INT_MAX, 0).sandboxes) {
        if (SandboxManager::isLiveSession(sandbox))
            sessions.append(sessionJson(sandbox));
    }
    Reply reply;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.raw = QJsonDocument(sessions).toJson(QJsonDocument::Compact);
    return reply;
}

Result<Reply> E2bSessionsHandlers::create(const QByteArray &body)
{
    const auto json = Parse::jsonObject(body);
    if (!json)
        return json.error();
    if (const auto known = Parse::onlyKeys(*json, {QStringLiteral("codeSnippetID"), QStringLiteral("editEnabled")}); !known)
        return known.error();
    const QJsonValue snippet = json->value(QStringLiteral("codeSnippetID"));
    if (!snippet.isString() || snippet.toString().trimmed().isEmpty())
        return ApiError::badRequest(QStringLiteral("'codeSnippetID' is required and must be a non-empty string"));
    const QJsonValue edit = json->value(QStringLiteral("editEnabled"));
    if (!edit.isUndefined() && !edit.isNull() && !edit.isBool())
        return ApiError::badRequest(QStringLiteral("'editEnabled' must be a boolean"));
    const TemplateSpec *spec = m_templates->findForImage(snippet.toString());
    if (!spec)
        return ApiError::badRequest(QStringLiteral("code snippet '%1' is not available here; sandbar-local has %2")
                                        .arg(snippet.toString().left(100), m_templates->imageChoices()));
    CreateRequest request;
    request.templateName = spec->info.name;
    request.timeoutSeconds = m_idleSeconds;
    const auto created = m_manager->create(request);
    if (!created)
        return created.error();
    m_attributes.insert(created->id, Attributes{snippet.toString(), edit.toBool(false)});
    return Reply{201, sessionJson(*created)};
}

Result<Reply> E2bSessionsHandlers::remove(const QString &id)
{
    const auto ended = m_manager->killLive(id);
    if (!ended)
        return ended.error();
    m_attributes.remove(id);
    return Reply{204, {}};
}

Result<Reply> E2bSessionsHandlers::refresh(const QString &id)
{
    const auto found = m_manager->getLive(id);
    if (!found)
        return found.error();
    const QDateTime idleDeadline = QDateTime::currentDateTimeUtc().addSecs(m_idleSeconds);
    if (!found->timeoutAt.isValid() || found->timeoutAt < idleDeadline) {
        const auto updated = m_manager->setTimeout(id, m_idleSeconds);
        if (!updated)
            return updated.error();
    }
    return Reply{204, {}};
}

} // namespace Sandbar::Server
