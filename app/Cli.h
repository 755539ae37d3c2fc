#pragma once

#include "app/CliOutput.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <functional>

namespace carillon {
class Workspace;
}

namespace carillon::cli {

struct Extensions;

// What one command run gets: the open workspace, its parsed options and positional arguments
// (after the command words), and where to print.
struct Invocation
{
    Workspace &ws;
    const QCommandLineParser &parser;
    QStringList args;
    Output &out;
    const Extensions *extensions = nullptr; // what main.cpp plugged in

    QString option(const QString &name) const { return parser.value(name); }
    QStringList options(const QString &name) const { return parser.values(name); }
    bool isSet(const QString &name) const { return parser.isSet(name); }
};

// One subcommand. Positional arguments are named in `args` ("TEAM EMAIL", "MEMBER..."); names
// and option value names that say what they hold (EMAIL, DOMAIN, ID, FILE, DURATION, WHEN,
// MINUTES) are checked before the data folder is opened, so bad input writes nothing.
struct Command
{
    QString words; // "team invite"
    QString args;
    QString summary;
    QList<QCommandLineOption> options;
    std::function<int(Invocation &)> run;
    // Demo-only commands refuse a real data folder (see Workspace::realFolderError).
    bool demoOnly = false;
    // Read-only commands write nothing into the data folder: it is opened read-only, not
    // created when missing, not seeded, swept or visited by the assistant.
    bool readOnly = false;
    // Checks that need more than one value (e.g. "a message needs text or a file"), run before
    // the data folder is opened. Returns the problem, or an empty string.
    std::function<QString(const QCommandLineParser &, const QStringList &)> validate = nullptr;
};

// Marks the commands named in readOnlyWords as read-only and gives the one named validated
// its validator: the tables stay one line per command.
QList<Command>
withKinds(QList<Command> commands, const QStringList &readOnlyWords, const QString &validated,
          std::function<QString(const QCommandLineParser &, const QStringList &)> validator);

QList<Command> adminCommands();
QList<Command> chatCommands();
QList<Command> serveCommands();

// What the window was asked for; every option was checked before it starts.
struct WindowRequest
{
    QString profile;
    QString dataDir; // empty: the profile's folder
    QString signInAs;
    QString language;
    QString server; // a Carillon server's address (--server); empty: the sign-in screen's choice
};

// What main.cpp plugs in beside the core: participants such as the assistant (attached to
// every workspace a writing command opens) and the graphical client.
struct Extensions
{
    std::function<void(Workspace &)> attach;
    std::function<int(int argc, char **argv, const WindowRequest &request)> gui;
    // Long-running commands (serve) start the participants' background work with this, such as
    // the assistant's export delivery.
    std::function<void(Workspace &)> startBackground;
};

// Runs the command line; returns the process exit status.
int main(int argc, char **argv, const Extensions &extensions = {});

// Shared option definitions, so every command spells them the same way.
QCommandLineOption asOption();
QCommandLineOption jsonOption();

} // namespace carillon::cli
