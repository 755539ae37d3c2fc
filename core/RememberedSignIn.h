#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QRecursiveMutex>
#include <QString>

#include <memory>

class QLockFile;

namespace carillon {

class Workspace;

// "Remember me", one saved sign-in per device. A device is one running window: each holds its
// own session and its own token, so a second window neither revokes the first's session nor
// deletes its token. The tokens sit in the SecretStore under remember-me-token/<device id>;
// the ids of devices with a saved sign-in are listed in the data folder (app_state
// "remember.devices"), and a running window holds <data>/devices/<id>.lock for as long as it
// runs (the lock goes with the process, crash included). A window starting up takes over the
// saved sign-in of a device no running window holds, or becomes a new device. Any thread may
// call it (the window saves and forgets on a worker, as keychain calls can take seconds).
class RememberedSignIn
{
    Q_DECLARE_TR_FUNCTIONS(RememberedSignIn)
public:
    explicit RememberedSignIn(Workspace &ws);
    ~RememberedSignIn();
    RememberedSignIn(const RememberedSignIn &) = delete;
    RememberedSignIn &operator=(const RememberedSignIn &) = delete;

    // This instance's device id, claimed on first use: a saved sign-in no running instance
    // holds, else a new id.
    QString deviceId();
    // The saved token of this device; empty when there is none.
    Result<QByteArray> token();
    Status save(const QByteArray &token);
    // Forgets this device's saved sign-in (signed out here or elsewhere).
    Status forget();

    // Every device's saved sign-in, running or not ("carillon forget-secrets"). Returns how
    // many were removed.
    static Result<int> forgetAll(Workspace &ws);

private:
    QStringList devices() const;
    Status setDevices(const QStringList &ids);
    void claim();

    Workspace &m_ws;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    // Recursive: claiming the old single token saves it as this device's.
    QRecursiveMutex m_mutex;
};

} // namespace carillon
