#include "ServerStatusLabel.h"

#include "Bidi.h"
#include "Clock.h"
#include "ServerLink.h"
#include "ThemeColours.h"

#include <QLocale>

ServerStatusLabel::ServerStatusLabel(ServerLink& link, const Clock& clock, QWidget* parent)
    : QLabel(parent), m_link(link), m_clock(clock)
{
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(this, &QLabel::linkActivated, &m_link, &ServerLink::retryNow);
    connect(&m_link, &ServerLink::stateChanged, this, &ServerStatusLabel::showState);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ServerStatusLabel::showState);
    showState();
}

void ServerStatusLabel::showState()
{
    const ServerLink::State state = m_link.state();
    setVisible(state != ServerLink::State::Local);
    const QString server = ltrIsolate(m_link.server()).toHtmlEscaped();
    if (state != ServerLink::State::Offline) {
        m_countdown.stop();
        setText(tr("<span style=\"color:%1\">●</span> Server connected")
                    .arg(ThemeColours::gain(palette()).name()));
        setToolTip(tr("The shop's database server %1 answers.").arg(server));
        return;
    }
    if (!m_countdown.isActive())
        m_countdown.start();
    const QString since = QLocale().toString(m_link.lostSince().toLocalTime().time(), QLocale::ShortFormat);
    const QDateTime next = m_link.nextAttempt();
    const qint64 seconds =
        next.isValid() ? std::max<qint64>(0, (m_clock.nowUtc().msecsTo(next) + 999) / 1000) : 0;
    const QString colour = ThemeColours::problem(palette()).name();
    setText(next.isValid() && seconds > 0
                ? tr("<span style=\"color:%1\">● Server unreachable since %2</span> · next try in %Ln s · "
                     "<a href=\"retry\">Try now</a>",
                     nullptr, int(seconds))
                      .arg(colour, since)
                : tr("<span style=\"color:%1\">● Server unreachable since %2</span> · trying now…")
                      .arg(colour, since));
    setToolTip(tr("The shop's database server %1 does not answer: %2. The till keeps trying; nothing you "
                  "typed is lost.")
                   .arg(server, m_link.problem().toHtmlEscaped()));
}
