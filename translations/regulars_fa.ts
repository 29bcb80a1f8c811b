<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Only the owner can change the programme&apos;s rules.</source>
        <translation>فقط مالک فروشگاه می‌تواند قوانین باشگاه مشتریان را تغییر دهد.</translation>
    </message>
    <message>
        <source>Only the owner can add or take away points outside a sale.</source>
        <translation>فقط مالک فروشگاه می‌تواند خارج از فروش، امتیاز اضافه یا کم کند.</translation>
    </message>
    <message>
        <source>Only the owner can make a refund this large.</source>
        <translation>فقط مالک فروشگاه می‌تواند مرجوعی با این مبلغ را ثبت کند.</translation>
    </message>
    <message>
        <source>Only the owner can undo a redemption.</source>
        <translation>فقط مالک فروشگاه می‌تواند خرج کردن امتیاز را لغو کند.</translation>
    </message>
    <message>
        <source>Only the owner can create coupon campaigns.</source>
        <translation>فقط مالک فروشگاه می‌تواند کمپین کوپن ایجاد کند.</translation>
    </message>
    <message>
        <source>Only the owner can archive or restore customers.</source>
        <translation>فقط مالک فروشگاه می‌تواند مشتریان را بایگانی یا بازگردانی کند.</translation>
    </message>
    <message>
        <source>Only the owner can anonymise customers.</source>
        <translation>فقط مالک فروشگاه می‌تواند مشتریان را ناشناس کند.</translation>
    </message>
    <message>
        <source>Only the owner can export the shop&apos;s data.</source>
        <translation>فقط مالک فروشگاه می‌تواند از اطلاعات فروشگاه خروجی بگیرد.</translation>
    </message>
    <message>
        <source>Only the owner can import customers or sales.</source>
        <translation>فقط مالک فروشگاه می‌تواند مشتریان یا فروش‌ها را وارد کند.</translation>
    </message>
    <message>
        <source>Only the owner can see the reports.</source>
        <translation>فقط مالک فروشگاه می‌تواند گزارش‌ها را ببیند.</translation>
    </message>
    <message>
        <source>Only the owner can see the audit log.</source>
        <translation>فقط مالک فروشگاه می‌تواند سابقه تغییرات را ببیند.</translation>
    </message>
    <message>
        <source>Only the owner can manage the people who use Regulars.</source>
        <translation>فقط مالک فروشگاه می‌تواند کاربران Regulars را مدیریت کند.</translation>
    </message>
    <message>
        <source>Only the owner can restore a backup.</source>
        <translation>فقط مالک فروشگاه می‌تواند نسخه پشتیبان را بازگردانی کند.</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s settings.</source>
        <translation>فقط مالک فروشگاه می‌تواند تنظیمات فروشگاه را تغییر دهد.</translation>
    </message>
    <message>
        <source>Only the owner can export what the shop holds about a customer.</source>
        <translation>فقط مالک فروشگاه می‌تواند از اطلاعاتی که فروشگاه درباره یک مشتری نگه می‌دارد خروجی بگیرد.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>سابقه تغییرات</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(بدون نام)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>چه کسی:</translation>
    </message>
    <message>
        <source>Every change</source>
        <translation>همه تغییرات</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>چه چیزی:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <source>Find text in what changed, e.g. a name, a phone number or a code</source>
        <translation>جستجو در متن تغییرات، مثلاً یک نام، شماره تلفن یا کد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln تغییر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The change was not saved because the audit log could not be written: %1</source>
        <translation>تغییر ذخیره نشد، چون ثبت آن در سابقه تغییرات ممکن نبود: %1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>نسخه پشتیبان بازگردانی شد</translation>
    </message>
    <message>
        <source>Coupon campaign created</source>
        <translation>کمپین کوپن ساخته شد</translation>
    </message>
    <message>
        <source>Coupon redemption undone</source>
        <translation>استفاده از کوپن لغو شد</translation>
    </message>
    <message>
        <source>Customer anonymised</source>
        <translation>مشتری ناشناس‌سازی شد</translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation>مشتری بایگانی شد</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>رضایت ثبت شد</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>مشتری اضافه شد</translation>
    </message>
    <message>
        <source>Customer details changed</source>
        <translation>اطلاعات مشتری تغییر کرد</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>اطلاعات شخصی خروجی گرفته شد</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>مشتریان وارد شدند</translation>
    </message>
    <message>
        <source>Customer restored from the archive</source>
        <translation>مشتری از بایگانی برگردانده شد</translation>
    </message>
    <message>
        <source>Customer list exported</source>
        <translation>فهرست مشتریان خروجی گرفته شد</translation>
    </message>
    <message>
        <source>Points corrected</source>
        <translation>امتیازها اصلاح شد</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>امتیاز داده شد</translation>
    </message>
    <message>
        <source>Points passed on</source>
        <translation>امتیاز منتقل شد</translation>
    </message>
    <message>
        <source>Programme rules changed</source>
        <translation>قوانین باشگاه مشتریان تغییر کرد</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>تنظیمات تغییر کرد</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>رمز عبور تغییر کرد</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>کاربر اضافه شد</translation>
    </message>
    <message>
        <source>Person disabled</source>
        <translation>کاربر غیرفعال شد</translation>
    </message>
    <message>
        <source>Locked after wrong tries</source>
        <translation>پس از تلاش‌های نادرست قفل شد</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>رمز عددی از نو تعیین شد</translation>
    </message>
    <message>
        <source>Wrong PIN or password</source>
        <translation>رمز عددی یا رمز عبور نادرست</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>مشتری %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>کاربر %1</translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation>تنظیم %1</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>کمپین %1</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>کوپن %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>فایل %1</translation>
    </message>
    <message>
        <source>Shop added</source>
        <translation>فروشگاه اضافه شد</translation>
    </message>
    <message>
        <source>Shop renamed</source>
        <translation>نام فروشگاه تغییر کرد</translation>
    </message>
    <message>
        <source>Till moved to a shop</source>
        <translation>صندوق به یک فروشگاه منتقل شد</translation>
    </message>
    <message>
        <source>Shop %1</source>
        <translation>فروشگاه %1</translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation>صندوق %1</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه چیزی</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>مربوط به</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>توضیح</translation>
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
        <translation>  backup [--out FILE]
      یک نسخه بررسی‌شده از پایگاه داده، در FILE یا در پوشه پشتیبان (چرخشی: ۷ روزانه،
      ۴ هفتگی)
  restore FILE [--yes]
      نسخه پشتیبان را جای پایگاه داده می‌گذارد؛ فایل فعلی با نام جدید کنار آن نگه داشته می‌شود
</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>customers, sales, ledger entries, coupons</comment>
        <translation>%1، %2، %3، %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln مشتری</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln فروش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entry(ies)</source>
        <translation>
            <numerusform>%Ln ردیف دفتر امتیاز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coupon(s)</source>
        <translation>
            <numerusform>%Ln کوپن</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: regulars backup [--out FILE]</source>
        <translation>کاربرد: regulars backup [--out FILE]</translation>
    </message>
    <message>
        <source>Use: regulars restore FILE</source>
        <translation>کاربرد: regulars restore FILE</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>نسخه پشتیبان نوشته و بررسی شد: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Backup %1: %2; last sale %3.</source>
        <translation>نسخه پشتیبان %1: %2؛ آخرین فروش %3.</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the yes answer to a [y/N] question</comment>
        <translation>y</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>چیزی بازگردانی نشد.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>از %1 بازگردانی شد.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>پایگاه داده‌ای که جایگزین شد با نام %1 نگه داشته شده است.</translation>
    </message>
    <message>
        <source>Replace the database %1 with this backup? The current one is kept first. [y/N] </source>
        <translation>پایگاه داده %1 با این نسخه پشتیبان جایگزین شود؟ پایگاه داده فعلی پیش از آن نگه داشته می‌شود. [y/N] </translation>
    </message>
</context>
<context>
    <name>BackupControls</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>پشتیبان‌گیری همین حالا</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>پوشه پشتیبان…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup… (owner)</source>
        <translation>بازگردانی از نسخه پشتیبان… (مالک)</translation>
    </message>
    <message>
        <source>⚠ No backup yet</source>
        <translation>⚠ هنوز پشتیبانی گرفته نشده</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Last backup %Ln day(s) ago</source>
        <translation>
            <numerusform>⚠ آخرین پشتیبان %Ln روز پیش</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>آخرین پشتیبان: %1</translation>
    </message>
    <message>
        <source>Back up now (File menu), and check the backup folder %1.</source>
        <translation>همین حالا پشتیبان بگیرید (منوی فایل) و پوشه پشتیبان %1 را بررسی کنید.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>پشتیبان‌گیری همین حالا</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>نسخه پشتیبان نوشته و بررسی شد: %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>پوشه پشتیبان</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>بازگردانی از نسخه پشتیبان</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Regulars backups (%1);;All files (*)</source>
        <translation>نسخه‌های پشتیبان Regulars (%1);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Restore the backup made on %1?

%2

It holds %3. Its last sale: %4.

Everything recorded since then is replaced. The database in use now is kept first, with today&apos;s date in its name, and is never deleted. Regulars reopens the shop with the backup.</source>
        <translation>نسخه پشتیبان تهیه‌شده در %1 بازگردانی شود؟

%2

این نسخه شامل %3 است. آخرین فروش آن: %4.

هر چیزی که از آن زمان ثبت شده جایگزین می‌شود. پایگاه داده‌ای که الان استفاده می‌شود پیش از آن با نامی شامل تاریخ امروز نگه داشته می‌شود و هرگز پاک نمی‌شود. Regulars فروشگاه را با نسخه پشتیبان دوباره باز می‌کند.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>Copying the database to %1 failed: %2</source>
        <translation>کپی پایگاه داده در %1 ناموفق بود: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>فایلی با نام %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>%1 is not a Regulars database.</source>
        <translation>%1 پایگاه داده Regulars نیست.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (%2).</source>
        <translation>%1 آسیب دیده و قابل استفاده نیست (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>باز کردن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>نسخه ساختار پایگاه داده در آن ثبت نشده است</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Regulars (database version %2; this program knows up to %3). Install the newer Regulars to restore it.</source>
        <translation>%1 با نسخه جدیدتری از Regulars نوشته شده است (نسخه پایگاه داده %2؛ این برنامه تا نسخه %3 را می‌شناسد). برای بازگردانی آن، Regulars جدیدتر را نصب کنید.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1 exists already; a backup never replaces a file. Choose a new name.</source>
        <translation>%1 از قبل وجود دارد؛ نسخه پشتیبان هرگز جای فایلی را نمی‌گیرد. نام تازه‌ای انتخاب کنید.</translation>
    </message>
    <message>
        <source>Cannot write a backup to %1. Check that the folder exists and that you may write to it (a USB stick may be missing).</source>
        <translation>نوشتن نسخه پشتیبان در %1 ممکن نیست. بررسی کنید که پوشه وجود داشته باشد و اجازه نوشتن در آن را داشته باشید (شاید فلش USB وصل نیست).</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk.</source>
        <translation>نسخه پشتیبان %1 روی دیسک نوشته نشد.</translation>
    </message>
    <message>
        <source>The backup just written did not pass its check, so it was deleted: %1</source>
        <translation>نسخه پشتیبانی که همین حالا نوشته شد از بررسی رد شد و پاک شد: %1</translation>
    </message>
    <message>
        <source>The backup just written has database version %1 instead of %2, so it was deleted.</source>
        <translation>نسخه پشتیبانی که همین حالا نوشته شد به‌جای نسخه پایگاه داده %2، نسخه %1 را دارد و پاک شد.</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>نام %1 را نمی‌توان روی نسخه پشتیبان گذاشت.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made. Choose another folder, or plug in the drive it is on.</source>
        <translation>ساختن پوشه پشتیبان %1 ممکن نیست. پوشه دیگری انتخاب کنید یا دیسکی را که پوشه روی آن است وصل کنید.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be removed.</source>
        <translation>پاک کردن نسخه پشتیبان قدیمی %1 ممکن نشد.</translation>
    </message>
    <message>
        <source>%1 is not a Regulars backup, so it cannot be restored. Choose a file made by Regulars&apos; backup.</source>
        <translation>%1 نسخه پشتیبان Regulars نیست و نمی‌توان آن را بازگردانی کرد. فایلی را انتخاب کنید که با پشتیبان‌گیری Regulars ساخته شده است.</translation>
    </message>
    <message>
        <source>%1 Choose another backup.</source>
        <translation>%1 نسخه پشتیبان دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database %1. Check the free space and that you may write to its folder.</source>
        <translation>کپی نسخه پشتیبان کنار پایگاه داده %1 ممکن نشد. فضای خالی دیسک و اجازه نوشتن در پوشه آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>The copy of the backup did not pass its check: %1</source>
        <translation>کپی نسخه پشتیبان از بررسی رد شد: %1</translation>
    </message>
    <message>
        <source>The current database %1 could not be set aside, so nothing was restored.</source>
        <translation>پایگاه داده فعلی %1 را نمی‌توان کنار گذاشت، بنابراین چیزی بازگردانی نشد.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the current database was kept.</source>
        <translation>نسخه پشتیبان را نمی‌توان جای %1 گذاشت؛ پایگاه داده فعلی دست‌نخورده ماند.</translation>
    </message>
    <message>
        <source>%1 is a backup of a shop kept in a file, and this shop is on the server %2. Open the file with --db to look at it, or move it to an empty server database with: regulars migrate --from FILE --to URL</source>
        <translation>%1 نسخه پشتیبان فروشگاهی است که در یک فایل نگه داشته می‌شد، اما این فروشگاه روی سرور %2 است. برای دیدن آن، فایل را با --db باز کنید، یا آن را با این فرمان به یک پایگاه داده خالی روی سرور منتقل کنید: regulars migrate --from FILE --to URL</translation>
    </message>
    <message>
        <source>%1 is a backup of a shop on a PostgreSQL server, and this shop is the file %2. Restore it into the server&apos;s database with: regulars --db postgresql://… restore FILE</source>
        <translation>%1 نسخه پشتیبان فروشگاهی روی سرور PostgreSQL است، اما این فروشگاه فایل %2 است. آن را با این فرمان در پایگاه داده سرور بازگردانی کنید: regulars --db postgresql://… restore FILE</translation>
    </message>
    <message>
        <source>%1 has database version %2 and this Regulars writes version %3; a shop on a server is restored only from a backup of the same version. Restore it with the Regulars that made it, then update.</source>
        <translation>%1 نسخه پایگاه داده %2 را دارد و این Regulars نسخه %3 را می‌نویسد؛ فروشگاهی که روی سرور است فقط از نسخه پشتیبانی با همان نسخه بازگردانی می‌شود. آن را با همان Regulars که آن را ساخته بازگردانی کنید و سپس Regulars را به‌روز کنید.</translation>
    </message>
    <message>
        <source>The folder %1, where the current database is kept before a restore, cannot be made, so nothing was restored.</source>
        <translation>پوشه %1، که پایگاه داده فعلی پیش از بازگردانی در آن نگه داشته می‌شود، ساخته نمی‌شود، بنابراین چیزی بازگردانی نشد.</translation>
    </message>
    <message>
        <source>The current database could not be kept as %1 before the restore, so nothing was restored. %2</source>
        <translation>پایگاه داده فعلی را نمی‌توان پیش از بازگردانی با نام %1 نگه داشت، بنابراین چیزی بازگردانی نشد. %2</translation>
    </message>
</context>
<context>
    <name>BarcodeSymbol</name>
    <message>
        <source>Not enough memory to draw a barcode.</source>
        <translation>حافظه کافی برای رسم بارکد وجود ندارد.</translation>
    </message>
    <message>
        <source>“%1” cannot be drawn as a barcode: %2</source>
        <translation>«%1» را نمی‌توان به‌صورت بارکد رسم کرد: %2</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New coupon campaign</source>
        <translation>کمپین کوپن جدید</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>تخفیف مبلغی</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>تخفیف درصدی</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>کالای رایگان</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>امتیاز هدیه</translation>
    </message>
    <message>
        <source>&amp;Gives:</source>
        <translation>مزیت کوپن:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>&amp;Minimum purchase:</source>
        <translation>حداقل خرید:</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>معتبر از</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Single use. Not exchangeable for cash.</source>
        <translation>فقط یک‌بار قابل استفاده. غیرقابل تبدیل به وجه نقد.</translation>
    </message>
    <message>
        <source>Short &amp;terms:</source>
        <translation>شرایط کوتاه:</translation>
    </message>
    <message>
        <source>&amp;Coupons:</source>
        <translation>تعداد کوپن:</translation>
    </message>
    <message>
        <source>Empty: for anyone. Otherwise one customer a line (phone, card or name); each gets the number of coupons above, with their name printed on them.</source>
        <translation>خالی: برای همه. در غیر این صورت، در هر سطر یک مشتری (تلفن، کارت یا نام)؛ هر مشتری به تعداد بالا کوپن می‌گیرد که نامش روی آن‌ها چاپ می‌شود.</translation>
    </message>
    <message>
        <source>For c&amp;ustomers:</source>
        <translation>برای مشتریان:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>&amp;Amount off:</source>
        <translation>مبلغ تخفیف:</translation>
    </message>
    <message>
        <source>for example 5.00</source>
        <translation>مثلاً 5.00</translation>
    </message>
    <message>
        <source>&amp;Percentage off:</source>
        <translation>درصد تخفیف:</translation>
    </message>
    <message>
        <source>for example 10</source>
        <translation>مثلاً 10</translation>
    </message>
    <message>
        <source>&amp;Free item:</source>
        <translation>کالای رایگان:</translation>
    </message>
    <message>
        <source>for example a coffee</source>
        <translation>مثلاً یک قهوه</translation>
    </message>
    <message>
        <source>&amp;Bonus points:</source>
        <translation>امتیاز هدیه:</translation>
    </message>
    <message>
        <source>for example 50</source>
        <translation>مثلاً 50</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>هیچ مشتری‌ای با «%1» پیدا نشد.</translation>
    </message>
    <message>
        <source>“%1” matches several customers: give a phone or card number.</source>
        <translation>«%1» با چند مشتری مطابقت دارد: شماره تلفن یا شماره کارت را بنویسید.</translation>
    </message>
</context>
<context>
    <name>CardBatches</name>
    <message>
        <source>%1 has no card number yet: give them one first.</source>
        <translation>%1 هنوز شماره کارت ندارد: ابتدا به او یک کارت بدهید.</translation>
    </message>
    <message>
        <source>Print between 1 and 10,000 cards at a time.</source>
        <translation>هر بار می‌توان از 1 تا 10000 کارت چاپ کرد.</translation>
    </message>
    <message>
        <source>Print between 1 and 10,000 stamp cards at a time.</source>
        <translation>هر بار می‌توان از 1 تا 10000 کارت مهر چاپ کرد.</translation>
    </message>
    <message>
        <source>Stamp card %1 was registered by another till a moment ago. Print the batch again for new numbers.</source>
        <translation>کارت مهر %1 همین چند لحظه پیش در صندوق دیگری ثبت شد. برای گرفتن شماره‌های جدید، این سری را دوباره چاپ کنید.</translation>
    </message>
</context>
<context>
    <name>CardNumber</name>
    <message>
        <source>“%1” is not a card number: a card number has 13 digits.</source>
        <translation>«%1» شماره کارت نیست: شماره کارت ۱۳ رقم دارد.</translation>
    </message>
    <message>
        <source>“%1” is not a card number: a card number has 13 digits, this has %2.</source>
        <translation>«%1» شماره کارت نیست: شماره کارت ۱۳ رقم دارد، اما این %2 رقم دارد.</translation>
    </message>
    <message>
        <source>The card number %1 has a wrong check digit: check it for a typing mistake, or scan the card.</source>
        <translation>رقم کنترلی شماره کارت %1 درست نیست: بررسی کنید اشتباه تایپی نداشته باشد، یا کارت را اسکن کنید.</translation>
    </message>
</context>
<context>
    <name>CardSheetLayout</name>
    <message>
        <source>“%1” is not a card layout: use cr80 or a4.</source>
        <translation>«%1» چیدمان کارت نیست: از cr80 یا a4 استفاده کنید.</translation>
    </message>
    <message>
        <source>CR80 card</source>
        <translation>کارت CR80</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>چاپگر صفحه جدید را نپذیرفت.</translation>
    </message>
    <message>
        <source>Show this card at every purchase. %1</source>
        <translation>این کارت را در هر خرید نشان دهید. %1</translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation>کارت عضویت</translation>
    </message>
    <message>
        <source>Stamp card: one stamp a purchase</source>
        <translation>کارت مهر: هر خرید یک مهر</translation>
    </message>
    <message>
        <source>Full card: %1</source>
        <translation>جایزه کارت پر: %1</translation>
    </message>
    <message>
        <source>Stamp cards</source>
        <translation>کارت‌های مهر</translation>
    </message>
    <message>
        <source>Membership cards</source>
        <translation>کارت‌های عضویت</translation>
    </message>
</context>
<context>
    <name>CohortHeatMapModel</name>
    <message>
        <source>%1 customers first bought in %2.</source>
        <translation>%1 مشتری نخستین بار در %2 خرید کردند.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %2 customers who first bought in %3 bought again %Ln month(s) later.</source>
        <translation>
            <numerusform>%1 نفر از %2 مشتری‌ای که نخستین بار در %3 خرید کردند، %Ln ماه بعد دوباره خرید کردند.</numerusform>
        </translation>
    </message>
    <message>
        <source>First month</source>
        <translation>ماه اول</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>cohort month (customers)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>گزینه --%1 به یک مقدار نیاز دارد.</translation>
    </message>
    <message>
        <source>Unknown option: %1. See regulars --help.</source>
        <translation>گزینه ناشناخته: %1. راهنما: regulars --help</translation>
    </message>
    <message>
        <source>Unknown command: %1. See regulars --help.</source>
        <translation>فرمان ناشناخته: %1. راهنما: regulars --help</translation>
    </message>
    <message>
        <source>Use: regulars customers find QUERY | import FILE.csv | export FILE.csv</source>
        <translation>کاربرد: regulars customers find QUERY | import FILE.csv | export FILE.csv</translation>
    </message>
    <message>
        <source>--limit takes a whole number above zero.</source>
        <translation>مقدار --limit باید یک عدد صحیح بزرگ‌تر از صفر باشد.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>%1 is not a country code; use two letters such as RU, IR, SA or GB.</source>
        <translation>%1 کد کشور نیست؛ از دو حرف مثل RU، IR، SA یا GB استفاده کنید.</translation>
    </message>
    <message>
        <source>The shop&apos;s country is not set, so phone numbers cannot be read. Give it with --region CC (for example --region RU).</source>
        <translation>کشور فروشگاه تعیین نشده، بنابراین شماره‌های تلفن را نمی‌توان خواند. آن را با --region CC مشخص کنید (مثلاً --region RU).</translation>
    </message>
    <message>
        <source>Unknown separator %1; use comma, semicolon or tab.</source>
        <translation>جداکننده ناشناخته %1؛ از comma (ویرگول)، semicolon (نقطه‌ویرگول) یا tab (تب) استفاده کنید.</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix the lines above, or run again with --skip-invalid to import only the valid lines.</source>
        <translation>هیچ چیز وارد نشد. سطرهای بالا را اصلاح کنید، یا دوباره با --skip-invalid اجرا کنید تا فقط سطرهای درست وارد شوند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported.</source>
        <translation>
            <numerusform>%Ln مشتری وارد شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped.</source>
        <translation>
            <numerusform>از %Ln سطر صرف‌نظر شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) exported.</source>
        <translation>
            <numerusform>از %Ln مشتری خروجی گرفته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>--customers takes a whole number from 1 to 1000000.</source>
        <translation>مقدار --customers باید یک عدد صحیح از 1 تا 1000000 باشد.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>مقدار --seed باید یک عدد صحیح باشد.</translation>
    </message>
    <message>
        <source>Demo shop created in %1: %2 customers, %3 purchases.</source>
        <translation>فروشگاه نمونه در %1 ساخته شد: %2 مشتری، %3 خرید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown encoding %1; use UTF-8, UTF-16, windows-1251 or windows-1256.</source>
        <translation>کدگذاری %1 شناخته نشد؛ از UTF-8، UTF-16، windows-1251 یا windows-1256 استفاده کنید.</translation>
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
        <translation>کاربرد: regulars [--db PATH] [--lang CODE] [COMMAND ...]

Regulars مشتریان ثابت فروشگاه و باشگاه مشتریان آن را نگه می‌دارد.
بدون فرمان، پنجره برنامه باز می‌شود.

گزینه‌ها:
  --db PATH        پایگاه داده فروشگاه (پیش‌فرض: %1)
  --lang CODE      زبان: en، ar، fa، ru (پیش‌فرض: زبان سیستم)
  --find QUERY     پنجره را با این جستجو باز می‌کند، مثلاً شماره تلفن کسی که تماس گرفته
  -h, --help       نمایش این راهنما
  -v, --version    نمایش نسخه

فرمان‌ها:
  customers find QUERY [--archived] [--limit N]
      مشتریان پیداشده با تلفن، کارت، ارقام آخر تلفن یا نام را به‌صورت سطرهای JSON چاپ می‌کند
  customers import FILE.csv [--region CC] [--skip-invalid] [--encoding E] [--delimiter D]
      وارد کردن مشتریان؛ اگر سطر نادرستی باشد چیزی وارد نمی‌شود، مگر با --skip-invalid
  customers export FILE.csv [--active-only] [--marketing]
      همه مشتریان را در یک فایل CSV می‌نویسد؛ --marketing: فقط کسانی که با دریافت پیشنهادها موافق‌اند
  demo [--customers N] [--seed S] [--region CC]
      یک پایگاه داده جدید را با یک فروشگاه نمونه پر می‌کند
</translation>
    </message>
    <message>
        <source>Once the shop has users, commands that change data ask for the owner&apos;s password (or read it from
REGULARS_PASSWORD); find, balance, report, check and list never ask.
</source>
        <translation>وقتی فروشگاه کاربر دارد، فرمان‌هایی که اطلاعات را تغییر می‌دهند رمز مالک را می‌پرسند (یا آن را از
REGULARS_PASSWORD می‌خوانند)؛ find، balance، report، check و list هرگز نمی‌پرسند.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused (a message says why; nothing was changed), 2 wrong usage,
3 the owner&apos;s password was missing or wrong (nothing was changed).
</source>
        <translation>کدهای خروج: 0 انجام شد، 1 رد شد (پیامی دلیل را می‌گوید؛ چیزی تغییر نکرد)، 2 کاربرد نادرست،
3 رمز مالک وارد نشد یا نادرست بود (چیزی تغییر نکرد).
</translation>
    </message>
</context>
<context>
    <name>ConsentFormLayout</name>
    <message>
        <source>Loyalty programme: enrolment and consent</source>
        <translation>باشگاه مشتریان: فرم عضویت و رضایت</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>مشخصات شما</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>نام: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>تلفن: %1</translation>
    </message>
    <message>
        <source>Card number: %1</source>
        <translation>شماره کارت: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>ایمیل: %1</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>تاریخ تولد: %1</translation>
    </message>
    <message>
        <source>(The shop has not written this text yet; see Shop settings.)</source>
        <translation>(فروشگاه هنوز این متن را ننوشته است؛ به تنظیمات فروشگاه مراجعه کنید.)</translation>
    </message>
    <message>
        <source>Keeping your details</source>
        <translation>نگهداری اطلاعات شما</translation>
    </message>
    <message>
        <source>I agree that the shop keeps my details to run its loyalty programme.</source>
        <translation>موافقم که فروشگاه اطلاعاتم را برای اداره باشگاه مشتریان خود نگه دارد.</translation>
    </message>
    <message>
        <source>Offers and news</source>
        <translation>پیشنهادها و خبرها</translation>
    </message>
    <message>
        <source>I would like to receive offers and news (optional).</source>
        <translation>مایلم پیشنهادها و خبرها را دریافت کنم (اختیاری).</translation>
    </message>
    <message>
        <source>Consent text version %1</source>
        <translation>نسخه متن رضایت: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>امضا</translation>
    </message>
    <message>
        <source>Consent form: %1</source>
        <translation>فرم رضایت: %1</translation>
    </message>
</context>
<context>
    <name>CouponCode</name>
    <message>
        <source>A code has %1 characters; this one has %2. Check it and type it again.</source>
        <translation>کد باید %1 نویسه داشته باشد، اما این کد %2 نویسه دارد. آن را بررسی کنید و دوباره بنویسید.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a code. Check the code and type it again.</source>
        <translation>«%1» نمی‌تواند بخشی از کد باشد. کد را بررسی کنید و دوباره بنویسید.</translation>
    </message>
    <message>
        <source>The code %1 is mistyped: its last character does not match the others. Check every character and type it again.</source>
        <translation>کد %1 اشتباه تایپ شده است: نویسه آخر آن با بقیه جور درنمی‌آید. تک‌تک نویسه‌ها را بررسی کنید و دوباره بنویسید.</translation>
    </message>
</context>
<context>
    <name>CouponCommands</name>
    <message>
        <source>--%1 needs a date like 2026-12-31, not “%2”.</source>
        <translation>مقدار --%1 باید تاریخی مثل 2026-12-31 باشد، نه «%2».</translation>
    </message>
    <message>
        <source>Use: regulars coupons create|redeem|undo|list; see regulars --help.</source>
        <translation>کاربرد: regulars coupons create|redeem|undo|list؛ راهنما: regulars --help</translation>
    </message>
    <message>
        <source>--%1 needs a number, not “%2”.</source>
        <translation>مقدار --%1 باید یک عدد باشد، نه «%2».</translation>
    </message>
    <message>
        <source>--count needs a whole number, not “%1”.</source>
        <translation>مقدار --count باید یک عدد صحیح باشد، نه «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Give exactly one customer (a phone, a card number or id:N): “%1” matches %Ln.</source>
        <translation>
            <numerusform>دقیقاً یک مشتری مشخص کنید (تلفن، شماره کارت یا id:N): «%1» با %Ln مشتری مطابقت دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redemption of %1 undone; the coupon can be used again.</source>
        <translation>استفاده از کوپن %1 لغو شد؛ می‌توان دوباره از این کوپن استفاده کرد.</translation>
    </message>
    <message>
        <source>Use: regulars print coupons --campaign NAME --out FILE.pdf [--paper a4|letter] [--grid 3x7]</source>
        <translation>کاربرد: regulars print coupons --campaign NAME --out FILE.pdf [--paper a4|letter] [--grid 3x7]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coupon(s) written to %1.</source>
        <translation>
            <numerusform>%Ln کوپن در %1 نوشته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: regulars print cards (--customer QUERY [QUERY…] | --new N) --out FILE.pdf [--layout cr80|a4]</source>
        <translation>کاربرد: regulars print cards (--customer QUERY [QUERY…] | --new N) --out FILE.pdf [--layout cr80|a4]</translation>
    </message>
    <message>
        <source>--new needs a number of cards between 1 and 10,000.</source>
        <translation>مقدار --new باید تعداد کارت‌ها و عددی از 1 تا 10000 باشد.</translation>
    </message>
    <message>
        <source>Give exactly one customer (a phone, a card number or id:N) for “%1”.</source>
        <translation>برای «%1» دقیقاً یک مشتری مشخص کنید (تلفن، شماره کارت یا id:N).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) written to %1.</source>
        <translation>
            <numerusform>%Ln کارت در %1 نوشته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: regulars print stamp-cards --count N --out FILE.pdf [--layout a4|cr80]</source>
        <translation>کاربرد: regulars print stamp-cards --count N --out FILE.pdf [--layout a4|cr80]</translation>
    </message>
    <message>
        <source>Print between 1 and 10,000 stamp cards at a time.</source>
        <translation>هر بار می‌توان از 1 تا 10000 کارت مهر چاپ کرد.</translation>
    </message>
    <message>
        <source>Use: regulars print consent-form --customer QUERY --out FILE.pdf</source>
        <translation>کاربرد: regulars print consent-form --customer QUERY --out FILE.pdf</translation>
    </message>
    <message>
        <source>Consent form of %1 written to %2.</source>
        <translation>فرم رضایت %1 در %2 نوشته شد.</translation>
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
        <translation>  coupons create --campaign NAME (--amount 5.00 | --percent 10 | --item TEXT | --points N)
          --count N [--valid-from DATE] [--valid-until DATE] [--min-purchase A] [--terms TEXT]
          [--for QUERY [QUERY…] | --at-risk]
      یک کمپین کوپن می‌سازد و کدهای آن را، هر کد در یک سطر، چاپ می‌کند؛ --for برای مشتریان نام‌برده،
      --at-risk برای مشتریان گزارش «در خطر ریزش» که با پیشنهادها موافق‌اند: کوپن شخصی (--count عدد برای هر نفر،
      پیش‌فرض 1) با نام مشتری چاپ‌شده روی آن
  coupons redeem CODE [--till T] [--sale REF] [--purchase A] [--customer QUERY]
      یک بار از کوپن استفاده می‌کند؛ مزیت آن را به‌صورت JSON چاپ می‌کند، یا دلیل رد را در stderr (کد خروج 1)
  coupons undo CODE [--reason TEXT]
      کوپن استفاده‌شده را دوباره باز می‌کند (فقط مالک)؛ این لغو ثبت می‌شود
  coupons list
      همه کمپین‌ها با تعداد چاپ‌شده، استفاده‌شده و منقضی‌شده، به‌صورت سطرهای JSON
  print coupons --campaign NAME --out FILE.pdf [--paper a4|letter] [--grid 3x7]
      برگه‌ای از کوپن‌های کمپین با علامت برش، به‌صورت PDF
  print cards (--customer QUERY [QUERY…] | --new N) --out FILE.pdf [--layout cr80|a4]
      کارت‌های عضویت (EAN-13) مشتریان، یا N کارت خالی شماره‌دار برای ثبت بعدی؛
      هر کارت در یک صفحه یا ده کارت روی A4 با علامت برش
  print stamp-cards --count N --out FILE.pdf [--layout a4|cr80]
      کارت‌های مهر کاغذی جدید، رو و پشت؛ شماره سریال آن‌ها ثبت می‌شود ولی هنوز به کسی داده نشده
  print consent-form --customer QUERY --out FILE.pdf
      فرم عضویت و رضایت مشتری (A4) با متن‌های رضایت معتبر فعلی
  print receipt --sale REF [--till T] --out FILE.pdf [--width 80|58]
      رسید یک فروش روی کاغذ رول: موجودی، امتیاز کسب‌شده و امتیازهای رو به انقضا، مهرها
</translation>
    </message>
    <message>
        <source>Use: regulars print coupons|cards|stamp-cards|consent-form|receipt …; see regulars --help.</source>
        <translation>کاربرد: regulars print coupons|cards|stamp-cards|consent-form|receipt …؛ راهنما: regulars --help</translation>
    </message>
    <message>
        <source>Use: regulars coupons create --campaign NAME (--amount 5.00 | --percent 10 | --item TEXT | --points N) --count N [--valid-from DATE] [--valid-until DATE] [--min-purchase A] [--for QUERY… | --at-risk]</source>
        <translation>کاربرد: regulars coupons create --campaign NAME (--amount 5.00 | --percent 10 | --item TEXT | --points N) --count N [--valid-from DATE] [--valid-until DATE] [--min-purchase A] [--for QUERY… | --at-risk]</translation>
    </message>
    <message>
        <source>Use: regulars print receipt --sale REF [--till T] --out FILE.pdf [--width 80|58]</source>
        <translation>کاربرد: regulars print receipt --sale REF [--till T] --out FILE.pdf [--width 80|58]</translation>
    </message>
    <message>
        <source>Receipt slip of sale %1 written to %2.</source>
        <translation>رسید فروش %1 در %2 نوشته شد.</translation>
    </message>
    <message>
        <source>Nobody who agreed to offers is at risk of lapsing now: no campaign was made.</source>
        <translation>در حال حاضر هیچ‌یک از مشتریانی که با پیشنهادها موافق‌اند در خطر ریزش نیستند: کمپینی ساخته نشد.</translation>
    </message>
</context>
<context>
    <name>CouponRedeemDialog</name>
    <message>
        <source>Coupon</source>
        <translation>کوپن</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>&amp;Purchase amount:</source>
        <translation>مبلغ خرید:</translation>
    </message>
    <message>
        <source>&amp;Redeem</source>
        <translation>استفاده از کوپن</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>کوپن %1</translation>
    </message>
    <message>
        <source>Coupon %1 — campaign “%2”</source>
        <translation>کوپن %1 — کمپین «%2»</translation>
    </message>
    <message>
        <source>Gives: %1</source>
        <translation>مزیت: %1</translation>
    </message>
    <message>
        <source>Minimum purchase: %1</source>
        <translation>حداقل خرید: %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>ویژه %1</translation>
    </message>
</context>
<context>
    <name>CouponSheetLayout</name>
    <message>
        <source>“%1” is not a grid: give columns × rows, for example 3x7 (1 to 6 columns, 1 to 12 rows).</source>
        <translation>«%1» چیدمان معتبری نیست: تعداد ستون‌ها × ردیف‌ها را بنویسید، مثلاً 3x7 (1 تا 6 ستون، 1 تا 12 ردیف).</translation>
    </message>
    <message>
        <source>“%1” is not a paper size: use a4 or letter.</source>
        <translation>«%1» اندازه کاغذ نیست: از a4 یا letter استفاده کنید.</translation>
    </message>
    <message>
        <source>%1×%2 mm</source>
        <translation>%1×%2 میلی‌متر</translation>
    </message>
    <message>
        <source>A coupon of this grid is %1: too narrow for a Code 128 barcode a scanner can read. Choose fewer columns.</source>
        <translation>اندازه هر کوپن در این چیدمان %1 است: برای بارکد Code 128 که بارکدخوان بتواند بخواند خیلی باریک است. تعداد ستون‌های کمتری انتخاب کنید.</translation>
    </message>
    <message>
        <source>A coupon of this grid is %1: too small for a QR code a scanner can read. Choose fewer rows.</source>
        <translation>اندازه هر کوپن در این چیدمان %1 است: برای کد QR که بارکدخوان بتواند بخواند خیلی کوچک است. تعداد ردیف‌های کمتری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Coupons: %1</source>
        <translation>کوپن‌ها: %1</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>چاپگر صفحه جدید را نپذیرفت.</translation>
    </message>
    <message>
        <source>%1 · coupons %2 to %3 · page %4 of %5</source>
        <translation>%1 · کوپن‌های %2 تا %3 · صفحه %4 از %5</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>ویژه %1</translation>
    </message>
</context>
<context>
    <name>Coupons</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation>برای کمپین یک نام بنویسید.</translation>
    </message>
    <message>
        <source>Give an amount off above zero.</source>
        <translation>مبلغ تخفیف باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>Give a percentage off between 0 and 100.</source>
        <translation>درصد تخفیف باید بین ۰ و ۱۰۰ باشد.</translation>
    </message>
    <message>
        <source>Describe the free item.</source>
        <translation>کالای رایگان را مشخص کنید.</translation>
    </message>
    <message>
        <source>Give a number of bonus points above zero.</source>
        <translation>تعداد امتیاز هدیه باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>The minimum purchase cannot be below zero.</source>
        <translation>حداقل خرید نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The last valid day (%1) is before the first (%2).</source>
        <translation>آخرین روز اعتبار (%1) پیش از اولین روز اعتبار (%2) است.</translation>
    </message>
    <message>
        <source>Make between 1 and %1 coupons.</source>
        <translation>تعداد کوپن‌ها باید بین ۱ و %1 باشد.</translation>
    </message>
    <message>
        <source>There is already a campaign called “%1”. Choose another name.</source>
        <translation>کمپینی با نام «%1» از قبل وجود دارد. نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>مشتری شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no campaign called “%1”.</source>
        <translation>کمپینی با نام «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 is not a coupon of this shop. Check the code, or ask where the coupon comes from.</source>
        <translation>%1 کوپن این فروشگاه نیست. کد را بررسی کنید، یا بپرسید کوپن از کجا آمده است.</translation>
    </message>
    <message>
        <source>someone unnamed</source>
        <translation>فردی بدون نام</translation>
    </message>
    <message>
        <source>Coupon %1 was already redeemed on %2 at till %3 by %4.</source>
        <translation>از کوپن %1 قبلاً در %2 در صندوق %3 توسط %4 استفاده شده است.</translation>
    </message>
    <message>
        <source>Coupon %1 is not valid yet: it can be used from %2.</source>
        <translation>کوپن %1 هنوز معتبر نیست: از %2 می‌توان از آن استفاده کرد.</translation>
    </message>
    <message>
        <source>Coupon %1 has expired: its last day was %2.</source>
        <translation>اعتبار کوپن %1 تمام شده است: آخرین روز اعتبار آن %2 بود.</translation>
    </message>
    <message>
        <source>Coupon %1 needs a purchase of at least %2; this one is %3.</source>
        <translation>کوپن %1 به خریدی دست‌کم به مبلغ %2 نیاز دارد؛ مبلغ این خرید %3 است.</translation>
    </message>
    <message>
        <source>Coupon %1 gives bonus points: open the customer who gets them first.</source>
        <translation>کوپن %1 امتیاز هدیه می‌دهد: ابتدا صفحه مشتری‌ای را که امتیاز را می‌گیرد باز کنید.</translation>
    </message>
    <message>
        <source>Coupon %1 has not been redeemed; there is nothing to undo.</source>
        <translation>از کوپن %1 استفاده نشده است؛ چیزی برای لغو وجود ندارد.</translation>
    </message>
    <message>
        <source>Coupon %1 was changed at another till a moment ago. Look it up again.</source>
        <translation>کوپن %1 همین چند لحظه پیش در صندوق دیگری تغییر کرد. دوباره آن را جستجو کنید.</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 تخفیف</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>%1٪ تخفیف</translation>
    </message>
    <message>
        <source>Free: %1</source>
        <translation>رایگان: %1</translation>
    </message>
    <message>
        <source>%1 bonus points</source>
        <translation>%1 امتیاز هدیه</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>معتبر از %1 تا %2</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>معتبر تا %1</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>معتبر از %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>بدون تاریخ انقضا</translation>
    </message>
    <message>
        <source>Single use. Minimum purchase %1. Not exchangeable for cash.</source>
        <translation>فقط یک‌بار قابل استفاده. حداقل خرید %1. غیرقابل تبدیل به وجه نقد.</translation>
    </message>
    <message>
        <source>Single use. Not exchangeable for cash.</source>
        <translation>فقط یک‌بار قابل استفاده. غیرقابل تبدیل به وجه نقد.</translation>
    </message>
</context>
<context>
    <name>CouponsDialog</name>
    <message>
        <source>Coupons</source>
        <translation>کوپن‌ها</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>مزیت</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>چاپ‌شده</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>استفاده‌شده</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>نرخ استفاده</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>کاغذ:</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 a sheet)</source>
        <translation>%1 × %2 (%3 عدد در هر برگه)</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>چیدمان:</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>کمپین جدید…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>پیش‌نمایش…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>ابتدا یک کمپین انتخاب کنید.</translation>
    </message>
    <message>
        <source>coupons-%1.pdf</source>
        <translation>کوپن‌ها-%1.pdf</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>“%1” is not an encoding Regulars can read. Choose one of: %2.</source>
        <translation>Regulars نمی‌تواند کدگذاری «%1» را بخواند. یکی از این‌ها را انتخاب کنید: %2.</translation>
    </message>
    <message>
        <source>The file is not %1 text. Choose the encoding it was saved in, or let Regulars detect it.</source>
        <translation>این فایل متن %1 نیست. کدگذاری‌ای را که فایل با آن ذخیره شده انتخاب کنید، یا بگذارید Regulars خودش آن را تشخیص دهد.</translation>
    </message>
    <message>
        <source>A double quote or a line break cannot separate the cells; choose a comma, a semicolon or a tab.</source>
        <translation>گیومه دوتایی یا شکست سطر نمی‌تواند خانه‌ها را از هم جدا کند؛ ویرگول، نقطه‌ویرگول یا تب را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The quoted cell that starts on line %1 never ends: a closing double quote is missing. Fix that line in a spreadsheet or text editor and try again.</source>
        <translation>خانه داخل گیومه که از سطر %1 شروع می‌شود هیچ‌وقت بسته نمی‌شود: گیومه دوتایی پایانی جا افتاده است. آن سطر را در اکسل یا یک ویرایشگر متن اصلاح کنید و دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>ویرایش مشتری</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>نام و نام خانوادگی</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>What the staff call them, optional</source>
        <translation>اسمی که فروشنده‌ها او را با آن صدا می‌کنند، اختیاری</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>نام مستعار:</translation>
    </message>
    <message>
        <source>+ country code and number</source>
        <translation>+ کد کشور و شماره</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>مثلاً %1</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>تلفن:</translation>
    </message>
    <message>
        <source>Scan or type the card number</source>
        <translation>کارت را اسکن کنید یا شماره را بنویسید</translation>
    </message>
    <message>
        <source>&amp;Issue new card</source>
        <translation>صدور کارت جدید</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>کارت:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>ایمیل:</translation>
    </message>
    <message>
        <source>day.month.year, optional</source>
        <translation>روز.ماه.سال، اختیاری</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>تاریخ تولد:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Agrees that the shop keeps their personal data (required)</source>
        <translation>رضایت به نگهداری اطلاعات شخصی توسط فروشگاه (الزامی)</translation>
    </message>
    <message>
        <source>Agrees to receive offers and news</source>
        <translation>رضایت به دریافت پیشنهادها و خبرها</translation>
    </message>
    <message>
        <source>Signed paper form</source>
        <translation>فرم کاغذی امضاشده</translation>
    </message>
    <message>
        <source>Said so in person</source>
        <translation>حضوری و شفاهی</translation>
    </message>
    <message>
        <source>Online or by message</source>
        <translation>آنلاین یا با پیامک</translation>
    </message>
    <message>
        <source>Given &amp;how:</source>
        <translation>نحوه اعلام رضایت:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>ثبت‌کننده:</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>به این صورت ذخیره می‌شود: %1</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;customer:%2&quot;&gt;Open their page&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;customer:%2&quot;&gt;باز کردن صفحه مشتری&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>CustomerDirectory</name>
    <message>
        <source>Give a phone number or a card number, so the customer can be found again.</source>
        <translation>یک شماره تلفن یا شماره کارت وارد کنید تا بعداً بتوان مشتری را پیدا کرد.</translation>
    </message>
    <message>
        <source>The shop&apos;s country is not set, so the number must start with + and the country code. Set the country in Settings.</source>
        <translation>کشور فروشگاه تعیین نشده، بنابراین شماره باید با + و کد کشور شروع شود. کشور را در تنظیمات تعیین کنید.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation>%1 قبلاً برای %2 ثبت شده است.</translation>
    </message>
    <message>
        <source>another customer</source>
        <translation>مشتری دیگری</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2.</source>
        <translation>کارت %1 قبلاً برای %2 ثبت شده است.</translation>
    </message>
    <message>
        <source>“%1” is not an email address; it should look like name@example.com.</source>
        <translation>«%1» نشانی ایمیل نیست؛ باید شبیه name@example.com باشد.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as day.month.year, for example 31.12.1990.</source>
        <translation>«%1» تاریخ نیست؛ آن را به شکل روز.ماه.سال بنویسید، مثلاً 31.12.1990.</translation>
    </message>
    <message>
        <source>The birthday %1 cannot be right; check the year.</source>
        <translation>تاریخ تولد %1 نمی‌تواند درست باشد؛ سال را بررسی کنید.</translation>
    </message>
    <message>
        <source>The name is too long; keep it under 200 characters.</source>
        <translation>نام خیلی طولانی است؛ باید کمتر از ۲۰۰ نویسه باشد.</translation>
    </message>
    <message>
        <source>Ask the customer whether the shop may keep their personal data, and tick the box when they agree: without that consent their details cannot be saved.</source>
        <translation>از مشتری بپرسید آیا اجازه می‌دهد فروشگاه اطلاعات شخصی‌اش را نگه دارد، و اگر موافق بود گزینه را تیک بزنید: بدون این رضایت نمی‌توان اطلاعاتش را ذخیره کرد.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>این مشتری دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Write who recorded the consent.</source>
        <translation>بنویسید چه کسی رضایت را ثبت کرده است.</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>The export cannot be written: the file is not open for writing.</source>
        <translation>نوشتن خروجی ممکن نیست: فایل برای نوشتن باز نشده است.</translation>
    </message>
    <message>
        <source>Reading the customers for the export failed: %1</source>
        <translation>خواندن مشتریان برای خروجی گرفتن ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Writing the export failed: %1. Check that the disk is not full and try again.</source>
        <translation>نوشتن خروجی ناموفق بود: %1. بررسی کنید دیسک پر نباشد و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>نوشتن در %1 ممکن نیست: %2. پوشه‌ای را انتخاب کنید که اجازه نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Check that the disk is not full and try again.</source>
        <translation>ذخیره %1 ممکن نیست: %2. بررسی کنید دیسک پر نباشد و دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>Ignore</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>شماره کارت</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>The file is empty. Export the customers from the other program again, with a header line such as: name, phone, card.</source>
        <translation>فایل خالی است. دوباره از برنامه دیگر از مشتریان خروجی بگیرید، با یک سطر عنوان مثل: نام، تلفن، کارت.</translation>
    </message>
    <message>
        <source>“%1” is not a country code Regulars knows; use two letters, such as RU, IR, SA or GB.</source>
        <translation>Regulars کد کشور «%1» را نمی‌شناسد؛ از دو حرف مثل RU، IR، SA یا GB استفاده کنید.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>ستون %1</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both read as %3, so only “%1” is imported. Choose what “%2” holds, or rename it.</source>
        <translation>ستون‌های «%1» و «%2» هر دو «%3» خوانده می‌شوند، بنابراین فقط «%1» وارد می‌شود. مشخص کنید «%2» چه چیزی دارد، یا نامش را عوض کنید.</translation>
    </message>
    <message>
        <source>No column is read as the phone or the card number. Name the columns “phone” and “card”, or choose what each column holds.</source>
        <translation>هیچ ستونی به‌عنوان تلفن یا شماره کارت شناخته نشد. نام ستون‌ها را «تلفن» و «کارت» بگذارید، یا مشخص کنید هر ستون چه چیزی دارد.</translation>
    </message>
    <message>
        <source>customer number %1</source>
        <translation>مشتری شماره %1</translation>
    </message>
    <message>
        <source>This line has %1 cells but the header has %2. A name or note that holds the separator must be put in double quotes.</source>
        <translation>این سطر %1 خانه دارد اما سطر عنوان %2 خانه. نام یا یادداشتی که جداکننده در آن هست باید داخل گیومه دوتایی باشد.</translation>
    </message>
    <message>
        <source>The name is too long; keep it under 200 characters.</source>
        <translation>نام خیلی طولانی است؛ باید کمتر از ۲۰۰ نویسه باشد.</translation>
    </message>
    <message>
        <source>The shop&apos;s country is not set, so “%1” must start with + and the country code. Set the country in Settings, or choose the country of the file.</source>
        <translation>کشور فروشگاه تعیین نشده، بنابراین «%1» باید با + و کد کشور شروع شود. کشور را در تنظیمات تعیین کنید، یا کشور مربوط به فایل را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The phone number %1 is also on line %2.</source>
        <translation>شماره تلفن %1 در سطر %2 هم آمده است.</translation>
    </message>
    <message>
        <source>The phone number %1 already belongs to %2, who is already a customer.</source>
        <translation>شماره تلفن %1 متعلق به %2 است که از قبل مشتری فروشگاه است.</translation>
    </message>
    <message>
        <source>The card %1 is also on line %2.</source>
        <translation>کارت %1 در سطر %2 هم آمده است.</translation>
    </message>
    <message>
        <source>The card %1 already belongs to %2, who is already a customer.</source>
        <translation>کارت %1 متعلق به %2 است که از قبل مشتری فروشگاه است.</translation>
    </message>
    <message>
        <source>This line has neither a phone number nor a card number; give one of them, so the customer can be found again.</source>
        <translation>این سطر نه شماره تلفن دارد نه شماره کارت؛ یکی از آن‌ها را وارد کنید تا بعداً بتوان مشتری را پیدا کرد.</translation>
    </message>
    <message>
        <source>“%1” is not an email address; it should look like name@example.com.</source>
        <translation>«%1» نشانی ایمیل نیست؛ باید شبیه name@example.com باشد.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as day.month.year, for example 31.12.1990, or as 1990-12-31.</source>
        <translation>«%1» تاریخ نیست؛ آن را به شکل روز.ماه.سال بنویسید، مثلاً 31.12.1990، یا به شکل 1990-12-31.</translation>
    </message>
    <message>
        <source>The birthday %1 is in the future; check the year.</source>
        <translation>تاریخ تولد %1 در آینده است؛ سال را بررسی کنید.</translation>
    </message>
    <message>
        <source>The birthday %1 cannot be right; check the year.</source>
        <translation>تاریخ تولد %1 نمی‌تواند درست باشد؛ سال را بررسی کنید.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>هیچ چیز وارد نشد: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the file have problems, so nothing was imported. Fix them and import again, or choose to skip them.</source>
        <translation>
            <numerusform>%Ln سطر از فایل مشکل دارد، به همین دلیل هیچ چیز وارد نشد. آن‌ها را اصلاح کنید و دوباره وارد کنید، یا انتخاب کنید که از آن‌ها صرف‌نظر شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 could not be saved, so nothing was imported: %2</source>
        <translation>سطر %1 ذخیره نشد، به همین دلیل هیچ چیز وارد نشد: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>وارد کردن لغو شد؛ چیزی وارد نشد.</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>&amp;Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Change this customer&apos;s details (F2)</source>
        <translation>ویرایش اطلاعات این مشتری (F2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>اطلاعات تماس</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>تلفن:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>کارت:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>ایمیل:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>نام مستعار:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>تاریخ تولد:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>تاریخ عضویت:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>اطلاعات شخصی:</translation>
    </message>
    <message>
        <source>Offers and news:</source>
        <translation>پیشنهادها و خبرها:</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>هنوز پرسیده نشده</translation>
    </message>
    <message>
        <source>on a signed paper form</source>
        <translation>با فرم کاغذی امضاشده</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>online or by message</source>
        <translation>آنلاین یا با پیامک</translation>
    </message>
    <message>
        <source>Agreed %1, %2, recorded by %3</source>
        <translation>رضایت داده شد: %1، %2، ثبت‌کننده: %3</translation>
    </message>
    <message>
        <source>Refused or withdrawn %1, %2, recorded by %3</source>
        <translation>رضایت داده نشد یا لغو شد: %1، %2، ثبت‌کننده: %3</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>این مشتری دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Archived on %1. Archived customers are hidden from searches.</source>
        <translation>در %1 بایگانی شد. مشتریان بایگانی‌شده در جستجو نمایش داده نمی‌شوند.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>لغو رضایت</translation>
    </message>
    <message>
        <source>Record &amp;agreement</source>
        <translation>ثبت رضایت</translation>
    </message>
    <message>
        <source>The customer no longer wants offers and news; this is recorded.</source>
        <translation>مشتری دیگر پیشنهادها و خبرها را نمی‌خواهد؛ این موضوع ثبت می‌شود.</translation>
    </message>
    <message>
        <source>The customer agreed just now, in person, to receive offers and news.</source>
        <translation>مشتری همین حالا حضوری رضایت داد که پیشنهادها و خبرها را دریافت کند.</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>بایگانی مشتری</translation>
    </message>
    <message>
        <source>Archive %1? They will no longer show in searches; their history is kept and you can restore them at any time.</source>
        <translation>%1 بایگانی شود؟ دیگر در جستجو نمایش داده نمی‌شود؛ سابقه‌اش حفظ می‌شود و هر وقت بخواهید می‌توانید او را بازگردانید.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>باشگاه مشتریان</translation>
    </message>
    <message>
        <source>&amp;Details and consent</source>
        <translation>مشخصات و رضایت</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>کارت %1</translation>
    </message>
    <message>
        <source>&amp;Personal data</source>
        <translation>اطلاعات شخصی</translation>
    </message>
    <message>
        <source>Export everything kept about them…</source>
        <translation>خروجی همه اطلاعات نگهداری‌شده درباره او…</translation>
    </message>
    <message>
        <source>Anonymise… (owner)</source>
        <translation>ناشناس‌سازی… (مالک)</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (nickname)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Archived customer</source>
        <translation>مشتری بایگانی‌شده</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (بایگانی‌شده)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>شماره تلفن</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>شماره کارت</translation>
    </message>
    <message>
        <source>End of phone number</source>
        <translation>رقم‌های آخر تلفن</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>پیدا شده با</translation>
    </message>
</context>
<context>
    <name>CustomerStatement</name>
    <message>
        <source>customer %1</source>
        <translation>مشتری شماره %1</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>پرداخت با امتیاز</translation>
    </message>
    <message>
        <source>Points for a purchase</source>
        <translation>امتیاز خرید</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>امتیاز خوش‌آمدگویی</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>امتیاز تولد</translation>
    </message>
    <message>
        <source>For recommending the shop to %1</source>
        <translation>بابت معرفی فروشگاه به %1</translation>
    </message>
    <message>
        <source>Bonus for joining on %1&apos;s recommendation</source>
        <translation>امتیاز عضویت با معرفی %1</translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation>جایزه: %1</translation>
    </message>
    <message>
        <source>Correction by the shop: %1</source>
        <translation>اصلاح توسط فروشگاه: %1</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>انقضای امتیاز</translation>
    </message>
    <message>
        <source>Refund: points of the purchase taken back</source>
        <translation>مرجوعی: امتیاز خرید پس گرفته شد</translation>
    </message>
    <message>
        <source>Refund: points spent on the purchase returned</source>
        <translation>مرجوعی: امتیاز خرج‌شده در خرید برگردانده شد</translation>
    </message>
    <message>
        <source>Points given to %1</source>
        <translation>امتیاز اهدایی به %1</translation>
    </message>
    <message>
        <source>Points received from %1</source>
        <translation>امتیاز دریافتی از %1</translation>
    </message>
    <message>
        <source>Points statement for %1</source>
        <translation>صورت‌حساب امتیاز %1</translation>
    </message>
    <message>
        <source>Balance: %1 points</source>
        <translation>موجودی: %1 امتیاز</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>بابت</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>موجودی</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>The phone number %1 already belongs to another customer.</source>
        <translation>شماره تلفن %1 قبلاً برای مشتری دیگری ثبت شده است.</translation>
    </message>
    <message>
        <source>The card %1 already belongs to another customer.</source>
        <translation>کارت %1 قبلاً برای مشتری دیگری ثبت شده است.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>این مشتری دیگر وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1. Check the path, or create a demo shop there with: regulars --db %1 demo</source>
        <translation>در %1 پایگاه داده‌ای وجود ندارد. مسیر را بررسی کنید، یا با این فرمان یک فروشگاه نمونه در آن بسازید: regulars --db %1 demo</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database %1. Choose a folder you can write to.</source>
        <translation>ساختن پوشه برای پایگاه داده %1 ممکن نیست. پوشه‌ای را انتخاب کنید که اجازه نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>%1 is not a Regulars database. It was left untouched; choose the right file, or a new file name to start a new shop.</source>
        <translation>%1 پایگاه داده Regulars نیست. به آن دست زده نشد؛ فایل درست را انتخاب کنید، یا برای شروع یک فروشگاه جدید نام فایل تازه‌ای بدهید.</translation>
    </message>
    <message>
        <source>Cannot read %1. Check that your user account may read and write this file.</source>
        <translation>خواندن %1 ممکن نیست. بررسی کنید حساب کاربری شما اجازه خواندن و نوشتن این فایل را داشته باشد.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>باز کردن پایگاه داده %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be used (%2). It was left untouched; restore your latest backup.</source>
        <translation>پایگاه داده %1 آسیب دیده و قابل استفاده نیست (%2). به آن دست زده نشد؛ آخرین نسخه پشتیبان خود را بازگردانی کنید.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Regulars. It was left untouched; choose the right file, or a new file name to start a new shop.</source>
        <translation>%1 پایگاه داده برنامه دیگری است، نه Regulars. به آن دست زده نشد؛ فایل درست را انتخاب کنید، یا برای شروع یک فروشگاه جدید نام فایل تازه‌ای بدهید.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Regulars (database version %2; this program knows up to %3). Install the newer Regulars to open it.</source>
        <translation>پایگاه داده %1 با نسخه جدیدتری از Regulars نوشته شده است (نسخه پایگاه داده %2؛ این برنامه تا %3 را می‌شناسد). برای باز کردن آن، نسخه جدیدتر Regulars را نصب کنید.</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing row of %3.</source>
        <translation>سطر %1 از جدول %2 به سطری از جدول %3 ارجاع می‌دهد که وجود ندارد.</translation>
    </message>
    <message>
        <source>Cannot create the database %1. Choose a folder you can write to.</source>
        <translation>ساختن پایگاه داده %1 ممکن نیست. پوشه‌ای را انتخاب کنید که اجازه نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>The shop&apos;s file %1 is on a network folder (%2). SQLite cannot lock it safely there, and two computers writing it can damage it: keep the file on this computer&apos;s own disk, or move the shop to a PostgreSQL server (regulars migrate) for several tills.</source>
        <translation>فایل فروشگاه %1 در یک پوشه شبکه (%2) است. SQLite نمی‌تواند آن را آنجا با اطمینان قفل کند و اگر دو رایانه در آن بنویسند ممکن است آسیب ببیند: فایل را روی دیسک خود همین رایانه نگه دارید، یا برای چند صندوق، فروشگاه را به یک سرور PostgreSQL منتقل کنید (regulars migrate).</translation>
    </message>
    <message>
        <source>The row is already there.</source>
        <translation>این ردیف از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address Regulars understands. Write it as postgresql://user@host:5432/shop (add ?sslmode=require for a server elsewhere).</source>
        <translation>%1 نشانی PostgreSQL قابل فهم برای Regulars نیست. آن را به شکل postgresql://user@host:5432/shop بنویسید (برای سروری در جای دیگر، ?sslmode=require را اضافه کنید).</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed, so %1 cannot be opened. Install the package libqt6sql6-psql.</source>
        <translation>درایور PostgreSQL کتابخانه Qt نصب نیست، بنابراین %1 باز نمی‌شود. بسته libqt6sql6-psql را نصب کنید.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2</source>
        <translation>اتصال به سرور پایگاه داده %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>The database server %1 refused: %2</source>
        <translation>سرور پایگاه داده %1 نپذیرفت: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not of Regulars. It was left untouched; name an empty database for a new shop.</source>
        <translation>پایگاه داده %1 جدول‌های برنامه دیگری را دارد، نه Regulars. به آن دست زده نشد؛ برای فروشگاه جدید یک پایگاه داده خالی معرفی کنید.</translation>
    </message>
    <message>
        <source>There is no Regulars shop in the database %1 yet. Move one there with: regulars migrate --from FILE.sqlite3 --to %1</source>
        <translation>هنوز هیچ فروشگاه Regulars در پایگاه داده %1 نیست. با این فرمان یکی را به آنجا منتقل کنید: regulars migrate --from FILE.sqlite3 --to %1</translation>
    </message>
    <message>
        <source>No password was given for the database server %1, so the shop was not opened. Type it when asked, or keep it in ~/.pgpass or PGPASSWORD.</source>
        <translation>برای سرور پایگاه داده %1 رمز عبوری داده نشد، بنابراین فروشگاه باز نشد. وقتی پرسیده شد آن را بنویسید، یا آن را در ~/.pgpass یا PGPASSWORD نگه دارید.</translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>A demo shop needs at least one customer.</source>
        <translation>فروشگاه نمونه دست‌کم به یک مشتری نیاز دارد.</translation>
    </message>
    <message>
        <source>Choose the country of the demo shop, such as RU, IR, SA or GB: its customers get phone numbers of that country.</source>
        <translation>کشور فروشگاه نمونه را انتخاب کنید، مثل RU، IR، SA یا GB: مشتریانش شماره تلفن همان کشور را می‌گیرند.</translation>
    </message>
    <message>
        <source>%1 is not a country code Regulars knows; use two letters, such as RU, IR, SA or GB.</source>
        <translation>Regulars کد کشور %1 را نمی‌شناسد؛ از دو حرف مثل RU، IR، SA یا GB استفاده کنید.</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %Ln customer(s). A demo shop is only created in a new, empty database, so it never mixes with real customers.</source>
        <translation>
            <numerusform>این پایگاه داده از قبل %Ln مشتری دارد. فروشگاه نمونه فقط در یک پایگاه داده جدید و خالی ساخته می‌شود تا هیچ‌وقت با مشتریان واقعی مخلوط نشود.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo shop could not be written, so nothing was saved: %1</source>
        <translation>نوشتن فروشگاه نمونه ممکن نشد، به همین دلیل چیزی ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Nothing was painted.</source>
        <translation>چیزی رسم نشد.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>راه‌اندازی چاپگر ممکن نشد.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحه %1 از %2</translation>
    </message>
</context>
<context>
    <name>GrantPointsDialog</name>
    <message>
        <source>Give points</source>
        <translation>دادن امتیاز</translation>
    </message>
    <message>
        <source>an activity, or why the balance is corrected</source>
        <translation>یک فعالیت، یا دلیل اصلاح موجودی</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>امتیاز:</translation>
    </message>
    <message>
        <source>&amp;Give</source>
        <translation>ثبت امتیاز</translation>
    </message>
    <message>
        <source>Owner only: points for a reason that is not in the programme&apos;s list, or taken away, are a correction of the balance.</source>
        <translation>فقط مالک فروشگاه: امتیازی که به دلیلی خارج از فهرست باشگاه داده شود، یا امتیازی که کم شود، اصلاح موجودی به حساب می‌آید.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Regulars guide</source>
        <translation>راهنمای Regulars</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>The page shown before (Alt+Left)</source>
        <translation>صفحه قبلی (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>فهرست مطالب</translation>
    </message>
    <message>
        <source>Every page of the guide</source>
        <translation>همه صفحه‌های راهنما</translation>
    </message>
    <message>
        <source>%1 — Regulars guide</source>
        <comment>page title</comment>
        <translation>%1 — راهنمای Regulars</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Find a customer</source>
        <translation>جستجوی مشتری</translation>
    </message>
    <message>
        <source>Type a phone, card or name in the search box (Ctrl+F)</source>
        <translation>تلفن، کارت یا نام را در کادر جستجو بنویسید (Ctrl+F)</translation>
    </message>
    <message>
        <source>Record a sale</source>
        <translation>ثبت فروش</translation>
    </message>
    <message>
        <source>Find the customer, then record what they bought (F5)</source>
        <translation>مشتری را پیدا کنید، سپس خرید او را ثبت کنید (F5)</translation>
    </message>
    <message>
        <source>Print coupons</source>
        <translation>چاپ کوپن</translation>
    </message>
    <message>
        <source>Coupon campaigns and their printed sheets (Ctrl+Shift+C)</source>
        <translation>کمپین‌های کوپن و برگه‌های چاپی آن‌ها (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>باز کردن گزارش‌ها</translation>
    </message>
    <message>
        <source>Customers coming back, cohorts, the programme (Ctrl+R)</source>
        <translation>بازگشت مشتریان، گروه‌های هم‌دوره، باشگاه مشتریان (Ctrl+R)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Recent customers</source>
        <translation>مشتریان اخیر</translation>
    </message>
    <message>
        <source>Customers opened lately on this computer; Enter or a double click opens one</source>
        <translation>مشتریانی که اخیراً در این رایانه باز شده‌اند؛ با Enter یا دوبار کلیک باز می‌شوند</translation>
    </message>
    <message>
        <source>Customers you open appear here.</source>
        <translation>مشتریانی که باز می‌کنید اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message numerus="yes">
        <source>Points expiring in the next %Ln day(s)</source>
        <translation>
            <numerusform>امتیازهایی که در %Ln روز آینده منقضی می‌شوند</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Expire on</source>
        <translation>تاریخ انقضا</translation>
    </message>
    <message>
        <source>Remind these customers to spend their points; Enter opens one</source>
        <translation>به این مشتریان یادآوری کنید امتیازشان را خرج کنند؛ Enter یکی را باز می‌کند</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>customer name · phone</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Today&apos;s figures could not be read: %1</source>
        <translation>خواندن آمار امروز ممکن نشد: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s), %1 in all</source>
        <translation>
            <numerusform>%Ln فروش، جمعاً %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln مشتری جدید</numerusform>
        </translation>
    </message>
    <message>
        <source>No points expire soon.</source>
        <translation>به‌زودی امتیازی منقضی نمی‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will lose points, %1 in all.</source>
        <translation>
            <numerusform>%Ln مشتری امتیاز از دست می‌دهند، جمعاً %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>وارد کردن مشتریان</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>تشخیص خودکار</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>یونیکد (UTF-8)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>سیریلیک (Windows-1251)</translation>
    </message>
    <message>
        <source>Arabic and Persian (Windows-1256)</source>
        <translation>عربی و فارسی (Windows-1256)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>کدگذاری:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>ویرگول</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>نقطه‌ویرگول</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>جداکننده:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ستون در فایل</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>اولین مقدار</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>وارد شود به‌عنوان</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>&amp;Import all</source>
        <translation>وارد کردن همه</translation>
    </message>
    <message>
        <source>Import only &amp;valid lines</source>
        <translation>فقط سطرهای درست</translation>
    </message>
    <message>
        <source>&amp;Save problem lines…</source>
        <translation>ذخیره سطرهای مشکل‌دار…</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt);;All files (*)</source>
        <translation>فایل‌های CSV و متنی (*.csv *.txt);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نیست: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) ready to import. Nothing is saved until you press Import.</source>
        <translation>
            <numerusform>%Ln مشتری آماده وارد شدن است. تا دکمه وارد کردن را نزنید، چیزی ذخیره نمی‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines with problems: %1. Customers ready: %2. Fix the file and import it again, or import only the valid lines.</source>
        <translation>سطرهای مشکل‌دار: %1. مشتریان آماده: %2. فایل را اصلاح کنید و دوباره وارد کنید، یا فقط سطرهای درست را وارد کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported.</source>
        <translation>
            <numerusform>%Ln مشتری وارد شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation>%1-مشکلات.csv</translation>
    </message>
    <message>
        <source>Save problem lines</source>
        <translation>ذخیره سطرهای مشکل‌دار</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن در %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>در حال وارد کردن مشتریان…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>وارد کردن لغو شد؛ چیزی وارد نشد.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language and region</source>
        <translation>زبان و منطقه</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>The language&apos;s usual calendar</source>
        <translation>تقویم معمول این زبان</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>تقویم:</translation>
    </message>
    <message>
        <source>Write numbers in Arabic or Persian &amp;digits</source>
        <translation>نوشتن اعداد با ارقام عربی یا فارسی</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>امروز:</translation>
    </message>
    <message>
        <source>Changes take effect when Regulars starts again. Any of the three kinds of digits can always be typed.</source>
        <translation>تغییرها از اجرای بعدی Regulars اعمال می‌شوند. هر سه نوع رقم را همیشه می‌توان تایپ کرد.</translation>
    </message>
</context>
<context>
    <name>LapsedCustomersDialog</name>
    <message>
        <source>Customers to anonymise</source>
        <translation>مشتریان برای ناشناس‌سازی</translation>
    </message>
    <message>
        <source>off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سال</translation>
    </message>
    <message>
        <source>Keep the details of customers who bought in the last:</source>
        <translation>اطلاعات مشتریانی که در این مدت خرید کرده‌اند نگه داشته شود:</translation>
    </message>
    <message>
        <source>&amp;Anonymise the ticked customers</source>
        <translation>ناشناس‌سازی مشتریان علامت‌خورده</translation>
    </message>
    <message>
        <source>last purchase %1</source>
        <translation>آخرین خرید %1</translation>
    </message>
    <message>
        <source>never bought; enrolled %1</source>
        <translation>هرگز خرید نکرده؛ عضویت %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>customer name — last purchase</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The retention rule is off: set a number of years to list customers.</source>
        <translation>قانون نگهداری اطلاعات خاموش است: برای نمایش مشتریان، تعداد سال را تعیین کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) have not bought for %1 years or more. Their contact details can be erased; their purchases and points stay, anonymous.</source>
        <translation>
            <numerusform>%Ln مشتری %1 سال یا بیشتر است که خرید نکرده‌اند. می‌توان اطلاعات تماس آن‌ها را پاک کرد؛ خریدها و امتیازهایشان به‌صورت ناشناس باقی می‌ماند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the contact details of %Ln customer(s) for good? Their purchases and points stay, anonymous. This cannot be undone.</source>
        <translation>
            <numerusform>اطلاعات تماس %Ln مشتری برای همیشه پاک شود؟ خریدها و امتیازهایشان به‌صورت ناشناس باقی می‌ماند. این کار برگشت‌پذیر نیست.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>ناشناس‌سازی</translation>
    </message>
</context>
<context>
    <name>LoyaltyCommands</name>
    <message>
        <source>There is no customer number %1.</source>
        <translation>مشتری شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>No customer matches “%1”. Try a phone number, a card number or id:N.</source>
        <translation>هیچ مشتری‌ای با «%1» پیدا نشد. شماره تلفن، شماره کارت یا id:N را امتحان کنید.</translation>
    </message>
    <message>
        <source>“%1” matches several customers; give their phone, card or id:N:</source>
        <translation>«%1» با چند مشتری مطابقت دارد؛ تلفن، کارت یا id:N مشتری موردنظر را بدهید:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>%Ln مشکل پیدا شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>هیچ مشکلی پیدا نشد.</translation>
    </message>
    <message>
        <source>Use: regulars program export FILE.json | program import FILE.json</source>
        <translation>کاربرد: regulars program export FILE.json | program import FILE.json</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن در %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>Programme written to %1.</source>
        <translation>قوانین باشگاه در %1 نوشته شد.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>%1 is not a programme file: %2 at character %3. Nothing was changed.</source>
        <translation>%1 فایل قوانین باشگاه نیست: %2 در نویسه %3. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Programme imported from %1.</source>
        <translation>قوانین باشگاه از %1 وارد شد.</translation>
    </message>
    <message>
        <source>--redeem takes a whole number of points.</source>
        <translation>مقدار --redeem باید تعداد امتیاز و یک عدد صحیح باشد.</translation>
    </message>
    <message>
        <source>--at takes a date and time like 2026-11-23T14:30:00Z.</source>
        <translation>مقدار --at باید تاریخ و ساعتی مثل 2026-11-23T14:30:00Z باشد.</translation>
    </message>
    <message>
        <source>Use: regulars refund --ref R [--till T] [--amount A]</source>
        <translation>کاربرد: regulars refund --ref R [--till T] [--amount A]</translation>
    </message>
    <message>
        <source>Type the amount to refund; it must be above zero.</source>
        <translation>مبلغ مرجوعی را بنویسید؛ باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>Use: regulars balance QUERY</source>
        <translation>کاربرد: regulars balance QUERY</translation>
    </message>
    <message>
        <source>Use: regulars points grant QUERY N --reason TEXT</source>
        <translation>کاربرد: regulars points grant QUERY N --reason TEXT</translation>
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
        <translation>  sale --customer QUERY --amount 12.50 [--redeem N] [--ref R] [--till T] [--at ISO-8601]
          [--coupon CODE]
      ثبت فروش؛ امتیاز کسب‌شده، امتیاز خرج‌شده، تخفیف، موجودی، سطح، مهرها و بن‌ها را به‌صورت JSON چاپ می‌کند؛
      کوپن همراه فروش استفاده می‌شود و مبلغ پرداختی را کم می‌کند (در فروش ردشده هرگز استفاده نمی‌شود)؛
      همان --ref در همان صندوق، پاسخ اول را دوباره چاپ می‌کند و چیزی را تغییر نمی‌دهد
  refund --ref R [--till T] [--amount A]
      مرجوع کردن تمام یا بخشی از یک فروش، با پس گرفتن امتیازهای آن به همان نسبت
  balance QUERY
      موجودی مشتری، امتیازهای رو به انقضا به تفکیک ماه، سطح و مهرها، به‌صورت JSON
  points grant QUERY N --reason TEXT
      دادن امتیاز برای یک فعالیت (دلیلی که در باشگاه مشتریان تعریف نشده، اصلاحیه مالک است)
  program export FILE.json | program import FILE.json
      همه قوانین باشگاه مشتریان؛ اگر در وارد کردن مقداری نادرست باشد، نام آن گفته می‌شود و چیزی تغییر نمی‌کند
  check
      بررسی دفتر امتیاز، موجودی‌ها، کارت‌های مهر و فایل پایگاه داده؛ در صورت هر مشکل، کد خروج 1
</translation>
    </message>
    <message>
        <source>Use: regulars sale --customer QUERY --amount 12.50 [--redeem N] [--ref R] [--till T] [--at ISO-8601] [--coupon CODE]</source>
        <translation>کاربرد: regulars sale --customer QUERY --amount 12.50 [--redeem N] [--ref R] [--till T] [--at ISO-8601] [--coupon CODE]</translation>
    </message>
</context>
<context>
    <name>LoyaltyLedger</name>
    <message>
        <source>Type the amount of the sale; it must be above zero.</source>
        <translation>مبلغ فروش را بنویسید؛ باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>مشتری شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 is archived. Restore the customer before recording a sale.</source>
        <translation>%1 بایگانی شده است. پیش از ثبت فروش، مشتری را بازگردانی کنید.</translation>
    </message>
    <message>
        <source>The points to spend cannot be below zero.</source>
        <translation>تعداد امتیازی که خرج می‌شود نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Could not make a unique voucher code.</source>
        <translation>ساختن کد یکتا برای بن ممکن نشد.</translation>
    </message>
    <message>
        <source>No sale %1 was recorded at till %2. Check the receipt&apos;s reference.</source>
        <translation>هیچ فروشی با شماره %1 در صندوق %2 ثبت نشده است. شماره مرجع رسید را بررسی کنید.</translation>
    </message>
    <message>
        <source>Sale %1 has already been refunded in full.</source>
        <translation>فروش %1 قبلاً به‌طور کامل مرجوع شده است.</translation>
    </message>
    <message>
        <source>At most %1 of sale %2 can still be refunded.</source>
        <translation>از فروش %2 حداکثر %1 هنوز قابل مرجوع شدن است.</translation>
    </message>
    <message>
        <source>Say why the points are given, for example the activity.</source>
        <translation>بنویسید امتیاز بابت چه چیزی داده می‌شود، مثلاً نام فعالیت.</translation>
    </message>
    <message>
        <source>Give a number of points other than zero.</source>
        <translation>تعداد امتیاز باید عددی غیر از صفر باشد.</translation>
    </message>
    <message>
        <source>Say why the balance is corrected.</source>
        <translation>بنویسید موجودی به چه دلیل اصلاح می‌شود.</translation>
    </message>
    <message>
        <source>Give a number of points above zero.</source>
        <translation>تعداد امتیاز باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>A customer cannot give points to themselves.</source>
        <translation>مشتری نمی‌تواند به خودش امتیاز بدهد.</translation>
    </message>
    <message>
        <source>Points can be given only to the causes and customers the owner lists in the programme settings.</source>
        <translation>امتیاز را فقط می‌توان به خیریه‌ها و مشتریانی داد که مالک فروشگاه در تنظیمات باشگاه مشخص کرده است.</translation>
    </message>
    <message>
        <source>Both customers must exist.</source>
        <translation>هر دو مشتری باید وجود داشته باشند.</translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation>مشتری نمی‌تواند خودش را معرفی کند.</translation>
    </message>
    <message>
        <source>%1 was referred by %2; two customers cannot refer each other.</source>
        <translation>%1 را %2 معرفی کرده است؛ دو مشتری نمی‌توانند یکدیگر را معرفی کنند.</translation>
    </message>
    <message>
        <source>%1 is already recorded as referred by someone.</source>
        <translation>برای %1 قبلاً معرف ثبت شده است.</translation>
    </message>
    <message>
        <source>%1 is not one of the shop&apos;s stamp cards; their numbers start with %2.</source>
        <translation>%1 از کارت‌های مهر این فروشگاه نیست؛ شماره کارت‌های مهر فروشگاه با %2 شروع می‌شود.</translation>
    </message>
    <message>
        <source>Stamp card %1 already belongs to another customer.</source>
        <translation>کارت مهر %1 قبلاً برای مشتری دیگری ثبت شده است.</translation>
    </message>
    <message>
        <source>%1 is not a voucher of this shop.</source>
        <translation>%1 بن این فروشگاه نیست.</translation>
    </message>
    <message>
        <source>Voucher %1 was already used on %2 at till %3 by %4.</source>
        <translation>بن %1 قبلاً در تاریخ %2 در صندوق %3 توسط %4 استفاده شده است.</translation>
    </message>
    <message>
        <source>Voucher %1 expired on %2.</source>
        <translation>اعتبار بن %1 در تاریخ %2 تمام شده است.</translation>
    </message>
    <message>
        <source>Voucher %1 was used a moment ago at another till.</source>
        <translation>بن %1 همین چند لحظه پیش در صندوق دیگری استفاده شد.</translation>
    </message>
    <message>
        <source>Ledger entry %1 draws on entry %2, which is not a lot of the same customer.</source>
        <translation>ردیف %1 دفتر امتیاز از ردیف %2 برداشت می‌کند، که جزو امتیازهای همان مشتری نیست.</translation>
    </message>
    <message>
        <source>Ledger entry %1 takes %2 points from entry %3, which had only %4 left.</source>
        <translation>ردیف %1 دفتر امتیاز %2 امتیاز از ردیف %3 برمی‌دارد، در حالی که فقط %4 امتیاز در آن مانده بود.</translation>
    </message>
    <message>
        <source>Customer %1: the stored balance is %2 but the ledger adds up to %3.</source>
        <translation>مشتری %1: موجودی ذخیره‌شده %2 است، اما جمع دفتر امتیاز %3 می‌شود.</translation>
    </message>
    <message>
        <source>Customer %1 has a balance below zero (%2), which the programme does not allow.</source>
        <translation>موجودی مشتری %1 منفی است (%2)، در حالی که قوانین باشگاه اجازه آن را نمی‌دهد.</translation>
    </message>
    <message>
        <source>Customer %1: the stored balance is %2 but the customer has no ledger entries.</source>
        <translation>مشتری %1: موجودی ذخیره‌شده %2 است، اما این مشتری هیچ ردیفی در دفتر امتیاز ندارد.</translation>
    </message>
    <message>
        <source>Entry %1: %2 points should be left to spend, but the stored figure is %3.</source>
        <translation>ردیف %1: باید %2 امتیاز قابل خرج باقی مانده باشد، اما عدد ذخیره‌شده %3 است.</translation>
    </message>
    <message>
        <source>Entry %1 is stored as having %2 points left, but the ledger has none left on it.</source>
        <translation>برای ردیف %1، مانده %2 امتیاز ذخیره شده است، اما طبق دفتر امتیاز چیزی از آن باقی نمانده است.</translation>
    </message>
    <message>
        <source>Sale %1: the points it says were spent differ from its ledger entries.</source>
        <translation>فروش %1: امتیاز خرج‌شده‌ای که برای آن ثبت شده با ردیف‌های آن در دفتر امتیاز یکی نیست.</translation>
    </message>
    <message>
        <source>Stamp card %1: its stamp count differs from its stamp entries.</source>
        <translation>کارت مهر %1: تعداد مهرهای آن با مهرهای ثبت‌شده‌اش یکی نیست.</translation>
    </message>
    <message>
        <source>Points can be spent from a balance of %L1; this customer has %L2.</source>
        <translation>امتیاز را از موجودی %L1 به بالا می‌توان خرج کرد؛ موجودی این مشتری %L2 است.</translation>
    </message>
    <message>
        <source>At most %L1 points can pay this sale (%2).</source>
        <translation>برای پرداخت این فروش حداکثر %L1 امتیاز (%2) می‌توان خرج کرد.</translation>
    </message>
    <message>
        <source>The customer does not have %L1 points to spend.</source>
        <translation>مشتری %L1 امتیاز برای خرج کردن ندارد.</translation>
    </message>
    <message>
        <source>The customer has %L1 points; taking %L2 would leave the balance below zero, which the programme does not allow.</source>
        <translation>مشتری %L1 امتیاز دارد؛ کم کردن %L2 امتیاز موجودی را منفی می‌کند و قوانین باشگاه اجازه آن را نمی‌دهد.</translation>
    </message>
    <message>
        <source>The customer has only %L1 points to give.</source>
        <translation>مشتری فقط %L1 امتیاز برای اهدا دارد.</translation>
    </message>
    <message>
        <source>Till %1 has already recorded a sale with the reference %2.</source>
        <translation>صندوق %1 قبلاً فروشی با شماره مرجع %2 ثبت کرده است.</translation>
    </message>
</context>
<context>
    <name>LoyaltyPanel</name>
    <message>
        <source>Expiring:</source>
        <translation>در آستانه انقضا:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>سطح:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>تخفیف:</translation>
    </message>
    <message>
        <source>Stamps:</source>
        <translation>مهرها:</translation>
    </message>
    <message>
        <source>Vouchers:</source>
        <translation>بن‌ها:</translation>
    </message>
    <message>
        <source>Purchases:</source>
        <translation>خریدها:</translation>
    </message>
    <message>
        <source>&amp;Sale…</source>
        <translation>فروش…</translation>
    </message>
    <message>
        <source>Record a sale for this customer: amount, points to spend, what it earns (F5)</source>
        <translation>ثبت فروش برای این مشتری: مبلغ، امتیازی که خرج می‌شود و امتیازی که کسب می‌شود (F5)</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>مرجوعی…</translation>
    </message>
    <message>
        <source>Refund all or part of a sale; its points follow</source>
        <translation>مرجوع کردن تمام یا بخشی از یک فروش؛ امتیازهای آن هم به همان نسبت اصلاح می‌شود</translation>
    </message>
    <message>
        <source>Give &amp;points…</source>
        <translation>دادن امتیاز…</translation>
    </message>
    <message>
        <source>Points for an activity the programme lists; corrections are for the owner</source>
        <translation>امتیاز برای فعالیت‌هایی که در باشگاه تعریف شده‌اند؛ اصلاح موجودی فقط با مالک فروشگاه است</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>بیشتر</translation>
    </message>
    <message>
        <source>Register a paper &amp;stamp card…</source>
        <translation>ثبت کارت مهر کاغذی…</translation>
    </message>
    <message>
        <source>Recommended &amp;by…</source>
        <translation>ثبت معرف…</translation>
    </message>
    <message>
        <source>&amp;Donate points…</source>
        <translation>اهدای امتیاز…</translation>
    </message>
    <message>
        <source>&amp;Print statement…</source>
        <translation>چاپ صورت‌حساب…</translation>
    </message>
    <message>
        <source>&amp;Export statement as CSV…</source>
        <translation>خروجی CSV از صورت‌حساب…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s), worth %1</source>
        <translation>
            <numerusform>%Ln امتیاز، به ارزش %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) on %1</source>
        <translation>
            <numerusform>%Ln امتیاز در %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the highest</source>
        <translation>%1 (بالاترین سطح)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %2 more within %Ln month(s) reaches %3</source>
        <translation>
            <numerusform>%1؛ با %2 خرید بیشتر در %Ln ماه به %3 می‌رسد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>%1: %2, until %3</source>
        <translation>%1: %2، تا %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No purchases recorded yet.</source>
        <translation>هنوز خریدی ثبت نشده است.</translation>
    </message>
    <message>
        <source>The last on %1.</source>
        <translation>آخرین خرید: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sale recorded: %Ln point(s) earned, balance %1.</source>
        <translation>
            <numerusform>فروش ثبت شد: %Ln امتیاز کسب شد، موجودی %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The stamp card is full: give the customer voucher %2.</source>
        <translation>%1 کارت مهر پر شد: بن %2 را به مشتری بدهید.</translation>
    </message>
    <message>
        <source>Paper stamp card</source>
        <translation>کارت مهر کاغذی</translation>
    </message>
    <message>
        <source>Scan or type the number printed on the stamp card:</source>
        <translation>شماره چاپ‌شده روی کارت مهر را اسکن کنید یا بنویسید:</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>معرف</translation>
    </message>
    <message>
        <source>Phone or card of the customer who recommended the shop:</source>
        <translation>تلفن یا شماره کارت مشتری‌ای که فروشگاه را معرفی کرده است:</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>هیچ مشتری‌ای با «%1» پیدا نشد.</translation>
    </message>
    <message>
        <source>“%1” matches several customers; type their phone or card.</source>
        <translation>«%1» با چند مشتری مطابقت دارد؛ تلفن یا شماره کارت مشتری موردنظر را بنویسید.</translation>
    </message>
    <message>
        <source>Recorded: recommended by %1. Both get their points with this customer&apos;s first purchase.</source>
        <translation>ثبت شد: معرف %1 است. هر دو نفر با اولین خرید این مشتری امتیازشان را می‌گیرند.</translation>
    </message>
    <message>
        <source>Donate points</source>
        <translation>اهدای امتیاز</translation>
    </message>
    <message>
        <source>The programme lists nobody to donate points to. The owner can add causes in the programme settings.</source>
        <translation>در باشگاه مشتریان کسی برای اهدای امتیاز تعریف نشده است. مالک فروشگاه می‌تواند در تنظیمات باشگاه، خیریه‌ها را اضافه کند.</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>مشتری شماره %1</translation>
    </message>
    <message>
        <source>Give points to:</source>
        <translation>اهدای امتیاز به:</translation>
    </message>
    <message>
        <source>How many points?</source>
        <translation>چند امتیاز؟</translation>
    </message>
    <message>
        <source>Print statement</source>
        <translation>چاپ صورت‌حساب</translation>
    </message>
    <message>
        <source>statement-%1.csv</source>
        <translation>صورت‌حساب-%1.csv</translation>
    </message>
    <message>
        <source>Export statement</source>
        <translation>خروجی گرفتن از صورت‌حساب</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن در %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>%1 %L2 of %L3</source>
        <translation>%1 %L2 از %L3</translation>
    </message>
    <message>
        <source>Refund recorded: %L1 points taken back, %L2 returned; balance %L3.</source>
        <translation>مرجوعی ثبت شد: %L1 امتیاز پس گرفته شد و %L2 امتیاز برگردانده شد؛ موجودی %L3.</translation>
    </message>
    <message>
        <source>%1 %L2 points had already been spent and could not be taken back.</source>
        <translation>%1 %L2 امتیاز قبلاً خرج شده بود و پس گرفته نشد.</translation>
    </message>
    <message>
        <source>Points recorded; balance %L1.</source>
        <translation>امتیاز ثبت شد؛ موجودی %L1.</translation>
    </message>
    <message numerus="yes">
        <source>Stamp card %1 now belongs to this customer; it has %Ln stamp(s).</source>
        <translation>
            <numerusform>کارت مهر %1 اکنون متعلق به این مشتری است و %Ln مهر دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 points given to %2.</source>
        <translation>%L1 امتیاز به %2 اهدا شد.</translation>
    </message>
    <message>
        <source>Print membership &amp;card…</source>
        <translation>چاپ کارت عضویت…</translation>
    </message>
    <message>
        <source>Print &amp;consent form…</source>
        <translation>چاپ فرم رضایت…</translation>
    </message>
    <message>
        <source>Print &amp;receipt slip of the last sale…</source>
        <translation>چاپ رسید آخرین فروش…</translation>
    </message>
    <message>
        <source>Receipt slip</source>
        <translation>رسید فروش</translation>
    </message>
    <message>
        <source>This customer has no sales yet.</source>
        <translation>این مشتری هنوز هیچ فروشی ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>The server went away: the sale is kept on this till (about %Ln point(s) earned) and sent when the server is back.</source>
        <translation>
            <numerusform>ارتباط با سرور قطع شد: فروش روی همین صندوق نگه داشته می‌شود (حدود %Ln امتیاز کسب‌شده) و وقتی سرور برگشت ارسال می‌شود.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoyaltyProgramme</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>use true or false</source>
        <translation>از true یا false استفاده کنید</translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2</source>
        <translation>یک عدد صحیح از %1 تا %2 بنویسید</translation>
    </message>
    <message>
        <source>use a percentage from 0 to 100 with at most two decimals</source>
        <translation>درصدی از 0 تا 100 با حداکثر دو رقم اعشار بنویسید</translation>
    </message>
    <message>
        <source>use text in quotes</source>
        <translation>متن را داخل گیومه دوتایی بنویسید</translation>
    </message>
    <message>
        <source>use an object { … }</source>
        <translation>از یک شیء { … } استفاده کنید</translation>
    </message>
    <message>
        <source>use a list [ … ]</source>
        <translation>از یک فهرست [ … ] استفاده کنید</translation>
    </message>
    <message>
        <source>not a setting Regulars knows; check its spelling</source>
        <translation>Regulars چنین تنظیمی را نمی‌شناسد؛ املای آن را بررسی کنید</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>نقره‌ای</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>طلایی</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>پلاتینی</translation>
    </message>
    <message>
        <source>A free item</source>
        <translation>یک کالای رایگان</translation>
    </message>
    <message>
        <source>Survey answered</source>
        <translation>شرکت در نظرسنجی</translation>
    </message>
    <message>
        <source>Review written</source>
        <translation>ثبت نظر</translation>
    </message>
    <message>
        <source>Event attended</source>
        <translation>شرکت در رویداد</translation>
    </message>
    <message>
        <source>use &quot;enrolment&quot; or &quot;first_purchase&quot;</source>
        <translation>از &quot;enrolment&quot; یا &quot;first_purchase&quot; استفاده کنید</translation>
    </message>
    <message>
        <source>use a date like 2027-03-31, or &quot;&quot; for no end</source>
        <translation>تاریخی مثل 2027-03-31 بنویسید، یا برای بدون پایان از &quot;&quot; استفاده کنید</translation>
    </message>
    <message>
        <source>use &quot;none&quot;, &quot;fixed&quot; or &quot;cumulative&quot;</source>
        <translation>از &quot;none&quot;، &quot;fixed&quot; یا &quot;cumulative&quot; استفاده کنید</translation>
    </message>
    <message>
        <source>use a customer number</source>
        <translation>یک شماره مشتری بنویسید</translation>
    </message>
    <message>
        <source>each threshold must be above the one before</source>
        <translation>هر آستانه باید از آستانه قبلی بیشتر باشد</translation>
    </message>
    <message>
        <source>give every tier a name</source>
        <translation>برای هر سطح یک نام بنویسید</translation>
    </message>
    <message>
        <source>each tier must need more spend than the one before</source>
        <translation>هر سطح باید به خرید بیشتری از سطح قبلی نیاز داشته باشد</translation>
    </message>
    <message>
        <source>tiers are on but none is defined</source>
        <translation>سطح‌بندی فعال است اما هیچ سطحی تعریف نشده است</translation>
    </message>
    <message>
        <source>say what a full stamp card gives</source>
        <translation>بنویسید کارت مهر پر چه جایزه‌ای دارد</translation>
    </message>
    <message>
        <source>give every activity a name</source>
        <translation>برای هر فعالیت یک نام بنویسید</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <source>Find a customer: phone, last 4 digits, card or name</source>
        <translation>جستجوی مشتری: تلفن، ۴ رقم آخر، کارت یا نام</translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation>نمایش بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <source>Type a phone number, the last digits of one, a card number or a name.
Enter opens the customer; the arrow keys move through the list;
Ctrl+N adds a new customer.</source>
        <translation>شماره تلفن، چند رقم آخر آن، شماره کارت یا نام را بنویسید.
کلید Enter صفحه مشتری را باز می‌کند؛ با کلیدهای جهت‌نما در فهرست جابه‌جا شوید؛
Ctrl+N مشتری جدید اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Shop database: %1</source>
        <translation>پایگاه داده فروشگاه: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>جستجوی مشتری</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>مشتری جدید…</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>وارد کردن مشتریان…</translation>
    </message>
    <message>
        <source>&amp;Export customers…</source>
        <translation>خروجی گرفتن از مشتریان…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>&amp;About Regulars</source>
        <translation>درباره Regulars</translation>
    </message>
    <message>
        <source>About Regulars</source>
        <translation>درباره Regulars</translation>
    </message>
    <message>
        <source>Regulars %1
A loyalty programme for your shop that keeps your regular customers coming back.</source>
        <translation>Regulars %1
باشگاه مشتریان فروشگاه شما، تا مشتریان ثابت باز هم و باز هم برگردند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%Ln مشتری پیدا شد. Enter مشتری انتخاب‌شده را باز می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody with this number yet. Press Enter to add a new customer with it.</source>
        <translation>هنوز کسی با این شماره ثبت نشده. Enter را بزنید تا مشتری جدیدی با این شماره اضافه شود.</translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to add a new customer.</source>
        <translation>کسی پیدا نشد. برای افزودن مشتری جدید Ctrl+N را بزنید.</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>مشتریان.csv</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>خروجی گرفتن از مشتریان</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) exported to %1</source>
        <translation>
            <numerusform>از %Ln مشتری در %1 خروجی گرفته شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop &amp;settings…</source>
        <translation>تنظیمات فروشگاه…</translation>
    </message>
    <message>
        <source>%1 — Regulars</source>
        <comment>shop name</comment>
        <translation>%1 — Regulars</translation>
    </message>
    <message>
        <source>Expiring points could not be written off: %1</source>
        <translation>کسر امتیازهای منقضی‌شده از موجودی ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Loyalty &amp;programme… (owner)</source>
        <translation>باشگاه مشتریان… (مالک)</translation>
    </message>
    <message>
        <source>Points, expiry, discount card, tiers, stamp card, referrals (owner only)</source>
        <translation>امتیاز، انقضا، کارت تخفیف، سطح‌ها، کارت مهر، معرفی (فقط مالک فروشگاه)</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>امتیاز خوش‌آمدگویی</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>بن</translation>
    </message>
    <message>
        <source>Voucher %1 gives: %2.
Use it now, with this purchase?</source>
        <translation>بن %1 شامل: %2.
همین حالا برای این خرید از آن استفاده شود؟</translation>
    </message>
    <message>
        <source>Use the voucher</source>
        <translation>استفاده از بن</translation>
    </message>
    <message>
        <source>Voucher %1 used: %2.</source>
        <translation>از بن %1 استفاده شد: %2.</translation>
    </message>
    <message>
        <source>&amp;Barcode scanners…</source>
        <translation>بارکدخوان‌ها…</translation>
    </message>
    <message>
        <source>Scanner connected</source>
        <translation>بارکدخوان وصل است</translation>
    </message>
    <message>
        <source>Scanner port in use by another program</source>
        <translation>پورت بارکدخوان در اختیار برنامه دیگری است</translation>
    </message>
    <message>
        <source>No permission to read the scanner port</source>
        <translation>اجازه خواندن پورت بارکدخوان وجود ندارد</translation>
    </message>
    <message>
        <source>Scanner disconnected</source>
        <translation>بارکدخوان قطع است</translation>
    </message>
    <message>
        <source>Scanned %1: it is used when this dialog closes.</source>
        <translation>%1 اسکن شد: پس از بسته شدن این پنجره به کار می‌رود.</translation>
    </message>
    <message>
        <source>Card %1 scanned.</source>
        <translation>کارت %1 اسکن شد.</translation>
    </message>
    <message>
        <source>Stamp card</source>
        <translation>کارت مهر</translation>
    </message>
    <message>
        <source>Stamp card %1 is not registered in Regulars.</source>
        <translation>کارت مهر %1 در Regulars ثبت نشده است.</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>کد ناشناخته</translation>
    </message>
    <message>
        <source>Unknown code %1. It has the form of a coupon or voucher, but no coupon or voucher of this shop has this code.</source>
        <translation>کد ناشناخته %1. این کد شکل کد کوپن یا بن را دارد، اما هیچ کوپن یا بنی در این فروشگاه با این کد وجود ندارد.</translation>
    </message>
    <message>
        <source>Scanned %1: not a card, coupon or phone number Regulars knows.</source>
        <translation>%1 اسکن شد: Regulars آن را به‌عنوان کارت، کوپن یا شماره تلفن نمی‌شناسد.</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>این مشتری</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>کارت جدید</translation>
    </message>
    <message>
        <source>New card %1. Give it to %2?</source>
        <translation>کارت جدید %1. به %2 داده شود؟</translation>
    </message>
    <message>
        <source>Give the card to %1</source>
        <translation>دادن کارت به %1</translation>
    </message>
    <message>
        <source>Card %1 given to %2.</source>
        <translation>کارت %1 به %2 داده شد.</translation>
    </message>
    <message>
        <source>New card %1: nobody has it yet. Give it to a customer: create a new one with it, or open the customer who should get it and scan the card again.</source>
        <translation>کارت جدید %1: هنوز به کسی داده نشده است. آن را به یک مشتری بدهید: با این کارت مشتری جدیدی بسازید، یا صفحه مشتری‌ای را که باید آن را بگیرد باز کنید و کارت را دوباره اسکن کنید.</translation>
    </message>
    <message>
        <source>New customer with this card…</source>
        <translation>مشتری جدید با این کارت…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>&amp;Customers coming back…</source>
        <translation>بازگشت مشتریان…</translation>
    </message>
    <message>
        <source>Coupon %1 redeemed: %2.</source>
        <translation>از کوپن %1 استفاده شد: %2.</translation>
    </message>
    <message>
        <source>&amp;Coupons…</source>
        <translation>کوپن‌ها…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>Back to the home page (Esc)</source>
        <translation>بازگشت به صفحه خانه (Esc)</translation>
    </message>
    <message>
        <source>Record a sale</source>
        <translation>ثبت فروش</translation>
    </message>
    <message>
        <source>Whose sale? Their phone, card or name:</source>
        <translation>فروش برای چه کسی؟ تلفن، کارت یا نام او:</translation>
    </message>
    <message>
        <source>Nobody found for the sale. Add the customer with Ctrl+N.</source>
        <translation>کسی برای این فروش پیدا نشد. مشتری را با Ctrl+N اضافه کنید.</translation>
    </message>
    <message>
        <source>Several customers match: open the right one, then press F5.</source>
        <translation>چند مشتری پیدا شد: مشتری درست را باز کنید، سپس F5 را بزنید.</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>Back to the home page: today&apos;s figures and the daily moments (Esc)</source>
        <translation>بازگشت به صفحه خانه: آمار امروز و کارهای روزانه (Esc)</translation>
    </message>
    <message>
        <source>Record a &amp;sale…</source>
        <translation>ثبت فروش…</translation>
    </message>
    <message>
        <source>Export customers for &amp;marketing…</source>
        <translation>خروجی مشتریان برای بازاریابی…</translation>
    </message>
    <message>
        <source>Only customers whose consent to offers is in force</source>
        <translation>فقط مشتریانی که رضایتشان برای دریافت پیشنهادها معتبر است</translation>
    </message>
    <message>
        <source>Customers to &amp;anonymise… (owner)</source>
        <translation>مشتریان برای ناشناس‌سازی… (مالک)</translation>
    </message>
    <message>
        <source>Set &amp;up the shop…</source>
        <translation>راه‌اندازی فروشگاه…</translation>
    </message>
    <message>
        <source>The first-start guide again: shop, programme, scanner, customers; nothing is deleted</source>
        <translation>دوباره راهنمای شروع: فروشگاه، باشگاه مشتریان، بارکدخوان، مشتریان؛ چیزی پاک نمی‌شود</translation>
    </message>
    <message>
        <source>&amp;Language and region…</source>
        <translation>زبان و منطقه…</translation>
    </message>
    <message>
        <source>People who sign &amp;in…</source>
        <translation>کاربران برنامه…</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>سابقه تغییرات…</translation>
    </message>
    <message>
        <source>&amp;Lock / switch user</source>
        <translation>قفل / تعویض کاربر</translation>
    </message>
    <message>
        <source>Print new &amp;membership cards…</source>
        <translation>چاپ کارت‌های عضویت جدید…</translation>
    </message>
    <message>
        <source>Print new s&amp;tamp cards…</source>
        <translation>چاپ کارت‌های مهر جدید…</translation>
    </message>
    <message>
        <source>Back&amp;ups</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>Regulars &amp;guide</source>
        <translation>راهنمای Regulars</translation>
    </message>
    <message>
        <source>customers-marketing.csv</source>
        <translation>customers-marketing.csv</translation>
    </message>
    <message>
        <source>Owner only</source>
        <translation>فقط مالک</translation>
    </message>
    <message>
        <source>The new language and region settings take effect when Regulars starts again.</source>
        <translation>تنظیمات جدید زبان و منطقه از اجرای بعدی Regulars اعمال می‌شوند.</translation>
    </message>
    <message>
        <source>S&amp;hops and tills…</source>
        <translation>فروشگاه‌ها و صندوق‌ها…</translation>
    </message>
    <message>
        <source>%1, %2 — Regulars</source>
        <comment>chain name, shop name</comment>
        <translation>%1، %2 — Regulars</translation>
    </message>
</context>
<context>
    <name>MigrateCommands</name>
    <message>
        <source>  migrate --from FILE.sqlite3 --to postgresql://user@host:5432/shop
      copy a whole shop into an empty database on a server, then check it there;
      refuses a target that already holds a shop
</source>
        <translation>  migrate --from FILE.sqlite3 --to postgresql://user@host:5432/shop
      کل فروشگاه را در یک پایگاه داده خالی روی سرور کپی می‌کند و سپس آن را همانجا بررسی می‌کند؛
      مقصدی را که از قبل فروشگاهی در آن است نمی‌پذیرد
</translation>
    </message>
    <message>
        <source>Use: regulars migrate --from FILE.sqlite3 --to postgresql://user@host:5432/shop</source>
        <translation>کاربرد: regulars migrate --from FILE.sqlite3 --to postgresql://user@host:5432/shop</translation>
    </message>
    <message>
        <source>--from takes the shop&apos;s SQLite file.</source>
        <translation>مقدار --from باید فایل SQLite فروشگاه باشد.</translation>
    </message>
    <message>
        <source>%1 already exists, and nothing was copied: a copy never overwrites.</source>
        <translation>%1 از قبل وجود دارد و چیزی کپی نشد: کپی هرگز چیزی را بازنویسی نمی‌کند.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln ردیف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy in %1 has %Ln problem(s); the file %2 is unchanged.</source>
        <translation>
            <numerusform>کپی در %1 دارای %Ln مشکل است؛ فایل %2 تغییری نکرده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop was copied to %1 and checked: no problems found. Point every till at it with --db %1.</source>
        <translation>فروشگاه در %1 کپی و بررسی شد: مشکلی پیدا نشد. همه صندوق‌ها را با --db %1 به آن وصل کنید.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>به‌روزرسانی پایگاه داده به نسخه %1 ناموفق بود: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not an amount. Type digits only, for example 12.50.</source>
        <translation>«%1» مبلغ نیست. فقط رقم بنویسید، مثلاً 12.50.</translation>
    </message>
    <message>
        <source>Type an amount, for example 12.50.</source>
        <translation>مبلغ را بنویسید، مثلاً 12.50.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals; type a whole number.</source>
        <translation>مبلغ به %1 اعشار ندارد؛ یک عدد صحیح بنویسید.</translation>
    </message>
    <message>
        <source>Amounts in %1 have at most %2 decimals.</source>
        <translation>مبلغ به %1 حداکثر %2 رقم اعشار دارد.</translation>
    </message>
    <message>
        <source>%1 is too large an amount.</source>
        <translation>مبلغ %1 بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <source>toman</source>
        <comment>Iran&apos;s everyday money unit, ten rials</comment>
        <translation>تومان</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>OfflineCommands</name>
    <message>
        <source>Offline work is for a shop on a PostgreSQL server (--db postgresql://…).</source>
        <translation>کار آفلاین برای فروشگاهی است که روی سرور PostgreSQL است (--db postgresql://…).</translation>
    </message>
    <message>
        <source>This till has no copy of the shop&apos;s customers yet, so it cannot work offline. While the server answers, run: regulars --db %1 outbox refresh</source>
        <translation>این صندوق هنوز کپی محلی از مشتریان فروشگاه ندارد، بنابراین نمی‌تواند آفلاین کار کند. تا وقتی سرور پاسخ می‌دهد، این فرمان را اجرا کنید: regulars --db %1 outbox refresh</translation>
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
        <translation>  enrol --name NAME --phone PHONE --consent paper|verbal|digital [--card C] [--ref R] [--till T]
      عضو کردن مشتری‌ای که با نگهداری اطلاعاتش موافقت کرده است؛ مشتری را به‌صورت JSON چاپ می‌کند
  صندوق‌های آفلاین (فروشگاهی روی سرور PostgreSQL): وقتی سرور در دسترس نیست، `sale` و
  `enrol` با کپی محلی همین صندوق کار می‌کنند و کار را در صف ارسال آن نگه می‌دارند: JSON را با
  &quot;offline&quot;: true چاپ می‌کنند (امتیاز فروش در estimated_earned و estimated_balance) و با کد 4 خارج می‌شوند.
  outbox refresh
      کپی کردن مشتریان، موجودی‌ها، بن‌ها، کوپن‌ها و باشگاه مشتریان که این صندوق برای کار آفلاین لازم دارد
  outbox list [--json]
      کارهایی که آفلاین نگه داشته شده‌اند، در انتظار یا ارسال‌شده
  outbox replay
      ارسال کارهای در انتظار به سرور، دقیقاً یک بار و به ترتیب؛ برای هر مورد یک سطر JSON و
      یک خلاصه؛ سپس کپی محلی را تازه می‌کند
  conflicts list [--unseen] [--json]
      کارهایی که هنگام ارسال نشد همان‌طور که صندوق انجام داده بود انجام شوند (کوپنی که جای دیگری
      استفاده شده، امتیازی که دو بار خرج شده، …)
  conflicts seen
      علامت زدن همه تعارض‌ها به‌عنوان دیده‌شده توسط مالک فروشگاه
</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached, and this till&apos;s copy has no single customer for “%1” (%Ln found); give their phone, card or id:N.</source>
        <translation>
            <numerusform>سرور در دسترس نیست و در کپی محلی این صندوق یک مشتری مشخص برای «%1» وجود ندارد (%Ln مورد پیدا شد)؛ تلفن، کارت یا id:N او را بدهید.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached; the sale is kept in this till&apos;s outbox. Points are estimated and confirmed when the till is back online.</source>
        <translation>سرور در دسترس نیست؛ فروش در صف ارسال این صندوق نگه داشته شد. امتیازها تخمینی هستند و وقتی صندوق دوباره آنلاین شد قطعی می‌شوند.</translation>
    </message>
    <message>
        <source>Use: regulars enrol --name NAME --phone PHONE --consent paper|verbal|digital [--card C] [--ref R] [--till T]</source>
        <translation>کاربرد: regulars enrol --name NAME --phone PHONE --consent paper|verbal|digital [--card C] [--ref R] [--till T]</translation>
    </message>
    <message>
        <source>The server cannot be reached; the enrolment is kept in this till&apos;s outbox.</source>
        <translation>سرور در دسترس نیست؛ عضویت در صف ارسال این صندوق نگه داشته شد.</translation>
    </message>
    <message>
        <source>Use: regulars outbox list [--json] | outbox replay | outbox refresh</source>
        <translation>کاربرد: regulars outbox list [--json] | outbox replay | outbox refresh</translation>
    </message>
    <message>
        <source>Use: regulars conflicts list [--unseen] [--json] | conflicts seen</source>
        <translation>کاربرد: regulars conflicts list [--unseen] [--json] | conflicts seen</translation>
    </message>
    <message>
        <source>replayed</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) waiting.</source>
        <translation>
            <numerusform>%Ln مورد در انتظار است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) marked as seen.</source>
        <translation>
            <numerusform>%Ln تعارض به‌عنوان دیده‌شده علامت خورد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s).</source>
        <translation>
            <numerusform>%Ln تعارض.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The replay stopped: %1 %Ln item(s) still wait.</source>
        <translation>
            <numerusform>ارسال متوقف شد: %1 %Ln مورد هنوز در انتظار است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This till&apos;s copy was refreshed: %Ln customer(s) in %1 ms.</source>
        <translation>
            <numerusform>کپی محلی این صندوق تازه شد: %Ln مشتری در %1 میلی‌ثانیه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineConflicts</name>
    <message>
        <source>Coupon %1 was used at till %2 while it was offline, but the server refused it: %3 The sale was recorded with the money off the customer was given (%4), without the coupon.</source>
        <translation>کوپن %1 در صندوق %2 وقتی آفلاین بود استفاده شد، اما سرور آن را نپذیرفت: %3 فروش با تخفیفی که به مشتری داده شده بود (%4) و بدون کوپن ثبت شد.</translation>
    </message>
    <message>
        <source>At till %1, offline, the customer spent %L2 points, but by the time the sale reached the server only %L3 were left to spend: %L4 points (worth %5) could not be taken.</source>
        <translation>در صندوق %1، در حالت آفلاین، مشتری %L2 امتیاز خرج کرد، اما وقتی فروش به سرور رسید فقط %L3 امتیاز برای خرج کردن مانده بود: %L4 امتیاز (به ارزش %5) کسر نشد.</translation>
    </message>
    <message>
        <source>%1 (%2) was enrolled at till %3 while it was offline, but that phone or card had been enrolled elsewhere meanwhile; the offline sales went to the customer already enrolled.</source>
        <translation>%1 (%2) در صندوق %3 وقتی آفلاین بود عضو شد، اما آن تلفن یا کارت در این فاصله جای دیگری عضو شده بود؛ فروش‌های آفلاین به حساب مشتری‌ای رفت که از قبل عضو بود.</translation>
    </message>
    <message>
        <source>%1 was enrolled at till %2 while it was offline, but the server refused the enrolment: %3</source>
        <translation>%1 در صندوق %2 وقتی آفلاین بود عضو شد، اما سرور عضویت را نپذیرفت: %3</translation>
    </message>
    <message>
        <source>A sale of %1 at till %2 while it was offline could not be recorded: %3</source>
        <translation>فروش %1 در صندوق %2 وقتی آفلاین بود ثبت نشد: %3</translation>
    </message>
    <message>
        <source>Check who used the coupon first; ask the customer about it, or accept the loss.</source>
        <translation>بررسی کنید چه کسی اول از کوپن استفاده کرده است؛ درباره آن از مشتری بپرسید، یا ضرر را بپذیرید.</translation>
    </message>
    <message>
        <source>Talk to the customer; the points can be taken from later earnings with a correction.</source>
        <translation>با مشتری صحبت کنید؛ این امتیازها را می‌توان با یک اصلاح موجودی از امتیازهای بعدی او کم کرد.</translation>
    </message>
    <message>
        <source>Check that the two enrolments are the same person and correct the name if needed.</source>
        <translation>بررسی کنید که این دو عضویت مربوط به یک نفر باشند و در صورت نیاز نام را اصلاح کنید.</translation>
    </message>
    <message>
        <source>Enrol the customer again when they come back; their offline sales are listed too.</source>
        <translation>وقتی مشتری دوباره آمد، دوباره او را عضو کنید؛ فروش‌های آفلاین او هم در فهرست آمده است.</translation>
    </message>
    <message>
        <source>Record the sale by hand for the right customer if it should count.</source>
        <translation>اگر این فروش باید حساب شود، آن را دستی برای مشتری درست ثبت کنید.</translation>
    </message>
</context>
<context>
    <name>OfflineConflictsDialog</name>
    <message>
        <source>Conflicts after offline work</source>
        <translation>تعارض‌های پس از کار آفلاین</translation>
    </message>
    <message>
        <source>Only those not yet &amp;seen</source>
        <translation>فقط مواردی که هنوز دیده نشده‌اند</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>فروشنده</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>چه اتفاقی افتاد</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>چه باید کرد</translation>
    </message>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation>علامت زدن همه به‌عنوان دیده‌شده</translation>
    </message>
</context>
<context>
    <name>OfflineDesk</name>
    <message>
        <source>Conflicts after &amp;offline work…</source>
        <translation>تعارض‌های پس از کار آفلاین…</translation>
    </message>
    <message>
        <source>What the server could not do as a till did it while it was offline</source>
        <translation>کارهایی که سرور نتوانست همان‌طور که صندوق در حالت آفلاین انجام داده بود انجام دهد</translation>
    </message>
    <message>
        <source>OFFLINE since %1: the server cannot be reached, and this till has no copy of the customers to work from (%2).</source>
        <translation>آفلاین از %1: سرور در دسترس نیست و این صندوق کپی محلی از مشتریان برای کار ندارد (%2).</translation>
    </message>
    <message>
        <source>OFFLINE since %1: the server cannot be reached, and this till&apos;s copy of the customers was never filled, so it cannot serve them until the server is back.</source>
        <translation>آفلاین از %1: سرور در دسترس نیست و کپی محلی مشتریان در این صندوق هرگز پر نشده است، بنابراین تا برگشتن سرور نمی‌تواند به مشتریان خدمت دهد.</translation>
    </message>
    <message numerus="yes">
        <source>OFFLINE since %1: the server cannot be reached. Customers are found in this till&apos;s copy (from %2) and sales are kept here, to be sent when the server is back (%Ln waiting). Points are estimates until then.</source>
        <translation>
            <numerusform>آفلاین از %1: سرور در دسترس نیست. مشتریان در کپی محلی این صندوق (از %2) پیدا می‌شوند و فروش‌ها همین‌جا نگه داشته می‌شوند تا وقتی سرور برگشت ارسال شوند (%Ln مورد در انتظار). تا آن زمان امتیازها تخمینی هستند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln conflict(s) after offline work</source>
        <translation>
            <numerusform>⚠ %Ln تعارض پس از کار آفلاین</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the list of what replays of offline work could not do as the till did</source>
        <translation>باز کردن فهرست کارهایی که ارسال کارهای آفلاین نتوانست همان‌طور که صندوق انجام داده بود انجام دهد</translation>
    </message>
    <message numerus="yes">
        <source>Sale kept on this till: about %Ln point(s) earned, sent when the server is back.</source>
        <translation>
            <numerusform>فروش روی این صندوق نگه داشته شد: حدود %Ln امتیاز کسب شد، وقتی سرور برگشت ارسال می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts after offline work</source>
        <translation>تعارض‌های پس از کار آفلاین</translation>
    </message>
    <message>
        <source>The conflicts are kept on the server, which cannot be reached now.</source>
        <translation>تعارض‌ها روی سرور نگه داشته می‌شوند که الان در دسترس نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of offline work reached the server; conflicts for the owner to look at: %L1.</source>
        <translation>
            <numerusform>%Ln مورد از کارهای آفلاین به سرور رسید؛ تعارض‌هایی که مالک فروشگاه باید بررسی کند: %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of offline work reached the server, exactly as the till did them.</source>
        <translation>
            <numerusform>%Ln مورد از کارهای آفلاین دقیقاً همان‌طور که صندوق انجام داده بود به سرور رسید.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is enrolled on this till and reaches the server when it is back; find them here to record a sale.</source>
        <translation>%1 در این صندوق عضو شد و وقتی سرور برگردد به آن می‌رسد؛ برای ثبت فروش، او را همین‌جا پیدا کنید.</translation>
    </message>
</context>
<context>
    <name>OfflineTill</name>
    <message>
        <source>Coupon %1 was already used at this till while it was offline.</source>
        <translation>کوپن %1 قبلاً در همین صندوق در حالت آفلاین استفاده شده است.</translation>
    </message>
    <message>
        <source>Coupon %1 is not in this till&apos;s copy: it was used already or made after the copy was last refreshed. It can be used when the server is back.</source>
        <translation>کوپن %1 در کپی محلی این صندوق نیست: یا قبلاً استفاده شده یا پس از آخرین تازه‌سازی کپی ساخته شده است. وقتی سرور برگشت می‌توان از آن استفاده کرد.</translation>
    </message>
    <message>
        <source>Coupon %1 needs a purchase of at least %2.</source>
        <translation>کوپن %1 به خرید دست‌کم %2 نیاز دارد.</translation>
    </message>
    <message>
        <source>Type the amount of the sale; it must be above zero.</source>
        <translation>مبلغ فروش را بنویسید؛ باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>The points to spend cannot be below zero.</source>
        <translation>تعداد امتیازی که خرج می‌شود نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>مشتری شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 is archived. Restore the customer before recording a sale.</source>
        <translation>%1 بایگانی شده است. پیش از ثبت فروش، مشتری را بازگردانی کنید.</translation>
    </message>
    <message>
        <source>Points can be spent from a balance of %L1; this customer has %L2.</source>
        <translation>امتیاز را از موجودی %L1 به بالا می‌توان خرج کرد؛ موجودی این مشتری %L2 است.</translation>
    </message>
    <message>
        <source>Offline, at most %L1 points can pay this sale: the till&apos;s copy shows no more.</source>
        <translation>در حالت آفلاین حداکثر %L1 امتیاز می‌تواند این فروش را پرداخت کند: کپی محلی صندوق بیش از این نشان نمی‌دهد.</translation>
    </message>
</context>
<context>
    <name>OutboxReplay</name>
    <message>
        <source>The customer enrolled offline could not be enrolled on the server.</source>
        <translation>مشتری‌ای که آفلاین عضو شده بود روی سرور عضو نشد.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>متوقف شد.</translation>
    </message>
</context>
<context>
    <name>OwnerAccountDialog</name>
    <message>
        <source>The owner&apos;s password</source>
        <translation>رمز مالک فروشگاه</translation>
    </message>
    <message>
        <source>Create the owner&apos;s account</source>
        <translation>ساختن حساب مالک فروشگاه</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعداً</translation>
    </message>
</context>
<context>
    <name>OwnerAccountForm</name>
    <message>
        <source>You are the owner: you set the rules, see the reports and add the clerks who work at the till. Choose the password you will sign in with. Nobody can read it back, so keep it somewhere safe.</source>
        <translation>شما مالک فروشگاه هستید: قوانین را تعیین می‌کنید، گزارش‌ها را می‌بینید و فروشنده‌هایی را که پشت صندوق کار می‌کنند اضافه می‌کنید. رمزی را که با آن وارد می‌شوید انتخاب کنید. هیچ‌کس نمی‌تواند آن را بازخوانی کند، پس آن را جای امنی نگه دارید.</translation>
    </message>
    <message>
        <source>As your staff call you</source>
        <translation>همان‌طور که کارکنان شما را صدا می‌کنند</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>نام شما:</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln characters</source>
        <translation>
            <numerusform>دست‌کم %Ln نویسه</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>تکرار رمز عبور:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دو رمز عبور یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>OwnerPassword</name>
    <message>
        <source>This shop has no owner&apos;s account, so nothing can be changed from the command line.</source>
        <translation>این فروشگاه حساب مالک ندارد، بنابراین از خط فرمان چیزی را نمی‌توان تغییر داد.</translation>
    </message>
    <message>
        <source>Owner&apos;s password for %1: </source>
        <translation>رمز مالک فروشگاه برای %1: </translation>
    </message>
    <message>
        <source>This command changes the shop&apos;s data and needs the owner&apos;s password: type it when asked, or set REGULARS_PASSWORD for scripts.</source>
        <translation>این فرمان اطلاعات فروشگاه را تغییر می‌دهد و به رمز مالک نیاز دارد: وقتی پرسیده شد آن را بنویسید، یا برای اسکریپت‌ها REGULARS_PASSWORD را تنظیم کنید.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Customer #%1</source>
        <translation>مشتری شماره %1</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>مشتری شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Say which format to write: a file name ending in .json or .pdf, or --format json|pdf.</source>
        <translation>مشخص کنید با چه قالبی نوشته شود: نام فایلی که به .json یا .pdf ختم شود، یا --format json|pdf.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن در %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>Customer number %1 is anonymised already.</source>
        <translation>مشتری شماره %1 قبلاً ناشناس شده است.</translation>
    </message>
    <message>
        <source>The customer could not be anonymised: %1</source>
        <translation>ناشناس‌سازی مشتری ممکن نشد: %1</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <source>Personal data</source>
        <translation>اطلاعات شخصی</translation>
    </message>
    <message>
        <source>customer-%1.pdf</source>
        <translation>customer-%1.pdf</translation>
    </message>
    <message>
        <source>Export everything kept about the customer</source>
        <translation>خروجی همه اطلاعات نگهداری‌شده درباره مشتری</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>ناشناس‌سازی</translation>
    </message>
    <message>
        <source>Erase the contact details of %1 for good: name, phone, card, email, birthday and notes?

Their purchases and points stay, as %2, so the reports do not change. This cannot be undone.</source>
        <translation>اطلاعات تماس %1 برای همیشه پاک شود: نام، تلفن، کارت، ایمیل، تاریخ تولد و یادداشت‌ها؟

خریدها و امتیازهای او به‌صورت %2 باقی می‌ماند، بنابراین گزارش‌ها تغییر نمی‌کنند. این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Customers to anonymise</source>
        <translation>مشتریان برای ناشناس‌سازی</translation>
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
        <translation>  customers export-personal QUERY --out FILE.json|FILE.pdf [--format json|pdf]
      همه اطلاعاتی که فروشگاه درباره یک مشتری دارد، برای اینکه خود او بخواند (مالک)
  customers anonymise QUERY
      پاک کردن اطلاعات تماس مشتری؛ خریدها و امتیازهایش به‌صورت ناشناس باقی می‌ماند (مالک)
  customers lapsed [--years N]
      مشتریانی که N سال خرید نکرده‌اند (پیش‌فرض: قانون نگهداری اطلاعات فروشگاه)، به‌صورت سطرهای
      JSON
</translation>
    </message>
    <message>
        <source>Use: regulars customers lapsed [--years N]</source>
        <translation>کاربرد: regulars customers lapsed [--years N]</translation>
    </message>
    <message>
        <source>--years takes a whole number of years.</source>
        <translation>مقدار --years باید تعداد سال و یک عدد صحیح باشد.</translation>
    </message>
    <message>
        <source>The retention rule is off. Give --years N to list customers with no purchase for N years.</source>
        <translation>قانون نگهداری اطلاعات خاموش است. برای فهرست مشتریانی که N سال خرید نکرده‌اند، --years N را بدهید.</translation>
    </message>
    <message>
        <source>Use: regulars customers export-personal QUERY --out FILE.json|FILE.pdf</source>
        <translation>کاربرد: regulars customers export-personal QUERY --out FILE.json|FILE.pdf</translation>
    </message>
    <message>
        <source>Use: regulars customers anonymise QUERY</source>
        <translation>کاربرد: regulars customers anonymise QUERY</translation>
    </message>
    <message>
        <source>No customer matches “%1”. Try a phone number, a card number or id:N.</source>
        <translation>هیچ مشتری‌ای با «%1» پیدا نشد. شماره تلفن، شماره کارت یا id:N را امتحان کنید.</translation>
    </message>
    <message>
        <source>“%1” matches several customers; give their phone, card or id:N.</source>
        <translation>«%1» با چند مشتری مطابقت دارد؛ تلفن، کارت یا id:N او را بدهید.</translation>
    </message>
    <message>
        <source>Customer number %1 was anonymised: contact details erased, purchases and points kept.</source>
        <translation>مشتری شماره %1 ناشناس شد: اطلاعات تماس پاک شد، خریدها و امتیازها باقی ماند.</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.json or --out FILE.pdf.</source>
        <translation>فایل خروجی را با --out FILE.json یا --out FILE.pdf مشخص کنید.</translation>
    </message>
    <message>
        <source>Everything kept about customer number %1 was written to %2.</source>
        <translation>همه اطلاعات نگهداری‌شده درباره مشتری شماره %1 در %2 نوشته شد.</translation>
    </message>
</context>
<context>
    <name>PersonalDataLayout</name>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>ناشناس‌شده</translation>
    </message>
    <message>
        <source>Referred by customer</source>
        <translation>معرفی‌شده توسط مشتری</translation>
    </message>
    <message>
        <source>Number in the previous system</source>
        <translation>شماره در سیستم قبلی</translation>
    </message>
    <message>
        <source>For</source>
        <translation>برای</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>موافقت</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>How</source>
        <translation>نحوه</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>نسخه متن</translation>
    </message>
    <message>
        <source>Text SHA-256</source>
        <translation>SHA-256 متن</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Amount (minor units)</source>
        <translation>مبلغ (کوچک‌ترین واحد پول)</translation>
    </message>
    <message>
        <source>Discount (minor units)</source>
        <translation>تخفیف (کوچک‌ترین واحد پول)</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>امتیاز خرج‌شده</translation>
    </message>
    <message>
        <source>Paid with points (minor units)</source>
        <translation>پرداخت با امتیاز (کوچک‌ترین واحد پول)</translation>
    </message>
    <message>
        <source>Refunded (minor units)</source>
        <translation>مرجوعی (کوچک‌ترین واحد پول)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاریخ انقضا</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>شماره سریال</translation>
    </message>
    <message>
        <source>Stamps to fill</source>
        <translation>تعداد مهر لازم برای پر شدن</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>مهرها</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>پرشده</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>مزیت</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>داده‌شده</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>استفاده‌شده</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>چاپ‌شده</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>offers and news</source>
        <translation>پیشنهادها و خبرها</translation>
    </message>
    <message>
        <source>keeping my details</source>
        <translation>نگهداری اطلاعات من</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>هیچ.</translation>
    </message>
    <message>
        <source>What the shop keeps about you</source>
        <translation>اطلاعاتی که فروشگاه درباره شما نگه می‌دارد</translation>
    </message>
    <message>
        <source>What %1 keeps about you</source>
        <translation>اطلاعاتی که %1 درباره شما نگه می‌دارد</translation>
    </message>
    <message>
        <source>Prepared on %1 for %2.</source>
        <translation>تهیه‌شده در %1 برای %2.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>مشخصات شما</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>رضایت‌های شما</translation>
    </message>
    <message>
        <source>The consent texts in force (version %1)</source>
        <translation>متن‌های رضایت معتبر (نسخه %1)</translation>
    </message>
    <message>
        <source>Keeping your details</source>
        <translation>نگهداری اطلاعات شما</translation>
    </message>
    <message>
        <source>Offers and news</source>
        <translation>پیشنهادها و خبرها</translation>
    </message>
    <message>
        <source>Your purchases</source>
        <translation>خریدهای شما</translation>
    </message>
    <message>
        <source>Your points</source>
        <translation>امتیازهای شما</translation>
    </message>
    <message>
        <source>Your stamp cards</source>
        <translation>کارت‌های مهر شما</translation>
    </message>
    <message>
        <source>Your vouchers</source>
        <translation>بن‌های شما</translation>
    </message>
    <message>
        <source>Your coupons</source>
        <translation>کوپن‌های شما</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>اطلاعات شخصی</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>نوشتن در %1 ممکن نیست.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>Type the customer&apos;s phone number.</source>
        <translation>شماره تلفن مشتری را بنویسید.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use only digits, spaces, dashes, brackets and +.</source>
        <translation>«%1» شماره تلفن نیست: فقط از رقم، فاصله، خط تیره، پرانتز و + استفاده کنید.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number. Check the country code and the number of digits.</source>
        <translation>«%1» شماره تلفن معتبری نیست. کد کشور و تعداد رقم‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number in %2. Check the number of digits, or type it with + and the country code if it is from another country.</source>
        <translation>«%1» شماره تلفن معتبری در %2 نیست. تعداد رقم‌ها را بررسی کنید، یا اگر شماره مال کشور دیگری است، آن را با + و کد کشور بنویسید.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>نوشتن در %1 ممکن نیست.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was printed or saved.</source>
        <translation>لغو شد؛ چیزی چاپ یا ذخیره نشد.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن در %1 ممکن نیست: %2</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation>پیش‌نمایش…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Printed: %1.</source>
        <translation>چاپ شد: %1.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>&amp;Add row</source>
        <translation>افزودن ردیف</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Owner only. Changes apply to sales recorded from now on; points already earned keep the expiry they were given.</source>
        <translation>فقط مالک فروشگاه. تغییرها روی فروش‌هایی اعمال می‌شود که از این به بعد ثبت شوند؛ امتیازهایی که قبلاً کسب شده‌اند همان تاریخ انقضای قبلی خود را نگه می‌دارند.</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>&amp;Discount card</source>
        <translation>کارت تخفیف</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>سطح‌ها</translation>
    </message>
    <message>
        <source>&amp;Stamp card</source>
        <translation>کارت مهر</translation>
    </message>
    <message>
        <source>&amp;Referrals and rewards</source>
        <translation>جایزه‌ها و معرفی</translation>
    </message>
    <message>
        <source>Customers collect bonus points</source>
        <translation>مشتریان امتیاز جمع می‌کنند</translation>
    </message>
    <message>
        <source>points for every</source>
        <translation>امتیاز به ازای هر</translation>
    </message>
    <message>
        <source>Earning:</source>
        <translation>کسب امتیاز:</translation>
    </message>
    <message>
        <source>A point pays (%1):</source>
        <translation>ارزش هر امتیاز (%1):</translation>
    </message>
    <message>
        <source>Points can be spent from a balance of:</source>
        <translation>حداقل موجودی برای خرج کردن امتیاز:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>Points may pay at most:</source>
        <translation>حداکثر سهم امتیاز از مبلغ خرید:</translation>
    </message>
    <message>
        <source>No points on the part of a sale paid with points</source>
        <translation>برای بخشی از خرید که با امتیاز پرداخت می‌شود، امتیاز داده نشود</translation>
    </message>
    <message>
        <source>on the first purchase</source>
        <translation>در اولین خرید</translation>
    </message>
    <message>
        <source>on joining</source>
        <translation>هنگام عضویت</translation>
    </message>
    <message>
        <source>Welcome bonus:</source>
        <translation>امتیاز خوش‌آمدگویی:</translation>
    </message>
    <message>
        <source>Birthday bonus:</source>
        <translation>امتیاز تولد:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ماه</translation>
    </message>
    <message>
        <source>Points expire after:</source>
        <translation>انقضای امتیاز پس از:</translation>
    </message>
    <message>
        <source>The programme ends on</source>
        <translation>پایان باشگاه در تاریخ</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>کمپین:</translation>
    </message>
    <message>
        <source>A refund may take a balance below zero</source>
        <translation>مرجوعی می‌تواند موجودی امتیاز را منفی کند</translation>
    </message>
    <message>
        <source>Refunds above this amount need the owner</source>
        <translation>مرجوعی بیش از این مبلغ به تأیید مالک فروشگاه نیاز دارد</translation>
    </message>
    <message>
        <source>Clerks may refund up to (%1):</source>
        <translation>سقف مرجوعی فروشنده‌ها (%1):</translation>
    </message>
    <message>
        <source>No member discount</source>
        <translation>بدون تخفیف اعضا</translation>
    </message>
    <message>
        <source>The same discount for every member</source>
        <translation>تخفیف ثابت برای همه اعضا</translation>
    </message>
    <message>
        <source>A discount that grows with total spend</source>
        <translation>تخفیف پلکانی بر اساس مجموع خرید</translation>
    </message>
    <message>
        <source>Discount card:</source>
        <translation>کارت تخفیف:</translation>
    </message>
    <message>
        <source>Member discount:</source>
        <translation>تخفیف اعضا:</translation>
    </message>
    <message>
        <source>Total spend from (%1)</source>
        <translation>مجموع خرید از (%1)</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>تخفیف (٪)</translation>
    </message>
    <message>
        <source>Growing discount:</source>
        <translation>تخفیف پلکانی:</translation>
    </message>
    <message>
        <source>Customers move between tiers by what they spend</source>
        <translation>سطح مشتریان بر اساس میزان خریدشان تغییر می‌کند</translation>
    </message>
    <message>
        <source>Spend counted over the last:</source>
        <translation>خریدهای این مدت اخیر حساب می‌شود:</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Spend from (%1)</source>
        <translation>خرید از (%1)</translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation>ضریب امتیاز</translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation>سطح‌ها:</translation>
    </message>
    <message>
        <source>Stamp card: buy a number of times, get a reward</source>
        <translation>کارت مهر: مشتری پس از چند بار خرید جایزه می‌گیرد</translation>
    </message>
    <message>
        <source>Stamps to fill a card:</source>
        <translation>تعداد مهر برای پر شدن کارت:</translation>
    </message>
    <message>
        <source>Only purchases from (%1):</source>
        <translation>فقط خریدهای از این مبلغ به بالا (%1):</translation>
    </message>
    <message>
        <source>e.g. a free coffee</source>
        <translation>مثلاً یک قهوه رایگان</translation>
    </message>
    <message>
        <source>A full card gives:</source>
        <translation>جایزه کارت پر:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بدون محدودیت</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>The reward voucher is valid for:</source>
        <translation>مدت اعتبار بن جایزه:</translation>
    </message>
    <message>
        <source>Reward customers who recommend the shop</source>
        <translation>به مشتریانی که فروشگاه را معرفی می‌کنند جایزه داده شود</translation>
    </message>
    <message>
        <source>Points for the one who recommends:</source>
        <translation>امتیاز معرف:</translation>
    </message>
    <message>
        <source>Points for the new customer:</source>
        <translation>امتیاز مشتری جدید:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Rewards clerks may give:</source>
        <translation>جایزه‌هایی که فروشنده‌ها می‌توانند بدهند:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>A cause is kept as a customer of its own; find it by its phone or card</source>
        <translation>هر خیریه به‌عنوان یک مشتری جداگانه ثبت می‌شود؛ آن را با تلفن یا شماره کارتش پیدا کنید</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Points may be donated to:</source>
        <translation>امتیاز را می‌توان به این‌ها اهدا کرد:</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>مشتری شماره %1</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>اهدای امتیاز</translation>
    </message>
    <message>
        <source>Phone or card of the cause or customer to add:</source>
        <translation>تلفن یا شماره کارت خیریه یا مشتری‌ای که می‌خواهید اضافه کنید:</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>هیچ مشتری‌ای با «%1» پیدا نشد.</translation>
    </message>
    <message>
        <source>“%1” matches several customers; type their phone or card.</source>
        <translation>«%1» با چند مشتری مطابقت دارد؛ تلفن یا شماره کارت مشتری موردنظر را بنویسید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>کسب امتیاز</translation>
    </message>
    <message>
        <source>Earning: the amount for which points are given must be above zero.</source>
        <translation>کسب امتیاز: مبلغی که به ازای آن امتیاز داده می‌شود باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>A point pays</source>
        <translation>ارزش هر امتیاز</translation>
    </message>
    <message>
        <source>Clerks may refund up to</source>
        <translation>سقف مرجوعی فروشنده‌ها</translation>
    </message>
    <message>
        <source>Growing discount, row %1</source>
        <translation>تخفیف پلکانی، ردیف %1</translation>
    </message>
    <message>
        <source>Growing discount, row %1: type a percentage from 0 to 100.</source>
        <translation>تخفیف پلکانی، ردیف %1: درصدی از ۰ تا ۱۰۰ بنویسید.</translation>
    </message>
    <message>
        <source>Tiers, row %1</source>
        <translation>سطح‌ها، ردیف %1</translation>
    </message>
    <message>
        <source>Tiers, row %1: points × takes a number such as 1.5.</source>
        <translation>سطح‌ها، ردیف %1: ضریب امتیاز باید عددی مثل 1.5 باشد.</translation>
    </message>
    <message>
        <source>Tiers, row %1: type a percentage from 0 to 100.</source>
        <translation>سطح‌ها، ردیف %1: درصدی از ۰ تا ۱۰۰ بنویسید.</translation>
    </message>
    <message>
        <source>Stamp card</source>
        <translation>کارت مهر</translation>
    </message>
    <message>
        <source>Rewards, row %1: type a whole number of points above zero.</source>
        <translation>جایزه‌ها، ردیف %1: تعداد امتیاز را به‌صورت عدد صحیح بیشتر از صفر بنویسید.</translation>
    </message>
</context>
<context>
    <name>PurchaseHistory</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>تهیه گزارش لغو شد.</translation>
    </message>
</context>
<context>
    <name>PurchaseImport</name>
    <message>
        <source>The file is empty. It needs a header line such as: phone, card, date, amount, reference.</source>
        <translation>فایل خالی است. فایل باید یک سطر عنوان داشته باشد، مثل: phone, card, date, amount, reference.</translation>
    </message>
    <message>
        <source>The file needs a “date” and an “amount” column; the header names %1.</source>
        <translation>فایل باید یک ستون «date» (تاریخ) و یک ستون «amount» (مبلغ) داشته باشد؛ ستون‌های سطر عنوان این‌ها هستند: %1.</translation>
    </message>
    <message>
        <source>No customer has the phone number %1; add them first or import the customers.</source>
        <translation>هیچ مشتری‌ای شماره تلفن %1 را ندارد؛ ابتدا این مشتری را اضافه کنید یا مشتریان را وارد کنید.</translation>
    </message>
    <message>
        <source>No customer has the card %1; add them first or import the customers.</source>
        <translation>هیچ مشتری‌ای کارت %1 را ندارد؛ ابتدا این مشتری را اضافه کنید یا مشتریان را وارد کنید.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-03-01, 01.03.2026 or 2026-03-01 14:30.</source>
        <translation>«%1» تاریخ نیست؛ آن را به شکل 2026-03-01، 01.03.2026 یا 2026-03-01 14:30 بنویسید.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; check the year.</source>
        <translation>تاریخ %1 در آینده است؛ سال را بررسی کنید.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it like 12.50, with at most two decimals and no currency sign.</source>
        <translation>«%1» مبلغ نیست؛ آن را مثل 12.50 بنویسید، با حداکثر دو رقم اعشار و بدون علامت واحد پول.</translation>
    </message>
    <message>
        <source>The reference %1 is also on line %2.</source>
        <translation>شماره رسید %1 در سطر %2 هم آمده است.</translation>
    </message>
    <message>
        <source>The sale %1 was imported before.</source>
        <translation>فروش %1 قبلاً وارد شده است.</translation>
    </message>
    <message>
        <source>Expected 4 fields (customer, date, number of CDs, amount) or 5 (with the sample id), found %1.</source>
        <translation>باید 4 فیلد (مشتری، تاریخ، تعداد CD، مبلغ) یا 5 فیلد (همراه با شناسه نمونه) باشد، اما %1 فیلد پیدا شد.</translation>
    </message>
    <message>
        <source>“%1” is not a customer number.</source>
        <translation>«%1» شماره مشتری نیست.</translation>
    </message>
    <message>
        <source>“%1” is not a date written as YYYYMMDD.</source>
        <translation>«%1» تاریخی به شکل YYYYMMDD نیست.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>تاریخ %1 در آینده است.</translation>
    </message>
    <message>
        <source>“%1” is not a number of items.</source>
        <translation>«%1» تعداد کالا نیست.</translation>
    </message>
    <message>
        <source>“%1” is not an amount with at most two decimals.</source>
        <translation>«%1» مبلغی با حداکثر دو رقم اعشار نیست.</translation>
    </message>
    <message>
        <source>The file holds no purchases.</source>
        <translation>این فایل هیچ خریدی ندارد.</translation>
    </message>
    <message>
        <source>This purchase (%1) was imported before.</source>
        <translation>این خرید (%1) قبلاً وارد شده است.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>ReceiptSlipLayout</name>
    <message>
        <source>“%1” is not a roll width: use 80 or 58.</source>
        <translation>«%1» عرض رول نیست: از 80 یا 58 استفاده کنید.</translation>
    </message>
    <message>
        <source>%1 mm roll</source>
        <translation>رول %1 میلی‌متری</translation>
    </message>
    <message>
        <source>Receipt slip: %1</source>
        <translation>رسید فروش: %1</translation>
    </message>
    <message>
        <source>No sale %1 was recorded at till %2.</source>
        <translation>هیچ فروشی با شماره %1 در صندوق %2 ثبت نشده است.</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>Till %1 · sale %2</source>
        <translation>صندوق %1 · فروش %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation>تخفیف عضویت</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>کوپن %1</translation>
    </message>
    <message numerus="yes">
        <source>Paid with %Ln point(s)</source>
        <translation>
            <numerusform>پرداخت با %Ln امتیاز</numerusform>
        </translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>قابل پرداخت</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>امتیاز کسب‌شده</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>موجودی امتیاز</translation>
    </message>
    <message>
        <source>Expiring on %1</source>
        <translation>انقضا در %1</translation>
    </message>
    <message>
        <source>Stamps on the card</source>
        <translation>مهرهای روی کارت</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>Your voucher: %1</source>
        <translation>بن شما: %1</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <source>%1 — %2 (receipt %3)</source>
        <translation>%1 — %2 (رسید %3)</translation>
    </message>
    <message>
        <source>&amp;Sale:</source>
        <translation>فروش:</translation>
    </message>
    <message>
        <source>all of it</source>
        <translation>کل مبلغ</translation>
    </message>
    <message>
        <source>&amp;Amount to refund:</source>
        <translation>مبلغ مرجوعی:</translation>
    </message>
    <message>
        <source>The points the sale earned are taken back and the points it spent are returned, in proportion to the amount refunded.</source>
        <translation>امتیازهایی که با این فروش کسب شده پس گرفته می‌شود و امتیازهایی که در آن خرج شده برگردانده می‌شود؛ هر دو به نسبت مبلغ مرجوعی.</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>ثبت مرجوعی</translation>
    </message>
    <message>
        <source>This customer has no sale left to refund.</source>
        <translation>این مشتری فروشی ندارد که بتوان آن را مرجوع کرد.</translation>
    </message>
    <message>
        <source>Type the amount to refund; it must be above zero.</source>
        <translation>مبلغ مرجوعی را بنویسید؛ باید بیشتر از صفر باشد.</translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>بازگشتی</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>ماندگار</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>ماندگاری</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>ریزش</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>اولین خرید</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Months later</source>
        <translation>ماه‌های بعد</translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation>خرید دوباره</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>سهم</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>بازگشتند</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>نرخ تکرار خرید</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <source>Days between visits</source>
        <translation>فاصله بین مراجعه‌ها (روز)</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>مجموع خرید</translation>
    </message>
    <message>
        <source>Spend per visit</source>
        <translation>میانگین خرید هر مراجعه</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>اعضای جدید</translation>
    </message>
    <message>
        <source>Sales to members</source>
        <translation>فروش به اعضا</translation>
    </message>
    <message>
        <source>All sales</source>
        <translation>همه فروش‌ها</translation>
    </message>
    <message>
        <source>Member share</source>
        <translation>سهم اعضا</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>امتیاز داده‌شده</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>امتیاز خرج‌شده</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>امتیاز منقضی‌شده</translation>
    </message>
    <message>
        <source>Points reversed</source>
        <translation>امتیاز پس‌گرفته‌شده</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>نرخ خرج امتیاز</translation>
    </message>
    <message>
        <source>Vouchers issued</source>
        <translation>بن‌های صادرشده</translation>
    </message>
    <message>
        <source>Vouchers used</source>
        <translation>بن‌های استفاده‌شده</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>ماه انقضا</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>شماره مشتری</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>خریدهای تکراری</translation>
    </message>
    <message>
        <source>Weeks to last purchase</source>
        <translation>از اولین تا آخرین خرید (هفته)</translation>
    </message>
    <message>
        <source>Weeks as a customer</source>
        <translation>مدت مشتری بودن (هفته)</translation>
    </message>
    <message>
        <source>Still a customer</source>
        <translation>احتمال ماندن</translation>
    </message>
    <message>
        <source>Expected purchases, next 52 weeks</source>
        <translation>خریدهای پیش‌بینی‌شده در ۵۲ هفته آینده</translation>
    </message>
    <message>
        <source>No customer has bought twice before the calibration end, so there is nothing to fit the model to.</source>
        <translation>هیچ مشتری‌ای پیش از پایان دوره کالیبراسیون دو بار خرید نکرده است، بنابراین داده‌ای برای برازش مدل وجود ندارد.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
    <message>
        <source>Four weeks ago</source>
        <translation>چهار هفته پیش</translation>
    </message>
    <message>
        <source>Customers coming back</source>
        <translation>بازگشت مشتریان</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>گروه‌های هم‌دوره</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>مراجعه‌های دوباره</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>عضویت</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>مشتریان در خطر ریزش</translation>
    </message>
    <message>
        <source>Customer lifetime model</source>
        <translation>مدل طول عمر مشتری</translation>
    </message>
    <message>
        <source>Points issued and spent</source>
        <translation>امتیاز داده‌شده و خرج‌شده</translation>
    </message>
    <message>
        <source>Points the shop owes</source>
        <translation>بدهی امتیازی فروشگاه</translation>
    </message>
    <message>
        <source>A customer is active in a month when they bought at least once in it. New: their first purchase ever was that month. Returning: active, and not for the first time. Retained: active this month and also the month before. Retention is the retained customers divided by the customers active the month before; churn is 100% minus retention. Months are calendar months in the shop&apos;s time zone.</source>
        <translation>مشتری در ماهی «فعال» است که دست‌کم یک بار در آن خرید کرده باشد. جدید: اولین خرید او در همان ماه بوده است. بازگشتی: فعال بوده، اما نه برای اولین بار. ماندگار: هم در این ماه فعال بوده و هم در ماه قبل. ماندگاری یعنی تعداد مشتریان ماندگار تقسیم بر تعداد مشتریانی که ماه قبل فعال بودند؛ ریزش برابر است با ۱۰۰٪ منهای ماندگاری. ماه‌ها ماه‌های تقویمی به وقت منطقه زمانی فروشگاه هستند.</translation>
    </message>
    <message>
        <source>Customers are grouped by the month of their first purchase (one row each). Each column counts the months since then, and a cell is the share of the group who bought in that month; month 0 is always 100%. Point at a cell to see the counts.</source>
        <translation>مشتریان بر اساس ماه اولین خریدشان گروه‌بندی می‌شوند (هر گروه یک ردیف). هر ستون نشان می‌دهد چند ماه از آن زمان گذشته است، و هر خانه سهم آن گروه است که در آن ماه خرید کرده‌اند؛ ماه ۰ همیشه ۱۰۰٪ است. برای دیدن تعدادها، نشانگر ماوس را روی یک خانه نگه دارید.</translation>
    </message>
    <message>
        <source>A visit is a day a customer bought something; several sales on one day count once. Repeat rate: the share of customers who visited on two or more days in the period. Days between visits: the average gap between two visits of the same customer. Spend per visit: what members spent divided by their visits.</source>
        <translation>هر مراجعه یعنی روزی که مشتری چیزی خریده است؛ چند فروش در یک روز، یک مراجعه حساب می‌شود. نرخ تکرار خرید: سهم مشتریانی که در این دوره در دو روز یا بیشتر مراجعه کرده‌اند. فاصله بین مراجعه‌ها: میانگین فاصله بین دو مراجعه یک مشتری. خرید هر مراجعه: مبلغی که اعضا خرج کرده‌اند تقسیم بر تعداد مراجعه‌هایشان.</translation>
    </message>
    <message>
        <source>New members: customers who joined the programme in the month. Member share: sales recorded with a customer divided by all sales of the month, including those without one.</source>
        <translation>اعضای جدید: مشتریانی که در آن ماه عضو باشگاه مشتریان شده‌اند. سهم اعضا: تعداد فروش‌هایی که به نام یک مشتری ثبت شده‌اند تقسیم بر همه فروش‌های آن ماه، از جمله فروش‌هایی که بدون مشتری ثبت شده‌اند.</translation>
    </message>
    <message>
        <source>Each customer&apos;s chance of still being a customer, P(alive), comes from the BG/NBD model (Fader, Hardie and Lee, 2005) fitted to this shop&apos;s own history: it weighs how often a customer bought against how long it has been since their last visit. Listed: customers who came back at least once, spent at least as much as the middle returning customer, whose P(alive) fell by five points or more in the last four weeks, and who agreed to marketing. The ones with most at stake (spend × the fall in P(alive)) come first.</source>
        <translation>احتمال اینکه هر مشتری هنوز مشتری فروشگاه باشد، یعنی P(alive)، از مدل BG/NBD (Fader, Hardie and Lee، ۲۰۰۵) به دست می‌آید که بر اساس سابقه خرید همین فروشگاه تنظیم شده است: این مدل تعداد دفعات خرید هر مشتری را در کنار مدتی که از آخرین مراجعه‌اش گذشته می‌سنجد. در این فهرست مشتریانی می‌آیند که دست‌کم یک بار بازگشته‌اند، دست‌کم به اندازه مشتری بازگشتیِ میانه خرید کرده‌اند، P(alive) آن‌ها در چهار هفته گذشته پنج واحد درصد یا بیشتر پایین آمده، و به دریافت پیشنهادها و خبرها رضایت داده‌اند. مشتریانی که از دست دادنشان بیشترین هزینه را دارد (مجموع خرید × میزان کاهش P(alive))، اول می‌آیند.</translation>
    </message>
    <message>
        <source>The BG/NBD model fitted by maximum likelihood. Per customer: x, the days with a purchase after the first; t_x, the weeks from the first to the last purchase; T, the weeks from the first purchase to the end of calibration; P(alive), and the purchases expected in the next 52 weeks.</source>
        <translation>مدل BG/NBD که با روش بیشینه درست‌نمایی برازش شده است. برای هر مشتری: x، تعداد روزهایی که پس از اولین خرید، خرید کرده است؛ t_x، تعداد هفته‌ها از اولین تا آخرین خرید؛ T، تعداد هفته‌ها از اولین خرید تا پایان دوره کالیبراسیون؛ P(alive)؛ و تعداد خریدهای پیش‌بینی‌شده در ۵۲ هفته آینده.</translation>
    </message>
    <message>
        <source>From the points ledger. Issued: points given in the month for purchases, welcome, birthday, referral and activity bonuses and upward corrections. Redeemed: points that paid for sales, less points returned by refunds. Expired: points written off on their expiry day. Reversed: earned points taken back by refunds and downward corrections. Redemption rate: redeemed ÷ issued in the same month. Vouchers: stamp-card rewards issued and used. Points donated from one customer to another are neither issued nor spent.</source>
        <translation>بر اساس دفتر امتیاز. داده‌شده: امتیازهایی که در آن ماه بابت خرید، امتیاز خوش‌آمدگویی، تولد، معرفی و فعالیت، و اصلاح افزایشی موجودی داده شده است. خرج‌شده: امتیازهایی که برای پرداخت فروش‌ها خرج شده، منهای امتیازهایی که با مرجوعی برگردانده شده است. منقضی‌شده: امتیازهایی که در روز انقضایشان از موجودی کسر شده است. پس‌گرفته‌شده: امتیازهای کسب‌شده‌ای که با مرجوعی یا اصلاح کاهشی موجودی پس گرفته شده است. نرخ خرج امتیاز: خرج‌شده ÷ داده‌شده در همان ماه. بن‌ها: بن‌های جایزه کارت مهر که صادر یا استفاده شده‌اند. امتیازی که یک مشتری به مشتری دیگری اهدا می‌کند، نه داده‌شده حساب می‌شود و نه خرج‌شده.</translation>
    </message>
    <message>
        <source>The points customers hold today and could still spend, valued at what a point pays now, grouped by the month they expire (points that never expire last). This is what the programme owes if every point is spent.</source>
        <translation>امتیازهایی که مشتریان امروز دارند و هنوز می‌توانند خرج کنند، با ارزش فعلی هر امتیاز، به تفکیک ماه انقضا (امتیازهای بدون انقضا در آخر می‌آیند). اگر همه امتیازها خرج شوند، باشگاه مشتریان همین مقدار را بدهکار است.</translation>
    </message>
    <message>
        <source>There is no report called %1.</source>
        <translation>گزارشی با نام %1 وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Use: regulars purchases import FILE [--format csv|cdnow]</source>
        <translation>کاربرد: regulars purchases import FILE [--format csv|cdnow]</translation>
    </message>
    <message>
        <source>Use: regulars report NAME, where NAME is one of: %1</source>
        <translation>کاربرد: regulars report NAME، که NAME یکی از این‌هاست: %1</translation>
    </message>
    <message>
        <source>Unknown format %1; use csv or cdnow.</source>
        <translation>قالب ناشناخته %1؛ از csv یا cdnow استفاده کنید.</translation>
    </message>
    <message>
        <source>%1 is not a country code; use two letters such as RU, IR, SA or GB.</source>
        <translation>%1 کد کشور نیست؛ از دو حرف مثل RU، IR، SA یا GB استفاده کنید.</translation>
    </message>
    <message>
        <source>Unknown encoding %1; use UTF-8, UTF-16, windows-1251 or windows-1256.</source>
        <translation>کدگذاری %1 شناخته نشد؛ از UTF-8، UTF-16، windows-1251 یا windows-1256 استفاده کنید.</translation>
    </message>
    <message>
        <source>Unknown separator %1; use comma, semicolon or tab.</source>
        <translation>جداکننده ناشناخته %1؛ از comma (ویرگول)، semicolon (نقطه‌ویرگول) یا tab (تب) استفاده کنید.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix the lines above and import the file again.</source>
        <translation>هیچ چیز وارد نشد. سطرهای بالا را اصلاح کنید و فایل را دوباره وارد کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s) imported</source>
        <translation>
            <numerusform>%Ln فروش وارد شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) created</source>
        <translation>
            <numerusform>%Ln مشتری ایجاد شد</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no report called %1; choose one of: %2.</source>
        <translation>گزارشی با نام %1 وجود ندارد؛ یکی از این‌ها را انتخاب کنید: %2.</translation>
    </message>
    <message>
        <source>Unknown format %1; use json, csv or text.</source>
        <translation>قالب ناشناخته %1؛ از json، csv یا text استفاده کنید.</translation>
    </message>
    <message>
        <source>--%1 takes a month written as YYYY-MM, for example 2026-03.</source>
        <translation>مقدار --%1 باید ماهی به شکل YYYY-MM باشد، مثلاً 2026-03.</translation>
    </message>
    <message>
        <source>--calibration-end takes a date written as YYYY-MM-DD, for example 1997-09-30.</source>
        <translation>مقدار --calibration-end باید تاریخی به شکل YYYY-MM-DD باشد، مثلاً 1997-09-30.</translation>
    </message>
    <message>
        <source>--limit takes a whole number above zero.</source>
        <translation>مقدار --limit باید یک عدد صحیح بزرگ‌تر از صفر باشد.</translation>
    </message>
    <message>
        <source>Unknown calendar %1; use %2.</source>
        <translation>تقویم ناشناخته %1؛ از %2 استفاده کنید.</translation>
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
        <translation>  purchases import FILE [--format csv|cdnow] [--region CC] [--encoding E] [--delimiter D]
         [--shop ID|NAME]
      وارد کردن فروش‌های گذشته بدون دادن امتیاز؛ ستون‌های CSV: تلفن یا کارت، تاریخ، مبلغ،
      شماره مرجع؛ اگر سطر نادرستی باشد چیزی وارد نمی‌شود؛ فروش‌ها برای اولین فروشگاه
      زنجیره حساب می‌شوند، مگر اینکه --shop فروشگاه دیگری را نام ببرد
  report NAME [--from YYYY-MM] [--to YYYY-MM] [--format json|csv|text]
         [--calendar gregorian|persian|islamic] [--shop ID|NAME|all]
      NAME: %1؛ ماه‌ها طبق تقویم انتخاب‌شده در تنظیمات است، مگر اینکه تقویم نام برده شود؛
      --shop: فقط فروش‌هایی که در یکی از فروشگاه‌های زنجیره انجام شده (گزارش‌های امتیاز همه را در بر می‌گیرند)
      clv [--calibration-end YYYY-MM-DD]: مدل BG/NBD و P(alive) هر مشتری
      at-risk [--limit N]: مشتریان ارزشمندی که در حال ریزش‌اند و با بازاریابی موافقت کرده‌اند
</translation>
    </message>
    <message>
        <source>Customers and their points are shared by every shop of the chain, so this report covers all shops.</source>
        <translation>مشتریان و امتیازهایشان میان همه فروشگاه‌های زنجیره مشترک است، بنابراین این گزارش همه فروشگاه‌ها را در بر می‌گیرد.</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>%1%2</source>
        <comment>number, then the locale&apos;s percent sign</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Never</source>
        <translation>بدون انقضا</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Computing… %p%</source>
        <translation>در حال محاسبه… %p٪</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Chart as PNG image…</source>
        <translation>نمودار به‌صورت تصویر PNG…</translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation>نمودار به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>اعداد به‌صورت CSV…</translation>
    </message>
    <message>
        <source>came back for a second visit</source>
        <translation>برای بار دوم مراجعه کردند</translation>
    </message>
    <message>
        <source>days between visits</source>
        <translation>روز فاصله بین مراجعه‌ها</translation>
    </message>
    <message>
        <source>spent per visit</source>
        <translation>خرید در هر مراجعه</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>مشتریان فعال</translation>
    </message>
    <message>
        <source>Retention and churn</source>
        <translation>ماندگاری و ریزش</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>گروه‌های هم‌دوره</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>مراجعه‌های دوباره</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>عضویت</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>در خطر ریزش</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Points owed</source>
        <translation>بدهی امتیازی</translation>
    </message>
    <message>
        <source>How is this computed? %1</source>
        <translation>چگونه محاسبه می‌شود؟ %1</translation>
    </message>
    <message>
        <source>Export the list for a coupon campaign (CSV)…</source>
        <translation>خروجی فهرست برای کمپین کوپن (CSV)…</translation>
    </message>
    <message>
        <source>Cancelled; the numbers shown are from before.</source>
        <translation>لغو شد؛ اعدادی که می‌بینید مربوط به محاسبه قبلی است.</translation>
    </message>
    <message>
        <source>No points have been given or spent yet. This page fills in as sales earn and spend points.</source>
        <translation>هنوز هیچ امتیازی داده یا خرج نشده است. با کسب و خرج امتیاز در فروش‌ها، این صفحه پر می‌شود.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>داده‌شده</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>خرج‌شده</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>Points issued, redeemed and expired per month</source>
        <translation>امتیاز داده‌شده، خرج‌شده و منقضی‌شده در هر ماه</translation>
    </message>
    <message>
        <source>Customers hold no points at the moment, so the programme owes nothing.</source>
        <translation>مشتریان در حال حاضر هیچ امتیازی ندارند، بنابراین باشگاه مشتریان بدهی‌ای ندارد.</translation>
    </message>
    <message>
        <source>Points customers can still spend, by the month they expire</source>
        <translation>امتیازهایی که مشتریان هنوز می‌توانند خرج کنند، به تفکیک ماه انقضا</translation>
    </message>
    <message>
        <source>No purchases yet. The reports fill in as sales are recorded; past sales can be brought in with “regulars purchases import”.</source>
        <translation>هنوز خریدی ثبت نشده است. با ثبت فروش‌ها گزارش‌ها پر می‌شوند؛ فروش‌های گذشته را می‌توان با «regulars purchases import» وارد کرد.</translation>
    </message>
    <message>
        <source>Only one customer has bought so far. Reports compare customers with each other, so they appear once a second customer has bought.</source>
        <translation>تاکنون فقط یک مشتری خرید کرده است. گزارش‌ها مشتریان را با هم مقایسه می‌کنند، بنابراین وقتی مشتری دوم هم خرید کند نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>بازگشتی</translation>
    </message>
    <message>
        <source>Active customers per month: new and returning</source>
        <translation>مشتریان فعال در هر ماه: جدید و بازگشتی</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>ماندگاری</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>ریزش</translation>
    </message>
    <message>
        <source>Month-over-month retention and churn</source>
        <translation>ماندگاری و ریزش ماه به ماه</translation>
    </message>
    <message>
        <source>No customer made a first purchase in the months chosen.</source>
        <translation>در ماه‌های انتخاب‌شده هیچ مشتری‌ای اولین خریدش را انجام نداده است.</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>اعضای جدید</translation>
    </message>
    <message>
        <source>Share of sales made by members</source>
        <translation>سهم اعضا از فروش‌ها</translation>
    </message>
    <message>
        <source>New members per month, and the members&apos; share of sales</source>
        <translation>اعضای جدید در هر ماه و سهم اعضا از فروش‌ها</translation>
    </message>
    <message>
        <source>Not enough history yet to tell who is slipping away: the model needs customers who have come back at least once.</source>
        <translation>هنوز سابقه کافی برای تشخیص مشتریانی که در حال از دست رفتن‌اند وجود ندارد: مدل به مشتریانی نیاز دارد که دست‌کم یک بار بازگشته باشند.</translation>
    </message>
    <message>
        <source>Nobody valuable who agreed to marketing is slipping away right now.</source>
        <translation>در حال حاضر هیچ مشتری ارزشمندی که به دریافت پیشنهادها و خبرها رضایت داده باشد، در حال از دست رفتن نیست.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>خروجی گرفتن از نمودار</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>تصاویر PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export numbers</source>
        <translation>خروجی گرفتن از اعداد</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>هنوز چیزی برای خروجی گرفتن وجود ندارد.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن در %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>نوشتن در %1 ممکن نیست.</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>همه فروشگاه‌ها</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>فروشگاه</translation>
    </message>
    <message>
        <source>Customers and their points are shared by every shop of the chain, so this page covers all shops.</source>
        <translation>مشتریان و امتیازهایشان میان همه فروشگاه‌های زنجیره مشترک است، بنابراین این صفحه همه فروشگاه‌ها را در بر می‌گیرد.</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Sale for %1</source>
        <translation>فروش به %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>مثلاً %1</translation>
    </message>
    <message>
        <source>The amount of the sale in %1, before any member discount.</source>
        <translation>مبلغ فروش به %1، پیش از کسر تخفیف اعضا.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>مبلغ (%1):</translation>
    </message>
    <message>
        <source>How many points the customer wants to spend on this sale</source>
        <translation>تعداد امتیازی که مشتری می‌خواهد برای این خرید خرج کند</translation>
    </message>
    <message>
        <source>Use &amp;all</source>
        <translation>استفاده از همه</translation>
    </message>
    <message>
        <source>&amp;Pay with points:</source>
        <translation>پرداخت با امتیاز:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>سطح:</translation>
    </message>
    <message>
        <source>Member discount:</source>
        <translation>تخفیف اعضا:</translation>
    </message>
    <message>
        <source>Points pay:</source>
        <translation>سهم امتیاز:</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>قابل پرداخت:</translation>
    </message>
    <message>
        <source>Earns:</source>
        <translation>امتیاز کسب‌شده:</translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation>موجودی پس از خرید:</translation>
    </message>
    <message>
        <source>Stamps:</source>
        <translation>مهرها:</translation>
    </message>
    <message>
        <source>&amp;Record sale</source>
        <translation>ثبت فروش</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>up to %1 (%2); balance %3</source>
        <translation>تا %1 (%2)؛ موجودی %3</translation>
    </message>
    <message>
        <source>%1% off: −%2</source>
        <translation>%1٪ تخفیف: −%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s): −%1</source>
        <translation>
            <numerusform>%Ln امتیاز: −%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln point(s)</source>
        <translation>
            <numerusform>+%Ln امتیاز</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 × points)</source>
        <translation>%1 (%2 برابر امتیاز)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln امتیاز</numerusform>
        </translation>
    </message>
    <message>
        <source>This sale fills the stamp card: the customer gets “%1”.</source>
        <translation>این خرید کارت مهر را پر می‌کند: مشتری «%1» می‌گیرد.</translation>
    </message>
    <message>
        <source>+%L1 points and a bonus of %L2</source>
        <translation>+%L1 امتیاز و %L2 امتیاز هدیه</translation>
    </message>
    <message>
        <source>%L1 of %L2 after this sale</source>
        <translation>%L1 از %L2 پس از این خرید</translation>
    </message>
    <message>
        <source>Scan or type a coupon code</source>
        <translation>کد کوپن را اسکن کنید یا بنویسید</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>کوپن:</translation>
    </message>
    <message>
        <source>Coupon gives:</source>
        <translation>مزیت کوپن:</translation>
    </message>
    <message>
        <source>Print a receipt &amp;slip</source>
        <translation>چاپ رسید</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. This sale is kept on this till and sent when the server is back; the points shown are an estimate until then.</source>
        <translation>آفلاین: سرور در دسترس نیست. این فروش روی همین صندوق نگه داشته می‌شود و وقتی سرور برگشت ارسال می‌شود؛ تا آن زمان امتیازهای نمایش‌داده‌شده تخمینی هستند.</translation>
    </message>
    <message>
        <source>about %1, confirmed when the till is back online</source>
        <translation>حدود %1، وقتی صندوق دوباره آنلاین شد قطعی می‌شود</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln point(s)</source>
        <translation>
            <numerusform>حدود %Ln امتیاز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanDecoder</name>
    <message>
        <source>Incomplete code discarded (no end mark before the next STX): %1</source>
        <translation>کد ناقص کنار گذاشته شد (پیش از STX بعدی، علامت پایان نیامد): %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) outside STX … ETX ignored; check the framing setting.</source>
        <translation>
            <numerusform>%Ln بایت خارج از STX … ETX نادیده گرفته شد؛ تنظیم علامت پایان کد (framing) را بررسی کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more unreadable piece(s).</source>
        <translation>
            <numerusform>… و %Ln تکه ناخوانای دیگر.</numerusform>
        </translation>
    </message>
    <message>
        <source>A code longer than %1 bytes without an end mark was discarded; check the framing setting. It began with: %2</source>
        <translation>کدی طولانی‌تر از %1 بایت بدون علامت پایان کنار گذاشته شد؛ تنظیم علامت پایان کد (framing) را بررسی کنید. ابتدای آن: %2</translation>
    </message>
    <message>
        <source>Unreadable bytes discarded: %1</source>
        <translation>بایت‌های ناخوانا کنار گذاشته شد: %1</translation>
    </message>
    <message>
        <source>Unreadable bytes discarded (is the baud rate right?): %1</source>
        <translation>بایت‌های ناخوانا کنار گذاشته شد (آیا نرخ باود درست است؟): %1</translation>
    </message>
    <message>
        <source>Automatic (CR, LF, Tab or STX … ETX)</source>
        <translation>خودکار (CR، LF، تب یا STX … ETX)</translation>
    </message>
    <message>
        <source>CR (carriage return)</source>
        <translation>CR (بازگشت به ابتدای سطر)</translation>
    </message>
    <message>
        <source>LF (line feed)</source>
        <translation>LF (رفتن به سطر بعد)</translation>
    </message>
    <message>
        <source>CR LF</source>
        <translation>CR LF</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>STX … ETX</source>
        <translation>STX … ETX</translation>
    </message>
</context>
<context>
    <name>ScannedCode</name>
    <message>
        <source>card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>coupon or voucher</source>
        <translation>کوپن یا بن</translation>
    </message>
    <message>
        <source>stamp card</source>
        <translation>کارت مهر</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>شماره تلفن</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>کد ناشناخته</translation>
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
        <translation>  scanner listen --port PATH [--baud N] [--framing auto|cr|lf|crlf|tab|stx-etx]
      یک بارکدخوان سریال را می‌خواند و برای هر کد یک سطر JSON چاپ می‌کند (code، symbology، kind:
      card، coupon، stamp_card، phone یا unknown، customer)؛ پس از جدا شدن بارکدخوان دوباره وصل می‌شود و
      با Ctrl+C متوقف می‌شود
</translation>
    </message>
    <message>
        <source>Use: regulars scanner listen --port PATH [--baud N] [--framing auto|cr|lf|crlf|tab|stx-etx]</source>
        <translation>کاربرد: regulars scanner listen --port PATH [--baud N] [--framing auto|cr|lf|crlf|tab|stx-etx]</translation>
    </message>
    <message>
        <source>Give the scanner&apos;s port with --port PATH, for example --port /dev/ttyACM0.</source>
        <translation>پورت بارکدخوان را با --port PATH مشخص کنید، مثلاً --port /dev/ttyACM0.</translation>
    </message>
    <message>
        <source>--baud takes a whole number such as 9600 or 115200.</source>
        <translation>مقدار --baud باید یک عدد صحیح مثل 9600 یا 115200 باشد.</translation>
    </message>
    <message>
        <source>Unknown framing %1; use auto, cr, lf, crlf, tab or stx-etx.</source>
        <translation>علامت پایان کد (framing) ناشناخته %1؛ از auto، cr، lf، crlf، tab یا stx-etx استفاده کنید.</translation>
    </message>
    <message>
        <source>Cannot set up the stop signals: %1</source>
        <translation>تنظیم سیگنال‌های توقف ممکن نیست: %1</translation>
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation>در حال دریافت از %1.</translation>
    </message>
</context>
<context>
    <name>ScannerSettingsDialog</name>
    <message>
        <source>Barcode scanners</source>
        <translation>بارکدخوان‌ها</translation>
    </message>
    <message>
        <source>Serial scanner (RS-232 or USB serial)</source>
        <translation>بارکدخوان سریال (RS-232 یا سریال USB)</translation>
    </message>
    <message>
        <source>None: keyboard scanners only</source>
        <translation>بدون پورت: فقط بارکدخوان‌های حالت صفحه‌کلید</translation>
    </message>
    <message>
        <source>Choose a port, or type its path: /dev/ttyACM0, /dev/serial/by-id/…, or a pseudo-terminal.</source>
        <translation>یک پورت انتخاب کنید یا مسیر آن را بنویسید: /dev/ttyACM0، /dev/serial/by-id/… یا یک شبه‌ترمینال.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>جستجوی دوباره</translation>
    </message>
    <message>
        <source>Look for ports again after plugging a scanner in.</source>
        <translation>پس از وصل کردن بارکدخوان، پورت‌ها را دوباره جستجو کنید.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>پورت:</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>نرخ باود:</translation>
    </message>
    <message>
        <source>&amp;Data bits:</source>
        <translation>بیت‌های داده:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>زوج</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>فاصله (Space)</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>علامت (Mark)</translation>
    </message>
    <message>
        <source>P&amp;arity:</source>
        <translation>توازن:</translation>
    </message>
    <message>
        <source>&amp;Stop bits:</source>
        <translation>بیت‌های توقف:</translation>
    </message>
    <message>
        <source>Hardware (RTS/CTS)</source>
        <translation>سخت‌افزاری (RTS/CTS)</translation>
    </message>
    <message>
        <source>Software (XON/XOFF)</source>
        <translation>نرم‌افزاری (XON/XOFF)</translation>
    </message>
    <message>
        <source>&amp;Flow control:</source>
        <translation>کنترل جریان:</translation>
    </message>
    <message>
        <source>Codes end &amp;with:</source>
        <translation>علامت پایان کد:</translation>
    </message>
    <message>
        <source>Keyboard scanner (USB)</source>
        <translation>بارکدخوان حالت صفحه‌کلید (USB)</translation>
    </message>
    <message>
        <source>Take fast typing as a scan, never as text in a field</source>
        <translation>تایپ سریع اسکن حساب شود و هرگز به‌صورت متن در فیلد وارد نشود</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> میلی‌ثانیه</translation>
    </message>
    <message>
        <source>Scanners type a character every few milliseconds; people take much longer.</source>
        <translation>بارکدخوان هر چند میلی‌ثانیه یک نویسه تایپ می‌کند؛ تایپ انسان خیلی کندتر است.</translation>
    </message>
    <message>
        <source>At most, per &amp;character:</source>
        <translation>حداکثر زمان هر نویسه:</translation>
    </message>
    <message>
        <source>At &amp;least, characters:</source>
        <translation>حداقل تعداد نویسه:</translation>
    </message>
    <message>
        <source>Ended by a &amp;pause of:</source>
        <translation>پایان با مکث:</translation>
    </message>
    <message>
        <source>Both kinds</source>
        <translation>هر دو نوع</translation>
    </message>
    <message>
        <source>Characters the scanner is set to send before every code; they are removed.</source>
        <translation>نویسه‌هایی که بارکدخوان برای ارسال پیش از هر کد تنظیم شده است؛ این نویسه‌ها حذف می‌شوند.</translation>
    </message>
    <message>
        <source>Pr&amp;efix:</source>
        <translation>پیشوند:</translation>
    </message>
    <message>
        <source>Characters the scanner is set to send after every code; they are removed.</source>
        <translation>نویسه‌هایی که بارکدخوان برای ارسال پس از هر کد تنظیم شده است؛ این نویسه‌ها حذف می‌شوند.</translation>
    </message>
    <message>
        <source>S&amp;uffix:</source>
        <translation>پسوند:</translation>
    </message>
    <message>
        <source>Test: scan something</source>
        <translation>آزمایش: چیزی را اسکن کنید</translation>
    </message>
    <message>
        <source>Bytes from the serial port (hex):</source>
        <translation>بایت‌های دریافتی از پورت سریال (هگزادسیمال):</translation>
    </message>
    <message>
        <source>Codes read:</source>
        <translation>کدهای خوانده‌شده:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>port path — description</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No serial port chosen. Scan with a keyboard (USB) scanner to see its codes here.</source>
        <translation>هیچ پورت سریالی انتخاب نشده است. با یک بارکدخوان حالت صفحه‌کلید (USB) اسکن کنید تا کدهایش اینجا نمایش داده شود.</translation>
    </message>
    <message>
        <source>Listening on %1. Scan a code.</source>
        <translation>در حال دریافت از %1. یک کد را اسکن کنید.</translation>
    </message>
    <message>
        <source>serial port</source>
        <translation>پورت سریال</translation>
    </message>
    <message>
        <source>keyboard scanner</source>
        <translation>بارکدخوان حالت صفحه‌کلید</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>card of Anna</comment>
        <translation>%1 متعلق به %2</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>یک مشتری</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>code — what it is (how it was read)</comment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <comment>code — what it is (how it was read, symbology)</comment>
        <translation>%1 — %2 (%3، %4)</translation>
    </message>
</context>
<context>
    <name>SecretHash</name>
    <message>
        <source>The password library could not start.</source>
        <translation>کتابخانه رمز عبور راه‌اندازی نشد.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>حافظه کافی برای محافظت از رمز عبور وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>Connecting to the scanner on %1…</source>
        <translation>در حال اتصال به بارکدخوان روی %1…</translation>
    </message>
    <message>
        <source>Scanner disconnected: %1 is not there. Plug it in; Regulars reconnects by itself.</source>
        <translation>بارکدخوان قطع است: %1 پیدا نمی‌شود. آن را وصل کنید؛ Regulars خودش دوباره متصل می‌شود.</translation>
    </message>
    <message>
        <source>Scanner disconnected from %1. Regulars reconnects by itself when it is back.</source>
        <translation>اتصال بارکدخوان از %1 قطع شد. وقتی دوباره وصل شود، Regulars خودش دوباره متصل می‌شود.</translation>
    </message>
    <message>
        <source>Scanner on %1 failed (%2). Regulars tries again by itself.</source>
        <translation>بارکدخوان روی %1 با خطا مواجه شد (%2). Regulars خودش دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>%1 is in use by another program, so Regulars cannot read the scanner. Close the other program (another Regulars window or command, a terminal program, or ModemManager, which grabs new ttyACM ports) and Regulars connects by itself.</source>
        <translation>%1 در اختیار برنامه دیگری است، بنابراین Regulars نمی‌تواند بارکدخوان را بخواند. برنامه دیگر را ببندید (یک پنجره یا فرمان دیگر Regulars، یک برنامه ترمینال، یا ModemManager که پورت‌های ttyACM تازه را در اختیار می‌گیرد) تا Regulars خودش متصل شود.</translation>
    </message>
    <message>
        <source>Your account may not read %1: the port belongs to the group “%2” and you are not in it. Run “sudo usermod -aG %2 %3”, then log out and back in.</source>
        <translation>حساب کاربری شما اجازه خواندن %1 را ندارد: این پورت متعلق به گروه «%2» است و شما عضو آن نیستید. فرمان «sudo usermod -aG %2 %3» را اجرا کنید، سپس از حساب کاربری خارج شوید و دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>Cannot open the scanner on %1: %2</source>
        <translation>باز کردن بارکدخوان روی %1 ممکن نیست: %2</translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>A shop on a PostgreSQL server is backed up with pg_dump, which is not installed. Install the package postgresql-client.</source>
        <translation>نسخه پشتیبان فروشگاهی که روی سرور PostgreSQL است با pg_dump گرفته می‌شود که نصب نیست. بسته postgresql-client را نصب کنید.</translation>
    </message>
    <message>
        <source>pg_dump could not back up %1: %2</source>
        <translation>pg_dump نتوانست از %1 نسخه پشتیبان بگیرد: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>فایلی با نام %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 is not a Regulars database.</source>
        <translation>%1 پایگاه داده Regulars نیست.</translation>
    </message>
    <message>
        <source>A backup of a shop on a PostgreSQL server is read with pg_restore, which is not installed. Install the package postgresql-client.</source>
        <translation>نسخه پشتیبان فروشگاهی که روی سرور PostgreSQL است با pg_restore خوانده می‌شود که نصب نیست. بسته postgresql-client را نصب کنید.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (%2).</source>
        <translation>%1 آسیب دیده و قابل استفاده نیست (%2).</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>نسخه ساختار پایگاه داده در آن ثبت نشده است</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Regulars (database version %2; this program knows up to %3). Install the newer Regulars to restore it.</source>
        <translation>%1 با نسخه جدیدتری از Regulars نوشته شده است (نسخه پایگاه داده %2؛ این برنامه تا نسخه %3 را می‌شناسد). برای بازگردانی آن، Regulars جدیدتر را نصب کنید.</translation>
    </message>
    <message>
        <source>A backup of a shop on a PostgreSQL server is restored with pg_restore, which is not installed. Install the package postgresql-client.</source>
        <translation>نسخه پشتیبان فروشگاهی که روی سرور PostgreSQL است با pg_restore بازگردانی می‌شود که نصب نیست. بسته postgresql-client را نصب کنید.</translation>
    </message>
    <message>
        <source>pg_restore could not restore %1 into %2, so nothing was changed: %3</source>
        <translation>pg_restore نتوانست %1 را در %2 بازگردانی کند، بنابراین چیزی تغییر نکرد: %3</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>A change could not be saved because the connection to the server was lost.</source>
        <translation>یک تغییر ذخیره نشد، چون اتصال به سرور قطع شد.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Database server password</source>
        <translation>رمز عبور سرور پایگاه داده</translation>
    </message>
    <message>
        <source>The shop is kept on this database server:</source>
        <translation>فروشگاه روی این سرور پایگاه داده نگه داشته می‌شود:</translation>
    </message>
    <message>
        <source>Type the password of its database account:</source>
        <translation>رمز عبور حساب پایگاه داده آن را بنویسید:</translation>
    </message>
    <message>
        <source>The server refused the password: %1</source>
        <translation>سرور رمز عبور را نپذیرفت: %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
</context>
<context>
    <name>ServerStatusLabel</name>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; Server connected</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; سرور متصل است</translation>
    </message>
    <message>
        <source>The shop&apos;s database server %1 answers.</source>
        <translation>سرور پایگاه داده فروشگاه، %1، پاسخ می‌دهد.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:%1&quot;&gt;● Server unreachable since %2&lt;/span&gt; · next try in %Ln s · &lt;a href=&quot;retry&quot;&gt;Try now&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;● سرور از %2 در دسترس نیست&lt;/span&gt; · تلاش بعدی تا %Ln ثانیه دیگر · &lt;a href=&quot;retry&quot;&gt;همین حالا امتحان کنید&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;● Server unreachable since %2&lt;/span&gt; · trying now…</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;● سرور از %2 در دسترس نیست&lt;/span&gt; · در حال تلاش…</translation>
    </message>
    <message>
        <source>The shop&apos;s database server %1 does not answer: %2. The till keeps trying; nothing you typed is lost.</source>
        <translation>سرور پایگاه داده فروشگاه، %1، پاسخ نمی‌دهد: %2. صندوق همچنان تلاش می‌کند؛ چیزی از آنچه نوشته‌اید از دست نمی‌رود.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Regulars</source>
        <translation>راه‌اندازی Regulars</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>فروشگاه شما</translation>
    </message>
    <message>
        <source>Its name, and the country that says how phone numbers, money and dates are read.</source>
        <translation>نام فروشگاه و کشوری که نحوه خواندن شماره تلفن، پول و تاریخ را مشخص می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Language on this computer:</source>
        <translation>زبان در این رایانه:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>زبان جدید از اجرای بعدی استفاده می‌شود.</translation>
    </message>
    <message>
        <source>Your programme</source>
        <translation>باشگاه مشتریان شما</translation>
    </message>
    <message>
        <source>How regular customers are rewarded. Start with one; change the details or add the others later under File › Loyalty programme.</source>
        <translation>مشتریان ثابت چگونه پاداش می‌گیرند. با یکی شروع کنید؛ جزئیات را تغییر دهید یا بقیه را بعداً از فایل ‹ باشگاه مشتریان اضافه کنید.</translation>
    </message>
    <message>
        <source>&amp;Points: customers collect points and pay with them</source>
        <translation>امتیاز: مشتریان امتیاز جمع می‌کنند و با آن پرداخت می‌کنند</translation>
    </message>
    <message>
        <source>&amp;Discount card: members pay less on every purchase</source>
        <translation>کارت تخفیف: اعضا در هر خرید کمتر پرداخت می‌کنند</translation>
    </message>
    <message>
        <source>&amp;Stamp card: a full card gives a reward</source>
        <translation>کارت مهر: کارت پر، جایزه دارد</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>مالک فروشگاه</translation>
    </message>
    <message>
        <source>Only the owner changes the programme, corrects points and gives large refunds.</source>
        <translation>فقط مالک فروشگاه باشگاه مشتریان را تغییر می‌دهد، امتیازها را اصلاح می‌کند و مرجوعی‌های بزرگ را ثبت می‌کند.</translation>
    </message>
    <message>
        <source>Your barcode scanner</source>
        <translation>بارکدخوان شما</translation>
    </message>
    <message>
        <source>A USB scanner that types like a keyboard needs nothing. For a serial scanner, choose its port and scan a card: the codes read show below.</source>
        <translation>بارکدخوان USB که مثل صفحه‌کلید تایپ می‌کند نیازی به تنظیم ندارد. برای بارکدخوان سریال، درگاه آن را انتخاب کنید و یک کارت را اسکن کنید: کدهای خوانده‌شده پایین نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>مشتریان شما</translation>
    </message>
    <message>
        <source>Kept your customers in another program or a spreadsheet? Bring them in from a CSV file. You can also do this later with File › Import customers.</source>
        <translation>مشتریانتان را در برنامه دیگری یا یک صفحه‌گسترده نگه می‌داشتید؟ آن‌ها را از یک فایل CSV وارد کنید. این کار را بعداً هم می‌توانید از فایل ‹ وارد کردن مشتریان انجام دهید.</translation>
    </message>
    <message>
        <source>&amp;Import customers from a CSV file…</source>
        <translation>وارد کردن مشتریان از فایل CSV…</translation>
    </message>
    <message>
        <source>Press %1 to start. F1 opens the guide on any screen.</source>
        <translation>برای شروع %1 را بزنید. در هر صفحه، F1 راهنما را باز می‌کند.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نیست: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported.</source>
        <translation>
            <numerusform>%Ln مشتری وارد شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) for every %2 spent; a point pays %3; points expire after %Ln month(s).</source>
        <translation>
            <numerusform>%1 امتیاز برای هر %2 خرید؛ هر امتیاز %3 ارزش دارد؛ امتیازها پس از %Ln ماه منقضی می‌شوند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members get %1 off every purchase.</source>
        <translation>اعضا در هر خرید %1 تخفیف می‌گیرند.</translation>
    </message>
    <message numerus="yes">
        <source>A stamp for every purchase; %Ln stamps fill a card, which gives a voucher for a free item.</source>
        <translation>
            <numerusform>هر خرید یک مهر؛ با %Ln مهر کارت پر می‌شود و یک بن کالای رایگان می‌دهد.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <extracomment>The wizard&apos;s button to the next page; the arrow points the way pages turn in the language (or none).</extracomment>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>The wizard&apos;s button to the page before; the arrow points back in the language (or none).</extracomment>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>ShopCommands</name>
    <message>
        <source>Use: regulars shops list | add NAME | rename ID|NAME NEW-NAME</source>
        <translation>کاربرد: regulars shops list | add NAME | rename ID|NAME NEW-NAME</translation>
    </message>
    <message>
        <source>Use: regulars tills list | assign TILL --shop ID|NAME</source>
        <translation>کاربرد: regulars tills list | assign TILL --shop ID|NAME</translation>
    </message>
    <message>
        <source>  shops list | shops add NAME | shops rename ID|NAME NEW-NAME
      the shops of a chain sharing this database, as JSON lines with their tills
  tills list | tills assign TILL --shop ID|NAME
      which shop each till belongs to; a till joins the first shop with its first sale, and
      moving it later leaves its past sales with the shop they were made in
</source>
        <translation>  shops list | shops add NAME | shops rename ID|NAME NEW-NAME
      فروشگاه‌های یک زنجیره که از این پایگاه داده مشترک استفاده می‌کنند، به‌صورت سطرهای JSON همراه با صندوق‌هایشان
  tills list | tills assign TILL --shop ID|NAME
      هر صندوق به کدام فروشگاه تعلق دارد؛ صندوق با اولین فروشش به اولین فروشگاه می‌پیوندد و
      اگر بعداً منتقل شود، فروش‌های گذشته‌اش در فروشگاهی که در آن انجام شده‌اند می‌مانند
</translation>
    </message>
</context>
<context>
    <name>ShopCopy</name>
    <message>
        <source>The tables refer to each other in a circle.</source>
        <translation>جدول‌ها به‌صورت چرخه‌ای به هم ارجاع می‌دهند.</translation>
    </message>
    <message>
        <source>A shop is copied from a SQLite file (--from FILE.sqlite3).</source>
        <translation>فروشگاه از یک فایل SQLite کپی می‌شود (--from FILE.sqlite3).</translation>
    </message>
    <message>
        <source>The two databases are at different versions (%1 and %2).</source>
        <translation>دو پایگاه داده نسخه‌های متفاوتی دارند (%1 و %2).</translation>
    </message>
    <message numerus="yes">
        <source>The target %1 already holds a shop (%Ln row(s) in %2), and nothing was copied: a copy never overwrites. Name an empty database.</source>
        <translation>
            <numerusform>مقصد %1 از قبل یک فروشگاه دارد (%Ln ردیف در %2) و چیزی کپی نشد: کپی هرگز چیزی را بازنویسی نمی‌کند. یک پایگاه داده خالی معرفی کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying row %1 of %2 failed: %3</source>
        <translation>کپی ردیف %1 از %2 ناموفق بود: %3</translation>
    </message>
    <message>
        <source>After the copy, %1 holds %2 rows in the file and %3 on the target.</source>
        <translation>پس از کپی، %1 در فایل %2 ردیف و در مقصد %3 ردیف دارد.</translation>
    </message>
</context>
<context>
    <name>ShopLogo</name>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>%1 را نمی‌توان به‌عنوان تصویر خواند: %2</translation>
    </message>
    <message>
        <source>The logo could not be stored as PNG.</source>
        <translation>ذخیره لوگو به‌صورت PNG ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>ShopPrinting</name>
    <message>
        <source>&amp;Layout:</source>
        <translation>چیدمان:</translation>
    </message>
    <message>
        <source>Ten cards on A4, with cut marks</source>
        <translation>ده کارت روی A4، با علامت برش</translation>
    </message>
    <message>
        <source>One card a page (card printer, CR80)</source>
        <translation>هر کارت در یک صفحه (چاپگر کارت، CR80)</translation>
    </message>
    <message>
        <source>&amp;Roll:</source>
        <translation>رول:</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 میلی‌متر</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 میلی‌متر</translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <translation>کارت‌ها:</translation>
    </message>
    <message>
        <source>New membership cards</source>
        <translation>کارت‌های عضویت جدید</translation>
    </message>
    <message>
        <source>membership-cards.pdf</source>
        <translation>membership-cards.pdf</translation>
    </message>
    <message>
        <source>New stamp cards</source>
        <translation>کارت‌های مهر جدید</translation>
    </message>
    <message>
        <source>stamp-cards.pdf</source>
        <translation>stamp-cards.pdf</translation>
    </message>
    <message>
        <source>Membership card of %1</source>
        <translation>کارت عضویت %1</translation>
    </message>
    <message>
        <source>card-%1.pdf</source>
        <translation>card-%1.pdf</translation>
    </message>
    <message>
        <source>Consent form of %1</source>
        <translation>فرم رضایت %1</translation>
    </message>
    <message>
        <source>consent-%1.pdf</source>
        <translation>consent-%1.pdf</translation>
    </message>
    <message>
        <source>Receipt slip</source>
        <translation>رسید فروش</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>receipt-%1.pdf</translation>
    </message>
</context>
<context>
    <name>ShopSetupDialog</name>
    <message>
        <source>Set up your shop</source>
        <translation>راه‌اندازی فروشگاه</translation>
    </message>
    <message>
        <source>Welcome to Regulars. Tell us where your shop is: phone numbers typed without a country code are read as numbers of this country.</source>
        <translation>به Regulars خوش آمدید. بگویید فروشگاهتان کجاست: شماره تلفن‌هایی که بدون کد کشور وارد شوند، شماره‌های همین کشور در نظر گرفته می‌شوند.</translation>
    </message>
    <message>
        <source>As customers know it</source>
        <translation>همان نامی که مشتریان می‌شناسند</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>نام فروشگاه:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>کشور:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>currency (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>واحد پول:</translation>
    </message>
    <message>
        <source>Show and type amounts in &amp;tomans (10 rials)</source>
        <translation>نمایش و ورود مبالغ به تومان (۱۰ ریال)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>A picture file (PNG, JPEG, SVG) printed on cards and receipt slips</source>
        <translation>یک فایل تصویر (PNG، JPEG، SVG) که روی کارت‌ها و رسیدها چاپ می‌شود</translation>
    </message>
    <message>
        <source>Shop logo</source>
        <translation>لوگوی فروشگاه</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>لوگو:</translation>
    </message>
    <message>
        <source>The country&apos;s currency</source>
        <translation>واحد پول کشور</translation>
    </message>
    <message>
        <source>The country&apos;s currency: %1 (%2)</source>
        <translation>واحد پول کشور: %1 (%2)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>بدون لوگو</translation>
    </message>
</context>
<context>
    <name>Shops</name>
    <message>
        <source>Main shop</source>
        <translation>فروشگاه اصلی</translation>
    </message>
    <message>
        <source>The shops could not be read: %1</source>
        <translation>خواندن فروشگاه‌ها ممکن نشد: %1</translation>
    </message>
    <message>
        <source>The tills could not be read: %1</source>
        <translation>خواندن صندوق‌ها ممکن نشد: %1</translation>
    </message>
    <message>
        <source>There is no shop “%1”. See regulars shops list.</source>
        <translation>فروشگاهی با نام «%1» وجود ندارد. فهرست را با regulars shops list ببینید.</translation>
    </message>
    <message>
        <source>Till %1 belongs to no shop.</source>
        <translation>صندوق %1 به هیچ فروشگاهی تعلق ندارد.</translation>
    </message>
    <message>
        <source>A shop needs a name.</source>
        <translation>فروشگاه باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>A shop&apos;s name can have at most %1 characters.</source>
        <translation>نام فروشگاه حداکثر می‌تواند %1 نویسه داشته باشد.</translation>
    </message>
    <message>
        <source>A shop&apos;s name cannot be only a number: numbers name shops by their id.</source>
        <translation>نام فروشگاه نمی‌تواند فقط یک عدد باشد: عدد به معنای شناسه فروشگاه است.</translation>
    </message>
    <message>
        <source>There is already a shop called “%1”.</source>
        <translation>فروشگاهی با نام «%1» از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>Only the owner can add shops or move tills.</source>
        <translation>فقط مالک فروشگاه می‌تواند فروشگاه اضافه کند یا صندوق‌ها را منتقل کند.</translation>
    </message>
    <message>
        <source>The shop was not added: %1</source>
        <translation>فروشگاه اضافه نشد: %1</translation>
    </message>
    <message>
        <source>The shop was not renamed: %1</source>
        <translation>نام فروشگاه تغییر نکرد: %1</translation>
    </message>
    <message>
        <source>Name the till to move.</source>
        <translation>صندوقی را که باید منتقل شود نام ببرید.</translation>
    </message>
    <message>
        <source>The till was not moved: %1</source>
        <translation>صندوق منتقل نشد: %1</translation>
    </message>
</context>
<context>
    <name>ShopsDialog</name>
    <message>
        <source>Shops and tills</source>
        <translation>فروشگاه‌ها و صندوق‌ها</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>فروشگاه‌ها</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>فروشگاه</translation>
    </message>
    <message>
        <source>Tills</source>
        <translation>صندوق‌ها</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>نام فروشگاه</translation>
    </message>
    <message>
        <source>&amp;Add shop</source>
        <translation>افزودن فروشگاه</translation>
    </message>
    <message>
        <source>&amp;Rename the chosen shop</source>
        <translation>تغییر نام فروشگاه انتخاب‌شده</translation>
    </message>
    <message>
        <source>Every shop shares the customers, their points, coupons and the programme. Sales are counted for the shop where they were made.</source>
        <translation>همه فروشگاه‌ها مشتریان، امتیازهایشان، کوپن‌ها و باشگاه مشتریان را به‌طور مشترک دارند. فروش‌ها برای فروشگاهی حساب می‌شوند که در آن انجام شده‌اند.</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <source>A till that has not sold yet can be named here, so it starts in the right shop.</source>
        <translation>صندوقی را که هنوز فروشی نداشته می‌توان اینجا نام برد تا از همان ابتدا در فروشگاه درست شروع کند.</translation>
    </message>
    <message>
        <source>T&amp;ill:</source>
        <translation>صندوق:</translation>
    </message>
    <message>
        <source>belongs to &amp;shop:</source>
        <translation>متعلق به فروشگاه:</translation>
    </message>
    <message>
        <source>&amp;Move till</source>
        <translation>انتقال صندوق</translation>
    </message>
    <message>
        <source>This computer is till “%1”. A till joins the first shop with its first sale; moving it later leaves its past sales with the shop they were made in.</source>
        <translation>این رایانه صندوق «%1» است. صندوق با اولین فروشش به اولین فروشگاه می‌پیوندد؛ اگر بعداً منتقل شود، فروش‌های گذشته‌اش در فروشگاهی که در آن انجام شده‌اند می‌مانند.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between till names</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (این رایانه)</translation>
    </message>
    <message>
        <source>Add a shop</source>
        <translation>افزودن فروشگاه</translation>
    </message>
    <message>
        <source>Rename a shop</source>
        <translation>تغییر نام فروشگاه</translation>
    </message>
    <message>
        <source>Move a till</source>
        <translation>انتقال صندوق</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is at the till?</source>
        <translation>چه کسی پشت صندوق است؟</translation>
    </message>
    <message>
        <source>⌫</source>
        <comment>erase the last digit</comment>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>پاک کردن آخرین رقم</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (مالک)</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>رمز عددی:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>رمز عبور:</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>پایگاه داده %1 آسیب دیده است: %2</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <source>The shop&apos;s database is damaged</source>
        <translation>پایگاه داده فروشگاه آسیب دیده است</translation>
    </message>
    <message>
        <source>%1

No good backup was found in %2. The damaged file was left as it is; copy it somewhere safe and ask for help to recover it, or restore a backup from elsewhere with: regulars restore FILE</source>
        <translation>%1

هیچ نسخه پشتیبان سالمی در %2 پیدا نشد. به فایل آسیب‌دیده دست زده نشد؛ آن را در جای امنی کپی کنید و برای بازیابی آن کمک بگیرید، یا یک نسخه پشتیبان از جای دیگر را با این فرمان بازگردانی کنید: regulars restore FILE</translation>
    </message>
    <message>
        <source>%1

The newest good backup is %2, made on %3. It holds %4.

Restore it? The damaged file is kept beside it, renamed, and nothing is deleted. Sales made since the backup are not in it.</source>
        <translation>%1

جدیدترین نسخه پشتیبان سالم %2 است که در %3 تهیه شده. این نسخه شامل %4 است.

بازگردانی شود؟ فایل آسیب‌دیده با نام جدید کنار آن نگه داشته می‌شود و چیزی پاک نمی‌شود. فروش‌هایی که پس از تهیه نسخه پشتیبان ثبت شده‌اند در آن نیستند.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>بازگردانی نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Regulars closes without changing anything. Start it again to restore the backup, or restore one with: regulars restore FILE</source>
        <translation>Regulars بدون تغییر چیزی بسته می‌شود. برای بازگردانی نسخه پشتیبان آن را دوباره اجرا کنید، یا یک نسخه را با این فرمان بازگردانی کنید: regulars restore FILE</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>بازگردانی از نسخه پشتیبان</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>پایگاه داده‌ای که جایگزین شد با نام %1 نگه داشته شده است.</translation>
    </message>
    <message>
        <source>The backup %1 was restored. %2</source>
        <translation>نسخه پشتیبان %1 بازگردانی شد. %2</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>بابت</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ثبت‌کننده</translation>
    </message>
</context>
<context>
    <name>TerminalPasswordPrompt</name>
    <message>
        <source>Password for %1: </source>
        <translation>رمز عبور برای %1: </translation>
    </message>
    <message>
        <source>The server refused the password: %1
</source>
        <translation>سرور رمز عبور را نپذیرفت: %1
</translation>
    </message>
</context>
<context>
    <name>TillCopy</name>
    <message>
        <source>The till&apos;s copy %1 belongs to the server %2, not to %3.</source>
        <translation>کپی محلی صندوق %1 متعلق به سرور %2 است، نه %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of offline work must reach the server before the till&apos;s copy is refreshed.</source>
        <translation>
            <numerusform>%Ln مورد از کارهای آفلاین باید پیش از تازه‌سازی کپی محلی صندوق به سرور برسد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TillLock</name>
    <message>
        <source>Signed in: %1 (owner)</source>
        <translation>واردشده: %1 (مالک)</translation>
    </message>
    <message>
        <source>Signed in: %1 (clerk)</source>
        <translation>واردشده: %1 (فروشنده)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>قفل</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>پایگاه داده مشغول یا فقط‌خواندنی است: %1</translation>
    </message>
    <message>
        <source>Saving to the database failed: %1</source>
        <translation>ذخیره در پایگاه داده ناموفق بود: %1</translation>
    </message>
    <message>
        <source>The database server cannot be reached, so nothing was saved. What you typed is kept: try again when the server is back (%1).</source>
        <translation>سرور پایگاه داده در دسترس نیست، بنابراین چیزی ذخیره نشد. آنچه نوشته‌اید نگه داشته شده است: وقتی سرور برگشت دوباره امتحان کنید (%1).</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Solar Hijri (Persian)</source>
        <translation>هجری شمسی</translation>
    </message>
    <message>
        <source>Hijri (Islamic)</source>
        <translation>هجری قمری</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
</context>
<context>
    <name>UserAccounts</name>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>نام فرد را بنویسید.</translation>
    </message>
    <message>
        <source>Keep the name under 60 characters.</source>
        <translation>نام باید کمتر از ۶۰ نویسه باشد.</translation>
    </message>
    <message>
        <source>Somebody called “%1” already signs in here.</source>
        <translation>کسی با نام «%1» از قبل اینجا وارد می‌شود.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>رمز عددی فقط از رقم تشکیل می‌شود.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>رمز عددی ۴ تا ۸ رقم دارد.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %Ln characters.</source>
        <translation>
            <numerusform>رمز عبور باید دست‌کم %Ln نویسه باشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop already has an owner&apos;s account.</source>
        <translation>فروشگاه از قبل حساب مالک دارد.</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>چنین کسی وجود ندارد.</translation>
    </message>
    <message>
        <source>The owner signs in with a password, not a PIN.</source>
        <translation>مالک فروشگاه با رمز عبور وارد می‌شود، نه رمز عددی.</translation>
    </message>
    <message>
        <source>The shop has no owner&apos;s account yet.</source>
        <translation>فروشگاه هنوز حساب مالک ندارد.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>رمز عبور فعلی درست نیست.</translation>
    </message>
    <message>
        <source>The owner&apos;s account cannot be disabled.</source>
        <translation>حساب مالک فروشگاه را نمی‌توان غیرفعال کرد.</translation>
    </message>
    <message>
        <source>This person can no longer sign in.</source>
        <translation>این فرد دیگر نمی‌تواند وارد شود.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. %1 can try again in %Ln second(s).</source>
        <translation>
            <numerusform>تلاش‌های نادرست بیش از حد. %1 پس از %Ln ثانیه می‌تواند دوباره امتحان کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>این رمز عددی درست نیست.</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>این رمز عبور درست نیست.</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>PIN (4 to 8 digits): </source>
        <translation>رمز عددی (۴ تا ۸ رقم): </translation>
    </message>
    <message>
        <source>  users add NAME [--pin PIN] | users add NAME --owner
      add a clerk who signs in with a PIN (from --pin, REGULARS_PIN or typed), or create the
      owner&apos;s account of a shop that has none (password from REGULARS_PASSWORD or typed)
  users list | users reset-pin NAME [--pin PIN] | users disable NAME
      the people who sign in, as JSON lines; a clerk&apos;s new PIN; a clerk who may no longer sign in
</source>
        <translation>  users add NAME [--pin PIN] | users add NAME --owner
      افزودن فروشنده‌ای که با رمز عددی وارد می‌شود (از --pin، REGULARS_PIN یا تایپ‌شده)، یا ساختن
      حساب مالک برای فروشگاهی که حساب مالک ندارد (رمز از REGULARS_PASSWORD یا تایپ‌شده)
  users list | users reset-pin NAME [--pin PIN] | users disable NAME
      کاربرانی که وارد می‌شوند، به‌صورت سطرهای JSON؛ رمز عددی جدید فروشنده؛ فروشنده‌ای که دیگر نباید وارد شود
</translation>
    </message>
    <message>
        <source>Use: regulars users add NAME [--pin PIN] | list | reset-pin NAME | disable NAME</source>
        <translation>کاربرد: regulars users add NAME [--pin PIN] | list | reset-pin NAME | disable NAME</translation>
    </message>
    <message>
        <source>The owner&apos;s new password: </source>
        <translation>رمز جدید مالک فروشگاه: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>دوباره همان رمز: </translation>
    </message>
    <message>
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation>دو رمز یکسان نیستند؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>%1 is the owner and signs in with the password.</source>
        <translation>%1 مالک فروشگاه است و با رمز عبور وارد می‌شود.</translation>
    </message>
    <message>
        <source>Create the owner&apos;s account first: regulars users add NAME --owner</source>
        <translation>ابتدا حساب مالک فروشگاه را بسازید: regulars users add NAME --owner</translation>
    </message>
    <message>
        <source>%1 can sign in at the till with the PIN.</source>
        <translation>%1 می‌تواند با رمز عددی پشت صندوق وارد شود.</translation>
    </message>
    <message>
        <source>Nobody called “%1” signs in here. See regulars users list.</source>
        <translation>کسی با نام «%1» اینجا وارد نمی‌شود. regulars users list را ببینید.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 دیگر نمی‌تواند وارد شود.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 رمز عددی جدید دارد.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>People who sign in</source>
        <translation>کاربران برنامه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>New PIN, 4 to 8 digits</source>
        <translation>رمز عددی جدید، ۴ تا ۸ رقم</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>تغییر رمز عددی</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <source>The clerk can no longer sign in; what they did stays in the records.</source>
        <translation>این فروشنده دیگر نمی‌تواند وارد شود؛ کارهایی که انجام داده در سوابق باقی می‌ماند.</translation>
    </message>
    <message>
        <source>Add a clerk</source>
        <translation>افزودن فروشنده</translation>
    </message>
    <message>
        <source>PIN, 4 to 8 digits</source>
        <translation>رمز عددی، ۴ تا ۸ رقم</translation>
    </message>
    <message>
        <source>&amp;Add clerk</source>
        <translation>افزودن فروشنده</translation>
    </message>
    <message>
        <source>At the till</source>
        <translation>پشت صندوق</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>قفل پس از بی‌کاری به مدت:</translation>
    </message>
    <message>
        <source>Larger refunds need the owner.</source>
        <translation>مرجوعی‌های بزرگ‌تر به مالک فروشگاه نیاز دارند.</translation>
    </message>
    <message>
        <source>Largest refund a &amp;clerk may make:</source>
        <translation>بیشترین مبلغ مرجوعی که فروشنده می‌تواند ثبت کند:</translation>
    </message>
    <message>
        <source>&amp;Save these settings</source>
        <translation>ذخیره این تنظیمات</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>فروشنده</translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation>می‌تواند وارد شود</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message numerus="yes">
        <source>locked for %Ln second(s)</source>
        <translation>
            <numerusform>قفل برای %Ln ثانیه</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>تغییر رمز عددی</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Go on?</source>
        <translation>%1 دیگر نمی‌تواند وارد شود. ادامه می‌دهید؟</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>غیرفعال کردن %1</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>تنظیمات ذخیره شد.</translation>
    </message>
</context>
</TS>
