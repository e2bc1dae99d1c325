// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apitypes.h"
#include "core/api/operationtypes.h"
#include "core/providers/sandboxprovider.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Sandbar::Ui {

class AgentSandboxFields;
class KeyValueTable;

// New sandbox, with the fields the service's create call has (SandboxProvider::CreateForm):
// provider and region, template (from the templates endpoint), timeout or TTL within its
// documented bounds, environment variables, metadata, image, SSH public key, code snippet,
// edit enabled, and network on or off where the provider can do that. OK stays disabled,
// with the reason shown, until the request is valid; nothing invalid is sent.
class CreateSandboxDialog : public QDialog
{
    Q_OBJECT
public:
    CreateSandboxDialog(const Core::SandboxProvider::CreateForm &form, bool networkOption, QWidget *parent = nullptr);
    // The Agent Sandboxes API's form with timeouts up to `maxTimeoutSeconds`.
    CreateSandboxDialog(bool networkOption, int maxTimeoutSeconds, QWidget *parent = nullptr);

    void setTemplates(const QList<Api::SandboxTemplate> &templates);
    void setTemplatesError(const QString &message);
    // `fixed`: the server has just this provider and region (sandbar-local): shown as facts,
    // not as fields to change.
    void setProviderAndRegion(const QString &provider, const QString &region, bool fixed = false);
    // Where the sandbox is made, when the list shows several connections: a choice at the top.
    // Choosing another asks for that connection's form (connectionChosen).
    void setConnections(const QStringList &names, const QString &current);
    QComboBox *connectionBox() const { return m_connection; }
    QLineEdit *providerEdit() const { return m_provider; }
    QLineEdit *regionEdit() const { return m_region; }

    Api::CreateSandboxRequest request() const;
    // Empty when the request may be sent.
    QString problem() const;

    QComboBox *templateBox() const { return m_template; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    KeyValueTable *environmentTable() const { return m_env; }
    KeyValueTable *metadataTable() const { return m_metadata; }
    QCheckBox *networkBox() const { return m_network; }
    QLineEdit *imageEdit() const { return m_image; }
    QLineEdit *sshKeyEdit() const { return m_sshKey; }
    QLineEdit *codeSnippetEdit() const { return m_codeSnippet; }
    QCheckBox *editEnabledBox() const { return m_editEnabled; }
    QComboBox *languageBox() const { return m_language; }
    QDoubleSpinBox *cpuBox() const { return m_cpu; }
    QSpinBox *memoryBox() const { return m_memory; }
    QSpinBox *storageBox() const { return m_storage; }
    // Name, workspace and agent config, where the form has them (null otherwise).
    AgentSandboxFields *agentFields() const { return m_agent; }
    void setWorkspaces(const QList<Api::Workspace> &workspaces, const QString &current);

signals:
    void connectionChosen(const QString &name);

private:
    void validate();
    static Core::SandboxProvider::CreateForm agentSandboxesForm(int maxTimeoutSeconds);

    Core::SandboxProvider::CreateForm m_form;
    QFormLayout *m_rows = nullptr;
    QComboBox *m_connection = nullptr;
    QLineEdit *m_provider;
    QLineEdit *m_region;
    QComboBox *m_template;
    QLabel *m_templateInfo;
    QSpinBox *m_timeout;
    KeyValueTable *m_env;
    KeyValueTable *m_metadata;
    QCheckBox *m_network;
    QLineEdit *m_image;
    QLineEdit *m_sshKey;
    QLineEdit *m_codeSnippet;
    QCheckBox *m_editEnabled;
    // Language and resources, where the form has them (null otherwise).
    QComboBox *m_language = nullptr;
    QDoubleSpinBox *m_cpu = nullptr;
    QSpinBox *m_memory = nullptr;
    QSpinBox *m_storage = nullptr;
    AgentSandboxFields *m_agent = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QList<Api::SandboxTemplate> m_templates;
};

} // namespace Sandbar::Ui
