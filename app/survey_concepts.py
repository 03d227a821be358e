"""The words surveys ask with, in English, Russian and Persian, as language-free concepts.

Character n-grams cannot see that "Was the waiting area clean?", "Была ли
зона ожидания чистой?" and "آیا سالن انتظار تمیز بود؟" ask one thing; the
concepts they share (wait, area, clean) can. A word counts for a concept when
it starts with one of the concept's stems (folded like the search index:
lower case, ё as е, Persian letters unified), so "порекомендуете" and
"recommendation" both find "recommend"; a stem ending in "=" must be the
whole word ("друг=", not "другой"). Stems are chosen long enough not to
start unrelated words; the list covers the questions of customer-satisfaction
surveys, not language at large.
"""

from __future__ import annotations

import re
from functools import lru_cache

from db.textnorm import fold

_WORDS = re.compile(r"\w+")

# concept -> stems (English, Russian, Persian), separated by spaces.
CONCEPTS: dict[str, str] = {
    "recommend": "recommend suggest рекоменд порекоменд посовет совет توصیه پیشنهاد معرفی",
    "friend": "friend colleague relative друг= друга= другу= друзья= друзьям= друзей= знаком коллег родствен "
    "دوست آشنا همکار",
    "likely": "likely likelihood probab вероятн احتمال",
    "satisfied": "satisf happy pleased доволь удовлетвор نارضا رضایت راضی خشنود",
    "overall": "overall general whole целом общем کلی=",
    "clean": "clean tidy dirt чист гряз убран تمیز نظافت کثیف",
    "wait": "wait queue ожидан ожида ждал ждат очеред انتظار منتظر صف= معطل",
    "area": "area room lounge hall zone зал зон помещен سالن اتاق فضا محیط",
    "staff": "staff employee personnel advisor consultant manager сотрудник персонал менеджер консультант "
    "мастер کارکنان کارمند پرسنل مشاور کارشناس",
    "polite": "polite courteous friendly rude вежлив грубо приветлив дружелюб مودب مؤدب ادب برخورد دوستانه",
    "help": "help assist помог помощ поддерж کمک راهنمایی",
    "price": "price cost expens cheap цен стоимост дорог дешев قیمت هزینه گران ارزان",
    "quality": "quality качеств کیفیت",
    "delivery": "deliver shipping courier доставк доставл курьер تحویل ارسال پیک=",
    "time": "time timely punctual hour minute врем срок час= часа= часов= минут вовремя زمان وقت ساعت دقیقه",
    "service": "service servicing обслужив сервис услуг خدمات سرویس",
    "repair": "repair fix maintenance ремонт починк تعمیر",
    "car": "car= cars= vehicle auto= автомобил машин авто خودرو ماشین اتومبیل",
    "visit": "visit посещ визит приход مراجعه بازدید",
    "again": "again return repeat снова повторн вернет вернут دوباره مجدد بازگشت",
    "explain": "explain inform clear объясн разъясн информир توضیح اطلاع",
    "easy": "easy convenient simple легк удобн прост آسان راحت ساده",
    "call": "call phone звон телефон تماس تلفن",
    "problem": "problem issue complaint проблем жалоб неисправ مشکل شکایت",
    "resolve": "resolv solve solution fixed реши решен устран حل= برطرف",
    "score": "rate rating score scale grade оцен балл шкал امتیاز نمره",
    "comment": "comment remark wish комментар замечан пожелан نظر= نظرات= توضیحات",
    "dealer": "dealer showroom salon дилер салон автосалон نمایندگی",
    "fast": "fast quick speed prompt быстр скорост оператив سریع سرعت",
    "long": "long длител долг طولانی",
    "order": "order заказ سفارش",
    "product": "product goods item товар продукт محصول کالا",
    "store": "store shop branch office магазин филиал отделен офис فروشگاه شعبه دفتر",
    "pay": "pay bill invoice оплат плат счет پرداخت صورتحساب",
    "online": "online website site app= онлайн сайт приложен آنلاین سایت اپلیکیشن",
}

_STEMS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        ((fold(stem), concept) for concept, stems in CONCEPTS.items() for stem in stems.split()),
        key=lambda pair: -len(pair[0]),
    )
)


@lru_cache(maxsize=65_536)
def word_concept(word: str) -> str | None:
    """The concept a folded word starts like (longest stem first), else None."""
    for stem, concept in _STEMS:
        if word == stem.removesuffix("=") if stem.endswith("=") else word.startswith(stem):
            return concept
    return None


def concepts(text: str) -> frozenset[str]:
    """The survey concepts a text asks about."""
    found = (word_concept(word) for word in _WORDS.findall(fold(text)))
    return frozenset(c for c in found if c is not None)
