#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace carillon::ui {

// Demo > Advance time…: presets for the moments a presenter needs (delivery after a day, links
// expiring after six, the next request after seven) and any other duration.
class AdvanceTimeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AdvanceTimeDialog(QWidget *parent = nullptr);
    qint64 durationMs() const { return m_durationMs; }
    void accept() override;

private:
    QLineEdit *m_custom;
    QLabel *m_error;
    qint64 m_durationMs = 0;
};

} // namespace carillon::ui
