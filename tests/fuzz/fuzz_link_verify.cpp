// Fuzzes the signed-link verifier. One workspace per process, in a temporary folder, with a
// manual clock and a fixed signing key, so the links in the seed corpus verify. Two modes,
// chosen by the first byte:
//   even: "<method>\n<target>": verify() on an arbitrary request; whatever it accepts must be
//         exactly a link signPath() would write.
//   odd:  "<public id>\n<file name>\n<expiry, Unix seconds>": sign a link and verify it back.

#include "core/Database.h"
#include "core/LinkSigner.h"
#include "core/SecretStore.h"
#include "core/Workspace.h"
#include "fuzz/FuzzCheck.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>

using namespace carillon;

using carillon::fuzz::check;

namespace {

constexpr qint64 kNowMs = 1'800'000'000'000; // the clock of every run (2027-01-15)
const QString kKeyId = QStringLiteral("fuzzkey000");
// The digest of the file a fuzzed link is signed for.
constexpr char kDigest[] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
// The key the seed links are signed with: 32 bytes 0x00..0x1f.
QByteArray fixedKey()
{
    QByteArray key(32, '\0');
    for (int i = 0; i < key.size(); ++i)
        key[i] = char(i);
    return key;
}

struct Fixture
{
    QTemporaryDir dir;
    ManualClock clock{kNowMs};
    std::unique_ptr<Workspace> ws;

    Fixture()
    {
        WorkspaceOptions options;
        options.dataDir = dir.path();
        options.clock = &clock;
        options.sweepGraceMs = 0;
        auto opened = Workspace::open(options);
        if (!opened)
            qFatal("cannot open the workspace: %s", qPrintable(opened.error().message));
        ws = std::move(opened).value();
        // Retire the random key and make the fixed one active.
        Database &db = ws->db();
        const bool ok =
            db.exec(QStringLiteral("UPDATE signing_keys SET retired_at = ?"), {kNowMs - 1}) &&
            db.exec(QStringLiteral("INSERT INTO signing_keys (kid, created_at, last_expiry) "
                                   "VALUES (?, ?, 0)"),
                    {kKeyId, kNowMs}) &&
            ws->secrets().write(LinkSigner::secretName(kKeyId), fixedKey()) && ws->links().load();
        if (!ok || ws->links().activeKeyId() != kKeyId)
            qFatal("cannot install the fixed signing key");
    }
};

Fixture &fixture()
{
    static int argc = 1;
    static char name[] = "fuzz_link_verify";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Fixture f;
    // CARILLON_FUZZ_PRINT_LINK=1 prints the link of the "valid-get" seed (to regenerate seeds).
    static const bool printed = [] {
        if (qEnvironmentVariableIsSet("CARILLON_FUZZ_PRINT_LINK"))
            std::fprintf(stderr, "%s\n",
                         qPrintable(f.ws->links().signPath(
                             QStringLiteral("abc123"), QStringLiteral("Résumé 1.pdf"),
                             QLatin1String(kDigest), 1'800'518'400'000)));
        return true;
    }();
    (void)printed;
    return f;
}

void verifyAny(const LinkSigner &links, const QByteArray &input)
{
    const qsizetype newline = input.indexOf('\n');
    const QByteArray method = newline < 0 ? QByteArrayLiteral("GET") : input.first(newline);
    const QByteArray target = newline < 0 ? input : input.sliced(newline + 1);
    const LinkCheck result = links.verify(method, target);
    if (!target.startsWith("/a/"))
        check(result.verdict == LinkVerdict::NotALink, "only /a/ paths are links");
    if (result.verdict != LinkVerdict::Valid && result.verdict != LinkVerdict::Expired)
        return;
    check(method == "GET" || method == "HEAD", "only GET and HEAD verify");
    check(result.verdict ==
              (result.expiresAtMs > kNowMs ? LinkVerdict::Valid : LinkVerdict::Expired),
          "the verdict follows the expiry");
    const QByteArray encodedName = target.sliced(target.lastIndexOf('/') + 1);
    const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(encodedName));
    check(links.signPath(result.publicId, name, result.sha256, result.expiresAtMs).toUtf8() ==
              target,
          "an accepted link is exactly what signPath() writes");
}

void roundTrip(const LinkSigner &links, const QByteArray &input)
{
    const QByteArrayList fields = input.split('\n');
    if (fields.size() != 3)
        return;
    const QString publicId = QString::fromUtf8(fields[0]);
    const QString fileName = QString::fromUtf8(fields[1]);
    bool numeric = false;
    const qint64 seconds = fields[2].toLongLong(&numeric);
    // Real links: an id and a name, and an expiry of a second or more after the epoch that
    // fits in milliseconds.
    if (publicId.isEmpty() || fileName.isEmpty() || !numeric || seconds < 1 ||
        seconds > std::numeric_limits<qint64>::max() / 1000)
        return;
    const QString path = links.signPath(publicId, fileName, QLatin1String(kDigest), seconds * 1000);
    const LinkCheck result = links.verify("GET", path.toUtf8());
    check(result.sha256 == QLatin1String(kDigest), "the link keeps the file's digest");
    check(result.verdict == LinkVerdict::Valid || result.verdict == LinkVerdict::Expired,
          "a signed link verifies");
    check(result.publicId == publicId, "the link names its attachment");
    check(result.expiresAtMs == seconds * 1000, "the link keeps its expiry");
    check(links.verify("HEAD", path.toUtf8()).verdict == result.verdict, "HEAD is checked as GET");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fixture &f = fixture();
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1),
                           static_cast<qsizetype>(size - 1));
    if (data[0] % 2 == 0)
        verifyAny(f.ws->links(), input);
    else
        roundTrip(f.ws->links(), input);
    return 0;
}
