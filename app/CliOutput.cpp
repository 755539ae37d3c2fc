#include "app/CliOutput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carillon::cli {

void Output::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int Output::fail(const Error &error)
{
    m_err << Text::tr("carillon: %1").arg(error.message) << Qt::endl;
    const bool badInput = error.code == ErrorCode::InvalidInput ||
                          error.code == ErrorCode::NotFound || error.code == ErrorCode::TooLarge;
    return badInput ? ExitUsage : ExitFailed;
}

int Output::usage(const QString &message)
{
    m_err << Text::tr("carillon: %1\nRun \"carillon --help\" for the "
                      "list of commands.")
                 .arg(message)
          << Qt::endl;
    return ExitUsage;
}

QString formatTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs).toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

} // namespace carillon::cli
