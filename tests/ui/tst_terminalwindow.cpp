// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal in the window: libvterm's screen as TerminalEmulator keeps it (colours, cursor
// moves, the alternate screen, scrollback, keys as xterm sends them, bracketed paste), and the
// Terminal tab, offscreen, against a real sandbar-local: typed keys reach a shell and its answer
// is on the screen, the grid follows the widget, Ctrl+C interrupts, selection copies, and a
// sandbox that ends leaves its terminal readable and saying so.
#include "codeeditorpanel.h"
#include "panelhelpers.h"
#include "terminalemulator.h"
#include "terminalpane.h"
#include "terminalview.h"

#include "common/httpclient.h"
#include "common/localsandbox.h"

#include <QClipboard>
#include <QSignalSpy>
#include <QTest>

#include <vterm_keycodes.h>

using namespace Sandbar::Ui;

namespace {
const QByteArray kToken = "terminal-window-token";

// Every screen line's text (not the scrollback).
QString screenText(const TerminalEmulator &terminal)
{
    QStringList lines;
    for (int row = 0; row < terminal.rows(); ++row)
        lines.append(terminal.lineText(terminal.historyLines() + row));
    return lines.join(QLatin1Char('\n'));
}

// The column where `text` starts on screen row `row`, or -1.
int columnOf(const TerminalEmulator &terminal, int row, const QString &text)
{
    return int(terminal.lineText(terminal.historyLines() + row).indexOf(text));
}
} // namespace

class TstTerminalWindow : public QObject
{
    Q_OBJECT
private:
    LocalSandbox m_local;
    QString m_id;

private slots:
    void initTestCase()
    {
        m_id = m_local.startWithSandbox(kToken);
        QVERIFY2(!m_id.isEmpty(), qPrintable(m_local.error()));
    }

    void cleanupTestCase() { QCOMPARE(m_local.stop(), 0); }

    void coloursAndCursorMovesLandInTheirCells()
    {
        TerminalEmulator terminal(24, 80);
        terminal.feed("plain \x1b[31mred\x1b[0m \x1b[1;38;2;10;20;30mrgb\x1b[0m \x1b[38;5;196;48;5;21mpal\x1b[0m "
                      "\x1b[3;4mits\x1b[0m");
        const int line = terminal.historyLines();
        const TerminalCell plain = terminal.cell(line, 0);
        QCOMPARE(plain.ch, U'p');
        QVERIFY(plain.attrs & TerminalCell::DefaultFg);
        QVERIFY(plain.attrs & TerminalCell::DefaultBg);
        const TerminalCell red = terminal.cell(line, 6);
        QCOMPARE(red.ch, U'r');
        QVERIFY(!(red.attrs & TerminalCell::DefaultFg));
        QVERIFY(qRed(red.fg) > 150 && qGreen(red.fg) < 100 && qBlue(red.fg) < 100);
        const TerminalCell rgb = terminal.cell(line, 10);
        QCOMPARE(rgb.ch, U'r');
        QCOMPARE(rgb.fg, qRgb(10, 20, 30));
        QVERIFY(rgb.attrs & TerminalCell::Bold);
        const TerminalCell pal = terminal.cell(line, 14);
        QCOMPARE(pal.ch, U'p');
        QCOMPARE(pal.fg, qRgb(255, 0, 0)); // xterm's 196
        QCOMPARE(pal.bg, qRgb(0, 0, 255)); // and 21
        const TerminalCell italic = terminal.cell(line, 18);
        QVERIFY(italic.attrs & TerminalCell::Italic);
        QVERIFY(italic.attrs & TerminalCell::Underline);
        QVERIFY(!(terminal.cell(line, 17).attrs & TerminalCell::Italic));

        // Absolute and relative moves, erase.
        terminal.feed("\x1b[5;10HX\x1b[2;3HY\x1b[B\x1b[2CZ");
        QCOMPARE(terminal.cell(line + 4, 9).ch, U'X');
        QCOMPARE(terminal.cell(line + 1, 2).ch, U'Y');
        QCOMPARE(terminal.cell(line + 2, 5).ch, U'Z');
        QCOMPARE(terminal.cursor(), QPoint(6, 2));
        terminal.feed("\x1b[2J\x1b[H");
        QCOMPARE(screenText(terminal).trimmed(), QString());
        // Wide characters take two cells.
        terminal.feed("a\xe6\xbc\xa2" "b");
        QCOMPARE(terminal.lineText(line), QStringLiteral("a漢b"));
        QCOMPARE(terminal.cell(line, 1).width, quint8(2));
        QCOMPARE(terminal.cell(line, 3).ch, U'b');
    }

    void alternateScreenAndScrollback()
    {
        TerminalEmulator terminal(10, 40);
        for (int i = 0; i < 100; ++i)
            terminal.feed(QStringLiteral("line %1\r\n").arg(i).toUtf8());
        QCOMPARE(terminal.historyLines(), 91);
        QCOMPARE(terminal.lineText(0), QStringLiteral("line 0"));
        QCOMPARE(terminal.lineText(90), QStringLiteral("line 90"));
        QCOMPARE(terminal.lineText(91), QStringLiteral("line 91"));
        // A full-screen program draws on the alternate screen and leaves the text as it was.
        terminal.feed("\x1b[?1049h\x1b[H\x1b[2Jfull screen");
        QVERIFY(terminal.altScreen());
        QCOMPARE(terminal.lineText(terminal.historyLines()), QStringLiteral("full screen"));
        terminal.feed("\x1b[?1049l");
        QVERIFY(!terminal.altScreen());
        QCOMPARE(terminal.lineText(terminal.historyLines()), QStringLiteral("line 91"));
        QCOMPARE(terminal.historyLines(), 91);
        // At most kScrollbackLines are kept, the oldest dropped.
        TerminalEmulator big(5, 20);
        QByteArray many;
        for (int i = 0; i < TerminalEmulator::kScrollbackLines + 500; ++i)
            many += QByteArray::number(i) + "\r\n";
        big.feed(many);
        QCOMPARE(big.historyLines(), TerminalEmulator::kScrollbackLines);
        QCOMPARE(big.lineText(0), QStringLiteral("496")); // 10,496 scrolled off, the last 10,000 kept
    }

    void aFloodEndsAsIfFedByteByByte_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::newRow("plain") << QByteArray();
        // A sequence split across the chunk before the flood: its end is no plain line.
        QTest::newRow("split colour") << QByteArray("\x1b[");
        QTest::newRow("line drawing") << QByteArray("\x1b(0");
        QTest::newRow("shifted out") << QByteArray("\x0e");
        QTest::newRow("title with breaks") << QByteArray("\x1b]0;title\r\n");
        // A scrolling region with the cursor at the screen's bottom inside it.
        QTest::newRow("region") << QByteArray("\x1b[5;24r\x1b[24;1H");
        QTest::newRow("left right margins") << QByteArray("\x1b[?69h\x1b[5;60s\x1b[24;5H");
        QTest::newRow("coloured bottom row") << QByteArray("\x1b[44m\x1b[24;1H\x1b[2K\x1b[0m");
    }

    void aFloodEndsAsIfFedByteByByte()
    {
        // Plain lines take a fast path past libvterm's screen; the result must be the same as
        // feeding the bytes one at a time (where no run of lines is ever seen whole).
        QFETCH(QByteArray, before);
        QByteArray flood = "prompt$ start\r\n\x1b[1mbold\x1b[0m\r\n";
        for (int i = 0; i < 3000; ++i) {
            flood += "line " + QByteArray::number(i) + QByteArray(i % 7, 'x') + "  \r\n";
            if (i == 1500)
                flood += "\x1b[32mgreen in the middle\x1b[0m\r\n\ttab\r\n";
            if (i == 2000)
                flood += QByteArray(130, 'w') + "\r\n"; // wider than the screen: wraps
            if (i == 2500)
                flood += QByteArray(80, 'e') + "\r\n"; // exactly as wide
        }
        flood += "partial";
        TerminalEmulator whole(24, 80);
        TerminalEmulator chunks(24, 80);
        TerminalEmulator pieces(24, 80);
        whole.feed(before);
        chunks.feed(before);
        pieces.feed(before);
        quint32 seed = 7;
        for (int round = 0; round < 5; ++round) { // past the scrollback's limit too
            whole.feed(flood);
            for (qsizetype at = 0; at < flood.size();) {
                seed = seed * 1103515245u + 12345u;
                const qsizetype piece = 1 + qsizetype((seed >> 8) % 9000);
                chunks.feed(flood.mid(at, piece));
                at += piece;
            }
            for (char byte : flood)
                pieces.feed(QByteArray(1, byte));
        }
        for (const TerminalEmulator *fast : {&whole, &chunks}) {
            QCOMPARE(fast->historyLines(), pieces.historyLines());
            QCOMPARE(fast->linesScrolledOff(), pieces.linesScrolledOff());
            QCOMPARE(fast->cursor(), pieces.cursor());
            for (int line = 0; line < fast->historyLines() + fast->rows(); ++line) {
                for (int col = 0; col < fast->cols(); ++col) {
                    const TerminalCell a = fast->cell(line, col);
                    const TerminalCell b = pieces.cell(line, col);
                    if (a.ch != b.ch || a.width != b.width || !a.sameLook(b))
                        QFAIL(qPrintable(QStringLiteral("line %1 col %2 differs: '%3' / '%4'")
                                             .arg(line).arg(col).arg(fast->lineText(line), pieces.lineText(line))));
                }
            }
        }
    }

    void keysAreSentAsXtermSendsThem()
    {
        TerminalEmulator terminal(24, 80);
        QByteArray sent;
        connect(&terminal, &TerminalEmulator::output, this, [&sent](const QByteArray &bytes) { sent += bytes; });
        terminal.key(VTERM_KEY_UP, Qt::NoModifier);
        QCOMPARE(sent, QByteArray("\x1b[A"));
        sent.clear();
        terminal.key(VTERM_KEY_FUNCTION(5), Qt::NoModifier);
        QCOMPARE(sent, QByteArray("\x1b[15~"));
        sent.clear();
        terminal.character(U'x', Qt::AltModifier);
        QCOMPARE(sent, QByteArray("\x1b" "x"));
        sent.clear();
        // In application cursor mode (as vim sets it) arrows change.
        terminal.feed("\x1b[?1h");
        terminal.key(VTERM_KEY_UP, Qt::NoModifier);
        QCOMPARE(sent, QByteArray("\x1bOA"));
        sent.clear();
        // Bracketed paste, when the program asks for it; pasted text cannot end it early.
        terminal.paste(QStringLiteral("one\ntwo"));
        QCOMPARE(sent, QByteArray("one\rtwo"));
        sent.clear();
        terminal.feed("\x1b[?2004h");
        terminal.paste(QStringLiteral("a\x1b[20\x1b[201~1~b\x03" "c"));
        QCOMPARE(sent, QByteArray("\x1b[200~a[20[201~1~bc\x1b[201~"));
        sent.clear();
        // The terminal answers a program's questions (cursor position).
        terminal.feed("\x1b[3;7H\x1b[6n");
        QCOMPARE(sent, QByteArray("\x1b[3;7R"));
    }

    void viewKeysAndSelection()
    {
        TerminalView view;
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QByteArray sent;
        connect(&view, &TerminalView::input, this, [&sent](const QByteArray &bytes) { sent += bytes; });
        QTest::keyClicks(&view, QStringLiteral("ls"));
        QTest::keyClick(&view, Qt::Key_Return);
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_Tab);
        QTest::keyClick(&view, Qt::Key_Left);
        QTest::keyClick(&view, Qt::Key_BracketLeft, Qt::ControlModifier);
        QCOMPARE(sent, QByteArray("ls\r\x03\t\x1b[D\x1b"));
        // The grid follows the widget.
        QSignalSpy resized(&view, &TerminalView::sizeChanged);
        view.resize(800, 500);
        QTRY_VERIFY(resized.count() > 0);
        QCOMPARE(view.emulator()->cols(), resized.last().at(0).toInt());
        QVERIFY(view.emulator()->cols() >= 800 / (view.cellSize().width() + 1));
        // Selection with the mouse, copied with Ctrl+Shift+C.
        view.emulator()->feed("\x1b[H\x1b[2Jfirst line\r\nsecond line");
        QTest::qWait(40);
        const QSize cell = view.cellSize();
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, QPoint(cell.width() * 6 + 2, cell.height() / 2));
        QTest::mouseMove(view.viewport(), QPoint(cell.width() * 5 + 2, cell.height() + cell.height() / 2));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, QPoint(cell.width() * 5 + 2, cell.height() + cell.height() / 2));
        QCOMPARE(view.selectedText(), QStringLiteral("line\nsecond"));
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("line\nsecond"));
        // Scrolled back, the view stays on its text while output arrives; typing returns.
        QByteArray lines;
        for (int i = 0; i < 200; ++i)
            lines += "out " + QByteArray::number(i) + "\r\n";
        view.emulator()->feed(lines);
        QTest::qWait(40);
        QTest::keyClick(&view, Qt::Key_PageUp, Qt::ShiftModifier);
        QVERIFY(view.scrollOffset() > 0);
        const int offset = view.scrollOffset();
        view.emulator()->feed("more\r\nmore\r\n");
        QTest::qWait(40);
        QCOMPARE(view.scrollOffset(), offset + 2);
        QTest::keyClick(&view, Qt::Key_A);
        QCOMPARE(view.scrollOffset(), 0);
    }

    void typingInTheTerminalTabRunsInTheSandbox()
    {
        CodeEditorPanel panel(m_local.provider(), nullptr, QDir::tempPath() + QStringLiteral("/sandbar-terminal-test"));
        panel.setSandbox(m_id);
        QVERIFY(PanelTest::activate(panel));
        TerminalPane *pane = panel.terminals();
        QVERIFY(pane);
        TerminalTab *tab = pane->openTerminal();
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->isOpen(), 15000);
        TerminalView *view = tab->view();
        view->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(screenText(*view->emulator()).contains(QLatin1String("$")), 10000);
        QTest::keyClicks(view, QStringLiteral("echo hi"));
        QTest::keyClick(view, Qt::Key_Return);
        // "hi" on a line of its own, under the typed command.
        const auto answered = [&] {
            for (int row = 0; row < view->emulator()->rows(); ++row) {
                if (view->emulator()->lineText(view->emulator()->historyLines() + row) == QLatin1String("hi"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(answered(), 10000);
        // The shell sees the widget's grid.
        QTest::keyClicks(view, QStringLiteral("stty size"));
        QTest::keyClick(view, Qt::Key_Return);
        const QString size = QStringLiteral("%1 %2").arg(view->emulator()->rows()).arg(view->emulator()->cols());
        QTRY_VERIFY_WITH_TIMEOUT(screenText(*view->emulator()).contains(size), 10000);
        // Ctrl+C interrupts a running command; Ctrl+Return (the editor's Run) goes to the shell too.
        QTest::keyClicks(view, QStringLiteral("sleep 50"));
        QTest::keyClick(view, Qt::Key_Return);
        QTest::qWait(300);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClicks(view, QStringLiteral("echo $((40+2))"));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(*view->emulator()).contains(QLatin1String("\n42")), 10000);
        // A second terminal in the same sandbox, its own shell.
        TerminalTab *second = pane->openTerminal();
        QTRY_VERIFY_WITH_TIMEOUT(second->isOpen(), 15000);
        QCOMPARE(pane->terminals().size(), 2);
    }

    void aTerminalWhoseSandboxEndsSaysSoAndStaysReadable()
    {
        const QString id = m_local.createSandbox(600);
        QVERIFY(!id.isEmpty());
        TerminalPane pane(m_local.provider());
        pane.setSandbox(id);
        pane.resize(700, 400);
        pane.show();
        TerminalTab *tab = pane.openTerminal();
        QTRY_VERIFY_WITH_TIMEOUT(tab->isOpen(), 15000);
        tab->view()->setFocus();
        QTest::keyClicks(tab->view(), QStringLiteral("echo still-rea''dable"));
        QTest::keyClick(tab->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(*tab->view()->emulator()).contains(QLatin1String("\nstill-readable")), 10000);
        HttpClient http(m_local.server().url(), kToken);
        QCOMPARE(http.del(QStringLiteral("/v1/agents/sandboxes/%1").arg(id)).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isOpen(), 10000);
        QVERIFY2(tab->statusText().contains(QLatin1String("sandbox ended")), qPrintable(tab->statusText()));
        QVERIFY(!tab->view()->inputEnabled());
        QVERIFY(screenText(*tab->view()->emulator()).contains(QLatin1String("still-readable")));
        // Reopening is refused as the service says: the sandbox has ended.
        tab->reopen();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->statusText().isEmpty() && tab->statusText() != QStringLiteral("Connecting…"), 10000);
        QVERIFY2(tab->statusText().contains(QLatin1String("ended")), qPrintable(tab->statusText()));
    }

    void aServerThatVanishesLeavesTheTerminalReadable()
    {
        LocalSandbox other;
        const QString id = other.startWithSandbox("vanishing-server-token");
        QVERIFY2(!id.isEmpty(), qPrintable(other.error()));
        TerminalPane pane(other.provider());
        pane.setSandbox(id);
        pane.resize(700, 400);
        pane.show();
        TerminalTab *tab = pane.openTerminal();
        QTRY_VERIFY_WITH_TIMEOUT(tab->isOpen(), 15000);
        QTest::keyClicks(tab->view(), QStringLiteral("echo still-he''re"));
        QTest::keyClick(tab->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(*tab->view()->emulator()).contains(QLatin1String("\nstill-here")), 10000);
        other.server().process().kill();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isOpen(), 10000);
        QVERIFY2(tab->statusText().contains(QLatin1String("lost")), qPrintable(tab->statusText()));
        QVERIFY(screenText(*tab->view()->emulator()).contains(QLatin1String("still-here")));
        QVERIFY(!tab->view()->inputEnabled());
    }
};

QTEST_MAIN(TstTerminalWindow)
#include "tst_terminalwindow.moc"
