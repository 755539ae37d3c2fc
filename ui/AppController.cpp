#include "ui/AppController.h"

#include "core/Database.h"
#include "core/DemoData.h"
#include "core/Workspace.h"
#include "translations/Translations.h"
#include "ui/AfterFirstPaint.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/SafeText.h"
#include "ui/SignInWindow.h"

#include "ui/Theme.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <dlfcn.h>
#include <thread>

namespace carillon::ui {

AppController::AppController(Workspace &ws, QObject *parent) : QObject(parent), m_backend(ws)
{
    connect(&m_backend, &ChatBackend::signedOut, this,
            [this](RevokeReason reason) { showSignIn(SignInWindow::reasonText(reason)); });
}

AppController::~AppController()
{
    delete m_main;
    delete m_signIn;
}

MainWindow *AppController::mainWindow() const
{
    return m_main;
}

SignInWindow *AppController::signInWindow() const
{
    return m_signIn;
}

void AppController::setWarning(const QString &warning)
{
    m_warning = warning;
    if (m_signIn)
        m_signIn->setWarning(warning);
    if (m_main)
        m_main->setWarning(warning);
}

void AppController::start(const QString &demoPerson)
{
    if (!demoPerson.isEmpty()) {
        auto signedIn = m_backend.signInDemo(demoPerson);
        if (signedIn) {
            showMain();
            return;
        }
        showSignIn(signedIn.error().message);
        return;
    }
    if (m_backend.resumeRemembered())
        showMain();
    else
        showSignIn(QString());
}

void AppController::showMain()
{
    if (m_signIn)
        m_signIn->hide();
    delete m_main;
    m_main = new MainWindow(m_backend);
    m_main->setWarning(m_warning);
    connect(m_main, &MainWindow::signOutRequested, this, [this] { m_backend.signOut(); });
    connect(m_main, &MainWindow::switchPersonRequested, this, [this] { m_backend.signOut(); });
    m_main->show();
}

void AppController::showSignIn(const QString &notice)
{
    if (m_main) {
        m_main->hide();
        m_main->deleteLater();
    }
    if (!m_signIn) {
        m_signIn = new SignInWindow(m_backend);
        m_signIn->setWarning(m_warning);
        connect(m_signIn, &SignInWindow::signedIn, this, &AppController::showMain);
    }
    m_signIn->showNotice(notice);
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

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
// Start-up errors name folders and files, which may hold any character: never markup. The box
// runs in the application's event loop, as every dialog does; the program ends when it closes.
int showStartupError(const QString &message)
{
    Dialogs::ask(Dialogs::messageBox(nullptr, QMessageBox::Critical,
                                     QStringLiteral("startupErrorBox"), QObject::tr("Carillon"),
                                     message),
                 [](QMessageBox::StandardButton) { QCoreApplication::exit(1); });
    QApplication::exec();
    return 1;
}
} // namespace

void setUpLocale(const QString &language)
{
    if (!language.isEmpty() && language != QLatin1String("system")) {
        QLocale::setDefault(QLocale(language));
    } else if (QLocale::system().language() == QLocale::C) {
        // An unset locale ("C") would show times with seconds and ISO-like dates; people
        // expect ordinary English formats then.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    installTranslations(QLocale());
}

int run(int &argc, char **argv, const GuiOptions &options)
{
    std::jthread prefetch = prefetchForStartUp();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("carillon")); // before any QSettings
    QApplication::setApplicationName(QStringLiteral("carillon"));
    QApplication::setApplicationDisplayName(QStringLiteral("Carillon"));
    QApplication::setApplicationVersion(QStringLiteral(CARILLON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.carillon.Carillon"));
    QApplication::setWindowIcon(Theme::windowIcon());
    const Preferences prefs = Preferences::load();
    setUpLocale(options.language.isEmpty() ? prefs.language : options.language);
    Theme::applyScheme(Theme::schemeFromName(prefs.scheme));

    WorkspaceOptions wsOptions;
    wsOptions.dataDir = options.dataDir;
    wsOptions.demo = options.demo;
    wsOptions.sweepOnOpen = false; // below, once the first window is on screen
    QString secretsWarning;
    std::unique_ptr<SecretStore> secrets;
    if (options.openSecrets) {
        secrets = options.openSecrets(options.dataDir, &secretsWarning);
        wsOptions.secrets = secrets.get();
        if (!secretsWarning.isEmpty())
            qWarning().noquote() << secretsWarning;
    }
    prefetch.join(); // before Qt loads the same plugin
    auto ws = Workspace::open(wsOptions);
    if (!ws) {
        return showStartupError(ws.error().message);
    }
    if (options.demo) {
        if (Status s = DemoData::ensureSeeded(**ws); !s) {
            return showStartupError(s.error().message);
        }
    }
    (*ws)->feed().startWatching();
    AppController controller(**ws);
    controller.setWarning(secretsWarning);
    controller.start(options.signInAs);
    QWidget *first = controller.mainWindow() ? static_cast<QWidget *>(controller.mainWindow())
                                             : static_cast<QWidget *>(controller.signInWindow());
    // What the first frame does not need waits until it is on screen: the assistant and the
    // link server (attach), and the sweep of stray attachment files.
    afterFirstPaint(
        first, &app, [workspace = ws->get(), attach = options.attach, &controller, secretsWarning] {
            if (attach) {
                if (const QString warning = attach(*workspace); !warning.isEmpty())
                    controller.setWarning(secretsWarning.isEmpty()
                                              ? warning
                                              : secretsWarning + QLatin1Char('\n') + warning);
            }
            if (auto swept = workspace->sweepBlobs(); !swept)
                qWarning().noquote() << swept.error().message;
        });
    if (options.quitWhenReady) {
        // Exposed and painted once, with the event queue drained: interactive from here.
        // Benchmarks time the start-up to the "ready" line.
        QTimer::singleShot(0, &app, [first] {
            first->repaint();
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace carillon::ui
