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
    QList<qint64> ids;
    for (const QString &address : m_members->addresses()) {
        auto person = m_backend.profileByEmail(address);
        if (!person) {
            showError(m_error, person.error().message);
            return;
        }
        ids.append(person->id);
    }
    auto room = m_backend.createRoom(m_title->text(), ids);
    if (!room) {
        showError(m_error, room.error().message);
        return;
    }
    m_conversationId = room->id;
    QDialog::accept();
}

} // namespace carillon::ui
