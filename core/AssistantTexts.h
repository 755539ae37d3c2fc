#pragma once

#include "core/AssistantPayloads.h"
#include "core/Types.h"

#include <QCoreApplication>
#include <QString>

namespace carillon {

// Every sentence the assistant says, in one place, through tr(). Bodies read well on their own
// (in any client, in `carillon history`) and contain the exact command to paste. They are made
// from the payloads, in the current translation, locale and time zone: the assistant stores one
// when it answers, and each client makes its own at display time (render()), so a reply
// delivered by a German command-line run reads in English, with English dates, to an English
// reader.
class AssistantTexts
{
    Q_DECLARE_TR_FUNCTIONS(AssistantTexts)
public:
    // The text of a message for this reader: made from its payload when the payload holds
    // every fact the text needs, else the body stored with it (a person's message, a row from
    // before those facts were stored).
    static QString render(const Message &message);

    static QString info(const AssistantInfoPayload &payload);
    static QString introduction(const QString &assistantName, qint64 cooldownMs);
    static QString help(const AssistantInfoPayload &durations);
    static QString notUnderstood();
    static QString confirmation(const ConfirmationPayload &payload);
    static QString deletionPreview(const DeletionPreviewPayload &preview);
    static QString exportAccepted(const ExportAcceptedPayload &payload);
    static QString exportDelivered(const ExportDeliveredPayload &payload);
    static QString exportFailed(int attempts);
    static QString refusal(const RefusalPayload &payload);
    static QString manifestFileName(qint64 deliveredAt);

    // "Friday 4 December 2026 at 09:14 CET": the person's locale and time zone.
    static QString moment(qint64 utcMs);
    static QString duration(qint64 ms);
    static QString clockTime(const QTime &time);
};

} // namespace carillon
