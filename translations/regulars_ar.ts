<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Only the owner can change the programme&apos;s rules.</source>
        <translation>لا يمكن تغيير قواعد البرنامج إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>Only the owner can add or take away points outside a sale.</source>
        <translation>لا يمكن إضافة النقاط أو خصمها خارج عملية بيع إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>Only the owner can make a refund this large.</source>
        <translation>لا يمكن إجراء استرداد بهذا المبلغ إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>Only the owner can undo a redemption.</source>
        <translation>لا يمكن إلغاء استبدال النقاط إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>Only the owner can create coupon campaigns.</source>
        <translation>لا يمكن إنشاء حملات الكوبونات إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>Only the owner can archive or restore customers.</source>
        <translation>لا يمكن أرشفة العملاء أو استعادتهم إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>Only the owner can anonymise customers.</source>
        <translation>لا يمكن إخفاء هوية العملاء إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>Only the owner can export the shop&apos;s data.</source>
        <translation>لا يمكن تصدير بيانات المتجر إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>Only the owner can import customers or sales.</source>
        <translation>لا يمكن استيراد العملاء أو المبيعات إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>Only the owner can see the reports.</source>
        <translation>لا يمكن الاطلاع على التقارير إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>Only the owner can see the audit log.</source>
        <translation>لا يمكن الاطلاع على سجل التدقيق إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>Only the owner can manage the people who use Regulars.</source>
        <translation>لا يمكن إدارة الأشخاص الذين يستخدمون Regulars إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>Only the owner can restore a backup.</source>
        <translation>لا يمكن استعادة نسخة احتياطية إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s settings.</source>
        <translation>لا يمكن تغيير إعدادات المتجر إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>Only the owner can export what the shop holds about a customer.</source>
        <translation>لا يمكن تصدير ما يحتفظ به المتجر من بيانات عن عميل إلا لصاحب المتجر.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(بدون اسم)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <source>Every change</source>
        <translation>كل التغييرات</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>نوع التغيير:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Find text in what changed, e.g. a name, a phone number or a code</source>
        <translation>ابحث عن نص في التغييرات، مثل اسم أو رقم هاتف أو رمز</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln تغيير</numerusform>
            <numerusform>%Ln تغيير</numerusform>
            <numerusform>%Ln تغييران</numerusform>
            <numerusform>%Ln تغييرات</numerusform>
            <numerusform>%Ln تغييرًا</numerusform>
            <numerusform>%Ln تغيير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The change was not saved because the audit log could not be written: %1</source>
        <translation>لم يُحفظ التغيير لأن الكتابة في سجل التدقيق تعذّرت: %1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت نسخة احتياطية</translation>
    </message>
    <message>
        <source>Coupon campaign created</source>
        <translation>أُنشئت حملة كوبونات</translation>
    </message>
    <message>
        <source>Coupon redemption undone</source>
        <translation>أُلغي استخدام كوبون</translation>
    </message>
    <message>
        <source>Customer anonymised</source>
        <translation>أُخفيت هوية عميل</translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation>أُرشف عميل</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>سُجّلت موافقة</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>أُضيف عميل</translation>
    </message>
    <message>
        <source>Customer details changed</source>
        <translation>عُدّلت بيانات عميل</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>صُدّرت البيانات الشخصية</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>استُورد عملاء</translation>
    </message>
    <message>
        <source>Customer restored from the archive</source>
        <translation>أُعيد عميل من الأرشيف</translation>
    </message>
    <message>
        <source>Customer list exported</source>
        <translation>صُدّرت قائمة العملاء</translation>
    </message>
    <message>
        <source>Points corrected</source>
        <translation>صُحّحت النقاط</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>مُنحت نقاط</translation>
    </message>
    <message>
        <source>Points passed on</source>
        <translation>نُقلت نقاط</translation>
    </message>
    <message>
        <source>Programme rules changed</source>
        <translation>عُدّلت قواعد برنامج الولاء</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>عُدّل إعداد</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>غُيّرت كلمة المرور</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>أُضيف شخص</translation>
    </message>
    <message>
        <source>Person disabled</source>
        <translation>عُطّل حساب شخص</translation>
    </message>
    <message>
        <source>Locked after wrong tries</source>
        <translation>قُفل بعد محاولات خاطئة</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>أُعيد تعيين رمز PIN</translation>
    </message>
    <message>
        <source>Wrong PIN or password</source>
        <translation>رمز PIN أو كلمة مرور خاطئة</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>العميل %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>الشخص %1</translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation>الإعداد %1</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>الحملة %1</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>الكوبون %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>الملف %1</translation>
    </message>
    <message>
        <source>Shop added</source>
        <translation>أُضيف متجر</translation>
    </message>
    <message>
        <source>Shop renamed</source>
        <translation>أُعيدت تسمية متجر</translation>
    </message>
    <message>
        <source>Till moved to a shop</source>
        <translation>نُقلت نقطة بيع إلى متجر</translation>
    </message>
    <message>
        <source>Shop %1</source>
        <translation>المتجر %1</translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation>نقطة البيع %1</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>What</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>العنصر</translation>
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
        <translation>ملاحظة</translation>
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
      نسخة احتياطية مُتحقَّق منها من قاعدة البيانات، إلى FILE أو إلى مجلد النسخ الاحتياطية (بالتناوب: 7 يومية
      و4 أسبوعية)
  restore FILE [--yes]
      وضع نسخة احتياطية مكان قاعدة البيانات؛ ويُحتفظ بالملف الحالي بجانبها بعد إعادة تسميته
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
            <numerusform>%Ln عميل</numerusform>
            <numerusform>%Ln عميل</numerusform>
            <numerusform>%Ln عميلان</numerusform>
            <numerusform>%Ln عملاء</numerusform>
            <numerusform>%Ln عميلًا</numerusform>
            <numerusform>%Ln عميل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln عملية بيع</numerusform>
            <numerusform>%Ln عملية بيع</numerusform>
            <numerusform>%Ln عمليتا بيع</numerusform>
            <numerusform>%Ln عمليات بيع</numerusform>
            <numerusform>%Ln عملية بيع</numerusform>
            <numerusform>%Ln عملية بيع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entry(ies)</source>
        <translation>
            <numerusform>%Ln قيد</numerusform>
            <numerusform>%Ln قيد</numerusform>
            <numerusform>%Ln قيدان</numerusform>
            <numerusform>%Ln قيود</numerusform>
            <numerusform>%Ln قيدًا</numerusform>
            <numerusform>%Ln قيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coupon(s)</source>
        <translation>
            <numerusform>%Ln كوبون</numerusform>
            <numerusform>%Ln كوبون</numerusform>
            <numerusform>%Ln كوبونان</numerusform>
            <numerusform>%Ln كوبونات</numerusform>
            <numerusform>%Ln كوبونًا</numerusform>
            <numerusform>%Ln كوبون</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: regulars backup [--out FILE]</source>
        <translation>الاستخدام: regulars backup [--out FILE]</translation>
    </message>
    <message>
        <source>Use: regulars restore FILE</source>
        <translation>الاستخدام: regulars restore FILE</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>تم حفظ النسخة الاحتياطية والتحقق منها: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Backup %1: %2; last sale %3.</source>
        <translation>النسخة الاحتياطية %1: %2؛ آخر عملية بيع %3.</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the yes answer to a [y/N] question</comment>
        <translation>ن</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>لم تتم استعادة أي شيء.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>تمت الاستعادة من %1.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>قاعدة البيانات التي تم استبدالها محفوظة باسم %1.</translation>
    </message>
    <message>
        <source>Replace the database %1 with this backup? The current one is kept first. [y/N] </source>
        <translation>هل تريد استبدال قاعدة البيانات %1 بهذه النسخة الاحتياطية؟ يُحتفظ بالقاعدة الحالية أولًا. [y/N] </translation>
    </message>
</context>
<context>
    <name>BackupControls</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>مجلد النسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup… (owner)</source>
        <translation>الاستعادة من نسخة احتياطية… (لصاحب المتجر)</translation>
    </message>
    <message>
        <source>⚠ No backup yet</source>
        <translation>⚠ لا توجد نسخة احتياطية بعد</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Last backup %Ln day(s) ago</source>
        <translation>
            <numerusform>⚠ آخر نسخة احتياطية قبل %Ln يوم</numerusform>
            <numerusform>⚠ آخر نسخة احتياطية قبل %Ln يوم</numerusform>
            <numerusform>⚠ آخر نسخة احتياطية قبل %Ln يومين</numerusform>
            <numerusform>⚠ آخر نسخة احتياطية قبل %Ln أيام</numerusform>
            <numerusform>⚠ آخر نسخة احتياطية قبل %Ln يومًا</numerusform>
            <numerusform>⚠ آخر نسخة احتياطية قبل %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>آخر نسخة احتياطية: %1</translation>
    </message>
    <message>
        <source>Back up now (File menu), and check the backup folder %1.</source>
        <translation>أنشئ نسخة احتياطية الآن (قائمة ملف)، وتحقق من مجلد النسخ الاحتياطية %1.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ إنشاء النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>تم حفظ النسخة الاحتياطية والتحقق منها: %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Regulars backups (%1);;All files (*)</source>
        <translation>نسخ Regulars الاحتياطية (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Restore the backup made on %1?

%2

It holds %3. Its last sale: %4.

Everything recorded since then is replaced. The database in use now is kept first, with today&apos;s date in its name, and is never deleted. Regulars reopens the shop with the backup.</source>
        <translation>هل تريد استعادة النسخة الاحتياطية التي أُنشئت في %1؟

%2

تحتوي على %3. آخر عملية بيع فيها: %4.

سيُستبدل كل ما سُجّل منذ ذلك الحين. يُحتفظ بقاعدة البيانات المستخدمة الآن أولًا، مع تاريخ اليوم في اسمها، ولا تُحذف أبدًا. يعيد Regulars فتح المتجر من النسخة الاحتياطية.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>Copying the database to %1 failed: %2</source>
        <translation>فشل نسخ قاعدة البيانات إلى %1: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>لا يوجد ملف باسم %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Regulars database.</source>
        <translation>%1 ليس قاعدة بيانات Regulars.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (%2).</source>
        <translation>%1 تالف ولا يمكن استخدامه (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>لا يحتوي على رقم إصدار للمخطط</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Regulars (database version %2; this program knows up to %3). Install the newer Regulars to restore it.</source>
        <translation>كُتب %1 بإصدار أحدث من Regulars (إصدار قاعدة البيانات %2، وهذا البرنامج يعرف حتى الإصدار %3). ثبّت الإصدار الأحدث من Regulars لاستعادته.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1 exists already; a backup never replaces a file. Choose a new name.</source>
        <translation>%1 موجود بالفعل؛ النسخة الاحتياطية لا تستبدل أي ملف أبدًا. اختر اسمًا جديدًا.</translation>
    </message>
    <message>
        <source>Cannot write a backup to %1. Check that the folder exists and that you may write to it (a USB stick may be missing).</source>
        <translation>تعذّرت كتابة نسخة احتياطية إلى %1. تأكد من وجود المجلد ومن أن لديك صلاحية الكتابة فيه (ربما تكون ذاكرة USB غير موصولة).</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية %1 على القرص.</translation>
    </message>
    <message>
        <source>The backup just written did not pass its check, so it was deleted: %1</source>
        <translation>لم تجتز النسخة الاحتياطية التي كُتبت للتو التحقق، لذلك حُذفت: %1</translation>
    </message>
    <message>
        <source>The backup just written has database version %1 instead of %2, so it was deleted.</source>
        <translation>إصدار قاعدة البيانات في النسخة الاحتياطية التي كُتبت للتو هو %1 بدلًا من %2، لذلك حُذفت.</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>تعذّرت تسمية النسخة الاحتياطية باسمها %1.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made. Choose another folder, or plug in the drive it is on.</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية %1. اختر مجلدًا آخر، أو وصّل القرص الموجود عليه.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be removed.</source>
        <translation>تعذّرت إزالة النسخة الاحتياطية القديمة %1.</translation>
    </message>
    <message>
        <source>%1 is not a Regulars backup, so it cannot be restored. Choose a file made by Regulars&apos; backup.</source>
        <translation>%1 ليس نسخة احتياطية من Regulars، لذلك لا يمكن استعادته. اختر ملفًا أنشأته ميزة النسخ الاحتياطي في Regulars.</translation>
    </message>
    <message>
        <source>%1 Choose another backup.</source>
        <translation>%1 اختر نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database %1. Check the free space and that you may write to its folder.</source>
        <translation>تعذّر نسخ النسخة الاحتياطية إلى جانب قاعدة البيانات %1. تحقق من المساحة الفارغة ومن أن لديك صلاحية الكتابة في مجلدها.</translation>
    </message>
    <message>
        <source>The copy of the backup did not pass its check: %1</source>
        <translation>لم يجتز الملف المنسوخ من النسخة الاحتياطية التحقق: %1</translation>
    </message>
    <message>
        <source>The current database %1 could not be set aside, so nothing was restored.</source>
        <translation>تعذّر نقل قاعدة البيانات الحالية %1 جانبًا، لذلك لم تتم استعادة أي شيء.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the current database was kept.</source>
        <translation>تعذّر وضع النسخة الاحتياطية مكان %1؛ وتم الإبقاء على قاعدة البيانات الحالية.</translation>
    </message>
    <message>
        <source>%1 is a backup of a shop kept in a file, and this shop is on the server %2. Open the file with --db to look at it, or move it to an empty server database with: regulars migrate --from FILE --to URL</source>
        <translation>%1 نسخة احتياطية لمتجر محفوظ في ملف، وهذا المتجر موجود على الخادم %2. افتح الملف باستخدام --db للاطلاع عليه، أو انقله إلى قاعدة بيانات فارغة على الخادم باستخدام: regulars migrate --from FILE --to URL</translation>
    </message>
    <message>
        <source>%1 is a backup of a shop on a PostgreSQL server, and this shop is the file %2. Restore it into the server&apos;s database with: regulars --db postgresql://… restore FILE</source>
        <translation>%1 نسخة احتياطية لمتجر على خادم PostgreSQL، وهذا المتجر هو الملف %2. استعده إلى قاعدة بيانات الخادم باستخدام: regulars --db postgresql://… restore FILE</translation>
    </message>
    <message>
        <source>%1 has database version %2 and this Regulars writes version %3; a shop on a server is restored only from a backup of the same version. Restore it with the Regulars that made it, then update.</source>
        <translation>إصدار قاعدة البيانات في %1 هو %2، وهذا الإصدار من Regulars يكتب الإصدار %3؛ لا يُستعاد المتجر الموجود على خادم إلا من نسخة احتياطية من الإصدار نفسه. استعدها بإصدار Regulars الذي أنشأها، ثم حدّثه.</translation>
    </message>
    <message>
        <source>The folder %1, where the current database is kept before a restore, cannot be made, so nothing was restored.</source>
        <translation>تعذّر إنشاء المجلد %1 الذي تُحفظ فيه قاعدة البيانات الحالية قبل الاستعادة، لذلك لم تتم استعادة أي شيء.</translation>
    </message>
    <message>
        <source>The current database could not be kept as %1 before the restore, so nothing was restored. %2</source>
        <translation>تعذّر الاحتفاظ بقاعدة البيانات الحالية باسم %1 قبل الاستعادة، لذلك لم تتم استعادة أي شيء. %2</translation>
    </message>
</context>
<context>
    <name>BarcodeSymbol</name>
    <message>
        <source>Not enough memory to draw a barcode.</source>
        <translation>لا توجد ذاكرة كافية لرسم الباركود.</translation>
    </message>
    <message>
        <source>“%1” cannot be drawn as a barcode: %2</source>
        <translation>تعذّر رسم «%1» كباركود: %2</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New coupon campaign</source>
        <translation>حملة كوبونات جديدة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>خصم بمبلغ ثابت</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>خصم بنسبة مئوية</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>منتج مجاني</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>نقاط مكافأة</translation>
    </message>
    <message>
        <source>&amp;Gives:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>&amp;Minimum purchase:</source>
        <translation>الحد الأدنى للشراء:</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>صالح من</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Single use. Not exchangeable for cash.</source>
        <translation>للاستخدام مرة واحدة. لا يُستبدل نقدًا.</translation>
    </message>
    <message>
        <source>Short &amp;terms:</source>
        <translation>شروط مختصرة:</translation>
    </message>
    <message>
        <source>&amp;Coupons:</source>
        <translation>عدد الكوبونات:</translation>
    </message>
    <message>
        <source>Empty: for anyone. Otherwise one customer a line (phone, card or name); each gets the number of coupons above, with their name printed on them.</source>
        <translation>اتركه فارغًا لتكون الكوبونات لأي شخص. وإلا فاكتب عميلًا واحدًا في كل سطر (الهاتف أو البطاقة أو الاسم)؛ يحصل كل عميل على عدد الكوبونات المحدد أعلاه، مطبوعًا عليها اسمه.</translation>
    </message>
    <message>
        <source>For c&amp;ustomers:</source>
        <translation>للعملاء:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>&amp;Amount off:</source>
        <translation>مبلغ الخصم:</translation>
    </message>
    <message>
        <source>for example 5.00</source>
        <translation>مثلًا 5.00</translation>
    </message>
    <message>
        <source>&amp;Percentage off:</source>
        <translation>نسبة الخصم:</translation>
    </message>
    <message>
        <source>for example 10</source>
        <translation>مثلًا 10</translation>
    </message>
    <message>
        <source>&amp;Free item:</source>
        <translation>المنتج المجاني:</translation>
    </message>
    <message>
        <source>for example a coffee</source>
        <translation>مثلًا قهوة</translation>
    </message>
    <message>
        <source>&amp;Bonus points:</source>
        <translation>نقاط المكافأة:</translation>
    </message>
    <message>
        <source>for example 50</source>
        <translation>مثلًا 50</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>لا يوجد عميل يطابق «%1».</translation>
    </message>
    <message>
        <source>“%1” matches several customers: give a phone or card number.</source>
        <translation>«%1» يطابق عدة عملاء: أدخل رقم الهاتف أو رقم البطاقة.</translation>
    </message>
</context>
<context>
    <name>CardBatches</name>
    <message>
        <source>%1 has no card number yet: give them one first.</source>
        <translation>ليس لدى %1 رقم بطاقة بعد: أعطه بطاقة أولًا.</translation>
    </message>
    <message>
        <source>Print between 1 and 10,000 cards at a time.</source>
        <translation>اطبع من 1 إلى 10000 بطاقة في المرة الواحدة.</translation>
    </message>
    <message>
        <source>Print between 1 and 10,000 stamp cards at a time.</source>
        <translation>اطبع من 1 إلى 10000 بطاقة أختام في المرة الواحدة.</translation>
    </message>
    <message>
        <source>Stamp card %1 was registered by another till a moment ago. Print the batch again for new numbers.</source>
        <translation>سجّلت نقطة بيع أخرى بطاقة الأختام %1 قبل لحظات. اطبع الدفعة مرة أخرى للحصول على أرقام جديدة.</translation>
    </message>
</context>
<context>
    <name>CardNumber</name>
    <message>
        <source>“%1” is not a card number: a card number has 13 digits.</source>
        <translation>«%1» ليس رقم بطاقة: رقم البطاقة مكوّن من 13 رقمًا.</translation>
    </message>
    <message>
        <source>“%1” is not a card number: a card number has 13 digits, this has %2.</source>
        <translation>«%1» ليس رقم بطاقة: رقم البطاقة مكوّن من 13 رقمًا، وهذا مكوّن من %2.</translation>
    </message>
    <message>
        <source>The card number %1 has a wrong check digit: check it for a typing mistake, or scan the card.</source>
        <translation>رقم التحقق في رقم البطاقة %1 غير صحيح: تأكد من عدم وجود خطأ في الكتابة، أو امسح البطاقة ضوئيًا.</translation>
    </message>
</context>
<context>
    <name>CardSheetLayout</name>
    <message>
        <source>“%1” is not a card layout: use cr80 or a4.</source>
        <translation>«%1» ليس تخطيط بطاقات: استخدم cr80 أو a4.</translation>
    </message>
    <message>
        <source>CR80 card</source>
        <translation>بطاقة CR80</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>رفضت الطابعة بدء صفحة جديدة.</translation>
    </message>
    <message>
        <source>Show this card at every purchase. %1</source>
        <translation>أبرِز هذه البطاقة عند كل شراء. %1</translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation>بطاقة العضوية</translation>
    </message>
    <message>
        <source>Stamp card: one stamp a purchase</source>
        <translation>بطاقة الأختام: ختم مع كل شراء</translation>
    </message>
    <message>
        <source>Full card: %1</source>
        <translation>عند اكتمال البطاقة: %1</translation>
    </message>
    <message>
        <source>Stamp cards</source>
        <translation>بطاقات الأختام</translation>
    </message>
    <message>
        <source>Membership cards</source>
        <translation>بطاقات العضوية</translation>
    </message>
</context>
<context>
    <name>CohortHeatMapModel</name>
    <message>
        <source>%1 customers first bought in %2.</source>
        <translation>عدد العملاء الذين اشتروا لأول مرة في %2: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %2 customers who first bought in %3 bought again %Ln month(s) later.</source>
        <translation>
            <numerusform>من بين العملاء الذين اشتروا لأول مرة في %3 (وعددهم %2)، عاد %1 للشراء بعد %Ln شهر.</numerusform>
            <numerusform>من بين العملاء الذين اشتروا لأول مرة في %3 (وعددهم %2)، عاد %1 للشراء بعد %Ln شهر.</numerusform>
            <numerusform>من بين العملاء الذين اشتروا لأول مرة في %3 (وعددهم %2)، عاد %1 للشراء بعد %Ln شهرين.</numerusform>
            <numerusform>من بين العملاء الذين اشتروا لأول مرة في %3 (وعددهم %2)، عاد %1 للشراء بعد %Ln أشهر.</numerusform>
            <numerusform>من بين العملاء الذين اشتروا لأول مرة في %3 (وعددهم %2)، عاد %1 للشراء بعد %Ln شهرًا.</numerusform>
            <numerusform>من بين العملاء الذين اشتروا لأول مرة في %3 (وعددهم %2)، عاد %1 للشراء بعد %Ln شهر.</numerusform>
        </translation>
    </message>
    <message>
        <source>First month</source>
        <translation>الشهر الأول</translation>
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
        <translation>الخيار --%1 يحتاج إلى قيمة.</translation>
    </message>
    <message>
        <source>Unknown option: %1. See regulars --help.</source>
        <translation>خيار غير معروف: %1. راجع regulars --help.</translation>
    </message>
    <message>
        <source>Unknown command: %1. See regulars --help.</source>
        <translation>أمر غير معروف: %1. راجع regulars --help.</translation>
    </message>
    <message>
        <source>Use: regulars customers find QUERY | import FILE.csv | export FILE.csv</source>
        <translation>الاستخدام: regulars customers find QUERY | import FILE.csv | export FILE.csv</translation>
    </message>
    <message>
        <source>--limit takes a whole number above zero.</source>
        <translation>يقبل --limit عددًا صحيحًا أكبر من صفر.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a country code; use two letters such as RU, IR, SA or GB.</source>
        <translation>%1 ليس رمز دولة؛ استخدم حرفين مثل RU أو IR أو SA أو GB.</translation>
    </message>
    <message>
        <source>The shop&apos;s country is not set, so phone numbers cannot be read. Give it with --region CC (for example --region RU).</source>
        <translation>لم تُحدَّد دولة المتجر، لذلك لا يمكن قراءة أرقام الهواتف. حدّدها باستخدام --region CC (مثلًا --region RU).</translation>
    </message>
    <message>
        <source>Unknown separator %1; use comma, semicolon or tab.</source>
        <translation>فاصل غير معروف %1؛ استخدم comma (فاصلة) أو semicolon (فاصلة منقوطة) أو tab (علامة جدولة).</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix the lines above, or run again with --skip-invalid to import only the valid lines.</source>
        <translation>لم يُستورد أي شيء. صحّح الأسطر المذكورة أعلاه، أو شغّل الأمر مرة أخرى مع --skip-invalid لاستيراد الأسطر الصحيحة فقط.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported.</source>
        <translation>
            <numerusform>تم استيراد %Ln عميل.</numerusform>
            <numerusform>تم استيراد %Ln عميل.</numerusform>
            <numerusform>تم استيراد %Ln عميلين.</numerusform>
            <numerusform>تم استيراد %Ln عملاء.</numerusform>
            <numerusform>تم استيراد %Ln عميلًا.</numerusform>
            <numerusform>تم استيراد %Ln عميل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped.</source>
        <translation>
            <numerusform>تم تخطي %Ln سطر.</numerusform>
            <numerusform>تم تخطي %Ln سطر.</numerusform>
            <numerusform>تم تخطي %Ln سطرين.</numerusform>
            <numerusform>تم تخطي %Ln أسطر.</numerusform>
            <numerusform>تم تخطي %Ln سطرًا.</numerusform>
            <numerusform>تم تخطي %Ln سطر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) exported.</source>
        <translation>
            <numerusform>تم تصدير %Ln عميل.</numerusform>
            <numerusform>تم تصدير %Ln عميل.</numerusform>
            <numerusform>تم تصدير %Ln عميلين.</numerusform>
            <numerusform>تم تصدير %Ln عملاء.</numerusform>
            <numerusform>تم تصدير %Ln عميلًا.</numerusform>
            <numerusform>تم تصدير %Ln عميل.</numerusform>
        </translation>
    </message>
    <message>
        <source>--customers takes a whole number from 1 to 1000000.</source>
        <translation>يقبل --customers عددًا صحيحًا من 1 إلى 1000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>يقبل --seed عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Demo shop created in %1: %2 customers, %3 purchases.</source>
        <translation>تم إنشاء المتجر التجريبي في %1: عدد العملاء %2، وعدد المشتريات %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown encoding %1; use UTF-8, UTF-16, windows-1251 or windows-1256.</source>
        <translation>الترميز %1 غير معروف؛ استخدم UTF-8 أو UTF-16 أو windows-1251 أو windows-1256.</translation>
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
        <translation>الاستخدام: regulars [--db PATH] [--lang CODE] [COMMAND ...]

يحتفظ Regulars بالعملاء الدائمين للمتجر وببرنامج الولاء الخاص بهم.
بدون أمر، يفتح النافذة.

الخيارات:
  --db PATH        قاعدة بيانات المتجر (الافتراضي: %1)
  --lang CODE      اللغة: en أو ar أو fa أو ru (الافتراضي: لغة النظام)
  --find QUERY     فتح النافذة مع هذا البحث، مثلًا رقم هاتف المتصل
  -h, --help       عرض هذه المساعدة
  -v, --version    عرض الإصدار

الأوامر:
  customers find QUERY [--archived] [--limit N]
      طباعة العملاء الذين يُعثر عليهم بالهاتف أو البطاقة أو آخر أرقام الهاتف أو الاسم، كأسطر JSON
  customers import FILE.csv [--region CC] [--skip-invalid] [--encoding E] [--delimiter D]
      استيراد العملاء؛ إذا وُجد أي سطر خاطئ فلن يُستورد شيء ما لم يُحدَّد --skip-invalid
  customers export FILE.csv [--active-only] [--marketing]
      كتابة كل العملاء في ملف CSV؛ --marketing: فقط من وافقوا على تلقي العروض
  demo [--customers N] [--seed S] [--region CC]
      ملء قاعدة بيانات جديدة بمتجر تجريبي
</translation>
    </message>
    <message>
        <source>Once the shop has users, commands that change data ask for the owner&apos;s password (or read it from
REGULARS_PASSWORD); find, balance, report, check and list never ask.
</source>
        <translation>بعد أن يصبح للمتجر مستخدمون، تطلب الأوامر التي تغيّر البيانات كلمة مرور صاحب المتجر (أو تقرؤها من
REGULARS_PASSWORD)؛ أما find وbalance وreport وcheck وlist فلا تطلبها أبدًا.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused (a message says why; nothing was changed), 2 wrong usage,
3 the owner&apos;s password was missing or wrong (nothing was changed).
</source>
        <translation>رموز الخروج: 0 تم، 1 رُفض (تشرح رسالة السبب؛ ولم يتغير شيء)، 2 استخدام خاطئ،
3 كلمة مرور صاحب المتجر مفقودة أو خاطئة (ولم يتغير شيء).
</translation>
    </message>
</context>
<context>
    <name>ConsentFormLayout</name>
    <message>
        <source>Loyalty programme: enrolment and consent</source>
        <translation>برنامج الولاء: الانضمام والموافقة</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>الاسم: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <source>Card number: %1</source>
        <translation>رقم البطاقة: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>البريد الإلكتروني: %1</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>تاريخ الميلاد: %1</translation>
    </message>
    <message>
        <source>(The shop has not written this text yet; see Shop settings.)</source>
        <translation>(لم يكتب المتجر هذا النص بعد؛ راجع إعدادات المتجر.)</translation>
    </message>
    <message>
        <source>Keeping your details</source>
        <translation>الاحتفاظ ببياناتك</translation>
    </message>
    <message>
        <source>I agree that the shop keeps my details to run its loyalty programme.</source>
        <translation>أوافق على احتفاظ المتجر ببياناتي لإدارة برنامج الولاء الخاص به.</translation>
    </message>
    <message>
        <source>Offers and news</source>
        <translation>العروض والأخبار</translation>
    </message>
    <message>
        <source>I would like to receive offers and news (optional).</source>
        <translation>أرغب في تلقي العروض والأخبار (اختياري).</translation>
    </message>
    <message>
        <source>Consent text version %1</source>
        <translation>إصدار نص الموافقة: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Consent form: %1</source>
        <translation>نموذج الموافقة: %1</translation>
    </message>
</context>
<context>
    <name>CouponCode</name>
    <message>
        <source>A code has %1 characters; this one has %2. Check it and type it again.</source>
        <translation>يتكون الرمز من %1 حرفًا، وهذا الرمز فيه %2. تحقق منه واكتبه مرة أخرى.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a code. Check the code and type it again.</source>
        <translation>لا يمكن أن يكون «%1» جزءًا من رمز. تحقق من الرمز واكتبه مرة أخرى.</translation>
    </message>
    <message>
        <source>The code %1 is mistyped: its last character does not match the others. Check every character and type it again.</source>
        <translation>الرمز %1 مكتوب بشكل خاطئ: حرفه الأخير لا يتطابق مع بقية الحروف. تحقق من كل حرف واكتبه مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>CouponCommands</name>
    <message>
        <source>--%1 needs a date like 2026-12-31, not “%2”.</source>
        <translation>يقبل --%1 تاريخًا بالشكل 2026-12-31، وليس «%2».</translation>
    </message>
    <message>
        <source>Use: regulars coupons create|redeem|undo|list; see regulars --help.</source>
        <translation>الاستخدام: regulars coupons create|redeem|undo|list؛ راجع regulars --help.</translation>
    </message>
    <message>
        <source>--%1 needs a number, not “%2”.</source>
        <translation>يقبل --%1 رقمًا، وليس «%2».</translation>
    </message>
    <message>
        <source>--count needs a whole number, not “%1”.</source>
        <translation>يقبل --count عددًا صحيحًا، وليس «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Give exactly one customer (a phone, a card number or id:N): “%1” matches %Ln.</source>
        <translation>
            <numerusform>حدّد عميلًا واحدًا بالضبط (رقم هاتف أو رقم بطاقة أو id:N): «%1» يطابق %Ln عميل.</numerusform>
            <numerusform>حدّد عميلًا واحدًا بالضبط (رقم هاتف أو رقم بطاقة أو id:N): «%1» يطابق %Ln عميل.</numerusform>
            <numerusform>حدّد عميلًا واحدًا بالضبط (رقم هاتف أو رقم بطاقة أو id:N): «%1» يطابق %Ln عميلين.</numerusform>
            <numerusform>حدّد عميلًا واحدًا بالضبط (رقم هاتف أو رقم بطاقة أو id:N): «%1» يطابق %Ln عملاء.</numerusform>
            <numerusform>حدّد عميلًا واحدًا بالضبط (رقم هاتف أو رقم بطاقة أو id:N): «%1» يطابق %Ln عميلًا.</numerusform>
            <numerusform>حدّد عميلًا واحدًا بالضبط (رقم هاتف أو رقم بطاقة أو id:N): «%1» يطابق %Ln عميل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redemption of %1 undone; the coupon can be used again.</source>
        <translation>أُلغي استخدام الكوبون %1؛ ويمكن استخدامه مرة أخرى.</translation>
    </message>
    <message>
        <source>Use: regulars print coupons --campaign NAME --out FILE.pdf [--paper a4|letter] [--grid 3x7]</source>
        <translation>الاستخدام: regulars print coupons --campaign NAME --out FILE.pdf [--paper a4|letter] [--grid 3x7]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coupon(s) written to %1.</source>
        <translation>
            <numerusform>تم حفظ %Ln كوبون في %1.</numerusform>
            <numerusform>تم حفظ %Ln كوبون في %1.</numerusform>
            <numerusform>تم حفظ %Ln كوبونين في %1.</numerusform>
            <numerusform>تم حفظ %Ln كوبونات في %1.</numerusform>
            <numerusform>تم حفظ %Ln كوبونًا في %1.</numerusform>
            <numerusform>تم حفظ %Ln كوبون في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: regulars print cards (--customer QUERY [QUERY…] | --new N) --out FILE.pdf [--layout cr80|a4]</source>
        <translation>الاستخدام: regulars print cards (--customer QUERY [QUERY…] | --new N) --out FILE.pdf [--layout cr80|a4]</translation>
    </message>
    <message>
        <source>--new needs a number of cards between 1 and 10,000.</source>
        <translation>يقبل --new عدد بطاقات من 1 إلى 10000.</translation>
    </message>
    <message>
        <source>Give exactly one customer (a phone, a card number or id:N) for “%1”.</source>
        <translation>«%1» لا يطابق عميلًا واحدًا بالضبط: حدّد العميل برقم هاتف أو رقم بطاقة أو id:N.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) written to %1.</source>
        <translation>
            <numerusform>تم حفظ %Ln بطاقة في %1.</numerusform>
            <numerusform>تم حفظ %Ln بطاقة في %1.</numerusform>
            <numerusform>تم حفظ %Ln بطاقتين في %1.</numerusform>
            <numerusform>تم حفظ %Ln بطاقات في %1.</numerusform>
            <numerusform>تم حفظ %Ln بطاقة في %1.</numerusform>
            <numerusform>تم حفظ %Ln بطاقة في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: regulars print stamp-cards --count N --out FILE.pdf [--layout a4|cr80]</source>
        <translation>الاستخدام: regulars print stamp-cards --count N --out FILE.pdf [--layout a4|cr80]</translation>
    </message>
    <message>
        <source>Print between 1 and 10,000 stamp cards at a time.</source>
        <translation>اطبع من 1 إلى 10000 بطاقة أختام في المرة الواحدة.</translation>
    </message>
    <message>
        <source>Use: regulars print consent-form --customer QUERY --out FILE.pdf</source>
        <translation>الاستخدام: regulars print consent-form --customer QUERY --out FILE.pdf</translation>
    </message>
    <message>
        <source>Consent form of %1 written to %2.</source>
        <translation>تم حفظ نموذج الموافقة الخاص بـ %1 في %2.</translation>
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
      إنشاء حملة كوبونات؛ يطبع رموزها، رمزًا في كل سطر؛ --for للعملاء المذكورين، أو
      --at-risk لعملاء تقرير المعرّضين للخطر الذين وافقوا على العروض: كوبونات شخصية (--count لكل عميل،
      1 ما لم يُحدَّد) مطبوع عليها اسم العميل
  coupons redeem CODE [--till T] [--sale REF] [--purchase A] [--customer QUERY]
      استخدام كوبون مرة واحدة؛ يطبع ما يمنحه بصيغة JSON، أو سبب الرفض على stderr (رمز الخروج 1)
  coupons undo CODE [--reason TEXT]
      إعادة فتح كوبون مستخدَم (لصاحب المتجر فقط)؛ ويُسجَّل الإلغاء
  coupons list
      كل الحملات مع أعداد الكوبونات المطبوعة والمستخدمة والمنتهية صلاحيتها، كأسطر JSON
  print coupons --campaign NAME --out FILE.pdf [--paper a4|letter] [--grid 3x7]
      ورقة بكوبونات الحملة مع علامات القص، بصيغة PDF
  print cards (--customer QUERY [QUERY…] | --new N) --out FILE.pdf [--layout cr80|a4]
      بطاقات العضوية (EAN-13) للعملاء، أو N بطاقة فارغة مرقّمة لتسجيلها لاحقًا؛
      بطاقة في كل صفحة أو عشر بطاقات على ورقة A4 مع علامات القص
  print stamp-cards --count N --out FILE.pdf [--layout a4|cr80]
      بطاقات أختام ورقية جديدة بوجهيها الأمامي والخلفي؛ تُسجَّل أرقامها التسلسلية دون أن تُعطى لأحد بعد
  print consent-form --customer QUERY --out FILE.pdf
      نموذج انضمام العميل وموافقته (A4) مع نصوص الموافقة السارية
  print receipt --sale REF [--till T] --out FILE.pdf [--width 80|58]
      إيصال عملية بيع على ورق رول: الرصيد، والنقاط المكتسبة والتي ستنتهي صلاحيتها، والأختام
</translation>
    </message>
    <message>
        <source>Use: regulars print coupons|cards|stamp-cards|consent-form|receipt …; see regulars --help.</source>
        <translation>الاستخدام: regulars print coupons|cards|stamp-cards|consent-form|receipt …؛ راجع regulars --help.</translation>
    </message>
    <message>
        <source>Use: regulars coupons create --campaign NAME (--amount 5.00 | --percent 10 | --item TEXT | --points N) --count N [--valid-from DATE] [--valid-until DATE] [--min-purchase A] [--for QUERY… | --at-risk]</source>
        <translation>الاستخدام: regulars coupons create --campaign NAME (--amount 5.00 | --percent 10 | --item TEXT | --points N) --count N [--valid-from DATE] [--valid-until DATE] [--min-purchase A] [--for QUERY… | --at-risk]</translation>
    </message>
    <message>
        <source>Use: regulars print receipt --sale REF [--till T] --out FILE.pdf [--width 80|58]</source>
        <translation>الاستخدام: regulars print receipt --sale REF [--till T] --out FILE.pdf [--width 80|58]</translation>
    </message>
    <message>
        <source>Receipt slip of sale %1 written to %2.</source>
        <translation>تم حفظ إيصال عملية البيع %1 في %2.</translation>
    </message>
    <message>
        <source>Nobody who agreed to offers is at risk of lapsing now: no campaign was made.</source>
        <translation>لا يوجد حاليًا عملاء ممن وافقوا على تلقي العروض معرّضون لخطر الانقطاع: لم تُنشأ أي حملة.</translation>
    </message>
</context>
<context>
    <name>CouponRedeemDialog</name>
    <message>
        <source>Coupon</source>
        <translation>كوبون</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>&amp;Purchase amount:</source>
        <translation>مبلغ الشراء:</translation>
    </message>
    <message>
        <source>&amp;Redeem</source>
        <translation>استخدام</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>الكوبون %1</translation>
    </message>
    <message>
        <source>Coupon %1 — campaign “%2”</source>
        <translation>الكوبون %1 — الحملة «%2»</translation>
    </message>
    <message>
        <source>Gives: %1</source>
        <translation>العرض: %1</translation>
    </message>
    <message>
        <source>Minimum purchase: %1</source>
        <translation>الحد الأدنى للشراء: %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>باسم %1</translation>
    </message>
</context>
<context>
    <name>CouponSheetLayout</name>
    <message>
        <source>“%1” is not a grid: give columns × rows, for example 3x7 (1 to 6 columns, 1 to 12 rows).</source>
        <translation>«%1» ليس شبكة: اكتب الأعمدة × الصفوف، مثلًا 3x7 (من 1 إلى 6 أعمدة، ومن 1 إلى 12 صفًا).</translation>
    </message>
    <message>
        <source>“%1” is not a paper size: use a4 or letter.</source>
        <translation>«%1» ليس مقاس ورق: استخدم a4 أو letter.</translation>
    </message>
    <message>
        <source>%1×%2 mm</source>
        <translation>%1×%2 مم</translation>
    </message>
    <message>
        <source>A coupon of this grid is %1: too narrow for a Code 128 barcode a scanner can read. Choose fewer columns.</source>
        <translation>مقاس الكوبون في هذه الشبكة %1، وهو أضيق من أن يتسع لباركود Code 128 يستطيع الماسح قراءته. اختر عددًا أقل من الأعمدة.</translation>
    </message>
    <message>
        <source>A coupon of this grid is %1: too small for a QR code a scanner can read. Choose fewer rows.</source>
        <translation>مقاس الكوبون في هذه الشبكة %1، وهو أصغر من أن يتسع لرمز QR يستطيع الماسح قراءته. اختر عددًا أقل من الصفوف.</translation>
    </message>
    <message>
        <source>Coupons: %1</source>
        <translation>الكوبونات: %1</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>رفضت الطابعة بدء صفحة جديدة.</translation>
    </message>
    <message>
        <source>%1 · coupons %2 to %3 · page %4 of %5</source>
        <translation>%1 · الكوبونات من %2 إلى %3 · الصفحة %4 من %5</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>باسم %1</translation>
    </message>
</context>
<context>
    <name>Coupons</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation>أعطِ الحملة اسمًا.</translation>
    </message>
    <message>
        <source>Give an amount off above zero.</source>
        <translation>أدخل مبلغ خصم أكبر من صفر.</translation>
    </message>
    <message>
        <source>Give a percentage off between 0 and 100.</source>
        <translation>أدخل نسبة خصم بين 0 و100.</translation>
    </message>
    <message>
        <source>Describe the free item.</source>
        <translation>صِف المنتج المجاني.</translation>
    </message>
    <message>
        <source>Give a number of bonus points above zero.</source>
        <translation>أدخل عدد نقاط مكافأة أكبر من صفر.</translation>
    </message>
    <message>
        <source>The minimum purchase cannot be below zero.</source>
        <translation>لا يمكن أن يكون الحد الأدنى للشراء أقل من صفر.</translation>
    </message>
    <message>
        <source>The last valid day (%1) is before the first (%2).</source>
        <translation>آخر يوم للصلاحية (%1) يسبق أول يوم لها (%2).</translation>
    </message>
    <message>
        <source>Make between 1 and %1 coupons.</source>
        <translation>يجب أن يكون عدد الكوبونات من 1 إلى %1.</translation>
    </message>
    <message>
        <source>There is already a campaign called “%1”. Choose another name.</source>
        <translation>توجد بالفعل حملة باسم «%1». اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>لا يوجد عميل برقم %1.</translation>
    </message>
    <message>
        <source>There is no campaign called “%1”.</source>
        <translation>لا توجد حملة باسم «%1».</translation>
    </message>
    <message>
        <source>%1 is not a coupon of this shop. Check the code, or ask where the coupon comes from.</source>
        <translation>%1 ليس كوبونًا من هذا المتجر. تحقق من الرمز، أو اسأل عن مصدر الكوبون.</translation>
    </message>
    <message>
        <source>someone unnamed</source>
        <translation>شخص غير معروف الاسم</translation>
    </message>
    <message>
        <source>Coupon %1 was already redeemed on %2 at till %3 by %4.</source>
        <translation>الكوبون %1 استُخدم بالفعل في %2 في نقطة البيع %3 بواسطة %4.</translation>
    </message>
    <message>
        <source>Coupon %1 is not valid yet: it can be used from %2.</source>
        <translation>الكوبون %1 غير صالح بعد: يمكن استخدامه ابتداءً من %2.</translation>
    </message>
    <message>
        <source>Coupon %1 has expired: its last day was %2.</source>
        <translation>انتهت صلاحية الكوبون %1: كان آخر يوم لاستخدامه %2.</translation>
    </message>
    <message>
        <source>Coupon %1 needs a purchase of at least %2; this one is %3.</source>
        <translation>يتطلب الكوبون %1 عملية شراء لا تقل عن %2؛ ومبلغ عملية الشراء هذه %3.</translation>
    </message>
    <message>
        <source>Coupon %1 gives bonus points: open the customer who gets them first.</source>
        <translation>الكوبون %1 يمنح نقاط مكافأة: افتح أولًا صفحة العميل الذي سيحصل عليها.</translation>
    </message>
    <message>
        <source>Coupon %1 has not been redeemed; there is nothing to undo.</source>
        <translation>الكوبون %1 لم يُستخدم؛ لا يوجد ما يمكن إلغاؤه.</translation>
    </message>
    <message>
        <source>Coupon %1 was changed at another till a moment ago. Look it up again.</source>
        <translation>تغيّر الكوبون %1 قبل لحظات في نقطة بيع أخرى. ابحث عنه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>خصم %1</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>خصم %1%</translation>
    </message>
    <message>
        <source>Free: %1</source>
        <translation>مجانًا: %1</translation>
    </message>
    <message>
        <source>%1 bonus points</source>
        <translation>%1 نقطة مكافأة</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>صالح من %1 إلى %2</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>صالح حتى %1</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>صالح من %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>بدون تاريخ انتهاء</translation>
    </message>
    <message>
        <source>Single use. Minimum purchase %1. Not exchangeable for cash.</source>
        <translation>للاستخدام مرة واحدة. الحد الأدنى للشراء %1. لا يُستبدل نقدًا.</translation>
    </message>
    <message>
        <source>Single use. Not exchangeable for cash.</source>
        <translation>للاستخدام مرة واحدة. لا يُستبدل نقدًا.</translation>
    </message>
</context>
<context>
    <name>CouponsDialog</name>
    <message>
        <source>Coupons</source>
        <translation>الكوبونات</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>المطبوعة</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>المستخدَمة</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>المنتهية صلاحيتها</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>معدل الاستخدام</translation>
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
        <translation>الورق:</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 a sheet)</source>
        <translation>%1 × %2 (%3 في الورقة)</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>الشبكة:</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>حملة جديدة…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>معاينة…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ كملف PDF…</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>اختر حملة أولًا.</translation>
    </message>
    <message>
        <source>coupons-%1.pdf</source>
        <translation>كوبونات-%1.pdf</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>“%1” is not an encoding Regulars can read. Choose one of: %2.</source>
        <translation>لا يستطيع Regulars قراءة الترميز «%1». اختر أحد الترميزات التالية: %2.</translation>
    </message>
    <message>
        <source>The file is not %1 text. Choose the encoding it was saved in, or let Regulars detect it.</source>
        <translation>الملف ليس نصًا بترميز %1. اختر الترميز الذي حُفظ به، أو اترك Regulars يكتشفه تلقائيًا.</translation>
    </message>
    <message>
        <source>A double quote or a line break cannot separate the cells; choose a comma, a semicolon or a tab.</source>
        <translation>لا يمكن استخدام علامة التنصيص المزدوجة أو فاصل الأسطر للفصل بين الخلايا؛ اختر فاصلة أو فاصلة منقوطة أو علامة جدولة.</translation>
    </message>
    <message>
        <source>The quoted cell that starts on line %1 never ends: a closing double quote is missing. Fix that line in a spreadsheet or text editor and try again.</source>
        <translation>الخلية المحاطة بعلامات تنصيص التي تبدأ في السطر %1 لا تنتهي: علامة التنصيص المزدوجة الختامية مفقودة. صحّح هذا السطر في برنامج جداول بيانات أو محرر نصوص ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>تعديل بيانات العميل</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>الاسم الأول واسم العائلة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>What the staff call them, optional</source>
        <translation>كيف يناديه الموظفون، اختياري</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>اللقب:</translation>
    </message>
    <message>
        <source>+ country code and number</source>
        <translation>+ رمز الدولة والرقم</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>مثال: %1</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>Scan or type the card number</source>
        <translation>امسح البطاقة أو اكتب رقمها</translation>
    </message>
    <message>
        <source>&amp;Issue new card</source>
        <translation>إصدار بطاقة جديدة</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>البطاقة:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>day.month.year, optional</source>
        <translation>يوم.شهر.سنة، اختياري</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Agrees that the shop keeps their personal data (required)</source>
        <translation>يوافق على احتفاظ المتجر ببياناته الشخصية (إلزامي)</translation>
    </message>
    <message>
        <source>Agrees to receive offers and news</source>
        <translation>يوافق على تلقي العروض والأخبار</translation>
    </message>
    <message>
        <source>Signed paper form</source>
        <translation>نموذج ورقي موقّع</translation>
    </message>
    <message>
        <source>Said so in person</source>
        <translation>شفهيًا في المتجر</translation>
    </message>
    <message>
        <source>Online or by message</source>
        <translation>عبر الإنترنت أو برسالة</translation>
    </message>
    <message>
        <source>Given &amp;how:</source>
        <translation>طريقة الموافقة:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>سجّلها:</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>سيُحفظ هكذا: %1</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;customer:%2&quot;&gt;Open their page&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;customer:%2&quot;&gt;فتح صفحة العميل&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>CustomerDirectory</name>
    <message>
        <source>Give a phone number or a card number, so the customer can be found again.</source>
        <translation>أدخل رقم هاتف أو رقم بطاقة حتى يمكن العثور على العميل لاحقًا.</translation>
    </message>
    <message>
        <source>The shop&apos;s country is not set, so the number must start with + and the country code. Set the country in Settings.</source>
        <translation>لم تُحدَّد دولة المتجر، لذلك يجب أن يبدأ الرقم بـ + ورمز الدولة. حدّد الدولة في الإعدادات.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation>%1 مسجّل بالفعل باسم %2.</translation>
    </message>
    <message>
        <source>another customer</source>
        <translation>عميل آخر</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2.</source>
        <translation>البطاقة %1 مسجّلة بالفعل باسم %2.</translation>
    </message>
    <message>
        <source>“%1” is not an email address; it should look like name@example.com.</source>
        <translation>«%1» ليس عنوان بريد إلكتروني؛ يجب أن يكون بالشكل name@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as day.month.year, for example 31.12.1990.</source>
        <translation>«%1» ليس تاريخًا؛ اكتبه بالشكل يوم.شهر.سنة، مثلًا 31.12.1990.</translation>
    </message>
    <message>
        <source>The birthday %1 cannot be right; check the year.</source>
        <translation>تاريخ الميلاد %1 غير منطقي؛ تحقق من السنة.</translation>
    </message>
    <message>
        <source>The name is too long; keep it under 200 characters.</source>
        <translation>الاسم طويل جدًا؛ يجب ألا يتجاوز 200 حرف.</translation>
    </message>
    <message>
        <source>Ask the customer whether the shop may keep their personal data, and tick the box when they agree: without that consent their details cannot be saved.</source>
        <translation>اسأل العميل إن كان يوافق على احتفاظ المتجر ببياناته الشخصية، وحدّد المربع عند موافقته: لا يمكن حفظ بياناته بدون هذه الموافقة.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>هذا العميل لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Write who recorded the consent.</source>
        <translation>اكتب اسم من سجّل الموافقة.</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>The export cannot be written: the file is not open for writing.</source>
        <translation>تعذّرت كتابة ملف التصدير: الملف غير مفتوح للكتابة.</translation>
    </message>
    <message>
        <source>Reading the customers for the export failed: %1</source>
        <translation>فشلت قراءة بيانات العملاء للتصدير: %1</translation>
    </message>
    <message>
        <source>Writing the export failed: %1. Check that the disk is not full and try again.</source>
        <translation>فشلت كتابة ملف التصدير: %1. تأكد من وجود مساحة كافية على القرص وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>تعذّرت الكتابة إلى %1: %2. اختر مجلدًا لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Check that the disk is not full and try again.</source>
        <translation>تعذّر حفظ %1: %2. تأكد من وجود مساحة كافية على القرص وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>The file is empty. Export the customers from the other program again, with a header line such as: name, phone, card.</source>
        <translation>الملف فارغ. صدّر العملاء من البرنامج الآخر مرة أخرى مع سطر عناوين، مثل: الاسم، الهاتف، البطاقة.</translation>
    </message>
    <message>
        <source>“%1” is not a country code Regulars knows; use two letters, such as RU, IR, SA or GB.</source>
        <translation>لا يعرف Regulars رمز الدولة «%1»؛ استخدم حرفين، مثل RU أو IR أو SA أو GB.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both read as %3, so only “%1” is imported. Choose what “%2” holds, or rename it.</source>
        <translation>العمودان «%1» و«%2» يُقرآن كلاهما على أنهما «%3»، لذلك سيُستورد «%1» فقط. حدّد محتوى «%2» أو غيّر اسمه.</translation>
    </message>
    <message>
        <source>No column is read as the phone or the card number. Name the columns “phone” and “card”, or choose what each column holds.</source>
        <translation>لا يوجد عمود يُقرأ على أنه الهاتف أو رقم البطاقة. سمِّ العمودين «الهاتف» و«البطاقة»، أو حدّد محتوى كل عمود.</translation>
    </message>
    <message>
        <source>customer number %1</source>
        <translation>العميل رقم %1</translation>
    </message>
    <message>
        <source>This line has %1 cells but the header has %2. A name or note that holds the separator must be put in double quotes.</source>
        <translation>عدد الخلايا في هذا السطر %1، بينما عددها في سطر العناوين %2. يجب وضع أي اسم أو ملاحظة تحتوي على الفاصل بين علامتي تنصيص مزدوجتين.</translation>
    </message>
    <message>
        <source>The name is too long; keep it under 200 characters.</source>
        <translation>الاسم طويل جدًا؛ يجب ألا يتجاوز 200 حرف.</translation>
    </message>
    <message>
        <source>The shop&apos;s country is not set, so “%1” must start with + and the country code. Set the country in Settings, or choose the country of the file.</source>
        <translation>لم تُحدَّد دولة المتجر، لذلك يجب أن يبدأ «%1» بـ + ورمز الدولة. حدّد الدولة في الإعدادات، أو اختر دولة الملف.</translation>
    </message>
    <message>
        <source>The phone number %1 is also on line %2.</source>
        <translation>رقم الهاتف %1 موجود أيضًا في السطر %2.</translation>
    </message>
    <message>
        <source>The phone number %1 already belongs to %2, who is already a customer.</source>
        <translation>رقم الهاتف %1 مسجّل بالفعل باسم %2، وهو عميل موجود.</translation>
    </message>
    <message>
        <source>The card %1 is also on line %2.</source>
        <translation>البطاقة %1 موجودة أيضًا في السطر %2.</translation>
    </message>
    <message>
        <source>The card %1 already belongs to %2, who is already a customer.</source>
        <translation>البطاقة %1 مسجّلة بالفعل باسم %2، وهو عميل موجود.</translation>
    </message>
    <message>
        <source>This line has neither a phone number nor a card number; give one of them, so the customer can be found again.</source>
        <translation>لا يحتوي هذا السطر على رقم هاتف ولا رقم بطاقة؛ أدخل أحدهما حتى يمكن العثور على العميل لاحقًا.</translation>
    </message>
    <message>
        <source>“%1” is not an email address; it should look like name@example.com.</source>
        <translation>«%1» ليس عنوان بريد إلكتروني؛ يجب أن يكون بالشكل name@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as day.month.year, for example 31.12.1990, or as 1990-12-31.</source>
        <translation>«%1» ليس تاريخًا؛ اكتبه بالشكل يوم.شهر.سنة، مثلًا 31.12.1990، أو بالشكل 1990-12-31.</translation>
    </message>
    <message>
        <source>The birthday %1 is in the future; check the year.</source>
        <translation>تاريخ الميلاد %1 في المستقبل؛ تحقق من السنة.</translation>
    </message>
    <message>
        <source>The birthday %1 cannot be right; check the year.</source>
        <translation>تاريخ الميلاد %1 غير منطقي؛ تحقق من السنة.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورد أي شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the file have problems, so nothing was imported. Fix them and import again, or choose to skip them.</source>
        <translation>
            <numerusform>توجد مشكلات في %Ln سطر من الملف، لذلك لم يُستورد أي شيء. صحّحها ثم استورد الملف مرة أخرى، أو اختر تخطيها.</numerusform>
            <numerusform>توجد مشكلات في %Ln سطر من الملف، لذلك لم يُستورد أي شيء. صحّحها ثم استورد الملف مرة أخرى، أو اختر تخطيها.</numerusform>
            <numerusform>توجد مشكلات في %Ln سطرين من الملف، لذلك لم يُستورد أي شيء. صحّحها ثم استورد الملف مرة أخرى، أو اختر تخطيها.</numerusform>
            <numerusform>توجد مشكلات في %Ln أسطر من الملف، لذلك لم يُستورد أي شيء. صحّحها ثم استورد الملف مرة أخرى، أو اختر تخطيها.</numerusform>
            <numerusform>توجد مشكلات في %Ln سطرًا من الملف، لذلك لم يُستورد أي شيء. صحّحها ثم استورد الملف مرة أخرى، أو اختر تخطيها.</numerusform>
            <numerusform>توجد مشكلات في %Ln سطر من الملف، لذلك لم يُستورد أي شيء. صحّحها ثم استورد الملف مرة أخرى، أو اختر تخطيها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 could not be saved, so nothing was imported: %2</source>
        <translation>تعذّر حفظ السطر %1، لذلك لم يُستورد أي شيء: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ ولم يُستورد أي شيء.</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>&amp;Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Change this customer&apos;s details (F2)</source>
        <translation>تعديل بيانات هذا العميل (F2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>البطاقة:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>اللقب:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>عميل منذ:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>البيانات الشخصية:</translation>
    </message>
    <message>
        <source>Offers and news:</source>
        <translation>العروض والأخبار:</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>لم يُسأل بعد</translation>
    </message>
    <message>
        <source>on a signed paper form</source>
        <translation>عبر نموذج ورقي موقّع</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>شفهيًا في المتجر</translation>
    </message>
    <message>
        <source>online or by message</source>
        <translation>عبر الإنترنت أو برسالة</translation>
    </message>
    <message>
        <source>Agreed %1, %2, recorded by %3</source>
        <translation>تمت الموافقة %1 بتاريخ %2، وسجّلها %3</translation>
    </message>
    <message>
        <source>Refused or withdrawn %1, %2, recorded by %3</source>
        <translation>رُفضت الموافقة أو سُحبت %1 بتاريخ %2، وسجّل ذلك %3</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>هذا العميل لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Archived on %1. Archived customers are hidden from searches.</source>
        <translation>تمت الأرشفة في %1. العملاء المؤرشفون لا يظهرون في نتائج البحث.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <source>Record &amp;agreement</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>The customer no longer wants offers and news; this is recorded.</source>
        <translation>العميل لم يعد يرغب في تلقي العروض والأخبار؛ سيتم تسجيل ذلك.</translation>
    </message>
    <message>
        <source>The customer agreed just now, in person, to receive offers and news.</source>
        <translation>وافق العميل الآن شخصيًا على تلقي العروض والأخبار.</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>أرشفة العميل</translation>
    </message>
    <message>
        <source>Archive %1? They will no longer show in searches; their history is kept and you can restore them at any time.</source>
        <translation>هل تريد أرشفة %1؟ لن يظهر في نتائج البحث بعد الآن، لكن سجله سيبقى محفوظًا ويمكنك استعادته في أي وقت.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>&amp;Details and consent</source>
        <translation>البيانات والموافقة</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>البطاقة %1</translation>
    </message>
    <message>
        <source>&amp;Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Export everything kept about them…</source>
        <translation>تصدير كل ما يُحتفظ به عنه…</translation>
    </message>
    <message>
        <source>Anonymise… (owner)</source>
        <translation>إخفاء الهوية… (لصاحب المتجر)</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>(no name)</source>
        <translation>(بدون اسم)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (nickname)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Archived customer</source>
        <translation>عميل مؤرشف</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (مؤرشف)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>End of phone number</source>
        <translation>آخر أرقام الهاتف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>طريقة العثور</translation>
    </message>
</context>
<context>
    <name>CustomerStatement</name>
    <message>
        <source>customer %1</source>
        <translation>العميل %1</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>دفع بالنقاط</translation>
    </message>
    <message>
        <source>Points for a purchase</source>
        <translation>نقاط على عملية شراء</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>مكافأة الترحيب</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>مكافأة عيد الميلاد</translation>
    </message>
    <message>
        <source>For recommending the shop to %1</source>
        <translation>مكافأة على التوصية بالمتجر إلى %1</translation>
    </message>
    <message>
        <source>Bonus for joining on %1&apos;s recommendation</source>
        <translation>مكافأة الانضمام بتوصية من %1</translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation>مكافأة: %1</translation>
    </message>
    <message>
        <source>Correction by the shop: %1</source>
        <translation>تصحيح من المتجر: %1</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>انتهت صلاحية النقاط</translation>
    </message>
    <message>
        <source>Refund: points of the purchase taken back</source>
        <translation>استرداد: سُحبت نقاط عملية الشراء</translation>
    </message>
    <message>
        <source>Refund: points spent on the purchase returned</source>
        <translation>استرداد: أُعيدت النقاط المستخدمة في عملية الشراء</translation>
    </message>
    <message>
        <source>Points given to %1</source>
        <translation>نقاط مُنحت لـ %1</translation>
    </message>
    <message>
        <source>Points received from %1</source>
        <translation>نقاط مستلمة من %1</translation>
    </message>
    <message>
        <source>Points statement for %1</source>
        <translation>كشف نقاط %1</translation>
    </message>
    <message>
        <source>Balance: %1 points</source>
        <translation>الرصيد: %1 نقطة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>The phone number %1 already belongs to another customer.</source>
        <translation>رقم الهاتف %1 مسجّل بالفعل باسم عميل آخر.</translation>
    </message>
    <message>
        <source>The card %1 already belongs to another customer.</source>
        <translation>البطاقة %1 مسجّلة بالفعل باسم عميل آخر.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>هذا العميل لم يعد موجودًا.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1. Check the path, or create a demo shop there with: regulars --db %1 demo</source>
        <translation>لا توجد قاعدة بيانات في %1. تحقق من المسار، أو أنشئ متجرًا تجريبيًا هناك بالأمر: regulars --db %1 demo</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database %1. Choose a folder you can write to.</source>
        <translation>تعذّر إنشاء مجلد قاعدة البيانات %1. اختر مجلدًا لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>%1 is not a Regulars database. It was left untouched; choose the right file, or a new file name to start a new shop.</source>
        <translation>%1 ليس قاعدة بيانات Regulars. لم يُغيَّر الملف؛ اختر الملف الصحيح، أو اسم ملف جديد لبدء متجر جديد.</translation>
    </message>
    <message>
        <source>Cannot read %1. Check that your user account may read and write this file.</source>
        <translation>تعذّرت قراءة %1. تأكد من أن حساب المستخدم لديك يملك صلاحية القراءة والكتابة لهذا الملف.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be used (%2). It was left untouched; restore your latest backup.</source>
        <translation>قاعدة البيانات %1 تالفة ولا يمكن استخدامها (%2). لم يُغيَّر الملف؛ استعد أحدث نسخة احتياطية لديك.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Regulars. It was left untouched; choose the right file, or a new file name to start a new shop.</source>
        <translation>%1 قاعدة بيانات لبرنامج آخر، وليست لـ Regulars. لم يُغيَّر الملف؛ اختر الملف الصحيح، أو اسم ملف جديد لبدء متجر جديد.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Regulars (database version %2; this program knows up to %3). Install the newer Regulars to open it.</source>
        <translation>قاعدة البيانات %1 أُنشئت بإصدار أحدث من Regulars (إصدار قاعدة البيانات %2، وهذا البرنامج يدعم حتى %3). ثبّت الإصدار الأحدث من Regulars لفتحها.</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing row of %3.</source>
        <translation>الصف %1 في الجدول %2 يشير إلى صف غير موجود في الجدول %3.</translation>
    </message>
    <message>
        <source>Cannot create the database %1. Choose a folder you can write to.</source>
        <translation>تعذّر إنشاء قاعدة البيانات %1. اختر مجلدًا لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>The shop&apos;s file %1 is on a network folder (%2). SQLite cannot lock it safely there, and two computers writing it can damage it: keep the file on this computer&apos;s own disk, or move the shop to a PostgreSQL server (regulars migrate) for several tills.</source>
        <translation>ملف المتجر %1 موجود في مجلد على الشبكة (%2). لا يستطيع SQLite قفله بأمان هناك، وقد تؤدي كتابة جهازين فيه إلى إتلافه: احتفظ بالملف على القرص الخاص بهذا الجهاز، أو انقل المتجر إلى خادم PostgreSQL (regulars migrate) لتشغيل عدة نقاط بيع.</translation>
    </message>
    <message>
        <source>The row is already there.</source>
        <translation>الصف موجود بالفعل.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address Regulars understands. Write it as postgresql://user@host:5432/shop (add ?sslmode=require for a server elsewhere).</source>
        <translation>%1 ليس عنوان PostgreSQL يفهمه Regulars. اكتبه بالشكل postgresql://user@host:5432/shop (وأضف ?sslmode=require إذا كان الخادم في مكان آخر).</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed, so %1 cannot be opened. Install the package libqt6sql6-psql.</source>
        <translation>برنامج تشغيل PostgreSQL الخاص بـ Qt غير مثبّت، لذلك لا يمكن فتح %1. ثبّت الحزمة libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2</source>
        <translation>تعذّر الاتصال بخادم قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The database server %1 refused: %2</source>
        <translation>رفض خادم قاعدة البيانات %1 الطلب: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not of Regulars. It was left untouched; name an empty database for a new shop.</source>
        <translation>تحتوي قاعدة البيانات %1 على جداول لبرنامج آخر، وليس لـ Regulars. لم يُغيَّر فيها شيء؛ حدّد قاعدة بيانات فارغة لمتجر جديد.</translation>
    </message>
    <message>
        <source>There is no Regulars shop in the database %1 yet. Move one there with: regulars migrate --from FILE.sqlite3 --to %1</source>
        <translation>لا يوجد متجر Regulars في قاعدة البيانات %1 بعد. انقل متجرًا إليها باستخدام: regulars migrate --from FILE.sqlite3 --to %1</translation>
    </message>
    <message>
        <source>No password was given for the database server %1, so the shop was not opened. Type it when asked, or keep it in ~/.pgpass or PGPASSWORD.</source>
        <translation>لم تُدخَل كلمة مرور لخادم قاعدة البيانات %1، لذلك لم يُفتح المتجر. اكتبها عند طلبها، أو احفظها في ~/.pgpass أو PGPASSWORD.</translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>A demo shop needs at least one customer.</source>
        <translation>يحتاج المتجر التجريبي إلى عميل واحد على الأقل.</translation>
    </message>
    <message>
        <source>Choose the country of the demo shop, such as RU, IR, SA or GB: its customers get phone numbers of that country.</source>
        <translation>اختر دولة المتجر التجريبي، مثل RU أو IR أو SA أو GB: سيحصل عملاؤه على أرقام هواتف من هذه الدولة.</translation>
    </message>
    <message>
        <source>%1 is not a country code Regulars knows; use two letters, such as RU, IR, SA or GB.</source>
        <translation>لا يعرف Regulars رمز الدولة %1؛ استخدم حرفين، مثل RU أو IR أو SA أو GB.</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %Ln customer(s). A demo shop is only created in a new, empty database, so it never mixes with real customers.</source>
        <translation>
            <numerusform>تحتوي قاعدة البيانات هذه بالفعل على %Ln عميل. لا يُنشأ المتجر التجريبي إلا في قاعدة بيانات جديدة وفارغة، حتى لا يختلط أبدًا بالعملاء الحقيقيين.</numerusform>
            <numerusform>تحتوي قاعدة البيانات هذه بالفعل على %Ln عميل. لا يُنشأ المتجر التجريبي إلا في قاعدة بيانات جديدة وفارغة، حتى لا يختلط أبدًا بالعملاء الحقيقيين.</numerusform>
            <numerusform>تحتوي قاعدة البيانات هذه بالفعل على %Ln عميلين. لا يُنشأ المتجر التجريبي إلا في قاعدة بيانات جديدة وفارغة، حتى لا يختلط أبدًا بالعملاء الحقيقيين.</numerusform>
            <numerusform>تحتوي قاعدة البيانات هذه بالفعل على %Ln عملاء. لا يُنشأ المتجر التجريبي إلا في قاعدة بيانات جديدة وفارغة، حتى لا يختلط أبدًا بالعملاء الحقيقيين.</numerusform>
            <numerusform>تحتوي قاعدة البيانات هذه بالفعل على %Ln عميلًا. لا يُنشأ المتجر التجريبي إلا في قاعدة بيانات جديدة وفارغة، حتى لا يختلط أبدًا بالعملاء الحقيقيين.</numerusform>
            <numerusform>تحتوي قاعدة البيانات هذه بالفعل على %Ln عميل. لا يُنشأ المتجر التجريبي إلا في قاعدة بيانات جديدة وفارغة، حتى لا يختلط أبدًا بالعملاء الحقيقيين.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo shop could not be written, so nothing was saved: %1</source>
        <translation>تعذّرت كتابة المتجر التجريبي، لذلك لم يُحفظ أي شيء: %1</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Nothing was painted.</source>
        <translation>لم يُرسم أي شيء.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>GrantPointsDialog</name>
    <message>
        <source>Give points</source>
        <translation>منح نقاط</translation>
    </message>
    <message>
        <source>an activity, or why the balance is corrected</source>
        <translation>نشاط، أو سبب تصحيح الرصيد</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>النقاط:</translation>
    </message>
    <message>
        <source>&amp;Give</source>
        <translation>منح</translation>
    </message>
    <message>
        <source>Owner only: points for a reason that is not in the programme&apos;s list, or taken away, are a correction of the balance.</source>
        <translation>لصاحب المتجر فقط: منح نقاط لسبب غير موجود في قائمة البرنامج، أو خصم نقاط، يُعدّ تصحيحًا للرصيد.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Regulars guide</source>
        <translation>دليل Regulars</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>The page shown before (Alt+Left)</source>
        <translation>الصفحة المعروضة سابقًا (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Every page of the guide</source>
        <translation>كل صفحات الدليل</translation>
    </message>
    <message>
        <source>%1 — Regulars guide</source>
        <comment>page title</comment>
        <translation>%1 — دليل Regulars</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Find a customer</source>
        <translation>البحث عن عميل</translation>
    </message>
    <message>
        <source>Type a phone, card or name in the search box (Ctrl+F)</source>
        <translation>اكتب رقم هاتف أو رقم بطاقة أو اسمًا في مربع البحث (Ctrl+F)</translation>
    </message>
    <message>
        <source>Record a sale</source>
        <translation>تسجيل عملية بيع</translation>
    </message>
    <message>
        <source>Find the customer, then record what they bought (F5)</source>
        <translation>ابحث عن العميل، ثم سجّل ما اشتراه (F5)</translation>
    </message>
    <message>
        <source>Print coupons</source>
        <translation>طباعة الكوبونات</translation>
    </message>
    <message>
        <source>Coupon campaigns and their printed sheets (Ctrl+Shift+C)</source>
        <translation>حملات الكوبونات وأوراقها المطبوعة (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>فتح التقارير</translation>
    </message>
    <message>
        <source>Customers coming back, cohorts, the programme (Ctrl+R)</source>
        <translation>عودة العملاء، ومجموعات العملاء، والبرنامج (Ctrl+R)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Recent customers</source>
        <translation>آخر العملاء</translation>
    </message>
    <message>
        <source>Customers opened lately on this computer; Enter or a double click opens one</source>
        <translation>العملاء الذين فُتحت صفحاتهم مؤخرًا على هذا الجهاز؛ اضغط Enter أو انقر نقرًا مزدوجًا لفتح أحدهم</translation>
    </message>
    <message>
        <source>Customers you open appear here.</source>
        <translation>يظهر هنا العملاء الذين تفتح صفحاتهم.</translation>
    </message>
    <message numerus="yes">
        <source>Points expiring in the next %Ln day(s)</source>
        <translation>
            <numerusform>النقاط التي تنتهي صلاحيتها خلال %Ln يوم</numerusform>
            <numerusform>النقاط التي تنتهي صلاحيتها خلال %Ln يوم</numerusform>
            <numerusform>النقاط التي تنتهي صلاحيتها خلال %Ln يومين</numerusform>
            <numerusform>النقاط التي تنتهي صلاحيتها خلال %Ln أيام</numerusform>
            <numerusform>النقاط التي تنتهي صلاحيتها خلال %Ln يومًا</numerusform>
            <numerusform>النقاط التي تنتهي صلاحيتها خلال %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Expire on</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <source>Remind these customers to spend their points; Enter opens one</source>
        <translation>ذكّر هؤلاء العملاء باستخدام نقاطهم؛ اضغط Enter لفتح أحدهم</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>customer name · phone</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Today&apos;s figures could not be read: %1</source>
        <translation>تعذّرت قراءة أرقام اليوم: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s), %1 in all</source>
        <translation>
            <numerusform>%Ln عملية بيع، بإجمالي %1</numerusform>
            <numerusform>%Ln عملية بيع، بإجمالي %1</numerusform>
            <numerusform>%Ln عمليتا بيع، بإجمالي %1</numerusform>
            <numerusform>%Ln عمليات بيع، بإجمالي %1</numerusform>
            <numerusform>%Ln عملية بيع، بإجمالي %1</numerusform>
            <numerusform>%Ln عملية بيع، بإجمالي %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln عميل جديد</numerusform>
            <numerusform>%Ln عميل جديد</numerusform>
            <numerusform>%Ln عميلان جديدان</numerusform>
            <numerusform>%Ln عملاء جدد</numerusform>
            <numerusform>%Ln عميلًا جديدًا</numerusform>
            <numerusform>%Ln عميل جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>No points expire soon.</source>
        <translation>لا توجد نقاط ستنتهي صلاحيتها قريبًا.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will lose points, %1 in all.</source>
        <translation>
            <numerusform>سيفقد %Ln عميل نقاطًا، بإجمالي %1.</numerusform>
            <numerusform>سيفقد %Ln عميل نقاطًا، بإجمالي %1.</numerusform>
            <numerusform>سيفقد %Ln عميلان نقاطًا، بإجمالي %1.</numerusform>
            <numerusform>سيفقد %Ln عملاء نقاطًا، بإجمالي %1.</numerusform>
            <numerusform>سيفقد %Ln عميلًا نقاطًا، بإجمالي %1.</numerusform>
            <numerusform>سيفقد %Ln عميل نقاطًا، بإجمالي %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بدون اسم)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>استيراد العملاء</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>يونيكود (UTF-8)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>السيريلية (Windows-1251)</translation>
    </message>
    <message>
        <source>Arabic and Persian (Windows-1256)</source>
        <translation>العربية والفارسية (Windows-1256)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>علامة جدولة</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>الفاصل:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>الاستيراد كـ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>&amp;Import all</source>
        <translation>استيراد الكل</translation>
    </message>
    <message>
        <source>Import only &amp;valid lines</source>
        <translation>استيراد الأسطر الصحيحة فقط</translation>
    </message>
    <message>
        <source>&amp;Save problem lines…</source>
        <translation>حفظ الأسطر التي بها مشكلات…</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV والملفات النصية (*.csv *.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) ready to import. Nothing is saved until you press Import.</source>
        <translation>
            <numerusform>جاهز للاستيراد: %Ln عميل. لن يُحفظ أي شيء حتى تضغط زر الاستيراد.</numerusform>
            <numerusform>جاهز للاستيراد: %Ln عميل. لن يُحفظ أي شيء حتى تضغط زر الاستيراد.</numerusform>
            <numerusform>جاهز للاستيراد: %Ln عميلان. لن يُحفظ أي شيء حتى تضغط زر الاستيراد.</numerusform>
            <numerusform>جاهز للاستيراد: %Ln عملاء. لن يُحفظ أي شيء حتى تضغط زر الاستيراد.</numerusform>
            <numerusform>جاهز للاستيراد: %Ln عميلًا. لن يُحفظ أي شيء حتى تضغط زر الاستيراد.</numerusform>
            <numerusform>جاهز للاستيراد: %Ln عميل. لن يُحفظ أي شيء حتى تضغط زر الاستيراد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines with problems: %1. Customers ready: %2. Fix the file and import it again, or import only the valid lines.</source>
        <translation>أسطر بها مشكلات: %1. عملاء جاهزون: %2. صحّح الملف واستورده مرة أخرى، أو استورد الأسطر الصحيحة فقط.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported.</source>
        <translation>
            <numerusform>تم استيراد %Ln عميل.</numerusform>
            <numerusform>تم استيراد %Ln عميل.</numerusform>
            <numerusform>تم استيراد %Ln عميلين.</numerusform>
            <numerusform>تم استيراد %Ln عملاء.</numerusform>
            <numerusform>تم استيراد %Ln عميلًا.</numerusform>
            <numerusform>تم استيراد %Ln عميل.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation>%1-مشكلات.csv</translation>
    </message>
    <message>
        <source>Save problem lines</source>
        <translation>حفظ الأسطر التي بها مشكلات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>جارٍ استيراد العملاء…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ ولم يُستورد أي شيء.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language and region</source>
        <translation>اللغة والمنطقة</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>The language&apos;s usual calendar</source>
        <translation>التقويم المعتاد لهذه اللغة</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>التقويم:</translation>
    </message>
    <message>
        <source>Write numbers in Arabic or Persian &amp;digits</source>
        <translation>كتابة الأرقام بالأرقام العربية المشرقية (٠١٢٣) أو الفارسية (۰۱۲۳)</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>اليوم:</translation>
    </message>
    <message>
        <source>Changes take effect when Regulars starts again. Any of the three kinds of digits can always be typed.</source>
        <translation>تسري التغييرات عند إعادة تشغيل Regulars. يمكن دائمًا كتابة الأرقام بأي نوع من الأنواع الثلاثة.</translation>
    </message>
</context>
<context>
    <name>LapsedCustomersDialog</name>
    <message>
        <source>Customers to anonymise</source>
        <translation>العملاء المطلوب إخفاء هويتهم</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سنوات</translation>
    </message>
    <message>
        <source>Keep the details of customers who bought in the last:</source>
        <translation>الاحتفاظ ببيانات العملاء الذين اشتروا خلال آخر:</translation>
    </message>
    <message>
        <source>&amp;Anonymise the ticked customers</source>
        <translation>إخفاء هوية العملاء المحددين</translation>
    </message>
    <message>
        <source>last purchase %1</source>
        <translation>آخر عملية شراء %1</translation>
    </message>
    <message>
        <source>never bought; enrolled %1</source>
        <translation>لم يشترِ أبدًا؛ انضم في %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>customer name — last purchase</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The retention rule is off: set a number of years to list customers.</source>
        <translation>قاعدة الاحتفاظ بالبيانات معطّلة: حدّد عددًا من السنوات لعرض العملاء.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) have not bought for %1 years or more. Their contact details can be erased; their purchases and points stay, anonymous.</source>
        <translation>
            <numerusform>لم يشترِ %Ln عميل منذ %1 سنوات أو أكثر. يمكن مسح بيانات الاتصال الخاصة بهم؛ وتبقى مشترياتهم ونقاطهم دون هوية.</numerusform>
            <numerusform>لم يشترِ %Ln عميل منذ %1 سنوات أو أكثر. يمكن مسح بيانات الاتصال الخاصة بهم؛ وتبقى مشترياتهم ونقاطهم دون هوية.</numerusform>
            <numerusform>لم يشترِ %Ln عميلان منذ %1 سنوات أو أكثر. يمكن مسح بيانات الاتصال الخاصة بهم؛ وتبقى مشترياتهم ونقاطهم دون هوية.</numerusform>
            <numerusform>لم يشترِ %Ln عملاء منذ %1 سنوات أو أكثر. يمكن مسح بيانات الاتصال الخاصة بهم؛ وتبقى مشترياتهم ونقاطهم دون هوية.</numerusform>
            <numerusform>لم يشترِ %Ln عميلًا منذ %1 سنوات أو أكثر. يمكن مسح بيانات الاتصال الخاصة بهم؛ وتبقى مشترياتهم ونقاطهم دون هوية.</numerusform>
            <numerusform>لم يشترِ %Ln عميل منذ %1 سنوات أو أكثر. يمكن مسح بيانات الاتصال الخاصة بهم؛ وتبقى مشترياتهم ونقاطهم دون هوية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the contact details of %Ln customer(s) for good? Their purchases and points stay, anonymous. This cannot be undone.</source>
        <translation>
            <numerusform>هل تريد مسح بيانات الاتصال الخاصة بـ %Ln عميل نهائيًا؟ تبقى مشترياتهم ونقاطهم دون هوية. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد مسح بيانات الاتصال الخاصة بـ %Ln عميل نهائيًا؟ تبقى مشترياتهم ونقاطهم دون هوية. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد مسح بيانات الاتصال الخاصة بـ %Ln عميلين نهائيًا؟ تبقى مشترياتهم ونقاطهم دون هوية. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد مسح بيانات الاتصال الخاصة بـ %Ln عملاء نهائيًا؟ تبقى مشترياتهم ونقاطهم دون هوية. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد مسح بيانات الاتصال الخاصة بـ %Ln عميلًا نهائيًا؟ تبقى مشترياتهم ونقاطهم دون هوية. لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد مسح بيانات الاتصال الخاصة بـ %Ln عميل نهائيًا؟ تبقى مشترياتهم ونقاطهم دون هوية. لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>إخفاء الهوية</translation>
    </message>
</context>
<context>
    <name>LoyaltyCommands</name>
    <message>
        <source>There is no customer number %1.</source>
        <translation>لا يوجد عميل برقم %1.</translation>
    </message>
    <message>
        <source>No customer matches “%1”. Try a phone number, a card number or id:N.</source>
        <translation>لا يوجد عميل يطابق «%1». جرّب رقم هاتف أو رقم بطاقة أو id:N.</translation>
    </message>
    <message>
        <source>“%1” matches several customers; give their phone, card or id:N:</source>
        <translation>«%1» يطابق عدة عملاء؛ حدّد الهاتف أو البطاقة أو id:N:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>تم العثور على %Ln مشكلة.</numerusform>
            <numerusform>تم العثور على %Ln مشكلة.</numerusform>
            <numerusform>تم العثور على %Ln مشكلتين.</numerusform>
            <numerusform>تم العثور على %Ln مشكلات.</numerusform>
            <numerusform>تم العثور على %Ln مشكلة.</numerusform>
            <numerusform>تم العثور على %Ln مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم يُعثر على أي مشكلة.</translation>
    </message>
    <message>
        <source>Use: regulars program export FILE.json | program import FILE.json</source>
        <translation>الاستخدام: regulars program export FILE.json | program import FILE.json</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Programme written to %1.</source>
        <translation>تم حفظ البرنامج في %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a programme file: %2 at character %3. Nothing was changed.</source>
        <translation>%1 ليس ملف برنامج: %2 عند الحرف %3. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>Programme imported from %1.</source>
        <translation>تم استيراد البرنامج من %1.</translation>
    </message>
    <message>
        <source>--redeem takes a whole number of points.</source>
        <translation>يقبل --redeem عددًا صحيحًا من النقاط.</translation>
    </message>
    <message>
        <source>--at takes a date and time like 2026-11-23T14:30:00Z.</source>
        <translation>يقبل --at تاريخًا ووقتًا بالشكل 2026-11-23T14:30:00Z.</translation>
    </message>
    <message>
        <source>Use: regulars refund --ref R [--till T] [--amount A]</source>
        <translation>الاستخدام: regulars refund --ref R [--till T] [--amount A]</translation>
    </message>
    <message>
        <source>Type the amount to refund; it must be above zero.</source>
        <translation>اكتب المبلغ المراد استرداده؛ يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
        <source>Use: regulars balance QUERY</source>
        <translation>الاستخدام: regulars balance QUERY</translation>
    </message>
    <message>
        <source>Use: regulars points grant QUERY N --reason TEXT</source>
        <translation>الاستخدام: regulars points grant QUERY N --reason TEXT</translation>
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
      تسجيل عملية بيع؛ يطبع النقاط المكتسبة والمستبدلة والخصم والرصيد والمستوى والأختام والقسائم بصيغة JSON؛
      يُستخدم الكوبون مع عملية البيع ويخفّض المبلغ المدفوع (ولا يُستخدم أبدًا في عملية بيع مرفوضة)؛
      تكرار --ref نفسه على نقطة البيع نفسها يطبع الإجابة الأولى مرة أخرى ولا يغيّر شيئًا
  refund --ref R [--till T] [--amount A]
      استرداد عملية بيع أو جزء منها، مع استرجاع نقاطها بالتناسب
  balance QUERY
      رصيد العميل، والنقاط التي تنتهي صلاحيتها حسب الشهر، والمستوى والأختام، بصيغة JSON
  points grant QUERY N --reason TEXT
      منح نقاط مقابل نشاط (السبب غير المدرج في البرنامج يُعد تصحيحًا من صاحب المتجر)
  program export FILE.json | program import FILE.json
      كل قواعد البرنامج؛ الاستيراد الذي يحتوي على قيمة خاطئة يذكرها ولا يغيّر شيئًا
  check
      التحقق من السجل والأرصدة وبطاقات الأختام وملف قاعدة البيانات؛ رمز الخروج 1 عند أي مشكلة
</translation>
    </message>
    <message>
        <source>Use: regulars sale --customer QUERY --amount 12.50 [--redeem N] [--ref R] [--till T] [--at ISO-8601] [--coupon CODE]</source>
        <translation>الاستخدام: regulars sale --customer QUERY --amount 12.50 [--redeem N] [--ref R] [--till T] [--at ISO-8601] [--coupon CODE]</translation>
    </message>
</context>
<context>
    <name>LoyaltyLedger</name>
    <message>
        <source>Type the amount of the sale; it must be above zero.</source>
        <translation>اكتب مبلغ البيع؛ يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>لا يوجد عميل برقم %1.</translation>
    </message>
    <message>
        <source>%1 is archived. Restore the customer before recording a sale.</source>
        <translation>%1 مؤرشف. استعد العميل قبل تسجيل عملية بيع.</translation>
    </message>
    <message>
        <source>The points to spend cannot be below zero.</source>
        <translation>لا يمكن أن تكون النقاط المراد استخدامها أقل من صفر.</translation>
    </message>
    <message>
        <source>Could not make a unique voucher code.</source>
        <translation>تعذّر إنشاء رمز قسيمة فريد.</translation>
    </message>
    <message>
        <source>No sale %1 was recorded at till %2. Check the receipt&apos;s reference.</source>
        <translation>لم تُسجَّل عملية بيع برقم %1 في نقطة البيع %2. تحقق من رقم المرجع في الإيصال.</translation>
    </message>
    <message>
        <source>Sale %1 has already been refunded in full.</source>
        <translation>تم استرداد عملية البيع %1 بالكامل من قبل.</translation>
    </message>
    <message>
        <source>At most %1 of sale %2 can still be refunded.</source>
        <translation>الحد الأقصى المتبقي للاسترداد من عملية البيع %2 هو %1.</translation>
    </message>
    <message>
        <source>Say why the points are given, for example the activity.</source>
        <translation>اذكر سبب منح النقاط، مثل النشاط.</translation>
    </message>
    <message>
        <source>Give a number of points other than zero.</source>
        <translation>أدخل عدد نقاط لا يساوي صفرًا.</translation>
    </message>
    <message>
        <source>Say why the balance is corrected.</source>
        <translation>اذكر سبب تصحيح الرصيد.</translation>
    </message>
    <message>
        <source>Give a number of points above zero.</source>
        <translation>أدخل عدد نقاط أكبر من صفر.</translation>
    </message>
    <message>
        <source>A customer cannot give points to themselves.</source>
        <translation>لا يمكن للعميل منح نقاط لنفسه.</translation>
    </message>
    <message>
        <source>Points can be given only to the causes and customers the owner lists in the programme settings.</source>
        <translation>لا يمكن منح النقاط إلا للجهات الخيرية والعملاء الذين يحددهم صاحب المتجر في إعدادات البرنامج.</translation>
    </message>
    <message>
        <source>Both customers must exist.</source>
        <translation>يجب أن يكون العميلان كلاهما موجودين.</translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation>لا يمكن للعميل أن يوصي بالمتجر لنفسه.</translation>
    </message>
    <message>
        <source>%1 was referred by %2; two customers cannot refer each other.</source>
        <translation>انضم %1 بتوصية من %2؛ لا يمكن لعميلين أن يوصي كل منهما بالآخر.</translation>
    </message>
    <message>
        <source>%1 is already recorded as referred by someone.</source>
        <translation>%1 مسجّل بالفعل على أنه انضم بتوصية من شخص آخر.</translation>
    </message>
    <message>
        <source>%1 is not one of the shop&apos;s stamp cards; their numbers start with %2.</source>
        <translation>%1 ليست من بطاقات الأختام الخاصة بالمتجر؛ أرقامها تبدأ بـ %2.</translation>
    </message>
    <message>
        <source>Stamp card %1 already belongs to another customer.</source>
        <translation>بطاقة الأختام %1 مسجّلة بالفعل باسم عميل آخر.</translation>
    </message>
    <message>
        <source>%1 is not a voucher of this shop.</source>
        <translation>%1 ليست قسيمة من هذا المتجر.</translation>
    </message>
    <message>
        <source>Voucher %1 was already used on %2 at till %3 by %4.</source>
        <translation>القسيمة %1 استُخدمت بالفعل في %2 في نقطة البيع %3 بواسطة %4.</translation>
    </message>
    <message>
        <source>Voucher %1 expired on %2.</source>
        <translation>انتهت صلاحية القسيمة %1 في %2.</translation>
    </message>
    <message>
        <source>Voucher %1 was used a moment ago at another till.</source>
        <translation>القسيمة %1 استُخدمت قبل لحظات في نقطة بيع أخرى.</translation>
    </message>
    <message>
        <source>Ledger entry %1 draws on entry %2, which is not a lot of the same customer.</source>
        <translation>القيد %1 في سجل النقاط يسحب من القيد %2، وهو ليس دفعة نقاط للعميل نفسه.</translation>
    </message>
    <message>
        <source>Ledger entry %1 takes %2 points from entry %3, which had only %4 left.</source>
        <translation>القيد %1 في سجل النقاط يسحب %2 نقطة من القيد %3، ولم يكن متبقيًا فيه سوى %4.</translation>
    </message>
    <message>
        <source>Customer %1: the stored balance is %2 but the ledger adds up to %3.</source>
        <translation>العميل %1: الرصيد المحفوظ %2، لكن مجموع سجل النقاط %3.</translation>
    </message>
    <message>
        <source>Customer %1 has a balance below zero (%2), which the programme does not allow.</source>
        <translation>رصيد العميل %1 أقل من صفر (%2)، وهذا لا يسمح به البرنامج.</translation>
    </message>
    <message>
        <source>Customer %1: the stored balance is %2 but the customer has no ledger entries.</source>
        <translation>العميل %1: الرصيد المحفوظ %2، لكن لا توجد للعميل أي قيود في سجل النقاط.</translation>
    </message>
    <message>
        <source>Entry %1: %2 points should be left to spend, but the stored figure is %3.</source>
        <translation>القيد %1: يجب أن يتبقى %2 نقطة قابلة للاستخدام، لكن القيمة المحفوظة %3.</translation>
    </message>
    <message>
        <source>Entry %1 is stored as having %2 points left, but the ledger has none left on it.</source>
        <translation>القيد %1 محفوظ على أنه متبقٍ فيه %2 نقطة، لكن سجل النقاط لا يُظهر أي نقاط متبقية فيه.</translation>
    </message>
    <message>
        <source>Sale %1: the points it says were spent differ from its ledger entries.</source>
        <translation>عملية البيع %1: النقاط المستخدمة المسجلة فيها لا تطابق قيودها في سجل النقاط.</translation>
    </message>
    <message>
        <source>Stamp card %1: its stamp count differs from its stamp entries.</source>
        <translation>بطاقة الأختام %1: عدد الأختام عليها لا يطابق قيود الأختام.</translation>
    </message>
    <message>
        <source>Points can be spent from a balance of %L1; this customer has %L2.</source>
        <translation>لا يمكن استخدام النقاط إلا عندما يبلغ الرصيد %L1؛ ورصيد هذا العميل %L2.</translation>
    </message>
    <message>
        <source>At most %L1 points can pay this sale (%2).</source>
        <translation>الحد الأقصى للنقاط التي يمكن الدفع بها في عملية البيع هذه %L1 (%2).</translation>
    </message>
    <message>
        <source>The customer does not have %L1 points to spend.</source>
        <translation>لا يملك العميل %L1 نقطة لاستخدامها.</translation>
    </message>
    <message>
        <source>The customer has %L1 points; taking %L2 would leave the balance below zero, which the programme does not allow.</source>
        <translation>لدى العميل %L1 نقطة؛ وخصم %L2 سيجعل الرصيد أقل من صفر، وهذا لا يسمح به البرنامج.</translation>
    </message>
    <message>
        <source>The customer has only %L1 points to give.</source>
        <translation>لا يملك العميل سوى %L1 نقطة يمكنه منحها.</translation>
    </message>
    <message>
        <source>Till %1 has already recorded a sale with the reference %2.</source>
        <translation>سجّلت نقطة البيع %1 بالفعل عملية بيع برقم المرجع %2.</translation>
    </message>
</context>
<context>
    <name>LoyaltyPanel</name>
    <message>
        <source>Expiring:</source>
        <translation>نقاط تنتهي صلاحيتها:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>المستوى:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>الخصم:</translation>
    </message>
    <message>
        <source>Stamps:</source>
        <translation>الأختام:</translation>
    </message>
    <message>
        <source>Vouchers:</source>
        <translation>القسائم:</translation>
    </message>
    <message>
        <source>Purchases:</source>
        <translation>المشتريات:</translation>
    </message>
    <message>
        <source>&amp;Sale…</source>
        <translation>بيع…</translation>
    </message>
    <message>
        <source>Record a sale for this customer: amount, points to spend, what it earns (F5)</source>
        <translation>تسجيل عملية بيع لهذا العميل: المبلغ، والنقاط المستخدمة، وما يكسبه منها (F5)</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>استرداد…</translation>
    </message>
    <message>
        <source>Refund all or part of a sale; its points follow</source>
        <translation>استرداد عملية بيع كلها أو جزء منها؛ وتُعدَّل نقاطها تبعًا لذلك</translation>
    </message>
    <message>
        <source>Give &amp;points…</source>
        <translation>منح نقاط…</translation>
    </message>
    <message>
        <source>Points for an activity the programme lists; corrections are for the owner</source>
        <translation>نقاط مقابل نشاط مدرج في البرنامج؛ أما التصحيحات فلصاحب المتجر</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>Register a paper &amp;stamp card…</source>
        <translation>تسجيل بطاقة أختام ورقية…</translation>
    </message>
    <message>
        <source>Recommended &amp;by…</source>
        <translation>بتوصية من…</translation>
    </message>
    <message>
        <source>&amp;Donate points…</source>
        <translation>التبرع بالنقاط…</translation>
    </message>
    <message>
        <source>&amp;Print statement…</source>
        <translation>طباعة كشف النقاط…</translation>
    </message>
    <message>
        <source>&amp;Export statement as CSV…</source>
        <translation>تصدير كشف النقاط بصيغة CSV…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s), worth %1</source>
        <translation>
            <numerusform>%Ln نقطة، بقيمة %1</numerusform>
            <numerusform>%Ln نقطة، بقيمة %1</numerusform>
            <numerusform>%Ln نقطتان، بقيمة %1</numerusform>
            <numerusform>%Ln نقاط، بقيمة %1</numerusform>
            <numerusform>%Ln نقطة، بقيمة %1</numerusform>
            <numerusform>%Ln نقطة، بقيمة %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) on %1</source>
        <translation>
            <numerusform>%Ln نقطة بتاريخ %1</numerusform>
            <numerusform>%Ln نقطة بتاريخ %1</numerusform>
            <numerusform>%Ln نقطتان بتاريخ %1</numerusform>
            <numerusform>%Ln نقاط بتاريخ %1</numerusform>
            <numerusform>%Ln نقطة بتاريخ %1</numerusform>
            <numerusform>%Ln نقطة بتاريخ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the highest</source>
        <translation>%1، وهو أعلى مستوى</translation>
    </message>
    <message numerus="yes">
        <source>%1; %2 more within %Ln month(s) reaches %3</source>
        <translation>
            <numerusform>%1؛ ينتقل إلى %3 بعد إنفاق مبلغ إضافي قدره %2 خلال %Ln شهر</numerusform>
            <numerusform>%1؛ ينتقل إلى %3 بعد إنفاق مبلغ إضافي قدره %2 خلال %Ln شهر</numerusform>
            <numerusform>%1؛ ينتقل إلى %3 بعد إنفاق مبلغ إضافي قدره %2 خلال %Ln شهرين</numerusform>
            <numerusform>%1؛ ينتقل إلى %3 بعد إنفاق مبلغ إضافي قدره %2 خلال %Ln أشهر</numerusform>
            <numerusform>%1؛ ينتقل إلى %3 بعد إنفاق مبلغ إضافي قدره %2 خلال %Ln شهرًا</numerusform>
            <numerusform>%1؛ ينتقل إلى %3 بعد إنفاق مبلغ إضافي قدره %2 خلال %Ln شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1: %2, until %3</source>
        <translation>%1: %2، حتى %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No purchases recorded yet.</source>
        <translation>لا توجد مشتريات مسجّلة بعد.</translation>
    </message>
    <message>
        <source>The last on %1.</source>
        <translation>آخر عملية شراء في %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sale recorded: %Ln point(s) earned, balance %1.</source>
        <translation>
            <numerusform>تم تسجيل البيع: حصل العميل على %Ln نقطة، والرصيد الآن %1.</numerusform>
            <numerusform>تم تسجيل البيع: حصل العميل على %Ln نقطة، والرصيد الآن %1.</numerusform>
            <numerusform>تم تسجيل البيع: حصل العميل على %Ln نقطتين، والرصيد الآن %1.</numerusform>
            <numerusform>تم تسجيل البيع: حصل العميل على %Ln نقاط، والرصيد الآن %1.</numerusform>
            <numerusform>تم تسجيل البيع: حصل العميل على %Ln نقطة، والرصيد الآن %1.</numerusform>
            <numerusform>تم تسجيل البيع: حصل العميل على %Ln نقطة، والرصيد الآن %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The stamp card is full: give the customer voucher %2.</source>
        <translation>%1 اكتملت بطاقة الأختام: أعطِ العميل القسيمة %2.</translation>
    </message>
    <message>
        <source>Paper stamp card</source>
        <translation>بطاقة أختام ورقية</translation>
    </message>
    <message>
        <source>Scan or type the number printed on the stamp card:</source>
        <translation>امسح أو اكتب الرقم المطبوع على بطاقة الأختام:</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>بتوصية من</translation>
    </message>
    <message>
        <source>Phone or card of the customer who recommended the shop:</source>
        <translation>هاتف أو بطاقة العميل الذي أوصى بالمتجر:</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>لا يوجد عميل يطابق «%1».</translation>
    </message>
    <message>
        <source>“%1” matches several customers; type their phone or card.</source>
        <translation>«%1» يطابق عدة عملاء؛ اكتب الهاتف أو البطاقة.</translation>
    </message>
    <message>
        <source>Recorded: recommended by %1. Both get their points with this customer&apos;s first purchase.</source>
        <translation>تم التسجيل: بتوصية من %1. يحصل كلاهما على نقاطه مع أول عملية شراء لهذا العميل.</translation>
    </message>
    <message>
        <source>Donate points</source>
        <translation>التبرع بالنقاط</translation>
    </message>
    <message>
        <source>The programme lists nobody to donate points to. The owner can add causes in the programme settings.</source>
        <translation>لا توجد في البرنامج أي جهة يمكن التبرع لها بالنقاط. يمكن لصاحب المتجر إضافة جهات خيرية في إعدادات البرنامج.</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>العميل %1</translation>
    </message>
    <message>
        <source>Give points to:</source>
        <translation>التبرع بالنقاط إلى:</translation>
    </message>
    <message>
        <source>How many points?</source>
        <translation>كم عدد النقاط؟</translation>
    </message>
    <message>
        <source>Print statement</source>
        <translation>طباعة كشف النقاط</translation>
    </message>
    <message>
        <source>statement-%1.csv</source>
        <translation>كشف-النقاط-%1.csv</translation>
    </message>
    <message>
        <source>Export statement</source>
        <translation>تصدير كشف النقاط</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>%1 %L2 of %L3</source>
        <translation>%1 %L2 من %L3</translation>
    </message>
    <message>
        <source>Refund recorded: %L1 points taken back, %L2 returned; balance %L3.</source>
        <translation>تم تسجيل الاسترداد: سُحبت %L1 نقطة وأُعيدت %L2؛ والرصيد الآن %L3.</translation>
    </message>
    <message>
        <source>%1 %L2 points had already been spent and could not be taken back.</source>
        <translation>%1 كانت %L2 نقطة قد استُخدمت بالفعل، لذلك تعذّر سحبها.</translation>
    </message>
    <message>
        <source>Points recorded; balance %L1.</source>
        <translation>تم تسجيل النقاط؛ والرصيد الآن %L1.</translation>
    </message>
    <message numerus="yes">
        <source>Stamp card %1 now belongs to this customer; it has %Ln stamp(s).</source>
        <translation>
            <numerusform>أصبحت بطاقة الأختام %1 مسجّلة باسم هذا العميل؛ وعليها %Ln ختم.</numerusform>
            <numerusform>أصبحت بطاقة الأختام %1 مسجّلة باسم هذا العميل؛ وعليها %Ln ختم.</numerusform>
            <numerusform>أصبحت بطاقة الأختام %1 مسجّلة باسم هذا العميل؛ وعليها %Ln ختمان.</numerusform>
            <numerusform>أصبحت بطاقة الأختام %1 مسجّلة باسم هذا العميل؛ وعليها %Ln أختام.</numerusform>
            <numerusform>أصبحت بطاقة الأختام %1 مسجّلة باسم هذا العميل؛ وعليها %Ln ختمًا.</numerusform>
            <numerusform>أصبحت بطاقة الأختام %1 مسجّلة باسم هذا العميل؛ وعليها %Ln ختم.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 points given to %2.</source>
        <translation>تم التبرع بـ %L1 نقطة إلى %2.</translation>
    </message>
    <message>
        <source>Print membership &amp;card…</source>
        <translation>طباعة بطاقة العضوية…</translation>
    </message>
    <message>
        <source>Print &amp;consent form…</source>
        <translation>طباعة نموذج الموافقة…</translation>
    </message>
    <message>
        <source>Print &amp;receipt slip of the last sale…</source>
        <translation>طباعة إيصال آخر عملية بيع…</translation>
    </message>
    <message>
        <source>Receipt slip</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>This customer has no sales yet.</source>
        <translation>لا توجد عمليات بيع لهذا العميل بعد.</translation>
    </message>
    <message numerus="yes">
        <source>The server went away: the sale is kept on this till (about %Ln point(s) earned) and sent when the server is back.</source>
        <translation>
            <numerusform>انقطع الاتصال بالخادم: حُفظت عملية البيع على نقطة البيع هذه (حصل العميل على نحو %Ln نقطة) وستُرسل عند عودة الخادم.</numerusform>
            <numerusform>انقطع الاتصال بالخادم: حُفظت عملية البيع على نقطة البيع هذه (حصل العميل على نحو %Ln نقطة) وستُرسل عند عودة الخادم.</numerusform>
            <numerusform>انقطع الاتصال بالخادم: حُفظت عملية البيع على نقطة البيع هذه (حصل العميل على نحو %Ln نقطتين) وستُرسل عند عودة الخادم.</numerusform>
            <numerusform>انقطع الاتصال بالخادم: حُفظت عملية البيع على نقطة البيع هذه (حصل العميل على نحو %Ln نقاط) وستُرسل عند عودة الخادم.</numerusform>
            <numerusform>انقطع الاتصال بالخادم: حُفظت عملية البيع على نقطة البيع هذه (حصل العميل على نحو %Ln نقطة) وستُرسل عند عودة الخادم.</numerusform>
            <numerusform>انقطع الاتصال بالخادم: حُفظت عملية البيع على نقطة البيع هذه (حصل العميل على نحو %Ln نقطة) وستُرسل عند عودة الخادم.</numerusform>
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
        <translation>استخدم true أو false</translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2</source>
        <translation>استخدم عددًا صحيحًا من %1 إلى %2</translation>
    </message>
    <message>
        <source>use a percentage from 0 to 100 with at most two decimals</source>
        <translation>استخدم نسبة مئوية من 0 إلى 100 بمنزلتين عشريتين على الأكثر</translation>
    </message>
    <message>
        <source>use text in quotes</source>
        <translation>استخدم نصًا بين علامتي تنصيص</translation>
    </message>
    <message>
        <source>use an object { … }</source>
        <translation>استخدم كائنًا { … }</translation>
    </message>
    <message>
        <source>use a list [ … ]</source>
        <translation>استخدم قائمة [ … ]</translation>
    </message>
    <message>
        <source>not a setting Regulars knows; check its spelling</source>
        <translation>إعداد لا يعرفه Regulars؛ تحقق من كتابته</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>فضي</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>ذهبي</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>بلاتيني</translation>
    </message>
    <message>
        <source>A free item</source>
        <translation>منتج مجاني</translation>
    </message>
    <message>
        <source>Survey answered</source>
        <translation>الإجابة عن استبيان</translation>
    </message>
    <message>
        <source>Review written</source>
        <translation>كتابة تقييم</translation>
    </message>
    <message>
        <source>Event attended</source>
        <translation>حضور فعالية</translation>
    </message>
    <message>
        <source>use &quot;enrolment&quot; or &quot;first_purchase&quot;</source>
        <translation>استخدم &quot;enrolment&quot; أو &quot;first_purchase&quot;</translation>
    </message>
    <message>
        <source>use a date like 2027-03-31, or &quot;&quot; for no end</source>
        <translation>استخدم تاريخًا بالشكل 2027-03-31، أو &quot;&quot; إذا لم يكن له تاريخ انتهاء</translation>
    </message>
    <message>
        <source>use &quot;none&quot;, &quot;fixed&quot; or &quot;cumulative&quot;</source>
        <translation>استخدم &quot;none&quot; أو &quot;fixed&quot; أو &quot;cumulative&quot;</translation>
    </message>
    <message>
        <source>use a customer number</source>
        <translation>استخدم رقم عميل</translation>
    </message>
    <message>
        <source>each threshold must be above the one before</source>
        <translation>يجب أن يكون كل حد أعلى من الحد الذي قبله</translation>
    </message>
    <message>
        <source>give every tier a name</source>
        <translation>أعطِ كل مستوى اسمًا</translation>
    </message>
    <message>
        <source>each tier must need more spend than the one before</source>
        <translation>يجب أن يتطلب كل مستوى إنفاقًا أكبر من المستوى الذي قبله</translation>
    </message>
    <message>
        <source>tiers are on but none is defined</source>
        <translation>المستويات مفعّلة لكن لم يُحدَّد أي مستوى</translation>
    </message>
    <message>
        <source>say what a full stamp card gives</source>
        <translation>حدّد ما تمنحه بطاقة الأختام المكتملة</translation>
    </message>
    <message>
        <source>give every activity a name</source>
        <translation>أعطِ كل نشاط اسمًا</translation>
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
        <translation>ابحث عن عميل: الهاتف، آخر 4 أرقام، البطاقة أو الاسم</translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation>عرض المؤرشفين</translation>
    </message>
    <message>
        <source>Type a phone number, the last digits of one, a card number or a name.
Enter opens the customer; the arrow keys move through the list;
Ctrl+N adds a new customer.</source>
        <translation>اكتب رقم هاتف أو آخر أرقامه أو رقم بطاقة أو اسمًا.
مفتاح Enter يفتح صفحة العميل، ومفاتيح الأسهم تنقلك في القائمة،
و Ctrl+N يضيف عميلًا جديدًا.</translation>
    </message>
    <message>
        <source>Shop database: %1</source>
        <translation>قاعدة بيانات المتجر: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>البحث عن عميل</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>عميل جديد…</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>استيراد العملاء…</translation>
    </message>
    <message>
        <source>&amp;Export customers…</source>
        <translation>تصدير العملاء…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Regulars</source>
        <translation>حول Regulars</translation>
    </message>
    <message>
        <source>About Regulars</source>
        <translation>حول Regulars</translation>
    </message>
    <message>
        <source>Regulars %1
A loyalty programme for your shop that keeps your regular customers coming back.</source>
        <translation>Regulars %1
برنامج ولاء لمتجرك يجعل عملاءك الدائمين يعودون إليك دائمًا.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>تم العثور على %Ln عميل. اضغط Enter لفتح العميل المحدد.</numerusform>
            <numerusform>تم العثور على %Ln عميل. اضغط Enter لفتح العميل المحدد.</numerusform>
            <numerusform>تم العثور على %Ln عميلين. اضغط Enter لفتح العميل المحدد.</numerusform>
            <numerusform>تم العثور على %Ln عملاء. اضغط Enter لفتح العميل المحدد.</numerusform>
            <numerusform>تم العثور على %Ln عميلًا. اضغط Enter لفتح العميل المحدد.</numerusform>
            <numerusform>تم العثور على %Ln عميل. اضغط Enter لفتح العميل المحدد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody with this number yet. Press Enter to add a new customer with it.</source>
        <translation>لا يوجد عميل بهذا الرقم بعد. اضغط Enter لإضافة عميل جديد بهذا الرقم.</translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to add a new customer.</source>
        <translation>لم يُعثر على أحد. اضغط Ctrl+N لإضافة عميل جديد.</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>العملاء.csv</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>تصدير العملاء</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) exported to %1</source>
        <translation>
            <numerusform>تم تصدير %Ln عميل إلى %1</numerusform>
            <numerusform>تم تصدير %Ln عميل إلى %1</numerusform>
            <numerusform>تم تصدير %Ln عميلين إلى %1</numerusform>
            <numerusform>تم تصدير %Ln عملاء إلى %1</numerusform>
            <numerusform>تم تصدير %Ln عميلًا إلى %1</numerusform>
            <numerusform>تم تصدير %Ln عميل إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop &amp;settings…</source>
        <translation>إعدادات المتجر…</translation>
    </message>
    <message>
        <source>%1 — Regulars</source>
        <comment>shop name</comment>
        <translation>%1 — Regulars</translation>
    </message>
    <message>
        <source>Expiring points could not be written off: %1</source>
        <translation>تعذّر شطب النقاط المنتهية صلاحيتها: %1</translation>
    </message>
    <message>
        <source>Loyalty &amp;programme… (owner)</source>
        <translation>برنامج الولاء… (لصاحب المتجر)</translation>
    </message>
    <message>
        <source>Points, expiry, discount card, tiers, stamp card, referrals (owner only)</source>
        <translation>النقاط، انتهاء الصلاحية، بطاقة الخصم، المستويات، بطاقة الأختام، التوصيات (لصاحب المتجر فقط)</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>مكافأة الترحيب</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>قسيمة</translation>
    </message>
    <message>
        <source>Voucher %1 gives: %2.
Use it now, with this purchase?</source>
        <translation>القسيمة %1 تمنح: %2.
هل تريد استخدامها الآن مع عملية الشراء هذه؟</translation>
    </message>
    <message>
        <source>Use the voucher</source>
        <translation>استخدام القسيمة</translation>
    </message>
    <message>
        <source>Voucher %1 used: %2.</source>
        <translation>تم استخدام القسيمة %1: %2.</translation>
    </message>
    <message>
        <source>&amp;Barcode scanners…</source>
        <translation>ماسحات الباركود…</translation>
    </message>
    <message>
        <source>Scanner connected</source>
        <translation>الماسح متصل</translation>
    </message>
    <message>
        <source>Scanner port in use by another program</source>
        <translation>منفذ الماسح يستخدمه برنامج آخر</translation>
    </message>
    <message>
        <source>No permission to read the scanner port</source>
        <translation>لا توجد صلاحية لقراءة منفذ الماسح</translation>
    </message>
    <message>
        <source>Scanner disconnected</source>
        <translation>الماسح غير متصل</translation>
    </message>
    <message>
        <source>Scanned %1: it is used when this dialog closes.</source>
        <translation>تم مسح %1: سيُستخدم عند إغلاق مربع الحوار هذا.</translation>
    </message>
    <message>
        <source>Card %1 scanned.</source>
        <translation>تم مسح البطاقة %1.</translation>
    </message>
    <message>
        <source>Stamp card</source>
        <translation>بطاقة الأختام</translation>
    </message>
    <message>
        <source>Stamp card %1 is not registered in Regulars.</source>
        <translation>بطاقة الأختام %1 غير مسجّلة في Regulars.</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>رمز غير معروف</translation>
    </message>
    <message>
        <source>Unknown code %1. It has the form of a coupon or voucher, but no coupon or voucher of this shop has this code.</source>
        <translation>الرمز %1 غير معروف. شكله شكل رمز كوبون أو قسيمة، لكن لا يوجد لدى هذا المتجر كوبون أو قسيمة بهذا الرمز.</translation>
    </message>
    <message>
        <source>Scanned %1: not a card, coupon or phone number Regulars knows.</source>
        <translation>تم مسح %1: ليس بطاقة أو كوبونًا أو رقم هاتف يعرفه Regulars.</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>هذا العميل</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>بطاقة جديدة</translation>
    </message>
    <message>
        <source>New card %1. Give it to %2?</source>
        <translation>بطاقة جديدة %1. هل تريد إعطاءها إلى %2؟</translation>
    </message>
    <message>
        <source>Give the card to %1</source>
        <translation>إعطاء البطاقة إلى %1</translation>
    </message>
    <message>
        <source>Card %1 given to %2.</source>
        <translation>تم إعطاء البطاقة %1 إلى %2.</translation>
    </message>
    <message>
        <source>New card %1: nobody has it yet. Give it to a customer: create a new one with it, or open the customer who should get it and scan the card again.</source>
        <translation>بطاقة جديدة %1: لم تُعطَ لأي عميل بعد. أعطها لعميل: أنشئ عميلًا جديدًا بها، أو افتح صفحة العميل الذي يجب أن يحصل عليها وامسح البطاقة مرة أخرى.</translation>
    </message>
    <message>
        <source>New customer with this card…</source>
        <translation>عميل جديد بهذه البطاقة…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>&amp;Customers coming back…</source>
        <translation>عودة العملاء…</translation>
    </message>
    <message>
        <source>Coupon %1 redeemed: %2.</source>
        <translation>تم استخدام الكوبون %1: %2.</translation>
    </message>
    <message>
        <source>&amp;Coupons…</source>
        <translation>الكوبونات…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Back to the home page (Esc)</source>
        <translation>العودة إلى الصفحة الرئيسية (Esc)</translation>
    </message>
    <message>
        <source>Record a sale</source>
        <translation>تسجيل عملية بيع</translation>
    </message>
    <message>
        <source>Whose sale? Their phone, card or name:</source>
        <translation>لمن عملية البيع؟ الهاتف أو البطاقة أو الاسم:</translation>
    </message>
    <message>
        <source>Nobody found for the sale. Add the customer with Ctrl+N.</source>
        <translation>لم يُعثر على أحد لعملية البيع. أضف العميل باستخدام Ctrl+N.</translation>
    </message>
    <message>
        <source>Several customers match: open the right one, then press F5.</source>
        <translation>يطابق البحث عدة عملاء: افتح العميل الصحيح، ثم اضغط F5.</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>الصفحة الرئيسية</translation>
    </message>
    <message>
        <source>Back to the home page: today&apos;s figures and the daily moments (Esc)</source>
        <translation>العودة إلى الصفحة الرئيسية: أرقام اليوم والمهام اليومية (Esc)</translation>
    </message>
    <message>
        <source>Record a &amp;sale…</source>
        <translation>تسجيل عملية بيع…</translation>
    </message>
    <message>
        <source>Export customers for &amp;marketing…</source>
        <translation>تصدير العملاء للتسويق…</translation>
    </message>
    <message>
        <source>Only customers whose consent to offers is in force</source>
        <translation>العملاء الذين لديهم موافقة سارية على تلقي العروض فقط</translation>
    </message>
    <message>
        <source>Customers to &amp;anonymise… (owner)</source>
        <translation>العملاء المطلوب إخفاء هويتهم… (لصاحب المتجر)</translation>
    </message>
    <message>
        <source>Set &amp;up the shop…</source>
        <translation>إعداد المتجر…</translation>
    </message>
    <message>
        <source>The first-start guide again: shop, programme, scanner, customers; nothing is deleted</source>
        <translation>دليل البدء مرة أخرى: المتجر، والبرنامج، والماسح، والعملاء؛ لا يُحذف أي شيء</translation>
    </message>
    <message>
        <source>&amp;Language and region…</source>
        <translation>اللغة والمنطقة…</translation>
    </message>
    <message>
        <source>People who sign &amp;in…</source>
        <translation>الأشخاص الذين يسجّلون الدخول…</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>سجل التدقيق…</translation>
    </message>
    <message>
        <source>&amp;Lock / switch user</source>
        <translation>قفل / تبديل المستخدم</translation>
    </message>
    <message>
        <source>Print new &amp;membership cards…</source>
        <translation>طباعة بطاقات عضوية جديدة…</translation>
    </message>
    <message>
        <source>Print new s&amp;tamp cards…</source>
        <translation>طباعة بطاقات أختام جديدة…</translation>
    </message>
    <message>
        <source>Back&amp;ups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Regulars &amp;guide</source>
        <translation>دليل Regulars</translation>
    </message>
    <message>
        <source>customers-marketing.csv</source>
        <translation>customers-marketing.csv</translation>
    </message>
    <message>
        <source>Owner only</source>
        <translation>لصاحب المتجر فقط</translation>
    </message>
    <message>
        <source>The new language and region settings take effect when Regulars starts again.</source>
        <translation>تسري إعدادات اللغة والمنطقة الجديدة عند إعادة تشغيل Regulars.</translation>
    </message>
    <message>
        <source>S&amp;hops and tills…</source>
        <translation>المتاجر ونقاط البيع…</translation>
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
      نسخ متجر كامل إلى قاعدة بيانات فارغة على خادم، ثم التحقق منه هناك؛
      يرفض أي هدف يحتوي على متجر بالفعل
</translation>
    </message>
    <message>
        <source>Use: regulars migrate --from FILE.sqlite3 --to postgresql://user@host:5432/shop</source>
        <translation>الاستخدام: regulars migrate --from FILE.sqlite3 --to postgresql://user@host:5432/shop</translation>
    </message>
    <message>
        <source>--from takes the shop&apos;s SQLite file.</source>
        <translation>يقبل --from ملف SQLite الخاص بالمتجر.</translation>
    </message>
    <message>
        <source>%1 already exists, and nothing was copied: a copy never overwrites.</source>
        <translation>%1 موجود بالفعل، ولم يُنسخ أي شيء: النسخ لا يستبدل أي بيانات أبدًا.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln صف</numerusform>
            <numerusform>%1: %Ln صف</numerusform>
            <numerusform>%1: %Ln صفان</numerusform>
            <numerusform>%1: %Ln صفوف</numerusform>
            <numerusform>%1: %Ln صفًا</numerusform>
            <numerusform>%1: %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy in %1 has %Ln problem(s); the file %2 is unchanged.</source>
        <translation>
            <numerusform>تحتوي النسخة في %1 على %Ln مشكلة؛ ولم يتغير الملف %2.</numerusform>
            <numerusform>تحتوي النسخة في %1 على %Ln مشكلة؛ ولم يتغير الملف %2.</numerusform>
            <numerusform>تحتوي النسخة في %1 على %Ln مشكلتين؛ ولم يتغير الملف %2.</numerusform>
            <numerusform>تحتوي النسخة في %1 على %Ln مشكلات؛ ولم يتغير الملف %2.</numerusform>
            <numerusform>تحتوي النسخة في %1 على %Ln مشكلةً؛ ولم يتغير الملف %2.</numerusform>
            <numerusform>تحتوي النسخة في %1 على %Ln مشكلة؛ ولم يتغير الملف %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop was copied to %1 and checked: no problems found. Point every till at it with --db %1.</source>
        <translation>تم نسخ المتجر إلى %1 والتحقق منه: لم يُعثر على أي مشكلة. وجّه كل نقاط البيع إليه باستخدام --db %1.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>فشل تحديث قاعدة البيانات إلى الإصدار %1: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not an amount. Type digits only, for example 12.50.</source>
        <translation>«%1» ليس مبلغًا. اكتب أرقامًا فقط، مثلًا 12.50.</translation>
    </message>
    <message>
        <source>Type an amount, for example 12.50.</source>
        <translation>اكتب مبلغًا، مثلًا 12.50.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals; type a whole number.</source>
        <translation>المبالغ بعملة %1 لا تحتوي على كسور عشرية؛ اكتب عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Amounts in %1 have at most %2 decimals.</source>
        <translation>لا يزيد عدد المنازل العشرية في المبالغ بعملة %1 على %2.</translation>
    </message>
    <message>
        <source>%1 is too large an amount.</source>
        <translation>المبلغ %1 كبير جدًا.</translation>
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
        <translation>العمل دون اتصال مخصص للمتجر الموجود على خادم PostgreSQL (--db postgresql://…).</translation>
    </message>
    <message>
        <source>This till has no copy of the shop&apos;s customers yet, so it cannot work offline. While the server answers, run: regulars --db %1 outbox refresh</source>
        <translation>لا توجد على نقطة البيع هذه نسخة محلية من عملاء المتجر بعد، لذلك لا يمكنها العمل دون اتصال. ما دام الخادم يستجيب، شغّل: regulars --db %1 outbox refresh</translation>
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
      تسجيل عميل وافق على الاحتفاظ ببياناته؛ يطبع بيانات العميل بصيغة JSON
  نقاط البيع دون اتصال (متجر على خادم PostgreSQL): عندما يتعذّر الوصول إلى الخادم، يعمل `sale` و
  `enrol` من النسخة المحلية لنقطة البيع ويحفظان العمل في صندوق الصادر الخاص بها: يطبعان JSON فيه
  &quot;offline&quot;: true (ونقاط عملية البيع في estimated_earned وestimated_balance) ويخرجان برمز 4.
  outbox refresh
      نسخ العملاء والأرصدة والقسائم والكوبونات والبرنامج التي تحتاجها نقطة البيع للعمل دون اتصال
  outbox list [--json]
      العمل المحفوظ دون اتصال، المنتظر أو المُعاد إرساله
  outbox replay
      إرسال العمل المنتظر إلى الخادم، مرة واحدة بالضبط وبالترتيب؛ سطر JSON لكل عنصر
      وملخص؛ ثم تحديث النسخة المحلية
  conflicts list [--unseen] [--json]
      ما لم تستطع إعادة الإرسال تنفيذه كما فعلته نقطة البيع (كوبون استُخدم في مكان آخر، نقاط استُخدمت مرتين، …)
  conflicts seen
      وضع علامة «تمت المراجعة» على كل التعارضات من قِبل صاحب المتجر
</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached, and this till&apos;s copy has no single customer for “%1” (%Ln found); give their phone, card or id:N.</source>
        <translation>
            <numerusform>يتعذّر الوصول إلى الخادم، ولا تحتوي النسخة المحلية لنقطة البيع هذه على عميل واحد يطابق «%1» (النتائج: %Ln)؛ أدخل هاتفه أو بطاقته أو id:N.</numerusform>
            <numerusform>يتعذّر الوصول إلى الخادم، ولا تحتوي النسخة المحلية لنقطة البيع هذه على عميل واحد يطابق «%1» (النتائج: %Ln)؛ أدخل هاتفه أو بطاقته أو id:N.</numerusform>
            <numerusform>يتعذّر الوصول إلى الخادم، ولا تحتوي النسخة المحلية لنقطة البيع هذه على عميل واحد يطابق «%1» (النتائج: %Ln)؛ أدخل هاتفه أو بطاقته أو id:N.</numerusform>
            <numerusform>يتعذّر الوصول إلى الخادم، ولا تحتوي النسخة المحلية لنقطة البيع هذه على عميل واحد يطابق «%1» (النتائج: %Ln)؛ أدخل هاتفه أو بطاقته أو id:N.</numerusform>
            <numerusform>يتعذّر الوصول إلى الخادم، ولا تحتوي النسخة المحلية لنقطة البيع هذه على عميل واحد يطابق «%1» (النتائج: %Ln)؛ أدخل هاتفه أو بطاقته أو id:N.</numerusform>
            <numerusform>يتعذّر الوصول إلى الخادم، ولا تحتوي النسخة المحلية لنقطة البيع هذه على عميل واحد يطابق «%1» (النتائج: %Ln)؛ أدخل هاتفه أو بطاقته أو id:N.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached; the sale is kept in this till&apos;s outbox. Points are estimated and confirmed when the till is back online.</source>
        <translation>يتعذّر الوصول إلى الخادم؛ حُفظت عملية البيع في صندوق الصادر لنقطة البيع هذه. النقاط تقديرية وتُؤكَّد عند عودة الاتصال لنقطة البيع.</translation>
    </message>
    <message>
        <source>Use: regulars enrol --name NAME --phone PHONE --consent paper|verbal|digital [--card C] [--ref R] [--till T]</source>
        <translation>الاستخدام: regulars enrol --name NAME --phone PHONE --consent paper|verbal|digital [--card C] [--ref R] [--till T]</translation>
    </message>
    <message>
        <source>The server cannot be reached; the enrolment is kept in this till&apos;s outbox.</source>
        <translation>يتعذّر الوصول إلى الخادم؛ حُفظ تسجيل العميل في صندوق الصادر لنقطة البيع هذه.</translation>
    </message>
    <message>
        <source>Use: regulars outbox list [--json] | outbox replay | outbox refresh</source>
        <translation>الاستخدام: regulars outbox list [--json] | outbox replay | outbox refresh</translation>
    </message>
    <message>
        <source>Use: regulars conflicts list [--unseen] [--json] | conflicts seen</source>
        <translation>الاستخدام: regulars conflicts list [--unseen] [--json] | conflicts seen</translation>
    </message>
    <message>
        <source>replayed</source>
        <translation>أُعيد إرساله</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) waiting.</source>
        <translation>
            <numerusform>%Ln عنصر قيد الانتظار.</numerusform>
            <numerusform>%Ln عنصر قيد الانتظار.</numerusform>
            <numerusform>%Ln عنصران قيد الانتظار.</numerusform>
            <numerusform>%Ln عناصر قيد الانتظار.</numerusform>
            <numerusform>%Ln عنصرًا قيد الانتظار.</numerusform>
            <numerusform>%Ln عنصر قيد الانتظار.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) marked as seen.</source>
        <translation>
            <numerusform>وُضعت علامة «تمت المراجعة» على %Ln تعارض.</numerusform>
            <numerusform>وُضعت علامة «تمت المراجعة» على %Ln تعارض.</numerusform>
            <numerusform>وُضعت علامة «تمت المراجعة» على %Ln تعارضين.</numerusform>
            <numerusform>وُضعت علامة «تمت المراجعة» على %Ln تعارضات.</numerusform>
            <numerusform>وُضعت علامة «تمت المراجعة» على %Ln تعارضًا.</numerusform>
            <numerusform>وُضعت علامة «تمت المراجعة» على %Ln تعارض.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s).</source>
        <translation>
            <numerusform>%Ln تعارض.</numerusform>
            <numerusform>%Ln تعارض.</numerusform>
            <numerusform>%Ln تعارضان.</numerusform>
            <numerusform>%Ln تعارضات.</numerusform>
            <numerusform>%Ln تعارضًا.</numerusform>
            <numerusform>%Ln تعارض.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The replay stopped: %1 %Ln item(s) still wait.</source>
        <translation>
            <numerusform>توقفت إعادة الإرسال: %1 لا يزال في الانتظار %Ln عنصر.</numerusform>
            <numerusform>توقفت إعادة الإرسال: %1 لا يزال في الانتظار %Ln عنصر.</numerusform>
            <numerusform>توقفت إعادة الإرسال: %1 لا يزال في الانتظار %Ln عنصران.</numerusform>
            <numerusform>توقفت إعادة الإرسال: %1 لا يزال في الانتظار %Ln عناصر.</numerusform>
            <numerusform>توقفت إعادة الإرسال: %1 لا يزال في الانتظار %Ln عنصرًا.</numerusform>
            <numerusform>توقفت إعادة الإرسال: %1 لا يزال في الانتظار %Ln عنصر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This till&apos;s copy was refreshed: %Ln customer(s) in %1 ms.</source>
        <translation>
            <numerusform>تم تحديث النسخة المحلية لنقطة البيع هذه: %Ln عميل في %1 مللي ثانية.</numerusform>
            <numerusform>تم تحديث النسخة المحلية لنقطة البيع هذه: %Ln عميل في %1 مللي ثانية.</numerusform>
            <numerusform>تم تحديث النسخة المحلية لنقطة البيع هذه: %Ln عميلين في %1 مللي ثانية.</numerusform>
            <numerusform>تم تحديث النسخة المحلية لنقطة البيع هذه: %Ln عملاء في %1 مللي ثانية.</numerusform>
            <numerusform>تم تحديث النسخة المحلية لنقطة البيع هذه: %Ln عميلًا في %1 مللي ثانية.</numerusform>
            <numerusform>تم تحديث النسخة المحلية لنقطة البيع هذه: %Ln عميل في %1 مللي ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineConflicts</name>
    <message>
        <source>Coupon %1 was used at till %2 while it was offline, but the server refused it: %3 The sale was recorded with the money off the customer was given (%4), without the coupon.</source>
        <translation>استُخدم الكوبون %1 في نقطة البيع %2 أثناء عملها دون اتصال، لكن الخادم رفضه: %3 سُجّلت عملية البيع بالخصم الذي حصل عليه العميل (%4)، دون الكوبون.</translation>
    </message>
    <message>
        <source>At till %1, offline, the customer spent %L2 points, but by the time the sale reached the server only %L3 were left to spend: %L4 points (worth %5) could not be taken.</source>
        <translation>في نقطة البيع %1، دون اتصال، استخدم العميل %L2 نقطة، لكن عندما وصلت عملية البيع إلى الخادم لم يتبقَّ للاستخدام سوى %L3: تعذّر خصم %L4 نقطة (بقيمة %5).</translation>
    </message>
    <message>
        <source>%1 (%2) was enrolled at till %3 while it was offline, but that phone or card had been enrolled elsewhere meanwhile; the offline sales went to the customer already enrolled.</source>
        <translation>سُجّل %1 (%2) في نقطة البيع %3 أثناء عملها دون اتصال، لكن ذلك الهاتف أو تلك البطاقة كانا قد سُجّلا في مكان آخر في الأثناء؛ فذهبت المبيعات التي تمت دون اتصال إلى العميل المسجّل مسبقًا.</translation>
    </message>
    <message>
        <source>%1 was enrolled at till %2 while it was offline, but the server refused the enrolment: %3</source>
        <translation>سُجّل %1 في نقطة البيع %2 أثناء عملها دون اتصال، لكن الخادم رفض التسجيل: %3</translation>
    </message>
    <message>
        <source>A sale of %1 at till %2 while it was offline could not be recorded: %3</source>
        <translation>تعذّر تسجيل عملية بيع بمبلغ %1 في نقطة البيع %2 أثناء عملها دون اتصال: %3</translation>
    </message>
    <message>
        <source>Check who used the coupon first; ask the customer about it, or accept the loss.</source>
        <translation>تحقق ممن استخدم الكوبون أولًا؛ اسأل العميل عنه، أو اقبل الخسارة.</translation>
    </message>
    <message>
        <source>Talk to the customer; the points can be taken from later earnings with a correction.</source>
        <translation>تحدّث مع العميل؛ يمكن خصم النقاط من مكاسبه اللاحقة بتصحيح.</translation>
    </message>
    <message>
        <source>Check that the two enrolments are the same person and correct the name if needed.</source>
        <translation>تحقق من أن التسجيلين لنفس الشخص، وصحّح الاسم إذا لزم الأمر.</translation>
    </message>
    <message>
        <source>Enrol the customer again when they come back; their offline sales are listed too.</source>
        <translation>سجّل العميل مرة أخرى عندما يعود؛ ومبيعاته التي تمت دون اتصال مدرجة أيضًا.</translation>
    </message>
    <message>
        <source>Record the sale by hand for the right customer if it should count.</source>
        <translation>سجّل عملية البيع يدويًا للعميل الصحيح إذا كان يجب احتسابها.</translation>
    </message>
</context>
<context>
    <name>OfflineConflictsDialog</name>
    <message>
        <source>Conflicts after offline work</source>
        <translation>التعارضات بعد العمل دون اتصال</translation>
    </message>
    <message>
        <source>Only those not yet &amp;seen</source>
        <translation>غير المُراجَعة فقط</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>نقطة البيع</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation>وضع علامة «تمت المراجعة» على الكل</translation>
    </message>
</context>
<context>
    <name>OfflineDesk</name>
    <message>
        <source>Conflicts after &amp;offline work…</source>
        <translation>التعارضات بعد العمل دون اتصال…</translation>
    </message>
    <message>
        <source>What the server could not do as a till did it while it was offline</source>
        <translation>ما لم يستطع الخادم تنفيذه كما فعلته نقطة البيع أثناء عملها دون اتصال</translation>
    </message>
    <message>
        <source>OFFLINE since %1: the server cannot be reached, and this till has no copy of the customers to work from (%2).</source>
        <translation>غير متصل منذ %1: يتعذّر الوصول إلى الخادم، ولا توجد على نقطة البيع هذه نسخة محلية من العملاء للعمل منها (%2).</translation>
    </message>
    <message>
        <source>OFFLINE since %1: the server cannot be reached, and this till&apos;s copy of the customers was never filled, so it cannot serve them until the server is back.</source>
        <translation>غير متصل منذ %1: يتعذّر الوصول إلى الخادم، ولم تُملأ النسخة المحلية من العملاء على نقطة البيع هذه قط، لذلك لا يمكنها خدمتهم حتى يعود الخادم.</translation>
    </message>
    <message numerus="yes">
        <source>OFFLINE since %1: the server cannot be reached. Customers are found in this till&apos;s copy (from %2) and sales are kept here, to be sent when the server is back (%Ln waiting). Points are estimates until then.</source>
        <translation>
            <numerusform>غير متصل منذ %1: يتعذّر الوصول إلى الخادم. يُبحث عن العملاء في النسخة المحلية لنقطة البيع هذه (من %2) وتُحفظ المبيعات هنا لتُرسل عند عودة الخادم (في الانتظار: %Ln). النقاط تقديرية حتى ذلك الحين.</numerusform>
            <numerusform>غير متصل منذ %1: يتعذّر الوصول إلى الخادم. يُبحث عن العملاء في النسخة المحلية لنقطة البيع هذه (من %2) وتُحفظ المبيعات هنا لتُرسل عند عودة الخادم (في الانتظار: %Ln). النقاط تقديرية حتى ذلك الحين.</numerusform>
            <numerusform>غير متصل منذ %1: يتعذّر الوصول إلى الخادم. يُبحث عن العملاء في النسخة المحلية لنقطة البيع هذه (من %2) وتُحفظ المبيعات هنا لتُرسل عند عودة الخادم (في الانتظار: %Ln). النقاط تقديرية حتى ذلك الحين.</numerusform>
            <numerusform>غير متصل منذ %1: يتعذّر الوصول إلى الخادم. يُبحث عن العملاء في النسخة المحلية لنقطة البيع هذه (من %2) وتُحفظ المبيعات هنا لتُرسل عند عودة الخادم (في الانتظار: %Ln). النقاط تقديرية حتى ذلك الحين.</numerusform>
            <numerusform>غير متصل منذ %1: يتعذّر الوصول إلى الخادم. يُبحث عن العملاء في النسخة المحلية لنقطة البيع هذه (من %2) وتُحفظ المبيعات هنا لتُرسل عند عودة الخادم (في الانتظار: %Ln). النقاط تقديرية حتى ذلك الحين.</numerusform>
            <numerusform>غير متصل منذ %1: يتعذّر الوصول إلى الخادم. يُبحث عن العملاء في النسخة المحلية لنقطة البيع هذه (من %2) وتُحفظ المبيعات هنا لتُرسل عند عودة الخادم (في الانتظار: %Ln). النقاط تقديرية حتى ذلك الحين.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln conflict(s) after offline work</source>
        <translation>
            <numerusform>⚠ %Ln تعارض بعد العمل دون اتصال</numerusform>
            <numerusform>⚠ %Ln تعارض بعد العمل دون اتصال</numerusform>
            <numerusform>⚠ %Ln تعارضان بعد العمل دون اتصال</numerusform>
            <numerusform>⚠ %Ln تعارضات بعد العمل دون اتصال</numerusform>
            <numerusform>⚠ %Ln تعارضًا بعد العمل دون اتصال</numerusform>
            <numerusform>⚠ %Ln تعارض بعد العمل دون اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the list of what replays of offline work could not do as the till did</source>
        <translation>فتح قائمة ما لم تستطع إعادة إرسال العمل المنجز دون اتصال تنفيذه كما فعلته نقطة البيع</translation>
    </message>
    <message numerus="yes">
        <source>Sale kept on this till: about %Ln point(s) earned, sent when the server is back.</source>
        <translation>
            <numerusform>حُفظت عملية البيع على نقطة البيع هذه: نحو %Ln نقطة مكتسبة، وستُرسل عند عودة الخادم.</numerusform>
            <numerusform>حُفظت عملية البيع على نقطة البيع هذه: نحو %Ln نقطة مكتسبة، وستُرسل عند عودة الخادم.</numerusform>
            <numerusform>حُفظت عملية البيع على نقطة البيع هذه: نحو %Ln نقطتان مكتسبة، وستُرسل عند عودة الخادم.</numerusform>
            <numerusform>حُفظت عملية البيع على نقطة البيع هذه: نحو %Ln نقاط مكتسبة، وستُرسل عند عودة الخادم.</numerusform>
            <numerusform>حُفظت عملية البيع على نقطة البيع هذه: نحو %Ln نقطة مكتسبة، وستُرسل عند عودة الخادم.</numerusform>
            <numerusform>حُفظت عملية البيع على نقطة البيع هذه: نحو %Ln نقطة مكتسبة، وستُرسل عند عودة الخادم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts after offline work</source>
        <translation>التعارضات بعد العمل دون اتصال</translation>
    </message>
    <message>
        <source>The conflicts are kept on the server, which cannot be reached now.</source>
        <translation>التعارضات محفوظة على الخادم، ويتعذّر الوصول إليه الآن.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of offline work reached the server; conflicts for the owner to look at: %L1.</source>
        <translation>
            <numerusform>وصلت إلى الخادم %Ln عملية منجزة دون اتصال؛ تعارضات يجب أن يراجعها صاحب المتجر: %L1.</numerusform>
            <numerusform>وصلت إلى الخادم %Ln عملية منجزة دون اتصال؛ تعارضات يجب أن يراجعها صاحب المتجر: %L1.</numerusform>
            <numerusform>وصلت إلى الخادم %Ln عمليتان منجزة دون اتصال؛ تعارضات يجب أن يراجعها صاحب المتجر: %L1.</numerusform>
            <numerusform>وصلت إلى الخادم %Ln عمليات منجزة دون اتصال؛ تعارضات يجب أن يراجعها صاحب المتجر: %L1.</numerusform>
            <numerusform>وصلت إلى الخادم %Ln عملية منجزة دون اتصال؛ تعارضات يجب أن يراجعها صاحب المتجر: %L1.</numerusform>
            <numerusform>وصلت إلى الخادم %Ln عملية منجزة دون اتصال؛ تعارضات يجب أن يراجعها صاحب المتجر: %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of offline work reached the server, exactly as the till did them.</source>
        <translation>
            <numerusform>وصلت إلى الخادم %Ln عملية منجزة دون اتصال، تمامًا كما أجرتها نقطة البيع.</numerusform>
            <numerusform>وصلت إلى الخادم %Ln عملية منجزة دون اتصال، تمامًا كما أجرتها نقطة البيع.</numerusform>
            <numerusform>وصلت إلى الخادم %Ln عمليتان منجزة دون اتصال، تمامًا كما أجرتها نقطة البيع.</numerusform>
            <numerusform>وصلت إلى الخادم %Ln عمليات منجزة دون اتصال، تمامًا كما أجرتها نقطة البيع.</numerusform>
            <numerusform>وصلت إلى الخادم %Ln عملية منجزة دون اتصال، تمامًا كما أجرتها نقطة البيع.</numerusform>
            <numerusform>وصلت إلى الخادم %Ln عملية منجزة دون اتصال، تمامًا كما أجرتها نقطة البيع.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is enrolled on this till and reaches the server when it is back; find them here to record a sale.</source>
        <translation>تم تسجيل %1 في نقطة البيع هذه، وسيصل إلى الخادم عند عودته؛ ابحث عنه هنا لتسجيل عملية بيع.</translation>
    </message>
</context>
<context>
    <name>OfflineTill</name>
    <message>
        <source>Coupon %1 was already used at this till while it was offline.</source>
        <translation>استُخدم الكوبون %1 بالفعل في نقطة البيع هذه أثناء عملها دون اتصال.</translation>
    </message>
    <message>
        <source>Coupon %1 is not in this till&apos;s copy: it was used already or made after the copy was last refreshed. It can be used when the server is back.</source>
        <translation>الكوبون %1 غير موجود في النسخة المحلية لنقطة البيع هذه: إما أنه استُخدم بالفعل أو أُنشئ بعد آخر تحديث للنسخة. يمكن استخدامه عند عودة الخادم.</translation>
    </message>
    <message>
        <source>Coupon %1 needs a purchase of at least %2.</source>
        <translation>يتطلب الكوبون %1 عملية شراء لا تقل عن %2.</translation>
    </message>
    <message>
        <source>Type the amount of the sale; it must be above zero.</source>
        <translation>اكتب مبلغ البيع؛ يجب أن يكون أكبر من صفر.</translation>
    </message>
    <message>
        <source>The points to spend cannot be below zero.</source>
        <translation>لا يمكن أن تكون النقاط المراد استخدامها أقل من صفر.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>لا يوجد عميل برقم %1.</translation>
    </message>
    <message>
        <source>%1 is archived. Restore the customer before recording a sale.</source>
        <translation>%1 مؤرشف. استعد العميل قبل تسجيل عملية بيع.</translation>
    </message>
    <message>
        <source>Points can be spent from a balance of %L1; this customer has %L2.</source>
        <translation>لا يمكن استخدام النقاط إلا عندما يبلغ الرصيد %L1؛ ورصيد هذا العميل %L2.</translation>
    </message>
    <message>
        <source>Offline, at most %L1 points can pay this sale: the till&apos;s copy shows no more.</source>
        <translation>دون اتصال، يمكن دفع %L1 نقطة على الأكثر من هذه العملية: النسخة المحلية لنقطة البيع لا تُظهر أكثر من ذلك.</translation>
    </message>
</context>
<context>
    <name>OutboxReplay</name>
    <message>
        <source>The customer enrolled offline could not be enrolled on the server.</source>
        <translation>تعذّر تسجيل العميل الذي انضم دون اتصال على الخادم.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>توقف.</translation>
    </message>
</context>
<context>
    <name>OwnerAccountDialog</name>
    <message>
        <source>The owner&apos;s password</source>
        <translation>كلمة مرور صاحب المتجر</translation>
    </message>
    <message>
        <source>Create the owner&apos;s account</source>
        <translation>إنشاء حساب صاحب المتجر</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>OwnerAccountForm</name>
    <message>
        <source>You are the owner: you set the rules, see the reports and add the clerks who work at the till. Choose the password you will sign in with. Nobody can read it back, so keep it somewhere safe.</source>
        <translation>أنت صاحب المتجر: تضع القواعد، وتطّلع على التقارير، وتضيف الموظفين الذين يعملون على نقطة البيع. اختر كلمة المرور التي ستسجّل الدخول بها. لا يمكن لأحد قراءتها لاحقًا، لذا احتفظ بها في مكان آمن.</translation>
    </message>
    <message>
        <source>As your staff call you</source>
        <translation>كما يناديك موظفوك</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>اسمك:</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln characters</source>
        <translation>
            <numerusform>%Ln حرف على الأقل</numerusform>
            <numerusform>%Ln حرف على الأقل</numerusform>
            <numerusform>%Ln حرفان على الأقل</numerusform>
            <numerusform>%Ln أحرف على الأقل</numerusform>
            <numerusform>%Ln حرفًا على الأقل</numerusform>
            <numerusform>%Ln حرف على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>تكرار كلمة المرور:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>OwnerPassword</name>
    <message>
        <source>This shop has no owner&apos;s account, so nothing can be changed from the command line.</source>
        <translation>لا يوجد حساب لصاحب هذا المتجر، لذلك لا يمكن تغيير أي شيء من سطر الأوامر.</translation>
    </message>
    <message>
        <source>Owner&apos;s password for %1: </source>
        <translation>كلمة مرور صاحب المتجر لـ %1: </translation>
    </message>
    <message>
        <source>This command changes the shop&apos;s data and needs the owner&apos;s password: type it when asked, or set REGULARS_PASSWORD for scripts.</source>
        <translation>يغيّر هذا الأمر بيانات المتجر ويحتاج إلى كلمة مرور صاحب المتجر: اكتبها عند طلبها، أو اضبط REGULARS_PASSWORD للبرامج النصية.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Customer #%1</source>
        <translation>العميل رقم %1</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>لا يوجد عميل برقم %1.</translation>
    </message>
    <message>
        <source>Say which format to write: a file name ending in .json or .pdf, or --format json|pdf.</source>
        <translation>حدّد الصيغة المطلوبة: اسم ملف ينتهي بـ .json أو .pdf، أو --format json|pdf.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Customer number %1 is anonymised already.</source>
        <translation>هوية العميل رقم %1 مُخفاة بالفعل.</translation>
    </message>
    <message>
        <source>The customer could not be anonymised: %1</source>
        <translation>تعذّر إخفاء هوية العميل: %1</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <source>Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>customer-%1.pdf</source>
        <translation>customer-%1.pdf</translation>
    </message>
    <message>
        <source>Export everything kept about the customer</source>
        <translation>تصدير كل ما يُحتفظ به عن العميل</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>إخفاء الهوية</translation>
    </message>
    <message>
        <source>Erase the contact details of %1 for good: name, phone, card, email, birthday and notes?

Their purchases and points stay, as %2, so the reports do not change. This cannot be undone.</source>
        <translation>هل تريد مسح بيانات الاتصال الخاصة بـ %1 نهائيًا: الاسم والهاتف والبطاقة والبريد الإلكتروني وتاريخ الميلاد والملاحظات؟

تبقى مشترياته ونقاطه باسم %2، لذلك لا تتغير التقارير. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Customers to anonymise</source>
        <translation>العملاء المطلوب إخفاء هويتهم</translation>
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
      كل ما يحتفظ به المتجر عن عميل واحد، ليطّلع عليه (لصاحب المتجر)
  customers anonymise QUERY
      مسح بيانات الاتصال الخاصة بعميل؛ وتبقى مشترياته ونقاطه دون هوية (لصاحب المتجر)
  customers lapsed [--years N]
      العملاء الذين لم يشتروا منذ N سنوات (الافتراضي: قاعدة الاحتفاظ بالبيانات في المتجر)، كأسطر
      JSON
</translation>
    </message>
    <message>
        <source>Use: regulars customers lapsed [--years N]</source>
        <translation>الاستخدام: regulars customers lapsed [--years N]</translation>
    </message>
    <message>
        <source>--years takes a whole number of years.</source>
        <translation>يقبل --years عددًا صحيحًا من السنوات.</translation>
    </message>
    <message>
        <source>The retention rule is off. Give --years N to list customers with no purchase for N years.</source>
        <translation>قاعدة الاحتفاظ بالبيانات معطّلة. حدّد --years N لعرض العملاء الذين لم يشتروا منذ N سنوات.</translation>
    </message>
    <message>
        <source>Use: regulars customers export-personal QUERY --out FILE.json|FILE.pdf</source>
        <translation>الاستخدام: regulars customers export-personal QUERY --out FILE.json|FILE.pdf</translation>
    </message>
    <message>
        <source>Use: regulars customers anonymise QUERY</source>
        <translation>الاستخدام: regulars customers anonymise QUERY</translation>
    </message>
    <message>
        <source>No customer matches “%1”. Try a phone number, a card number or id:N.</source>
        <translation>لا يوجد عميل يطابق «%1». جرّب رقم هاتف أو رقم بطاقة أو id:N.</translation>
    </message>
    <message>
        <source>“%1” matches several customers; give their phone, card or id:N.</source>
        <translation>«%1» يطابق عدة عملاء؛ حدّد الهاتف أو البطاقة أو id:N.</translation>
    </message>
    <message>
        <source>Customer number %1 was anonymised: contact details erased, purchases and points kept.</source>
        <translation>تم إخفاء هوية العميل رقم %1: مُسحت بيانات الاتصال، وبقيت المشتريات والنقاط.</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.json or --out FILE.pdf.</source>
        <translation>حدّد الملف المطلوب كتابته باستخدام --out FILE.json أو --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Everything kept about customer number %1 was written to %2.</source>
        <translation>تم حفظ كل ما يُحتفظ به عن العميل رقم %1 في %2.</translation>
    </message>
</context>
<context>
    <name>PersonalDataLayout</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>تاريخ الأرشفة</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>تاريخ إخفاء الهوية</translation>
    </message>
    <message>
        <source>Referred by customer</source>
        <translation>العميل المُحيل</translation>
    </message>
    <message>
        <source>Number in the previous system</source>
        <translation>الرقم في النظام السابق</translation>
    </message>
    <message>
        <source>For</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>إصدار النص</translation>
    </message>
    <message>
        <source>Text SHA-256</source>
        <translation>SHA-256 للنص</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>سُجّلت بواسطة</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>نقطة البيع</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>عملية البيع</translation>
    </message>
    <message>
        <source>Amount (minor units)</source>
        <translation>المبلغ (بأصغر وحدة نقدية)</translation>
    </message>
    <message>
        <source>Discount (minor units)</source>
        <translation>الخصم (بأصغر وحدة نقدية)</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>النقاط المستخدمة</translation>
    </message>
    <message>
        <source>Paid with points (minor units)</source>
        <translation>المدفوع بالنقاط (بأصغر وحدة نقدية)</translation>
    </message>
    <message>
        <source>Refunded (minor units)</source>
        <translation>المبلغ المسترد (بأصغر وحدة نقدية)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Stamps to fill</source>
        <translation>الأختام اللازمة لاكتمال البطاقة</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>الأختام</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>تاريخ الاكتمال</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>تاريخ الاستخدام</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>المطبوعة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>offers and news</source>
        <translation>العروض والأخبار</translation>
    </message>
    <message>
        <source>keeping my details</source>
        <translation>الاحتفاظ ببياناتي</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا يوجد.</translation>
    </message>
    <message>
        <source>What the shop keeps about you</source>
        <translation>ما يحتفظ به المتجر عنك</translation>
    </message>
    <message>
        <source>What %1 keeps about you</source>
        <translation>ما يحتفظ به %1 عنك</translation>
    </message>
    <message>
        <source>Prepared on %1 for %2.</source>
        <translation>أُعدّ في %1 لـ %2.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>موافقاتك</translation>
    </message>
    <message>
        <source>The consent texts in force (version %1)</source>
        <translation>نصوص الموافقة السارية (الإصدار %1)</translation>
    </message>
    <message>
        <source>Keeping your details</source>
        <translation>الاحتفاظ ببياناتك</translation>
    </message>
    <message>
        <source>Offers and news</source>
        <translation>العروض والأخبار</translation>
    </message>
    <message>
        <source>Your purchases</source>
        <translation>مشترياتك</translation>
    </message>
    <message>
        <source>Your points</source>
        <translation>نقاطك</translation>
    </message>
    <message>
        <source>Your stamp cards</source>
        <translation>بطاقات الأختام الخاصة بك</translation>
    </message>
    <message>
        <source>Your vouchers</source>
        <translation>قسائمك</translation>
    </message>
    <message>
        <source>Your coupons</source>
        <translation>كوبوناتك</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذّرت الكتابة إلى %1.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>Type the customer&apos;s phone number.</source>
        <translation>اكتب رقم هاتف العميل.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use only digits, spaces, dashes, brackets and +.</source>
        <translation>«%1» ليس رقم هاتف: استخدم الأرقام والمسافات والشرطات والأقواس و+ فقط.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number. Check the country code and the number of digits.</source>
        <translation>«%1» ليس رقم هاتف صالحًا. تحقق من رمز الدولة وعدد الأرقام.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number in %2. Check the number of digits, or type it with + and the country code if it is from another country.</source>
        <translation>«%1» ليس رقم هاتف صالحًا في %2. تحقق من عدد الأرقام، أو اكتبه بـ + ورمز الدولة إذا كان من دولة أخرى.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذّرت الكتابة إلى %1.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was printed or saved.</source>
        <translation>أُلغي؛ لم يُطبع أو يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation>معاينة…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ كملف PDF…</translation>
    </message>
    <message>
        <source>Printed: %1.</source>
        <translation>تمت الطباعة: %1.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>&amp;Add row</source>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>حذف صف</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>برنامج الولاء</translation>
    </message>
    <message>
        <source>Owner only. Changes apply to sales recorded from now on; points already earned keep the expiry they were given.</source>
        <translation>لصاحب المتجر فقط. تسري التغييرات على عمليات البيع التي تُسجَّل من الآن فصاعدًا؛ أما النقاط المكتسبة سابقًا فتحتفظ بتاريخ انتهاء الصلاحية الذي مُنحت به.</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>&amp;Discount card</source>
        <translation>بطاقة الخصم</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>المستويات</translation>
    </message>
    <message>
        <source>&amp;Stamp card</source>
        <translation>بطاقة الأختام</translation>
    </message>
    <message>
        <source>&amp;Referrals and rewards</source>
        <translation>التوصيات والمكافآت</translation>
    </message>
    <message>
        <source>Customers collect bonus points</source>
        <translation>يجمع العملاء نقاط المكافآت</translation>
    </message>
    <message>
        <source>points for every</source>
        <translation>نقاط لكل</translation>
    </message>
    <message>
        <source>Earning:</source>
        <translation>كسب النقاط:</translation>
    </message>
    <message>
        <source>A point pays (%1):</source>
        <translation>قيمة النقطة (%1):</translation>
    </message>
    <message>
        <source>Points can be spent from a balance of:</source>
        <translation>يمكن استخدام النقاط عندما يبلغ الرصيد:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Points may pay at most:</source>
        <translation>أقصى نسبة يمكن دفعها بالنقاط:</translation>
    </message>
    <message>
        <source>No points on the part of a sale paid with points</source>
        <translation>لا تُمنح نقاط على الجزء المدفوع بالنقاط من عملية البيع</translation>
    </message>
    <message>
        <source>on the first purchase</source>
        <translation>عند أول عملية شراء</translation>
    </message>
    <message>
        <source>on joining</source>
        <translation>عند الانضمام</translation>
    </message>
    <message>
        <source>Welcome bonus:</source>
        <translation>مكافأة الترحيب:</translation>
    </message>
    <message>
        <source>Birthday bonus:</source>
        <translation>مكافأة عيد الميلاد:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>لا تنتهي</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
    <message>
        <source>Points expire after:</source>
        <translation>تنتهي صلاحية النقاط بعد:</translation>
    </message>
    <message>
        <source>The programme ends on</source>
        <translation>ينتهي البرنامج في</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>الحملة:</translation>
    </message>
    <message>
        <source>A refund may take a balance below zero</source>
        <translation>يُسمح بأن يصبح الرصيد أقل من صفر بسبب الاسترداد</translation>
    </message>
    <message>
        <source>Refunds above this amount need the owner</source>
        <translation>الاسترداد بمبلغ أكبر من هذا يحتاج إلى صاحب المتجر</translation>
    </message>
    <message>
        <source>Clerks may refund up to (%1):</source>
        <translation>حد الاسترداد المسموح للموظفين (%1):</translation>
    </message>
    <message>
        <source>No member discount</source>
        <translation>بدون خصم للأعضاء</translation>
    </message>
    <message>
        <source>The same discount for every member</source>
        <translation>خصم ثابت لجميع الأعضاء</translation>
    </message>
    <message>
        <source>A discount that grows with total spend</source>
        <translation>خصم تراكمي يزداد مع إجمالي الإنفاق</translation>
    </message>
    <message>
        <source>Discount card:</source>
        <translation>بطاقة الخصم:</translation>
    </message>
    <message>
        <source>Member discount:</source>
        <translation>خصم الأعضاء:</translation>
    </message>
    <message>
        <source>Total spend from (%1)</source>
        <translation>إجمالي الإنفاق ابتداءً من (%1)</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>الخصم (%)</translation>
    </message>
    <message>
        <source>Growing discount:</source>
        <translation>الخصم التراكمي:</translation>
    </message>
    <message>
        <source>Customers move between tiers by what they spend</source>
        <translation>ينتقل العملاء بين المستويات حسب إنفاقهم</translation>
    </message>
    <message>
        <source>Spend counted over the last:</source>
        <translation>يُحتسب الإنفاق خلال آخر:</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Spend from (%1)</source>
        <translation>الإنفاق ابتداءً من (%1)</translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation>النقاط ×</translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation>المستويات:</translation>
    </message>
    <message>
        <source>Stamp card: buy a number of times, get a reward</source>
        <translation>بطاقة الأختام: يشتري العميل عددًا من المرات ويحصل على مكافأة</translation>
    </message>
    <message>
        <source>Stamps to fill a card:</source>
        <translation>عدد الأختام لاكتمال البطاقة:</translation>
    </message>
    <message>
        <source>Only purchases from (%1):</source>
        <translation>تُحتسب المشتريات ابتداءً من (%1):</translation>
    </message>
    <message>
        <source>e.g. a free coffee</source>
        <translation>مثلًا: قهوة مجانية</translation>
    </message>
    <message>
        <source>A full card gives:</source>
        <translation>مكافأة البطاقة المكتملة:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بدون حد</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>The reward voucher is valid for:</source>
        <translation>مدة صلاحية قسيمة المكافأة:</translation>
    </message>
    <message>
        <source>Reward customers who recommend the shop</source>
        <translation>مكافأة العملاء الذين يوصون بالمتجر</translation>
    </message>
    <message>
        <source>Points for the one who recommends:</source>
        <translation>نقاط لصاحب التوصية:</translation>
    </message>
    <message>
        <source>Points for the new customer:</source>
        <translation>نقاط للعميل الجديد:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Rewards clerks may give:</source>
        <translation>مكافآت يمكن للموظفين منحها:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>A cause is kept as a customer of its own; find it by its phone or card</source>
        <translation>تُحفظ الجهة الخيرية كعميل مستقل؛ ابحث عنها برقم هاتفها أو بطاقتها</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Points may be donated to:</source>
        <translation>يمكن التبرع بالنقاط إلى:</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>العميل %1</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>التبرعات</translation>
    </message>
    <message>
        <source>Phone or card of the cause or customer to add:</source>
        <translation>هاتف أو بطاقة الجهة الخيرية أو العميل المراد إضافته:</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>لا يوجد عميل يطابق «%1».</translation>
    </message>
    <message>
        <source>“%1” matches several customers; type their phone or card.</source>
        <translation>«%1» يطابق عدة عملاء؛ اكتب الهاتف أو البطاقة.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>كسب النقاط</translation>
    </message>
    <message>
        <source>Earning: the amount for which points are given must be above zero.</source>
        <translation>كسب النقاط: يجب أن يكون المبلغ الذي تُمنح النقاط مقابله أكبر من صفر.</translation>
    </message>
    <message>
        <source>A point pays</source>
        <translation>قيمة النقطة</translation>
    </message>
    <message>
        <source>Clerks may refund up to</source>
        <translation>حد الاسترداد المسموح للموظفين</translation>
    </message>
    <message>
        <source>Growing discount, row %1</source>
        <translation>الخصم التراكمي، الصف %1</translation>
    </message>
    <message>
        <source>Growing discount, row %1: type a percentage from 0 to 100.</source>
        <translation>الخصم التراكمي، الصف %1: اكتب نسبة مئوية من 0 إلى 100.</translation>
    </message>
    <message>
        <source>Tiers, row %1</source>
        <translation>المستويات، الصف %1</translation>
    </message>
    <message>
        <source>Tiers, row %1: points × takes a number such as 1.5.</source>
        <translation>المستويات، الصف %1: يقبل عمود «النقاط ×» رقمًا مثل 1.5.</translation>
    </message>
    <message>
        <source>Tiers, row %1: type a percentage from 0 to 100.</source>
        <translation>المستويات، الصف %1: اكتب نسبة مئوية من 0 إلى 100.</translation>
    </message>
    <message>
        <source>Stamp card</source>
        <translation>بطاقة الأختام</translation>
    </message>
    <message>
        <source>Rewards, row %1: type a whole number of points above zero.</source>
        <translation>المكافآت، الصف %1: اكتب عددًا صحيحًا من النقاط أكبر من صفر.</translation>
    </message>
</context>
<context>
    <name>PurchaseHistory</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>تم إلغاء إعداد التقرير.</translation>
    </message>
</context>
<context>
    <name>PurchaseImport</name>
    <message>
        <source>The file is empty. It needs a header line such as: phone, card, date, amount, reference.</source>
        <translation>الملف فارغ. يجب أن يبدأ بسطر عناوين مثل: phone, card, date, amount, reference.</translation>
    </message>
    <message>
        <source>The file needs a “date” and an “amount” column; the header names %1.</source>
        <translation>يجب أن يحتوي الملف على عمود «date» وعمود «amount»؛ والأعمدة المذكورة في سطر العناوين هي: %1.</translation>
    </message>
    <message>
        <source>No customer has the phone number %1; add them first or import the customers.</source>
        <translation>لا يوجد عميل برقم الهاتف %1؛ أضفه أولًا أو استورد العملاء.</translation>
    </message>
    <message>
        <source>No customer has the card %1; add them first or import the customers.</source>
        <translation>لا يوجد عميل بالبطاقة %1؛ أضفه أولًا أو استورد العملاء.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-03-01, 01.03.2026 or 2026-03-01 14:30.</source>
        <translation>«%1» ليس تاريخًا؛ اكتبه بالشكل 2026-03-01 أو 01.03.2026 أو 2026-03-01 14:30.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; check the year.</source>
        <translation>التاريخ %1 في المستقبل؛ تحقق من السنة.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it like 12.50, with at most two decimals and no currency sign.</source>
        <translation>«%1» ليس مبلغًا؛ اكتبه بالشكل 12.50، بمنزلتين عشريتين على الأكثر ودون رمز العملة.</translation>
    </message>
    <message>
        <source>The reference %1 is also on line %2.</source>
        <translation>رقم المرجع %1 موجود أيضًا في السطر %2.</translation>
    </message>
    <message>
        <source>The sale %1 was imported before.</source>
        <translation>عملية البيع %1 مستوردة من قبل.</translation>
    </message>
    <message>
        <source>Expected 4 fields (customer, date, number of CDs, amount) or 5 (with the sample id), found %1.</source>
        <translation>المتوقع 4 حقول (العميل، التاريخ، عدد الأقراص المدمجة، المبلغ) أو 5 حقول (مع معرّف العيّنة)، لكن عدد الحقول %1.</translation>
    </message>
    <message>
        <source>“%1” is not a customer number.</source>
        <translation>«%1» ليس رقم عميل.</translation>
    </message>
    <message>
        <source>“%1” is not a date written as YYYYMMDD.</source>
        <translation>«%1» ليس تاريخًا مكتوبًا بالشكل YYYYMMDD.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>التاريخ %1 في المستقبل.</translation>
    </message>
    <message>
        <source>“%1” is not a number of items.</source>
        <translation>«%1» ليس عددًا صالحًا للقطع.</translation>
    </message>
    <message>
        <source>“%1” is not an amount with at most two decimals.</source>
        <translation>«%1» ليس مبلغًا بمنزلتين عشريتين على الأكثر.</translation>
    </message>
    <message>
        <source>The file holds no purchases.</source>
        <translation>لا يحتوي الملف على أي مشتريات.</translation>
    </message>
    <message>
        <source>This purchase (%1) was imported before.</source>
        <translation>عملية الشراء هذه (%1) مستوردة من قبل.</translation>
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
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReceiptSlipLayout</name>
    <message>
        <source>“%1” is not a roll width: use 80 or 58.</source>
        <translation>«%1» ليس عرض رول: استخدم 80 أو 58.</translation>
    </message>
    <message>
        <source>%1 mm roll</source>
        <translation>رول %1 مم</translation>
    </message>
    <message>
        <source>Receipt slip: %1</source>
        <translation>الإيصال: %1</translation>
    </message>
    <message>
        <source>No sale %1 was recorded at till %2.</source>
        <translation>لم تُسجَّل عملية بيع برقم %1 في نقطة البيع %2.</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>Till %1 · sale %2</source>
        <translation>نقطة البيع %1 · عملية البيع %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation>خصم الأعضاء</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>الكوبون %1</translation>
    </message>
    <message numerus="yes">
        <source>Paid with %Ln point(s)</source>
        <translation>
            <numerusform>المدفوع بـ %Ln نقطة</numerusform>
            <numerusform>المدفوع بـ %Ln نقطة</numerusform>
            <numerusform>المدفوع بـ %Ln نقطتين</numerusform>
            <numerusform>المدفوع بـ %Ln نقاط</numerusform>
            <numerusform>المدفوع بـ %Ln نقطةً</numerusform>
            <numerusform>المدفوع بـ %Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>المطلوب دفعه</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>النقاط المكتسبة</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>رصيد النقاط</translation>
    </message>
    <message>
        <source>Expiring on %1</source>
        <translation>تنتهي صلاحيتها في %1</translation>
    </message>
    <message>
        <source>Stamps on the card</source>
        <translation>الأختام على البطاقة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Your voucher: %1</source>
        <translation>قسيمتك: %1</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>%1 — %2 (receipt %3)</source>
        <translation>%1 — %2 (الإيصال %3)</translation>
    </message>
    <message>
        <source>&amp;Sale:</source>
        <translation>عملية البيع:</translation>
    </message>
    <message>
        <source>all of it</source>
        <translation>المبلغ كاملًا</translation>
    </message>
    <message>
        <source>&amp;Amount to refund:</source>
        <translation>المبلغ المراد استرداده:</translation>
    </message>
    <message>
        <source>The points the sale earned are taken back and the points it spent are returned, in proportion to the amount refunded.</source>
        <translation>تُسحب النقاط التي كسبتها عملية البيع، وتُعاد النقاط التي استُخدمت فيها، بنسبة المبلغ المسترد.</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>This customer has no sale left to refund.</source>
        <translation>لا توجد لهذا العميل أي عملية بيع متبقية يمكن استردادها.</translation>
    </message>
    <message>
        <source>Type the amount to refund; it must be above zero.</source>
        <translation>اكتب المبلغ المراد استرداده؛ يجب أن يكون أكبر من صفر.</translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>النشطون</translation>
    </message>
    <message>
        <source>New</source>
        <translation>الجدد</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>العائدون</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>المستمرون</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>معدل الاحتفاظ</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>معدل الفقدان</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>أول عملية شراء</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Months later</source>
        <translation>بعد (أشهر)</translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation>اشتروا مجددًا</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>عادوا</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>معدل التكرار</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Days between visits</source>
        <translation>الأيام بين الزيارات</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>الإنفاق</translation>
    </message>
    <message>
        <source>Spend per visit</source>
        <translation>الإنفاق لكل زيارة</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>الأعضاء الجدد</translation>
    </message>
    <message>
        <source>Sales to members</source>
        <translation>المبيعات للأعضاء</translation>
    </message>
    <message>
        <source>All sales</source>
        <translation>جميع المبيعات</translation>
    </message>
    <message>
        <source>Member share</source>
        <translation>حصة الأعضاء</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>النقاط الممنوحة</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>النقاط المستبدلة</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>النقاط المنتهية صلاحيتها</translation>
    </message>
    <message>
        <source>Points reversed</source>
        <translation>النقاط المسحوبة</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>معدل الاستبدال</translation>
    </message>
    <message>
        <source>Vouchers issued</source>
        <translation>القسائم الصادرة</translation>
    </message>
    <message>
        <source>Vouchers used</source>
        <translation>القسائم المستخدمة</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>تنتهي صلاحيتها في</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>المشتريات المتكررة</translation>
    </message>
    <message>
        <source>Weeks to last purchase</source>
        <translation>الأسابيع حتى آخر عملية شراء</translation>
    </message>
    <message>
        <source>Weeks as a customer</source>
        <translation>الأسابيع منذ أول عملية شراء</translation>
    </message>
    <message>
        <source>Still a customer</source>
        <translation>احتمال بقائه عميلًا</translation>
    </message>
    <message>
        <source>Expected purchases, next 52 weeks</source>
        <translation>المشتريات المتوقعة خلال الـ 52 أسبوعًا القادمة</translation>
    </message>
    <message>
        <source>No customer has bought twice before the calibration end, so there is nothing to fit the model to.</source>
        <translation>لم يشترِ أي عميل مرتين قبل نهاية فترة المعايرة، لذلك لا توجد بيانات يمكن معايرة النموذج عليها.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>آخر عملية شراء</translation>
    </message>
    <message>
        <source>Four weeks ago</source>
        <translation>قبل أربعة أسابيع</translation>
    </message>
    <message>
        <source>Customers coming back</source>
        <translation>عودة العملاء</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>مجموعات العملاء</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>الزيارات المتكررة</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>الانضمام إلى البرنامج</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>العملاء المعرّضون للفقدان</translation>
    </message>
    <message>
        <source>Customer lifetime model</source>
        <translation>نموذج عمر العميل</translation>
    </message>
    <message>
        <source>Points issued and spent</source>
        <translation>النقاط الممنوحة والمستخدمة</translation>
    </message>
    <message>
        <source>Points the shop owes</source>
        <translation>النقاط المستحقة على المتجر</translation>
    </message>
    <message>
        <source>A customer is active in a month when they bought at least once in it. New: their first purchase ever was that month. Returning: active, and not for the first time. Retained: active this month and also the month before. Retention is the retained customers divided by the customers active the month before; churn is 100% minus retention. Months are calendar months in the shop&apos;s time zone.</source>
        <translation>يُعدّ العميل نشطًا في شهر ما إذا اشترى فيه مرة واحدة على الأقل. الجدد: عملاء كانت أول عملية شراء لهم على الإطلاق في ذلك الشهر. العائدون: عملاء نشطون سبق لهم الشراء من قبل. المستمرون: عملاء نشطون في هذا الشهر وفي الشهر الذي قبله أيضًا. معدل الاحتفاظ هو عدد العملاء المستمرين مقسومًا على عدد العملاء الذين كانوا نشطين في الشهر السابق، ومعدل الفقدان هو 100% ناقص معدل الاحتفاظ. الأشهر المقصودة هي الأشهر التقويمية حسب المنطقة الزمنية للمتجر.</translation>
    </message>
    <message>
        <source>Customers are grouped by the month of their first purchase (one row each). Each column counts the months since then, and a cell is the share of the group who bought in that month; month 0 is always 100%. Point at a cell to see the counts.</source>
        <translation>يُقسَّم العملاء إلى مجموعات حسب شهر أول عملية شراء لهم (صف لكل مجموعة). يمثّل كل عمود عدد الأشهر التي مضت منذ ذلك الشهر، وتُظهر كل خانة نسبة عملاء المجموعة الذين اشتروا في ذلك الشهر؛ والشهر 0 دائمًا 100%. ضع المؤشر على أي خانة لترى الأعداد.</translation>
    </message>
    <message>
        <source>A visit is a day a customer bought something; several sales on one day count once. Repeat rate: the share of customers who visited on two or more days in the period. Days between visits: the average gap between two visits of the same customer. Spend per visit: what members spent divided by their visits.</source>
        <translation>الزيارة هي يوم اشترى فيه العميل شيئًا؛ وعدة عمليات بيع في اليوم نفسه تُحتسب زيارة واحدة. معدل التكرار: نسبة العملاء الذين زاروا المتجر في يومين مختلفين أو أكثر خلال الفترة. الأيام بين الزيارات: متوسط المدة بين زيارتين متتاليتين للعميل نفسه. الإنفاق لكل زيارة: إجمالي ما أنفقه الأعضاء مقسومًا على عدد زياراتهم.</translation>
    </message>
    <message>
        <source>New members: customers who joined the programme in the month. Member share: sales recorded with a customer divided by all sales of the month, including those without one.</source>
        <translation>الأعضاء الجدد: العملاء الذين انضموا إلى البرنامج خلال الشهر. حصة الأعضاء: عدد المبيعات المسجّلة باسم عميل مقسومًا على جميع مبيعات الشهر، بما فيها المبيعات غير المرتبطة بأي عميل.</translation>
    </message>
    <message>
        <source>Each customer&apos;s chance of still being a customer, P(alive), comes from the BG/NBD model (Fader, Hardie and Lee, 2005) fitted to this shop&apos;s own history: it weighs how often a customer bought against how long it has been since their last visit. Listed: customers who came back at least once, spent at least as much as the middle returning customer, whose P(alive) fell by five points or more in the last four weeks, and who agreed to marketing. The ones with most at stake (spend × the fall in P(alive)) come first.</source>
        <translation>تُحسب فرصة بقاء كل عميل عميلًا للمتجر، P(alive)، باستخدام نموذج BG/NBD (Fader, Hardie and Lee, 2005) بعد معايرته على سجل مشتريات هذا المتجر نفسه: فهو يوازن بين عدد مرات شراء العميل والمدة التي مضت منذ آخر زيارة له. تضم القائمة العملاء الذين عادوا مرة واحدة على الأقل، وأنفقوا ما لا يقل عن إنفاق العميل العائد الذي يقع في منتصف الترتيب، وانخفضت قيمة P(alive) لديهم بخمس نقاط مئوية أو أكثر خلال الأسابيع الأربعة الأخيرة، ووافقوا على تلقي العروض والأخبار. ويأتي في أعلى القائمة العملاء الذين تكون خسارتهم أكبر (الإنفاق × مقدار انخفاض P(alive)).</translation>
    </message>
    <message>
        <source>The BG/NBD model fitted by maximum likelihood. Per customer: x, the days with a purchase after the first; t_x, the weeks from the first to the last purchase; T, the weeks from the first purchase to the end of calibration; P(alive), and the purchases expected in the next 52 weeks.</source>
        <translation>نموذج BG/NBD بعد معايرته بطريقة الإمكان الأعظم. لكل عميل: x، عدد الأيام التي اشترى فيها بعد أول عملية شراء؛ t_x، عدد الأسابيع من أول عملية شراء إلى آخر عملية شراء؛ T، عدد الأسابيع من أول عملية شراء إلى نهاية فترة المعايرة؛ P(alive)؛ وعدد المشتريات المتوقعة خلال الـ 52 أسبوعًا القادمة.</translation>
    </message>
    <message>
        <source>From the points ledger. Issued: points given in the month for purchases, welcome, birthday, referral and activity bonuses and upward corrections. Redeemed: points that paid for sales, less points returned by refunds. Expired: points written off on their expiry day. Reversed: earned points taken back by refunds and downward corrections. Redemption rate: redeemed ÷ issued in the same month. Vouchers: stamp-card rewards issued and used. Points donated from one customer to another are neither issued nor spent.</source>
        <translation>البيانات مأخوذة من سجل النقاط. الممنوحة: النقاط التي مُنحت خلال الشهر مقابل المشتريات، ومكافآت الترحيب وعيد الميلاد والتوصية والأنشطة، والتصحيحات بالزيادة. المستبدلة: النقاط التي دُفع بها جزء من المبيعات، مطروحًا منها النقاط التي أُعيدت بسبب الاسترداد. المنتهية صلاحيتها: النقاط التي شُطبت في يوم انتهاء صلاحيتها. المسحوبة: النقاط المكتسبة التي سُحبت بسبب الاسترداد أو التصحيحات بالنقصان. معدل الاستبدال: النقاط المستبدلة ÷ النقاط الممنوحة في الشهر نفسه. القسائم: قسائم مكافآت بطاقة الأختام الصادرة والمستخدمة. النقاط التي يتبرع بها عميل لعميل آخر لا تُحتسب ضمن الممنوحة ولا المستبدلة.</translation>
    </message>
    <message>
        <source>The points customers hold today and could still spend, valued at what a point pays now, grouped by the month they expire (points that never expire last). This is what the programme owes if every point is spent.</source>
        <translation>النقاط التي يملكها العملاء اليوم ولا يزال بإمكانهم استخدامها، مقوَّمة بقيمة النقطة الحالية، ومجمَّعة حسب شهر انتهاء صلاحيتها (وتأتي النقاط التي لا تنتهي صلاحيتها في الآخر). هذا هو ما يستحق على البرنامج إذا استُخدمت جميع النقاط.</translation>
    </message>
    <message>
        <source>There is no report called %1.</source>
        <translation>لا يوجد تقرير باسم %1.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Use: regulars purchases import FILE [--format csv|cdnow]</source>
        <translation>الاستخدام: regulars purchases import FILE [--format csv|cdnow]</translation>
    </message>
    <message>
        <source>Use: regulars report NAME, where NAME is one of: %1</source>
        <translation>الاستخدام: regulars report NAME، حيث NAME أحد التقارير التالية: %1</translation>
    </message>
    <message>
        <source>Unknown format %1; use csv or cdnow.</source>
        <translation>الصيغة %1 غير معروفة؛ استخدم csv أو cdnow.</translation>
    </message>
    <message>
        <source>%1 is not a country code; use two letters such as RU, IR, SA or GB.</source>
        <translation>%1 ليس رمز دولة؛ استخدم حرفين مثل RU أو IR أو SA أو GB.</translation>
    </message>
    <message>
        <source>Unknown encoding %1; use UTF-8, UTF-16, windows-1251 or windows-1256.</source>
        <translation>الترميز %1 غير معروف؛ استخدم UTF-8 أو UTF-16 أو windows-1251 أو windows-1256.</translation>
    </message>
    <message>
        <source>Unknown separator %1; use comma, semicolon or tab.</source>
        <translation>فاصل غير معروف %1؛ استخدم comma (فاصلة) أو semicolon (فاصلة منقوطة) أو tab (علامة جدولة).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix the lines above and import the file again.</source>
        <translation>لم يُستورد أي شيء. صحّح الأسطر المذكورة أعلاه ثم استورد الملف مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s) imported</source>
        <translation>
            <numerusform>تم استيراد %Ln عملية بيع</numerusform>
            <numerusform>تم استيراد %Ln عملية بيع</numerusform>
            <numerusform>تم استيراد %Ln عمليتي بيع</numerusform>
            <numerusform>تم استيراد %Ln عمليات بيع</numerusform>
            <numerusform>تم استيراد %Ln عملية بيع</numerusform>
            <numerusform>تم استيراد %Ln عملية بيع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) created</source>
        <translation>
            <numerusform>تم إنشاء %Ln عميل</numerusform>
            <numerusform>تم إنشاء %Ln عميل</numerusform>
            <numerusform>تم إنشاء %Ln عميلين</numerusform>
            <numerusform>تم إنشاء %Ln عملاء</numerusform>
            <numerusform>تم إنشاء %Ln عميلًا</numerusform>
            <numerusform>تم إنشاء %Ln عميل</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no report called %1; choose one of: %2.</source>
        <translation>لا يوجد تقرير باسم %1؛ اختر أحد التقارير التالية: %2.</translation>
    </message>
    <message>
        <source>Unknown format %1; use json, csv or text.</source>
        <translation>الصيغة %1 غير معروفة؛ استخدم json أو csv أو text.</translation>
    </message>
    <message>
        <source>--%1 takes a month written as YYYY-MM, for example 2026-03.</source>
        <translation>يقبل --%1 شهرًا مكتوبًا بالشكل YYYY-MM، مثلًا 2026-03.</translation>
    </message>
    <message>
        <source>--calibration-end takes a date written as YYYY-MM-DD, for example 1997-09-30.</source>
        <translation>يقبل --calibration-end تاريخًا مكتوبًا بالشكل YYYY-MM-DD، مثلًا 1997-09-30.</translation>
    </message>
    <message>
        <source>--limit takes a whole number above zero.</source>
        <translation>يقبل --limit عددًا صحيحًا أكبر من صفر.</translation>
    </message>
    <message>
        <source>Unknown calendar %1; use %2.</source>
        <translation>تقويم غير معروف %1؛ استخدم %2.</translation>
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
      استيراد المبيعات السابقة دون منح نقاط؛ أعمدة CSV: الهاتف أو البطاقة، والتاريخ، والمبلغ،
      والمرجع؛ إذا وُجد أي سطر خاطئ فلن يُستورد شيء؛ تُحتسب المبيعات لأول متجر
      في السلسلة ما لم يحدد --shop متجرًا آخر
  report NAME [--from YYYY-MM] [--to YYYY-MM] [--format json|csv|text]
         [--calendar gregorian|persian|islamic] [--shop ID|NAME|all]
      NAME: %1؛ الأشهر هي أشهر التقويم المختار في الإعدادات ما لم يُحدَّد غيره؛
      --shop: المبيعات التي تمت في متجر واحد من السلسلة فقط (تقارير النقاط تشملها كلها)
      clv [--calibration-end YYYY-MM-DD]: نموذج BG/NBD واحتمال P(alive) لكل عميل
      at-risk [--limit N]: العملاء المهمّون الذين بدؤوا يبتعدون ووافقوا على التسويق
</translation>
    </message>
    <message>
        <source>Customers and their points are shared by every shop of the chain, so this report covers all shops.</source>
        <translation>العملاء ونقاطهم مشتركة بين كل متاجر السلسلة، لذلك يشمل هذا التقرير كل المتاجر.</translation>
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
        <translation>لا تنتهي</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Computing… %p%</source>
        <translation>جارٍ الحساب… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Chart as PNG image…</source>
        <translation>الرسم البياني كصورة PNG…</translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation>الرسم البياني كملف PDF…</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>الأرقام كملف CSV…</translation>
    </message>
    <message>
        <source>came back for a second visit</source>
        <translation>عادوا لزيارة ثانية</translation>
    </message>
    <message>
        <source>days between visits</source>
        <translation>أيام بين الزيارات في المتوسط</translation>
    </message>
    <message>
        <source>spent per visit</source>
        <translation>متوسط الإنفاق في الزيارة</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>العملاء النشطون</translation>
    </message>
    <message>
        <source>Retention and churn</source>
        <translation>الاحتفاظ بالعملاء وفقدانهم</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>مجموعات العملاء</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>الزيارات المتكررة</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>الانضمام</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرّضون للفقدان</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Points owed</source>
        <translation>النقاط المستحقة</translation>
    </message>
    <message>
        <source>How is this computed? %1</source>
        <translation>كيف تُحسب هذه الأرقام؟ %1</translation>
    </message>
    <message>
        <source>Export the list for a coupon campaign (CSV)…</source>
        <translation>تصدير القائمة لحملة كوبونات (CSV)…</translation>
    </message>
    <message>
        <source>Cancelled; the numbers shown are from before.</source>
        <translation>أُلغي الحساب؛ الأرقام المعروضة من الحساب السابق.</translation>
    </message>
    <message>
        <source>No points have been given or spent yet. This page fills in as sales earn and spend points.</source>
        <translation>لم تُمنح أي نقاط ولم تُستخدم بعد. ستمتلئ هذه الصفحة عندما تبدأ عمليات البيع بكسب النقاط واستخدامها.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>الممنوحة</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>المستبدلة</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>المنتهية صلاحيتها</translation>
    </message>
    <message>
        <source>Points issued, redeemed and expired per month</source>
        <translation>النقاط الممنوحة والمستبدلة والمنتهية صلاحيتها شهريًا</translation>
    </message>
    <message>
        <source>Customers hold no points at the moment, so the programme owes nothing.</source>
        <translation>لا يملك العملاء أي نقاط حاليًا، لذلك لا يستحق على البرنامج أي شيء.</translation>
    </message>
    <message>
        <source>Points customers can still spend, by the month they expire</source>
        <translation>النقاط التي لا يزال بإمكان العملاء استخدامها، حسب شهر انتهاء صلاحيتها</translation>
    </message>
    <message>
        <source>No purchases yet. The reports fill in as sales are recorded; past sales can be brought in with “regulars purchases import”.</source>
        <translation>لا توجد مشتريات بعد. ستمتلئ التقارير مع تسجيل عمليات البيع؛ ويمكن إدخال المبيعات السابقة باستخدام الأمر «regulars purchases import».</translation>
    </message>
    <message>
        <source>Only one customer has bought so far. Reports compare customers with each other, so they appear once a second customer has bought.</source>
        <translation>لم يشترِ حتى الآن إلا عميل واحد. تقارن التقارير بين العملاء، لذلك ستظهر بعد أن يشتري عميل ثانٍ.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>الجدد</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>العائدون</translation>
    </message>
    <message>
        <source>Active customers per month: new and returning</source>
        <translation>العملاء النشطون شهريًا: الجدد والعائدون</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>فقدان العملاء</translation>
    </message>
    <message>
        <source>Month-over-month retention and churn</source>
        <translation>الاحتفاظ بالعملاء وفقدانهم من شهر إلى آخر</translation>
    </message>
    <message>
        <source>No customer made a first purchase in the months chosen.</source>
        <translation>لم يقم أي عميل بأول عملية شراء له في الأشهر المحددة.</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>الأعضاء الجدد</translation>
    </message>
    <message>
        <source>Share of sales made by members</source>
        <translation>حصة الأعضاء من المبيعات</translation>
    </message>
    <message>
        <source>New members per month, and the members&apos; share of sales</source>
        <translation>الأعضاء الجدد شهريًا، وحصة الأعضاء من المبيعات</translation>
    </message>
    <message>
        <source>Not enough history yet to tell who is slipping away: the model needs customers who have come back at least once.</source>
        <translation>لا يوجد سجل مشتريات كافٍ بعد لمعرفة مَن بدأ يبتعد عن المتجر: يحتاج النموذج إلى عملاء عادوا مرة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Nobody valuable who agreed to marketing is slipping away right now.</source>
        <translation>لا يوجد حاليًا عملاء مهمّون ممن وافقوا على تلقي العروض والأخبار بدؤوا يبتعدون عن المتجر.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>تصدير الرسم البياني</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export numbers</source>
        <translation>تصدير الأرقام</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>لا يوجد ما يمكن تصديره بعد.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذّرت الكتابة إلى %1.</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>كل المتاجر</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <source>Customers and their points are shared by every shop of the chain, so this page covers all shops.</source>
        <translation>العملاء ونقاطهم مشتركة بين كل متاجر السلسلة، لذلك تشمل هذه الصفحة كل المتاجر.</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Sale for %1</source>
        <translation>عملية بيع لـ %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>مثال: %1</translation>
    </message>
    <message>
        <source>The amount of the sale in %1, before any member discount.</source>
        <translation>مبلغ البيع بعملة %1، قبل أي خصم للأعضاء.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>المبلغ (%1):</translation>
    </message>
    <message>
        <source>How many points the customer wants to spend on this sale</source>
        <translation>عدد النقاط التي يريد العميل استخدامها في عملية البيع هذه</translation>
    </message>
    <message>
        <source>Use &amp;all</source>
        <translation>استخدام الكل</translation>
    </message>
    <message>
        <source>&amp;Pay with points:</source>
        <translation>الدفع بالنقاط:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>المستوى:</translation>
    </message>
    <message>
        <source>Member discount:</source>
        <translation>خصم الأعضاء:</translation>
    </message>
    <message>
        <source>Points pay:</source>
        <translation>المدفوع بالنقاط:</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>المطلوب دفعه:</translation>
    </message>
    <message>
        <source>Earns:</source>
        <translation>النقاط المكتسبة:</translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation>الرصيد بعد البيع:</translation>
    </message>
    <message>
        <source>Stamps:</source>
        <translation>الأختام:</translation>
    </message>
    <message>
        <source>&amp;Record sale</source>
        <translation>تسجيل البيع</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>up to %1 (%2); balance %3</source>
        <translation>حتى %1 (%2)؛ الرصيد %3</translation>
    </message>
    <message>
        <source>%1% off: −%2</source>
        <translation>خصم %1%: −%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s): −%1</source>
        <translation>
            <numerusform>%Ln نقطة: −%1</numerusform>
            <numerusform>%Ln نقطة: −%1</numerusform>
            <numerusform>%Ln نقطتان: −%1</numerusform>
            <numerusform>%Ln نقاط: −%1</numerusform>
            <numerusform>%Ln نقطة: −%1</numerusform>
            <numerusform>%Ln نقطة: −%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln point(s)</source>
        <translation>
            <numerusform>+%Ln نقطة</numerusform>
            <numerusform>+%Ln نقطة</numerusform>
            <numerusform>+%Ln نقطتان</numerusform>
            <numerusform>+%Ln نقاط</numerusform>
            <numerusform>+%Ln نقطة</numerusform>
            <numerusform>+%Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 × points)</source>
        <translation>%1 (النقاط × %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>%Ln نقطتان</numerusform>
            <numerusform>%Ln نقاط</numerusform>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>%Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>This sale fills the stamp card: the customer gets “%1”.</source>
        <translation>تكتمل بطاقة الأختام بعملية البيع هذه: يحصل العميل على «%1».</translation>
    </message>
    <message>
        <source>+%L1 points and a bonus of %L2</source>
        <translation>+%L1 نقطة ومكافأة %L2</translation>
    </message>
    <message>
        <source>%L1 of %L2 after this sale</source>
        <translation>%L1 من %L2 بعد عملية البيع هذه</translation>
    </message>
    <message>
        <source>Scan or type a coupon code</source>
        <translation>امسح رمز الكوبون أو اكتبه</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>الكوبون:</translation>
    </message>
    <message>
        <source>Coupon gives:</source>
        <translation>عرض الكوبون:</translation>
    </message>
    <message>
        <source>Print a receipt &amp;slip</source>
        <translation>طباعة إيصال</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. This sale is kept on this till and sent when the server is back; the points shown are an estimate until then.</source>
        <translation>دون اتصال: يتعذّر الوصول إلى الخادم. تُحفظ عملية البيع هذه على نقطة البيع هذه وتُرسل عند عودة الخادم؛ والنقاط المعروضة تقديرية حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>about %1, confirmed when the till is back online</source>
        <translation>نحو %1، تُؤكَّد عند عودة الاتصال لنقطة البيع</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln point(s)</source>
        <translation>
            <numerusform>نحو %Ln نقطة</numerusform>
            <numerusform>نحو %Ln نقطة</numerusform>
            <numerusform>نحو %Ln نقطتين</numerusform>
            <numerusform>نحو %Ln نقاط</numerusform>
            <numerusform>نحو %Ln نقطة</numerusform>
            <numerusform>نحو %Ln نقطة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanDecoder</name>
    <message>
        <source>Incomplete code discarded (no end mark before the next STX): %1</source>
        <translation>تم تجاهل رمز غير مكتمل (لا توجد علامة نهاية قبل STX التالي): %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) outside STX … ETX ignored; check the framing setting.</source>
        <translation>
            <numerusform>تم تجاهل %Ln بايت خارج STX … ETX؛ تحقق من إعداد التأطير.</numerusform>
            <numerusform>تم تجاهل %Ln بايت خارج STX … ETX؛ تحقق من إعداد التأطير.</numerusform>
            <numerusform>تم تجاهل %Ln بايتين خارج STX … ETX؛ تحقق من إعداد التأطير.</numerusform>
            <numerusform>تم تجاهل %Ln بايتات خارج STX … ETX؛ تحقق من إعداد التأطير.</numerusform>
            <numerusform>تم تجاهل %Ln بايتًا خارج STX … ETX؛ تحقق من إعداد التأطير.</numerusform>
            <numerusform>تم تجاهل %Ln بايت خارج STX … ETX؛ تحقق من إعداد التأطير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more unreadable piece(s).</source>
        <translation>
            <numerusform>… و%Ln جزء آخر غير مقروء.</numerusform>
            <numerusform>… و%Ln جزء آخر غير مقروء.</numerusform>
            <numerusform>… و%Ln جزآن آخران غير مقروءين.</numerusform>
            <numerusform>… و%Ln أجزاء أخرى غير مقروءة.</numerusform>
            <numerusform>… و%Ln جزءًا آخر غير مقروء.</numerusform>
            <numerusform>… و%Ln جزء آخر غير مقروء.</numerusform>
        </translation>
    </message>
    <message>
        <source>A code longer than %1 bytes without an end mark was discarded; check the framing setting. It began with: %2</source>
        <translation>تم تجاهل رمز أطول من %1 بايت بلا علامة نهاية؛ تحقق من إعداد التأطير. كانت بدايته: %2</translation>
    </message>
    <message>
        <source>Unreadable bytes discarded: %1</source>
        <translation>تم تجاهل بايتات غير مقروءة: %1</translation>
    </message>
    <message>
        <source>Unreadable bytes discarded (is the baud rate right?): %1</source>
        <translation>تم تجاهل بايتات غير مقروءة (هل سرعة الباود صحيحة؟): %1</translation>
    </message>
    <message>
        <source>Automatic (CR, LF, Tab or STX … ETX)</source>
        <translation>تلقائي (CR أو LF أو علامة جدولة أو STX … ETX)</translation>
    </message>
    <message>
        <source>CR (carriage return)</source>
        <translation>CR (إرجاع العربة)</translation>
    </message>
    <message>
        <source>LF (line feed)</source>
        <translation>LF (سطر جديد)</translation>
    </message>
    <message>
        <source>CR LF</source>
        <translation>CR LF</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>علامة جدولة (Tab)</translation>
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
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>coupon or voucher</source>
        <translation>كوبون أو قسيمة</translation>
    </message>
    <message>
        <source>stamp card</source>
        <translation>بطاقة أختام</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>رمز غير معروف</translation>
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
      قراءة ماسح باركود تسلسلي وطباعة سطر JSON واحد لكل رمز (code وsymbology وkind:
      card أو coupon أو stamp_card أو phone أو unknown، وcustomer)؛ يعيد الاتصال بعد فصل الماسح
      ويتوقف عند الضغط على Ctrl+C
</translation>
    </message>
    <message>
        <source>Use: regulars scanner listen --port PATH [--baud N] [--framing auto|cr|lf|crlf|tab|stx-etx]</source>
        <translation>الاستخدام: regulars scanner listen --port PATH [--baud N] [--framing auto|cr|lf|crlf|tab|stx-etx]</translation>
    </message>
    <message>
        <source>Give the scanner&apos;s port with --port PATH, for example --port /dev/ttyACM0.</source>
        <translation>حدّد منفذ الماسح باستخدام --port PATH، مثلًا --port /dev/ttyACM0.</translation>
    </message>
    <message>
        <source>--baud takes a whole number such as 9600 or 115200.</source>
        <translation>يقبل --baud عددًا صحيحًا مثل 9600 أو 115200.</translation>
    </message>
    <message>
        <source>Unknown framing %1; use auto, cr, lf, crlf, tab or stx-etx.</source>
        <translation>التأطير %1 غير معروف؛ استخدم auto أو cr أو lf أو crlf أو tab أو stx-etx.</translation>
    </message>
    <message>
        <source>Cannot set up the stop signals: %1</source>
        <translation>تعذّر إعداد إشارات الإيقاف: %1</translation>
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation>جارٍ الاستماع على %1.</translation>
    </message>
</context>
<context>
    <name>ScannerSettingsDialog</name>
    <message>
        <source>Barcode scanners</source>
        <translation>ماسحات الباركود</translation>
    </message>
    <message>
        <source>Serial scanner (RS-232 or USB serial)</source>
        <translation>الماسح التسلسلي (RS-232 أو USB تسلسلي)</translation>
    </message>
    <message>
        <source>None: keyboard scanners only</source>
        <translation>لا شيء: ماسحات لوحة المفاتيح فقط</translation>
    </message>
    <message>
        <source>Choose a port, or type its path: /dev/ttyACM0, /dev/serial/by-id/…, or a pseudo-terminal.</source>
        <translation>اختر منفذًا، أو اكتب مساره: /dev/ttyACM0 أو /dev/serial/by-id/… أو طرفية وهمية.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Look for ports again after plugging a scanner in.</source>
        <translation>البحث عن المنافذ مرة أخرى بعد توصيل ماسح.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>سرعة الباود:</translation>
    </message>
    <message>
        <source>&amp;Data bits:</source>
        <translation>عدد بتات البيانات:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>زوجي</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>فردي</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة (Space)</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>علامة (Mark)</translation>
    </message>
    <message>
        <source>P&amp;arity:</source>
        <translation>التكافؤ:</translation>
    </message>
    <message>
        <source>&amp;Stop bits:</source>
        <translation>عدد بتات التوقف:</translation>
    </message>
    <message>
        <source>Hardware (RTS/CTS)</source>
        <translation>عتادي (RTS/CTS)</translation>
    </message>
    <message>
        <source>Software (XON/XOFF)</source>
        <translation>برمجي (XON/XOFF)</translation>
    </message>
    <message>
        <source>&amp;Flow control:</source>
        <translation>التحكم في التدفق:</translation>
    </message>
    <message>
        <source>Codes end &amp;with:</source>
        <translation>تنتهي الرموز بـ:</translation>
    </message>
    <message>
        <source>Keyboard scanner (USB)</source>
        <translation>ماسح لوحة المفاتيح (USB)</translation>
    </message>
    <message>
        <source>Take fast typing as a scan, never as text in a field</source>
        <translation>اعتبار الكتابة السريعة مسحًا ضوئيًا، وليس نصًا يُكتب في حقل</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> مللي ثانية</translation>
    </message>
    <message>
        <source>Scanners type a character every few milliseconds; people take much longer.</source>
        <translation>يكتب الماسح حرفًا كل بضع مللي ثانية، أما الإنسان فيستغرق وقتًا أطول بكثير.</translation>
    </message>
    <message>
        <source>At most, per &amp;character:</source>
        <translation>الحد الأقصى لكل حرف:</translation>
    </message>
    <message>
        <source>At &amp;least, characters:</source>
        <translation>الحد الأدنى لعدد الأحرف:</translation>
    </message>
    <message>
        <source>Ended by a &amp;pause of:</source>
        <translation>ينتهي الرمز بتوقف مدته:</translation>
    </message>
    <message>
        <source>Both kinds</source>
        <translation>لكلا النوعين</translation>
    </message>
    <message>
        <source>Characters the scanner is set to send before every code; they are removed.</source>
        <translation>الأحرف التي ضُبط الماسح على إرسالها قبل كل رمز؛ وتُحذف من الرمز.</translation>
    </message>
    <message>
        <source>Pr&amp;efix:</source>
        <translation>البادئة:</translation>
    </message>
    <message>
        <source>Characters the scanner is set to send after every code; they are removed.</source>
        <translation>الأحرف التي ضُبط الماسح على إرسالها بعد كل رمز؛ وتُحذف من الرمز.</translation>
    </message>
    <message>
        <source>S&amp;uffix:</source>
        <translation>اللاحقة:</translation>
    </message>
    <message>
        <source>Test: scan something</source>
        <translation>اختبار: امسح أي رمز</translation>
    </message>
    <message>
        <source>Bytes from the serial port (hex):</source>
        <translation>البايتات الواردة من المنفذ التسلسلي (ست عشري):</translation>
    </message>
    <message>
        <source>Codes read:</source>
        <translation>الرموز المقروءة:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>port path — description</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No serial port chosen. Scan with a keyboard (USB) scanner to see its codes here.</source>
        <translation>لم يُحدَّد منفذ تسلسلي. امسح باستخدام ماسح لوحة المفاتيح (USB) لترى رموزه هنا.</translation>
    </message>
    <message>
        <source>Listening on %1. Scan a code.</source>
        <translation>جارٍ الاستماع على %1. امسح رمزًا.</translation>
    </message>
    <message>
        <source>serial port</source>
        <translation>المنفذ التسلسلي</translation>
    </message>
    <message>
        <source>keyboard scanner</source>
        <translation>ماسح لوحة المفاتيح</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>card of Anna</comment>
        <translation>%1 باسم %2</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>عميل</translation>
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
        <translation>تعذّر تشغيل مكتبة كلمات المرور.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>لا توجد ذاكرة كافية لحماية كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>Connecting to the scanner on %1…</source>
        <translation>جارٍ الاتصال بالماسح على %1…</translation>
    </message>
    <message>
        <source>Scanner disconnected: %1 is not there. Plug it in; Regulars reconnects by itself.</source>
        <translation>الماسح غير متصل: %1 غير موجود. وصّل الماسح، وسيعيد Regulars الاتصال به تلقائيًا.</translation>
    </message>
    <message>
        <source>Scanner disconnected from %1. Regulars reconnects by itself when it is back.</source>
        <translation>انقطع اتصال الماسح بـ %1. سيعيد Regulars الاتصال به تلقائيًا عند عودته.</translation>
    </message>
    <message>
        <source>Scanner on %1 failed (%2). Regulars tries again by itself.</source>
        <translation>تعطّل الماسح على %1 (%2). سيحاول Regulars مرة أخرى تلقائيًا.</translation>
    </message>
    <message>
        <source>%1 is in use by another program, so Regulars cannot read the scanner. Close the other program (another Regulars window or command, a terminal program, or ModemManager, which grabs new ttyACM ports) and Regulars connects by itself.</source>
        <translation>يستخدم برنامج آخر %1، لذلك لا يستطيع Regulars قراءة الماسح. أغلق البرنامج الآخر (نافذة أو أمر Regulars آخر، أو برنامج طرفية، أو ModemManager الذي يستحوذ على منافذ ttyACM الجديدة)، وسيتصل Regulars بالماسح تلقائيًا.</translation>
    </message>
    <message>
        <source>Your account may not read %1: the port belongs to the group “%2” and you are not in it. Run “sudo usermod -aG %2 %3”, then log out and back in.</source>
        <translation>لا يملك حسابك صلاحية قراءة %1: المنفذ تابع للمجموعة «%2» وأنت لست عضوًا فيها. شغّل الأمر «sudo usermod -aG %2 %3»، ثم سجّل الخروج وسجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Cannot open the scanner on %1: %2</source>
        <translation>تعذّر فتح الماسح على %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>A shop on a PostgreSQL server is backed up with pg_dump, which is not installed. Install the package postgresql-client.</source>
        <translation>يُنسخ المتجر الموجود على خادم PostgreSQL احتياطيًا باستخدام pg_dump، وهو غير مثبّت. ثبّت الحزمة postgresql-client.</translation>
    </message>
    <message>
        <source>pg_dump could not back up %1: %2</source>
        <translation>تعذّر على pg_dump إنشاء نسخة احتياطية من %1: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>لا يوجد ملف باسم %1.</translation>
    </message>
    <message>
        <source>%1 is not a Regulars database.</source>
        <translation>%1 ليس قاعدة بيانات Regulars.</translation>
    </message>
    <message>
        <source>A backup of a shop on a PostgreSQL server is read with pg_restore, which is not installed. Install the package postgresql-client.</source>
        <translation>تُقرأ النسخة الاحتياطية لمتجر على خادم PostgreSQL باستخدام pg_restore، وهو غير مثبّت. ثبّت الحزمة postgresql-client.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (%2).</source>
        <translation>%1 تالف ولا يمكن استخدامه (%2).</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>لا يحتوي على رقم إصدار للمخطط</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Regulars (database version %2; this program knows up to %3). Install the newer Regulars to restore it.</source>
        <translation>كُتب %1 بإصدار أحدث من Regulars (إصدار قاعدة البيانات %2، وهذا البرنامج يعرف حتى الإصدار %3). ثبّت الإصدار الأحدث من Regulars لاستعادته.</translation>
    </message>
    <message>
        <source>A backup of a shop on a PostgreSQL server is restored with pg_restore, which is not installed. Install the package postgresql-client.</source>
        <translation>تُستعاد النسخة الاحتياطية لمتجر على خادم PostgreSQL باستخدام pg_restore، وهو غير مثبّت. ثبّت الحزمة postgresql-client.</translation>
    </message>
    <message>
        <source>pg_restore could not restore %1 into %2, so nothing was changed: %3</source>
        <translation>تعذّر على pg_restore استعادة %1 إلى %2، لذلك لم يتغير شيء: %3</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>A change could not be saved because the connection to the server was lost.</source>
        <translation>تعذّر حفظ تغيير لأن الاتصال بالخادم انقطع.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Database server password</source>
        <translation>كلمة مرور خادم قاعدة البيانات</translation>
    </message>
    <message>
        <source>The shop is kept on this database server:</source>
        <translation>المتجر محفوظ على خادم قاعدة البيانات هذا:</translation>
    </message>
    <message>
        <source>Type the password of its database account:</source>
        <translation>اكتب كلمة مرور حسابه في قاعدة البيانات:</translation>
    </message>
    <message>
        <source>The server refused the password: %1</source>
        <translation>رفض الخادم كلمة المرور: %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
</context>
<context>
    <name>ServerStatusLabel</name>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; Server connected</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; متصل بالخادم</translation>
    </message>
    <message>
        <source>The shop&apos;s database server %1 answers.</source>
        <translation>خادم قاعدة بيانات المتجر %1 يستجيب.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:%1&quot;&gt;● Server unreachable since %2&lt;/span&gt; · next try in %Ln s · &lt;a href=&quot;retry&quot;&gt;Try now&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;● الخادم غير متاح منذ %2&lt;/span&gt; · المحاولة التالية بعد %Ln ثانية · &lt;a href=&quot;retry&quot;&gt;حاول الآن&lt;/a&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;● الخادم غير متاح منذ %2&lt;/span&gt; · المحاولة التالية بعد %Ln ثانية · &lt;a href=&quot;retry&quot;&gt;حاول الآن&lt;/a&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;● الخادم غير متاح منذ %2&lt;/span&gt; · المحاولة التالية بعد %Ln ثانيتين · &lt;a href=&quot;retry&quot;&gt;حاول الآن&lt;/a&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;● الخادم غير متاح منذ %2&lt;/span&gt; · المحاولة التالية بعد %Ln ثوانٍ · &lt;a href=&quot;retry&quot;&gt;حاول الآن&lt;/a&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;● الخادم غير متاح منذ %2&lt;/span&gt; · المحاولة التالية بعد %Ln ثانية · &lt;a href=&quot;retry&quot;&gt;حاول الآن&lt;/a&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;● الخادم غير متاح منذ %2&lt;/span&gt; · المحاولة التالية بعد %Ln ثانية · &lt;a href=&quot;retry&quot;&gt;حاول الآن&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;● Server unreachable since %2&lt;/span&gt; · trying now…</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;● الخادم غير متاح منذ %2&lt;/span&gt; · جارٍ المحاولة الآن…</translation>
    </message>
    <message>
        <source>The shop&apos;s database server %1 does not answer: %2. The till keeps trying; nothing you typed is lost.</source>
        <translation>خادم قاعدة بيانات المتجر %1 لا يستجيب: %2. تواصل نقطة البيع المحاولة؛ ولن يضيع شيء مما كتبته.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Regulars</source>
        <translation>إعداد Regulars</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>متجرك</translation>
    </message>
    <message>
        <source>Its name, and the country that says how phone numbers, money and dates are read.</source>
        <translation>اسمه، والدولة التي تحدد طريقة قراءة أرقام الهواتف والمبالغ والتواريخ.</translation>
    </message>
    <message>
        <source>&amp;Language on this computer:</source>
        <translation>لغة هذا الجهاز:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>تُستخدم اللغة الجديدة بدءًا من التشغيل التالي.</translation>
    </message>
    <message>
        <source>Your programme</source>
        <translation>برنامجك</translation>
    </message>
    <message>
        <source>How regular customers are rewarded. Start with one; change the details or add the others later under File › Loyalty programme.</source>
        <translation>كيف يُكافأ العملاء الدائمون. ابدأ بطريقة واحدة؛ ويمكنك تغيير التفاصيل أو إضافة الطرق الأخرى لاحقًا من ملف ‹ برنامج الولاء.</translation>
    </message>
    <message>
        <source>&amp;Points: customers collect points and pay with them</source>
        <translation>النقاط: يجمع العملاء النقاط ويدفعون بها</translation>
    </message>
    <message>
        <source>&amp;Discount card: members pay less on every purchase</source>
        <translation>بطاقة الخصم: يدفع الأعضاء أقل في كل عملية شراء</translation>
    </message>
    <message>
        <source>&amp;Stamp card: a full card gives a reward</source>
        <translation>بطاقة الأختام: البطاقة المكتملة تمنح مكافأة</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>صاحب المتجر</translation>
    </message>
    <message>
        <source>Only the owner changes the programme, corrects points and gives large refunds.</source>
        <translation>صاحب المتجر وحده يغيّر البرنامج ويصحّح النقاط ويجري الاستردادات الكبيرة.</translation>
    </message>
    <message>
        <source>Your barcode scanner</source>
        <translation>ماسح الباركود</translation>
    </message>
    <message>
        <source>A USB scanner that types like a keyboard needs nothing. For a serial scanner, choose its port and scan a card: the codes read show below.</source>
        <translation>ماسح USB الذي يكتب مثل لوحة المفاتيح لا يحتاج إلى أي إعداد. أما الماسح التسلسلي فاختر منفذه وامسح بطاقة: ستظهر الرموز المقروءة أدناه.</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>عملاؤك</translation>
    </message>
    <message>
        <source>Kept your customers in another program or a spreadsheet? Bring them in from a CSV file. You can also do this later with File › Import customers.</source>
        <translation>هل كنت تحفظ عملاءك في برنامج آخر أو جدول بيانات؟ أدخِلهم من ملف CSV. ويمكنك فعل ذلك لاحقًا أيضًا من ملف ‹ استيراد العملاء.</translation>
    </message>
    <message>
        <source>&amp;Import customers from a CSV file…</source>
        <translation>استيراد العملاء من ملف CSV…</translation>
    </message>
    <message>
        <source>Press %1 to start. F1 opens the guide on any screen.</source>
        <translation>اضغط %1 للبدء. يفتح F1 الدليل في أي شاشة.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported.</source>
        <translation>
            <numerusform>تم استيراد %Ln عميل.</numerusform>
            <numerusform>تم استيراد %Ln عميل.</numerusform>
            <numerusform>تم استيراد %Ln عميلين.</numerusform>
            <numerusform>تم استيراد %Ln عملاء.</numerusform>
            <numerusform>تم استيراد %Ln عميلًا.</numerusform>
            <numerusform>تم استيراد %Ln عميل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) for every %2 spent; a point pays %3; points expire after %Ln month(s).</source>
        <translation>
            <numerusform>%1 نقطة مقابل كل %2 يُنفق؛ النقطة تساوي %3؛ تنتهي صلاحية النقاط بعد %Ln شهر.</numerusform>
            <numerusform>%1 نقطة مقابل كل %2 يُنفق؛ النقطة تساوي %3؛ تنتهي صلاحية النقاط بعد %Ln شهر.</numerusform>
            <numerusform>%1 نقطة مقابل كل %2 يُنفق؛ النقطة تساوي %3؛ تنتهي صلاحية النقاط بعد %Ln شهرين.</numerusform>
            <numerusform>%1 نقطة مقابل كل %2 يُنفق؛ النقطة تساوي %3؛ تنتهي صلاحية النقاط بعد %Ln أشهر.</numerusform>
            <numerusform>%1 نقطة مقابل كل %2 يُنفق؛ النقطة تساوي %3؛ تنتهي صلاحية النقاط بعد %Ln شهرًا.</numerusform>
            <numerusform>%1 نقطة مقابل كل %2 يُنفق؛ النقطة تساوي %3؛ تنتهي صلاحية النقاط بعد %Ln شهر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members get %1 off every purchase.</source>
        <translation>يحصل الأعضاء على خصم %1 على كل عملية شراء.</translation>
    </message>
    <message numerus="yes">
        <source>A stamp for every purchase; %Ln stamps fill a card, which gives a voucher for a free item.</source>
        <translation>
            <numerusform>ختم مقابل كل عملية شراء؛ تكتمل البطاقة بـ %Ln ختم، وتمنح قسيمة لمنتج مجاني.</numerusform>
            <numerusform>ختم مقابل كل عملية شراء؛ تكتمل البطاقة بـ %Ln ختم، وتمنح قسيمة لمنتج مجاني.</numerusform>
            <numerusform>ختم مقابل كل عملية شراء؛ تكتمل البطاقة بـ %Ln ختمين، وتمنح قسيمة لمنتج مجاني.</numerusform>
            <numerusform>ختم مقابل كل عملية شراء؛ تكتمل البطاقة بـ %Ln أختام، وتمنح قسيمة لمنتج مجاني.</numerusform>
            <numerusform>ختم مقابل كل عملية شراء؛ تكتمل البطاقة بـ %Ln ختمًا، وتمنح قسيمة لمنتج مجاني.</numerusform>
            <numerusform>ختم مقابل كل عملية شراء؛ تكتمل البطاقة بـ %Ln ختم، وتمنح قسيمة لمنتج مجاني.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <extracomment>The wizard&apos;s button to the next page; the arrow points the way pages turn in the language (or none).</extracomment>
        <translation>التالي</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>The wizard&apos;s button to the page before; the arrow points back in the language (or none).</extracomment>
        <translation>السابق</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ShopCommands</name>
    <message>
        <source>Use: regulars shops list | add NAME | rename ID|NAME NEW-NAME</source>
        <translation>الاستخدام: regulars shops list | add NAME | rename ID|NAME NEW-NAME</translation>
    </message>
    <message>
        <source>Use: regulars tills list | assign TILL --shop ID|NAME</source>
        <translation>الاستخدام: regulars tills list | assign TILL --shop ID|NAME</translation>
    </message>
    <message>
        <source>  shops list | shops add NAME | shops rename ID|NAME NEW-NAME
      the shops of a chain sharing this database, as JSON lines with their tills
  tills list | tills assign TILL --shop ID|NAME
      which shop each till belongs to; a till joins the first shop with its first sale, and
      moving it later leaves its past sales with the shop they were made in
</source>
        <translation>  shops list | shops add NAME | shops rename ID|NAME NEW-NAME
      متاجر السلسلة التي تتشارك قاعدة البيانات هذه، كأسطر JSON مع نقاط البيع التابعة لها
  tills list | tills assign TILL --shop ID|NAME
      المتجر الذي تتبعه كل نقطة بيع؛ تنضم نقطة البيع إلى المتجر الأول مع أول عملية بيع لها، و
      نقلها لاحقًا يُبقي مبيعاتها السابقة للمتجر الذي تمت فيه
</translation>
    </message>
</context>
<context>
    <name>ShopCopy</name>
    <message>
        <source>The tables refer to each other in a circle.</source>
        <translation>الجداول تشير إلى بعضها بعضًا في حلقة دائرية.</translation>
    </message>
    <message>
        <source>A shop is copied from a SQLite file (--from FILE.sqlite3).</source>
        <translation>يُنسخ المتجر من ملف SQLite (--from FILE.sqlite3).</translation>
    </message>
    <message>
        <source>The two databases are at different versions (%1 and %2).</source>
        <translation>قاعدتا البيانات بإصدارين مختلفين (%1 و%2).</translation>
    </message>
    <message numerus="yes">
        <source>The target %1 already holds a shop (%Ln row(s) in %2), and nothing was copied: a copy never overwrites. Name an empty database.</source>
        <translation>
            <numerusform>الهدف %1 يحتوي على متجر بالفعل (%Ln صف في %2)، ولم يُنسخ أي شيء: النسخ لا يستبدل أي بيانات أبدًا. حدّد قاعدة بيانات فارغة.</numerusform>
            <numerusform>الهدف %1 يحتوي على متجر بالفعل (%Ln صف في %2)، ولم يُنسخ أي شيء: النسخ لا يستبدل أي بيانات أبدًا. حدّد قاعدة بيانات فارغة.</numerusform>
            <numerusform>الهدف %1 يحتوي على متجر بالفعل (%Ln صفان في %2)، ولم يُنسخ أي شيء: النسخ لا يستبدل أي بيانات أبدًا. حدّد قاعدة بيانات فارغة.</numerusform>
            <numerusform>الهدف %1 يحتوي على متجر بالفعل (%Ln صفوف في %2)، ولم يُنسخ أي شيء: النسخ لا يستبدل أي بيانات أبدًا. حدّد قاعدة بيانات فارغة.</numerusform>
            <numerusform>الهدف %1 يحتوي على متجر بالفعل (%Ln صفًا في %2)، ولم يُنسخ أي شيء: النسخ لا يستبدل أي بيانات أبدًا. حدّد قاعدة بيانات فارغة.</numerusform>
            <numerusform>الهدف %1 يحتوي على متجر بالفعل (%Ln صف في %2)، ولم يُنسخ أي شيء: النسخ لا يستبدل أي بيانات أبدًا. حدّد قاعدة بيانات فارغة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying row %1 of %2 failed: %3</source>
        <translation>فشل نسخ الصف %1 من %2: %3</translation>
    </message>
    <message>
        <source>After the copy, %1 holds %2 rows in the file and %3 on the target.</source>
        <translation>بعد النسخ، يحتوي %1 على %2 صف في الملف و%3 في الهدف.</translation>
    </message>
</context>
<context>
    <name>ShopLogo</name>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>تعذّرت قراءة %1 كصورة: %2</translation>
    </message>
    <message>
        <source>The logo could not be stored as PNG.</source>
        <translation>تعذّر حفظ الشعار بصيغة PNG.</translation>
    </message>
</context>
<context>
    <name>ShopPrinting</name>
    <message>
        <source>&amp;Layout:</source>
        <translation>التخطيط:</translation>
    </message>
    <message>
        <source>Ten cards on A4, with cut marks</source>
        <translation>عشر بطاقات على ورقة A4، مع علامات القص</translation>
    </message>
    <message>
        <source>One card a page (card printer, CR80)</source>
        <translation>بطاقة واحدة في كل صفحة (طابعة بطاقات، CR80)</translation>
    </message>
    <message>
        <source>&amp;Roll:</source>
        <translation>ورق الرول:</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 مم</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 مم</translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <translation>البطاقات:</translation>
    </message>
    <message>
        <source>New membership cards</source>
        <translation>بطاقات عضوية جديدة</translation>
    </message>
    <message>
        <source>membership-cards.pdf</source>
        <translation>membership-cards.pdf</translation>
    </message>
    <message>
        <source>New stamp cards</source>
        <translation>بطاقات أختام جديدة</translation>
    </message>
    <message>
        <source>stamp-cards.pdf</source>
        <translation>stamp-cards.pdf</translation>
    </message>
    <message>
        <source>Membership card of %1</source>
        <translation>بطاقة عضوية %1</translation>
    </message>
    <message>
        <source>card-%1.pdf</source>
        <translation>card-%1.pdf</translation>
    </message>
    <message>
        <source>Consent form of %1</source>
        <translation>نموذج الموافقة الخاص بـ %1</translation>
    </message>
    <message>
        <source>consent-%1.pdf</source>
        <translation>consent-%1.pdf</translation>
    </message>
    <message>
        <source>Receipt slip</source>
        <translation>الإيصال</translation>
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
        <translation>إعداد متجرك</translation>
    </message>
    <message>
        <source>Welcome to Regulars. Tell us where your shop is: phone numbers typed without a country code are read as numbers of this country.</source>
        <translation>مرحبًا بك في Regulars. أخبرنا أين يقع متجرك: أرقام الهواتف المكتوبة بدون رمز الدولة ستُعتبر أرقامًا من هذه الدولة.</translation>
    </message>
    <message>
        <source>As customers know it</source>
        <translation>كما يعرفه العملاء</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>اسم المتجر:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>الدولة:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>currency (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>العملة:</translation>
    </message>
    <message>
        <source>Show and type amounts in &amp;tomans (10 rials)</source>
        <translation>عرض المبالغ وكتابتها بالتومان (10 ريالات)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>A picture file (PNG, JPEG, SVG) printed on cards and receipt slips</source>
        <translation>ملف صورة (PNG أو JPG أو SVG) يُطبع على البطاقات والإيصالات</translation>
    </message>
    <message>
        <source>Shop logo</source>
        <translation>شعار المتجر</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <source>The country&apos;s currency</source>
        <translation>عملة الدولة</translation>
    </message>
    <message>
        <source>The country&apos;s currency: %1 (%2)</source>
        <translation>عملة الدولة: %1 (%2)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>بدون شعار</translation>
    </message>
</context>
<context>
    <name>Shops</name>
    <message>
        <source>Main shop</source>
        <translation>المتجر الرئيسي</translation>
    </message>
    <message>
        <source>The shops could not be read: %1</source>
        <translation>تعذّرت قراءة المتاجر: %1</translation>
    </message>
    <message>
        <source>The tills could not be read: %1</source>
        <translation>تعذّرت قراءة نقاط البيع: %1</translation>
    </message>
    <message>
        <source>There is no shop “%1”. See regulars shops list.</source>
        <translation>لا يوجد متجر باسم «%1». راجع regulars shops list.</translation>
    </message>
    <message>
        <source>Till %1 belongs to no shop.</source>
        <translation>نقطة البيع %1 لا تتبع أي متجر.</translation>
    </message>
    <message>
        <source>A shop needs a name.</source>
        <translation>يجب أن يكون للمتجر اسم.</translation>
    </message>
    <message>
        <source>A shop&apos;s name can have at most %1 characters.</source>
        <translation>لا يمكن أن يزيد اسم المتجر على %1 حرفًا.</translation>
    </message>
    <message>
        <source>A shop&apos;s name cannot be only a number: numbers name shops by their id.</source>
        <translation>لا يمكن أن يكون اسم المتجر رقمًا فقط: الأرقام تشير إلى المتاجر بمعرّفاتها.</translation>
    </message>
    <message>
        <source>There is already a shop called “%1”.</source>
        <translation>يوجد بالفعل متجر باسم «%1».</translation>
    </message>
    <message>
        <source>Only the owner can add shops or move tills.</source>
        <translation>لا يمكن إضافة متاجر أو نقل نقاط البيع إلا لصاحب المتجر.</translation>
    </message>
    <message>
        <source>The shop was not added: %1</source>
        <translation>لم يُضف المتجر: %1</translation>
    </message>
    <message>
        <source>The shop was not renamed: %1</source>
        <translation>لم تُغيَّر تسمية المتجر: %1</translation>
    </message>
    <message>
        <source>Name the till to move.</source>
        <translation>حدّد نقطة البيع المراد نقلها.</translation>
    </message>
    <message>
        <source>The till was not moved: %1</source>
        <translation>لم تُنقل نقطة البيع: %1</translation>
    </message>
</context>
<context>
    <name>ShopsDialog</name>
    <message>
        <source>Shops and tills</source>
        <translation>المتاجر ونقاط البيع</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>المتاجر</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <source>Tills</source>
        <translation>نقاط البيع</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <source>&amp;Add shop</source>
        <translation>إضافة متجر</translation>
    </message>
    <message>
        <source>&amp;Rename the chosen shop</source>
        <translation>إعادة تسمية المتجر المحدد</translation>
    </message>
    <message>
        <source>Every shop shares the customers, their points, coupons and the programme. Sales are counted for the shop where they were made.</source>
        <translation>تتشارك كل المتاجر العملاء ونقاطهم والكوبونات والبرنامج. وتُحتسب المبيعات للمتجر الذي تمت فيه.</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>نقطة البيع</translation>
    </message>
    <message>
        <source>A till that has not sold yet can be named here, so it starts in the right shop.</source>
        <translation>يمكن تسمية نقطة بيع لم تبع بعد هنا، لتبدأ في المتجر الصحيح.</translation>
    </message>
    <message>
        <source>T&amp;ill:</source>
        <translation>نقطة البيع:</translation>
    </message>
    <message>
        <source>belongs to &amp;shop:</source>
        <translation>تتبع المتجر:</translation>
    </message>
    <message>
        <source>&amp;Move till</source>
        <translation>نقل نقطة البيع</translation>
    </message>
    <message>
        <source>This computer is till “%1”. A till joins the first shop with its first sale; moving it later leaves its past sales with the shop they were made in.</source>
        <translation>هذا الجهاز هو نقطة البيع «%1». تنضم نقطة البيع إلى المتجر الأول مع أول عملية بيع لها؛ ونقلها لاحقًا يُبقي مبيعاتها السابقة للمتجر الذي تمت فيه.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between till names</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (هذا الجهاز)</translation>
    </message>
    <message>
        <source>Add a shop</source>
        <translation>إضافة متجر</translation>
    </message>
    <message>
        <source>Rename a shop</source>
        <translation>إعادة تسمية متجر</translation>
    </message>
    <message>
        <source>Move a till</source>
        <translation>نقل نقطة بيع</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is at the till?</source>
        <translation>مَن على نقطة البيع؟</translation>
    </message>
    <message>
        <source>⌫</source>
        <comment>erase the last digit</comment>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>مسح الرقم الأخير</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (صاحب المتجر)</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>رمز PIN:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>قاعدة البيانات %1 تالفة: %2</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <source>The shop&apos;s database is damaged</source>
        <translation>قاعدة بيانات المتجر تالفة</translation>
    </message>
    <message>
        <source>%1

No good backup was found in %2. The damaged file was left as it is; copy it somewhere safe and ask for help to recover it, or restore a backup from elsewhere with: regulars restore FILE</source>
        <translation>%1

لم يُعثر على نسخة احتياطية سليمة في %2. تُرك الملف التالف كما هو؛ انسخه إلى مكان آمن واطلب المساعدة لاستعادته، أو استعد نسخة احتياطية من مكان آخر باستخدام: regulars restore FILE</translation>
    </message>
    <message>
        <source>%1

The newest good backup is %2, made on %3. It holds %4.

Restore it? The damaged file is kept beside it, renamed, and nothing is deleted. Sales made since the backup are not in it.</source>
        <translation>%1

أحدث نسخة احتياطية سليمة هي %2، وقد أُنشئت في %3. تحتوي على %4.

هل تريد استعادتها؟ سيُحتفظ بالملف التالف بجانبها بعد إعادة تسميته، ولن يُحذف أي شيء. المبيعات التي تمت بعد النسخة الاحتياطية غير موجودة فيها.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Regulars closes without changing anything. Start it again to restore the backup, or restore one with: regulars restore FILE</source>
        <translation>سيُغلق Regulars دون تغيير أي شيء. شغّله مرة أخرى لاستعادة النسخة الاحتياطية، أو استعد نسخة باستخدام: regulars restore FILE</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>قاعدة البيانات التي تم استبدالها محفوظة باسم %1.</translation>
    </message>
    <message>
        <source>The backup %1 was restored. %2</source>
        <translation>تمت استعادة النسخة الاحتياطية %1. %2</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
</context>
<context>
    <name>TerminalPasswordPrompt</name>
    <message>
        <source>Password for %1: </source>
        <translation>كلمة المرور لـ %1: </translation>
    </message>
    <message>
        <source>The server refused the password: %1
</source>
        <translation>رفض الخادم كلمة المرور: %1
</translation>
    </message>
</context>
<context>
    <name>TillCopy</name>
    <message>
        <source>The till&apos;s copy %1 belongs to the server %2, not to %3.</source>
        <translation>النسخة المحلية لنقطة البيع %1 تخص الخادم %2، وليس %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of offline work must reach the server before the till&apos;s copy is refreshed.</source>
        <translation>
            <numerusform>يجب أن تصل إلى الخادم %Ln عملية منجزة دون اتصال قبل تحديث النسخة المحلية لنقطة البيع.</numerusform>
            <numerusform>يجب أن تصل إلى الخادم %Ln عملية منجزة دون اتصال قبل تحديث النسخة المحلية لنقطة البيع.</numerusform>
            <numerusform>يجب أن تصل إلى الخادم %Ln عمليتان منجزة دون اتصال قبل تحديث النسخة المحلية لنقطة البيع.</numerusform>
            <numerusform>يجب أن تصل إلى الخادم %Ln عمليات منجزة دون اتصال قبل تحديث النسخة المحلية لنقطة البيع.</numerusform>
            <numerusform>يجب أن تصل إلى الخادم %Ln عملية منجزة دون اتصال قبل تحديث النسخة المحلية لنقطة البيع.</numerusform>
            <numerusform>يجب أن تصل إلى الخادم %Ln عملية منجزة دون اتصال قبل تحديث النسخة المحلية لنقطة البيع.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TillLock</name>
    <message>
        <source>Signed in: %1 (owner)</source>
        <translation>تم تسجيل الدخول: %1 (صاحب المتجر)</translation>
    </message>
    <message>
        <source>Signed in: %1 (clerk)</source>
        <translation>تم تسجيل الدخول: %1 (موظف)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>قاعدة البيانات مشغولة أو للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>Saving to the database failed: %1</source>
        <translation>فشل الحفظ في قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>The database server cannot be reached, so nothing was saved. What you typed is kept: try again when the server is back (%1).</source>
        <translation>يتعذّر الوصول إلى خادم قاعدة البيانات، لذلك لم يُحفظ شيء. ما كتبته محفوظ: حاول مرة أخرى عند عودة الخادم (%1).</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Solar Hijri (Persian)</source>
        <translation>الهجري الشمسي (الفارسي)</translation>
    </message>
    <message>
        <source>Hijri (Islamic)</source>
        <translation>الهجري (الإسلامي)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>الميلادي</translation>
    </message>
</context>
<context>
    <name>UserAccounts</name>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>أدخل اسم الشخص.</translation>
    </message>
    <message>
        <source>Keep the name under 60 characters.</source>
        <translation>يجب أن يكون الاسم أقل من 60 حرفًا.</translation>
    </message>
    <message>
        <source>Somebody called “%1” already signs in here.</source>
        <translation>يوجد بالفعل شخص باسم «%1» يسجّل الدخول هنا.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>يتكون رمز PIN من أرقام فقط.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>يتكون رمز PIN من 4 إلى 8 أرقام.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %Ln characters.</source>
        <translation>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرفين على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln أحرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرفًا على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop already has an owner&apos;s account.</source>
        <translation>يوجد للمتجر حساب صاحب متجر بالفعل.</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>لا يوجد شخص بهذا الاسم.</translation>
    </message>
    <message>
        <source>The owner signs in with a password, not a PIN.</source>
        <translation>يسجّل صاحب المتجر الدخول بكلمة مرور، وليس برمز PIN.</translation>
    </message>
    <message>
        <source>The shop has no owner&apos;s account yet.</source>
        <translation>لا يوجد حساب لصاحب المتجر بعد.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <source>The owner&apos;s account cannot be disabled.</source>
        <translation>لا يمكن تعطيل حساب صاحب المتجر.</translation>
    </message>
    <message>
        <source>This person can no longer sign in.</source>
        <translation>لم يعد بإمكان هذا الشخص تسجيل الدخول.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. %1 can try again in %Ln second(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة جدًا. يمكن لـ %1 المحاولة مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. يمكن لـ %1 المحاولة مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. يمكن لـ %1 المحاولة مرة أخرى بعد %Ln ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. يمكن لـ %1 المحاولة مرة أخرى بعد %Ln ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. يمكن لـ %1 المحاولة مرة أخرى بعد %Ln ثانيةً.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. يمكن لـ %1 المحاولة مرة أخرى بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>رمز PIN هذا غير صحيح.</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>كلمة المرور هذه غير صحيحة.</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>PIN (4 to 8 digits): </source>
        <translation>رمز PIN (من 4 إلى 8 أرقام): </translation>
    </message>
    <message>
        <source>  users add NAME [--pin PIN] | users add NAME --owner
      add a clerk who signs in with a PIN (from --pin, REGULARS_PIN or typed), or create the
      owner&apos;s account of a shop that has none (password from REGULARS_PASSWORD or typed)
  users list | users reset-pin NAME [--pin PIN] | users disable NAME
      the people who sign in, as JSON lines; a clerk&apos;s new PIN; a clerk who may no longer sign in
</source>
        <translation>  users add NAME [--pin PIN] | users add NAME --owner
      إضافة موظف يسجّل الدخول برمز PIN (من --pin أو REGULARS_PIN أو بالكتابة)، أو إنشاء
      حساب صاحب المتجر لمتجر ليس له حساب (كلمة المرور من REGULARS_PASSWORD أو بالكتابة)
  users list | users reset-pin NAME [--pin PIN] | users disable NAME
      الأشخاص الذين يسجّلون الدخول، كأسطر JSON؛ رمز PIN جديد لموظف؛ موظف لم يعد بإمكانه تسجيل الدخول
</translation>
    </message>
    <message>
        <source>Use: regulars users add NAME [--pin PIN] | list | reset-pin NAME | disable NAME</source>
        <translation>الاستخدام: regulars users add NAME [--pin PIN] | list | reset-pin NAME | disable NAME</translation>
    </message>
    <message>
        <source>The owner&apos;s new password: </source>
        <translation>كلمة المرور الجديدة لصاحب المتجر: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>كلمة المرور نفسها مرة أخرى: </translation>
    </message>
    <message>
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation>كلمتا المرور غير متطابقتين؛ لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>%1 is the owner and signs in with the password.</source>
        <translation>%1 هو صاحب المتجر ويسجّل الدخول بكلمة المرور.</translation>
    </message>
    <message>
        <source>Create the owner&apos;s account first: regulars users add NAME --owner</source>
        <translation>أنشئ حساب صاحب المتجر أولًا: regulars users add NAME --owner</translation>
    </message>
    <message>
        <source>%1 can sign in at the till with the PIN.</source>
        <translation>يمكن لـ %1 تسجيل الدخول على نقطة البيع برمز PIN.</translation>
    </message>
    <message>
        <source>Nobody called “%1” signs in here. See regulars users list.</source>
        <translation>لا يوجد أحد باسم «%1» يسجّل الدخول هنا. راجع regulars users list.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>لم يعد بإمكان %1 تسجيل الدخول.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>لدى %1 رمز PIN جديد.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>People who sign in</source>
        <translation>الأشخاص الذين يسجّلون الدخول</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>New PIN, 4 to 8 digits</source>
        <translation>رمز PIN جديد، من 4 إلى 8 أرقام</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>إعادة تعيين رمز PIN</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>The clerk can no longer sign in; what they did stays in the records.</source>
        <translation>لم يعد بإمكان الموظف تسجيل الدخول؛ ويبقى ما قام به في السجلات.</translation>
    </message>
    <message>
        <source>Add a clerk</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <source>PIN, 4 to 8 digits</source>
        <translation>رمز PIN، من 4 إلى 8 أرقام</translation>
    </message>
    <message>
        <source>&amp;Add clerk</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <source>At the till</source>
        <translation>على نقطة البيع</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>القفل عند عدم النشاط لمدة:</translation>
    </message>
    <message>
        <source>Larger refunds need the owner.</source>
        <translation>الاستردادات الأكبر تحتاج إلى صاحب المتجر.</translation>
    </message>
    <message>
        <source>Largest refund a &amp;clerk may make:</source>
        <translation>أكبر مبلغ استرداد يمكن للموظف إجراؤه:</translation>
    </message>
    <message>
        <source>&amp;Save these settings</source>
        <translation>حفظ هذه الإعدادات</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>صاحب المتجر</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation>يمكنه تسجيل الدخول</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message numerus="yes">
        <source>locked for %Ln second(s)</source>
        <translation>
            <numerusform>مقفل لمدة %Ln ثانية</numerusform>
            <numerusform>مقفل لمدة %Ln ثانية</numerusform>
            <numerusform>مقفل لمدة %Ln ثانيتين</numerusform>
            <numerusform>مقفل لمدة %Ln ثوانٍ</numerusform>
            <numerusform>مقفل لمدة %Ln ثانيةً</numerusform>
            <numerusform>مقفل لمدة %Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>إعادة تعيين رمز PIN</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Go on?</source>
        <translation>لن يتمكن %1 من تسجيل الدخول بعد الآن. هل تريد المتابعة؟</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>تعطيل %1</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>تم حفظ الإعدادات.</translation>
    </message>
</context>
</TS>
