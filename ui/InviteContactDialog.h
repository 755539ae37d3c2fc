#pragma once

#include "core/ChatBackend.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace carillon::ui {

// Contacts > Invite contact…: one address, checked as it is typed.
class InviteContactDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InviteContactDialog(ChatBackend &backend, QWidget *parent = nullptr);
    void setAddress(const QString &address);
    QString outcomeText() const { return m_outcome; }
    QString address() const;
    void accept() override;

private:
    void finish(const QString &who, InviteOutcome outcome);

    ChatBackend &m_backend;
    QLineEdit *m_address;
    QLabel *m_error;
    QString m_outcome;
};

} // namespace carillon::ui
