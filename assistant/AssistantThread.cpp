#include "assistant/AssistantThread.h"

#include "assistant/Assistant.h"
#include "core/Workspace.h"

namespace carillon {

AssistantThread::AssistantThread(Workspace &ws, AssistantConfig config, int exportIntervalMs)
    : m_ws(ws), m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("assistant"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
    // Made on its thread, so its timers and its feed connection belong there; not waited for
    // (answering what came while nothing ran may take a while).
    QMetaObject::invokeMethod(m_context, [this, config, exportIntervalMs] {
        m_assistant = new Assistant(m_ws, config);
        m_assistant->exports().startWorking(exportIntervalMs);
    });
}

AssistantThread::~AssistantThread()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_assistant;
            m_assistant = nullptr;
            m_ws.db().releaseThreadConnection();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

} // namespace carillon
