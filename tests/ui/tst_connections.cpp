// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two connections in one session list, offscreen, against two real sandbar-local servers: one
// spoken to as the Agent Sandboxes API, one as the Sandbox Sessions API. Each row says whose it
// is, the panes follow the selected row's connection, actions reach only the right server, and
// one server going away leaves the other's sessions working.
#include "common/httpclient.h"
#include "common/sandboxapi.h"
#include "common/serverprocess.h"

#include "codeeditor.h"
#include "codeeditorpanel.h"
#include "outputview.h"
#include "createsandboxdialog.h"
#include "detailpane.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "sessionlistpane.h"

#include "core/providers/sandboxsessionsprovider.h"
#include "core/sessions/connectionstate.h"
#include "core/settings/connectionprofile.h"
#include "core/sessions/sessionfilterproxy.h"
#include "core/sessions/sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Sandbar;
using Core::SessionListModel;
using Ui::MainWindow;

namespace {
const QString kHere = QStringLiteral("Here");
const QString kCloud = QStringLiteral("Cloud");
} // namespace

class TstConnections : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_hereData;
    QTemporaryDir m_cloudData;
    ServerProcess m_hereServer;
    ServerProcess m_cloudServer;
    std::unique_ptr<HttpClient> m_here;
    std::unique_ptr<HttpClient> m_cloud;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_hereId;
    QString m_cloudId;
    QString m_madeOnCloud; // through the create dialog

    SessionListModel *model() const { return m_window->model(); }
    Core::Connection::Target cloudTarget() const
    {
        QUrl url = m_cloudServer.url();
        url.setPath(QStringLiteral("/v1"));
        return {kCloud, url, m_cloudServer.token(), false, Core::SandboxSessionsProvider::kind()};
    }
    QString hereStatus(const QString &id) const
    {
        return m_here->get(SandboxApi::sandboxPath(id)).json.value(QStringLiteral("status")).toString();
    }
    // The profile button's text.
    QString profileButtonText() const
    {
        for (QToolButton *button : m_window->findChildren<QToolButton *>()) {
            if (button->accessibleName() == QStringLiteral("Connection profile"))
                return button->text();
        }
        return {};
    }
    bool killWithConfirmation()
    {
        m_window->action(MainWindow::ActionId::Kill)->trigger();
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = m_window->findChild<QMessageBox *>(QStringLiteral("killConfirmation"))); }))
            return false;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole) {
                QTest::mouseClick(b, Qt::LeftButton);
                return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_config.path().toUtf8());
        QVERIFY(m_hereServer.start(m_hereData.path(), "here-token", {QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        QVERIFY(m_cloudServer.start(m_cloudData.path(), "cloud-token", {QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        m_here = std::make_unique<HttpClient>(m_hereServer.url(), m_hereServer.token());
        m_cloud = std::make_unique<HttpClient>(m_cloudServer.url(), m_cloudServer.token());
        SandboxApi hereApi(*m_here);
        m_hereId = hereApi.create();
        QVERIFY(!m_hereId.isEmpty());
        const HttpResult session = m_cloud->post(QStringLiteral("/v1/sessions"), QJsonObject{{QStringLiteral("ttl"), 600}});
        QCOMPARE(session.status, 200);
        m_cloudId = session.json.value(QStringLiteral("session_id")).toString();

        m_window = std::make_unique<MainWindow>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_window->sessionPane()->proxy(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        m_window->connectTo({kHere, m_hereServer.url(), m_hereServer.token(), true, {}});
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(m_hereId) >= 0, 10000);
        QVERIFY(m_window->sessionPane()->view()->isColumnHidden(SessionListModel::ConnectionColumn));
    }

    void twoProfilesInOneList()
    {
        m_window->addConnection(cloudTarget());
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(m_cloudId) >= 0, 10000);
        QVERIFY(model()->rowOf(m_hereId) >= 0);
        QCOMPARE(m_window->shownConnections().size(), 2);
        QCOMPARE(model()->originOf(m_hereId), kHere);
        QCOMPARE(model()->originOf(m_cloudId), kCloud);
        QTreeView *view = m_window->sessionPane()->view();
        QVERIFY(!view->isColumnHidden(SessionListModel::ConnectionColumn));
        QCOMPARE(view->header()->visualIndex(SessionListModel::ConnectionColumn), 1); // beside the status
        QCOMPARE(model()->index(model()->rowOf(m_cloudId), SessionListModel::ConnectionColumn).data().toString(), kCloud);
        // Columns for what either service fills: the Agent Sandboxes API has metrics.
        QVERIFY(!view->isColumnHidden(SessionListModel::CpuColumn));
        QCOMPARE(profileButtonText(), QStringLiteral("● Here + Cloud"));
        QString state;
        QTRY_VERIFY2([&] {
            state.clear();
            for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
                state += label->text() + QLatin1Char('\n');
            return state.contains(QStringLiteral("Here: Connected")) && state.contains(QStringLiteral("Cloud: Connected"));
        }(), qPrintable(state));
        QCOMPARE(m_window->sessionCountText(), QStringLiteral("Sessions: 2 · running: 2"));
        // Adding it again changes nothing.
        m_window->addConnection(cloudTarget());
        QCOMPARE(m_window->shownConnections().size(), 2);
        QCOMPARE(model()->rowCount(), 2);
    }

    void panesFollowTheSelectedRowsConnection()
    {
        QVERIFY(m_window->sessionPane()->select(m_hereId));
        QCOMPARE(m_window->connection()->origin(), kHere);
        Ui::CodeEditorPanel *hereEditor = m_window->editorPanel();
        QCOMPARE(hereEditor->sandboxId(), m_hereId);
        QVERIFY(!m_window->detailPane()->extendFiveButton()->isHidden());

        QVERIFY(m_window->sessionPane()->select(m_cloudId));
        QCOMPARE(m_window->connection()->origin(), kCloud);
        QVERIFY(m_window->editorPanel() != hereEditor);
        QCOMPARE(m_window->editorPanel()->sandboxId(), m_cloudId);
        // The Sandbox Sessions API cannot extend: the detail pane hides it for this row.
        QVERIFY(m_window->detailPane()->extendFiveButton()->isHidden());
        QVERIFY(!m_window->action(MainWindow::ActionId::Extend5)->isEnabled());

        // Back: the first connection's panes, as they were.
        QVERIFY(m_window->sessionPane()->select(m_hereId));
        QCOMPARE(m_window->editorPanel(), hereEditor);
        QVERIFY(!m_window->detailPane()->extendFiveButton()->isHidden());
    }

    void extendReachesOnlyTheConnectionThatCan()
    {
        const QDateTime before =
            QDateTime::fromString(m_here->get(SandboxApi::sandboxPath(m_hereId)).json.value(QStringLiteral("timeout_at")).toString(),
                                  Qt::ISODate);
        QItemSelectionModel *selection = m_window->sessionPane()->view()->selectionModel();
        selection->select(QItemSelection(m_window->sessionPane()->proxy()->index(0, 0),
                                         m_window->sessionPane()->proxy()->index(1, SessionListModel::ColumnCount - 1)),
                          QItemSelectionModel::ClearAndSelect);
        QCOMPARE(m_window->sessionPane()->selectedIds().size(), 2);
        QAction *extend = m_window->action(MainWindow::ActionId::Extend5);
        QVERIFY(extend->isEnabled()); // one of them can
        extend->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            QDateTime::fromString(m_here->get(SandboxApi::sandboxPath(m_hereId)).json.value(QStringLiteral("timeout_at")).toString(),
                                  Qt::ISODate) >= before.addSecs(290),
            10000);
        QTest::qWait(300);
        QVERIFY2(m_window->banner()->message().isEmpty(), qPrintable(m_window->banner()->message()));
    }

    void killReachesOnlyItsOwnServer()
    {
        QVERIFY(m_window->sessionPane()->select(m_cloudId));
        QVERIFY(killWithConfirmation());
        QTRY_COMPARE_WITH_TIMEOUT(m_cloud->get(QStringLiteral("/v1/sessions/") + m_cloudId).status, 404, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(m_cloudId) < 0 ||
                                     Api::isFinal(model()->sandbox(m_cloudId)->status),
                                 10000);
        QCOMPARE(hereStatus(m_hereId), QStringLiteral("running"));
        QVERIFY(model()->rowOf(m_hereId) >= 0);
        QVERIFY(!Api::isFinal(model()->sandbox(m_hereId)->status));
    }

    void createOffersEachConnection()
    {
        QVERIFY(m_window->sessionPane()->select(m_hereId));
        m_window->action(MainWindow::ActionId::New)->trigger();
        Ui::CreateSandboxDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->createDialog()) != nullptr);
        QVERIFY(dialog->connectionBox());
        QCOMPARE(dialog->connectionBox()->count(), 2);
        QCOMPARE(dialog->connectionBox()->currentText(), kHere);
        QVERIFY(dialog->sshKeyEdit()->isHidden()); // the Agent Sandboxes API's form

        // The other connection: its own form, and the session is made there.
        dialog->connectionBox()->setCurrentText(kCloud);
        QTRY_VERIFY(m_window->createDialog() && m_window->createDialog() != dialog);
        dialog = m_window->createDialog();
        QCOMPARE(dialog->connectionBox()->currentText(), kCloud);
        QVERIFY(!dialog->sshKeyEdit()->isHidden());
        const int before = m_cloud->get(QStringLiteral("/v1/sessions")).json.value(QStringLiteral("total")).toInt();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_cloud->get(QStringLiteral("/v1/sessions")).json.value(QStringLiteral("total")).toInt(),
                                  before + 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->sessionPane()->currentId() != m_hereId &&
                                     model()->originOf(m_window->sessionPane()->currentId()) == kCloud,
                                 15000);
        QCOMPARE(m_window->connection()->origin(), kCloud);
        m_madeOnCloud = m_window->sessionPane()->currentId();
    }

    // One profile at a time again, of each kind: the window shows what each service offers.
    void switchingBetweenKinds()
    {
        const Core::Connection::Target here = m_window->shownConnections().first()->target();
        QTreeView *view = m_window->sessionPane()->view();
        m_window->connectTo(cloudTarget());
        QCOMPARE(m_window->shownConnections().size(), 1);
        QCOMPARE(m_window->connection()->origin(), kCloud);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->ids().isEmpty(), 10000);
        for (const QString &id : model()->ids())
            QCOMPARE(model()->originOf(id), kCloud);
        QVERIFY(view->isColumnHidden(SessionListModel::ConnectionColumn));
        QVERIFY(view->isColumnHidden(SessionListModel::CpuColumn)); // no metrics in that API
        QCOMPARE(profileButtonText(), QStringLiteral("● Cloud"));

        m_window->connectTo(here);
        QCOMPARE(m_window->connection()->origin(), kHere);
        QVERIFY(!view->isColumnHidden(SessionListModel::CpuColumn));
        QVERIFY(model()->rowOf(m_hereId) >= 0);
        m_window->addConnection(cloudTarget()); // together again, as they were
        QCOMPARE(m_window->shownConnections().size(), 2);
        QVERIFY(!view->isColumnHidden(SessionListModel::ConnectionColumn));
    }

    // Edits in the editor of a connection other than the selected row's are asked about too.
    void quittingAsksAboutEditsInEveryConnection()
    {
        QVERIFY(m_window->sessionPane()->select(m_hereId));
        Ui::CodeEditorPanel *hereEditor = m_window->editorPanel();
        hereEditor->openFile(QStringLiteral("/home/user/notes.txt"), QStringLiteral("before\n"));
        hereEditor->currentEditor()->setText(QStringLiteral("after\n"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(m_madeOnCloud) >= 0, 10000);
        QVERIFY(m_window->sessionPane()->select(m_madeOnCloud));
        QVERIFY(m_window->editorPanel() != hereEditor);

        QVERIFY(!m_window->close());
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = m_window->findChild<QMessageBox *>(QStringLiteral("unsavedQuestion"))) && question->isVisible());
        QCOMPARE(m_window->editorPanel(), hereEditor); // the editor asked about is shown
        question->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!m_window->isVisible());
        m_window->show();
        QVERIFY(m_window->sessionPane()->select(m_madeOnCloud));
    }

    // Profiles shown together come back together at the next start.
    void togetherAgainAtTheNextStart()
    {
        {
            QSettings settings;
            Core::ConnectionProfile cloud;
            cloud.name = kCloud;
            cloud.apiKind = Core::SandboxSessionsProvider::kind();
            cloud.baseUrl = cloudTarget().url;
            Core::ProfileStore::save(settings, {cloud});
            settings.setValue(QStringLiteral("connections/together"), QStringList{kCloud});
        }
        qputenv("SANDBOX_API_URL", m_hereServer.url().toString().toUtf8());
        qputenv("SANDBOX_API_TOKEN", m_hereServer.token());
        MainWindow window;
        window.startDefaultConnection();
        QTRY_COMPARE_WITH_TIMEOUT(window.shownConnections().size(), 2, 30000);
        QCOMPARE(window.shownConnections().at(0)->origin(), m_hereServer.url().host()); // the environment's, first
        QCOMPARE(window.shownConnections().at(1)->origin(), kCloud);
        // This test has no keyring: the cloud's token is asked for, naming the connection.
        QTRY_VERIFY_WITH_TIMEOUT(window.banner()->message().contains(kCloud), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->rowOf(m_hereId) >= 0, 10000);
        qunsetenv("SANDBOX_API_URL");
        qunsetenv("SANDBOX_API_TOKEN");
        QSettings().remove(QStringLiteral("connections/together"));
    }

    void oneServerGoneTheOtherGoesOn()
    {
        // A run on the cloud's session when its server goes: the editor says so and can run again.
        const QString session = m_madeOnCloud;
        QTRY_COMPARE_WITH_TIMEOUT(model()->originOf(session), kCloud, 10000);
        QVERIFY(m_window->sessionPane()->select(session));
        Ui::CodeEditorPanel *editor = m_window->editorPanel();
        QCOMPARE(editor->sandboxId(), session);
        editor->languageBox()->setCurrentIndex(editor->languageBox()->findData(QStringLiteral("python")));
        editor->currentEditor()->setText(QStringLiteral("import time\ntime.sleep(30)"));
        editor->runButton()->click();
        QTRY_VERIFY(editor->isRunning());

        QCOMPARE(m_cloudServer.stop(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isRunning(), 20000);
        QVERIFY2(editor->statusText().contains(QStringLiteral("fail"), Qt::CaseInsensitive) || editor->output()->visibleText().contains(QStringLiteral("reach")), qPrintable(editor->statusText() + QLatin1Char('\n') + editor->output()->visibleText()));
        QVERIFY(editor->runButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->message().startsWith(QStringLiteral("Cloud: ")), 20000);
        // This computer's sessions stay listed, work and can be made.
        QVERIFY(model()->rowOf(m_hereId) >= 0);
        QVERIFY(m_window->sessionPane()->select(m_hereId));
        QCOMPARE(m_window->connection()->origin(), kHere);
        QVERIFY(m_window->action(MainWindow::ActionId::New)->isEnabled());
        SandboxApi hereApi(*m_here);
        const QString another = hereApi.create();
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(another) >= 0, 10000);
    }

    void removingAConnectionTakesItsRows()
    {
        m_window->removeConnection(kCloud);
        QCOMPARE(m_window->shownConnections().size(), 1);
        for (const QString &id : model()->ids())
            QCOMPARE(model()->originOf(id), kHere);
        QVERIFY(m_window->sessionPane()->view()->isColumnHidden(SessionListModel::ConnectionColumn));
        QVERIFY(m_window->banner()->message().isEmpty()); // its trouble left with it
        QCOMPARE(profileButtonText(), QStringLiteral("● Here"));
        // The last one shown stays.
        m_window->removeConnection(kHere);
        QCOMPARE(m_window->shownConnections().size(), 1);
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_window.reset();
        QCOMPARE(m_hereServer.stop(), 0);
    }
};

QTEST_MAIN(TstConnections)
#include "tst_connections.moc"
