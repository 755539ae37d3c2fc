#include "app/AppPaths.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardPaths>

namespace carillon::AppPaths {

QString defaultProfile()
{
    return QStringLiteral("default");
}

bool isDemoProfile(const QString &profile)
{
    return profile == QLatin1String("demo");
}

Result<QString> checkProfileName(const QString &profile)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,31}$"));
    if (!shape.match(profile).hasMatch())
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("AppPaths",
                                                 "\"%1\" is not a profile name. Use \"default\", "
                                                 "\"demo\", or up to 32 lower-case letters, "
                                                 "digits, '-' and '_'.")
                         .arg(profile)};
    return profile;
}

QString dataDirFor(const QString &profile)
{
    const QString fromEnv = qEnvironmentVariable("CARILLON_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/carillon/") + profile;
}

} // namespace carillon::AppPaths
