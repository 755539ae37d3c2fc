#include "Pbkdf2.h"

#include <QMessageAuthenticationCode>

namespace carillon {

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int length)
{
    if (iterations < 1 || length < 1)
        return {};
    // One HMAC keyed with the password serves every round.
    QMessageAuthenticationCode hmac(QCryptographicHash::Sha256, password);
    QByteArray key;
    key.reserve(length + 32);
    for (quint32 block = 1; key.size() < length; ++block) {
        // U1 = HMAC(password, salt || INT(block)), Ui = HMAC(password, Ui-1); T = U1 ^ ... ^ Uc.
        const char index[4] = {char(block >> 24), char(block >> 16), char(block >> 8), char(block)};
        hmac.reset();
        hmac.addData(salt);
        hmac.addData(index, sizeof index);
        QByteArray u = hmac.result();
        QByteArray t = u;
        for (int round = 1; round < iterations; ++round) {
            hmac.reset();
            hmac.addData(u);
            u = hmac.result();
            for (qsizetype i = 0; i < t.size(); ++i)
                t[i] = char(t[i] ^ u[i]);
        }
        key += t;
    }
    key.truncate(length);
    return key;
}

} // namespace carillon
