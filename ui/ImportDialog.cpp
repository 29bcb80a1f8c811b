#include "ImportDialog.h"

#include "Bidi.h"
#include "Clock.h"
#include "CustomerDirectory.h"
#include "Database.h"
#include "Prompts.h"
#include "UserSettings.h"

#include <QComboBox>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr CustomerImport::Field kFields[] = {
    CustomerImport::Field::Ignore,   CustomerImport::Field::Name,  CustomerImport::Field::Phone,
    CustomerImport::Field::Card,     CustomerImport::Field::Email, CustomerImport::Field::Birthday,
    CustomerImport::Field::Nickname, CustomerImport::Field::Notes,
};
} // namespace

ImportDialog::ImportDialog(CustomerDirectory& directory, Database& db, QWidget* parent)
    : QDialog(parent), m_directory(directory), m_db(db)
{
    setWindowTitle(tr("Import customers"));
    auto* layout = new QVBoxLayout(this);

    auto* form = new QFormLayout;
    m_file = new QLabel(this);
    m_file->setWordWrap(true);
    form->addRow(tr("File:"), m_file);
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect automatically"), QByteArray());
    m_encoding->addItem(tr("Unicode (UTF-8)"), QByteArrayLiteral("UTF-8"));
    m_encoding->addItem(tr("Cyrillic (Windows-1251)"), QByteArrayLiteral("windows-1251"));
    m_encoding->addItem(tr("Arabic and Persian (Windows-1256)"), QByteArrayLiteral("windows-1256"));
    form->addRow(tr("&Encoding:"), m_encoding);
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Detect automatically"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    form->addRow(tr("&Separator:"), m_delimiter);
    layout->addLayout(form);

    auto* columns = new QGroupBox(tr("Columns"), this);
    auto* columnsLayout = new QVBoxLayout(columns);
    m_columns = new QTableWidget(0, 3, columns);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Import as")});
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setMinimumHeight(m_columns->horizontalHeader()->sizeHint().height() +
                                5 * (m_columns->fontMetrics().height() + 14));
    columnsLayout->addWidget(m_columns);
    layout->addWidget(columns, 1);

    auto* issues = new QGroupBox(tr("Problems"), this);
    auto* issuesLayout = new QVBoxLayout(issues);
    m_issues = new QTableWidget(0, 3, issues);
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_issues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setWordWrap(true);
    // Rows follow the column width as the window is resized, so long reasons wrap instead of stretching rows.
    m_issues->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    issuesLayout->addWidget(m_issues);
    layout->addWidget(issues, 2);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importAll = buttons->addButton(tr("&Import all"), QDialogButtonBox::AcceptRole);
    m_importValid = buttons->addButton(tr("Import only &valid lines"), QDialogButtonBox::ActionRole);
    m_saveRejected = buttons->addButton(tr("&Save problem lines…"), QDialogButtonBox::ActionRole);
    connect(m_importAll, &QPushButton::clicked, this, [this] { runImport(false); });
    connect(m_importValid, &QPushButton::clicked, this, [this] { runImport(true); });
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportDialog::saveRejected);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(buttons);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        m_overrides.clear(); // columns move when the separator changes
        refreshPreview();
    });
    resize(880, 720);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::chooseFile()
{
    QString folder = UserSettings::value(UserSettings::Key::LastImportFolder).toString();
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import customers"), folder,
                                                      tr("CSV and text files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    UserSettings::setValue(UserSettings::Key::LastImportFolder, QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Prompts::instance().warn(
            this, windowTitle(),
            tr("Cannot read %1: %2").arg(ltrUnlessRtl(QDir::toNativeSeparators(path)), file.errorString()));
        return false;
    }
    setFileContents(file.readAll(), path);
    return true;
}

void ImportDialog::setFileContents(const QByteArray& bytes, const QString& fileName)
{
    m_bytes = bytes;
    m_fileName = fileName;
    m_file->setText(ltrUnlessRtl(QDir::toNativeSeparators(fileName)));
    m_overrides.clear();
    refreshPreview();
}

CustomerImport::Options ImportDialog::options() const
{
    CustomerImport::Options o;
    o.csv.encoding = m_encoding->currentData().toByteArray();
    const QString delimiter = m_delimiter->currentData().toString();
    o.csv.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    o.mappingOverrides = m_overrides;
    return o;
}

void ImportDialog::refreshPreview()
{
    if (m_filling)
        return;
    SystemClock clock;
    CustomerImport importer(m_directory, m_db, clock);
    auto preview = importer.preview(m_bytes, options());
    if (!preview) {
        m_preview.reset();
        m_columns->setRowCount(0);
        m_issues->setRowCount(0);
        m_summary->setText(preview.error().message);
        m_importAll->setEnabled(false);
        m_importValid->setEnabled(false);
        m_saveRejected->setEnabled(false);
        return;
    }
    m_preview = std::move(preview).value();
    fillColumns();
    fillIssues();
    const int valid = int(m_preview->valid.size());
    const int rejected = int(m_preview->rejectedRows.size());
    if (rejected == 0)
        m_summary->setText(
            tr("%Ln customer(s) ready to import. Nothing is saved until you press Import.", nullptr, valid));
    else
        m_summary->setText(
            tr("Lines with problems: %1. Customers ready: %2. Fix the file and import it again, or "
               "import only the valid lines.")
                .arg(rejected)
                .arg(valid));
    m_importAll->setEnabled(rejected == 0 && valid > 0);
    m_importValid->setEnabled(rejected > 0 && valid > 0);
    m_saveRejected->setEnabled(rejected > 0);
}

void ImportDialog::fillColumns()
{
    m_filling = true;
    const QStringList header = m_preview->table.header();
    const QStringList firstRow =
        m_preview->table.rows().isEmpty() ? QStringList() : m_preview->table.rows().first().cells;
    bool sameColumns = m_columns->rowCount() == header.size();
    for (int column = 0; sameColumns && column < header.size(); ++column)
        sameColumns =
            m_columns->item(column, 0) && m_columns->item(column, 0)->data(Qt::UserRole) == header[column];
    if (!sameColumns) {
        // Rebuilt only when the file's columns change, never from inside a combo box's own signal.
        m_columns->setRowCount(int(header.size()));
        for (int column = 0; column < header.size(); ++column) {
            auto* name = new QTableWidgetItem(ltrUnlessRtl(header[column]));
            name->setData(Qt::UserRole, header[column]);
            m_columns->setItem(column, 0, name);
            auto* box = new QComboBox(m_columns);
            for (CustomerImport::Field field : kFields)
                box->addItem(CustomerImport::fieldName(field), int(field));
            connect(box, &QComboBox::currentIndexChanged, this, [this, column, box] {
                if (m_filling)
                    return;
                m_overrides.insert(column, CustomerImport::Field(box->currentData().toInt()));
                refreshPreview();
            });
            m_columns->setCellWidget(column, 2, box);
        }
    }
    for (int column = 0; column < header.size(); ++column) {
        m_columns->setItem(column, 1, new QTableWidgetItem(ltrUnlessRtl(firstRow.value(column))));
        if (auto* box = qobject_cast<QComboBox*>(m_columns->cellWidget(column, 2)))
            box->setCurrentIndex(
                box->findData(int(m_preview->mapping.value(column, CustomerImport::Field::Ignore))));
    }
    m_filling = false;
}

void ImportDialog::fillIssues()
{
    const auto& issues = m_preview->issues;
    m_issues->setRowCount(int(issues.size()));
    for (int row = 0; row < issues.size(); ++row) {
        auto* line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, issues[row].line);
        m_issues->setItem(row, 0, line);
        m_issues->setItem(row, 1, new QTableWidgetItem(ltrUnlessRtl(issues[row].column)));
        m_issues->setItem(row, 2, new QTableWidgetItem(issues[row].reason));
    }
}

void ImportDialog::runImport(bool skipInvalid)
{
    if (!m_preview)
        return;
    struct Outcome
    {
        int imported = -1; // -1: failed or cancelled
        QString problem;
    };
    // A worker on its own connection writes the customers, so the window shows progress and can cancel;
    // the import is one transaction, so a cancelled one leaves the database as it was.
    QProgressDialog progress(tr("Importing customers…"), tr("Cancel"), 0, int(m_preview->valid.size()), this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    QFutureWatcher<Outcome> watcher;
    QEventLoop waiting;
    connect(&watcher, &QFutureWatcher<Outcome>::progressValueChanged, &progress, &QProgressDialog::setValue);
    connect(&watcher, &QFutureWatcher<Outcome>::finished, &waiting, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &watcher, &QFutureWatcher<Outcome>::cancel);
    watcher.setFuture(QtConcurrent::run(
        [path = m_db.path(), preview = *m_preview, skipInvalid](QPromise<Outcome>& promise) {
            Outcome outcome;
            auto db = Database::open(path, Database::OpenMode::MustExist);
            if (!db) {
                outcome.problem = db.error().message;
                promise.addResult(outcome);
                return;
            }
            SystemClock clock;
            CustomerDirectory directory(*db.value(), clock);
            CustomerImport importer(directory, *db.value(), clock);
            promise.setProgressRange(0, int(preview.valid.size()));
            auto imported = importer.commit(preview, skipInvalid, [&promise](int written, int) {
                promise.setProgressValue(written);
                return !promise.isCanceled();
            });
            if (imported)
                outcome.imported = imported.value();
            else
                outcome.problem = imported.error().message;
            promise.addResult(outcome);
        }));
    if (!watcher.isFinished())
        waiting.exec();
    const bool cancelled = progress.wasCanceled();
    progress.close();
    const Outcome outcome = watcher.future().resultCount() > 0 ? watcher.future().result() : Outcome{};
    if (outcome.imported < 0) {
        if (cancelled)
            Prompts::instance().inform(this, windowTitle(), tr("The import was cancelled; nothing was imported."));
        else
            Prompts::instance().warn(this, windowTitle(), outcome.problem);
        refreshPreview();
        return;
    }
    m_imported = outcome.imported;
    Prompts::instance().inform(this, windowTitle(), tr("%Ln customer(s) imported.", nullptr, m_imported));
    accept();
}

void ImportDialog::saveRejected()
{
    if (!m_preview)
        return;
    const QFileInfo source(m_fileName);
    const QString suggested =
        source.absoluteDir().filePath(tr("%1-problems.csv").arg(source.completeBaseName()));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save problem lines"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(CustomerImport::rejectedCsv(*m_preview)) < 0 ||
        !file.commit())
        Prompts::instance().warn(
            this, windowTitle(),
            tr("Cannot write %1: %2").arg(ltrUnlessRtl(QDir::toNativeSeparators(path)), file.errorString()));
}
