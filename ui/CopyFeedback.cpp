#include "ui/CopyFeedback.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QPushButton>
#include <QTimer>

namespace carillon::ui {

void CopyFeedback::copy(QPushButton *button, const QString &text)
{
    QApplication::clipboard()->setText(text);
    // The first click remembers the label; a second within the moment only restarts it.
    auto *timer =
        button->findChild<QTimer *>(QStringLiteral("copiedTimer"), Qt::FindDirectChildrenOnly);
    if (!timer) {
        const QString label = button->text();
        const QString copied = QCoreApplication::translate("carillon::ui::CopyFeedback", "Copied");
        button->setMinimumWidth(std::max(button->sizeHint().width(),
                                         button->fontMetrics().horizontalAdvance(copied) + 24));
        timer = new QTimer(button);
        timer->setObjectName(QStringLiteral("copiedTimer"));
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, button, [button, timer, label] {
            button->setText(label);
            button->setAccessibleDescription(QString());
            timer->setObjectName(QString()); // a click before it is gone starts anew
            timer->deleteLater();
        });
        button->setText(copied);
        button->setAccessibleDescription(
            QCoreApplication::translate("carillon::ui::CopyFeedback", "Copied to the clipboard"));
    }
    timer->start(kShownMs);
}

} // namespace carillon::ui
