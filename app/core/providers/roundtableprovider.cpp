// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/providers/roundtableprovider.h"

#include "core/net/continuation.h"

#include <QJsonArray>

namespace Sandbar::Core {

using namespace Sandbar::Api;

namespace {

constexpr int kPageSize = 100;

QString path(const char *collection, const QString &id = {}, const char *rest = nullptr)
{
    QString p = QLatin1Char('/') + QLatin1String(collection);
    if (!id.isEmpty())
        p += QLatin1Char('/') + HttpProvider::segment(id);
    if (rest)
        p += QLatin1Char('/') + QLatin1String(rest);
    return p;
}

// The body as one T read by T::fromJson.
template <typename T> ApiResult<T> one(const QByteArray &body)
{
    return HttpProvider::parseBody<T>(body, [](const QJsonObject &json, QString *error) { return T::fromJson(json, error); });
}

HttpRequest pagedRequest(const QString &p, int offset, int limit)
{
    HttpRequest request = HttpProvider::getRequest(p);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return request;
}

HttpRequest withMethod(HttpRequest request, const QByteArray &method)
{
    request.method = method;
    return request;
}

} // namespace

RoundTableProvider::RoundTableProvider(const QUrl &baseUrl, const QByteArray &apiKey, QObject *parent)
    : HttpProvider(baseUrl, Credential{Credential::Scheme::Header, apiKey, QStringLiteral("X-API-Key")}, parent)
{
    m_transport->setErrorReader(&RoundTableProvider::errorFromReply);
}

ApiError RoundTableProvider::errorFromReply(int status, const QByteArray &reason, const QByteArray &body)
{
    ApiError error = HttpTransport::statusError(status, reason);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QString message = json.value(QStringLiteral("detail")).toString();
    if (message.isEmpty())
        message = json.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        error.message = message;
    error.serverKind = json.value(QStringLiteral("error")).toString();
    if (error.serverKind.isEmpty()) {
        // The SDK's exception for the status.
        switch (status) {
        case 400:
        case 422: error.serverKind = QStringLiteral("ValidationError"); break;
        case 401:
        case 403: error.serverKind = QStringLiteral("AuthenticationError"); break;
        case 404: error.serverKind = QStringLiteral("NotFoundError"); break;
        case 429: error.serverKind = QStringLiteral("RateLimitError"); break;
        default: break;
        }
    }
    return error;
}

SandboxProvider::Capabilities RoundTableProvider::capabilities() const
{
    return Capability::Lifecycle | Capability::StartTimes | Capability::StartStop | Capability::Workspaces |
           Capability::Messages | Capability::Collaborations;
}

SandboxProvider::CreateForm RoundTableProvider::createForm() const
{
    CreateForm form;
    form.fields = CreateForm::Name | CreateForm::Workspace | CreateForm::AgentConfig;
    return form;
}

template <typename T, typename Parse>
void RoundTableProvider::collectPages(const QString &p, const QString &key, const CallOptions &options, Parse parse, int offset,
                                      std::shared_ptr<QList<T>> items, std::function<void(const ApiResult<QList<T>> &)> done)
{
    struct Page
    {
        QList<T> items;
        int total = 0;
    };
    HttpRequest request = pagedRequest(p, offset, kPageSize);
    if (const qsizetype question = p.indexOf(QLatin1Char('?')); question >= 0) {
        request.path = p.left(question);
        for (const auto &[name, value] : QUrlQuery(p.mid(question + 1)).queryItems())
            request.query.addQueryItem(name, value);
    }
    const auto future = call<Page>(request, options, [key, parse](const QByteArray &body) -> ApiResult<Page> {
        const ApiResult<QJsonDocument> document = parseDocument(body);
        if (!document)
            return document.error();
        const QJsonValue list = document->object().value(key);
        if (!list.isArray())
            return malformed(QStringLiteral("expected {\"%1\": [...]}").arg(key));
        Page page;
        page.total = document->object().value(QStringLiteral("total")).toInt(-1);
        for (const QJsonValue &item : list.toArray()) {
            QString error;
            std::optional<T> value = parse(item.toObject(), &error);
            if (!value)
                return malformed(error);
            page.items.append(std::move(*value));
        }
        return page;
    });
    continueIn(this, future, [this, p, key, options, parse, offset, items, done](const ApiResult<Page> &page) {
        if (!page) {
            done(page.error());
            return;
        }
        *items += page->items;
        const int seen = offset + int(page->items.size());
        // More pages while the service says there are (or, when it gives no total, a full page came).
        const bool more = page->total >= 0 ? seen < page->total : page->items.size() == kPageSize;
        if (more && !page->items.isEmpty())
            collectPages<T>(p, key, options, parse, seen, items, done);
        else
            done(*items);
    });
}

QFuture<ApiResult<QList<Workspace>>> RoundTableProvider::listWorkspaces(const CallOptions &options)
{
    auto promise = std::make_shared<QPromise<ApiResult<QList<Workspace>>>>();
    promise->start();
    collectPages<Workspace>(path("workspaces"), QStringLiteral("workspaces"), options,
                            [](const QJsonObject &json, QString *error) { return Workspace::fromJson(json, error); }, 0,
                            std::make_shared<QList<Workspace>>(), [this, promise](const ApiResult<QList<Workspace>> &result) {
                                if (result) {
                                    m_workspaceNames.clear();
                                    for (const Workspace &w : *result)
                                        m_workspaceNames.insert(w.id, w.name);
                                }
                                promise->addResult(result);
                                promise->finish();
                            });
    return promise->future();
}

QFuture<ApiResult<SandboxPage>> RoundTableProvider::listSandboxes(int offset, int limit, const CallOptions &options)
{
    if (offset < 0 || limit < 1)
        return invalid<SandboxPage>(tr("A page holds at least one sandbox."));
    auto promise = std::make_shared<QPromise<ApiResult<SandboxPage>>>();
    promise->start();
    // The workspaces, then each one's sandboxes; the page is cut from them all.
    continueIn(this, listWorkspaces(options), [this, promise, offset, limit, options](const ApiResult<QList<Workspace>> &workspaces) {
        if (!workspaces) {
            promise->addResult(ApiResult<SandboxPage>(workspaces.error()));
            promise->finish();
            return;
        }
        struct Gather
        {
            QList<QList<Sandbox>> perWorkspace;
            int waiting = 0;
            std::optional<ApiError> error;
        };
        auto gather = std::make_shared<Gather>();
        gather->perWorkspace.resize(workspaces->size());
        gather->waiting = int(workspaces->size());
        const auto finish = [promise, gather, offset, limit] {
            if (gather->error) {
                promise->addResult(ApiResult<SandboxPage>(*gather->error));
            } else {
                QList<Sandbox> all;
                for (const QList<Sandbox> &list : std::as_const(gather->perWorkspace))
                    all += list;
                SandboxPage page;
                page.total = int(all.size());
                page.sandboxes = all.mid(offset, limit);
                promise->addResult(ApiResult<SandboxPage>(page));
            }
            promise->finish();
        };
        if (workspaces->isEmpty()) {
            finish();
            return;
        }
        for (qsizetype i = 0; i < workspaces->size(); ++i) {
            const Workspace workspace = workspaces->at(i);
            collectPages<AgentSandbox>(path("sandboxes") + QStringLiteral("?workspace_id=") + QString::fromLatin1(QUrl::toPercentEncoding(workspace.id)),
                                       QStringLiteral("sandboxes"), options,
                                       [](const QJsonObject &json, QString *error) { return AgentSandbox::fromJson(json, error); }, 0,
                                       std::make_shared<QList<AgentSandbox>>(),
                                       [gather, finish, i, workspace](const ApiResult<QList<AgentSandbox>> &sandboxes) {
                                           if (!sandboxes) {
                                               // A workspace deleted between the two calls has no sandboxes.
                                               if (sandboxes.error().kind != ApiError::Kind::NotFound && !gather->error)
                                                   gather->error = sandboxes.error();
                                           } else {
                                               for (const AgentSandbox &s : *sandboxes)
                                                   gather->perWorkspace[i].append(s.toSandbox(workspace.name));
                                           }
                                           if (--gather->waiting == 0)
                                               finish();
                                       });
        }
    });
    return promise->future();
}

QFuture<ApiResult<Sandbox>> RoundTableProvider::sandboxCall(const HttpRequest &request, const CallOptions &options)
{
    return call<Sandbox>(request, options, [names = m_workspaceNames](const QByteArray &body) -> ApiResult<Sandbox> {
        const ApiResult<AgentSandbox> sandbox = one<AgentSandbox>(body);
        if (!sandbox)
            return sandbox.error();
        return sandbox->toSandbox(names.value(sandbox->workspaceId));
    });
}

QFuture<ApiResult<Sandbox>> RoundTableProvider::getSandbox(const QString &id, const CallOptions &options)
{
    if (id.isEmpty())
        return invalid<Sandbox>(tr("No sandbox ID given."));
    return sandboxCall(getRequest(path("sandboxes", id)), options);
}

QFuture<ApiResult<Sandbox>> RoundTableProvider::createSandbox(const CreateSandboxRequest &request)
{
    if (request.workspaceId.isEmpty())
        return invalid<Sandbox>(tr("Choose the workspace the sandbox goes in."));
    if (request.name.trimmed().isEmpty())
        return invalid<Sandbox>(tr("The sandbox needs a name."));
    QJsonObject body{{QStringLiteral("workspace_id"), request.workspaceId}, {QStringLiteral("name"), request.name.trimmed()}};
    if (!request.description.isEmpty())
        body.insert(QStringLiteral("description"), request.description);
    if (!request.agentConfig.isEmpty())
        body.insert(QStringLiteral("agent_config"), request.agentConfig);
    return sandboxCall(jsonRequest("POST", path("sandboxes"), body, false));
}

QFuture<ApiResult<Confirmation>> RoundTableProvider::killSandbox(const QString &id)
{
    if (id.isEmpty())
        return invalid<Confirmation>(tr("No sandbox ID given."));
    return call<Confirmation>(withMethod(getRequest(path("sandboxes", id)), "DELETE"), {},
                              [id](const QByteArray &) { return ApiResult<Confirmation>(Confirmation{tr("Sandbox deleted"), id}); });
}

QFuture<ApiResult<Sandbox>> RoundTableProvider::startSandbox(const QString &id)
{
    HttpRequest request = withMethod(getRequest(path("sandboxes", id, "start")), "POST");
    request.idempotent = false;
    return sandboxCall(request);
}

QFuture<ApiResult<Sandbox>> RoundTableProvider::stopSandbox(const QString &id)
{
    HttpRequest request = withMethod(getRequest(path("sandboxes", id, "stop")), "POST");
    request.idempotent = false;
    return sandboxCall(request);
}

QFuture<ApiResult<Workspace>> RoundTableProvider::getWorkspace(const QString &id)
{
    return call<Workspace>(getRequest(path("workspaces", id)), {}, &one<Workspace>);
}

QFuture<ApiResult<Workspace>> RoundTableProvider::createWorkspace(const QString &name, const QString &description)
{
    if (name.trimmed().isEmpty())
        return invalid<Workspace>(tr("The workspace needs a name."));
    QJsonObject body{{QStringLiteral("name"), name.trimmed()}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    return call<Workspace>(jsonRequest("POST", path("workspaces"), body, false), {}, &one<Workspace>);
}

QFuture<ApiResult<Workspace>> RoundTableProvider::updateWorkspace(const QString &id, const QString &name, const QString &description)
{
    if (name.trimmed().isEmpty())
        return invalid<Workspace>(tr("The workspace needs a name."));
    const QJsonObject body{{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("description"), description}};
    return call<Workspace>(jsonRequest("PATCH", path("workspaces", id), body, true), {}, &one<Workspace>);
}

QFuture<ApiResult<Confirmation>> RoundTableProvider::deleteWorkspace(const QString &id)
{
    return call<Confirmation>(withMethod(getRequest(path("workspaces", id)), "DELETE"), {},
                              [id](const QByteArray &) { return ApiResult<Confirmation>(Confirmation{tr("Workspace deleted"), id}); });
}

QFuture<ApiResult<WorkspaceMetrics>> RoundTableProvider::workspaceMetrics(const QString &id, const CallOptions &options)
{
    return call<WorkspaceMetrics>(getRequest(path("workspaces", id, "metrics")), options, &one<WorkspaceMetrics>);
}

QFuture<ApiResult<AgentCounters>> RoundTableProvider::sandboxStatus(const QString &id)
{
    // The status reply has no counters: read leniently into the same value.
    return call<AgentCounters>(getRequest(path("sandboxes", id, "status")), {}, [](const QByteArray &body) -> ApiResult<AgentCounters> {
        const ApiResult<QJsonDocument> document = parseDocument(body);
        if (!document)
            return document.error();
        const QJsonObject json = document->object();
        if (!json.value(QStringLiteral("status")).isString())
            return malformed(QStringLiteral("key 'status': expected a string"));
        AgentCounters counters;
        counters.sandboxId = json.value(QStringLiteral("sandbox_id")).toString();
        counters.status = json.value(QStringLiteral("status")).toString();
        counters.uptimeSeconds = json.value(QStringLiteral("uptime")).toInteger(0);
        counters.timestamp = QDateTime::currentDateTimeUtc();
        return counters;
    });
}

QFuture<ApiResult<AgentCounters>> RoundTableProvider::sandboxCounters(const QString &id, const CallOptions &options)
{
    return call<AgentCounters>(getRequest(path("sandboxes", id, "metrics")), options, &one<AgentCounters>);
}

QFuture<ApiResult<MessagePage>> RoundTableProvider::listMessages(const QString &sandboxId, int offset, int limit,
                                                                 const CallOptions &options)
{
    HttpRequest request = pagedRequest(path("messages"), offset, limit);
    request.query.addQueryItem(QStringLiteral("sandbox_id"), sandboxId);
    return call<MessagePage>(request, options, [](const QByteArray &body) -> ApiResult<MessagePage> {
        const ApiResult<QJsonDocument> document = parseDocument(body);
        if (!document)
            return document.error();
        const QJsonValue list = document->object().value(QStringLiteral("messages"));
        if (!list.isArray())
            return malformed(QStringLiteral("expected {\"messages\": [...]}"));
        MessagePage page;
        for (const QJsonValue &item : list.toArray()) {
            QString error;
            const auto message = AgentMessage::fromJson(item.toObject(), &error);
            if (!message)
                return malformed(error);
            page.messages.append(*message);
        }
        page.total = document->object().value(QStringLiteral("total")).toInt(int(page.messages.size()));
        return page;
    });
}

QFuture<ApiResult<AgentMessage>> RoundTableProvider::getMessage(const QString &id)
{
    return call<AgentMessage>(getRequest(path("messages", id)), {}, &one<AgentMessage>);
}

QFuture<ApiResult<AgentMessage>> RoundTableProvider::sendMessage(const QString &fromId, const QString &toId, const QJsonValue &content)
{
    if (fromId.isEmpty() || toId.isEmpty())
        return invalid<AgentMessage>(tr("A message needs a sender and a recipient."));
    const QJsonObject body{{QStringLiteral("from_sandbox_id"), fromId},
                           {QStringLiteral("to_sandbox_id"), toId},
                           {QStringLiteral("content"), content}};
    return call<AgentMessage>(jsonRequest("POST", path("messages"), body, false), {}, &one<AgentMessage>);
}

QFuture<ApiResult<BroadcastResult>> RoundTableProvider::broadcast(const QString &workspaceId, const QString &fromId,
                                                                  const QJsonValue &content)
{
    const QJsonObject body{{QStringLiteral("workspace_id"), workspaceId},
                           {QStringLiteral("from_sandbox_id"), fromId},
                           {QStringLiteral("content"), content}};
    return call<BroadcastResult>(jsonRequest("POST", path("messages", QStringLiteral("broadcast")), body, false), {},
                                 &one<BroadcastResult>);
}

QFuture<ApiResult<Collaboration>> RoundTableProvider::orchestrate(const CollaborationRequest &request)
{
    if (request.task.trimmed().isEmpty() || request.participants.isEmpty())
        return invalid<Collaboration>(tr("A collaboration needs a task and at least one participant."));
    return call<Collaboration>(jsonRequest("POST", path("collaborations"), request.toJson(), false), {}, &one<Collaboration>);
}

QFuture<ApiResult<Collaboration>> RoundTableProvider::getCollaboration(const QString &id)
{
    return call<Collaboration>(getRequest(path("collaborations", id)), {}, &one<Collaboration>);
}

QFuture<ApiResult<QList<DiscoveredAgent>>> RoundTableProvider::discoverAgents(const QString &workspaceId)
{
    return call<QList<DiscoveredAgent>>(getRequest(path("workspaces", workspaceId, "agents")), {},
                                        [](const QByteArray &body) -> ApiResult<QList<DiscoveredAgent>> {
                                            const ApiResult<QJsonDocument> document = parseDocument(body);
                                            if (!document)
                                                return document.error();
                                            const QJsonValue list = document->object().value(QStringLiteral("agents"));
                                            if (!list.isArray())
                                                return malformed(QStringLiteral("expected {\"agents\": [...]}"));
                                            QList<DiscoveredAgent> agents;
                                            for (const QJsonValue &item : list.toArray()) {
                                                const QJsonObject a = item.toObject();
                                                agents.append({a.value(QStringLiteral("sandbox_id")).toString(),
                                                               a.value(QStringLiteral("name")).toString(),
                                                               a.value(QStringLiteral("agent_type")).toString(),
                                                               a.value(QStringLiteral("status")).toString()});
                                            }
                                            return agents;
                                        });
}

QFuture<ApiResult<SystemHealth>> RoundTableProvider::systemHealth()
{
    auto promise = std::make_shared<QPromise<ApiResult<SystemHealth>>>();
    promise->start();
    const auto readObject = [](const QByteArray &body) -> ApiResult<QJsonObject> {
        const ApiResult<QJsonDocument> document = parseDocument(body);
        if (!document)
            return document.error();
        return document->object();
    };
    const auto healthCall = call<QJsonObject>(getRequest(path("health")), CallOptions{5000, 1}, readObject);
    continueIn(this, healthCall, [this, promise, readObject](const ApiResult<QJsonObject> &healthReply) {
        if (!healthReply) {
            promise->addResult(ApiResult<SystemHealth>(healthReply.error()));
            promise->finish();
            return;
        }
        const auto info = call<QJsonObject>(getRequest(path("system", QStringLiteral("info"))), CallOptions{5000, 1}, readObject);
        continueIn(this, info, [promise, status = healthReply->value(QStringLiteral("status")).toString()](
                                   const ApiResult<QJsonObject> &infoReply) {
            SystemHealth health;
            health.status = status;
            if (infoReply) {
                health.version = infoReply->value(QStringLiteral("version")).toString();
                health.environment = infoReply->value(QStringLiteral("environment")).toString();
            }
            promise->addResult(ApiResult<SystemHealth>(health));
            promise->finish();
        });
    });
    return promise->future();
}

} // namespace Sandbar::Core
