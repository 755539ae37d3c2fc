#include "app/Cli.h"

#include "app/AppPaths.h"
#include "app/KeychainSecretStore.h"
#include "core/BlobStore.h"
#include "core/Clock.h"
#include "core/DemoData.h"
#include "core/Email.h"
#include "core/Workspace.h"
#include "net/ServerAddress.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>

#include <sys/stat.h>

namespace carillon::cli {

QCommandLineOption asOption()
{
    return {QStringLiteral("as"), Text::tr("Act as this person."), QStringLiteral("EMAIL")};
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), Text::tr("Print JSON.")};
}

QList<Command>
withKinds(QList<Command> commands, const QStringList &readOnlyWords, const QString &validated,
          std::function<QString(const QCommandLineParser &, const QStringList &)> validator)
{
    for (Command &c : commands) {
        c.readOnly = readOnlyWords.contains(c.words);
        if (c.words == validated)
            c.validate = validator;
    }
    return commands;
}

namespace {

QList<Command> allCommands()
{
    return adminCommands() + chatCommands() + serveCommands();
}

QStringList commandWords(const QStringList &positional, const QList<Command> &commands,
                         const Command **found)
{
    // Longest match first: "demo reset" before "demo".
    *found = nullptr;
    int best = 0;
    for (const Command &c : commands) {
        const QStringList words = c.words.split(QLatin1Char(' '));
        if (words.size() > positional.size() || words.size() <= best)
            continue;
        if (positional.mid(0, words.size()) == words) {
            *found = &c;
            best = int(words.size());
        }
    }
    return positional.mid(best);
}

QString usageText(const QList<Command> &commands)
{
    QString text = Text::tr(
        "Usage: carillon [--profile NAME] [--data-dir DIR] [COMMAND] [ARGUMENTS]\n\n"
        "Without a command, starts the Carillon window. Commands act on the profile's data\n"
        "folder directly (no window needed) and are meant for scripting and demo set-up.\n\n"
        "Global options:\n"
        "  --profile NAME   default, demo, or another name (default: default)\n"
        "  --data-dir DIR   use this data folder instead of the profile's\n"
        "  --lang CODE      language of messages and the window (en, de, ja)\n"
        "  --server URL     the window signs in through this Carillon server\n"
        "                   (wss://host:port; ws:// for a server on this computer)\n"
        "  --help, --version\n\nCommands:\n");
    for (const Command &c : commands) {
        QString synopsis = c.words;
        if (!c.args.isEmpty())
            synopsis += QLatin1Char(' ') + c.args;
        for (const QCommandLineOption &o : c.options) {
            synopsis += QStringLiteral(" [--") + o.names().first() +
                        (o.valueName().isEmpty() ? QString() : QLatin1Char(' ') + o.valueName()) +
                        QLatin1Char(']');
        }
        text += QStringLiteral("  %1\n      %2\n").arg(synopsis, c.summary);
    }
    text += Text::tr("\nExit status: 0 done, 1 the operation failed, "
                     "2 bad arguments (nothing was changed).\n");
    return text;
}

// Checks a value by the name that describes it. Returns an empty string when fine.
QString checkValue(const QString &kind, const QString &value)
{
    if (kind == QLatin1String("EMAIL") || kind.endsWith(QLatin1String("EMAIL"))) {
        auto e = normalizeEmail(value);
        return e ? QString() : e.error().message;
    }
    if (kind == QLatin1String("DOMAIN")) {
        auto d = normalizeDomain(value);
        return d ? QString() : d.error().message;
    }
    if (kind == QLatin1String("ID")) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        return ok && id > 0 ? QString()
                            : Text::tr("\"%1\" is not a number. Use the number shown by the "
                                       "\"conversations\" or \"history\" command.")
                                  .arg(value);
    }
    if (kind == QLatin1String("DURATION")) {
        auto duration = parseDuration(value);
        return duration ? QString() : duration.error().message;
    }
    if (kind == QLatin1String("MINUTES")) {
        bool ok = false;
        const int m = value.toInt(&ok);
        return ok && m > 0 ? QString() : Text::tr("\"%1\" is not a number of minutes.").arg(value);
    }
    if (kind == QLatin1String("WHEN")) {
        return QDateTime::fromString(value, Qt::ISODate).isValid()
                   ? QString()
                   : Text::tr("\"%1\" is not a date and time. Write it like 2026-12-01T14:30.")
                         .arg(value);
    }
    if (kind == QLatin1String("FILE")) {
        const QFileInfo info(value);
        if (!info.exists())
            return Text::tr("The file %1 does not exist. Check the path.").arg(value);
        if (info.isDir())
            return Text::tr("%1 is a folder. Attach the files in it one by one, or a zip of "
                            "them.")
                .arg(value);
        if (!info.isFile())
            return Text::tr("%1 is not a regular file (it is a device, pipe or socket). Attach a "
                            "regular file.")
                .arg(value);
        if (!info.isReadable())
            return Text::tr("The file %1 cannot be read. Check its permissions.").arg(value);
        if (info.size() > BlobStore::kDefaultMaxSize)
            return Text::tr("%1 is %2; attachments can be at most %3. Share a smaller file or "
                            "split it.")
                .arg(value, formatSize(info.size()), formatSize(BlobStore::kDefaultMaxSize));
        return {};
    }
    if (kind == QLatin1String("TARGET")) {
        const QFileInfo info(value);
        return info.absoluteDir().exists()
                   ? QString()
                   : Text::tr("The folder %1 does not exist. Create it first.")
                         .arg(info.absolutePath());
    }
    if (value.trimmed().isEmpty())
        return Text::tr("%1 must not be empty.").arg(kind);
    return {};
}

QString checkOptionValues(const Command &command, const QCommandLineParser &parser)
{
    for (const QCommandLineOption &o : command.options) {
        if (o.valueName().isEmpty())
            continue;
        for (const QString &v : parser.values(o.names().first())) {
            if (QString problem = checkValue(o.valueName(), v); !problem.isEmpty())
                return problem;
        }
    }
    // Nobody acts as the assistant: refused before the data folder is even opened.
    if (parser.isSet(asOption().names().first())) {
        auto as = normalizeEmail(parser.value(asOption().names().first()));
        if (as && *as == defaultAssistantEmail())
            return Text::tr("Nobody can act as the assistant (%1): it only answers. Give a "
                            "person's address with --as.")
                .arg(*as);
    }
    return {};
}

QString checkArguments(const Command &command, const QCommandLineParser &parser,
                       const QStringList &args)
{
    if (QString problem = checkOptionValues(command, parser); !problem.isEmpty())
        return problem;
    QStringList names = command.args.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool variadic = false;
    qsizetype required = 0;
    for (QString &n : names) {
        const bool optional = n.startsWith(QLatin1Char('['));
        n.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        if (n.endsWith(QLatin1String("..."))) {
            variadic = true;
            n.chop(3);
        }
        if (!optional && !(variadic && n == names.last()))
            ++required;
    }
    if (args.size() < required)
        return Text::tr("\"%1\" needs %2.").arg(command.words, command.args);
    if (!variadic && args.size() > names.size())
        return Text::tr("\"%1\" takes %2, but got more: %3")
            .arg(command.words, command.args.isEmpty() ? Text::tr("no arguments") : command.args,
                 args.mid(names.size()).join(QLatin1Char(' ')));
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &kind = names.isEmpty() ? QString() : names[qMin(i, names.size() - 1)];
        if (QString problem = checkValue(kind, args[i]); !problem.isEmpty())
            return problem;
    }
    if (command.validate)
        return command.validate(parser, args);
    return {};
}

// The options the window takes, each with a value. What the scan of the arguments found: a
// command (then QCommandLineParser judges everything), or the window's request, or the first
// problem with it.
struct Scan
{
    bool wantsCommand = false;
    WindowRequest window{AppPaths::defaultProfile(), {}, {}, {}, {}};
    QString problem;
};

Scan scanArguments(const QStringList &raw)
{
    Scan scan;
    const QStringList valued{QStringLiteral("profile"), QStringLiteral("data-dir"),
                             QStringLiteral("sign-in-as"), QStringLiteral("lang"),
                             QStringLiteral("server")};
    const auto note = [&scan](const QString &problem) {
        if (scan.problem.isEmpty())
            scan.problem = problem;
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QString &a = raw[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h") ||
            a == QLatin1String("--version") || a == QLatin1String("-v") ||
            a == QLatin1String("--forget-secrets") || !a.startsWith(QLatin1Char('-'))) {
            scan.wantsCommand = true;
            continue;
        }
        const QString name = a.mid(2).section(QLatin1Char('='), 0, 0);
        if (!a.startsWith(QLatin1String("--")) || !valued.contains(name)) {
            note(Text::tr("\"%1\" is not an option.").arg(a));
            continue;
        }
        QString value;
        if (a.contains(QLatin1Char('='))) {
            value = a.section(QLatin1Char('='), 1);
        } else if (i + 1 < raw.size() && !raw[i + 1].startsWith(QLatin1Char('-'))) {
            value = raw[++i];
        }
        if (value.trimmed().isEmpty()) {
            note(Text::tr("--%1 needs a value, like --%1 %2.")
                     .arg(name, name == QLatin1String("profile")    ? QStringLiteral("demo")
                                : name == QLatin1String("data-dir") ? QStringLiteral("DIR")
                                : name == QLatin1String("lang")     ? QStringLiteral("de")
                                : name == QLatin1String("server")   ? QStringLiteral("wss://HOST")
                                                                    : QStringLiteral("EMAIL")));
            continue;
        }
        if (name == QLatin1String("profile"))
            scan.window.profile = value;
        else if (name == QLatin1String("data-dir"))
            scan.window.dataDir = value;
        else if (name == QLatin1String("sign-in-as"))
            scan.window.signInAs = value;
        else if (name == QLatin1String("server"))
            scan.window.server = value;
        else
            scan.window.language = value;
    }
    return scan;
}

// Every problem with the window's request, found before the window (or the link port) starts.
QString checkWindowRequest(const WindowRequest &request)
{
    if (auto p = AppPaths::checkProfileName(request.profile); !p)
        return p.error().message;
    if (!request.server.isEmpty()) {
        if (auto url = ServerAddress::parse(request.server); !url)
            return Text::tr("--server: %1").arg(url.error().message);
    }
    if (!request.signInAs.isEmpty()) {
        if (auto e = normalizeEmail(request.signInAs); !e)
            return e.error().message;
    }
    const bool demo = AppPaths::isDemoProfile(request.profile);
    // Through a server, the server decides: only a demo server lets people in without a password.
    if (!demo && request.server.isEmpty() && !request.signInAs.isEmpty())
        return Text::tr("--sign-in-as signs in without a password, which only a demo does: add "
                        "--profile demo, or --server with a demo server's address.");
    if (!demo)
        return {};
    // The demo profile offers sign-in without a password: never on a real folder.
    const QString dir =
        request.dataDir.isEmpty() ? AppPaths::dataDirFor(request.profile) : request.dataDir;
    auto kind = Workspace::probeKind(dir);
    if (!kind)
        return kind.error().message;
    if (*kind && **kind == FolderKind::Real)
        return Workspace::realFolderError(dir).message;
    return {};
}

} // namespace

int main(int argc, char **argv, const Extensions &extensions)
{
    // Everything Carillon writes (the data folder, saved attachments) is for its owner only.
    ::umask(077);
    // Find the command before choosing the application type: the window needs QApplication,
    // commands must run without a display.
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw.append(QString::fromLocal8Bit(argv[i]));
    const Scan scan = scanArguments(raw);

    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(),
                                           QStringLiteral("NAME"), AppPaths::defaultProfile());
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QString(),
                                           QStringLiteral("DIR"));

    if (!scan.wantsCommand && extensions.gui) {
        QString problem = scan.problem;
        if (problem.isEmpty()) {
            // Probing the folder needs Qt's SQL plugin, which needs an application object; the
            // window makes its own afterwards.
            int probeArgc = 1;
            QCoreApplication probe(probeArgc, argv);
            problem = checkWindowRequest(scan.window);
        }
        if (!problem.isEmpty()) {
            int errorArgc = 1;
            QCoreApplication app(errorArgc, argv);
            if (!scan.window.language.isEmpty())
                QLocale::setDefault(QLocale(scan.window.language));
            installTranslations(QLocale());
            QTextStream out(stdout);
            QTextStream err(stderr);
            return Output(out, err, false).usage(problem);
        }
        return extensions.gui(argc, argv, scan.window);
    }

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carillon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARILLON_VERSION));
    // --lang picks the language of messages (dates follow it too); the commands stay English.
    if (const qsizetype at = raw.indexOf(QStringLiteral("--lang")); at >= 0 && at + 1 < raw.size())
        QLocale::setDefault(QLocale(raw.at(at + 1)));
    installTranslations(QLocale());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QList<Command> commands = allCommands();

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption(profileOption);
    parser.addOption(dataDirOption);
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("CODE"));
    parser.addOption(langOption);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QString());
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    // Every command's options are known to the parser; a command given another's option is
    // refused below.
    QStringList known;
    for (const Command &c : commands) {
        for (const QCommandLineOption &o : c.options) {
            if (!known.contains(o.names().first())) {
                known.append(o.names().first());
                parser.addOption(o);
            }
        }
    }
    Output plain(out, err, false);
    // "--forget-secrets" reads as an option but is a command.
    QStringList arguments = app.arguments();
    for (QString &a : arguments) {
        if (a == QLatin1String("--forget-secrets"))
            a = QStringLiteral("forget-secrets");
    }
    if (!parser.parse(arguments))
        return plain.usage(parser.errorText());
    if (parser.isSet(versionOption)) {
        out << QStringLiteral("carillon %1").arg(QStringLiteral(CARILLON_VERSION)) << Qt::endl;
        return ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.value(0) == QLatin1String("help")) {
        out << usageText(commands);
        return ExitOk;
    }
    if (positional.isEmpty())
        return plain.usage(Text::tr("This build has no window; give a command."));

    const Command *command = nullptr;
    const QStringList args = commandWords(positional, commands, &command);
    if (!command)
        return plain.usage(
            Text::tr("\"%1\" is not a command.").arg(positional.join(QLatin1Char(' '))));
    for (const QString &name : parser.optionNames()) {
        bool allowed = false;
        for (const QCommandLineOption &o : command->options)
            allowed = allowed || o.names().contains(name);
        for (const QCommandLineOption *g : {&profileOption, &dataDirOption, &langOption})
            allowed = allowed || g->names().contains(name);
        if (!allowed)
            return plain.usage(Text::tr("\"%1\" does not take --%2.").arg(command->words, name));
    }
    if (QString problem = checkArguments(*command, parser, args); !problem.isEmpty())
        return plain.usage(problem);

    QString profile = parser.value(profileOption);
    if (command->demoOnly && !parser.isSet(profileOption) && !parser.isSet(dataDirOption))
        profile = QStringLiteral("demo");
    if (auto p = AppPaths::checkProfileName(profile); !p)
        return plain.fail(p.error());
    const bool demo = AppPaths::isDemoProfile(profile);
    if (command->demoOnly && !demo)
        return plain.usage(Text::tr("\"%1\" works on the demo profile "
                                    "only: add --profile demo.")
                               .arg(command->words));

    WorkspaceOptions options;
    options.dataDir =
        parser.isSet(dataDirOption) ? parser.value(dataDirOption) : AppPaths::dataDirFor(profile);
    options.demo = demo;
    options.readOnly = command->readOnly;
    QString secretsWarning;
    const std::unique_ptr<SecretStore> secrets = openSecretStore(options.dataDir, &secretsWarning);
    options.secrets = secrets.get();
    if (!secretsWarning.isEmpty() && command->words == QLatin1String("serve"))
        err << secretsWarning
            << Qt::endl; // a long-running server should say so; quick commands stay quiet
    auto ws = Workspace::open(options);
    if (!ws && demo && command->readOnly && !QFileInfo::exists(options.dataDir))
        return plain.usage(Text::tr("The demo data is not set up in %1 yet. Run \"carillon demo "
                                    "reset\" first, or start the window with --profile demo.")
                               .arg(options.dataDir));
    if (!ws)
        return plain.fail(ws.error());
    // Seeding and the assistant's delivery write: a reading command does neither.
    if (!command->readOnly) {
        if ((*ws)->isDemo() && command->words != QLatin1String("demo reset")) {
            if (Status s = DemoData::ensureSeeded(**ws); !s)
                return plain.fail(s.error());
        }
        if (extensions.attach)
            extensions.attach(**ws);
    }

    bool json = false;
    for (const QCommandLineOption &o : command->options)
        json = json || (o.names() == jsonOption().names() && parser.isSet(o.names().first()));
    Output output(out, err, json);
    Invocation invocation{**ws, parser, args, output, &extensions};
    return command->run(invocation);
}

} // namespace carillon::cli
