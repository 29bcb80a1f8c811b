<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Only the owner can change the programme&apos;s rules.</source>
        <translation>Менять правила программы лояльности может только владелец.</translation>
    </message>
    <message>
        <source>Only the owner can add or take away points outside a sale.</source>
        <translation>Начислять или списывать баллы вне продажи может только владелец.</translation>
    </message>
    <message>
        <source>Only the owner can make a refund this large.</source>
        <translation>Возврат на такую сумму может оформить только владелец.</translation>
    </message>
    <message>
        <source>Only the owner can undo a redemption.</source>
        <translation>Отменить списание баллов может только владелец.</translation>
    </message>
    <message>
        <source>Only the owner can create coupon campaigns.</source>
        <translation>Создавать купонные акции может только владелец.</translation>
    </message>
    <message>
        <source>Only the owner can archive or restore customers.</source>
        <translation>Переносить клиентов в архив и восстанавливать их может только владелец.</translation>
    </message>
    <message>
        <source>Only the owner can anonymise customers.</source>
        <translation>Обезличивать данные клиентов может только владелец.</translation>
    </message>
    <message>
        <source>Only the owner can export the shop&apos;s data.</source>
        <translation>Выгружать данные магазина может только владелец.</translation>
    </message>
    <message>
        <source>Only the owner can import customers or sales.</source>
        <translation>Импортировать клиентов или продажи может только владелец.</translation>
    </message>
    <message>
        <source>Only the owner can see the reports.</source>
        <translation>Просматривать отчёты может только владелец.</translation>
    </message>
    <message>
        <source>Only the owner can see the audit log.</source>
        <translation>Просматривать журнал изменений может только владелец.</translation>
    </message>
    <message>
        <source>Only the owner can manage the people who use Regulars.</source>
        <translation>Управлять пользователями Regulars может только владелец.</translation>
    </message>
    <message>
        <source>Only the owner can restore a backup.</source>
        <translation>Восстанавливать данные из резервной копии может только владелец.</translation>
    </message>
    <message>
        <source>Only the owner can change the shop&apos;s settings.</source>
        <translation>Менять настройки магазина может только владелец.</translation>
    </message>
    <message>
        <source>Only the owner can export what the shop holds about a customer.</source>
        <translation>Выгружать все данные магазина о клиенте может только владелец.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <source>Every change</source>
        <translation>Все изменения</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Find text in what changed, e.g. a name, a phone number or a code</source>
        <translation>Поиск по изменённым данным, например по имени, номеру телефона или коду</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln изменение</numerusform>
            <numerusform>%Ln изменения</numerusform>
            <numerusform>%Ln изменений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The change was not saved because the audit log could not be written: %1</source>
        <translation>Изменение не сохранено: не удалось сделать запись в журнале изменений: %1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Восстановлено из резервной копии</translation>
    </message>
    <message>
        <source>Coupon campaign created</source>
        <translation>Создана акция с купонами</translation>
    </message>
    <message>
        <source>Coupon redemption undone</source>
        <translation>Погашение купона отменено</translation>
    </message>
    <message>
        <source>Customer anonymised</source>
        <translation>Клиент обезличен</translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation>Клиент перенесён в архив</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Записано согласие</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>Добавлен клиент</translation>
    </message>
    <message>
        <source>Customer details changed</source>
        <translation>Изменены данные клиента</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Выгружены персональные данные</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>Импортированы клиенты</translation>
    </message>
    <message>
        <source>Customer restored from the archive</source>
        <translation>Клиент возвращён из архива</translation>
    </message>
    <message>
        <source>Customer list exported</source>
        <translation>Выгружен список клиентов</translation>
    </message>
    <message>
        <source>Points corrected</source>
        <translation>Баллы исправлены</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Начислены баллы</translation>
    </message>
    <message>
        <source>Points passed on</source>
        <translation>Баллы переданы</translation>
    </message>
    <message>
        <source>Programme rules changed</source>
        <translation>Изменены правила программы</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Изменена настройка</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Добавлен пользователь</translation>
    </message>
    <message>
        <source>Person disabled</source>
        <translation>Пользователь отключён</translation>
    </message>
    <message>
        <source>Locked after wrong tries</source>
        <translation>Заблокирован после неверных попыток</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>PIN-код сброшен</translation>
    </message>
    <message>
        <source>Wrong PIN or password</source>
        <translation>Неверный PIN-код или пароль</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation>Настройка %1</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Акция %1</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>Купон %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <source>Shop added</source>
        <translation>Магазин добавлен</translation>
    </message>
    <message>
        <source>Shop renamed</source>
        <translation>Магазин переименован</translation>
    </message>
    <message>
        <source>Till moved to a shop</source>
        <translation>Касса перенесена в другой магазин</translation>
    </message>
    <message>
        <source>Shop %1</source>
        <translation>Магазин %1</translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation>Касса %1</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
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
      проверенная копия базы данных в FILE или в папку резервных копий (хранятся 7 ежедневных
      и 4 еженедельных)
  restore FILE [--yes]
      заменить базу данных резервной копией; текущий файл остаётся рядом под другим именем
</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>customers, sales, ledger entries, coupons</comment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln продажа</numerusform>
            <numerusform>%Ln продажи</numerusform>
            <numerusform>%Ln продаж</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entry(ies)</source>
        <translation>
            <numerusform>%Ln запись журнала</numerusform>
            <numerusform>%Ln записи журнала</numerusform>
            <numerusform>%Ln записей журнала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coupon(s)</source>
        <translation>
            <numerusform>%Ln купон</numerusform>
            <numerusform>%Ln купона</numerusform>
            <numerusform>%Ln купонов</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: regulars backup [--out FILE]</source>
        <translation>Использование: regulars backup [--out FILE]</translation>
    </message>
    <message>
        <source>Use: regulars restore FILE</source>
        <translation>Использование: regulars restore FILE</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Резервная копия записана и проверена: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Backup %1: %2; last sale %3.</source>
        <translation>Резервная копия %1: %2; последняя продажа — %3.</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the yes answer to a [y/N] question</comment>
        <translation>д</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Данные восстановлены из %1.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>Заменённая база данных сохранена как %1.</translation>
    </message>
    <message>
        <source>Replace the database %1 with this backup? The current one is kept first. [y/N] </source>
        <translation>Заменить базу данных %1 этой резервной копией? Текущая база данных будет сначала сохранена. [y/N] </translation>
    </message>
</context>
<context>
    <name>BackupControls</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Папка резервных копий…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup… (owner)</source>
        <translation>&amp;Восстановить из резервной копии… (владелец)</translation>
    </message>
    <message>
        <source>⚠ No backup yet</source>
        <translation>⚠ Резервных копий ещё нет</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Last backup %Ln day(s) ago</source>
        <translation>
            <numerusform>⚠ Последняя резервная копия — %Ln день назад</numerusform>
            <numerusform>⚠ Последняя резервная копия — %Ln дня назад</numerusform>
            <numerusform>⚠ Последняя резервная копия — %Ln дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Последняя резервная копия: %1</translation>
    </message>
    <message>
        <source>Back up now (File menu), and check the backup folder %1.</source>
        <translation>Создайте резервную копию (меню «Файл») и проверьте папку резервных копий %1.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Резервная копия записана и проверена: %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Regulars backups (%1);;All files (*)</source>
        <translation>Резервные копии Regulars (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Restore the backup made on %1?

%2

It holds %3. Its last sale: %4.

Everything recorded since then is replaced. The database in use now is kept first, with today&apos;s date in its name, and is never deleted. Regulars reopens the shop with the backup.</source>
        <translation>Восстановить резервную копию от %1?

%2

В ней: %3. Последняя продажа: %4.

Всё, что записано после этого, будет заменено. Текущая база данных сначала сохраняется с сегодняшней датой в имени и никогда не удаляется. Regulars снова откроет магазин уже из резервной копии.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>Copying the database to %1 failed: %2</source>
        <translation>Не удалось скопировать базу данных в %1: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Regulars database.</source>
        <translation>%1 — не база данных Regulars.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (%2).</source>
        <translation>Файл %1 повреждён, работать с ним нельзя (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>в ней не указана версия схемы</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Regulars (database version %2; this program knows up to %3). Install the newer Regulars to restore it.</source>
        <translation>Файл %1 записан более новой версией Regulars (версия базы данных %2; эта программа знает версии до %3). Чтобы восстановить его, установите новую версию Regulars.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1 exists already; a backup never replaces a file. Choose a new name.</source>
        <translation>Файл %1 уже существует; резервная копия никогда не заменяет файлы. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Cannot write a backup to %1. Check that the folder exists and that you may write to it (a USB stick may be missing).</source>
        <translation>Не удалось записать резервную копию в %1. Проверьте, что папка существует и у вас есть право записи в неё (возможно, не вставлена флешка).</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk.</source>
        <translation>Не удалось записать резервную копию %1 на диск.</translation>
    </message>
    <message>
        <source>The backup just written did not pass its check, so it was deleted: %1</source>
        <translation>Только что записанная резервная копия не прошла проверку и поэтому удалена: %1</translation>
    </message>
    <message>
        <source>The backup just written has database version %1 instead of %2, so it was deleted.</source>
        <translation>У только что записанной резервной копии версия базы данных %1 вместо %2, поэтому она удалена.</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>Не удалось дать резервной копии имя %1.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made. Choose another folder, or plug in the drive it is on.</source>
        <translation>Не удалось создать папку резервных копий %1. Выберите другую папку или подключите диск, на котором она находится.</translation>
    </message>
    <message>
        <source>The old backup %1 could not be removed.</source>
        <translation>Не удалось удалить старую резервную копию %1.</translation>
    </message>
    <message>
        <source>%1 is not a Regulars backup, so it cannot be restored. Choose a file made by Regulars&apos; backup.</source>
        <translation>%1 — не резервная копия Regulars, восстановить из неё нельзя. Выберите файл, созданный резервным копированием Regulars.</translation>
    </message>
    <message>
        <source>%1 Choose another backup.</source>
        <translation>%1 Выберите другую резервную копию.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the database %1. Check the free space and that you may write to its folder.</source>
        <translation>Не удалось скопировать резервную копию рядом с базой данных %1. Проверьте, достаточно ли места на диске и есть ли право записи в её папку.</translation>
    </message>
    <message>
        <source>The copy of the backup did not pass its check: %1</source>
        <translation>Копия резервной копии не прошла проверку: %1</translation>
    </message>
    <message>
        <source>The current database %1 could not be set aside, so nothing was restored.</source>
        <translation>Не удалось отложить текущую базу данных %1, поэтому ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the current database was kept.</source>
        <translation>Не удалось поставить резервную копию на место %1; текущая база данных сохранена.</translation>
    </message>
    <message>
        <source>%1 is a backup of a shop kept in a file, and this shop is on the server %2. Open the file with --db to look at it, or move it to an empty server database with: regulars migrate --from FILE --to URL</source>
        <translation>%1 — резервная копия магазина, который хранится в файле, а этот магазин находится на сервере %2. Чтобы посмотреть копию, откройте файл с --db или перенесите его в пустую базу данных на сервере командой: regulars migrate --from FILE --to URL</translation>
    </message>
    <message>
        <source>%1 is a backup of a shop on a PostgreSQL server, and this shop is the file %2. Restore it into the server&apos;s database with: regulars --db postgresql://… restore FILE</source>
        <translation>%1 — резервная копия магазина на сервере PostgreSQL, а этот магазин хранится в файле %2. Восстановите её в базу данных сервера командой: regulars --db postgresql://… restore FILE</translation>
    </message>
    <message>
        <source>%1 has database version %2 and this Regulars writes version %3; a shop on a server is restored only from a backup of the same version. Restore it with the Regulars that made it, then update.</source>
        <translation>У файла %1 версия базы данных %2, а эта версия Regulars записывает версию %3; магазин на сервере восстанавливается только из резервной копии той же версии. Восстановите её в той версии Regulars, которая её создала, а затем обновите программу.</translation>
    </message>
    <message>
        <source>The folder %1, where the current database is kept before a restore, cannot be made, so nothing was restored.</source>
        <translation>Не удалось создать папку %1, в которой сохраняется текущая база данных перед восстановлением, поэтому ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The current database could not be kept as %1 before the restore, so nothing was restored. %2</source>
        <translation>Не удалось сохранить текущую базу данных как %1 перед восстановлением, поэтому ничего не восстановлено. %2</translation>
    </message>
</context>
<context>
    <name>BarcodeSymbol</name>
    <message>
        <source>Not enough memory to draw a barcode.</source>
        <translation>Недостаточно памяти, чтобы построить штрихкод.</translation>
    </message>
    <message>
        <source>“%1” cannot be drawn as a barcode: %2</source>
        <translation>Не удалось построить штрихкод для «%1»: %2</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New coupon campaign</source>
        <translation>Новая купонная акция</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Скидка суммой</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>Скидка в процентах</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>Товар в подарок</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <source>&amp;Gives:</source>
        <translation>&amp;Что даёт:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&amp;Minimum purchase:</source>
        <translation>&amp;Минимальная сумма покупки:</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Действует &amp;с</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Действует &amp;по</translation>
    </message>
    <message>
        <source>Single use. Not exchangeable for cash.</source>
        <translation>Одноразовый. Обмену на деньги не подлежит.</translation>
    </message>
    <message>
        <source>Short &amp;terms:</source>
        <translation>Кратко об &amp;условиях:</translation>
    </message>
    <message>
        <source>&amp;Coupons:</source>
        <translation>&amp;Количество купонов:</translation>
    </message>
    <message>
        <source>Empty: for anyone. Otherwise one customer a line (phone, card or name); each gets the number of coupons above, with their name printed on them.</source>
        <translation>Пусто — для всех. Иначе по одному клиенту в строке (телефон, номер карты или имя); каждый получит указанное выше количество купонов со своим именем.</translation>
    </message>
    <message>
        <source>For c&amp;ustomers:</source>
        <translation>Для к&amp;лиентов:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>Со&amp;здать</translation>
    </message>
    <message>
        <source>&amp;Amount off:</source>
        <translation>Сумма ск&amp;идки:</translation>
    </message>
    <message>
        <source>for example 5.00</source>
        <translation>например, 5,00</translation>
    </message>
    <message>
        <source>&amp;Percentage off:</source>
        <translation>Процент ск&amp;идки:</translation>
    </message>
    <message>
        <source>for example 10</source>
        <translation>например, 10</translation>
    </message>
    <message>
        <source>&amp;Free item:</source>
        <translation>&amp;Товар в подарок:</translation>
    </message>
    <message>
        <source>for example a coffee</source>
        <translation>например, кофе</translation>
    </message>
    <message>
        <source>&amp;Bonus points:</source>
        <translation>&amp;Бонусные баллы:</translation>
    </message>
    <message>
        <source>for example 50</source>
        <translation>например, 50</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>По запросу «%1» клиентов не найдено.</translation>
    </message>
    <message>
        <source>“%1” matches several customers: give a phone or card number.</source>
        <translation>По запросу «%1» найдено несколько клиентов: укажите телефон или номер карты.</translation>
    </message>
</context>
<context>
    <name>CardBatches</name>
    <message>
        <source>%1 has no card number yet: give them one first.</source>
        <translation>У клиента %1 ещё нет номера карты: сначала выдайте ему карту.</translation>
    </message>
    <message>
        <source>Print between 1 and 10,000 cards at a time.</source>
        <translation>За один раз можно напечатать от 1 до 10 000 карт.</translation>
    </message>
    <message>
        <source>Print between 1 and 10,000 stamp cards at a time.</source>
        <translation>За один раз можно напечатать от 1 до 10 000 карт со штампами.</translation>
    </message>
    <message>
        <source>Stamp card %1 was registered by another till a moment ago. Print the batch again for new numbers.</source>
        <translation>Карту со штампами %1 только что зарегистрировали на другой кассе. Напечатайте партию заново, чтобы получить новые номера.</translation>
    </message>
</context>
<context>
    <name>CardNumber</name>
    <message>
        <source>“%1” is not a card number: a card number has 13 digits.</source>
        <translation>«%1» — не номер карты: в номере карты 13 цифр.</translation>
    </message>
    <message>
        <source>“%1” is not a card number: a card number has 13 digits, this has %2.</source>
        <translation>«%1» — не номер карты: в номере карты 13 цифр, а здесь %2.</translation>
    </message>
    <message>
        <source>The card number %1 has a wrong check digit: check it for a typing mistake, or scan the card.</source>
        <translation>В номере карты %1 неверная контрольная цифра: проверьте, нет ли опечатки, или отсканируйте карту.</translation>
    </message>
</context>
<context>
    <name>CardSheetLayout</name>
    <message>
        <source>“%1” is not a card layout: use cr80 or a4.</source>
        <translation>«%1» — не макет карт: укажите cr80 или a4.</translation>
    </message>
    <message>
        <source>CR80 card</source>
        <translation>Карта CR80</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Принтер не смог начать новую страницу.</translation>
    </message>
    <message>
        <source>Show this card at every purchase. %1</source>
        <translation>Предъявляйте карту при каждой покупке. %1</translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation>Карта постоянного клиента</translation>
    </message>
    <message>
        <source>Stamp card: one stamp a purchase</source>
        <translation>Карта со штампами: штамп за каждую покупку</translation>
    </message>
    <message>
        <source>Full card: %1</source>
        <translation>За заполненную карту: %1</translation>
    </message>
    <message>
        <source>Stamp cards</source>
        <translation>Карты со штампами</translation>
    </message>
    <message>
        <source>Membership cards</source>
        <translation>Карты постоянного клиента</translation>
    </message>
</context>
<context>
    <name>CohortHeatMapModel</name>
    <message>
        <source>%1 customers first bought in %2.</source>
        <translation>Когорта %2: клиентов, впервые купивших в этом месяце, — %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %2 customers who first bought in %3 bought again %Ln month(s) later.</source>
        <translation>
            <numerusform>Когорта %3 (клиентов: %2): через %Ln месяц после первой покупки снова купили — %1.</numerusform>
            <numerusform>Когорта %3 (клиентов: %2): через %Ln месяца после первой покупки снова купили — %1.</numerusform>
            <numerusform>Когорта %3 (клиентов: %2): через %Ln месяцев после первой покупки снова купили — %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Первый месяц</translation>
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
        <translation>Для параметра --%1 нужно указать значение.</translation>
    </message>
    <message>
        <source>Unknown option: %1. See regulars --help.</source>
        <translation>Неизвестный параметр: %1. См. regulars --help.</translation>
    </message>
    <message>
        <source>Unknown command: %1. See regulars --help.</source>
        <translation>Неизвестная команда: %1. См. regulars --help.</translation>
    </message>
    <message>
        <source>Use: regulars customers find QUERY | import FILE.csv | export FILE.csv</source>
        <translation>Использование: regulars customers find QUERY | import FILE.csv | export FILE.csv</translation>
    </message>
    <message>
        <source>--limit takes a whole number above zero.</source>
        <translation>Для --limit нужно целое число больше нуля.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a country code; use two letters such as RU, IR, SA or GB.</source>
        <translation>%1 — не код страны; укажите две буквы, например RU, IR, SA или GB.</translation>
    </message>
    <message>
        <source>The shop&apos;s country is not set, so phone numbers cannot be read. Give it with --region CC (for example --region RU).</source>
        <translation>Страна магазина не задана, поэтому номера телефонов не распознать. Укажите её через --region CC (например, --region RU).</translation>
    </message>
    <message>
        <source>Unknown separator %1; use comma, semicolon or tab.</source>
        <translation>Неизвестный разделитель %1; укажите comma (запятая), semicolon (точка с запятой) или tab (табуляция).</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix the lines above, or run again with --skip-invalid to import only the valid lines.</source>
        <translation>Ничего не импортировано. Исправьте строки, перечисленные выше, или запустите команду снова с --skip-invalid, чтобы импортировать только строки без ошибок.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported.</source>
        <translation>
            <numerusform>Импортирован %Ln клиент.</numerusform>
            <numerusform>Импортировано %Ln клиента.</numerusform>
            <numerusform>Импортировано %Ln клиентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped.</source>
        <translation>
            <numerusform>Пропущена %Ln строка.</numerusform>
            <numerusform>Пропущено %Ln строки.</numerusform>
            <numerusform>Пропущено %Ln строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) exported.</source>
        <translation>
            <numerusform>Экспортирован %Ln клиент.</numerusform>
            <numerusform>Экспортировано %Ln клиента.</numerusform>
            <numerusform>Экспортировано %Ln клиентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>--customers takes a whole number from 1 to 1000000.</source>
        <translation>Для --customers нужно целое число от 1 до 1000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>Для --seed нужно целое число.</translation>
    </message>
    <message>
        <source>Demo shop created in %1: %2 customers, %3 purchases.</source>
        <translation>Демо-магазин создан в файле %1: клиентов — %2, покупок — %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown encoding %1; use UTF-8, UTF-16, windows-1251 or windows-1256.</source>
        <translation>Неизвестная кодировка %1; используйте UTF-8, UTF-16, windows-1251 или windows-1256.</translation>
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
        <translation>Использование: regulars [--db PATH] [--lang CODE] [COMMAND ...]

Regulars ведёт учёт постоянных клиентов магазина и их программы лояльности.
Без команды открывает окно программы.

Параметры:
  --db PATH        база данных магазина (по умолчанию: %1)
  --lang CODE      язык: en, ar, fa, ru (по умолчанию — язык системы)
  --find QUERY     открыть окно с этим поиском, например по номеру телефона звонящего
  -h, --help       показать эту справку
  -v, --version    показать версию

Команды:
  customers find QUERY [--archived] [--limit N]
      вывести клиентов, найденных по телефону, карте, последним цифрам телефона или имени, строками JSON
  customers import FILE.csv [--region CC] [--skip-invalid] [--encoding E] [--delimiter D]
      импортировать клиентов; если есть хоть одна ошибочная строка, ничего не импортируется, если не указан --skip-invalid
  customers export FILE.csv [--active-only] [--marketing]
      записать всех клиентов в CSV-файл; --marketing: только согласившихся получать предложения
  demo [--customers N] [--seed S] [--region CC]
      заполнить новую базу данных демонстрационным магазином
</translation>
    </message>
    <message>
        <source>Once the shop has users, commands that change data ask for the owner&apos;s password (or read it from
REGULARS_PASSWORD); find, balance, report, check and list never ask.
</source>
        <translation>Если в магазине есть пользователи, команды, изменяющие данные, запрашивают пароль владельца (или берут его из
REGULARS_PASSWORD); find, balance, report, check и list пароль не запрашивают.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused (a message says why; nothing was changed), 2 wrong usage,
3 the owner&apos;s password was missing or wrong (nothing was changed).
</source>
        <translation>Коды выхода: 0 — выполнено, 1 — отказ (в сообщении указана причина; ничего не изменено), 2 — неверный вызов,
3 — пароль владельца не указан или неверен (ничего не изменено).
</translation>
    </message>
</context>
<context>
    <name>ConsentFormLayout</name>
    <message>
        <source>Loyalty programme: enrolment and consent</source>
        <translation>Программа лояльности: анкета участника и согласие</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Имя: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <source>Card number: %1</source>
        <translation>Номер карты: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Эл. почта: %1</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>День рождения: %1</translation>
    </message>
    <message>
        <source>(The shop has not written this text yet; see Shop settings.)</source>
        <translation>(Магазин ещё не составил этот текст; см. настройки магазина.)</translation>
    </message>
    <message>
        <source>Keeping your details</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>I agree that the shop keeps my details to run its loyalty programme.</source>
        <translation>Я даю согласие на обработку моих персональных данных магазином для участия в программе лояльности.</translation>
    </message>
    <message>
        <source>Offers and news</source>
        <translation>Акции и новости</translation>
    </message>
    <message>
        <source>I would like to receive offers and news (optional).</source>
        <translation>Я хочу получать сообщения об акциях и новостях (необязательно).</translation>
    </message>
    <message>
        <source>Consent text version %1</source>
        <translation>Версия текста согласия: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Consent form: %1</source>
        <translation>Анкета с согласием: %1</translation>
    </message>
</context>
<context>
    <name>CouponCode</name>
    <message>
        <source>A code has %1 characters; this one has %2. Check it and type it again.</source>
        <translation>В коде должно быть символов: %1, а в этом — %2. Проверьте код и введите его снова.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a code. Check the code and type it again.</source>
        <translation>Символа «%1» не может быть в коде. Проверьте код и введите его снова.</translation>
    </message>
    <message>
        <source>The code %1 is mistyped: its last character does not match the others. Check every character and type it again.</source>
        <translation>В коде %1 опечатка: последний символ не сходится с остальными. Проверьте каждый символ и введите код снова.</translation>
    </message>
</context>
<context>
    <name>CouponCommands</name>
    <message>
        <source>--%1 needs a date like 2026-12-31, not “%2”.</source>
        <translation>Для --%1 нужна дата в виде 2026-12-31, а не «%2».</translation>
    </message>
    <message>
        <source>Use: regulars coupons create|redeem|undo|list; see regulars --help.</source>
        <translation>Использование: regulars coupons create|redeem|undo|list; см. regulars --help.</translation>
    </message>
    <message>
        <source>--%1 needs a number, not “%2”.</source>
        <translation>Для --%1 нужно число, а не «%2».</translation>
    </message>
    <message>
        <source>--count needs a whole number, not “%1”.</source>
        <translation>Для --count нужно целое число, а не «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Give exactly one customer (a phone, a card number or id:N): “%1” matches %Ln.</source>
        <translation>
            <numerusform>Укажите ровно одного клиента (телефон, номер карты или id:N): по запросу «%1» найден %Ln клиент.</numerusform>
            <numerusform>Укажите ровно одного клиента (телефон, номер карты или id:N): по запросу «%1» найдено %Ln клиента.</numerusform>
            <numerusform>Укажите ровно одного клиента (телефон, номер карты или id:N): по запросу «%1» найдено %Ln клиентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redemption of %1 undone; the coupon can be used again.</source>
        <translation>Использование купона %1 отменено; купон можно использовать снова.</translation>
    </message>
    <message>
        <source>Use: regulars print coupons --campaign NAME --out FILE.pdf [--paper a4|letter] [--grid 3x7]</source>
        <translation>Использование: regulars print coupons --campaign NAME --out FILE.pdf [--paper a4|letter] [--grid 3x7]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coupon(s) written to %1.</source>
        <translation>
            <numerusform>%Ln купон записан в %1.</numerusform>
            <numerusform>%Ln купона записано в %1.</numerusform>
            <numerusform>%Ln купонов записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: regulars print cards (--customer QUERY [QUERY…] | --new N) --out FILE.pdf [--layout cr80|a4]</source>
        <translation>Использование: regulars print cards (--customer QUERY [QUERY…] | --new N) --out FILE.pdf [--layout cr80|a4]</translation>
    </message>
    <message>
        <source>--new needs a number of cards between 1 and 10,000.</source>
        <translation>Для --new нужно число карт от 1 до 10 000.</translation>
    </message>
    <message>
        <source>Give exactly one customer (a phone, a card number or id:N) for “%1”.</source>
        <translation>По запросу «%1» нужно указать ровно одного клиента (телефон, номер карты или id:N).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) written to %1.</source>
        <translation>
            <numerusform>%Ln карта записана в %1.</numerusform>
            <numerusform>%Ln карты записано в %1.</numerusform>
            <numerusform>%Ln карт записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: regulars print stamp-cards --count N --out FILE.pdf [--layout a4|cr80]</source>
        <translation>Использование: regulars print stamp-cards --count N --out FILE.pdf [--layout a4|cr80]</translation>
    </message>
    <message>
        <source>Print between 1 and 10,000 stamp cards at a time.</source>
        <translation>За один раз можно напечатать от 1 до 10 000 карт со штампами.</translation>
    </message>
    <message>
        <source>Use: regulars print consent-form --customer QUERY --out FILE.pdf</source>
        <translation>Использование: regulars print consent-form --customer QUERY --out FILE.pdf</translation>
    </message>
    <message>
        <source>Consent form of %1 written to %2.</source>
        <translation>Анкета клиента %1 с согласием записана в %2.</translation>
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
      создать купонную акцию; выводит её коды, по одному в строке; --for — для указанных клиентов,
      --at-risk — для клиентов из отчёта «В зоне риска», согласившихся получать предложения: именные купоны
      (по --count на каждого, по умолчанию 1) с напечатанным именем клиента
  coupons redeem CODE [--till T] [--sale REF] [--purchase A] [--customer QUERY]
      использовать купон один раз; выводит, что он даёт, в JSON или причину отказа в stderr (код выхода 1)
  coupons undo CODE [--reason TEXT]
      снова сделать использованный купон действующим (только владелец); отмена записывается в журнал
  coupons list
      все акции с числом напечатанных, использованных и просроченных купонов, строками JSON
  print coupons --campaign NAME --out FILE.pdf [--paper a4|letter] [--grid 3x7]
      лист купонов акции с метками для резки, в PDF
  print cards (--customer QUERY [QUERY…] | --new N) --out FILE.pdf [--layout cr80|a4]
      карты постоянного клиента (EAN-13) для клиентов или N пустых пронумерованных карт для последующей
      регистрации; по одной на странице или по десять на A4 с метками для резки
  print stamp-cards --count N --out FILE.pdf [--layout a4|cr80]
      новые бумажные карты со штампами, лицевая и оборотная стороны; их номера регистрируются, но ещё не выданы
  print consent-form --customer QUERY --out FILE.pdf
      анкета клиента с согласием (A4) с действующими текстами согласий
  print receipt --sale REF [--till T] --out FILE.pdf [--width 80|58]
      товарный чек продажи на чековой ленте: баланс, начисленные и сгорающие баллы, штампы
</translation>
    </message>
    <message>
        <source>Use: regulars print coupons|cards|stamp-cards|consent-form|receipt …; see regulars --help.</source>
        <translation>Использование: regulars print coupons|cards|stamp-cards|consent-form|receipt …; см. regulars --help.</translation>
    </message>
    <message>
        <source>Use: regulars coupons create --campaign NAME (--amount 5.00 | --percent 10 | --item TEXT | --points N) --count N [--valid-from DATE] [--valid-until DATE] [--min-purchase A] [--for QUERY… | --at-risk]</source>
        <translation>Использование: regulars coupons create --campaign NAME (--amount 5.00 | --percent 10 | --item TEXT | --points N) --count N [--valid-from DATE] [--valid-until DATE] [--min-purchase A] [--for QUERY… | --at-risk]</translation>
    </message>
    <message>
        <source>Use: regulars print receipt --sale REF [--till T] --out FILE.pdf [--width 80|58]</source>
        <translation>Использование: regulars print receipt --sale REF [--till T] --out FILE.pdf [--width 80|58]</translation>
    </message>
    <message>
        <source>Receipt slip of sale %1 written to %2.</source>
        <translation>Чек продажи %1 записан в %2.</translation>
    </message>
    <message>
        <source>Nobody who agreed to offers is at risk of lapsing now: no campaign was made.</source>
        <translation>Среди согласившихся получать предложения сейчас нет клиентов в зоне риска: акция не создана.</translation>
    </message>
</context>
<context>
    <name>CouponRedeemDialog</name>
    <message>
        <source>Coupon</source>
        <translation>Купон</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>&amp;Purchase amount:</source>
        <translation>&amp;Сумма покупки:</translation>
    </message>
    <message>
        <source>&amp;Redeem</source>
        <translation>&amp;Использовать</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>Купон %1</translation>
    </message>
    <message>
        <source>Coupon %1 — campaign “%2”</source>
        <translation>Купон %1 — акция «%2»</translation>
    </message>
    <message>
        <source>Gives: %1</source>
        <translation>Даёт: %1</translation>
    </message>
    <message>
        <source>Minimum purchase: %1</source>
        <translation>Минимальная сумма покупки: %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Получатель: %1</translation>
    </message>
</context>
<context>
    <name>CouponSheetLayout</name>
    <message>
        <source>“%1” is not a grid: give columns × rows, for example 3x7 (1 to 6 columns, 1 to 12 rows).</source>
        <translation>«%1» — не сетка: укажите столбцы × строки, например 3x7 (от 1 до 6 столбцов, от 1 до 12 строк).</translation>
    </message>
    <message>
        <source>“%1” is not a paper size: use a4 or letter.</source>
        <translation>«%1» — не формат бумаги: укажите a4 или letter.</translation>
    </message>
    <message>
        <source>%1×%2 mm</source>
        <translation>%1×%2 мм</translation>
    </message>
    <message>
        <source>A coupon of this grid is %1: too narrow for a Code 128 barcode a scanner can read. Choose fewer columns.</source>
        <translation>При такой сетке размер купона — %1: слишком узко для штрихкода Code 128, который сможет прочитать сканер. Выберите меньше столбцов.</translation>
    </message>
    <message>
        <source>A coupon of this grid is %1: too small for a QR code a scanner can read. Choose fewer rows.</source>
        <translation>При такой сетке размер купона — %1: слишком мало для QR-кода, который сможет прочитать сканер. Выберите меньше строк.</translation>
    </message>
    <message>
        <source>Coupons: %1</source>
        <translation>Купоны: %1</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Принтер не смог начать новую страницу.</translation>
    </message>
    <message>
        <source>%1 · coupons %2 to %3 · page %4 of %5</source>
        <translation>%1 · купоны с %2 по %3 · стр. %4 из %5</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Получатель: %1</translation>
    </message>
</context>
<context>
    <name>Coupons</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Укажите название акции.</translation>
    </message>
    <message>
        <source>Give an amount off above zero.</source>
        <translation>Укажите сумму скидки больше нуля.</translation>
    </message>
    <message>
        <source>Give a percentage off between 0 and 100.</source>
        <translation>Укажите процент скидки от 0 до 100.</translation>
    </message>
    <message>
        <source>Describe the free item.</source>
        <translation>Укажите, какой товар даётся в подарок.</translation>
    </message>
    <message>
        <source>Give a number of bonus points above zero.</source>
        <translation>Укажите число бонусных баллов больше нуля.</translation>
    </message>
    <message>
        <source>The minimum purchase cannot be below zero.</source>
        <translation>Минимальная сумма покупки не может быть меньше нуля.</translation>
    </message>
    <message>
        <source>The last valid day (%1) is before the first (%2).</source>
        <translation>Последний день действия (%1) раньше первого (%2).</translation>
    </message>
    <message>
        <source>Make between 1 and %1 coupons.</source>
        <translation>Количество купонов должно быть от 1 до %1.</translation>
    </message>
    <message>
        <source>There is already a campaign called “%1”. Choose another name.</source>
        <translation>Акция «%1» уже есть. Выберите другое название.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>Клиента № %1 нет в базе.</translation>
    </message>
    <message>
        <source>There is no campaign called “%1”.</source>
        <translation>Акция «%1» не найдена.</translation>
    </message>
    <message>
        <source>%1 is not a coupon of this shop. Check the code, or ask where the coupon comes from.</source>
        <translation>%1 — не купон этого магазина. Проверьте код или спросите, откуда этот купон.</translation>
    </message>
    <message>
        <source>someone unnamed</source>
        <translation>имя не указано</translation>
    </message>
    <message>
        <source>Coupon %1 was already redeemed on %2 at till %3 by %4.</source>
        <translation>Купон %1 уже использован %2 на кассе %3; оформил(а): %4.</translation>
    </message>
    <message>
        <source>Coupon %1 is not valid yet: it can be used from %2.</source>
        <translation>Купон %1 ещё не действует: его можно использовать с %2.</translation>
    </message>
    <message>
        <source>Coupon %1 has expired: its last day was %2.</source>
        <translation>Срок действия купона %1 истёк: последний день — %2.</translation>
    </message>
    <message>
        <source>Coupon %1 needs a purchase of at least %2; this one is %3.</source>
        <translation>Купон %1 действует при покупке от %2, а эта покупка — на %3.</translation>
    </message>
    <message>
        <source>Coupon %1 gives bonus points: open the customer who gets them first.</source>
        <translation>Купон %1 даёт бонусные баллы: сначала откройте карточку клиента, который их получит.</translation>
    </message>
    <message>
        <source>Coupon %1 has not been redeemed; there is nothing to undo.</source>
        <translation>Купон %1 не использован; отменять нечего.</translation>
    </message>
    <message>
        <source>Coupon %1 was changed at another till a moment ago. Look it up again.</source>
        <translation>Купон %1 только что изменён на другой кассе. Найдите его снова.</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>Скидка %1</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>Скидка %1%</translation>
    </message>
    <message>
        <source>Free: %1</source>
        <translation>В подарок: %1</translation>
    </message>
    <message>
        <source>%1 bonus points</source>
        <translation>Бонусные баллы: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Действует с %1 по %2</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Действует по %1</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Действует с %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Бессрочно</translation>
    </message>
    <message>
        <source>Single use. Minimum purchase %1. Not exchangeable for cash.</source>
        <translation>Одноразовый. При покупке от %1. Обмену на деньги не подлежит.</translation>
    </message>
    <message>
        <source>Single use. Not exchangeable for cash.</source>
        <translation>Одноразовый. Обмену на деньги не подлежит.</translation>
    </message>
</context>
<context>
    <name>CouponsDialog</name>
    <message>
        <source>Coupons</source>
        <translation>Купоны</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Акция</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Что даёт</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Использовано</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>Доля использованных</translation>
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
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 a sheet)</source>
        <translation>%1 × %2 (%3 на листе)</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>&amp;Сетка:</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Новая акция…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Предпросмотр…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Со&amp;хранить в PDF…</translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Сначала выберите акцию.</translation>
    </message>
    <message>
        <source>coupons-%1.pdf</source>
        <translation>купоны-%1.pdf</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>“%1” is not an encoding Regulars can read. Choose one of: %2.</source>
        <translation>Regulars не умеет читать кодировку «%1». Выберите одну из этих: %2.</translation>
    </message>
    <message>
        <source>The file is not %1 text. Choose the encoding it was saved in, or let Regulars detect it.</source>
        <translation>Файл не в кодировке %1. Выберите кодировку, в которой он сохранён, или пусть Regulars определит её сам.</translation>
    </message>
    <message>
        <source>A double quote or a line break cannot separate the cells; choose a comma, a semicolon or a tab.</source>
        <translation>Кавычки и перевод строки не могут быть разделителем ячеек; выберите запятую, точку с запятой или табуляцию.</translation>
    </message>
    <message>
        <source>The quoted cell that starts on line %1 never ends: a closing double quote is missing. Fix that line in a spreadsheet or text editor and try again.</source>
        <translation>Ячейка в кавычках, которая начинается в строке %1, не закрыта: не хватает закрывающей кавычки. Исправьте эту строку в Excel или текстовом редакторе и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Изменить клиента</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>What the staff call them, optional</source>
        <translation>Как его зовут в магазине, необязательно</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>П&amp;розвище:</translation>
    </message>
    <message>
        <source>+ country code and number</source>
        <translation>+ код страны и номер</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>например, %1</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Scan or type the card number</source>
        <translation>Сканируйте или введите номер</translation>
    </message>
    <message>
        <source>&amp;Issue new card</source>
        <translation>&amp;Выдать новую карту</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Карта:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>day.month.year, optional</source>
        <translation>дд.мм.гггг, необязательно</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;День рождения:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Agrees that the shop keeps their personal data (required)</source>
        <translation>Согласие на обработку персональных данных (обязательно)</translation>
    </message>
    <message>
        <source>Agrees to receive offers and news</source>
        <translation>Согласие на получение акций и новостей</translation>
    </message>
    <message>
        <source>Signed paper form</source>
        <translation>Подписанная анкета</translation>
    </message>
    <message>
        <source>Said so in person</source>
        <translation>Устно, лично</translation>
    </message>
    <message>
        <source>Online or by message</source>
        <translation>Онлайн или в сообщении</translation>
    </message>
    <message>
        <source>Given &amp;how:</source>
        <translation>Способ &amp;получения:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>Кто &amp;оформил:</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Будет сохранён как %1</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;customer:%2&quot;&gt;Open their page&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;customer:%2&quot;&gt;Открыть карточку клиента&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>CustomerDirectory</name>
    <message>
        <source>Give a phone number or a card number, so the customer can be found again.</source>
        <translation>Укажите телефон или номер карты, чтобы клиента можно было потом найти.</translation>
    </message>
    <message>
        <source>The shop&apos;s country is not set, so the number must start with + and the country code. Set the country in Settings.</source>
        <translation>Страна магазина не задана, поэтому номер должен начинаться с + и кода страны. Укажите страну в настройках.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation>%1 уже принадлежит клиенту %2.</translation>
    </message>
    <message>
        <source>another customer</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>Card %1 already belongs to %2.</source>
        <translation>Карта %1 уже принадлежит клиенту %2.</translation>
    </message>
    <message>
        <source>“%1” is not an email address; it should look like name@example.com.</source>
        <translation>«%1» — не адрес эл. почты; адрес выглядит так: name@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as day.month.year, for example 31.12.1990.</source>
        <translation>«%1» — не дата; введите её как день.месяц.год, например 31.12.1990.</translation>
    </message>
    <message>
        <source>The birthday %1 cannot be right; check the year.</source>
        <translation>День рождения %1 не может быть верным; проверьте год.</translation>
    </message>
    <message>
        <source>The name is too long; keep it under 200 characters.</source>
        <translation>Имя слишком длинное; допускается не больше 200 символов.</translation>
    </message>
    <message>
        <source>Ask the customer whether the shop may keep their personal data, and tick the box when they agree: without that consent their details cannot be saved.</source>
        <translation>Спросите клиента, согласен ли он на обработку персональных данных, и отметьте флажок, если согласен: без этого согласия его данные нельзя сохранить.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>Этого клиента больше нет в базе.</translation>
    </message>
    <message>
        <source>Write who recorded the consent.</source>
        <translation>Укажите, кто оформил согласие.</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>The export cannot be written: the file is not open for writing.</source>
        <translation>Не удалось записать экспорт: файл не открыт для записи.</translation>
    </message>
    <message>
        <source>Reading the customers for the export failed: %1</source>
        <translation>Не удалось прочитать клиентов для экспорта: %1</translation>
    </message>
    <message>
        <source>Writing the export failed: %1. Check that the disk is not full and try again.</source>
        <translation>Не удалось записать экспорт: %1. Проверьте, есть ли место на диске, и попробуйте снова.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Не удалось записать %1: %2. Выберите папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Check that the disk is not full and try again.</source>
        <translation>Не удалось сохранить %1: %2. Проверьте, есть ли место на диске, и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>Ignore</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Номер карты</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Прозвище</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>The file is empty. Export the customers from the other program again, with a header line such as: name, phone, card.</source>
        <translation>Файл пустой. Выгрузите клиентов из другой программы ещё раз, со строкой заголовков, например: имя, телефон, карта.</translation>
    </message>
    <message>
        <source>“%1” is not a country code Regulars knows; use two letters, such as RU, IR, SA or GB.</source>
        <translation>Regulars не знает кода страны «%1»; укажите две буквы, например RU, IR, SA или GB.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both read as %3, so only “%1” is imported. Choose what “%2” holds, or rename it.</source>
        <translation>Столбцы «%1» и «%2» оба распознаны как «%3», поэтому импортируется только «%1». Укажите, что содержит «%2», или переименуйте его.</translation>
    </message>
    <message>
        <source>No column is read as the phone or the card number. Name the columns “phone” and “card”, or choose what each column holds.</source>
        <translation>Ни один столбец не распознан как телефон или номер карты. Назовите столбцы «телефон» и «карта» или укажите, что содержит каждый столбец.</translation>
    </message>
    <message>
        <source>customer number %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>This line has %1 cells but the header has %2. A name or note that holds the separator must be put in double quotes.</source>
        <translation>В этой строке ячеек: %1, а в заголовке: %2. Имя или заметку, в которых есть разделитель, нужно заключить в двойные кавычки.</translation>
    </message>
    <message>
        <source>The name is too long; keep it under 200 characters.</source>
        <translation>Имя слишком длинное; допускается не больше 200 символов.</translation>
    </message>
    <message>
        <source>The shop&apos;s country is not set, so “%1” must start with + and the country code. Set the country in Settings, or choose the country of the file.</source>
        <translation>Страна магазина не задана, поэтому «%1» должен начинаться с + и кода страны. Укажите страну в настройках или выберите страну для этого файла.</translation>
    </message>
    <message>
        <source>The phone number %1 is also on line %2.</source>
        <translation>Номер телефона %1 есть также в строке %2.</translation>
    </message>
    <message>
        <source>The phone number %1 already belongs to %2, who is already a customer.</source>
        <translation>Номер телефона %1 уже принадлежит клиенту %2.</translation>
    </message>
    <message>
        <source>The card %1 is also on line %2.</source>
        <translation>Карта %1 есть также в строке %2.</translation>
    </message>
    <message>
        <source>The card %1 already belongs to %2, who is already a customer.</source>
        <translation>Карта %1 уже принадлежит клиенту %2.</translation>
    </message>
    <message>
        <source>This line has neither a phone number nor a card number; give one of them, so the customer can be found again.</source>
        <translation>В этой строке нет ни телефона, ни номера карты; укажите хотя бы одно, чтобы клиента можно было потом найти.</translation>
    </message>
    <message>
        <source>“%1” is not an email address; it should look like name@example.com.</source>
        <translation>«%1» — не адрес эл. почты; адрес выглядит так: name@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as day.month.year, for example 31.12.1990, or as 1990-12-31.</source>
        <translation>«%1» — не дата; запишите её как день.месяц.год, например 31.12.1990, или как 1990-12-31.</translation>
    </message>
    <message>
        <source>The birthday %1 is in the future; check the year.</source>
        <translation>День рождения %1 — в будущем; проверьте год.</translation>
    </message>
    <message>
        <source>The birthday %1 cannot be right; check the year.</source>
        <translation>День рождения %1 не может быть верным; проверьте год.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the file have problems, so nothing was imported. Fix them and import again, or choose to skip them.</source>
        <translation>
            <numerusform>В %Ln строке файла есть ошибки, поэтому ничего не импортировано. Исправьте их и повторите импорт или выберите пропуск строк с ошибками.</numerusform>
            <numerusform>В %Ln строках файла есть ошибки, поэтому ничего не импортировано. Исправьте их и повторите импорт или выберите пропуск строк с ошибками.</numerusform>
            <numerusform>В %Ln строках файла есть ошибки, поэтому ничего не импортировано. Исправьте их и повторите импорт или выберите пропуск строк с ошибками.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 could not be saved, so nothing was imported: %2</source>
        <translation>Не удалось сохранить строку %1, поэтому ничего не импортировано: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>Change this customer&apos;s details (F2)</source>
        <translation>Изменить данные клиента (F2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Карта:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Прозвище:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>День рождения:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Клиент с:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Персональные данные:</translation>
    </message>
    <message>
        <source>Offers and news:</source>
        <translation>Акции и новости:</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Ещё не спрашивали</translation>
    </message>
    <message>
        <source>on a signed paper form</source>
        <translation>по подписанной анкете</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>устно</translation>
    </message>
    <message>
        <source>online or by message</source>
        <translation>онлайн или в сообщении</translation>
    </message>
    <message>
        <source>Agreed %1, %2, recorded by %3</source>
        <translation>Согласие получено %1, %2; оформил(а): %3</translation>
    </message>
    <message>
        <source>Refused or withdrawn %1, %2, recorded by %3</source>
        <translation>Отказ или отзыв согласия %1, %2; оформил(а): %3</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Этого клиента больше нет в базе.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Archived on %1. Archived customers are hidden from searches.</source>
        <translation>В архиве с %1. Архивные клиенты не показываются в поиске.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>В а&amp;рхив</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Отозвать согласие</translation>
    </message>
    <message>
        <source>Record &amp;agreement</source>
        <translation>&amp;Отметить согласие</translation>
    </message>
    <message>
        <source>The customer no longer wants offers and news; this is recorded.</source>
        <translation>Клиент больше не хочет получать акции и новости; отказ будет записан.</translation>
    </message>
    <message>
        <source>The customer agreed just now, in person, to receive offers and news.</source>
        <translation>Клиент только что лично согласился получать акции и новости.</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>Перенос клиента в архив</translation>
    </message>
    <message>
        <source>Archive %1? They will no longer show in searches; their history is kept and you can restore them at any time.</source>
        <translation>Перенести клиента %1 в архив? Он больше не будет показываться в поиске; история покупок сохранится, и клиента можно восстановить в любой момент.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>Программа &amp;лояльности</translation>
    </message>
    <message>
        <source>&amp;Details and consent</source>
        <translation>&amp;Данные и согласие</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>карта %1</translation>
    </message>
    <message>
        <source>&amp;Personal data</source>
        <translation>&amp;Персональные данные</translation>
    </message>
    <message>
        <source>Export everything kept about them…</source>
        <translation>Выгрузить все данные о клиенте…</translation>
    </message>
    <message>
        <source>Anonymise… (owner)</source>
        <translation>Обезличить… (владелец)</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (nickname)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Archived customer</source>
        <translation>Клиент в архиве</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Номер карты</translation>
    </message>
    <message>
        <source>End of phone number</source>
        <translation>Последние цифры телефона</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Найден по</translation>
    </message>
</context>
<context>
    <name>CustomerStatement</name>
    <message>
        <source>customer %1</source>
        <translation>клиент № %1</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>Оплата баллами</translation>
    </message>
    <message>
        <source>Points for a purchase</source>
        <translation>Баллы за покупку</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Приветственный бонус</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Бонус ко дню рождения</translation>
    </message>
    <message>
        <source>For recommending the shop to %1</source>
        <translation>За рекомендацию магазина новому клиенту: %1</translation>
    </message>
    <message>
        <source>Bonus for joining on %1&apos;s recommendation</source>
        <translation>Бонус за регистрацию по рекомендации клиента: %1</translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation>Награда: %1</translation>
    </message>
    <message>
        <source>Correction by the shop: %1</source>
        <translation>Корректировка магазином: %1</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Баллы сгорели</translation>
    </message>
    <message>
        <source>Refund: points of the purchase taken back</source>
        <translation>Возврат: баллы за покупку списаны</translation>
    </message>
    <message>
        <source>Refund: points spent on the purchase returned</source>
        <translation>Возврат: баллы, потраченные на покупку, возвращены</translation>
    </message>
    <message>
        <source>Points given to %1</source>
        <translation>Баллы переданы, получатель: %1</translation>
    </message>
    <message>
        <source>Points received from %1</source>
        <translation>Баллы получены, отправитель: %1</translation>
    </message>
    <message>
        <source>Points statement for %1</source>
        <translation>Выписка по баллам: %1</translation>
    </message>
    <message>
        <source>Balance: %1 points</source>
        <translation>Баланс баллов: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>The phone number %1 already belongs to another customer.</source>
        <translation>Номер телефона %1 уже принадлежит другому клиенту.</translation>
    </message>
    <message>
        <source>The card %1 already belongs to another customer.</source>
        <translation>Карта %1 уже принадлежит другому клиенту.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>Этого клиента больше нет в базе.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1. Check the path, or create a demo shop there with: regulars --db %1 demo</source>
        <translation>По пути %1 нет базы данных. Проверьте путь или создайте там демо-магазин командой: regulars --db %1 demo</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database %1. Choose a folder you can write to.</source>
        <translation>Не удалось создать папку для базы данных %1. Выберите папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <source>%1 is not a Regulars database. It was left untouched; choose the right file, or a new file name to start a new shop.</source>
        <translation>%1 — не база данных Regulars. Файл не изменён; выберите нужный файл или новое имя файла, чтобы завести новый магазин.</translation>
    </message>
    <message>
        <source>Cannot read %1. Check that your user account may read and write this file.</source>
        <translation>Не удалось прочитать %1. Проверьте, что у вашей учётной записи есть права на чтение и запись этого файла.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удалось открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be used (%2). It was left untouched; restore your latest backup.</source>
        <translation>База данных %1 повреждена, работать с ней нельзя (%2). Файл не изменён; восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Regulars. It was left untouched; choose the right file, or a new file name to start a new shop.</source>
        <translation>%1 — база данных другой программы, а не Regulars. Файл не изменён; выберите нужный файл или новое имя файла, чтобы завести новый магазин.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Regulars (database version %2; this program knows up to %3). Install the newer Regulars to open it.</source>
        <translation>База данных %1 записана более новой версией Regulars (версия базы %2; эта программа поддерживает до %3). Чтобы открыть её, установите новую версию Regulars.</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing row of %3.</source>
        <translation>Строка %1 таблицы %2 ссылается на несуществующую строку таблицы %3.</translation>
    </message>
    <message>
        <source>Cannot create the database %1. Choose a folder you can write to.</source>
        <translation>Не удалось создать базу данных %1. Выберите папку, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <source>The shop&apos;s file %1 is on a network folder (%2). SQLite cannot lock it safely there, and two computers writing it can damage it: keep the file on this computer&apos;s own disk, or move the shop to a PostgreSQL server (regulars migrate) for several tills.</source>
        <translation>Файл магазина %1 находится в сетевой папке (%2). SQLite не может надёжно заблокировать его там, а запись с двух компьютеров может его повредить: храните файл на диске этого компьютера или, если касс несколько, перенесите магазин на сервер PostgreSQL (regulars migrate).</translation>
    </message>
    <message>
        <source>The row is already there.</source>
        <translation>Такая строка уже есть.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address Regulars understands. Write it as postgresql://user@host:5432/shop (add ?sslmode=require for a server elsewhere).</source>
        <translation>%1 — не адрес PostgreSQL, понятный Regulars. Укажите его в виде postgresql://user@host:5432/shop (для удалённого сервера добавьте ?sslmode=require).</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed, so %1 cannot be opened. Install the package libqt6sql6-psql.</source>
        <translation>Драйвер PostgreSQL для Qt не установлен, поэтому открыть %1 нельзя. Установите пакет libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2</source>
        <translation>Не удалось подключиться к серверу баз данных %1: %2</translation>
    </message>
    <message>
        <source>The database server %1 refused: %2</source>
        <translation>Сервер баз данных %1 отказал: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not of Regulars. It was left untouched; name an empty database for a new shop.</source>
        <translation>В базе данных %1 таблицы другой программы, а не Regulars. Она не изменена; для нового магазина укажите пустую базу данных.</translation>
    </message>
    <message>
        <source>There is no Regulars shop in the database %1 yet. Move one there with: regulars migrate --from FILE.sqlite3 --to %1</source>
        <translation>В базе данных %1 ещё нет магазина Regulars. Перенесите его туда командой: regulars migrate --from FILE.sqlite3 --to %1</translation>
    </message>
    <message>
        <source>No password was given for the database server %1, so the shop was not opened. Type it when asked, or keep it in ~/.pgpass or PGPASSWORD.</source>
        <translation>Пароль для сервера баз данных %1 не указан, поэтому магазин не открыт. Введите его, когда программа его запросит, или сохраните в ~/.pgpass или PGPASSWORD.</translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>A demo shop needs at least one customer.</source>
        <translation>В демо-магазине должен быть хотя бы один клиент.</translation>
    </message>
    <message>
        <source>Choose the country of the demo shop, such as RU, IR, SA or GB: its customers get phone numbers of that country.</source>
        <translation>Укажите страну демо-магазина, например RU, IR, SA или GB: его клиенты получат номера телефонов этой страны.</translation>
    </message>
    <message>
        <source>%1 is not a country code Regulars knows; use two letters, such as RU, IR, SA or GB.</source>
        <translation>Regulars не знает кода страны %1; укажите две буквы, например RU, IR, SA или GB.</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %Ln customer(s). A demo shop is only created in a new, empty database, so it never mixes with real customers.</source>
        <translation>
            <numerusform>В этой базе данных уже есть %Ln клиент. Демо-магазин создаётся только в новой, пустой базе, чтобы он не смешался с настоящими клиентами.</numerusform>
            <numerusform>В этой базе данных уже есть %Ln клиента. Демо-магазин создаётся только в новой, пустой базе, чтобы он не смешался с настоящими клиентами.</numerusform>
            <numerusform>В этой базе данных уже есть %Ln клиентов. Демо-магазин создаётся только в новой, пустой базе, чтобы он не смешался с настоящими клиентами.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo shop could not be written, so nothing was saved: %1</source>
        <translation>Не удалось записать демо-магазин, ничего не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Nothing was painted.</source>
        <translation>Нечего печатать.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>GrantPointsDialog</name>
    <message>
        <source>Give points</source>
        <translation>Начисление баллов</translation>
    </message>
    <message>
        <source>an activity, or why the balance is corrected</source>
        <translation>за что начисляются баллы или причина корректировки</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Баллы:</translation>
    </message>
    <message>
        <source>&amp;Give</source>
        <translation>&amp;Начислить</translation>
    </message>
    <message>
        <source>Owner only: points for a reason that is not in the programme&apos;s list, or taken away, are a correction of the balance.</source>
        <translation>Только для владельца: начисление по причине, которой нет в списке программы, или списание баллов — это корректировка баланса.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Regulars guide</source>
        <translation>Руководство Regulars</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>The page shown before (Alt+Left)</source>
        <translation>Предыдущая страница (Alt+Влево)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <source>Every page of the guide</source>
        <translation>Все страницы руководства</translation>
    </message>
    <message>
        <source>%1 — Regulars guide</source>
        <comment>page title</comment>
        <translation>%1 — руководство Regulars</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Find a customer</source>
        <translation>Найти клиента</translation>
    </message>
    <message>
        <source>Type a phone, card or name in the search box (Ctrl+F)</source>
        <translation>Введите телефон, номер карты или имя в строке поиска (Ctrl+F)</translation>
    </message>
    <message>
        <source>Record a sale</source>
        <translation>Оформить продажу</translation>
    </message>
    <message>
        <source>Find the customer, then record what they bought (F5)</source>
        <translation>Найдите клиента и оформите его покупку (F5)</translation>
    </message>
    <message>
        <source>Print coupons</source>
        <translation>Напечатать купоны</translation>
    </message>
    <message>
        <source>Coupon campaigns and their printed sheets (Ctrl+Shift+C)</source>
        <translation>Купонные акции и листы купонов для печати (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>Открыть отчёты</translation>
    </message>
    <message>
        <source>Customers coming back, cohorts, the programme (Ctrl+R)</source>
        <translation>Возвращаемость клиентов, когорты, программа лояльности (Ctrl+R)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Recent customers</source>
        <translation>Недавние клиенты</translation>
    </message>
    <message>
        <source>Customers opened lately on this computer; Enter or a double click opens one</source>
        <translation>Клиенты, недавно открытые на этом компьютере; Enter или двойной щелчок открывает карточку</translation>
    </message>
    <message>
        <source>Customers you open appear here.</source>
        <translation>Здесь появятся клиенты, которых вы откроете.</translation>
    </message>
    <message numerus="yes">
        <source>Points expiring in the next %Ln day(s)</source>
        <translation>
            <numerusform>Баллы, сгорающие в ближайший %Ln день</numerusform>
            <numerusform>Баллы, сгорающие в ближайшие %Ln дня</numerusform>
            <numerusform>Баллы, сгорающие в ближайшие %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Expire on</source>
        <translation>Сгорают</translation>
    </message>
    <message>
        <source>Remind these customers to spend their points; Enter opens one</source>
        <translation>Напомните этим клиентам потратить баллы; Enter открывает карточку</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>customer name · phone</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Today&apos;s figures could not be read: %1</source>
        <translation>Не удалось получить сегодняшние показатели: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s), %1 in all</source>
        <translation>
            <numerusform>%Ln продажа на %1</numerusform>
            <numerusform>%Ln продажи на %1</numerusform>
            <numerusform>%Ln продаж на %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln новый клиент</numerusform>
            <numerusform>%Ln новых клиента</numerusform>
            <numerusform>%Ln новых клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>No points expire soon.</source>
        <translation>В ближайшее время баллы не сгорают.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will lose points, %1 in all.</source>
        <translation>
            <numerusform>У %Ln клиента сгорят баллы, всего %1.</numerusform>
            <numerusform>У %Ln клиентов сгорят баллы, всего %1.</numerusform>
            <numerusform>У %Ln клиентов сгорят баллы, всего %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Юникод (UTF-8)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Кириллица (Windows-1251)</translation>
    </message>
    <message>
        <source>Arabic and Persian (Windows-1256)</source>
        <translation>Арабский и персидский (Windows-1256)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Точка с запятой</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>&amp;Import all</source>
        <translation>&amp;Импортировать всё</translation>
    </message>
    <message>
        <source>Import only &amp;valid lines</source>
        <translation>Только строки &amp;без ошибок</translation>
    </message>
    <message>
        <source>&amp;Save problem lines…</source>
        <translation>&amp;Сохранить строки с ошибками…</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV и текстовые файлы (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) ready to import. Nothing is saved until you press Import.</source>
        <translation>
            <numerusform>К импорту готов %Ln клиент. Ничего не сохранится, пока вы не нажмёте кнопку импорта.</numerusform>
            <numerusform>К импорту готовы %Ln клиента. Ничего не сохранится, пока вы не нажмёте кнопку импорта.</numerusform>
            <numerusform>К импорту готовы %Ln клиентов. Ничего не сохранится, пока вы не нажмёте кнопку импорта.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines with problems: %1. Customers ready: %2. Fix the file and import it again, or import only the valid lines.</source>
        <translation>Строк с ошибками: %1. Клиентов готово к импорту: %2. Исправьте файл и импортируйте его снова или импортируйте только строки без ошибок.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported.</source>
        <translation>
            <numerusform>Импортирован %Ln клиент.</numerusform>
            <numerusform>Импортировано %Ln клиента.</numerusform>
            <numerusform>Импортировано %Ln клиентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation>%1-ошибки.csv</translation>
    </message>
    <message>
        <source>Save problem lines</source>
        <translation>Сохранить строки с ошибками</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Импорт клиентов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language and region</source>
        <translation>Язык и регион</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The language&apos;s usual calendar</source>
        <translation>Календарь, принятый для этого языка</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Календарь:</translation>
    </message>
    <message>
        <source>Write numbers in Arabic or Persian &amp;digits</source>
        <translation>Писать числа арабскими или персидскими &amp;цифрами</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>Сегодня:</translation>
    </message>
    <message>
        <source>Changes take effect when Regulars starts again. Any of the three kinds of digits can always be typed.</source>
        <translation>Изменения вступят в силу после перезапуска Regulars. Вводить можно цифры любого из трёх видов.</translation>
    </message>
</context>
<context>
    <name>LapsedCustomersDialog</name>
    <message>
        <source>Customers to anonymise</source>
        <translation>Клиенты для обезличивания</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> г.</translation>
    </message>
    <message>
        <source>Keep the details of customers who bought in the last:</source>
        <translation>Хранить данные клиентов, делавших покупки за последние:</translation>
    </message>
    <message>
        <source>&amp;Anonymise the ticked customers</source>
        <translation>&amp;Обезличить отмеченных клиентов</translation>
    </message>
    <message>
        <source>last purchase %1</source>
        <translation>последняя покупка %1</translation>
    </message>
    <message>
        <source>never bought; enrolled %1</source>
        <translation>покупок не было; зарегистрирован(а) %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>customer name — last purchase</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The retention rule is off: set a number of years to list customers.</source>
        <translation>Правило хранения данных выключено: укажите число лет, чтобы увидеть список клиентов.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) have not bought for %1 years or more. Their contact details can be erased; their purchases and points stay, anonymous.</source>
        <translation>
            <numerusform>%Ln клиент не делал покупок %1 г. или дольше. Его контактные данные можно стереть; покупки и баллы останутся, без имени.</numerusform>
            <numerusform>%Ln клиента не делали покупок %1 г. или дольше. Их контактные данные можно стереть; покупки и баллы останутся, без имени.</numerusform>
            <numerusform>%Ln клиентов не делали покупок %1 г. или дольше. Их контактные данные можно стереть; покупки и баллы останутся, без имени.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the contact details of %Ln customer(s) for good? Their purchases and points stay, anonymous. This cannot be undone.</source>
        <translation>
            <numerusform>Безвозвратно стереть контактные данные %Ln клиента? Покупки и баллы останутся, без имени. Это нельзя отменить.</numerusform>
            <numerusform>Безвозвратно стереть контактные данные %Ln клиентов? Покупки и баллы останутся, без имени. Это нельзя отменить.</numerusform>
            <numerusform>Безвозвратно стереть контактные данные %Ln клиентов? Покупки и баллы останутся, без имени. Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Обезличить</translation>
    </message>
</context>
<context>
    <name>LoyaltyCommands</name>
    <message>
        <source>There is no customer number %1.</source>
        <translation>Клиента № %1 нет в базе.</translation>
    </message>
    <message>
        <source>No customer matches “%1”. Try a phone number, a card number or id:N.</source>
        <translation>По запросу «%1» клиентов не найдено. Укажите номер телефона, номер карты или id:N.</translation>
    </message>
    <message>
        <source>“%1” matches several customers; give their phone, card or id:N:</source>
        <translation>По запросу «%1» найдено несколько клиентов; укажите телефон, номер карты или id:N нужного клиента:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>Найдена %Ln проблема.</numerusform>
            <numerusform>Найдено %Ln проблемы.</numerusform>
            <numerusform>Найдено %Ln проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>Use: regulars program export FILE.json | program import FILE.json</source>
        <translation>Использование: regulars program export FILE.json | program import FILE.json</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Programme written to %1.</source>
        <translation>Правила программы записаны в %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a programme file: %2 at character %3. Nothing was changed.</source>
        <translation>%1 — не файл программы лояльности: %2 (символ %3). Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Ничего не изменено.</translation>
    </message>
    <message>
        <source>Programme imported from %1.</source>
        <translation>Правила программы импортированы из %1.</translation>
    </message>
    <message>
        <source>--redeem takes a whole number of points.</source>
        <translation>Для --redeem нужно целое число баллов.</translation>
    </message>
    <message>
        <source>--at takes a date and time like 2026-11-23T14:30:00Z.</source>
        <translation>Для --at нужны дата и время в виде 2026-11-23T14:30:00Z.</translation>
    </message>
    <message>
        <source>Use: regulars refund --ref R [--till T] [--amount A]</source>
        <translation>Использование: regulars refund --ref R [--till T] [--amount A]</translation>
    </message>
    <message>
        <source>Type the amount to refund; it must be above zero.</source>
        <translation>Введите сумму возврата; она должна быть больше нуля.</translation>
    </message>
    <message>
        <source>Use: regulars balance QUERY</source>
        <translation>Использование: regulars balance QUERY</translation>
    </message>
    <message>
        <source>Use: regulars points grant QUERY N --reason TEXT</source>
        <translation>Использование: regulars points grant QUERY N --reason TEXT</translation>
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
      оформить продажу; выводит начисленные и списанные баллы, скидку, баланс, уровень, штампы, купоны в JSON;
      купон используется вместе с продажей и уменьшает сумму к оплате (при отказе в продаже не используется);
      тот же --ref на той же кассе снова выводит первый ответ и ничего не меняет
  refund --ref R [--till T] [--amount A]
      оформить возврат всей продажи или её части, списав пропорциональную часть баллов
  balance QUERY
      баланс клиента, сгорающие баллы по месяцам, уровень и штампы в JSON
  points grant QUERY N --reason TEXT
      начислить баллы за действие (причина, которой нет в списке программы, — корректировка владельца)
  program export FILE.json | program import FILE.json
      все правила программы лояльности; импорт с неверным значением называет его и ничего не меняет
  check
      проверить журнал операций, балансы, карты со штампами и файл базы данных; при любой ошибке код выхода 1
</translation>
    </message>
    <message>
        <source>Use: regulars sale --customer QUERY --amount 12.50 [--redeem N] [--ref R] [--till T] [--at ISO-8601] [--coupon CODE]</source>
        <translation>Использование: regulars sale --customer QUERY --amount 12.50 [--redeem N] [--ref R] [--till T] [--at ISO-8601] [--coupon CODE]</translation>
    </message>
</context>
<context>
    <name>LoyaltyLedger</name>
    <message>
        <source>Type the amount of the sale; it must be above zero.</source>
        <translation>Введите сумму продажи; она должна быть больше нуля.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>Клиента № %1 нет в базе.</translation>
    </message>
    <message>
        <source>%1 is archived. Restore the customer before recording a sale.</source>
        <translation>Клиент %1 в архиве. Чтобы провести продажу, сначала восстановите клиента.</translation>
    </message>
    <message>
        <source>The points to spend cannot be below zero.</source>
        <translation>Число списываемых баллов не может быть меньше нуля.</translation>
    </message>
    <message>
        <source>Could not make a unique voucher code.</source>
        <translation>Не удалось создать уникальный код купона.</translation>
    </message>
    <message>
        <source>No sale %1 was recorded at till %2. Check the receipt&apos;s reference.</source>
        <translation>Продажа %1 на кассе %2 не найдена. Проверьте номер чека.</translation>
    </message>
    <message>
        <source>Sale %1 has already been refunded in full.</source>
        <translation>По продаже %1 уже оформлен полный возврат.</translation>
    </message>
    <message>
        <source>At most %1 of sale %2 can still be refunded.</source>
        <translation>По продаже %2 можно вернуть ещё не больше %1.</translation>
    </message>
    <message>
        <source>Say why the points are given, for example the activity.</source>
        <translation>Укажите, за что начисляются баллы, например за какое действие.</translation>
    </message>
    <message>
        <source>Give a number of points other than zero.</source>
        <translation>Укажите число баллов, отличное от нуля.</translation>
    </message>
    <message>
        <source>Say why the balance is corrected.</source>
        <translation>Укажите причину корректировки баланса.</translation>
    </message>
    <message>
        <source>Give a number of points above zero.</source>
        <translation>Укажите число баллов больше нуля.</translation>
    </message>
    <message>
        <source>A customer cannot give points to themselves.</source>
        <translation>Клиент не может передать баллы самому себе.</translation>
    </message>
    <message>
        <source>Points can be given only to the causes and customers the owner lists in the programme settings.</source>
        <translation>Передавать баллы можно только благотворительным фондам и клиентам, которых владелец указал в настройках программы.</translation>
    </message>
    <message>
        <source>Both customers must exist.</source>
        <translation>Оба клиента должны быть в базе.</translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation>Клиент не может порекомендовать магазин самому себе.</translation>
    </message>
    <message>
        <source>%1 was referred by %2; two customers cannot refer each other.</source>
        <translation>Клиент %1 пришёл по рекомендации клиента %2; клиенты не могут рекомендовать друг друга.</translation>
    </message>
    <message>
        <source>%1 is already recorded as referred by someone.</source>
        <translation>У клиента %1 уже записано, кто его порекомендовал.</translation>
    </message>
    <message>
        <source>%1 is not one of the shop&apos;s stamp cards; their numbers start with %2.</source>
        <translation>%1 — не карта со штампами этого магазина; номера таких карт начинаются с %2.</translation>
    </message>
    <message>
        <source>Stamp card %1 already belongs to another customer.</source>
        <translation>Карта со штампами %1 уже принадлежит другому клиенту.</translation>
    </message>
    <message>
        <source>%1 is not a voucher of this shop.</source>
        <translation>%1 — не купон этого магазина.</translation>
    </message>
    <message>
        <source>Voucher %1 was already used on %2 at till %3 by %4.</source>
        <translation>Купон %1 уже использован %2 на кассе %3; оформил(а): %4.</translation>
    </message>
    <message>
        <source>Voucher %1 expired on %2.</source>
        <translation>Срок действия купона %1 истёк %2.</translation>
    </message>
    <message>
        <source>Voucher %1 was used a moment ago at another till.</source>
        <translation>Купон %1 только что использован на другой кассе.</translation>
    </message>
    <message>
        <source>Ledger entry %1 draws on entry %2, which is not a lot of the same customer.</source>
        <translation>Запись журнала %1 списывает баллы с записи %2, которая не является начислением того же клиента.</translation>
    </message>
    <message>
        <source>Ledger entry %1 takes %2 points from entry %3, which had only %4 left.</source>
        <translation>Запись журнала %1 списывает %2 балл. с записи %3, на которой оставалось только %4.</translation>
    </message>
    <message>
        <source>Customer %1: the stored balance is %2 but the ledger adds up to %3.</source>
        <translation>Клиент %1: сохранённый баланс — %2, а по журналу операций выходит %3.</translation>
    </message>
    <message>
        <source>Customer %1 has a balance below zero (%2), which the programme does not allow.</source>
        <translation>У клиента %1 отрицательный баланс (%2), а программа этого не допускает.</translation>
    </message>
    <message>
        <source>Customer %1: the stored balance is %2 but the customer has no ledger entries.</source>
        <translation>Клиент %1: сохранённый баланс — %2, но в журнале операций нет ни одной записи по этому клиенту.</translation>
    </message>
    <message>
        <source>Entry %1: %2 points should be left to spend, but the stored figure is %3.</source>
        <translation>Запись %1: остаток баллов должен быть %2, а сохранено %3.</translation>
    </message>
    <message>
        <source>Entry %1 is stored as having %2 points left, but the ledger has none left on it.</source>
        <translation>Для записи %1 сохранён остаток баллов %2, но по журналу операций на ней ничего не осталось.</translation>
    </message>
    <message>
        <source>Sale %1: the points it says were spent differ from its ledger entries.</source>
        <translation>Продажа %1: списанные в ней баллы не совпадают с записями журнала операций.</translation>
    </message>
    <message>
        <source>Stamp card %1: its stamp count differs from its stamp entries.</source>
        <translation>Карта со штампами %1: число штампов не совпадает с записями о штампах.</translation>
    </message>
    <message>
        <source>Points can be spent from a balance of %L1; this customer has %L2.</source>
        <translation>Списывать баллы можно при балансе от %L1, а у этого клиента %L2.</translation>
    </message>
    <message>
        <source>At most %L1 points can pay this sale (%2).</source>
        <translation>Баллами можно оплатить не больше %2 этой продажи (баллов: %L1).</translation>
    </message>
    <message>
        <source>The customer does not have %L1 points to spend.</source>
        <translation>У клиента нет столько баллов для списания: %L1.</translation>
    </message>
    <message>
        <source>The customer has %L1 points; taking %L2 would leave the balance below zero, which the programme does not allow.</source>
        <translation>Баланс клиента — %L1; после списания %L2 он станет отрицательным, а программа этого не допускает.</translation>
    </message>
    <message>
        <source>The customer has only %L1 points to give.</source>
        <translation>Баланс клиента — всего %L1, передать больше нельзя.</translation>
    </message>
    <message>
        <source>Till %1 has already recorded a sale with the reference %2.</source>
        <translation>Касса %1 уже провела продажу с номером чека %2.</translation>
    </message>
</context>
<context>
    <name>LoyaltyPanel</name>
    <message>
        <source>Expiring:</source>
        <translation>Сгорают:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Скидка:</translation>
    </message>
    <message>
        <source>Stamps:</source>
        <translation>Штампы:</translation>
    </message>
    <message>
        <source>Vouchers:</source>
        <translation>Купоны:</translation>
    </message>
    <message>
        <source>Purchases:</source>
        <translation>Покупки:</translation>
    </message>
    <message>
        <source>&amp;Sale…</source>
        <translation>&amp;Продажа…</translation>
    </message>
    <message>
        <source>Record a sale for this customer: amount, points to spend, what it earns (F5)</source>
        <translation>Провести продажу этому клиенту: сумма, списание и начисление баллов (F5)</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Во&amp;зврат…</translation>
    </message>
    <message>
        <source>Refund all or part of a sale; its points follow</source>
        <translation>Возврат всей продажи или её части; баллы пересчитываются</translation>
    </message>
    <message>
        <source>Give &amp;points…</source>
        <translation>Начислить &amp;баллы…</translation>
    </message>
    <message>
        <source>Points for an activity the programme lists; corrections are for the owner</source>
        <translation>Баллы за действие из списка программы; корректировки — только для владельца</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Ещё</translation>
    </message>
    <message>
        <source>Register a paper &amp;stamp card…</source>
        <translation>Зарегистрировать бумажную карту со &amp;штампами…</translation>
    </message>
    <message>
        <source>Recommended &amp;by…</source>
        <translation>Кто по&amp;рекомендовал…</translation>
    </message>
    <message>
        <source>&amp;Donate points…</source>
        <translation>&amp;Пожертвовать баллы…</translation>
    </message>
    <message>
        <source>&amp;Print statement…</source>
        <translation>&amp;Напечатать выписку…</translation>
    </message>
    <message>
        <source>&amp;Export statement as CSV…</source>
        <translation>&amp;Экспорт выписки в CSV…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s), worth %1</source>
        <translation>
            <numerusform>%Ln балл на сумму %1</numerusform>
            <numerusform>%Ln балла на сумму %1</numerusform>
            <numerusform>%Ln баллов на сумму %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) on %1</source>
        <translation>
            <numerusform>%Ln балл — %1</numerusform>
            <numerusform>%Ln балла — %1</numerusform>
            <numerusform>%Ln баллов — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the highest</source>
        <translation>%1 (высший)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %2 more within %Ln month(s) reaches %3</source>
        <translation>
            <numerusform>%1; до уровня «%3» — ещё %2 покупок за %Ln месяц</numerusform>
            <numerusform>%1; до уровня «%3» — ещё %2 покупок за %Ln месяца</numerusform>
            <numerusform>%1; до уровня «%3» — ещё %2 покупок за %Ln месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1: %2, until %3</source>
        <translation>%1: %2, по %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No purchases recorded yet.</source>
        <translation>Покупок пока нет.</translation>
    </message>
    <message>
        <source>The last on %1.</source>
        <translation>Последняя — %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sale recorded: %Ln point(s) earned, balance %1.</source>
        <translation>
            <numerusform>Продажа проведена: начислен %Ln балл, баланс %1.</numerusform>
            <numerusform>Продажа проведена: начислено %Ln балла, баланс %1.</numerusform>
            <numerusform>Продажа проведена: начислено %Ln баллов, баланс %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The stamp card is full: give the customer voucher %2.</source>
        <translation>%1 Карта со штампами заполнена: выдайте клиенту купон %2.</translation>
    </message>
    <message>
        <source>Paper stamp card</source>
        <translation>Бумажная карта со штампами</translation>
    </message>
    <message>
        <source>Scan or type the number printed on the stamp card:</source>
        <translation>Отсканируйте или введите номер, напечатанный на карте со штампами:</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Кто порекомендовал</translation>
    </message>
    <message>
        <source>Phone or card of the customer who recommended the shop:</source>
        <translation>Телефон или номер карты клиента, который порекомендовал магазин:</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>По запросу «%1» клиентов не найдено.</translation>
    </message>
    <message>
        <source>“%1” matches several customers; type their phone or card.</source>
        <translation>По запросу «%1» найдено несколько клиентов; введите телефон или номер карты.</translation>
    </message>
    <message>
        <source>Recorded: recommended by %1. Both get their points with this customer&apos;s first purchase.</source>
        <translation>Записано: по рекомендации клиента %1. Оба получат баллы при первой покупке этого клиента.</translation>
    </message>
    <message>
        <source>Donate points</source>
        <translation>Пожертвование баллов</translation>
    </message>
    <message>
        <source>The programme lists nobody to donate points to. The owner can add causes in the programme settings.</source>
        <translation>В программе не указано, кому можно жертвовать баллы. Владелец может добавить благотворительные фонды в настройках программы.</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>клиент № %1</translation>
    </message>
    <message>
        <source>Give points to:</source>
        <translation>Кому передать баллы:</translation>
    </message>
    <message>
        <source>How many points?</source>
        <translation>Сколько баллов?</translation>
    </message>
    <message>
        <source>Print statement</source>
        <translation>Печать выписки</translation>
    </message>
    <message>
        <source>statement-%1.csv</source>
        <translation>выписка-%1.csv</translation>
    </message>
    <message>
        <source>Export statement</source>
        <translation>Экспорт выписки</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>%1 %L2 of %L3</source>
        <translation>%1 %L2 из %L3</translation>
    </message>
    <message>
        <source>Refund recorded: %L1 points taken back, %L2 returned; balance %L3.</source>
        <translation>Возврат оформлен: списано баллов — %L1, возвращено — %L2; баланс — %L3.</translation>
    </message>
    <message>
        <source>%1 %L2 points had already been spent and could not be taken back.</source>
        <translation>%1 Часть баллов уже потрачена, и списать её не удалось: %L2.</translation>
    </message>
    <message>
        <source>Points recorded; balance %L1.</source>
        <translation>Баллы учтены; баланс — %L1.</translation>
    </message>
    <message numerus="yes">
        <source>Stamp card %1 now belongs to this customer; it has %Ln stamp(s).</source>
        <translation>
            <numerusform>Карта со штампами %1 теперь принадлежит этому клиенту; на ней %Ln штамп.</numerusform>
            <numerusform>Карта со штампами %1 теперь принадлежит этому клиенту; на ней %Ln штампа.</numerusform>
            <numerusform>Карта со штампами %1 теперь принадлежит этому клиенту; на ней %Ln штампов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 points given to %2.</source>
        <translation>Передано баллов: %L1, получатель — %2.</translation>
    </message>
    <message>
        <source>Print membership &amp;card…</source>
        <translation>Напечатать карту постоянного &amp;клиента…</translation>
    </message>
    <message>
        <source>Print &amp;consent form…</source>
        <translation>Напечатать &amp;анкету с согласием…</translation>
    </message>
    <message>
        <source>Print &amp;receipt slip of the last sale…</source>
        <translation>Напечатать &amp;чек последней продажи…</translation>
    </message>
    <message>
        <source>Receipt slip</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>This customer has no sales yet.</source>
        <translation>У этого клиента ещё нет продаж.</translation>
    </message>
    <message numerus="yes">
        <source>The server went away: the sale is kept on this till (about %Ln point(s) earned) and sent when the server is back.</source>
        <translation>
            <numerusform>Связь с сервером потеряна: продажа сохранена на этой кассе (начислено около %Ln балла) и будет отправлена, когда сервер снова станет доступен.</numerusform>
            <numerusform>Связь с сервером потеряна: продажа сохранена на этой кассе (начислено около %Ln баллов) и будет отправлена, когда сервер снова станет доступен.</numerusform>
            <numerusform>Связь с сервером потеряна: продажа сохранена на этой кассе (начислено около %Ln баллов) и будет отправлена, когда сервер снова станет доступен.</numerusform>
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
        <translation>укажите true или false</translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2</source>
        <translation>укажите целое число от %1 до %2</translation>
    </message>
    <message>
        <source>use a percentage from 0 to 100 with at most two decimals</source>
        <translation>укажите процент от 0 до 100, не больше двух знаков в дробной части</translation>
    </message>
    <message>
        <source>use text in quotes</source>
        <translation>укажите текст в кавычках</translation>
    </message>
    <message>
        <source>use an object { … }</source>
        <translation>укажите объект { … }</translation>
    </message>
    <message>
        <source>use a list [ … ]</source>
        <translation>укажите список [ … ]</translation>
    </message>
    <message>
        <source>not a setting Regulars knows; check its spelling</source>
        <translation>Regulars не знает такой настройки; проверьте написание</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Серебряный</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Золотой</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Платиновый</translation>
    </message>
    <message>
        <source>A free item</source>
        <translation>Товар в подарок</translation>
    </message>
    <message>
        <source>Survey answered</source>
        <translation>Участие в опросе</translation>
    </message>
    <message>
        <source>Review written</source>
        <translation>Отзыв о магазине</translation>
    </message>
    <message>
        <source>Event attended</source>
        <translation>Посещение мероприятия</translation>
    </message>
    <message>
        <source>use &quot;enrolment&quot; or &quot;first_purchase&quot;</source>
        <translation>укажите &quot;enrolment&quot; или &quot;first_purchase&quot;</translation>
    </message>
    <message>
        <source>use a date like 2027-03-31, or &quot;&quot; for no end</source>
        <translation>укажите дату в виде 2027-03-31 или &quot;&quot;, если срок не ограничен</translation>
    </message>
    <message>
        <source>use &quot;none&quot;, &quot;fixed&quot; or &quot;cumulative&quot;</source>
        <translation>укажите &quot;none&quot;, &quot;fixed&quot; или &quot;cumulative&quot;</translation>
    </message>
    <message>
        <source>use a customer number</source>
        <translation>укажите номер клиента</translation>
    </message>
    <message>
        <source>each threshold must be above the one before</source>
        <translation>каждый порог должен быть выше предыдущего</translation>
    </message>
    <message>
        <source>give every tier a name</source>
        <translation>укажите название каждого уровня</translation>
    </message>
    <message>
        <source>each tier must need more spend than the one before</source>
        <translation>для каждого уровня сумма покупок должна быть больше, чем для предыдущего</translation>
    </message>
    <message>
        <source>tiers are on but none is defined</source>
        <translation>уровни включены, но ни один не задан</translation>
    </message>
    <message>
        <source>say what a full stamp card gives</source>
        <translation>укажите, что клиент получает за заполненную карту со штампами</translation>
    </message>
    <message>
        <source>give every activity a name</source>
        <translation>укажите название каждого действия</translation>
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
        <translation>Найти клиента: телефон, последние 4 цифры, карта или имя</translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation>Показывать &amp;архивных</translation>
    </message>
    <message>
        <source>Type a phone number, the last digits of one, a card number or a name.
Enter opens the customer; the arrow keys move through the list;
Ctrl+N adds a new customer.</source>
        <translation>Введите номер телефона, его последние цифры, номер карты или имя.
Enter открывает карточку клиента, стрелки перемещают по списку,
Ctrl+N добавляет нового клиента.</translation>
    </message>
    <message>
        <source>Shop database: %1</source>
        <translation>База данных магазина: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>Н&amp;овый клиент…</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Импорт клиентов…</translation>
    </message>
    <message>
        <source>&amp;Export customers…</source>
        <translation>&amp;Экспорт клиентов…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Regulars</source>
        <translation>&amp;О программе Regulars</translation>
    </message>
    <message>
        <source>About Regulars</source>
        <translation>О программе Regulars</translation>
    </message>
    <message>
        <source>Regulars %1
A loyalty programme for your shop that keeps your regular customers coming back.</source>
        <translation>Regulars %1
Программа лояльности для вашего магазина, чтобы постоянные клиенты возвращались снова и снова.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>Найден %Ln клиент. Enter открывает выбранного.</numerusform>
            <numerusform>Найдено %Ln клиента. Enter открывает выбранного.</numerusform>
            <numerusform>Найдено %Ln клиентов. Enter открывает выбранного.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody with this number yet. Press Enter to add a new customer with it.</source>
        <translation>Клиента с таким номером пока нет. Нажмите Enter, чтобы добавить нового клиента с этим номером.</translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to add a new customer.</source>
        <translation>Никого не найдено. Нажмите Ctrl+N, чтобы добавить нового клиента.</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>клиенты.csv</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) exported to %1</source>
        <translation>
            <numerusform>%Ln клиент экспортирован в %1</numerusform>
            <numerusform>%Ln клиента экспортировано в %1</numerusform>
            <numerusform>%Ln клиентов экспортировано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Shop &amp;settings…</source>
        <translation>Настройки &amp;магазина…</translation>
    </message>
    <message>
        <source>%1 — Regulars</source>
        <comment>shop name</comment>
        <translation>%1 — Regulars</translation>
    </message>
    <message>
        <source>Expiring points could not be written off: %1</source>
        <translation>Не удалось списать сгорающие баллы: %1</translation>
    </message>
    <message>
        <source>Loyalty &amp;programme… (owner)</source>
        <translation>&amp;Программа лояльности… (владелец)</translation>
    </message>
    <message>
        <source>Points, expiry, discount card, tiers, stamp card, referrals (owner only)</source>
        <translation>Баллы и срок их действия, дисконтная карта, уровни, карта со штампами, рекомендации (только для владельца)</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Приветственный бонус</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Купон</translation>
    </message>
    <message>
        <source>Voucher %1 gives: %2.
Use it now, with this purchase?</source>
        <translation>Купон %1 даёт: %2.
Использовать его сейчас, в этой покупке?</translation>
    </message>
    <message>
        <source>Use the voucher</source>
        <translation>Использовать купон</translation>
    </message>
    <message>
        <source>Voucher %1 used: %2.</source>
        <translation>Купон %1 использован: %2.</translation>
    </message>
    <message>
        <source>&amp;Barcode scanners…</source>
        <translation>&amp;Сканеры штрихкодов…</translation>
    </message>
    <message>
        <source>Scanner connected</source>
        <translation>Сканер подключён</translation>
    </message>
    <message>
        <source>Scanner port in use by another program</source>
        <translation>Порт сканера занят другой программой</translation>
    </message>
    <message>
        <source>No permission to read the scanner port</source>
        <translation>Нет прав на чтение порта сканера</translation>
    </message>
    <message>
        <source>Scanner disconnected</source>
        <translation>Сканер отключён</translation>
    </message>
    <message>
        <source>Scanned %1: it is used when this dialog closes.</source>
        <translation>Отсканирован код %1: он будет обработан после закрытия этого окна.</translation>
    </message>
    <message>
        <source>Card %1 scanned.</source>
        <translation>Отсканирована карта %1.</translation>
    </message>
    <message>
        <source>Stamp card</source>
        <translation>Карта со штампами</translation>
    </message>
    <message>
        <source>Stamp card %1 is not registered in Regulars.</source>
        <translation>Карта со штампами %1 не зарегистрирована в Regulars.</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Неизвестный код</translation>
    </message>
    <message>
        <source>Unknown code %1. It has the form of a coupon or voucher, but no coupon or voucher of this shop has this code.</source>
        <translation>Неизвестный код %1. По виду это код купона, но в этом магазине нет купона с таким кодом.</translation>
    </message>
    <message>
        <source>Scanned %1: not a card, coupon or phone number Regulars knows.</source>
        <translation>Отсканирован код %1: Regulars не распознал в нём ни карту, ни купон, ни номер телефона.</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Новая карта</translation>
    </message>
    <message>
        <source>New card %1. Give it to %2?</source>
        <translation>Новая карта %1. Выдать её клиенту %2?</translation>
    </message>
    <message>
        <source>Give the card to %1</source>
        <translation>Выдать карту клиенту %1</translation>
    </message>
    <message>
        <source>Card %1 given to %2.</source>
        <translation>Карта %1 выдана клиенту %2.</translation>
    </message>
    <message>
        <source>New card %1: nobody has it yet. Give it to a customer: create a new one with it, or open the customer who should get it and scan the card again.</source>
        <translation>Новая карта %1: она пока никому не выдана. Выдайте её клиенту: создайте нового клиента с этой картой или откройте карточку клиента, которому она предназначена, и отсканируйте карту ещё раз.</translation>
    </message>
    <message>
        <source>New customer with this card…</source>
        <translation>Новый клиент с этой картой…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>&amp;Customers coming back…</source>
        <translation>&amp;Возвращаемость клиентов…</translation>
    </message>
    <message>
        <source>Coupon %1 redeemed: %2.</source>
        <translation>Купон %1 использован: %2.</translation>
    </message>
    <message>
        <source>&amp;Coupons…</source>
        <translation>&amp;Купоны…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Back to the home page (Esc)</source>
        <translation>Вернуться на главную страницу (Esc)</translation>
    </message>
    <message>
        <source>Record a sale</source>
        <translation>Оформить продажу</translation>
    </message>
    <message>
        <source>Whose sale? Their phone, card or name:</source>
        <translation>Чья продажа? Телефон, номер карты или имя клиента:</translation>
    </message>
    <message>
        <source>Nobody found for the sale. Add the customer with Ctrl+N.</source>
        <translation>Клиент для продажи не найден. Добавьте клиента по Ctrl+N.</translation>
    </message>
    <message>
        <source>Several customers match: open the right one, then press F5.</source>
        <translation>Подходит несколько клиентов: откройте нужного и нажмите F5.</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Главная</translation>
    </message>
    <message>
        <source>Back to the home page: today&apos;s figures and the daily moments (Esc)</source>
        <translation>Вернуться на главную страницу: показатели за сегодня и дела на день (Esc)</translation>
    </message>
    <message>
        <source>Record a &amp;sale…</source>
        <translation>Оформить &amp;продажу…</translation>
    </message>
    <message>
        <source>Export customers for &amp;marketing…</source>
        <translation>Экспорт клиентов для &amp;рассылок…</translation>
    </message>
    <message>
        <source>Only customers whose consent to offers is in force</source>
        <translation>Только клиенты с действующим согласием на получение предложений</translation>
    </message>
    <message>
        <source>Customers to &amp;anonymise… (owner)</source>
        <translation>Клиенты для &amp;обезличивания… (владелец)</translation>
    </message>
    <message>
        <source>Set &amp;up the shop…</source>
        <translation>&amp;Первоначальная настройка…</translation>
    </message>
    <message>
        <source>The first-start guide again: shop, programme, scanner, customers; nothing is deleted</source>
        <translation>Снова открыть мастер первого запуска: магазин, программа, сканер, клиенты; ничего не удаляется</translation>
    </message>
    <message>
        <source>&amp;Language and region…</source>
        <translation>&amp;Язык и регион…</translation>
    </message>
    <message>
        <source>People who sign &amp;in…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>&amp;Журнал изменений…</translation>
    </message>
    <message>
        <source>&amp;Lock / switch user</source>
        <translation>&amp;Заблокировать / сменить пользователя</translation>
    </message>
    <message>
        <source>Print new &amp;membership cards…</source>
        <translation>Напечатать новые карты постоянного &amp;клиента…</translation>
    </message>
    <message>
        <source>Print new s&amp;tamp cards…</source>
        <translation>Напечатать новые карты со &amp;штампами…</translation>
    </message>
    <message>
        <source>Back&amp;ups</source>
        <translation>&amp;Резервные копии</translation>
    </message>
    <message>
        <source>Regulars &amp;guide</source>
        <translation>&amp;Руководство Regulars</translation>
    </message>
    <message>
        <source>customers-marketing.csv</source>
        <translation>customers-marketing.csv</translation>
    </message>
    <message>
        <source>Owner only</source>
        <translation>Только для владельца</translation>
    </message>
    <message>
        <source>The new language and region settings take effect when Regulars starts again.</source>
        <translation>Новые настройки языка и региона вступят в силу после перезапуска Regulars.</translation>
    </message>
    <message>
        <source>S&amp;hops and tills…</source>
        <translation>Ма&amp;газины и кассы…</translation>
    </message>
    <message>
        <source>%1, %2 — Regulars</source>
        <comment>chain name, shop name</comment>
        <translation>%1, %2 — Regulars</translation>
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
      скопировать весь магазин в пустую базу данных на сервере и проверить его там;
      отказывается, если в целевой базе уже есть магазин
</translation>
    </message>
    <message>
        <source>Use: regulars migrate --from FILE.sqlite3 --to postgresql://user@host:5432/shop</source>
        <translation>Использование: regulars migrate --from FILE.sqlite3 --to postgresql://user@host:5432/shop</translation>
    </message>
    <message>
        <source>--from takes the shop&apos;s SQLite file.</source>
        <translation>Для --from укажите файл SQLite магазина.</translation>
    </message>
    <message>
        <source>%1 already exists, and nothing was copied: a copy never overwrites.</source>
        <translation>%1 уже существует, ничего не скопировано: копирование никогда не перезаписывает данные.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln строка</numerusform>
            <numerusform>%1: %Ln строки</numerusform>
            <numerusform>%1: %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy in %1 has %Ln problem(s); the file %2 is unchanged.</source>
        <translation>
            <numerusform>В копии %1 найдена %Ln ошибка; файл %2 не изменён.</numerusform>
            <numerusform>В копии %1 найдено %Ln ошибки; файл %2 не изменён.</numerusform>
            <numerusform>В копии %1 найдено %Ln ошибок; файл %2 не изменён.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop was copied to %1 and checked: no problems found. Point every till at it with --db %1.</source>
        <translation>Магазин скопирован в %1 и проверен: ошибок не найдено. Подключите к нему все кассы с помощью --db %1.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>Не удалось обновить базу данных до версии %1: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not an amount. Type digits only, for example 12.50.</source>
        <translation>«%1» — не сумма. Вводите только цифры, например 12,50.</translation>
    </message>
    <message>
        <source>Type an amount, for example 12.50.</source>
        <translation>Введите сумму, например 12,50.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals; type a whole number.</source>
        <translation>Суммы в валюте %1 не бывают дробными; введите целое число.</translation>
    </message>
    <message>
        <source>Amounts in %1 have at most %2 decimals.</source>
        <translation>В суммах в валюте %1 не больше %2 знаков после запятой.</translation>
    </message>
    <message>
        <source>%1 is too large an amount.</source>
        <translation>%1 — слишком большая сумма.</translation>
    </message>
    <message>
        <source>toman</source>
        <comment>Iran&apos;s everyday money unit, ten rials</comment>
        <translation>туман</translation>
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
        <translation>Работа офлайн — для магазина на сервере PostgreSQL (--db postgresql://…).</translation>
    </message>
    <message>
        <source>This till has no copy of the shop&apos;s customers yet, so it cannot work offline. While the server answers, run: regulars --db %1 outbox refresh</source>
        <translation>На этой кассе ещё нет копии клиентов магазина, поэтому работать офлайн она не может. Пока сервер отвечает, выполните: regulars --db %1 outbox refresh</translation>
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
      зарегистрировать клиента, согласившегося на хранение своих данных; выводит клиента в JSON
  Кассы офлайн (магазин на сервере PostgreSQL): если сервер недоступен, `sale` и
  `enrol` работают по копии данных этой кассы и сохраняют операции в её очереди отправки: они выводят JSON с
  &quot;offline&quot;: true (баллы продажи — в estimated_earned и estimated_balance) и завершаются с кодом 4.
  outbox refresh
      скопировать клиентов, балансы, купоны и программу лояльности, нужные этой кассе для работы офлайн
  outbox list [--json]
      операции, сохранённые офлайн: ожидающие отправки и уже отправленные
  outbox replay
      отправить ожидающие операции на сервер, каждую ровно один раз, по порядку; по строке JSON на операцию и
      итог; затем обновить копию
  conflicts list [--unseen] [--json]
      что при отправке не удалось сделать так, как сделала касса (купон использован в другом месте, баллы списаны дважды, …)
  conflicts seen
      отметить все конфликты как просмотренные владельцем
</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached, and this till&apos;s copy has no single customer for “%1” (%Ln found); give their phone, card or id:N.</source>
        <translation>
            <numerusform>Сервер недоступен, а в копии данных этой кассы по запросу «%1» нет единственного клиента (найден %Ln); укажите телефон, номер карты или id:N.</numerusform>
            <numerusform>Сервер недоступен, а в копии данных этой кассы по запросу «%1» нет единственного клиента (найдено %Ln); укажите телефон, номер карты или id:N.</numerusform>
            <numerusform>Сервер недоступен, а в копии данных этой кассы по запросу «%1» нет единственного клиента (найдено %Ln); укажите телефон, номер карты или id:N.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached; the sale is kept in this till&apos;s outbox. Points are estimated and confirmed when the till is back online.</source>
        <translation>Сервер недоступен; продажа сохранена в очереди отправки этой кассы. Баллы рассчитаны приблизительно и будут подтверждены, когда связь с сервером восстановится.</translation>
    </message>
    <message>
        <source>Use: regulars enrol --name NAME --phone PHONE --consent paper|verbal|digital [--card C] [--ref R] [--till T]</source>
        <translation>Использование: regulars enrol --name NAME --phone PHONE --consent paper|verbal|digital [--card C] [--ref R] [--till T]</translation>
    </message>
    <message>
        <source>The server cannot be reached; the enrolment is kept in this till&apos;s outbox.</source>
        <translation>Сервер недоступен; регистрация клиента сохранена в очереди отправки этой кассы.</translation>
    </message>
    <message>
        <source>Use: regulars outbox list [--json] | outbox replay | outbox refresh</source>
        <translation>Использование: regulars outbox list [--json] | outbox replay | outbox refresh</translation>
    </message>
    <message>
        <source>Use: regulars conflicts list [--unseen] [--json] | conflicts seen</source>
        <translation>Использование: regulars conflicts list [--unseen] [--json] | conflicts seen</translation>
    </message>
    <message>
        <source>replayed</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) waiting.</source>
        <translation>
            <numerusform>%Ln операция ожидает отправки.</numerusform>
            <numerusform>%Ln операции ожидают отправки.</numerusform>
            <numerusform>%Ln операций ожидают отправки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) marked as seen.</source>
        <translation>
            <numerusform>%Ln конфликт отмечен как просмотренный.</numerusform>
            <numerusform>%Ln конфликта отмечены как просмотренные.</numerusform>
            <numerusform>%Ln конфликтов отмечены как просмотренные.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s).</source>
        <translation>
            <numerusform>%Ln конфликт.</numerusform>
            <numerusform>%Ln конфликта.</numerusform>
            <numerusform>%Ln конфликтов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The replay stopped: %1 %Ln item(s) still wait.</source>
        <translation>
            <numerusform>Отправка остановлена: %1 Ещё ожидает %Ln операция.</numerusform>
            <numerusform>Отправка остановлена: %1 Ещё ожидают %Ln операции.</numerusform>
            <numerusform>Отправка остановлена: %1 Ещё ожидают %Ln операций.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This till&apos;s copy was refreshed: %Ln customer(s) in %1 ms.</source>
        <translation>
            <numerusform>Копия данных этой кассы обновлена: %Ln клиент за %1 мс.</numerusform>
            <numerusform>Копия данных этой кассы обновлена: %Ln клиента за %1 мс.</numerusform>
            <numerusform>Копия данных этой кассы обновлена: %Ln клиентов за %1 мс.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineConflicts</name>
    <message>
        <source>Coupon %1 was used at till %2 while it was offline, but the server refused it: %3 The sale was recorded with the money off the customer was given (%4), without the coupon.</source>
        <translation>Купон %1 был использован на кассе %2, когда она работала офлайн, но сервер его отклонил: %3 Продажа записана со скидкой, которую получил клиент (%4), но без купона.</translation>
    </message>
    <message>
        <source>At till %1, offline, the customer spent %L2 points, but by the time the sale reached the server only %L3 were left to spend: %L4 points (worth %5) could not be taken.</source>
        <translation>На кассе %1 в режиме офлайн клиент списал баллы (%L2), но когда продажа дошла до сервера, для списания оставалось только %L3: не удалось списать %L4 (на сумму %5).</translation>
    </message>
    <message>
        <source>%1 (%2) was enrolled at till %3 while it was offline, but that phone or card had been enrolled elsewhere meanwhile; the offline sales went to the customer already enrolled.</source>
        <translation>Клиент %1 (%2) зарегистрирован на кассе %3, когда она работала офлайн, но за это время этот телефон или карта уже были зарегистрированы в другом месте; продажи, сделанные офлайн, отнесены к уже зарегистрированному клиенту.</translation>
    </message>
    <message>
        <source>%1 was enrolled at till %2 while it was offline, but the server refused the enrolment: %3</source>
        <translation>Клиент %1 зарегистрирован на кассе %2, когда она работала офлайн, но сервер отклонил регистрацию: %3</translation>
    </message>
    <message>
        <source>A sale of %1 at till %2 while it was offline could not be recorded: %3</source>
        <translation>Продажу на сумму %1 на кассе %2, сделанную офлайн, не удалось записать: %3</translation>
    </message>
    <message>
        <source>Check who used the coupon first; ask the customer about it, or accept the loss.</source>
        <translation>Выясните, кто первым использовал купон; спросите об этом клиента или примите убыток.</translation>
    </message>
    <message>
        <source>Talk to the customer; the points can be taken from later earnings with a correction.</source>
        <translation>Поговорите с клиентом; баллы можно списать из будущих начислений корректировкой.</translation>
    </message>
    <message>
        <source>Check that the two enrolments are the same person and correct the name if needed.</source>
        <translation>Проверьте, один ли это человек в обеих регистрациях, и при необходимости исправьте имя.</translation>
    </message>
    <message>
        <source>Enrol the customer again when they come back; their offline sales are listed too.</source>
        <translation>Зарегистрируйте клиента снова, когда он придёт; его продажи, сделанные офлайн, тоже есть в списке.</translation>
    </message>
    <message>
        <source>Record the sale by hand for the right customer if it should count.</source>
        <translation>Если продажа должна учитываться, проведите её вручную для нужного клиента.</translation>
    </message>
</context>
<context>
    <name>OfflineConflictsDialog</name>
    <message>
        <source>Conflicts after offline work</source>
        <translation>Конфликты после работы офлайн</translation>
    </message>
    <message>
        <source>Only those not yet &amp;seen</source>
        <translation>Только &amp;непросмотренные</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation>&amp;Отметить все как просмотренные</translation>
    </message>
</context>
<context>
    <name>OfflineDesk</name>
    <message>
        <source>Conflicts after &amp;offline work…</source>
        <translation>Конфликты после работы о&amp;флайн…</translation>
    </message>
    <message>
        <source>What the server could not do as a till did it while it was offline</source>
        <translation>Что сервер не смог выполнить так, как это сделала касса, работавшая офлайн</translation>
    </message>
    <message>
        <source>OFFLINE since %1: the server cannot be reached, and this till has no copy of the customers to work from (%2).</source>
        <translation>ОФЛАЙН с %1: сервер недоступен, а на этой кассе нет копии клиентов для работы (%2).</translation>
    </message>
    <message>
        <source>OFFLINE since %1: the server cannot be reached, and this till&apos;s copy of the customers was never filled, so it cannot serve them until the server is back.</source>
        <translation>ОФЛАЙН с %1: сервер недоступен, а копия клиентов на этой кассе ни разу не заполнялась, поэтому обслуживать клиентов нельзя, пока сервер снова не станет доступен.</translation>
    </message>
    <message numerus="yes">
        <source>OFFLINE since %1: the server cannot be reached. Customers are found in this till&apos;s copy (from %2) and sales are kept here, to be sent when the server is back (%Ln waiting). Points are estimates until then.</source>
        <translation>
            <numerusform>ОФЛАЙН с %1: сервер недоступен. Клиенты ищутся в копии данных этой кассы (от %2), а продажи сохраняются здесь и будут отправлены, когда сервер снова станет доступен (ожидает %Ln операция). До тех пор баллы рассчитаны приблизительно.</numerusform>
            <numerusform>ОФЛАЙН с %1: сервер недоступен. Клиенты ищутся в копии данных этой кассы (от %2), а продажи сохраняются здесь и будут отправлены, когда сервер снова станет доступен (ожидают %Ln операции). До тех пор баллы рассчитаны приблизительно.</numerusform>
            <numerusform>ОФЛАЙН с %1: сервер недоступен. Клиенты ищутся в копии данных этой кассы (от %2), а продажи сохраняются здесь и будут отправлены, когда сервер снова станет доступен (ожидают %Ln операций). До тех пор баллы рассчитаны приблизительно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln conflict(s) after offline work</source>
        <translation>
            <numerusform>⚠ %Ln конфликт после работы офлайн</numerusform>
            <numerusform>⚠ %Ln конфликта после работы офлайн</numerusform>
            <numerusform>⚠ %Ln конфликтов после работы офлайн</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the list of what replays of offline work could not do as the till did</source>
        <translation>Открыть список того, что при отправке операций, сделанных офлайн, не удалось выполнить так, как сделала касса</translation>
    </message>
    <message numerus="yes">
        <source>Sale kept on this till: about %Ln point(s) earned, sent when the server is back.</source>
        <translation>
            <numerusform>Продажа сохранена на этой кассе: начислено около %Ln балла; она будет отправлена, когда сервер снова станет доступен.</numerusform>
            <numerusform>Продажа сохранена на этой кассе: начислено около %Ln баллов; она будет отправлена, когда сервер снова станет доступен.</numerusform>
            <numerusform>Продажа сохранена на этой кассе: начислено около %Ln баллов; она будет отправлена, когда сервер снова станет доступен.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts after offline work</source>
        <translation>Конфликты после работы офлайн</translation>
    </message>
    <message>
        <source>The conflicts are kept on the server, which cannot be reached now.</source>
        <translation>Конфликты хранятся на сервере, который сейчас недоступен.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of offline work reached the server; conflicts for the owner to look at: %L1.</source>
        <translation>
            <numerusform>%Ln операция, сделанная офлайн, дошла до сервера; конфликтов, которые нужно посмотреть владельцу: %L1.</numerusform>
            <numerusform>%Ln операции, сделанные офлайн, дошли до сервера; конфликтов, которые нужно посмотреть владельцу: %L1.</numerusform>
            <numerusform>%Ln операций, сделанных офлайн, дошли до сервера; конфликтов, которые нужно посмотреть владельцу: %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of offline work reached the server, exactly as the till did them.</source>
        <translation>
            <numerusform>%Ln операция, сделанная офлайн, дошла до сервера точно так, как её выполнила касса.</numerusform>
            <numerusform>%Ln операции, сделанные офлайн, дошли до сервера точно так, как их выполнила касса.</numerusform>
            <numerusform>%Ln операций, сделанных офлайн, дошли до сервера точно так, как их выполнила касса.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is enrolled on this till and reaches the server when it is back; find them here to record a sale.</source>
        <translation>%1 зарегистрирован(а) на этой кассе и попадёт на сервер, когда связь вернётся; найдите клиента здесь, чтобы провести продажу.</translation>
    </message>
</context>
<context>
    <name>OfflineTill</name>
    <message>
        <source>Coupon %1 was already used at this till while it was offline.</source>
        <translation>Купон %1 уже использован на этой кассе, пока она работала офлайн.</translation>
    </message>
    <message>
        <source>Coupon %1 is not in this till&apos;s copy: it was used already or made after the copy was last refreshed. It can be used when the server is back.</source>
        <translation>Купона %1 нет в копии данных этой кассы: он уже использован или создан после последнего обновления копии. Его можно будет использовать, когда сервер снова станет доступен.</translation>
    </message>
    <message>
        <source>Coupon %1 needs a purchase of at least %2.</source>
        <translation>Купон %1 действует при покупке от %2.</translation>
    </message>
    <message>
        <source>Type the amount of the sale; it must be above zero.</source>
        <translation>Введите сумму продажи; она должна быть больше нуля.</translation>
    </message>
    <message>
        <source>The points to spend cannot be below zero.</source>
        <translation>Число списываемых баллов не может быть меньше нуля.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>Клиента № %1 нет в базе.</translation>
    </message>
    <message>
        <source>%1 is archived. Restore the customer before recording a sale.</source>
        <translation>Клиент %1 в архиве. Чтобы провести продажу, сначала восстановите клиента.</translation>
    </message>
    <message>
        <source>Points can be spent from a balance of %L1; this customer has %L2.</source>
        <translation>Списывать баллы можно при балансе от %L1, а у этого клиента %L2.</translation>
    </message>
    <message>
        <source>Offline, at most %L1 points can pay this sale: the till&apos;s copy shows no more.</source>
        <translation>Баллов для оплаты этой продажи в режиме офлайн — не больше %L1: больше копия данных кассы не показывает.</translation>
    </message>
</context>
<context>
    <name>OutboxReplay</name>
    <message>
        <source>The customer enrolled offline could not be enrolled on the server.</source>
        <translation>Клиента, зарегистрированного офлайн, не удалось зарегистрировать на сервере.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
</context>
<context>
    <name>OwnerAccountDialog</name>
    <message>
        <source>The owner&apos;s password</source>
        <translation>Пароль владельца</translation>
    </message>
    <message>
        <source>Create the owner&apos;s account</source>
        <translation>Создание учётной записи владельца</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>OwnerAccountForm</name>
    <message>
        <source>You are the owner: you set the rules, see the reports and add the clerks who work at the till. Choose the password you will sign in with. Nobody can read it back, so keep it somewhere safe.</source>
        <translation>Вы — владелец: вы задаёте правила, смотрите отчёты и добавляете кассиров, которые работают за кассой. Придумайте пароль для входа. Узнать его потом будет невозможно, поэтому сохраните его в надёжном месте.</translation>
    </message>
    <message>
        <source>As your staff call you</source>
        <translation>Как вас называют сотрудники</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln characters</source>
        <translation>
            <numerusform>Не менее %Ln символа</numerusform>
            <numerusform>Не менее %Ln символов</numerusform>
            <numerusform>Не менее %Ln символов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>OwnerPassword</name>
    <message>
        <source>This shop has no owner&apos;s account, so nothing can be changed from the command line.</source>
        <translation>В этом магазине нет учётной записи владельца, поэтому изменить что-либо из командной строки нельзя.</translation>
    </message>
    <message>
        <source>Owner&apos;s password for %1: </source>
        <translation>Пароль владельца для %1: </translation>
    </message>
    <message>
        <source>This command changes the shop&apos;s data and needs the owner&apos;s password: type it when asked, or set REGULARS_PASSWORD for scripts.</source>
        <translation>Эта команда изменяет данные магазина и требует пароль владельца: введите его, когда программа спросит, или задайте REGULARS_PASSWORD для скриптов.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Customer #%1</source>
        <translation>Клиент № %1</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>Клиента № %1 нет в базе.</translation>
    </message>
    <message>
        <source>Say which format to write: a file name ending in .json or .pdf, or --format json|pdf.</source>
        <translation>Укажите формат: имя файла с расширением .json или .pdf либо --format json|pdf.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Customer number %1 is anonymised already.</source>
        <translation>Данные клиента № %1 уже обезличены.</translation>
    </message>
    <message>
        <source>The customer could not be anonymised: %1</source>
        <translation>Не удалось обезличить данные клиента: %1</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <source>customer-%1.pdf</source>
        <translation>customer-%1.pdf</translation>
    </message>
    <message>
        <source>Export everything kept about the customer</source>
        <translation>Выгрузить все данные о клиенте</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Обезличить</translation>
    </message>
    <message>
        <source>Erase the contact details of %1 for good: name, phone, card, email, birthday and notes?

Their purchases and points stay, as %2, so the reports do not change. This cannot be undone.</source>
        <translation>Безвозвратно стереть контактные данные клиента %1: имя, телефон, карту, эл. почту, день рождения и заметки?

Покупки и баллы останутся под обозначением «%2», поэтому отчёты не изменятся. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Customers to anonymise</source>
        <translation>Клиенты для обезличивания</translation>
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
      все данные магазина об одном клиенте, для выдачи клиенту (владелец)
  customers anonymise QUERY
      стереть контактные данные клиента; покупки и баллы остаются, без имени (владелец)
  customers lapsed [--years N]
      клиенты без покупок за N лет (по умолчанию — по правилу хранения данных магазина), строками
      JSON
</translation>
    </message>
    <message>
        <source>Use: regulars customers lapsed [--years N]</source>
        <translation>Использование: regulars customers lapsed [--years N]</translation>
    </message>
    <message>
        <source>--years takes a whole number of years.</source>
        <translation>Для --years укажите целое число лет.</translation>
    </message>
    <message>
        <source>The retention rule is off. Give --years N to list customers with no purchase for N years.</source>
        <translation>Правило хранения данных выключено. Укажите --years N, чтобы вывести клиентов без покупок за N лет.</translation>
    </message>
    <message>
        <source>Use: regulars customers export-personal QUERY --out FILE.json|FILE.pdf</source>
        <translation>Использование: regulars customers export-personal QUERY --out FILE.json|FILE.pdf</translation>
    </message>
    <message>
        <source>Use: regulars customers anonymise QUERY</source>
        <translation>Использование: regulars customers anonymise QUERY</translation>
    </message>
    <message>
        <source>No customer matches “%1”. Try a phone number, a card number or id:N.</source>
        <translation>По запросу «%1» клиентов не найдено. Укажите номер телефона, номер карты или id:N.</translation>
    </message>
    <message>
        <source>“%1” matches several customers; give their phone, card or id:N.</source>
        <translation>Запросу «%1» соответствует несколько клиентов; укажите телефон, номер карты или id:N.</translation>
    </message>
    <message>
        <source>Customer number %1 was anonymised: contact details erased, purchases and points kept.</source>
        <translation>Данные клиента № %1 обезличены: контактные данные стёрты, покупки и баллы сохранены.</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.json or --out FILE.pdf.</source>
        <translation>Укажите файл для записи: --out FILE.json или --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Everything kept about customer number %1 was written to %2.</source>
        <translation>Все данные о клиенте № %1 записаны в %2.</translation>
    </message>
</context>
<context>
    <name>PersonalDataLayout</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Прозвище</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Обезличен</translation>
    </message>
    <message>
        <source>Referred by customer</source>
        <translation>По рекомендации клиента</translation>
    </message>
    <message>
        <source>Number in the previous system</source>
        <translation>Номер в прежней системе</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Версия текста</translation>
    </message>
    <message>
        <source>Text SHA-256</source>
        <translation>SHA-256 текста</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто оформил</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Amount (minor units)</source>
        <translation>Сумма (в минимальных единицах валюты)</translation>
    </message>
    <message>
        <source>Discount (minor units)</source>
        <translation>Скидка (в минимальных единицах валюты)</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Списано баллов</translation>
    </message>
    <message>
        <source>Paid with points (minor units)</source>
        <translation>Оплачено баллами (в минимальных единицах валюты)</translation>
    </message>
    <message>
        <source>Refunded (minor units)</source>
        <translation>Возвращено (в минимальных единицах валюты)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Сгорают</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Stamps to fill</source>
        <translation>Штампов до заполнения</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Штампы</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Заполнена</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Что даёт</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Использован</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Акция</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>offers and news</source>
        <translation>акции и новости</translation>
    </message>
    <message>
        <source>keeping my details</source>
        <translation>хранение моих данных</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>What the shop keeps about you</source>
        <translation>Какие данные о вас хранит магазин</translation>
    </message>
    <message>
        <source>What %1 keeps about you</source>
        <translation>Какие данные о вас хранит %1</translation>
    </message>
    <message>
        <source>Prepared on %1 for %2.</source>
        <translation>Подготовлено %1 для клиента: %2.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Ваши согласия</translation>
    </message>
    <message>
        <source>The consent texts in force (version %1)</source>
        <translation>Действующие тексты согласий (версия %1)</translation>
    </message>
    <message>
        <source>Keeping your details</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>Offers and news</source>
        <translation>Акции и новости</translation>
    </message>
    <message>
        <source>Your purchases</source>
        <translation>Ваши покупки</translation>
    </message>
    <message>
        <source>Your points</source>
        <translation>Ваши баллы</translation>
    </message>
    <message>
        <source>Your stamp cards</source>
        <translation>Ваши карты со штампами</translation>
    </message>
    <message>
        <source>Your vouchers</source>
        <translation>Ваши купоны на награду</translation>
    </message>
    <message>
        <source>Your coupons</source>
        <translation>Ваши купоны</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>Type the customer&apos;s phone number.</source>
        <translation>Введите номер телефона клиента.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use only digits, spaces, dashes, brackets and +.</source>
        <translation>«%1» — не номер телефона: допустимы только цифры, пробелы, дефисы, скобки и +.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number. Check the country code and the number of digits.</source>
        <translation>«%1» — неверный номер телефона. Проверьте код страны и количество цифр.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number in %2. Check the number of digits, or type it with + and the country code if it is from another country.</source>
        <translation>«%1» — неверный номер телефона для страны %2. Проверьте количество цифр или, если номер из другой страны, введите его с + и кодом страны.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was printed or saved.</source>
        <translation>Отменено; ничего не напечатано и не сохранено.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Предпросмотр…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Со&amp;хранить в PDF…</translation>
    </message>
    <message>
        <source>Printed: %1.</source>
        <translation>Напечатано: %1.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>&amp;Add row</source>
        <translation>Доб&amp;авить строку</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>Уда&amp;лить строку</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>Программа лояльности</translation>
    </message>
    <message>
        <source>Owner only. Changes apply to sales recorded from now on; points already earned keep the expiry they were given.</source>
        <translation>Только для владельца. Изменения действуют для продаж, проведённых с этого момента; у уже начисленных баллов сохраняется прежний срок действия.</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Баллы</translation>
    </message>
    <message>
        <source>&amp;Discount card</source>
        <translation>&amp;Дисконтная карта</translation>
    </message>
    <message>
        <source>&amp;Tiers</source>
        <translation>&amp;Уровни</translation>
    </message>
    <message>
        <source>&amp;Stamp card</source>
        <translation>Карта со &amp;штампами</translation>
    </message>
    <message>
        <source>&amp;Referrals and rewards</source>
        <translation>&amp;Рекомендации и награды</translation>
    </message>
    <message>
        <source>Customers collect bonus points</source>
        <translation>Клиенты копят бонусные баллы</translation>
    </message>
    <message>
        <source>points for every</source>
        <translation>баллов за каждые</translation>
    </message>
    <message>
        <source>Earning:</source>
        <translation>Начисление:</translation>
    </message>
    <message>
        <source>A point pays (%1):</source>
        <translation>Стоимость балла (%1):</translation>
    </message>
    <message>
        <source>Points can be spent from a balance of:</source>
        <translation>Списывать баллы при балансе от:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Points may pay at most:</source>
        <translation>Баллами можно оплатить не более:</translation>
    </message>
    <message>
        <source>No points on the part of a sale paid with points</source>
        <translation>Не начислять баллы на часть покупки, оплаченную баллами</translation>
    </message>
    <message>
        <source>on the first purchase</source>
        <translation>при первой покупке</translation>
    </message>
    <message>
        <source>on joining</source>
        <translation>при регистрации</translation>
    </message>
    <message>
        <source>Welcome bonus:</source>
        <translation>Приветственный бонус:</translation>
    </message>
    <message>
        <source>Birthday bonus:</source>
        <translation>Бонус ко дню рождения:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Points expire after:</source>
        <translation>Срок действия баллов:</translation>
    </message>
    <message>
        <source>The programme ends on</source>
        <translation>Программа завершается</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Срок акции:</translation>
    </message>
    <message>
        <source>A refund may take a balance below zero</source>
        <translation>При возврате баланс может стать отрицательным</translation>
    </message>
    <message>
        <source>Refunds above this amount need the owner</source>
        <translation>Возврат на большую сумму может оформить только владелец</translation>
    </message>
    <message>
        <source>Clerks may refund up to (%1):</source>
        <translation>Лимит возврата для кассира (%1):</translation>
    </message>
    <message>
        <source>No member discount</source>
        <translation>Без скидки по карте</translation>
    </message>
    <message>
        <source>The same discount for every member</source>
        <translation>Фиксированная скидка — одинаковая для всех</translation>
    </message>
    <message>
        <source>A discount that grows with total spend</source>
        <translation>Накопительная скидка — растёт с суммой покупок</translation>
    </message>
    <message>
        <source>Discount card:</source>
        <translation>Дисконтная карта:</translation>
    </message>
    <message>
        <source>Member discount:</source>
        <translation>Скидка по карте:</translation>
    </message>
    <message>
        <source>Total spend from (%1)</source>
        <translation>Сумма покупок от (%1)</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>Скидка (%)</translation>
    </message>
    <message>
        <source>Growing discount:</source>
        <translation>Накопительная скидка:</translation>
    </message>
    <message>
        <source>Customers move between tiers by what they spend</source>
        <translation>Уровень клиента зависит от суммы его покупок</translation>
    </message>
    <message>
        <source>Spend counted over the last:</source>
        <translation>Покупки учитываются за последние:</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Spend from (%1)</source>
        <translation>Покупки от (%1)</translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation>Баллы ×</translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation>Уровни:</translation>
    </message>
    <message>
        <source>Stamp card: buy a number of times, get a reward</source>
        <translation>Карта со штампами: несколько покупок — и награда</translation>
    </message>
    <message>
        <source>Stamps to fill a card:</source>
        <translation>Штампов на карте:</translation>
    </message>
    <message>
        <source>Only purchases from (%1):</source>
        <translation>Только покупки от (%1):</translation>
    </message>
    <message>
        <source>e.g. a free coffee</source>
        <translation>например, кофе в подарок</translation>
    </message>
    <message>
        <source>A full card gives:</source>
        <translation>За заполненную карту:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>The reward voucher is valid for:</source>
        <translation>Срок действия купона на награду:</translation>
    </message>
    <message>
        <source>Reward customers who recommend the shop</source>
        <translation>Награждать клиентов, которые рекомендуют магазин</translation>
    </message>
    <message>
        <source>Points for the one who recommends:</source>
        <translation>Баллы тому, кто порекомендовал:</translation>
    </message>
    <message>
        <source>Points for the new customer:</source>
        <translation>Баллы новому клиенту:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Rewards clerks may give:</source>
        <translation>Награды, которые может начислять кассир:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>A cause is kept as a customer of its own; find it by its phone or card</source>
        <translation>Благотворительный фонд заводится как отдельный клиент; найдите его по телефону или номеру карты</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Points may be donated to:</source>
        <translation>Кому можно жертвовать баллы:</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>клиент № %1</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Пожертвования</translation>
    </message>
    <message>
        <source>Phone or card of the cause or customer to add:</source>
        <translation>Телефон или номер карты фонда или клиента, которого нужно добавить:</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>По запросу «%1» клиентов не найдено.</translation>
    </message>
    <message>
        <source>“%1” matches several customers; type their phone or card.</source>
        <translation>По запросу «%1» найдено несколько клиентов; введите телефон или номер карты.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>Начисление</translation>
    </message>
    <message>
        <source>Earning: the amount for which points are given must be above zero.</source>
        <translation>Начисление: сумма, за которую начисляются баллы, должна быть больше нуля.</translation>
    </message>
    <message>
        <source>A point pays</source>
        <translation>Стоимость балла</translation>
    </message>
    <message>
        <source>Clerks may refund up to</source>
        <translation>Лимит возврата для кассира</translation>
    </message>
    <message>
        <source>Growing discount, row %1</source>
        <translation>Накопительная скидка, строка %1</translation>
    </message>
    <message>
        <source>Growing discount, row %1: type a percentage from 0 to 100.</source>
        <translation>Накопительная скидка, строка %1: введите процент от 0 до 100.</translation>
    </message>
    <message>
        <source>Tiers, row %1</source>
        <translation>Уровни, строка %1</translation>
    </message>
    <message>
        <source>Tiers, row %1: points × takes a number such as 1.5.</source>
        <translation>Уровни, строка %1: в столбце «Баллы ×» нужно число, например 1,5.</translation>
    </message>
    <message>
        <source>Tiers, row %1: type a percentage from 0 to 100.</source>
        <translation>Уровни, строка %1: введите процент от 0 до 100.</translation>
    </message>
    <message>
        <source>Stamp card</source>
        <translation>Карта со штампами</translation>
    </message>
    <message>
        <source>Rewards, row %1: type a whole number of points above zero.</source>
        <translation>Награды, строка %1: введите целое число баллов больше нуля.</translation>
    </message>
</context>
<context>
    <name>PurchaseHistory</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Построение отчёта отменено.</translation>
    </message>
</context>
<context>
    <name>PurchaseImport</name>
    <message>
        <source>The file is empty. It needs a header line such as: phone, card, date, amount, reference.</source>
        <translation>Файл пустой. В нём нужна строка заголовков, например: phone, card, date, amount, reference.</translation>
    </message>
    <message>
        <source>The file needs a “date” and an “amount” column; the header names %1.</source>
        <translation>В файле нужны столбцы «date» и «amount» (или «дата» и «сумма»); в заголовке указаны: %1.</translation>
    </message>
    <message>
        <source>No customer has the phone number %1; add them first or import the customers.</source>
        <translation>Клиента с номером телефона %1 нет; сначала добавьте его или импортируйте клиентов.</translation>
    </message>
    <message>
        <source>No customer has the card %1; add them first or import the customers.</source>
        <translation>Клиента с картой %1 нет; сначала добавьте его или импортируйте клиентов.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-03-01, 01.03.2026 or 2026-03-01 14:30.</source>
        <translation>«%1» — не дата; запишите её как 2026-03-01, 01.03.2026 или 2026-03-01 14:30.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; check the year.</source>
        <translation>Дата %1 — в будущем; проверьте год.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it like 12.50, with at most two decimals and no currency sign.</source>
        <translation>«%1» — не сумма; запишите её в виде 12,50: не больше двух знаков после запятой и без знака валюты.</translation>
    </message>
    <message>
        <source>The reference %1 is also on line %2.</source>
        <translation>Номер чека %1 есть также в строке %2.</translation>
    </message>
    <message>
        <source>The sale %1 was imported before.</source>
        <translation>Продажа %1 уже была импортирована ранее.</translation>
    </message>
    <message>
        <source>Expected 4 fields (customer, date, number of CDs, amount) or 5 (with the sample id), found %1.</source>
        <translation>Ожидалось 4 поля (клиент, дата, количество CD, сумма) или 5 (с номером в выборке), а найдено %1.</translation>
    </message>
    <message>
        <source>“%1” is not a customer number.</source>
        <translation>«%1» — не номер клиента.</translation>
    </message>
    <message>
        <source>“%1” is not a date written as YYYYMMDD.</source>
        <translation>«%1» — не дата в формате YYYYMMDD.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Дата %1 — в будущем.</translation>
    </message>
    <message>
        <source>“%1” is not a number of items.</source>
        <translation>«%1» — не количество товаров.</translation>
    </message>
    <message>
        <source>“%1” is not an amount with at most two decimals.</source>
        <translation>«%1» — не сумма (допускается не больше двух знаков после запятой).</translation>
    </message>
    <message>
        <source>The file holds no purchases.</source>
        <translation>В файле нет покупок.</translation>
    </message>
    <message>
        <source>This purchase (%1) was imported before.</source>
        <translation>Эта покупка (%1) уже была импортирована ранее.</translation>
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
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReceiptSlipLayout</name>
    <message>
        <source>“%1” is not a roll width: use 80 or 58.</source>
        <translation>«%1» — не ширина чековой ленты: укажите 80 или 58.</translation>
    </message>
    <message>
        <source>%1 mm roll</source>
        <translation>Лента %1 мм</translation>
    </message>
    <message>
        <source>Receipt slip: %1</source>
        <translation>Чек: %1</translation>
    </message>
    <message>
        <source>No sale %1 was recorded at till %2.</source>
        <translation>Продажа %1 на кассе %2 не найдена.</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>Till %1 · sale %2</source>
        <translation>Касса %1 · продажа %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation>Скидка по карте</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>Купон %1</translation>
    </message>
    <message numerus="yes">
        <source>Paid with %Ln point(s)</source>
        <translation>
            <numerusform>Оплачено %Ln баллом</numerusform>
            <numerusform>Оплачено %Ln баллами</numerusform>
            <numerusform>Оплачено %Ln баллами</numerusform>
        </translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Баланс баллов</translation>
    </message>
    <message>
        <source>Expiring on %1</source>
        <translation>Сгорают %1</translation>
    </message>
    <message>
        <source>Stamps on the card</source>
        <translation>Штампов на карте</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Your voucher: %1</source>
        <translation>Ваш купон: %1</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>%1 — %2 (receipt %3)</source>
        <translation>%1 — %2 (чек %3)</translation>
    </message>
    <message>
        <source>&amp;Sale:</source>
        <translation>&amp;Продажа:</translation>
    </message>
    <message>
        <source>all of it</source>
        <translation>вся сумма</translation>
    </message>
    <message>
        <source>&amp;Amount to refund:</source>
        <translation>&amp;Сумма возврата:</translation>
    </message>
    <message>
        <source>The points the sale earned are taken back and the points it spent are returned, in proportion to the amount refunded.</source>
        <translation>Баллы, начисленные за продажу, списываются, а потраченные на неё — возвращаются, пропорционально сумме возврата.</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>Оформить &amp;возврат</translation>
    </message>
    <message>
        <source>This customer has no sale left to refund.</source>
        <translation>У этого клиента нет продаж, по которым можно оформить возврат.</translation>
    </message>
    <message>
        <source>Type the amount to refund; it must be above zero.</source>
        <translation>Введите сумму возврата; она должна быть больше нуля.</translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Вернувшиеся</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Удержанные</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Months later</source>
        <translation>Прошло месяцев</translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation>Купили снова</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Вернулись</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Доля вернувшихся</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Days between visits</source>
        <translation>Дней между визитами</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <source>Spend per visit</source>
        <translation>Сумма за визит</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Новые участники</translation>
    </message>
    <message>
        <source>Sales to members</source>
        <translation>Продажи участникам</translation>
    </message>
    <message>
        <source>All sales</source>
        <translation>Все продажи</translation>
    </message>
    <message>
        <source>Member share</source>
        <translation>Доля участников</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Списано баллов</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Сгорело баллов</translation>
    </message>
    <message>
        <source>Points reversed</source>
        <translation>Аннулировано баллов</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>Доля списания</translation>
    </message>
    <message>
        <source>Vouchers issued</source>
        <translation>Выдано купонов</translation>
    </message>
    <message>
        <source>Vouchers used</source>
        <translation>Использовано купонов</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Месяц сгорания</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>№ клиента</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Повторные покупки</translation>
    </message>
    <message>
        <source>Weeks to last purchase</source>
        <translation>Недель до последней покупки</translation>
    </message>
    <message>
        <source>Weeks as a customer</source>
        <translation>Стаж клиента, недель</translation>
    </message>
    <message>
        <source>Still a customer</source>
        <translation>Остаётся клиентом</translation>
    </message>
    <message>
        <source>Expected purchases, next 52 weeks</source>
        <translation>Ожидаемые покупки за следующие 52 недели</translation>
    </message>
    <message>
        <source>No customer has bought twice before the calibration end, so there is nothing to fit the model to.</source>
        <translation>Ни один клиент не купил дважды до конца периода калибровки, поэтому модель не на чем построить.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>Four weeks ago</source>
        <translation>Четыре недели назад</translation>
    </message>
    <message>
        <source>Customers coming back</source>
        <translation>Возвращаемость клиентов</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Когорты</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>Повторные визиты</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Регистрации в программе</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Клиенты в зоне риска</translation>
    </message>
    <message>
        <source>Customer lifetime model</source>
        <translation>Модель жизненного цикла клиента</translation>
    </message>
    <message>
        <source>Points issued and spent</source>
        <translation>Начисление и списание баллов</translation>
    </message>
    <message>
        <source>Points the shop owes</source>
        <translation>Обязательства по баллам</translation>
    </message>
    <message>
        <source>A customer is active in a month when they bought at least once in it. New: their first purchase ever was that month. Returning: active, and not for the first time. Retained: active this month and also the month before. Retention is the retained customers divided by the customers active the month before; churn is 100% minus retention. Months are calendar months in the shop&apos;s time zone.</source>
        <translation>Клиент считается активным в месяце, если сделал в нём хотя бы одну покупку. Новые — клиенты, которые впервые купили что-то именно в этом месяце. Вернувшиеся — активные клиенты, которые покупали и раньше. Удержанные — клиенты, активные и в этом месяце, и в предыдущем. Удержание — число удержанных клиентов, делённое на число активных клиентов предыдущего месяца; отток — 100% минус удержание. Месяцы — календарные, по часовому поясу магазина.</translation>
    </message>
    <message>
        <source>Customers are grouped by the month of their first purchase (one row each). Each column counts the months since then, and a cell is the share of the group who bought in that month; month 0 is always 100%. Point at a cell to see the counts.</source>
        <translation>Клиенты разбиты на группы (когорты) по месяцу первой покупки — по одной строке на группу. Столбцы показывают, сколько месяцев прошло с первой покупки, а в ячейке — доля клиентов группы, которые купили что-то в том месяце; в первом месяце (месяц 0) всегда 100%. Наведите указатель на ячейку, чтобы увидеть число клиентов.</translation>
    </message>
    <message>
        <source>A visit is a day a customer bought something; several sales on one day count once. Repeat rate: the share of customers who visited on two or more days in the period. Days between visits: the average gap between two visits of the same customer. Spend per visit: what members spent divided by their visits.</source>
        <translation>Визит — это день, когда клиент что-то купил; несколько покупок за один день считаются одним визитом. Доля вернувшихся — доля клиентов, которые приходили за покупками в два разных дня или больше за выбранный период. Дней между визитами — сколько дней в среднем проходит между двумя визитами одного клиента. Сумма за визит — сумма покупок участников программы, делённая на число их визитов.</translation>
    </message>
    <message>
        <source>New members: customers who joined the programme in the month. Member share: sales recorded with a customer divided by all sales of the month, including those without one.</source>
        <translation>Новые участники — клиенты, которые зарегистрировались в программе лояльности в этом месяце. Доля участников — число продаж, проведённых с указанием клиента, делённое на число всех продаж за месяц, включая продажи без клиента.</translation>
    </message>
    <message>
        <source>Each customer&apos;s chance of still being a customer, P(alive), comes from the BG/NBD model (Fader, Hardie and Lee, 2005) fitted to this shop&apos;s own history: it weighs how often a customer bought against how long it has been since their last visit. Listed: customers who came back at least once, spent at least as much as the middle returning customer, whose P(alive) fell by five points or more in the last four weeks, and who agreed to marketing. The ones with most at stake (spend × the fall in P(alive)) come first.</source>
        <translation>Вероятность того, что клиент всё ещё остаётся вашим клиентом, — P(alive) — рассчитывается по модели BG/NBD (Fader, Hardie and Lee, 2005), построенной на собственной истории покупок этого магазина: модель сопоставляет, как часто клиент покупал, с тем, сколько времени прошло с его последнего визита. В список попадают клиенты, которые возвращались хотя бы раз, потратили не меньше типичного (медианного) вернувшегося клиента, у которых P(alive) за последние четыре недели снизилась на пять процентных пунктов или больше и которые согласились получать акции и новости. Первыми идут те, кого терять дороже всего (сумма покупок × снижение P(alive)).</translation>
    </message>
    <message>
        <source>The BG/NBD model fitted by maximum likelihood. Per customer: x, the days with a purchase after the first; t_x, the weeks from the first to the last purchase; T, the weeks from the first purchase to the end of calibration; P(alive), and the purchases expected in the next 52 weeks.</source>
        <translation>Модель BG/NBD, оценённая методом максимального правдоподобия. По каждому клиенту: x — число дней с покупками после первой покупки; t_x — число недель от первой до последней покупки; T — число недель от первой покупки до конца периода калибровки; P(alive) и ожидаемое число покупок за следующие 52 недели.</translation>
    </message>
    <message>
        <source>From the points ledger. Issued: points given in the month for purchases, welcome, birthday, referral and activity bonuses and upward corrections. Redeemed: points that paid for sales, less points returned by refunds. Expired: points written off on their expiry day. Reversed: earned points taken back by refunds and downward corrections. Redemption rate: redeemed ÷ issued in the same month. Vouchers: stamp-card rewards issued and used. Points donated from one customer to another are neither issued nor spent.</source>
        <translation>По журналу операций с баллами. Начислено — баллы, начисленные за месяц за покупки, приветственные бонусы, бонусы ко дню рождения, за рекомендации и действия, а также корректировки в плюс. Списано — баллы, которыми оплачены покупки, за вычетом баллов, вернувшихся клиентам при возвратах. Сгорело — баллы, списанные в день окончания срока действия. Аннулировано — начисленные баллы, списанные обратно при возвратах и корректировках в минус. Доля списания — списано ÷ начислено за тот же месяц. Купоны — выданные и использованные купоны на награду за заполненную карту со штампами. Баллы, переданные одним клиентом другому, не считаются ни начисленными, ни списанными.</translation>
    </message>
    <message>
        <source>The points customers hold today and could still spend, valued at what a point pays now, grouped by the month they expire (points that never expire last). This is what the programme owes if every point is spent.</source>
        <translation>Баллы, которые сейчас есть у клиентов и которые они ещё могут потратить, по текущей стоимости балла, с разбивкой по месяцу сгорания (бессрочные баллы — в конце). Это сумма, которую программа будет должна клиентам, если они потратят все баллы.</translation>
    </message>
    <message>
        <source>There is no report called %1.</source>
        <translation>Нет отчёта с названием %1.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Use: regulars purchases import FILE [--format csv|cdnow]</source>
        <translation>Использование: regulars purchases import FILE [--format csv|cdnow]</translation>
    </message>
    <message>
        <source>Use: regulars report NAME, where NAME is one of: %1</source>
        <translation>Использование: regulars report NAME, где NAME — один из отчётов: %1</translation>
    </message>
    <message>
        <source>Unknown format %1; use csv or cdnow.</source>
        <translation>Неизвестный формат %1; укажите csv или cdnow.</translation>
    </message>
    <message>
        <source>%1 is not a country code; use two letters such as RU, IR, SA or GB.</source>
        <translation>%1 — не код страны; укажите две буквы, например RU, IR, SA или GB.</translation>
    </message>
    <message>
        <source>Unknown encoding %1; use UTF-8, UTF-16, windows-1251 or windows-1256.</source>
        <translation>Неизвестная кодировка %1; используйте UTF-8, UTF-16, windows-1251 или windows-1256.</translation>
    </message>
    <message>
        <source>Unknown separator %1; use comma, semicolon or tab.</source>
        <translation>Неизвестный разделитель %1; укажите comma (запятая), semicolon (точка с запятой) или tab (табуляция).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix the lines above and import the file again.</source>
        <translation>Ничего не импортировано. Исправьте строки, перечисленные выше, и импортируйте файл снова.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s) imported</source>
        <translation>
            <numerusform>Импортирована %Ln продажа</numerusform>
            <numerusform>Импортировано %Ln продажи</numerusform>
            <numerusform>Импортировано %Ln продаж</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) created</source>
        <translation>
            <numerusform>Создан %Ln клиент</numerusform>
            <numerusform>Создано %Ln клиента</numerusform>
            <numerusform>Создано %Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no report called %1; choose one of: %2.</source>
        <translation>Нет отчёта с названием %1; выберите один из этих: %2.</translation>
    </message>
    <message>
        <source>Unknown format %1; use json, csv or text.</source>
        <translation>Неизвестный формат %1; укажите json, csv или text.</translation>
    </message>
    <message>
        <source>--%1 takes a month written as YYYY-MM, for example 2026-03.</source>
        <translation>Для --%1 нужен месяц в виде YYYY-MM, например 2026-03.</translation>
    </message>
    <message>
        <source>--calibration-end takes a date written as YYYY-MM-DD, for example 1997-09-30.</source>
        <translation>Для --calibration-end нужна дата в виде YYYY-MM-DD, например 1997-09-30.</translation>
    </message>
    <message>
        <source>--limit takes a whole number above zero.</source>
        <translation>Для --limit нужно целое число больше нуля.</translation>
    </message>
    <message>
        <source>Unknown calendar %1; use %2.</source>
        <translation>Неизвестный календарь %1; используйте %2.</translation>
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
      импортировать прошлые продажи без начисления баллов; столбцы CSV: телефон или карта, дата, сумма,
      номер чека; если есть хоть одна ошибочная строка, ничего не импортируется; продажи относятся к первому
      магазину сети, если --shop не указывает другой
  report NAME [--from YYYY-MM] [--to YYYY-MM] [--format json|csv|text]
         [--calendar gregorian|persian|islamic] [--shop ID|NAME|all]
      NAME: %1; месяцы — по календарю, выбранному в настройках, если не указан другой;
      --shop: только продажи в одном магазине сети (отчёты по баллам охватывают все магазины)
      clv [--calibration-end YYYY-MM-DD]: модель BG/NBD и P(alive) каждого клиента
      at-risk [--limit N]: ценные клиенты, которые перестают приходить и согласились на рассылки
</translation>
    </message>
    <message>
        <source>Customers and their points are shared by every shop of the chain, so this report covers all shops.</source>
        <translation>Клиенты и их баллы общие для всех магазинов сети, поэтому этот отчёт охватывает все магазины.</translation>
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
        <translation>Бессрочно</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Computing… %p%</source>
        <translation>Расчёт… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Chart as PNG image…</source>
        <translation>Диаграмма в формате PNG…</translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation>Диаграмма в формате PDF…</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>Таблица в формате CSV…</translation>
    </message>
    <message>
        <source>came back for a second visit</source>
        <translation>вернулись за повторной покупкой</translation>
    </message>
    <message>
        <source>days between visits</source>
        <translation>дней между визитами</translation>
    </message>
    <message>
        <source>spent per visit</source>
        <translation>в среднем за визит</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <source>Retention and churn</source>
        <translation>Удержание и отток</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Когорты</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>Повторные визиты</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Регистрации</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>В зоне риска</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Points owed</source>
        <translation>Обязательства по баллам</translation>
    </message>
    <message>
        <source>How is this computed? %1</source>
        <translation>Как это считается? %1</translation>
    </message>
    <message>
        <source>Export the list for a coupon campaign (CSV)…</source>
        <translation>Выгрузить список для рассылки купонов (CSV)…</translation>
    </message>
    <message>
        <source>Cancelled; the numbers shown are from before.</source>
        <translation>Расчёт отменён; показаны прежние данные.</translation>
    </message>
    <message>
        <source>No points have been given or spent yet. This page fills in as sales earn and spend points.</source>
        <translation>Баллы ещё не начислялись и не списывались. Эта страница заполнится, когда за продажи начнут начисляться и списываться баллы.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Сгорело</translation>
    </message>
    <message>
        <source>Points issued, redeemed and expired per month</source>
        <translation>Начисленные, списанные и сгоревшие баллы по месяцам</translation>
    </message>
    <message>
        <source>Customers hold no points at the moment, so the programme owes nothing.</source>
        <translation>Сейчас у клиентов нет баллов, поэтому обязательств по программе нет.</translation>
    </message>
    <message>
        <source>Points customers can still spend, by the month they expire</source>
        <translation>Баллы, которые клиенты ещё могут потратить, по месяцу сгорания</translation>
    </message>
    <message>
        <source>No purchases yet. The reports fill in as sales are recorded; past sales can be brought in with “regulars purchases import”.</source>
        <translation>Покупок пока нет. Отчёты заполняются по мере проведения продаж; прошлые продажи можно загрузить командой «regulars purchases import».</translation>
    </message>
    <message>
        <source>Only one customer has bought so far. Reports compare customers with each other, so they appear once a second customer has bought.</source>
        <translation>Пока покупки сделал только один клиент. Отчёты сравнивают клиентов между собой, поэтому они появятся, когда купит второй клиент.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Вернувшиеся</translation>
    </message>
    <message>
        <source>Active customers per month: new and returning</source>
        <translation>Активные клиенты по месяцам: новые и вернувшиеся</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <source>Month-over-month retention and churn</source>
        <translation>Удержание и отток от месяца к месяцу</translation>
    </message>
    <message>
        <source>No customer made a first purchase in the months chosen.</source>
        <translation>В выбранные месяцы ни один клиент не сделал первую покупку.</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Новые участники</translation>
    </message>
    <message>
        <source>Share of sales made by members</source>
        <translation>Доля продаж участникам программы</translation>
    </message>
    <message>
        <source>New members per month, and the members&apos; share of sales</source>
        <translation>Новые участники по месяцам и доля продаж участникам программы</translation>
    </message>
    <message>
        <source>Not enough history yet to tell who is slipping away: the model needs customers who have come back at least once.</source>
        <translation>Истории покупок пока мало, чтобы понять, кто перестаёт приходить: модели нужны клиенты, которые возвращались хотя бы раз.</translation>
    </message>
    <message>
        <source>Nobody valuable who agreed to marketing is slipping away right now.</source>
        <translation>Сейчас среди ценных клиентов, согласившихся получать акции и новости, нет тех, кто перестаёт приходить.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export numbers</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Пока нечего экспортировать.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>Все магазины</translation>
    </message>
    <message>
        <source>S&amp;hop</source>
        <translation>&amp;Магазин</translation>
    </message>
    <message>
        <source>Customers and their points are shared by every shop of the chain, so this page covers all shops.</source>
        <translation>Клиенты и их баллы общие для всех магазинов сети, поэтому эта страница охватывает все магазины.</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Sale for %1</source>
        <translation>Продажа: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>например, %1</translation>
    </message>
    <message>
        <source>The amount of the sale in %1, before any member discount.</source>
        <translation>Сумма продажи в валюте %1 до скидки по карте.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Сумма (%1):</translation>
    </message>
    <message>
        <source>How many points the customer wants to spend on this sale</source>
        <translation>Сколько баллов клиент хочет списать в оплату этой покупки</translation>
    </message>
    <message>
        <source>Use &amp;all</source>
        <translation>Списать &amp;все</translation>
    </message>
    <message>
        <source>&amp;Pay with points:</source>
        <translation>Оплатить &amp;баллами:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <source>Member discount:</source>
        <translation>Скидка по карте:</translation>
    </message>
    <message>
        <source>Points pay:</source>
        <translation>Оплачено баллами:</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>К оплате:</translation>
    </message>
    <message>
        <source>Earns:</source>
        <translation>Будет начислено:</translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation>Баланс после покупки:</translation>
    </message>
    <message>
        <source>Stamps:</source>
        <translation>Штампы:</translation>
    </message>
    <message>
        <source>&amp;Record sale</source>
        <translation>&amp;Провести продажу</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>up to %1 (%2); balance %3</source>
        <translation>до %1 (%2); баланс %3</translation>
    </message>
    <message>
        <source>%1% off: −%2</source>
        <translation>скидка %1%: −%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s): −%1</source>
        <translation>
            <numerusform>%Ln балл: −%1</numerusform>
            <numerusform>%Ln балла: −%1</numerusform>
            <numerusform>%Ln баллов: −%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln point(s)</source>
        <translation>
            <numerusform>+%Ln балл</numerusform>
            <numerusform>+%Ln балла</numerusform>
            <numerusform>+%Ln баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 × points)</source>
        <translation>%1 (баллы ×%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln балл</numerusform>
            <numerusform>%Ln балла</numerusform>
            <numerusform>%Ln баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>This sale fills the stamp card: the customer gets “%1”.</source>
        <translation>Эта покупка заполнит карту со штампами: клиент получит «%1».</translation>
    </message>
    <message>
        <source>+%L1 points and a bonus of %L2</source>
        <translation>баллы: +%L1, бонус: +%L2</translation>
    </message>
    <message>
        <source>%L1 of %L2 after this sale</source>
        <translation>%L1 из %L2 после этой покупки</translation>
    </message>
    <message>
        <source>Scan or type a coupon code</source>
        <translation>Отсканируйте или введите код купона</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>К&amp;упон:</translation>
    </message>
    <message>
        <source>Coupon gives:</source>
        <translation>Купон даёт:</translation>
    </message>
    <message>
        <source>Print a receipt &amp;slip</source>
        <translation>Напечатать &amp;чек</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. This sale is kept on this till and sent when the server is back; the points shown are an estimate until then.</source>
        <translation>Офлайн: сервер недоступен. Эта продажа сохраняется на этой кассе и будет отправлена, когда сервер снова станет доступен; до тех пор показанные баллы рассчитаны приблизительно.</translation>
    </message>
    <message>
        <source>about %1, confirmed when the till is back online</source>
        <translation>около %1, будет подтверждено, когда связь с сервером восстановится</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln point(s)</source>
        <translation>
            <numerusform>около %Ln балла</numerusform>
            <numerusform>около %Ln баллов</numerusform>
            <numerusform>около %Ln баллов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanDecoder</name>
    <message>
        <source>Incomplete code discarded (no end mark before the next STX): %1</source>
        <translation>Неполный код отброшен (перед следующим STX нет признака конца кода): %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) outside STX … ETX ignored; check the framing setting.</source>
        <translation>
            <numerusform>Пропущен %Ln байт вне STX … ETX; проверьте настройку окончания кода.</numerusform>
            <numerusform>Пропущено %Ln байта вне STX … ETX; проверьте настройку окончания кода.</numerusform>
            <numerusform>Пропущено %Ln байт вне STX … ETX; проверьте настройку окончания кода.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more unreadable piece(s).</source>
        <translation>
            <numerusform>… и ещё %Ln нечитаемый фрагмент.</numerusform>
            <numerusform>… и ещё %Ln нечитаемых фрагмента.</numerusform>
            <numerusform>… и ещё %Ln нечитаемых фрагментов.</numerusform>
        </translation>
    </message>
    <message>
        <source>A code longer than %1 bytes without an end mark was discarded; check the framing setting. It began with: %2</source>
        <translation>Отброшен код длиннее %1 байт без признака конца кода; проверьте настройку окончания кода. Начало кода: %2</translation>
    </message>
    <message>
        <source>Unreadable bytes discarded: %1</source>
        <translation>Нечитаемые байты отброшены: %1</translation>
    </message>
    <message>
        <source>Unreadable bytes discarded (is the baud rate right?): %1</source>
        <translation>Нечитаемые байты отброшены (верно ли задана скорость порта?): %1</translation>
    </message>
    <message>
        <source>Automatic (CR, LF, Tab or STX … ETX)</source>
        <translation>Автоматически (CR, LF, Tab или STX … ETX)</translation>
    </message>
    <message>
        <source>CR (carriage return)</source>
        <translation>CR (возврат каретки)</translation>
    </message>
    <message>
        <source>LF (line feed)</source>
        <translation>LF (перевод строки)</translation>
    </message>
    <message>
        <source>CR LF</source>
        <translation>CR LF</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab (табуляция)</translation>
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
        <translation>карта</translation>
    </message>
    <message>
        <source>coupon or voucher</source>
        <translation>купон</translation>
    </message>
    <message>
        <source>stamp card</source>
        <translation>карта со штампами</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>неизвестный код</translation>
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
      читать COM-сканер штрихкодов и выводить по строке JSON на каждый код (code, symbology, kind:
      card, coupon, stamp_card, phone или unknown, customer); после отключения сканера
      подключается снова, останавливается по Ctrl+C
</translation>
    </message>
    <message>
        <source>Use: regulars scanner listen --port PATH [--baud N] [--framing auto|cr|lf|crlf|tab|stx-etx]</source>
        <translation>Использование: regulars scanner listen --port PATH [--baud N] [--framing auto|cr|lf|crlf|tab|stx-etx]</translation>
    </message>
    <message>
        <source>Give the scanner&apos;s port with --port PATH, for example --port /dev/ttyACM0.</source>
        <translation>Укажите порт сканера через --port PATH, например --port /dev/ttyACM0.</translation>
    </message>
    <message>
        <source>--baud takes a whole number such as 9600 or 115200.</source>
        <translation>Для --baud нужно целое число, например 9600 или 115200.</translation>
    </message>
    <message>
        <source>Unknown framing %1; use auto, cr, lf, crlf, tab or stx-etx.</source>
        <translation>Неизвестное окончание кода %1; укажите auto, cr, lf, crlf, tab или stx-etx.</translation>
    </message>
    <message>
        <source>Cannot set up the stop signals: %1</source>
        <translation>Не удалось настроить обработку сигналов остановки: %1</translation>
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation>Порт %1 открыт, ожидание кодов.</translation>
    </message>
</context>
<context>
    <name>ScannerSettingsDialog</name>
    <message>
        <source>Barcode scanners</source>
        <translation>Сканеры штрихкодов</translation>
    </message>
    <message>
        <source>Serial scanner (RS-232 or USB serial)</source>
        <translation>COM-сканер (RS-232 или USB с эмуляцией COM-порта)</translation>
    </message>
    <message>
        <source>None: keyboard scanners only</source>
        <translation>Нет: только сканеры в режиме клавиатуры</translation>
    </message>
    <message>
        <source>Choose a port, or type its path: /dev/ttyACM0, /dev/serial/by-id/…, or a pseudo-terminal.</source>
        <translation>Выберите порт или введите путь к нему: /dev/ttyACM0, /dev/serial/by-id/… или псевдотерминал.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Look for ports again after plugging a scanner in.</source>
        <translation>Заново найти порты после подключения сканера.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>&amp;Скорость (бод):</translation>
    </message>
    <message>
        <source>&amp;Data bits:</source>
        <translation>Биты &amp;данных:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Чётная</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Нечётная</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел (всегда 0)</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Маркер (всегда 1)</translation>
    </message>
    <message>
        <source>P&amp;arity:</source>
        <translation>&amp;Чётность:</translation>
    </message>
    <message>
        <source>&amp;Stop bits:</source>
        <translation>Стоп-&amp;биты:</translation>
    </message>
    <message>
        <source>Hardware (RTS/CTS)</source>
        <translation>Аппаратное (RTS/CTS)</translation>
    </message>
    <message>
        <source>Software (XON/XOFF)</source>
        <translation>Программное (XON/XOFF)</translation>
    </message>
    <message>
        <source>&amp;Flow control:</source>
        <translation>&amp;Управление потоком:</translation>
    </message>
    <message>
        <source>Codes end &amp;with:</source>
        <translation>Окончание &amp;кода:</translation>
    </message>
    <message>
        <source>Keyboard scanner (USB)</source>
        <translation>Сканер в режиме клавиатуры (USB)</translation>
    </message>
    <message>
        <source>Take fast typing as a scan, never as text in a field</source>
        <translation>Считать быстрый ввод сканированием, а не текстом в поле</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>Scanners type a character every few milliseconds; people take much longer.</source>
        <translation>Сканер вводит символ каждые несколько миллисекунд; человек печатает гораздо медленнее.</translation>
    </message>
    <message>
        <source>At most, per &amp;character:</source>
        <translation>Не более &amp;на символ:</translation>
    </message>
    <message>
        <source>At &amp;least, characters:</source>
        <translation>Не &amp;менее символов:</translation>
    </message>
    <message>
        <source>Ended by a &amp;pause of:</source>
        <translation>Конец по п&amp;аузе:</translation>
    </message>
    <message>
        <source>Both kinds</source>
        <translation>Для обоих типов</translation>
    </message>
    <message>
        <source>Characters the scanner is set to send before every code; they are removed.</source>
        <translation>Символы, которые сканер по настройке отправляет перед каждым кодом; они удаляются.</translation>
    </message>
    <message>
        <source>Pr&amp;efix:</source>
        <translation>П&amp;рефикс:</translation>
    </message>
    <message>
        <source>Characters the scanner is set to send after every code; they are removed.</source>
        <translation>Символы, которые сканер по настройке отправляет после каждого кода; они удаляются.</translation>
    </message>
    <message>
        <source>S&amp;uffix:</source>
        <translation>Су&amp;ффикс:</translation>
    </message>
    <message>
        <source>Test: scan something</source>
        <translation>Проверка: отсканируйте что-нибудь</translation>
    </message>
    <message>
        <source>Bytes from the serial port (hex):</source>
        <translation>Байты с COM-порта (hex):</translation>
    </message>
    <message>
        <source>Codes read:</source>
        <translation>Считанные коды:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>port path — description</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No serial port chosen. Scan with a keyboard (USB) scanner to see its codes here.</source>
        <translation>COM-порт не выбран. Отсканируйте код сканером в режиме клавиатуры (USB), чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <source>Listening on %1. Scan a code.</source>
        <translation>Порт %1 открыт. Отсканируйте код.</translation>
    </message>
    <message>
        <source>serial port</source>
        <translation>COM-порт</translation>
    </message>
    <message>
        <source>keyboard scanner</source>
        <translation>сканер в режиме клавиатуры</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>card of Anna</comment>
        <translation>%1, клиент: %2</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>code — what it is (how it was read)</comment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <comment>code — what it is (how it was read, symbology)</comment>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>SecretHash</name>
    <message>
        <source>The password library could not start.</source>
        <translation>Не удалось запустить библиотеку паролей.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Недостаточно памяти для защиты пароля.</translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>Connecting to the scanner on %1…</source>
        <translation>Подключение к сканеру на %1…</translation>
    </message>
    <message>
        <source>Scanner disconnected: %1 is not there. Plug it in; Regulars reconnects by itself.</source>
        <translation>Сканер отключён: порта %1 нет. Подключите сканер — Regulars подключится к нему сам.</translation>
    </message>
    <message>
        <source>Scanner disconnected from %1. Regulars reconnects by itself when it is back.</source>
        <translation>Сканер отключён от %1. Когда он появится снова, Regulars подключится к нему сам.</translation>
    </message>
    <message>
        <source>Scanner on %1 failed (%2). Regulars tries again by itself.</source>
        <translation>Ошибка сканера на %1 (%2). Regulars сам повторит попытку.</translation>
    </message>
    <message>
        <source>%1 is in use by another program, so Regulars cannot read the scanner. Close the other program (another Regulars window or command, a terminal program, or ModemManager, which grabs new ttyACM ports) and Regulars connects by itself.</source>
        <translation>Порт %1 занят другой программой, поэтому Regulars не может читать данные сканера. Закройте другую программу (ещё одно окно или команду Regulars, терминальную программу или ModemManager, который захватывает новые порты ttyACM), и Regulars подключится сам.</translation>
    </message>
    <message>
        <source>Your account may not read %1: the port belongs to the group “%2” and you are not in it. Run “sudo usermod -aG %2 %3”, then log out and back in.</source>
        <translation>У вашей учётной записи нет прав на чтение %1: порт принадлежит группе «%2», а вы в неё не входите. Выполните «sudo usermod -aG %2 %3», затем выйдите из системы и войдите снова.</translation>
    </message>
    <message>
        <source>Cannot open the scanner on %1: %2</source>
        <translation>Не удалось открыть сканер на %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>A shop on a PostgreSQL server is backed up with pg_dump, which is not installed. Install the package postgresql-client.</source>
        <translation>Резервная копия магазина на сервере PostgreSQL создаётся программой pg_dump, но она не установлена. Установите пакет postgresql-client.</translation>
    </message>
    <message>
        <source>pg_dump could not back up %1: %2</source>
        <translation>pg_dump не удалось создать резервную копию %1: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a Regulars database.</source>
        <translation>%1 — не база данных Regulars.</translation>
    </message>
    <message>
        <source>A backup of a shop on a PostgreSQL server is read with pg_restore, which is not installed. Install the package postgresql-client.</source>
        <translation>Резервная копия магазина на сервере PostgreSQL читается программой pg_restore, но она не установлена. Установите пакет postgresql-client.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (%2).</source>
        <translation>Файл %1 повреждён, работать с ним нельзя (%2).</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>в ней не указана версия схемы</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Regulars (database version %2; this program knows up to %3). Install the newer Regulars to restore it.</source>
        <translation>Файл %1 записан более новой версией Regulars (версия базы данных %2; эта программа знает версии до %3). Чтобы восстановить его, установите новую версию Regulars.</translation>
    </message>
    <message>
        <source>A backup of a shop on a PostgreSQL server is restored with pg_restore, which is not installed. Install the package postgresql-client.</source>
        <translation>Резервная копия магазина на сервере PostgreSQL восстанавливается программой pg_restore, но она не установлена. Установите пакет postgresql-client.</translation>
    </message>
    <message>
        <source>pg_restore could not restore %1 into %2, so nothing was changed: %3</source>
        <translation>pg_restore не удалось восстановить %1 в %2, поэтому ничего не изменено: %3</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>A change could not be saved because the connection to the server was lost.</source>
        <translation>Изменение не удалось сохранить: потеряна связь с сервером.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Database server password</source>
        <translation>Пароль сервера баз данных</translation>
    </message>
    <message>
        <source>The shop is kept on this database server:</source>
        <translation>Магазин хранится на этом сервере баз данных:</translation>
    </message>
    <message>
        <source>Type the password of its database account:</source>
        <translation>Введите пароль его учётной записи базы данных:</translation>
    </message>
    <message>
        <source>The server refused the password: %1</source>
        <translation>Сервер не принял пароль: %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>ServerStatusLabel</name>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; Server connected</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; Сервер подключён</translation>
    </message>
    <message>
        <source>The shop&apos;s database server %1 answers.</source>
        <translation>Сервер баз данных магазина %1 отвечает.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:%1&quot;&gt;● Server unreachable since %2&lt;/span&gt; · next try in %Ln s · &lt;a href=&quot;retry&quot;&gt;Try now&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;● Сервер недоступен с %2&lt;/span&gt; · следующая попытка через %Ln с · &lt;a href=&quot;retry&quot;&gt;Повторить сейчас&lt;/a&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;● Сервер недоступен с %2&lt;/span&gt; · следующая попытка через %Ln с · &lt;a href=&quot;retry&quot;&gt;Повторить сейчас&lt;/a&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;● Сервер недоступен с %2&lt;/span&gt; · следующая попытка через %Ln с · &lt;a href=&quot;retry&quot;&gt;Повторить сейчас&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;● Server unreachable since %2&lt;/span&gt; · trying now…</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;● Сервер недоступен с %2&lt;/span&gt; · попытка подключения…</translation>
    </message>
    <message>
        <source>The shop&apos;s database server %1 does not answer: %2. The till keeps trying; nothing you typed is lost.</source>
        <translation>Сервер баз данных магазина %1 не отвечает: %2. Касса продолжает попытки; всё, что вы ввели, сохранится.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Regulars</source>
        <translation>Настройка Regulars</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ваш магазин</translation>
    </message>
    <message>
        <source>Its name, and the country that says how phone numbers, money and dates are read.</source>
        <translation>Название и страна — от неё зависит, как читаются номера телефонов, суммы и даты.</translation>
    </message>
    <message>
        <source>&amp;Language on this computer:</source>
        <translation>&amp;Язык на этом компьютере:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Новый язык будет использоваться после следующего запуска.</translation>
    </message>
    <message>
        <source>Your programme</source>
        <translation>Ваша программа лояльности</translation>
    </message>
    <message>
        <source>How regular customers are rewarded. Start with one; change the details or add the others later under File › Loyalty programme.</source>
        <translation>Как поощрять постоянных клиентов. Начните с одного способа; изменить условия или добавить другие можно позже: Файл › Программа лояльности.</translation>
    </message>
    <message>
        <source>&amp;Points: customers collect points and pay with them</source>
        <translation>&amp;Баллы: клиенты копят баллы и расплачиваются ими</translation>
    </message>
    <message>
        <source>&amp;Discount card: members pay less on every purchase</source>
        <translation>&amp;Дисконтная карта: участники платят меньше при каждой покупке</translation>
    </message>
    <message>
        <source>&amp;Stamp card: a full card gives a reward</source>
        <translation>Карта со &amp;штампами: за заполненную карту — награда</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Only the owner changes the programme, corrects points and gives large refunds.</source>
        <translation>Только владелец меняет программу лояльности, корректирует баллы и оформляет крупные возвраты.</translation>
    </message>
    <message>
        <source>Your barcode scanner</source>
        <translation>Ваш сканер штрихкодов</translation>
    </message>
    <message>
        <source>A USB scanner that types like a keyboard needs nothing. For a serial scanner, choose its port and scan a card: the codes read show below.</source>
        <translation>USB-сканеру, который работает как клавиатура, настройка не нужна. Для COM-сканера выберите его порт и отсканируйте карту: считанные коды появятся ниже.</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>Ваши клиенты</translation>
    </message>
    <message>
        <source>Kept your customers in another program or a spreadsheet? Bring them in from a CSV file. You can also do this later with File › Import customers.</source>
        <translation>Вели учёт клиентов в другой программе или в таблице? Перенесите их из CSV-файла. Это можно сделать и позже: Файл › Импорт клиентов.</translation>
    </message>
    <message>
        <source>&amp;Import customers from a CSV file…</source>
        <translation>&amp;Импортировать клиентов из CSV-файла…</translation>
    </message>
    <message>
        <source>Press %1 to start. F1 opens the guide on any screen.</source>
        <translation>Нажмите «%1», чтобы начать. F1 открывает руководство на любом экране.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) imported.</source>
        <translation>
            <numerusform>Импортирован %Ln клиент.</numerusform>
            <numerusform>Импортировано %Ln клиента.</numerusform>
            <numerusform>Импортировано %Ln клиентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) for every %2 spent; a point pays %3; points expire after %Ln month(s).</source>
        <translation>
            <numerusform>%1 балл. за каждые %2 покупки; балл равен %3; баллы сгорают через %Ln месяц.</numerusform>
            <numerusform>%1 балл. за каждые %2 покупки; балл равен %3; баллы сгорают через %Ln месяца.</numerusform>
            <numerusform>%1 балл. за каждые %2 покупки; балл равен %3; баллы сгорают через %Ln месяцев.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members get %1 off every purchase.</source>
        <translation>Участники получают скидку %1 на каждую покупку.</translation>
    </message>
    <message numerus="yes">
        <source>A stamp for every purchase; %Ln stamps fill a card, which gives a voucher for a free item.</source>
        <translation>
            <numerusform>Штамп за каждую покупку; карта заполняется за %Ln штамп и даёт купон на бесплатный товар.</numerusform>
            <numerusform>Штамп за каждую покупку; карта заполняется за %Ln штампа и даёт купон на бесплатный товар.</numerusform>
            <numerusform>Штамп за каждую покупку; карта заполняется за %Ln штампов и даёт купон на бесплатный товар.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <extracomment>The wizard&apos;s button to the next page; the arrow points the way pages turn in the language (or none).</extracomment>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>The wizard&apos;s button to the page before; the arrow points back in the language (or none).</extracomment>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ShopCommands</name>
    <message>
        <source>Use: regulars shops list | add NAME | rename ID|NAME NEW-NAME</source>
        <translation>Использование: regulars shops list | add NAME | rename ID|NAME NEW-NAME</translation>
    </message>
    <message>
        <source>Use: regulars tills list | assign TILL --shop ID|NAME</source>
        <translation>Использование: regulars tills list | assign TILL --shop ID|NAME</translation>
    </message>
    <message>
        <source>  shops list | shops add NAME | shops rename ID|NAME NEW-NAME
      the shops of a chain sharing this database, as JSON lines with their tills
  tills list | tills assign TILL --shop ID|NAME
      which shop each till belongs to; a till joins the first shop with its first sale, and
      moving it later leaves its past sales with the shop they were made in
</source>
        <translation>  shops list | shops add NAME | shops rename ID|NAME NEW-NAME
      магазины сети, работающие с этой базой данных, строками JSON вместе с их кассами
  tills list | tills assign TILL --shop ID|NAME
      к какому магазину относится каждая касса; касса попадает в первый магазин при первой продаже,
      а если перенести её позже, её прошлые продажи остаются за магазином, где они сделаны
</translation>
    </message>
</context>
<context>
    <name>ShopCopy</name>
    <message>
        <source>The tables refer to each other in a circle.</source>
        <translation>Таблицы ссылаются друг на друга по кругу.</translation>
    </message>
    <message>
        <source>A shop is copied from a SQLite file (--from FILE.sqlite3).</source>
        <translation>Магазин копируется из файла SQLite (--from FILE.sqlite3).</translation>
    </message>
    <message>
        <source>The two databases are at different versions (%1 and %2).</source>
        <translation>У двух баз данных разные версии (%1 и %2).</translation>
    </message>
    <message numerus="yes">
        <source>The target %1 already holds a shop (%Ln row(s) in %2), and nothing was copied: a copy never overwrites. Name an empty database.</source>
        <translation>
            <numerusform>В целевой базе %1 уже есть магазин (%Ln строка в %2), ничего не скопировано: копирование никогда не перезаписывает данные. Укажите пустую базу данных.</numerusform>
            <numerusform>В целевой базе %1 уже есть магазин (%Ln строки в %2), ничего не скопировано: копирование никогда не перезаписывает данные. Укажите пустую базу данных.</numerusform>
            <numerusform>В целевой базе %1 уже есть магазин (%Ln строк в %2), ничего не скопировано: копирование никогда не перезаписывает данные. Укажите пустую базу данных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying row %1 of %2 failed: %3</source>
        <translation>Не удалось скопировать строку %1 из %2: %3</translation>
    </message>
    <message>
        <source>After the copy, %1 holds %2 rows in the file and %3 on the target.</source>
        <translation>После копирования в %1 строк в файле — %2, в целевой базе — %3.</translation>
    </message>
</context>
<context>
    <name>ShopLogo</name>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>Не удалось прочитать %1 как изображение: %2</translation>
    </message>
    <message>
        <source>The logo could not be stored as PNG.</source>
        <translation>Не удалось сохранить логотип в PNG.</translation>
    </message>
</context>
<context>
    <name>ShopPrinting</name>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Макет:</translation>
    </message>
    <message>
        <source>Ten cards on A4, with cut marks</source>
        <translation>Десять карт на A4, с метками для резки</translation>
    </message>
    <message>
        <source>One card a page (card printer, CR80)</source>
        <translation>Одна карта на страницу (принтер для карт, CR80)</translation>
    </message>
    <message>
        <source>&amp;Roll:</source>
        <translation>&amp;Лента:</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 мм</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 мм</translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <translation>&amp;Карт:</translation>
    </message>
    <message>
        <source>New membership cards</source>
        <translation>Новые карты постоянного клиента</translation>
    </message>
    <message>
        <source>membership-cards.pdf</source>
        <translation>membership-cards.pdf</translation>
    </message>
    <message>
        <source>New stamp cards</source>
        <translation>Новые карты со штампами</translation>
    </message>
    <message>
        <source>stamp-cards.pdf</source>
        <translation>stamp-cards.pdf</translation>
    </message>
    <message>
        <source>Membership card of %1</source>
        <translation>Карта постоянного клиента: %1</translation>
    </message>
    <message>
        <source>card-%1.pdf</source>
        <translation>card-%1.pdf</translation>
    </message>
    <message>
        <source>Consent form of %1</source>
        <translation>Анкета с согласием: %1</translation>
    </message>
    <message>
        <source>consent-%1.pdf</source>
        <translation>consent-%1.pdf</translation>
    </message>
    <message>
        <source>Receipt slip</source>
        <translation>Чек</translation>
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
        <translation>Настройка магазина</translation>
    </message>
    <message>
        <source>Welcome to Regulars. Tell us where your shop is: phone numbers typed without a country code are read as numbers of this country.</source>
        <translation>Добро пожаловать в Regulars! Укажите, где находится ваш магазин: номера телефонов, введённые без кода страны, будут считаться номерами этой страны.</translation>
    </message>
    <message>
        <source>As customers know it</source>
        <translation>Как его знают клиенты</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Название магазина:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>currency (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Show and type amounts in &amp;tomans (10 rials)</source>
        <translation>Показывать и вводить суммы в &amp;туманах (10 риалов)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>A picture file (PNG, JPEG, SVG) printed on cards and receipt slips</source>
        <translation>Файл изображения (PNG, JPEG, SVG), который печатается на картах и чеках</translation>
    </message>
    <message>
        <source>Shop logo</source>
        <translation>Логотип магазина</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Логотип:</translation>
    </message>
    <message>
        <source>The country&apos;s currency</source>
        <translation>Валюта страны</translation>
    </message>
    <message>
        <source>The country&apos;s currency: %1 (%2)</source>
        <translation>Валюта страны: %1 (%2)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
</context>
<context>
    <name>Shops</name>
    <message>
        <source>Main shop</source>
        <translation>Основной магазин</translation>
    </message>
    <message>
        <source>The shops could not be read: %1</source>
        <translation>Не удалось прочитать список магазинов: %1</translation>
    </message>
    <message>
        <source>The tills could not be read: %1</source>
        <translation>Не удалось прочитать список касс: %1</translation>
    </message>
    <message>
        <source>There is no shop “%1”. See regulars shops list.</source>
        <translation>Магазина «%1» нет. См. regulars shops list.</translation>
    </message>
    <message>
        <source>Till %1 belongs to no shop.</source>
        <translation>Касса %1 не относится ни к одному магазину.</translation>
    </message>
    <message>
        <source>A shop needs a name.</source>
        <translation>Укажите название магазина.</translation>
    </message>
    <message>
        <source>A shop&apos;s name can have at most %1 characters.</source>
        <translation>Название магазина может содержать не больше %1 символов.</translation>
    </message>
    <message>
        <source>A shop&apos;s name cannot be only a number: numbers name shops by their id.</source>
        <translation>Название магазина не может быть просто числом: числом магазин обозначается по его номеру.</translation>
    </message>
    <message>
        <source>There is already a shop called “%1”.</source>
        <translation>Магазин «%1» уже есть.</translation>
    </message>
    <message>
        <source>Only the owner can add shops or move tills.</source>
        <translation>Добавлять магазины и переносить кассы может только владелец.</translation>
    </message>
    <message>
        <source>The shop was not added: %1</source>
        <translation>Магазин не добавлен: %1</translation>
    </message>
    <message>
        <source>The shop was not renamed: %1</source>
        <translation>Магазин не переименован: %1</translation>
    </message>
    <message>
        <source>Name the till to move.</source>
        <translation>Укажите, какую кассу перенести.</translation>
    </message>
    <message>
        <source>The till was not moved: %1</source>
        <translation>Касса не перенесена: %1</translation>
    </message>
</context>
<context>
    <name>ShopsDialog</name>
    <message>
        <source>Shops and tills</source>
        <translation>Магазины и кассы</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Магазины</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Tills</source>
        <translation>Кассы</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>&amp;Add shop</source>
        <translation>&amp;Добавить магазин</translation>
    </message>
    <message>
        <source>&amp;Rename the chosen shop</source>
        <translation>&amp;Переименовать выбранный магазин</translation>
    </message>
    <message>
        <source>Every shop shares the customers, their points, coupons and the programme. Sales are counted for the shop where they were made.</source>
        <translation>Все магазины пользуются общими клиентами, их баллами, купонами и программой лояльности. Продажи учитываются за тем магазином, где они сделаны.</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>A till that has not sold yet can be named here, so it starts in the right shop.</source>
        <translation>Кассу, на которой ещё не было продаж, можно указать здесь, чтобы она сразу начала работу в нужном магазине.</translation>
    </message>
    <message>
        <source>T&amp;ill:</source>
        <translation>&amp;Касса:</translation>
    </message>
    <message>
        <source>belongs to &amp;shop:</source>
        <translation>относится к &amp;магазину:</translation>
    </message>
    <message>
        <source>&amp;Move till</source>
        <translation>Пе&amp;ренести кассу</translation>
    </message>
    <message>
        <source>This computer is till “%1”. A till joins the first shop with its first sale; moving it later leaves its past sales with the shop they were made in.</source>
        <translation>Этот компьютер — касса «%1». Касса попадает в первый магазин при первой продаже; если перенести её позже, её прошлые продажи останутся за магазином, где они сделаны.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between till names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (этот компьютер)</translation>
    </message>
    <message>
        <source>Add a shop</source>
        <translation>Добавление магазина</translation>
    </message>
    <message>
        <source>Rename a shop</source>
        <translation>Переименование магазина</translation>
    </message>
    <message>
        <source>Move a till</source>
        <translation>Перенос кассы</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Who is at the till?</source>
        <translation>Кто за кассой?</translation>
    </message>
    <message>
        <source>⌫</source>
        <comment>erase the last digit</comment>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Стереть последнюю цифру</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (владелец)</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-код:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>База данных %1 повреждена: %2</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <source>The shop&apos;s database is damaged</source>
        <translation>База данных магазина повреждена</translation>
    </message>
    <message>
        <source>%1

No good backup was found in %2. The damaged file was left as it is; copy it somewhere safe and ask for help to recover it, or restore a backup from elsewhere with: regulars restore FILE</source>
        <translation>%1

В %2 не найдено ни одной исправной резервной копии. Повреждённый файл оставлен как есть; скопируйте его в надёжное место и обратитесь за помощью в восстановлении или восстановите резервную копию из другого места командой: regulars restore FILE</translation>
    </message>
    <message>
        <source>%1

The newest good backup is %2, made on %3. It holds %4.

Restore it? The damaged file is kept beside it, renamed, and nothing is deleted. Sales made since the backup are not in it.</source>
        <translation>%1

Самая свежая исправная резервная копия — %2, создана %3. В ней: %4.

Восстановить её? Повреждённый файл останется рядом под другим именем, ничего не удаляется. Продаж, сделанных после создания копии, в ней нет.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <source>Regulars closes without changing anything. Start it again to restore the backup, or restore one with: regulars restore FILE</source>
        <translation>Regulars закрывается, ничего не изменив. Запустите программу снова, чтобы восстановить резервную копию, или восстановите её командой: regulars restore FILE</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>Заменённая база данных сохранена как %1.</translation>
    </message>
    <message>
        <source>The backup %1 was restored. %2</source>
        <translation>Резервная копия %1 восстановлена. %2</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто оформил</translation>
    </message>
</context>
<context>
    <name>TerminalPasswordPrompt</name>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>The server refused the password: %1
</source>
        <translation>Сервер не принял пароль: %1
</translation>
    </message>
</context>
<context>
    <name>TillCopy</name>
    <message>
        <source>The till&apos;s copy %1 belongs to the server %2, not to %3.</source>
        <translation>Копия данных кассы %1 относится к серверу %2, а не к %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of offline work must reach the server before the till&apos;s copy is refreshed.</source>
        <translation>
            <numerusform>Прежде чем обновлять копию данных кассы, на сервер должна попасть %Ln операция, сделанная офлайн.</numerusform>
            <numerusform>Прежде чем обновлять копию данных кассы, на сервер должны попасть %Ln операции, сделанные офлайн.</numerusform>
            <numerusform>Прежде чем обновлять копию данных кассы, на сервер должны попасть %Ln операций, сделанных офлайн.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TillLock</name>
    <message>
        <source>Signed in: %1 (owner)</source>
        <translation>Вход выполнен: %1 (владелец)</translation>
    </message>
    <message>
        <source>Signed in: %1 (clerk)</source>
        <translation>Вход выполнен: %1 (кассир)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>База данных занята или доступна только для чтения: %1</translation>
    </message>
    <message>
        <source>Saving to the database failed: %1</source>
        <translation>Не удалось сохранить в базу данных: %1</translation>
    </message>
    <message>
        <source>The database server cannot be reached, so nothing was saved. What you typed is kept: try again when the server is back (%1).</source>
        <translation>Сервер баз данных недоступен, поэтому ничего не сохранено. Введённые данные остались: повторите попытку, когда сервер снова станет доступен (%1).</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Solar Hijri (Persian)</source>
        <translation>Солнечная хиджра (персидский)</translation>
    </message>
    <message>
        <source>Hijri (Islamic)</source>
        <translation>Хиджра (исламский)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Григорианский</translation>
    </message>
</context>
<context>
    <name>UserAccounts</name>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Укажите имя сотрудника.</translation>
    </message>
    <message>
        <source>Keep the name under 60 characters.</source>
        <translation>Имя должно быть короче 60 символов.</translation>
    </message>
    <message>
        <source>Somebody called “%1” already signs in here.</source>
        <translation>Пользователь «%1» здесь уже есть.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>PIN-код состоит только из цифр.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN-код должен содержать от 4 до 8 цифр.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %Ln characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %Ln символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %Ln символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %Ln символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop already has an owner&apos;s account.</source>
        <translation>У магазина уже есть учётная запись владельца.</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>Такого пользователя нет.</translation>
    </message>
    <message>
        <source>The owner signs in with a password, not a PIN.</source>
        <translation>Владелец входит по паролю, а не по PIN-коду.</translation>
    </message>
    <message>
        <source>The shop has no owner&apos;s account yet.</source>
        <translation>У магазина ещё нет учётной записи владельца.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>The owner&apos;s account cannot be disabled.</source>
        <translation>Учётную запись владельца нельзя отключить.</translation>
    </message>
    <message>
        <source>This person can no longer sign in.</source>
        <translation>Этот пользователь больше не может входить.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. %1 can try again in %Ln second(s).</source>
        <translation>
            <numerusform>Слишком много неудачных попыток. %1 сможет попробовать снова через %Ln секунду.</numerusform>
            <numerusform>Слишком много неудачных попыток. %1 сможет попробовать снова через %Ln секунды.</numerusform>
            <numerusform>Слишком много неудачных попыток. %1 сможет попробовать снова через %Ln секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>Неверный пароль.</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>PIN (4 to 8 digits): </source>
        <translation>PIN-код (от 4 до 8 цифр): </translation>
    </message>
    <message>
        <source>  users add NAME [--pin PIN] | users add NAME --owner
      add a clerk who signs in with a PIN (from --pin, REGULARS_PIN or typed), or create the
      owner&apos;s account of a shop that has none (password from REGULARS_PASSWORD or typed)
  users list | users reset-pin NAME [--pin PIN] | users disable NAME
      the people who sign in, as JSON lines; a clerk&apos;s new PIN; a clerk who may no longer sign in
</source>
        <translation>  users add NAME [--pin PIN] | users add NAME --owner
      добавить кассира, который входит по PIN-коду (из --pin, REGULARS_PIN или введённому), или создать
      учётную запись владельца в магазине, где её нет (пароль из REGULARS_PASSWORD или введённый)
  users list | users reset-pin NAME [--pin PIN] | users disable NAME
      пользователи, которые входят в программу, строками JSON; новый PIN-код кассира; кассир, которому больше нельзя входить
</translation>
    </message>
    <message>
        <source>Use: regulars users add NAME [--pin PIN] | list | reset-pin NAME | disable NAME</source>
        <translation>Использование: regulars users add NAME [--pin PIN] | list | reset-pin NAME | disable NAME</translation>
    </message>
    <message>
        <source>The owner&apos;s new password: </source>
        <translation>Новый пароль владельца: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Повторите пароль: </translation>
    </message>
    <message>
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation>Пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is the owner and signs in with the password.</source>
        <translation>%1 — владелец и входит по паролю.</translation>
    </message>
    <message>
        <source>Create the owner&apos;s account first: regulars users add NAME --owner</source>
        <translation>Сначала создайте учётную запись владельца: regulars users add NAME --owner</translation>
    </message>
    <message>
        <source>%1 can sign in at the till with the PIN.</source>
        <translation>%1 может входить на кассе по PIN-коду.</translation>
    </message>
    <message>
        <source>Nobody called “%1” signs in here. See regulars users list.</source>
        <translation>Пользователя «%1» здесь нет. См. regulars users list.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 больше не может входить.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>У пользователя %1 новый PIN-код.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>People who sign in</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>New PIN, 4 to 8 digits</source>
        <translation>Новый PIN-код, от 4 до 8 цифр</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>&amp;Сбросить PIN-код</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>The clerk can no longer sign in; what they did stays in the records.</source>
        <translation>Кассир больше не сможет входить; всё, что он сделал, останется в записях.</translation>
    </message>
    <message>
        <source>Add a clerk</source>
        <translation>Добавление кассира</translation>
    </message>
    <message>
        <source>PIN, 4 to 8 digits</source>
        <translation>PIN-код, от 4 до 8 цифр</translation>
    </message>
    <message>
        <source>&amp;Add clerk</source>
        <translation>&amp;Добавить кассира</translation>
    </message>
    <message>
        <source>At the till</source>
        <translation>На кассе</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Блокировать при бездействии:</translation>
    </message>
    <message>
        <source>Larger refunds need the owner.</source>
        <translation>Более крупные возвраты оформляет владелец.</translation>
    </message>
    <message>
        <source>Largest refund a &amp;clerk may make:</source>
        <translation>Наибольший возврат, который может оформить &amp;кассир:</translation>
    </message>
    <message>
        <source>&amp;Save these settings</source>
        <translation>&amp;Сохранить настройки</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>кассир</translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation>может входить</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message numerus="yes">
        <source>locked for %Ln second(s)</source>
        <translation>
            <numerusform>заблокирован на %Ln секунду</numerusform>
            <numerusform>заблокирован на %Ln секунды</numerusform>
            <numerusform>заблокирован на %Ln секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Сброс PIN-кода</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Go on?</source>
        <translation>%1 больше не сможет входить. Продолжить?</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>Отключение пользователя %1</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
</context>
</TS>
