#pragma once

#include "core/ChatBackend.h"
#include "ui/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace carillon::ui {

// File > Settings…: where the data lives, the link server's port, the demo's export delay,
// language, colour scheme and notifications.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(ChatBackend &backend, QWidget *parent = nullptr);
    void accept() override;

private:
    // Saves the preferences kept on this computer and closes, once the folder's are stored.
    void finish();
    // Whether every stored value has arrived and is shown (Save waits for it).
    bool loaded() const;

    ChatBackend &m_backend;
    QSpinBox *m_port;
    QSpinBox *m_delay = nullptr;
    QComboBox *m_language;
    QComboBox *m_scheme;
    QCheckBox *m_notifications;
    QLabel *m_error;
};

} // namespace carillon::ui
