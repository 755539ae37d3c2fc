#include "ui/DialogParts.h"

#include "ui/Theme.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace carillon::ui {

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setAccessibleName(QLabel::tr("Problem"));
    label->setWordWrap(true);
    Theme::markAsError(label);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QDialogButtonBox *buttonBox(QDialog *dialog, const QString &okText)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->setObjectName(QStringLiteral("dialogButtonBox"));
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setAccessibleName(okText);
    QPushButton *cancel = box->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(QDialogButtonBox::tr("Cancel"));
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

namespace {
constexpr char kBusyProperty[] = "carillonBusy";
} // namespace

void setBusy(QDialog *dialog, bool busy)
{
    dialog->setProperty(kBusyProperty, busy);
    if (auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton")))
        ok->setEnabled(!busy);
}

bool isBusy(const QDialog *dialog)
{
    return dialog->property(kBusyProperty).toBool();
}

} // namespace carillon::ui
