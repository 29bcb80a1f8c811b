#include "CsvTable.h"

#include <QStringDecoder>

namespace {
const QByteArray kUtf8 = QByteArrayLiteral("UTF-8");
const QByteArray kUtf16 = QByteArrayLiteral("UTF-16");
const QByteArray kCp1251 = QByteArrayLiteral("windows-1251");
const QByteArray kCp1256 = QByteArrayLiteral("windows-1256");

// Enough lines to see a pattern, few enough that a big file is not tokenised once per candidate.
constexpr qsizetype kSniffRecords = 20;

bool isBlank(const QStringList& cells)
{
    for (const QString& cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Splits text into records; returns false with the line of an unclosed quote when the text ends inside one.
bool tokenize(QStringView text, QChar delimiter, qsizetype maxRecords, QList<CsvTable::Row>& rows,
              int& unclosedLine)
{
    int line = 1;
    CsvTable::Row row;
    row.line = line;
    QString cell;
    bool inQuotes = false;
    bool cellQuoted = false;
    int quoteLine = 0;
    const qsizetype size = text.size();

    const auto endCell = [&] {
        row.cells.append(cell);
        cell.clear();
        cellQuoted = false;
    };
    const auto endRecord = [&] {
        endCell();
        if (!isBlank(row.cells))
            rows.append(row);
        row.cells.clear();
    };

    for (qsizetype i = 0; i < size; ++i) {
        const QChar ch = text[i];
        if (inQuotes) {
            if (ch == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (ch == u'\r' || ch == u'\n') {
                if (ch == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                    ++i;
                cell += u'\n';
                ++line;
            } else {
                cell += ch;
            }
        } else if (ch == delimiter) {
            endCell();
        } else if (ch == u'\r' || ch == u'\n') {
            if (ch == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            endRecord();
            if (maxRecords > 0 && rows.size() >= maxRecords)
                return true;
            ++line;
            row.line = line;
        } else if (ch == u'"' && cell.isEmpty() && !cellQuoted) {
            inQuotes = true;
            cellQuoted = true;
            quoteLine = line;
        } else {
            cell += ch;
        }
    }
    if (inQuotes) {
        unclosedLine = quoteLine;
        return false;
    }
    endRecord();
    return true;
}

bool isWordChar(QChar ch)
{
    return ch.isLetter() || ch.isMark();
}

// How much a word looks like real writing: one script and a case pattern people use (lower, UPPER, Capital).
int wordPlausibility(QStringView word)
{
    int letters = 0;
    int lower = 0;
    int upperAfterFirst = 0;
    bool nonAscii = false;
    bool consistent = true;
    QChar::Script script = QChar::Script_Unknown;
    QChar::Script previousScript = QChar::Script_Unknown;
    for (QChar ch : word) {
        if (ch.unicode() >= 0x80)
            nonAscii = true;
        if (ch.isMark()) {
            // The only marks these code pages hold are Arabic harakat, which belong on Arabic letters.
            if (previousScript != QChar::Script_Arabic)
                consistent = false;
            continue;
        }
        const QChar::Script s = ch.script();
        if (script == QChar::Script_Unknown)
            script = s;
        else if (s != script)
            consistent = false;
        previousScript = s;
        if (ch.isLower())
            ++lower;
        else if (ch.isUpper() && letters > 0)
            ++upperAfterFirst;
        ++letters;
    }
    if (!nonAscii || letters == 0)
        return 0;
    if (lower > 0 && upperAfterFirst > 0)
        consistent = false;
    // Russian words never start with the hard sign, soft sign or yery; Arabic read as 1251 often does.
    if (script == QChar::Script_Cyrillic) {
        const QChar first = word.front().toLower();
        if (first == u'ъ' || first == u'ь' || first == u'ы')
            consistent = false;
    }
    return consistent ? letters : -letters;
}

int plausibility(QStringView text)
{
    int score = 0;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size && isWordChar(text[i]))
            ++i;
        score += wordPlausibility(text.mid(start, i - start));
    }
    return score;
}

QString decoded(const QByteArray& bytes, const QByteArray& encoding, bool* failed = nullptr)
{
    QStringDecoder decoder(encoding.constData());
    QString text = decoder.decode(bytes);
    if (failed)
        *failed = decoder.hasError();
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

bool needsFormulaGuard(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    if (first == u'\t' || first == u'\r' || first == u'=' || first == u'@')
        return true;
    if (first != u'+' && first != u'-')
        return false;
    // A sign followed only by digits (an E.164 phone, a negative number) is a plain number to a spreadsheet.
    if (cell.size() == 1)
        return true;
    for (QChar ch : cell.mid(1)) {
        if (ch < u'0' || ch > u'9')
            return true;
    }
    return false;
}
} // namespace

QList<QByteArray> CsvTable::supportedEncodings()
{
    return {kUtf8, kCp1251, kCp1256, kUtf16};
}

QByteArray CsvTable::canonicalEncoding(const QByteArray& name)
{
    QByteArray key = name.trimmed().toLower();
    key.replace('_', '-');
    if (key == "utf-8" || key == "utf8")
        return kUtf8;
    if (key == "utf-16" || key == "utf16")
        return kUtf16;
    if (key == "windows-1251" || key == "cp1251" || key == "1251" || key == "windows1251")
        return kCp1251;
    if (key == "windows-1256" || key == "cp1256" || key == "1256" || key == "windows1256")
        return kCp1256;
    return {};
}

QByteArray CsvTable::detectEncoding(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return kUtf8;
    // Excel's "Unicode text" is UTF-16 with a byte order mark.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return kUtf16;
    bool invalidUtf8 = false;
    decoded(bytes, kUtf8, &invalidUtf8);
    if (!invalidUtf8)
        return kUtf8;
    // Both code pages decode any byte; the wrong one yields words of mixed scripts or of mixed case.
    const int cyrillic = plausibility(decoded(bytes, kCp1251));
    const int arabic = plausibility(decoded(bytes, kCp1256));
    return arabic > cyrillic ? kCp1256 : kCp1251;
}

QChar CsvTable::detectDelimiter(const QString& text)
{
    QChar best = u',';
    qsizetype bestConsistent = -1;
    qsizetype bestCells = 0;
    for (QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        QList<Row> rows;
        int unclosed = 0;
        tokenize(text, candidate, kSniffRecords, rows, unclosed);
        if (rows.isEmpty())
            continue;
        const qsizetype headerCells = rows.first().cells.size();
        if (headerCells < 2)
            continue;
        qsizetype consistent = 0;
        for (const Row& row : rows) {
            if (row.cells.size() == headerCells)
                ++consistent;
        }
        if (consistent > bestConsistent || (consistent == bestConsistent && headerCells > bestCells)) {
            best = candidate;
            bestConsistent = consistent;
            bestCells = headerCells;
        }
    }
    return best;
}

Result<CsvTable> CsvTable::parse(const QByteArray& bytes, const Options& options)
{
    CsvTable table;
    if (options.encoding.isEmpty()) {
        table.m_encoding = detectEncoding(bytes);
    } else {
        table.m_encoding = canonicalEncoding(options.encoding);
        if (table.m_encoding.isEmpty()) {
            QStringList names;
            for (const QByteArray& name : supportedEncodings())
                names.append(QString::fromLatin1(name));
            return makeError(Error::Kind::Invalid,
                             tr("“%1” is not an encoding Regulars can read. Choose one of: %2.")
                                 .arg(QString::fromUtf8(options.encoding), names.join(QStringLiteral(", "))));
        }
    }

    bool failed = false;
    const QString text = decoded(bytes, table.m_encoding, &failed);
    if (failed && (table.m_encoding == kUtf8 || table.m_encoding == kUtf16))
        return makeError(
            Error::Kind::Invalid,
            tr("The file is not %1 text. Choose the encoding it was saved in, or let Regulars detect it.")
                .arg(QString::fromLatin1(table.m_encoding)));

    table.m_delimiter = options.delimiter.isNull() ? detectDelimiter(text) : options.delimiter;
    if (table.m_delimiter == u'"' || table.m_delimiter == u'\r' || table.m_delimiter == u'\n')
        return makeError(
            Error::Kind::Invalid,
            tr("A double quote or a line break cannot separate the cells; choose a comma, a semicolon "
               "or a tab."));

    QList<Row> rows;
    int unclosedLine = 0;
    if (!tokenize(text, table.m_delimiter, 0, rows, unclosedLine))
        return makeError(
            Error::Kind::Invalid,
            tr("The quoted cell that starts on line %1 never ends: a closing double quote is missing. "
               "Fix that line in a spreadsheet or text editor and try again.")
                .arg(unclosedLine));
    if (rows.isEmpty())
        return table;

    const Row headerRow = rows.takeFirst();
    table.m_headerLine = headerRow.line;
    for (const QString& cell : headerRow.cells)
        table.m_header.append(cell.trimmed());
    table.m_rows = std::move(rows);
    return table;
}

QString CsvTable::escapeCell(const QString& cell, QChar delimiter)
{
    QString out = cell;
    if (needsFormulaGuard(cell))
        out.prepend(u'\'');
    if (out.contains(delimiter) || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r')) {
        out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        out = u'"' + out + u'"';
    }
    return out;
}

QString CsvTable::withoutFormulaGuard(const QString& cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'') {
        const QChar next = cell[1];
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t' || next == u'\r')
            return cell.mid(1);
    }
    return cell;
}

QString CsvTable::joinRow(const QStringList& cells, QChar delimiter)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString& cell : cells)
        escaped.append(escapeCell(cell, delimiter));
    return escaped.join(delimiter);
}
