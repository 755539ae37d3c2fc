#pragma once

#include "core/ChatBackend.h"

#include <QLineEdit>

class QStringListModel;

namespace carillon::ui {

// A To: field: several recipients separated by commas, each completed from the contacts by
// name or address ("Grace" or "grace@" both offer "Grace Hopper <grace@example.com>").
class RecipientEdit : public QLineEdit
{
    Q_OBJECT
public:
    RecipientEdit(ChatBackend &backend, QWidget *parent = nullptr);
    // The addresses typed, normalised; names that match a contact become that contact's address.
    QStringList addresses() const;
    // The contacts (for completion and names typed) arrived.
    bool contactsKnown() const { return m_contactsKnown; }
    QList<Contact> contacts() const { return m_contacts; }
    // The profile ids of these addresses, in order; the first that nobody uses is the error.
    static void resolve(ChatBackend &backend, const QStringList &addresses, const QObject *receiver,
                        Reply<QList<qint64>> done);

signals:
    void contactsArrived();

private:
    void complete(const QString &choice);

    ChatBackend &m_backend;
    QStringListModel *m_choices;
    QList<Contact> m_contacts;
    bool m_contactsKnown = false;
};

} // namespace carillon::ui
