#pragma once

#include "core/AssistantPayloads.h"

#include <QCoreApplication>
#include <QString>

namespace carillon {

struct AssistantConfig;

// Every sentence the assistant says, in one place, through tr(). Bodies read well on their own
// (in any client, in `carillon history`) and contain the exact command to paste.
class AssistantTexts
{
    Q_DECLARE_TR_FUNCTIONS(AssistantTexts)
public:
    static QString introduction(const QString &assistantName, const AssistantConfig &config);
    static QString help(const AssistantConfig &config);
    static QString notUnderstood();
    static QString confirmation(const ConfirmationPayload &payload);
    static QString deletionPreview(const DeletionPreviewPayload &preview, const QString &email);
    static QString exportAccepted(const ExportAcceptedPayload &payload, qint64 requestedAt);
    static QString exportDelivered(const ExportDeliveredPayload &payload);
    static QString exportFailed(int attempts);
    static QString refusal(const RefusalPayload &payload, qint64 lastRequestAt);
    static QString manifestFileName(qint64 deliveredAt);

    // "Friday 4 December 2026 at 09:14 CET": the person's locale and time zone.
    static QString moment(qint64 utcMs);
    static QString duration(qint64 ms);
    static QString clockTime(const QTime &time);
};

} // namespace carillon
