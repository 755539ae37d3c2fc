#include "ui/SettingsDialog.h"

#include "core/FolderSettings.h"
#include "ui/Accessibility.h"
#include "ui/DialogParts.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace carillon::ui {

namespace {

QComboBox *combo(QWidget *parent, const QString &name, const QString &accessible,
                 const QList<QPair<QString, QString>> &items, const QString &current)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    for (const auto &[label, value] : items)
        box->addItem(label, value);
    box->setCurrentIndex(qMax(0, box->findData(current)));
    return box;
}
} // namespace

SettingsDialog::SettingsDialog(ChatBackend &backend, QWidget *parent)
    : QDialog(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("settingsDialog"));
    installAccessibility(); // drop-downs named "Language", "Colours", not their value
    setWindowTitle(tr("Settings"));
    const Preferences prefs = Preferences::load();
    auto *form = new QFormLayout(this);

    auto *location = new QLabel(this);
    location->setTextFormat(Qt::PlainText); // a path is whatever the person named it
    location->setText(backend.dataLocation());
    location->setObjectName(QStringLiteral("dataLocationLabel"));
    location->setAccessibleName(tr("Data location"));
    location->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(tr("Data:"), location);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("linkPortSpinBox"));
    m_port->setAccessibleName(tr("Link server port"));
    m_port->setRange(folder_settings::kMinLinkPort, 65535);
    m_port->setGroupSeparatorShown(false);
    // The folder's settings come from the backend: each field waits for its value, disabled.
    m_port->setEnabled(false);
    backend.folderSetting(folder_settings::kLinkPortKey, this,
                          [this](const Result<QString> &value) {
                              m_port->setValue(folder_settings::linkPort(value).value);
                              m_port->setEnabled(true);
                              setBusy(this, !loaded());
                          });
    form->addRow(tr("Link server &port:"), m_port);
    auto *portNote =
        new QLabel(tr("Takes effect the next time Carillon or \"carillon serve\" starts. "
                      "Links already handed out keep naming the old port."),
                   this);
    portNote->setWordWrap(true);
    portNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), portNote);

    if (backend.isDemo()) {
        m_delay = new QSpinBox(this);
        m_delay->setObjectName(QStringLiteral("exportDelaySpinBox"));
        m_delay->setAccessibleName(tr("Export processing delay in minutes"));
        m_delay->setRange(0, 24 * 60);
        m_delay->setSuffix(tr(" min"));
        m_delay->setEnabled(false);
        backend.folderSetting(
            folder_settings::kExportDelayKey, this, [this](const Result<QString> &value) {
                m_delay->setValue(
                    int(folder_settings::exportDelayMs(value, folder_settings::kDemoExportDelayMs)
                            .value /
                        60'000));
                m_delay->setEnabled(true);
                setBusy(this, !loaded());
            });
        form->addRow(tr("Export &delay (demo):"), m_delay);
    }

    m_language = combo(this, QStringLiteral("languageComboBox"), tr("Language"),
                       {{tr("System language"), QStringLiteral("system")},
                        {QStringLiteral("English"), QStringLiteral("en")},
                        {QStringLiteral("Deutsch"), QStringLiteral("de")},
                        {QStringLiteral("日本語"), QStringLiteral("ja")}},
                       prefs.language);
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("Takes effect the next time Carillon starts."), this);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), languageNote);
    m_scheme = combo(this, QStringLiteral("schemeComboBox"), tr("Colours"),
                     {{tr("Follow the system"), QStringLiteral("system")},
                      {tr("Light"), QStringLiteral("light")},
                      {tr("Dark"), QStringLiteral("dark")}},
                     prefs.scheme);
    form->addRow(tr("&Colours:"), m_scheme);
    m_notifications =
        new QCheckBox(tr("Notify me of new messages while Carillon is in the background"), this);
    m_notifications->setObjectName(QStringLiteral("notificationsCheckBox"));
    m_notifications->setAccessibleName(tr("Notifications"));
    m_notifications->setChecked(prefs.notifications);
    form->addRow(QString(), m_notifications);
    m_error = errorLabel(this);
    form->addRow(m_error);
    form->addRow(buttonBox(this, tr("Save")));
    setBusy(this, !loaded()); // Save waits for the stored values (they may be in already)
    resize(520, sizeHint().height());
}

void SettingsDialog::accept()
{
    // Not before the stored values are shown: saving would overwrite them with the defaults.
    if (isBusy(this) || !loaded())
        return;
    setBusy(this, true);
    m_backend.setFolderSetting(folder_settings::kLinkPortKey, QString::number(m_port->value()),
                               this, [this](const Status &s) {
                                   if (!s) {
                                       setBusy(this, false);
                                       showError(m_error, s.error().message);
                                       return;
                                   }
                                   if (!m_delay)
                                       return finish();
                                   m_backend.setFolderSetting(
                                       folder_settings::kExportDelayKey,
                                       QString::number(qint64(m_delay->value()) * 60'000), this,
                                       [this](const Status &s) {
                                           if (!s) {
                                               setBusy(this, false);
                                               showError(m_error, s.error().message);
                                               return;
                                           }
                                           finish();
                                       });
                               });
}

bool SettingsDialog::loaded() const
{
    return m_port->isEnabled() && (!m_delay || m_delay->isEnabled());
}

void SettingsDialog::finish()
{
    setBusy(this, false);
    Preferences prefs;
    prefs.language = m_language->currentData().toString();
    prefs.scheme = m_scheme->currentData().toString();
    prefs.notifications = m_notifications->isChecked();
    prefs.save();
    Theme::applyScheme(Theme::schemeFromName(prefs.scheme));
    QDialog::accept();
}

} // namespace carillon::ui
