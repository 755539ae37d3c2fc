#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QReadWriteLock>
#include <QString>

#include <optional>

namespace carillon {

class Clock;
class Database;
class SecretStore;

enum class LinkVerdict
{
    Valid,
    NotALink,     // the path is not an attachment link at all (404)
    BadSignature, // missing, duplicated or wrong exp/kid/sig, unknown key (403)
    Expired,      // genuine but past its expiry (410)
};

struct LinkCheck
{
    LinkVerdict verdict = LinkVerdict::NotALink;
    QString publicId;
    qint64 expiresAtMs = 0;
    // The file's SHA-256 (lower-case hex) the link was signed for; empty for links made before
    // links carried it.
    QString sha256;
};

// Signed attachment links: /a/<publicId>/<exp>/<key id>/<mac>/<sha256>/<file name>, where
// mac = HMAC-SHA256(key, "GET\n/a/<publicId>/<sha256>/<file name>\n<exp>\n<key id>"),
// base64url, sha256 is the file's digest in lower-case hex and exp is in Unix seconds.
// Everything sits in the path, with the file name last, so tools that name downloads after the
// URL (wget -i) save each file under its own name. The digest travels with the link, not with
// the server's answer: whoever holds the port cannot pass other bytes off as the file. Links
// made before the digest was added (no <sha256> part) still verify until they expire. Keys are
// random 256-bit secrets kept in the SecretStore; their ids are in the store. Rotation starts a new
// key and keeps the old ones for verification until every link they signed has expired.
// sign() and verify() are safe to call from several threads (the link server's workers).
class LinkSigner
{
    Q_DECLARE_TR_FUNCTIONS(LinkSigner)
public:
    // A new signing key every week; the old one stays until the last link it signed expires.
    static constexpr qint64 kRotateEveryMs = 7 * 86'400'000LL;

    LinkSigner(Database &db, SecretStore &secrets, const Clock &clock)
        : m_db(db), m_secrets(secrets), m_clock(clock)
    {
    }

    // Loads the keys, creating the first one when the store is readable and holds none (a new
    // data folder). A key store that cannot be read, or that lacks the active key (a keychain
    // not running, a damaged secrets.json), is never papered over with a new key: that would
    // break every link handed out. It is reported by ready() instead, so that commands that do
    // not need the keys, and forget-secrets, still run. Fails only when the database does.
    Status load();
    // Whether links can be signed and checked; the error says what is wrong and what to do.
    Status ready() const;
    QString activeKeyId() const;

    // The path of a link to the attachment with these bytes (SHA-256, hex), valid until
    // expiresAtMs. An empty sha256 writes the older form without it (tests of old links).
    QString signPath(const QString &publicId, const QString &fileName, const QString &sha256,
                     qint64 expiresAtMs) const;
    // "<base><signed path>\n" for each attachment, in order: the same links as signPath() with
    // each attachment's public id, file name and digest. Long lists are signed on two threads.
    QByteArray signLines(const QByteArray &base, const QList<Attachment> &attachments,
                         qint64 expiresAtMs) const;
    static constexpr qsizetype kParallelFrom = 4096;
    // Remembers that links signed with the active key live until expiresAtMs, so the key is
    // kept at least that long after a rotation.
    Status noteIssued(qint64 expiresAtMs);

    // Checks a request target exactly as received. HEAD is checked as GET: it is the same
    // request without the body. A query string is refused: no link has one.
    LinkCheck verify(const QByteArray &method, const QByteArray &target) const;

    // Follows key changes made by other instances on the data folder (forget-secrets, a
    // rotation) and runs the schedule: a new key when the active one is kRotateEveryMs old,
    // retired keys removed once their links have expired. One small read when nothing is due;
    // the link server calls it every few hundred milliseconds, the assistant before signing.
    Status maintain();

    // Starts a new active key; returns its id. Old keys stay until their links expire.
    Result<QString> rotate();
    // Forgets retired keys whose links have all expired. Returns how many.
    Result<int> prune();

    // Removes every key (secrets and ids) and starts a fresh one: all links handed out stop
    // working, in every running instance within a second. For "carillon forget-secrets"; also
    // the way out of a damaged or lost key store.
    Result<int> forgetAll();

    static QString secretName(const QString &keyId);

private:
    QByteArray mac(const QByteArray &key, const QByteArray &path, const QByteArray &exp,
                   const QByteArray &kid) const;
    // A new active key. With expectedActive set, only if that key is still the active one
    // (another instance may have rotated first): an empty id then means nothing was done.
    Result<QString> createKey(const QString &expectedActive = {});
    Result<qint64> generation() const;
    Status bumpGeneration();

    Database &m_db;
    SecretStore &m_secrets;
    const Clock &m_clock;
    mutable QReadWriteLock m_lock;
    QHash<QString, QByteArray> m_keys;
    QString m_active;
    // Below: touched by the owning thread only (load, maintain, rotate, prune).
    std::optional<Error> m_problem;
    qint64 m_generation = -1;
    qint64 m_activeCreatedAt = 0;
    qint64 m_nextPruneAt = 0;
};

} // namespace carillon
