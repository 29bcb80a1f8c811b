#include "CustomerExport.h"

#include "CsvTable.h"
#include "CustomerDirectory.h"
#include "DataEvents.h"
#include "PersonalDataStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {
// Written in chunks so a large shop neither builds the whole file in memory nor writes line by line.
constexpr qsizetype kChunkBytes = qsizetype(64) * 1024;

QString isoDateTime(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

CustomerExport::CustomerExport(CustomerDirectory& directory) : m_directory(directory)
{
}

QStringList CustomerExport::header()
{
    return {QStringLiteral("id"),         QStringLiteral("name"),  QStringLiteral("phone"),
            QStringLiteral("card"),       QStringLiteral("email"), QStringLiteral("birthday"),
            QStringLiteral("nickname"),   QStringLiteral("notes"), QStringLiteral("created_at"),
            QStringLiteral("archived_at")};
}

Result<void> CustomerExport::allowed() const
{
    if (!m_directory.access().allows(AccessPolicy::Action::ExportData))
        return makeError(Error::Kind::NotAllowed, AccessPolicy::refusal(AccessPolicy::Action::ExportData));
    return {};
}

Result<void> CustomerExport::audit(int count, bool includeArchived, const QString& path)
{
    return m_directory.auditLog().record(
        QStringLiteral("export.customers"), {QStringLiteral("export"), QString()}, {},
        {{QStringLiteral("customers"), count}, {QStringLiteral("include_archived"), includeArchived}}, path);
}

Result<int> CustomerExport::write(QIODevice& out, bool includeArchived)
{
    if (auto ok = allowed(); !ok)
        return ok.error();
    auto written = writeRows(out, includeArchived);
    if (!written)
        return written;
    if (auto r = audit(written.value(), includeArchived, QString()); !r)
        return r.error();
    return written;
}

Result<int> CustomerExport::writeRows(QIODevice& out, bool includeArchived)
{
    if (!out.isWritable())
        return makeError(Error::Kind::CannotOpen,
                         tr("The export cannot be written: the file is not open for writing."));

    QByteArray chunk = QByteArrayLiteral("\xEF\xBB\xBF");
    chunk += CsvTable::joinRow(header()).toUtf8();
    chunk += "\r\n";
    QSet<qint64> consenting;
    if (m_marketingOnly) {
        auto ids = PersonalDataStore(m_directory.database()).marketingConsenters();
        if (!ids)
            return makeError(Error::Kind::Failed,
                             tr("Reading the customers for the export failed: %1").arg(ids.error().message));
        consenting = ids.value();
    }
    int count = 0;
    bool failed = false;
    const auto flush = [&] {
        if (!failed && out.write(chunk) != chunk.size())
            failed = true;
        chunk.clear();
    };
    auto visited = m_directory.store().forEach(
        [&](const CustomerRecord& c) {
            if (failed || (m_marketingOnly && !consenting.contains(c.id)))
                return;
            chunk +=
                CsvTable::joinRow({QString::number(c.id), c.name, c.phoneE164, c.cardNumber, c.email,
                                   c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString(),
                                   c.nickname, c.notes, isoDateTime(c.createdAt), isoDateTime(c.archivedAt)})
                    .toUtf8();
            chunk += "\r\n";
            ++count;
            if (chunk.size() >= kChunkBytes)
                flush();
        },
        includeArchived);
    if (!visited)
        return makeError(Error::Kind::Failed,
                         tr("Reading the customers for the export failed: %1").arg(visited.error().message));
    flush();
    if (failed)
        return makeError(Error::Kind::Failed,
                         tr("Writing the export failed: %1. Check that the disk is not full and try again.")
                             .arg(out.errorString()));
    return count;
}

Result<int> CustomerExport::writeFile(const QString& path, bool includeArchived)
{
    const QString shown = QDir::toNativeSeparators(path);
    // QSaveFile replaces the file only once everything is written, so a failed export never leaves half a
    // file.
    if (auto ok = allowed(); !ok)
        return ok.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            Error::Kind::CannotOpen,
            tr("Cannot write %1: %2. Choose a folder you can write to.").arg(shown, file.errorString()));
    auto written = writeRows(file, includeArchived);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit())
        return makeError(Error::Kind::Failed,
                         tr("Cannot save %1: %2. Check that the disk is not full and try again.")
                             .arg(shown, file.errorString()));
    if (auto r = audit(written.value(), includeArchived, QFileInfo(path).absoluteFilePath()); !r)
        return r.error();
    return written;
}
