#pragma once

#include <QByteArray>

namespace carillon {

// PBKDF2 with HMAC-SHA256 (RFC 8018, section 5.2): the key of `length` bytes derived from a
// password and a salt in `iterations` rounds. The same bytes as QPasswordDigestor's, without
// linking QtNetwork (and the Kerberos and proxy libraries it brings) into every program.
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int length);

// How many derivations this process has run: lets tests check that a path does run the KDF
// (the unknown-address sign-in, whose cost must match a known one's).
quint64 pbkdf2Runs();

} // namespace carillon
