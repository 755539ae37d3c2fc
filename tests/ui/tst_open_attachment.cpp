// "Open" on an attachment hands a copy to another program. The copy must not leak to other
// local users: a private folder (0700, owned by us, unpredictable name, never one found in
// place), files 0600, all removed at sign-out, at Delete me and at exit. Without a program to
// open files, the person is told so and offered Save as…

#include "UiFixture.h"
#include "ui/Dialogs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

using namespace carillon;
using carillon::test::UiInstance;

namespace {
const QString kAda = QStringLiteral("ada@example.com");
const QByteArray kSecret = "the private list of links";

struct Mode
{
    bool exists = false;
    bool symlink = false;
    bool dir = false;
    uid_t owner = 0;
    int permissions = 0;
};

Mode modeOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {true, S_ISLNK(st.st_mode), S_ISDIR(st.st_mode), st.st_uid, int(st.st_mode & 07777)};
}
} // namespace

class TestOpenAttachment : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<UiInstance> m_ui;
    QString m_tmp;     // TMPDIR for the test: the fallback location
    QString m_runtime; // a proper XDG_RUNTIME_DIR: 0700, ours
    qint64 m_attachmentId = 0;
    QStringList m_opened;

    // Grace sends Ada a file; Ada's window shows the chat with its card.
    void openChatWithAttachment()
    {
        auto &ws = *m_ui->ws;
        const qint64 ada = ws.accounts().profileByEmail(kAda)->id;
        const qint64 grace = ws.accounts().profileByEmail(QStringLiteral("grace@example.com"))->id;
        const qint64 chat = ws.conversations().direct(ada, grace)->id;
        OutgoingMessage out;
        out.body = QStringLiteral("here are the links");
        out.attachments.append(NewAttachment::fromData(QStringLiteral("links.txt"), kSecret));
        auto posted = ws.messages().post(grace, chat, out);
        QVERIFY(posted.ok());
        m_attachmentId = posted->attachments.first().id;
        m_ui->main()->openConversation(chat);
        m_opened.clear();
        m_ui->chat()->openFile = [this](const QString &path) {
            m_opened.append(path);
            return true;
        };
        ui::Dialogs::setOnOpen([](QDialog *dialog) {
            if (dialog->objectName() == QLatin1String("noOpenerBox"))
                qFatal("unexpected: %s", qPrintable(ui::Dialogs::lastMessage()));
        });
    }

    QString clickOpen()
    {
        QPushButton *open = nullptr;
        for (auto *b :
             m_ui->chat()->findChildren<QPushButton *>(QStringLiteral("openAttachmentButton")))
            open = b;
        if (!open)
            return {};
        const qsizetype before = m_opened.size();
        QTest::mouseClick(open, Qt::LeftButton);
        return m_opened.size() > before ? m_opened.last() : QString();
    }

    void checkPrivateCopy(const QString &path, const QString &base)
    {
        QVERIFY2(!path.isEmpty(), "Open did not hand a file to the opener");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), kSecret);
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("links.txt"));
        const QString folder = m_ui->chat()->openedCopies().folder();
        QVERIFY2(path.startsWith(folder + QLatin1Char('/')), qPrintable(path));
        QCOMPARE(QFileInfo(folder).path(), base);
        QVERIFY(QFileInfo(folder).fileName().startsWith(QLatin1String("carillon-open-")));
        // Every folder from the private one down and the file: ours, nobody else's.
        for (QString p = QFileInfo(path).path(); p.startsWith(folder); p = QFileInfo(p).path()) {
            const Mode m = modeOf(p);
            QVERIFY2(m.dir && !m.symlink, qPrintable(p));
            QCOMPARE(m.owner, ::geteuid());
            QCOMPARE(m.permissions, 0700);
        }
        const Mode f = modeOf(path);
        QCOMPARE(f.owner, ::geteuid());
        QCOMPARE(f.permissions, 0600);
    }

private slots:
    void init()
    {
        const QString root = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        m_tmp = root + QStringLiteral("/tmp");
        m_runtime = root + QStringLiteral("/run");
        QVERIFY(QDir().mkpath(m_tmp));
        QVERIFY(QDir().mkpath(m_runtime));
        QVERIFY(QFile::setPermissions(m_runtime,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("TMPDIR", QFile::encodeName(m_tmp));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime));
        m_ui = std::make_unique<UiInstance>(root + QStringLiteral("/data"), m_clock, true);
        QVERIFY(m_ui->signInAs(kAda));
        openChatWithAttachment();
    }
    void cleanup()
    {
        m_ui.reset();
        ui::Dialogs::resetForTests();
    }

    void copyIsPrivateInTheRuntimeFolder() { checkPrivateCopy(clickOpen(), m_runtime); }

    // Two sessions (or two runs) never use the same folder: its name cannot be guessed.
    void folderNameIsUnpredictable()
    {
        const QString first = QFileInfo(clickOpen()).path();
        QVERIFY(!first.isEmpty());
        emit m_ui->main()->signOutRequested();
        QTRY_VERIFY(m_ui->signIn()->isVisible());
        QVERIFY(m_ui->signInAs(kAda));
        openChatWithAttachment();
        const QString second = QFileInfo(clickOpen()).path();
        QVERIFY(!second.isEmpty());
        QVERIFY2(first != second, qPrintable(first));
    }

    // XDG_RUNTIME_DIR is used only when it is a real folder of ours that nobody else may
    // enter; otherwise the temporary folder, still with a private folder of our own.
    void unsafeRuntimeFoldersAreNotUsed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("readable by others") << QStringLiteral("0755");
        QTest::newRow("symbolic link") << QStringLiteral("symlink");
        QTest::newRow("unset") << QStringLiteral("unset");
        if (::geteuid() == 0) // only root can give a folder to someone else
            QTest::newRow("owned by another user") << QStringLiteral("other");
    }
    void unsafeRuntimeFoldersAreNotUsed()
    {
        QFETCH(QString, kind);
        const QString bad = m_runtime + QLatin1Char('-') + kind;
        if (kind == QLatin1String("0755")) {
            QVERIFY(QDir().mkpath(bad));
            QVERIFY(::chmod(QFile::encodeName(bad).constData(), 0755) == 0);
        } else if (kind == QLatin1String("symlink")) {
            QVERIFY(QFile::link(m_runtime, bad)); // points at a good folder: still refused
        } else if (kind == QLatin1String("other")) {
            QVERIFY(QDir().mkpath(bad));
            QVERIFY(::chmod(QFile::encodeName(bad).constData(), 0700) == 0);
            QVERIFY(::chown(QFile::encodeName(bad).constData(), 65534, 65534) == 0);
        }
        if (kind == QLatin1String("unset"))
            qunsetenv("XDG_RUNTIME_DIR");
        else
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(bad));
        checkPrivateCopy(clickOpen(), m_tmp);
        QCOMPARE(QDir(m_runtime).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), {});
    }

    // Another local user prepared the old, predictable folder (as a folder open to all and as
    // a symbolic link to one of theirs): neither is used and nothing lands in theirs.
    void preparedFoldersAreNotUsed_data()
    {
        QTest::addColumn<bool>("asSymlink");
        QTest::newRow("folder") << false;
        QTest::newRow("symbolic link") << true;
    }
    void preparedFoldersAreNotUsed()
    {
        QFETCH(bool, asSymlink);
        qunsetenv("XDG_RUNTIME_DIR");
        const QString attacker =
            m_dir.filePath(QStringLiteral("attacker-") + QString::number(asSymlink));
        QVERIFY(QDir().mkpath(attacker));
        QVERIFY(::chmod(QFile::encodeName(attacker).constData(), 0777) == 0);
        const QString old = m_tmp + QStringLiteral("/carillon-open-%1").arg(m_attachmentId);
        if (asSymlink) {
            QVERIFY(QFile::link(attacker, old));
        } else {
            QVERIFY(QDir().mkpath(old));
            QVERIFY(::chmod(QFile::encodeName(old).constData(), 0777) == 0);
        }
        const QString path = clickOpen();
        checkPrivateCopy(path, m_tmp);
        QVERIFY(!path.startsWith(old));
        QCOMPARE(QDir(attacker).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), {});
        QCOMPARE(QDir(old).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), {});
    }

    void removedAtSignOut()
    {
        const QString path = clickOpen();
        const QString folder = m_ui->chat()->openedCopies().folder();
        QVERIFY(QFile::exists(path));
        emit m_ui->main()->signOutRequested();
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(QDir(m_runtime).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), {});
    }

    // Delete me ends every session of the profile; this window learns it from the store.
    void removedWhenTheSessionIsRevoked()
    {
        const QString path = clickOpen();
        QVERIFY(QFile::exists(path));
        const qint64 ada = m_ui->ws->accounts().profileByEmail(kAda)->id;
        QVERIFY(m_ui->ws->sessions().revokeAll(ada, RevokeReason::ProfileDeleted).ok());
        QTRY_VERIFY(m_ui->signIn() && m_ui->signIn()->isVisible());
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(m_runtime).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), {});
    }

    void removedAtExit()
    {
        const QString path = clickOpen();
        QVERIFY(QFile::exists(path));
        m_ui.reset(); // what run() does when the last window closes
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(m_runtime).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), {});
    }

    // No program to open files (no xdg-open on PATH): the person is told so and offered
    // Save as…, which saves the file where they choose.
    void withoutAnOpenerSaveAsIsOffered()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(m_dir.filePath(QStringLiteral("empty-path"))));
        ui::ChatView *chat = m_ui->chat();
        chat->openFile = &ui::ChatView::openWithDesktop; // the real opener
        ui::Dialogs::setOnOpen(nullptr);
        ui::Dialogs::setNextAnswer(QMessageBox::Save); // "Save as…"
        const QString target = m_dir.filePath(QStringLiteral("saved-links.txt"));
        ui::Dialogs::setNextFiles({target});
        QPushButton *open =
            chat->findChildren<QPushButton *>(QStringLiteral("openAttachmentButton")).last();
        QTest::mouseClick(open, Qt::LeftButton);
        qputenv("PATH", path);
        const QString offered = ui::Dialogs::lastMessage();
        QVERIFY2(offered.contains(QStringLiteral("No program to open links.txt is installed")),
                 qPrintable(offered));
        QVERIFY(offered.contains(QStringLiteral("Save as")));
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), kSecret);
        // The copy nobody opened is gone.
        const QString folder = chat->openedCopies().folder();
        QCOMPARE(QDir(folder + QLatin1Char('/') + QString::number(m_attachmentId))
                     .entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 {});
    }
};

QTEST_MAIN(TestOpenAttachment)
#include "tst_open_attachment.moc"
