#include "ui/ScheduleMeetingDialog.h"

#include "ui/DialogParts.h"
#include "ui/RecipientEdit.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace carillon::ui {

ScheduleMeetingDialog::ScheduleMeetingDialog(ChatBackend &backend, QWidget *parent)
    : QDialog(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("scheduleMeetingDialog"));
    setWindowTitle(tr("Schedule a meeting"));
    auto *form = new QFormLayout(this);
    m_title = lineEdit(this, QStringLiteral("meetingTitleEdit"), tr("Meeting title"));
    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("meetingStartEdit"));
    m_start->setAccessibleName(tr("Start"));
    m_start->setCalendarPopup(true);
    // The next full hour, by the profile's clock (the demo clock may be ahead).
    QDateTime next = QDateTime::fromMSecsSinceEpoch(backend.nowMs()).addSecs(3600);
    next.setTime(QTime(next.time().hour(), 0));
    m_start->setDateTime(next);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("meetingDurationSpinBox"));
    m_minutes->setAccessibleName(tr("Duration in minutes"));
    m_minutes->setRange(5, 24 * 60);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(30);
    m_minutes->setSuffix(tr(" min"));
    m_invitees = new RecipientEdit(backend, this);
    m_invitees->setObjectName(QStringLiteral("meetingInviteesEdit"));
    m_invitees->setAccessibleName(tr("Invitees"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&Duration:"), m_minutes);
    form->addRow(tr("&Invite:"), m_invitees);
    m_error = errorLabel(this);
    form->addRow(m_error);
    form->addRow(buttonBox(this, tr("Schedule")));
    resize(460, sizeHint().height());
}

void ScheduleMeetingDialog::accept()
{
    if (isBusy(this))
        return;
    setBusy(this, true);
    RecipientEdit::resolve(
        m_backend, m_invitees->addresses(), this, [this](const Result<QList<qint64>> &ids) {
            if (!ids) {
                setBusy(this, false);
                showError(m_error, ids.error().message);
                return;
            }
            m_backend.scheduleMeeting(m_title->text(), m_start->dateTime().toMSecsSinceEpoch(),
                                      m_minutes->value(), *ids, this,
                                      [this](const Result<Meeting> &meeting) {
                                          setBusy(this, false);
                                          if (!meeting) {
                                              showError(m_error, meeting.error().message);
                                              return;
                                          }
                                          QDialog::accept();
                                      });
        });
}

} // namespace carillon::ui
