#include "Prompts.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace {
class MessageBoxPrompts final : public Prompts
{
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text,
                 const QString& acceptLabel) override
    {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
        QPushButton* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
        box.setDefaultButton(accept);
        box.exec();
        return box.clickedButton() == accept;
    }
    void warn(QWidget* parent, const QString& title, const QString& text) override
    {
        QMessageBox::warning(parent, title, text);
    }
    void inform(QWidget* parent, const QString& title, const QString& text) override
    {
        QMessageBox::information(parent, title, text);
    }
    QString askText(QWidget* parent, const QString& title, const QString& label) override
    {
        return QInputDialog::getText(parent, title, label).trimmed();
    }
};

MessageBoxPrompts s_messageBoxes;
Prompts* s_current = &s_messageBoxes;
} // namespace

Prompts& Prompts::instance()
{
    return *s_current;
}

void Prompts::setInstance(Prompts* prompts)
{
    s_current = prompts ? prompts : &s_messageBoxes;
}
