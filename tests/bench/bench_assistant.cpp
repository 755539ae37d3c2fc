// Assistant figures: building and signing the manifest for 100,000 attachments (target under
// 0.5 s), and a command's round trip from sending it to the reply being stored (target p99
// under 5 ms). Usage: bench_assistant [attachments] [commands]
//
// Signing alone: bench_assistant sign [links] [runs]
//   signs the same links as the manifest (id, file name, expiry; base URL prepended) with
//   LinkSigner, no database query, against a direct libcrypto HMAC-SHA256 loop over messages
//   of the same shape and length, interleaved; prints the medians.

#include "assistant/Assistant.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <algorithm>
#include <vector>

using namespace carillon;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int sign(int links, int runs)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    WorkspaceOptions options;
    options.dataDir = dir.path();
    auto ws = std::move(Workspace::open(options)).value();
    const QByteArray base = AssistantConfig{}.linkBaseUrl.toLatin1();
    const qint64 expiresAt = ws->clock().nowMs() + 6 * 86'400'000LL;
    std::vector<QString> ids, names;
    for (int i = 0; i < links; ++i) {
        ids.push_back(QStringLiteral("p%1").arg(i));
        names.push_back(QStringLiteral("report %1 é.pdf").arg(i));
    }
    // The raw reference signs what LinkSigner signs: method, path (with the file's digest),
    // expiry and key id.
    const QByteArray digest = QByteArray(64, 'a');
    std::vector<QByteArray> messages;
    const QByteArray exp = QByteArray::number(expiresAt / 1000);
    const QByteArray kid = ws->links().activeKeyId().toLatin1();
    for (int i = 0; i < links; ++i)
        messages.push_back("GET\n/a/" + QUrl::toPercentEncoding(ids[size_t(i)]) + '/' + digest +
                           '/' + QUrl::toPercentEncoding(names[size_t(i)]) + '\n' + exp + '\n' +
                           kid);
    unsigned char key[32];
    RAND_bytes(key, sizeof key);

    std::vector<double> ours, raw;
    qint64 bytes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        QByteArray all;
        all.reserve(qsizetype(links) * 230);
        for (int i = 0; i < links; ++i) {
            all += base;
            all += ws->links()
                       .signPath(ids[size_t(i)], names[size_t(i)], QString::fromLatin1(digest),
                                 expiresAt)
                       .toLatin1();
            all += '\n';
        }
        ours.push_back(t.nsecsElapsed() / 1e6);
        bytes = all.size();

        t.restart();
        for (const QByteArray &m : messages) {
            unsigned char mac[EVP_MAX_MD_SIZE];
            unsigned int len = 0;
            HMAC(EVP_sha256(), key, sizeof key, reinterpret_cast<const unsigned char *>(m.data()),
                 size_t(m.size()), mac, &len);
        }
        raw.push_back(t.nsecsElapsed() / 1e6);
    }
    out << QStringLiteral("sign %1 links with LinkSigner: median %2 ms (%3 MB); raw "
                          "HMAC-SHA256 (libcrypto) of the same messages: median %4 ms; ratio "
                          "%5x (%6 runs)\n")
               .arg(links)
               .arg(median(ours), 0, 'f', 1)
               .arg(bytes / 1e6, 0, 'f', 1)
               .arg(median(raw), 0, 'f', 1)
               .arg(median(ours) / median(raw), 0, 'f', 2)
               .arg(runs);
    out << QStringLiteral("RESULT sign_ms %1\nRESULT hmac_ms %2\n")
               .arg(median(ours), 0, 'f', 1)
               .arg(median(raw), 0, 'f', 1);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "sign") == 0)
        return sign(argc > 2 ? atoi(argv[2]) : 100'000, argc > 3 ? atoi(argv[3]) : 7);
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
    const Status loaded = ws->db().transaction([&]() -> Status {
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
    if (!loaded)
        qFatal("setting up the benchmark failed: %s", qPrintable(loaded.error().message));
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
    out << QStringLiteral("RESULT manifest_ms %1\n").arg(percentile(manifestMs, 0.5), 0, 'f', 1);
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
