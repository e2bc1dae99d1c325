// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apitypes.h"
#include "http/apierror.h"

#include <QHash>
#include <QString>

namespace Sandbar::Server {

class SandboxManager;
class TemplateCatalog;

// E2B's legacy SessionsApi (shared/api-docs/002) on sandbar-local's sandboxes. A session is a
// live sandbox; one created here lives while someone refreshes it: create and every refresh
// move its deadline to at least the idle time from now (--e2b-idle, 30 s by default), so a
// session nobody refreshes ends (timed out) that long after the last refresh. A refresh never shortens a sandbox made
// through another API. codeSnippetID picks the template (TemplateCatalog::findForImage);
// editEnabled is kept for the session's lifetime in this process; clientID is
// "sandbar-local". Sandboxes made through other APIs are listed with their template's name
// as codeSnippetID and editEnabled false.
class E2bSessionsHandlers
{
public:
    E2bSessionsHandlers(SandboxManager *manager, const TemplateCatalog *templates, int idleSeconds);

    Result<Reply> list() const;
    Result<Reply> create(const QByteArray &body);
    Result<Reply> remove(const QString &id);
    Result<Reply> refresh(const QString &id);

private:
    QJsonObject sessionJson(const Api::Sandbox &sandbox) const;

    SandboxManager *m_manager;
    const TemplateCatalog *m_templates;
    int m_idleSeconds;
    struct Attributes
    {
        QString codeSnippetId;
        bool editEnabled = false;
    };
    QHash<QString, Attributes> m_attributes;
};

} // namespace Sandbar::Server
