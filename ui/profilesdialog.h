// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/connectionprofile.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace Sandbar::Core {
class TokenStore;
}

namespace Sandbar::Ui {

// Add, edit and remove connection profiles. Profiles go to QSettings, tokens to the keyring;
// when the keyring refuses, it says so here and nothing is written elsewhere.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfilesDialog(Core::TokenStore *tokens, QWidget *parent = nullptr);

signals:
    void profilesChanged();

private:
    void reload();
    void save();
    void add();
    void edit();
    void remove();
    void storeToken(const QString &name, const QByteArray &token);
    void updateButtons();

    Core::TokenStore *m_tokens;
    QList<Core::ConnectionProfile> m_profiles;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_message;
};

} // namespace Sandbar::Ui
