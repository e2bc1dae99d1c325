// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The output view on its own: batching, bounds, markers, ANSI colours, saving; and the result view.
#include "ansitext.h"
#include "fittedimage.h"
#include "outputview.h"
#include "resultview.h"
#include "richoutputlist.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidget>

using namespace Sandbar::Ui;

class TstOutputView : public QObject
{
    Q_OBJECT
private slots:
    void ansiColoursBecomeFormats()
    {
        QTextCharFormat base;
        const QList<AnsiSpan> spans = parseAnsi(QStringLiteral("plain \x1b[31mred\x1b[0m \x1b[1;38;5;21mblue\x1b[m end"), base);
        QCOMPARE(spans.size(), 5);
        QCOMPARE(spans.at(0).text, QStringLiteral("plain "));
        QCOMPARE(spans.at(1).text, QStringLiteral("red"));
        QCOMPARE(spans.at(1).format.foreground().color(), QColor(205, 0, 0));
        QCOMPARE(spans.at(2).text, QStringLiteral(" "));
        QVERIFY(!spans.at(2).format.hasProperty(QTextFormat::ForegroundBrush));
        QCOMPARE(spans.at(3).text, QStringLiteral("blue"));
        QCOMPARE(spans.at(3).format.fontWeight(), int(QFont::Bold));
        QCOMPARE(spans.at(3).format.foreground().color(), QColor(0, 0, 255));
        QCOMPARE(stripAnsi(QStringLiteral("\x1b[0;32mok\x1b[0m\x1b]0;title\x07!")), QStringLiteral("ok!"));
    }

    void appendsAreBatched()
    {
        OutputView view;
        view.appendStdout(QStringLiteral("one"));
        view.appendStderr(QStringLiteral("two"));
        // Nothing is drawn per line: the batch goes in at the next tick.
        QVERIFY(view.visibleText().isEmpty());
        QCOMPARE(view.pendingLines(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(view.pendingLines(), 0, 1000);
        QCOMPARE(view.visibleText(), QStringLiteral("out │ one\nerr │ two"));
    }

    void stderrHasColourAndMarker()
    {
        OutputView view;
        view.appendStdout(QStringLiteral("fine"));
        view.appendStderr(QStringLiteral("bad \x1b[1mbold\x1b[0m"));
        view.flush();
        auto *text = view.findChild<QPlainTextEdit *>();
        QVERIFY(text);
        const QTextBlock err = text->document()->lastBlock();
        QCOMPARE(err.text(), QStringLiteral("err │ bad bold"));
        // The marker and the text of stderr are coloured; stdout's text is not.
        const QTextCharFormat errFormat = err.begin().fragment().charFormat();
        QVERIFY(errFormat.hasProperty(QTextFormat::ForegroundBrush));
        const QTextBlock out = text->document()->firstBlock();
        QTextBlock::iterator it = out.begin();
        ++it; // past the marker
        QVERIFY(!it.atEnd());
        QVERIFY(!it.fragment().charFormat().hasProperty(QTextFormat::ForegroundBrush));
    }

    void floodIsBoundedAndSavedWhole()
    {
        OutputView view;
        view.setMaximumLines(1000);
        for (int i = 0; i < 50000; ++i)
            view.appendStdout(QStringLiteral("line %1").arg(i));
        QVERIFY(view.pendingLines() <= 2 * view.maximumLines());
        view.flush();
        auto *text = view.findChild<QPlainTextEdit *>();
        QVERIFY(text->document()->blockCount() <= 1000);
        QVERIFY(view.visibleText().endsWith(QStringLiteral("out │ line 49999")));
        QCOMPARE(view.totalLines(), qint64(50000));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.log"));
        QString error;
        QVERIFY2(view.saveTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 50001); // the last newline ends the last line
        QVERIFY(lines.first().startsWith("out │ "));
        QVERIFY(lines.first().endsWith(" line 0"));
        QVERIFY(lines.at(49999).endsWith(" line 49999"));
    }

    void timestampsOnDemand()
    {
        OutputView view;
        view.appendLine(OutputView::Stream::Stdout, QStringLiteral("early"), QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678)));
        view.flush();
        QCOMPARE(view.visibleText(), QStringLiteral("out │ early"));
        view.setTimestampsShown(true);
        view.appendLine(OutputView::Stream::Stdout, QStringLiteral("late"), QDateTime(QDate(2026, 1, 2), QTime(3, 4, 6, 1)));
        view.flush();
        QVERIFY2(view.visibleText().endsWith(QStringLiteral("out │ 03:04:06.001 late")), qPrintable(view.visibleText()));
    }

    void discardPendingGoesQuiet()
    {
        OutputView view;
        for (int i = 0; i < 100; ++i)
            view.appendStdout(QStringLiteral("x"));
        view.discardPending();
        QCOMPARE(view.pendingLines(), 0);
        QTest::qWait(2 * OutputView::kFlushIntervalMs);
        QVERIFY(view.visibleText().isEmpty());
    }

    // The forms a notebook shows: SVG drawn (one too large shown as text), Markdown, LaTeX as
    // its source; cards in order, made a few at a time.
    void richFormsAndCards()
    {
        const QString svg = QStringLiteral("<svg xmlns='http://www.w3.org/2000/svg' width='60' height='40'>"
                                           "<rect width='60' height='40' fill='blue'/></svg>");
        ResultView drawn;
        drawn.showData(QJsonObject{{QStringLiteral("image/svg+xml"), svg}, {QStringLiteral("text/plain"), QStringLiteral("<svg>")}});
        QCOMPARE(drawn.mimeTypes().first(), QStringLiteral("image/svg+xml"));
        QCOMPARE(drawn.image().size(), QSize(60, 40));
        QCOMPARE(drawn.image().toImage().pixelColor(30, 20), QColor(Qt::blue));
        ResultView tooLarge;
        tooLarge.showData(QJsonObject{{QStringLiteral("image/svg+xml"), svg + QString(ResultView::kMaxSvgChars, QLatin1Char(' '))}});
        QVERIFY(tooLarge.image().isNull());
        QCOMPARE(tooLarge.mimeTypes(), QStringList{QStringLiteral("image/svg+xml")}); // its source, a tab
        ResultView text;
        text.showData(QJsonObject{{QStringLiteral("text/markdown"), QStringLiteral("# Title\n\n*emphasis*")},
                                  {QStringLiteral("text/latex"), QStringLiteral("$x^2$")}});
        QCOMPARE(text.mimeTypes(), (QStringList{QStringLiteral("text/markdown"), QStringLiteral("text/latex")}));
        QVERIFY(text.findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("Title")));

        RichOutputList list;
        for (int i = 0; i < 3; ++i)
            list.addOutput(QJsonObject{{QStringLiteral("type"), QStringLiteral("display_data")},
                                       {QStringLiteral("data"), QJsonObject{{QStringLiteral("text/plain"), QString::number(i)}}}});
        list.addOutput(QJsonObject{{QStringLiteral("type"), QStringLiteral("display_data")}, {QStringLiteral("data"), QJsonObject{}}});
        QCOMPARE(list.count(), 3); // an empty bundle is nothing to show
        QTRY_COMPARE(list.shownCount(), 3);
        QCOMPARE(list.view(2)->findChild<QPlainTextEdit *>()->toPlainText(), QStringLiteral("2"));
        list.clear();
        QCOMPARE(list.count(), 0);
    }

    void resultByMimeType()
    {
        ResultView view;
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(image.save(&buffer, "PNG"));
        view.showData(QJsonObject{{QStringLiteral("text/plain"), QStringLiteral("<Figure>")},
                                  {QStringLiteral("image/png"), QString::fromLatin1(png.toBase64())},
                                  {QStringLiteral("text/html"), QStringLiteral("<b>bold</b>")},
                                  {QStringLiteral("application/json"),
                                   QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2}}, {QStringLiteral("b"), QStringLiteral("x")}}}});
        QCOMPARE(view.mimeTypes(), (QStringList{QStringLiteral("image/png"), QStringLiteral("text/html"),
                                                QStringLiteral("application/json"), QStringLiteral("text/plain")}));
        QCOMPARE(view.image().size(), QSize(40, 30));
        auto *tree = view.findChild<QTreeWidget *>();
        QVERIFY(tree);
        QTreeWidgetItem *root = tree->topLevelItem(0);
        QCOMPARE(root->childCount(), 2);
        QCOMPARE(root->child(0)->text(0), QStringLiteral("a"));
        QCOMPARE(root->child(0)->childCount(), 2);
        QCOMPARE(root->child(1)->text(1), QStringLiteral("x"));
        QTemporaryDir dir;
        QVERIFY(view.saveImage(dir.filePath(QStringLiteral("r.png"))));
        QCOMPARE(QImage(dir.filePath(QStringLiteral("r.png"))).pixelColor(1, 1), QColor(Qt::red));

        view.showData(QJsonObject{{QStringLiteral("text/plain"), QStringLiteral("42")}});
        QCOMPARE(view.mimeTypes(), QStringList{QStringLiteral("text/plain")});
        QVERIFY(view.image().isNull());
    }

    void imagesFitWithoutGrowing()
    {
        QPixmap image(400, 300);
        image.fill(Qt::blue);
        FittedImage view(image);
        view.resize(200, 200);
        QCOMPARE(view.imageRect(), QRect(0, 25, 200, 150)); // scaled down, aspect kept, centred
        view.resize(800, 600);
        QCOMPARE(view.imageRect(), QRect(200, 150, 400, 300)); // never enlarged
        const QImage drawn = view.grab().toImage();
        QCOMPARE(QColor(drawn.pixel(400, 300)), QColor(Qt::blue));
        QCOMPARE(QColor(drawn.pixel(10, 10)) == QColor(Qt::blue), false);
    }
};

QTEST_MAIN(TstOutputView)
#include "tst_outputview.moc"
