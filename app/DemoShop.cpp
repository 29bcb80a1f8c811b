#include "DemoShop.h"

#include "CardNumber.h"
#include "ConsentStore.h"
#include "CustomerDirectory.h"
#include "CustomerStore.h"
#include "Database.h"
#include "LoyaltyLedger.h"
#include "PhoneNumbers.h"
#include "SaleStore.h"
#include "ShopSettings.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>
#include <span>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
// ---------------------------------------------------------------------------------------------------------
// Names. They are data in the demo's language, not interface text, so they are not translated with tr().

struct GivenName
{
    const char16_t* name;
    const char* latin;        // for e-mail addresses
    const char16_t* nickname; // what friends and the shop call them; nullptr when nothing usual
};

struct FamilyName
{
    const char16_t* name;
    const char* latin;
};

// The tables read best as a grid.
// clang-format off
constexpr GivenName kEnglishMen[] = {
    {u"James", "james", u"Jim"}, {u"John", "john", u"Johnny"}, {u"Robert", "robert", u"Bob"},
    {u"Michael", "michael", u"Mike"}, {u"William", "william", u"Bill"}, {u"David", "david", u"Dave"},
    {u"Richard", "richard", u"Rich"}, {u"Joseph", "joseph", u"Joe"}, {u"Thomas", "thomas", u"Tom"},
    {u"Charles", "charles", u"Charlie"}, {u"Christopher", "christopher", u"Chris"},
    {u"Daniel", "daniel", u"Dan"}, {u"Matthew", "matthew", u"Matt"}, {u"Anthony", "anthony", u"Tony"},
    {u"Mark", "mark", nullptr}, {u"Paul", "paul", nullptr}, {u"Steven", "steven", u"Steve"},
    {u"Andrew", "andrew", u"Andy"}, {u"Joshua", "joshua", u"Josh"}, {u"Kevin", "kevin", nullptr},
    {u"Brian", "brian", nullptr}, {u"George", "george", nullptr}, {u"Edward", "edward", u"Ed"},
    {u"Oliver", "oliver", u"Ollie"}, {u"Harry", "harry", nullptr}, {u"Jack", "jack", nullptr},
    {u"Samuel", "samuel", u"Sam"}, {u"Benjamin", "benjamin", u"Ben"}, {u"Alexander", "alexander", u"Alex"},
    {u"Henry", "henry", nullptr}, {u"Liam", "liam", nullptr}, {u"Noah", "noah", nullptr},
    {u"Ethan", "ethan", nullptr}, {u"Ryan", "ryan", nullptr}, {u"Nathan", "nathan", u"Nate"},
    {u"Patrick", "patrick", u"Paddy"}, {u"Peter", "peter", u"Pete"}, {u"Arjun", "arjun", nullptr},
    {u"Mohammed", "mohammed", u"Mo"}, {u"Gareth", "gareth", nullptr},
};

constexpr GivenName kEnglishWomen[] = {
    {u"Mary", "mary", nullptr}, {u"Patricia", "patricia", u"Pat"}, {u"Jennifer", "jennifer", u"Jen"},
    {u"Linda", "linda", nullptr}, {u"Elizabeth", "elizabeth", u"Liz"}, {u"Barbara", "barbara", u"Barb"},
    {u"Susan", "susan", u"Sue"}, {u"Jessica", "jessica", u"Jess"}, {u"Sarah", "sarah", nullptr},
    {u"Karen", "karen", nullptr}, {u"Nancy", "nancy", nullptr}, {u"Lisa", "lisa", nullptr},
    {u"Margaret", "margaret", u"Maggie"}, {u"Emily", "emily", u"Em"}, {u"Emma", "emma", nullptr},
    {u"Olivia", "olivia", u"Liv"}, {u"Amelia", "amelia", u"Millie"}, {u"Isla", "isla", nullptr},
    {u"Ava", "ava", nullptr}, {u"Sophie", "sophie", nullptr}, {u"Grace", "grace", nullptr},
    {u"Charlotte", "charlotte", u"Lottie"}, {u"Chloe", "chloe", nullptr}, {u"Lucy", "lucy", nullptr},
    {u"Hannah", "hannah", nullptr}, {u"Rebecca", "rebecca", u"Becky"}, {u"Rachel", "rachel", nullptr},
    {u"Victoria", "victoria", u"Vicky"}, {u"Katherine", "katherine", u"Kate"}, {u"Jane", "jane", nullptr},
    {u"Helen", "helen", nullptr}, {u"Laura", "laura", nullptr}, {u"Amy", "amy", nullptr},
    {u"Megan", "megan", u"Meg"}, {u"Priya", "priya", nullptr}, {u"Zara", "zara", nullptr},
    {u"Abigail", "abigail", u"Abby"}, {u"Natalie", "natalie", u"Nat"}, {u"Siobhan", "siobhan", nullptr},
    {u"Fiona", "fiona", nullptr},
};

constexpr FamilyName kEnglishFamilies[] = {
    {u"Smith", "smith"}, {u"Jones", "jones"}, {u"Williams", "williams"}, {u"Taylor", "taylor"},
    {u"Brown", "brown"}, {u"Davies", "davies"}, {u"Evans", "evans"}, {u"Wilson", "wilson"},
    {u"Thomas", "thomas"}, {u"Johnson", "johnson"}, {u"Roberts", "roberts"}, {u"Robinson", "robinson"},
    {u"Thompson", "thompson"}, {u"Wright", "wright"}, {u"Walker", "walker"}, {u"White", "white"},
    {u"Edwards", "edwards"}, {u"Hughes", "hughes"}, {u"Green", "green"}, {u"Hall", "hall"},
    {u"Lewis", "lewis"}, {u"Harris", "harris"}, {u"Clarke", "clarke"}, {u"Patel", "patel"},
    {u"Jackson", "jackson"}, {u"Wood", "wood"}, {u"Turner", "turner"}, {u"Martin", "martin"},
    {u"Cooper", "cooper"}, {u"Hill", "hill"}, {u"Ward", "ward"}, {u"Morris", "morris"}, {u"Moore", "moore"},
    {u"Clark", "clark"}, {u"Lee", "lee"}, {u"King", "king"}, {u"Baker", "baker"}, {u"Harrison", "harrison"},
    {u"Morgan", "morgan"}, {u"Allen", "allen"}, {u"Scott", "scott"}, {u"Phillips", "phillips"},
    {u"Watson", "watson"}, {u"Parker", "parker"}, {u"Price", "price"}, {u"Bennett", "bennett"},
    {u"Young", "young"}, {u"Griffiths", "griffiths"}, {u"Mitchell", "mitchell"}, {u"Kelly", "kelly"},
    {u"Cook", "cook"}, {u"Carter", "carter"}, {u"Richardson", "richardson"}, {u"Bailey", "bailey"},
    {u"Collins", "collins"}, {u"Bell", "bell"}, {u"Shaw", "shaw"}, {u"Murphy", "murphy"},
    {u"Miller", "miller"}, {u"Khan", "khan"}, {u"Marshall", "marshall"}, {u"Anderson", "anderson"},
    {u"Simpson", "simpson"}, {u"Ellis", "ellis"}, {u"Adams", "adams"}, {u"Singh", "singh"},
    {u"Begum", "begum"}, {u"Foster", "foster"}, {u"Chapman", "chapman"}, {u"Powell", "powell"},
    {u"Webb", "webb"}, {u"Hussain", "hussain"}, {u"Campbell", "campbell"}, {u"O'Brien", "obrien"},
    {u"Owen", "owen"}, {u"Palmer", "palmer"},
};

constexpr GivenName kRussianMen[] = {
    {u"Александр", "aleksandr", u"Саша"}, {u"Алексей", "aleksey", u"Лёша"}, {u"Андрей", "andrey", u"Андрюша"},
    {u"Антон", "anton", u"Тоша"}, {u"Артём", "artyom", u"Тёма"}, {u"Борис", "boris", u"Боря"},
    {u"Вадим", "vadim", u"Вадик"}, {u"Василий", "vasiliy", u"Вася"}, {u"Виктор", "viktor", u"Витя"},
    {u"Владимир", "vladimir", u"Володя"}, {u"Дмитрий", "dmitriy", u"Дима"}, {u"Евгений", "evgeniy", u"Женя"},
    {u"Иван", "ivan", u"Ваня"}, {u"Игорь", "igor", u"Игорёк"}, {u"Илья", "ilya", u"Илюша"},
    {u"Кирилл", "kirill", nullptr}, {u"Константин", "konstantin", u"Костя"}, {u"Максим", "maksim", u"Макс"},
    {u"Михаил", "mikhail", u"Миша"}, {u"Никита", "nikita", nullptr}, {u"Николай", "nikolay", u"Коля"},
    {u"Олег", "oleg", nullptr}, {u"Павел", "pavel", u"Паша"}, {u"Пётр", "pyotr", u"Петя"},
    {u"Роман", "roman", u"Рома"}, {u"Сергей", "sergey", u"Серёжа"}, {u"Станислав", "stanislav", u"Стас"},
    {u"Степан", "stepan", u"Стёпа"}, {u"Тимур", "timur", nullptr}, {u"Фёдор", "fyodor", u"Федя"},
    {u"Юрий", "yuriy", u"Юра"}, {u"Ярослав", "yaroslav", u"Слава"}, {u"Георгий", "georgiy", u"Жора"},
    {u"Григорий", "grigoriy", u"Гриша"}, {u"Егор", "egor", nullptr}, {u"Денис", "denis", nullptr},
    {u"Глеб", "gleb", nullptr}, {u"Матвей", "matvey", nullptr}, {u"Лев", "lev", u"Лёва"},
    {u"Руслан", "ruslan", nullptr},
};

constexpr GivenName kRussianWomen[] = {
    {u"Анна", "anna", u"Аня"}, {u"Александра", "aleksandra", u"Саша"}, {u"Алина", "alina", nullptr},
    {u"Алёна", "alyona", nullptr}, {u"Анастасия", "anastasiya", u"Настя"},
    {u"Валентина", "valentina", u"Валя"}, {u"Валерия", "valeriya", u"Лера"}, {u"Вера", "vera", nullptr},
    {u"Виктория", "viktoriya", u"Вика"}, {u"Галина", "galina", u"Галя"}, {u"Дарья", "darya", u"Даша"},
    {u"Екатерина", "ekaterina", u"Катя"}, {u"Елена", "elena", u"Лена"}, {u"Елизавета", "elizaveta", u"Лиза"},
    {u"Жанна", "zhanna", nullptr}, {u"Зоя", "zoya", nullptr}, {u"Ирина", "irina", u"Ира"},
    {u"Ксения", "kseniya", u"Ксюша"}, {u"Лариса", "larisa", u"Лара"}, {u"Любовь", "lyubov", u"Люба"},
    {u"Людмила", "lyudmila", u"Люда"}, {u"Маргарита", "margarita", u"Рита"}, {u"Марина", "marina", nullptr},
    {u"Мария", "mariya", u"Маша"}, {u"Надежда", "nadezhda", u"Надя"}, {u"Наталья", "natalya", u"Наташа"},
    {u"Нина", "nina", nullptr}, {u"Оксана", "oksana", nullptr}, {u"Ольга", "olga", u"Оля"},
    {u"Полина", "polina", u"Поля"}, {u"Светлана", "svetlana", u"Света"}, {u"Софья", "sofya", u"Соня"},
    {u"Татьяна", "tatyana", u"Таня"}, {u"Ульяна", "ulyana", u"Уля"}, {u"Юлия", "yuliya", u"Юля"},
    {u"Яна", "yana", nullptr}, {u"Варвара", "varvara", u"Варя"}, {u"Кристина", "kristina", nullptr},
    {u"Вероника", "veronika", u"Ника"}, {u"Евгения", "evgeniya", u"Женя"},
};

// Masculine forms; feminineOf() derives the form a woman of the family bears.
constexpr FamilyName kRussianFamilies[] = {
    {u"Иванов", "ivanov"}, {u"Смирнов", "smirnov"}, {u"Кузнецов", "kuznetsov"}, {u"Попов", "popov"},
    {u"Васильев", "vasilyev"}, {u"Петров", "petrov"}, {u"Соколов", "sokolov"}, {u"Михайлов", "mikhaylov"},
    {u"Новиков", "novikov"}, {u"Фёдоров", "fyodorov"}, {u"Морозов", "morozov"}, {u"Волков", "volkov"},
    {u"Алексеев", "alekseev"}, {u"Лебедев", "lebedev"}, {u"Семёнов", "semyonov"}, {u"Егоров", "egorov"},
    {u"Павлов", "pavlov"}, {u"Козлов", "kozlov"}, {u"Степанов", "stepanov"}, {u"Николаев", "nikolaev"},
    {u"Орлов", "orlov"}, {u"Андреев", "andreev"}, {u"Макаров", "makarov"}, {u"Никитин", "nikitin"},
    {u"Захаров", "zakharov"}, {u"Зайцев", "zaytsev"}, {u"Соловьёв", "solovyov"}, {u"Борисов", "borisov"},
    {u"Яковлев", "yakovlev"}, {u"Григорьев", "grigoryev"}, {u"Романов", "romanov"}, {u"Воробьёв", "vorobyov"},
    {u"Сергеев", "sergeev"}, {u"Кузьмин", "kuzmin"}, {u"Фролов", "frolov"}, {u"Александров", "aleksandrov"},
    {u"Дмитриев", "dmitriev"}, {u"Королёв", "korolyov"}, {u"Гусев", "gusev"}, {u"Киселёв", "kiselyov"},
    {u"Ильин", "ilyin"}, {u"Максимов", "maksimov"}, {u"Поляков", "polyakov"}, {u"Сорокин", "sorokin"},
    {u"Виноградов", "vinogradov"}, {u"Ковалёв", "kovalyov"}, {u"Белов", "belov"}, {u"Медведев", "medvedev"},
    {u"Антонов", "antonov"}, {u"Тарасов", "tarasov"}, {u"Жуков", "zhukov"}, {u"Баранов", "baranov"},
    {u"Филиппов", "filippov"}, {u"Комаров", "komarov"}, {u"Давыдов", "davydov"}, {u"Беляев", "belyaev"},
    {u"Богданов", "bogdanov"}, {u"Осипов", "osipov"}, {u"Сидоров", "sidorov"}, {u"Матвеев", "matveev"},
    {u"Титов", "titov"}, {u"Марков", "markov"}, {u"Миронов", "mironov"}, {u"Крылов", "krylov"},
    {u"Куликов", "kulikov"}, {u"Карпов", "karpov"}, {u"Власов", "vlasov"}, {u"Мельников", "melnikov"},
    {u"Денисов", "denisov"}, {u"Тихонов", "tikhonov"}, {u"Фомин", "fomin"}, {u"Калинин", "kalinin"},
    {u"Воронин", "voronin"}, {u"Голубев", "golubev"}, {u"Ковалевский", "kovalevskiy"},
    {u"Вишневский", "vishnevskiy"}, {u"Покровский", "pokrovskiy"}, {u"Троицкий", "troitskiy"},
    {u"Толстой", "tolstoy"}, {u"Трубецкой", "trubetskoy"}, {u"Шевченко", "shevchenko"},
    {u"Бондаренко", "bondarenko"}, {u"Черных", "chernykh"}, {u"Долгих", "dolgikh"},
};

constexpr GivenName kArabicMen[] = {
    {u"محمد", "mohammed", nullptr}, {u"أحمد", "ahmed", nullptr}, {u"علي", "ali", nullptr},
    {u"عمر", "omar", nullptr}, {u"خالد", "khaled", nullptr}, {u"يوسف", "youssef", nullptr},
    {u"إبراهيم", "ibrahim", nullptr}, {u"عبدالله", "abdullah", nullptr},
    {u"عبدالرحمن", "abdulrahman", nullptr}, {u"حسن", "hassan", nullptr}, {u"حسين", "hussein", nullptr},
    {u"مصطفى", "mustafa", nullptr}, {u"محمود", "mahmoud", nullptr}, {u"سعيد", "saeed", nullptr},
    {u"فيصل", "faisal", nullptr}, {u"سلطان", "sultan", nullptr}, {u"ناصر", "nasser", nullptr},
    {u"طارق", "tariq", nullptr}, {u"ماجد", "majed", nullptr}, {u"فهد", "fahad", nullptr},
    {u"سعود", "saud", nullptr}, {u"زياد", "ziad", nullptr}, {u"كريم", "karim", nullptr},
    {u"هشام", "hisham", nullptr}, {u"وليد", "walid", nullptr}, {u"ياسر", "yasser", nullptr},
    {u"عادل", "adel", nullptr}, {u"سامي", "sami", nullptr}, {u"رامي", "rami", nullptr},
    {u"بلال", "bilal", nullptr}, {u"حمزة", "hamza", nullptr}, {u"أنس", "anas", nullptr},
    {u"معاذ", "muath", nullptr}, {u"تركي", "turki", nullptr}, {u"راشد", "rashid", nullptr},
    {u"جمال", "jamal", nullptr}, {u"نبيل", "nabil", nullptr}, {u"منصور", "mansour", nullptr},
    {u"سليمان", "suleiman", nullptr}, {u"إياد", "iyad", nullptr},
};

constexpr GivenName kArabicWomen[] = {
    {u"فاطمة", "fatima", nullptr}, {u"عائشة", "aisha", nullptr}, {u"مريم", "maryam", nullptr},
    {u"زينب", "zainab", nullptr}, {u"خديجة", "khadija", nullptr}, {u"نورة", "noura", nullptr},
    {u"سارة", "sara", nullptr}, {u"ليلى", "layla", nullptr}, {u"هدى", "huda", nullptr},
    {u"منى", "mona", nullptr}, {u"ريم", "reem", nullptr}, {u"دانة", "dana", nullptr},
    {u"لينا", "lina", nullptr}, {u"رنا", "rana", nullptr}, {u"هند", "hind", nullptr},
    {u"أمل", "amal", nullptr}, {u"سلمى", "salma", nullptr}, {u"ياسمين", "yasmin", nullptr},
    {u"نور", "nour", nullptr}, {u"رهف", "rahaf", nullptr}, {u"جود", "joud", nullptr},
    {u"لمى", "lama", nullptr}, {u"شهد", "shahad", nullptr}, {u"غادة", "ghada", nullptr},
    {u"سميرة", "samira", nullptr}, {u"وفاء", "wafaa", nullptr}, {u"أسماء", "asma", nullptr},
    {u"حنان", "hanan", nullptr}, {u"رحاب", "rehab", nullptr}, {u"دينا", "dina", nullptr},
    {u"إيمان", "iman", nullptr}, {u"هالة", "hala", nullptr}, {u"سعاد", "suad", nullptr},
    {u"نادية", "nadia", nullptr}, {u"بشرى", "bushra", nullptr}, {u"رغد", "raghad", nullptr},
    {u"تسنيم", "tasneem", nullptr}, {u"آمنة", "amna", nullptr}, {u"جميلة", "jamila", nullptr},
    {u"لطيفة", "latifa", nullptr},
};

constexpr FamilyName kArabicFamilies[] = {
    {u"العتيبي", "alotaibi"}, {u"القحطاني", "alqahtani"}, {u"الغامدي", "alghamdi"},
    {u"الزهراني", "alzahrani"}, {u"الشمري", "alshammari"}, {u"الدوسري", "aldosari"}, {u"الحربي", "alharbi"},
    {u"المطيري", "almutairi"}, {u"العنزي", "alanazi"}, {u"السبيعي", "alsubaie"}, {u"الشهري", "alshehri"},
    {u"المالكي", "almaliki"}, {u"العمري", "alomari"}, {u"الهاشمي", "alhashimi"}, {u"التميمي", "altamimi"},
    {u"الكعبي", "alkaabi"}, {u"المنصوري", "almansouri"}, {u"النعيمي", "alnuaimi"}, {u"البلوشي", "albalushi"},
    {u"الخطيب", "alkhatib"}, {u"الحسيني", "alhusseini"}, {u"المصري", "almasri"}, {u"حداد", "haddad"},
    {u"خوري", "khoury"}, {u"نصار", "nassar"}, {u"عبدالله", "abdullah"}, {u"إبراهيم", "ibrahim"},
    {u"حسن", "hassan"}, {u"سليمان", "suleiman"}, {u"يوسف", "youssef"}, {u"منصور", "mansour"},
    {u"صالح", "saleh"}, {u"عثمان", "othman"}, {u"الأنصاري", "alansari"}, {u"الجبوري", "aljubouri"},
    {u"الدليمي", "aldulaimi"}, {u"العبيدي", "alobaidi"}, {u"الفاسي", "alfassi"}, {u"بوزيد", "bouzid"},
    {u"الشريف", "alsharif"}, {u"الرفاعي", "alrifai"}, {u"السيد", "elsayed"}, {u"الزعبي", "alzoubi"},
    {u"المجالي", "almajali"},
};

constexpr GivenName kPersianMen[] = {
    {u"علی", "ali", nullptr}, {u"محمد", "mohammad", nullptr}, {u"حسین", "hossein", nullptr},
    {u"رضا", "reza", nullptr}, {u"مهدی", "mehdi", nullptr}, {u"امیر", "amir", nullptr},
    {u"حسن", "hassan", nullptr}, {u"مرتضی", "morteza", nullptr}, {u"مصطفی", "mostafa", nullptr},
    {u"سعید", "saeed", nullptr}, {u"حمید", "hamid", nullptr}, {u"مجید", "majid", nullptr},
    {u"محسن", "mohsen", nullptr}, {u"جواد", "javad", nullptr}, {u"احمد", "ahmad", nullptr},
    {u"ابراهیم", "ebrahim", nullptr}, {u"کامران", "kamran", nullptr}, {u"بهرام", "bahram", nullptr},
    {u"داریوش", "dariush", nullptr}, {u"کوروش", "kourosh", nullptr}, {u"آرش", "arash", nullptr},
    {u"بابک", "babak", nullptr}, {u"فرهاد", "farhad", nullptr}, {u"فرشید", "farshid", nullptr},
    {u"پیمان", "peyman", nullptr}, {u"سینا", "sina", nullptr}, {u"امید", "omid", nullptr},
    {u"نیما", "nima", nullptr}, {u"پویا", "pouya", nullptr}, {u"میلاد", "milad", nullptr},
    {u"بهزاد", "behzad", nullptr}, {u"شهرام", "shahram", nullptr}, {u"رامین", "ramin", nullptr},
    {u"کیان", "kian", nullptr}, {u"آرمان", "arman", nullptr}, {u"سهراب", "sohrab", nullptr},
    {u"مسعود", "masoud", nullptr}, {u"هادی", "hadi", nullptr}, {u"ایمان", "iman", nullptr},
    {u"یاسر", "yaser", nullptr},
};

constexpr GivenName kPersianWomen[] = {
    {u"فاطمه", "fatemeh", nullptr}, {u"زهرا", "zahra", nullptr}, {u"مریم", "maryam", nullptr},
    {u"سارا", "sara", nullptr}, {u"نرگس", "narges", nullptr}, {u"لیلا", "leila", nullptr},
    {u"الهام", "elham", nullptr}, {u"مهسا", "mahsa", nullptr}, {u"نازنین", "nazanin", nullptr},
    {u"شیرین", "shirin", nullptr}, {u"پریسا", "parisa", nullptr}, {u"سمیرا", "samira", nullptr},
    {u"آزاده", "azadeh", nullptr}, {u"نسرین", "nasrin", nullptr}, {u"مینا", "mina", nullptr},
    {u"ژیلا", "zhila", nullptr}, {u"فرشته", "fereshteh", nullptr}, {u"مهناز", "mahnaz", nullptr},
    {u"شهلا", "shahla", nullptr}, {u"پروانه", "parvaneh", nullptr}, {u"نیلوفر", "niloufar", nullptr},
    {u"یاسمن", "yasaman", nullptr}, {u"سحر", "sahar", nullptr}, {u"بهاره", "bahareh", nullptr},
    {u"ستاره", "setareh", nullptr}, {u"آیدا", "aida", nullptr}, {u"رویا", "roya", nullptr},
    {u"طاهره", "tahereh", nullptr}, {u"معصومه", "masoumeh", nullptr}, {u"اعظم", "azam", nullptr},
    {u"هانیه", "hanieh", nullptr}, {u"کیمیا", "kimia", nullptr}, {u"ترانه", "taraneh", nullptr},
    {u"غزل", "ghazal", nullptr}, {u"مهرناز", "mehrnaz", nullptr}, {u"آتنا", "atena", nullptr},
    {u"فریبا", "fariba", nullptr}, {u"گلاره", "gelareh", nullptr}, {u"محبوبه", "mahboubeh", nullptr},
    {u"صدف", "sadaf", nullptr},
};

constexpr FamilyName kPersianFamilies[] = {
    {u"محمدی", "mohammadi"}, {u"حسینی", "hosseini"}, {u"احمدی", "ahmadi"}, {u"رضایی", "rezaei"},
    {u"موسوی", "mousavi"}, {u"کریمی", "karimi"}, {u"جعفری", "jafari"}, {u"رحیمی", "rahimi"},
    {u"هاشمی", "hashemi"}, {u"صادقی", "sadeghi"}, {u"قاسمی", "ghasemi"}, {u"اکبری", "akbari"},
    {u"ابراهیمی", "ebrahimi"}, {u"نوری", "nouri"}, {u"کاظمی", "kazemi"}, {u"مرادی", "moradi"},
    {u"سلیمانی", "soleimani"}, {u"عباسی", "abbasi"}, {u"محمودی", "mahmoudi"}, {u"زارعی", "zarei"},
    {u"یوسفی", "yousefi"}, {u"شریفی", "sharifi"}, {u"نجفی", "najafi"}, {u"طاهری", "taheri"},
    {u"امینی", "amini"}, {u"تهرانی", "tehrani"}, {u"اصفهانی", "esfahani"}, {u"شیرازی", "shirazi"},
    {u"تبریزی", "tabrizi"}, {u"کرمانی", "kermani"}, {u"قربانی", "ghorbani"}, {u"صالحی", "salehi"},
    {u"باقری", "bagheri"}, {u"فرهادی", "farhadi"}, {u"خسروی", "khosravi"}, {u"رستمی", "rostami"},
    {u"نادری", "naderi"}, {u"بهرامی", "bahrami"}, {u"جلالی", "jalali"}, {u"میرزایی", "mirzaei"},
    {u"پورمحمدی", "pourmohammadi"}, {u"عزیزی", "azizi"}, {u"افشار", "afshar"}, {u"کیانی", "kiani"},
    {u"سعیدی", "saeedi"}, {u"فراهانی", "farahani"}, {u"حیدری", "heydari"}, {u"ملکی", "maleki"},
    {u"نیک‌نام", "niknam"}, {u"دهقان", "dehghan"},
};

// clang-format on

constexpr const char16_t* kEnglishStaff[] = {u"Sarah", u"Tom", u"Priya"};
constexpr const char16_t* kRussianStaff[] = {u"Ольга", u"Ирина", u"Дмитрий"};
constexpr const char16_t* kArabicStaff[] = {u"ليلى", u"خالد", u"منى"};
constexpr const char16_t* kPersianStaff[] = {u"مریم", u"رضا", u"سارا"};

enum class NameLanguage
{
    English,
    Russian,
    Arabic,
    Persian
};

struct NameBook
{
    NameLanguage language;
    std::span<const GivenName> men;
    std::span<const GivenName> women;
    std::span<const FamilyName> families;
    std::span<const char16_t* const> staff;
    const char16_t* shopName;
};

const NameBook& nameBook(NameLanguage language)
{
    static const NameBook books[] = {
        {NameLanguage::English, kEnglishMen, kEnglishWomen, kEnglishFamilies, kEnglishStaff,
         u"Greenfield Deli & Grocery"},
        {NameLanguage::Russian, kRussianMen, kRussianWomen, kRussianFamilies, kRussianStaff,
         u"Лавка «Колосок»"},
        {NameLanguage::Arabic, kArabicMen, kArabicWomen, kArabicFamilies, kArabicStaff, u"بقالة الياسمين"},
        {NameLanguage::Persian, kPersianMen, kPersianWomen, kPersianFamilies, kPersianStaff,
         u"سوپرمارکت یاس"},
    };
    return books[int(language)];
}

QString text(const char16_t* utf16)
{
    return QString::fromUtf16(utf16);
}

std::optional<NameLanguage> languageFromCode(const QString& code)
{
    const QString lang = code.left(2).toLower();
    if (lang == u"en")
        return NameLanguage::English;
    if (lang == u"ru")
        return NameLanguage::Russian;
    if (lang == u"ar")
        return NameLanguage::Arabic;
    if (lang == u"fa")
        return NameLanguage::Persian;
    return std::nullopt;
}

NameLanguage languageOfRegion(const QString& region)
{
    static const QSet<QString> arabic = {u"SA"_s, u"AE"_s, u"EG"_s, u"JO"_s, u"KW"_s, u"QA"_s, u"BH"_s,
                                         u"OM"_s, u"IQ"_s, u"MA"_s, u"DZ"_s, u"TN"_s, u"LB"_s};
    if (region == u"RU")
        return NameLanguage::Russian;
    if (region == u"IR")
        return NameLanguage::Persian;
    if (arabic.contains(region))
        return NameLanguage::Arabic;
    return NameLanguage::English;
}

// A Russian woman bears the feminine form of her family's name: Иванов → Иванова, Вишневский → Вишневская,
// Толстой → Толстая; names like Шевченко or Черных do not change.
void feminineOf(const FamilyName& family, QString& name, QString& latin)
{
    name = text(family.name);
    latin = QString::fromLatin1(family.latin);
    for (const char16_t* ending : {u"ов", u"ев", u"ёв", u"ин", u"ын"}) {
        if (name.endsWith(QStringView(ending))) {
            name += u'а';
            latin += u'a';
            return;
        }
    }
    if (name.endsWith(u"ий") || name.endsWith(u"ой")) {
        name = name.chopped(2) + u"ая";
        latin = latin.chopped(2) + u"aya";
    }
}

// ---------------------------------------------------------------------------------------------------------
// Random draws from the few distributions the purchase model needs. Written out rather than taken from
// <random>, whose distributions differ between standard libraries: one seed gives one shop everywhere.
class Draw
{
public:
    explicit Draw(quint32 seed) : m_random(seed) {}

    double uniform() { return m_random.generateDouble(); }
    bool chance(double p) { return uniform() < p; }
    int below(int n) { return n <= 1 ? 0 : int(m_random.bounded(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    quint32 seed() { return m_random.generate(); }

    double normal()
    {
        // Box–Muller; 1 - u keeps the logarithm away from zero.
        const double u = 1.0 - uniform();
        const double v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
    }
    double exponential(double rate) { return -std::log(1.0 - uniform()) / rate; }
    // Marsaglia & Tsang (2000); shapes below 1 are boosted by one and scaled back with u^(1/shape).
    double gamma(double shape, double scale)
    {
        if (shape < 1.0)
            return gamma(shape + 1.0, scale) * std::pow(1.0 - uniform(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            const double x = normal();
            double v = 1.0 + c * x;
            if (v <= 0.0)
                continue;
            v = v * v * v;
            const double u = 1.0 - uniform();
            if (u < 1.0 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
                return d * v * scale;
        }
    }
    double beta(double a, double b)
    {
        const double x = gamma(a, 1.0);
        const double y = gamma(b, 1.0);
        return x + y > 0.0 ? x / (x + y) : 0.5;
    }
    template <typename T> const T& pick(std::span<const T> items)
    {
        return items[size_t(below(int(items.size())))];
    }

private:
    QRandomGenerator m_random;
};

// ---------------------------------------------------------------------------------------------------------
// The shop's money and calendar.

// What a typical basket costs and the step prices move in, both in ISO 4217 minor units of the country's
// currency (hundredths unless noted), whether or not people still count in them.
struct Basket
{
    const char* region;
    qint64 medianMinor;
    qint64 stepMinor;
};

// clang-format off
constexpr Basket kBaskets[] = {
    {"RU", 75000, 10}, {"GB", 1800, 1}, {"US", 2500, 1}, {"TR", 60000, 50}, {"IN", 80000, 100},
    {"SA", 8500, 5}, {"AE", 9500, 5}, {"QA", 9000, 5}, {"EG", 45000, 50}, {"MA", 18000, 50},
    {"DZ", 250000, 1000},
    {"IR", 250000000, 1000000}, {"LB", 150000000, 500000}, {"ID", 15000000, 50000},  // prices in thousands
    {"JO", 18000, 5}, {"KW", 9000, 5}, {"BH", 9000, 5}, {"OM", 9000, 5}, {"TN", 45000, 100}, // thousandths
    {"IQ", 30000000, 250000},                                                             // thousandths
    {"JP", 2500, 10}, {"KR", 25000, 100}, {"VN", 200000, 1000},                           // no minor unit
    {"UA", 50000, 10}, {"KZ", 800000, 1000}, {"UZ", 15000000, 100000}, {"AZ", 2500, 1}, {"AM", 800000, 1000},
    {"GE", 4000, 5}, {"PK", 350000, 1000},
};
// clang-format on

Basket basketOf(const QString& region)
{
    for (const Basket& basket : kBaskets) {
        if (region == QLatin1StringView(basket.region))
            return basket;
    }
    return {"", 2000, 1}; // most currencies: cents, a basket of about 20
}

// Countries spanning several zones: the zone where most of their shops are.
QTimeZone timeZoneOf(const QString& region)
{
    static const QHash<QString, QByteArray> main = {
        {u"RU"_s, "Europe/Moscow"},       {u"US"_s, "America/New_York"},  {u"CA"_s, "America/Toronto"},
        {u"AU"_s, "Australia/Sydney"},    {u"BR"_s, "America/Sao_Paulo"}, {u"KZ"_s, "Asia/Almaty"},
        {u"MX"_s, "America/Mexico_City"}, {u"ID"_s, "Asia/Jakarta"},      {u"ES"_s, "Europe/Madrid"},
        {u"PT"_s, "Europe/Lisbon"},       {u"CN"_s, "Asia/Shanghai"},     {u"UA"_s, "Europe/Kyiv"},
    };
    if (const auto found = main.constFind(region); found != main.constEnd()) {
        QTimeZone zone(found.value());
        if (zone.isValid())
            return zone;
    }
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds(QLocale::codeToTerritory(region));
    return zones.isEmpty() ? QTimeZone::utc() : QTimeZone(zones.first());
}

// Days of the two years, in the shop's local time, with their weekend and the UTC instant of local midnight.
class ShopCalendar
{
public:
    static constexpr int kDays = 731; // two years back from today, today included

    ShopCalendar(const QDateTime& nowUtc, const QString& region)
    {
        const QTimeZone zone = timeZoneOf(region);
        const QDate today = nowUtc.toTimeZone(zone).date();
        const QDate first = today.addDays(-(kDays - 1));
        // Iran rests on Thursday and Friday; much of the Arab world on Friday and Saturday.
        static const QSet<QString> fridaySaturday = {u"SA"_s, u"EG"_s, u"JO"_s, u"KW"_s, u"QA"_s,
                                                     u"BH"_s, u"OM"_s, u"IQ"_s, u"DZ"_s, u"LY"_s,
                                                     u"SY"_s, u"YE"_s, u"SD"_s};
        const int restStart = region == u"IR"                   ? Qt::Thursday
                              : fridaySaturday.contains(region) ? Qt::Friday
                                                                : Qt::Saturday;
        constexpr qint64 kJulianDayOfEpoch = 2440588;
        m_midnightUtcMs.reserve(kDays);
        m_weekend.reserve(kDays);
        for (int day = 0; day < kDays; ++day) {
            const QDate date = first.addDays(day);
            // Clocks change at night, outside opening hours: noon's offset holds for the whole working day.
            const int offset = QDateTime(date, QTime(12, 0), zone).offsetFromUtc();
            m_midnightUtcMs.push_back((date.toJulianDay() - kJulianDayOfEpoch) * 86400000 -
                                      qint64(offset) * 1000);
            const int dow = date.dayOfWeek();
            m_weekend.push_back(dow == restStart || dow == restStart % 7 + 1);
        }
    }

    bool isWeekend(int day) const { return m_weekend[size_t(day)]; }
    qint64 utcMs(int day, int minuteOfDay) const
    {
        return m_midnightUtcMs[size_t(day)] + minuteOfDay * 60000LL;
    }

private:
    std::vector<qint64> m_midnightUtcMs;
    std::vector<bool> m_weekend;
};

// ---------------------------------------------------------------------------------------------------------
// Who the customers are and when they buy.

// Open 9:00–20:00; relative weight of each opening hour: a morning rush, a lull, and the after-work peak.
constexpr int kOpeningHour = 9;
constexpr int kClosingHour = 20;
constexpr double kHourWeights[] = {4, 6, 7, 8, 9, 7, 6, 7, 10, 11, 6};
static_assert(std::size(kHourWeights) == kClosingHour - kOpeningHour);
constexpr double kWeekdayWeight = 0.7; // a working day brings 70% of a weekend day's customers

int drawHour(Draw& draw)
{
    double total = 0;
    for (double w : kHourWeights)
        total += w;
    double at = draw.uniform() * total;
    for (int i = 0; i < int(std::size(kHourWeights)); ++i) {
        at -= kHourWeights[i];
        if (at < 0)
            return kOpeningHour + i;
    }
    return kOpeningHour + int(std::size(kHourWeights)) - 1;
}

struct PlannedCustomer
{
    CustomerRecord record;
    bool card = false;
    bool marketing = false;
    ConsentRecord::Channel channel = ConsentRecord::Channel::Paper;
    QString recordedBy;
    QDateTime marketingWithdrawn; // invalid unless they later asked for no more offers
    qint64 id = 0;
};

struct PlannedSale
{
    qint64 atMs;
    int customer; // index into the planned customers
    qint64 amountMinor;
};

QString emailFor(Draw& draw, const QString& firstLatin, const QString& familyLatin, const QDate& birthday)
{
    static const QString domains[] = {u"example.com"_s, u"example.net"_s, u"example.org"_s};
    QString local;
    switch (draw.below(4)) {
    case 0:
        local = firstLatin + u'.' + familyLatin;
        break;
    case 1:
        local = firstLatin.left(1) + familyLatin;
        break;
    case 2:
        local = firstLatin + familyLatin.left(1);
        break;
    default:
        local = firstLatin + u'_' + familyLatin;
        break;
    }
    if (draw.chance(0.4))
        local += birthday.isValid() ? QString::number(birthday.year() % 100).rightJustified(2, u'0')
                                    : QString::number(draw.between(1, 99));
    QString clean;
    for (QChar ch : local.toLower()) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'.' || ch == u'_')
            clean += ch;
    }
    // Reserved example domains: a demo shop must never send a real person an offer by mistake.
    return clean + u'@' + domains[draw.below(int(std::size(domains)))];
}
} // namespace

DemoShop::DemoShop(Database& db, const Clock& clock) : m_db(db), m_clock(clock)
{
}

Result<DemoShop::Summary> DemoShop::create(const Options& options)
{
    if (options.customers <= 0)
        return makeError(Error::Kind::Invalid, tr("A demo shop needs at least one customer."));

    ShopSettings settings(m_db);
    QString region = options.region.trimmed().toUpper();
    if (region.isEmpty())
        region = settings.value(ShopSettings::Key::Country);
    if (region.isEmpty())
        region = CustomerDirectory::systemRegion();
    if (region.isEmpty())
        return makeError(
            Error::Kind::Invalid,
            tr("Choose the country of the demo shop, such as RU, IR, SA or GB: its customers get "
               "phone numbers of that country."));
    if (!PhoneNumbers::isKnownRegion(region))
        return makeError(
            Error::Kind::Invalid,
            tr("%1 is not a country code Regulars knows; use two letters, such as RU, IR, SA or GB.")
                .arg(region));
    const NameBook& book = nameBook(languageFromCode(options.language).value_or(languageOfRegion(region)));

    // Taken before anything is read, so a till writing at the same moment cannot slip customers in between.
    Transaction transaction(m_db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    CustomerStore customers(m_db);
    if (const qint64 existing = customers.count(); existing > 0)
        return makeError(
            Error::Kind::Invalid,
            tr("This database already holds %Ln customer(s). A demo shop is only created in a new, empty "
               "database, so it never mixes with real customers.",
               nullptr, int(qMin<qint64>(existing, std::numeric_limits<int>::max()))));

    const auto failed = [](const Error& error) {
        return makeError(
            error.kind,
            tr("The demo shop could not be written, so nothing was saved: %1").arg(error.message));
    };
    if (auto set = settings.setValue(ShopSettings::Key::Country, region); !set)
        return failed(set.error());
    if (!settings.isSet(ShopSettings::Key::ShopName)) {
        if (auto set = settings.setValue(ShopSettings::Key::ShopName, text(book.shopName)); !set)
            return failed(set.error());
    }

    const QDateTime now = m_clock.nowUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const ShopCalendar calendar(now, region);
    const Basket basket = basketOf(region);
    Draw draw(options.seed);

    std::vector<PlannedCustomer> planned;
    std::vector<PlannedSale> sales;
    planned.reserve(size_t(options.customers));
    sales.reserve(size_t(options.customers) * 8);
    QSet<QString> phones;
    phones.reserve(options.customers);

    const auto acceptsDay = [&](int day) { return calendar.isWeekend(day) || draw.chance(kWeekdayWeight); };
    // Thinning by weekday weight slows everyone down; this puts the average rate back where it was drawn.
    const double meanDayWeight = (2.0 + 5.0 * kWeekdayWeight) / 7.0;

    for (int i = 0; i < options.customers; ++i) {
        PlannedCustomer c;
        const int index = int(planned.size());
        const bool woman = draw.chance(0.5);
        const GivenName& given = draw.pick(woman ? book.women : book.men);
        const FamilyName& family = draw.pick(book.families);
        QString familyName = text(family.name);
        QString familyLatin = QString::fromLatin1(family.latin);
        if (woman && book.language == NameLanguage::Russian)
            feminineOf(family, familyName, familyLatin);
        c.record.name = text(given.name) + u' ' + familyName;

        if (draw.chance(0.15)) {
            switch (book.language) {
            case NameLanguage::English:
            case NameLanguage::Russian:
                if (given.nickname)
                    c.record.nickname = text(given.nickname);
                break;
            case NameLanguage::Arabic:
                // The kunya: father or mother of (usually) the eldest son.
                c.record.nickname = (woman ? u"أم "_s : u"أبو "_s) + text(draw.pick(book.men).name);
                break;
            case NameLanguage::Persian:
                c.record.nickname = woman ? u"خانم "_s + familyName
                                          : (draw.chance(0.5) ? u"حاج "_s : u"آقا "_s) + text(given.name);
                break;
            }
        }

        if (draw.chance(0.4)) {
            const int age = qBound(16, 18 + int(draw.gamma(3.0, 7.0)), 90);
            c.record.birthday = now.date().addYears(-age).addDays(-draw.below(365));
        }
        if (draw.chance(0.35))
            c.record.email = emailFor(draw, QString::fromLatin1(given.latin), familyLatin, c.record.birthday);

        // A random number can repeat, and a small numbering plan can run out: then the card identifies them.
        for (int attempt = 0; attempt < 20 && c.record.phoneE164.isEmpty(); ++attempt) {
            const QString phone = PhoneNumbers::randomMobile(region, draw.seed());
            if (!phone.isEmpty() && !phones.contains(phone)) {
                phones.insert(phone);
                c.record.phoneE164 = phone;
            }
        }
        c.card = draw.chance(0.6) || c.record.phoneE164.isEmpty();

        const double channel = draw.uniform();
        c.channel = channel < 0.5   ? ConsentRecord::Channel::Paper
                    : channel < 0.8 ? ConsentRecord::Channel::Verbal
                                    : ConsentRecord::Channel::Digital;
        c.recordedBy = text(draw.pick(book.staff));
        c.marketing = draw.chance(0.7);

        // MBG/NBD-like: a purchase rate per week from a Gamma, a chance to drop out after each purchase from
        // a Beta. A small core of regulars come about weekly and rarely leave; everybody else is
        // heterogeneous, most of them occasional and many gone after the first visit.
        const bool regular = draw.chance(0.08);
        const double perWeek = regular ? draw.gamma(6.0, 1.0 / 6.0) : draw.gamma(0.6, 0.5);
        const double dropout = regular ? draw.beta(1.0, 60.0) : draw.beta(0.8, 3.0);
        const double perDay = perWeek / 7.0 / meanDayWeight;
        const int habitualHour = drawHour(draw);
        const double habit = regular ? 0.7 : 0.3;
        const double typicalBasket = double(basket.medianMinor) * std::exp(0.45 * draw.normal());

        qint64 lastMs = 0;
        // False once the purchase would lie after now: the customer's story ends there.
        const auto buy = [&](int day) {
            const int hour = draw.chance(habit) ? habitualHour : drawHour(draw);
            qint64 atMs = calendar.utcMs(day, hour * 60 + draw.below(60)) + qint64(draw.below(60)) * 1000;
            // Back the same day for something forgotten: later than the first visit, or not at all.
            if (atMs <= lastMs) {
                atMs = lastMs + qint64(draw.between(10, 120)) * 60000;
                if (atMs >= calendar.utcMs(day, kClosingHour * 60))
                    return atMs <= nowMs;
            }
            if (atMs > nowMs)
                return false;
            lastMs = atMs;
            const double amount = typicalBasket * std::exp(0.35 * draw.normal());
            const qint64 steps = qMax<qint64>(1, qint64(std::llround(amount / double(basket.stepMinor))));
            sales.push_back({atMs, index, steps * basket.stepMinor});
            return true;
        };

        // Enrolment is the first purchase, on any day but today, so it always lies before now.
        int firstDay = draw.below(ShopCalendar::kDays - 1);
        while (!acceptsDay(firstDay))
            firstDay = draw.below(ShopCalendar::kDays - 1);
        const size_t firstSale = sales.size();
        buy(firstDay);
        c.record.createdAt = QDateTime::fromMSecsSinceEpoch(sales[firstSale].atMs, Qt::UTC);

        double t = firstDay + draw.uniform();
        while (perDay > 1e-9 && !draw.chance(dropout)) {
            int day = -1;
            while (day < 0) {
                t += draw.exponential(perDay);
                if (t >= ShopCalendar::kDays)
                    break;
                if (acceptsDay(int(t)))
                    day = int(t);
            }
            if (day < 0 || !buy(day))
                break;
        }

        if (c.marketing && draw.chance(0.05)) {
            const qint64 from = c.record.createdAt.toMSecsSinceEpoch();
            c.marketingWithdrawn =
                QDateTime::fromMSecsSinceEpoch(from + qint64(draw.uniform() * double(nowMs - from)), Qt::UTC);
        }
        planned.push_back(std::move(c));
    }

    // Enrolled in the order they first came: ids and card serials then grow with time, as in a real shop.
    std::vector<int> order(planned.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return planned[size_t(a)].record.createdAt < planned[size_t(b)].record.createdAt;
    });

    ConsentStore consents(m_db);
    const QString consentVersion = settings.value(ShopSettings::Key::ConsentVersion);
    const auto sha256 = [](const QString& consentText) {
        return QString::fromLatin1(
            QCryptographicHash::hash(consentText.toUtf8(), QCryptographicHash::Sha256).toHex());
    };
    const QString dataSha = sha256(settings.value(ShopSettings::Key::ConsentDataText));
    const QString marketingSha = sha256(settings.value(ShopSettings::Key::ConsentMarketingText));
    const QString cardPrefix = settings.value(ShopSettings::Key::CardPrefix);
    qint64 cardSerial = 0;

    for (int index : order) {
        PlannedCustomer& c = planned[size_t(index)];
        if (c.card)
            c.record.cardNumber = CardNumber::fromSerial(cardPrefix, ++cardSerial);
        auto id = customers.insert(c.record);
        if (!id)
            return failed(id.error());
        c.id = id.value();

        ConsentRecord consent;
        consent.customerId = c.id;
        consent.at = c.record.createdAt;
        consent.channel = c.channel;
        consent.textVersion = consentVersion;
        consent.recordedBy = c.recordedBy;
        consent.purpose = ConsentRecord::Purpose::Data;
        consent.granted = true;
        consent.textSha256 = dataSha;
        if (auto recorded = consents.record(consent); !recorded)
            return failed(recorded.error());
        consent.purpose = ConsentRecord::Purpose::Marketing;
        consent.granted = c.marketing;
        consent.textSha256 = marketingSha;
        if (auto recorded = consents.record(consent); !recorded)
            return failed(recorded.error());
        if (c.marketingWithdrawn.isValid()) {
            consent.granted = false;
            consent.at = c.marketingWithdrawn;
            consent.channel = ConsentRecord::Channel::Verbal;
            if (auto recorded = consents.record(consent); !recorded)
                return failed(recorded.error());
        }
    }

    // Receipts numbered in the order they were rung up; "DEMO-" keeps them apart from a real till's numbers.
    std::stable_sort(sales.begin(), sales.end(), [](const PlannedSale& a, const PlannedSale& b) {
        return a.atMs != b.atMs ? a.atMs < b.atMs : a.customer < b.customer;
    });
    if (!options.throughProgramme) {
        SaleStore saleStore(m_db);
        SaleRecord sale;
        sale.tillId = u"1"_s;
        for (size_t i = 0; i < sales.size(); ++i) {
            sale.saleRef = u"DEMO-%1"_s.arg(qulonglong(i) + 1, 6, 10, QChar(u'0'));
            sale.customerId = planned[size_t(sales[i].customer)].id;
            sale.at = QDateTime::fromMSecsSinceEpoch(sales[i].atMs, Qt::UTC);
            sale.amountMinor = sales[i].amountMinor;
            if (auto inserted = saleStore.insert(sale); !inserted)
                return failed(inserted.error());
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return Summary{int(planned.size()), int(sales.size())};
    }
    // Every purchase goes through the programme, on a clock set to its day, so balances, tiers, spent and
    // expired points look as they would after two years at the till.
    SettableClock saleClock(m_clock.nowUtc());
    OwnerEverywhere access(u"demo"_s);
    LoyaltyLedger ledger(m_db, saleClock, access);
    if (!settings.isSet(ShopSettings::Key::Programme)) {
        LoyaltyProgramme programme = LoyaltyProgramme::defaultsFor(ledger.money().everydayUnitMinor());
        programme.tiersEnabled = true;
        if (auto saved = ledger.setProgramme(programme); !saved)
            return failed(saved.error());
    }
    SaleRequest request;
    request.tillId = u"1"_s;
    for (size_t i = 0; i < sales.size(); ++i) {
        request.saleRef = u"DEMO-%1"_s.arg(qulonglong(i) + 1, 6, 10, QChar(u'0'));
        request.customerId = planned[size_t(sales[i].customer)].id;
        request.at = QDateTime::fromMSecsSinceEpoch(sales[i].atMs, Qt::UTC);
        request.amountMinor = sales[i].amountMinor;
        request.redeemPoints = 0;
        saleClock.set(request.at);
        // About one purchase in four is paid partly with points, half of what may be spent.
        if ((i * 2654435761u) % 4 == 0) {
            if (auto quote = ledger.quote(request); quote && quote->maxRedeemable >= 20)
                request.redeemPoints = quote->maxRedeemable / 2;
        }
        if (auto recorded = ledger.recordSale(request); !recorded)
            return failed(recorded.error());
    }
    saleClock.set(m_clock.nowUtc());
    if (auto expired = ledger.runDailyJobs(); !expired)
        return failed(expired.error());

    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Summary{int(planned.size()), int(sales.size())};
}
