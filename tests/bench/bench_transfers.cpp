// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints figures for file transfers through the app's own client (AgentSandboxesProvider) and a
// real sandbar-local: upload and download throughput, and how long the server keeps another
// client waiting meanwhile (a list request every 20 ms). Not a pass/fail test.
#include "common/benchstats.h"
#include "common/futurewait.h"
#include "common/serverprocess.h"
#include "core/providers/agentsandboxesprovider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Sandbar::Core;
using namespace Sandbar::Api;

namespace {
// Another client listing sandboxes every 20 ms; records each request's latency.
class Prober : public QObject
{
public:
    explicit Prober(const QUrl &url) : m_provider(url, "bench-transfers")
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_inFlight)
                return;
            m_inFlight = true;
            auto clock = std::make_shared<QElapsedTimer>();
            clock->start();
            m_provider.listSandboxes(0, 1).then(this, [this, clock](QFuture<ApiResult<SandboxPage>>) {
                m_latencies.push_back(double(clock->nsecsElapsed()) / 1e6);
                m_inFlight = false;
            });
        });
    }
    void start()
    {
        m_latencies.clear();
        m_timer.start();
    }
    std::vector<double> stop()
    {
        m_timer.stop();
        return m_latencies;
    }

private:
    AgentSandboxesProvider m_provider;
    QTimer m_timer;
    bool m_inFlight = false;
    std::vector<double> m_latencies;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int mib = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 100;
    QTemporaryDir dir;
    ServerProcess server;
    if (!server.start(dir.path(), "bench-transfers", {QStringLiteral("--rate-limit"), QStringLiteral("0")})) {
        std::fprintf(stderr, "cannot start sandbar-local: %s\n", qPrintable(server.errorOutput()));
        return 1;
    }
    AgentSandboxesProvider provider(server.url(), "bench-transfers");
    CreateSandboxRequest request;
    request.provider = QStringLiteral("local");
    request.region = QStringLiteral("here");
    const auto created = await(provider.createSandbox(request), 60000);
    if (!created) {
        std::fprintf(stderr, "no sandbox: %s\n", qPrintable(created.error().message));
        return 1;
    }
    QByteArray data(qsizetype(mib) << 20, '\0');
    for (qsizetype i = 0; i < data.size(); i += 4096)
        data[i] = char(i >> 12);
    Prober prober(server.url());

    for (int round = 0; round < 3; ++round) {
        prober.start();
        QElapsedTimer clock;
        clock.start();
        const auto uploaded = await(provider.uploadFile(created->id, QStringLiteral("big.bin"), data,
                                                        QStringLiteral("/home/user/big.bin")), 120000);
        const double uploadMs = double(clock.nsecsElapsed()) / 1e6;
        const std::vector<double> duringUpload = prober.stop();
        if (!uploaded) {
            std::fprintf(stderr, "upload failed: %s\n", qPrintable(uploaded.error().message));
            return 1;
        }
        prober.start();
        clock.start();
        const auto downloaded = await(provider.downloadFile(created->id, QStringLiteral("/home/user/big.bin")), 120000);
        const double downloadMs = double(clock.nsecsElapsed()) / 1e6;
        const std::vector<double> duringDownload = prober.stop();
        if (!downloaded || *downloaded != data) {
            std::fprintf(stderr, "download failed or differs\n");
            return 1;
        }
        std::printf("%d MiB upload: %.0f ms (%.0f MiB/s), another client's longest wait meanwhile %.0f ms; "
                    "download: %.0f ms (%.0f MiB/s), longest wait %.0f ms\n",
                    mib, uploadMs, mib / (uploadMs / 1000.0), duringUpload.empty() ? 0.0 : percentile(duringUpload, 100),
                    downloadMs, mib / (downloadMs / 1000.0), duringDownload.empty() ? 0.0 : percentile(duringDownload, 100));
    }
    return server.stop() == 0 ? 0 : 1;
}
