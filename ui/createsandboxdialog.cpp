// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "createsandboxdialog.h"

#include "keyvaluetable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sandbar::Ui {

CreateSandboxDialog::CreateSandboxDialog(bool networkOption, int maxTimeoutSeconds, QWidget *parent)
    : QDialog(parent), m_provider(new QLineEdit(this)), m_region(new QLineEdit(this)), m_template(new QComboBox(this)),
      m_templateInfo(new QLabel(this)), m_timeout(new QSpinBox(this)), m_env(new KeyValueTable(tr("Environment variables"), this)),
      m_metadata(new KeyValueTable(tr("Metadata"), this)), m_network(new QCheckBox(tr("Network access"), this)),
      m_problem(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New sandbox"));
    m_template->setPlaceholderText(tr("Loading templates…"));
    m_templateInfo->setWordWrap(true);
    m_timeout->setRange(1, maxTimeoutSeconds);
    m_timeout->setValue(std::min(600, maxTimeoutSeconds));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("The sandbox ends by itself after this time unless extended (at most %1 s).").arg(maxTimeoutSeconds));
    m_network->setToolTip(tr("Off: the sandbox cannot reach any network. On: it can, and its ports get host URLs."));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *form = new QFormLayout;
    form->addRow(tr("Provider"), m_provider);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Template"), m_template);
    form->addRow(QString(), m_templateInfo);
    form->addRow(tr("Timeout"), m_timeout);
    form->addRow(tr("Environment"), m_env);
    form->addRow(tr("Metadata"), m_metadata);
    if (networkOption) {
        form->addRow(tr("Network"), m_network);
    } else {
        m_network->hide();
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_provider, &QLineEdit::textChanged, this, &CreateSandboxDialog::validate);
    connect(m_region, &QLineEdit::textChanged, this, &CreateSandboxDialog::validate);
    connect(m_template, &QComboBox::currentIndexChanged, this, &CreateSandboxDialog::validate);
    connect(m_env, &KeyValueTable::edited, this, &CreateSandboxDialog::validate);
    connect(m_metadata, &KeyValueTable::edited, this, &CreateSandboxDialog::validate);
    validate();
}

void CreateSandboxDialog::setProviderAndRegion(const QString &provider, const QString &region, bool fixed)
{
    m_provider->setText(provider);
    m_region->setText(region);
    for (QLineEdit *edit : {m_provider, m_region}) {
        edit->setReadOnly(fixed);
        edit->setFrame(!fixed);
        edit->setFocusPolicy(fixed ? Qt::NoFocus : Qt::StrongFocus);
        edit->setToolTip(fixed ? tr("This computer's own server has this one provider and region.") : QString());
        // Read like the other facts of the form: on the window's background.
        QPalette pal = palette();
        if (fixed)
            pal.setColor(QPalette::Base, pal.color(QPalette::Window));
        edit->setPalette(pal);
    }
}

void CreateSandboxDialog::setTemplates(const QList<Api::SandboxTemplate> &templates)
{
    m_templates = templates;
    m_template->clear();
    for (const Api::SandboxTemplate &t : templates)
        m_template->addItem(t.name, t.name);
    const int python = m_template->findData(QStringLiteral("python-base-v1"));
    m_template->setCurrentIndex(python >= 0 ? python : 0);
    if (templates.isEmpty())
        m_template->setPlaceholderText(tr("The server offers no templates"));
    validate();
}

void CreateSandboxDialog::setTemplatesError(const QString &message)
{
    m_template->setPlaceholderText(tr("Templates could not be loaded"));
    m_templateInfo->setText(message);
    validate();
}

Api::CreateSandboxRequest CreateSandboxDialog::request() const
{
    Api::CreateSandboxRequest request;
    request.provider = m_provider->text().trimmed();
    request.region = m_region->text().trimmed();
    request.templateName = m_template->currentData().toString();
    request.timeoutSeconds = m_timeout->value();
    request.envVars = m_env->pairs();
    request.metadata = m_metadata->pairs();
    if (!m_network->isHidden())
        request.network = m_network->isChecked();
    return request;
}

QString CreateSandboxDialog::problem() const
{
    if (m_provider->text().trimmed().isEmpty())
        return tr("Enter the provider the service expects.");
    if (m_region->text().trimmed().isEmpty())
        return tr("Enter a region.");
    if (m_template->currentIndex() < 0)
        return tr("Choose a template.");
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const Api::StringMap env = m_env->pairs();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        if (!envName.match(it.key()).hasMatch())
            return tr("\"%1\" is not a valid environment variable name (letters, digits and _, not starting with a digit).").arg(it.key());
    if (QString envProblem = m_env->problem(); !envProblem.isEmpty())
        return envProblem;
    return m_metadata->problem();
}

void CreateSandboxDialog::validate()
{
    const int index = m_template->currentIndex();
    if (index >= 0 && index < m_templates.size()) {
        const Api::SandboxTemplate &t = m_templates.at(index);
        m_templateInfo->setText(tr("%1 — %2 vCPU, %3 MB memory, %4 MB disk")
                                    .arg(t.description)
                                    .arg(t.vcpuCount)
                                    .arg(t.memoryMb)
                                    .arg(t.diskSizeMb));
    }
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace Sandbar::Ui
