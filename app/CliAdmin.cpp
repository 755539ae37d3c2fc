// Commands for identities, people, Teams, Enterprises, the demo data set and the demo clock.

#include "app/Cli.h"

#include "core/Clock.h"
#include "core/DemoData.h"
#include "core/Email.h"
#include "core/RememberedSignIn.h"
#include "core/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace carillon::cli {

namespace {

int done(Invocation &inv, const Status &status, const QString &message)
{
    if (!status)
        return inv.out.fail(status.error());
    inv.out.line(message);
    return ExitOk;
}

QJsonObject personJson(Workspace &ws, const Profile &p)
{
    auto managed = ws.orgs().managed(p.email);
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("name"), p.displayName},
            {QStringLiteral("kind"), p.kind == ProfileKind::Assistant ? QStringLiteral("assistant")
                                                                      : QStringLiteral("person")},
            {QStringLiteral("managed"), managed ? toString(managed->status) : QString()},
            {QStringLiteral("organisation"), managed ? managed->organisation : QString()}};
}

// The assistant's address is reserved; refused before the data folder is opened.
QString checkNotAssistant(const QCommandLineParser &, const QStringList &args)
{
    auto email = normalizeEmail(args.value(0));
    if (email && *email == defaultAssistantEmail())
        return Text::tr("%1 is the assistant's address and is reserved: nobody can sign up with "
                        "it. Use your own address.")
            .arg(*email);
    return {};
}

int identityCreate(Invocation &inv)
{
    QString password = inv.option(QStringLiteral("password"));
    if (inv.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        password = in.readLine();
    }
    if (password.isEmpty())
        return inv.out.usage(Text::tr("Give the password with --password-stdin (or --password)."));
    auto profile =
        inv.ws.accounts().createPerson(inv.args[0], inv.option(QStringLiteral("name")), password);
    if (!profile)
        return inv.out.fail(profile.error());
    if (inv.out.json()) {
        inv.out.printJson(personJson(inv.ws, *profile));
        return ExitOk;
    }
    inv.out.line(Text::tr("Created %1 <%2>.").arg(profile->displayName, profile->email));
    return ExitOk;
}

int people(Invocation &inv)
{
    auto list = inv.ws.accounts().profiles();
    if (!list)
        return inv.out.fail(list.error());
    QJsonArray array;
    for (const Profile &p : *list)
        array.append(personJson(inv.ws, p));
    if (inv.out.json()) {
        inv.out.printJson(array);
        return ExitOk;
    }
    for (const QJsonValue &v : std::as_const(array)) {
        const QJsonObject o = v.toObject();
        QString status = o[QStringLiteral("managed")].toString();
        if (!o[QStringLiteral("organisation")].toString().isEmpty())
            status += QStringLiteral(" (%1)").arg(o[QStringLiteral("organisation")].toString());
        if (o[QStringLiteral("kind")].toString() == QLatin1String("assistant"))
            status = Text::tr("assistant");
        inv.out.line(QStringLiteral("%1  %2  %3")
                         .arg(o[QStringLiteral("email")].toString(), -28)
                         .arg(o[QStringLiteral("name")].toString(), -24)
                         .arg(status));
    }
    return ExitOk;
}

int teamList(Invocation &inv)
{
    auto teams = inv.ws.orgs().teams();
    if (!teams)
        return inv.out.fail(teams.error());
    QJsonArray array;
    for (const Team &t : *teams) {
        QJsonArray members;
        for (const TeamMember &m : t.members)
            members.append(
                QJsonObject{{QStringLiteral("email"), m.email},
                            {QStringLiteral("state"),
                             m.accepted ? QStringLiteral("member") : QStringLiteral("invited")}});
        array.append(
            QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("members"), members}});
        if (!inv.out.json()) {
            inv.out.line(t.name);
            for (const TeamMember &m : t.members)
                inv.out.line(QStringLiteral("  %1  %2")
                                 .arg(m.email, -28)
                                 .arg(m.accepted ? Text::tr("member") : Text::tr("invited")));
        }
    }
    if (inv.out.json())
        inv.out.printJson(array);
    return ExitOk;
}

int enterpriseList(Invocation &inv)
{
    auto list = inv.ws.orgs().enterprises();
    if (!list)
        return inv.out.fail(list.error());
    QJsonArray array;
    for (const Enterprise &e : *list) {
        array.append(
            QJsonObject{{QStringLiteral("name"), e.name},
                        {QStringLiteral("domains"), QJsonArray::fromStringList(e.domains)}});
        if (!inv.out.json())
            inv.out.line(QStringLiteral("%1  %2")
                             .arg(e.name, -24)
                             .arg(e.domains.join(QStringLiteral(", "))));
    }
    if (inv.out.json())
        inv.out.printJson(array);
    return ExitOk;
}

int clockShow(Invocation &inv)
{
    const qint64 offset = inv.ws.clockOffsetMs();
    if (inv.out.json()) {
        inv.out.printJson(
            QJsonObject{{QStringLiteral("now"), inv.ws.clock().now().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("offsetSeconds"), offset / 1000}});
        return ExitOk;
    }
    inv.out.line(Text::tr("Demo time: %1 (%2 hours ahead of real time).")
                     .arg(formatTime(inv.ws.clock().nowMs()))
                     .arg(double(offset) / 3'600'000.0, 0, 'f', 1));
    return ExitOk;
}

} // namespace

QList<Command> adminCommands()
{
    const QCommandLineOption name(QStringLiteral("name"), Text::tr("Display name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption password(
        QStringLiteral("password"),
        Text::tr("Password (visible to other local users; prefer --password-stdin)."),
        QStringLiteral("PASSWORD"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        Text::tr("Read the password from the first line of standard input."));
    QList<Command> commands{
        {QStringLiteral("identity create"),
         QStringLiteral("EMAIL"),
         Text::tr("Create a sign-in identity and its chat profile."),
         {name, password, passwordStdin, jsonOption()},
         identityCreate},
        {QStringLiteral("people"),
         QString(),
         Text::tr("List everyone with a profile and whether a Team or Enterprise manages them."),
         {jsonOption()},
         people},

        {QStringLiteral("team create"),
         QStringLiteral("NAME"),
         Text::tr("Create a Team account."),
         {},
         [](Invocation &inv) {
             return done(inv, Status(inv.ws.orgs().createTeam(inv.args[0])),
                         Text::tr("Created the Team \"%1\".").arg(inv.args[0].simplified()));
         }},
        {QStringLiteral("team invite"),
         QStringLiteral("TEAM EMAIL"),
         Text::tr("Invite a person into a Team (they are managed once they accept)."),
         {},
         [](Invocation &inv) {
             return done(inv, inv.ws.orgs().inviteToTeam(inv.args[0], inv.args[1]),
                         Text::tr("Invited %1 to \"%2\".").arg(inv.args[1], inv.args[0]));
         }},
        {QStringLiteral("team accept"),
         QStringLiteral("TEAM EMAIL"),
         Text::tr("Accept a Team invitation on the person's behalf."),
         {},
         [](Invocation &inv) {
             return done(inv, inv.ws.orgs().acceptTeamInvitation(inv.args[0], inv.args[1]),
                         Text::tr("%1 joined \"%2\".").arg(inv.args[1], inv.args[0]));
         }},
        {QStringLiteral("team remove"),
         QStringLiteral("TEAM EMAIL"),
         Text::tr("Remove a person (or an open invitation) from a Team."),
         {},
         [](Invocation &inv) {
             return done(inv, inv.ws.orgs().removeFromTeam(inv.args[0], inv.args[1]),
                         Text::tr("Removed %1 from \"%2\".").arg(inv.args[1], inv.args[0]));
         }},
        {QStringLiteral("team list"),
         QString(),
         Text::tr("List Teams and their members."),
         {jsonOption()},
         teamList},

        {QStringLiteral("enterprise create"),
         QStringLiteral("NAME"),
         Text::tr("Create an Enterprise account."),
         {},
         [](Invocation &inv) {
             return done(
                 inv, Status(inv.ws.orgs().createEnterprise(inv.args[0])),
                 Text::tr("Created the Enterprise account \"%1\".").arg(inv.args[0].simplified()));
         }},
        {QStringLiteral("enterprise claim"),
         QStringLiteral("ENTERPRISE DOMAIN"),
         Text::tr("Claim an email domain: everyone with an address there becomes managed."),
         {},
         [](Invocation &inv) {
             return done(inv, inv.ws.orgs().claimDomain(inv.args[0], inv.args[1]),
                         Text::tr("\"%1\" claimed %2.").arg(inv.args[0], inv.args[1].toLower()));
         }},
        {QStringLiteral("enterprise unclaim"),
         QStringLiteral("ENTERPRISE DOMAIN"),
         Text::tr("Release a claimed domain."),
         {},
         [](Invocation &inv) {
             return done(inv, inv.ws.orgs().unclaimDomain(inv.args[0], inv.args[1]),
                         Text::tr("\"%1\" released %2.").arg(inv.args[0], inv.args[1].toLower()));
         }},
        {QStringLiteral("enterprise delete"),
         QStringLiteral("ENTERPRISE"),
         Text::tr("Delete an Enterprise account and erase the profiles in the domains it claims."),
         {},
         [](Invocation &inv) {
             auto erased = inv.ws.orgs().deleteEnterprise(inv.args[0]);
             if (!erased)
                 return inv.out.fail(erased.error());
             inv.out.line(Text::tr("Deleted \"%1\"; erased %n profile(s).", nullptr, *erased)
                              .arg(inv.args[0]));
             return int(ExitOk);
         }},
        {QStringLiteral("enterprise list"),
         QString(),
         Text::tr("List Enterprise accounts and their domains."),
         {jsonOption()},
         enterpriseList},

        {QStringLiteral("demo reset"),
         QString(),
         Text::tr("Restore the demo data set (everyone on the demo profile is signed out)."),
         {},
         [](Invocation &inv) {
             return done(
                 inv, DemoData::reset(inv.ws),
                 Text::tr("The demo data was restored in %1. Password for every demo person: %2")
                     .arg(inv.ws.dataDir(), DemoData::password()));
         },
         true},
        {QStringLiteral("demo people"),
         QString(),
         Text::tr("List the demo people and what each one shows."),
         {jsonOption()},
         [](Invocation &inv) {
             QJsonArray array;
             for (const DemoPerson &p : DemoData::people()) {
                 array.append(QJsonObject{{QStringLiteral("email"), p.email},
                                          {QStringLiteral("name"), p.name},
                                          {QStringLiteral("role"), p.role}});
                 if (!inv.out.json())
                     inv.out.line(QStringLiteral("%1  %2  %3")
                                      .arg(p.email, -22)
                                      .arg(p.name, -14)
                                      .arg(p.role));
             }
             if (inv.out.json())
                 inv.out.printJson(array);
             return int(ExitOk);
         },
         true},

        {QStringLiteral("forget-secrets"),
         QString(),
         Text::tr("Remove the saved sign-in and the link-signing keys from the keychain (or the "
                  "private file); links handed out stop working, a new key is made."),
         {},
         [](Invocation &inv) {
             // The keys first: that also puts a damaged secrets file aside.
             auto keys = inv.ws.links().forgetAll();
             if (!keys)
                 return inv.out.fail(keys.error());
             if (auto signIns = RememberedSignIn::forgetAll(inv.ws); !signIns)
                 return inv.out.fail(signIns.error());
             inv.out.line(Text::tr("Removed the saved sign-ins and %n link-signing key(s) from %1.",
                                   nullptr, *keys)
                              .arg(inv.ws.secrets().description()));
             return int(ExitOk);
         }},
        {QStringLiteral("clock show"),
         QString(),
         Text::tr("Show the demo clock."),
         {jsonOption()},
         clockShow,
         true},
        {QStringLiteral("clock advance"),
         QStringLiteral("DURATION"),
         Text::tr(
             "Move the demo clock forward (e.g. 24h, 6d) for every instance on the data folder."),
         {},
         [](Invocation &inv) {
             if (Status s = inv.ws.advanceClock(parseDurationMs(inv.args[0])); !s)
                 return inv.out.fail(s.error());
             return clockShow(inv);
         },
         true},
        {QStringLiteral("clock reset"),
         QString(),
         Text::tr("Put the demo clock back to real time."),
         {},
         [](Invocation &inv) {
             if (Status s = inv.ws.setClockOffsetMs(0); !s)
                 return inv.out.fail(s.error());
             return clockShow(inv);
         },
         true},
    };
    return withKinds(commands,
                     {QStringLiteral("people"), QStringLiteral("team list"),
                      QStringLiteral("enterprise list"), QStringLiteral("demo people"),
                      QStringLiteral("clock show")},
                     QStringLiteral("identity create"), checkNotAssistant);
}

} // namespace carillon::cli
