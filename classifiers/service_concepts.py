"""What customers complain about and suggest, in English, Russian and Persian, as language-free concepts.

Word sets cannot see that "my card has not arrived", "моя карта не пришла"
and "کارتم نرسیده" say one thing; the concepts they share (card, arrive) can.
The lexicon covers what complaints and ideas in banking, telecom, retail,
delivery, restaurants and apps talk about, not language at large (the
approach of app/survey_concepts.py, which covers survey questions).

Matching rules, on words folded like ``classifiers.normalize.words`` (lower
case, ё as е, ي/ك as ی/ک, ZWNJ removed, hamza forms of alef as ا):

- a word counts for a concept when it starts with one of the concept's
  stems, the longest stem first ("карточк" and "карту" both start "карт");
- a stem ending in "=" must be the whole word ("line=", not "linen");
- a Persian word that matches nothing is tried again without a verb prefix
  (نمی, می, ن, ب): "نرسیده" (has not arrived) finds the stem "رسید";
- Russian stems are long enough not to start unrelated words of the domain
  ("дорого=", not "дорог", which starts "дорога", the road); where one
  Russian word means two things (счёт: account and bill; перевод: transfer
  and translation) the concept is the one customer service means more often.
"""

from __future__ import annotations

from functools import lru_cache

from classifiers.normalize import words

# concept -> stems in English, Russian and Persian, separated by spaces.
CONCEPTS: dict[str, str] = {
    # -- time, waiting, speed ------------------------------------------------------------------
    "late": "late= later= delay overdue behind опозд задерж запозд دیر= دیرتر تاخیر",
    "wait": "wait hold= holding ожидан ожида ждал ждат жду= ждем ждет ждут прожда подожд дожда продержа "
    "منتظر انتظار معطل",
    "queue": "queue queues line= lines= очеред صف=",
    "hour": "hour час= часа= часов= часы= ساعت",
    "minute": "minute минут دقیقه",
    "day": "day= days= daily день= дня= дней= сутк روز",
    "week": "week недел هفته",
    "month": "month месяц ماه= ماهه ماهانه",
    "yesterday": "yesterday вчера دیروز",
    "today": "today сегодня امروز",
    "morning": "morning утр= утро= утром= صبح",
    "evening": "evening night вечер ночь= ночью= ночн شب= شبها شبانه عصر=",
    "weekend": "weekend saturday sunday holiday выходн суббот воскресен праздни تعطیلات جمعه",
    "fast": "fast quick speed prompt быстр скорост оперативн سریع سرعت زود=",
    "slow": "slow медленн тормоз کندی اهسته",
    "long": "long= lengthy forever долго= длительн طولانی",
    "always": "always every= again repeated всегда каждый каждую снова опять повторн همیشه هربار دوباره مجدد",
    "schedule": "schedule slot window интервал график расписан بازه زمانبندی",
    "open": "open= opening opened открыт откры باز= بازگشایی",
    "closed": "closed закрыт закры تعطیل",
    # -- people ----------------------------------------------------------------------------------
    "staff": "staff employee personnel worker clerk agent representative сотрудник персонал работник "
    "специалист консультант کارمند کارکن پرسنل کارشناس مسئول",
    "operator": "operator оператор اپراتور",
    "manager": "manager supervisor менеджер руководител начальник директор управляющ مدیر سرپرست",
    "cashier": "cashier teller checkout кассир кассе= касса= кассы= кассу= صندوقدار صندوق",
    "waiter": "waiter waitress официант گارسون پیشخدمت",
    "courier": "courier driver курьер водител پیک راننده",
    "technician": "technician engineer installer мастер техник инженер монтажник تکنسین نصاب",
    "customer": "customer client клиент покупател مشتری",
    "child": "child children kid baby ребен ребён детей дети= детск بچه کودک فرزند",
    "elderly": "elderly disabled wheelchair пожил инвалид коляск سالمند معلول ویلچر",
    "neighbour": "neighbour neighbor сосед همسایه",
    "nobody": "nobody никто= никого= никому= هیچکس",
    "human": "human person человек живым живой انسان شخص",
    # -- behaviour -----------------------------------------------------------------------------
    "rude": "rude impolite disrespect insult shout yell груб хамск хамил хамств нагруб невежлив накричал "
    "кричал بیادب بدرفتار بداخلاق توهین گستاخ",
    "polite": "polite courteous friendly kind helpful вежлив приветлив дружелюб любезн مودب مهربان خوشرفتار",
    "help": "help assist support помог помощ поддерж کمک پشتیبانی راهنمایی",
    "ignore": "ignore ignored unanswered игнор نادیده",
    "answer": "answer respond reply response ответ отвеча پاسخ جواب",
    "promise": "promise обеща обещ قول وعده",
    "apology": "apolog sorry извин عذرخواهی معذرت",
    "explain": "explain information inform объясн информац разъясн توضیح اطلاعات اطلاع",
    "thanks": "thank grateful gratitude спасиб благодар ممنون سپاس متشکر تشکر",
    "great": "great excellent amazing perfect wonderful отличн прекрасн замечательн великолепн супер "
    "عالی فوقالعاده بینظیر",
    "bad": "terrible awful horrible worst ужасн отвратит кошмар плох افتضاح بدترین وحشتناک بد=",
    "satisfied": "satisfied happy pleased доволен довольн удовлетвор راضی رضایت خوشحال",
    "unhappy": "disappoint unhappy upset angry annoy frustrat разочаров недовол расстро возмущ "
    "ناراضی ناامید عصبانی دلخور",
    # -- problems ------------------------------------------------------------------------------
    "problem": "problem issue trouble проблем неполад неприятн مشکل",
    "complaint": "complaint complain жалоб пожалов شکایت",
    "resolve": "resolve solve solution fix= fixed sorted решил решен решит устран исправ "
    "حل= برطرف رفع رسیدگی",
    "broken": "broken broke faulty defect damage crack torn сломал сломан полома неисправ бракован "
    "поврежд разбит порван треснут خراب شکسته معیوب اسیب پاره ترک=",
    "work": "work= works= working worked работает работают работал работала работало заработ функционир کار=",
    "wrong": "wrong incorrect mistake error неправильн ошиб неверн перепута اشتباه غلط خطا",
    "missing": "missing lost absent disappear пропал потерял потерян отсутств недостат недостач "
    "нехватк хватает گم= گمشده ناقص کسری",
    # -- delivery ------------------------------------------------------------------------------
    "arrive": "arrive arrived arrival came= come= пришл пришел прийти приход приезжа приехал поступ "
    "رسید رسد رسیده امد= امده",
    "receive": "receive got= get= получ دریافت",
    "send": "send sent shipped dispatch отправ присыла присла прислал выслал послал ارسال فرستاد فرست",
    "delivery": "deliver shipping shipment достав تحویل",
    "parcel": "parcel package box пакет посылк коробк بسته مرسوله کارتن",
    "order": "order заказ سفارش",
    "product": "product item goods товар продукт کالا محصول جنس",
    "address": "address адрес ادرس نشانی",
    "door": "door doorstep porch двер подъезд کنار= جلوی",
    "home": "home house apartment flat= дом= дома= домой квартир خانه منزل",
    "track": "track tracking status отслеж трек статус پیگیری رهگیری وضعیت",
    "warehouse": "warehouse склад انبار",
    "pickup": "pickup pick-up collect самовывоз выдач пункт تحویلگیری",
    "refund": "refund reimburs return returned возврат вернут вернул вернуть верните верну= "
    "مرجوع برگشت بازپرداخت استرداد عودت",
    "exchange": "exchange replace replacement swap обмен замен поменя تعویض عوض جایگزین",
    "packaging": "packaging packed wrapping упаковк упакова بستهبندی",
    "near": "near nearby close= рядом близк подъезжа نزدیک",
    "wet": "wet rain soaked мокр промок дожд خیس باران",
    # -- money, banking ------------------------------------------------------------------------
    "money": "money cash funds деньг денег деньгам средств наличн پول وجه نقد=",
    "card": "card карт کارت",
    "account": "account bill invoice statement счет аккаунт учетн кабинет حساب صورتحساب قبض",
    "balance": "balance остаток баланс موجودی مانده",
    "transfer": "transfer wire перевод перевел перевест перечисл انتقال واریز حواله",
    "payment": "pay= paid payment paying оплат плат заплат پرداخت",
    "fee": "fee= fees commission surcharge комисс сбор کارمزد",
    "charge": "charge debit deduct withdrawn списа спис снял сняли списан کسر برداشت",
    "twice": "twice double duplicate two= дважды двойн два= две= دوبار دو= دوم",
    "loan": "loan credit mortgage кредит ипотек займ заем وام اعتبار",
    "interest": "interest rate процент ставк سود= نرخ بهره",
    "deposit": "deposit savings вклад депозит سپرده",
    "atm": "atm cashpoint банкомат خودپرداز عابربانک عابر",
    "bank": "bank банк بانک",
    "blocked": "block frozen заблок блокир заморож مسدود بلوکه",
    "fraud": "fraud scam stolen unauthori мошен краж украл несанкцион کلاهبرداری سرقت دزد",
    "limit": "limit лимит ограничен سقف محدودیت",
    "password": "password pin= passcode парол пин= пинкод رمز گذرواژه",
    "code": "code код= кода= коду= кодом کد=",
    "login": "login log= sign= signin вход войти зайти авторизац логин ورود وارد لاگین",
    "confirm": "confirm verif approv подтвержд одобр تایید",
    "reject": "reject declin denied refus отказ отклон رد=",
    "debt": "debt owe arrears долг задолжен بدهی",
    "salary": "salary wage payroll зарплат жалован حقوق",
    "currency": "currency dollar euro валют доллар евро ارز دلار یورو",
    "cashback": "bonus points cashback loyalty reward бонус баллы баллов кешбэк кэшбэк лояльн "
    "امتیاز پاداش باشگاه",
    "contactless": "contactless nfc tap= бесконтакт غیرتماسی",
    "terminal": "terminal pos= терминал کارتخوان",
    "swallow": "swallow ate= retained зажевал проглот съел خورد=",
    # -- price ---------------------------------------------------------------------------------
    "price": "price cost expensive cheap overprice цен стоимост дорого= дорогой дорогая дорогие дороже "
    "дешев قیمت گران ارزان هزینه",
    "discount": "discount sale= promo coupon скидк акци промокод купон تخفیف کوپن",
    "increase": "increase raise raised rise hike повыс подорож увелич вырос выросл افزایش",
    "amount": "amount quantity sum= total количеств сумм مقدار مبلغ تعداد",
    "receipt": "receipt чек= чека= чеке= чеком квитанц فاکتور",
    "tag": "tag label shelf ценник этикет полк برچسب اتیکت قفسه",
    # -- telecom, internet, apps ---------------------------------------------------------------
    "internet": "internet wifi wi= broadband интернет вайфай wifi اینترنت وایفای فای=",
    "signal": "signal coverage reception связь= связи= сигнал покрыт انتن سیگنال پوشش",
    "disconnect": "disconnect drop drops dropped cut= outage обрыв разрыв отключ пропада обрыва قطع",
    "call": "call phone ring звон позвон дозвон телефон تماس زنگ تلفن",
    "contact": "contact reach связаться свяжитесь ارتباط",
    "message": "sms text= message notification notify смс сообщен уведомлен оповещ پیامک پیام اعلان",
    "email": "email e-mail mail= почт письм ایمیل",
    "plan": "plan tariff subscription тариф подписк تعرفه اشتراک طرح",
    "roaming": "roaming роуминг رومینگ",
    "number": "number номер شماره",
    "sim": "sim сим= симк سیم سیمکارت",
    "data": "data gigabyte traffic трафик гигабайт حجم گیگ",
    "topup": "top= topup recharge пополн شارژ",
    "router": "router modem роутер модем مودم روتر",
    "tv": "tv television channel телевиз канал تلویزیون شبکه کانال",
    "app": "app= apps= application mobile приложен مобильн اپلیکیشن اپ= برنامه نرمافزار",
    "website": "website site= online сайт онлайн سایت وبسایت انلاین",
    "crash": "crash freez closes= hang вылета вылет завис краш کرش هنگ",
    "update": "update upgrade version обновлен обновил обновит верси بهروزرسانی اپدیت نسخه",
    "screen": "screen page button экран страниц кнопк صفحه دکمه",
    "download": "download install скача загруз установ دانلود نصب",
    "mode": "mode theme режим тема= тему= حالت تم=",
    "dark": "dark тёмн темн تاریک",
    "language": "language english russian persian farsi язык англ русск перс فارس زبان انگلیسی روسی",
    "fingerprint": "fingerprint biometric face= отпечат биометр انگشت",
    "chat": "chat чат چت",
    "bot": "bot chatbot бот= робот ربات",
    "photo": "photo picture camera фото снимк камер عکس دوربین",
    "map": "map location gps геолок местополож نقشه مکان لوکیشن",
    "feature": "feature option function возможност функци опци امکان قابلیت گزینه",
    "add": "add= added adding добав اضافه افزودن",
    "suggest": "suggest idea propose предлага предлож идея идею پیشنهاد ایده",
    "document": "document form paperwork passport документ справк анкет паспорт مدارک سند فرم گذرنامه",
    "signature": "signature подпис امضا",
    "contract": "contract agreement договор контракт قرارداد",
    "cancel": "cancel unsubscrib terminat отмен расторг отпис لغو کنسل فسخ",
    "renew": "renew extend продл تمدید",
    "service": "service обслуживан сервис услуг خدمات سرویس",
    # -- restaurants, food ---------------------------------------------------------------------
    "food": "food meal dish soup pizza burger еда= еды= еду= едой блюд пищ суп пицц бургер غذا سوپ پیتزا",
    "cold": "cold cool= холодн остыв سرد",
    "hot": "hot= warm горяч тепл گرم= داغ",
    "taste": "taste tasty delicious bland вкус безвкус مزه طعم خوشمزه",
    "restaurant": "restaurant cafe кафе= ресторан رستوران کافه",
    "table": "table столик стол= میز",
    "booking": "booking reservation reserve appointment брон записал запись نوبت رزرو",
    "menu": "menu меню منو",
    "clean": "clean dirty filth hygien stain чист гряз антисанитар пятн تمیز کثیف بهداشت نظافت لکه",
    "toilet": "toilet restroom bathroom туалет уборн دستشویی توالت",
    "portion": "portion serving порци پرس=",
    "hair": "hair волос مو=",
    "drink": "drink coffee tea напит кофе чай= چای قهوه نوشیدنی",
    "spicy": "spicy salty остр солен пересол تند= شور=",
    "grocery": "grocery groceries milk bread meat vegetable fruit продукты= молок хлеб мяс= мяса= мясо= "
    "овощ фрукт شیر= نان= گوشت سبزی میوه",
    "vegetarian": "vegetarian vegan вегетариан веган گیاهخوار",
    "fresh": "fresh stale spoil rotten expired свеж испорч протух гнил просроч تازه فاسد کپک منقضی انقضا",
    "noise": "noise noisy loud music шум громк музык سروصدا صدای صدا= موسیقی",
    "crowded": "crowded людно толп شلوغ ازدحام",
    # -- retail --------------------------------------------------------------------------------
    "store": "store shop branch office supermarket магазин филиал отделен офис супермаркет "
    "فروشگاه مغازه شعبه دفتر",
    "stock": "stock availab sold= наличии закончил موجود= ناموجود",
    "size": "size fit= размер سایز اندازه",
    "clothes": "clothes shirt dress shoe jacket одежд рубашк плать обув куртк لباس پیراهن کفش کاپشن",
    "colour": "colour color цвет رنگ",
    "bag": "bag сумк کیسه ساک",
    "parking": "parking парков پارکینگ",
    "gift": "gift present подар هدیه کادو",
    "warranty": "warranty guarantee гарант گارانتی ضمانت",
    "repair": "repair ремонт почин تعمیر",
    "quality": "quality качеств کیفیت",
    "weight": "weight вес= веса= весом وزن",
    # -- places, travel, utilities -------------------------------------------------------------
    "car": "car= cars= vehicle машин автомоб авто= خودرو ماشین",
    "flight": "flight plane airline рейс самолет перелет پرواز هواپیما",
    "luggage": "luggage baggage suitcase багаж чемодан چمدان",
    "ticket": "ticket билет بلیط بلیت",
    "seat": "seat кресл место= места= صندلی",
    "room": "room комнат اتاق",
    "bus": "bus= train автобус поезд электричк اتوبوس قطار مترو",
    "taxi": "taxi такси تاکسی",
    "elevator": "elevator lift stairs лифт лестниц اسانسور پله",
    "ramp": "ramp пандус رمپ شیبدار",
    "electricity": "electricity power= электричеств свет= برق",
    "water": "water вода= воды= воду= водой اب=",
    "gas": "gas= газ= گاز",
    "meter": "meter счетчик کنتور",
    "insurance": "insurance insur страхов بیمه",
    "doctor": "doctor clinic hospital врач доктор клиник больниц پزشک دکتر کلینیک بیمارستان",
    "medicine": "medicine pharmacy drug лекарств аптек دارو",
    "security": "security guard охран امنیت نگهبان",
    "temperature": "temperature air= conditioning кондиционер температур душно دما کولر",
    "compensation": "compensat damages компенсац возмещ جبران خسارت غرامت",
}

_PERSIAN_PREFIXES = ("نمی", "می", "ن", "ب")  # verb prefixes: continuous, negation, subjunctive


def _fold(stem: str) -> str:
    return "".join(words(stem))


def _stems() -> tuple[dict[str, str], dict[str, str], int]:
    """(prefix stems, whole-word stems, longest prefix stem); the longest stem of a word wins."""
    prefix: dict[str, str] = {}
    whole: dict[str, str] = {}
    for concept, stems in CONCEPTS.items():
        for stem in stems.split():
            if stem.endswith("="):
                whole.setdefault(_fold(stem[:-1]), concept)
            else:
                prefix.setdefault(_fold(stem), concept)
    return prefix, whole, max(map(len, prefix))


_PREFIX, _WHOLE, _LONGEST = _stems()
CONCEPT_IDS: dict[str, int] = {concept: n for n, concept in enumerate(CONCEPTS)}


def _match(word: str) -> str | None:
    found = _WHOLE.get(word)
    if found is not None:
        return found
    for length in range(min(len(word), _LONGEST), 1, -1):
        found = _PREFIX.get(word[:length])
        if found is not None:
            return found
    return None


@lru_cache(maxsize=262_144)
def word_concept(word: str) -> str | None:
    """The concept of a folded word (see the module docstring), else None."""
    found = _match(word)
    if found is None and "\u0600" <= word[:1] <= "\u06ff":
        for prefix in _PERSIAN_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                found = _match(word[len(prefix) :])
                if found is not None:
                    break
    return found


def concepts(text: str) -> frozenset[str]:
    """The concepts a text talks about."""
    found = (word_concept(word) for word in words(text))
    return frozenset(c for c in found if c is not None)
