// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localserver.h"

#include "codecontextmanager.h"
#include "codehandlers.h"
#include "executionstore.h"
#include "httpapi.h"
#include "iohandlers.h"
#include "launcher.h"
#include "lifecyclehandlers.h"
#include "logging.h"
#include "sandboxmanager.h"
#include "sandboxstore.h"
#include "templatecatalog.h"

#include <QDir>
#include <QFile>

namespace Sandbar::Server {

namespace {
constexpr int kShutdownGraceMs = 2000;
}

LocalServer::LocalServer(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

LocalServer::~LocalServer()
{
    stop();
}

bool LocalServer::start(QString *error)
{
    if (!QDir().mkpath(m_options.dataDir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(m_options.dataDir);
        return false;
    }
    QFile::setPermissions(m_options.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (m_options.token.isEmpty()) {
        const auto token = loadOrCreateToken(m_options.dataDir, error);
        if (!token)
            return false;
        m_options.token = *token;
    }

    Launcher::Mode mode = Launcher::Mode::Bubblewrap;
    if (m_options.noIsolation) {
        mode = Launcher::Mode::Unisolated;
        qCCritical(lcServer).noquote()
            << "WARNING: --no-isolation: sandboxes run as plain processes of this user, with "
               "full access to this computer's files and network. Use it only for trusted code.";
    } else if (Launcher::findBubblewrap().isEmpty()) {
        qCCritical(lcServer).noquote() << "WARNING:" << Launcher::missingBubblewrapMessage();
    }

    m_store = std::make_unique<SandboxStore>();
    if (!m_store->open(m_options.dataDir + QStringLiteral("/sandbar-local.sqlite"), error))
        return false;
    m_templates = std::make_unique<TemplateCatalog>();
    m_manager = std::make_unique<SandboxManager>(m_options.dataDir, mode, m_store.get(), m_templates.get());
    if (!m_manager->restore(error))
        return false;
    m_lifecycle = std::make_unique<LifecycleHandlers>(m_manager.get(), m_templates.get());
    m_io = std::make_unique<IoHandlers>(m_manager.get());
    m_history = std::make_unique<ExecutionStore>(m_store->connectionName());
    if (!m_history->prepare(error))
        return false;
    m_contexts = std::make_unique<CodeContextManager>(m_manager.get());
    m_code = std::make_unique<CodeHandlers>(m_manager.get(), m_contexts.get(), m_history.get());
    m_api = std::make_unique<HttpApi>(m_options.token, m_options.rateLimitPerMinute, m_lifecycle.get(), m_io.get(),
                                      m_code.get());
    m_port = m_api->listen(m_options.address, m_options.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(m_options.host).arg(m_options.port);
        return false;
    }
    return true;
}

QString LocalServer::url() const
{
    return QStringLiteral("http://%1:%2").arg(m_options.host).arg(m_port);
}

void LocalServer::stop()
{
    if (m_api)
        m_api->stopListening();
    if (m_manager)
        m_manager->shutdown(kShutdownGraceMs);
    m_api.reset();
    m_code.reset();
    m_contexts.reset(); // ends every interpreter
    m_history.reset();
    m_io.reset(); // cancels operations still running
    m_lifecycle.reset();
    m_manager.reset();
    if (m_store)
        m_store->close();
    m_store.reset();
}

} // namespace Sandbar::Server
