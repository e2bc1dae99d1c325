// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apierror.h"

#include <QUrlQuery>

namespace Sandbar::Server {

class SandboxManager;
class TemplateCatalog;

// The Sandbox Lifecycle, Configuration and Template sections of the API: validate the
// request, call the manager, shape the documented reply. No HTTP in here.
class LifecycleHandlers
{
public:
    LifecycleHandlers(SandboxManager *manager, const TemplateCatalog *templates);

    Result<Reply> create(const QByteArray &body);
    Result<Reply> list(const QUrlQuery &query) const;
    Result<Reply> get(const QString &id) const;
    Result<Reply> kill(const QString &id);
    Result<Reply> setTimeout(const QString &id, const QByteArray &body);
    Result<Reply> metrics(const QString &id);
    Result<Reply> hostUrl(const QString &id, const QString &port);
    Result<Reply> templates(const QUrlQuery &query) const;

private:
    SandboxManager *m_manager;
    const TemplateCatalog *m_templates;
};

} // namespace Sandbar::Server
