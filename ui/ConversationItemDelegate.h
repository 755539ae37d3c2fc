#pragma once

#include <QStyledItemDelegate>

namespace carillon::ui {

// Two-line rows for the side lists: icon, title (bold while unread) and time on the first line,
// a preview and the unread count on the second, each elided to the width.
class ConversationItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role
    {
        TitleRole = Qt::UserRole + 10,
        PreviewRole,
        TimeRole,
        UnreadRole
    };

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // Rows are elided: their tooltip shows the whole title and preview, as plain text.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace carillon::ui
