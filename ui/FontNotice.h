#pragma once

#include "ui/Theme.h"

#include <functional>

class QLabel;
class QPushButton;

namespace carillon::ui {

// A strip above the conversation saying that Japanese needs a font that is not installed (it
// would show as empty boxes) and which package has one. Asked for when the window is in
// Japanese, or when an opened conversation holds Japanese text: people who never meet Japanese
// never hear of it. Shown at most once a session, never again once dismissed (remembered in
// the settings, kDismissedKey). Not a dialog: nothing has failed, and the chat stays usable.
class FontNotice : public TonedFrame
{
    Q_OBJECT
public:
    static constexpr const char *kDismissedKey = "notices/japaneseFontDismissed";

    explicit FontNotice(QWidget *parent = nullptr);

    // Shows the notice if `needed`, no installed font covers Japanese and the person has not
    // dismissed it before. Once it ran with `needed`, it does nothing more this session.
    void check(bool needed);
    bool isChecked() const { return m_checked; }
    QPushButton *dismissButton() const { return m_dismiss; }

    // Kana or the CJK ideographs Japanese writes with.
    static bool containsJapanese(const QString &text);
    // Some installed font covers Japanese (fontconfig's "ja" coverage, as Qt reads it).
    static bool hasJapaneseFont();
    // Test seam: what check() asks instead of hasJapaneseFont() (empty: that again).
    static void setFontProbeForTests(std::function<bool()> probe);

private:
    QLabel *m_text;
    QPushButton *m_dismiss;
    bool m_checked = false;
};

} // namespace carillon::ui
