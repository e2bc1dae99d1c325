// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apitypes.h"
#include "core/api/operationtypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Sandbar::Ui {

class KeyValueTable;

// New sandbox: template (from the templates endpoint), timeout, environment variables,
// metadata, and network on or off where the provider can do that. OK stays disabled, with the
// reason shown, until the request is valid; nothing invalid is sent.
class CreateSandboxDialog : public QDialog
{
    Q_OBJECT
public:
    CreateSandboxDialog(bool networkOption, int maxTimeoutSeconds, QWidget *parent = nullptr);

    void setTemplates(const QList<Api::SandboxTemplate> &templates);
    void setTemplatesError(const QString &message);
    // `fixed`: the server has just this provider and region (sandbar-local): shown as facts,
    // not as fields to change.
    void setProviderAndRegion(const QString &provider, const QString &region, bool fixed = false);
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

private:
    void validate();

    QLineEdit *m_provider;
    QLineEdit *m_region;
    QComboBox *m_template;
    QLabel *m_templateInfo;
    QSpinBox *m_timeout;
    KeyValueTable *m_env;
    KeyValueTable *m_metadata;
    QCheckBox *m_network;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QList<Api::SandboxTemplate> m_templates;
};

} // namespace Sandbar::Ui
