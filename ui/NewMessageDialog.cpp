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

// The steps of one accept(), each after the backend's answer to the one before: the
// recipients one by one (a contact, someone to invite once the person agreed, or nobody yet),
// then the conversation with them.
struct NewMessageDialog::Pending
{
    QStringList addresses;
    QList<Contact> contacts;
    QList<qint64> ids;
    QStringList invitedOnly;
    int next = 0;
};

void NewMessageDialog::accept()
{
    if (isBusy(this))
        return;
    const QStringList addresses = m_to->addresses();
    if (addresses.isEmpty()) {
        showError(m_error, tr("Add at least one recipient in To:."));
        return;
    }
    for (const QString &address : addresses) {
        if (auto valid = normalizeEmail(address); !valid) {
            showError(m_error, valid.error().message);
            return;
        }
        if (address == m_backend.me().email) {
            showError(m_error, tr("You are already in the conversation; add other people."));
            return;
        }
    }
    setBusy(this, true);
    m_backend.contacts(this, [this, addresses](const Result<QList<Contact>> &contacts) {
        auto pending = std::make_shared<Pending>();
        pending->addresses = addresses;
        pending->contacts = contacts.value_or({});
        nextRecipient(pending);
    });
}

void NewMessageDialog::fail(const QString &message)
{
    setBusy(this, false);
    showError(m_error, message);
}

void NewMessageDialog::nextRecipient(const std::shared_ptr<Pending> &pending)
{
    if (pending->next == pending->addresses.size())
        return openConversation(pending);
    const QString address = pending->addresses.at(pending->next++);
    for (const Contact &c : std::as_const(pending->contacts)) {
        if (c.profile.email == address) {
            pending->ids.append(c.profile.id);
            return nextRecipient(pending);
        }
    }
    m_backend.profileByEmail(
        address, this, [this, pending, address](const Result<Profile> &person) {
            if (!m_approved.contains(address)) {
                const QString question =
                    person ? tr("%1 (%2) is not in your contacts yet. Add them as a contact and "
                                "start the chat?")
                                 .arg(inSentence(person->displayName), address)
                           : tr("Nobody uses %1 on Carillon yet. Send them an invitation? You can "
                                "chat once they join.")
                                 .arg(address);
                setBusy(this, false);
                // Asked without blocking: on Yes, accept() runs again with the address approved.
                QMessageBox *box = Dialogs::messageBox(
                    this, QMessageBox::Question, QStringLiteral("confirmRecipientBox"),
                    tr("New message"), question, QMessageBox::Yes | QMessageBox::No);
                Dialogs::ask(box, [this, address](QMessageBox::StandardButton answer) {
                    if (answer != QMessageBox::Yes) {
                        showError(m_error,
                                  tr("%1 is not a contact; remove it from To: or invite it.")
                                      .arg(address));
                        return;
                    }
                    m_approved.append(address);
                    accept();
                });
                return;
            }
            const qint64 personId = person ? person->id : 0;
            m_backend.invite(
                address, this,
                [this, pending, address, personId](const Result<InviteOutcome> &invited) {
                    if (!invited)
                        return fail(invited.error().message);
                    if (personId)
                        pending->ids.append(personId);
                    else
                        pending->invitedOnly.append(address);
                    nextRecipient(pending);
                });
        });
}

void NewMessageDialog::openConversation(const std::shared_ptr<Pending> &pending)
{
    if (pending->ids.isEmpty()) {
        fail(tr("Invitation sent to %1. There is nobody to chat with yet.")
                 .arg(pending->invitedOnly.join(QStringLiteral(", "))));
        return;
    }
    m_backend.openGroup(pending->ids, this, [this](const Result<Conversation> &conv) {
        if (!conv)
            return fail(conv.error().message);
        setBusy(this, false);
        m_conversationId = conv->id;
        QDialog::accept();
    });
}

} // namespace carillon::ui
