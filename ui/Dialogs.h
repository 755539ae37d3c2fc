#pragma once

#include <QMessageBox>
#include <QStringList>

#include <functional>

class QDialog;
class QWidget;

namespace carillon::ui {

// The one way the client opens dialogs, message boxes and file choosers: never with a nested
// exec(). Each opens window-modal with open() and reports through a callback when it closes,
// so the menu item, button or AT-SPI doAction that opened it returns at once and the window
// stays live. Every dialog is deleted when it closes.
//
// It is also the one test seam for them (as KeePassXC's MessageBox::setNextAnswer): a test
// queues the answer of the next message box or the choice of the next file chooser, which is
// then not shown, or sees every dialog as it opens and fills it in.
class Dialogs
{
public:
    // Opens `dialog` window-modal; `done` gets its result (QDialog::Accepted or Rejected).
    static void open(QDialog *dialog, std::function<void(int result)> done = {});
    // Shows `dialog` without modality (a viewer beside the chat).
    static void show(QDialog *dialog);

    // A message box in plain text (its text quotes names and paths), named for tests and
    // screen readers. Adjust it (button texts) before ask().
    static QMessageBox *messageBox(QWidget *parent, QMessageBox::Icon icon,
                                   const QString &objectName, const QString &title,
                                   const QString &text,
                                   QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    // Opens the box; `answered` gets the button pressed (Escape: the box's escape button).
    static void ask(QMessageBox *box,
                    std::function<void(QMessageBox::StandardButton)> answered = {});

    enum class Choose
    {
        OpenFiles,
        SaveFile,
        Folder
    };
    // A file chooser; `chosen` gets the files (one for SaveFile and Folder), empty when the
    // person cancels.
    static void chooseFiles(QWidget *parent, Choose what, const QString &title,
                            std::function<void(const QStringList &)> chosen,
                            const QString &suggestedPath = {});

    // Test seams. The next message box is answered `answer` without being shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The next file chooser returns `files` without being shown (empty: cancelled).
    static void setNextFiles(const QStringList &files);
    // Sees every dialog and shown message box just after it opens (null: none).
    static void setOnOpen(std::function<void(QDialog *)> hook);
    // The text of the last message box, shown or answered by setNextAnswer().
    static QString lastMessage();
    // Forgets queued answers and files and the hook (between tests).
    static void resetForTests();
};

} // namespace carillon::ui
