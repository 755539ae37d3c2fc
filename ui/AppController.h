#pragma once

#include "core/ChatBackend.h"

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
    // The backend outlives the controller (the composition root owns both).
    explicit AppController(ChatBackend &backend, QObject *parent = nullptr);
    ~AppController() override;

    // Resumes a remembered sign-in, or signs in a demo person by address (demo profile only;
    // presenters and benchmarks start straight in the main window), or shows the sign-in.
    void start(const QString &demoPerson = {});
    ChatBackend &backend() { return m_backend; }
    // Shown on both screens while it is not empty (no keychain, for instance).
    void setWarning(const QString &warning);
    MainWindow *mainWindow() const;
    SignInWindow *signInWindow() const;

private:
    void showMain();
    void showSignIn(const QString &notice);

    ChatBackend &m_backend;
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
