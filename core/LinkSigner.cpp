#include "core/LinkSigner.h"

#include "core/Clock.h"
#include "core/Database.h"
#include "core/SecretStore.h"
#include "core/SecureRandom.h"

#include <QUrl>

// The SHA256_* functions: see Hmac below.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <cstring>
#include <limits>
#include <memory>
#include <thread>

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
                                           "CAST(CAST(app_state.value AS INTEGER) + 1 AS TEXT)"),
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

namespace {
// HMAC-SHA256 (RFC 2104) with libcrypto's SHA-256 (SHA extensions where the CPU has them). The
// key's inner and outer pads are hashed once; each message then costs a copy of each prepared
// state (a plain struct: no allocation, no lock) and its own blocks, instead of re-keying (a
// manifest signs 100,000 links with one key). The SHA256_* calls are deprecated in OpenSSL 3 in
// favour of EVP, whose context copies allocate and lock: twice as slow here.
class Hmac
{
public:
    explicit Hmac(const QByteArray &key)
    {
        unsigned char block[64] = {};
        if (key.size() > 64) // RFC 2104: longer keys are hashed first (ours are 32 bytes)
            SHA256(reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()),
                   block);
        else
            std::memcpy(block, key.constData(), size_t(key.size()));
        prepare(m_inner, block, 0x36);
        prepare(m_outer, block, 0x5c);
    }

    // out: 32 bytes.
    void sign(const char *message, size_t length, unsigned char *out) const
    {
        unsigned char inner[32];
        SHA256_CTX work = m_inner;
        SHA256_Update(&work, message, length);
        SHA256_Final(inner, &work);
        work = m_outer;
        SHA256_Update(&work, inner, sizeof inner);
        SHA256_Final(out, &work);
    }

private:
    static void prepare(SHA256_CTX &context, const unsigned char *key, unsigned char pad)
    {
        unsigned char block[64];
        for (int i = 0; i < 64; ++i)
            block[i] = key[i] ^ pad;
        SHA256_Init(&context);
        SHA256_Update(&context, block, sizeof block);
    }

    SHA256_CTX m_inner;
    SHA256_CTX m_outer;
};

// One prepared key per thread (the link server's workers verify concurrently), kept while the
// key stays the same.
const Hmac &hmacFor(const QByteArray &key)
{
    thread_local QByteArray lastKey;
    thread_local std::unique_ptr<Hmac> hmac;
    if (!hmac || key != lastKey) {
        hmac = std::make_unique<Hmac>(key);
        lastKey = key;
    }
    return *hmac;
}

bool isAscii(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

constexpr char kHex[] = "0123456789ABCDEF";

bool isUnreserved(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

template <typename Char> char *percentEncodeUnits(char *p, const Char *units, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = uchar(units[i]);
        if (isUnreserved(c)) {
            *p++ = char(c);
        } else {
            *p++ = '%';
            *p++ = kHex[c >> 4];
            *p++ = kHex[c & 15];
        }
    }
    return p;
}

// At most this many bytes come out of percentEncode() for s: 3 UTF-8 bytes per UTF-16 unit,
// 3 characters per byte.
qsizetype percentEncodedBound(QStringView s)
{
    return 9 * s.size();
}

// Writes exactly QUrl::toPercentEncoding(s) (UTF-8, RFC 3986 unreserved characters kept,
// upper-case hex) at p and returns its end; without temporaries when the text is ASCII.
char *percentEncode(char *p, QStringView s)
{
    if (isAscii(s))
        return percentEncodeUnits(p, s.utf16(), s.size());
    const QByteArray utf8 = s.toUtf8();
    return percentEncodeUnits(p, utf8.constData(), utf8.size());
}

// Writes exactly sha256.toLatin1().toLower() at p (sha256.size() bytes) and returns its end.
char *lowerDigest(char *p, QStringView sha256)
{
    if (!isAscii(sha256)) {
        const QByteArray lower = sha256.toLatin1().toLower();
        std::memcpy(p, lower.constData(), size_t(lower.size()));
        return p + lower.size();
    }
    for (const QChar ch : sha256) {
        const char c = char(ch.unicode());
        *p++ = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return p;
}

char *append(char *p, const QByteArray &bytes)
{
    std::memcpy(p, bytes.constData(), size_t(bytes.size()));
    return p + bytes.size();
}

// base64url without padding, as QByteArray::toBase64(Base64UrlEncoding | OmitTrailingEquals):
// 43 characters for a 32-byte MAC.
char *base64Url(char *p, const unsigned char *in, int size)
{
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int i = 0;
    for (; i + 3 <= size; i += 3) {
        const quint32 v = (quint32(in[i]) << 16) | (quint32(in[i + 1]) << 8) | in[i + 2];
        *p++ = kAlphabet[(v >> 18) & 63];
        *p++ = kAlphabet[(v >> 12) & 63];
        *p++ = kAlphabet[(v >> 6) & 63];
        *p++ = kAlphabet[v & 63];
    }
    if (size - i == 1) {
        const quint32 v = quint32(in[i]) << 16;
        *p++ = kAlphabet[(v >> 18) & 63];
        *p++ = kAlphabet[(v >> 12) & 63];
    } else if (size - i == 2) {
        const quint32 v = (quint32(in[i]) << 16) | (quint32(in[i + 1]) << 8);
        *p++ = kAlphabet[(v >> 18) & 63];
        *p++ = kAlphabet[(v >> 12) & 63];
        *p++ = kAlphabet[(v >> 6) & 63];
    }
    return p;
}

// What one signing pass needs, read once under the lock.
struct SigningKey
{
    QByteArray key;
    QByteArray kid;
    QByteArray exp; // Unix seconds
};

// Appends the signed path of one link to out (see the class comment for the format), written
// in place: scratch is reused between calls, so a long run of links allocates nothing per link.
void appendSignedPath(QByteArray &out, QByteArray &scratch, const SigningKey &k, const Hmac &hmac,
                      QStringView publicId, QStringView fileName, QStringView sha256)
{
    // scratch = "GET\n/a/<id>/[<sha256>/]<name>\n<exp>\n<kid>": what the MAC covers.
    const qsizetype bound = kMethod.size() + 1 + kPrefix.size() + percentEncodedBound(publicId) +
                            2 + sha256.size() + percentEncodedBound(fileName) + 2 + k.exp.size() +
                            k.kid.size();
    if (scratch.size() < bound)
        scratch.resize(bound);
    char *const begin = scratch.data();
    char *p = append(begin, kMethod);
    *p++ = '\n';
    p = append(p, kPrefix);
    char *const idStart = p;
    p = percentEncode(p, publicId);
    char *const idEnd = p;
    *p++ = '/';
    // Without a digest: the older form, kept so verify() and signPath() stay exact inverses.
    if (!sha256.isEmpty()) {
        p = lowerDigest(p, sha256);
        *p++ = '/';
    }
    p = percentEncode(p, fileName);
    char *const tailEnd = p;
    *p++ = '\n';
    p = append(p, k.exp);
    *p++ = '\n';
    p = append(p, k.kid);
    unsigned char mac[32];
    hmac.sign(begin, size_t(p - begin), mac);

    const qsizetype start = out.size();
    out.resize(start + kPrefix.size() + (idEnd - idStart) + k.exp.size() + k.kid.size() + 46 +
               (tailEnd - idEnd));
    char *o = append(out.data() + start, kPrefix);
    std::memcpy(o, idStart, size_t(idEnd - idStart));
    o += idEnd - idStart;
    *o++ = '/';
    o = append(o, k.exp);
    *o++ = '/';
    o = append(o, k.kid);
    *o++ = '/';
    o = base64Url(o, mac, sizeof mac);
    std::memcpy(o, idEnd, size_t(tailEnd - idEnd));
}
} // namespace

QByteArray LinkSigner::mac(const QByteArray &key, const QByteArray &path, const QByteArray &exp,
                           const QByteArray &kid) const
{
    const QByteArray message = kMethod + '\n' + path + '\n' + exp + '\n' + kid;
    QByteArray out(32, Qt::Uninitialized);
    hmacFor(key).sign(message.constData(), size_t(message.size()),
                      reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QString LinkSigner::signPath(const QString &publicId, const QString &fileName,
                             const QString &sha256, qint64 expiresAtMs) const
{
    SigningKey k;
    {
        QReadLocker lock(&m_lock);
        k.kid = m_active.toLatin1();
        k.key = m_keys.value(m_active);
    }
    k.exp = QByteArray::number(expiresAtMs / 1000);
    QByteArray path;
    QByteArray scratch;
    appendSignedPath(path, scratch, k, hmacFor(k.key), publicId, fileName, sha256);
    return QString::fromLatin1(path);
}

QByteArray LinkSigner::signLines(const QByteArray &base, const QList<Attachment> &attachments,
                                 qint64 expiresAtMs) const
{
    SigningKey k;
    {
        QReadLocker lock(&m_lock);
        k.kid = m_active.toLatin1();
        k.key = m_keys.value(m_active);
    }
    k.exp = QByteArray::number(expiresAtMs / 1000);
    auto signRange = [&](qsizetype from, qsizetype to) {
        QByteArray lines;
        lines.reserve((to - from) * (base.size() + 200));
        QByteArray scratch;
        scratch.reserve(512);
        const Hmac &hmac = hmacFor(k.key);
        for (qsizetype i = from; i < to; ++i) {
            const Attachment &a = attachments[i];
            lines += base;
            appendSignedPath(lines, scratch, k, hmac, a.publicId, a.fileName, a.sha256);
            lines += '\n';
        }
        return lines;
    };
    // Long lists are signed in two halves at once: about half the time on two cores, while a
    // short one is not worth a thread.
    const qsizetype count = attachments.size();
    if (count < kParallelFrom || std::thread::hardware_concurrency() < 2)
        return signRange(0, count);
    QByteArray second;
    std::thread helper([&] { second = signRange(count / 2, count); });
    QByteArray lines = signRange(0, count / 2);
    helper.join();
    lines += second;
    return lines;
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
