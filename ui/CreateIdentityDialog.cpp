#include "ui/CreateIdentityDialog.h"

#include "ui/DialogParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>

namespace carillon::ui {

CreateIdentityDialog::CreateIdentityDialog(ChatBackend &backend, QWidget *parent)
    : QDialog(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("createIdentityDialog"));
    setWindowTitle(tr("Create an identity"));
    auto *form = new QFormLayout(this);
    m_name = lineEdit(this, QStringLiteral("nameEdit"), tr("Your name"));
    m_email = lineEdit(this, QStringLiteral("newEmailEdit"), tr("Email address"));
    m_password = lineEdit(this, QStringLiteral("newPasswordEdit"), tr("Password"));
    m_repeat = lineEdit(this, QStringLiteral("repeatPasswordEdit"), tr("Repeat password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    m_error = errorLabel(this);
    form->addRow(m_error);
    m_progress = new QLabel(tr("Creating your identity…"), this);
    m_progress->setObjectName(QStringLiteral("createProgressLabel"));
    m_progress->setAccessibleName(m_progress->text());
    m_progress->hide();
    form->addRow(m_progress);
    form->addRow(buttonBox(this, tr("Create and sign in")));
}

void CreateIdentityDialog::setEmail(const QString &email)
{
    m_email->setText(email);
}

void CreateIdentityDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        showError(m_error, tr("The two passwords differ. Type the same password twice."));
        return;
    }
    if (m_busy)
        return;
    // Hashing the password takes a few hundred milliseconds: off this thread, with the form
    // locked and saying so meanwhile.
    m_busy = true;
    m_error->hide();
    m_progress->show();
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w != m_progress)
            w->setEnabled(false);
    }
    m_backend.createIdentity(m_email->text(), m_name->text(), m_password->text(), this,
                             [this](const Result<Profile> &created) {
                                 m_busy = false;
                                 m_progress->hide();
                                 for (QWidget *w : findChildren<QWidget *>())
                                     w->setEnabled(true);
                                 if (!created) {
                                     showError(m_error, created.error().message);
                                     return;
                                 }
                                 QDialog::accept();
                             });
}

} // namespace carillon::ui
