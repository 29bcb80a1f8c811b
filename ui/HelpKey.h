#pragma once

#include <QObject>

// F1 from any window or dialog of the program opens the guide at the page about that screen; modal
// dialogs block the main window's own shortcuts, so this watches the keys application-wide.
class HelpKey : public QObject
{
    Q_OBJECT

public:
    explicit HelpKey(QObject* parent = nullptr);
    // Watches the application's keys, once however often it is called.
    static void installOnce();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
