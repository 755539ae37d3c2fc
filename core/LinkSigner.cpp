#include "core/LinkSigner.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/SecretStore.h"
#include "core/SecureRandom.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

#include <limits>

namespace carillon {

namespace {
const QByteArray kPrefix = QByteArrayLiteral("/a/");
const QByteArray kMethod = QByteArrayLiteral("GET");

// 64 lower-case hex digits: the only spelling signPath() writes.
bool isDigest(const QByteArray &part)
{
    if (part.size() != 64)
        return false;
    for (const char c : part) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}
} // namespace

QString LinkSigner::secretName(const QString &keyId)
{
    return QStringLiteral("link-signing-key/") + keyId;
}

namespace {
const QString kGenerationKey = QStringLiteral("links.key_generation");
}

Result<qint64> LinkSigner::generation() const
{
    auto v =
        m_db.scalar(QStringLiteral("SELECT value FROM app_state WHERE key = ?"), {kGenerationKey});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status LinkSigner::bumpGeneration()
{
    // Every change to the keys moves this on, in the same transaction: the other instances
    // see it at their next maintain() and reload.
    return Status(m_db.exec(QStringLiteral("INSERT INTO app_state (key, value) VALUES (?, '1') "
                                           "ON CONFLICT (key) DO UPDATE SET value = "
                                           "CAST(value AS INTEGER) + 1"),
                            {kGenerationKey}));
}

Status LinkSigner::load()
{
    auto gen = generation();
    if (!gen)
        return gen.error();
    auto q = m_db.exec(QStringLiteral("SELECT kid, retired_at, created_at, last_expiry FROM "
                                      "signing_keys ORDER BY created_at"));
    if (!q)
        return q.error();
    QString active;
    qint64 activeCreatedAt = 0;
    qint64 nextPruneAt = std::numeric_limits<qint64>::max();
    QStringList ids;
    while (q->next()) {
        ids.append(q->value(0).toString());
        if (q->value(1).isNull()) {
            active = q->value(0).toString();
            activeCreatedAt = q->value(2).toLongLong();
        } else {
            nextPruneAt = qMin(nextPruneAt, q->value(3).toLongLong());
        }
    }
    q->finish();
    if (ids.isEmpty()) {
        // A new data folder (or keys removed by an older version's forget-secrets): the first
        // key. Writing it proves the store works; if it does not, say so.
        auto created = createKey();
        if (!created) {
            m_problem =
                Error{ErrorCode::Io, tr("Cannot store a link-signing key in %1: %2")
                                         .arg(m_secrets.description(), created.error().message)};
            return {};
        }
        return load();
    }
    QHash<QString, QByteArray> keys;
    for (const QString &kid : std::as_const(ids)) {
        auto secret = m_secrets.read(secretName(kid));
        if (!secret) {
            m_problem =
                Error{ErrorCode::Io,
                      tr("The link-signing keys cannot be read from %1 (%2), so links cannot be "
                         "served or checked. Fix that and start again, or run \"carillon "
                         "forget-secrets\" to start over with a new key (links handed out stop "
                         "working).")
                          .arg(m_secrets.description(), secret.error().message)};
            return {};
        }
        if (secret->size() == 32)
            keys.insert(kid, *secret);
    }
    if (!keys.contains(active)) {
        m_problem = Error{
            ErrorCode::Io,
            tr("The link-signing key is missing from %1, so links cannot be served or checked. "
               "If your keys are in a keychain that is not running (GNOME Keyring, for "
               "example), start it and try again; if they were kept in secrets.json, restore "
               "it. Otherwise run \"carillon forget-secrets\" to start over with a new key "
               "(links handed out stop working).")
                .arg(m_secrets.description())};
        return {};
    }
    {
        QWriteLocker lock(&m_lock);
        m_keys = keys;
        m_active = active;
    }
    m_problem.reset();
    m_generation = *gen;
    m_activeCreatedAt = activeCreatedAt;
    m_nextPruneAt = nextPruneAt;
    return {};
}

Status LinkSigner::ready() const
{
    if (m_problem)
        return *m_problem;
    return {};
}

QString LinkSigner::activeKeyId() const
{
    QReadLocker lock(&m_lock);
    return m_active;
}

Status LinkSigner::maintain()
{
    auto gen = generation();
    if (!gen)
        return gen.error();
    if (*gen != m_generation || m_problem) {
        if (Status s = load(); !s)
            return s;
        if (m_problem)
            return *m_problem;
    }
    const qint64 now = m_clock.nowMs();
    if (now >= m_activeCreatedAt + kRotateEveryMs) {
        if (auto rotated = createKey(activeKeyId()); !rotated)
            return rotated.error();
        if (Status s = load(); !s)
            return s;
    }
    if (now > m_nextPruneAt) {
        if (auto pruned = prune(); !pruned)
            return pruned.error();
    }
    return ready();
}

Result<QString> LinkSigner::createKey(const QString &expectedActive)
{
    const QString kid = SecureRandom::crockford(10).toLower();
    const QByteArray secret = SecureRandom::bytes(32);
    if (Status s = m_secrets.write(secretName(kid), secret); !s)
        return s.error();
    bool superseded = false;
    qint64 now = 0;
    Status s = m_db.transaction([&]() -> Status {
        now = m_clock.nowMs();
        if (!expectedActive.isEmpty()) {
            auto current = m_db.scalar(
                QStringLiteral("SELECT kid FROM signing_keys WHERE retired_at IS NULL"));
            if (!current)
                return current.error();
            if (current->toString() != expectedActive) {
                superseded = true; // another instance rotated first
                return {};
            }
        }
        if (auto r = m_db.exec(QStringLiteral("UPDATE signing_keys SET retired_at = ? WHERE "
                                              "retired_at IS NULL"),
                               {now});
            !r)
            return r.error();
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO signing_keys (kid, created_at, "
                                              "last_expiry) VALUES (?, ?, 0)"),
                               {kid, now});
            !r)
            return r.error();
        return bumpGeneration();
    });
    if (!s || superseded) {
        // Unused; a secret left behind names no key and does no harm.
        if (Status removed = m_secrets.remove(secretName(kid)); !removed)
            qWarning("%s", qPrintable(removed.error().message));
        if (!s)
            return s.error();
        return QString();
    }
    QWriteLocker lock(&m_lock);
    m_keys.insert(kid, secret);
    m_active = kid;
    m_activeCreatedAt = now;
    return kid;
}

Result<QString> LinkSigner::rotate()
{
    return createKey();
}

Result<int> LinkSigner::prune()
{
    const qint64 now = m_clock.nowMs();
    QStringList gone;
    Status s = m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT kid FROM signing_keys WHERE retired_at IS NOT "
                                          "NULL AND last_expiry < ?"),
                           {now});
        if (!q)
            return q.error();
        while (q->next())
            gone.append(q->value(0).toString());
        q->finish();
        if (gone.isEmpty())
            return {};
        if (auto d = m_db.exec(QStringLiteral("DELETE FROM signing_keys WHERE retired_at IS NOT "
                                              "NULL AND last_expiry < ?"),
                               {now});
            !d)
            return d.error();
        return bumpGeneration();
    });
    if (!s)
        return s.error();
    for (const QString &kid : std::as_const(gone)) {
        // Its row is gone, so it verifies nothing any more; a secret left behind is harmless.
        if (Status removed = m_secrets.remove(secretName(kid)); !removed)
            qWarning("%s", qPrintable(removed.error().message));
        QWriteLocker lock(&m_lock);
        m_keys.remove(kid);
    }
    auto next = m_db.scalar(QStringLiteral("SELECT MIN(last_expiry) FROM signing_keys WHERE "
                                           "retired_at IS NOT NULL"));
    if (next)
        m_nextPruneAt = next->isNull() ? std::numeric_limits<qint64>::max() : next->toLongLong();
    return int(gone.size());
}

Result<int> LinkSigner::forgetAll()
{
    // A damaged store is the one case where starting over is what the person asked for.
    if (Status s = m_secrets.discardDamaged(); !s)
        return s.error();
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
    if (Status s = load(); !s)
        return s.error();
    if (m_problem)
        return *m_problem;
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
                             const QString &sha256, qint64 expiresAtMs) const
{
    QByteArray key;
    QString kid;
    {
        QReadLocker lock(&m_lock);
        kid = m_active;
        key = m_keys.value(kid);
    }
    const QByteArray id = QUrl::toPercentEncoding(publicId);
    const QByteArray digest = sha256.toLatin1().toLower();
    const QByteArray name = QUrl::toPercentEncoding(fileName);
    const QByteArray exp = QByteArray::number(expiresAtMs / 1000);
    // Without a digest: the older form, kept so verify() and signPath() stay exact inverses.
    const QByteArray tail = digest.isEmpty() ? name : digest + '/' + name;
    const QByteArray sig =
        mac(key, kPrefix + id + '/' + tail, exp, kid.toLatin1())
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(kPrefix + id + '/' + exp + '/' + kid.toLatin1() + '/' + sig + '/' +
                               tail);
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
    // Six parts with the file's digest; five for links made before links carried it.
    if ((parts.size() != 6 && parts.size() != 5) || target.contains('?') || target.contains('#'))
        return check;
    const QByteArray &exp = parts[1];
    const QByteArray &kid = parts[2];
    const QByteArray &sig = parts[3];
    const QByteArray digest = parts.size() == 6 ? parts[4] : QByteArray();
    const QByteArray &name = parts.last();
    if (exp.isEmpty() || kid.isEmpty() || sig.isEmpty() || name.isEmpty())
        return check;
    if (parts.size() == 6 && !isDigest(digest))
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
    const QByteArray signedPath =
        kPrefix + parts.first() + '/' + (digest.isEmpty() ? name : digest + '/' + name);
    if (!SecureRandom::constantTimeEquals(mac(key, signedPath, exp, kid), decoded.decoded))
        return check;
    check.expiresAtMs = expSeconds * 1000;
    check.sha256 = QString::fromLatin1(digest);
    check.verdict =
        m_clock.nowMs() >= check.expiresAtMs ? LinkVerdict::Expired : LinkVerdict::Valid;
    return check;
}

} // namespace carillon
