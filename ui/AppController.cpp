#include "AppController.h"

#include "DemoData.h"
#include "MainWindow.h"
#include "SignInWindow.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QMessageBox>

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

void AppController::start()
{
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
        connect(m_signIn, &SignInWindow::signedIn, this, &AppController::showMain);
    }
    m_signIn->showNotice(notice);
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void setUpLocale()
{
    // An unset locale ("C") would show times with seconds and ISO-like dates; people expect
    // ordinary English formats then.
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations();
}

void applyStyle()
{
    qApp->setStyleSheet(QStringLiteral(
        "QFrame[tone=\"info\"] { border: 1px solid rgba(47,111,222,0.45); border-left: 4px solid "
        "#2f6fde;"
        "  border-radius: 6px; background: rgba(47,111,222,0.06); }"
        "QFrame[tone=\"danger\"] { border: 1px solid rgba(220,38,38,0.45); border-left: 4px solid "
        "#dc2626;"
        "  border-radius: 6px; background: rgba(220,38,38,0.06); }"
        "QFrame[tone=\"warning\"] { border: 1px solid rgba(217,119,6,0.5); border-left: 4px solid "
        "#d97706;"
        "  border-radius: 6px; background: rgba(217,119,6,0.07); }"
        "QFrame[tone=\"success\"] { border: 1px solid rgba(22,163,74,0.45); border-left: 4px solid "
        "#16a34a;"
        "  border-radius: 6px; background: rgba(22,163,74,0.06); }"
        "QFrame[tone=\"attachment\"] { border: 1px solid palette(mid); border-radius: 6px; }"
        "QFrame[tone] QLabel, QFrame[tone] QFrame[tone=\"attachment\"] QLabel { border: none; "
        "background: transparent; }"
        "QLabel[tone=\"badge\"] { color: white; background: #7a4fd6; border-radius: 8px; padding: "
        "2px 8px; }"
        "QLabel[tone=\"warning\"] { border-left: 4px solid #d97706; padding: 8px; background: "
        "rgba(217,119,6,0.10); }"
        "QLabel[tone=\"error\"] { color: #dc2626; }"
        "#chatHeader { border-bottom: 1px solid palette(mid); }"));
}

int run(int &argc, char **argv, const GuiOptions &options)
{
    QApplication app(argc, argv);
    setUpLocale();
    QApplication::setApplicationName(QStringLiteral("carillon"));
    QApplication::setApplicationDisplayName(QStringLiteral("Carillon"));
    QApplication::setApplicationVersion(QStringLiteral(CARILLON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.carillon.Carillon"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/carillon.svg")));
    applyStyle();

    WorkspaceOptions wsOptions;
    wsOptions.dataDir = options.dataDir;
    wsOptions.demo = options.demo;
    auto ws = Workspace::open(wsOptions);
    if (!ws) {
        QMessageBox::critical(nullptr, QObject::tr("Carillon"), ws.error().message);
        return 1;
    }
    if (options.demo) {
        if (Status s = DemoData::ensureSeeded(**ws); !s) {
            QMessageBox::critical(nullptr, QObject::tr("Carillon"), s.error().message);
            return 1;
        }
    }
    (*ws)->feed().startWatching();
    if (options.attach)
        options.attach(**ws);
    AppController controller(**ws);
    controller.start();
    return QApplication::exec();
}

} // namespace carillon::ui
