#pragma once

#include "core/ChatBackend.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace carillon::ui {

class RecipientEdit;

// Meetings > Schedule…
class ScheduleMeetingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScheduleMeetingDialog(ChatBackend &backend, QWidget *parent = nullptr);
    void accept() override;

private:
    ChatBackend &m_backend;
    QLineEdit *m_title;
    QDateTimeEdit *m_start;
    QSpinBox *m_minutes;
    RecipientEdit *m_invitees;
    QLabel *m_error;
};

} // namespace carillon::ui
