#include "HelpKey.h"

#include "HelpWindow.h"

#include <QApplication>
#include <QKeyEvent>

HelpKey::HelpKey(QObject* parent) : QObject(parent)
{
}

void HelpKey::installOnce()
{
    if (qApp && !qApp->findChild<HelpKey*>(QString(), Qt::FindDirectChildrenOnly))
        qApp->installEventFilter(new HelpKey(qApp));
}

bool HelpKey::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || static_cast<QKeyEvent*>(event)->key() != Qt::Key_F1 ||
        static_cast<QKeyEvent*>(event)->modifiers() != Qt::NoModifier || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    auto* widget = static_cast<QWidget*>(watched);
    // The help window's own F1 is not a request about it.
    if (qobject_cast<HelpWindow*>(widget->window()))
        return true;
    HelpWindow::showTopic(HelpWindow::topicFor(widget), widget);
    return true;
}
