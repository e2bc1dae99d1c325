// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/connectionprofile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Sandbar::Core {
class KindDetector;
}

namespace Sandbar::Ui {

// One remote profile: name, API kind, base URL and, optionally, a new token for the keyring.
// Detect asks the URL which API it speaks and proposes the kind (and URL) that answered.
class ProfileEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing`: names already taken (the edited profile's own name excluded).
    ProfileEditDialog(const Core::ConnectionProfile &profile, const QStringList &existing, bool isNew,
                      QWidget *parent = nullptr);

    Core::ConnectionProfile profile() const;
    QByteArray token() const;
    QString problem() const;
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *detectButton() const { return m_detect; }
    QLabel *detectResult() const { return m_detectResult; }

private:
    void validate();
    void detect();
    void updateHints();

    QString m_originalName;
    QStringList m_existing;
    bool m_isNew;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QPushButton *m_detect;
    QLabel *m_detectResult;
    Core::KindDetector *m_detector;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Sandbar::Ui
