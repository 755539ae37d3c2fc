#pragma once

// A signed-in desktop client on a throw-away demo data folder with a manual clock, and the
// assistant attached, for widget tests on the offscreen platform.

#include "assistant/Assistant.h"
#include "core/DemoData.h"
#include "core/EmbeddedBackend.h"
#include "core/Workspace.h"
#include "support/DelayedBackend.h"
#include "support/DesktopIsolation.h"
#include "translations/Translations.h"
#include "ui/AppController.h"
#include "ui/ChatView.h"
#include "ui/Composer.h"
#include "ui/MainWindow.h"
#include "ui/MessageCard.h"
#include "ui/MessageModel.h"
#include "ui/SignInWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace carillon::test {

// Signs in through the sign-in window, as a person would: the address, the demo password and
// a click; true when the main window is up.
inline bool signInThroughWindow(ui::AppController &app, const QString &email)
{
    auto *window = app.signInWindow();
    if (!window)
        return false;
    window->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(email);
    window->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(DemoData::password());
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    // The password is checked on another thread: wait for the answer.
    for (int waited = 0; window->isBusy() && waited < 20'000; waited += 10)
        QTest::qWait(10);
    return app.mainWindow() != nullptr && app.mainWindow()->isVisible();
}

// Many messages in one transaction: fast, and a window hears of them as one burst.
inline Status seedMessages(Workspace &ws, qint64 conversationId, qint64 senderId, int count)
{
    return ws.db().transaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            if (auto m = ws.messages().postText(senderId, conversationId,
                                                QStringLiteral("Older message %1").arg(i));
                !m)
                return m.error();
        }
        return {};
    });
}

struct UiInstance
{
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<Assistant> assistant;
    std::unique_ptr<EmbeddedBackend> backend;
    // With replyDelayMs >= 0, the window's backend: the embedded one, answering that much later.
    std::unique_ptr<DelayedBackend> delayed;
    std::unique_ptr<ui::AppController> app;

    UiInstance(const QString &dir, ManualClock &clock, bool seedDemoData = false,
               int replyDelayMs = -1)
    {
        WorkspaceOptions options;
        options.dataDir = dir;
        options.clock = &clock;
        options.sweepGraceMs = 0;
        options.demo = seedDemoData; // only a demo folder may be reset again
        ws = std::move(Workspace::open(options)).value();
        if (seedDemoData && !DemoData::reset(*ws))
            qFatal("cannot seed the demo data");
        ws->feed().startWatching(100);
        assistant = std::make_unique<Assistant>(*ws, AssistantConfig{});
        backend = std::make_unique<EmbeddedBackend>(*ws);
        if (replyDelayMs >= 0)
            delayed = std::make_unique<DelayedBackend>(*backend, replyDelayMs);
        app = std::make_unique<ui::AppController>(delayed ? static_cast<ChatBackend &>(*delayed)
                                                          : *backend);
        app->start();
    }
    ~UiInstance()
    {
        app.reset();
        delayed.reset();
        backend.reset();
        assistant.reset();
        ws.reset();
    }

    // A demo data folder of its own for the running test function, under dir.
    static std::unique_ptr<UiInstance> forCurrentTest(const QTemporaryDir &dir, ManualClock &clock)
    {
        return std::make_unique<UiInstance>(dir.path() + QLatin1Char('/') +
                                                QString::fromLatin1(QTest::currentTestFunction()),
                                            clock, true);
    }

    ui::MainWindow *main() const { return app->mainWindow(); }
    ui::SignInWindow *signIn() const { return app->signInWindow(); }
    ui::ChatView *chat() const { return main()->chatView(); }

    // Signs in through the sign-in window, as a person would.
    bool signInAs(const QString &email) { return signInThroughWindow(*app, email); }

    // The 1:1 conversation of two people, by address.
    qint64 directChat(const QString &a, const QString &b) const
    {
        return ws->conversations()
            .direct(ws->accounts().profileByEmail(a)->id, ws->accounts().profileByEmail(b)->id)
            ->id;
    }

    // Types into the composer and presses Enter.
    void type(const QString &text)
    {
        ui::Composer *composer = chat()->composer();
        composer->setFocus();
        composer->setPlainText(text);
        QTest::keyClick(composer, Qt::Key_Return);
    }

    QList<ui::MessageCard *> cards() const { return chat()->findChildren<ui::MessageCard *>(); }
    ui::MessageCard *lastCard(MessageKind kind) const
    {
        ui::MessageCard *found = nullptr;
        const ui::MessageModel *model = chat()->model();
        for (ui::MessageCard *card : cards()) {
            const int row = model->rowOf(card->messageId());
            if (row >= 0 && model->messageAt(row).kind == kind &&
                (!found || card->messageId() > found->messageId()))
                found = card;
        }
        return found;
    }
};

} // namespace carillon::test
