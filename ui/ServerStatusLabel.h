#pragma once

#include <QLabel>
#include <QTimer>

class Clock;
class ServerLink;

// The status bar's word on the shop's server: connected, or unreachable since when and when the till tries
// again, with a link to try at once. Hidden for a shop kept in a file.
class ServerStatusLabel : public QLabel
{
    Q_OBJECT

public:
    ServerStatusLabel(ServerLink& link, const Clock& clock, QWidget* parent = nullptr);

private:
    void showState();

    ServerLink& m_link;
    const Clock& m_clock;
    QTimer m_countdown; // the seconds to the next attempt, while offline
};
