// The window signed in through a real carillon-server (started here on a real PostgreSQL),
// on the real xcb platform under Xvfb: the sign-in screen's "On a server" choice with a wrong
// address, an unreachable one and then the right one; a message another device sends appears
// painted in the open conversation within a second; the choice is remembered.

#include "core/EmbeddedBackend.h"
#include "core/SecretStore.h"
#include "core/Workspace.h"
#include "net/RemoteBackend.h"
#include "net/ServerAddress.h"
#include "support/DesktopIsolation.h"
#include "support/ServerProcess.h"
#include "ui/AppController.h"
#include "ui/ChatView.h"
#include "ui/MainWindow.h"
#include "ui/MessageModel.h"
#include "ui/SignInWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace carillon;

namespace {
using test::waitUntil;
const QString kPassword = QStringLiteral("password-123");

// Notes when a widget paints.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) { widget->installEventFilter(this); }
    std::function<void()> onPaint;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && onPaint)
            onPaint();
        return false;
    }
};
} // namespace

class TestUiRemote : public QObject
{
    Q_OBJECT

    test::PostgresCluster m_cluster;
    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<FileSecretStore> m_secrets;
    std::unique_ptr<Workspace> m_ws; // "On this computer"
    std::unique_ptr<EmbeddedBackend> m_embedded;
    std::unique_ptr<RemoteBackend> m_remote;
    std::unique_ptr<ui::AppController> m_app;

    // As app/WindowMain.cpp chooses: this computer's backend, or one for the server's address.
    Result<ChatBackend *> choose(const QString &address)
    {
        if (address.isEmpty())
            return m_embedded.get();
        const Result<QUrl> url = ServerAddress::parse(address);
        if (!url)
            return url.error();
        if (!m_remote || m_remote->server() != *url) {
            if (m_remote)
                m_remote.release()->deleteLater(); // the controller still follows it
            m_remote = std::make_unique<RemoteBackend>(*url, m_secrets.get());
        }
        return m_remote.get();
    }

    ui::SignInWindow *signIn() { return m_app->signInWindow(); }
    template <typename T> T *field(const char *name)
    {
        return signIn()->findChild<T *>(QLatin1String(name));
    }
    // Fills the sign-in screen for the server at address and clicks Sign in; the error shown,
    // or empty once the main window is up.
    QString signInThrough(const QString &address, const QString &email)
    {
        field<QComboBox>("placeComboBox")->setCurrentIndex(1);
        field<QLineEdit>("serverAddressEdit")->setText(address);
        field<QLineEdit>("emailEdit")->setText(email);
        field<QLineEdit>("passwordEdit")->setText(kPassword);
        QTest::mouseClick(field<QPushButton>("signInButton"), Qt::LeftButton);
        auto *error = field<QLabel>("signInErrorLabel");
        waitUntil([&] {
            return (m_app->mainWindow() && m_app->mainWindow()->isVisible()) ||
                   (!signIn()->isBusy() && error->isVisible());
        });
        return m_app->mainWindow() && m_app->mainWindow()->isVisible() ? QString() : error->text();
    }

private slots:
    void initTestCase()
    {
        const QString failed = m_cluster.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString said = m_server.start(m_cluster.createDatabase());
        QVERIFY2(said.isEmpty(), qPrintable(said));
        m_secrets = std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("secrets")));
        WorkspaceOptions options;
        options.dataDir = m_dir.filePath(QStringLiteral("data"));
        m_ws = std::move(Workspace::open(options)).value();
        m_embedded = std::make_unique<EmbeddedBackend>(*m_ws);
        m_app = std::make_unique<ui::AppController>(*m_embedded);
        m_app->offerPlaces(ui::SignInPlace::load(),
                           [this](const QString &address) { return choose(address); });
        m_app->start();
        QVERIFY(waitUntil([&] { return signIn() && signIn()->isVisible(); }));
        QVERIFY(QTest::qWaitForWindowExposed(signIn()));
        // "On this computer" is the default.
        QCOMPARE(field<QComboBox>("placeComboBox")->currentIndex(), 0);
        QVERIFY(!field<QLineEdit>("serverAddressEdit")->isEnabled());
        QVERIFY(!field<QComboBox>("placeComboBox")->accessibleName().isEmpty());
        QVERIFY(!field<QLineEdit>("serverAddressEdit")->accessibleName().isEmpty());
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_remote.reset();
        m_embedded.reset();
        m_ws.reset();
        QVERIFY(m_server.stop());
    }

    // A wrong address is refused on the screen with what to type instead; an address where
    // nothing answers says it cannot be reached, naming it.
    void badAddressesSayWhatToDo()
    {
        const QString plain = signInThrough(QStringLiteral("chat.example.com:80/ws?x=ws://"),
                                            QStringLiteral("ada@example.com"));
        QVERIFY2(!plain.isEmpty(), "signed in through a made-up address");
        const QString unencrypted = signInThrough(QStringLiteral("ws://chat.example.com"),
                                                  QStringLiteral("ada@example.com"));
        QVERIFY2(unencrypted.contains(QLatin1String("wss://")), qPrintable(unencrypted));
        const quint16 nothing = test::freePort();
        QElapsedTimer clock;
        clock.start();
        const QString unreachable = signInThrough(QStringLiteral("localhost:%1").arg(nothing),
                                                  QStringLiteral("ada@example.com"));
        QVERIFY2(unreachable.contains(QStringLiteral("ws://localhost:%1").arg(nothing)),
                 qPrintable(unreachable));
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(!m_app->mainWindow());
    }

    // Ada signs in through the server in the window; Bob, another device, writes; the message
    // is painted in Ada's open conversation within a second.
    void aMessageFromAnotherDeviceIsPaintedWithinASecond()
    {
        RemoteBackend bob(m_server.url(), nullptr);
        RemoteBackend adaPhone(m_server.url(), nullptr);
        std::optional<Result<Profile>> bobMe, adaMe;
        QObject receiver;
        bob.createIdentity(QStringLiteral("bob@example.com"), QStringLiteral("Bob"), kPassword,
                           &receiver, [&](const Result<Profile> &p) { bobMe = p; });
        adaPhone.createIdentity(QStringLiteral("ada@example.com"), QStringLiteral("Ada"), kPassword,
                                &receiver, [&](const Result<Profile> &p) { adaMe = p; });
        QVERIFY(waitUntil([&] { return bobMe && adaMe; }, 20'000));
        QVERIFY(*bobMe && *adaMe);
        std::optional<Result<Conversation>> chat;
        bob.openDirect((*adaMe)->id, &receiver, [&](const Result<Conversation> &c) { chat = c; });
        QVERIFY(waitUntil([&] { return chat.has_value(); }));
        QVERIFY2(*chat, qPrintable(chat->error().message));

        const QString failed = signInThrough(QStringLiteral("localhost:%1").arg(m_server.port()),
                                             QStringLiteral("ada@example.com"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        ui::MainWindow *main = m_app->mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(main));
        QCOMPARE(&m_app->backend(), static_cast<ChatBackend *>(m_remote.get()));
        // Remembered for the next start.
        const ui::SignInPlace place = ui::SignInPlace::load();
        QVERIFY(place.onServer);
        QCOMPARE(place.address, QStringLiteral("localhost:%1").arg(m_server.port()));

        main->openConversation((*chat)->id);
        ui::ChatView *view = main->chatView();
        QListView *list = view->messageList();
        QVERIFY(waitUntil([&] { return view->model()->rowCount() >= 0 && list->isVisible(); }));

        for (int i = 0; i < 3; ++i) {
            const QString text = QStringLiteral("From Bob's device %1").arg(i);
            qint64 paintedAt = -1;
            QElapsedTimer clock;
            // Painted: the viewport paints while the message's row is in its visible area.
            PaintWatch watch(list->viewport());
            watch.onPaint = [&] {
                if (paintedAt >= 0)
                    return;
                const ui::MessageModel *model = view->model();
                for (int row = model->rowCount() - 1; row >= 0; --row) {
                    if (model->messageAt(row).body != text)
                        continue;
                    const QRect where = list->visualRect(model->index(row, 0));
                    if (where.isValid() && list->viewport()->rect().intersects(where))
                        paintedAt = clock.elapsed();
                    return;
                }
            };
            std::optional<Result<Message>> sent;
            clock.start();
            bob.send((*chat)->id, text, {}, &receiver, {},
                     [&](const Result<Message> &m) { sent = m; });
            QVERIFY(waitUntil([&] { return paintedAt >= 0; }, 5000));
            qInfo("Bob's send until painted in Ada's window: %lld ms", paintedAt);
            QVERIFY2(paintedAt < 1000, "the message took a second or more to appear");
            QVERIFY(waitUntil([&] { return sent.has_value(); }));
            QVERIFY(*sent);
            QCOMPARE(view->model()->messageAt(view->model()->rowOf((*sent)->id)).body, text);
        }
    }
};

QTEST_MAIN(TestUiRemote)
#include "tst_ui_remote.moc"
