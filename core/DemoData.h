#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace carillon {

class Workspace;

struct DemoPerson
{
    QString email;
    QString name;
    QString role; // what the person shows in the demo, for the sign-in picker and the README
};

// The demo profile's fixed data set (documented in README.md, "Demo data"). Content is the same
// on every machine and every reset; times are placed relative to the clock so that the story
// (recent chats, upcoming meetings) holds whenever it is shown.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    static QString password() { return QStringLiteral("carillon-demo"); }
    static QList<DemoPerson> people();

    // Seeds the data set if this data folder has never had it.
    static Status ensureSeeded(Workspace &ws);
    // Removes everything (sessions included, so running instances return to sign-in) and seeds.
    static Status reset(Workspace &ws);
    // Both refuse a real folder that holds anyone's identity (Workspace::realFolderError); a
    // brand-new, empty folder may be seeded (tests do).

    // The app_state key that says the data set was seeded.
    static QString seededStateKey() { return QStringLiteral("demo.seeded"); }

private:
    static Status checkFolder(Workspace &ws);
    static Status seed(Workspace &ws);
};

} // namespace carillon
