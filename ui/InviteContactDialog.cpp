#include "ui/InviteContactDialog.h"

#include "core/Email.h"
#include "ui/DialogParts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace carillon::ui {

InviteContactDialog::InviteContactDialog(ChatBackend &backend, QWidget *parent)
    : QDialog(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("inviteContactDialog"));
    setWindowTitle(tr("Invite contact"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Email address of the person to add. To use the privacy "
                                "assistant, invite %1.")
                                 .arg(backend.assistant().email),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    intro->setObjectName(QStringLiteral("inviteIntroLabel"));
    intro->setAccessibleName(intro->text());
    layout->addWidget(intro);
    m_address = lineEdit(this, QStringLiteral("inviteAddressEdit"), tr("Email address to invite"));
    m_address->setPlaceholderText(tr("name@example.com"));
    layout->addWidget(m_address);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    QDialogButtonBox *box = buttonBox(this, tr("Invite"));
    layout->addWidget(box);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_address, &QLineEdit::textChanged, this, [this, ok](const QString &text) {
        const bool valid = normalizeEmail(text).ok();
        ok->setEnabled(valid);
        showError(m_error, valid || text.trimmed().isEmpty() || !text.contains(QLatin1Char('@'))
                               ? QString()
                               : normalizeEmail(text).error().message);
    });
    resize(440, sizeHint().height());
}

QString InviteContactDialog::address() const
{
    return m_address->text().trimmed();
}

void InviteContactDialog::setAddress(const QString &address)
{
    m_address->setText(address);
}

void InviteContactDialog::accept()
{
    if (isBusy(this))
        return;
    setBusy(this, true);
    const QString who = m_address->text().trimmed().toLower();
    m_backend.invite(m_address->text(), this, [this, who](const Result<InviteOutcome> &outcome) {
        setBusy(this, false);
        if (!outcome) {
            showError(m_error, outcome.error().message);
            return;
        }
        finish(who, *outcome);
    });
}

void InviteContactDialog::finish(const QString &who, InviteOutcome outcome)
{
    switch (outcome) {
    case InviteOutcome::Added:
        m_outcome = tr("%1 was added to your contacts and asked to add you back.").arg(who);
        break;
    case InviteOutcome::AddedMutual:
        m_outcome = tr("You and %1 are now contacts.").arg(who);
        break;
    case InviteOutcome::AlreadyContact:
        m_outcome = tr("%1 is already one of your contacts.").arg(who);
        break;
    case InviteOutcome::InvitationSent:
        m_outcome = tr("Nobody uses %1 yet. The invitation waits for them.").arg(who);
        break;
    }
    QDialog::accept();
}

} // namespace carillon::ui
