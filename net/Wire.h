#pragma once

#include "core/ContactStore.h"
#include "core/DemoData.h"
#include "core/Result.h"
#include "core/SearchIndex.h"
#include "core/SessionStore.h"
#include "core/Types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace carillon::wire {

// The Carillon protocol between a client and carillon-server: JSON text frames on one
// WebSocket per device. Three shapes, each an object with the protocol version "v":
//   call   {"v":1, "id":7, "call":"history", "args":{"conversation":3, "before":0, "limit":60}}
//   reply  {"v":1, "id":7, "ok":<value>}  or  {"v":1, "id":7, "error":{"code":..,"message":..}}
//   event  {"v":1, "event":"messagePosted", "args":{"conversation":3, "message":812}}
// A reply answers the call with the same id; events come whenever something changes for the
// signed-in person. Everything below turns the core's types into JSON and back; decoding is
// strict (a missing or mistyped field fails), unknown fields are ignored so that a newer peer
// may add some.
inline constexpr int kVersion = 1;
// A frame larger than this closes the connection with an error (1009, "message too big").
inline constexpr qint64 kMaxFrameBytes = 4 * 1024 * 1024;

// One field of a JSON object written in code: an ASCII key and a value, text included (the
// project builds with QT_NO_CAST_FROM_ASCII, so "key" alone would not become a QString).
struct JsonField
{
    JsonField(const char *key, QJsonValue value) : key(key), value(std::move(value)) {}
    // A string literal only: a bare 0 must stay a number.
    template <std::size_t N>
    JsonField(const char *key, const char (&text)[N]) : key(key), value(QString::fromUtf8(text))
    {
    }
    const char *key;
    QJsonValue value;
};

// A JSON object, also from fields in braces: Object{{"conversation", 3}, {"text", "hi"}}.
struct Object : QJsonObject
{
    Object() = default;
    Object(const QJsonObject &object) : QJsonObject(object) {}
    Object(std::initializer_list<JsonField> fields)
    {
        for (const JsonField &f : fields)
            insert(QLatin1String(f.key), f.value);
    }
};

QJsonValue encode(qint64 value);
QJsonValue encode(int value);
QJsonValue encode(bool value);
QJsonValue encode(const QString &value);
QJsonValue encode(const QJsonObject &value);
QJsonValue encode(const Profile &profile);
QJsonValue encode(const Managed &managed);
QJsonValue encode(const Contact &contact);
QJsonValue encode(const Invitation &invitation);
QJsonValue encode(const Attachment &attachment);
QJsonValue encode(const Message &message);
QJsonValue encode(const Conversation &conversation);
QJsonValue encode(const ConversationSummary &summary);
QJsonValue encode(const Meeting &meeting);
QJsonValue encode(const ConversationHit &hit);
QJsonValue encode(const MessageHit &hit);
QJsonValue encode(const SearchResults &results);
QJsonValue encode(const DemoPerson &person);
QJsonValue encode(InviteOutcome outcome);
QJsonValue encode(RevokeReason reason);
QJsonValue encode(const Error &error);
template <typename T> QJsonValue encode(const QList<T> &list)
{
    QJsonArray array;
    for (const T &item : list)
        array.append(encode(item));
    return array;
}

bool decode(const QJsonValue &json, qint64 *value);
bool decode(const QJsonValue &json, int *value);
bool decode(const QJsonValue &json, bool *value);
bool decode(const QJsonValue &json, QString *value);
bool decode(const QJsonValue &json, QJsonObject *value);
bool decode(const QJsonValue &json, Profile *profile);
bool decode(const QJsonValue &json, Managed *managed);
bool decode(const QJsonValue &json, Contact *contact);
bool decode(const QJsonValue &json, Invitation *invitation);
bool decode(const QJsonValue &json, Attachment *attachment);
bool decode(const QJsonValue &json, Message *message);
bool decode(const QJsonValue &json, Conversation *conversation);
bool decode(const QJsonValue &json, ConversationSummary *summary);
bool decode(const QJsonValue &json, Meeting *meeting);
bool decode(const QJsonValue &json, ConversationHit *hit);
bool decode(const QJsonValue &json, MessageHit *hit);
bool decode(const QJsonValue &json, SearchResults *results);
bool decode(const QJsonValue &json, DemoPerson *person);
bool decode(const QJsonValue &json, InviteOutcome *outcome);
bool decode(const QJsonValue &json, RevokeReason *reason);
bool decode(const QJsonValue &json, Error *error);
template <typename T> bool decode(const QJsonValue &json, QList<T> *list)
{
    if (!json.isArray())
        return false;
    const QJsonArray array = json.toArray();
    QList<T> out;
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        T value;
        if (!decode(item, &value))
            return false;
        out.append(std::move(value));
    }
    *list = std::move(out);
    return true;
}

// One field of an object, decoded; nothing when it is missing or mistyped.
template <typename T> std::optional<T> field(const QJsonObject &object, QLatin1String key)
{
    T value;
    if (!decode(object.value(key), &value))
        return std::nullopt;
    return value;
}

// A frame as received: exactly one of call, reply or event, or why it could not be read.
struct Frame
{
    enum class Kind
    {
        Call,
        Reply,
        Event
    };
    Kind kind = Kind::Call;
    qint64 id = 0;              // calls and replies
    QString name;               // the call's or the event's name
    QJsonObject args;           // a call's arguments, an event's fields
    QJsonValue value;           // a successful reply's value
    std::optional<Error> error; // a failed reply's error
};
Result<Frame> parse(const QString &text);

QString call(qint64 id, const QString &name, const Object &args);
QString reply(qint64 id, const QJsonValue &value);
QString failure(qint64 id, const Error &error);
QString event(const QString &name, const Object &args);

// A reply's frame for a core result: its value encoded, or its error.
template <typename T> QString answer(qint64 id, const Result<T> &result)
{
    return result ? reply(id, encode(*result)) : failure(id, result.error());
}
QString answer(qint64 id, const Status &status);

} // namespace carillon::wire
