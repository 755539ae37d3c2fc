#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace carillon {

// Name of a device's saved-sign-in ("remember me") token in a SecretStore (see
// RememberedSignIn). Without a device: the single token of versions before devices had their
// own, taken over by the first window that starts.
inline QString rememberMeSecretName(const QString &deviceId = {})
{
    return deviceId.isEmpty() ? QStringLiteral("remember-me-token")
                              : QStringLiteral("remember-me-token/") + deviceId;
}

// Where secrets live (the link-signing keys, the "remember me" token). The desktop build puts
// them in the OS keychain; FileSecretStore is the explicit fallback where no keychain exists.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // An empty QByteArray when the secret does not exist.
    virtual Result<QByteArray> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QByteArray &value) = 0;
    virtual Status remove(const QString &key) = 0;
    // False for the file fallback: the UI and the log warn about it.
    virtual bool isSecure() const = 0;
    // Puts a store that cannot be read any more aside (renamed, not deleted), so that
    // forget-secrets can start over. Nothing to do for a healthy store.
    virtual Status discardDamaged() { return {}; }
    virtual QString description() const = 0;
};

// Secrets in one file readable by its owner only (0600), written atomically. Used where no
// keychain is reachable, and by tests. A file that cannot be parsed is an error for every
// call, never an empty store: writing to it would lose the keys it holds.
class FileSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(FileSecretStore)
public:
    explicit FileSecretStore(QString filePath) : m_path(std::move(filePath)) {}

    Result<QByteArray> read(const QString &key) override;
    Status write(const QString &key, const QByteArray &value) override;
    Status remove(const QString &key) override;
    bool isSecure() const override { return false; }
    QString description() const override;
    Status discardDamaged() override;
    QString filePath() const { return m_path; }

private:
    Result<QHash<QString, QByteArray>> load() const;
    Status save(const QHash<QString, QByteArray> &secrets);

    QString m_path;
};

} // namespace carillon
