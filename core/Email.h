#pragma once

#include "core/Result.h"

namespace carillon {

// Trims and lower-cases an address and checks its shape (local@domain.tld). The error message
// names the address and says what a valid one looks like.
Result<QString> normalizeEmail(const QString &text);
// The part after '@' of an already normalised address.
QString emailDomain(const QString &email);
// Same rule for a bare domain ("example.com"), used when claiming domains.
Result<QString> normalizeDomain(const QString &text);

} // namespace carillon
