<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Only the owner can change the programme&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can add or take away points outside a sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can make a refund this large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can undo a redemption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can create coupon campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can archive or restore customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can anonymise customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can export the shop&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can import customers or sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can see the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can see the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can manage the people who use Regulars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can export what the shop holds about a customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in what changed, e.g. a name, a phone number or a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The change was not saved because the audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon campaign created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon redemption undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer restored from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer list exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme rules changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after wrong tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till moved to a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>  backup [--out FILE]
      a verified copy of the database, to FILE or to the backup folder (rotated: 7 daily,
      4 weekly)
  restore FILE [--yes]
      put a backup in place of the database; the current file is kept beside it, renamed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>customers, sales, ledger entries, coupons</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln sale</numerusform>
            <numerusform>%Ln sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entry(ies)</source>
        <translation>
            <numerusform>%Ln ledger entry</numerusform>
            <numerusform>%Ln ledger entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coupon(s)</source>
        <translation>
            <numerusform>%Ln coupon</numerusform>
            <numerusform>%Ln coupons</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: regulars backup [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1: %2; last sale %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <comment>the yes answer to a [y/N] question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database %1 with this backup? The current one is kept first. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupControls</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup… (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Last backup %Ln day(s) ago</source>
        <translation>
            <numerusform>⚠ Last backup %Ln day ago</numerusform>
            <numerusform>⚠ Last backup %Ln days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now (File menu), and check the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulars backups (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup made on %1?

%2

It holds %3. Its last sale: %4.

Everything recorded since then is replaced. The database in use now is kept first, with today&apos;s date in its name, and is never deleted. Regulars reopens the shop with the backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>Copying the database to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Regulars database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Regulars (database version %2; this program knows up to %3). Install the newer Regulars to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1 exists already; a backup never replaces a file. Choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a backup to %1. Check that the folder exists and that you may write to it (a USB stick may be missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup just written did not pass its check, so it was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup just written has database version %1 instead of %2, so it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made. Choose another folder, or plug in the drive it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old backup %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Regulars backup, so it cannot be restored. Choose a file made by Regulars&apos; backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database %1. Check the free space and that you may write to its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the backup did not pass its check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database %1 could not be set aside, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the current database was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a backup of a shop kept in a file, and this shop is on the server %2. Open the file with --db to look at it, or move it to an empty server database with: regulars migrate --from FILE --to URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a backup of a shop on a PostgreSQL server, and this shop is the file %2. Restore it into the server&apos;s database with: regulars --db postgresql://… restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has database version %2 and this Regulars writes version %3; a shop on a server is restored only from a backup of the same version. Restore it with the Regulars that made it, then update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1, where the current database is kept before a restore, cannot be made, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database could not be kept as %1 before the restore, so nothing was restored. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarcodeSymbol</name>
    <message>
        <source>Not enough memory to draw a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be drawn as a barcode: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New coupon campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum purchase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single use. Not exchangeable for cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coupons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: for anyone. Otherwise one customer a line (phone, card or name); each gets the number of coupons above, with their name printed on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For c&amp;ustomers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 5.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Percentage off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Free item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example a coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bonus points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches several customers: give a phone or card number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardBatches</name>
    <message>
        <source>%1 has no card number yet: give them one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print between 1 and 10,000 cards at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print between 1 and 10,000 stamp cards at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp card %1 was registered by another till a moment ago. Print the batch again for new numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardNumber</name>
    <message>
        <source>“%1” is not a card number: a card number has 13 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a card number: a card number has 13 digits, this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number %1 has a wrong check digit: check it for a typing mistake, or scan the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardSheetLayout</name>
    <message>
        <source>“%1” is not a card layout: use cr80 or a4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR80 card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this card at every purchase. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp card: one stamp a purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortHeatMapModel</name>
    <message>
        <source>%1 customers first bought in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %2 customers who first bought in %3 bought again %Ln month(s) later.</source>
        <translation>
            <numerusform>%1 of the %2 customers who first bought in %3 bought again %Ln month later.</numerusform>
            <numerusform>%1 of the %2 customers who first bought in %3 bought again %Ln months later.</numerusform>
        </translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>cohort month (customers)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1. See regulars --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1. See regulars --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars customers find QUERY | import FILE.csv | export FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a country code; use two letters such as RU, IR, SA or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s country is not set, so phone numbers cannot be read. Give it with --region CC (for example --region RU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown separator %1; use comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Fix the lines above, or run again with --skip-invalid to import only the valid lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported.</source>
        <translation>
            <numerusform>%Ln customer imported.</numerusform>
            <numerusform>%Ln customers imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped.</source>
        <translation>
            <numerusform>%Ln line skipped.</numerusform>
            <numerusform>%Ln lines skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) exported.</source>
        <translation>
            <numerusform>%Ln customer exported.</numerusform>
            <numerusform>%Ln customers exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>--customers takes a whole number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop created in %1: %2 customers, %3 purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding %1; use UTF-8, UTF-16, windows-1251 or windows-1256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: regulars [--db PATH] [--lang CODE] [COMMAND ...]

Regulars keeps a shop&apos;s regular customers and their loyalty programme.
Without a command it opens the window.

Options:
  --db PATH        the shop&apos;s database (default: %1)
  --lang CODE      language: en, ar, fa, ru (default: the system&apos;s)
  --find QUERY     open the window with this search, e.g. the phone number of a caller
  -h, --help       show this help
  -v, --version    show the version

Commands:
  customers find QUERY [--archived] [--limit N]
      print the customers found by phone, card, last digits of a phone or name, as JSON lines
  customers import FILE.csv [--region CC] [--skip-invalid] [--encoding E] [--delimiter D]
      import customers; with any bad line nothing is imported unless --skip-invalid is given
  customers export FILE.csv [--active-only] [--marketing]
      write every customer to a CSV file; --marketing: only those who agreed to offers
  demo [--customers N] [--seed S] [--region CC]
      fill a new database with a demo shop
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the shop has users, commands that change data ask for the owner&apos;s password (or read it from
REGULARS_PASSWORD); find, balance, report, check and list never ask.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused (a message says why; nothing was changed), 2 wrong usage,
3 the owner&apos;s password was missing or wrong (nothing was changed).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentFormLayout</name>
    <message>
        <source>Loyalty programme: enrolment and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The shop has not written this text yet; see Shop settings.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree that the shop keeps my details to run its loyalty programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers and news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I would like to receive offers and news (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponCode</name>
    <message>
        <source>A code has %1 characters; this one has %2. Check it and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be part of a code. Check the code and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is mistyped: its last character does not match the others. Check every character and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponCommands</name>
    <message>
        <source>--%1 needs a date like 2026-12-31, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars coupons create|redeem|undo|list; see regulars --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count needs a whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Give exactly one customer (a phone, a card number or id:N): “%1” matches %Ln.</source>
        <translation>
            <numerusform>Give exactly one customer (a phone, a card number or id:N): “%1” matches %Ln.</numerusform>
            <numerusform>Give exactly one customer (a phone, a card number or id:N): “%1” matches %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redemption of %1 undone; the coupon can be used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars print coupons --campaign NAME --out FILE.pdf [--paper a4|letter] [--grid 3x7]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln coupon(s) written to %1.</source>
        <translation>
            <numerusform>%Ln coupon written to %1.</numerusform>
            <numerusform>%Ln coupons written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: regulars print cards (--customer QUERY [QUERY…] | --new N) --out FILE.pdf [--layout cr80|a4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--new needs a number of cards between 1 and 10,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one customer (a phone, a card number or id:N) for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) written to %1.</source>
        <translation>
            <numerusform>%Ln card written to %1.</numerusform>
            <numerusform>%Ln cards written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: regulars print stamp-cards --count N --out FILE.pdf [--layout a4|cr80]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print between 1 and 10,000 stamp cards at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars print consent-form --customer QUERY --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form of %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  coupons create --campaign NAME (--amount 5.00 | --percent 10 | --item TEXT | --points N)
          --count N [--valid-from DATE] [--valid-until DATE] [--min-purchase A] [--terms TEXT]
          [--for QUERY [QUERY…] | --at-risk]
      make a coupon campaign; prints its codes, one per line; --for the customers named, or
      --at-risk those of the at-risk report who agreed to offers: personal coupons (--count each,
      1 unless given) with the customer&apos;s name printed
  coupons redeem CODE [--till T] [--sale REF] [--purchase A] [--customer QUERY]
      use a coupon once; prints what it gives as JSON, or why not on stderr (exit 1)
  coupons undo CODE [--reason TEXT]
      open a redeemed coupon again (owner only); the undo is recorded
  coupons list
      every campaign with its printed, redeemed and expired counts, as JSON lines
  print coupons --campaign NAME --out FILE.pdf [--paper a4|letter] [--grid 3x7]
      a sheet of the campaign&apos;s coupons with cut marks, as PDF
  print cards (--customer QUERY [QUERY…] | --new N) --out FILE.pdf [--layout cr80|a4]
      membership cards (EAN-13) of the customers, or N blank numbered cards to register later;
      one a page or ten on A4 with cut marks
  print stamp-cards --count N --out FILE.pdf [--layout a4|cr80]
      new paper stamp cards, fronts and backs; their serials are registered, not yet given
  print consent-form --customer QUERY --out FILE.pdf
      the customer&apos;s enrolment and consent form (A4) with the consent texts in force
  print receipt --sale REF [--till T] --out FILE.pdf [--width 80|58]
      the receipt slip of a sale on roll paper: balance, points earned and expiring, stamps
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars print coupons|cards|stamp-cards|consent-form|receipt …; see regulars --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars coupons create --campaign NAME (--amount 5.00 | --percent 10 | --item TEXT | --points N) --count N [--valid-from DATE] [--valid-until DATE] [--min-purchase A] [--for QUERY… | --at-risk]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars print receipt --sale REF [--till T] --out FILE.pdf [--width 80|58]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt slip of sale %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody who agreed to offers is at risk of lapsing now: no campaign was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponRedeemDialog</name>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purchase amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 — campaign “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum purchase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponSheetLayout</name>
    <message>
        <source>“%1” is not a grid: give columns × rows, for example 3x7 (1 to 6 columns, 1 to 12 rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a paper size: use a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coupon of this grid is %1: too narrow for a Code 128 barcode a scanner can read. Choose fewer columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coupon of this grid is %1: too small for a QR code a scanner can read. Choose fewer rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · coupons %2 to %3 · page %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coupons</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an amount off above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a percentage off between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the free item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a number of bonus points above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum purchase cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last valid day (%1) is before the first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make between 1 and %1 coupons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a campaign called “%1”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a coupon of this shop. Check the code, or ask where the coupon comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 was already redeemed on %2 at till %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 is not valid yet: it can be used from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 has expired: its last day was %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 needs a purchase of at least %2; this one is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 gives bonus points: open the customer who gets them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 has not been redeemed; there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 was changed at another till a moment ago. Look it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bonus points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single use. Minimum purchase %1. Not exchangeable for cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single use. Not exchangeable for cash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponsDialog</name>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (%3 a sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupons-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>“%1” is not an encoding Regulars can read. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not %1 text. Choose the encoding it was saved in, or let Regulars detect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A double quote or a line break cannot separate the cells; choose a comma, a semicolon or a tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted cell that starts on line %1 never ends: a closing double quote is missing. Fix that line in a spreadsheet or text editor and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the staff call them, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ country code and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue new card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day.month.year, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees that the shop keeps their personal data (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to receive offers and news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said so in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online or by message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given &amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;customer:%2&quot;&gt;Open their page&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDirectory</name>
    <message>
        <source>Give a phone number or a card number, so the customer can be found again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s country is not set, so the number must start with + and the country code. Set the country in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address; it should look like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as day.month.year, for example 31.12.1990.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday %1 cannot be right; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long; keep it under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer whether the shop may keep their personal data, and tick the box when they agree: without that consent their details cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write who recorded the consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>The export cannot be written: the file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the customers for the export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export failed: %1. Check that the disk is not full and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Check that the disk is not full and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Export the customers from the other program again, with a header line such as: name, phone, card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code Regulars knows; use two letters, such as RU, IR, SA or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both read as %3, so only “%1” is imported. Choose what “%2” holds, or rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is read as the phone or the card number. Name the columns “phone” and “card”, or choose what each column holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has %1 cells but the header has %2. A name or note that holds the separator must be put in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long; keep it under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s country is not set, so “%1” must start with + and the country code. Set the country in Settings, or choose the country of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number %1 is also on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number %1 already belongs to %2, who is already a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card %1 is also on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card %1 already belongs to %2, who is already a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has neither a phone number nor a card number; give one of them, so the customer can be found again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address; it should look like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as day.month.year, for example 31.12.1990, or as 1990-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday %1 is in the future; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday %1 cannot be right; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the file have problems, so nothing was imported. Fix them and import again, or choose to skip them.</source>
        <translation>
            <numerusform>%Ln line of the file has problems, so nothing was imported. Fix it and import again, or choose to skip it.</numerusform>
            <numerusform>%Ln lines of the file have problems, so nothing was imported. Fix them and import again, or choose to skip them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 could not be saved, so nothing was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this customer&apos;s details (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers and news:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a signed paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online or by message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed %1, %2, recorded by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused or withdrawn %1, %2, recorded by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on %1. Archived customers are hidden from searches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer wants offers and news; this is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer agreed just now, in person, to receive offers and news.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? They will no longer show in searches; their history is kept and you can restore them at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything kept about them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise… (owner)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (nickname)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerStatement</name>
    <message>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for a purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For recommending the shop to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus for joining on %1&apos;s recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction by the shop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund: points of the purchase taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund: points spent on the purchase returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points given to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points received from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points statement for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>The phone number %1 already belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card %1 already belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1. Check the path, or create a demo shop there with: regulars --db %1 demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the database %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Regulars database. It was left untouched; choose the right file, or a new file name to start a new shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1. Check that your user account may read and write this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be used (%2). It was left untouched; restore your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Regulars. It was left untouched; choose the right file, or a new file name to start a new shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Regulars (database version %2; this program knows up to %3). Install the newer Regulars to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s file %1 is on a network folder (%2). SQLite cannot lock it safely there, and two computers writing it can damage it: keep the file on this computer&apos;s own disk, or move the shop to a PostgreSQL server (regulars migrate) for several tills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address Regulars understands. Write it as postgresql://user@host:5432/shop (add ?sslmode=require for a server elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed, so %1 cannot be opened. Install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not of Regulars. It was left untouched; name an empty database for a new shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Regulars shop in the database %1 yet. Move one there with: regulars migrate --from FILE.sqlite3 --to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given for the database server %1, so the shop was not opened. Type it when asked, or keep it in ~/.pgpass or PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>A demo shop needs at least one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country of the demo shop, such as RU, IR, SA or GB: its customers get phone numbers of that country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a country code Regulars knows; use two letters, such as RU, IR, SA or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %Ln customer(s). A demo shop is only created in a new, empty database, so it never mixes with real customers.</source>
        <translation>
            <numerusform>This database already holds %Ln customer. A demo shop is only created in a new, empty database, so it never mixes with real customers.</numerusform>
            <numerusform>This database already holds %Ln customers. A demo shop is only created in a new, empty database, so it never mixes with real customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo shop could not be written, so nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Nothing was painted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantPointsDialog</name>
    <message>
        <source>Give points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity, or why the balance is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner only: points for a reason that is not in the programme&apos;s list, or taken away, are a correction of the balance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Regulars guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page shown before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Regulars guide</source>
        <comment>page title</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a phone, card or name in the search box (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer, then record what they bought (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon campaigns and their printed sheets (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers coming back, cohorts, the programme (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers opened lately on this computer; Enter or a double click opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers you open appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Points expiring in the next %Ln day(s)</source>
        <translation>
            <numerusform>Points expiring in the next %Ln day</numerusform>
            <numerusform>Points expiring in the next %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind these customers to spend their points; Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>customer name · phone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s), %1 in all</source>
        <translation>
            <numerusform>%Ln sale, %1 in all</numerusform>
            <numerusform>%Ln sales, %1 in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln new customer</numerusform>
            <numerusform>%Ln new customers</numerusform>
        </translation>
    </message>
    <message>
        <source>No points expire soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will lose points, %1 in all.</source>
        <translation>
            <numerusform>%Ln customer will lose points, %1 in all.</numerusform>
            <numerusform>%Ln customers will lose points, %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic and Persian (Windows-1256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only &amp;valid lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save problem lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) ready to import. Nothing is saved until you press Import.</source>
        <translation>
            <numerusform>%Ln customer ready to import. Nothing is saved until you press Import.</numerusform>
            <numerusform>%Ln customers ready to import. Nothing is saved until you press Import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines with problems: %1. Customers ready: %2. Fix the file and import it again, or import only the valid lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported.</source>
        <translation>
            <numerusform>%Ln customer imported.</numerusform>
            <numerusform>%Ln customers imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problem lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language&apos;s usual calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write numbers in Arabic or Persian &amp;digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect when Regulars starts again. Any of the three kinds of digits can always be typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LapsedCustomersDialog</name>
    <message>
        <source>Customers to anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the details of customers who bought in the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise the ticked customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last purchase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never bought; enrolled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>customer name — last purchase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention rule is off: set a number of years to list customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) have not bought for %1 years or more. Their contact details can be erased; their purchases and points stay, anonymous.</source>
        <translation>
            <numerusform>%Ln customer have not bought for %1 years or more. Their contact details can be erased; their purchases and points stay, anonymous.</numerusform>
            <numerusform>%Ln customers have not bought for %1 years or more. Their contact details can be erased; their purchases and points stay, anonymous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the contact details of %Ln customer(s) for good? Their purchases and points stay, anonymous. This cannot be undone.</source>
        <translation>
            <numerusform>Erase the contact details of %Ln customer for good? Their purchases and points stay, anonymous. This cannot be undone.</numerusform>
            <numerusform>Erase the contact details of %Ln customers for good? Their purchases and points stay, anonymous. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyCommands</name>
    <message>
        <source>There is no customer number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”. Try a phone number, a card number or id:N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches several customers; give their phone, card or id:N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>%Ln problem found.</numerusform>
            <numerusform>%Ln problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars program export FILE.json | program import FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a programme file: %2 at character %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redeem takes a whole number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at takes a date and time like 2026-11-23T14:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars refund --ref R [--till T] [--amount A]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount to refund; it must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars balance QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars points grant QUERY N --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sale --customer QUERY --amount 12.50 [--redeem N] [--ref R] [--till T] [--at ISO-8601]
          [--coupon CODE]
      record a sale; prints earned, redeemed, discount, balance, tier, stamps, vouchers as JSON;
      a coupon is used with the sale and lowers what is paid (never used by a refused sale);
      the same --ref on the same till prints the first answer again and changes nothing
  refund --ref R [--till T] [--amount A]
      refund a sale or part of it, taking back its points in proportion
  balance QUERY
      a customer&apos;s balance, points expiring by month, tier and stamps, as JSON
  points grant QUERY N --reason TEXT
      give points for an activity (a reason the programme does not list is an owner&apos;s correction)
  program export FILE.json | program import FILE.json
      the whole programme&apos;s rules; an import with a bad value names it and changes nothing
  check
      verify the ledger, balances, stamp cards and the database file; exit 1 on any problem
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars sale --customer QUERY --amount 12.50 [--redeem N] [--ref R] [--till T] [--at ISO-8601] [--coupon CODE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyLedger</name>
    <message>
        <source>Type the amount of the sale; it must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is archived. Restore the customer before recording a sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points to spend cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a unique voucher code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale %1 was recorded at till %2. Check the receipt&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 has already been refunded in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 of sale %2 can still be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the points are given, for example the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a number of points other than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the balance is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a number of points above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot give points to themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points can be given only to the causes and customers the owner lists in the programme settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both customers must exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was referred by %2; two customers cannot refer each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already recorded as referred by someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the shop&apos;s stamp cards; their numbers start with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp card %1 already belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a voucher of this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 was already used on %2 at till %3 by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 was used a moment ago at another till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry %1 draws on entry %2, which is not a lot of the same customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry %1 takes %2 points from entry %3, which had only %4 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1: the stored balance is %2 but the ledger adds up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has a balance below zero (%2), which the programme does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1: the stored balance is %2 but the customer has no ledger entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: %2 points should be left to spend, but the stored figure is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is stored as having %2 points left, but the ledger has none left on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1: the points it says were spent differ from its ledger entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp card %1: its stamp count differs from its stamp entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points can be spent from a balance of %L1; this customer has %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %L1 points can pay this sale (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer does not have %L1 points to spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has %L1 points; taking %L2 would leave the balance below zero, which the programme does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has only %L1 points to give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till %1 has already recorded a sale with the reference %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyPanel</name>
    <message>
        <source>Expiring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a sale for this customer: amount, points to spend, what it earns (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund all or part of a sale; its points follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give &amp;points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for an activity the programme lists; corrections are for the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a paper &amp;stamp card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended &amp;by…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Donate points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export statement as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s), worth %1</source>
        <translation>
            <numerusform>%Ln point, worth %1</numerusform>
            <numerusform>%Ln points, worth %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) on %1</source>
        <translation>
            <numerusform>%Ln point on %1</numerusform>
            <numerusform>%Ln points on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %2 more within %Ln month(s) reaches %3</source>
        <translation>
            <numerusform>%1; %2 more within %Ln month reaches %3</numerusform>
            <numerusform>%1; %2 more within %Ln months reaches %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchases recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sale recorded: %Ln point(s) earned, balance %1.</source>
        <translation>
            <numerusform>Sale recorded: %Ln point earned, balance %1.</numerusform>
            <numerusform>Sale recorded: %Ln points earned, balance %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The stamp card is full: give the customer voucher %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper stamp card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the number printed on the stamp card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or card of the customer who recommended the shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches several customers; type their phone or card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: recommended by %1. Both get their points with this customer&apos;s first purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donate points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme lists nobody to donate points to. The owner can add causes in the programme settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give points to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %L2 of %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund recorded: %L1 points taken back, %L2 returned; balance %L3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %L2 points had already been spent and could not be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points recorded; balance %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stamp card %1 now belongs to this customer; it has %Ln stamp(s).</source>
        <translation>
            <numerusform>Stamp card %1 now belongs to this customer; it has %Ln stamp.</numerusform>
            <numerusform>Stamp card %1 now belongs to this customer; it has %Ln stamps.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 points given to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print membership &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;consent form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;receipt slip of the last sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no sales yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server went away: the sale is kept on this till (about %Ln point(s) earned) and sent when the server is back.</source>
        <translation>
            <numerusform>The server went away: the sale is kept on this till (about %Ln point earned) and sent when the server is back.</numerusform>
            <numerusform>The server went away: the sale is kept on this till (about %Ln points earned) and sent when the server is back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoyaltyProgramme</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a percentage from 0 to 100 with at most two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use an object { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a list [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a setting Regulars knows; check its spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use &quot;enrolment&quot; or &quot;first_purchase&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a date like 2027-03-31, or &quot;&quot; for no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use &quot;none&quot;, &quot;fixed&quot; or &quot;cumulative&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each threshold must be above the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give every tier a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each tier must need more spend than the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiers are on but none is defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what a full stamp card gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give every activity a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Regulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer: phone, last 4 digits, card or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a phone number, the last digits of one, a card number or a name.
Enter opens the customer; the arrow keys move through the list;
Ctrl+N adds a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Regulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Regulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulars %1
A loyalty programme for your shop that keeps your regular customers coming back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%Ln customer found. Enter opens the selected one.</numerusform>
            <numerusform>%Ln customers found. Enter opens the selected one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody with this number yet. Press Enter to add a new customer with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to add a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) exported to %1</source>
        <translation>
            <numerusform>%Ln customer exported to %1</numerusform>
            <numerusform>%Ln customers exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Regulars</source>
        <comment>shop name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring points could not be written off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty &amp;programme… (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points, expiry, discount card, tiers, stamp card, referrals (owner only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 gives: %2.
Use it now, with this purchase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barcode scanners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner port in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to read the scanner port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1: it is used when this dialog closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp card %1 is not registered in Regulars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code %1. It has the form of a coupon or voucher, but no coupon or voucher of this shop has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1: not a card, coupon or phone number Regulars knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card %1. Give it to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the card to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 given to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card %1: nobody has it yet. Give it to a customer: create a new one with it, or open the customer who should get it and scan the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer with this card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers coming back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 redeemed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coupons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the home page (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose sale? Their phone, card or name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found for the sale. Add the customer with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several customers match: open the right one, then press F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the home page: today&apos;s figures and the daily moments (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers for &amp;marketing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers whose consent to offers is in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers to &amp;anonymise… (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;up the shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first-start guide again: shop, programme, scanner, customers; nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language and region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock / switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print new &amp;membership cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print new s&amp;tamp cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back&amp;ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulars &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers-marketing.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language and region settings take effect when Regulars starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hops and tills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 — Regulars</source>
        <comment>chain name, shop name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateCommands</name>
    <message>
        <source>  migrate --from FILE.sqlite3 --to postgresql://user@host:5432/shop
      copy a whole shop into an empty database on a server, then check it there;
      refuses a target that already holds a shop
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars migrate --from FILE.sqlite3 --to postgresql://user@host:5432/shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes the shop&apos;s SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists, and nothing was copied: a copy never overwrites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln row</numerusform>
            <numerusform>%1: %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy in %1 has %Ln problem(s); the file %2 is unchanged.</source>
        <translation>
            <numerusform>The copy in %1 has %Ln problem; the file %2 is unchanged.</numerusform>
            <numerusform>The copy in %1 has %Ln problems; the file %2 is unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop was copied to %1 and checked: no problems found. Point every till at it with --db %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not an amount. Type digits only, for example 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount, for example 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals; type a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1 have at most %2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toman</source>
        <comment>Iran&apos;s everyday money unit, ten rials</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineCommands</name>
    <message>
        <source>Offline work is for a shop on a PostgreSQL server (--db postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till has no copy of the shop&apos;s customers yet, so it cannot work offline. While the server answers, run: regulars --db %1 outbox refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  enrol --name NAME --phone PHONE --consent paper|verbal|digital [--card C] [--ref R] [--till T]
      enrol a customer who agreed to their data being kept; prints the customer as JSON
  Offline tills (a shop on a PostgreSQL server): when the server cannot be reached, `sale` and
  `enrol` work from this till&apos;s copy and keep the work in its outbox: they print JSON with
  &quot;offline&quot;: true (a sale&apos;s points as estimated_earned and estimated_balance) and exit 4.
  outbox refresh
      copy the customers, balances, vouchers, coupons and programme this till needs offline
  outbox list [--json]
      the work kept offline, waiting or replayed
  outbox replay
      send the waiting work to the server, exactly once, in order; one JSON line per item and
      a summary; then refresh the copy
  conflicts list [--unseen] [--json]
      what replays could not do as the till did (coupon used elsewhere, points spent twice, …)
  conflicts seen
      mark every conflict as seen by the owner
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached, and this till&apos;s copy has no single customer for “%1” (%Ln found); give their phone, card or id:N.</source>
        <translation>
            <numerusform>The server cannot be reached, and this till&apos;s copy has no single customer for “%1” (%Ln found); give their phone, card or id:N.</numerusform>
            <numerusform>The server cannot be reached, and this till&apos;s copy has no single customer for “%1” (%Ln found); give their phone, card or id:N.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached; the sale is kept in this till&apos;s outbox. Points are estimated and confirmed when the till is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars enrol --name NAME --phone PHONE --consent paper|verbal|digital [--card C] [--ref R] [--till T]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached; the enrolment is kept in this till&apos;s outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars outbox list [--json] | outbox replay | outbox refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars conflicts list [--unseen] [--json] | conflicts seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) waiting.</source>
        <translation>
            <numerusform>%Ln item waiting.</numerusform>
            <numerusform>%Ln items waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) marked as seen.</source>
        <translation>
            <numerusform>%Ln conflict marked as seen.</numerusform>
            <numerusform>%Ln conflicts marked as seen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s).</source>
        <translation>
            <numerusform>%Ln conflict.</numerusform>
            <numerusform>%Ln conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The replay stopped: %1 %Ln item(s) still wait.</source>
        <translation>
            <numerusform>The replay stopped: %1 %Ln item still wait.</numerusform>
            <numerusform>The replay stopped: %1 %Ln items still wait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This till&apos;s copy was refreshed: %Ln customer(s) in %1 ms.</source>
        <translation>
            <numerusform>This till&apos;s copy was refreshed: %Ln customer in %1 ms.</numerusform>
            <numerusform>This till&apos;s copy was refreshed: %Ln customers in %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineConflicts</name>
    <message>
        <source>Coupon %1 was used at till %2 while it was offline, but the server refused it: %3 The sale was recorded with the money off the customer was given (%4), without the coupon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At till %1, offline, the customer spent %L2 points, but by the time the sale reached the server only %L3 were left to spend: %L4 points (worth %5) could not be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was enrolled at till %3 while it was offline, but that phone or card had been enrolled elsewhere meanwhile; the offline sales went to the customer already enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was enrolled at till %2 while it was offline, but the server refused the enrolment: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale of %1 at till %2 while it was offline could not be recorded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check who used the coupon first; ask the customer about it, or accept the loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to the customer; the points can be taken from later earnings with a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the two enrolments are the same person and correct the name if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol the customer again when they come back; their offline sales are listed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the sale by hand for the right customer if it should count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineConflictsDialog</name>
    <message>
        <source>Conflicts after offline work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those not yet &amp;seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineDesk</name>
    <message>
        <source>Conflicts after &amp;offline work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server could not do as a till did it while it was offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE since %1: the server cannot be reached, and this till has no copy of the customers to work from (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE since %1: the server cannot be reached, and this till&apos;s copy of the customers was never filled, so it cannot serve them until the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>OFFLINE since %1: the server cannot be reached. Customers are found in this till&apos;s copy (from %2) and sales are kept here, to be sent when the server is back (%Ln waiting). Points are estimates until then.</source>
        <translation>
            <numerusform>OFFLINE since %1: the server cannot be reached. Customers are found in this till&apos;s copy (from %2) and sales are kept here, to be sent when the server is back (%Ln waiting). Points are estimates until then.</numerusform>
            <numerusform>OFFLINE since %1: the server cannot be reached. Customers are found in this till&apos;s copy (from %2) and sales are kept here, to be sent when the server is back (%Ln waiting). Points are estimates until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln conflict(s) after offline work</source>
        <translation>
            <numerusform>⚠ %Ln conflict after offline work</numerusform>
            <numerusform>⚠ %Ln conflicts after offline work</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the list of what replays of offline work could not do as the till did</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sale kept on this till: about %Ln point(s) earned, sent when the server is back.</source>
        <translation>
            <numerusform>Sale kept on this till: about %Ln point earned, sent when the server is back.</numerusform>
            <numerusform>Sale kept on this till: about %Ln points earned, sent when the server is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts after offline work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts are kept on the server, which cannot be reached now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of offline work reached the server; conflicts for the owner to look at: %L1.</source>
        <translation>
            <numerusform>%Ln piece of offline work reached the server; conflicts for the owner to look at: %L1.</numerusform>
            <numerusform>%Ln pieces of offline work reached the server; conflicts for the owner to look at: %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of offline work reached the server, exactly as the till did them.</source>
        <translation>
            <numerusform>%Ln piece of offline work reached the server, exactly as the till did them.</numerusform>
            <numerusform>%Ln pieces of offline work reached the server, exactly as the till did them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is enrolled on this till and reaches the server when it is back; find them here to record a sale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineTill</name>
    <message>
        <source>Coupon %1 was already used at this till while it was offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 is not in this till&apos;s copy: it was used already or made after the copy was last refreshed. It can be used when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 needs a purchase of at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount of the sale; it must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points to spend cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is archived. Restore the customer before recording a sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points can be spent from a balance of %L1; this customer has %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, at most %L1 points can pay this sale: the till&apos;s copy shows no more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxReplay</name>
    <message>
        <source>The customer enrolled offline could not be enrolled on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerAccountDialog</name>
    <message>
        <source>The owner&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the owner&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerAccountForm</name>
    <message>
        <source>You are the owner: you set the rules, see the reports and add the clerks who work at the till. Choose the password you will sign in with. Nobody can read it back, so keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As your staff call you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln characters</source>
        <translation>
            <numerusform>At least %Ln character</numerusform>
            <numerusform>At least %Ln characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPassword</name>
    <message>
        <source>This shop has no owner&apos;s account, so nothing can be changed from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command changes the shop&apos;s data and needs the owner&apos;s password: type it when asked, or set REGULARS_PASSWORD for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Customer #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which format to write: a file name ending in .json or .pdf, or --format json|pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number %1 is anonymised already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be anonymised: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything kept about the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the contact details of %1 for good: name, phone, card, email, birthday and notes?

Their purchases and points stay, as %2, so the reports do not change. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers to anonymise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataCommands</name>
    <message>
        <source>  customers export-personal QUERY --out FILE.json|FILE.pdf [--format json|pdf]
      everything the shop holds about one customer, for them to read (owner)
  customers anonymise QUERY
      erase a customer&apos;s contact details; their purchases and points stay, anonymous (owner)
  customers lapsed [--years N]
      customers with no purchase for N years (default: the shop&apos;s retention rule), as JSON
      lines
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars customers lapsed [--years N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years takes a whole number of years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention rule is off. Give --years N to list customers with no purchase for N years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars customers export-personal QUERY --out FILE.json|FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars customers anonymise QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”. Try a phone number, a card number or id:N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches several customers; give their phone, card or id:N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number %1 was anonymised: contact details erased, purchases and points kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.json or --out FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything kept about customer number %1 was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataLayout</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in the previous system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (minor units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount (minor units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with points (minor units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded (minor units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamps to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offers and news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping my details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the shop keeps about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 keeps about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent texts in force (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers and news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stamp cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>Type the customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use only digits, spaces, dashes, brackets and +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number. Check the country code and the number of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number in %2. Check the number of digits, or type it with + and the country code if it is from another country.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner only. Changes apply to sales recorded from now on; points already earned keep the expiry they were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stamp card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals and rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers collect bonus points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points for every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point pays (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points can be spent from a balance of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points may pay at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points on the part of a sale paid with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome bonus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday bonus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expire after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund may take a balance below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds above this amount need the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerks may refund up to (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same discount for every member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount that grows with total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member discount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend from (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing discount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers move between tiers by what they spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend counted over the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend from (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp card: buy a number of times, get a reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamps to fill a card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only purchases from (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a free coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full card gives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reward voucher is valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward customers who recommend the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for the one who recommends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for the new customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards clerks may give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cause is kept as a customer of its own; find it by its phone or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points may be donated to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or card of the cause or customer to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches several customers; type their phone or card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earning: the amount for which points are given must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerks may refund up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing discount, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing discount, row %1: type a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers, row %1: points × takes a number such as 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers, row %1: type a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards, row %1: type a whole number of points above zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseHistory</name>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseImport</name>
    <message>
        <source>The file is empty. It needs a header line such as: phone, card, date, amount, reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs a “date” and an “amount” column; the header names %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the phone number %1; add them first or import the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the card %1; add them first or import the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-03-01, 01.03.2026 or 2026-03-01 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it like 12.50, with at most two decimals and no currency sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference %1 is also on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale %1 was imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected 4 fields (customer, date, number of CDs, amount) or 5 (with the sample id), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date written as YYYYMMDD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This purchase (%1) was imported before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Regulars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptSlipLayout</name>
    <message>
        <source>“%1” is not a roll width: use 80 or 58.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt slip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale %1 was recorded at till %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till %1 · sale %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paid with %Ln point(s)</source>
        <translation>
            <numerusform>Paid with %Ln point</numerusform>
            <numerusform>Paid with %Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamps on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voucher: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (receipt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount to refund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points the sale earned are taken back and the points it spent are returned, in proportion to the amount refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no sale left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount to refund; it must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales to members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks to last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks as a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases, next 52 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has bought twice before the calibration end, so there is nothing to fit the model to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four weeks ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points issued and spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points the shop owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer is active in a month when they bought at least once in it. New: their first purchase ever was that month. Returning: active, and not for the first time. Retained: active this month and also the month before. Retention is the retained customers divided by the customers active the month before; churn is 100% minus retention. Months are calendar months in the shop&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers are grouped by the month of their first purchase (one row each). Each column counts the months since then, and a cell is the share of the group who bought in that month; month 0 is always 100%. Point at a cell to see the counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit is a day a customer bought something; several sales on one day count once. Repeat rate: the share of customers who visited on two or more days in the period. Days between visits: the average gap between two visits of the same customer. Spend per visit: what members spent divided by their visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members: customers who joined the programme in the month. Member share: sales recorded with a customer divided by all sales of the month, including those without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each customer&apos;s chance of still being a customer, P(alive), comes from the BG/NBD model (Fader, Hardie and Lee, 2005) fitted to this shop&apos;s own history: it weighs how often a customer bought against how long it has been since their last visit. Listed: customers who came back at least once, spent at least as much as the middle returning customer, whose P(alive) fell by five points or more in the last four weeks, and who agreed to marketing. The ones with most at stake (spend × the fall in P(alive)) come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BG/NBD model fitted by maximum likelihood. Per customer: x, the days with a purchase after the first; t_x, the weeks from the first to the last purchase; T, the weeks from the first purchase to the end of calibration; P(alive), and the purchases expected in the next 52 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the points ledger. Issued: points given in the month for purchases, welcome, birthday, referral and activity bonuses and upward corrections. Redeemed: points that paid for sales, less points returned by refunds. Expired: points written off on their expiry day. Reversed: earned points taken back by refunds and downward corrections. Redemption rate: redeemed ÷ issued in the same month. Vouchers: stamp-card rewards issued and used. Points donated from one customer to another are neither issued nor spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points customers hold today and could still spend, valued at what a point pays now, grouped by the month they expire (points that never expire last). This is what the programme owes if every point is spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report called %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Use: regulars purchases import FILE [--format csv|cdnow]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars report NAME, where NAME is one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format %1; use csv or cdnow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a country code; use two letters such as RU, IR, SA or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding %1; use UTF-8, UTF-16, windows-1251 or windows-1256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown separator %1; use comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Fix the lines above and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s) imported</source>
        <translation>
            <numerusform>%Ln sale imported</numerusform>
            <numerusform>%Ln sales imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) created</source>
        <translation>
            <numerusform>%Ln customer created</numerusform>
            <numerusform>%Ln customers created</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no report called %1; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format %1; use json, csv or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a month written as YYYY-MM, for example 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calibration-end takes a date written as YYYY-MM-DD, for example 1997-09-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown calendar %1; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  purchases import FILE [--format csv|cdnow] [--region CC] [--encoding E] [--delimiter D]
         [--shop ID|NAME]
      import past sales without awarding points; CSV columns: phone or card, date, amount,
      reference; with any bad line nothing is imported; the sales count for the first shop
      of a chain unless --shop names another
  report NAME [--from YYYY-MM] [--to YYYY-MM] [--format json|csv|text]
         [--calendar gregorian|persian|islamic] [--shop ID|NAME|all]
      NAME: %1; months are those of the calendar chosen in the settings unless named;
      --shop: only the sales made in one shop of the chain (points reports cover them all)
      clv [--calibration-end YYYY-MM-DD]: the BG/NBD model and each customer&apos;s P(alive)
      at-risk [--limit N]: valuable customers slipping away who agreed to marketing
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers and their points are shared by every shop of the chain, so this report covers all shops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>%1%2</source>
        <comment>number, then the locale&apos;s percent sign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came back for a second visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days between visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is this computed? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list for a coupon campaign (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the numbers shown are from before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points have been given or spent yet. This page fills in as sales earn and spend points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points issued, redeemed and expired per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers hold no points at the moment, so the programme owes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points customers can still spend, by the month they expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchases yet. The reports fill in as sales are recorded; past sales can be brought in with “regulars purchases import”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one customer has bought so far. Reports compare customers with each other, so they appear once a second customer has bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers per month: new and returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-over-month retention and churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer made a first purchase in the months chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sales made by members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members per month, and the members&apos; share of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough history yet to tell who is slipping away: the model needs customers who have come back at least once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody valuable who agreed to marketing is slipping away right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers and their points are shared by every shop of the chain, so this page covers all shops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Sale for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of the sale in %1, before any member discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points the customer wants to spend on this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay with points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member discount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points pay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 (%2); balance %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off: −%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s): −%1</source>
        <translation>
            <numerusform>%Ln point: −%1</numerusform>
            <numerusform>%Ln points: −%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln point(s)</source>
        <translation>
            <numerusform>+%Ln point</numerusform>
            <numerusform>+%Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 × points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>This sale fills the stamp card: the customer gets “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%L1 points and a bonus of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 after this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a coupon code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon gives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a receipt &amp;slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. This sale is kept on this till and sent when the server is back; the points shown are an estimate until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1, confirmed when the till is back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %Ln point(s)</source>
        <translation>
            <numerusform>about %Ln point</numerusform>
            <numerusform>about %Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanDecoder</name>
    <message>
        <source>Incomplete code discarded (no end mark before the next STX): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) outside STX … ETX ignored; check the framing setting.</source>
        <translation>
            <numerusform>%Ln byte outside STX … ETX ignored; check the framing setting.</numerusform>
            <numerusform>%Ln bytes outside STX … ETX ignored; check the framing setting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more unreadable piece(s).</source>
        <translation>
            <numerusform>… and %Ln more unreadable piece.</numerusform>
            <numerusform>… and %Ln more unreadable pieces.</numerusform>
        </translation>
    </message>
    <message>
        <source>A code longer than %1 bytes without an end mark was discarded; check the framing setting. It began with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable bytes discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable bytes discarded (is the baud rate right?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (CR, LF, Tab or STX … ETX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR (carriage return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF (line feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR LF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STX … ETX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannedCode</name>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon or voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stamp card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerCommands</name>
    <message>
        <source>  scanner listen --port PATH [--baud N] [--framing auto|cr|lf|crlf|tab|stx-etx]
      read a serial barcode scanner and print one JSON line per code (code, symbology, kind:
      card, coupon, stamp_card, phone or unknown, customer); reconnects after an unplug and
      stops on Ctrl+C
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars scanner listen --port PATH [--baud N] [--framing auto|cr|lf|crlf|tab|stx-etx]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the scanner&apos;s port with --port PATH, for example --port /dev/ttyACM0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baud takes a whole number such as 9600 or 115200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown framing %1; use auto, cr, lf, crlf, tab or stx-etx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the stop signals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerSettingsDialog</name>
    <message>
        <source>Barcode scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial scanner (RS-232 or USB serial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: keyboard scanners only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a port, or type its path: /dev/ttyACM0, /dev/serial/by-id/…, or a pseudo-terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for ports again after plugging a scanner in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data bits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;arity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop bits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware (RTS/CTS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software (XON/XOFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flow control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes end &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard scanner (USB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take fast typing as a scan, never as text in a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanners type a character every few milliseconds; people take much longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most, per &amp;character:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;least, characters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended by a &amp;pause of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters the scanner is set to send before every code; they are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;efix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters the scanner is set to send after every code; they are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uffix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test: scan something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes from the serial port (hex):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>port path — description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serial port chosen. Scan with a keyboard (USB) scanner to see its codes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1. Scan a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>card of Anna</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>code — what it is (how it was read)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <comment>code — what it is (how it was read, symbology)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretHash</name>
    <message>
        <source>The password library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>Connecting to the scanner on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner disconnected: %1 is not there. Plug it in; Regulars reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner disconnected from %1. Regulars reconnects by itself when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner on %1 failed (%2). Regulars tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program, so Regulars cannot read the scanner. Close the other program (another Regulars window or command, a terminal program, or ModemManager, which grabs new ttyACM ports) and Regulars connects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not read %1: the port belongs to the group “%2” and you are not in it. Run “sudo usermod -aG %2 %3”, then log out and back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the scanner on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>A shop on a PostgreSQL server is backed up with pg_dump, which is not installed. Install the package postgresql-client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump could not back up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Regulars database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of a shop on a PostgreSQL server is read with pg_restore, which is not installed. Install the package postgresql-client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Regulars (database version %2; this program knows up to %3). Install the newer Regulars to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of a shop on a PostgreSQL server is restored with pg_restore, which is not installed. Install the package postgresql-client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore could not restore %1 into %2, so nothing was changed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>A change could not be saved because the connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Database server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is kept on this database server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password of its database account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerStatusLabel</name>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; Server connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s database server %1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:%1&quot;&gt;● Server unreachable since %2&lt;/span&gt; · next try in %Ln s · &lt;a href=&quot;retry&quot;&gt;Try now&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;● Server unreachable since %2&lt;/span&gt; · next try in %Ln s · &lt;a href=&quot;retry&quot;&gt;Try now&lt;/a&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;● Server unreachable since %2&lt;/span&gt; · next try in %Ln s · &lt;a href=&quot;retry&quot;&gt;Try now&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;● Server unreachable since %2&lt;/span&gt; · trying now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s database server %1 does not answer: %2. The till keeps trying; nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Regulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name, and the country that says how phone numbers, money and dates are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How regular customers are rewarded. Start with one; change the details or add the others later under File › Loyalty programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points: customers collect points and pay with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount card: members pay less on every purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stamp card: a full card gives a reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner changes the programme, corrects points and gives large refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your barcode scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB scanner that types like a keyboard needs nothing. For a serial scanner, choose its port and scan a card: the codes read show below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept your customers in another program or a spreadsheet? Bring them in from a CSV file. You can also do this later with File › Import customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import customers from a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press %1 to start. F1 opens the guide on any screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported.</source>
        <translation>
            <numerusform>%Ln customer imported.</numerusform>
            <numerusform>%Ln customers imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) for every %2 spent; a point pays %3; points expire after %Ln month(s).</source>
        <translation>
            <numerusform>%1 point for every %2 spent; a point pays %3; points expire after %Ln month.</numerusform>
            <numerusform>%1 points for every %2 spent; a point pays %3; points expire after %Ln months.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members get %1 off every purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A stamp for every purchase; %Ln stamps fill a card, which gives a voucher for a free item.</source>
        <translation>
            <numerusform>A stamp for every purchase; %Ln stamp fills a card, which gives a voucher for a free item.</numerusform>
            <numerusform>A stamp for every purchase; %Ln stamps fill a card, which gives a voucher for a free item.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <extracomment>The wizard&apos;s button to the next page; the arrow points the way pages turn in the language (or none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>The wizard&apos;s button to the page before; the arrow points back in the language (or none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopCommands</name>
    <message>
        <source>Use: regulars shops list | add NAME | rename ID|NAME NEW-NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars tills list | assign TILL --shop ID|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  shops list | shops add NAME | shops rename ID|NAME NEW-NAME
      the shops of a chain sharing this database, as JSON lines with their tills
  tills list | tills assign TILL --shop ID|NAME
      which shop each till belongs to; a till joins the first shop with its first sale, and
      moving it later leaves its past sales with the shop they were made in
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopCopy</name>
    <message>
        <source>The tables refer to each other in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shop is copied from a SQLite file (--from FILE.sqlite3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two databases are at different versions (%1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The target %1 already holds a shop (%Ln row(s) in %2), and nothing was copied: a copy never overwrites. Name an empty database.</source>
        <translation>
            <numerusform>The target %1 already holds a shop (%Ln row in %2), and nothing was copied: a copy never overwrites. Name an empty database.</numerusform>
            <numerusform>The target %1 already holds a shop (%Ln rows in %2), and nothing was copied: a copy never overwrites. Name an empty database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying row %1 of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the copy, %1 holds %2 rows in the file and %3 on the target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopLogo</name>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo could not be stored as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopPrinting</name>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten cards on A4, with cut marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One card a page (card printer, CR80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New membership cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership-cards.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stamp cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stamp-cards.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership card of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopSetupDialog</name>
    <message>
        <source>Set up your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Regulars. Tell us where your shop is: phone numbers typed without a country code are read as numbers of this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As customers know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>currency (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and type amounts in &amp;tomans (10 rials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture file (PNG, JPEG, SVG) printed on cards and receipt slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country&apos;s currency: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shops</name>
    <message>
        <source>Main shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shops could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tills could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shop “%1”. See regulars shops list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till %1 belongs to no shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shop needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shop&apos;s name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shop&apos;s name cannot be only a number: numbers name shops by their id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a shop called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can add shops or move tills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop was not renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the till to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till was not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopsDialog</name>
    <message>
        <source>Shops and tills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename the chosen shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shop shares the customers, their points, coupons and the programme. Sales are counted for the shop where they were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A till that has not sold yet can be named here, so it starts in the right shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to &amp;shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is till “%1”. A till joins the first shop with its first sale; moving it later leaves its past sales with the shop they were made in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between till names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a till</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is at the till?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⌫</source>
        <comment>erase the last digit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

No good backup was found in %2. The damaged file was left as it is; copy it somewhere safe and ask for help to recover it, or restore a backup from elsewhere with: regulars restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The newest good backup is %2, made on %3. It holds %4.

Restore it? The damaged file is kept beside it, renamed, and nothing is deleted. Sales made since the backup are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulars closes without changing anything. Start it again to restore the backup, or restore one with: regulars restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was restored. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalPasswordPrompt</name>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillCopy</name>
    <message>
        <source>The till&apos;s copy %1 belongs to the server %2, not to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of offline work must reach the server before the till&apos;s copy is refreshed.</source>
        <translation>
            <numerusform>%Ln piece of offline work must reach the server before the till&apos;s copy is refreshed.</numerusform>
            <numerusform>%Ln pieces of offline work must reach the server before the till&apos;s copy is refreshed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TillLock</name>
    <message>
        <source>Signed in: %1 (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (clerk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be reached, so nothing was saved. What you typed is kept: try again when the server is back (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Solar Hijri (Persian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hijri (Islamic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserAccounts</name>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the name under 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somebody called “%1” already signs in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %Ln characters.</source>
        <translation>
            <numerusform>The password needs at least %Ln character.</numerusform>
            <numerusform>The password needs at least %Ln characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop already has an owner&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner signs in with a password, not a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop has no owner&apos;s account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s account cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. %1 can try again in %Ln second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. %1 can try again in %Ln second.</numerusform>
            <numerusform>Too many wrong tries. %1 can try again in %Ln seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>PIN (4 to 8 digits): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  users add NAME [--pin PIN] | users add NAME --owner
      add a clerk who signs in with a PIN (from --pin, REGULARS_PIN or typed), or create the
      owner&apos;s account of a shop that has none (password from REGULARS_PASSWORD or typed)
  users list | users reset-pin NAME [--pin PIN] | users disable NAME
      the people who sign in, as JSON lines; a clerk&apos;s new PIN; a clerk who may no longer sign in
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: regulars users add NAME [--pin PIN] | list | reset-pin NAME | disable NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s new password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the owner and signs in with the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the owner&apos;s account first: regulars users add NAME --owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in at the till with the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called “%1” signs in here. See regulars users list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>People who sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN, 4 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clerk can no longer sign in; what they did stays in the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN, 4 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger refunds need the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest refund a &amp;clerk may make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>locked for %Ln second(s)</source>
        <translation>
            <numerusform>locked for %Ln second</numerusform>
            <numerusform>locked for %Ln seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
