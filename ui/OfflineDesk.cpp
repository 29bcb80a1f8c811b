#include "OfflineDesk.h"

#include "Clock.h"
#include "CustomerDirectory.h"
#include "Database.h"
#include "LocalDates.h"
#include "OfflineConflictsDialog.h"
#include "OfflineReplayStore.h"
#include "OfflineTill.h"
#include "Prompts.h"
#include "SaleDialog.h"
#include "ServerLink.h"
#include "UserSettings.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent>

namespace {
// While the server answers, the copy is refreshed this often, so an outage finds it recent.
constexpr int RefreshMinutes = 15;
} // namespace

OfflineDesk::OfflineDesk(Database& server, ServerLink& link, const Clock& clock, const AccessPolicy& access,
                         QWidget* window)
    : QObject(window), m_server(server), m_clock(clock), m_access(access), m_window(window), m_watch(link)
{
    m_copyFile = TillCopy::defaultLocation(server.path());
    if (auto copy = TillCopy::open(m_copyFile, server.path())) {
        m_copy = std::move(copy).value();
        m_till = std::make_unique<OfflineTill>(*m_copy, clock, access);
    } else {
        m_copyProblem = copy.error().message;
    }

    m_banner = new QLabel(window);
    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 8px; "
                                           "font-weight: bold; border: 2px solid #e0a800; }"));
    m_banner->hide();

    m_conflictsAction = new QAction(tr("Conflicts after &offline work…"), this);
    m_conflictsAction->setToolTip(tr("What the server could not do as a till did it while it was offline"));
    connect(m_conflictsAction, &QAction::triggered, this, [this] { showConflicts(m_window); });

    connect(&m_watch, &ServerLink::stateChanged, this, [this] {
        updateStatus();
        Q_EMIT offlineChanged(isOffline());
    });
    connect(&m_watch, &ServerLink::reconnected, this, &OfflineDesk::syncInBackground);
    connect(&m_sync, &QFutureWatcher<Sync>::finished, this, &OfflineDesk::synced);
    auto* refresh = new QTimer(this);
    refresh->setInterval(std::chrono::minutes(RefreshMinutes));
    connect(refresh, &QTimer::timeout, this, [this] {
        if (m_watch.state() == ServerLink::State::Online)
            syncInBackground();
    });
    refresh->start();
    m_unseen = OfflineReplayStore(server).unseenCount();
    QTimer::singleShot(0, this, &OfflineDesk::syncInBackground);
}

OfflineDesk::~OfflineDesk()
{
    m_sync.waitForFinished();
}

bool OfflineDesk::isOffline() const
{
    return m_till && m_watch.state() == ServerLink::State::Offline;
}

bool OfflineDesk::serverLost()
{
    return m_watch.confirmLost() && m_till;
}

CustomerDirectory& OfflineDesk::directory(CustomerDirectory& online)
{
    return isOffline() ? m_till->directory() : online;
}

void OfflineDesk::addStatus(QStatusBar* bar)
{
    m_conflictsNote = new QToolButton(bar);
    m_conflictsNote->setObjectName(QStringLiteral("offlineConflictsNote"));
    m_conflictsNote->setAutoRaise(true);
    m_conflictsNote->setStyleSheet(QStringLiteral("QToolButton { color: #b00020; font-weight: bold; }"));
    connect(m_conflictsNote, &QToolButton::clicked, this, [this] { showConflicts(m_window); });
    bar->addPermanentWidget(m_conflictsNote);
    updateStatus();
}

void OfflineDesk::updateStatus()
{
    const bool offline = m_watch.state() == ServerLink::State::Offline;
    m_banner->setVisible(offline);
    if (offline) {
        const QLocale locale;
        const QString since = locale.toString(m_watch.lostSince().toLocalTime().time(), QLocale::ShortFormat);
        if (!m_till) {
            m_banner->setText(
                tr("OFFLINE since %1: the server cannot be reached, and this till has no copy of the "
                   "customers to work from (%2).")
                    .arg(since, m_copyProblem));
        } else if (!m_copy->refreshedAt().isValid()) {
            m_banner->setText(
                tr("OFFLINE since %1: the server cannot be reached, and this till's copy of the "
                   "customers was never filled, so it cannot serve them until the server is back.")
                    .arg(since));
        } else {
            const qint64 waiting = m_copy->store().waitingCount();
            m_banner->setText(
                tr("OFFLINE since %1: the server cannot be reached. Customers are found in this till's copy "
                   "(from %2) and sales are kept here, to be sent when the server is back (%Ln waiting). "
                   "Points "
                   "are estimates until then.",
                   nullptr, int(waiting))
                    .arg(since, LocalDates::dateTime(m_copy->refreshedAt())));
        }
    }
    // Who is signed in is read from the server, so offline the note waits (the list is there anyway).
    const bool owner = !offline && m_access.allows(AccessPolicy::Action::SeeAudit);
    if (m_conflictsNote) {
        m_conflictsNote->setVisible(owner && m_unseen > 0);
        m_conflictsNote->setText(
            tr("⚠ %Ln conflict(s) after offline work", nullptr, int(std::min<qint64>(m_unseen, 1000000))));
        m_conflictsNote->setToolTip(
            tr("Open the list of what replays of offline work could not do as the till did"));
    }
}

Result<qint64> OfflineDesk::enrol(const CustomerDraft& draft)
{
    if (!m_till)
        return makeError(Error::Kind::Unreachable, m_copyProblem);
    auto enrolled = m_till->enrol(draft, UserSettings::value(UserSettings::Key::TillId).toString());
    if (enrolled) {
        updateStatus();
        Q_EMIT message(
            tr("%1 is enrolled on this till and reaches the server when it is back; find them here "
               "to record a sale.")
                .arg(draft.name));
    }
    return enrolled;
}

void OfflineDesk::recordSale(qint64 customerId, QWidget* parent)
{
    if (!m_till)
        return;
    const auto customer = m_till->directory().customer(customerId);
    if (!customer)
        return;
    SaleDialog dialog(m_till->copyLedger(), customerId, customer->name, parent);
    dialog.setOfflineTill(m_till.get(), {});
    dialog.setWorkingOffline(true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    updateStatus();
    Q_EMIT message(tr("Sale kept on this till: about %Ln point(s) earned, sent when the server is back.",
                      nullptr,
                      int(dialog.outcome().json.value(QStringLiteral("estimated_earned")).toInteger())));
}

void OfflineDesk::showConflicts(QWidget* parent)
{
    if (!m_access.allows(AccessPolicy::Action::SeeAudit)) {
        Prompts::instance().warn(parent, tr("Conflicts after offline work"),
                                 AccessPolicy::refusal(AccessPolicy::Action::SeeAudit));
        return;
    }
    if (m_watch.state() == ServerLink::State::Offline) {
        Prompts::instance().warn(parent, tr("Conflicts after offline work"),
                                 tr("The conflicts are kept on the server, which cannot be reached now."));
        return;
    }
    OfflineConflictsDialog dialog(m_server, m_clock, m_access, parent);
    dialog.exec();
    m_unseen = OfflineReplayStore(m_server).unseenCount();
    updateStatus();
}

void OfflineDesk::syncInBackground()
{
    if (m_sync.isRunning() || m_copyFile.isEmpty() || !m_copy)
        return;
    m_sync.setFuture(QtConcurrent::run(&OfflineDesk::sync, m_server.path(), m_copyFile));
}

OfflineDesk::Sync OfflineDesk::sync(const QString& serverPath, const QString& copyFile)
{
    Sync result;
    auto server = Database::open(serverPath, Database::OpenMode::MustExist);
    if (!server) {
        result.error = server.error().message;
        return result;
    }
    auto copy = TillCopy::open(copyFile, serverPath);
    if (!copy) {
        result.error = copy.error().message;
        return result;
    }
    SystemClock clock;
    auto replayed = OutboxReplay(*server.value(), *copy.value(), clock).replay();
    if (!replayed) {
        result.error = replayed.error().message;
        return result;
    }
    result.replay = replayed.value();
    if (result.replay.waiting == 0) {
        auto refreshed = copy.value()->refresh(*server.value(), clock);
        if (refreshed) {
            result.refreshed = true;
            result.refresh = refreshed.value();
        } else {
            result.error = refreshed.error().message;
        }
    }
    result.unseen = OfflineReplayStore(*server.value()).unseenCount();
    return result;
}

void OfflineDesk::synced()
{
    const Sync result = m_sync.result();
    if (result.error.isEmpty() || result.refreshed)
        m_unseen = result.unseen;
    updateStatus();
    if (result.replay.replayed > 0)
        Q_EMIT message(
            result.replay.conflicts > 0
                ? tr("%Ln piece(s) of offline work reached the server; conflicts for the owner to "
                     "look at: %L1.",
                     nullptr, result.replay.replayed)
                      .arg(result.replay.conflicts)
                : tr("%Ln piece(s) of offline work reached the server, exactly as the till did them.",
                     nullptr, result.replay.replayed));
    else if (!result.error.isEmpty())
        Q_EMIT message(result.error);
}
