#include "ui/MessageDelegate.h"

#include "ui/Accessibility.h"
#include "ui/Avatar.h"
#include "ui/MessageModel.h"
#include "ui/RelativeTime.h"
#include "ui/Theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextLine>

namespace carillon::ui {

MessageDelegate::MessageDelegate(MessageModel &model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model), m_layouts(2000)
{
    // Cards are index widgets; without this the accessibility tree never reaches them.
    installAccessibility();
}

QRect MessageDelegate::columnRect(const QRect &rowRect)
{
    const int width = std::min(rowRect.width(), kMaxColumn);
    return QRect(rowRect.left() + (rowRect.width() - width) / 2, rowRect.top(), width,
                 rowRect.height());
}

int MessageDelegate::bodyWidth(int rowWidth)
{
    return std::min(rowWidth, kMaxColumn) - kIndent - kRightMargin;
}

QRect MessageDelegate::bodyRect(const QRect &rowRect, bool startsDay, bool startsGroup)
{
    const QRect column = columnRect(rowRect);
    int top = rowRect.top() + kPadding / 2;
    if (startsDay)
        top += kDayHeight;
    if (startsGroup)
        top += kHeaderHeight;
    return QRect(column.left() + kIndent, top, bodyWidth(rowRect.width()),
                 rowRect.bottom() - top - kPadding / 2);
}

MessageDelegate::Laid *MessageDelegate::layoutFor(const QModelIndex &index, int width,
                                                  const QFont &font) const
{
    const Message &m = m_model.messageAt(index.row());
    if (Laid *cached = m_layouts.object(m.id); cached && cached->width == width)
        return cached;
    auto *laid = new Laid;
    laid->width = width;
    // Plain text, always: what people type is shown as typed, markup included.
    laid->layout.setText(m.body);
    laid->layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(m.body.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    laid->layout.setTextOption(option);
    static const QRegularExpression url(
        QStringLiteral("\\bhttps?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]"));
    QList<QTextLayout::FormatRange> formats;
    for (auto it = url.globalMatch(m.body); it.hasNext();) {
        const auto match = it.next();
        QTextLayout::FormatRange range;
        range.start = int(match.capturedStart());
        range.length = int(match.capturedLength());
        range.format.setForeground(QApplication::palette().link());
        range.format.setFontUnderline(true);
        formats.append(range);
        laid->links.append({range.start, range.length});
    }
    laid->layout.setFormats(formats);
    laid->layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = laid->layout.createLine(); line.isValid();
         line = laid->layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    laid->layout.endLayout();
    laid->height = int(std::ceil(y));
    m_layouts.insert(m.id, laid);
    return laid;
}

int MessageDelegate::textHeight(const QModelIndex &index, int width, const QFont &font) const
{
    const qint64 id = m_model.messageAt(index.row()).id;
    if (auto it = m_heights.constFind(id); it != m_heights.constEnd() && it->first == width)
        return it->second;
    const int height = layoutFor(index, width, font)->height;
    m_heights.insert(id, {width, height});
    return height;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The viewport's width, not the view's: the scroll bar takes part of the view, and a row
    // measured wider than it is drawn would clip its last line.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    width = qMax(120, width);
    const bool day = m_model.startsDay(index.row());
    const bool group = m_model.startsGroup(index.row());
    int height = kPadding + (day ? kDayHeight : 0) + (group ? kHeaderHeight : 0);
    const int body = bodyWidth(width);
    const Message &m = m_model.messageAt(index.row());
    if (MessageModel::isRich(m) && richHeight)
        height += richHeight(index, body);
    else
        height += textHeight(index, body, option.font);
    return QSize(width, height);
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    painter->save();
    const QPalette &pal = option.palette;
    const Message &m = m_model.messageAt(index.row());
    const bool day = m_model.startsDay(index.row());
    const bool group = m_model.startsGroup(index.row());
    const QRect column = columnRect(option.rect);
    int top = option.rect.top() + kPadding / 2;
    const QRect message = column.adjusted(0, day ? kPadding / 2 + kDayHeight : 0, 0, 0);
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    if (option.state & QStyle::State_Selected)
        painter->fillRect(message, pal.color(QPalette::Highlight).lighter(dark ? 60 : 190));
    else if (option.state & QStyle::State_MouseOver)
        painter->fillRect(message, pal.color(QPalette::AlternateBase));
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    QColor muted = pal.color(QPalette::Text);
    muted.setAlphaF(0.6);

    if (day) {
        const QRect dayRect(column.left(), top, column.width(), kDayHeight);
        const QString label =
            RelativeTime::dayLabel(QDateTime::fromMSecsSinceEpoch(m.createdAt).date(),
                                   QDateTime::fromMSecsSinceEpoch(m_model.nowMs()).date());
        QColor rule = pal.color(QPalette::Text);
        rule.setAlphaF(0.15);
        painter->setPen(rule);
        const int mid = dayRect.center().y();
        painter->drawLine(dayRect.left() + 12, mid, dayRect.right() - 12, mid);
        QFont bold = small;
        bold.setBold(true);
        painter->setFont(bold);
        const int textWidth = QFontMetrics(bold).horizontalAdvance(label) + 24;
        const QRect pill(dayRect.center().x() - textWidth / 2, mid - 11, textWidth, 22);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(pal.base());
        painter->setPen(rule);
        painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), 11, 11);
        painter->setPen(muted);
        painter->drawText(pill, Qt::AlignCenter, label);
        top += kDayHeight;
    }
    const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.createdAt).time(),
                                            QLocale::ShortFormat);
    if (group) {
        const QString name = m_model.senderName(m.senderId);
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect avatar(column.left() + 12, top + 2, kAvatar, kAvatar);
        if (m_model.isFromAssistant(index.row()))
            Theme::icon(Theme::Glyph::Bot).paint(painter, avatar);
        else
            Avatar::paint(painter, avatar, name, Avatar::personKey(m.senderId), pal);

        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(pal.color(QPalette::Text));
        const QRect header(column.left() + kIndent, top, bodyWidth(option.rect.width()),
                           kHeaderHeight);
        // A long name is elided so the time stays in sight.
        const int timeWidth = QFontMetrics(small).horizontalAdvance(time) + 8;
        const QString shown = QFontMetrics(bold).elidedText(
            name, Qt::ElideRight, std::max(header.width() - timeWidth, 40));
        painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter, shown);
        const int nameWidth = QFontMetrics(bold).horizontalAdvance(shown);
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(header.adjusted(nameWidth + 8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          time);
        top += kHeaderHeight;
    } else if (option.state & QStyle::State_MouseOver) {
        // Within a group only the first message shows its time; the others on hover, in the
        // avatar column.
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(QRect(column.left(), top, kIndent - 6, option.fontMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, time);
    }
    if (!MessageModel::isRich(m)) {
        Laid *laid = layoutFor(index, bodyWidth(option.rect.width()), option.font);
        painter->setPen(pal.color(QPalette::Text));
        laid->layout.draw(painter, QPointF(column.left() + kIndent, top));
    }
    painter->restore();
}

void MessageDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    editor->setGeometry(
        bodyRect(option.rect, m_model.startsDay(index.row()), m_model.startsGroup(index.row())));
}

QString MessageDelegate::linkAt(const QModelIndex &index, const QPoint &pos,
                                const QStyleOptionViewItem &option) const
{
    const Message &m = m_model.messageAt(index.row());
    if (MessageModel::isRich(m))
        return {};
    const QRect body =
        bodyRect(option.rect, m_model.startsDay(index.row()), m_model.startsGroup(index.row()));
    Laid *laid = layoutFor(index, bodyWidth(option.rect.width()), option.font);
    const QPointF local = pos - body.topLeft();
    for (int i = 0; i < laid->layout.lineCount(); ++i) {
        const QTextLine line = laid->layout.lineAt(i);
        if (local.y() < line.y() || local.y() >= line.y() + line.height())
            continue;
        if (local.x() > line.naturalTextWidth())
            return {};
        const int cursor = line.xToCursor(local.x());
        for (const auto &[start, length] : laid->links) {
            if (cursor >= start && cursor < start + length)
                return m.body.mid(start, length);
        }
    }
    return {};
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QString url = linkAt(index, mouse->position().toPoint(), option);
            if (!url.isEmpty()) {
                emit linkActivated(url);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace carillon::ui
