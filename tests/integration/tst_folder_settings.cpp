// The data folder's settings mean the same to every reader: the link server and the assistant's
// manifests agree on the port whatever is stored, and a value that does not parse is reported.

#include "assistant/AssistantConfig.h"
#include "core/FolderSettings.h"
#include "links/LinkServer.h"
#include "support/TestWorkspace.h"

#include <QUrl>

using namespace carillon;

class FolderSettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void serverAndManifestsAgreeOnThePort_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("problem");
        QTest::newRow("unset") << QString() << int(folder_settings::kDefaultLinkPort) << false;
        QTest::newRow("valid") << QStringLiteral("48123") << 48123 << false;
        QTest::newRow("spaces") << QStringLiteral(" 48124 ") << 48124 << false;
        QTest::newRow("over 65535")
            << QStringLiteral("70000") << int(folder_settings::kDefaultLinkPort) << true;
        QTest::newRow("privileged")
            << QStringLiteral("80") << int(folder_settings::kDefaultLinkPort) << true;
        QTest::newRow("negative") << QStringLiteral("-1") << int(folder_settings::kDefaultLinkPort)
                                  << true;
        QTest::newRow("words") << QStringLiteral("eight thousand")
                               << int(folder_settings::kDefaultLinkPort) << true;
    }
    void serverAndManifestsAgreeOnThePort()
    {
        QFETCH(QString, stored);
        QFETCH(int, port);
        QFETCH(bool, problem);
        test::TestWorkspace ws;
        if (!stored.isNull())
            QVERIFY(ws->setState(folder_settings::kLinkPortKey, stored));

        const LinkServerOptions server = LinkServerOptions::forWorkspace(*ws.ws);
        const AssistantConfig assistant = AssistantConfig::forWorkspace(*ws.ws);
        QCOMPARE(int(server.port), port);
        QCOMPARE(QUrl(assistant.linkBaseUrl).port(), port);
        QCOMPARE(!server.settingProblems.isEmpty(), problem);
        if (problem) {
            QVERIFY2(server.settingProblems.first().contains(stored),
                     qPrintable(server.settingProblems.first()));
            QVERIFY(server.settingProblems.first().contains(folder_settings::kLinkPortKey));
        }
    }

    void badDelaysKeepTheDefault()
    {
        test::TestWorkspace ws;
        QVERIFY(ws->setState(folder_settings::kExportDelayKey, QStringLiteral("-5")));
        QCOMPARE(AssistantConfig::forWorkspace(*ws.ws).exportDelayMs,
                 AssistantConfig{}.exportDelayMs);
        QVERIFY(ws->setState(folder_settings::kExportDelayKey, QStringLiteral("60000")));
        QCOMPARE(AssistantConfig::forWorkspace(*ws.ws).exportDelayMs, 60'000);

        QVERIFY(ws->setState(folder_settings::kLinkIdleTimeoutKey, QStringLiteral("0")));
        const LinkServerOptions server = LinkServerOptions::forWorkspace(*ws.ws);
        QCOMPARE(server.idleTimeoutMs, LinkServerOptions{}.idleTimeoutMs);
        QCOMPARE(server.settingProblems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(FolderSettingsTest)
#include "tst_folder_settings.moc"
