// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "handlers/lifecyclehandlers.h"

#include "http/requestparsing.h"
#include "sandboxes/sandboxmanager.h"
#include "sandboxes/templatecatalog.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

namespace Sandbar::Server {

namespace {

constexpr int kMaxTimeoutSeconds = 3600;
constexpr int kDefaultTimeoutSeconds = 300;
constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 1000;

Result<QString> requiredString(const QJsonObject &body, const QString &key)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return ApiError::badRequest(QStringLiteral("'%1' is required").arg(key));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return ApiError::badRequest(QStringLiteral("'%1' must be a non-empty string").arg(key));
    return value.toString();
}

Result<Reply> sandboxReply(const Result<Api::Sandbox> &sandbox, int status = 200)
{
    if (!sandbox)
        return sandbox.error();
    return Reply{status, sandbox->toJson()};
}

} // namespace

LifecycleHandlers::LifecycleHandlers(SandboxManager *manager, const TemplateCatalog *templates)
    : m_manager(manager), m_templates(templates)
{
}

Result<Reply> LifecycleHandlers::create(const QByteArray &body)
{
    const auto json = Parse::jsonObject(body);
    if (!json)
        return json.error();
    CreateRequest request;
    const auto provider = requiredString(*json, QStringLiteral("provider"));
    if (!provider)
        return provider.error();
    const auto region = requiredString(*json, QStringLiteral("region"));
    if (!region)
        return region.error();
    request.provider = provider.value();
    request.region = region.value();

    const QJsonValue templateName = json->value(QStringLiteral("template"));
    if (templateName.isUndefined() || templateName.isNull())
        request.templateName = TemplateCatalog::defaultName();
    else if (templateName.isString())
        request.templateName = templateName.toString();
    else
        return ApiError::badRequest(QStringLiteral("'template' must be a string"));

    const QJsonValue timeout = json->value(QStringLiteral("timeout"));
    if (!timeout.isUndefined() && !timeout.isNull()) {
        const auto seconds = Parse::integer(timeout, QStringLiteral("timeout"), 1, kMaxTimeoutSeconds);
        if (!seconds)
            return seconds.error();
        request.timeoutSeconds = seconds.value();
    } else {
        request.timeoutSeconds = kDefaultTimeoutSeconds;
    }

    const auto envVars = Parse::environment(*json, QStringLiteral("env_vars"));
    if (!envVars)
        return envVars.error();
    request.envVars = envVars.value();

    const auto metadata = Parse::stringMap(*json, QStringLiteral("metadata"));
    if (!metadata)
        return metadata.error();
    request.metadata = metadata.value();

    // Extension: documented clients never send it, so sandboxes stay offline unless asked.
    const QJsonValue network = json->value(QStringLiteral("network"));
    if (!network.isUndefined() && !network.isNull() && !network.isBool())
        return ApiError::badRequest(QStringLiteral("'network' must be true or false"));
    request.network = network.toBool(false);

    return sandboxReply(m_manager->create(request), 201);
}

Result<Reply> LifecycleHandlers::list(const QUrlQuery &query) const
{
    const auto asked = Parse::page(query, kDefaultPageSize, kMaxPageSize);
    if (!asked)
        return asked.error();
    const SandboxPage page = m_manager->list(asked->limit, asked->offset);
    QJsonArray sandboxes;
    for (const Api::Sandbox &sandbox : page.sandboxes)
        sandboxes.append(sandbox.toJson());
    return Reply{200, QJsonObject{{QStringLiteral("sandboxes"), sandboxes},
                                  {QStringLiteral("total"), page.total}}};
}

Result<Reply> LifecycleHandlers::get(const QString &id) const
{
    const auto sandboxId = Parse::sandboxId(id);
    if (!sandboxId)
        return sandboxId.error();
    return sandboxReply(m_manager->get(sandboxId.value()));
}

Result<Reply> LifecycleHandlers::kill(const QString &id)
{
    const auto sandboxId = Parse::sandboxId(id);
    if (!sandboxId)
        return sandboxId.error();
    const auto wasRunning = m_manager->get(sandboxId.value());
    if (!wasRunning)
        return wasRunning.error();
    const bool alreadyEnded = Api::isFinal(wasRunning->status);
    const auto killed = m_manager->kill(sandboxId.value());
    if (!killed)
        return killed.error();
    const QString message = alreadyEnded
                                ? QStringLiteral("Sandbox had already ended (%1)").arg(Api::statusToString(killed->status))
                                : QStringLiteral("Sandbox terminated successfully");
    return Reply{200, QJsonObject{{QStringLiteral("message"), message},
                                  {QStringLiteral("sandbox_id"), killed->id}}};
}

Result<Reply> LifecycleHandlers::setTimeout(const QString &id, const QByteArray &body)
{
    const auto sandboxId = Parse::sandboxId(id);
    if (!sandboxId)
        return sandboxId.error();
    const auto json = Parse::jsonObject(body);
    if (!json)
        return json.error();
    const QJsonValue timeout = json->value(QStringLiteral("timeout"));
    if (timeout.isUndefined() || timeout.isNull())
        return ApiError::badRequest(QStringLiteral("'timeout' is required"));
    const auto seconds = Parse::integer(timeout, QStringLiteral("timeout"), 1, kMaxTimeoutSeconds);
    if (!seconds)
        return seconds.error();
    const auto sandbox = m_manager->setTimeout(sandboxId.value(), seconds.value());
    if (!sandbox)
        return sandbox.error();
    return Reply{200, QJsonObject{{QStringLiteral("message"), QStringLiteral("Timeout updated successfully")},
                                  {QStringLiteral("timeout"), seconds.value()},
                                  {QStringLiteral("timeout_at"), Api::formatTimestamp(sandbox->timeoutAt)}}};
}

Result<Reply> LifecycleHandlers::metrics(const QString &id)
{
    const auto sandboxId = Parse::sandboxId(id);
    if (!sandboxId)
        return sandboxId.error();
    const auto metrics = m_manager->metrics(sandboxId.value());
    if (!metrics)
        return metrics.error();
    return Reply{200, metrics->toJson()};
}

Result<Reply> LifecycleHandlers::hostUrl(const QString &id, const QString &port)
{
    const auto sandboxId = Parse::sandboxId(id);
    if (!sandboxId)
        return sandboxId.error();
    const auto portNumber = Parse::pathInteger(port, QStringLiteral("port"), 1, 65535);
    if (!portNumber)
        return portNumber.error();
    const auto url = m_manager->hostUrl(sandboxId.value(), quint16(portNumber.value()));
    if (!url)
        return url.error();
    return Reply{200, QJsonObject{{QStringLiteral("url"), url.value()}}};
}

Result<Reply> LifecycleHandlers::templates(const QUrlQuery &query) const
{
    const auto page = Parse::page(query, kDefaultPageSize, kMaxPageSize);
    if (!page)
        return page.error();
    QJsonArray templates;
    const QList<TemplateSpec> &all = m_templates->all();
    for (qsizetype i = page->offset; i < all.size() && templates.size() < page->limit; ++i)
        templates.append(all.at(i).info.toJson());
    return Reply{200, QJsonObject{{QStringLiteral("templates"), templates},
                                  {QStringLiteral("limit"), page->limit},
                                  {QStringLiteral("offset"), page->offset}}};
}

} // namespace Sandbar::Server
