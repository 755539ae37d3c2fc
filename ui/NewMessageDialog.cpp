#include "ui/NewMessageDialog.h"

#include "core/Email.h"
#include "ui/DialogParts.h"
#include "ui/Dialogs.h"
#include "ui/RecipientEdit.h"
#include "ui/SafeText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>

namespace carillon::ui {

NewMessageDialog::NewMessageDialog(ChatBackend &backend, QWidget *parent)
    : QDialog(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("newMessageDialog"));
    setWindowTitle(tr("New message"));
    auto *form = new QFormLayout(this);
    m_to = new RecipientEdit(backend, this);
    form->addRow(tr("&To:"), m_to);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("firstMessageEdit"));
    m_text->setAccessibleName(tr("First message (optional)"));
    m_text->setPlaceholderText(tr("Optional: a first message"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(100);
    form->addRow(tr("&Message:"), m_text);
    m_error = errorLabel(this);
    form->addRow(m_error);
    form->addRow(buttonBox(this, tr("Start chat")));
    resize(480, sizeHint().height());
}

QString NewMessageDialog::firstMessage() const
{
    return m_text->toPlainText();
}

void NewMessageDialog::accept()
{
    const QStringList addresses = m_to->addresses();
    if (addresses.isEmpty()) {
        showError(m_error, tr("Add at least one recipient in To:."));
        return;
    }
    QList<qint64> ids;
    QStringList invitedOnly;
    auto contacts = m_backend.contacts();
    for (const QString &address : addresses) {
        if (auto valid = normalizeEmail(address); !valid) {
            showError(m_error, valid.error().message);
            return;
        }
        if (address == m_backend.me().email) {
            showError(m_error, tr("You are already in the conversation; add other people."));
            return;
        }
        bool isContact = false;
        for (const Contact &c : contacts ? *contacts : QList<Contact>()) {
            if (c.profile.email == address) {
                ids.append(c.profile.id);
                isContact = true;
            }
        }
        if (isContact)
            continue;
        auto person = m_backend.profileByEmail(address);
        const QString question =
            person ? tr("%1 (%2) is not in your contacts yet. Add them as a contact and start "
                        "the chat?")
                         .arg(inSentence(person->displayName), address)
                   : tr("Nobody uses %1 on Carillon yet. Send them an invitation? You can chat "
                        "once they join.")
                         .arg(address);
        if (!m_approved.contains(address)) {
            // Asked without blocking: on Yes, accept() runs again with the address approved.
            QMessageBox *box = Dialogs::messageBox(
                this, QMessageBox::Question, QStringLiteral("confirmRecipientBox"),
                tr("New message"), question, QMessageBox::Yes | QMessageBox::No);
            Dialogs::ask(box, [this, address](QMessageBox::StandardButton answer) {
                if (answer != QMessageBox::Yes) {
                    showError(
                        m_error,
                        tr("%1 is not a contact; remove it from To: or invite it.").arg(address));
                    return;
                }
                m_approved.append(address);
                accept();
            });
            return;
        }
        auto invited = m_backend.invite(address);
        if (!invited) {
            showError(m_error, invited.error().message);
            return;
        }
        if (person)
            ids.append(person->id);
        else
            invitedOnly.append(address);
    }
    if (ids.isEmpty()) {
        showError(m_error, tr("Invitation sent to %1. There is nobody to chat with yet.")
                               .arg(invitedOnly.join(QStringLiteral(", "))));
        return;
    }
    auto conv = m_backend.openGroup(ids);
    if (!conv) {
        showError(m_error, conv.error().message);
        return;
    }
    m_conversationId = conv->id;
    QDialog::accept();
}

} // namespace carillon::ui
