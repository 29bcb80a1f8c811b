#pragma once

#include <QObject>

// Lets every number field take digits of any script: a Persian keyboard types ۱۲۳, an Arabic one ١٢٣, a
// barcode scanner or a numeric pad 123. Our own text fields parse all three; Qt's spin boxes and date fields
// read only their locale's digits (and Latin), so this turns a typed digit into the field's own before it
// arrives. Installed on the application.
class DigitInputFilter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
