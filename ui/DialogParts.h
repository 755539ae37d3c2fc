#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace carillon::ui {

// Small builders so every dialog names its widgets for tests and screen readers the same way.
QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &accessibleName);
QLabel *errorLabel(QWidget *parent);
void showError(QLabel *label, const QString &message);
// OK/Cancel wired to accept()/reject(); okText names what OK does.
QDialogButtonBox *buttonBox(QDialog *dialog, const QString &okText);
// While the dialog's request is out: its OK button is off (no second submit) and accept()
// returns at once; Cancel still closes it, and the answer then goes nowhere.
void setBusy(QDialog *dialog, bool busy);
bool isBusy(const QDialog *dialog);

} // namespace carillon::ui
