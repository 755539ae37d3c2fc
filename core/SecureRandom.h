#pragma once

#include <QByteArray>
#include <QString>

namespace carillon {

// The one source of secrets: confirmation codes, session tokens, signing keys, salts.
// Backed by the operating system's generator (getrandom) through QRandomGenerator::system().
namespace SecureRandom {
QByteArray bytes(int count);
// count characters from Crockford's base32 alphabet (no I, L, O, U): easy to read and type.
QString crockford(int count);
// URL-safe, unpadded base64 of count random bytes.
QString token(int byteCount);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
} // namespace SecureRandom

} // namespace carillon
