#pragma once

#include <QCache>
#include <QStyledItemDelegate>
#include <QTextLayout>

namespace carillon::ui {

class MessageModel;

// Paints plain messages: day separators, a header (avatar, sender, time) at the start of each
// group, and the text as plain text with clickable links and right-to-left support. Text is
// laid out once per (message, width) and cached; nothing is laid out inside paint(). Rows with
// assistant cards or attachments get real widgets from ChatView; this delegate paints their
// separator and header and reserves the widget's height below.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kAvatar = 32;
    static constexpr int kIndent = 56; // text starts here, right of the avatar column
    static constexpr int kDayHeight = 30;
    static constexpr int kHeaderHeight = 22;
    static constexpr int kPadding = 4;
    static constexpr int kRightMargin = 16;
    // On a wide window the conversation is a centred column no wider than this: lines of
    // about 90 characters, which the eye can follow back to the next line's start.
    static constexpr int kMaxColumn = 860;

    explicit MessageDelegate(MessageModel &model, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Places a row's card widget below its separator and header.
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // The part of a row the message is painted in (centred, at most kMaxColumn wide), where
    // its widget goes, and the width its text or widget is laid out to.
    static QRect columnRect(const QRect &rowRect);
    static QRect bodyRect(const QRect &rowRect, bool startsDay, bool startsGroup);
    static int bodyWidth(int rowWidth);
    std::function<int(const QModelIndex &, int width)> richHeight;

    void clearCache()
    {
        m_layouts.clear();
        m_heights.clear();
    }
    // A message's text no longer shown (its page was let go of).
    void forget(qint64 messageId)
    {
        m_layouts.remove(messageId);
        m_heights.remove(messageId);
    }

signals:
    void linkActivated(const QString &url);

private:
    struct Laid
    {
        int width = 0;
        QTextLayout layout;
        int height = 0;
        QList<QPair<int, int>> links; // start, length
    };
    int textHeight(const QModelIndex &index, int width, const QFont &font) const;
    Laid *layoutFor(const QModelIndex &index, int width, const QFont &font) const;
    QString linkAt(const QModelIndex &index, const QPoint &pos,
                   const QStyleOptionViewItem &option) const;

    MessageModel &m_model;
    // Laid-out text for painting (bounded), and text heights for sizing every loaded row
    // without laying it out again (small, kept for all loaded rows).
    mutable QCache<qint64, Laid> m_layouts;
    mutable QHash<qint64, QPair<int, int>> m_heights; // id -> (width, height)
};

} // namespace carillon::ui
