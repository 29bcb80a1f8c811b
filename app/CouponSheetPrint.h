#pragma once

#include "CouponSheetLayout.h"

class Coupons;
class Database;
struct Campaign;

// The sheet of a campaign's coupons, with the shop's name and the campaign's words in the current language.
CouponSheetLayout couponSheetFor(Database& db, const Coupons& coupons, const Campaign& campaign,
                                 CouponSheetLayout::Grid grid, Qt::LayoutDirection direction);
