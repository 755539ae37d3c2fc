#pragma once

#include "assistant/AssistantConfig.h"

#include <QThread>

namespace carillon {

class Assistant;
class Workspace;

// The assistant on a thread of its own, for the desktop client: answering a command, erasing a
// profile for Delete me (seconds on a large profile) and delivering exports (signing every
// link, writing the file) never hold up the window. It talks to the database on that thread's
// own connection and hears changes through the change feed, queued to its thread.
class AssistantThread
{
public:
    AssistantThread(Workspace &ws, AssistantConfig config, int exportIntervalMs = 1000);
    // Waits for the answer under way, then stops the thread; before the workspace closes.
    ~AssistantThread();
    AssistantThread(const AssistantThread &) = delete;
    AssistantThread &operator=(const AssistantThread &) = delete;

    QThread &thread() { return m_thread; }

private:
    Workspace &m_ws;
    QThread m_thread;
    QObject *m_context; // lives on the thread: what work is queued to
    Assistant *m_assistant = nullptr;
};

} // namespace carillon
