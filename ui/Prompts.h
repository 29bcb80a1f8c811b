#pragma once

#include <QString>

class QWidget;

// Questions and messages to the person, behind a seam so tests can answer them.
class Prompts
{
public:
    virtual ~Prompts() = default;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                         const QString& acceptLabel) = 0;
    virtual void warn(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    // One line of text from the person; empty when they cancel.
    virtual QString askText(QWidget* parent, const QString& title, const QString& label) = 0;

    static Prompts& instance();
    // Replaces the prompts (tests); nullptr restores message boxes.
    static void setInstance(Prompts* prompts);
};
