#pragma once

#include <QVariant>

// This computer's settings for the person using it (not the shop's: those live in the database).
class UserSettings
{
public:
    enum class Key
    {
        OperatorName, // who records consents and sales on this till until user accounts exist
        MainWindowGeometry,
        MainWindowSplitter,
        LastImportFolder,
        TillId, // this till's name in sale references: (till, reference) is unique
        LastExportFolder,
        // Barcode scanners on this computer (see ScannerSettings).
        ScannerPort,
        ScannerBaudRate,
        ScannerDataBits,
        ScannerParity,
        ScannerStopBits,
        ScannerFlowControl,
        ScannerFraming,
        ScannerPrefix,
        ScannerSuffix,
        WedgeEnabled,
        WedgeMaxGapMs,
        WedgeMinLength,
        WedgePauseMs,
        // Coupon sheets: the paper ("a4", "letter") and grid ("3x7") the owner printed last.
        CouponPaper,
        CouponGrid,
        RecentCustomers,       // database path → ids of the customers opened lately, newest first
        ReportsWindowGeometry,
        HelpWindowGeometry,
        // Language and region on this computer (see Translations): "" follows the system.
        Language,     // "", en, ar, fa, ru
        CalendarName, // "": the language's usual calendar; gregorian, persian, islamic
        NativeDigits, // Arabic-Indic / Persian digits in Arabic / Persian; off: Latin digits
        // Printing: the card layout ("cr80", "a4"), the receipt roll ("80", "58") and whether a slip is
        // printed after every sale.
        CardLayout,
        SlipWidth,
        PrintSlipAfterSale,
        // Where this computer keeps the shop's backups (a USB stick, a synced folder); empty: beside the
        // database.
        BackupFolder,
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);
    // The name written as "recorded by": the saved operator name, else the system account's.
    static QString operatorName();
};
