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
class QTableWidgetItem;
class QCryptographicHash;

namespace carillon::ui {

class TonedFrame;

// Shows a delivered file of signed links under a banner that says until when they work (or
// that they expired), as a list of files with a coloured status each; copies them,
// and downloads them all into a folder: with a progress bar, resuming partial files (Range),
// and checking every file against the SHA-256 signed into its link by the assistant (not the
// server's Repr-Digest, which whoever holds the port could fake).
class ManifestViewer : public QDialog
{
    Q_OBJECT
public:
    // now: the workspace clock the expiry is judged by (the demo clock too); the system clock
    // when not given.
    ManifestViewer(const QString &manifestPath, const QString &title, QWidget *parent = nullptr,
                   std::function<qint64()> now = {});
    ~ManifestViewer() override;

    QTableWidget *table() const { return m_table; }
    QStringList links() const { return m_links; }
    void downloadAllTo(const QString &folder);
    bool isBusy() const { return m_download != nullptr; }
    int verifiedCount() const { return m_verified; }
    int probesInFlight() const { return int(m_probes.size()); }
    // The earliest expiry among the links (0 when none says), and whether it has passed.
    qint64 expiresAt() const { return m_expiresAt; }
    bool hasExpired() const;

public slots:
    // Says again whether the links still work: the clock moved (Advance time) or time passed.
    void refreshExpiry();

signals:
    void downloadsFinished(int verified, int failed);

protected:
    void changeEvent(QEvent *event) override;

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
    // How a status reads: as progress, success, a caveat or a failure.
    enum class Mark
    {
        Neutral,
        Good,
        Caveat,
        Bad
    };
    static constexpr int kMarkRole = Qt::UserRole + 1;
    void setStatus(int row, const QString &status, Mark mark);
    void paintStatus(QTableWidgetItem *item) const;
    static Mark markOf(int httpStatus);
    static QColor markColor(Mark mark, const QPalette &palette);
    static QString describe(int httpStatus);

    std::unique_ptr<HttpFetcher> m_fetcher;
    std::map<int, std::unique_ptr<HttpFetcher::Transfer>> m_probes; // HEADs in flight, by row
    qsizetype m_nextProbe = 0;
    QStringList m_links;
    QList<QByteArray> m_digests; // per row: the SHA-256 from the link, empty when it has none
    QTableWidget *m_table = nullptr;
    QLabel *m_summary;
    TonedFrame *m_banner = nullptr;
    QLabel *m_bannerTitle;
    QLabel *m_bannerDetail;
    std::function<qint64()> m_now;
    qint64 m_expiresAt = 0;
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
