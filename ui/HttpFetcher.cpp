#include "ui/HttpFetcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace carillon::ui {

std::unique_ptr<HttpFetcher> loadHttpFetcher(QString *error)
{
    const QString dir =
        qEnvironmentVariableIsSet("CARILLON_MODULE_DIR")
            ? qEnvironmentVariable("CARILLON_MODULE_DIR")
            : QCoreApplication::applicationDirPath() + QStringLiteral("/" CARILLON_MODULE_DIR);
    const QString file = QDir::cleanPath(dir + QStringLiteral("/carillon-http.so"));
    // Loaded once and kept: the fetchers it makes may outlive any one viewer.
    static QLibrary library;
    if (!library.isLoaded()) {
        library.setFileName(file);
        library.setLoadHints(QLibrary::PreventUnloadHint);
    }
    const auto create =
        reinterpret_cast<CreateHttpFetcher>(library.resolve(kCreateHttpFetcherSymbol));
    if (!create) {
        *error = QCoreApplication::translate(
                     "carillon::ui::HttpFetcher",
                     "Downloading needs %1, which cannot be loaded (%2). Reinstall Carillon; "
                     "meanwhile \"Copy all links\" and wget or curl work.")
                     .arg(QDir::toNativeSeparators(file), library.errorString());
        return nullptr;
    }
    return std::unique_ptr<HttpFetcher>(create());
}

} // namespace carillon::ui
