#include "ui/NewRoomDialog.h"

#include "ui/DialogParts.h"
#include "ui/RecipientEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace carillon::ui {

NewRoomDialog::NewRoomDialog(ChatBackend &backend, QWidget *parent)
    : QDialog(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("newRoomDialog"));
    setWindowTitle(tr("New room"));
    auto *form = new QFormLayout(this);
    m_title = lineEdit(this, QStringLiteral("roomNameEdit"), tr("Room name"));
    m_members = new RecipientEdit(backend, this);
    m_members->setObjectName(QStringLiteral("roomMembersEdit"));
    m_members->setAccessibleName(tr("Members"));
    form->addRow(tr("&Name:"), m_title);
    form->addRow(tr("&Members:"), m_members);
    m_error = errorLabel(this);
    form->addRow(m_error);
    form->addRow(buttonBox(this, tr("Create room")));
    resize(460, sizeHint().height());
}

void NewRoomDialog::accept()
{
    if (isBusy(this))
        return;
    setBusy(this, true);
    RecipientEdit::resolve(
        m_backend, m_members->addresses(), this, [this](const Result<QList<qint64>> &ids) {
            if (!ids) {
                setBusy(this, false);
                showError(m_error, ids.error().message);
                return;
            }
            m_backend.createRoom(m_title->text(), *ids, this,
                                 [this](const Result<Conversation> &room) {
                                     setBusy(this, false);
                                     if (!room) {
                                         showError(m_error, room.error().message);
                                         return;
                                     }
                                     m_conversationId = room->id;
                                     QDialog::accept();
                                 });
        });
}

} // namespace carillon::ui
