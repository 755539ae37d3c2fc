// Commands that act as a person: contacts, conversations, messages, attachments, meetings.

#include "app/Cli.h"

#include "core/AssistantTexts.h"
#include "core/BlobStore.h"
#include "core/Workspace.h"

#include <optional>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace carillon::cli {

namespace {

const QString kTo = QStringLiteral("to");
const QString kConversation = QStringLiteral("conversation");
const QString kRoom = QStringLiteral("room");
const QString kGroup = QStringLiteral("group");
const QString kWith = QStringLiteral("with");

Result<Profile> actor(Invocation &inv)
{
    if (!inv.isSet(QStringLiteral("as")))
        return Error{ErrorCode::InvalidInput,
                     Text::tr("Say who is acting with --as EMAIL (a person who has an identity).")};
    const QString email = inv.option(QStringLiteral("as"));
    // A reader finds the profile; only a writing command may give a returning person a new one.
    auto me = inv.ws.options().readOnly ? inv.ws.accounts().profileByEmail(email)
                                        : inv.ws.accounts().personByEmail(email);
    if (me && me->kind == ProfileKind::Assistant)
        return Error{ErrorCode::InvalidInput,
                     Text::tr("Nobody can act as the assistant (%1): it only answers. Give a "
                              "person's address with --as.")
                         .arg(me->email)};
    return me;
}

// The existing chat of exactly these people (me included), without creating one.
std::optional<Conversation> existingChat(const QList<ConversationSummary> &list,
                                         ConversationKind kind, QList<qint64> people)
{
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    for (const ConversationSummary &s : list) {
        QList<qint64> members = s.conversation.memberIds;
        std::sort(members.begin(), members.end());
        if (s.conversation.kind == kind && members == people)
            return s.conversation;
    }
    return std::nullopt;
}

Result<QList<qint64>> profileIds(Workspace &ws, const QStringList &emails)
{
    QList<qint64> ids;
    for (const QString &email : emails) {
        auto p = ws.accounts().profileByEmail(email);
        if (!p)
            return p.error();
        ids.append(p->id);
    }
    return ids;
}

Result<Conversation> byTitle(Invocation &inv, const Profile &me, ConversationKind kind,
                             const QString &title)
{
    auto list = inv.ws.conversations().summaries(me.id);
    if (!list)
        return list.error();
    for (const ConversationSummary &s : *list) {
        if (s.conversation.kind == kind &&
            s.conversation.title.compare(title.simplified(), Qt::CaseInsensitive) == 0)
            return s.conversation;
    }
    return Error{
        ErrorCode::NotFound,
        Text::tr("%1 is in no %2 called \"%3\". Run \"carillon conversations --as %1\" to list "
                 "them.")
            .arg(me.email, toString(kind), title)};
}

// The conversation named by --to/--with (people), --conversation, --room or --group.
// Reading never creates: without create, a chat that does not exist yet sets *missing.
Result<Conversation> target(Invocation &inv, const Profile &me, const QString &peopleOption,
                            bool create, bool *missing = nullptr)
{
    const QStringList people = inv.options(peopleOption);
    const int given = int(!people.isEmpty()) + int(inv.isSet(kConversation)) +
                      int(inv.isSet(kRoom)) + int(inv.isSet(kGroup));
    if (given != 1)
        return Error{
            ErrorCode::InvalidInput,
            Text::tr("Name exactly one conversation: --%1 EMAIL (repeat it for a group chat), "
                     "--conversation ID, --room NAME or --group NAME.")
                .arg(peopleOption)};
    if (inv.isSet(kConversation)) {
        const qint64 id = inv.option(kConversation).toLongLong();
        auto member = inv.ws.conversations().isMember(id, me.id);
        if (!member)
            return member.error();
        auto c = inv.ws.conversations().conversation(id);
        if (c && !*member)
            return Error{ErrorCode::Forbidden,
                         Text::tr("%1 is not a member of conversation %2.").arg(me.email).arg(id)};
        return c;
    }
    if (inv.isSet(kRoom))
        return byTitle(inv, me, ConversationKind::Room, inv.option(kRoom));
    if (inv.isSet(kGroup))
        return byTitle(inv, me, ConversationKind::Group, inv.option(kGroup));
    auto ids = profileIds(inv.ws, people);
    if (!ids)
        return ids.error();
    if (create && ids->size() == 1)
        return inv.ws.conversations().direct(me.id, ids->first());
    // Several people: the group chat with exactly them, as the New message window does.
    auto list = inv.ws.conversations().summaries(me.id);
    if (!list)
        return list.error();
    const ConversationKind kind =
        ids->size() == 1 ? ConversationKind::Direct : ConversationKind::Group;
    if (auto found = existingChat(*list, kind, *ids + QList<qint64>{me.id}))
        return *found;
    if (!create) {
        if (missing)
            *missing = true;
        return Error{ErrorCode::NotFound,
                     Text::tr("There is no chat with exactly those people yet.")};
    }
    return inv.ws.conversations().createGroup(me.id, QString(), *ids);
}

QJsonObject attachmentJson(const Attachment &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("fileName"), a.fileName},
            {QStringLiteral("mimeType"), a.mimeType},
            {QStringLiteral("size"), a.size},
            {QStringLiteral("sha256"), a.sha256},
            {QStringLiteral("uploaderId"), a.uploaderId}};
}

// Before anything is opened: a message that could never be sent creates no conversation.
QString checkMessage(const QCommandLineParser &parser, const QStringList &args)
{
    const QString text = args.join(QLatin1Char(' '));
    if (text.trimmed().isEmpty() && !parser.isSet(QStringLiteral("attach")))
        return Text::tr("The message is empty. Write the text after the options, or attach a "
                        "file with --attach FILE.");
    if (text.size() > MessageStore::kMaxBodyLength)
        return Text::tr("The message is too long (%1 characters; at most %2). Split it or send "
                        "the text as a file with --attach.")
            .arg(text.size())
            .arg(MessageStore::kMaxBodyLength);
    return {};
}

int send(Invocation &inv)
{
    auto me = actor(inv);
    if (!me)
        return inv.out.fail(me.error());
    auto conv = target(inv, *me, kTo, true);
    if (!conv)
        return inv.out.fail(conv.error());
    OutgoingMessage out{MessageKind::Text, inv.args.join(QLatin1Char(' ')), {}, {}};
    for (const QString &file : inv.options(QStringLiteral("attach")))
        out.attachments.append(NewAttachment::fromFile(file));
    auto msg = inv.ws.messages().post(me->id, conv->id, out);
    if (!msg)
        return inv.out.fail(msg.error());
    if (inv.out.json()) {
        QJsonArray attachments;
        for (const Attachment &a : msg->attachments)
            attachments.append(attachmentJson(a));
        inv.out.printJson(QJsonObject{{QStringLiteral("conversation"), conv->id},
                                      {QStringLiteral("message"), msg->id},
                                      {QStringLiteral("attachments"), attachments}});
    } else {
        inv.out.line(Text::tr("Sent message %1 to conversation %2.").arg(msg->id).arg(conv->id));
        for (const Attachment &a : msg->attachments)
            inv.out.line(
                Text::tr("  attachment %1: %2 (%3)").arg(a.id).arg(a.fileName, formatSize(a.size)));
    }
    return ExitOk;
}

int history(Invocation &inv)
{
    auto me = actor(inv);
    if (!me)
        return inv.out.fail(me.error());
    bool missing = false;
    auto conv = target(inv, *me, kWith, false, &missing);
    if (!conv && missing) {
        // Nothing said yet is not an error; the chat appears when someone writes.
        if (inv.out.json())
            inv.out.printJson(QJsonObject{{QStringLiteral("conversation"), QJsonValue()},
                                          {QStringLiteral("messages"), QJsonArray()}});
        else
            inv.out.line(Text::tr("No messages with %1 yet.")
                             .arg(inv.options(kWith).join(QStringLiteral(", "))));
        return ExitOk;
    }
    if (!conv)
        return inv.out.fail(conv.error());
    const int limit =
        inv.isSet(QStringLiteral("limit")) ? inv.option(QStringLiteral("limit")).toInt() : 50;
    auto messages = inv.ws.messages().history(conv->id, 0, limit);
    if (!messages)
        return inv.out.fail(messages.error());
    QHash<qint64, Profile> senders;
    QJsonArray array;
    for (const Message &m : *messages) {
        if (!senders.contains(m.senderId)) {
            auto p = inv.ws.accounts().profile(m.senderId);
            senders.insert(m.senderId, p ? *p : Profile{});
        }
        const Profile &sender = senders[m.senderId];
        const QString body = AssistantTexts::render(m); // in this run's language and time zone
        QJsonArray attachments;
        for (const Attachment &a : m.attachments)
            attachments.append(attachmentJson(a));
        array.append(QJsonObject{
            {QStringLiteral("id"), m.id},
            {QStringLiteral("sender"), sender.email},
            {QStringLiteral("senderName"), sender.displayName},
            {QStringLiteral("kind"), toString(m.kind)},
            {QStringLiteral("body"), body},
            {QStringLiteral("payload"), m.payload},
            {QStringLiteral("time"),
             QDateTime::fromMSecsSinceEpoch(m.createdAt, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("attachments"), attachments}});
        if (inv.out.json())
            continue;
        inv.out.line(QStringLiteral("#%1  %2  %3: %4")
                         .arg(m.id)
                         .arg(formatTime(m.createdAt), sender.displayName, body));
        for (const Attachment &a : m.attachments)
            inv.out.line(Text::tr("      [attachment %1] %2 (%3, %4)")
                             .arg(a.id)
                             .arg(a.fileName, a.mimeType, formatSize(a.size)));
    }
    if (inv.out.json())
        inv.out.printJson(QJsonObject{{QStringLiteral("conversation"), conv->id},
                                      {QStringLiteral("kind"), toString(conv->kind)},
                                      {QStringLiteral("title"), conv->title},
                                      {QStringLiteral("messages"), array}});
    return ExitOk;
}

int conversations(Invocation &inv)
{
    auto me = actor(inv);
    if (!me)
        return inv.out.fail(me.error());
    auto list = inv.ws.conversations().summaries(me->id);
    if (!list)
        return inv.out.fail(list.error());
    QJsonArray array;
    for (const ConversationSummary &s : *list) {
        array.append(QJsonObject{{QStringLiteral("id"), s.conversation.id},
                                 {QStringLiteral("kind"), toString(s.conversation.kind)},
                                 {QStringLiteral("title"), s.displayTitle},
                                 {QStringLiteral("unread"), s.unread},
                                 {QStringLiteral("lastMessage"), s.lastMessageBody}});
        if (!inv.out.json())
            inv.out.line(QStringLiteral("%1  %2  %3  %4")
                             .arg(s.conversation.id, 4)
                             .arg(toString(s.conversation.kind), -6)
                             .arg(s.displayTitle, -32)
                             .arg(s.unread ? Text::tr("%n unread", nullptr, s.unread) : QString()));
    }
    if (inv.out.json())
        inv.out.printJson(array);
    return ExitOk;
}

int createConversation(Invocation &inv, bool room)
{
    auto me = actor(inv);
    if (!me)
        return inv.out.fail(me.error());
    auto ids = profileIds(inv.ws, inv.args);
    if (!ids)
        return inv.out.fail(ids.error());
    const QString title = inv.option(QStringLiteral("title"));
    auto conv = room ? inv.ws.conversations().createRoom(me->id, title, *ids)
                     : inv.ws.conversations().createGroup(me->id, title, *ids);
    if (!conv)
        return inv.out.fail(conv.error());
    inv.out.line(room ? Text::tr("Created room %1 \"%2\".").arg(conv->id).arg(conv->title)
                      : Text::tr("Created group chat %1.").arg(conv->id));
    return ExitOk;
}

int contactList(Invocation &inv)
{
    auto me = actor(inv);
    if (!me)
        return inv.out.fail(me.error());
    auto list = inv.ws.contacts().contacts(me->id);
    auto pending = inv.ws.contacts().pendingInvitations(me->id);
    if (!list || !pending)
        return inv.out.fail(!list ? list.error() : pending.error());
    QJsonArray contacts;
    QJsonArray invitations;
    for (const Contact &c : *list)
        contacts.append(QJsonObject{{QStringLiteral("email"), c.profile.email},
                                    {QStringLiteral("name"), c.profile.displayName},
                                    {QStringLiteral("mutual"), c.mutual}});
    for (const Invitation &i : *pending)
        invitations.append(QJsonObject{{QStringLiteral("from"), i.from.email},
                                       {QStringLiteral("name"), i.from.displayName}});
    if (inv.out.json()) {
        inv.out.printJson(QJsonObject{{QStringLiteral("contacts"), contacts},
                                      {QStringLiteral("invitations"), invitations}});
        return ExitOk;
    }
    for (const Contact &c : *list)
        inv.out.line(QStringLiteral("%1  %2  %3")
                         .arg(c.profile.email, -28)
                         .arg(c.profile.displayName, -24)
                         .arg(c.mutual ? QString() : Text::tr("(has not added you back)")));
    for (const Invitation &i : *pending)
        inv.out.line(
            Text::tr("Invitation from %1 <%2>: accept with \"carillon contact accept --as %3 %2\".")
                .arg(i.from.displayName, i.from.email, me->email));
    return ExitOk;
}

int contactInvite(Invocation &inv)
{
    auto me = actor(inv);
    if (!me)
        return inv.out.fail(me.error());
    auto outcome = inv.ws.contacts().invite(me->id, inv.args[0]);
    if (!outcome)
        return inv.out.fail(outcome.error());
    const QString who = inv.args[0].trimmed().toLower();
    switch (*outcome) {
    case InviteOutcome::Added:
        inv.out.line(Text::tr("Added %1; they were asked to add you back.").arg(who));
        break;
    case InviteOutcome::AddedMutual:
        inv.out.line(Text::tr("You and %1 are now contacts.").arg(who));
        break;
    case InviteOutcome::AlreadyContact:
        inv.out.line(Text::tr("%1 is already a contact.").arg(who));
        break;
    case InviteOutcome::InvitationSent:
        inv.out.line(Text::tr("Nobody uses %1 yet; the invitation waits for them.").arg(who));
        break;
    }
    return ExitOk;
}

int meetingSchedule(Invocation &inv)
{
    auto me = actor(inv);
    if (!me)
        return inv.out.fail(me.error());
    auto ids = profileIds(inv.ws, inv.args);
    if (!ids)
        return inv.out.fail(ids.error());
    const QDateTime start = QDateTime::fromString(inv.option(QStringLiteral("start")), Qt::ISODate);
    const int minutes =
        inv.isSet(QStringLiteral("duration")) ? inv.option(QStringLiteral("duration")).toInt() : 30;
    auto m = inv.ws.meetings().schedule(me->id, inv.option(QStringLiteral("title")),
                                        start.toMSecsSinceEpoch(), minutes, *ids);
    if (!m)
        return inv.out.fail(m.error());
    inv.out.line(Text::tr("Scheduled meeting %1 \"%2\" at %3.")
                     .arg(m->id)
                     .arg(m->title, formatTime(m->startsAt)));
    return ExitOk;
}

int meetingList(Invocation &inv)
{
    auto me = actor(inv);
    if (!me)
        return inv.out.fail(me.error());
    auto list = inv.ws.meetings().meetingsFor(me->id);
    if (!list)
        return inv.out.fail(list.error());
    QJsonArray array;
    for (const Meeting &m : *list) {
        auto organiser = inv.ws.accounts().profile(m.organiserId);
        const QString by = organiser ? organiser->email : QString();
        array.append(
            QJsonObject{{QStringLiteral("id"), m.id},
                        {QStringLiteral("title"), m.title},
                        {QStringLiteral("organiser"), by},
                        {QStringLiteral("start"),
                         QDateTime::fromMSecsSinceEpoch(m.startsAt, Qt::UTC).toString(Qt::ISODate)},
                        {QStringLiteral("durationMinutes"), m.durationMinutes}});
        if (!inv.out.json())
            inv.out.line(Text::tr("%1  %2  %3 min  %4  (organised by %5)")
                             .arg(m.id, 3)
                             .arg(formatTime(m.startsAt))
                             .arg(m.durationMinutes)
                             .arg(m.title, by));
    }
    if (inv.out.json())
        inv.out.printJson(array);
    return ExitOk;
}

} // namespace

QList<Command> chatCommands()
{
    const QCommandLineOption title(QStringLiteral("title"), Text::tr("Title or name."),
                                   QStringLiteral("TITLE"));
    const QCommandLineOption to(kTo, Text::tr("A recipient (repeat for a group chat)."),
                                QStringLiteral("EMAIL"));
    const QCommandLineOption with(
        kWith, Text::tr("The other person of a 1:1 chat (repeat for a group chat)."),
        QStringLiteral("EMAIL"));
    const QCommandLineOption conversation(kConversation, Text::tr("A conversation by number."),
                                          QStringLiteral("ID"));
    const QCommandLineOption room(kRoom, Text::tr("A room by name."), QStringLiteral("NAME"));
    const QCommandLineOption group(kGroup, Text::tr("A group chat by name."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption attach(
        QStringLiteral("attach"), Text::tr("Attach a file (repeatable)."), QStringLiteral("FILE"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), Text::tr("How many messages (default 50)."), QStringLiteral("ID"));
    const QCommandLineOption start(QStringLiteral("start"),
                                   Text::tr("Start, local time (2026-12-01T14:30)."),
                                   QStringLiteral("WHEN"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      Text::tr("Length in minutes (default 30)."),
                                      QStringLiteral("MINUTES"));
    QList<Command> commands{
        {QStringLiteral("contact invite"),
         QStringLiteral("EMAIL"),
         Text::tr("Invite a contact by address (the assistant is assistant_no_reply@chime.aws)."),
         {asOption()},
         contactInvite},
        {QStringLiteral("contact accept"),
         QStringLiteral("FROM_EMAIL"),
         Text::tr("Accept an invitation, so both of you are contacts."),
         {asOption()},
         [](Invocation &inv) {
             auto me = actor(inv);
             if (!me)
                 return inv.out.fail(me.error());
             if (Status s = inv.ws.contacts().accept(me->id, inv.args[0]); !s)
                 return inv.out.fail(s.error());
             inv.out.line(Text::tr("You and %1 are now contacts.").arg(inv.args[0].toLower()));
             return int(ExitOk);
         }},
        {QStringLiteral("contact list"),
         QString(),
         Text::tr("List contacts and open invitations."),
         {asOption(), jsonOption()},
         contactList},
        {QStringLiteral("conversations"),
         QString(),
         Text::tr("List a person's conversations with their numbers and unread counts."),
         {asOption(), jsonOption()},
         conversations},
        {QStringLiteral("group create"),
         QStringLiteral("MEMBER_EMAIL..."),
         Text::tr("Create a group chat with two or more other people."),
         {asOption(), title},
         [](Invocation &inv) { return createConversation(inv, false); }},
        {QStringLiteral("room create"),
         QStringLiteral("[MEMBER_EMAIL...]"),
         Text::tr("Create a chat room (the acting person is its creator)."),
         {asOption(), title},
         [](Invocation &inv) { return createConversation(inv, true); }},
        {QStringLiteral("room add"),
         QStringLiteral("MEMBER_EMAIL"),
         Text::tr("Add a person to a room."),
         {asOption(), room},
         [](Invocation &inv) {
             auto me = actor(inv);
             if (!me)
                 return inv.out.fail(me.error());
             if (!inv.isSet(kRoom))
                 return inv.out.usage(Text::tr("Name the room with --room NAME."));
             auto conv = byTitle(inv, *me, ConversationKind::Room, inv.option(kRoom));
             auto who = inv.ws.accounts().profileByEmail(inv.args[0]);
             if (!conv || !who)
                 return inv.out.fail(!conv ? conv.error() : who.error());
             if (Status s = inv.ws.conversations().addMember(conv->id, me->id, who->id); !s)
                 return inv.out.fail(s.error());
             inv.out.line(Text::tr("Added %1 to \"%2\".").arg(who->email, conv->title));
             return int(ExitOk);
         }},
        {QStringLiteral("send"),
         QStringLiteral("[TEXT...]"),
         Text::tr("Send a message (text and/or files) to a person, a group chat or a room."),
         {asOption(), to, conversation, room, group, attach, jsonOption()},
         send},
        {QStringLiteral("history"),
         QString(),
         Text::tr("Print a conversation with message and attachment numbers."),
         {asOption(), with, conversation, room, group, limit, jsonOption()},
         history},
        {QStringLiteral("attachment save"),
         QStringLiteral("ID TARGET"),
         Text::tr("Save an attachment's bytes to a file."),
         {},
         [](Invocation &inv) {
             const qint64 id = inv.args[0].toLongLong();
             if (Status s = inv.ws.messages().saveAttachment(id, inv.args[1]); !s)
                 return inv.out.fail(s.error());
             inv.out.line(Text::tr("Saved attachment %1 to %2.").arg(id).arg(inv.args[1]));
             return int(ExitOk);
         }},
        {QStringLiteral("meeting schedule"),
         QStringLiteral("[INVITEE_EMAIL...]"),
         Text::tr("Schedule a meeting."),
         {asOption(), title, start, duration},
         meetingSchedule},
        {QStringLiteral("meeting list"),
         QString(),
         Text::tr("List a person's meetings."),
         {asOption(), jsonOption()},
         meetingList},
    };
    return withKinds(commands,
                     {QStringLiteral("contact list"), QStringLiteral("conversations"),
                      QStringLiteral("history"), QStringLiteral("attachment save"),
                      QStringLiteral("meeting list")},
                     QStringLiteral("send"), checkMessage);
}

} // namespace carillon::cli
