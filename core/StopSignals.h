#pragma once

#include <QSocketNotifier>

#include <csignal>
#include <memory>

namespace carillon {

// Turns SIGINT and SIGTERM into an orderly end of the event loop (QCoreApplication::quit():
// stop listening, close the connections, exit 0) instead of the default instant death, while
// it exists. One at a time per process.
class StopSignals
{
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    bool m_installed = false;
};

} // namespace carillon
