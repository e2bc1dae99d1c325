// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Terminal tab against a real sandbar-local: `yes | head -c 100M` through the terminal
// (throughput to the screen, the window's longest event-loop stall meanwhile, a 5 ms
// heartbeat, and peak memory), then the keystroke round trip (a key typed until its echo is on
// the screen) on loopback. Not a test: it prints figures.
//
//   bench_terminal [MiB] [keystrokes]   (default 100, 200)
#include "common/benchstats.h"
#include "common/heartbeat.h"
#include "common/localsandbox.h"

#include "terminalemulator.h"
#include "terminalpane.h"
#include "terminalview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <QEventLoop>
#include <QTimer>

#include <cstdio>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Sandbar::Ui;

namespace {
// Runs the event loop (never sleeping, unlike QTest::qWaitFor) until `done` holds after a
// change of the screen, or `timeoutMs` passes.
template <typename Done> bool waitForScreen(TerminalEmulator *screen, Done done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    const QMetaObject::Connection changed = QObject::connect(screen, &TerminalEmulator::changed, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(changed);
    return done();
}

// The same flood read straight from a pseudo-terminal on this computer: what the kernel's
// terminal layer alone allows here.
double barePtyMiBPerSecond(int mib)
{
    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0)
        return 0;
    if (pid == 0) {
        const QByteArray command = "yes | head -c " + QByteArray::number(mib) + "M";
        ::execl("/bin/sh", "sh", "-c", command.constData(), static_cast<char *>(nullptr));
        ::_exit(127);
    }
    QElapsedTimer timer;
    timer.start();
    qint64 total = 0;
    std::vector<char> buffer(65536);
    while (true) {
        const ssize_t got = ::read(master, buffer.data(), buffer.size());
        if (got <= 0)
            break;
        total += got;
    }
    ::close(master);
    ::waitpid(pid, nullptr, 0);
    return double(mib) / (double(timer.nsecsElapsed()) / 1e9) * (total > 0 ? 1 : 0);
}

bool screenContains(const TerminalEmulator &terminal, const QString &text)
{
    for (int row = 0; row < terminal.rows(); ++row) {
        if (terminal.lineText(terminal.historyLines() + row).contains(text))
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int mib = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100;
    const int keystrokes = argc > 2 ? std::max(1, std::atoi(argv[2])) : 200;
    LocalSandbox local;
    const QString id = local.startWithSandbox("bench-terminal");
    if (id.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(local.error()));
        return 1;
    }
    TerminalPane pane(local.provider());
    pane.resize(1000, 700);
    pane.show();
    pane.setSandbox(id);
    TerminalTab *tab = pane.openTerminal();
    if (!tab || !QTest::qWaitFor([tab] { return tab->isOpen(); }, 15000)) {
        std::fprintf(stderr, "the terminal did not open\n");
        return 1;
    }
    TerminalView *view = tab->view();
    TerminalEmulator *screen = view->emulator();
    QTest::qWait(500); // the prompt
    const auto type = [view](const QString &text) {
        QTest::keyClicks(view, text);
        QTest::keyClick(view, Qt::Key_Return);
    };

    // Throughput: the command ends with a marker printed after the flood.
    const qint64 linesBefore = screen->linesScrolledOff();
    Heartbeat heartbeat;
    QElapsedTimer timer;
    timer.start();
    type(QStringLiteral("yes | head -c %1M; echo flood-''done").arg(mib));
    if (!waitForScreen(screen, [screen] { return screenContains(*screen, QStringLiteral("flood-done")); }, 600000)) {
        std::fprintf(stderr, "the flood did not end\n");
        return 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double stall = heartbeat.worstMs();
    const qint64 lines = screen->linesScrolledOff() - linesBefore;
    const qint64 received = qint64(mib) * 1024 * 1024;
    std::printf("terminal flood: %d MiB (%lld lines scrolled) in %.2f s = %.1f MiB/s; "
                "longest event-loop stall %.1f ms; peak RSS %lld MiB\n",
                mib, static_cast<long long>(lines), seconds, double(received) / 1048576.0 / seconds, stall,
                static_cast<long long>(peakRssKb() / 1024));
    std::printf("  the same flood read straight from a pseudo-terminal here: %.1f MiB/s\n", barePtyMiBPerSecond(mib));

    // Keystroke round trip: a key pressed until the shell's echo of it is on the screen.
    QTest::qWait(300);
    std::vector<double> samples;
    const int row = screen->cursor().y();
    for (int i = 0; i < keystrokes; ++i) {
        const char32_t key = U'a' + char32_t(i % 26);
        const int col = screen->cursor().x();
        QElapsedTimer keyTimer;
        keyTimer.start();
        QTest::keyClick(view, char(key));
        if (!waitForScreen(screen, [&] { return screen->cell(screen->historyLines() + row, col).ch == key; }, 5000)) {
            std::fprintf(stderr, "keystroke %d was not echoed\n", i);
            return 1;
        }
        samples.push_back(double(keyTimer.nsecsElapsed()) / 1e6);
        if (col > screen->cols() - 10) {
            QTest::keyClick(view, Qt::Key_U, Qt::ControlModifier); // clear the line
            QTest::qWait(100);
        }
    }
    std::printf("keystroke round trip (%d keys): p50 %.2f ms, p90 %.2f ms, max %.2f ms\n", keystrokes,
                percentile(samples, 50), percentile(samples, 90), percentile(samples, 100));
    return 0;
}
