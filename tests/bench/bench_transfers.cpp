// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints figures for file transfers through the app's own client (AgentSandboxesProvider) and a
// real sandbar-local: upload and download throughput, and how long the server keeps another
// client waiting meanwhile (a list request every 20 ms). Not a pass/fail test.
#include "common/benchstats.h"
#include "common/futurewait.h"
#include "common/localsandbox.h"
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
    LocalSandbox local;
    const QString sandbox = local.start("bench-transfers", false) ? local.createSandbox() : QString();
    if (sandbox.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(local.error()));
        return 1;
    }
    AgentSandboxesProvider &provider = *local.provider();
    QByteArray data(qsizetype(mib) << 20, '\0');
    for (qsizetype i = 0; i < data.size(); i += 4096)
        data[i] = char(i >> 12);
    Prober prober(local.server().url());

    for (int round = 0; round < 3; ++round) {
        prober.start();
        QElapsedTimer clock;
        clock.start();
        const auto uploaded = await(provider.uploadFile(sandbox, QStringLiteral("big.bin"), data,
                                                        QStringLiteral("/home/user/big.bin")), 120000);
        const double uploadMs = double(clock.nsecsElapsed()) / 1e6;
        const std::vector<double> duringUpload = prober.stop();
        if (!uploaded) {
            std::fprintf(stderr, "upload failed: %s\n", qPrintable(uploaded.error().message));
            return 1;
        }
        prober.start();
        clock.start();
        const auto downloaded = await(provider.downloadFile(sandbox, QStringLiteral("/home/user/big.bin")), 120000);
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
    return local.stop() == 0 ? 0 : 1;
}
