// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Validation in the profile editor and the key/value tables, offscreen.
#include "keyvaluetable.h"
#include "metricscharts.h"
#include "profileeditdialog.h"
#include "profilesdialog.h"
#include "format.h"
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QMouseEvent>
#include <QValueAxis>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/settings/tokenstore.h"
#include <QTimeZone>

#include "core/sessions/metricshistory.h"

using namespace Sandbar;

class TstDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static void type(Ui::ProfileEditDialog &dialog, int field, const QString &text)
    {
        QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
        edits[field]->setText(text);
    }

private slots:
    void initTestCase()
    {
        // Settings in a throwaway place; no keyring: the session bus is pointed nowhere, so a
        // developer's real keyring is never touched and the "no keyring" path is what runs.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_home.filePath(QStringLiteral("no-bus")).toLocal8Bit());
    }

    void addingAProfileWithoutKeyringSaysTheTokenWasNotSaved()
    {
        Core::TokenStore tokens(QStringLiteral("io.github.sandbar.Sandbar.test"));
        Ui::ProfilesDialog dialog(&tokens);
        auto *list = dialog.findChild<QListWidget *>();
        QCOMPARE(list->count(), 1); // "This computer", always there
        QPushButton *add = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == Ui::ProfilesDialog::tr("Add…"))
                add = b;
        QVERIFY(add);
        // The editor is modal: fill it in once it is up.
        QTimer::singleShot(0, &dialog, [] {
            auto *editor = qobject_cast<Ui::ProfileEditDialog *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            QList<QLineEdit *> edits = editor->findChildren<QLineEdit *>();
            edits[0]->setText(QStringLiteral("Cloud"));
            edits[1]->setText(QStringLiteral("https://sandboxes.example.test"));
            edits[2]->setText(QStringLiteral("secret"));
            editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        add->click();
        QCOMPARE(list->count(), 2);
        QSettings settings;
        QCOMPARE(Core::ProfileStore::load(settings).size(), 2);
        // The token is not written anywhere else, and the dialog says so.
        const auto notSavedMessage = [&dialog]() -> QLabel * {
            for (QLabel *label : dialog.findChildren<QLabel *>())
                if (label->isVisibleTo(&dialog) && label->text().contains(QStringLiteral("was not saved")))
                    return label;
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(notSavedMessage() != nullptr, 10000);
        // Says what is missing, in sentences that read: no "(Unknown error)", no "..".
        const QString text = notSavedMessage()->text();
        QVERIFY2(text.contains(QStringLiteral("Secret Service")) && text.contains(QStringLiteral("KWallet")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Unknown error")) && !text.contains(QStringLiteral("..")), qPrintable(text));
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("secret")));
        const QStringList values = [&settings] {
            QStringList all;
            for (const QString &key : settings.allKeys())
                all.append(settings.value(key).toString());
            return all;
        }();
        QVERIFY(!values.contains(QStringLiteral("secret")));
    }

    void newProfileNeedsNameUrlAndToken()
    {
        Core::ConnectionProfile empty;
        Ui::ProfileEditDialog dialog(empty, {QStringLiteral("This computer")}, true);
        QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        type(dialog, 0, QStringLiteral("this computer"));
        type(dialog, 1, QStringLiteral("https://sandboxes.example.test"));
        type(dialog, 2, QStringLiteral("secret"));
        QVERIFY(dialog.problem().contains(QStringLiteral("exists already")));
        type(dialog, 0, QStringLiteral("Cloud"));
        type(dialog, 1, QStringLiteral("ftp://sandboxes.example.test"));
        QVERIFY(!dialog.problem().isEmpty());
        QVERIFY(!save->isEnabled());
        type(dialog, 1, QStringLiteral("https://sandboxes.example.test"));
        QCOMPARE(dialog.problem(), QString());
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog.profile().name, QStringLiteral("Cloud"));
        QCOMPARE(dialog.profile().baseUrl, QUrl(QStringLiteral("https://sandboxes.example.test")));
        QCOMPARE(dialog.token(), QByteArray("secret"));
        type(dialog, 2, QString());
        QVERIFY(!save->isEnabled()); // a new profile without a token cannot connect
    }

    void renamingAsksForTheTokenAgain()
    {
        Core::ConnectionProfile cloud;
        cloud.name = QStringLiteral("Cloud");
        cloud.baseUrl = QUrl(QStringLiteral("https://sandboxes.example.test"));
        cloud.kind = Core::ConnectionProfile::Kind::Remote;
        Ui::ProfileEditDialog dialog(cloud, {}, false);
        QCOMPARE(dialog.problem(), QString()); // unchanged: the saved token stays
        type(dialog, 0, QStringLiteral("Cloud 2"));
        QVERIFY(!dialog.problem().isEmpty());
        type(dialog, 2, QStringLiteral("secret"));
        QCOMPARE(dialog.problem(), QString());
    }

    void keyValueTableFindsEmptyAndRepeatedNames()
    {
        Ui::KeyValueTable table(QStringLiteral("Metadata"));
        table.addPair(QStringLiteral("project"), QStringLiteral("ml"));
        table.addPair(); // an unused row is ignored
        QCOMPARE(table.problem(), QString());
        QCOMPARE(table.pairs().size(), 1);
        table.addPair(QStringLiteral("project"), QStringLiteral("web"));
        QVERIFY(table.problem().contains(QStringLiteral("twice")));
        Ui::KeyValueTable other(QStringLiteral("Environment"));
        other.addPair(QString(), QStringLiteral("value"));
        QVERIFY(other.problem().contains(QStringLiteral("no name")));
    }

    void chartsShowTheSessionsSeriesInScaledUnits()
    {
        Core::MetricsHistory history;
        const QString id = QStringLiteral("s1");
        const QDateTime t0(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
        for (int i = 0; i < 4; ++i) {
            Api::SandboxMetrics m;
            m.timestamp = t0.addSecs(5 * i);
            m.cpuUsage = 40;
            m.memoryUsage = 300;
            m.memoryTotal = 2048;
            m.diskWrite = qint64(i) * 10 * 1024 * 1024; // 2 MiB/s
            m.networkRx = qint64(i) * 5 * 1024;         // 1 KiB/s
            history.add(id, m);
        }
        Ui::MetricsCharts charts(&history);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QCOMPARE(charts.pointCount(Core::MetricsHistory::Series::Cpu), 0); // no session chosen yet
        charts.setSession(id);
        QCOMPARE(charts.pointCount(Core::MetricsHistory::Series::Cpu), 4);
        QCOMPARE(charts.pointCount(Core::MetricsHistory::Series::DiskWrite), 3); // rates need two samples
        QCOMPARE(charts.diskUnit(), QStringLiteral("MiB/s"));
        QCOMPARE(charts.networkUnit(), QStringLiteral("KiB/s"));
        // New samples arrive: the charts follow without being told.
        Api::SandboxMetrics next;
        next.timestamp = t0.addSecs(20);
        next.diskWrite = 30 * 1024 * 1024;
        next.networkRx = 15 * 1024;
        history.add(id, next);
        QCOMPARE(charts.pointCount(Core::MetricsHistory::Series::Cpu), 5);
        // Hidden, they are not redrawn; shown again, they catch up.
        charts.hide();
        next.timestamp = t0.addSecs(25);
        history.add(id, next);
        QCOMPARE(charts.pointCount(Core::MetricsHistory::Series::Cpu), 5);
        charts.show();
        QCOMPARE(charts.pointCount(Core::MetricsHistory::Series::Cpu), 6);
        charts.setWindow(Core::MetricsHistory::Window::Lifetime);
        QCOMPARE(charts.window(), Core::MetricsHistory::Window::Lifetime);
        QCOMPARE(charts.pointCount(Core::MetricsHistory::Series::Cpu), 6);
    }

    void chartAxesHaveRoundTicksAndDistinctTimes()
    {
        QCOMPARE(Ui::niceAxisMax(15, 2), 20.0); // ticks 0, 10, 20; not 0, 7.5 ("8"), 15
        QCOMPARE(Ui::niceAxisMax(3.1, 2), 4.0);
        QCOMPARE(Ui::niceAxisMax(0.7, 2), 1.0);
        QCOMPARE(Ui::niceAxisMax(1, 2), 1.0);
        QCOMPARE(Ui::niceAxisMax(240, 2), 400.0);
        QCOMPARE(Ui::niceAxisMax(0, 2), 1.0);

        // Two samples 5 s apart, a disk rate of 13 KiB/s: the y axis ends on a round number and
        // the time axis spans at least a minute, so its labels differ.
        Core::MetricsHistory history(100, 100);
        const QString id = QStringLiteral("axes");
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 2; ++i) {
            Api::SandboxMetrics m;
            m.timestamp = t0.addSecs(5 * i);
            m.diskRead = qint64(i) * 65 * 1024;
            history.add(id, m);
        }
        Ui::MetricsCharts charts(&history);
        charts.setSession(id);
        QChartView *disk = charts.views().at(2);
        auto *y = qobject_cast<QValueAxis *>(disk->chart()->axes(Qt::Vertical).first());
        auto *x = qobject_cast<QDateTimeAxis *>(disk->chart()->axes(Qt::Horizontal).first());
        QVERIFY(y && x);
        QCOMPARE(y->max(), 20.0);
        QCOMPARE(y->tickAnchor(), 0.0); // ticks at 0, 10, 20...
        QCOMPARE(y->tickInterval(), 10.0);
        QVERIFY(y->min() < 0); // ...and a line at zero stays above the axis
        QVERIFY(x->min().secsTo(x->max()) >= 60);
        QCOMPARE(x->format(), QStringLiteral("HH:mm:ss"));
    }

    void chartsSayTheyAreCollectingSamples()
    {
        Core::MetricsHistory history(100, 100);
        const QString id = QStringLiteral("fresh");
        Ui::MetricsCharts charts(&history);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        charts.setSession(id);
        QChartView *cpu = charts.views().at(0);
        QVERIFY2(cpu->chart()->title().contains(QStringLiteral("collecting samples")), qPrintable(cpu->chart()->title()));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 2; ++i) {
            Api::SandboxMetrics m;
            m.timestamp = t0.addSecs(5 * i);
            m.memoryTotal = 2048;
            history.add(id, m);
        }
        QCOMPARE(cpu->chart()->title(), QStringLiteral("CPU %"));
        // The disk chart is a rate: one line point from two samples, still collecting.
        QVERIFY(charts.views().at(2)->chart()->title().contains(QStringLiteral("collecting samples")));
    }

    void chartHoverNeedsOnlyToBeNearTheLine()
    {
        Core::MetricsHistory history(100, 100);
        const QString id = QStringLiteral("hover");
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 6; ++i) {
            Api::SandboxMetrics m;
            m.timestamp = t0.addSecs(5 * i);
            m.cpuUsage = 40;
            m.memoryUsage = 300;
            m.memoryTotal = 2048;
            history.add(id, m);
        }
        Ui::MetricsCharts charts(&history);
        charts.resize(800, 500);
        charts.setSession(id);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QChartView *cpu = charts.views().at(0);
        QChart *chart = cpu->chart();
        // 20 pixels above the 40 % line, between two samples.
        const QPointF onLine = chart->mapToPosition(QPointF(double(t0.addSecs(12).toMSecsSinceEpoch()), 40), chart->series().first());
        const QPoint pos = cpu->mapFromScene(chart->mapToScene(onLine)) + QPoint(0, -20);
        QMouseEvent move(QEvent::MouseMove, QPointF(pos), cpu->viewport()->mapToGlobal(QPointF(pos)), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(cpu->viewport(), &move);
        QVERIFY2(charts.hoverText().contains(QStringLiteral("CPU 40.0 %")), qPrintable(charts.hoverText()));
        // Outside the plot: nothing.
        QMouseEvent away(QEvent::MouseMove, QPointF(1, 1), cpu->viewport()->mapToGlobal(QPointF(1, 1)), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(cpu->viewport(), &away);
        QVERIFY(charts.hoverText().isEmpty());
    }

    void chartsFollowTheLightOrDarkPalette()
    {
        const QPalette original = QApplication::palette();
        Ui::MetricsCharts charts(nullptr);
        const QList<QChartView *> views = charts.findChildren<QChartView *>();
        QCOMPARE(views.size(), 4);
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, Qt::white);
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        for (QChartView *view : views)
            QCOMPARE(view->chart()->theme(), QChart::ChartThemeDark);
        QApplication::setPalette(original);
        QCoreApplication::processEvents();
        for (QChartView *view : views)
            QCOMPARE(view->chart()->theme(), QChart::ChartThemeLight);
    }

    // Runs last: it installs translators for the rest of the process.
    void translationsLoadForTheLocale_data()
    {
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QString>("kill");
        QTest::addColumn<QString>("empty");
        QTest::newRow("de") << QLocale::German << QStringLiteral("Beenden") << QStringLiteral("Noch keine Sandboxen.");
        QTest::newRow("fr") << QLocale::French << QStringLiteral("Tuer") << QStringLiteral("Aucune sandbox pour l’instant.");
    }

    void translationsLoadForTheLocale()
    {
        QFETCH(QLocale::Language, language);
        QFETCH(QString, kill);
        QFETCH(QString, empty);
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale(language));
        App::installTranslations(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("Sandbar::Ui::MainWindow", "Kill"), kill);
        QVERIFY(QCoreApplication::translate("Sandbar::Ui::SessionListPane",
                                            "<p><b>No sandboxes yet.</b></p><p>Create your first one with <b>New</b> in the "
                                            "toolbar or Ctrl+N: pick a template and a timeout, and it appears here.</p>"
                                            "<p><a href=\"create\">Create a sandbox…</a></p>")
                    .contains(empty));
        // Strings of sandbar_core that the window shows are translated too.
        QVERIFY(QCoreApplication::translate("Sandbar::Core::SessionListModel", "TTL left") != QStringLiteral("TTL left"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TstDialogs)
#include "tst_dialogs.moc"
