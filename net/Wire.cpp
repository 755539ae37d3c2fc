#include "net/Wire.h"

#include "core/EnumNames.h"

#include <QJsonDocument>

#include <cmath>

namespace carillon::wire {

namespace {
constexpr EnumName<ErrorCode> kErrorCodes[] = {
    {ErrorCode::InvalidInput, "invalid-input"},
    {ErrorCode::NotFound, "not-found"},
    {ErrorCode::Conflict, "conflict"},
    {ErrorCode::Forbidden, "forbidden"},
    {ErrorCode::TooLarge, "too-large"},
    {ErrorCode::Io, "io"},
    {ErrorCode::Storage, "storage"},
};

constexpr EnumName<InviteOutcome> kOutcomes[] = {
    {InviteOutcome::Added, "added"},
    {InviteOutcome::AddedMutual, "added-mutual"},
    {InviteOutcome::AlreadyContact, "already-contact"},
    {InviteOutcome::InvitationSent, "invitation-sent"},
};

// Reads the listed fields of an object into the given places; false when the value is not an
// object or any field is missing or mistyped.
struct Reader
{
    QJsonObject object;
    bool ok;
    explicit Reader(const QJsonValue &json) : object(json.toObject()), ok(json.isObject()) {}
    template <typename T> Reader &operator()(const char *key, T *out)
    {
        ok = ok && decode(object.value(QLatin1String(key)), out);
        return *this;
    }
};

template <typename E, std::size_t N>
bool decodeEnum(const EnumName<E> (&table)[N], const QJsonValue &json, E *out)
{
    return json.isString() && valueOf(table, json.toString(), out);
}

template <typename E> bool decodeNamed(const QJsonValue &json, E *out)
{
    return json.isString() && fromString(json.toString(), out);
}
} // namespace

QJsonValue encode(qint64 value)
{
    return QJsonValue(value);
}

QJsonValue encode(int value)
{
    return QJsonValue(value);
}

QJsonValue encode(bool value)
{
    return QJsonValue(value);
}

QJsonValue encode(const QString &value)
{
    return QJsonValue(value);
}

QJsonValue encode(const QJsonObject &value)
{
    return value;
}

QJsonValue encode(const Profile &p)
{
    return Object{{"id", p.id},
                  {"identity", p.identityId},
                  {"email", p.email},
                  {"name", p.displayName},
                  {"kind", toString(p.kind)},
                  {"created", p.createdAt}};
}

QJsonValue encode(const Managed &m)
{
    return Object{{"status", toString(m.status)}, {"organisation", m.organisation}};
}

QJsonValue encode(const Contact &c)
{
    return Object{{"profile", encode(c.profile)}, {"mutual", c.mutual}};
}

QJsonValue encode(const Invitation &i)
{
    return Object{
        {"id", i.id}, {"from", encode(i.from)}, {"to", i.toEmail}, {"created", i.createdAt}};
}

QJsonValue encode(const Attachment &a)
{
    return Object{{"id", a.id},
                  {"public", a.publicId},
                  {"message", a.messageId},
                  {"conversation", a.conversationId},
                  {"uploader", a.uploaderId},
                  {"name", a.fileName},
                  {"mime", a.mimeType},
                  {"size", a.size},
                  {"sha256", a.sha256},
                  {"created", a.createdAt}};
}

QJsonValue encode(const Message &m)
{
    return Object{{"id", m.id},
                  {"conversation", m.conversationId},
                  {"sender", m.senderId},
                  {"kind", toString(m.kind)},
                  {"body", m.body},
                  {"payload", m.payload},
                  {"created", m.createdAt},
                  {"attachments", encode(m.attachments)}};
}

QJsonValue encode(const Conversation &c)
{
    return Object{{"id", c.id},
                  {"kind", toString(c.kind)},
                  {"title", c.title},
                  {"creator", c.creatorId},
                  {"created", c.createdAt},
                  {"members", encode(c.memberIds)}};
}

QJsonValue encode(const ConversationSummary &s)
{
    return Object{{"conversation", encode(s.conversation)},
                  {"title", s.displayTitle},
                  {"lastId", s.lastMessageId},
                  {"lastBody", s.lastMessageBody},
                  {"lastAt", s.lastMessageAt},
                  {"unread", s.unread}};
}

QJsonValue encode(const Meeting &m)
{
    return Object{
        {"id", m.id},           {"organiser", m.organiserId},   {"title", m.title},
        {"starts", m.startsAt}, {"minutes", m.durationMinutes}, {"invitees", encode(m.inviteeIds)}};
}

QJsonValue encode(const ConversationHit &h)
{
    return Object{
        {"conversation", h.conversationId}, {"kind", toString(h.kind)}, {"title", h.title}};
}

QJsonValue encode(const MessageHit &h)
{
    return Object{{"message", h.messageId},       {"conversation", h.conversationId},
                  {"sender", h.senderId},         {"senderName", h.senderName},
                  {"title", h.conversationTitle}, {"body", h.body},
                  {"created", h.createdAt}};
}

QJsonValue encode(const SearchResults &r)
{
    return Object{{"people", encode(r.people)},
                  {"conversations", encode(r.conversations)},
                  {"messages", encode(r.messages)}};
}

QJsonValue encode(const DemoPerson &p)
{
    return Object{{"email", p.email}, {"name", p.name}, {"role", p.role}};
}

QJsonValue encode(InviteOutcome outcome)
{
    return nameOf(kOutcomes, outcome);
}

QJsonValue encode(RevokeReason reason)
{
    return toString(reason);
}

QJsonValue encode(const Error &e)
{
    return Object{{"code", nameOf(kErrorCodes, e.code)}, {"message", e.message}};
}

bool decode(const QJsonValue &json, qint64 *value)
{
    // JSON numbers are doubles: whole numbers up to 2^53 pass exactly, which ids and
    // millisecond times stay far below.
    const double d = json.toDouble(std::nan(""));
    if (!json.isDouble() || d != std::trunc(d) || std::abs(d) > 9007199254740992.0)
        return false;
    *value = qint64(d);
    return true;
}

bool decode(const QJsonValue &json, int *value)
{
    qint64 wide = 0;
    if (!decode(json, &wide) || wide < INT_MIN || wide > INT_MAX)
        return false;
    *value = int(wide);
    return true;
}

bool decode(const QJsonValue &json, bool *value)
{
    if (!json.isBool())
        return false;
    *value = json.toBool();
    return true;
}

bool decode(const QJsonValue &json, QString *value)
{
    if (!json.isString())
        return false;
    *value = json.toString();
    return true;
}

bool decode(const QJsonValue &json, QJsonObject *value)
{
    if (!json.isObject())
        return false;
    *value = json.toObject();
    return true;
}

bool decode(const QJsonValue &json, Profile *p)
{
    QString kind;
    return Reader(json)("id", &p->id)("identity", &p->identityId)("email", &p->email)(
               "name", &p->displayName)("kind", &kind)("created", &p->createdAt)
               .ok &&
           fromString(kind, &p->kind);
}

bool decode(const QJsonValue &json, Managed *m)
{
    return Reader(json)("organisation", &m->organisation).ok &&
           decodeNamed(json.toObject().value(QLatin1String("status")), &m->status);
}

bool decode(const QJsonValue &json, Contact *c)
{
    return Reader(json)("profile", &c->profile)("mutual", &c->mutual).ok;
}

bool decode(const QJsonValue &json, Invitation *i)
{
    return Reader(json)("id", &i->id)("from", &i->from)("to", &i->toEmail)("created", &i->createdAt)
        .ok;
}

bool decode(const QJsonValue &json, Attachment *a)
{
    return Reader(json)("id", &a->id)("public", &a->publicId)("message", &a->messageId)(
               "conversation", &a->conversationId)("uploader", &a->uploaderId)(
               "name", &a->fileName)("mime", &a->mimeType)("size", &a->size)("sha256", &a->sha256)(
               "created", &a->createdAt)
        .ok;
}

bool decode(const QJsonValue &json, Message *m)
{
    return Reader(json)("id", &m->id)("conversation", &m->conversationId)("sender", &m->senderId)(
               "body", &m->body)("payload", &m->payload)("created", &m->createdAt)("attachments",
                                                                                   &m->attachments)
               .ok &&
           decodeNamed(json.toObject().value(QLatin1String("kind")), &m->kind);
}

bool decode(const QJsonValue &json, Conversation *c)
{
    return Reader(json)("id", &c->id)("title", &c->title)("creator", &c->creatorId)(
               "created", &c->createdAt)("members", &c->memberIds)
               .ok &&
           decodeNamed(json.toObject().value(QLatin1String("kind")), &c->kind);
}

bool decode(const QJsonValue &json, ConversationSummary *s)
{
    return Reader(json)("conversation",
                        &s->conversation)("title", &s->displayTitle)("lastId", &s->lastMessageId)(
               "lastBody", &s->lastMessageBody)("lastAt", &s->lastMessageAt)("unread", &s->unread)
        .ok;
}

bool decode(const QJsonValue &json, Meeting *m)
{
    return Reader(json)("id", &m->id)("organiser", &m->organiserId)("title", &m->title)(
               "starts", &m->startsAt)("minutes", &m->durationMinutes)("invitees", &m->inviteeIds)
        .ok;
}

bool decode(const QJsonValue &json, ConversationHit *h)
{
    return Reader(json)("conversation", &h->conversationId)("title", &h->title).ok &&
           decodeNamed(json.toObject().value(QLatin1String("kind")), &h->kind);
}

bool decode(const QJsonValue &json, MessageHit *h)
{
    return Reader(json)("message", &h->messageId)("conversation", &h->conversationId)(
               "sender", &h->senderId)("senderName", &h->senderName)(
               "title", &h->conversationTitle)("body", &h->body)("created", &h->createdAt)
        .ok;
}

bool decode(const QJsonValue &json, SearchResults *r)
{
    return Reader(json)("people", &r->people)("conversations", &r->conversations)("messages",
                                                                                  &r->messages)
        .ok;
}

bool decode(const QJsonValue &json, DemoPerson *p)
{
    return Reader(json)("email", &p->email)("name", &p->name)("role", &p->role).ok;
}

bool decode(const QJsonValue &json, InviteOutcome *outcome)
{
    return decodeEnum(kOutcomes, json, outcome);
}

bool decode(const QJsonValue &json, RevokeReason *reason)
{
    return decodeNamed(json, reason);
}

bool decode(const QJsonValue &json, Error *e)
{
    return Reader(json)("message", &e->message).ok &&
           decodeEnum(kErrorCodes, json.toObject().value(QLatin1String("code")), &e->code);
}

namespace {
Error unreadable(const QString &why)
{
    return Error{ErrorCode::InvalidInput, QStringLiteral("unreadable frame: %1").arg(why)};
}

QString text(QJsonObject frame)
{
    frame.insert(QLatin1String("v"), kVersion);
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}
} // namespace

Result<Frame> parse(const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!doc.isObject())
        return unreadable(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                       : QStringLiteral("not an "
                                                                                        "object"));
    const QJsonObject o = doc.object();
    int version = 0;
    if (!decode(o.value(QLatin1String("v")), &version) || version != kVersion)
        return unreadable(QStringLiteral("protocol version %1 expected").arg(kVersion));
    Frame frame;
    const bool hasId = o.contains(QLatin1String("id"));
    if (hasId && !decode(o.value(QLatin1String("id")), &frame.id))
        return unreadable(QStringLiteral("bad id"));
    const QJsonValue args = o.value(QLatin1String("args"));
    if (!args.isUndefined() && !decode(args, &frame.args))
        return unreadable(QStringLiteral("args is not an object"));
    if (o.contains(QLatin1String("call"))) {
        frame.kind = Frame::Kind::Call;
        if (!hasId || !decode(o.value(QLatin1String("call")), &frame.name))
            return unreadable(QStringLiteral("a call needs an id and a name"));
    } else if (o.contains(QLatin1String("event"))) {
        frame.kind = Frame::Kind::Event;
        if (!decode(o.value(QLatin1String("event")), &frame.name))
            return unreadable(QStringLiteral("an event needs a name"));
    } else if (hasId && o.contains(QLatin1String("ok"))) {
        frame.kind = Frame::Kind::Reply;
        frame.value = o.value(QLatin1String("ok"));
    } else if (hasId && o.contains(QLatin1String("error"))) {
        frame.kind = Frame::Kind::Reply;
        Error error;
        if (!decode(o.value(QLatin1String("error")), &error))
            return unreadable(QStringLiteral("bad error"));
        frame.error = error;
    } else {
        return unreadable(QStringLiteral("neither a call, a reply nor an event"));
    }
    return frame;
}

QString call(qint64 id, const QString &name, const Object &args)
{
    return text(Object{{"id", id}, {"call", name}, {"args", args}});
}

QString reply(qint64 id, const QJsonValue &value)
{
    return text(Object{{"id", id}, {"ok", value}});
}

QString failure(qint64 id, const Error &error)
{
    return text(Object{{"id", id}, {"error", encode(error)}});
}

QString event(const QString &name, const Object &args)
{
    return text(Object{{"event", name}, {"args", args}});
}

QString answer(qint64 id, const Status &status)
{
    return status ? reply(id, QJsonValue()) : failure(id, status.error());
}

} // namespace carillon::wire
