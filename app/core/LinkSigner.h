#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QReadWriteLock>
#include <QString>

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
};

// Signed attachment links: /a/<publicId>/<exp>/<key id>/<mac>/<file name>, where
// mac = HMAC-SHA256(key, "GET\n/a/<publicId>/<file name>\n<exp>\n<key id>"), base64url, and
// exp is in Unix seconds. Everything sits in the path, with the file name last, so tools that
// name downloads after the URL (wget -i) save each file under its own name. Keys are random
// 256-bit secrets kept in the SecretStore; their ids are in the store. Rotation starts a new
// key and keeps the old ones for verification until every link they signed has expired.
// sign() and verify() are safe to call from several threads (the link server's workers).
class LinkSigner
{
    Q_DECLARE_TR_FUNCTIONS(LinkSigner)
public:
    LinkSigner(Database &db, SecretStore &secrets, const Clock &clock)
        : m_db(db), m_secrets(secrets), m_clock(clock)
    {
    }

    // Loads the keys, creating the first one on a new data folder.
    Status load();
    QString activeKeyId() const;

    // The path of a link to the attachment, valid until expiresAtMs.
    QString signPath(const QString &publicId, const QString &fileName, qint64 expiresAtMs) const;
    // Remembers that links signed with the active key live until expiresAtMs, so the key is
    // kept at least that long after a rotation.
    Status noteIssued(qint64 expiresAtMs);

    // Checks a request target exactly as received. HEAD is checked as GET: it is the same
    // request without the body. A query string is refused: no link has one.
    LinkCheck verify(const QByteArray &method, const QByteArray &target) const;

    // Starts a new active key; returns its id. Old keys stay until their links expire.
    Result<QString> rotate();
    // Forgets retired keys whose links have all expired. Returns how many.
    Result<int> prune();

    // Removes every key (secrets and ids) and starts a fresh one: all links handed out stop
    // working. For "carillon --forget-secrets".
    Result<int> forgetAll();

    static QString secretName(const QString &keyId);

private:
    QByteArray mac(const QByteArray &key, const QByteArray &path, const QByteArray &exp,
                   const QByteArray &kid) const;
    Result<QString> createKey();

    Database &m_db;
    SecretStore &m_secrets;
    const Clock &m_clock;
    mutable QReadWriteLock m_lock;
    QHash<QString, QByteArray> m_keys;
    QString m_active;
};

} // namespace carillon
