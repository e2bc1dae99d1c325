// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace Sandbar::Ui {

// The one inline banner at the top of the window for errors and connection trouble. A new
// message replaces the old one (no pile of dialogs); it may carry the action that fixes it.
class ErrorBanner : public QWidget
{
    Q_OBJECT
public:
    enum class Action { None, Retry, EnterToken };
    Q_ENUM(Action)

    explicit ErrorBanner(QWidget *parent = nullptr);

    // `source` names who raised it ("connection", "action"), so a later all-clear from the
    // same source can clear it without hiding someone else's message.
    void showMessage(const QString &source, const QString &message, Action action = Action::None);
    void clear(const QString &source);
    QString message() const;
    QString source() const { return m_source; }
    Action action() const { return m_action; }

signals:
    void actionTriggered(Sandbar::Ui::ErrorBanner::Action action);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateColors();
    // One line: the message elided to the room there is, whole in the tooltip.
    void layoutText();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_button;
    QToolButton *m_close;
    QString m_source;
    QString m_message;
    Action m_action = Action::None;
};

} // namespace Sandbar::Ui
