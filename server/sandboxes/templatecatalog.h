// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apitypes.h"

#include <QList>

namespace Sandbar::Server {

// A template is a set of limits that the launcher really enforces, plus the interpreter
// the sandbox is built around.
struct TemplateSpec
{
    Api::SandboxTemplate info;
    QString interpreter;   // absolute path inside the sandbox (the host's /usr is bound read-only)
    QString debianPackage; // what provides it, for the error message when it is missing
    int maxProcesses = 0;  // pids cgroup and RLIMIT_NPROC
};

class TemplateCatalog
{
public:
    TemplateCatalog();

    const QList<TemplateSpec> &all() const { return m_templates; }
    const TemplateSpec *find(const QString &name) const;
    static QString defaultName();

private:
    QList<TemplateSpec> m_templates;
};

} // namespace Sandbar::Server
