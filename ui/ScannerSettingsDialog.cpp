#include "ScannerSettingsDialog.h"

#include "Bidi.h"
#include "CustomerDirectory.h"
#include "Prompts.h"
#include "ScanClassifier.h"
#include "SerialScanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSerialPortInfo>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kTestRestartDelayMs = 400;
constexpr int kShownLines = 300;

void selectData(QComboBox* box, const QVariant& value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

ScannerSettingsDialog::ScannerSettingsDialog(ScanClassifier& classifier, CustomerDirectory& directory,
                                             QWidget* parent)
    : QDialog(parent), m_classifier(classifier), m_directory(directory)
{
    setWindowTitle(tr("Barcode scanners"));
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);
    auto* settingsColumn = new QVBoxLayout;
    columns->addLayout(settingsColumn);

    auto* serial = new QGroupBox(tr("Serial scanner (RS-232 or USB serial)"), this);
    auto* serialForm = new QFormLayout(serial);
    auto* portRow = new QHBoxLayout;
    m_port = new QComboBox(serial);
    m_port->setEditable(true);
    m_port->setInsertPolicy(QComboBox::NoInsert);
    m_port->setMinimumContentsLength(22);
    m_port->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_port->lineEdit()->setPlaceholderText(tr("None: keyboard scanners only"));
    m_port->setToolTip(tr("Choose a port, or type its path: /dev/ttyACM0, /dev/serial/by-id/…, or a "
                          "pseudo-terminal."));
    portRow->addWidget(m_port, 1);
    auto* refresh = new QPushButton(tr("&Refresh"), serial);
    refresh->setToolTip(tr("Look for ports again after plugging a scanner in."));
    portRow->addWidget(refresh);
    auto* portLabel = new QLabel(tr("&Port:"), serial);
    portLabel->setBuddy(m_port);
    serialForm->addRow(portLabel, portRow);

    m_baud = new QComboBox(serial);
    m_baud->setEditable(true);
    m_baud->setInsertPolicy(QComboBox::NoInsert);
    m_baud->lineEdit()->setValidator(new QIntValidator(50, 4000000, m_baud));
    for (qint32 rate : ScannerSettings::standardBaudRates())
        m_baud->addItem(QString::number(rate), rate);
    serialForm->addRow(tr("&Baud rate:"), m_baud);

    m_dataBits = new QComboBox(serial);
    for (int bits : {8, 7, 6, 5})
        m_dataBits->addItem(QString::number(bits), bits);
    serialForm->addRow(tr("&Data bits:"), m_dataBits);

    m_parity = new QComboBox(serial);
    m_parity->addItem(tr("None"), int(QSerialPort::NoParity));
    m_parity->addItem(tr("Even"), int(QSerialPort::EvenParity));
    m_parity->addItem(tr("Odd"), int(QSerialPort::OddParity));
    m_parity->addItem(tr("Space"), int(QSerialPort::SpaceParity));
    m_parity->addItem(tr("Mark"), int(QSerialPort::MarkParity));
    serialForm->addRow(tr("P&arity:"), m_parity);

    m_stopBits = new QComboBox(serial);
    m_stopBits->addItem(QStringLiteral("1"), int(QSerialPort::OneStop));
    m_stopBits->addItem(QLocale().toString(1.5), int(QSerialPort::OneAndHalfStop));
    m_stopBits->addItem(QStringLiteral("2"), int(QSerialPort::TwoStop));
    serialForm->addRow(tr("&Stop bits:"), m_stopBits);

    m_flow = new QComboBox(serial);
    m_flow->addItem(tr("None"), int(QSerialPort::NoFlowControl));
    m_flow->addItem(tr("Hardware (RTS/CTS)"), int(QSerialPort::HardwareControl));
    m_flow->addItem(tr("Software (XON/XOFF)"), int(QSerialPort::SoftwareControl));
    serialForm->addRow(tr("&Flow control:"), m_flow);

    m_framing = new QComboBox(serial);
    for (ScanDecoder::Framing framing : ScanDecoder::allFramings())
        m_framing->addItem(ScanDecoder::framingName(framing), int(framing));
    serialForm->addRow(tr("Codes end &with:"), m_framing);
    settingsColumn->addWidget(serial);

    auto* keyboard = new QGroupBox(tr("Keyboard scanner (USB)"), this);
    auto* keyboardForm = new QFormLayout(keyboard);
    m_wedgeEnabled = new QCheckBox(tr("Take fast typing as a scan, never as text in a field"), keyboard);
    keyboardForm->addRow(m_wedgeEnabled);
    m_maxGap = new QSpinBox(keyboard);
    m_maxGap->setRange(5, 500);
    m_maxGap->setSuffix(tr(" ms"));
    m_maxGap->setToolTip(tr("Scanners type a character every few milliseconds; people take much longer."));
    keyboardForm->addRow(tr("At most, per &character:"), m_maxGap);
    m_minLength = new QSpinBox(keyboard);
    m_minLength->setRange(2, 100);
    keyboardForm->addRow(tr("At &least, characters:"), m_minLength);
    m_pause = new QSpinBox(keyboard);
    m_pause->setRange(20, 2000);
    m_pause->setSuffix(tr(" ms"));
    keyboardForm->addRow(tr("Ended by a &pause of:"), m_pause);
    settingsColumn->addWidget(keyboard);

    auto* both = new QGroupBox(tr("Both kinds"), this);
    auto* bothForm = new QFormLayout(both);
    m_prefix = new QLineEdit(both);
    m_prefix->setPlaceholderText(tr("None"));
    m_prefix->setToolTip(tr("Characters the scanner is set to send before every code; they are removed."));
    bothForm->addRow(tr("Pr&efix:"), m_prefix);
    m_suffix = new QLineEdit(both);
    m_suffix->setPlaceholderText(tr("None"));
    m_suffix->setToolTip(tr("Characters the scanner is set to send after every code; they are removed."));
    bothForm->addRow(tr("S&uffix:"), m_suffix);
    settingsColumn->addWidget(both);
    settingsColumn->addStretch(1);

    auto* test = new QGroupBox(tr("Test: scan something"), this);
    auto* testLayout = new QVBoxLayout(test);
    m_testStatus = new QLabel(test);
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testLayout->addWidget(m_testStatus);
    testLayout->addWidget(new QLabel(tr("Bytes from the serial port (hex):"), test));
    m_raw = new QPlainTextEdit(test);
    m_raw->setReadOnly(true);
    m_raw->setMaximumBlockCount(kShownLines);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setMinimumWidth(m_raw->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 52);
    testLayout->addWidget(m_raw, 1);
    testLayout->addWidget(new QLabel(tr("Codes read:"), test));
    m_codes = new QListWidget(test);
    // Long codes and messages wrap rather than hide behind a scroll bar.
    m_codes->setWordWrap(true);
    m_codes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_codes->setResizeMode(QListView::Adjust);
    const int iconSize = m_codes->fontMetrics().height();
    m_codes->setIconSize(QSize(iconSize, iconSize));
    testLayout->addWidget(m_codes, 1);
    columns->addWidget(test, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScannerSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScannerSettingsDialog::reject);
    layout->addWidget(buttons);

    m_test = new SerialScanner(this);
    connect(m_test, &SerialScanner::bytesReceived, this, &ScannerSettingsDialog::showBytes);
    connect(m_test, &SerialScanner::codeRead, this, [this](const QString& code, const QString& symbology) {
        showCode(code, symbology, Source::Serial);
    });
    connect(m_test, &SerialScanner::diagnostic, this, &ScannerSettingsDialog::showDiagnostic);
    connect(m_test, &SerialScanner::stateChanged, this, &ScannerSettingsDialog::showTestState);
    m_restart = new QTimer(this);
    m_restart->setSingleShot(true);
    m_restart->setInterval(kTestRestartDelayMs);
    connect(m_restart, &QTimer::timeout, this, &ScannerSettingsDialog::restartTest);

    fillPorts();
    setSettings(ScannerSettings::load());

    connect(refresh, &QPushButton::clicked, this, &ScannerSettingsDialog::fillPorts);
    connect(m_port, &QComboBox::activated, this, [this](int index) {
        // The list shows a description; the field keeps the path.
        m_port->setEditText(m_port->itemData(index).toString());
        m_restart->start();
    });
    connect(m_port, &QComboBox::editTextChanged, m_restart, qOverload<>(&QTimer::start));
    for (QComboBox* box : {m_baud, m_dataBits, m_parity, m_stopBits, m_flow, m_framing})
        connect(box, &QComboBox::currentTextChanged, m_restart, qOverload<>(&QTimer::start));
    for (QLineEdit* edit : {m_prefix, m_suffix})
        connect(edit, &QLineEdit::textChanged, m_restart, qOverload<>(&QTimer::start));
    restartTest();
}

ScannerSettingsDialog::~ScannerSettingsDialog() = default;

void ScannerSettingsDialog::fillPorts()
{
    const QString current = portPath();
    m_port->blockSignals(true);
    m_port->clear();
    for (const QSerialPortInfo& info : QSerialPortInfo::availablePorts()) {
        QString label = info.systemLocation();
        const QString description = QStringList{info.manufacturer(), info.description()}
                                        .filter(QRegularExpression(QStringLiteral("\\S")))
                                        .join(u' ');
        if (!description.isEmpty())
            label = tr("%1 — %2", "port path — description").arg(info.systemLocation(), description);
        m_port->addItem(label, info.systemLocation());
    }
    m_port->setEditText(current);
    m_port->blockSignals(false);
}

QString ScannerSettingsDialog::portPath() const
{
    const QString text = m_port->currentText().trimmed();
    const int index = m_port->findText(text);
    return index >= 0 ? m_port->itemData(index).toString() : text;
}

ScannerSettings ScannerSettingsDialog::settings() const
{
    ScannerSettings s;
    s.port.path = portPath();
    s.port.baudRate = m_baud->currentText().toInt();
    if (s.port.baudRate <= 0)
        s.port.baudRate = 9600;
    s.port.dataBits = QSerialPort::DataBits(m_dataBits->currentData().toInt());
    s.port.parity = QSerialPort::Parity(m_parity->currentData().toInt());
    s.port.stopBits = QSerialPort::StopBits(m_stopBits->currentData().toInt());
    s.port.flowControl = QSerialPort::FlowControl(m_flow->currentData().toInt());
    s.decoder.framing = ScanDecoder::Framing(m_framing->currentData().toInt());
    s.decoder.prefix = m_prefix->text();
    s.decoder.suffix = m_suffix->text();
    s.wedgeEnabled = m_wedgeEnabled->isChecked();
    s.wedge.maxAverageGapMs = m_maxGap->value();
    s.wedge.minLength = m_minLength->value();
    s.wedge.pauseMs = m_pause->value();
    return s;
}

void ScannerSettingsDialog::setSettings(const ScannerSettings& s)
{
    m_port->setEditText(s.port.path);
    const int baud = m_baud->findData(s.port.baudRate);
    if (baud >= 0)
        m_baud->setCurrentIndex(baud);
    else
        m_baud->setEditText(QString::number(s.port.baudRate));
    selectData(m_dataBits, int(s.port.dataBits));
    selectData(m_parity, int(s.port.parity));
    selectData(m_stopBits, int(s.port.stopBits));
    selectData(m_flow, int(s.port.flowControl));
    selectData(m_framing, int(s.decoder.framing));
    m_prefix->setText(s.decoder.prefix);
    m_suffix->setText(s.decoder.suffix);
    m_wedgeEnabled->setChecked(s.wedgeEnabled);
    m_maxGap->setValue(s.wedge.maxAverageGapMs);
    m_minLength->setValue(s.wedge.minLength);
    m_pause->setValue(s.wedge.pauseMs);
}

void ScannerSettingsDialog::restartTest()
{
    const ScannerSettings s = settings();
    m_test->stop();
    m_test->setPortSettings(s.port);
    m_test->setDecoderOptions(s.decoder);
    m_test->start();
    showTestState();
}

void ScannerSettingsDialog::showTestState()
{
    switch (m_test->state()) {
    case SerialScanner::State::Stopped:
        m_testStatus->setText(tr("No serial port chosen. Scan with a keyboard (USB) scanner to see its codes "
                                 "here."));
        break;
    case SerialScanner::State::Waiting:
        m_testStatus->setText(m_test->problem());
        break;
    case SerialScanner::State::Connected:
        m_testStatus->setText(
            tr("Listening on %1. Scan a code.").arg(ltrIsolate(m_test->portSettings().path)));
        break;
    }
}

void ScannerSettingsDialog::showBytes(const QByteArray& bytes)
{
    m_raw->appendPlainText(ltrIsolate(QString::fromLatin1(bytes.toHex(' '))));
}

void ScannerSettingsDialog::showCode(const QString& code, const QString& symbology, Source from)
{
    const QString source = from == Source::Serial ? tr("serial port") : tr("keyboard scanner");
    const ScannedCode scanned = m_classifier.classify(code, symbology);
    QString what = ScannedCode::kindName(scanned.kind);
    if (scanned.customerId > 0) {
        if (const auto customer = m_directory.customer(scanned.customerId))
            what = tr("%1 of %2", "card of Anna")
                       .arg(what, customer->name.isEmpty() ? tr("a customer") : customer->name);
    }
    const QString symbologyName = ScannedCode::symbologyName(symbology);
    const QString line =
        symbologyName.isEmpty()
            ? tr("%1 — %2 (%3)", "code — what it is (how it was read)").arg(ltrIsolate(code), what, source)
            : tr("%1 — %2 (%3, %4)", "code — what it is (how it was read, symbology)")
                  .arg(ltrIsolate(code), what, source, symbologyName);
    m_codes->addItem(line);
    while (m_codes->count() > kShownLines)
        delete m_codes->takeItem(0);
    m_codes->scrollToBottom();
}

void ScannerSettingsDialog::showDiagnostic(const QString& message)
{
    auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), message);
    m_codes->addItem(item);
    m_codes->scrollToBottom();
}

bool ScannerSettingsDialog::takeScan(const QString& code, const QString& symbology)
{
    showCode(code, symbology, Source::Keyboard);
    return true;
}

void ScannerSettingsDialog::accept()
{
    m_test->stop();
    settings().save();
    QDialog::accept();
}
