#include "core/Email.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace carillon {

namespace {
const char *const kDomainPattern =
    "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]";
}

Result<QString> normalizeEmail(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@") +
        QLatin1String(kDomainPattern) + QLatin1Char('$'));
    const QString email = text.trimmed().toLower();
    if (email.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("Email", "Enter an email address, for example "
                                                          "name@example.com.")};
    if (email.size() > 254 || !shape.match(email).hasMatch())
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("Email", "\"%1\" is not a valid email address. "
                                                          "Use the form name@example.com.")
                         .arg(text.trimmed())};
    return email;
}

QString emailDomain(const QString &email)
{
    return email.mid(email.lastIndexOf(QLatin1Char('@')) + 1);
}

Result<QString> normalizeDomain(const QString &text)
{
    static const QRegularExpression shape(QLatin1Char('^') + QLatin1String(kDomainPattern) +
                                          QLatin1Char('$'));
    const QString domain = text.trimmed().toLower();
    if (!shape.match(domain).hasMatch())
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("Email", "\"%1\" is not a valid domain. Use the "
                                                          "form example.com.")
                         .arg(text.trimmed())};
    return domain;
}

} // namespace carillon
