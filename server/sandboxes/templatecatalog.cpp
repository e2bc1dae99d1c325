// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxes/templatecatalog.h"

#include <QThread>
#include <QTimeZone>

#include <algorithm>

namespace Sandbar::Server {

namespace {
QDateTime catalogDate()
{
    return QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
}

TemplateSpec makeTemplate(const char *id, const char *name, const char *description,
                          const char *interpreter, const char *package)
{
    TemplateSpec spec;
    spec.info.id = QLatin1String(id);
    spec.info.name = QLatin1String(name);
    spec.info.description = QLatin1String(description);
    // Two vCPUs as the document's templates have, but never more than this machine has:
    // the launcher pins the sandbox to that many CPUs and sets a CFS quota where it can.
    spec.info.vcpuCount = std::clamp(QThread::idealThreadCount(), 1, 2);
    spec.info.memoryMb = 2048;
    // Enforced as the largest file a sandbox process may write (RLIMIT_FSIZE).
    spec.info.diskSizeMb = 1024;
    spec.info.visibility = QStringLiteral("public");
    spec.info.createdAt = catalogDate();
    spec.info.updatedAt = catalogDate();
    spec.interpreter = QLatin1String(interpreter);
    spec.debianPackage = QLatin1String(package);
    spec.maxProcesses = 256;
    return spec;
}
} // namespace

TemplateCatalog::TemplateCatalog()
{
    m_templates.append(makeTemplate(
        "ee7ac712-5161-46e8-9e02-22e2c1d1f018", "python-base-v1",
        "Python 3.11 base environment with common data science libraries (IPython, NumPy, "
        "pandas, Matplotlib)",
        "/usr/bin/python3", "python3"));
    m_templates.append(makeTemplate("ff8bd823-6272-57f9-a103-33e3c2e2f129", "javascript-base-v1",
                                    "Node.js (/usr/bin/node) base environment",
                                    "/usr/bin/node", "nodejs"));
}

const TemplateSpec *TemplateCatalog::find(const QString &name) const
{
    const auto it = std::find_if(m_templates.begin(), m_templates.end(),
                                 [&name](const TemplateSpec &spec) { return spec.info.name == name; });
    return it == m_templates.end() ? nullptr : &*it;
}

const TemplateSpec *TemplateCatalog::findForImage(const QString &image) const
{
    if (const TemplateSpec *exact = find(image))
        return exact;
    // A registry and namespace name the same image: docker.io/library/python:3.11 is python:3.11.
    const QString name = image.trimmed().toLower().section(QLatin1Char('/'), -1);
    if (name.startsWith(QLatin1String("python")))
        return find(QStringLiteral("python-base-v1"));
    if (name.startsWith(QLatin1String("node")) || name.startsWith(QLatin1String("javascript")))
        return find(QStringLiteral("javascript-base-v1"));
    return nullptr;
}

QString TemplateCatalog::imageChoices() const
{
    QStringList names;
    for (const TemplateSpec &spec : m_templates)
        names.append(spec.info.name);
    return QStringLiteral("%1, or a name starting with python or node (python:3.11, Nodejs …)")
        .arg(names.join(QStringLiteral(", ")));
}

QString TemplateCatalog::defaultName()
{
    return QStringLiteral("python-base-v1");
}

} // namespace Sandbar::Server
