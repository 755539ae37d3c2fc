#pragma once

#include "core/SecretStore.h"

#include <memory>

namespace carillon {

// Secrets in the operating system's keychain (the Secret Service on Linux, through
// QtKeychain). Entries are namespaced by data folder, so profiles never share a key. Secrets a
// keychain-less run left in the fallback file are moved into the keychain when first read.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
public:
    KeychainSecretStore(const QString &dataDir, std::unique_ptr<FileSecretStore> legacy);

    // True when a keychain takes a write; waits at most timeoutMs per step.
    static bool isAvailable(int timeoutMs = 5000);

    Result<QByteArray> read(const QString &key) override;
    Status write(const QString &key, const QByteArray &value) override;
    Status remove(const QString &key) override;
    bool isSecure() const override { return true; }
    QString description() const override;
    Status discardDamaged() override { return m_legacy ? m_legacy->discardDamaged() : Status(); }

private:
    QString m_service;
    std::unique_ptr<FileSecretStore> m_legacy;
};

// The store a data folder should use: the keychain when one answers, otherwise the owner-only
// file, with *warning set to a sentence for the person (empty when all is well).
std::unique_ptr<SecretStore> openSecretStore(const QString &dataDir, QString *warning);

} // namespace carillon
