// Signed links: what verifies, what does not, and key rotation without breaking links that
// are still valid.

#include "support/TestWorkspace.h"

#include <QFileInfo>

using namespace carillon;
using carillon::test::TestWorkspace;

namespace {
constexpr qint64 kDay = 86'400'000;

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
        const QString path = links.signPath(
            QStringLiteral("abc123"), QStringLiteral("Résumé 1.pdf"), m_tw->clock.nowMs() + kDay);
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
        m_tw->clock.advanceMs(kDay);
        QCOMPARE(check(path), QStringLiteral("expired"));
    }

    void rotationKeepsUnexpiredLinks()
    {
        LinkSigner &links = (*m_tw)->links();
        const QString oldKey = links.activeKeyId();
        const qint64 expiry = m_tw->clock.nowMs() + 6 * kDay;
        const QString old = links.signPath(QStringLiteral("one"), QStringLiteral("a.txt"), expiry);
        QVERIFY(links.noteIssued(expiry));
        auto rotated = links.rotate();
        QVERIFY(rotated.ok());
        QVERIFY(*rotated != oldKey);
        QCOMPARE(links.activeKeyId(), *rotated);
        const QString fresh =
            links.signPath(QStringLiteral("one"), QStringLiteral("a.txt"), expiry);
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
                                                       m_tw->clock.nowMs() + kDay);
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

    void aLostKeyIsReplaced()
    {
        const QString kid = (*m_tw)->links().activeKeyId();
        const QString path = (*m_tw)->links().signPath(QStringLiteral("x"), QStringLiteral("b.bin"),
                                                       m_tw->clock.nowMs() + kDay);
        QVERIFY((*m_tw)->secrets().remove(LinkSigner::secretName(kid)));
        m_tw->ws.reset();
        WorkspaceOptions options;
        options.dataDir = m_tw->dir.path();
        options.clock = &m_tw->clock;
        m_tw->ws = std::move(Workspace::open(options)).value();
        QVERIFY((*m_tw)->links().activeKeyId() != kid);
        QCOMPARE(check(path), QStringLiteral("bad signature"));
    }
};

QTEST_GUILESS_MAIN(TestLinkSigner)
#include "tst_linksigner.moc"
