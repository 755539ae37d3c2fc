#include "ui/RecipientEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QRegularExpression>
#include <QStringListModel>

namespace carillon::ui {

namespace {
QString lastToken(const QString &text)
{
    const qsizetype cut =
        std::max(text.lastIndexOf(QLatin1Char(',')), text.lastIndexOf(QLatin1Char(';')));
    return text.mid(cut + 1).trimmed();
}
} // namespace

RecipientEdit::RecipientEdit(ChatBackend &backend, QWidget *parent)
    : QLineEdit(parent), m_backend(backend), m_choices(new QStringListModel(this))
{
    setObjectName(QStringLiteral("recipientsEdit"));
    setAccessibleName(tr("To"));
    setPlaceholderText(tr("Names or addresses, separated by commas"));
    // Completion starts when the contacts are in; typing works before.
    backend.contacts(this, [this](const Result<QList<Contact>> &contacts) {
        m_contacts = contacts.value_or({});
        m_contactsKnown = true;
        QStringList entries;
        for (const Contact &c : std::as_const(m_contacts))
            entries.append(QStringLiteral("%1 <%2>").arg(c.profile.displayName, c.profile.email));
        m_choices->setStringList(entries);
        emit contactsArrived();
    });

    auto *completer = new QCompleter(m_choices, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains); // by name or by address
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setWidget(this);
    completer->popup()->setObjectName(QStringLiteral("recipientsCompleterPopup"));
    completer->popup()->setAccessibleName(tr("Matching contacts"));
    connect(this, &QLineEdit::textEdited, this, [completer](const QString &text) {
        const QString token = lastToken(text);
        if (token.isEmpty()) {
            completer->popup()->hide();
            return;
        }
        completer->setCompletionPrefix(token);
        completer->complete();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &RecipientEdit::complete);
}

void RecipientEdit::complete(const QString &choice)
{
    QString current = text();
    const qsizetype cut =
        std::max(current.lastIndexOf(QLatin1Char(',')), current.lastIndexOf(QLatin1Char(';')));
    current = cut >= 0 ? current.left(cut + 1) + QLatin1Char(' ') : QString();
    setText(current + choice + QStringLiteral(", "));
}

namespace {
void resolveFrom(ChatBackend *backend, QStringList rest, QList<qint64> found,
                 const QObject *receiver, Reply<QList<qint64>> done)
{
    if (rest.isEmpty()) {
        done(found);
        return;
    }
    const QString address = rest.takeFirst();
    backend->profileByEmail(address, receiver,
                            [backend, rest, found, receiver, done](const Result<Profile> &p) {
                                if (!p) {
                                    done(p.error());
                                    return;
                                }
                                QList<qint64> more = found;
                                more.append(p->id);
                                resolveFrom(backend, rest, more, receiver, done);
                            });
}
} // namespace

void RecipientEdit::resolve(ChatBackend &backend, const QStringList &addresses,
                            const QObject *receiver, Reply<QList<qint64>> done)
{
    // One after the other: the first address nobody uses is the error.
    resolveFrom(&backend, addresses, {}, receiver, std::move(done));
}

QStringList RecipientEdit::addresses() const
{
    static const QRegularExpression angle(QStringLiteral("<([^>]+)>"));
    QStringList out;
    for (const QString &raw :
         text().split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        const QString token = raw.trimmed();
        if (token.isEmpty())
            continue;
        QString address = token;
        if (const auto m = angle.match(token); m.hasMatch()) {
            address = m.captured(1);
        } else {
            for (const Contact &c : m_contacts) {
                if (c.profile.displayName.compare(token, Qt::CaseInsensitive) == 0)
                    address = c.profile.email;
            }
        }
        address = address.trimmed().toLower();
        if (!out.contains(address))
            out.append(address);
    }
    return out;
}

} // namespace carillon::ui
