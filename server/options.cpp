// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <fcntl.h>
#include <unistd.h>

namespace Sandbar::Server {

namespace {
bool parseListen(const QString &text, Options *options)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return false;
    options->address = address;
    options->host = address.protocol() == QAbstractSocket::IPv6Protocol
                        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                        : address.toString();
    options->port = quint16(port);
    return true;
}
} // namespace

std::optional<Options> parseOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves the Agent Sandboxes API on this computer, running each sandbox as an isolated "
        "process tree (bubblewrap)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to listen on (default 127.0.0.1:0, a free port)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Where the database, the token and the sandboxes' files live."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("The API key clients must send (default: DATA_DIR/token)."),
                                   QStringLiteral("TOKEN"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"),
                                  QStringLiteral("Requests per minute per API key (default 100, bursts of 10/s); 0 turns limiting off."),
                                  QStringLiteral("PER_MIN"), QStringLiteral("100"));
    const QCommandLineOption idle(QStringLiteral("e2b-idle"),
                                  QStringLiteral("Seconds an E2B session lives after its last refresh (default 30)."),
                                  QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption noIsolation(QStringLiteral("no-isolation"),
                                         QStringLiteral("Run sandboxes as plain processes when bubblewrap is unavailable. UNSAFE."));
    parser.addOptions({listen, dataDir, token, rate, idle, noIsolation});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        parser.process(arguments); // prints and exits
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    Options options;
    if (!parseListen(parser.value(listen), &options)) {
        *error = QStringLiteral("--listen expects HOST:PORT, such as 127.0.0.1:8000 or [::1]:0");
        return std::nullopt;
    }
    options.dataDir = parser.isSet(dataDir)
                          ? QDir(parser.value(dataDir)).absolutePath()
                          : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                                QStringLiteral("/sandbar-local");
    options.token = parser.value(token).toUtf8();
    if (parser.isSet(token) && options.token.trimmed().isEmpty()) {
        *error = QStringLiteral("--token must not be empty");
        return std::nullopt;
    }
    bool ok = false;
    options.rateLimitPerMinute = parser.value(rate).toInt(&ok);
    if (!ok || options.rateLimitPerMinute < 0) {
        *error = QStringLiteral("--rate-limit expects a number of requests per minute, 0 or more");
        return std::nullopt;
    }
    options.e2bIdleSeconds = parser.value(idle).toInt(&ok);
    if (!ok || options.e2bIdleSeconds < 1 || options.e2bIdleSeconds > 3600) {
        *error = QStringLiteral("--e2b-idle expects 1 to 3600 seconds");
        return std::nullopt;
    }
    options.noIsolation = parser.isSet(noIsolation);
    return options;
}

std::optional<QByteArray> loadOrCreateToken(const QString &dataDir, QString *error)
{
    const QString path = dataDir + QStringLiteral("/token");
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        const QByteArray token = file.readAll().trimmed();
        if (token.isEmpty()) {
            *error = QStringLiteral("%1 is empty; delete it to get a new token").arg(path);
            return std::nullopt;
        }
        return token;
    }
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    const QByteArray token = random.toHex();
    // O_EXCL and 0600 from the start: the token is never readable by others, not even briefly.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 || ::write(fd, token.constData(), size_t(token.size())) != token.size() ||
        ::write(fd, "\n", 1) != 1) {
        if (fd >= 0)
            ::close(fd);
        *error = QStringLiteral("cannot create %1").arg(path);
        return std::nullopt;
    }
    ::close(fd);
    return token;
}

} // namespace Sandbar::Server
