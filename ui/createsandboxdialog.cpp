// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "createsandboxdialog.h"

#include "agentsandboxfields.h"

#include "keyvaluetable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
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

using Form = Core::SandboxProvider::CreateForm;

Form CreateSandboxDialog::agentSandboxesForm(int maxTimeoutSeconds)
{
    Form form;
    form.fields = Form::ProviderRegion | Form::Template | Form::Timeout | Form::EnvVars | Form::Metadata;
    form.minTimeoutSeconds = 1;
    form.maxTimeoutSeconds = maxTimeoutSeconds;
    form.defaultTimeoutSeconds = std::min(600, maxTimeoutSeconds);
    return form;
}

CreateSandboxDialog::CreateSandboxDialog(bool networkOption, int maxTimeoutSeconds, QWidget *parent)
    : CreateSandboxDialog(agentSandboxesForm(maxTimeoutSeconds), networkOption, parent)
{
}

CreateSandboxDialog::CreateSandboxDialog(const Form &form, bool networkOption, QWidget *parent)
    : QDialog(parent), m_form(form), m_provider(new QLineEdit(this)), m_region(new QLineEdit(this)), m_template(new QComboBox(this)),
      m_templateInfo(new QLabel(this)), m_timeout(new QSpinBox(this)), m_env(new KeyValueTable(tr("Environment variables"), this)),
      m_metadata(new KeyValueTable(tr("Metadata"), this)), m_network(new QCheckBox(tr("Network access"), this)),
      m_image(new QLineEdit(this)), m_sshKey(new QLineEdit(this)), m_codeSnippet(new QLineEdit(this)),
      m_editEnabled(new QCheckBox(tr("Others may edit the session's code"), this)), m_problem(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool sandboxes = form.has(Form::Template);
    setWindowTitle(sandboxes ? tr("New sandbox") : form.has(Form::AgentConfig) ? tr("New agent sandbox") : tr("New session"));
    setMinimumWidth(480);
    m_template->setPlaceholderText(tr("Loading templates…"));
    m_templateInfo->setWordWrap(true);
    m_timeout->setRange(form.minTimeoutSeconds, form.maxTimeoutSeconds);
    m_timeout->setValue(form.defaultTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(form.has(Form::Template)
                              ? tr("The sandbox ends by itself after this time unless extended (at most %1 s).").arg(form.maxTimeoutSeconds)
                              : tr("The session ends by itself after this time: %1 to %2 s (%3 h); it cannot be extended later.")
                                    .arg(form.minTimeoutSeconds).arg(form.maxTimeoutSeconds).arg(form.maxTimeoutSeconds / 3600.0));
    m_image->setPlaceholderText(tr("Optional, e.g. python:3.11 (the service's default if empty)"));
    m_sshKey->setPlaceholderText(tr("Optional: ssh-ed25519 AAAA… user@host"));
    m_codeSnippet->setPlaceholderText(tr("Required: the code snippet (environment) the session runs"));
    m_network->setToolTip(tr("Off: the sandbox cannot reach any network. On: it can, and its ports get host URLs."));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *rows = m_rows = new QFormLayout;
    const auto addRow = [&](bool shown, const QString &label, QWidget *field) {
        if (shown)
            rows->addRow(label, field);
        else
            field->hide();
    };
    addRow(form.has(Form::ProviderRegion), tr("Provider"), m_provider);
    addRow(form.has(Form::ProviderRegion), tr("Region"), m_region);
    addRow(form.has(Form::Template), tr("Template"), m_template);
    addRow(form.has(Form::Template), QString(), m_templateInfo);
    if (form.has(Form::Language)) {
        m_language = new QComboBox(this);
        m_language->addItem(tr("Python"), QStringLiteral("python"));
        m_language->addItem(tr("JavaScript"), QStringLiteral("javascript"));
        m_language->addItem(tr("Bash"), QStringLiteral("bash"));
        m_language->setToolTip(tr("What the session runs; its state persists between runs"));
        rows->addRow(tr("Language"), m_language);
    }
    if (form.has(Form::Resources)) {
        // 0 leaves each to the service's default.
        m_cpu = new QDoubleSpinBox(this);
        m_cpu->setRange(0, 64);
        m_cpu->setSingleStep(0.5);
        m_cpu->setDecimals(1);
        m_cpu->setSpecialValueText(tr("service default"));
        m_cpu->setSuffix(tr(" cores"));
        m_memory = new QSpinBox(this);
        m_memory->setRange(0, 1 << 20);
        m_memory->setSingleStep(256);
        m_memory->setSpecialValueText(tr("service default"));
        m_memory->setSuffix(tr(" MiB"));
        m_storage = new QSpinBox(this);
        m_storage->setRange(0, 10000);
        m_storage->setSpecialValueText(tr("service default"));
        m_storage->setSuffix(tr(" GB"));
        rows->addRow(tr("CPU"), m_cpu);
        rows->addRow(tr("Memory"), m_memory);
        rows->addRow(tr("Storage"), m_storage);
    }
    if (form.has(Form::Name) || form.has(Form::Workspace) || form.has(Form::AgentConfig)) {
        m_agent = new AgentSandboxFields(this);
        rows->addRow(m_agent);
        connect(m_agent, &AgentSandboxFields::edited, this, &CreateSandboxDialog::validate);
    }
    addRow(form.has(Form::CodeSnippet), tr("Code snippet ID"), m_codeSnippet);
    addRow(form.has(Form::EditEnabled), tr("Editing"), m_editEnabled);
    addRow(form.has(Form::Image), tr("Image"), m_image);
    addRow(form.has(Form::Timeout), sandboxes ? tr("Timeout") : tr("TTL"), m_timeout);
    addRow(form.has(Form::EnvVars), tr("Environment"), m_env);
    addRow(form.has(Form::Metadata), tr("Metadata"), m_metadata);
    addRow(form.has(Form::SshKey), tr("SSH public key"), m_sshKey);
    addRow(networkOption, tr("Network"), m_network);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(rows);
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
    for (QLineEdit *edit : {m_image, m_sshKey, m_codeSnippet})
        connect(edit, &QLineEdit::textChanged, this, &CreateSandboxDialog::validate);
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

void CreateSandboxDialog::setConnections(const QStringList &names, const QString &current)
{
    if (names.size() < 2 || m_connection)
        return;
    m_connection = new QComboBox(this);
    m_connection->setObjectName(QStringLiteral("connectionBox"));
    m_connection->addItems(names);
    m_connection->setCurrentText(current);
    m_connection->setToolTip(tr("The connection the new sandbox is made on; each has its own form."));
    m_rows->insertRow(0, tr("Connection"), m_connection);
    connect(m_connection, &QComboBox::currentTextChanged, this, &CreateSandboxDialog::connectionChosen);
}

void CreateSandboxDialog::setWorkspaces(const QList<Api::Workspace> &workspaces, const QString &current)
{
    if (m_agent)
        m_agent->setWorkspaces(workspaces, current);
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
    if (m_form.has(Form::ProviderRegion)) {
        request.provider = m_provider->text().trimmed();
        request.region = m_region->text().trimmed();
    }
    if (m_form.has(Form::Template))
        request.templateName = m_template->currentData().toString();
    if (m_form.has(Form::Timeout))
        request.timeoutSeconds = m_timeout->value();
    if (m_form.has(Form::EnvVars))
        request.envVars = m_env->pairs();
    if (m_form.has(Form::Metadata))
        request.metadata = m_metadata->pairs();
    if (!m_network->isHidden())
        request.network = m_network->isChecked();
    if (m_form.has(Form::Image))
        request.image = m_image->text().trimmed();
    if (m_form.has(Form::SshKey))
        request.sshPublicKey = m_sshKey->text().trimmed();
    if (m_form.has(Form::CodeSnippet))
        request.codeSnippetId = m_codeSnippet->text().trimmed();
    if (m_form.has(Form::EditEnabled))
        request.editEnabled = m_editEnabled->isChecked();
    if (m_language)
        request.language = m_language->currentData().toString();
    if (m_agent)
        m_agent->fill(request);
    if (m_cpu) {
        request.cpuCores = m_cpu->value();
        request.memoryMb = m_memory->value();
        request.storageGb = m_storage->value();
    }
    return request;
}

QString CreateSandboxDialog::problem() const
{
    if (m_form.has(Form::ProviderRegion) && m_provider->text().trimmed().isEmpty())
        return tr("Enter the provider the service expects.");
    if (m_form.has(Form::ProviderRegion) && m_region->text().trimmed().isEmpty())
        return tr("Enter a region.");
    if (m_form.has(Form::Template) && m_template->currentIndex() < 0)
        return tr("Choose a template.");
    if (m_form.has(Form::CodeSnippet) && m_codeSnippet->text().trimmed().isEmpty())
        return tr("Enter the code snippet ID the session is for.");
    if (m_agent) {
        if (QString agentProblem = m_agent->problem(); !agentProblem.isEmpty())
            return agentProblem;
    }
    const QString sshKey = m_sshKey->text().trimmed();
    if (m_form.has(Form::SshKey) && !sshKey.isEmpty() && !Api::isSshPublicKeyLine(sshKey))
        return tr("The SSH public key should read \"ssh-ed25519 AAAA… comment\", as in a .pub file.");
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
