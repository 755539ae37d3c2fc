#include "ui/ConversationItemDelegate.h"

#include "ui/Avatar.h"
#include "ui/SafeText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QListWidgetItem>
#include <QPainter>
#include <QToolTip>

namespace carillon::ui {

void ConversationItemDelegate::setAvatar(QListWidgetItem *item, const QString &name,
                                         const QString &key)
{
    item->setIcon(QIcon());
    item->setData(AvatarNameRole, name);
    item->setData(AvatarKeyRole, key);
}

QSize ConversationItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (index.data(TitleRole).isNull())
        return QStyledItemDelegate::sizeHint(option, index);
    const int line = option.fontMetrics.height();
    return QSize(200, qMax(44, line * 2 + 14));
}

void ConversationItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    if (index.data(TitleRole).isNull()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65);
    const QRect r = opt.rect.adjusted(8, 6, -8, -6);
    const QRect avatar(r.left(), r.top() + (r.height() - 32) / 2, 32, 32);
    const QIcon icon = qvariant_cast<QIcon>(index.data(Qt::DecorationRole));
    const QString key = index.data(AvatarKeyRole).toString();
    if (!icon.isNull() || key.isEmpty())
        icon.paint(painter, avatar);
    else
        Avatar::paint(painter, avatar, index.data(AvatarNameRole).toString(), key, pal,
                      key.startsWith(QLatin1String("conversation:")) ? Avatar::Shape::Square
                                                                     : Avatar::Shape::Circle);
    const int textLeft = r.left() + 40;
    const int lineHeight = opt.fontMetrics.height();
    const int unread = index.data(UnreadRole).toInt();

    QFont titleFont = opt.font;
    titleFont.setBold(unread > 0);
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QString time = index.data(TimeRole).toString();
    const int timeWidth = QFontMetrics(small).horizontalAdvance(time);
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(QRect(r.right() - timeWidth, r.top(), timeWidth, lineHeight),
                      Qt::AlignRight | Qt::AlignVCenter, time);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect titleRect(textLeft, r.top(), r.right() - textLeft - timeWidth - 6, lineHeight);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(index.data(TitleRole).toString(),
                                                         Qt::ElideRight, titleRect.width()));

    int previewRight = r.right();
    if (unread > 0) {
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        QFont badgeFont = small;
        badgeFont.setBold(true);
        const int w = qMax(lineHeight, QFontMetrics(badgeFont).horizontalAdvance(count) + 10);
        const QRect badge(r.right() - w, r.top() + lineHeight + 4, w, lineHeight);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? pal.color(QPalette::HighlightedText) : QColor(0x2f6fde));
        painter->drawRoundedRect(badge, lineHeight / 2.0, lineHeight / 2.0);
        painter->setPen(selected ? pal.color(QPalette::Highlight) : QColor(Qt::white));
        painter->setFont(badgeFont);
        painter->drawText(badge, Qt::AlignCenter, count);
        previewRight = badge.left() - 6;
    }
    painter->setFont(small);
    painter->setPen(muted);
    const QRect previewRect(textLeft, r.top() + lineHeight + 4, previewRight - textLeft,
                            lineHeight);
    painter->drawText(previewRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(index.data(PreviewRole).toString(),
                                                     Qt::ElideRight, previewRect.width()));
    painter->restore();
}

bool ConversationItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                         const QStyleOptionViewItem &option,
                                         const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || index.data(TitleRole).isNull() ||
        !index.data(Qt::ToolTipRole).isNull())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text =
        index.data(TitleRole).toString() + QLatin1Char('\n') + index.data(PreviewRole).toString();
    QToolTip::showText(event->globalPos(), plainToolTip(text.left(1000)), view);
    return true;
}

} // namespace carillon::ui
