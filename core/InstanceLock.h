#pragma once

#include <QString>

namespace carillon {

// Every open workspace holds a shared lock on <data>/instances.lock for as long as it lives;
// the kernel drops it when the process ends, crash included. Opening first tries for the
// exclusive lock: getting it proves no other instance is running, so start-up clean-up (the
// blob sweep) can remove every stray file at once instead of sparing recent ones.
class InstanceLock
{
public:
    explicit InstanceLock(const QString &dataDir);
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    // True when this instance was alone on the data folder when it opened.
    bool wasAlone() const { return m_alone; }

    // Takes the exclusive lock if no other instance holds the folder, and keeps it until
    // releaseExclusive() (call that only after a true result): while held, no other instance
    // can finish opening (it waits for the shared lock), so "I am alone" stays true for as
    // long as the caller relies on it.
    bool tryExclusive();
    void releaseExclusive();

private:
    int m_fd = -1;
    int m_gateFd = -1; // instances.gate: serialises changes of lock mode on instances.lock
    bool m_alone = false;
};

} // namespace carillon
