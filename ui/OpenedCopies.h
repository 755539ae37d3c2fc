#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace carillon::ui {

// Copies of attachments handed to another program to open (a viewer needs a real file with
// the real name). They live in a folder only this user can enter, with a name nobody can
// guess, created by this process (never one found in place, which another local user could
// have prepared), with files only this user can read; the folder goes at sign-out, at Delete
// me and at exit.
//
// Where: a fresh "carillon-open-XXXXXX" folder (mkdtemp, 0700) under $XDG_RUNTIME_DIR when
// that is a real folder of this user's that nobody else may enter, else under the temporary
// folder (TMPDIR or /tmp).
class OpenedCopies
{
    Q_DECLARE_TR_FUNCTIONS(OpenedCopies)

public:
    OpenedCopies() = default;
    OpenedCopies(const OpenedCopies &) = delete;
    OpenedCopies &operator=(const OpenedCopies &) = delete;
    ~OpenedCopies();

    // A path for a copy of attachment `attachmentId` named `fileName` (its folder part, if
    // any, is dropped), in this session's private folder, creating the folder on first use.
    Result<QString> pathFor(qint64 attachmentId, const QString &fileName);
    // Makes a copy written at pathFor() readable by this user only.
    static Status makePrivate(const QString &path);
    // Removes the folder and every copy in it; the next pathFor() makes a new folder.
    void removeAll();
    // The folder in use, empty before the first copy and after removeAll().
    QString folder() const { return m_folder; }
    // The parent folder the next session folder is made in.
    static QString baseFolder();

private:
    QString m_folder;
};

} // namespace carillon::ui
