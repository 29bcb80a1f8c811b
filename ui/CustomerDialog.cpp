#include "CustomerDialog.h"

#include "Bidi.h"
#include "CardNumber.h"
#include "PhoneNumbers.h"
#include "ScanClassifier.h"
#include "ThemeColours.h"
#include "UserSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CustomerDialog::CustomerDialog(CustomerDirectory& directory, qint64 editingId, QWidget* parent)
    : QDialog(parent), m_directory(directory), m_editingId(editingId)
{
    setWindowTitle(editingId ? tr("Edit customer") : tr("New customer"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("First and last name"));
    form->addRow(tr("&Name:"), withProblem(m_name, FieldProblem::Field::Name));

    m_nickname = new QLineEdit(this);
    m_nickname->setPlaceholderText(tr("What the staff call them, optional"));
    form->addRow(tr("Nic&kname:"), m_nickname);

    m_phone = new QLineEdit(this);
    m_phone->setLayoutDirection(Qt::LeftToRight);
    const QString example = PhoneNumbers::exampleNational(m_directory.region());
    m_phone->setPlaceholderText(example.isEmpty() ? tr("+ country code and number")
                                                  : tr("e.g. %1").arg(example));
    m_phoneHint = new QLabel(this);
    m_phoneHint->setEnabled(false);
    m_phoneHint->hide();
    form->addRow(tr("&Phone:"), withProblem(m_phone, FieldProblem::Field::Phone, m_phoneHint));
    connect(m_phone, &QLineEdit::textChanged, this, &CustomerDialog::updatePhoneHint);

    auto* cardRow = new QWidget(this);
    auto* cardLayout = new QHBoxLayout(cardRow);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    m_card = new QLineEdit(this);
    m_card->setLayoutDirection(Qt::LeftToRight);
    m_card->setPlaceholderText(tr("Scan or type the card number"));
    auto* issue = new QPushButton(tr("&Issue new card"), this);
    issue->setAutoDefault(false);
    connect(issue, &QPushButton::clicked, this, [this] { m_card->setText(m_directory.nextFreeCard()); });
    cardLayout->addWidget(m_card, 1);
    cardLayout->addWidget(issue);
    cardRow->setFocusProxy(m_card);
    form->addRow(tr("&Card:"), withProblem(cardRow, FieldProblem::Field::Card));

    m_email = new QLineEdit(this);
    m_email->setLayoutDirection(Qt::LeftToRight);
    form->addRow(tr("&Email:"), withProblem(m_email, FieldProblem::Field::Email));

    m_birthday = new QLineEdit(this);
    m_birthday->setPlaceholderText(tr("day.month.year, optional"));
    form->addRow(tr("&Birthday:"), withProblem(m_birthday, FieldProblem::Field::Birthday));

    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("N&otes:"), m_notes);

    if (!editingId) {
        auto* consent = new QGroupBox(tr("Consent"), this);
        auto* consentLayout = new QFormLayout(consent);
        m_dataConsent =
            new QCheckBox(tr("Agrees that the shop keeps their personal data (required)"), consent);
        m_marketingConsent = new QCheckBox(tr("Agrees to receive offers and news"), consent);
        m_channel = new QComboBox(consent);
        m_channel->addItem(tr("Signed paper form"), int(ConsentRecord::Channel::Paper));
        m_channel->addItem(tr("Said so in person"), int(ConsentRecord::Channel::Verbal));
        m_channel->addItem(tr("Online or by message"), int(ConsentRecord::Channel::Digital));
        m_recordedBy = new QLineEdit(m_directory.actingPerson(), consent);
        consentLayout->addRow(m_dataConsent);
        consentLayout->addRow(m_marketingConsent);
        consentLayout->addRow(tr("Given &how:"), m_channel);
        consentLayout->addRow(tr("Recorded &by:"), m_recordedBy);
        consentLayout->addRow(m_problems[int(FieldProblem::Field::Consent)] = makeProblemLabel());
        layout->addWidget(consent);
    } else if (auto existing = m_directory.customer(editingId)) {
        m_name->setText(existing->name);
        m_nickname->setText(existing->nickname);
        m_phone->setText(PhoneNumbers::formatInternational(existing->phoneE164));
        m_card->setText(existing->cardNumber);
        m_email->setText(existing->email);
        if (existing->birthday.isValid())
            m_birthday->setText(existing->birthday.toString(QStringLiteral("dd.MM.yyyy")));
        m_notes->setPlainText(existing->notes);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

QWidget* CustomerDialog::withProblem(QWidget* field, FieldProblem::Field problem, QLabel* hint)
{
    auto* cell = new QWidget(this);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (hint)
        layout->addWidget(hint);
    layout->addWidget(m_problems[int(problem)] = makeProblemLabel());
    cell->setFocusProxy(field);
    return cell;
}

QLabel* CustomerDialog::makeProblemLabel()
{
    auto* label = new QLabel(this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, ThemeColours::problem(palette));
    label->setPalette(palette);
    label->hide();
    connect(label, &QLabel::linkActivated, this, [this](const QString& link) {
        const qint64 id = link.section(u':', 1).toLongLong();
        if (id > 0) {
            Q_EMIT openCustomerRequested(id);
            reject();
        }
    });
    return label;
}

QLabel* CustomerDialog::problemLabel(FieldProblem::Field field) const
{
    return m_problems.value(int(field));
}

void CustomerDialog::setPhone(const QString& phone)
{
    m_phone->setText(phone);
    m_name->setFocus();
}

void CustomerDialog::setCard(const QString& card)
{
    m_card->setText(card);
}

void CustomerDialog::updatePhoneHint()
{
    const QString text = m_phone->text().trimmed();
    auto e164 = PhoneNumbers::toE164(text, m_directory.region());
    m_phoneHint->setText(
        e164 ? tr("Saved as %1").arg(ltrIsolate(PhoneNumbers::formatInternational(e164.value())))
             : QString());
    m_phoneHint->setVisible(e164.ok());
}

CustomerDraft CustomerDialog::draft() const
{
    CustomerDraft d;
    d.name = m_name->text();
    d.nickname = m_nickname->text();
    d.phone = m_phone->text();
    d.card = m_card->text();
    d.email = m_email->text();
    d.birthday = m_birthday->text();
    d.notes = m_notes->toPlainText();
    if (m_dataConsent) {
        d.dataConsent = m_dataConsent->isChecked();
        d.marketingConsent = m_marketingConsent->isChecked();
        d.consentChannel = ConsentRecord::Channel(m_channel->currentData().toInt());
        d.recordedBy = m_recordedBy->text().trimmed();
    }
    return d;
}

void CustomerDialog::showProblems(const QList<FieldProblem>& problems)
{
    for (QLabel* label : std::as_const(m_problems)) {
        if (label) {
            label->clear();
            label->hide();
        }
    }
    for (const FieldProblem& problem : problems) {
        QLabel* label = m_problems.value(int(problem.field));
        if (!label)
            continue;
        QString text = problem.message.toHtmlEscaped();
        if (problem.existingCustomerId)
            text = tr("%1 <a href=\"customer:%2\">Open their page</a>")
                       .arg(text)
                       .arg(problem.existingCustomerId);
        label->setText(text);
        label->show();
    }
    // Wrapped messages need the height the layout asks for at this width; sizeHint() alone under-counts them.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

bool CustomerDialog::takeScan(const QString& code, const QString& symbology)
{
    Q_UNUSED(symbology)
    if (!CardNumber::looksLikeCard(code))
        return false;
    const auto card = CardNumber::normalize(code);
    if (!card || ScanClassifier::isStampCardNumber(card.value()))
        return false;
    setCard(code);
    return true;
}

void CustomerDialog::accept()
{
    const CustomerDraft d = draft();
    const QList<FieldProblem> problems = m_directory.validate(d, m_editingId);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    if (m_editingId) {
        if (auto updated = m_directory.update(m_editingId, d); !updated) {
            showProblems({{FieldProblem::Field::Name, updated.error().message, updated.error().relatedId}});
            return;
        }
        m_savedId = m_editingId;
    } else {
        auto created = m_enrolment ? m_enrolment(d) : m_directory.create(d);
        if (!created) {
            showProblems({{FieldProblem::Field::Name, created.error().message, created.error().relatedId}});
            return;
        }
        m_savedId = created.value();
    }
    QDialog::accept();
}
