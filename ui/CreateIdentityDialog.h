#pragma once

#include "core/ChatBackend.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace carillon::ui {

class CreateIdentityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateIdentityDialog(ChatBackend &backend, QWidget *parent = nullptr);
    void setEmail(const QString &email);
    void accept() override;
    bool isBusy() const { return m_busy; }

private:
    ChatBackend &m_backend;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QLabel *m_progress;
    bool m_busy = false;
};

} // namespace carillon::ui
