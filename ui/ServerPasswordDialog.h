#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

// Asks for a database server's password when the window opens a postgresql:// shop and neither
// PGPASSWORD nor ~/.pgpass gave one; after a refused password it asks again with the server's message.
class ServerPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // `server`: the URL without password; `refusal`: what the server said of the last password, or empty.
    ServerPasswordDialog(const QString& server, const QString& refusal, QWidget* parent = nullptr);

    QString password() const;
    QLineEdit* passwordField() const { return m_password; }
    QLabel* serverLabel() const { return m_server; }
    QLabel* refusalLabel() const { return m_refusal; }

    // Database::PasswordPrompt for the window: nullopt when the person cancels. Only the GUI thread asks;
    // a worker's connection gets nothing (it reuses the password given when the window opened the shop).
    static std::optional<QString> ask(const QString& server, const QString& refusal);

private:
    QLineEdit* m_password;
    QLabel* m_server;
    QLabel* m_refusal;
};
