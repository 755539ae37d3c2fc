#include "ui/ManifestViewer.h"
#include "core/BlobStore.h"

#include "ui/CopyFeedback.h"
#include "ui/Dialogs.h"
#include "ui/ManifestReader.h"
#include "ui/RelativeTime.h"
#include "ui/SafeText.h"
#include "ui/Theme.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeDatabase>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace carillon::ui {

namespace {
QIcon dot(const QColor &color)
{
    QPixmap pixels(12, 12);
    pixels.fill(Qt::transparent);
    QPainter painter(&pixels);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixels);
}
} // namespace

ManifestViewer::ManifestViewer(const QString &manifestPath, const QString &title, QWidget *parent,
                               std::function<qint64()> now)
    : QDialog(parent), m_now(std::move(now))
{
    if (!m_now)
        m_now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    setObjectName(QStringLiteral("manifestViewer"));
    setWindowTitle(tr("Attachment links – %1").arg(inSentence(visibleFileName(title), 60)));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_banner = new TonedFrame(TonedFrame::Tone::Info, this);
    m_banner->setObjectName(QStringLiteral("linksExpiryBanner"));
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(16, 10, 12, 10);
    bannerLayout->setSpacing(2);
    m_bannerTitle = new QLabel(m_banner);
    m_bannerTitle->setObjectName(QStringLiteral("linksExpiryLabel"));
    m_bannerTitle->setTextFormat(Qt::PlainText);
    m_bannerTitle->setWordWrap(true);
    QFont bold = m_bannerTitle->font();
    bold.setBold(true);
    m_bannerTitle->setFont(bold);
    m_bannerDetail = new QLabel(m_banner);
    m_bannerDetail->setObjectName(QStringLiteral("linksExpiryDetailLabel"));
    m_bannerDetail->setTextFormat(Qt::PlainText);
    m_bannerDetail->setWordWrap(true);
    bannerLayout->addWidget(m_bannerTitle);
    bannerLayout->addWidget(m_bannerDetail);
    layout->addWidget(m_banner);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("manifestSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // error texts carry file names and paths
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("manifestTableWidget"));
    m_table->setAccessibleName(tr("Links"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Size"), tr("Expires"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExpiresColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    // A list of files, not a spreadsheet: no grid, airy rows, a picture per file and a
    // coloured dot per status.
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setIconSize(QSize(20, 20));
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 16);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("downloadProgressBar"));
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    auto *row = new QHBoxLayout;
    m_copyButton = new QPushButton(tr("&Copy all links"), this);
    m_copyButton->setObjectName(QStringLiteral("copyAllLinksButton"));
    m_copyButton->setAccessibleName(tr("Copy all links"));
    m_downloadButton = new QPushButton(tr("&Download all…"), this);
    m_downloadButton->setObjectName(QStringLiteral("downloadAllButton"));
    m_downloadButton->setAccessibleName(tr("Download all"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeManifestButton"));
    close->setAccessibleName(tr("Close"));
    row->addWidget(m_copyButton);
    row->addWidget(m_downloadButton);
    row->addStretch();
    row->addWidget(close);
    layout->addLayout(row);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        CopyFeedback::copy(m_copyButton, m_links.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    });
    connect(m_downloadButton, &QPushButton::clicked, this, [this] {
        Dialogs::chooseFiles(this, Dialogs::Choose::Folder, tr("Download into"),
                             [this](const QStringList &folder) {
                                 if (!folder.isEmpty())
                                     downloadAllTo(folder.first());
                             });
    });
    m_fetcher = makeHttpFetcher();
    load(manifestPath);
    refreshExpiry();
    // Real time passes while the viewer is open; Advance time calls refreshExpiry() itself.
    auto *minute = new QTimer(this);
    connect(minute, &QTimer::timeout, this, &ManifestViewer::refreshExpiry);
    minute->start(30'000);
    resize(820, 460);
}

QColor ManifestViewer::markColor(Mark mark, const QPalette &palette)
{
    // Colours that read on the palette's base, light or dark.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (mark) {
    case Mark::Good:
        return dark ? QColor(0x4ade80) : QColor(0x15803d);
    case Mark::Caveat:
        return dark ? QColor(0xfbbf24) : QColor(0xb45309);
    case Mark::Bad:
        return dark ? QColor(0xf87171) : QColor(0xb91c1c);
    case Mark::Neutral:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

bool ManifestViewer::hasExpired() const
{
    return m_expiresAt > 0 && m_now() >= m_expiresAt;
}

void ManifestViewer::refreshExpiry()
{
    if (!m_banner)
        return; // a palette change while the dialog is being built
    m_banner->setVisible(m_expiresAt > 0);
    if (m_expiresAt <= 0)
        return;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_now());
    const QString when = RelativeTime::moment(QDateTime::fromMSecsSinceEpoch(m_expiresAt), now);
    const bool expired = hasExpired();
    m_banner->setTone(expired ? TonedFrame::Tone::Danger : TonedFrame::Tone::Info);
    m_bannerTitle->setText(expired ? tr("These links expired on %1").arg(when)
                                   : tr("Links valid until %1").arg(when));
    m_bannerDetail->setText(
        expired ? tr("They no longer download. Send Get my attachments to the assistant for a "
                     "new list.")
                : tr("Anyone with these links can download the files until then, so keep them "
                     "private."));
    m_banner->setAccessibleName(m_bannerTitle->text());
    m_banner->setAccessibleDescription(m_bannerDetail->text());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, ExpiresColumn);
        const qint64 at = item->data(Qt::UserRole).toLongLong();
        const bool gone = at > 0 && now.toMSecsSinceEpoch() >= at;
        item->setText(at <= 0 ? QString()
                      : gone  ? tr("Expired")
                              : RelativeTime::moment(QDateTime::fromMSecsSinceEpoch(at), now));
        item->setForeground(gone ? markColor(Mark::Bad, palette())
                                 : palette().color(QPalette::Text));
    }
}

ManifestViewer::~ManifestViewer()
{
    m_download.reset(); // aborts; its handlers use the members below
    m_probes.clear();
    delete m_hash;
}

void ManifestViewer::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("The file of links cannot be read (%1).").arg(file.errorString()));
        m_downloadButton->setEnabled(false);
        return;
    }
    const QList<ManifestEntry> entries = readManifest(file.readAll());
    for (const ManifestEntry &entry : entries) {
        m_links.append(entry.link);
        m_digests.append(entry.sha256);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const bool image = QMimeDatabase()
                               .mimeTypeForFile(entry.fileName, QMimeDatabase::MatchExtension)
                               .name()
                               .startsWith(QLatin1String("image/"));
        m_table->setItem(
            row, NameColumn,
            new QTableWidgetItem(Theme::icon(image ? Theme::Glyph::Image : Theme::Glyph::File),
                                 entry.fileName));
        m_table->setItem(row, SizeColumn, new QTableWidgetItem(tr("…")));
        auto *expires = new QTableWidgetItem;
        expires->setData(Qt::UserRole, entry.expiresAtMs);
        m_table->setItem(row, ExpiresColumn, expires);
        m_table->setItem(row, StatusColumn, new QTableWidgetItem);
        setStatus(row, m_fetcher ? tr("Checking…") : QString(), Mark::Neutral);
        if (entry.expiresAtMs > 0 && (m_expiresAt == 0 || entry.expiresAtMs < m_expiresAt))
            m_expiresAt = entry.expiresAtMs;
    }
    probeMore();
    if (m_links.isEmpty()) {
        m_summary->setText(tr("This file is empty: none of your attachments qualified."));
        m_downloadButton->setEnabled(false);
        m_copyButton->setEnabled(false);
    } else {
        // Who may download and until when is the banner's to say.
        m_summary->setText(tr("%n file(s). Download all checks each one against the SHA-256 "
                              "checksum in its link.",
                              nullptr, int(m_links.size())));
    }
}

QString ManifestViewer::describe(int httpStatus)
{
    switch (httpStatus) {
    case 200:
    case 206:
        return tr("Ready");
    case 403:
        return tr("Refused: the link was changed or its key is unknown");
    case 404:
        return tr("No longer available (deleted)");
    case 410:
        return tr("Expired: ask the assistant for a new list");
    default:
        return tr("Failed (HTTP %1)").arg(httpStatus);
    }
}

ManifestViewer::Mark ManifestViewer::markOf(int httpStatus)
{
    return httpStatus == 200 || httpStatus == 206 ? Mark::Good : Mark::Bad;
}

void ManifestViewer::setStatus(int row, const QString &status, Mark mark)
{
    QTableWidgetItem *item = m_table->item(row, StatusColumn);
    item->setText(status);
    item->setToolTip(plainToolTip(status)); // long statuses are elided
    item->setData(kMarkRole, int(mark));
    paintStatus(item);
}

void ManifestViewer::paintStatus(QTableWidgetItem *item) const
{
    const auto mark = Mark(item->data(kMarkRole).toInt());
    const QColor color = markColor(mark, palette());
    item->setIcon(item->text().isEmpty() ? QIcon() : dot(color));
    item->setForeground(mark != Mark::Neutral ? color : palette().color(QPalette::Text));
}

void ManifestViewer::changeEvent(QEvent *event)
{
    // The status colours are chosen for the palette: a new scheme gets its own.
    if (event->type() == QEvent::PaletteChange && m_table) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            paintStatus(m_table->item(row, StatusColumn));
        refreshExpiry();
    }
    QDialog::changeEvent(event);
}

void ManifestViewer::probeMore()
{
    // A few HEAD requests at a time, not one per link at once: a list can hold thousands.
    constexpr size_t kParallelProbes = 8;
    while (m_fetcher && m_probes.size() < kParallelProbes && m_nextProbe < m_links.size())
        probe(int(m_nextProbe++));
}

void ManifestViewer::probe(int row)
{
    HttpFetcher::Handlers handlers;
    handlers.finished = [this, row](const HttpFetcher::Head &head, const QString &) {
        if (head.status == 0) {
            setStatus(row, tr("Link server not reachable: start Carillon or \"carillon serve\""),
                      Mark::Bad);
        } else {
            if (head.status == 200 && head.contentLength >= 0)
                m_table->item(row, SizeColumn)->setText(formatSize(head.contentLength));
            else
                m_table->item(row, SizeColumn)->setText(QString());
            if (m_current != row)
                setStatus(row, describe(head.status), markOf(head.status));
        }
        // Not from inside the transfer's own handler: ending it destroys the handler.
        QTimer::singleShot(0, this, [this, row] {
            m_probes.erase(row);
            probeMore();
        });
    };
    m_probes.emplace(row, m_fetcher->head(m_links.at(row), std::move(handlers)));
}

void ManifestViewer::downloadAllTo(const QString &folder)
{
    if (m_download || m_links.isEmpty() || !m_fetcher)
        return;
    m_folder = folder;
    m_current = -1;
    m_verified = 0;
    m_failed = 0;
    m_progress->setRange(0, int(m_links.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_downloadButton->setEnabled(false);
    startNext();
}

void ManifestViewer::startNext()
{
    ++m_current;
    m_progress->setValue(m_current);
    if (m_current >= m_links.size()) {
        m_downloadButton->setEnabled(true);
        m_summary->setText(
            tr("Downloaded and verified %1 of %n file(s) into %2.", nullptr, int(m_links.size()))
                .arg(m_verified)
                .arg(QDir::toNativeSeparators(m_folder)));
        emit downloadsFinished(m_verified, m_failed);
        return;
    }
    const QString name = m_table->item(m_current, NameColumn)->text();
    m_part = new QFile(m_folder + QLatin1Char('/') + name + QStringLiteral(".part"), this);
    delete m_hash;
    m_hash = new QCryptographicHash(QCryptographicHash::Sha256);
    m_resumedFrom = 0;
    // Resume what an earlier, interrupted download left.
    if (m_part->open(QIODevice::ReadWrite)) {
        m_hash->addData(m_part);
        m_resumedFrom = m_part->size();
    } else {
        setStatus(m_current,
                  tr("Cannot write %1: %2").arg(m_part->fileName(), m_part->errorString()),
                  Mark::Bad);
        ++m_failed;
        delete m_part;
        m_part = nullptr;
        startNext();
        return;
    }
    setStatus(m_current, m_resumedFrom ? tr("Resuming…") : tr("Downloading…"), Mark::Neutral);
    m_downloadStatus = 0;
    HttpFetcher::Handlers handlers;
    handlers.headers = [this](const HttpFetcher::Head &head) {
        m_downloadStatus = head.status;
        if (head.status == 200 && m_resumedFrom > 0) {
            // The server sent the whole file after all: start the file over.
            m_part->resize(0);
            m_part->seek(0);
            m_hash->reset();
            m_resumedFrom = 0;
        }
    };
    handlers.data = [this](const QByteArray &chunk) {
        if (m_downloadStatus != 200 && m_downloadStatus != 206)
            return;
        m_part->write(chunk);
        m_hash->addData(chunk);
    };
    handlers.finished = [this](const HttpFetcher::Head &head, const QString &error) {
        // Not from inside the transfer's own handler: finishing ends the transfer.
        QTimer::singleShot(0, this, [this, head, error] { finishCurrent(head, error); });
    };
    m_download = m_fetcher->get(m_links.at(m_current), m_resumedFrom, std::move(handlers));
}

void ManifestViewer::finishCurrent(const HttpFetcher::Head &head, const QString &error)
{
    m_download.reset();
    const int status = head.status;
    const QString target =
        m_folder + QLatin1Char('/') + m_table->item(m_current, NameColumn)->text();
    const bool complete = (status == 200 || status == 206) && error.isEmpty();
    // The digest the assistant signed into the link, never the server's Repr-Digest: whoever
    // answers on the port could state any digest for any bytes.
    const QByteArray expected = m_digests.at(m_current);
    m_part->close();
    if (!complete) {
        // Keep the partial file for a later resume; say why it stopped.
        setStatus(m_current, status ? describe(status) : tr("Interrupted: %1").arg(error),
                  Mark::Bad);
        if (m_part->size() == 0)
            m_part->remove();
        ++m_failed;
    } else if (expected.isEmpty()) {
        QFile::remove(target);
        m_part->rename(target);
        setStatus(m_current,
                  tr("Downloaded, not verified: this older link carries no checksum; "
                     "ask the assistant for a new list to have it checked"),
                  Mark::Caveat);
    } else if (m_hash->result() != expected) {
        m_part->remove();
        setStatus(m_current,
                  tr("Checksum mismatch: the file was discarded. Another program may "
                     "be answering on the link port; close it and try again"),
                  Mark::Bad);
        ++m_failed;
    } else {
        QFile::remove(target);
        m_part->rename(target);
        setStatus(m_current, tr("Downloaded, SHA-256 verified"), Mark::Good);
        ++m_verified;
    }
    delete m_part;
    m_part = nullptr;
    startNext();
}

} // namespace carillon::ui
