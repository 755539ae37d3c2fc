// Every focusable widget in every window and dialog has an objectName (for QTest and scripts)
// and an accessibleName (for screen readers and UI-automation tools over AT-SPI).

#include "UiFixture.h"
#include "ui/AdvanceTimeDialog.h"
#include "ui/CreateIdentityDialog.h"
#include "ui/InviteContactDialog.h"
#include "ui/ManifestViewer.h"
#include "ui/NewMessageDialog.h"
#include "ui/NewRoomDialog.h"
#include "ui/QuickSwitcher.h"
#include "ui/ScheduleMeetingDialog.h"
#include "ui/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
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

    // Every dialog of the client, shown (the links viewer on a file of one link).
    std::vector<std::unique_ptr<QWidget>> everyDialog(ChatBackend &backend)
    {
        QFile manifest(m_dir.filePath(QStringLiteral("links.txt")));
        if (!manifest.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(manifest.fileName()));
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
        dialogs.emplace_back(new ui::QuickSwitcher(backend));
        dialogs.emplace_back(
            new ui::ManifestViewer(manifest.fileName(), QStringLiteral("links.txt")));
        for (auto &dialog : dialogs)
            dialog->show();
        return dialogs;
    }

    // The letter after a single '&' (Alt+letter), lower-cased; none for "&&" or no '&'.
    static QChar mnemonic(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

    // Alt+letter must do one thing per window: its menu bar titles, buttons, tabs, group boxes
    // and labels with a buddy share the window's letters; each menu has its own.
    static QStringList duplicateMnemonics(QWidget *window)
    {
        QList<QPair<QString, QString>> scopes; // (scope, text) pairs
        auto add = [&scopes](const QString &scope, const QString &text) {
            scopes.append({scope, text});
        };
        const QString name = window->objectName();
        QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->window() != window || !w->isVisibleTo(window))
                continue;
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                add(name, b->text());
            else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
                add(name, l->text());
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                add(name, g->title());
            else if (auto *t = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < t->count(); ++i)
                    add(name, t->tabText(i));
            }
        }
        if (auto *main = qobject_cast<QMainWindow *>(window)) {
            for (QAction *title : main->menuBar()->actions()) {
                add(name, title->text());
                if (QMenu *menu = title->menu()) {
                    for (QAction *item : menu->actions())
                        add(name + QLatin1Char('/') + menu->title(), item->text());
                }
            }
        }
        QStringList duplicates;
        QHash<QString, QString> seen; // scope + letter -> text
        for (const auto &[scope, text] : scopes) {
            const QChar letter = mnemonic(text);
            if (letter.isNull())
                continue;
            const QString key = scope + QLatin1Char(':') + letter;
            if (seen.contains(key))
                duplicates.append(QStringLiteral("Alt+%1 in %2: \"%3\" and \"%4\"")
                                      .arg(letter, scope, seen.value(key), text));
            else
                seen.insert(key, text);
        }
        return duplicates;
    }

private slots:
    void mnemonicsAreUniquePerWindowAndMenu()
    {
        UiInstance app(m_dir.filePath(QStringLiteral("mnemonics")), m_clock, true);
        QStringList duplicates = duplicateMnemonics(app.signIn());
        QVERIFY(app.signInAs(QStringLiteral("ada@example.com")));
        duplicates += duplicateMnemonics(app.main());
        for (auto &dialog : everyDialog(app.app->backend()))
            duplicates += duplicateMnemonics(dialog.get());
        // The check itself finds a clash.
        QMainWindow clash;
        clash.setObjectName(QStringLiteral("clash"));
        clash.menuBar()->addMenu(QStringLiteral("&Contacts"));
        auto *tabs = new QTabBar(&clash);
        tabs->addTab(QStringLiteral("&Chats"));
        clash.setCentralWidget(tabs);
        QCOMPARE(duplicateMnemonics(&clash).size(), 1);
        QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(QLatin1Char('\n'))));
    }

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

        for (auto &dialog : everyDialog(app.app->backend()))
            missing += unnamed(dialog.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestUiNames)
#include "tst_ui_names.moc"
