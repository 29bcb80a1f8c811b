#pragma once

#include "ScannerSettings.h"

#include <QDialog>

class CustomerDirectory;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class ScanClassifier;
class SerialScanner;

// Sets up this computer's barcode scanners: the serial port and how its codes are framed, the keyboard
// (USB) scanner's timing, and a live test area that shows the raw bytes in hex and the codes read from them,
// so the owner can set up a scanner without help.
class ScannerSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source
    {
        Serial,
        Keyboard
    };

    ScannerSettingsDialog(ScanClassifier& classifier, CustomerDirectory& directory,
                          QWidget* parent = nullptr);
    ~ScannerSettingsDialog() override;

    // The settings as filled in.
    ScannerSettings settings() const;
    void setSettings(const ScannerSettings& settings);

    // The main window hands over codes read while this dialog is open: they show in the test area.
    Q_INVOKABLE bool takeScan(const QString& code, const QString& symbology);

    QComboBox* portBox() const { return m_port; }
    QComboBox* framingBox() const { return m_framing; }
    QPlainTextEdit* rawView() const { return m_raw; }
    QListWidget* codesView() const { return m_codes; }
    QLabel* testStatusLabel() const { return m_testStatus; }

public Q_SLOTS:
    void accept() override;
    void showBytes(const QByteArray& bytes);
    void showCode(const QString& code, const QString& symbology, ScannerSettingsDialog::Source source);
    void showDiagnostic(const QString& message);

private:
    void fillPorts();
    void restartTest();
    void showTestState();
    QString portPath() const;

    ScanClassifier& m_classifier;
    CustomerDirectory& m_directory;
    SerialScanner* m_test = nullptr;
    QComboBox* m_port = nullptr;
    QComboBox* m_baud = nullptr;
    QComboBox* m_dataBits = nullptr;
    QComboBox* m_parity = nullptr;
    QComboBox* m_stopBits = nullptr;
    QComboBox* m_flow = nullptr;
    QComboBox* m_framing = nullptr;
    QLineEdit* m_prefix = nullptr;
    QLineEdit* m_suffix = nullptr;
    QCheckBox* m_wedgeEnabled = nullptr;
    QSpinBox* m_maxGap = nullptr;
    QSpinBox* m_minLength = nullptr;
    QSpinBox* m_pause = nullptr;
    QLabel* m_testStatus = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QListWidget* m_codes = nullptr;
    QTimer* m_restart = nullptr;
};
