#pragma once

#include <QStyledItemDelegate>

class QListWidgetItem;

namespace carillon::ui {

// Two-line rows for the side lists: an avatar (initials on the person's or room's colour, or an
// icon where the row sets one), title (bold while unread) and time on the first line, a preview
// and the unread count on the second, each elided to the width.
class ConversationItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role
    {
        TitleRole = Qt::UserRole + 10,
        PreviewRole,
        TimeRole,
        UnreadRole,
        AvatarNameRole, // the name the initials come from
        AvatarKeyRole,  // Avatar::personKey() or Avatar::conversationKey()
    };

    // Shows initials for a row without an icon: a person's (circle) or a room's (square).
    static void setAvatar(QListWidgetItem *item, const QString &name, const QString &key);

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // Rows are elided: their tooltip shows the whole title and preview, as plain text.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace carillon::ui
