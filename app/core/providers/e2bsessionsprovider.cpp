// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/providers/e2bsessionsprovider.h"

#include "core/api/jsonreader.h"

#include <QJsonArray>

namespace Sandbar::Core {

using namespace Sandbar::Api;

namespace {

const QString kSessions = QStringLiteral("/sessions");

ApiResult<QList<Sandbox>> sessionsFromBody(const QByteArray &body)
{
    const ApiResult<QJsonDocument> document = HttpProvider::parseDocument(body);
    if (!document)
        return document.error();
    if (!document->isArray())
        return HttpProvider::malformed(QStringLiteral("expected a JSON array of sessions"));
    QList<Sandbox> sessions;
    for (const QJsonValue &value : document->array()) {
        QString error;
        const auto session = E2bSessionsProvider::sessionFromJson(value.toObject(), &error);
        if (!session)
            return HttpProvider::malformed(error);
        sessions.append(*session);
    }
    return sessions;
}

} // namespace

E2bSessionsProvider::E2bSessionsProvider(const QUrl &baseUrl, const QByteArray &apiKey, QObject *parent)
    : HttpProvider(baseUrl, Credential{Credential::Scheme::QueryParameter, apiKey, QStringLiteral("api_key")}, parent)
{
    m_transport->setErrorReader(&E2bSessionsProvider::errorFromReply);
}

std::optional<Sandbox> E2bSessionsProvider::sessionFromJson(const QJsonObject &json, QString *error)
{
    Detail::Reader reader(json);
    reader.requireExactKeys({"codeSnippetID", "editEnabled", "sessionID", "clientID"});
    Sandbox session;
    session.id = reader.string("sessionID");
    session.templateId = reader.string("codeSnippetID");
    session.templateName = session.templateId;
    session.status = SandboxStatus::Running; // the list holds live sessions only
    const bool editable = reader.boolean("editEnabled");
    session.details.insert(tr("Edit enabled"), editable ? tr("yes") : tr("no"));
    session.details.insert(tr("Client"), reader.string("clientID"));
    return Detail::finish(reader, session, error);
}

ApiError E2bSessionsProvider::errorFromReply(int status, const QByteArray &reason, const QByteArray &body)
{
    ApiError error = HttpTransport::statusError(status, reason);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString message = json.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        error.message = message;
    if (json.value(QStringLiteral("code")).isDouble())
        error.serverKind = QString::number(json.value(QStringLiteral("code")).toInt());
    return error;
}

SandboxProvider::Capabilities E2bSessionsProvider::capabilities() const
{
    return Capability::Lifecycle | Capability::KeepAlive;
}

SandboxProvider::CreateForm E2bSessionsProvider::createForm() const
{
    CreateForm form;
    form.fields = CreateForm::CodeSnippet | CreateForm::EditEnabled;
    return form;
}

QFuture<ApiResult<SandboxPage>> E2bSessionsProvider::listSandboxes(int offset, int limit, const CallOptions &options)
{
    if (offset != 0 || limit < 1)
        return invalid<SandboxPage>(tr("This service lists all sessions at once."));
    return call<SandboxPage>(getRequest(kSessions), options, [](const QByteArray &body) -> ApiResult<SandboxPage> {
        const ApiResult<QList<Sandbox>> sessions = sessionsFromBody(body);
        if (!sessions)
            return sessions.error();
        return SandboxPage{*sessions, int(sessions->size())};
    });
}

QFuture<ApiResult<Sandbox>> E2bSessionsProvider::getSandbox(const QString &id, const CallOptions &options)
{
    if (id.isEmpty())
        return invalid<Sandbox>(tr("No session ID given."));
    return call<Sandbox>(getRequest(kSessions), options, [id](const QByteArray &body) -> ApiResult<Sandbox> {
        const ApiResult<QList<Sandbox>> sessions = sessionsFromBody(body);
        if (!sessions)
            return sessions.error();
        for (const Sandbox &session : *sessions) {
            if (session.id == id)
                return session;
        }
        ApiError error;
        error.kind = ApiError::Kind::NotFound;
        error.httpStatus = 404;
        error.message = tr("Session %1 is not among the service's sessions.").arg(id);
        return error;
    });
}

QFuture<ApiResult<Sandbox>> E2bSessionsProvider::createSandbox(const CreateSandboxRequest &request)
{
    if (request.codeSnippetId.trimmed().isEmpty())
        return invalid<Sandbox>(tr("A code snippet ID is required."));
    const QJsonObject body{{QStringLiteral("codeSnippetID"), request.codeSnippetId.trimmed()},
                           {QStringLiteral("editEnabled"), request.editEnabled}};
    return call<Sandbox>(jsonRequest("POST", kSessions, body, false), {},
                         [](const QByteArray &reply) { return parseBody<Sandbox>(reply, &sessionFromJson); });
}

QFuture<ApiResult<Confirmation>> E2bSessionsProvider::killSandbox(const QString &id)
{
    if (id.isEmpty())
        return invalid<Confirmation>(tr("No session ID given."));
    HttpRequest request = getRequest(kSessions + QLatin1Char('/') + segment(id));
    request.method = "DELETE";
    return call<Confirmation>(request, {}, [id](const QByteArray &) {
        return ApiResult<Confirmation>(Confirmation{tr("Session deleted"), id});
    });
}

QFuture<ApiResult<Confirmation>> E2bSessionsProvider::keepAlive(const QString &id)
{
    if (id.isEmpty())
        return invalid<Confirmation>(tr("No session ID given."));
    HttpRequest request = getRequest(kSessions + QLatin1Char('/') + segment(id) + QStringLiteral("/refresh"));
    request.method = "POST";
    request.maxAttempts = 1; // the next refresh is seconds away
    return call<Confirmation>(request, {}, [id](const QByteArray &) {
        return ApiResult<Confirmation>(Confirmation{tr("Session refreshed"), id});
    });
}

} // namespace Sandbar::Core
