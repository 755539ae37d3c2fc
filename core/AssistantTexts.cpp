#include "core/AssistantTexts.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QtNumeric>

#include <limits>

namespace carillon {

QString AssistantTexts::moment(qint64 utcMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime();
    const QLocale locale;
    return tr("%1 at %2 %3", "date, time, time zone")
        .arg(locale.toString(local.date(), QLocale::LongFormat), clockTime(local.time()),
             local.timeZoneAbbreviation());
}

QString AssistantTexts::clockTime(const QTime &time)
{
    // The C locale's short format shows seconds; people read hours and minutes.
    const QLocale locale;
    return locale.language() == QLocale::C ? time.toString(QStringLiteral("HH:mm"))
                                           : locale.toString(time, QLocale::ShortFormat);
}

QString AssistantTexts::duration(qint64 ms)
{
    // tr() leaves "%n" as it is for a negative count, and a payload read from the store may
    // hold anything: counts are whole minutes from zero to what an int holds.
    const qint64 minutes = qBound<qint64>(0, ms / 60'000, qint64(std::numeric_limits<int>::max()));
    if (minutes % (24 * 60) == 0)
        return tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
    if (minutes % 60 == 0)
        return tr("%n hour(s)", nullptr, int(minutes / 60));
    return tr("%n minute(s)", nullptr, int(minutes));
}

QString AssistantTexts::render(const Message &m)
{
    const QJsonObject &json = m.payload;
    auto has = [&json](const char *key) { return json.contains(QLatin1String(key)); };
    switch (m.kind) {
    case MessageKind::Text:
        break;
    case MessageKind::AssistantIntro:
    case MessageKind::AssistantInfo: {
        const AssistantInfoPayload p = AssistantInfoPayload::fromJson(json);
        const bool complete = p.topic == AssistantInfoPayload::Topic::NotUnderstood
                                  ? json.value(QLatin1String("topic")) == QLatin1String("unknown")
                              : p.topic == AssistantInfoPayload::Topic::ExportFailed
                                  ? has("attempts")
                              : p.topic == AssistantInfoPayload::Topic::Introduction
                                  ? has("assistantName") && has("cooldownMs")
                                  : has("exportDelayMs") && has("cooldownMs");
        if (complete)
            return info(p);
        break;
    }
    case MessageKind::ConfirmationRequest:
        if (has("code") && has("expiresAt"))
            return confirmation(ConfirmationPayload::fromJson(json));
        break;
    case MessageKind::ExportAccepted:
        if (has("requestedAt"))
            return exportAccepted(ExportAcceptedPayload::fromJson(json));
        break;
    case MessageKind::ExportDelivered:
        if (has("expiresAt"))
            return exportDelivered(ExportDeliveredPayload::fromJson(json));
        break;
    case MessageKind::DeletionPreview:
        if (has("email"))
            return deletionPreview(DeletionPreviewPayload::fromJson(json));
        break;
    case MessageKind::Refusal: {
        const RefusalPayload p = RefusalPayload::fromJson(json);
        const bool timed = p.reason == RefusalPayload::Reason::Cooldown ||
                           p.reason == RefusalPayload::Reason::TooManyCodes;
        if (!timed || (has("lastRequestAt") && has("availableAt")))
            return refusal(p);
        break;
    }
    }
    return m.body;
}

QString AssistantTexts::info(const AssistantInfoPayload &p)
{
    switch (p.topic) {
    case AssistantInfoPayload::Topic::Introduction:
        return introduction(p.assistantName, p.cooldownMs);
    case AssistantInfoPayload::Topic::Help:
        return help(p);
    case AssistantInfoPayload::Topic::ExportFailed:
        return exportFailed(p.attempts);
    case AssistantInfoPayload::Topic::NotUnderstood:
        break;
    }
    return notUnderstood();
}

QString AssistantTexts::introduction(const QString &assistantName, qint64 cooldownMs)
{
    return tr("Hello! I am %1. I look after your own data on Carillon and understand three "
              "commands. Send one as a message:\n\n"
              "Help\n    what I can do and how it works.\n\n"
              "Get my attachments\n    a file of download links to every attachment you uploaded "
              "to 1:1 and group chats, and to everything shared in chat rooms you created. Once "
              "every %2.\n\n"
              "Delete me\n    erases your profile and your data and signs you out on all your "
              "devices. Your sign-in identity is kept.\n\n"
              "Before I act on Get my attachments or Delete me, I send you a confirmation code to "
              "send back. These two are not available when a Team or an Enterprise account "
              "manages your profile.")
        .arg(assistantName, duration(cooldownMs));
}

QString AssistantTexts::help(const AssistantInfoPayload &config)
{
    return tr("Here is what I can do.\n\n"
              "Get my attachments: I collect two kinds of files. First, the ones you sent "
              "yourself in 1:1 and group chats. Second, all files posted by anybody in chat rooms "
              "that you started. Files other people sent you in 1:1 or group chats, files in "
              "rooms started by someone else and my own files are left out. Confirm with the "
              "code I send, and about %1 later I post a file here with one download link per "
              "line. The links work for about %2. You can make one request every %3.\n\n"
              "Delete me: I first tell you what would be erased, then send a code. When you "
              "confirm, you are signed out on every device and your profile, contacts, messages, "
              "attachments, room memberships and the meetings you organised are erased. Your "
              "sign-in identity stays; signing in with it again starts a new, empty profile.\n\n"
              "Codes: each code works once, for %4, for that command only. If a code is wrong or "
              "late it stops working and I send a new one.\n\n"
              "Managed profiles: if you joined a Team or your company's Enterprise account claimed "
              "your email domain, Get my attachments and Delete me are not available. Ask your "
              "administrator.")
        .arg(duration(config.exportDelayMs), duration(config.linkLifetimeMs),
             duration(config.cooldownMs), duration(config.codeValidityMs));
}

QString AssistantTexts::notUnderstood()
{
    return tr("Sorry, I did not understand that. I answer three commands: Help, Get my "
              "attachments and Delete me.");
}

QString AssistantTexts::confirmation(const ConfirmationPayload &p)
{
    QString lead;
    switch (p.reason) {
    case ConfirmationPayload::Reason::WrongCode:
        lead = tr("That did not match the code I sent, so that code no longer works. Here is a "
                  "new one.");
        break;
    case ConfirmationPayload::Reason::Expired:
        lead = tr("That code had expired, so here is a new one.");
        break;
    case ConfirmationPayload::Reason::First:
        break;
    }
    const QString ask = p.command == AssistantCommand::DeleteMe
                            ? tr("To confirm that you want your profile and data deleted, send "
                                 "this exact command before %1:")
                            : tr("To confirm your request for your attachments, send this exact "
                                 "command before %1:");
    QString text =
        ask.arg(clockTime(QDateTime::fromMSecsSinceEpoch(p.expiresAt).toLocalTime().time())) +
        QStringLiteral("\n\n") + p.commandLine();
    if (p.command == AssistantCommand::DeleteMe)
        text += QStringLiteral("\n\n") +
                tr("You will be signed out on all your devices and will no longer have your "
                   "chats, rooms, contacts or meetings.");
    return lead.isEmpty() ? text : lead + QStringLiteral("\n\n") + text;
}

QString AssistantTexts::deletionPreview(const DeletionPreviewPayload &p)
{
    const QStringList lines = {
        tr("Deleting your profile erases:"),
        tr("- your place in %n conversation(s)", nullptr, p.conversations),
        tr("- %n message(s) you wrote", nullptr, p.messages),
        tr("- %n attachment(s) you uploaded", nullptr, p.attachments),
        tr("- %n contact(s), and you from other people's contacts", nullptr, p.contacts),
        tr("- %n meeting(s) you organised, cancelled for the people invited", nullptr, p.meetings),
        tr("- your membership of %n room(s) you created; rooms with other members stay for them",
           nullptr, p.roomsCreated),
        QString(),
        tr("Kept: your sign-in identity %1. Signing in with it again starts a new, empty profile.")
            .arg(p.email),
    };
    return lines.join(QLatin1Char('\n'));
}

QString AssistantTexts::exportAccepted(const ExportAcceptedPayload &p)
{
    if (p.alreadyPending)
        return tr("Your request of %1 is still being prepared. I will post the file here around "
                  "%2.")
            .arg(moment(p.requestedAt), moment(p.expectedAt));
    return tr("Confirmed. I am preparing the list of your attachments and will post it here as a "
              "file around %1.")
        .arg(moment(p.expectedAt));
}

QString AssistantTexts::exportDelivered(const ExportDeliveredPayload &p)
{
    const QString what = p.linkCount == 0
                             ? tr("Your attachments list is ready. The attached file is empty: "
                                  "there are no attachments that qualify.")
                             : tr("Your attachments list is ready: the attached file has %n "
                                  "download link(s), one per line.",
                                  nullptr, p.linkCount);
    return what + QStringLiteral("\n\n") + tr("The links expire on %1.").arg(moment(p.expiresAt)) +
           QStringLiteral("\n\n") +
           tr("Keep this file private: anyone who has it can download your attachments until "
              "then. To download them all at once: wget -i followed by the file's name.");
}

QString AssistantTexts::exportFailed(int attempts)
{
    return tr("I could not prepare your file of attachment links: %n attempt(s) failed, so I "
              "stopped trying. Nothing was sent and this request does not count towards the "
              "limit. Send Get my attachments again to make a new request; if that fails too, "
              "tell whoever looks after this Carillon installation.",
              nullptr, attempts);
}

QString AssistantTexts::refusal(const RefusalPayload &p)
{
    switch (p.reason) {
    case RefusalPayload::Reason::Team:
        return tr("%1 is not available to managed users: your profile is managed by the Team "
                  "\"%2\". Ask the Team's administrator to remove you from the Team; after that "
                  "you can use it.")
            .arg(commandText(p.command), p.organisation);
    case RefusalPayload::Reason::Enterprise:
        return tr("%1 is not available to managed users: the Enterprise account \"%2\" has "
                  "claimed your email domain and manages your profile. Your profile data is "
                  "deleted when your company releases the domain and deletes its account. Please "
                  "contact your administrator.")
            .arg(commandText(p.command), p.organisation);
    case RefusalPayload::Reason::TooManyCodes: {
        // Whole minutes, rounded up, from the refusal's time: "try again in 0 minutes" would
        // invite a retry that is still refused.
        qint64 wait = 0;
        if (qSubOverflow(p.availableAt, p.lastRequestAt, &wait))
            wait = p.availableAt > p.lastRequestAt ? std::numeric_limits<qint64>::max() : 0;
        const qint64 bounded = qBound(qint64(0), wait, qint64(24 * 60 * 60'000));
        const qint64 minutes = qMax<qint64>(1, (bounded + 59'999) / 60'000);
        return tr("Too many wrong confirmation codes were sent for %1. To keep your account "
                  "safe, try again in %2, at %3.")
            .arg(commandText(p.command), duration(minutes * 60'000), moment(p.availableAt));
    }
    case RefusalPayload::Reason::Cooldown:
        break;
    }
    qint64 period = 0; // a damaged payload's times may be any two numbers
    if (qSubOverflow(p.availableAt, p.lastRequestAt, &period))
        period = p.availableAt > p.lastRequestAt ? std::numeric_limits<qint64>::max() : 0;
    return tr("You can ask for your attachments once every %1. Your last request was on %2; you "
              "can ask again from %3.")
        .arg(duration(period), moment(p.lastRequestAt), moment(p.availableAt));
}

QString AssistantTexts::manifestFileName(qint64 deliveredAt)
{
    // A file name, not a sentence: kept ASCII and the same in every language.
    return QStringLiteral("attachment-links-%1.txt")
        .arg(QDateTime::fromMSecsSinceEpoch(deliveredAt)
                 .toLocalTime()
                 .toString(QStringLiteral("yyyy-MM-dd-HHmm")));
}

} // namespace carillon
