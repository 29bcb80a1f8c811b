#pragma once

#include "ScanDecoder.h"
#include "SerialScanner.h"
#include "WedgeScanFilter.h"

#include <QList>

#include <optional>

// How this computer's barcode scanners are set up, read from and written to UserSettings in one piece.
struct ScannerSettings
{
    SerialScanner::PortSettings port; // an empty path: no serial scanner
    ScanDecoder::Options decoder;
    bool wedgeEnabled = true;
    WedgeScanFilter::Thresholds wedge;

    static ScannerSettings load();
    void save() const;

    // Stable names stored in the settings file, also used by the command line.
    static QString parityKey(QSerialPort::Parity parity);
    static std::optional<QSerialPort::Parity> parityFromKey(QStringView key);
    static QString stopBitsKey(QSerialPort::StopBits stopBits);
    static std::optional<QSerialPort::StopBits> stopBitsFromKey(QStringView key);
    static QString flowControlKey(QSerialPort::FlowControl flow);
    static std::optional<QSerialPort::FlowControl> flowControlFromKey(QStringView key);
    static QList<qint32> standardBaudRates();
};
