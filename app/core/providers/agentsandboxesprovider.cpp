// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/providers/agentsandboxesprovider.h"
#include "core/providers/coderunstream.h"
#include "core/terminal/terminalchannel.h"

#include <QDir>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStorageInfo>

namespace Sandbar::Core {

using namespace Sandbar::Api;

namespace {

const QString kSandboxes = QStringLiteral("/v1/agents/sandboxes");

QString sandboxPath(const QString &id, const QString &rest = {})
{
    return kSandboxes + QLatin1Char('/') + HttpProvider::segment(id) + rest;
}

} // namespace

AgentSandboxesProvider::AgentSandboxesProvider(const QUrl &baseUrl, const QByteArray &token, QObject *parent)
    : HttpProvider(baseUrl, Credential{Credential::Scheme::Bearer, token, {}}, parent)
{
}

SandboxProvider::Capabilities AgentSandboxesProvider::capabilities() const
{
    Capabilities capabilities = Capability::Lifecycle | Capability::SetTimeout | Capability::Metrics |
                                Capability::HostUrl | Capability::Files | Capability::Transfers |
                                Capability::Commands | Capability::CodeRuns | Capability::CodeContexts |
                                Capability::Templates | Capability::Deadlines | Capability::StartTimes;
    if (m_localExtensions) {
        capabilities |= Capability::NetworkOption | Capability::ContextListing | Capability::StreamingRuns |
                        Capability::Interrupt | Capability::RunHistory | Capability::Completion | Capability::Terminal;
    }
    return capabilities;
}

SandboxProvider::CreateForm AgentSandboxesProvider::createForm() const
{
    CreateForm form;
    form.fields = CreateForm::ProviderRegion | CreateForm::Template | CreateForm::Timeout | CreateForm::EnvVars |
                  CreateForm::Metadata;
    form.minTimeoutSeconds = 1;
    form.maxTimeoutSeconds = 3600;
    form.defaultTimeoutSeconds = 300;
    return form;
}

QFuture<ApiResult<SandboxPage>> AgentSandboxesProvider::listSandboxes(int offset, int limit, const CallOptions &options)
{
    if (offset < 0 || limit < 1 || limit > maxPageSize())
        return invalid<SandboxPage>(tr("A page holds 1 to %1 sandboxes.").arg(maxPageSize()));
    HttpRequest request = getRequest(kSandboxes);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    // An idle service answers the same bytes poll after poll: the page read from them last
    // time is reused instead of parsing a thousand sandboxes again.
    return call<SandboxPage>(request, options, [cache = m_lastPage](const QByteArray &body) -> ApiResult<SandboxPage> {
        if (cache->page && cache->body == body)
            return *cache->page;
        ApiResult<SandboxPage> page = parseBody<SandboxPage>(body, &SandboxPage::fromJson);
        cache->body = page ? body : QByteArray();
        cache->page = page ? std::optional<SandboxPage>(*page) : std::nullopt;
        return page;
    });
}

QFuture<ApiResult<Sandbox>> AgentSandboxesProvider::getSandbox(const QString &id, const CallOptions &options)
{
    if (id.isEmpty())
        return invalid<Sandbox>(tr("No sandbox ID given."));
    return call<Sandbox>(getRequest(sandboxPath(id)), options, [](const QByteArray &body) {
        return parseBody<Sandbox>(body, &Sandbox::fromJson);
    });
}

QFuture<ApiResult<Sandbox>> AgentSandboxesProvider::createSandbox(const CreateSandboxRequest &request)
{
    if (request.provider.isEmpty() || request.region.isEmpty())
        return invalid<Sandbox>(tr("A provider and a region are required."));
    if (request.timeoutSeconds && (*request.timeoutSeconds < 1 || *request.timeoutSeconds > 3600))
        return invalid<Sandbox>(tr("The timeout must be 1 to 3600 seconds."));
    if (request.network && !m_localExtensions)
        return invalid<Sandbox>(tr("This server cannot switch a sandbox's network on or off."));
    return call<Sandbox>(jsonRequest("POST", kSandboxes, request.toJson(), false), {}, [](const QByteArray &body) {
        return parseBody<Sandbox>(body, &Sandbox::fromJson);
    });
}

QFuture<ApiResult<Confirmation>> AgentSandboxesProvider::killSandbox(const QString &id)
{
    if (id.isEmpty())
        return invalid<Confirmation>(tr("No sandbox ID given."));
    HttpRequest request = getRequest(sandboxPath(id));
    request.method = "DELETE";
    return call<Confirmation>(request, {}, [](const QByteArray &body) {
        return parseBody<Confirmation>(body, [](const QJsonObject &json, QString *error) {
            return Confirmation::fromJson(json, "sandbox_id", error);
        });
    });
}

QFuture<ApiResult<TimeoutUpdate>> AgentSandboxesProvider::setTimeout(const QString &id, int seconds)
{
    if (id.isEmpty())
        return invalid<TimeoutUpdate>(tr("No sandbox ID given."));
    if (seconds < 1 || seconds > 3600)
        return invalid<TimeoutUpdate>(tr("The timeout must be 1 to 3600 seconds."));
    const QJsonObject body{{QStringLiteral("timeout"), seconds}};
    return call<TimeoutUpdate>(jsonRequest("POST", sandboxPath(id, QStringLiteral("/timeout")), body, true), {},
                               [](const QByteArray &reply) {
                                   return parseBody<TimeoutUpdate>(reply, &TimeoutUpdate::fromJson);
                               });
}

QFuture<ApiResult<SandboxMetrics>> AgentSandboxesProvider::metrics(const QString &id, const CallOptions &options)
{
    if (id.isEmpty())
        return invalid<SandboxMetrics>(tr("No sandbox ID given."));
    return call<SandboxMetrics>(getRequest(sandboxPath(id, QStringLiteral("/metrics"))), options,
                                [](const QByteArray &body) {
                                    return parseBody<SandboxMetrics>(body, &SandboxMetrics::fromJson);
                                });
}

QFuture<ApiResult<HostUrl>> AgentSandboxesProvider::hostUrl(const QString &id, int port)
{
    if (id.isEmpty())
        return invalid<HostUrl>(tr("No sandbox ID given."));
    if (port < 1 || port > 65535)
        return invalid<HostUrl>(tr("Ports are 1 to 65535."));
    return call<HostUrl>(getRequest(sandboxPath(id, QStringLiteral("/host/%1").arg(port))), {},
                         [](const QByteArray &body) { return parseBody<HostUrl>(body, &HostUrl::fromJson); });
}

QFuture<ApiResult<QList<SandboxTemplate>>> AgentSandboxesProvider::listTemplates()
{
    HttpRequest request = getRequest(QStringLiteral("/v1/agents/templates"));
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    request.query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    return call<QList<SandboxTemplate>>(request, {}, [](const QByteArray &body) -> ApiResult<QList<SandboxTemplate>> {
        const ApiResult<TemplatePage> page = parseBody<TemplatePage>(body, &TemplatePage::fromJson);
        if (!page)
            return page.error();
        return page->templates;
    });
}

QFuture<ApiResult<FileContent>> AgentSandboxesProvider::readFile(const QString &id, const QString &path)
{
    if (id.isEmpty() || path.isEmpty())
        return invalid<FileContent>(tr("A sandbox and a path are required."));
    const QJsonObject body{{QStringLiteral("path"), path}};
    return call<FileContent>(jsonRequest("POST", sandboxPath(id, QStringLiteral("/files/read")), body, true), {},
                             [](const QByteArray &reply) { return parseBody<FileContent>(reply, &FileContent::fromJson); });
}

QFuture<ApiResult<FileWriteResult>> AgentSandboxesProvider::writeFile(const QString &id, const QString &path,
                                                                     const QString &content)
{
    if (id.isEmpty() || path.isEmpty())
        return invalid<FileWriteResult>(tr("A sandbox and a path are required."));
    const QJsonObject body{{QStringLiteral("path"), path}, {QStringLiteral("content"), content}};
    return call<FileWriteResult>(jsonRequest("POST", sandboxPath(id, QStringLiteral("/files/write")), body, false), {},
                                 [](const QByteArray &reply) {
                                     return parseBody<FileWriteResult>(reply, &FileWriteResult::fromJson);
                                 });
}

QFuture<ApiResult<FileList>> AgentSandboxesProvider::listFiles(const QString &id, const QString &path)
{
    if (id.isEmpty() || path.isEmpty())
        return invalid<FileList>(tr("A sandbox and a path are required."));
    const QJsonObject body{{QStringLiteral("path"), path}};
    return call<FileList>(jsonRequest("POST", sandboxPath(id, QStringLiteral("/files/list")), body, true), {},
                          [](const QByteArray &reply) { return parseBody<FileList>(reply, &FileList::fromJson); });
}

QFuture<ApiResult<Confirmation>> AgentSandboxesProvider::deleteFile(const QString &id, const QString &path)
{
    if (id.isEmpty() || path.isEmpty())
        return invalid<Confirmation>(tr("A sandbox and a path are required."));
    const QJsonObject body{{QStringLiteral("path"), path}};
    return call<Confirmation>(jsonRequest("POST", sandboxPath(id, QStringLiteral("/files/delete")), body, false), {},
                              [](const QByteArray &reply) {
                                  return parseBody<Confirmation>(reply, [](const QJsonObject &json, QString *error) {
                                      return Confirmation::fromJson(json, "path", error);
                                  });
                              });
}

QFuture<ApiResult<Confirmation>> AgentSandboxesProvider::makeDirectory(const QString &id, const QString &path)
{
    if (id.isEmpty() || path.isEmpty())
        return invalid<Confirmation>(tr("A sandbox and a path are required."));
    const QJsonObject body{{QStringLiteral("path"), path}};
    return call<Confirmation>(jsonRequest("POST", sandboxPath(id, QStringLiteral("/files/mkdir")), body, true), {},
                              [](const QByteArray &reply) {
                                  return parseBody<Confirmation>(reply, [](const QJsonObject &json, QString *error) {
                                      return Confirmation::fromJson(json, "path", error);
                                  });
                              });
}

QFuture<ApiResult<UploadResult>> AgentSandboxesProvider::uploadFile(const QString &id, const QString &fileName,
                                                                   const QByteArray &data, const QString &destination)
{
    if (id.isEmpty() || fileName.isEmpty())
        return invalid<UploadResult>(tr("A sandbox and a file name are required."));
    // Built by hand rather than with QHttpMultiPart so that a retry after a 429 can resend it.
    const QByteArray boundary = "sandbar-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    QByteArray quotedName = fileName.toUtf8();
    quotedName.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', "").replace('\n', "");
    QByteArray body;
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + quotedName +
            "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + data + "\r\n";
    if (!destination.isEmpty())
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"path\"\r\n\r\n" + destination.toUtf8() +
                "\r\n";
    body += "--" + boundary + "--\r\n";
    HttpRequest request;
    request.method = "POST";
    request.path = sandboxPath(id, QStringLiteral("/upload"));
    request.body = body;
    request.contentType = "multipart/form-data; boundary=" + boundary;
    request.idempotent = false;
    request.timeoutMs = 120000;
    return call<UploadResult>(
        request, {}, [](const QByteArray &reply) { return parseBody<UploadResult>(reply, &UploadResult::fromJson); },
        Call::Transfer);
}

QFuture<ApiResult<QByteArray>> AgentSandboxesProvider::downloadFile(const QString &id, const QString &path)
{
    if (id.isEmpty() || path.isEmpty())
        return invalid<QByteArray>(tr("A sandbox and a path are required."));
    HttpRequest request = getRequest(sandboxPath(id, QStringLiteral("/download")));
    request.query.addQueryItem(QStringLiteral("path"), QString::fromLatin1(QUrl::toPercentEncoding(path, "/")));
    request.timeoutMs = 120000;
    return call<QByteArray>(
        request, {}, [](const QByteArray &body) { return ApiResult<QByteArray>(body); }, Call::Transfer);
}

namespace {
// A streamed transfer fails after two minutes without a byte moved, however long it takes.
constexpr int kTransferIdleMs = 120000;
} // namespace

QFuture<ApiResult<UploadResult>> AgentSandboxesProvider::uploadLocalFile(const QString &id, const QString &localPath,
                                                                        const QString &destination)
{
    const QFileInfo local(localPath);
    if (id.isEmpty() || !local.isFile())
        return invalid<UploadResult>(tr("%1 is not a file that can be sent.").arg(QDir::toNativeSeparators(localPath)));
    QByteArray quotedName = local.fileName().toUtf8();
    quotedName.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', "").replace('\n', "");
    HttpRequest request;
    request.method = "POST";
    request.path = sandboxPath(id, QStringLiteral("/upload"));
    request.idempotent = false;
    request.timeoutMs = kTransferIdleMs;
    request.timeoutIsIdle = true;
    request.multipartError = tr("Cannot read %1.").arg(QDir::toNativeSeparators(localPath));
    // Made again for each attempt: the file is read from its start as the socket drains.
    request.multipart = [localPath, quotedName, destination]() -> QHttpMultiPart * {
        auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        auto *file = new QFile(localPath, form);
        if (!file->open(QIODevice::ReadOnly)) {
            delete form;
            return nullptr;
        }
        QHttpPart filePart;
        filePart.setRawHeader("Content-Disposition", "form-data; name=\"file\"; filename=\"" + quotedName + '"');
        filePart.setRawHeader("Content-Type", "application/octet-stream");
        filePart.setBodyDevice(file);
        form->append(filePart);
        if (!destination.isEmpty()) {
            QHttpPart pathPart;
            pathPart.setRawHeader("Content-Disposition", "form-data; name=\"path\"");
            pathPart.setBody(destination.toUtf8());
            form->append(pathPart);
        }
        return form;
    };
    return call<UploadResult>(
        request, {}, [](const QByteArray &reply) { return parseBody<UploadResult>(reply, &UploadResult::fromJson); },
        Call::Transfer);
}

QFuture<ApiResult<qint64>> AgentSandboxesProvider::downloadToFile(const QString &id, const QString &path,
                                                                  const QString &localPath)
{
    if (id.isEmpty() || path.isEmpty() || localPath.isEmpty())
        return invalid<qint64>(tr("A sandbox, a path and a local file are required."));
    // QSaveFile writes under a temporary name and renames on commit; dropped uncommitted, it
    // removes what it wrote.
    auto file = std::make_shared<QSaveFile>(localPath);
    if (!file->open(QIODevice::WriteOnly))
        return invalid<qint64>(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(localPath), file->errorString()));
    struct State
    {
        qint64 written = 0;
        QString failure;
        HttpTransport::RequestId request = 0;
        bool spaceChecked = false;
    };
    auto state = std::make_shared<State>();
    // Stops the transfer with `message` as its error (on the next turn: this runs in the reply's
    // own signals).
    const auto fail = [state, transport = QPointer<HttpTransport>(m_transport)](const QString &message) {
        if (!state->failure.isEmpty())
            return;
        state->failure = message;
        QMetaObject::invokeMethod(
            transport, [transport, id = state->request, message] { transport->cancel(id, message, ApiError::Kind::BadRequest); },
            Qt::QueuedConnection);
    };
    HttpRequest request = getRequest(sandboxPath(id, QStringLiteral("/download")));
    request.query.addQueryItem(QStringLiteral("path"), QString::fromLatin1(QUrl::toPercentEncoding(path, "/")));
    request.timeoutMs = kTransferIdleMs;
    request.timeoutIsIdle = true;
    // One attempt: a retry would write after what the cut one wrote.
    request.maxAttempts = 1;
    request.onData = [file, state, fail, localPath](const QByteArray &bytes) {
        if (!state->failure.isEmpty())
            return;
        if (file->write(bytes) != bytes.size()) {
            fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(localPath), file->errorString()));
            return;
        }
        state->written += bytes.size();
    };
    // Once the size is known, before much is written: is there room for all of it?
    request.onProgress = [state, fail, localPath](qint64, qint64 total) {
        if (total <= 0 || state->spaceChecked)
            return;
        state->spaceChecked = true;
        const QStorageInfo volume(QFileInfo(localPath).absolutePath());
        if (volume.isValid() && volume.bytesAvailable() >= 0 && total - state->written > volume.bytesAvailable()) {
            const QLocale locale;
            fail(tr("Not enough free space for %1: %2 needed, %3 free.")
                     .arg(QDir::toNativeSeparators(localPath), locale.formattedDataSize(total),
                          locale.formattedDataSize(volume.bytesAvailable())));
        }
    };
    return call<qint64>(
        request, {},
        [file, state](const QByteArray &) -> ApiResult<qint64> {
            if (!state->failure.isEmpty() || !file->commit()) {
                ApiError error;
                error.kind = ApiError::Kind::BadRequest;
                error.message = state->failure.isEmpty() ? tr("Cannot save the file: %1").arg(file->errorString()) : state->failure;
                return error;
            }
            return state->written;
        },
        Call::Transfer, &state->request);
}

QFuture<ApiResult<CommandResult>> AgentSandboxesProvider::runCommand(const QString &id, const CommandRequest &command)
{
    if (id.isEmpty() || command.command.isEmpty())
        return invalid<CommandResult>(tr("A sandbox and a command are required."));
    HttpRequest request = jsonRequest("POST", sandboxPath(id, QStringLiteral("/commands/run")), command.toJson(), false);
    request.timeoutMs = command.timeoutMs.value_or(30000) + 30000;
    return call<CommandResult>(request, {}, [](const QByteArray &reply) {
        return parseBody<CommandResult>(reply, &CommandResult::fromJson);
    });
}

QFuture<ApiResult<CodeRunResult>> AgentSandboxesProvider::runCode(const QString &id, const CodeRunRequest &run)
{
    if (id.isEmpty() || run.code.isEmpty())
        return invalid<CodeRunResult>(tr("A sandbox and some code are required."));
    HttpRequest request = jsonRequest("POST", sandboxPath(id, QStringLiteral("/code/run")), run.toJson(), false);
    // Without a timeout of its own a run may take long: allow the command default and more.
    request.timeoutMs = (run.timeoutSeconds.value_or(300) + 30) * 1000;
    return call<CodeRunResult>(request, {}, [](const QByteArray &reply) {
        return parseBody<CodeRunResult>(reply, &CodeRunResult::fromJson);
    });
}

QFuture<ApiResult<CodeContext>> AgentSandboxesProvider::createCodeContext(const QString &id, const QString &language,
                                                                         const QString &cwd)
{
    if (id.isEmpty())
        return invalid<CodeContext>(tr("No sandbox ID given."));
    QJsonObject body;
    if (!language.isEmpty())
        body.insert(QStringLiteral("language"), language);
    if (!cwd.isEmpty())
        body.insert(QStringLiteral("cwd"), cwd);
    return call<CodeContext>(jsonRequest("POST", sandboxPath(id, QStringLiteral("/code/contexts")), body, false), {},
                             [](const QByteArray &reply) { return parseBody<CodeContext>(reply, &CodeContext::fromJson); });
}

QFuture<ApiResult<CodeContext>> AgentSandboxesProvider::getCodeContext(const QString &id, const QString &contextId)
{
    if (id.isEmpty() || contextId.isEmpty())
        return invalid<CodeContext>(tr("A sandbox and a context are required."));
    return call<CodeContext>(getRequest(sandboxPath(id, QStringLiteral("/code/contexts/") + segment(contextId))), {},
                             [](const QByteArray &reply) { return parseBody<CodeContext>(reply, &CodeContext::fromJson); });
}

QFuture<ApiResult<Confirmation>> AgentSandboxesProvider::deleteCodeContext(const QString &id, const QString &contextId)
{
    if (id.isEmpty() || contextId.isEmpty())
        return invalid<Confirmation>(tr("A sandbox and a context are required."));
    HttpRequest request = getRequest(sandboxPath(id, QStringLiteral("/code/contexts/") + segment(contextId)));
    request.method = "DELETE";
    return call<Confirmation>(request, {}, [](const QByteArray &reply) {
        return parseBody<Confirmation>(reply, [](const QJsonObject &json, QString *error) {
            return Confirmation::fromJson(json, "context_id", error);
        });
    });
}

QFuture<ApiResult<QList<CodeContext>>> AgentSandboxesProvider::listCodeContexts(const QString &id)
{
    if (!m_localExtensions)
        return SandboxProvider::listCodeContexts(id);
    if (id.isEmpty())
        return invalid<QList<CodeContext>>(tr("No sandbox ID given."));
    return call<QList<CodeContext>>(
        getRequest(sandboxPath(id, QStringLiteral("/code/contexts"))), {}, [](const QByteArray &reply) {
            return parseBody<QList<CodeContext>>(reply, [](const QJsonObject &json, QString *error) -> std::optional<QList<CodeContext>> {
                if (!json.value(QStringLiteral("contexts")).isArray()) {
                    if (error)
                        *error = QStringLiteral("'contexts' is not an array");
                    return std::nullopt;
                }
                QList<CodeContext> contexts;
                for (const QJsonValue &value : json.value(QStringLiteral("contexts")).toArray()) {
                    const auto context = CodeContext::fromJson(value.toObject(), error);
                    if (!context)
                        return std::nullopt;
                    contexts.append(*context);
                }
                return contexts;
            });
        });
}

TerminalChannel *AgentSandboxesProvider::openTerminal(const QString &id, int cols, int rows)
{
    if (!m_localExtensions || id.isEmpty())
        return nullptr;
    HttpRequest request = getRequest(sandboxPath(id, QStringLiteral("/terminal")));
    request.query.addQueryItem(QStringLiteral("cols"), QString::number(cols));
    request.query.addQueryItem(QStringLiteral("rows"), QString::number(rows));
    QUrl url = m_transport->urlFor(request);
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    const QByteArray token = m_transport->credential().secret;
    return new TerminalChannel(url, {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token}});
}

CodeRunStream *AgentSandboxesProvider::runCodeStreaming(const QString &id, const CodeRunRequest &run)
{
    if (!m_localExtensions)
        return nullptr;
    auto *stream = new CodeRunStream;
    if (id.isEmpty() || run.code.isEmpty()) {
        // Reported after the caller has connected, as every other outcome is.
        QTimer::singleShot(0, stream, [stream] {
            ApiError error;
            error.kind = ApiError::Kind::BadRequest;
            error.message = tr("A sandbox and some code are required.");
            stream->end(error);
        });
        return stream;
    }
    HttpRequest request = jsonRequest("POST", sandboxPath(id, QStringLiteral("/code/run")), run.toJson(), false);
    request.timeoutMs = (run.timeoutSeconds.value_or(300) + 30) * 1000;
    request.accept = QByteArrayLiteral("text/event-stream");
    QPointer<CodeRunStream> guard(stream);
    request.onData = [guard](const QByteArray &bytes) {
        if (guard)
            guard->feed(bytes);
    };
    m_transport->send(request, stream, [stream](const ApiResult<HttpReply> &reply) {
        stream->end(reply ? ApiResult<QByteArray>(reply->body) : ApiResult<QByteArray>(reply.error()));
    });
    return stream;
}

namespace {
// Which context a call is about: its ID, or the default context of a language.
QJsonObject contextBody(const QString &contextId, const QString &language)
{
    QJsonObject body;
    if (!contextId.isEmpty())
        body.insert(QStringLiteral("context_id"), contextId);
    if (!language.isEmpty())
        body.insert(QStringLiteral("language"), language);
    return body;
}

// code/complete and code/inspect: asked as one types, quick or not at all (the editor
// completes from its own words meanwhile).
HttpRequest askRequest(const QString &path, const QString &contextId, const QString &language, const QString &code, int cursor)
{
    QJsonObject body = contextBody(contextId, language);
    body.insert(QStringLiteral("code"), code);
    body.insert(QStringLiteral("cursor"), cursor);
    HttpRequest request = HttpProvider::jsonRequest("POST", path, body, true);
    request.timeoutMs = 5000;
    request.maxAttempts = 1;
    return request;
}
} // namespace

QFuture<ApiResult<CodeCompletion>> AgentSandboxesProvider::completeCode(const QString &id, const QString &contextId,
                                                                        const QString &language, const QString &code, int cursor)
{
    if (!m_localExtensions)
        return SandboxProvider::completeCode(id, contextId, language, code, cursor);
    return call<CodeCompletion>(askRequest(sandboxPath(id, QStringLiteral("/code/complete")), contextId, language, code, cursor), {},
                                [](const QByteArray &reply) { return parseBody<CodeCompletion>(reply, &CodeCompletion::fromJson); });
}

QFuture<ApiResult<CodeInspection>> AgentSandboxesProvider::inspectCode(const QString &id, const QString &contextId,
                                                                       const QString &language, const QString &code, int cursor)
{
    if (!m_localExtensions)
        return SandboxProvider::inspectCode(id, contextId, language, code, cursor);
    return call<CodeInspection>(askRequest(sandboxPath(id, QStringLiteral("/code/inspect")), contextId, language, code, cursor), {},
                                [](const QByteArray &reply) { return parseBody<CodeInspection>(reply, &CodeInspection::fromJson); });
}

QFuture<ApiResult<InterruptResult>> AgentSandboxesProvider::interruptRun(const QString &id, const QString &contextId,
                                                                      const QString &language)
{
    if (!m_localExtensions)
        return SandboxProvider::interruptRun(id, contextId, language);
    if (id.isEmpty())
        return invalid<InterruptResult>(tr("No sandbox ID given."));
    const QJsonObject body = contextBody(contextId, language);
    // Sending SIGINT twice interrupts twice: not retried after a failure.
    HttpRequest request = jsonRequest("POST", sandboxPath(id, QStringLiteral("/code/interrupt")), body, false);
    request.timeoutMs = 10000;
    return call<InterruptResult>(request, {}, [](const QByteArray &reply) {
        return parseBody<InterruptResult>(reply, &InterruptResult::fromJson);
    });
}

QFuture<ApiResult<ExecutionPage>> AgentSandboxesProvider::listExecutions(const QString &id, int offset, int limit)
{
    if (!m_localExtensions)
        return SandboxProvider::listExecutions(id, offset, limit);
    if (id.isEmpty())
        return invalid<ExecutionPage>(tr("No sandbox ID given."));
    HttpRequest request = getRequest(sandboxPath(id, QStringLiteral("/code/executions")));
    request.query.addQueryItem(QStringLiteral("offset"), QString::number(std::max(0, offset)));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, 1000)));
    return call<ExecutionPage>(request, {}, [](const QByteArray &reply) {
        return parseBody<ExecutionPage>(reply, &ExecutionPage::fromJson);
    });
}

QFuture<ApiResult<Execution>> AgentSandboxesProvider::getExecution(const QString &id, const QString &executionId)
{
    if (!m_localExtensions)
        return SandboxProvider::getExecution(id, executionId);
    if (id.isEmpty() || executionId.isEmpty())
        return invalid<Execution>(tr("A sandbox and a run are required."));
    return call<Execution>(getRequest(sandboxPath(id, QStringLiteral("/code/executions/") + segment(executionId))), {},
                           [](const QByteArray &reply) { return parseBody<Execution>(reply, &Execution::fromJson); });
}

} // namespace Sandbar::Core
