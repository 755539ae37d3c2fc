#pragma once

#include "core/ChatBackend.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace carillon::ui {

class RecipientEdit;

// Rooms > New room…: a name and the first members; you are its creator.
class NewRoomDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewRoomDialog(ChatBackend &backend, QWidget *parent = nullptr);
    qint64 conversationId() const { return m_conversationId; }
    void accept() override;

private:
    ChatBackend &m_backend;
    QLineEdit *m_title;
    RecipientEdit *m_members;
    QLabel *m_error;
    qint64 m_conversationId = 0;
};

} // namespace carillon::ui
