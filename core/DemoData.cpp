#include "core/DemoData.h"

#include "core/DemoFiles.h"
#include "core/Workspace.h"

#include <QHash>

namespace carillon {

namespace {
const qint64 kMinute = 60'000;

// Everyone is addressed by the local part of their email in the script below.
struct Script
{
    Workspace &ws;
    QHash<QString, Profile> people;
    qint64 t; // the time the next message gets
    Status status;

    qint64 id(const QString &who) const { return people.value(who).id; }

    Conversation direct(const QString &a, const QString &b)
    {
        auto c = ws.conversations().direct(id(a), id(b));
        if (!c && status)
            status = c.error();
        return c ? *c : Conversation{};
    }
    Conversation group(const QString &creator, const QString &title, const QStringList &members,
                       bool room)
    {
        QList<qint64> ids;
        for (const QString &m : members)
            ids.append(id(m));
        auto c = room ? ws.conversations().createRoom(id(creator), title, ids)
                      : ws.conversations().createGroup(id(creator), title, ids);
        if (!c && status)
            status = c.error();
        return c ? *c : Conversation{};
    }
    void say(const QString &who, const Conversation &c, const QString &text,
             const QString &fileName = {}, const QByteArray &bytes = {})
    {
        if (!status)
            return;
        OutgoingMessage out{MessageKind::Text, text, {}, {}};
        if (!fileName.isEmpty())
            out.attachments.append(NewAttachment::fromData(fileName, bytes));
        auto m = ws.messages().post(id(who), c.id, out);
        if (!m) {
            status = m.error();
            return;
        }
        // Messages are stamped with the clock; move them back into the story's past.
        for (const char *sql : {"UPDATE messages SET created_at = ? WHERE id = ?",
                                "UPDATE attachments SET created_at = ? WHERE message_id = ?"}) {
            if (auto q = ws.db().exec(QLatin1String(sql), {t, m->id}); !q) {
                status = q.error();
                return;
            }
        }
        t += 7 * kMinute;
    }
};
} // namespace

QList<DemoPerson> DemoData::people()
{
    return {
        {QStringLiteral("ada@example.com"), QStringLiteral("Ada Lovelace"),
         tr("Unmanaged: can use every assistant command. Has attachments in 1:1 chats, a group "
            "chat, her own room and a room someone else created.")},
        {QStringLiteral("grace@example.com"), QStringLiteral("Grace Hopper"),
         tr("Unmanaged contact of Ada's.")},
        {QStringLiteral("linus@example.org"), QStringLiteral("Linus Pauling"),
         tr("Unmanaged contact; created the room \"Linus's Garage\".")},
        {QStringLiteral("mae@example.net"), QStringLiteral("Mae Jemison"),
         tr("Unmanaged: invited to the Team \"Orbit Labs\" but has not accepted.")},
        {QStringLiteral("tomas@example.com"), QStringLiteral("Tomás Ortega"),
         tr("Team-managed: a member of the Team \"Orbit Labs\".")},
        {QStringLiteral("erin@initech.example"), QStringLiteral("Erin Walsh"),
         tr("Enterprise-managed: the Enterprise account \"Initech\" claimed initech.example.")},
        {QStringLiteral("sam@initech.example"), QStringLiteral("Sam Okafor"),
         tr("Enterprise-managed and also in the Team \"Orbit Labs\" (Enterprise wins).")},
    };
}

Status DemoData::checkFolder(Workspace &ws)
{
    if (ws.isDemo())
        return {};
    auto identities = ws.db().scalar(QStringLiteral("SELECT COUNT(*) FROM identities"));
    if (!identities)
        return identities.error();
    if (identities->toInt() > 0)
        return Workspace::realFolderError(ws.dataDir());
    return {};
}

Status DemoData::ensureSeeded(Workspace &ws)
{
    auto seeded = ws.state(seededStateKey());
    if (!seeded)
        return seeded.error();
    if (!seeded->isEmpty())
        return {};
    if (Status s = checkFolder(ws); !s)
        return s;
    return seed(ws);
}

Status DemoData::reset(Workspace &ws)
{
    if (Status s = checkFolder(ws); !s)
        return s;
    if (Status s = ws.clearAll(); !s)
        return s;
    return seed(ws);
}

Status DemoData::seed(Workspace &ws)
{
    const QString hash = AccountStore::hashPassword(password()); // once: PBKDF2 is slow by design
    return ws.db().transaction([&]() -> Status {
        Script s{ws, {}, ws.clock().nowMs() - 3 * 24 * 60 * kMinute, {}};
        for (const DemoPerson &p : people()) {
            auto identity = ws.accounts().createIdentityHashed(p.email, p.name, hash);
            if (!identity)
                return identity.error();
            auto profile = ws.accounts().ensureProfile(identity->id);
            if (!profile)
                return profile.error();
            s.people.insert(p.email.section(QLatin1Char('@'), 0, 0), *profile);
        }

        // Managed accounts.
        auto &orgs = ws.orgs();
        for (Status st :
             {Status(orgs.createTeam(QStringLiteral("Orbit Labs"))),
              orgs.inviteToTeam(QStringLiteral("Orbit Labs"), QStringLiteral("tomas@example.com")),
              orgs.acceptTeamInvitation(QStringLiteral("Orbit Labs"),
                                        QStringLiteral("tomas@example.com")),
              orgs.inviteToTeam(QStringLiteral("Orbit Labs"),
                                QStringLiteral("sam@initech.example")),
              orgs.acceptTeamInvitation(QStringLiteral("Orbit Labs"),
                                        QStringLiteral("sam@initech.example")),
              orgs.inviteToTeam(QStringLiteral("Orbit Labs"), QStringLiteral("mae@example.net")),
              Status(orgs.createEnterprise(QStringLiteral("Initech"))),
              orgs.claimDomain(QStringLiteral("Initech"), QStringLiteral("initech.example"))}) {
            if (!st)
                return st;
        }

        // Contacts: Ada knows everyone; Mae's invitation to Ada is still open; Ada invited
        // someone who does not use Carillon yet.
        auto &contacts = ws.contacts();
        for (const char *who : {"grace", "linus", "tomas", "erin"}) {
            if (auto r = contacts.invite(s.id(QStringLiteral("ada")),
                                         s.people.value(QLatin1String(who)).email);
                !r)
                return r.error();
            if (Status a =
                    contacts.accept(s.id(QLatin1String(who)), QStringLiteral("ada@example.com"));
                !a)
                return a;
        }
        if (auto r =
                contacts.invite(s.id(QStringLiteral("mae")), QStringLiteral("ada@example.com"));
            !r)
            return r.error();
        if (auto r =
                contacts.invite(s.id(QStringLiteral("ada")), QStringLiteral("charles@example.com"));
            !r)
            return r.error();

        // Conversations. Comments say where each attachment stands for Ada's "Get my
        // attachments": IN = listed, OUT = not listed.
        const Conversation adaGrace = s.direct(QStringLiteral("ada"), QStringLiteral("grace"));
        s.say(QStringLiteral("grace"), adaGrace,
              QStringLiteral("Morning! Did the photos from the trip come out?"));
        s.say(QStringLiteral("ada"), adaGrace, QStringLiteral("They did. Here is my favourite."),
              QStringLiteral("harbour-at-dawn.png"), DemoFiles::png(640, 400, 11)); // IN
        s.say(QStringLiteral("grace"), adaGrace,
              QStringLiteral("Lovely. My slides for Thursday, for comments:"),
              QStringLiteral("compiler-talk.pdf"),
              DemoFiles::pdf(QStringLiteral("Compilers for everyone"),
                             {QStringLiteral("1. Why machines should read English"),
                              QStringLiteral("2. The first compiler"),
                              QStringLiteral("3. Questions")})); // OUT: Grace's upload
        s.say(QStringLiteral("ada"), adaGrace, QStringLiteral("Will read them tonight."));

        const Conversation adaLinus = s.direct(QStringLiteral("ada"), QStringLiteral("linus"));
        s.say(QStringLiteral("ada"), adaLinus,
              QStringLiteral("Budget draft attached; numbers are rough."),
              QStringLiteral("budget-2026.csv"), DemoFiles::csv(40, 7)); // IN
        s.say(QStringLiteral("linus"), adaLinus,
              QStringLiteral("Thanks, I will check the totals."));

        const Conversation book =
            s.group(QStringLiteral("ada"), QStringLiteral("Book club"),
                    {QStringLiteral("grace"), QStringLiteral("linus")}, false);
        s.say(QStringLiteral("ada"), book, QStringLiteral("Next month's list, as promised."),
              QStringLiteral("reading-list.pdf"),
              DemoFiles::pdf(QStringLiteral("Reading list"),
                             {QStringLiteral("The Left Hand of Darkness"),
                              QStringLiteral("Hidden Figures"), QStringLiteral("Flatland")})); // IN
        s.say(QStringLiteral("linus"), book, QStringLiteral("My notes from last time."),
              QStringLiteral("linus-notes.txt"),
              DemoFiles::text({QStringLiteral("Chapter 3 drags."),
                               QStringLiteral("Loved the ending.")})); // OUT: Linus's upload
        s.say(QStringLiteral("grace"), book, QStringLiteral("Flatland! Finally."));

        const Conversation lab = s.group(
            QStringLiteral("ada"), QStringLiteral("Analytical Engine Lab"),
            {QStringLiteral("grace"), QStringLiteral("linus"), QStringLiteral("tomas")}, true);
        s.say(QStringLiteral("ada"), lab, QStringLiteral("Welcome to the lab room. Notes so far:"),
              QStringLiteral("lab-notes.txt"),
              DemoFiles::text({QStringLiteral("Gear ratios checked."),
                               QStringLiteral("Punch cards ordered.")})); // IN: Ada's room
        s.say(QStringLiteral("grace"), lab, QStringLiteral("Measurements from Tuesday."),
              QStringLiteral("measurements.csv"), DemoFiles::csv(120, 3)); // IN: anyone, Ada's room
        s.say(QStringLiteral("linus"), lab, QStringLiteral("Raw sensor dump (3 MB)."),
              QStringLiteral("sensor-dump.bin"), DemoFiles::binary(3 * 1024 * 1024, 5)); // IN
        s.say(QStringLiteral("tomas"), lab, QStringLiteral("Diagram of the mill."),
              QStringLiteral("mill-diagram.png"), DemoFiles::png(800, 600, 23)); // IN

        const Conversation garage =
            s.group(QStringLiteral("linus"), QStringLiteral("Linus's Garage"),
                    {QStringLiteral("ada"), QStringLiteral("grace")}, true);
        s.say(QStringLiteral("linus"), garage, QStringLiteral("Parts list for the weekend."),
              QStringLiteral("parts.csv"), DemoFiles::csv(25, 9)); // OUT: Linus's room
        s.say(QStringLiteral("ada"), garage, QStringLiteral("Photo of the workbench."),
              QStringLiteral("workbench.png"), DemoFiles::png(320, 240, 31)); // OUT: Linus's room

        const Conversation tomasChat = s.direct(QStringLiteral("tomas"), QStringLiteral("ada"));
        s.say(QStringLiteral("tomas"), tomasChat,
              QStringLiteral("Our Team admin set up Orbit Labs for us."),
              QStringLiteral("orbit-onboarding.pdf"),
              DemoFiles::pdf(QStringLiteral("Orbit Labs onboarding"),
                             {QStringLiteral("Welcome aboard.")}));
        const Conversation erinChat = s.direct(QStringLiteral("erin"), QStringLiteral("ada"));
        s.say(QStringLiteral("erin"), erinChat,
              QStringLiteral("Initech moved all of us to the Enterprise account."),
              QStringLiteral("initech-policy.txt"),
              DemoFiles::text({QStringLiteral("All chat data belongs to Initech.")}));
        const Conversation samChat = s.direct(QStringLiteral("sam"), QStringLiteral("erin"));
        s.say(QStringLiteral("sam"), samChat, QStringLiteral("Lunch?"));
        if (!s.status)
            return s.status;

        // Meetings, in the near future.
        const qint64 tomorrow = ws.clock().nowMs() + 24 * 60 * kMinute;
        if (auto m = ws.meetings().schedule(
                s.id(QStringLiteral("ada")), QStringLiteral("Quarterly planning"), tomorrow, 60,
                {s.id(QStringLiteral("grace")), s.id(QStringLiteral("linus"))});
            !m)
            return m.error();
        if (auto m = ws.meetings().schedule(
                s.id(QStringLiteral("grace")), QStringLiteral("Compiler talk rehearsal"),
                tomorrow + 3 * 60 * kMinute, 30, {s.id(QStringLiteral("ada"))});
            !m)
            return m.error();

        // Everyone has read everything up to now except Ada, who has a few unread messages.
        if (auto q = ws.db().exec(QStringLiteral("UPDATE members SET last_read_id = (SELECT "
                                                 "COALESCE(MAX(id), 0) FROM messages WHERE "
                                                 "conversation_id = members.conversation_id) "
                                                 "WHERE profile_id <> ?"),
                                  {s.id(QStringLiteral("ada"))});
            !q)
            return q.error();
        return ws.setState(seededStateKey(), QStringLiteral("1"));
    });
}

} // namespace carillon
