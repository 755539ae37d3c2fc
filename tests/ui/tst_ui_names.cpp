// Every focusable widget in every window and dialog has an objectName (for QTest and scripts)
// and an accessibleName (for screen readers and UI-automation tools over AT-SPI).

#include "UiFixture.h"
#include "ui/AdvanceTimeDialog.h"
#include "ui/CreateIdentityDialog.h"
#include "ui/InviteContactDialog.h"
#include "ui/ManifestViewer.h"
#include "ui/NewMessageDialog.h"
#include "ui/NewRoomDialog.h"
#include "ui/ScheduleMeetingDialog.h"
#include "ui/SettingsDialog.h"

#include <QAbstractSpinBox>
#include <QFile>
#include <QTabBar>

using namespace carillon;
using carillon::test::UiInstance;

class TestUiNames : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;

    static QStringList unnamed(QWidget *root)
    {
        QStringList missing;
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : widgets) {
            if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root))
                continue;
            // A spin box's inner line edit is reached through the spin box, which is named.
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue;
            if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")) ||
                w->accessibleName().isEmpty())
                missing.append(QStringLiteral("%1 '%2' (in %3)")
                                   .arg(QString::fromLatin1(w->metaObject()->className()),
                                        w->objectName(), root->objectName()));
        }
        return missing;
    }

private slots:
    void everyWindowAndDialog()
    {
        UiInstance app(m_dir.path(), m_clock, true);
        QStringList missing = unnamed(app.signIn());
        QVERIFY(app.signInAs(QStringLiteral("ada@example.com")));
        // Open the assistant chat with a confirmation card, and a chat with attachments.
        auto &ws = *app.ws;
        const qint64 ada = ws.accounts().profileByEmail(QStringLiteral("ada@example.com"))->id;
        QVERIFY(ws.contacts().invite(ada, ws.assistantProfile().email).ok());
        const qint64 botChat = ws.conversations().direct(ada, ws.assistantProfile().id)->id;
        QVERIFY(ws.messages().postText(ada, botChat, QStringLiteral("Get my attachments")).ok());
        app.main()->openConversation(botChat);
        QVERIFY(app.lastCard(MessageKind::ConfirmationRequest));
        missing += unnamed(app.main());
        app.main()->openConversation(
            ws.conversations()
                .direct(ada, ws.accounts().profileByEmail(QStringLiteral("grace@example.com"))->id)
                ->id);
        missing += unnamed(app.main());

        ChatBackend &backend = app.app->backend();
        QFile manifest(m_dir.filePath(QStringLiteral("links.txt")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("http://127.0.0.1:9/a/x/file.txt?exp=1&kid=k&sig=s\n");
        manifest.close();
        std::vector<std::unique_ptr<QWidget>> dialogs;
        dialogs.emplace_back(new ui::InviteContactDialog(backend));
        dialogs.emplace_back(new ui::NewMessageDialog(backend));
        dialogs.emplace_back(new ui::NewRoomDialog(backend));
        dialogs.emplace_back(new ui::ScheduleMeetingDialog(backend));
        dialogs.emplace_back(new ui::AdvanceTimeDialog);
        dialogs.emplace_back(new ui::CreateIdentityDialog(backend));
        dialogs.emplace_back(new ui::SettingsDialog(backend));
        dialogs.emplace_back(
            new ui::ManifestViewer(manifest.fileName(), QStringLiteral("links.txt")));
        for (auto &dialog : dialogs) {
            dialog->show();
            missing += unnamed(dialog.get());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestUiNames)
#include "tst_ui_names.moc"
