#include "ui/AppController.h"

#include "translations/Translations.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/SafeText.h"
#include "ui/SignInWindow.h"

#include <QApplication>
#include <QMessageBox>

namespace carillon::ui {

AppController::AppController(ChatBackend &backend, QObject *parent) : QObject(parent)
{
    follow(&backend);
}

void AppController::follow(ChatBackend *backend)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    connect(m_backend, &ChatBackend::signedOut, this,
            [this](RevokeReason reason) { showSignIn(SignInWindow::reasonText(reason)); });
}

void AppController::offerPlaces(const SignInPlace &place, BackendChooser choose)
{
    m_place = place;
    m_choose = std::move(choose);
}

Result<ChatBackend *> AppController::usePlace(const QString &serverAddress)
{
    if (!m_choose)
        return m_backend;
    Result<ChatBackend *> chosen = m_choose(serverAddress);
    if (chosen && *chosen != m_backend)
        follow(*chosen);
    return chosen;
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
    // No window until the answer: the main window, or the sign-in saying why not.
    if (!demoPerson.isEmpty()) {
        m_backend->signInDemo(demoPerson, this, [this](const Result<Profile> &signedIn) {
            if (signedIn)
                showMain();
            else
                showSignIn(signedIn.error().message);
        });
        return;
    }
    m_backend->resumeRemembered(this, [this](const Result<Profile> &resumed) {
        if (resumed)
            showMain();
        else if (m_place.onServer && resumed.error().code == ErrorCode::Io)
            showSignIn(resumed.error().message); // the server of last time cannot be reached
        else
            showSignIn(QString());
    });
}

void AppController::showMain()
{
    if (m_signIn)
        m_signIn->hide();
    delete m_main;
    m_main = new MainWindow(*m_backend);
    m_main->setWarning(m_warning);
    // A session that could not be ended in the store is reported through problem().
    connect(m_main, &MainWindow::signOutRequested, this, [this] { m_backend->signOut(this, {}); });
    connect(m_main, &MainWindow::switchPersonRequested, this,
            [this] { m_backend->signOut(this, {}); });
    m_main->show();
    emit windowShown(m_main);
}

void AppController::showSignIn(const QString &notice)
{
    if (m_main) {
        m_main->hide();
        m_main->deleteLater();
    }
    if (!m_signIn) {
        m_signIn = new SignInWindow(*m_backend);
        m_signIn->setWarning(m_warning);
        if (m_choose)
            m_signIn->offerPlaces(
                m_place, [this](const QString &serverAddress) { return usePlace(serverAddress); });
        connect(m_signIn, &SignInWindow::signedIn, this, &AppController::showMain);
    }
    m_signIn->showNotice(notice);
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
    emit windowShown(m_signIn);
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

} // namespace carillon::ui
