#include "ui/Dialogs.h"

#include "ui/SafeText.h"

#include <QDialog>
#include <QFileDialog>
#include <QPushButton>
#include <QQueue>

namespace carillon::ui {

namespace {
struct Seams
{
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QStringList> files;
    std::function<void(QDialog *)> onOpen;
    QString lastMessage;
};

Seams &seams()
{
    static Seams s; // GUI thread only, as every dialog
    return s;
}
} // namespace

void Dialogs::open(QDialog *dialog, std::function<void(int result)> done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (done)
        QObject::connect(dialog, &QDialog::finished, dialog, std::move(done));
    dialog->open();
    if (seams().onOpen)
        seams().onOpen(dialog);
}

void Dialogs::show(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (seams().onOpen)
        seams().onOpen(dialog);
}

QMessageBox *Dialogs::messageBox(QWidget *parent, QMessageBox::Icon icon, const QString &objectName,
                                 const QString &title, const QString &text,
                                 QMessageBox::StandardButtons buttons)
{
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setObjectName(objectName);
    makePlain(*box);
    box->setAccessibleName(title);
    for (QAbstractButton *button : box->buttons())
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    return box;
}

void Dialogs::ask(QMessageBox *box, std::function<void(QMessageBox::StandardButton)> answered)
{
    seams().lastMessage = box->text();
    for (QAbstractButton *button : box->buttons()) {
        // Texts set after messageBox() (Save as…) name their buttons too.
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    }
    if (!seams().answers.isEmpty()) {
        const QMessageBox::StandardButton answer = seams().answers.dequeue();
        delete box;
        if (answered)
            answered(answer);
        return;
    }
    // finished() gives an index for custom buttons, so ask the box which button it was.
    open(box, [box, answered = std::move(answered)](int) {
        if (answered)
            answered(box->standardButton(box->clickedButton()));
    });
}

void Dialogs::chooseFiles(QWidget *parent, Choose what, const QString &title,
                          std::function<void(const QStringList &)> chosen,
                          const QString &suggestedPath)
{
    if (!seams().files.isEmpty()) {
        chosen(seams().files.dequeue());
        return;
    }
    auto *chooser = new QFileDialog(parent, title);
    chooser->setObjectName(QStringLiteral("fileChooser"));
    chooser->setAccessibleName(title);
    switch (what) {
    case Choose::OpenFiles:
        chooser->setFileMode(QFileDialog::ExistingFiles);
        break;
    case Choose::SaveFile:
        chooser->setAcceptMode(QFileDialog::AcceptSave);
        chooser->setFileMode(QFileDialog::AnyFile);
        if (!suggestedPath.isEmpty())
            chooser->selectFile(suggestedPath);
        break;
    case Choose::Folder:
        chooser->setFileMode(QFileDialog::Directory);
        chooser->setOption(QFileDialog::ShowDirsOnly);
        break;
    }
    open(chooser, [chooser, chosen = std::move(chosen)](int result) {
        chosen(result == QDialog::Accepted ? chooser->selectedFiles() : QStringList());
    });
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    seams().answers.enqueue(answer);
}

void Dialogs::setNextFiles(const QStringList &files)
{
    seams().files.enqueue(files);
}

void Dialogs::setOnOpen(std::function<void(QDialog *)> hook)
{
    seams().onOpen = std::move(hook);
}

QString Dialogs::lastMessage()
{
    return seams().lastMessage;
}

void Dialogs::resetForTests()
{
    seams() = Seams();
}

} // namespace carillon::ui
