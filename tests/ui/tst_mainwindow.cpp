// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Sandbar window, offscreen, against a real sandbar-local: create through the dialog, the
// countdown, extend, kill, selection across polls, host URL refusals and the banner.
#include "common/fakehttpserver.h"
#include "common/futurewait.h"
#include "common/httpclient.h"
#include "common/sandboxapi.h"
#include "common/serverprocess.h"

#include "commandpalette.h"
#include "createsandboxdialog.h"
#include "detailpane.h"
#include "errorbanner.h"
#include "format.h"
#include "keyvaluetable.h"
#include "codeeditor.h"
#include "codeeditorpanel.h"
#include "commandspane.h"
#include "metricscharts.h"
#include "filebrowserpane.h"
#include "mainwindow.h"
#include "sessionlistpane.h"

#include "core/providers/agentsandboxesprovider.h"
#include "core/sessions/sessioncontroller.h"
#include "core/sessions/sessionfilterproxy.h"
#include "core/sessions/sessionlistmodel.h"
#include "core/sessions/sessionpoller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Sandbar;
using Core::SessionListModel;
using Ui::MainWindow;

class TstMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_data;
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_created; // the sandbox created through the dialog

    SessionListModel *model() const { return m_window->model(); }

    QDateTime serverTimeoutAt(const QString &id)
    {
        const HttpResult reply = m_http->get(SandboxApi::sandboxPath(id));
        return QDateTime::fromString(reply.json.value(QStringLiteral("timeout_at")).toString(), Qt::ISODate);
    }

    QString statusOnServer(const QString &id)
    {
        return m_http->get(SandboxApi::sandboxPath(id)).json.value(QStringLiteral("status")).toString();
    }

    Api::SandboxStatus statusInModel(const QString &id)
    {
        return model()->sandbox(id) ? model()->sandbox(id)->status : Api::SandboxStatus::Creating;
    }

private slots:
    void initTestCase()
    {
        // Window layout goes to a throwaway settings file, not the user's.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_config.path().toUtf8()); // the editor's autosaved buffers
        QVERIFY(m_server.start(m_data.path(), "gui-token", {QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        m_http = std::make_unique<HttpClient>(m_server.url(), m_server.token());
        m_window = std::make_unique<MainWindow>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_window->sessionPane()->proxy(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        m_window->connectTo({QStringLiteral("test"), m_server.url(), m_server.token(), true, {}});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connection()->poller() != nullptr, 5000);
    }

    void emptyListSaysHowToCreate()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->sessionPane()->isLoaded(), 10000);
        QVERIFY(m_window->sessionPane()->showsEmptyHint());
        QVERIFY2(m_window->sessionPane()->emptyText().contains(QStringLiteral("No sandboxes yet")),
                 qPrintable(m_window->sessionPane()->emptyText()));
        QTRY_VERIFY(m_window->action(MainWindow::ActionId::New)->isEnabled());
        QVERIFY(!m_window->action(MainWindow::ActionId::Kill)->isEnabled());
    }

    void createDialogValidatesBeforeSending()
    {
        m_window->action(MainWindow::ActionId::New)->trigger();
        QTRY_VERIFY(m_window->createDialog() != nullptr);
        Ui::CreateSandboxDialog *dialog = m_window->createDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->templateBox()->count() >= 2, 10000);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog->environmentTable()->addPair(QStringLiteral("1BAD"), QStringLiteral("x"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problem().contains(QStringLiteral("1BAD")));
        QTest::mouseClick(ok, Qt::LeftButton); // disabled: nothing is sent
        dialog->reject();
        QTRY_VERIFY(m_window->createDialog() == nullptr);
        QCOMPARE(model()->rowCount(), 0);
    }

    void createThroughDialogSelectsTheNewRow()
    {
        m_window->action(MainWindow::ActionId::New)->trigger();
        QTRY_VERIFY(m_window->createDialog() != nullptr);
        Ui::CreateSandboxDialog *dialog = m_window->createDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->templateBox()->count() >= 2, 10000);
        dialog->templateBox()->setCurrentIndex(dialog->templateBox()->findData(QStringLiteral("javascript-base-v1")));
        dialog->timeoutBox()->setValue(900);
        dialog->metadataTable()->addPair(QStringLiteral("project"), QStringLiteral("gui-test"));
        dialog->environmentTable()->addPair(QStringLiteral("GREETING"), QStringLiteral("hello"));
        QVERIFY(!dialog->networkBox()->isHidden()); // sandbar-local can switch the network
        // Its one provider and region are facts, not fields to change.
        QCOMPARE(dialog->providerEdit()->text(), QStringLiteral("local"));
        QVERIFY(dialog->providerEdit()->isReadOnly() && dialog->regionEdit()->isReadOnly());
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1, 15000);
        m_created = model()->index(0, 0).data(SessionListModel::SandboxIdRole).toString();
        QVERIFY(!m_window->sessionPane()->showsEmptyHint());
        QTRY_COMPARE(m_window->sessionPane()->currentId(), m_created);
        QCOMPARE(m_window->detailPane()->session(), m_created);

        const HttpResult reply = m_http->get(SandboxApi::sandboxPath(m_created));
        QCOMPARE(reply.json.value(QStringLiteral("template")).toString(), QStringLiteral("javascript-base-v1"));
        QCOMPARE(reply.json.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("project")).toString(),
                 QStringLiteral("gui-test"));
        const HttpResult env = SandboxApi(*m_http).run(m_created, QStringLiteral("echo $GREETING"));
        QCOMPARE(env.json.value(QStringLiteral("stdout")).toString().trimmed(), QStringLiteral("hello"));
        // A 900 s deadline: between 14 and 15 minutes from now.
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(serverTimeoutAt(m_created));
        QVERIFY2(left > 840 && left <= 901, qPrintable(QString::number(left)));
    }

    void countdownTicks()
    {
        QVERIFY(!m_created.isEmpty());
        QLabel *countdown = m_window->detailPane()->countdownLabel();
        QTRY_VERIFY(countdown->text().contains(QStringLiteral("left")));
        const QString first = countdown->text();
        QTRY_VERIFY_WITH_TIMEOUT(countdown->text() != first, 3000);
        QVERIFY(countdown->text().contains(QStringLiteral("14:")) || countdown->text().contains(QStringLiteral("15:")));
    }

    void extendMovesTimeoutAt()
    {
        const QDateTime before = serverTimeoutAt(m_created);
        QVERIFY(before.isValid());
        QSignalSpy extended(m_window->controller(), &Core::SessionController::extended);
        QTest::mouseClick(m_window->detailPane()->extendFiveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(extended.count(), 1, 10000);
        const QDateTime after = serverTimeoutAt(m_created);
        // About five minutes more (the server counts the new timeout from now).
        QVERIFY2(before.secsTo(after) >= 290 && before.secsTo(after) <= 310,
                 qPrintable(QString::number(before.secsTo(after))));
        QCOMPARE(model()->sandbox(m_created)->timeoutAt, after);
        QTRY_VERIFY(m_window->detailPane()->countdownLabel()->text().contains(QStringLiteral("19:")) ||
                    m_window->detailPane()->countdownLabel()->text().contains(QStringLiteral("20:")));
    }

    void selectionSurvivesPolls()
    {
        SandboxApi api(*m_http);
        const QString other = api.create({{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("project"), QStringLiteral("other")}}}});
        QVERIFY(!other.isEmpty());
        QSignalSpy polls(m_window->connection()->poller(), &Core::SessionPoller::listApplied);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(other) >= 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(polls.count() >= 2, 20000);
        QCOMPARE(m_window->sessionPane()->selectedIds(), QStringList{m_created});
        QCOMPARE(m_window->sessionPane()->currentId(), m_created);
        QCOMPARE(m_window->detailPane()->session(), m_created);
    }

    void searchAndPaletteFindSessions()
    {
        QLineEdit *search = m_window->sessionPane()->searchBox();
        search->setText(QStringLiteral("gui-test"));
        QCOMPARE(m_window->sessionPane()->proxy()->rowCount(), 1);
        search->clear();
        QCOMPARE(m_window->sessionPane()->proxy()->rowCount(), 2);

        m_window->action(MainWindow::ActionId::Palette)->trigger();
        auto *palette = m_window->findChild<Ui::CommandPalette *>();
        QVERIFY(palette);
        palette->input()->setText(QStringLiteral("other"));
        QCOMPARE(palette->results()->count(), 1);
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QTRY_VERIFY(m_window->sessionPane()->currentId() != m_created);
        QTRY_VERIFY(m_window->findChild<Ui::CommandPalette *>() == nullptr); // closed and gone
        QVERIFY(m_window->sessionPane()->select(m_created));
    }

    void bulkExtendReachesEverySelectedSession()
    {
        QTreeView *view = m_window->sessionPane()->view();
        view->selectAll();
        const QStringList ids = m_window->sessionPane()->selectedIds();
        QCOMPARE(ids.size(), 2);
        QHash<QString, QDateTime> before;
        for (const QString &id : ids)
            before.insert(id, serverTimeoutAt(id));
        QSignalSpy extended(m_window->controller(), &Core::SessionController::extended);
        m_window->action(MainWindow::ActionId::Extend15)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(extended.count(), 1, 10000); // one report for the batch...
        const auto outcomes = extended.at(0).at(0).value<QList<Core::ExtendOutcome>>();
        QCOMPARE(outcomes.size(), 2); // ...naming both
        for (const QString &id : ids) {
            const qint64 moved = before.value(id).secsTo(serverTimeoutAt(id));
            QVERIFY2(moved >= 890 && moved <= 910, qPrintable(QString::number(moved)));
            QVERIFY2(m_window->statusBar()->currentMessage().contains(Core::shortId(id)),
                     qPrintable(m_window->statusBar()->currentMessage()));
        }
        QVERIFY(m_window->sessionPane()->select(m_created));
        QCOMPARE(m_window->sessionPane()->selectedIds(), QStringList{m_created});
    }

    void extendingPastTheCapSaysWhatWasGranted()
    {
        QVERIFY(m_window->sessionPane()->select(m_created));
        Ui::DetailPane *detail = m_window->detailPane();
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(serverTimeoutAt(m_created));
        QVERIFY2(left > 15 * 60 && left < 45 * 60, qPrintable(QString::number(left)));
        QVERIFY(!detail->extendNote()->isVisibleTo(detail)); // far from the cap: nothing to say

        // Asked for 50 minutes, the API grants only up to 60 minutes from now: said after...
        QSignalSpy extended(m_window->controller(), &Core::SessionController::extended);
        m_window->controller()->extend({m_created}, 50 * 60);
        QTRY_COMPARE_WITH_TIMEOUT(extended.count(), 1, 10000);
        const auto outcome = extended.at(0).at(0).value<QList<Core::ExtendOutcome>>().value(0);
        QVERIFY(outcome.capped());
        QVERIFY2(outcome.grantedSeconds < 50 * 60 - 60, qPrintable(QString::number(outcome.grantedSeconds)));
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("of the +50 min asked")) && message.contains(QStringLiteral("at most 60 minutes")),
                 qPrintable(message));

        // ...and before the next click: +5 and +15 say they add only what is left under the cap.
        QTRY_VERIFY(detail->extendNote()->isVisibleTo(detail));
        QVERIFY2(detail->extendNote()->text().contains(QStringLiteral("60 minutes")), qPrintable(detail->extendNote()->text()));
        QVERIFY2(detail->extendFifteenButton()->toolTip().contains(QStringLiteral("only")) ||
                     !detail->extendFifteenButton()->isEnabled(),
                 qPrintable(detail->extendFifteenButton()->toolTip()));
    }

    void hostUrlOfASandboxWithoutNetwork()
    {
        // Created without network, it still has a URL on this computer (through its agent),
        // shown by the port, copyable; nothing goes to the window's banner.
        QPushButton *getUrl = nullptr;
        for (QPushButton *b : m_window->detailPane()->findChildren<QPushButton *>())
            if (b->text() == Ui::DetailPane::tr("Get host URL"))
                getUrl = b;
        QVERIFY(getUrl);
        QTest::mouseClick(getUrl, Qt::LeftButton);
        QLineEdit *url = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QLineEdit *edit : m_window->detailPane()->findChildren<QLineEdit *>())
                    if (edit->text().startsWith(QStringLiteral("http://127.0.0.1:")))
                        url = edit;
                return url != nullptr;
            }(),
            10000);
        QVERIFY(m_window->banner()->message().isEmpty());
    }

    void killAfterConfirmation()
    {
        QVERIFY(m_window->sessionPane()->select(m_created));
        QAction *kill = m_window->action(MainWindow::ActionId::Kill);
        QVERIFY(kill->isEnabled());
        kill->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("killConfirmation"))) != nullptr);
        QPushButton *confirm = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                confirm = qobject_cast<QPushButton *>(b);
        QVERIFY(confirm);
        QCOMPARE(statusOnServer(m_created), QStringLiteral("running")); // nothing before the answer
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusInModel(m_created), Api::SandboxStatus::Terminated, 10000);
        QCOMPARE(statusOnServer(m_created), QStringLiteral("terminated"));
        // The row stays, greyed, and says so in words; the pane too.
        const int row = model()->rowOf(m_created);
        QCOMPARE(model()->index(row, SessionListModel::StatusColumn).data(SessionListModel::StatusRole).toInt(),
                 int(Api::SandboxStatus::Terminated));
        QTRY_COMPARE(m_window->detailPane()->countdownLabel()->text(), Ui::statusText(Api::SandboxStatus::Terminated));
        QVERIFY(!m_window->detailPane()->killButton()->isEnabled());
        QVERIFY(!m_window->action(MainWindow::ActionId::Extend5)->isEnabled());
        // Nothing can change in an ended sandbox: the panes say so before a click fails.
        Ui::CodeEditorPanel *editor = m_window->editorPanel();
        Ui::FileBrowserPane *files = m_window->filesPane();
        QCOMPARE(editor->sandboxId(), m_created);
        QVERIFY(!editor->runButton()->isEnabled());
        QVERIFY2(editor->runButton()->toolTip().contains(QStringLiteral("ended")), qPrintable(editor->runButton()->toolTip()));
        for (QToolButton *button : {files->uploadButton(), files->newFolderButton()}) {
            QVERIFY(!button->isEnabled());
            QVERIFY2(button->toolTip().contains(QStringLiteral("ended")), qPrintable(button->toolTip()));
        }
    }

    void clearEndedHidesOnlyEndedRows()
    {
        Core::SessionFilterProxy *proxy = m_window->sessionPane()->proxy();
        QCOMPARE(proxy->rowCount(), 2);
        m_window->action(MainWindow::ActionId::ClearEnded)->trigger();
        QCOMPARE(proxy->rowCount(), 1); // the killed one is gone from the list...
        QCOMPARE(proxy->index(0, 0).data(SessionListModel::StatusRole).toInt(), int(Api::SandboxStatus::Running));
        QCOMPARE(model()->rowCount(), 2); // ...not from the model, and not from the server
        QSignalSpy polls(m_window->connection()->poller(), &Core::SessionPoller::listApplied);
        QTRY_VERIFY_WITH_TIMEOUT(polls.count() >= 1, 15000);
        QCOMPARE(proxy->rowCount(), 1); // and a poll does not bring it back
        // The status bar counts what the list shows, the cleared one apart.
        QTRY_COMPARE(m_window->sessionCountText(), QStringLiteral("Sessions: 1 · running: 1 · 1 cleared"));
        // The palette no longer offers it.
        m_window->action(MainWindow::ActionId::Palette)->trigger();
        auto *palette = m_window->findChild<Ui::CommandPalette *>();
        QVERIFY(palette);
        palette->input()->setText(m_created.left(8));
        QCOMPARE(palette->results()->count(), 0);
        palette->close();
        QTRY_VERIFY(m_window->findChild<Ui::CommandPalette *>() == nullptr);
    }

    void switchingProfilesKeepsEachConnectionsState()
    {
        // This connection's state: a cleared session, a selection, charts, a command's output.
        Core::SessionFilterProxy *proxy = m_window->sessionPane()->proxy();
        QVERIFY(proxy->clearedIds().contains(m_created));
        const QString running = proxy->index(0, 0).data(SessionListModel::SandboxIdRole).toString();
        QVERIFY(m_window->sessionPane()->select(running));
        Ui::MetricsCharts *charts = m_window->detailPane()->charts();
        charts->setWindow(Core::MetricsHistory::Window::Lifetime);
        QTRY_VERIFY_WITH_TIMEOUT(charts->pointCount(Core::MetricsHistory::Series::Cpu) >= 1, 15000);
        const int points = charts->pointCount(Core::MetricsHistory::Series::Cpu);
        Ui::CodeEditorPanel *editor = m_window->editorPanel();
        Ui::CommandsPane *commands = editor->commands();
        QSignalSpy ran(commands, &Ui::CommandsPane::finished);
        commands->commandEdit()->setText(QStringLiteral("echo kept"));
        commands->run();
        QVERIFY(ran.wait(15000));
        const QString commandStatus = commands->statusText();

        // Another profile, then back.
        const Core::Connection::Target here = m_window->connection()->target();
        m_window->connectTo({QStringLiteral("elsewhere"), QUrl(QStringLiteral("http://127.0.0.1:9")), "token", false, {}});
        QCOMPARE(model()->rowCount(), 0); // another server's list, not this one's
        QVERIFY(m_window->editorPanel() != editor);
        m_window->connectTo(here);

        QVERIFY(proxy->clearedIds().contains(m_created)); // cleared stay cleared
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(m_window->sessionPane()->selectedIds(), QStringList{running});
        QCOMPARE(m_window->editorPanel(), editor); // the same panes, with what they showed
        QCOMPARE(editor->commands()->statusText(), commandStatus);
        QCOMPARE(editor->sandboxId(), running);
        QVERIFY(charts->pointCount(Core::MetricsHistory::Series::Cpu) >= points); // not restarted
        QCOMPARE(m_window->sessionCountText(), QStringLiteral("Sessions: 1 · running: 1 · 1 cleared"));
        charts->setWindow(Core::MetricsHistory::Window::FiveMinutes);
    }

    void bannerShowsTheServersErrorMessage()
    {
        // What the server says about a request it refuses, as it says it.
        const QJsonObject body{{QStringLiteral("provider"), QStringLiteral("local")},
                               {QStringLiteral("region"), QStringLiteral("here")},
                               {QStringLiteral("template"), QStringLiteral("no-such-template")}};
        const HttpResult direct = m_http->post(QStringLiteral("/v1/agents/sandboxes"), body);
        QCOMPARE(direct.status, 404);
        const QString serverMessage = direct.json.value(QStringLiteral("message")).toString();
        QVERIFY(!serverMessage.isEmpty());

        Api::CreateSandboxRequest request;
        request.provider = QStringLiteral("local");
        request.region = QStringLiteral("here");
        request.templateName = QStringLiteral("no-such-template");
        m_window->controller()->create(request);
        Ui::ErrorBanner *banner = m_window->banner();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->message().isEmpty(), 10000);
        QVERIFY2(banner->message().contains(serverMessage), qPrintable(banner->message()));
        QVERIFY(banner->isVisibleTo(m_window.get()));
        QCOMPARE(m_window->findChildren<QMessageBox *>().size(), 0); // inline, not a dialog
        QTest::mouseClick(banner->findChildren<QAbstractButton *>().last(), Qt::LeftButton); // dismiss
        QTRY_VERIFY(!banner->isVisibleTo(m_window.get()));
    }

    void bannerShowsWhenServerStopsAndClearsWhenItReturns()
    {
        const int port = m_server.url().port();
        QCOMPARE(m_server.stop(), 0);
        Ui::ErrorBanner *banner = m_window->banner();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->message().isEmpty(), 30000);
        QVERIFY(banner->isVisibleTo(m_window.get()));
        QCOMPARE(banner->action(), Ui::ErrorBanner::Action::Retry);
        QVERIFY2(banner->message().contains(QStringLiteral("Cannot reach")), qPrintable(banner->message()));

        QVERIFY(m_server.start(m_data.path(), "gui-token",
                               {QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(port)}));
        QCOMPARE(m_server.url().port(), port);
        QTRY_VERIFY_WITH_TIMEOUT(banner->message().isEmpty(), 30000);
        QVERIFY(!banner->isVisibleTo(m_window.get()));
    }

    void wrongTokenAsksForANewOne()
    {
        m_window->connectTo({QStringLiteral("test"), m_server.url(), "wrong-token", true, {}});
        Ui::ErrorBanner *banner = m_window->banner();
        QTRY_COMPARE_WITH_TIMEOUT(banner->action(), Ui::ErrorBanner::Action::EnterToken, 15000);
        QVERIFY(!banner->message().isEmpty());
        m_window->connectTo({QStringLiteral("test"), m_server.url(), m_server.token(), true, {}});
        QTRY_VERIFY_WITH_TIMEOUT(banner->message().isEmpty(), 15000);
    }

    void choosingTheEditorTabFocusesTheEditor()
    {
        Core::SessionFilterProxy *proxy = m_window->sessionPane()->proxy();
        QVERIFY(proxy->rowCount() >= 1);
        QVERIFY(m_window->sessionPane()->select(proxy->index(0, 0).data(SessionListModel::SandboxIdRole).toString()));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->sessionPane()->searchBox()->setFocus();
        QTRY_VERIFY(m_window->sessionPane()->searchBox()->hasFocus());
        auto *editorDock = m_window->findChild<QDockWidget *>(QStringLiteral("editorDock"));
        auto *detailDock = m_window->findChild<QDockWidget *>(QStringLiteral("detailDock"));
        QVERIFY(editorDock && detailDock);
        detailDock->raise();
        editorDock->raise(); // as a click on its tab does
        QTRY_VERIFY(m_window->editorPanel()->currentEditor() && m_window->editorPanel()->currentEditor()->hasFocus());
        detailDock->raise();
    }

    void quittingWithUnsavedEditsAsks()
    {
        // A running sandbox, a file opened from it and edited.
        Core::SessionFilterProxy *proxy = m_window->sessionPane()->proxy();
        QVERIFY(proxy->rowCount() >= 1);
        const QString id = proxy->index(0, 0).data(SessionListModel::SandboxIdRole).toString();
        QVERIFY(m_window->sessionPane()->select(id));
        Ui::CodeEditorPanel *editor = m_window->editorPanel();
        QTRY_COMPARE(editor->sandboxId(), id);
        const QString path = QStringLiteral("/home/user/unsaved.txt");
        editor->openFile(path, QStringLiteral("before\n"));
        editor->currentEditor()->setText(QStringLiteral("after\n"));
        const auto question = [this]() -> QMessageBox * {
            for (QMessageBox *box : m_window->findChildren<QMessageBox *>(QStringLiteral("unsavedQuestion")))
                if (box->isVisible())
                    return box;
            return nullptr;
        };

        QVERIFY(!m_window->close()); // asks first
        QTRY_VERIFY(question() != nullptr);
        question()->button(QMessageBox::Cancel)->click();
        QVERIFY(m_window->isVisible());
        QCOMPARE(editor->unsavedFiles(), QStringList{path});

        QVERIFY(!m_window->close());
        QTRY_VERIFY(question() != nullptr);
        question()->button(QMessageBox::Save)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 15000); // closed once saved
        const HttpResult file = SandboxApi(*m_http).read(id, path);
        QCOMPARE(file.json.value(QStringLiteral("content")).toString(), QStringLiteral("after\n"));
        m_window->show();
    }

    void clearingEverySessionSaysSo()
    {
        Core::SessionFilterProxy *proxy = m_window->sessionPane()->proxy();
        QStringList running;
        for (int row = 0; row < model()->rowCount(); ++row)
            if (!Api::isFinal(Api::SandboxStatus(model()->index(row, 0).data(SessionListModel::StatusRole).toInt())))
                running.append(model()->index(row, 0).data(SessionListModel::SandboxIdRole).toString());
        QVERIFY(!running.isEmpty());
        QSignalSpy killed(m_window->controller(), &Core::SessionController::killed);
        m_window->controller()->kill(running);
        QTRY_COMPARE_WITH_TIMEOUT(killed.count(), 1, 15000);
        QCOMPARE(killed.at(0).at(0).toStringList().size(), running.size());
        for (const QString &id : running)
            QTRY_VERIFY_WITH_TIMEOUT(Api::isFinal(statusInModel(id)), 10000);
        m_window->action(MainWindow::ActionId::ClearEnded)->trigger();
        QCOMPARE(proxy->rowCount(), 0);
        QVERIFY(m_window->sessionPane()->showsEmptyHint());
        QVERIFY2(m_window->sessionPane()->emptyText().contains(QStringLiteral("cleared")),
                 qPrintable(m_window->sessionPane()->emptyText()));
        QCOMPARE(m_window->sessionCountText(), QStringLiteral("Sessions: 0 · running: 0 · %1 cleared").arg(model()->rowCount()));
    }

    void unreachableServerIsOneBannerAndNoList()
    {
        MainWindow window;
        window.connectTo({QStringLiteral("nowhere"), QUrl(QStringLiteral("http://127.0.0.1:9")), "token", false, {}});
        QTRY_VERIFY_WITH_TIMEOUT(!window.banner()->message().isEmpty(), 15000);
        QTest::qWait(500); // a second message would replace the first meanwhile
        QVERIFY2(window.banner()->message().contains(QStringLiteral("Cannot reach")), qPrintable(window.banner()->message()));
        QVERIFY2(!window.banner()->message().contains(QStringLiteral("templates")), qPrintable(window.banner()->message()));
        QCOMPARE(window.banner()->action(), Ui::ErrorBanner::Action::Retry);
        QVERIFY(!window.sessionPane()->isLoaded());
        QVERIFY2(window.sessionPane()->emptyText().contains(QStringLiteral("not been loaded")),
                 qPrintable(window.sessionPane()->emptyText()));
        QVERIFY(!window.sessionPane()->emptyText().contains(QStringLiteral("No sandboxes yet")));
        QVERIFY(!window.action(MainWindow::ActionId::New)->isEnabled());
    }

    void bannerWordsEachKindOfTrouble()
    {
        // A server that answers, but not with the documented JSON: reached, not unreachable.
        FakeHttpServer garbled;
        QVERIFY(garbled.listen());
        garbled.setHandler([](const FakeHttpServer::Request &) { return FakeHttpServer::json(200, "<html>proxy error</html>"); });
        MainWindow window;
        window.connectTo({QStringLiteral("garbled"), garbled.url(), "token", false, {}});
        QTRY_VERIFY_WITH_TIMEOUT(!window.banner()->message().isEmpty(), 20000);
        const QString message = window.banner()->message();
        QVERIFY2(message.contains(QStringLiteral("answered, but its reply was not understood")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Cannot reach")) && !message.contains(QStringLiteral("..")), qPrintable(message));
    }

    void layoutIsRemembered()
    {
        QTreeView *view = m_window->sessionPane()->view();
        view->setColumnWidth(SessionListModel::IdColumn, 222);
        m_window->close(); // saves geometry, dock state and column widths
        MainWindow second;
        QCOMPARE(second.sessionPane()->view()->columnWidth(SessionListModel::IdColumn), 222);
        m_window->show();
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_window.reset();
        m_server.stop();
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
