// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditdialog.h"

#include "core/providers/agentsandboxesprovider.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sandbar::Ui {

ProfileEditDialog::ProfileEditDialog(const Core::ConnectionProfile &profile, const QStringList &existing, bool isNew,
                                     QWidget *parent)
    : QDialog(parent), m_originalName(profile.name), m_existing(existing), m_isNew(isNew), m_name(new QLineEdit(profile.name, this)),
      m_kind(new QComboBox(this)), m_url(new QLineEdit(profile.baseUrl.toString(), this)), m_token(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(isNew ? tr("Add connection profile") : tr("Edit connection profile"));
    // The one API Sandbar speaks so far.
    m_kind->addItem(tr("Agent Sandboxes API (004)"), Core::AgentSandboxesProvider::kind());
    m_url->setPlaceholderText(QStringLiteral("https://api.example.com"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(isNew ? tr("API token (kept in the system keyring)")
                                      : tr("Leave empty to keep the saved token"));
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("API"), m_kind);
    form->addRow(tr("Base URL"), m_url);
    form->addRow(tr("Token"), m_token);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_url, m_token})
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditDialog::validate);
    validate();
}

Core::ConnectionProfile ProfileEditDialog::profile() const
{
    Core::ConnectionProfile profile;
    profile.name = m_name->text().trimmed();
    profile.apiKind = m_kind->currentData().toString();
    profile.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    profile.kind = Core::ConnectionProfile::Kind::Remote;
    return profile;
}

QByteArray ProfileEditDialog::token() const
{
    return m_token->text().trimmed().toUtf8();
}

QString ProfileEditDialog::problem() const
{
    const Core::ConnectionProfile p = profile();
    if (m_existing.contains(p.name, Qt::CaseInsensitive))
        return tr("A profile named \"%1\" exists already.").arg(p.name);
    if (QString why = Core::ProfileStore::validate(p); !why.isEmpty())
        return why;
    // Tokens are kept under the profile's name: a new name needs the token again.
    if (token().isEmpty() && (m_isNew || p.name != m_originalName))
        return m_isNew ? tr("Enter the API token.") : tr("Enter the token again: the keyring keeps it under the profile's name.");
    return {};
}

void ProfileEditDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
}

} // namespace Sandbar::Ui
