#include "CouponSheetPrint.h"

#include "Coupons.h"
#include "ShopSettings.h"

#include <QHash>

CouponSheetLayout couponSheetFor(Database& db, const Coupons& coupons, const Campaign& campaign,
                                 CouponSheetLayout::Grid grid, Qt::LayoutDirection direction)
{
    CouponSheetLayout::Content content;
    content.shopName = ShopSettings(db).value(ShopSettings::Key::ShopName);
    content.campaignName = campaign.name;
    content.offer = coupons.describeOffer(campaign);
    content.validity = coupons.describeValidity(campaign);
    content.terms = coupons.describeTerms(campaign);
    QHash<qint64, QString> names; // a personalised campaign repeats few names many times
    for (const Coupon& coupon : coupons.couponsOf(campaign.id)) {
        CouponSheetLayout::Item item;
        item.code = coupon.code;
        if (coupon.issuedTo > 0) {
            auto it = names.find(coupon.issuedTo);
            if (it == names.end())
                it = names.insert(coupon.issuedTo, coupons.customerName(coupon.issuedTo));
            item.customerName = it.value();
        }
        content.coupons.append(item);
    }
    return CouponSheetLayout(content, grid, direction);
}
