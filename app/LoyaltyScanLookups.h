#pragma once

class Database;
class ScanClassifier;

// Teaches the scan classifier the programme's own codes: vouchers and campaign coupons (by code) and paper
// stamp cards (by serial), so a scan of any of them finds its customer.
void installLoyaltyScanLookups(ScanClassifier& classifier, Database& db);
