// The whole journey on the real xcb platform under Xvfb, as a person would take it, saving a
// PNG of each step (CARILLON_SHOTS, default ./e2e-shots): sign in, invite the assistant, meet
// it, get the attachments list and download it verified, delete the profile, signed out.
// Built twice: tst_e2e_journey on this computer's data folder, and tst_e2e_server_journey
// (CARILLON_E2E_SERVER) through a real demo carillon-server on a real PostgreSQL, where a second
// device of the same person is signed out by Delete me within a second.

#include "core/Workspace.h"
#include "support/DesktopIsolation.h"
#ifdef CARILLON_E2E_SERVER
#include "net/RemoteBackend.h"
#include "support/ServerProcess.h"
#else
#include "assistant/Assistant.h"
#include "core/DemoData.h"
#include "core/EmbeddedBackend.h"
#include "links/LinkServer.h"
#endif
#include "translations/Translations.h"
#include "ui/AppController.h"
#include "ui/ChatView.h"
#include "ui/Composer.h"
#include "ui/Dialogs.h"
#include "ui/InviteContactDialog.h"
#include "ui/MainWindow.h"
#include "ui/ManifestViewer.h"
#include "ui/MessageCard.h"
#include "ui/MessageModel.h"
#include "ui/SignInWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QCursor>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace carillon;

class TestE2eJourney : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_shots;
    int m_step = 0;
    std::unique_ptr<Workspace> m_ws; // the data, read to check the downloads
#ifdef CARILLON_E2E_SERVER
    test::PostgresCluster m_cluster;
    test::ServerProcess m_carillonServer;
    std::unique_ptr<RemoteBackend> m_backend;
#else
    std::unique_ptr<LinkServer> m_server;
    std::unique_ptr<Assistant> m_assistant;
    std::unique_ptr<EmbeddedBackend> m_backend;
#endif
    std::unique_ptr<ui::AppController> m_app;

    // Demo > Advance time, through whichever backend the window uses.
    bool advance(qint64 ms)
    {
        std::optional<Status> moved;
        m_app->backend().advanceClock(ms, this, [&](const Status &s) { moved = s; });
        return QTest::qWaitFor([&] { return moved.has_value(); }, 10'000) && *moved;
    }

    void shot(QWidget *widget, const char *name)
    {
        QApplication::processEvents();
        QTest::qWait(150); // let the window system paint
        const QString file = QStringLiteral("%1/%2-%3.png")
                                 .arg(m_shots)
                                 .arg(++m_step, 2, 10, QLatin1Char('0'))
                                 .arg(QLatin1String(name));
        QVERIFY2(widget->window()->grab().save(file), qPrintable(file));
    }
    // The README's pictures: the same moment in Carillon's light and dark schemes, saved as
    // look-<name>-light.png and look-<name>-dark.png (docs/screenshots/ has copies).
    void lookShots(QWidget *widget, const char *name)
    {
        for (const auto &[scheme, suffix] : {std::pair{ui::Theme::Scheme::Light, "light"},
                                             std::pair{ui::Theme::Scheme::Dark, "dark"}}) {
            ui::Theme::applyScheme(scheme);
            QApplication::processEvents();
            // No hover highlight from wherever the pointer was left, and the newest messages
            // in sight after the new style laid the list out again.
            QCursor::setPos(widget->screen()->geometry().bottomRight());
            if (widget->window() == main())
                chat()->messageList()->scrollToBottom();
            QTest::qWait(200);
            const QString file = QStringLiteral("%1/look-%2-%3.png")
                                     .arg(m_shots, QLatin1String(name), QLatin1String(suffix));
            QVERIFY2(widget->window()->grab().save(file), qPrintable(file));
        }
        ui::Theme::applyScheme(ui::Theme::Scheme::System);
    }
    ui::MainWindow *main()
    {
        return m_app->mainWindow();
    }
    // View links… on the newest delivered card: the viewer it opens.
    ui::ManifestViewer *viewLinks()
    {
        ui::ManifestViewer *viewer = nullptr;
        ui::Dialogs::setOnOpen(
            [&viewer](QDialog *dialog) { viewer = qobject_cast<ui::ManifestViewer *>(dialog); });
        QTest::mouseClick(card(MessageKind::ExportDelivered)
                              ->findChild<QPushButton *>(QStringLiteral("viewLinksButton")),
                          Qt::LeftButton);
        // Through a server the file is downloaded first: the viewer opens when it is in.
        (void)QTest::qWaitFor([&] { return viewer != nullptr; }, 10'000); // checked by the caller
        ui::Dialogs::setOnOpen(nullptr);
        return viewer;
    }
    ui::ChatView *chat()
    {
        return main()->chatView();
    }
    void type(const QString &text)
    {
        chat()->composer()->setPlainText(text);
        QTest::keyClick(chat()->composer(), Qt::Key_Return);
    }
    ui::MessageCard *card(MessageKind kind)
    {
        ui::MessageCard *found = nullptr;
        for (ui::MessageCard *c : chat()->findChildren<ui::MessageCard *>()) {
            const int row = chat()->model()->rowOf(c->messageId());
            if (row >= 0 && chat()->model()->messageAt(row).kind == kind &&
                (!found || c->messageId() > found->messageId()))
                found = c;
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        m_shots = qEnvironmentVariable("CARILLON_SHOTS",
                                       QDir::currentPath() + QStringLiteral("/e2e-shots"));
        QDir().mkpath(m_shots);
#ifdef CARILLON_E2E_SERVER
        const QString failed = m_cluster.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const PostgresAddress database = m_cluster.createDatabase();
        const QString said =
            m_carillonServer.start(database, {QStringLiteral("--demo"), QStringLiteral("true")});
        QVERIFY2(said.isEmpty(), qPrintable(said));
        WorkspaceOptions options;
        options.dataDir = m_tmp.filePath(QStringLiteral("reader"));
        options.database = database;
        m_ws = std::move(Workspace::open(options)).value();
        m_backend = std::make_unique<RemoteBackend>(m_carillonServer.url(), nullptr);
        m_app = std::make_unique<ui::AppController>(*m_backend);
        m_app->start(QStringLiteral("ada@example.com"));
#else
        WorkspaceOptions options;
        options.dataDir = m_tmp.path();
        options.demo = true;
        m_ws = std::move(Workspace::open(options)).value();
        QVERIFY(DemoData::reset(*m_ws));
        m_ws->feed().startWatching();
        LinkServerOptions serverOptions;
        serverOptions.port = 0;
        m_server = std::make_unique<LinkServer>(*m_ws, serverOptions);
        QVERIFY(m_server->start());
        QVERIFY(m_ws->setState(QStringLiteral("links.port"), QString::number(m_server->port())));
        m_assistant = std::make_unique<Assistant>(*m_ws, AssistantConfig::forWorkspace(*m_ws));
        m_assistant->exports().startWorking(200);
        m_backend = std::make_unique<EmbeddedBackend>(*m_ws);
        m_app = std::make_unique<ui::AppController>(*m_backend);
        m_app->start();
#endif
    }

    void cleanupTestCase()
    {
        m_app.reset();
#ifdef CARILLON_E2E_SERVER
        m_backend.reset();
        m_ws.reset();
        QVERIFY(m_carillonServer.stop());
#else
        m_assistant.reset();
        m_server->stop();
        m_server.reset();
        m_ws.reset();
#endif
    }

    void journey()
    {
#ifdef CARILLON_E2E_SERVER
        // Signed in as Ada through the server at start (--sign-in-as through --server).
        QVERIFY(QTest::qWaitFor([&] { return main() != nullptr; }, 20'000));
#else
        ui::SignInWindow *signIn = m_app->signInWindow();
        QVERIFY(QTest::qWaitForWindowExposed(signIn));
        shot(signIn, "sign-in");
        QTest::mouseClick(signIn->findChild<QPushButton *>(QStringLiteral("demoSignInButton")),
                          Qt::LeftButton);
#endif
        QVERIFY(main());
        QVERIFY(QTest::qWaitForWindowExposed(main()));
        main()->resize(1120, 720);
        main()->conversationList()->setCurrentRow(main()->conversationList()->count() - 1);
        shot(main(), "main-window");
        lookShots(main(), "main-window");
        // On a wide screen the conversation keeps to a readable column.
        main()->resize(1600, 900);
        lookShots(main(), "main-window-wide");
        main()->resize(1120, 720);

        ui::Dialogs::setOnOpen([this](QDialog *dialog) {
            auto *invite = qobject_cast<ui::InviteContactDialog *>(dialog);
            QVERIFY(invite);
            invite->setAddress(QStringLiteral("assistant_no_reply@chime.aws"));
            shot(invite, "invite-assistant");
            invite->accept();
        });
        main()->inviteContact();
        ui::Dialogs::setOnOpen(nullptr);
        QListWidget *contacts = main()->contactList();
        QListWidgetItem *bot = nullptr;
        // Through a server the list shows the new contact once the server's answer is in.
        QTRY_VERIFY([&] {
            for (int i = 0; i < contacts->count(); ++i) {
                if (contacts->item(i)->text().contains(QStringLiteral("Webhook")))
                    bot = contacts->item(i);
            }
            return bot != nullptr;
        }());
        emit contacts->itemActivated(bot);
        QTRY_VERIFY(chat()->findChild<QLabel *>(QStringLiteral("botBadgeLabel")) &&
                    chat()->findChild<QLabel *>(QStringLiteral("botBadgeLabel"))->isVisible());
        type(QStringLiteral("Help"));
        QTRY_VERIFY(card(MessageKind::AssistantInfo));
        shot(main(), "assistant-introduction");

        type(QStringLiteral("Get my attachments"));
        QTRY_VERIFY(card(MessageKind::ConfirmationRequest));
        shot(main(), "confirmation-card");
        QTest::mouseClick(card(MessageKind::ConfirmationRequest)
                              ->findChild<QPushButton *>(QStringLiteral("putInComposerButton")),
                          Qt::LeftButton);
        QTest::mouseClick(chat()->findChild<QPushButton *>(QStringLiteral("sendButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(card(MessageKind::ExportAccepted));
        shot(main(), "request-confirmed");

        // Demo > Advance time: a day later the file is delivered.
        QVERIFY(advance(86'400'000));
        QTRY_VERIFY_WITH_TIMEOUT(card(MessageKind::ExportDelivered), 5000);
        shot(main(), "attachments-delivered");
        lookShots(main(), "assistant-cards");

        ui::ManifestViewer *viewer = viewLinks();
        QVERIFY(viewer);
        QCOMPARE(viewer->table()->rowCount(), 7);
        QTRY_COMPARE(viewer->table()->item(0, 3)->text(), QStringLiteral("Ready"));
        const QString folder = m_tmp.filePath(QStringLiteral("downloads"));
        QDir().mkpath(folder);
        ui::Dialogs::setNextFiles({folder});
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("downloadAllButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(viewer->verifiedCount(), 7, 20'000);
        QTRY_VERIFY(!viewer->isBusy());
        shot(viewer, "manifest-viewer");
        lookShots(viewer, "links-viewer");
        // Each downloaded file is byte for byte the attachment.
        const auto listed = m_ws->messages().exportableLinkTargets(m_app->backend().me().id);
        for (const Attachment &a : *listed) {
            QFile f(folder + QLatin1Char('/') + a.fileName);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(a.fileName));
            QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()),
                     a.sha256);
        }
        viewer->close();

        // A week later the links have expired: the card and a viewer opened now say so.
        QVERIFY(advance(8 * 86'400'000LL));
        viewer = viewLinks();
        QVERIFY(viewer);
        QVERIFY(viewer->hasExpired());
        QTRY_VERIFY(viewer->table()->item(0, 3)->text().startsWith(QStringLiteral("Expired")));
        lookShots(viewer, "links-viewer-expired");
        viewer->close();

#ifdef CARILLON_E2E_SERVER
        // Ada's phone: another device, signed in through the same server.
        RemoteBackend phone(m_carillonServer.url(), nullptr);
        std::optional<Result<Profile>> phoneIn;
        phone.signInDemo(QStringLiteral("ada@example.com"), this,
                         [&](const Result<Profile> &p) { phoneIn = p; });
        QVERIFY(QTest::qWaitFor([&] { return phoneIn.has_value(); }, 10'000));
        QVERIFY2(*phoneIn, qPrintable(phoneIn->error().message));
        QSignalSpy phoneOut(&phone, &ChatBackend::signedOut);
#endif
        type(QStringLiteral("Delete me"));
        QTRY_VERIFY(card(MessageKind::DeletionPreview));
        shot(main(), "delete-me");
        QTest::mouseClick(card(MessageKind::ConfirmationRequest)
                              ->findChild<QPushButton *>(QStringLiteral("putInComposerButton")),
                          Qt::LeftButton);
        QElapsedTimer sinceConfirmed;
        sinceConfirmed.start();
        QTest::mouseClick(chat()->findChild<QPushButton *>(QStringLiteral("sendButton")),
                          Qt::LeftButton);
#ifdef CARILLON_E2E_SERVER
        QTRY_VERIFY_WITH_TIMEOUT(!phoneOut.isEmpty(), 5000);
        const qint64 phoneMs = sinceConfirmed.elapsed();
        qInfo("Delete me confirmed until the other device was signed out: %lld ms", phoneMs);
        QVERIFY2(phoneMs < 1000, "the other device was signed out a second or more later");
        QVERIFY(!phone.isSignedIn());
#endif
        QTRY_VERIFY(m_app->signInWindow() && m_app->signInWindow()->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(m_app->signInWindow()));
        shot(m_app->signInWindow(), "signed-out");
    }
};

QTEST_MAIN(TestE2eJourney)
#include "tst_e2e_journey.moc"
