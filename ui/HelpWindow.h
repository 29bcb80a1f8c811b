#pragma once

#include <QWidget>

class QTextBrowser;

// The built-in guide: short HTML pages from the resources in the program's language (English where a page
// is not translated yet), opened at the page about the screen F1 was pressed on.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // The one help window, opened (or raised) at `topic` (a page name such as "sales").
    static HelpWindow* showTopic(const QString& topic, QWidget* from = nullptr);
    // The page about the screen `widget` is on: the nearest enclosing screen that has one (its "helpTopic"
    // property, or its class).
    static QString topicFor(const QWidget* widget);
    // The resource folders searched for a page, the language's own first.
    static QStringList searchPaths(const QString& languageCode);

    QString topic() const;
    QTextBrowser* browser() const { return m_browser; }
    void setTopic(const QString& topic);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void followLayoutDirection();

    QTextBrowser* m_browser = nullptr;
};
