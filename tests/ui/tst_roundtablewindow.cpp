// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Round Table in the window, offscreen, against a real sandbar-local: the workspace bar, the
// Messages tab and Start/Stop are there only for it; workspaces made from the bar; an agent
// sandbox made from the create dialog; start, uptime, stop; messages typed as JSON (refused
// while invalid), sent and broadcast, the counters and their chart; the workspace filter and
// its metrics; the collaboration refusal shown as the service says it; health in the tooltip.
#include "common/serverprocess.h"

#include "agentsandboxfields.h"
#include "collaborationdialog.h"
#include "createsandboxdialog.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "messagecounterschart.h"
#include "messagespane.h"
#include "sessionlistpane.h"
#include "workspacebar.h"

#include "core/agents/messagelistmodel.h"
#include "core/agents/messagescontroller.h"
#include "core/agents/workspacecontroller.h"
#include "core/providers/roundtableprovider.h"
#include "core/sessions/sessioncontroller.h"
#include "core/sessions/sessionfilterproxy.h"
#include "core/sessions/sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Sandbar;
using Core::SessionListModel;
using Ui::MainWindow;

class TstRoundTableWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_data;
    ServerProcess m_server;
    std::unique_ptr<MainWindow> m_window;
    QString m_workspace;
    QString m_researcher;
    QString m_developer;

    QDockWidget *messagesDock() const { return m_window->findChild<QDockWidget *>(QStringLiteral("messagesDock")); }
    Core::WorkspaceController *workspaces() const { return m_window->workspaceBar()->controller(); }
    QString idNamed(const QString &name) const
    {
        QString found;
        m_window->model()->forEachRow([&](const Api::Sandbox &sandbox, const Api::SandboxMetrics *, std::optional<qint64>) {
            if (sandbox.name == name)
                found = sandbox.id;
        });
        return found;
    }
    Api::SandboxStatus statusOf(const QString &id) const
    {
        return m_window->model()->sandbox(id).value_or(Api::Sandbox()).status;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_config.path().toUtf8());
        QVERIFY(m_server.start(m_data.path(), "rt_gui", {QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }

    void onlyForRoundTable()
    {
        m_window->connectTo({QStringLiteral("local"), m_server.url(), m_server.token(), true, {}});
        QVERIFY(!m_window->messagesPane());
        QVERIFY(messagesDock()->isHidden());
        QVERIFY(m_window->workspaceBar()->isHidden());
        QVERIFY(!m_window->action(MainWindow::ActionId::Start)->isVisible());
        QUrl url = m_server.url();
        url.setPath(QStringLiteral("/api/v1"));
        m_window->connectTo({QStringLiteral("round table"), url, m_server.token(), false, Core::RoundTableProvider::kind()});
        QVERIFY(m_window->messagesPane());
        QVERIFY(!messagesDock()->isHidden());
        QVERIFY(!m_window->workspaceBar()->isHidden());
        QVERIFY(m_window->action(MainWindow::ActionId::Start)->isVisible());
        QVERIFY(!m_window->sessionPane()->view()->isColumnHidden(SessionListModel::WorkspaceColumn));
    }

    void workspaceFromTheBar()
    {
        QSignalSpy created(workspaces(), &Core::WorkspaceController::created);
        workspaces()->create(QStringLiteral("Demo Project"), QStringLiteral("Demonstrating the SDK"));
        QTRY_COMPARE(created.size(), 1);
        m_workspace = created.first().first().value<Api::Workspace>().id;
        // The new workspace is the one the list shows.
        QTRY_COMPARE(m_window->workspaceBar()->current(), m_workspace);
        QCOMPARE(m_window->sessionPane()->proxy()->workspaceFilter(), m_workspace);
        QCOMPARE(m_window->workspaceBar()->workspaceBox()->currentText(), QStringLiteral("Demo Project"));
    }

    void agentSandboxFromTheDialog()
    {
        m_window->action(MainWindow::ActionId::New)->trigger();
        Ui::CreateSandboxDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->createDialog()) != nullptr);
        Ui::AgentSandboxFields *fields = dialog->agentFields();
        QVERIFY(fields);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(fields->workspaceBox()->currentData().toString(), m_workspace); // the one shown
        QVERIFY(!ok->isEnabled()); // no name yet
        fields->nameEdit()->setText(QStringLiteral("Researcher"));
        fields->agentEdit()->setText(QStringLiteral("researcher"));
        fields->modelEdit()->setText(QStringLiteral("gpt-4"));
        fields->temperatureBox()->setValue(0.7);
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(!(m_researcher = idNamed(QStringLiteral("Researcher"))).isEmpty(), 10000);
        QCOMPARE(statusOf(m_researcher), Api::SandboxStatus::Paused);
        const QModelIndex row = m_window->model()->index(m_window->model()->rowOf(m_researcher), 0);
        QCOMPARE(row.siblingAtColumn(SessionListModel::IdColumn).data().toString(), QStringLiteral("Researcher"));
        QCOMPARE(row.siblingAtColumn(SessionListModel::WorkspaceColumn).data().toString(), QStringLiteral("Demo Project"));
        QCOMPARE(row.siblingAtColumn(SessionListModel::StatusColumn).data().toString(), QStringLiteral("created"));
        QVERIFY(m_window->model()->sandbox(m_researcher)->details.value(QStringLiteral("Agent")).contains(QStringLiteral("temperature 0.7")));

        Api::CreateSandboxRequest second;
        second.workspaceId = m_workspace;
        second.name = QStringLiteral("Developer");
        second.agentConfig = QJsonObject{{QStringLiteral("primary_agent"), QStringLiteral("developer")}};
        m_window->connection()->controller()->create(second);
        QTRY_VERIFY_WITH_TIMEOUT(!(m_developer = idNamed(QStringLiteral("Developer"))).isEmpty(), 10000);
    }

    void startUptimeStop()
    {
        QVERIFY(m_window->sessionPane()->select(m_researcher));
        Ui::DetailPane *detail = m_window->detailPane();
        QVERIFY(detail->startButton()->isVisible());
        QVERIFY(detail->startButton()->isEnabled());
        QVERIFY(!detail->stopButton()->isEnabled());
        QVERIFY(m_window->action(MainWindow::ActionId::Start)->isEnabled());
        detail->startButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_researcher), Api::SandboxStatus::Running, 10000);
        const QModelIndex ttl = m_window->model()->index(m_window->model()->rowOf(m_researcher), SessionListModel::TtlColumn);
        QVERIFY2(ttl.data().toString().startsWith(QStringLiteral("up 0:0")), qPrintable(ttl.data().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->index(ttl.row(), 0).data(SessionListModel::UptimeRole).toLongLong() >= 2, 6000);
        QTRY_VERIFY(detail->countdownLabel()->text().startsWith(QStringLiteral("Up 0:0")));
        QVERIFY(detail->stopButton()->isEnabled());

        m_window->action(MainWindow::ActionId::Stop)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_researcher), Api::SandboxStatus::Paused, 10000);
        QTRY_COMPARE(detail->countdownLabel()->text(), QStringLiteral("Stopped"));
        QCOMPARE(m_window->model()->index(ttl.row(), SessionListModel::StatusColumn).data().toString(), QStringLiteral("stopped"));
        detail->startButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_researcher), Api::SandboxStatus::Running, 10000);
    }

    void messagesTypedSentAndCounted()
    {
        QVERIFY(m_window->sessionPane()->select(m_researcher));
        messagesDock()->raise();
        Ui::MessagesPane *pane = m_window->messagesPane();
        QAbstractItemModelTester tester(pane->controller()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(pane->controller()->isActive());
        QCOMPARE(pane->recipientBox()->count(), 1);
        QCOMPARE(pane->recipientBox()->currentText(), QStringLiteral("Developer"));
        QVERIFY(!pane->sendButton()->isEnabled()); // nothing written

        pane->editor()->setFocus();
        QTest::keyClicks(pane->editor(), QStringLiteral("{\"type\": \"request\", \"action\": "));
        QVERIFY(!pane->sendButton()->isEnabled());
        QVERIFY2(pane->validationLabel()->text().startsWith(QStringLiteral("Not JSON")), qPrintable(pane->validationLabel()->text()));
        QTest::keyClicks(pane->editor(), QStringLiteral("\"analyze\"}"));
        QVERIFY(pane->sendButton()->isEnabled());
        QCOMPARE(pane->validationLabel()->text(), QStringLiteral("Valid JSON."));
        pane->sendButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(pane->controller()->model()->rowCount(), 1, 10000);
        QTRY_VERIFY(pane->editor()->toPlainText().isEmpty());
        const QModelIndex first = pane->controller()->model()->index(0, 0);
        QCOMPARE(first.siblingAtColumn(Core::MessageListModel::PeerColumn).data().toString(), QStringLiteral("Developer"));
        QCOMPARE(first.siblingAtColumn(Core::MessageListModel::DirectionColumn).data().toString(), QStringLiteral("out"));
        QCOMPARE(first.siblingAtColumn(Core::MessageListModel::StatusColumn).data().toString(), QStringLiteral("delivered"));
        QTRY_VERIFY(pane->contentView()->toPlainText().contains(QStringLiteral("\"action\": \"analyze\"")));
        QTRY_VERIFY_WITH_TIMEOUT(pane->countersLabel()->text().contains(QStringLiteral("Sent: 1")), 10000);
        QVERIFY(pane->chart()->pointCount() >= 1);

        // A broadcast reaches the other sandbox; the Developer's own tab lists both.
        pane->editor()->setPlainText(QStringLiteral("\"Hello everyone!\""));
        pane->broadcastButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(pane->controller()->model()->rowCount(), 2, 10000);
        QVERIFY(m_window->sessionPane()->select(m_developer));
        QTRY_COMPARE_WITH_TIMEOUT(pane->controller()->model()->rowCount(), 2, 10000);
        QCOMPARE(pane->controller()->model()->index(0, Core::MessageListModel::DirectionColumn).data().toString(),
                 QStringLiteral("broadcast in"));
    }

    void filterAndMetrics()
    {
        // Another workspace's sandbox is listed under All workspaces only.
        QSignalSpy created(workspaces(), &Core::WorkspaceController::created);
        workspaces()->create(QStringLiteral("Support"), {});
        QTRY_COMPARE(created.size(), 1);
        const QString support = created.first().first().value<Api::Workspace>().id;
        Api::CreateSandboxRequest triage;
        triage.workspaceId = support;
        triage.name = QStringLiteral("Triage");
        m_window->connection()->controller()->create(triage);
        QTRY_VERIFY_WITH_TIMEOUT(!idNamed(QStringLiteral("Triage")).isEmpty(), 10000);
        Core::SessionFilterProxy *proxy = m_window->sessionPane()->proxy();
        QTRY_COMPARE(proxy->rowCount(), 1); // Support is shown: it is the newest made
        m_window->workspaceBar()->choose(m_workspace);
        QCOMPARE(proxy->rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->workspaceBar()->metricsLabel()->text(),
                                  QStringLiteral("2 sandbox(es) · 1 running · 2 message(s)"), 10000);
        m_window->workspaceBar()->choose({});
        QCOMPARE(proxy->rowCount(), 3);
        // Deleting a workspace takes its sandboxes out of the list.
        workspaces()->remove(support);
        QTRY_VERIFY_WITH_TIMEOUT(idNamed(QStringLiteral("Triage")).isEmpty(), 10000);
        QCOMPARE(m_window->workspaceBar()->workspaceBox()->count(), 2); // All + Demo Project
    }

    void collaborationRefusalShown()
    {
        m_window->workspaceBar()->choose(m_workspace);
        emit m_window->workspaceBar()->collaborationRequested(m_workspace);
        Ui::CollaborationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<Ui::CollaborationDialog *>()) != nullptr);
        QCOMPARE(dialog->participantList()->count(), 2);
        QVERIFY(!dialog->startButton()->isEnabled()); // no task yet
        QTest::keyClicks(dialog->taskEdit(), QStringLiteral("Build a REST API"));
        QVERIFY(dialog->startButton()->isEnabled());
        dialog->configEdit()->setPlainText(QStringLiteral("[1, 2]"));
        QVERIFY(!dialog->startButton()->isEnabled()); // config must be an object
        dialog->configEdit()->setPlainText(QStringLiteral("{\"max_rounds\": 10}"));
        QTRY_COMPARE(dialog->agentList()->topLevelItemCount(), 2);
        dialog->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusLabel()->text().contains(QStringLiteral("501")), 10000);
        QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("language models")));
        QVERIFY(dialog->startButton()->isEnabled());
        dialog->close();
    }

    void healthInTheTooltip()
    {
        QLabel *label = nullptr;
        QTRY_VERIFY([&] {
            for (QLabel *candidate : m_window->statusBar()->findChildren<QLabel *>()) {
                if (candidate->toolTip().contains(QStringLiteral("Service: healthy")))
                    label = candidate;
            }
            return label != nullptr;
        }());
        QVERIFY(label->toolTip().contains(QStringLiteral("environment local")));
        QVERIFY(label->toolTip().contains(QStringLiteral("version ")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QCOMPARE(m_server.stop(), 0);
    }
};

QTEST_MAIN(TstRoundTableWindow)
#include "tst_roundtablewindow.moc"
