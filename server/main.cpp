// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localserver.h"
#include "options.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    (void)!::write(g_signalPipe[1], &byte, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sandbar-local"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SANDBAR_VERSION));

    QString error;
    const auto options = Sandbar::Server::parseOptions(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "sandbar-local: %s\n", qPrintable(error));
        return 2;
    }

    // SIGTERM/SIGINT reach the event loop through a pipe, so shutdown runs as ordinary code.
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return 1;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    ::signal(SIGPIPE, SIG_IGN);

    Sandbar::Server::LocalServer server(*options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "sandbar-local: %s\n", qPrintable(error));
        return 1;
    }
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [&server] {
        char buffer[16];
        while (::read(g_signalPipe[0], buffer, sizeof(buffer)) > 0) {
        }
        server.stop();
        QCoreApplication::quit();
    });

    std::printf("listening on %s\n", qPrintable(server.url()));
    std::fflush(stdout);
    return app.exec();
}
