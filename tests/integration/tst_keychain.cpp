// Secrets in a real Secret Service (GNOME Keyring in a private D-Bus session, see
// keychain-test): round trips, per-folder namespaces, moving secrets out of the fallback file,
// the link-signing keys and the saved sign-in kept there, and --forget-secrets.

#include "app/KeychainSecretStore.h"
#include "core/EmbeddedBackend.h"
#include "core/Workspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace carillon;

class TestKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString folder(const char *name) { return m_tmp.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("CARILLON_KEYRING_INNER"),
                 "run through tests/integration/keychain-test");
        QVERIFY(KeychainSecretStore::isAvailable());
    }

    void roundTrip()
    {
        KeychainSecretStore store(folder("a"), nullptr);
        const QByteArray secret("\0binary\xff secret", 15);
        QVERIFY(store.write(QStringLiteral("k"), secret));
        QCOMPARE(*store.read(QStringLiteral("k")), secret);
        QVERIFY(store.remove(QStringLiteral("k")));
        QCOMPARE(*store.read(QStringLiteral("k")), QByteArray());
        QVERIFY(store.remove(QStringLiteral("k"))); // removing twice is fine
    }

    void foldersDoNotShareSecrets()
    {
        KeychainSecretStore one(folder("one"), nullptr);
        KeychainSecretStore two(folder("two"), nullptr);
        QVERIFY(one.write(QStringLiteral("same-name"), "first"));
        QCOMPARE(*two.read(QStringLiteral("same-name")), QByteArray());
        QVERIFY(two.write(QStringLiteral("same-name"), "second"));
        QCOMPARE(*one.read(QStringLiteral("same-name")), QByteArray("first"));
    }

    void secretsMoveOutOfTheFallbackFile()
    {
        const QString dir = folder("moving");
        QDir().mkpath(dir);
        auto file = std::make_unique<FileSecretStore>(dir + QStringLiteral("/secrets.json"));
        QVERIFY(file->write(QStringLiteral("old"), "kept in the file"));
        KeychainSecretStore store(dir, std::move(file));
        QCOMPARE(*store.read(QStringLiteral("old")), QByteArray("kept in the file"));
        FileSecretStore after(dir + QStringLiteral("/secrets.json"));
        QCOMPARE(*after.read(QStringLiteral("old")), QByteArray()); // moved out
        KeychainSecretStore plain(dir, nullptr);
        QCOMPARE(*plain.read(QStringLiteral("old")), QByteArray("kept in the file")); // moved in
    }

    void workspaceKeepsKeysAndTheSavedSignInInTheKeychain()
    {
        const QString dir = folder("workspace");
        QString warning;
        std::unique_ptr<SecretStore> secrets = openSecretStore(dir, &warning);
        QVERIFY(secrets->isSecure());
        QVERIFY(warning.isEmpty());
        WorkspaceOptions options;
        options.dataDir = dir;
        options.secrets = secrets.get();
        auto ws = std::move(Workspace::open(options)).value();
        const QString kid = ws->links().activeKeyId();
        QCOMPARE(secrets->read(LinkSigner::secretName(kid))->size(), 32);
        QVERIFY(!QFile::exists(dir + QStringLiteral("/secrets.json")));

        const QString hash = AccountStore::hashPassword(QStringLiteral("a long password"));
        QVERIFY(ws->accounts().createIdentityHashed(QStringLiteral("kim@example.com"), QString(),
                                                    hash));
        EmbeddedBackend backend(*ws);
        QVERIFY(backend.signIn(QStringLiteral("kim@example.com"), QStringLiteral("a long password"),
                               true));
        const QString device = *ws->state(QStringLiteral("remember.devices"));
        QVERIFY(!device.isEmpty());
        QVERIFY(!secrets->read(rememberMeSecretName(device))->isEmpty());
        backend.signOut();
        // Forgotten on the backend's worker thread (a keychain call can take seconds).
        QTRY_VERIFY(secrets->read(rememberMeSecretName(device))->isEmpty());
    }

    void forgetSecretsFromTheCommandLine()
    {
        const QString dir = folder("cli");
        auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(qEnvironmentVariable("CARILLON_BIN"),
                    QStringList{QStringLiteral("--data-dir"), dir} + args);
            p.waitForFinished(60'000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()));
        };
        // A writing command: reading commands do not create a data folder.
        QCOMPARE(
            run({QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("Keys")}).first,
            0);
        KeychainSecretStore store(dir, nullptr);
        QString oldKid;
        {
            WorkspaceOptions options;
            options.dataDir = dir;
            options.secrets = &store;
            oldKid = std::move(Workspace::open(options)).value()->links().activeKeyId();
        }
        QVERIFY(!store.read(LinkSigner::secretName(oldKid))->isEmpty());
        // Started without its keychain, serve does not make a new key (which would break every
        // link handed out): it says what is wrong and stops.
        {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CARILLON_NO_KEYCHAIN"), QStringLiteral("1"));
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("CARILLON_BIN"),
                    {QStringLiteral("--data-dir"), dir, QStringLiteral("serve"),
                     QStringLiteral("--port"), QStringLiteral("47999")});
            QVERIFY(p.waitForFinished(60'000));
            QCOMPARE(p.exitCode(), 1);
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(err.contains("keychain"), err.constData());
            QVERIFY2(err.contains("forget-secrets"), err.constData());
            WorkspaceOptions options;
            options.dataDir = dir;
            options.secrets = &store;
            auto ws = std::move(Workspace::open(options)).value();
            QCOMPARE(ws->links().activeKeyId(), oldKid);
        }
        const auto [code, out] = run({QStringLiteral("--forget-secrets")});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(QStringLiteral("system keychain")), qPrintable(out));
        QVERIFY(store.read(LinkSigner::secretName(oldKid))->isEmpty());
    }

    void withoutAKeychainTheFileAndAWarning()
    {
        qputenv("CARILLON_NO_KEYCHAIN", "1");
        QString warning;
        std::unique_ptr<SecretStore> secrets = openSecretStore(folder("nokeychain"), &warning);
        qunsetenv("CARILLON_NO_KEYCHAIN");
        QVERIFY(!secrets->isSecure());
        QVERIFY(warning.contains(QStringLiteral("secrets.json")));
        QVERIFY(warning.contains(QStringLiteral("only by you")));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
