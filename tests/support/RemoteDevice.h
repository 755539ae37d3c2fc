#pragma once

// Tests of the client's network backend against a real carillon-server: a device (a
// RemoteBackend with its own secret store and cache) and a wait for one asynchronous answer.

#include "ServerProcess.h"
#include "core/SecretStore.h"
#include "net/RemoteBackend.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace carillon::test {

// Makes one asynchronous call and waits for its answer (an Io error when none came in time).
template <typename T, typename Call> Result<T> await(Call call, int timeoutMs = 30'000)
{
    QObject receiver;
    std::optional<Result<T>> answer;
    call(&receiver, Reply<T>([&answer](const Result<T> &r) { answer = r; }));
    if (!waitUntil([&answer] { return answer.has_value(); }, timeoutMs))
        return Error{ErrorCode::Io, QStringLiteral("no answer in time")};
    return *answer;
}

template <typename Call> Status awaitStatus(Call call, int timeoutMs = 30'000)
{
    QObject receiver;
    std::optional<Status> answer;
    call(&receiver, Done([&answer](const Status &s) { answer = s; }));
    if (!waitUntil([&answer] { return answer.has_value(); }, timeoutMs))
        return Error{ErrorCode::Io, QStringLiteral("no answer in time")};
    return *answer;
}

// A device: a RemoteBackend with its own secret store (a file standing in for the keychain)
// and its own cache of opened attachments.
struct Device
{
    explicit Device(const QUrl &url)
        : secrets(dir.filePath(QStringLiteral("secrets"))),
          backend(std::make_unique<RemoteBackend>(url, &secrets))
    {
        backend->setCacheFolder(dir.filePath(QStringLiteral("cache")));
    }
    QTemporaryDir dir;
    FileSecretStore secrets;
    std::unique_ptr<RemoteBackend> backend;

    RemoteBackend *operator->() { return backend.get(); }
    QString savedToken()
    {
        const auto token = secrets.read(RemoteBackend::tokenSecretName(backend->server()));
        return token ? QString::fromUtf8(*token) : QString();
    }
};

} // namespace carillon::test
