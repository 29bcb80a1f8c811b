#pragma once

#include "CustomerDirectory.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Enrol a new customer (with their consent) or edit one. Problems show under the field at fault; a phone or
// card that belongs to somebody else links to that customer.
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    // editingId 0: a new customer.
    CustomerDialog(CustomerDirectory& directory, qint64 editingId, QWidget* parent = nullptr);

    void setPhone(const QString& phone);
    void setCard(const QString& card);
    // A card scanned while the form is open goes into the card field (the main window hands it over).
    Q_INVOKABLE bool takeScan(const QString& code, const QString& symbology);
    qint64 savedCustomerId() const { return m_savedId; }
    // Where a new customer goes instead of the directory's create (an offline till's outbox).
    using Enrolment = std::function<Result<qint64>(const CustomerDraft&)>;
    void setEnrolment(Enrolment enrolment) { m_enrolment = std::move(enrolment); }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* cardEdit() const { return m_card; }
    QCheckBox* dataConsentBox() const { return m_dataConsent; }
    QCheckBox* marketingConsentBox() const { return m_marketingConsent; }
    QLabel* problemLabel(FieldProblem::Field field) const;

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId);

public Q_SLOTS:
    void accept() override;

private:
    CustomerDraft draft() const;
    void showProblems(const QList<FieldProblem>& problems);
    void updatePhoneHint();
    QLabel* makeProblemLabel();
    QWidget* withProblem(QWidget* field, FieldProblem::Field problem, QLabel* hint = nullptr);

    CustomerDirectory& m_directory;
    Enrolment m_enrolment;
    qint64 m_editingId = 0;
    qint64 m_savedId = 0;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_nickname = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_phoneHint = nullptr;
    QLineEdit* m_card = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_birthday = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_dataConsent = nullptr;
    QCheckBox* m_marketingConsent = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_recordedBy = nullptr;
    QHash<int, QLabel*> m_problems;
    QDialogButtonBox* m_buttons = nullptr;
};
