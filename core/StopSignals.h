#pragma once

#include <QSocketNotifier>

#include <csignal>
#include <functional>
#include <memory>

namespace carillon {

// Turns SIGINT and SIGTERM into an orderly end of the event loop (QCoreApplication::quit():
// stop listening, close the connections, exit 0) instead of the default instant death, while
// it exists. One at a time per process. onStop, when given, runs instead of quit() (for a
// program that is not in its main event loop but in waits of its own: a benchmark that must stop
// the servers it started).
class StopSignals
{
public:
    explicit StopSignals(std::function<void()> onStop = {});
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
