#include "ui/RelativeTime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace carillon::ui::RelativeTime {

namespace {
// The day separators said "Today" and "Yesterday" before these functions existed: their
// context keeps the translations (spelt out at each call, where lupdate finds it).
QString time(const QDateTime &when, const QLocale &locale)
{
    return locale.toString(when.time(), QLocale::ShortFormat);
}
} // namespace

QString longFormatWithoutYear(const QLocale &locale, bool withWeekday)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    // The year with what joins it to the rest: ", yyyy" (English), " yyyy" (German),
    // "yyyy年" (Japanese), " 'de' yyyy" (Spanish).
    static const QRegularExpression year(QStringLiteral("(\\s*'[^']*')?[\\s,/-]*y+[年년]?"));
    format.remove(year);
    if (!withWeekday) {
        static const QRegularExpression weekday(QStringLiteral("[\\s,]*dddd[\\s,]*"));
        format.remove(weekday);
        format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    }
    static const QRegularExpression ends(QStringLiteral("^[\\s,]+|[\\s,]+$"));
    format.remove(ends);
    return format;
}

QString listLabel(const QDateTime &when, const QDateTime &now, const QLocale &locale)
{
    const QDate day = when.date();
    const qint64 daysAgo = day.daysTo(now.date());
    if (daysAgo == 0)
        return time(when, locale);
    if (daysAgo == 1)
        return QCoreApplication::translate("carillon::ui::MessageDelegate", "Yesterday");
    if (daysAgo > 1 && daysAgo < 7)
        return locale.standaloneDayName(day.dayOfWeek(), QLocale::LongFormat);
    if (day.year() == now.date().year())
        return locale.toString(day, longFormatWithoutYear(locale, false));
    return locale.toString(day, QLocale::ShortFormat);
}

QString dayLabel(const QDate &day, const QDate &today, const QLocale &locale)
{
    const qint64 daysAgo = day.daysTo(today);
    if (daysAgo == 0)
        return QCoreApplication::translate("carillon::ui::MessageDelegate", "Today");
    if (daysAgo == 1)
        return QCoreApplication::translate("carillon::ui::MessageDelegate", "Yesterday");
    if (day.year() == today.year())
        return locale.toString(day, longFormatWithoutYear(locale, true));
    return locale.toString(day, QLocale::LongFormat);
}

QString moment(const QDateTime &when, const QDateTime &now, const QLocale &locale)
{
    // Never "Today": "expired on Today" reads badly, and the moment may be read much later.
    const QString date = when.date().year() == now.date().year()
                             ? locale.toString(when.date(), longFormatWithoutYear(locale, true))
                             : locale.toString(when.date(), QLocale::LongFormat);
    return QCoreApplication::translate("carillon::ui::MessageDelegate", "%1, %2", "date, time")
        .arg(date, time(when, locale));
}

} // namespace carillon::ui::RelativeTime
