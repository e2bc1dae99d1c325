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
    // A template for another API's image or environment name: a template's own name, or a
    // language family ("python:3.11", "Python3" -> python-base-v1; "node:20", "Nodejs" ->
    // javascript-base-v1), case-insensitively. nullptr for anything else.
    const TemplateSpec *findForImage(const QString &image) const;
    // "python-base-v1, javascript-base-v1 (or python…, node… images)": for error messages.
    QString imageChoices() const;
    static QString defaultName();

private:
    QList<TemplateSpec> m_templates;
};

} // namespace Sandbar::Server
