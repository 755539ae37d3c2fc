#pragma once

#include "core/EmbeddedBackend.h"
#include "core/SecretStore.h"

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
    explicit AppController(Workspace &ws, QObject *parent = nullptr);
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

    EmbeddedBackend m_backend;
    QPointer<MainWindow> m_main;
    QPointer<SignInWindow> m_signIn;
    QString m_warning;
};

struct GuiOptions
{
    QString profile;
    QString dataDir;
    bool demo = false;
    QString signInAs; // --sign-in-as EMAIL, demo profile only
    QString language; // --lang CODE; empty: the saved preference
    // Quit as soon as the main window is on screen (start-up benchmarks).
    bool quitWhenReady = false;
    // Opens the secret store for a data folder (the keychain, or a private file with a warning
    // for the person). Null: the private file.
    std::function<std::unique_ptr<SecretStore>(const QString &dataDir, QString *warning)>
        openSecrets;
    // Called once the workspace is open: the assistant and other participants attach here.
    // Returns a warning for the status bar (empty when all is well).
    std::function<QString(Workspace &)> attach;
};

// Runs the desktop client until its last window closes.
int run(int &argc, char **argv, const GuiOptions &options);

// The locale for formats and the translations for it: "system" (or empty) follows the system,
// otherwise a language code ("de", "ja", "en").
void setUpLocale(const QString &language = {});

} // namespace carillon::ui
