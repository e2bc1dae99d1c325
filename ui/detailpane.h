// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/providers/sandboxprovider.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace Sandbar::Core {
class MetricsHistory;
class SessionListModel;
} // namespace Sandbar::Core

namespace Sandbar::Ui {

class MetricsCharts;
class OverviewPane;

// The selected session: a large countdown to its deadline, extend and kill, its facts, a host
// URL for a port, and its metrics charts. With nothing selected, the connection's overview.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    DetailPane(Core::SessionListModel *model, Core::MetricsHistory *history, QWidget *parent = nullptr);

    void setSession(const QString &id);
    QString session() const { return m_id; }
    void setExtendEnabled(bool enabled);
    // What the connection's service offers: extension, host URLs, metrics and keep-alive are
    // shown only where it has them; `serviceName` names it where the pane says what is absent.
    void setCapabilities(Core::SandboxProvider::Capabilities capabilities, const QString &serviceName);
    void setMaxTimeoutSeconds(int seconds) { m_maxTimeoutSeconds = seconds; }
    void setKeepAliveSeconds(int seconds) { m_keepAliveSeconds = seconds; }
    // Re-reads the session from the model: every second, and when its row changes.
    void refresh();

    void showHostUrl(const QString &id, int port, const QUrl &url);
    void showHostUrlError(const QString &id, const QString &message);

    QLabel *countdownLabel() const { return m_countdown; }
    QPushButton *extendFiveButton() const { return m_extend5; }
    QPushButton *killButton() const { return m_kill; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *extendFifteenButton() const { return m_extend15; }
    // What an extension can still add, when the API's cap is near (hidden otherwise).
    QLabel *extendNote() const { return m_extendNote; }
    QCheckBox *keepAliveBox() const { return m_keepAlive; }
    QLabel *serviceNote() const { return m_serviceNote; }
    QLabel *detailsLabel() const { return m_details; }
    MetricsCharts *charts() const { return m_charts; }
    // What the pane shows when no session is selected.
    OverviewPane *overview() const { return m_overview; }

signals:
    void extendRequested(const QString &id, int seconds);
    void killRequested(const QString &id);
    void startRequested(const QString &id);
    void stopRequested(const QString &id);
    void hostUrlRequested(const QString &id, int port);
    void keepAliveRequested(const QString &id, bool keep);

private:
    QLabel *addFact(QFormLayout *form, const QString &label);
    void askCustomExtension();

    Core::SessionListModel *m_model;
    QString m_id;
    int m_maxTimeoutSeconds = 3600;
    int m_keepAliveSeconds = 5;
    bool m_extendEnabled = true;
    Core::SandboxProvider::Capabilities m_capabilities;

    QStackedWidget *m_stack;
    OverviewPane *m_overview;
    QLabel *m_countdown;
    QLabel *m_urgency;
    QLabel *m_extendNote;
    QPushButton *m_extend5;
    QPushButton *m_extend15;
    QPushButton *m_extendCustom;
    QPushButton *m_kill;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_status;
    QLabel *m_template;
    QLabel *m_started;
    QLabel *m_ended;
    QLabel *m_deadline;
    QLabel *m_resources;
    QLabel *m_metadata;
    QLabel *m_details;
    QCheckBox *m_keepAlive;
    QLabel *m_serviceNote;
    QWidget *m_urlRow;
    QFormLayout *m_rightFacts;
    QFormLayout *m_leftFacts;
    QLabel *m_idLabel;
    QSpinBox *m_port;
    QPushButton *m_getUrl;
    QLineEdit *m_url;
    QPushButton *m_copyUrl;
    QLabel *m_urlError;
    MetricsCharts *m_charts;
};

} // namespace Sandbar::Ui
