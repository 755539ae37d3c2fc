#include "core/SecretStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace carillon {

QString FileSecretStore::description() const
{
    return tr("a private file (%1) readable only by you, because no keychain is available")
        .arg(m_path);
}

Result<QHash<QString, QByteArray>> FileSecretStore::load() const
{
    QHash<QString, QByteArray> secrets;
    QFile file(m_path);
    if (!file.exists())
        return secrets;
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read the secrets file %1 (%2). Check that it "
                                       "belongs to you.")
                                        .arg(m_path, file.errorString())};
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parsed);
    const Error damaged{ErrorCode::Io,
                        tr("The secrets file %1 is damaged. Restore it from a backup, or run "
                           "\"carillon forget-secrets\" to start over (links handed out stop "
                           "working and the saved sign-in is forgotten).")
                            .arg(m_path)};
    if (parsed.error != QJsonParseError::NoError || !document.isObject())
        return damaged;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return damaged;
        secrets.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    }
    return secrets;
}

Status FileSecretStore::discardDamaged()
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.lock();
    if (load() || !QFile::exists(m_path))
        return {};
    const QString aside =
        m_path + QStringLiteral(".damaged-") + QString::number(QDateTime::currentSecsSinceEpoch());
    if (!QFile::rename(m_path, aside))
        return Error{ErrorCode::Io, tr("Cannot move the damaged secrets file %1 aside. Check "
                                       "the data folder's permissions.")
                                        .arg(m_path)};
    return {};
}

Status FileSecretStore::save(const QHash<QString, QByteArray> &secrets)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonObject object;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        object.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    QSaveFile file(m_path);
    // Owner-only from the first byte: the temporary file gets the permissions before data.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{ErrorCode::Io, tr("Cannot write the secrets file %1 (%2). Check the data "
                                       "folder's permissions.")
                                        .arg(m_path, file.errorString())};
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error{ErrorCode::Io, tr("Cannot write the secrets file %1 (%2). Check the data "
                                       "folder's permissions and free space.")
                                        .arg(m_path, file.errorString())};
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<QByteArray> FileSecretStore::read(const QString &key)
{
    auto secrets = load();
    if (!secrets)
        return secrets.error();
    return secrets->value(key);
}

Status FileSecretStore::write(const QString &key, const QByteArray &value)
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.lock();
    auto secrets = load();
    if (!secrets)
        return secrets.error();
    secrets->insert(key, value);
    return save(*secrets);
}

Status FileSecretStore::remove(const QString &key)
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.lock();
    auto secrets = load();
    if (!secrets)
        return secrets.error();
    if (secrets->remove(key) == 0)
        return {};
    return save(*secrets);
}

} // namespace carillon
