// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apitypes.h"
#include "http/apierror.h"

#include <QObject>
#include <QUrlQuery>

#include <functional>

namespace Sandbar::Server {

class IoHandlers;
class SandboxManager;
class TemplateCatalog;

// The Sandbox Sessions API (shared/api-docs/000) on sandbar-local's sandboxes: a session is
// a live sandbox (running: RUNNING; ended sandboxes are not sessions: 404). The document's
// fields and bounds are checked here; the routes are in routes/sandboxsessionsroutes.
// - create {ttl 60..28800 = 3600, image, metadata, ssh_public_key}: the image picks a template
//   (TemplateCatalog::findForImage); the key is appended to /home/user/.ssh/authorized_keys in
//   the sandbox (sandbar-local runs no SSH server: it is there for what the code does with it).
// - run_code {code, language python|javascript|bash = python, timeout 1..300 = 60} runs the
//   code as a fresh process (python3 -c, node -e, bash -c): nothing is kept between runs.
//   -> {status "success"|"error"|"timeout", exitCode, stdout, stderr}; a timeout is a result
//   (status "timeout", exitCode 124), not an HTTP error.
class SandboxSessionsHandlers : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<Reply> &)>;

    SandboxSessionsHandlers(SandboxManager *manager, const TemplateCatalog *templates, IoHandlers *io,
                            QObject *parent = nullptr);

    void create(const QByteArray &body, Done done);
    Result<Reply> list(const QUrlQuery &query) const;
    Result<Reply> get(const QString &id) const;
    Result<Reply> remove(const QString &id);
    void runCode(const QString &id, const QByteArray &body, Done done);

    static constexpr int kMinTtl = 60;
    static constexpr int kMaxTtl = 28800;
    static constexpr int kDefaultTtl = 3600;

private:
    SandboxManager *m_manager;
    const TemplateCatalog *m_templates;
    IoHandlers *m_io;
};

} // namespace Sandbar::Server
