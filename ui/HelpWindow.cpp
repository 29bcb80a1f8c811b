#include "HelpWindow.h"

#include "Translations.h"
#include "UserSettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
const QString kIndex = QStringLiteral("index");

// Screens by class, innermost first wins: a dialog inside the main window has its own page.
struct ScreenTopic
{
    const char* className;
    const char* topic;
};
constexpr ScreenTopic kScreenTopics[] = {
    {"SaleDialog", "sales"},
    {"RefundDialog", "sales"},
    {"ProgrammeDialog", "programmes"},
    {"GrantPointsDialog", "programmes"},
    {"ScannerSettingsDialog", "scanners"},
    {"CouponsDialog", "coupons"},
    {"CampaignDialog", "coupons"},
    {"CouponRedeemDialog", "coupons"},
    {"ReportsWindow", "reports"},
    {"ImportDialog", "import"},
    {"ShopSetupDialog", "setup"},
    {"SetupWizard", "setup"},
    {"CustomerDialog", "customers"},
    {"CustomerPage", "customers"},
    {"HomePage", "home"},
};

QPointer<HelpWindow>& theWindow()
{
    static QPointer<HelpWindow> window;
    return window;
}
} // namespace

HelpWindow::HelpWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Regulars guide"));
    setObjectName(QStringLiteral("helpWindow"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* back = new QPushButton(tr("&Back"), this);
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("The page shown before (Alt+Left)"));
    auto* contents = new QPushButton(tr("&Contents"), this);
    contents->setToolTip(tr("Every page of the guide"));
    bar->addWidget(back);
    bar->addWidget(contents);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths(searchPaths(Translations::locale().name().section(QLatin1Char('_'), 0, 0)));
    followLayoutDirection();
    layout->addWidget(m_browser, 1);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(contents, &QPushButton::clicked, this, [this] { setTopic(kIndex); });
    back->setEnabled(false);

    resize(640, 560);
    restoreGeometry(UserSettings::value(UserSettings::Key::HelpWindowGeometry).toByteArray());
}

QStringList HelpWindow::searchPaths(const QString& languageCode)
{
    QStringList paths;
    const QString own = QStringLiteral(":/help/%1").arg(languageCode);
    if (!languageCode.isEmpty() && languageCode != u"en" && QFile::exists(own))
        paths.append(own);
    paths.append(QStringLiteral(":/help/en"));
    return paths;
}

void HelpWindow::setTopic(const QString& topic)
{
    const QString page = topic + QStringLiteral(".html");
    bool known = false;
    for (const QString& path : m_browser->searchPaths())
        known = known || QFile::exists(path + QLatin1Char('/') + page);
    m_browser->setSource(QUrl(known ? page : kIndex + QStringLiteral(".html")));
    setWindowTitle(tr("%1 — Regulars guide", "page title").arg(m_browser->documentTitle()));
}

QString HelpWindow::topic() const
{
    return m_browser->source().fileName().section(QLatin1Char('.'), 0, 0);
}

HelpWindow* HelpWindow::showTopic(const QString& topic, QWidget* from)
{
    QPointer<HelpWindow>& window = theWindow();
    if (!window) {
        // Owned by the top-level window F1 came from, so it closes with the program.
        QWidget* owner = from ? from->window() : nullptr;
        while (owner && owner->parentWidget())
            owner = owner->parentWidget()->window();
        window = new HelpWindow(owner);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->setTopic(topic.isEmpty() ? kIndex : topic);
    // Activating brings an open window forward (raise() is what window managers refuse most).
    window->show();
    window->activateWindow();
    return window;
}

QString HelpWindow::topicFor(const QWidget* widget)
{
    for (const QObject* object = widget; object; object = object->parent()) {
        // A window whose page depends on what it shows says so itself.
        const QVariant own = object->property("helpTopic");
        if (own.isValid())
            return own.toString();
        for (const ScreenTopic& screen : kScreenTopics) {
            if (object->inherits(screen.className))
                return QString::fromLatin1(screen.topic);
        }
    }
    return kIndex;
}

void HelpWindow::followLayoutDirection()
{
    // Pages read in the window's direction: right to left in Arabic and Persian.
    QTextOption option = m_browser->document()->defaultTextOption();
    option.setTextDirection(layoutDirection());
    m_browser->document()->setDefaultTextOption(option);
    m_browser->reload();
}

void HelpWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LayoutDirectionChange && m_browser)
        followLayoutDirection();
    QWidget::changeEvent(event);
}

void HelpWindow::closeEvent(QCloseEvent* event)
{
    UserSettings::setValue(UserSettings::Key::HelpWindowGeometry, saveGeometry());
    event->accept();
}
