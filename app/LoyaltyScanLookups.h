#pragma once

class Database;
class ScanClassifier;

// Teaches the scan classifier the programme's own codes: vouchers (by code) and paper stamp cards (by
// serial), so a scan of either finds its customer.
void installLoyaltyScanLookups(ScanClassifier& classifier, Database& db);
