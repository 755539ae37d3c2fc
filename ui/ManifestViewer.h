#pragma once

#include "ui/HttpFetcher.h"

#include <QDialog>

#include <functional>
#include <map>
#include <memory>

class QFile;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QCryptographicHash;

namespace carillon::ui {

// Shows a delivered file of signed links as a table (name, size, expiry, status), copies them,
// and downloads them all into a folder: with a progress bar, resuming partial files (Range),
// and checking every file against the SHA-256 signed into its link by the assistant (not the
// server's Repr-Digest, which whoever holds the port could fake).
class ManifestViewer : public QDialog
{
    Q_OBJECT
public:
    ManifestViewer(const QString &manifestPath, const QString &title, QWidget *parent = nullptr);
    ~ManifestViewer() override;

    QTableWidget *table() const { return m_table; }
    QStringList links() const { return m_links; }
    void downloadAllTo(const QString &folder);
    bool isBusy() const { return m_download != nullptr; }
    int verifiedCount() const { return m_verified; }
    int probesInFlight() const { return int(m_probes.size()); }

signals:
    void downloadsFinished(int verified, int failed);

private:
    enum Column
    {
        NameColumn,
        SizeColumn,
        ExpiresColumn,
        StatusColumn
    };
    void load(const QString &path);
    void probeMore();
    void probe(int row);
    void startNext();
    void finishCurrent(const HttpFetcher::Head &head, const QString &error);
    void setStatus(int row, const QString &status);
    static QString describe(int httpStatus);

    std::unique_ptr<HttpFetcher> m_fetcher;
    std::map<int, std::unique_ptr<HttpFetcher::Transfer>> m_probes; // HEADs in flight, by row
    qsizetype m_nextProbe = 0;
    QStringList m_links;
    QList<QByteArray> m_digests; // per row: the SHA-256 from the link, empty when it has none
    QTableWidget *m_table;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_copyButton;
    QPushButton *m_downloadButton;
    QString m_folder;
    int m_current = -1;
    int m_verified = 0;
    int m_failed = 0;
    std::unique_ptr<HttpFetcher::Transfer> m_download;
    int m_downloadStatus = 0;
    QFile *m_part = nullptr;
    QCryptographicHash *m_hash = nullptr;
    qint64 m_resumedFrom = 0;
};

} // namespace carillon::ui
