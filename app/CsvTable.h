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
        QByteArray encoding; // empty: detect; otherwise "UTF-8", "windows-1251" or "windows-1256"
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

    QByteArray encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    QStringList header() const { return m_header; }
    const QList<Row>& rows() const { return m_rows; }

    // A cell written so that a spreadsheet never runs it as a formula and the delimiter/quotes survive.
    static QString escapeCell(const QString& cell, QChar delimiter = u',');
    static QString joinRow(const QStringList& cells, QChar delimiter = u',');

private:
    QByteArray m_encoding;
    QChar m_delimiter;
    QStringList m_header;
    QList<Row> m_rows;
};
