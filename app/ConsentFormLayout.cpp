#include "ConsentFormLayout.h"

#include "BarcodeSymbol.h"
#include "CustomerRecord.h"
#include "LocalDates.h"
#include "PhoneNumbers.h"
#include "ShopSettings.h"

#include <QFontDatabase>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextOption>

#include <cmath>

namespace {
constexpr qreal kMarginMm = 20;
} // namespace

ConsentFormLayout::ConsentFormLayout(Content content, Qt::LayoutDirection direction)
    : m_content(std::move(content)), m_direction(direction)
{
}

ConsentFormLayout ConsentFormLayout::forCustomer(const ShopSettings& settings, const CustomerRecord& customer,
                                                 Qt::LayoutDirection direction)
{
    Content content;
    content.shopName = settings.value(ShopSettings::Key::ShopName);
    content.customerName = customer.name;
    content.phone =
        customer.phoneE164.isEmpty() ? QString() : PhoneNumbers::formatInternational(customer.phoneE164);
    content.cardNumber = customer.cardNumber;
    content.email = customer.email;
    content.birthday = customer.birthday;
    content.textVersion = settings.value(ShopSettings::Key::ConsentVersion);
    content.dataText = settings.value(ShopSettings::Key::ConsentDataText);
    content.marketingText = settings.value(ShopSettings::Key::ConsentMarketingText);
    return ConsentFormLayout(content, direction);
}

PrintJob ConsentFormLayout::printJob() const
{
    const ConsentFormLayout layout = *this;
    return PrintJob{
        tr("Consent form: %1").arg(m_content.customerName), QPageSize(QPageSize::A4),
        [layout](QPainter& painter, QPagedPaintDevice& device, const PrintJob::Progress&) {
            return layout.paint(painter, device);
        }};
}

Result<void> ConsentFormLayout::writePdf(const QString& path) const
{
    return printJob().writePdf(path);
}

Result<void> ConsentFormLayout::paint(QPainter& painter, QPagedPaintDevice& device) const
{
    const qreal dpi = painter.device()->logicalDpiX();
    const auto px = [dpi](qreal mm) { return mm * dpi / 25.4; };
    const QSizeF paper = device.pageLayout().fullRect(QPageLayout::Millimeter).size();
    painter.save();
    painter.translate(-device.pageLayout().paintRectPixels(int(dpi)).topLeft());
    const bool rtl = m_direction == Qt::RightToLeft;
    const QRectF body(px(kMarginMm), px(kMarginMm), px(paper.width() - 2 * kMarginMm),
                      px(paper.height() - 2 * kMarginMm));
    qreal y = body.top();
    auto text = [&](const QString& line, qreal points, bool bold, qreal indentMm = 0) {
        QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        font.setPointSizeF(points);
        font.setBold(bold);
        painter.setFont(font);
        QTextOption option((rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        option.setTextDirection(Qt::LayoutDirectionAuto);
        option.setWrapMode(QTextOption::WordWrap);
        const QRectF room(rtl ? body.left() : body.left() + px(indentMm), y, body.width() - px(indentMm),
                          1e6);
        painter.drawText(room, line, option);
        y += painter.boundingRect(room, line, option).height() + px(1.5);
    };
    painter.setPen(Qt::black);

    // The card number at the top trailing corner, clear of the title, for filing by scan.
    qreal titleWidth = body.width();
    if (m_content.cardNumber.size() == 13) {
        if (auto symbol = BarcodeSymbol::encode(BarcodeSymbol::Type::Ean13, m_content.cardNumber.left(12))) {
            const qreal module = std::floor(px(0.4));
            const qreal width = (symbol->modulesWide() + 18) * module;
            const QRectF zone(rtl ? body.left() : body.right() - width, body.top(), width, px(18));
            symbol->paint(painter, QPointF(zone.left() + 11 * module, zone.top()), module, px(14));
            QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            mono.setPointSizeF(9);
            painter.setFont(mono);
            painter.drawText(QRectF(zone.left(), zone.top() + px(14), zone.width(), px(4)), Qt::AlignCenter,
                             m_content.cardNumber);
            titleWidth -= width + px(5);
        }
    }
    const QRectF titleArea(rtl ? body.right() - titleWidth : body.left(), body.top(), titleWidth, 1e6);
    {
        QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        font.setPointSizeF(16);
        font.setBold(true);
        painter.setFont(font);
        QTextOption option((rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        option.setTextDirection(Qt::LayoutDirectionAuto);
        option.setWrapMode(QTextOption::WordWrap);
        const QString title = tr("Loyalty programme: enrolment and consent");
        painter.drawText(titleArea, title, option);
        // The shop's name goes under the title however many lines the title took.
        const qreal below = painter.boundingRect(titleArea, title, option).height() + px(1);
        font.setPointSizeF(11);
        font.setBold(false);
        painter.setFont(font);
        const QRectF shopArea = titleArea.adjusted(0, below, 0, 0);
        painter.drawText(shopArea, m_content.shopName, option);
        y = std::max(body.top() + px(18),
                     shopArea.top() + painter.boundingRect(shopArea, m_content.shopName, option).height());
    }
    y += px(6);

    const QLocale locale;
    text(tr("Your details"), 12, true);
    text(tr("Name: %1").arg(m_content.customerName), 10, false, 4);
    text(tr("Phone: %1").arg(m_content.phone), 10, false, 4);
    text(tr("Card number: %1").arg(m_content.cardNumber), 10, false, 4);
    text(tr("Email: %1").arg(m_content.email), 10, false, 4);
    text(tr("Birthday: %1")
             .arg(m_content.birthday.isValid() ? LocalDates::date(m_content.birthday, QLocale::LongFormat, locale)
                                               : QString()),
         10, false, 4);
    y += px(4);

    const QString missing = tr("(The shop has not written this text yet; see Shop settings.)");
    auto consent = [&](const QString& heading, const QString& paragraph, const QString& tick) {
        text(heading, 12, true);
        text(paragraph.isEmpty() ? missing : paragraph, 10, false);
        // A tick box with its sentence beside it, at the reading start of the line.
        const qreal box = px(5);
        const QRectF boxRect(rtl ? body.right() - box : body.left(), y + px(1), box, box);
        painter.setPen(QPen(Qt::black, px(0.3)));
        painter.drawRect(boxRect);
        painter.setPen(Qt::black);
        const qreal before = y;
        text(tick, 10, false, 8);
        y = std::max(y, before + box + px(3));
    };
    consent(tr("Keeping your details"), m_content.dataText,
            tr("I agree that the shop keeps my details to run its loyalty programme."));
    consent(tr("Offers and news"), m_content.marketingText,
            tr("I would like to receive offers and news (optional)."));
    text(tr("Consent text version %1").arg(m_content.textVersion), 8, false);
    y += px(12);

    // Date and signature lines side by side, the date at the reading start.
    const qreal lineY = y + px(10);
    const qreal half = body.width() / 2;
    painter.setPen(QPen(Qt::black, px(0.3)));
    const QRectF first(rtl ? body.right() - half + px(5) : body.left(), lineY, half - px(5), px(6));
    const QRectF second(rtl ? body.left() : body.left() + half + px(5), lineY, half - px(5), px(6));
    painter.drawLine(first.topLeft(), first.topRight());
    painter.drawLine(second.topLeft(), second.topRight());
    QFont small = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    small.setPointSizeF(9);
    painter.setFont(small);
    const Qt::Alignment start = (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
    painter.drawText(first.translated(0, px(1)), start, tr("Date"));
    painter.drawText(second.translated(0, px(1)), start, tr("Signature"));
    painter.restore();
    return {};
}
