// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a service does not offer: every optional call answers Unsupported with a reason.
#include "core/providers/sandboxprovider.h"

namespace Sandbar::Core {

using namespace Sandbar::Api;

namespace {
template <typename T> QFuture<ApiResult<T>> unsupported(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Unsupported;
    error.message = message;
    return QtFuture::makeReadyFuture(ApiResult<T>(error));
}
} // namespace

QFuture<ApiResult<TimeoutUpdate>> SandboxProvider::setTimeout(const QString &, int)
{
    return unsupported<TimeoutUpdate>(tr("This service cannot extend a session."));
}

QFuture<ApiResult<CodeCompletion>> SandboxProvider::completeCode(const QString &, const QString &, const QString &,
                                                                 const QString &, int)
{
    return unsupported<CodeCompletion>(tr("This service does not complete code."));
}

QFuture<ApiResult<CodeInspection>> SandboxProvider::inspectCode(const QString &, const QString &, const QString &,
                                                                const QString &, int)
{
    return unsupported<CodeInspection>(tr("This service does not describe code."));
}

QFuture<ApiResult<Sandbox>> SandboxProvider::startSandbox(const QString &)
{
    return unsupported<Sandbox>(tr("This service cannot start a stopped session."));
}

QFuture<ApiResult<Sandbox>> SandboxProvider::stopSandbox(const QString &)
{
    return unsupported<Sandbox>(tr("This service cannot stop a session and keep it."));
}

QFuture<ApiResult<SandboxMetrics>> SandboxProvider::metrics(const QString &, const CallOptions &)
{
    return unsupported<SandboxMetrics>(tr("This service reports no metrics."));
}

QFuture<ApiResult<HostUrl>> SandboxProvider::hostUrl(const QString &, int)
{
    return unsupported<HostUrl>(tr("This service cannot open a session's ports to this computer."));
}

QFuture<ApiResult<QList<SandboxTemplate>>> SandboxProvider::listTemplates()
{
    return unsupported<QList<SandboxTemplate>>(tr("This service has no templates."));
}

QFuture<ApiResult<FileContent>> SandboxProvider::readFile(const QString &, const QString &)
{
    return unsupported<FileContent>(tr("This service gives no access to a session's files."));
}

QFuture<ApiResult<FileWriteResult>> SandboxProvider::writeFile(const QString &, const QString &, const QString &)
{
    return unsupported<FileWriteResult>(tr("This service gives no access to a session's files."));
}

QFuture<ApiResult<FileList>> SandboxProvider::listFiles(const QString &, const QString &)
{
    return unsupported<FileList>(tr("This service gives no access to a session's files."));
}

QFuture<ApiResult<Confirmation>> SandboxProvider::deleteFile(const QString &, const QString &)
{
    return unsupported<Confirmation>(tr("This service gives no access to a session's files."));
}

QFuture<ApiResult<Confirmation>> SandboxProvider::makeDirectory(const QString &, const QString &)
{
    return unsupported<Confirmation>(tr("This service gives no access to a session's files."));
}

QFuture<ApiResult<UploadResult>> SandboxProvider::uploadFile(const QString &, const QString &, const QByteArray &,
                                                             const QString &)
{
    return unsupported<UploadResult>(tr("This service cannot take uploads."));
}

QFuture<ApiResult<QByteArray>> SandboxProvider::downloadFile(const QString &, const QString &)
{
    return unsupported<QByteArray>(tr("This service offers no downloads."));
}

QFuture<ApiResult<UploadResult>> SandboxProvider::uploadLocalFile(const QString &, const QString &, const QString &)
{
    return unsupported<UploadResult>(tr("This service offers no uploads."));
}

QFuture<ApiResult<qint64>> SandboxProvider::downloadToFile(const QString &, const QString &, const QString &)
{
    return unsupported<qint64>(tr("This service offers no downloads."));
}

QFuture<ApiResult<CommandResult>> SandboxProvider::runCommand(const QString &, const CommandRequest &)
{
    return unsupported<CommandResult>(tr("This service cannot run commands."));
}

QFuture<ApiResult<CodeRunResult>> SandboxProvider::runCode(const QString &, const CodeRunRequest &)
{
    return unsupported<CodeRunResult>(tr("This service cannot run code."));
}

QFuture<ApiResult<CodeContext>> SandboxProvider::createCodeContext(const QString &, const QString &, const QString &)
{
    return unsupported<CodeContext>(tr("This service has no code contexts."));
}

QFuture<ApiResult<CodeContext>> SandboxProvider::getCodeContext(const QString &, const QString &)
{
    return unsupported<CodeContext>(tr("This service has no code contexts."));
}

QFuture<ApiResult<Confirmation>> SandboxProvider::deleteCodeContext(const QString &, const QString &)
{
    return unsupported<Confirmation>(tr("This service has no code contexts."));
}

QFuture<ApiResult<QList<CodeContext>>> SandboxProvider::listCodeContexts(const QString &)
{
    return unsupported<QList<CodeContext>>(tr("This service cannot list code contexts."));
}

QFuture<ApiResult<InterruptResult>> SandboxProvider::interruptRun(const QString &, const QString &, const QString &)
{
    return unsupported<InterruptResult>(tr("This service cannot interrupt runs."));
}

QFuture<ApiResult<ExecutionPage>> SandboxProvider::listExecutions(const QString &, int, int)
{
    return unsupported<ExecutionPage>(tr("This service keeps no run history."));
}

QFuture<ApiResult<Execution>> SandboxProvider::getExecution(const QString &, const QString &)
{
    return unsupported<Execution>(tr("This service keeps no run history."));
}

QFuture<ApiResult<Confirmation>> SandboxProvider::keepAlive(const QString &)
{
    return unsupported<Confirmation>(tr("This service keeps sessions without being asked."));
}

QFuture<ApiResult<ExecutionPage>> SandboxProvider::listAllExecutions(const QString &, int, int)
{
    return unsupported<ExecutionPage>(tr("This service lists runs per session only."));
}

QFuture<ApiResult<ContainerPage>> SandboxProvider::listContainers(int, int, const CallOptions &)
{
    return unsupported<ContainerPage>(tr("This service runs no containers."));
}

QFuture<ApiResult<Container>> SandboxProvider::getContainer(const QString &)
{
    return unsupported<Container>(tr("This service runs no containers."));
}

QFuture<ApiResult<QString>> SandboxProvider::createContainer(const ContainerRequest &)
{
    return unsupported<QString>(tr("This service runs no containers."));
}

QFuture<ApiResult<Confirmation>> SandboxProvider::cancelContainer(const QString &)
{
    return unsupported<Confirmation>(tr("This service runs no containers."));
}

QFuture<ApiResult<ContainerLogPage>> SandboxProvider::containerLogs(const QString &, int, int)
{
    return unsupported<ContainerLogPage>(tr("This service runs no containers."));
}

QFuture<ApiResult<double>> SandboxProvider::estimateCost(const ContainerRequest &)
{
    return unsupported<double>(tr("This service has no cost estimate."));
}

CodeRunStream *SandboxProvider::runCodeStreaming(const QString &, const CodeRunRequest &)
{
    return nullptr;
}

TerminalChannel *SandboxProvider::openTerminal(const QString &, int, int)
{
    return nullptr;
}

} // namespace Sandbar::Core
