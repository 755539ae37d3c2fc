#pragma once

#include <QLabel>
#include <QString>

class QMessageBox;

namespace carillon::ui {

// Text other people chose (display names, titles, file names, messages, addresses) on screen:
// never read as markup, never able to reorder what surrounds it, never wider than its place.

// A file name with every bidi control (U+202A–U+202E, U+2066–U+2069, U+200E/F) and zero-width
// character (U+200B–U+200D, U+2060, U+FEFF) shown as a visible marker such as "⟨U+202E⟩":
// "invoice" U+202E "fdp.exe" must not pass for "invoiceexe.pdf". Used wherever a file name is
// shown.
QString visibleFileName(const QString &name);
// Someone's text inside one of our sentences (dialogs, window titles, notifications): at most
// maxChars characters (then "…"), and isolated (U+2068…U+2069) when it holds bidi controls,
// so it cannot reverse the rest of the sentence.
QString inSentence(const QString &text, int maxChars = 40);
// A tooltip holding someone's text: Qt reads tooltips as rich text when they look like markup.
QString plainToolTip(const QString &text);
// A message box that shows its text as typed, never as markup.
void makePlain(QMessageBox &box);

// A one-line label for someone's text: plain text, elided to the width it is given (with the
// full text in its tooltip and accessible name), so a long name never widens the window.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);
    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();
    QString oneLine() const;

    QString m_full;
    Qt::TextElideMode m_mode;
};

} // namespace carillon::ui
