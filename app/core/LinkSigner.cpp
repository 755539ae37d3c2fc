#include "LinkSigner.h"

#include "Clock.h"
#include "Database.h"
#include "SecretStore.h"
#include "SecureRandom.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

namespace carillon {

namespace {
const QByteArray kPrefix = QByteArrayLiteral("/a/");
const QByteArray kMethod = QByteArrayLiteral("GET");
} // namespace

QString LinkSigner::secretName(const QString &keyId)
{
    return QStringLiteral("link-signing-key/") + keyId;
}

Status LinkSigner::load()
{
    auto q =
        m_db.exec(QStringLiteral("SELECT kid, retired_at FROM signing_keys ORDER BY created_at"));
    if (!q)
        return q.error();
    QHash<QString, QByteArray> keys;
    QString active;
    QStringList ids;
    while (q->next()) {
        ids.append(q->value(0).toString());
        if (q->value(1).isNull())
            active = q->value(0).toString();
    }
    q->finish();
    for (const QString &kid : std::as_const(ids)) {
        auto secret = m_secrets.read(secretName(kid));
        if (!secret)
            return secret.error();
        if (secret->size() == 32)
            keys.insert(kid, *secret);
    }
    {
        QWriteLocker lock(&m_lock);
        m_keys = keys;
        m_active = keys.contains(active) ? active : QString();
    }
    if (activeKeyId().isEmpty()) {
        // First start, or the secret of the active key was lost (keychain wiped): links it
        // signed can no longer be verified, so start a fresh key.
        auto created = rotate();
        if (!created)
            return created.error();
    }
    return {};
}

QString LinkSigner::activeKeyId() const
{
    QReadLocker lock(&m_lock);
    return m_active;
}

Result<QString> LinkSigner::createKey()
{
    const QString kid = SecureRandom::crockford(10).toLower();
    const QByteArray secret = SecureRandom::bytes(32);
    if (Status s = m_secrets.write(secretName(kid), secret); !s)
        return s.error();
    Status s = m_db.transaction([&]() -> Status {
        const qint64 now = m_clock.nowMs();
        if (auto r = m_db.exec(QStringLiteral("UPDATE signing_keys SET retired_at = ? WHERE "
                                              "retired_at IS NULL"),
                               {now});
            !r)
            return r.error();
        return Status(m_db.exec(QStringLiteral("INSERT INTO signing_keys (kid, created_at, "
                                               "last_expiry) VALUES (?, ?, 0)"),
                                {kid, now}));
    });
    if (!s) {
        // The key was never usable; a copy left in the keychain signs nothing, but say so.
        if (Status removed = m_secrets.remove(secretName(kid)); !removed)
            qWarning("carillon: an unused signing key stays in the keychain: %s",
                     qPrintable(removed.error().message));
        return s.error();
    }
    QWriteLocker lock(&m_lock);
    m_keys.insert(kid, secret);
    m_active = kid;
    return kid;
}

Result<QString> LinkSigner::rotate()
{
    return createKey();
}

Result<int> LinkSigner::prune()
{
    auto q = m_db.exec(QStringLiteral("SELECT kid FROM signing_keys WHERE retired_at IS NOT NULL "
                                      "AND last_expiry < ?"),
                       {m_clock.nowMs()});
    if (!q)
        return q.error();
    QStringList gone;
    while (q->next())
        gone.append(q->value(0).toString());
    q->finish();
    for (const QString &kid : std::as_const(gone)) {
        if (auto d = m_db.exec(QStringLiteral("DELETE FROM signing_keys WHERE kid = ?"), {kid}); !d)
            return d.error();
        {
            QWriteLocker lock(&m_lock);
            m_keys.remove(kid);
        }
        if (Status removed = m_secrets.remove(secretName(kid)); !removed)
            return removed.error();
    }
    return int(gone.size());
}

Result<int> LinkSigner::forgetAll()
{
    QStringList ids;
    {
        QWriteLocker lock(&m_lock);
        ids = m_keys.keys();
        m_keys.clear();
        m_active.clear();
    }
    auto q = m_db.exec(QStringLiteral("SELECT kid FROM signing_keys"));
    if (!q)
        return q.error();
    while (q->next()) {
        if (!ids.contains(q->value(0).toString()))
            ids.append(q->value(0).toString());
    }
    q->finish();
    for (const QString &kid : std::as_const(ids)) {
        if (Status s = m_secrets.remove(secretName(kid)); !s)
            return s.error();
    }
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM signing_keys")); !d)
        return d.error();
    if (auto fresh = createKey(); !fresh)
        return fresh.error();
    return int(ids.size());
}

Status LinkSigner::noteIssued(qint64 expiresAtMs)
{
    return Status(m_db.exec(QStringLiteral("UPDATE signing_keys SET last_expiry = ? WHERE kid = ? "
                                           "AND last_expiry < ?"),
                            {expiresAtMs, activeKeyId(), expiresAtMs}));
}

QByteArray LinkSigner::mac(const QByteArray &key, const QByteArray &path, const QByteArray &exp,
                           const QByteArray &kid) const
{
    // Setting a key prepares the HMAC pads; reuse them while the key stays the same (a manifest
    // signs thousands of links with one key). One instance per thread: the link server's
    // workers verify concurrently.
    thread_local QByteArray lastKey;
    thread_local QMessageAuthenticationCode code(QCryptographicHash::Sha256);
    if (key != lastKey) {
        code.setKey(key);
        lastKey = key;
    } else {
        code.reset();
    }
    code.addData(kMethod);
    code.addData("\n", 1);
    code.addData(path);
    code.addData("\n", 1);
    code.addData(exp);
    code.addData("\n", 1);
    code.addData(kid);
    return code.result();
}

QString LinkSigner::signPath(const QString &publicId, const QString &fileName,
                             qint64 expiresAtMs) const
{
    QByteArray key;
    QString kid;
    {
        QReadLocker lock(&m_lock);
        kid = m_active;
        key = m_keys.value(kid);
    }
    const QByteArray id = QUrl::toPercentEncoding(publicId);
    const QByteArray name = QUrl::toPercentEncoding(fileName);
    const QByteArray exp = QByteArray::number(expiresAtMs / 1000);
    const QByteArray sig =
        mac(key, kPrefix + id + '/' + name, exp, kid.toLatin1())
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(kPrefix + id + '/' + exp + '/' + kid.toLatin1() + '/' + sig + '/' +
                               name);
}

LinkCheck LinkSigner::verify(const QByteArray &method, const QByteArray &target) const
{
    LinkCheck check;
    if (!target.startsWith(kPrefix))
        return check; // NotALink
    const QByteArrayList parts = target.mid(kPrefix.size()).split('/');
    if (parts.isEmpty() || parts.first().isEmpty())
        return check; // "/a/" alone is not a link either
    check.publicId = QString::fromUtf8(QByteArray::fromPercentEncoding(parts.first()));
    // From here on it claims to be a link: anything off is a refused signature (403).
    check.verdict = LinkVerdict::BadSignature;
    if (method != kMethod && method != QByteArrayLiteral("HEAD"))
        return check;
    if (parts.size() != 5 || target.contains('?') || target.contains('#'))
        return check;
    const QByteArray &exp = parts[1];
    const QByteArray &kid = parts[2];
    const QByteArray &sig = parts[3];
    const QByteArray &name = parts[4];
    if (exp.isEmpty() || kid.isEmpty() || sig.isEmpty() || name.isEmpty())
        return check;
    bool numeric = false;
    const qint64 expSeconds = exp.toLongLong(&numeric);
    if (!numeric || expSeconds <= 0 || QByteArray::number(expSeconds) != exp)
        return check;
    QByteArray key;
    {
        QReadLocker lock(&m_lock);
        key = m_keys.value(QString::fromLatin1(kid));
    }
    if (key.isEmpty())
        return check;
    const auto decoded = QByteArray::fromBase64Encoding(
        sig, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32 ||
        decoded.decoded.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) !=
            sig)
        return check;
    if (!SecureRandom::constantTimeEquals(mac(key, kPrefix + parts.first() + '/' + name, exp, kid),
                                          decoded.decoded))
        return check;
    check.expiresAtMs = expSeconds * 1000;
    check.verdict =
        m_clock.nowMs() >= check.expiresAtMs ? LinkVerdict::Expired : LinkVerdict::Valid;
    return check;
}

} // namespace carillon
