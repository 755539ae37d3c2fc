#pragma once

#include "core/ChatBackend.h"
#include "ui/Preferences.h"

#include <functional>

#include <QObject>
#include <QPointer>

namespace carillon::ui {

class MainWindow;
class SignInWindow;

// Moves the person between the sign-in screen and the main window: after signing in, after
// signing out here, and within a second of being signed out elsewhere (Delete me on another
// device, an Enterprise deleting its account, a demo reset).
class AppController : public QObject
{
    Q_OBJECT
public:
    // The backend the person signs in with, or empty (a server's address): the composition
    // root makes or finds it, and says in the error what is wrong with the address.
    using BackendChooser = std::function<Result<ChatBackend *>(const QString &serverAddress)>;

    // The backend outlives the controller (the composition root owns both).
    explicit AppController(ChatBackend &backend, QObject *parent = nullptr);
    ~AppController() override;

    // Lets the sign-in screen choose where to sign in, starting at place (whose backend is the
    // one given to the constructor). Without it the screen offers no choice.
    void offerPlaces(const SignInPlace &place, BackendChooser choose);

    // Resumes a remembered sign-in, or signs in a demo person by address (demo profile only;
    // presenters and benchmarks start straight in the main window), or shows the sign-in.
    void start(const QString &demoPerson = {});
    ChatBackend &backend() { return *m_backend; }
    // Shown on both screens while it is not empty (no keychain, for instance).
    void setWarning(const QString &warning);
    MainWindow *mainWindow() const;
    SignInWindow *signInWindow() const;

signals:
    // The main window or the sign-in screen was shown (the first one: start()'s answer).
    void windowShown(QWidget *window);

private:
    void showMain();
    void showSignIn(const QString &notice);
    // Switches to the backend of the place chosen on the sign-in screen.
    Result<ChatBackend *> usePlace(const QString &serverAddress);
    void follow(ChatBackend *backend);

    ChatBackend *m_backend = nullptr;
    BackendChooser m_choose;
    SignInPlace m_place;
    QPointer<MainWindow> m_main;
    QPointer<SignInWindow> m_signIn;
    QString m_warning;
};

// The locale for formats and the translations for it: "system" (or empty) follows the system,
// otherwise a language code ("de", "ja", "en").
void setUpLocale(const QString &language = {});

// A failure before any window is up (the data folder cannot be opened): a plain-text box the
// person must acknowledge, shown in the application's event loop (started here: only for use
// before the program's own loop). Returns the exit status, 1.
int showStartupError(const QString &message);

} // namespace carillon::ui
