#pragma once

#include "core/ChatBackend.h"

#include <QWidget>

class QCheckBox;
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

    ChatBackend &m_backend;
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
