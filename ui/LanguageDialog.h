#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

// Language and region on this computer: the language, the calendar dates are shown in and whether Arabic and
// Persian use their own digits. Saved in the user settings; they take effect when Regulars starts again.
class LanguageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LanguageDialog(QWidget* parent = nullptr);

    // Saves the choices; true when any differs from what the running program uses.
    bool save();

private:
    QString chosenLanguage() const;
    void refresh();

    QComboBox* m_language = nullptr;
    QComboBox* m_calendar = nullptr;
    QCheckBox* m_nativeDigits = nullptr;
    QLabel* m_preview = nullptr;
};
