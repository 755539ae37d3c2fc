#include "FaultPoint.h"

#include <QByteArray>

#include <cstdlib>
#include <cstring>

namespace carillon {

void faultPoint(const char *name)
{
    static const QByteArray armed = qgetenv("CARILLON_FAULT");
    if (!armed.isEmpty() && std::strcmp(armed.constData(), name) == 0)
        std::_Exit(86);
}

} // namespace carillon
