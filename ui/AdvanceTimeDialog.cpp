#include "ui/AdvanceTimeDialog.h"

#include "core/Clock.h"
#include "ui/DialogParts.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace carillon::ui {

AdvanceTimeDialog::AdvanceTimeDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("advanceTimeDialog"));
    setWindowTitle(tr("Advance demo time"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Move the demo clock forward for every Carillon window on this "
                                "demo profile."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    const struct
    {
        const char *name;
        QString label;
        qint64 ms;
    } presets[] = {
        {"advance10mButton", tr("+10 minutes (codes expire)"), 10 * 60'000},
        {"advance1hButton", tr("+1 hour"), 3'600'000},
        {"advance1dButton", tr("+1 day (attachments delivered)"), 86'400'000},
        {"advance6dButton", tr("+6 days (links expire)"), 6 * 86'400'000LL},
        {"advance7dButton", tr("+7 days (new request allowed)"), 7 * 86'400'000LL},
    };
    int i = 0;
    for (const auto &p : presets) {
        auto *b = new QPushButton(p.label, this);
        b->setObjectName(QLatin1String(p.name));
        b->setAccessibleName(p.label);
        b->setAutoDefault(false);
        const qint64 ms = p.ms;
        connect(b, &QPushButton::clicked, this, [this, ms] {
            m_durationMs = ms;
            QDialog::accept();
        });
        grid->addWidget(b, i / 2, i % 2);
        ++i;
    }
    layout->addLayout(grid);
    m_custom = lineEdit(this, QStringLiteral("customDurationEdit"), tr("Other duration"));
    m_custom->setPlaceholderText(tr("Other: 90m, 36h, 2d12h…"));
    layout->addWidget(m_custom);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(buttonBox(this, tr("Advance")));
}

void AdvanceTimeDialog::accept()
{
    const qint64 ms = parseDurationMs(m_custom->text());
    if (ms <= 0) {
        showError(m_error, tr("Write a duration like 90m, 24h or 6d, or pick one above."));
        return;
    }
    m_durationMs = ms;
    QDialog::accept();
}

} // namespace carillon::ui
