#pragma once

#include "core/ChatBackend.h"
#include "ui/Preferences.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace carillon::ui {

// The first screen: sign in with an identity, create one, or (demo profile) pick a demo person.
// It also says why the person was signed out, when they were.
class SignInWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SignInWindow(ChatBackend &backend, QWidget *parent = nullptr);

    // Offers the choice of where the account lives: "On this computer" or "On a server" with
    // its address, starting at place. choose gives the backend for an address (empty: this
    // computer) or says what is wrong with it; the choice is remembered once signed in.
    using Chooser = std::function<Result<ChatBackend *>(const QString &serverAddress)>;
    void offerPlaces(const SignInPlace &place, Chooser choose);

    void showNotice(const QString &notice);
    void setWarning(const QString &warning);
    static QString reasonText(RevokeReason reason);
    // True while a password is being checked.
    bool isBusy() const;

signals:
    void signedIn();

private:
    void signIn();
    void signInDemo();
    void createIdentity();
    void fail(const QString &message);
    void setBusy(bool busy);
    // Switches to the backend of the place chosen; false (and the error shown) when the
    // address is wrong.
    bool choosePlace(bool thisComputer = false);
    SignInPlace chosenPlace() const;
    void placeChanged();

    ChatBackend *m_backend;
    Chooser m_choose;
    QWidget *m_placeBox;
    QComboBox *m_place;
    QLineEdit *m_server;
    QWidget *m_noticeFrame;
    QLabel *m_notice;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QLabel *m_warning;
    QListWidget *m_demoList = nullptr;
    QProgressBar *m_busy;
    QPushButton *m_signInButton;
};

} // namespace carillon::ui
