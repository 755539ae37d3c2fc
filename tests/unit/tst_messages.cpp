// Posting messages and attachments, history paging and saving an attachment back to disk. Every
// refused post must leave the store exactly as it was: no rows and no stored bytes.

#include "core/DemoFiles.h"
#include "support/TestWorkspace.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace carillon;
using carillon::test::TestWorkspace;

namespace {

// While alive, the calling thread may not bypass file permissions: root (as in CI) gives up
// CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from its effective set, so a file with mode 000 is
// refused to it as to anyone. Only this thread, only until the destructor puts them back.
class WithoutPermissionOverride
{
public:
    WithoutPermissionOverride()
    {
        if (::syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        reduced[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
        m_dropped = ::syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~WithoutPermissionOverride()
    {
        if (m_dropped)
            ::syscall(SYS_capset, &m_header, m_saved);
    }
    WithoutPermissionOverride(const WithoutPermissionOverride &) = delete;
    WithoutPermissionOverride &operator=(const WithoutPermissionOverride &) = delete;
    bool dropped() const { return m_dropped; }

private:
    __user_cap_header_struct m_header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct m_saved[2]{};
    bool m_dropped = false;
};

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Every file below the blob folder, temporary ones included.
QStringList blobFiles(TestWorkspace &tw)
{
    QStringList files;
    QDirIterator it(tw->blobs().rootPath(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

OutgoingMessage withAttachment(const NewAttachment &a, const QString &body = {})
{
    return OutgoingMessage{MessageKind::Text, body, {}, {a}};
}

} // namespace

class TestMessages : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        WorkspaceOptions options;
        options.maxAttachmentSize = 64 * 1024;
        m_tw = std::make_unique<TestWorkspace>(options);
        m_a = m_tw->person(QStringLiteral("alice@example.com"), QStringLiteral("Alice"));
        m_b = m_tw->person(QStringLiteral("bob@example.com"), QStringLiteral("Bob"));
        m_c = m_tw->person(QStringLiteral("carol@example.com"), QStringLiteral("Carol"));
        auto chat = m_tw->ws->conversations().direct(m_a.id, m_b.id);
        QVERIFY(chat.ok());
        m_chat = chat->id;
        QVERIFY(m_files.isValid());
    }
    void cleanup() { m_tw.reset(); }

    void postText()
    {
        TestWorkspace &tw = *m_tw;
        tw.clock.advanceMs(5000);
        auto m = tw->messages().postText(m_a.id, m_chat, QStringLiteral("  Hello, Bob!  "));
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QCOMPARE(m->body, QStringLiteral("  Hello, Bob!  ")); // kept as written
        QCOMPARE(m->senderId, m_a.id);
        QCOMPARE(m->conversationId, m_chat);
        QCOMPARE(m->createdAt, tw.clock.nowMs());
        auto loaded = tw->messages().message(m->id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->body, m->body);
        QCOMPARE(*tw->messages().messageCount(m_chat), 1);
        // The longest allowed message goes through.
        QVERIFY(
            tw->messages()
                .postText(m_b.id, m_chat, QString(MessageStore::kMaxBodyLength, QLatin1Char('z')))
                .ok());
    }

    void refusedPostsChangeNothing_data()
    {
        QTest::addColumn<int>("sender");          // 0 alice, 2 carol (not a member)
        QTest::addColumn<qint64>("conversation"); // 0: the 1:1 chat
        QTest::addColumn<QString>("body");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("empty") << 0 << qint64(0) << QString() << ErrorCode::InvalidInput;
        QTest::newRow("whitespace")
            << 0 << qint64(0) << QStringLiteral(" \n\t  ") << ErrorCode::InvalidInput;
        QTest::newRow("too long") << 0 << qint64(0)
                                  << QString(MessageStore::kMaxBodyLength + 1, QLatin1Char('x'))
                                  << ErrorCode::InvalidInput;
        QTest::newRow("not a member")
            << 2 << qint64(0) << QStringLiteral("let me in") << ErrorCode::Forbidden;
        QTest::newRow("no such conversation")
            << 0 << qint64(99999) << QStringLiteral("hello?") << ErrorCode::NotFound;
    }

    void refusedPostsChangeNothing()
    {
        QFETCH(int, sender);
        QFETCH(qint64, conversation);
        QFETCH(QString, body);
        QFETCH(ErrorCode, code);
        TestWorkspace &tw = *m_tw;
        const qint64 senderId = sender == 2 ? m_c.id : m_a.id;
        const qint64 conv = conversation ? conversation : m_chat;
        const auto before = tw.tableCounts();
        const QStringList blobsBefore = blobFiles(tw);
        OutgoingMessage out{MessageKind::Text, body, {}, {}};
        // The refusal comes before any bytes are stored, attachment or not.
        if (code != ErrorCode::InvalidInput)
            out.attachments << NewAttachment::fromData(QStringLiteral("a.txt"), "data\n");
        auto m = tw->messages().post(senderId, conv, out);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, code);
        QVERIFY(!m.error().message.isEmpty());
        QCOMPARE(tw.tableCounts(), before);
        QCOMPARE(blobFiles(tw), blobsBefore);
    }

    void attachmentFromFile()
    {
        TestWorkspace &tw = *m_tw;
        const QByteArray pdf =
            DemoFiles::pdf(QStringLiteral("Report"), {QStringLiteral("All good.")});
        const QString path = writeFile(m_files.filePath(QStringLiteral("report.pdf")), pdf);
        auto m = tw->messages().post(
            m_a.id, m_chat,
            withAttachment(NewAttachment::fromFile(path), QStringLiteral("The report")));
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QCOMPARE(m->attachments.size(), 1);
        const Attachment a = m->attachments.first();
        QCOMPARE(a.fileName, QStringLiteral("report.pdf"));
        QCOMPARE(a.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(a.size, pdf.size());
        QCOMPARE(a.sha256, sha256Hex(pdf));
        QCOMPARE(a.uploaderId, m_a.id);
        QCOMPARE(a.conversationId, m_chat);
        QCOMPARE(a.messageId, m->id);
        QVERIFY(a.publicId.size() >= 12);
        QFile blob(tw->blobs().pathFor(a.sha256));
        QVERIFY(blob.open(QIODevice::ReadOnly));
        QCOMPARE(blob.readAll(), pdf);

        // Read back through every lookup.
        QCOMPARE(tw->messages().attachment(a.id)->sha256, a.sha256);
        QCOMPARE(tw->messages().attachmentByPublicId(a.publicId)->id, a.id);
        QCOMPARE(tw->messages().message(m->id)->attachments.size(), 1);
        QCOMPARE(tw->messages().attachment(a.id + 100).error().code, ErrorCode::NotFound);
    }

    void attachmentsFromData()
    {
        TestWorkspace &tw = *m_tw;
        const QByteArray text = "line one\nline two\n";
        const QByteArray png = DemoFiles::png(16, 16, 3);
        OutgoingMessage out{MessageKind::Text, QString(), {}, {}}; // files alone are a message
        out.attachments << NewAttachment::fromData(QStringLiteral("notes.txt"), text)
                        << NewAttachment::fromData(QStringLiteral("pixel.png"), png);
        auto m = tw->messages().post(m_b.id, m_chat, out);
        QVERIFY2(m.ok(), qPrintable(m.error().message));
        QCOMPARE(m->attachments.size(), 2);
        QCOMPARE(m->attachments[0].mimeType, QStringLiteral("text/plain"));
        QCOMPARE(m->attachments[0].sha256, sha256Hex(text));
        QCOMPARE(m->attachments[0].size, text.size());
        QCOMPARE(m->attachments[1].mimeType, QStringLiteral("image/png"));
        QCOMPARE(m->attachments[1].sha256, sha256Hex(png));
        QVERIFY(m->attachments[0].publicId != m->attachments[1].publicId);
        for (const Attachment &a : m->attachments)
            QVERIFY(QFileInfo::exists(tw->blobs().pathFor(a.sha256)));

        // The same bytes sent again share one stored file.
        const int filesBefore = blobFiles(tw).size();
        auto again = tw->messages().post(
            m_a.id, m_chat,
            withAttachment(NewAttachment::fromData(QStringLiteral("copy.txt"), text)));
        QVERIFY(again.ok());
        QCOMPARE(again->attachments.first().sha256, sha256Hex(text));
        QCOMPARE(blobFiles(tw).size(), filesBefore);
    }

    void attachmentNameMustBeAFileName()
    {
        TestWorkspace &tw = *m_tw;
        const auto before = tw.tableCounts();
        for (const QString &name :
             {QStringLiteral("../evil.txt"), QStringLiteral("dir/x.txt"), QStringLiteral("  ")}) {
            auto m = tw->messages().post(
                m_a.id, m_chat,
                withAttachment(NewAttachment::fromData(name, "x"), QStringLiteral("hi")));
            QCOMPARE(m.error().code, ErrorCode::InvalidInput);
        }
        QCOMPARE(tw.tableCounts(), before);
    }

    void oversizeAttachmentRefused()
    {
        TestWorkspace &tw = *m_tw;
        const qint64 limit = tw->blobs().maxSize();
        QCOMPARE(limit, 64 * 1024);
        const QByteArray big = DemoFiles::binary(limit + 1, 9);
        const QString path = writeFile(m_files.filePath(QStringLiteral("big.bin")), big);
        const auto before = tw.tableCounts();
        const QStringList blobsBefore = blobFiles(tw);

        auto fromFile =
            tw->messages().post(m_a.id, m_chat, withAttachment(NewAttachment::fromFile(path)));
        QCOMPARE(fromFile.error().code, ErrorCode::TooLarge);
        QVERIFY(!fromFile.error().message.isEmpty());
        auto fromData = tw->messages().post(
            m_a.id, m_chat,
            withAttachment(NewAttachment::fromData(QStringLiteral("big.bin"), big)));
        QCOMPARE(fromData.error().code, ErrorCode::TooLarge);
        QCOMPARE(tw.tableCounts(), before);
        QCOMPARE(blobFiles(tw), blobsBefore);
        QVERIFY(!tw->blobs().contains(sha256Hex(big)));

        // Exactly at the limit is fine.
        auto atLimit = tw->messages().post(
            m_a.id, m_chat,
            withAttachment(NewAttachment::fromData(QStringLiteral("ok.bin"), big.left(limit))));
        QVERIFY2(atLimit.ok(), qPrintable(atLimit.error().message));
    }

    void missingFileRefused()
    {
        TestWorkspace &tw = *m_tw;
        const auto before = tw.tableCounts();
        auto m = tw->messages().post(
            m_a.id, m_chat,
            withAttachment(NewAttachment::fromFile(m_files.filePath(QStringLiteral("nope.txt")))));
        QCOMPARE(m.error().code, ErrorCode::NotFound);
        QVERIFY(m.error().message.contains(QStringLiteral("nope.txt")));
        // A folder is not a file either.
        auto dir = tw->messages().post(m_a.id, m_chat,
                                       withAttachment(NewAttachment::fromFile(m_files.path())));
        QCOMPARE(dir.error().code, ErrorCode::NotFound);
        QCOMPARE(tw.tableCounts(), before);
        QCOMPARE(blobFiles(tw), QStringList());
    }

    void unreadableFileRefused()
    {
        TestWorkspace &tw = *m_tw;
        const QString path = writeFile(m_files.filePath(QStringLiteral("secret.txt")), "secret");
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        const auto before = tw.tableCounts();
        Result<Message> m = Error{ErrorCode::Storage, QString()};
        {
            // Root reads any file unless it gives up the override, which CI's root does here.
            WithoutPermissionOverride asAnyone;
            QVERIFY(asAnyone.dropped() || ::geteuid() != 0);
            QFile probe(path);
            QVERIFY2(!probe.open(QIODevice::ReadOnly), "the file is still readable");
            m = tw->messages().post(m_a.id, m_chat, withAttachment(NewAttachment::fromFile(path)));
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(m.error().code, ErrorCode::Io);
        QCOMPARE(tw.tableCounts(), before);
        QCOMPARE(blobFiles(tw), QStringList());
    }

    void historyPages()
    {
        TestWorkspace &tw = *m_tw;
        auto room = tw->conversations().createRoom(m_a.id, QStringLiteral("Busy"), {m_b.id});
        QVERIFY(room.ok());
        QVERIFY(tw->messages().postText(m_a.id, m_chat, QStringLiteral("elsewhere")).ok());
        for (int i = 1; i <= 250; ++i) {
            tw.clock.advanceMs(10);
            auto m = tw->messages().postText(i % 2 ? m_a.id : m_b.id, room->id,
                                             QStringLiteral("message %1").arg(i));
            QVERIFY(m.ok());
        }
        QCOMPARE(*tw->messages().messageCount(room->id), 250);

        QList<Message> all;
        QList<int> pageSizes;
        qint64 before = 0;
        for (;;) {
            auto page = tw->messages().history(room->id, before, 100);
            QVERIFY(page.ok());
            if (page->isEmpty())
                break;
            pageSizes << int(page->size());
            for (int i = 1; i < page->size(); ++i) // oldest first within a page
                QVERIFY(page->at(i - 1).id < page->at(i).id);
            all = *page + all;
            before = page->first().id;
        }
        QCOMPARE(pageSizes, (QList<int>{100, 100, 50}));
        QCOMPARE(all.size(), 250);
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].body, QStringLiteral("message %1").arg(i + 1));
            QCOMPARE(all[i].conversationId, room->id);
            if (i > 0)
                QVERIFY(all[i].createdAt > all[i - 1].createdAt);
        }
        // The newest page is the last 100, and a small limit is honoured.
        auto newest = tw->messages().history(room->id, 0, 3);
        QCOMPARE(newest->size(), 3);
        QCOMPARE(newest->last().body, QStringLiteral("message 250"));
        QCOMPARE(newest->first().body, QStringLiteral("message 248"));
    }

    void historyCarriesAttachments()
    {
        TestWorkspace &tw = *m_tw;
        QVERIFY(tw->messages().postText(m_a.id, m_chat, QStringLiteral("one")).ok());
        auto withFile = tw->messages().post(
            m_b.id, m_chat,
            withAttachment(NewAttachment::fromData(QStringLiteral("f.txt"), "f\n"),
                           QStringLiteral("two")));
        QVERIFY(withFile.ok());
        QVERIFY(tw->messages().postText(m_a.id, m_chat, QStringLiteral("three")).ok());
        auto history = tw->messages().history(m_chat, 0, 10);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).attachments.size(), 0);
        QCOMPARE(history->at(1).attachments.size(), 1);
        QCOMPARE(history->at(1).attachments.first().fileName, QStringLiteral("f.txt"));
        QCOMPARE(history->at(2).attachments.size(), 0);
    }

    void saveAttachmentWritesSameBytes()
    {
        TestWorkspace &tw = *m_tw;
        const QByteArray bytes = DemoFiles::binary(50'000, 77);
        auto m = tw->messages().post(
            m_a.id, m_chat,
            withAttachment(NewAttachment::fromData(QStringLiteral("data.bin"), bytes)));
        QVERIFY(m.ok());
        const QString target = m_files.filePath(QStringLiteral("saved.bin"));
        QVERIFY(tw->messages().saveAttachment(m->attachments.first().id, target).ok());
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);

        QCOMPARE(tw->messages().saveAttachment(424242, target).error().code, ErrorCode::NotFound);
        // A folder that does not exist cannot be written to.
        Status bad = tw->messages().saveAttachment(
            m->attachments.first().id, m_files.filePath(QStringLiteral("no/such/dir/x.bin")));
        QCOMPARE(bad.error().code, ErrorCode::Io);
        // Missing bytes are reported, not silently written as an empty file.
        QVERIFY(tw->blobs().remove(m->attachments.first().sha256));
        const QString other = m_files.filePath(QStringLiteral("other.bin"));
        QCOMPARE(tw->messages().saveAttachment(m->attachments.first().id, other).error().code,
                 ErrorCode::Io);
        QVERIFY(!QFileInfo::exists(other));
    }

private:
    std::unique_ptr<TestWorkspace> m_tw;
    QTemporaryDir m_files;
    Profile m_a, m_b, m_c;
    qint64 m_chat = 0;
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
