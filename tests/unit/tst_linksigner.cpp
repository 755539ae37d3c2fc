// Signed links: what verifies, what does not, and key rotation without breaking links that
// are still valid.

#include "support/TestWorkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QUrl>

using namespace carillon;
using carillon::test::TestWorkspace;

namespace {
constexpr qint64 kDay = 86'400'000;
// SHA-256 of "test": the file the links are signed for.
const QString kDigest =
    QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

QString verdict(LinkVerdict v)
{
    switch (v) {
    case LinkVerdict::Valid:
        return QStringLiteral("valid");
    case LinkVerdict::NotALink:
        return QStringLiteral("not a link");
    case LinkVerdict::BadSignature:
        return QStringLiteral("bad signature");
    case LinkVerdict::Expired:
        return QStringLiteral("expired");
    }
    return {};
}
} // namespace

class TestLinkSigner : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    QString check(const QString &path, const QByteArray &method = "GET")
    {
        return verdict((*m_tw)->links().verify(method, path.toLatin1()).verdict);
    }

private slots:
    void init() { m_tw = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_tw.reset(); }

    void signsAndVerifies()
    {
        LinkSigner &links = (*m_tw)->links();
        const QString path =
            links.signPath(QStringLiteral("abc123"), QStringLiteral("Résumé 1.pdf"), kDigest,
                           m_tw->clock.nowMs() + kDay);
        QVERIFY(path.startsWith(QStringLiteral("/a/abc123/")));
        QVERIFY(path.endsWith(QStringLiteral("/R%C3%A9sum%C3%A9%201.pdf")));
        QCOMPARE(check(path), QStringLiteral("valid"));
        QCOMPARE(check(path, "HEAD"), QStringLiteral("valid"));
        QCOMPARE(check(path, "POST"), QStringLiteral("bad signature"));
        QCOMPARE(links.verify("GET", path.toLatin1()).publicId, QStringLiteral("abc123"));
        QCOMPARE(check(QStringLiteral("/b/abc123")), QStringLiteral("not a link"));
        // Another file name under the same signature does not verify.
        QString renamed = path;
        renamed.replace(QStringLiteral("R%C3%A9sum%C3%A9%201.pdf"), QStringLiteral("secrets.json"));
        QCOMPARE(check(renamed), QStringLiteral("bad signature"));
        // The link carries the file's digest under the signature: another digest is refused.
        QCOMPARE(links.verify("GET", path.toLatin1()).sha256, kDigest);
        QString otherBytes = path;
        otherBytes.replace(kDigest, QString(kDigest).replace(0, 1, QLatin1Char('0')));
        QCOMPARE(check(otherBytes), QStringLiteral("bad signature"));
        QCOMPARE(check(QString(path).replace(kDigest, kDigest.toUpper())),
                 QStringLiteral("bad signature"));
        // A link made before links carried the digest still verifies, without one.
        const QString older =
            links.signPath(QStringLiteral("abc123"), QStringLiteral("Résumé 1.pdf"), QString(),
                           m_tw->clock.nowMs() + kDay);
        QCOMPARE(older.count(QLatin1Char('/')), path.count(QLatin1Char('/')) - 1);
        QCOMPARE(check(older), QStringLiteral("valid"));
        QVERIFY(links.verify("GET", older.toLatin1()).sha256.isEmpty());
        m_tw->clock.advanceMs(kDay);
        QCOMPARE(check(path), QStringLiteral("expired"));
    }

    // The links are exactly the documented format, computed here independently (Qt's HMAC and
    // percent-encoding), and a manifest's lines (signed on two threads when long) are the same
    // links as signPath() gives one by one: links handed out before a change stay valid.
    void linksAreExactlyTheDocumentedFormat()
    {
        LinkSigner &links = (*m_tw)->links();
        const QString kid = links.activeKeyId();
        const QByteArray key = *(*m_tw)->secrets().read(LinkSigner::secretName(kid));
        const qint64 expires = m_tw->clock.nowMs() + kDay;
        const QByteArray exp = QByteArray::number(expires / 1000);
        QList<Attachment> attachments;
        const QStringList names{QStringLiteral("a/b?c#d%20e&f=g+h.txt"),
                                QStringLiteral("日本語 ファイル.pdf"), QStringLiteral("🎉 (1).png"),
                                QStringLiteral("~tilde_under-dash.x"),
                                QStringLiteral("Résumé.pdf")};
        for (int i = 0; i < LinkSigner::kParallelFrom + 7; ++i) {
            Attachment a;
            a.publicId = QStringLiteral("Id-%1_~.").arg(i);
            a.fileName = names[i % names.size()];
            a.sha256 = i % 3 == 0 ? kDigest : i % 3 == 1 ? kDigest.toUpper() : QString();
            attachments.append(a);
        }
        const QByteArray base = "http://127.0.0.1:1234";
        const QList<QByteArray> lines = links.signLines(base, attachments, expires).split('\n');
        QCOMPARE(lines.size(), attachments.size() + 1); // the last line ends with '\n' too
        for (int i = 0; i < attachments.size(); ++i) {
            const Attachment &a = attachments[i];
            const QByteArray id = QUrl::toPercentEncoding(a.publicId);
            const QByteArray name = QUrl::toPercentEncoding(a.fileName);
            const QByteArray tail =
                a.sha256.isEmpty() ? name : a.sha256.toLatin1().toLower() + '/' + name;
            const QByteArray mac =
                QMessageAuthenticationCode::hash("GET\n/a/" + id + '/' + tail + '\n' + exp + '\n' +
                                                     kid.toLatin1(),
                                                 key, QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            const QByteArray expected =
                "/a/" + id + '/' + exp + '/' + kid.toLatin1() + '/' + mac + '/' + tail;
            QCOMPARE(links.signPath(a.publicId, a.fileName, a.sha256, expires).toLatin1(),
                     expected);
            QCOMPARE(lines[i], base + expected);
            if (i < 10)
                QCOMPARE(check(QString::fromLatin1(expected)), QStringLiteral("valid"));
        }
    }

    void rotationKeepsUnexpiredLinks()
    {
        LinkSigner &links = (*m_tw)->links();
        const QString oldKey = links.activeKeyId();
        const qint64 expiry = m_tw->clock.nowMs() + 6 * kDay;
        const QString old =
            links.signPath(QStringLiteral("one"), QStringLiteral("a.txt"), kDigest, expiry);
        QVERIFY(links.noteIssued(expiry));
        auto rotated = links.rotate();
        QVERIFY(rotated.ok());
        QVERIFY(*rotated != oldKey);
        QCOMPARE(links.activeKeyId(), *rotated);
        const QString fresh =
            links.signPath(QStringLiteral("one"), QStringLiteral("a.txt"), kDigest, expiry);
        QVERIFY(fresh.contains(QLatin1Char('/') + *rotated + QLatin1Char('/')));
        QCOMPARE(check(old), QStringLiteral("valid"));
        QCOMPARE(check(fresh), QStringLiteral("valid"));
        // While links signed with it live, pruning keeps the old key.
        QCOMPARE(*links.prune(), 0);
        QCOMPARE(check(old), QStringLiteral("valid"));
        // Once they have all expired, it goes (and its links no longer verify at all).
        m_tw->clock.advanceMs(6 * kDay + 1000);
        QCOMPARE(*links.prune(), 1);
        QCOMPARE(check(old), QStringLiteral("bad signature"));
        QVERIFY((*m_tw)->secrets().read(LinkSigner::secretName(oldKey))->isEmpty());
    }

    void keysSurviveARestartAndLiveInAPrivateFile()
    {
        const QString path = (*m_tw)->links().signPath(QStringLiteral("x"), QStringLiteral("b.bin"),
                                                       kDigest, m_tw->clock.nowMs() + kDay);
        m_tw->ws.reset();
        WorkspaceOptions options;
        options.dataDir = m_tw->dir.path();
        options.clock = &m_tw->clock;
        m_tw->ws = std::move(Workspace::open(options)).value();
        QCOMPARE(check(path), QStringLiteral("valid"));
        const QFileInfo secrets(m_tw->dir.filePath(QStringLiteral("secrets.json")));
        QVERIFY(secrets.exists());
        QCOMPARE(secrets.permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        QFile file(secrets.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("link-signing-key/"));
        QVERIFY(!stored.contains("b.bin"));
    }

    std::unique_ptr<Workspace> reopen()
    {
        WorkspaceOptions options;
        options.dataDir = m_tw->dir.path();
        options.clock = &m_tw->clock;
        return std::move(Workspace::open(options)).value();
    }

    // A lost key (a keychain that is not running, a restored folder without its secrets) is a
    // clear error, never a silent new key that would break every link handed out.
    void aLostKeyIsAnErrorNotANewKey()
    {
        const QString kid = (*m_tw)->links().activeKeyId();
        const QString path = (*m_tw)->links().signPath(QStringLiteral("x"), QStringLiteral("b.bin"),
                                                       kDigest, m_tw->clock.nowMs() + kDay);
        QVERIFY((*m_tw)->secrets().remove(LinkSigner::secretName(kid)));
        m_tw->ws.reset();
        m_tw->ws = reopen();
        const Status ready = (*m_tw)->links().ready();
        QVERIFY(!ready);
        QVERIFY2(ready.error().message.contains(QStringLiteral("forget-secrets")),
                 qPrintable(ready.error().message));
        QVERIFY(!(*m_tw)->links().maintain());
        QCOMPARE(*(*m_tw)->db().scalar(QStringLiteral("SELECT COUNT(*) FROM signing_keys")), 1);
        QCOMPARE(check(path), QStringLiteral("bad signature"));
        // forget-secrets is the way out: a fresh key, and links work again.
        QCOMPARE(*(*m_tw)->links().forgetAll(), 1);
        QVERIFY((*m_tw)->links().ready());
        QVERIFY((*m_tw)->links().activeKeyId() != kid);
    }

    void aDamagedSecretsFileIsAnErrorUntilForgotten()
    {
        const QString kid = (*m_tw)->links().activeKeyId();
        m_tw->ws.reset();
        const QString file = m_tw->dir.filePath(QStringLiteral("secrets.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{\"link-signing-key/"); // cut short
        }
        m_tw->ws = reopen();
        const Status ready = (*m_tw)->links().ready();
        QVERIFY(!ready);
        QVERIFY2(ready.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(ready.error().message));
        // Nothing was written over it.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{\"link-signing-key/"));
        f.close();
        QVERIFY(!(*m_tw)->secrets().write(QStringLiteral("other"), "x"));
        // forget-secrets puts the damaged file aside and starts over.
        QVERIFY((*m_tw)->links().forgetAll().ok());
        QVERIFY((*m_tw)->links().ready());
        QVERIFY((*m_tw)->links().activeKeyId() != kid);
        QCOMPARE(QDir(m_tw->dir.path())
                     .entryList({QStringLiteral("secrets.json.damaged-*")}, QDir::Files)
                     .size(),
                 1);
    }

    // The key store is readable and holds no key: a new data folder gets its first key.
    void aNewFolderGetsItsFirstKey()
    {
        QVERIFY((*m_tw)->links().ready());
        QVERIFY(!(*m_tw)->links().activeKeyId().isEmpty());
        QVERIFY(!(*m_tw)
                     ->secrets()
                     .read(LinkSigner::secretName((*m_tw)->links().activeKeyId()))
                     ->isEmpty());
    }

    // Rotation runs on a schedule: a new key once the active one is a week old; the old one
    // verifies its links until they expire, then goes.
    void rotationIsScheduled()
    {
        LinkSigner &links = (*m_tw)->links();
        const QString first = links.activeKeyId();
        QVERIFY(links.maintain());
        QCOMPARE(links.activeKeyId(), first);
        const qint64 expiry = m_tw->clock.nowMs() + LinkSigner::kRotateEveryMs + 3 * kDay;
        const QString old =
            links.signPath(QStringLiteral("one"), QStringLiteral("a.txt"), kDigest, expiry);
        QVERIFY(links.noteIssued(expiry));
        m_tw->clock.advanceMs(LinkSigner::kRotateEveryMs - 1000);
        QVERIFY(links.maintain());
        QCOMPARE(links.activeKeyId(), first);
        m_tw->clock.advanceMs(1000);
        QVERIFY(links.maintain());
        const QString second = links.activeKeyId();
        QVERIFY(second != first);
        QCOMPARE(check(old), QStringLiteral("valid"));
        m_tw->clock.advanceMs(3 * kDay + 1000);
        QVERIFY(links.maintain());
        QCOMPARE(check(old), QStringLiteral("bad signature"));
        QVERIFY((*m_tw)->secrets().read(LinkSigner::secretName(first))->isEmpty());
        QCOMPARE(*(*m_tw)->db().scalar(QStringLiteral("SELECT COUNT(*) FROM signing_keys")), 1);
        QCOMPARE(links.activeKeyId(), second);
    }

    // Another instance on the folder forgets the keys (or rotates): this one follows at its
    // next maintain(), which the link server runs every few hundred milliseconds.
    void otherInstancesFollowKeyChanges()
    {
        LinkSigner &mine = (*m_tw)->links();
        const QString path = mine.signPath(QStringLiteral("x"), QStringLiteral("b.bin"), kDigest,
                                           m_tw->clock.nowMs() + kDay);
        auto other = reopen();
        QCOMPARE(other->links().activeKeyId(), mine.activeKeyId());
        QVERIFY(other->links().forgetAll().ok());
        QCOMPARE(check(path), QStringLiteral("valid")); // not yet looked
        QVERIFY(mine.maintain());
        QCOMPARE(check(path), QStringLiteral("bad signature"));
        QCOMPARE(mine.activeKeyId(), other->links().activeKeyId());
        // And links the other one signs now verify here.
        const QString fresh = other->links().signPath(QStringLiteral("x"), QStringLiteral("b.bin"),
                                                      kDigest, m_tw->clock.nowMs() + kDay);
        QCOMPARE(check(fresh), QStringLiteral("valid"));
    }
};

QTEST_GUILESS_MAIN(TestLinkSigner)
#include "tst_linksigner.moc"
