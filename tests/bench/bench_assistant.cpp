// Assistant figures: building and signing the manifest for 100,000 attachments (target under
// 0.5 s), and a command's round trip from sending it to the reply being stored (target p99
// under 5 ms). Usage: bench_assistant [attachments] [commands]

#include "Assistant.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace carillon;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int attachments = argc > 1 ? atoi(argv[1]) : 100'000;
    const int commands = argc > 2 ? atoi(argv[2]) : 1'000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    WorkspaceOptions options;
    options.dataDir = dir.path();
    auto ws = std::move(Workspace::open(options)).value();
    const QString hash = AccountStore::hashPassword(QStringLiteral("benchmark-password"));
    auto ada = *ws->accounts().ensureProfile(
        ws->accounts()
            .createIdentityHashed(QStringLiteral("ada@example.com"), QStringLiteral("Ada"), hash)
            ->id);
    auto bob = *ws->accounts().ensureProfile(
        ws->accounts()
            .createIdentityHashed(QStringLiteral("bob@example.com"), QStringLiteral("Bob"), hash)
            ->id);
    const qint64 room = ws->conversations().createRoom(ada.id, QStringLiteral("Lab"), {bob.id})->id;
    const qint64 chat = ws->conversations().direct(ada.id, bob.id)->id;

    // Attachment rows in bulk (the manifest reads rows and signs; it never opens the bytes).
    QElapsedTimer load;
    load.start();
    ws->db().transaction([&]() -> Status {
        const qint64 message = ws->messages().postText(ada.id, chat, QStringLiteral("files"))->id;
        for (int i = 0; i < attachments; ++i) {
            const bool inRoom = i % 2;
            auto q = ws->db().exec(
                QStringLiteral("INSERT INTO attachments (public_id, message_id, "
                               "conversation_id, uploader_id, file_name, mime_type, "
                               "size, sha256, created_at) VALUES (?, ?, ?, ?, ?, "
                               "'application/pdf', 1000, ?, ?)"),
                {QStringLiteral("p%1").arg(i), message, inRoom ? room : chat,
                 inRoom && i % 4 == 1 ? bob.id : ada.id, QStringLiteral("report %1 é.pdf").arg(i),
                 QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0')), i});
            if (!q)
                return q.error();
        }
        return {};
    });
    out << QStringLiteral("setup: %1 attachment rows in %2 s\n")
               .arg(attachments)
               .arg(load.elapsed() / 1000.0);

    Assistant assistant(*ws, AssistantConfig{});
    std::vector<double> manifestMs;
    int links = 0;
    qint64 bytes = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        auto manifest = assistant.exports().buildManifest(
            ada.id, ws->clock().nowMs() + 6 * 86'400'000LL, &links);
        manifestMs.push_back(t.nsecsElapsed() / 1e6);
        bytes = manifest->size();
    }
    out << QStringLiteral(
               "manifest: %1 signed links (%2 MB) in median %3 ms (min %4, max %5), 5 runs\n")
               .arg(links)
               .arg(bytes / 1e6, 0, 'f', 1)
               .arg(percentile(manifestMs, 0.5), 0, 'f', 1)
               .arg(*std::min_element(manifestMs.begin(), manifestMs.end()), 0, 'f', 1)
               .arg(*std::max_element(manifestMs.begin(), manifestMs.end()), 0, 'f', 1);

    // Round trip: post the command; the assistant answers synchronously on the change feed.
    const qint64 botChat = ws->conversations().direct(bob.id, ws->assistantProfile().id)->id;
    for (const QString &command : {QStringLiteral("Help"), QStringLiteral("Delete me"),
                                   QStringLiteral("Get my attachments")}) {
        std::vector<double> ms;
        for (int i = 0; i < commands; ++i) {
            QElapsedTimer t;
            t.start();
            auto m = ws->messages().postText(bob.id, botChat, command);
            ms.push_back(t.nsecsElapsed() / 1e6);
            if (!m)
                qFatal("%s", qPrintable(m.error().message));
        }
        out << QStringLiteral("round trip \"%1\" (%2 runs, reply stored): p50 %3 ms, p99 %4 ms\n")
                   .arg(command)
                   .arg(commands)
                   .arg(percentile(ms, 0.5), 0, 'f', 3)
                   .arg(percentile(ms, 0.99), 0, 'f', 3);
    }
    return 0;
}
