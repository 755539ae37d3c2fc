#include "app/WindowMain.h"

#include "app/AppPaths.h"
#include "app/KeychainSecretStore.h"
#include "assistant/AssistantThread.h"
#include "core/Database.h"
#include "core/DemoData.h"
#include "core/EmbeddedBackend.h"
#include "core/Workspace.h"
#include "links/LinkServer.h"
#include "net/RemoteBackend.h"
#include "net/ServerAddress.h"
#include "ui/AfterFirstPaint.h"
#include "ui/AppController.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/SignInWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QFile>
#include <QPointer>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <dlfcn.h>
#include <functional>
#include <memory>
#include <thread>
#include <utility>

namespace carillon::app {

namespace {
// Start-up work that needs no display, done on a helper thread while QApplication connects to
// one: fontconfig reads its configuration (Qt asks for it while it starts: milliseconds of XML)
// and the SQLite driver plugin is mapped and relocated with libsqlite3 (the workspace opens
// right after). Qt does both again where it needs them, at no cost then, so nothing depends on
// the helper having run.
std::jthread prefetchForStartUp()
{
    const QByteArray driver = QFile::encodeName(Database::driverPluginFile());
    return std::jthread([driver] {
        using FcInit = int (*)();
        if (auto init = reinterpret_cast<FcInit>(dlsym(RTLD_DEFAULT, "FcInit")))
            init();
        if (!driver.isEmpty())
            dlopen(driver.constData(), RTLD_LAZY | RTLD_LOCAL); // as QPluginLoader does; kept
    });
}

QString joinWarnings(const QStringList &warnings)
{
    QStringList present;
    for (const QString &warning : warnings)
        if (!warning.isEmpty())
            present.append(warning);
    return present.join(QLatin1Char('\n'));
}

// The participants beside the window, once its first frame is out: the assistant's export
// delivery, and the link server, so links work while the window is open. Returns what the
// person should see in the status bar.
class Participants
{
public:
    explicit Participants(Workspace &ws) : m_ws(ws) {}
    ~Participants()
    {
        // Both use the workspace's database: stop them before it closes.
        m_server.reset();
        m_assistant.reset();
    }

    QString start()
    {
        // Off the GUI thread: Delete me and export deliveries take seconds at scale.
        m_assistant = std::make_unique<AssistantThread>(m_ws, AssistantConfig::forWorkspace(m_ws));
        const LinkServerOptions options = LinkServerOptions::forWorkspace(m_ws);
        QStringList warnings = options.settingProblems;
        m_server = std::make_unique<LinkServer>(m_ws, options);
        if (Status started = m_server->start(); !started) {
            QTextStream(stderr) << started.error().message << Qt::endl;
            // A taken port is usually another instance serving the same links; anything else
            // (link-signing keys that cannot be read) the person must see.
            if (started.error().code != ErrorCode::Conflict)
                warnings.append(started.error().message);
            m_server.reset();
        }
        if (auto swept = m_ws.sweepBlobs(); !swept)
            qWarning().noquote() << swept.error().message;
        return joinWarnings(warnings);
    }

private:
    Workspace &m_ws;
    std::unique_ptr<AssistantThread> m_assistant;
    std::unique_ptr<LinkServer> m_server;
};
} // namespace

int runWindow(int &argc, char **argv, const cli::WindowRequest &request)
{
    std::jthread prefetch = prefetchForStartUp();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("carillon")); // before any QSettings
    QApplication::setApplicationName(QStringLiteral("carillon"));
    QApplication::setApplicationDisplayName(QStringLiteral("Carillon"));
    QApplication::setApplicationVersion(QStringLiteral(CARILLON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.carillon.Carillon"));
    QApplication::setWindowIcon(ui::Theme::windowIcon());
    const ui::Preferences prefs = ui::Preferences::load();
    ui::setUpLocale(request.language.isEmpty() ? prefs.language : request.language);
    ui::Theme::applyScheme(ui::Theme::schemeFromName(prefs.scheme));

    WorkspaceOptions options;
    options.dataDir =
        request.dataDir.isEmpty() ? AppPaths::dataDirFor(request.profile) : request.dataDir;
    options.demo = AppPaths::isDemoProfile(request.profile);
    options.sweepOnOpen = false; // by the participants, once the first window is on screen
    QString secretsWarning;
    const std::unique_ptr<SecretStore> secrets = openSecretStore(options.dataDir, &secretsWarning);
    options.secrets = secrets.get();
    if (!secretsWarning.isEmpty())
        qWarning().noquote() << secretsWarning;
    prefetch.join(); // before Qt loads the same plugin
    auto ws = Workspace::open(options);
    if (!ws) {
        return ui::showStartupError(ws.error().message);
    }
    if (options.demo) {
        if (Status s = DemoData::ensureSeeded(**ws); !s) {
            return ui::showStartupError(s.error().message);
        }
    }
    (*ws)->feed().startWatching();
    Participants participants(**ws);
    EmbeddedBackend backend(**ws);
    // Where the person signs in: this computer's data folder (the default) or a Carillon
    // server, by --server or as chosen last time on the sign-in screen. A server's backend is
    // made when chosen and replaced when another address is; its session token is kept in the
    // same secret store (the keychain), under the server's address.
    std::unique_ptr<RemoteBackend> remote;
    // The participants serve this computer's folder: they start once the first window is up
    // and this computer is the place in use (at once, or when the person chooses it later).
    std::function<void()> localChosen;
    const ui::AppController::BackendChooser choose =
        [&backend, &remote, &secrets,
         &localChosen](const QString &address) -> Result<ChatBackend *> {
        if (address.isEmpty()) {
            if (localChosen)
                localChosen();
            return &backend;
        }
        const Result<QUrl> url = ServerAddress::parse(address);
        if (!url)
            return url.error();
        if (!remote || remote->server() != *url) {
            if (remote)
                remote.release()->deleteLater(); // its answers may still be on their way
            remote = std::make_unique<RemoteBackend>(*url, secrets.get());
        }
        return remote.get();
    };
    ui::SignInPlace place = ui::SignInPlace::load();
    if (!request.server.isEmpty())
        place = {true, request.server};
    Result<ChatBackend *> initial = choose(place.onServer ? place.address : QString());
    if (!initial) {
        qWarning().noquote() << initial.error().message;
        place.onServer = false;
        initial = &backend;
    }
    ui::AppController controller(**initial);
    controller.offerPlaces(place, choose);
    controller.setWarning(secretsWarning);
    // What the first frame does not need waits until it is on screen. The first window comes
    // with start()'s answer: at once on this computer, later through a server.
    const auto onFirstWindow = [&app, &participants, &controller, &localChosen, &place,
                                secretsWarning](QWidget *first) {
        ui::afterFirstPaint(
            first, &app, [&participants, &controller, &localChosen, &place, secretsWarning] {
                localChosen = [&participants, &controller, secretsWarning,
                               started = false]() mutable {
                    if (std::exchange(started, true))
                        return;
                    controller.setWarning(joinWarnings({secretsWarning, participants.start()}));
                };
                if (!place.onServer)
                    localChosen();
            });
        if (qEnvironmentVariableIsSet("CARILLON_QUIT_WHEN_READY")) {
            // Exposed and painted once, with the event queue drained: interactive from here.
            // Benchmarks time the start-up to the "ready" line.
            QTimer::singleShot(0, &app, [first = QPointer<QWidget>(first)] {
                if (first)
                    first->repaint();
                std::fputs("ready\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
    };
    auto firstShown = std::make_shared<QMetaObject::Connection>();
    *firstShown = QObject::connect(&controller, &ui::AppController::windowShown, &app,
                                   [firstShown, onFirstWindow](QWidget *window) {
                                       QObject::disconnect(*firstShown);
                                       onFirstWindow(window);
                                   });
    controller.start(request.signInAs);
    return QApplication::exec();
}

} // namespace carillon::app
