// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints figures for file transfers through the app's own client (AgentSandboxesProvider's
// streamed uploadLocalFile / downloadToFile) and a real sandbar-local: throughput each way, the
// growth of both processes' peak memory, and how long the server keeps another client (its own
// thread and connection, a list request every 20 ms) waiting meanwhile. Not a pass/fail test.
// Argument: the size in MiB (default 1024, a sandbox's largest file).
#include "common/benchstats.h"
#include "common/futurewait.h"
#include "common/localsandbox.h"
#include "common/procstatus.h"
#include "core/providers/agentsandboxesprovider.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Sandbar::Core;
using namespace Sandbar::Api;

namespace {
// Another client listing sandboxes every 20 ms from its own thread; records each latency.
class Prober : public QObject
{
public:
    explicit Prober(const QUrl &url, const QByteArray &token) : m_url(url), m_token(token) {}
    void start()
    {
        if (!m_provider) {
            m_provider = std::make_unique<AgentSandboxesProvider>(m_url, m_token);
            m_timer = new QTimer(this);
            m_timer->setInterval(20);
            connect(m_timer, &QTimer::timeout, this, &Prober::probe);
        }
        m_latencies.clear();
        m_timer->start();
    }
    std::vector<double> stop()
    {
        m_timer->stop();
        return m_latencies;
    }

private:
    void probe()
    {
        if (m_inFlight)
            return;
        m_inFlight = true;
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        m_provider->listSandboxes(0, 1).then(this, [this, clock](QFuture<ApiResult<SandboxPage>>) {
            m_latencies.push_back(double(clock->nsecsElapsed()) / 1e6);
            m_inFlight = false;
        });
    }

    QUrl m_url;
    QByteArray m_token;
    std::unique_ptr<AgentSandboxesProvider> m_provider;
    QTimer *m_timer = nullptr;
    bool m_inFlight = false;
    std::vector<double> m_latencies;
};

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result() : QByteArray();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 1024;
    const QByteArray token = "bench-transfers";
    LocalSandbox local;
    const QString sandbox = local.start(token, false) ? local.createSandbox() : QString();
    if (sandbox.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(local.error()));
        return 1;
    }
    AgentSandboxesProvider &provider = *local.provider();
    const qint64 server = local.server().pid();
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.bin"));
    const QString target = dir.filePath(QStringLiteral("back.bin"));
    {
        QFile file(source);
        QByteArray block(1 << 20, '\0');
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        for (qint64 i = 0; i < mib; ++i) {
            for (qsizetype at = 0; at < block.size(); at += 4096)
                block[at] = char(i + at / 4096);
            file.write(block);
        }
    }
    const QByteArray sourceHash = sha256Of(source);

    QThread proberThread;
    Prober prober(local.server().url(), token);
    prober.moveToThread(&proberThread);
    proberThread.start();
    const auto probe = [&prober](bool start) {
        std::vector<double> latencies;
        QMetaObject::invokeMethod(&prober, [&] {
            if (start)
                prober.start();
            else
                latencies = prober.stop();
        }, Qt::BlockingQueuedConnection);
        return latencies.empty() ? 0.0 : percentile(latencies, 100);
    };
    // Peak memory since the last reset, in MiB above what it was then.
    struct Peaks
    {
        qint64 app = 0, server = 0;
    };
    const auto resetPeaks = [server] {
        resetPeakMemory(0);
        resetPeakMemory(server);
        return Peaks{procStatusKiB(0, "VmHWM"), procStatusKiB(server, "VmHWM")};
    };
    const auto growth = [server](const Peaks &before) {
        return Peaks{(procStatusKiB(0, "VmHWM") - before.app) / 1024, (procStatusKiB(server, "VmHWM") - before.server) / 1024};
    };

    int status = 0;
    for (int round = 0; round < 3 && status == 0; ++round) {
        Peaks before = resetPeaks();
        probe(true);
        QElapsedTimer clock;
        clock.start();
        const auto uploaded = await(provider.uploadLocalFile(sandbox, source, QStringLiteral("/home/user/big.bin")), 600000);
        const double uploadMs = double(clock.nsecsElapsed()) / 1e6;
        const double uploadWait = probe(false);
        const Peaks uploadGrowth = growth(before);
        if (!uploaded) {
            std::fprintf(stderr, "upload failed: %s\n", qPrintable(uploaded.error().message));
            status = 1;
            break;
        }
        before = resetPeaks();
        probe(true);
        clock.start();
        const auto downloaded = await(provider.downloadToFile(sandbox, QStringLiteral("/home/user/big.bin"), target), 600000);
        const double downloadMs = double(clock.nsecsElapsed()) / 1e6;
        const double downloadWait = probe(false);
        const Peaks downloadGrowth = growth(before);
        if (!downloaded || sha256Of(target) != sourceHash) {
            std::fprintf(stderr, "download failed or differs\n");
            status = 1;
            break;
        }
        std::printf("%lld MiB upload: %.0f ms (%.0f MiB/s), peak memory +%lld MiB app, +%lld MiB sandbar-local, another "
                    "client's longest wait %.1f ms\n",
                    mib, uploadMs, double(mib) / (uploadMs / 1000.0), uploadGrowth.app, uploadGrowth.server, uploadWait);
        std::printf("%lld MiB download: %.0f ms (%.0f MiB/s), peak memory +%lld MiB app, +%lld MiB sandbar-local, another "
                    "client's longest wait %.1f ms\n",
                    mib, downloadMs, double(mib) / (downloadMs / 1000.0), downloadGrowth.app, downloadGrowth.server,
                    downloadWait);
        std::fflush(stdout);
    }
    proberThread.quit();
    proberThread.wait();
    return local.stop() == 0 ? status : 1;
}
