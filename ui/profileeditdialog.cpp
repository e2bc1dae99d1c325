// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditdialog.h"

#include "core/providers/providerregistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sandbar::Ui {

ProfileEditDialog::ProfileEditDialog(const Core::ConnectionProfile &profile, const QStringList &existing, bool isNew,
                                     QWidget *parent)
    : QDialog(parent), m_originalName(profile.name), m_existing(existing), m_isNew(isNew), m_name(new QLineEdit(profile.name, this)),
      m_kind(new QComboBox(this)), m_url(new QLineEdit(profile.baseUrl.toString(), this)), m_token(new QLineEdit(this)),
      m_detect(new QPushButton(tr("Detect"), this)), m_detectResult(new QLabel(this)),
      m_detector(new Core::KindDetector(this)), m_problem(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(isNew ? tr("Add connection profile") : tr("Edit connection profile"));
    for (const Core::ProviderKind &kind : Core::providerKinds())
        m_kind->addItem(kind.displayName, kind.id);
    if (const int index = m_kind->findData(Core::canonicalKind(profile.apiKind)); index >= 0)
        m_kind->setCurrentIndex(index);
    m_detect->setToolTip(tr("Ask the URL which API it speaks (one harmless list request per API)"));
    m_detectResult->setObjectName(QStringLiteral("detectResult"));
    m_detectResult->setWordWrap(true);
    m_detectResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detectResult->hide();
    m_token->setEchoMode(QLineEdit::Password);
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 1);
    kindRow->addWidget(m_detect);
    form->addRow(tr("API"), kindRow);
    form->addRow(QString(), m_detectResult);
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
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileEditDialog::updateHints);
    connect(m_detect, &QPushButton::clicked, this, &ProfileEditDialog::detect);
    connect(m_detector, &Core::KindDetector::finished, this, [this](const Core::KindDetector::Outcome &outcome) {
        m_detect->setEnabled(true);
        if (outcome.matches.isEmpty()) {
            m_detectResult->setText(tr("No API answered as documented:\n%1").arg(outcome.attempts.join(QLatin1Char('\n'))));
            return;
        }
        // Keep the chosen kind when it answered; else the first that did.
        Core::KindDetector::Match match = outcome.matches.first();
        for (const auto &each : outcome.matches) {
            if (each.kind == m_kind->currentData().toString())
                match = each;
        }
        m_kind->setCurrentIndex(m_kind->findData(match.kind));
        m_url->setText(match.url.toString());
        QStringList names;
        for (const auto &each : outcome.matches)
            names.append(Core::providerKind(each.kind)->displayName);
        m_detectResult->setText(outcome.matches.size() == 1
                                    ? tr("This URL speaks %1.").arg(names.first())
                                    : tr("This URL speaks %1; %2 is chosen.").arg(names.join(QLatin1String(", ")),
                                                                                  Core::providerKind(match.kind)->displayName));
    });
    updateHints();
    validate();
}

void ProfileEditDialog::updateHints()
{
    const auto kind = Core::providerKind(m_kind->currentData().toString());
    if (!kind)
        return;
    m_url->setToolTip(tr("Base URL: %1").arg(kind->urlHint));
    m_token->setPlaceholderText(m_isNew ? tr("The service's %1 (kept in the system keyring)").arg(kind->credentialName)
                                        : tr("Leave empty to keep the saved %1").arg(kind->credentialName));
}

void ProfileEditDialog::detect()
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        m_detectResult->setText(tr("Enter the service's URL first."));
        m_detectResult->show();
        return;
    }
    if (token().isEmpty()) {
        m_detectResult->setText(tr("Enter the token first: the services answer only a client with one."));
        m_detectResult->show();
        return;
    }
    m_detect->setEnabled(false);
    m_detectResult->setText(tr("Asking %1…").arg(url.toDisplayString()));
    m_detectResult->show();
    m_detector->detect(url, token());
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
