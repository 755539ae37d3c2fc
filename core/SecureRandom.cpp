#include "core/SecureRandom.h"

#include <QRandomGenerator>

namespace carillon::SecureRandom {

QByteArray bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        out[i] = char(gen->bounded(256));
    return out;
}

QString crockford(int count)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString out;
    out.reserve(count);
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        out.append(QLatin1Char(alphabet[gen->bounded(32)]));
    return out;
}

QString token(int byteCount)
{
    return QString::fromLatin1(
        bytes(byteCount).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Length is not secret (codes and MACs have fixed sizes); the contents are.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace carillon::SecureRandom
