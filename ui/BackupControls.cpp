#include "BackupControls.h"

#include "AccessPolicy.h"
#include "BackupCommands.h"
#include "Bidi.h"
#include "Clock.h"
#include "Database.h"
#include "Prompts.h"
#include "UserSettings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {
QString shown(const QString& path)
{
    return ltrUnlessRtl(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

// Runs in a worker thread: its own connection, opened and closed there.
Result<BackupFile> makeBackup(const QString& databasePath, const QString& folder, const Clock* clock)
{
    auto db = Database::open(databasePath, Database::OpenMode::MustExist);
    if (!db)
        return db.error();
    return Backups(databasePath, *clock, folder).backUp(*db.value());
}
} // namespace

BackupControls::BackupControls(QString databasePath, const Clock& clock, const AccessPolicy& access,
                               QWidget* window)
    : QObject(window), m_databasePath(std::move(databasePath)), m_clock(clock), m_access(access),
      m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<Result<BackupFile>>::finished, this, &BackupControls::finished);
    m_hourly = new QTimer(this);
    m_hourly->setInterval(std::chrono::hours(1));
    connect(m_hourly, &QTimer::timeout, this, &BackupControls::backUpIfDue);
}

void BackupControls::startAutomatic()
{
    backUpIfDue();
    m_hourly->start();
}

BackupControls::~BackupControls()
{
    waitForBackup();
}

void BackupControls::waitForBackup()
{
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

Backups BackupControls::backups() const
{
    return Backups(m_databasePath, m_clock, UserSettings::value(UserSettings::Key::BackupFolder).toString());
}

void BackupControls::addActions(QMenu* menu)
{
    menu->addAction(tr("&Back up now"), this, &BackupControls::backUpNow);
    // Owner-only entries carry the action they need, as the main window's do, so signing in shows or hides
    // them.
    QAction* folder = menu->addAction(tr("Backup &folder…"), this, &BackupControls::chooseFolder);
    folder->setProperty("ownerOnly", int(AccessPolicy::Action::ChangeSettings));
    QAction* restore =
        menu->addAction(tr("&Restore from backup… (owner)"), this, &BackupControls::chooseRestore);
    restore->setProperty("ownerOnly", int(AccessPolicy::Action::RestoreBackup));
    restore->setVisible(m_access.allows(AccessPolicy::Action::RestoreBackup));
}

void BackupControls::addStatus(QStatusBar* bar)
{
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    bar->addPermanentWidget(m_status);
    showStatus();
}

void BackupControls::showStatus()
{
    if (!m_status)
        return;
    const Backups current = backups();
    const auto last = current.newest();
    if (!last) {
        m_status->setText(tr("⚠ No backup yet"));
    } else if (current.isOld()) {
        const qint64 days = last->madeAt.secsTo(m_clock.nowUtc()) / (24 * 3600);
        m_status->setText(tr("⚠ Last backup %Ln day(s) ago", nullptr, int(days)));
    } else {
        m_status->setText(tr("Last backup: %1").arg(Backups::describeTime(last->madeAt)));
    }
    const bool warn = !last || current.isOld();
    m_status->setStyleSheet(warn ? QStringLiteral("QLabel { color: #a40000; font-weight: bold; }")
                                 : QString());
    m_status->setToolTip(
        warn ? tr("Back up now (File menu), and check the backup folder %1.").arg(shown(current.folder()))
             : shown(last->path));
}

void BackupControls::backUpIfDue()
{
    if (!m_watcher.isRunning() && backups().isDue())
        start(false);
}

void BackupControls::backUpNow()
{
    start(true);
}

void BackupControls::start(bool announce)
{
    m_announce = m_announce || announce;
    if (m_watcher.isRunning())
        return;
    if (m_status)
        m_status->setText(tr("Backing up…"));
    m_watcher.setFuture(QtConcurrent::run(&makeBackup, m_databasePath,
                                          UserSettings::value(UserSettings::Key::BackupFolder).toString(),
                                          &m_clock));
}

void BackupControls::finished()
{
    const Result<BackupFile> made = m_watcher.result();
    const bool announce = m_announce;
    m_announce = false;
    showStatus();
    if (!made) {
        if (m_status)
            m_status->setToolTip(made.error().message);
        if (announce)
            Prompts::instance().warn(m_window, tr("Back up now"), made.error().message);
        Q_EMIT backupFinished(false, made.error().message);
        return;
    }
    const QString message = tr("Backup written and checked: %1").arg(shown(made->path));
    Q_EMIT backupFinished(true, message);
}

void BackupControls::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(m_window, tr("Backup folder"), backups().folder());
    if (folder.isEmpty())
        return;
    UserSettings::setValue(UserSettings::Key::BackupFolder, folder);
    showStatus();
    backUpIfDue();
}

void BackupControls::chooseRestore()
{
    if (!m_access.allows(AccessPolicy::Action::RestoreBackup)) {
        Prompts::instance().warn(m_window, tr("Restore from backup"),
                                 AccessPolicy::refusal(AccessPolicy::Action::RestoreBackup));
        return;
    }
    const QString file =
        QFileDialog::getOpenFileName(m_window, tr("Restore from backup"), backups().folder(),
                                     tr("Regulars backups (%1);;All files (*)").arg(backups().filePattern()));
    if (!file.isEmpty())
        confirmRestore(file);
}

void BackupControls::confirmRestore(const QString& file)
{
    if (!m_access.allows(AccessPolicy::Action::RestoreBackup)) {
        Prompts::instance().warn(m_window, tr("Restore from backup"),
                                 AccessPolicy::refusal(AccessPolicy::Action::RestoreBackup));
        return;
    }
    auto contents = Backups::examine(file);
    if (!contents) {
        Prompts::instance().warn(m_window, tr("Restore from backup"), contents.error().message);
        return;
    }
    const QList<BackupFile> known = backups().list();
    QDateTime madeAt = QFileInfo(file).lastModified().toUTC();
    for (const BackupFile& b : known) {
        if (QFileInfo(b.path) == QFileInfo(file))
            madeAt = b.madeAt;
    }
    const QString lastSale =
        contents->lastSaleAt.isValid() ? Backups::describeTime(contents->lastSaleAt) : tr("none");
    const QString text =
        tr("Restore the backup made on %1?\n\n%2\n\nIt holds %3. Its last sale: %4.\n\nEverything recorded "
           "since then is replaced. The database in use now is kept first, with today's date in its name, "
           "and is never deleted. Regulars reopens the shop with the backup.")
            .arg(Backups::describeTime(madeAt), shown(file), BackupCommands::describeCounts(contents.value()),
                 lastSale);
    if (Prompts::instance().confirm(m_window, tr("Restore from backup"), text, tr("Restore")))
        Q_EMIT restoreRequested(file);
}
