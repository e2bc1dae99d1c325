// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilesdialog.h"
#include "core/net/continuation.h"

#include "profileeditdialog.h"

#include "core/settings/tokenstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Sandbar::Ui {

using Core::ConnectionProfile;

ProfilesDialog::ProfilesDialog(Core::TokenStore *tokens, QWidget *parent)
    : QDialog(parent), m_tokens(tokens), m_list(new QListWidget(this)), m_edit(new QPushButton(tr("Edit…"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Connection profiles"));
    auto *addButton = new QPushButton(tr("Add…"), this);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(520, 320);
    connect(addButton, &QPushButton::clicked, this, &ProfilesDialog::add);
    connect(m_edit, &QPushButton::clicked, this, &ProfilesDialog::edit);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::remove);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &ProfilesDialog::edit);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void ProfilesDialog::reload()
{
    QSettings settings;
    m_profiles = Core::ProfileStore::load(settings);
    m_list->clear();
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        m_list->addItem(p.kind == ConnectionProfile::Kind::ThisComputer
                            ? tr("%1 — the bundled sandbar-local").arg(p.name)
                            : QStringLiteral("%1 — %2").arg(p.name, p.baseUrl.toString()));
    m_list->setCurrentRow(0);
    updateButtons();
}

void ProfilesDialog::save()
{
    QSettings settings;
    Core::ProfileStore::save(settings, m_profiles);
    emit profilesChanged();
    reload();
}

void ProfilesDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool editable = row >= 0 && row < m_profiles.size() && m_profiles[row].kind == ConnectionProfile::Kind::Remote;
    m_edit->setEnabled(editable);
    m_remove->setEnabled(editable);
}

void ProfilesDialog::add()
{
    QStringList names;
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        names.append(p.name);
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Remote;
    ProfileEditDialog dialog(profile, names, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_profiles.append(dialog.profile());
    storeToken(dialog.profile().name, dialog.token());
    save();
}

void ProfilesDialog::edit()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_profiles.size() || m_profiles[row].kind != ConnectionProfile::Kind::Remote)
        return;
    QStringList names;
    for (int i = 0; i < m_profiles.size(); ++i)
        if (i != row)
            names.append(m_profiles[i].name);
    const QString oldName = m_profiles[row].name;
    ProfileEditDialog dialog(m_profiles[row], names, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_profiles[row] = dialog.profile();
    if (!dialog.token().isEmpty())
        storeToken(dialog.profile().name, dialog.token());
    if (dialog.profile().name != oldName)
        m_tokens->deleteToken(oldName);
    save();
}

void ProfilesDialog::remove()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_profiles.size() || m_profiles[row].kind != ConnectionProfile::Kind::Remote)
        return;
    const QString name = m_profiles[row].name;
    if (QMessageBox::question(this, tr("Remove profile"), tr("Remove the profile \"%1\" and its saved token?").arg(name)) !=
        QMessageBox::Yes)
        return;
    m_profiles.removeAt(row);
    Core::continueIn(this, m_tokens->deleteToken(name), [this, name](const Core::TokenResult &result) {
        if (!result.ok && !result.notFound) {
            m_message->setText(tr("The token of \"%1\" could not be removed from the keyring: %2").arg(name, result.error));
            m_message->show();
        }
    });
    save();
}

void ProfilesDialog::storeToken(const QString &name, const QByteArray &token)
{
    Core::continueIn(this, m_tokens->writeToken(name, token), [this, name](const Core::TokenResult &result) {
        if (result.ok) {
            m_message->hide();
            return;
        }
        // Never written anywhere else: the user has to know it is not kept.
        // `result.error` is a sentence of its own.
        m_message->setText(tr("The token for \"%1\" was not saved. %2 Sandbar will ask for it when connecting.")
                               .arg(name, result.error));
        m_message->show();
    });
}

} // namespace Sandbar::Ui
