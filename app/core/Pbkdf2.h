#pragma once

#include <QByteArray>

namespace carillon {

// PBKDF2 with HMAC-SHA256 (RFC 8018, section 5.2): the key of `length` bytes derived from a
// password and a salt in `iterations` rounds. The same bytes as QPasswordDigestor's, without
// linking QtNetwork (and the Kerberos and proxy libraries it brings) into every program.
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int length);

} // namespace carillon
