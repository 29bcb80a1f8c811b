#include "DigitInputFilter.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>

namespace {
// The spin box a key is for: the box itself, or the line edit inside it.
QAbstractSpinBox* numberFieldOf(QObject* watched)
{
    if (auto* box = qobject_cast<QAbstractSpinBox*>(watched))
        return box;
    return watched->parent() ? qobject_cast<QAbstractSpinBox*>(watched->parent()) : nullptr;
}
} // namespace

bool DigitInputFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->text().size() != 1 || !key->text().at(0).isDigit() || key->text().at(0).digitValue() < 0)
        return false;
    QAbstractSpinBox* field = numberFieldOf(watched);
    if (!field)
        return false;
    const int value = key->text().at(0).digitValue();
    const QString zero = field->locale().zeroDigit();
    if (zero.size() != 1)
        return false;
    const QChar own(char16_t(zero.at(0).unicode() + value));
    if (own == key->text().at(0))
        return false;
    QKeyEvent translated(key->type(), Qt::Key_0 + value, key->modifiers(), QString(own), key->isAutoRepeat(),
                         ushort(key->count()));
    QCoreApplication::sendEvent(watched, &translated);
    return true;
}
