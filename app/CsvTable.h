#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// A CSV file as decoded text: encoding (UTF-8 with or without BOM, Windows-1251, Windows-1256) and
// delimiter (comma, semicolon, tab) detected unless given; quoted cells may hold delimiters and line breaks.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    struct Options
    {
        QByteArray encoding; // empty: detect; otherwise "UTF-8", "windows-1251", "windows-1256" or "UTF-16"
        QChar delimiter;     // null: detect
    };
    struct Row
    {
        int line = 0; // 1-based line number in the file where the row starts
        QStringList cells;
    };

    static Result<CsvTable> parse(const QByteArray& bytes, const Options& options = {});
    // Which of the supported encodings the bytes are most likely in.
    static QByteArray detectEncoding(const QByteArray& bytes);
    static QList<QByteArray> supportedEncodings();
    // The supported encoding a name means ("cp1251", "utf8", "1256" ...), or empty when none.
    static QByteArray canonicalEncoding(const QByteArray& name);
    // Which of comma, semicolon and tab splits the first lines of text into the same number of cells.
    static QChar detectDelimiter(const QString& text);

    QByteArray encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    QStringList header() const { return m_header; }
    int headerLine() const { return m_headerLine; } // 1-based line of the header; 0 when the file is empty
    const QList<Row>& rows() const { return m_rows; }

    // A cell written so that a spreadsheet never runs it as a formula and the delimiter/quotes survive.
    static QString escapeCell(const QString& cell, QChar delimiter = u',');
    static QString joinRow(const QStringList& cells, QChar delimiter = u',');
    // The cell as it was before escapeCell() guarded it: "'=SUM(1)" reads back as "=SUM(1)".
    static QString withoutFormulaGuard(const QString& cell);

private:
    QByteArray m_encoding;
    QChar m_delimiter;
    QStringList m_header;
    int m_headerLine = 0;
    QList<Row> m_rows;
};
