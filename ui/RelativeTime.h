#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace carillon::ui {

// Times as people say them, in the formats of the interface's language (QLocale()), measured
// against the workspace clock (the demo clock too), never the machine's: a list reads "7:57 AM",
// "Yesterday", "Tuesday", "Nov 17" (English) or "07:57", "Gestern", "Dienstag", "17. Nov."
// (German), not one country's short dates for everyone.
namespace RelativeTime {
// For a list's time column: the time today, "Yesterday", the weekday within the last week,
// then the date without its year, and the short date in another year.
QString listLabel(const QDateTime &when, const QDateTime &now, const QLocale &locale = QLocale());
// For a day separator: "Today", "Yesterday", the weekday and date ("Tuesday, November 24"),
// and the full date in another year.
QString dayLabel(const QDate &day, const QDate &today, const QLocale &locale = QLocale());
// A moment to come or past, as a date and a time ("Friday, December 4, 7:57 AM"), with the
// year when it is not now's.
QString moment(const QDateTime &when, const QDateTime &now, const QLocale &locale = QLocale());
// The locale's long date format without the year ("dddd, MMMM d"), and without the weekday.
QString longFormatWithoutYear(const QLocale &locale, bool withWeekday);
} // namespace RelativeTime

} // namespace carillon::ui
