#pragma once

#include <QLabel>

// A read-only value in a form (a phone, a balance, a date): selectable for copying, wrapped when long.
inline QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
