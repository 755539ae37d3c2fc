#include "ui/Accessibility.h"

#include "ui/MessageCard.h"
#include "ui/MessageModel.h"

#include <QAccessibleWidget>
#include <QComboBox>
#include <QHash>
#include <QListView>
#include <QPersistentModelIndex>
#include <QPointer>

namespace carillon::ui {

namespace {
const QLatin1String kListName("messageListView");

QListView *messageListOf(QWidget *card)
{
    // An index widget lives on the view's viewport.
    QWidget *viewport = card ? card->parentWidget() : nullptr;
    QWidget *view = viewport ? viewport->parentWidget() : nullptr;
    auto *list = qobject_cast<QListView *>(view);
    return list && list->objectName() == kListName ? list : nullptr;
}

// A message drawn by the delegate (plain text): a read-only list item.
class MessageRowAccessible : public QAccessibleInterface
{
public:
    MessageRowAccessible(QListView *view, const QModelIndex &index) : m_view(view), m_index(index)
    {
    }
    bool isValid() const override { return m_view && m_index.isValid(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_view.data());
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Name || !isValid())
            return {};
        return m_index.data(Qt::AccessibleTextRole).toString();
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_view->visualRect(m_index);
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.readOnly = true;
        if (!isValid() || !m_view->viewport()->rect().intersects(m_view->visualRect(m_index))) {
            s.invisible = true;
            s.offscreen = true;
        }
        return s;
    }
    QModelIndex index() const { return m_index; }

private:
    QPointer<QListView> m_view;
    QPersistentModelIndex m_index;
};

// The list: one child per loaded message, in order.
class MessageListAccessibleImpl : public QAccessibleWidget
{
public:
    explicit MessageListAccessibleImpl(QListView *view) : QAccessibleWidget(view, QAccessible::List)
    {
    }
    ~MessageListAccessibleImpl() override
    {
        for (QAccessible::Id id : std::as_const(m_rows))
            QAccessible::deleteAccessibleInterface(id);
    }
    int childCount() const override
    {
        return view()->model() ? view()->model()->rowCount(view()->rootIndex()) : 0;
    }
    QAccessibleInterface *child(int i) const override
    {
        QAbstractItemModel *model = view()->model();
        if (!model || i < 0 || i >= childCount())
            return nullptr;
        const QModelIndex index = model->index(i, 0, view()->rootIndex());
        if (QWidget *card = view()->indexWidget(index))
            return QAccessible::queryAccessibleInterface(card);
        return row(index);
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (!child)
            return -1;
        if (auto *widget = qobject_cast<QWidget *>(child->object())) {
            for (int i = 0; i < childCount(); ++i) {
                if (view()->indexWidget(view()->model()->index(i, 0, view()->rootIndex())) ==
                    widget)
                    return i;
            }
            return -1;
        }
        for (QAccessible::Id id : std::as_const(m_rows)) {
            if (QAccessible::accessibleInterface(id) == child) {
                const auto *row = static_cast<const MessageRowAccessible *>(child);
                return row->isValid() ? row->index().row() : -1;
            }
        }
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
        const QModelIndex index = view()->indexAt(local);
        return index.isValid() ? child(index.row()) : nullptr;
    }

private:
    QListView *view() const { return static_cast<QListView *>(widget()); }

    // Row items are kept by message (its id role), so a screen reader's reference survives
    // rows inserted above; stale ones (another conversation) are dropped as the cache grows.
    QAccessibleInterface *row(const QModelIndex &index) const
    {
        const qint64 key = index.data(MessageModel::MessageIdRole).toLongLong();
        if (auto it = m_rows.constFind(key); it != m_rows.constEnd()) {
            QAccessibleInterface *known = QAccessible::accessibleInterface(*it);
            if (known && known->isValid())
                return known;
            QAccessible::deleteAccessibleInterface(*it);
            m_rows.erase(it);
        }
        if (m_rows.size() > 2 * childCount() + 64)
            pruneStale();
        auto *created = new MessageRowAccessible(view(), index);
        m_rows.insert(key, QAccessible::registerAccessibleInterface(created));
        return created;
    }
    void pruneStale() const
    {
        for (auto it = m_rows.begin(); it != m_rows.end();) {
            QAccessibleInterface *known = QAccessible::accessibleInterface(*it);
            if (known && known->isValid()) {
                ++it;
                continue;
            }
            QAccessible::deleteAccessibleInterface(*it);
            it = m_rows.erase(it);
        }
    }

    mutable QHash<qint64, QAccessible::Id> m_rows;
};

// A card: a list item whose children are its buttons and labels, parented to the list (not to
// the viewport the tree does not show).
class MessageCardAccessible : public QAccessibleWidget
{
public:
    explicit MessageCardAccessible(QWidget *card) : QAccessibleWidget(card, QAccessible::ListItem)
    {
    }
    QAccessibleInterface *parent() const override
    {
        if (QListView *list = messageListOf(widget()))
            return QAccessible::queryAccessibleInterface(list);
        return QAccessibleWidget::parent();
    }
};

// A drop-down named by its accessible name, its current text as its value; the popup list is
// its child, and its actions open it, as with Qt's own interface.
class ComboBoxAccessible : public QAccessibleWidget
{
public:
    explicit ComboBoxAccessible(QComboBox *combo) : QAccessibleWidget(combo, QAccessible::ComboBox)
    {
    }
    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name:
            return combo()->accessibleName().isEmpty() ? combo()->currentText()
                                                       : combo()->accessibleName();
        case QAccessible::Value:
            return combo()->currentText();
        default:
            return QAccessibleWidget::text(t);
        }
    }
    int childCount() const override { return 1; }
    QAccessibleInterface *child(int index) const override
    {
        return index == 0 ? QAccessible::queryAccessibleInterface(combo()->view()) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return child && child->object() == combo()->view() ? 0 : -1;
    }
    QStringList actionNames() const override { return {showMenuAction(), pressAction()}; }
    void doAction(const QString &action) override
    {
        if (action == showMenuAction() || action == pressAction())
            combo()->showPopup();
    }

private:
    QComboBox *combo() const { return static_cast<QComboBox *>(widget()); }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("QComboBox")) {
        auto *combo = static_cast<QComboBox *>(object);
        return combo->isEditable() ? nullptr : new ComboBoxAccessible(combo);
    }
    if (className == QLatin1String("QListView") && object->objectName() == kListName)
        return new MessageListAccessibleImpl(static_cast<QListView *>(object));
    if (className == QLatin1String(MessageCard::staticMetaObject.className()))
        return new MessageCardAccessible(static_cast<QWidget *>(object));
    return nullptr;
}
} // namespace

void installAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(&factory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace carillon::ui
