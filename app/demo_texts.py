"""Phrase banks for the sample data in ``app.demo_data``: English, Russian, Persian.

A feedback text is an opener, one core sentence chosen by language, category
and kind, a detail, often an order reference and a closer, so a few hundred
sentences give hundreds of thousands of distinct texts that still read like
what customers write.

Search benchmarks need words of known frequency: ``COMMON_WORDS`` occur in
most items of their language (the order reference), ``RARE_WORDS`` in about
one item in five hundred.
"""

from __future__ import annotations

LANGUAGES = ("en", "ru", "fa")
LANGUAGE_WEIGHTS = (50, 30, 20)

COMMON_WORDS = {"en": "order", "ru": "заказ", "fa": "سفارش"}
RARE_WORDS = {
    "en": ("zeolite", "harmonica", "turnstile", "periscope"),
    "ru": ("цеолитовый", "гармошку", "турникет", "перископ"),
    "fa": ("زئولیتی", "سازدهنی", "گردان", "پریسکوپ"),
}
RARE_SENTENCES = {
    "en": (
        "The receipt also lists a zeolite filter I never asked for.",
        "Someone left a harmonica in the waiting room.",
        "The turnstile at the entrance squeaks terribly.",
        "My son asked why there is a periscope in the shop window.",
    ),
    "ru": (
        "В чеке ещё почему-то цеолитовый фильтр, который я не заказывал.",
        "Кто-то оставил губную гармошку в зале ожидания.",
        "Турникет на входе ужасно скрипит.",
        "Сын спросил, зачем в витрине перископ.",
    ),
    "fa": (
        "در رسید یک فیلتر زئولیتی هم هست که من نخواسته بودم.",
        "کسی یک سازدهنی در سالن انتظار جا گذاشته بود.",
        "در گردان ورودی خیلی صدا می‌دهد.",
        "پسرم پرسید چرا در ویترین یک پریسکوپ هست.",
    ),
}

OPENERS = {
    "en": ("Hello.", "Good afternoon.", "Hi there.", "Hello team.", "Good morning.", "", "", ""),
    "ru": ("Здравствуйте!", "Добрый день.", "Здравствуйте.", "Добрый вечер.", "Доброе утро.", "", ""),
    "fa": ("سلام،", "با سلام و احترام،", "وقت بخیر،", "سلام وقت شما بخیر.", "", ""),
}

# Per kind: a sentence of context after the core sentence (or nothing).
DETAILS = {
    "en": {
        "complaint": (
            "It happened yesterday evening.",
            "This is not the first time.",
            "My neighbour had exactly the same experience.",
            "I have been your customer for many years.",
            "I have photos if you need them.",
            "",
        ),
        "suggestion": (
            "Many of my friends say the same.",
            "Other companies already do this.",
            "It would save everyone a lot of time.",
            "",
        ),
        "question": (
            "I could not find this on the website.",
            "The operator could not tell me.",
            "I need to know before Friday.",
            "",
        ),
        "praise": ("It made my day.", "I will definitely recommend you.", "Please pass this on.", ""),
    },
    "ru": {
        "complaint": (
            "Это было вчера вечером.",
            "Это происходит уже не в первый раз.",
            "У соседки была точно такая же история.",
            "Я ваш клиент уже много лет.",
            "Могу прислать фотографии.",
            "",
        ),
        "suggestion": (
            "Мои знакомые говорят то же самое.",
            "В других компаниях так уже делают.",
            "Это сэкономило бы всем много времени.",
            "",
        ),
        "question": (
            "На сайте я этого не нашёл.",
            "Оператор не смог ответить.",
            "Мне нужно знать до пятницы.",
            "",
        ),
        "praise": (
            "Вы подняли мне настроение.",
            "Обязательно буду рекомендовать вас.",
            "Передайте, пожалуйста.",
            "",
        ),
    },
    "fa": {
        "complaint": (
            "این اتفاق دیروز عصر افتاد.",
            "این اولین بار نیست.",
            "همسایه‌ام هم دقیقاً همین مشکل را داشت.",
            "سال‌هاست مشتری شما هستم.",
            "اگر لازم باشد عکس دارم.",
            "",
        ),
        "suggestion": (
            "دوستانم هم همین را می‌گویند.",
            "شرکت‌های دیگر این کار را می‌کنند.",
            "این کار وقت همه را صرفه‌جویی می‌کند.",
            "",
        ),
        "question": ("در سایت چیزی پیدا نکردم.", "اپراتور نتوانست جواب بدهد.", "تا جمعه باید بدانم.", ""),
        "praise": ("روزم را ساختید.", "حتماً شما را به دیگران معرفی می‌کنم.", "لطفاً به ایشان هم بگویید.", ""),
    },
}

ORDER_REFS = {
    "en": ("Order {n}.", "My order number is {n}.", "Order no. {n}."),
    "ru": ("Заказ № {n}.", "Номер заказа {n}.", "Заказ {n}."),
    "fa": ("شماره سفارش {n}.", "سفارش {n}.", "کد سفارش {n}."),
}

CLOSERS = {
    "en": {
        "complaint": ("Please sort this out.", "I expect a call back.", "Very disappointed.", ""),
        "suggestion": ("Thank you for listening.", "Just an idea.", ""),
        "question": ("Thank you in advance.", "Please reply by e-mail.", ""),
        "praise": ("Keep it up!", "Thank you!", ""),
    },
    "ru": {
        "complaint": ("Прошу разобраться.", "Жду обратного звонка.", "Очень разочарован.", ""),
        "suggestion": ("Спасибо, что выслушали.", "Просто идея.", ""),
        "question": ("Заранее спасибо.", "Ответьте, пожалуйста, на почту.", ""),
        "praise": ("Так держать!", "Спасибо!", ""),
    },
    "fa": {
        "complaint": ("لطفاً رسیدگی کنید.", "منتظر تماس شما هستم.", "خیلی ناامید شدم.", ""),
        "suggestion": ("ممنون که گوش می‌دهید.", "فقط یک پیشنهاد است.", ""),
        "question": ("پیشاپیش ممنونم.", "لطفاً با ایمیل جواب بدهید.", ""),
        "praise": ("خسته نباشید!", "ممنونم!", ""),
    },
}

DUPLICATE_PREFIX = {
    "en": "I already wrote about this.",
    "ru": "Я уже писал об этом.",
    "fa": "قبلاً در این مورد نوشته بودم.",
}

KINDS = ("complaint", "suggestion", "question", "praise")

# language -> category -> (complaints, suggestions, questions, praise)
_C = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]

_EN: dict[str, _C] = {
    "delivery": (
        (
            "The courier came two hours late and nobody called.",
            "My parcel was left at the wrong entrance and got wet.",
            "The delivery was rescheduled three times without any explanation.",
        ),
        (
            "It would help to see the courier on a map while waiting.",
            "Please let me choose a two-hour delivery window instead of the whole day.",
        ),
        (
            "Can I change the delivery address after the order has been sent?",
            "Why does delivery to my town take a week?",
        ),
        (
            "The courier was early, polite and even carried the box upstairs.",
            "Delivery arrived the next morning exactly as promised.",
        ),
    ),
    "billing": (
        (
            "I was charged twice for the same order.",
            "The refund promised a month ago still has not reached my card.",
            "The invoice shows a fee nobody told me about.",
        ),
        (
            "Please send the invoice by e-mail together with the receipt.",
            "Let me pay in instalments for larger purchases.",
        ),
        (
            "How long does a refund to a credit card usually take?",
            "Where can I download the invoices for last year?",
        ),
        ("The refund came back within two days, thank you.", "Paying by phone was quick and simple."),
    ),
    "service_quality": (
        (
            "The repair was done badly and the same fault came back after a week.",
            "Nobody checked the work before handing the car back.",
            "The service was careless and the staff did not seem to care.",
        ),
        (
            "A short checklist handed over with the car would show what was actually done.",
            "Offer a follow-up call a week after the service.",
        ),
        (
            "Is the repair covered by a guarantee, and for how long?",
            "What exactly is included in the standard service?",
        ),
        (
            "The service was excellent and everything works perfectly now.",
            "They fixed the problem on the first visit.",
        ),
    ),
    "staff": (
        (
            "The manager was rude and interrupted me several times.",
            "The operator hung up on me in the middle of the conversation.",
            "The staff at the counter ignored me for ten minutes.",
        ),
        (
            "Staff could wear name badges so customers know whom to ask.",
            "Training new employees on the returns policy would avoid confusion.",
        ),
        (
            "How can I thank the employee who helped me yesterday?",
            "Who is responsible for complaints about staff behaviour?",
        ),
        (
            "Maria at the front desk was incredibly helpful and patient.",
            "The mechanic explained everything clearly and kindly.",
        ),
    ),
    "waiting_time": (
        (
            "I waited forty minutes on the line before anyone answered.",
            "The queue at the branch did not move for an hour.",
            "I was told the car would be ready by noon, it was ready at six.",
        ),
        (
            "A call-back option would save customers from waiting on hold.",
            "Show the expected waiting time on the screen in the hall.",
        ),
        (
            "What are the quietest hours to visit the branch?",
            "Is it possible to book an appointment instead of queuing?",
        ),
        (
            "I was served within five minutes, which was a pleasant surprise.",
            "No queue at all, the whole visit took a quarter of an hour.",
        ),
    ),
    "product": (
        (
            "The kettle stopped working after two weeks.",
            "The package was damaged and the product inside was scratched.",
            "The size in the description does not match the real product.",
        ),
        (
            "Please bring back the larger package, it was better value.",
            "Add a version of this model without the plastic handle.",
        ),
        ("Is this model compatible with the older charger?", "When will the blue version be back in stock?"),
        ("The quality of the new model is excellent.", "The product works even better than described."),
    ),
    "website_app": (
        (
            "The app crashes every time I open the order history.",
            "The payment page freezes and I cannot finish the order.",
            "I cannot log in after the last update.",
        ),
        (
            "A dark mode in the app would be easier on the eyes.",
            "Let me save several delivery addresses in my profile.",
        ),
        (
            "How do I reset my password if I no longer use that e-mail?",
            "Why does the website ask me to log in again every day?",
        ),
        ("The new app is fast and easy to use.", "Ordering through the website took less than a minute."),
    ),
    "communication": (
        (
            "Nobody answered my e-mail for over a week.",
            "I got three different answers from three different operators.",
            "I was promised a call back and never received it.",
        ),
        (
            "Send a text message when the status of my request changes.",
            "One person should handle my case from start to finish.",
        ),
        ("Which e-mail address should I use for complaints?", "Can you send me the answer in writing?"),
        ("You kept me informed at every step, thank you.", "The answer was clear and came the same day."),
    ),
    "facilities": (
        (
            "The toilets in the waiting area were dirty.",
            "There is nowhere to park near the branch.",
            "The waiting room was cold and the coffee machine was broken.",
        ),
        (
            "Put a few chairs and a water cooler near the entrance.",
            "A children's corner would make waiting much easier for parents.",
        ),
        ("Is the branch accessible for wheelchairs?", "Do you have charging points for electric cars?"),
        (
            "The new waiting area is clean, bright and comfortable.",
            "Free coffee and Wi-Fi made the wait pleasant.",
        ),
    ),
    "pricing": (
        (
            "The price at the checkout was higher than the price on the shelf.",
            "The price doubled since last year with no improvement in service.",
            "The discount from the advertisement was not applied.",
        ),
        (
            "A loyalty discount for regular customers would be fair.",
            "Publish the price list for repairs on the website.",
        ),
        (
            "Does the promotion also apply to online orders?",
            "Why is the same service cheaper at your other branch?",
        ),
        ("Fair prices and no hidden fees, I appreciate it.", "The loyalty discount made a real difference."),
    ),
}

_RU: dict[str, _C] = {
    "delivery": (
        (
            "Курьер опоздал на два часа и не позвонил.",
            "Посылку оставили не у того подъезда, и она промокла.",
            "Доставку переносили три раза без всяких объяснений.",
        ),
        (
            "Было бы удобно видеть курьера на карте, пока ждёшь.",
            "Дайте выбрать двухчасовой интервал доставки вместо целого дня.",
        ),
        (
            "Можно ли изменить адрес доставки, если заказ уже отправлен?",
            "Почему доставка в наш город занимает неделю?",
        ),
        (
            "Курьер приехал раньше, был вежлив и даже занёс коробку на этаж.",
            "Доставка пришла на следующее утро, как и обещали.",
        ),
    ),
    "billing": (
        (
            "С меня дважды списали деньги за один и тот же заказ.",
            "Возврат, обещанный месяц назад, так и не пришёл на карту.",
            "В счёте есть комиссия, о которой меня никто не предупредил.",
        ),
        ("Присылайте, пожалуйста, счёт на почту вместе с чеком.", "Сделайте рассрочку для крупных покупок."),
        ("Сколько обычно идёт возврат на кредитную карту?", "Где можно скачать счета за прошлый год?"),
        ("Деньги вернули за два дня, спасибо.", "Оплата по телефону прошла быстро и просто."),
    ),
    "service_quality": (
        (
            "Ремонт сделали плохо, и через неделю та же неисправность вернулась.",
            "Никто не проверил работу, прежде чем вернуть машину.",
            "Обслуживание было небрежным, сотрудникам было всё равно.",
        ),
        (
            "Короткий чек-лист при выдаче машины показал бы, что именно сделано.",
            "Звоните клиенту через неделю после обслуживания.",
        ),
        ("Есть ли гарантия на ремонт и на какой срок?", "Что именно входит в стандартное обслуживание?"),
        ("Обслуживание отличное, теперь всё работает идеально.", "Проблему решили с первого визита."),
    ),
    "staff": (
        (
            "Менеджер грубил и несколько раз меня перебивал.",
            "Оператор бросил трубку посреди разговора.",
            "Сотрудники на стойке игнорировали меня десять минут.",
        ),
        (
            "Пусть сотрудники носят бейджи с именами, чтобы было понятно, к кому обращаться.",
            "Обучите новых сотрудников правилам возврата, чтобы не было путаницы.",
        ),
        (
            "Как поблагодарить сотрудника, который помог мне вчера?",
            "Кто отвечает за жалобы на поведение персонала?",
        ),
        (
            "Мария на ресепшене очень помогла и была терпелива.",
            "Мастер всё объяснил понятно и доброжелательно.",
        ),
    ),
    "waiting_time": (
        (
            "Я ждал на линии сорок минут, прежде чем кто-то ответил.",
            "Очередь в отделении не двигалась целый час.",
            "Обещали, что машина будет готова к обеду, а отдали в шесть.",
        ),
        (
            "Обратный звонок избавил бы клиентов от ожидания на линии.",
            "Показывайте ожидаемое время ожидания на экране в зале.",
        ),
        (
            "В какие часы в отделении меньше всего людей?",
            "Можно ли записаться заранее, чтобы не стоять в очереди?",
        ),
        (
            "Меня обслужили за пять минут, приятно удивлён.",
            "Никакой очереди, весь визит занял четверть часа.",
        ),
    ),
    "product": (
        (
            "Чайник перестал работать через две недели.",
            "Упаковка была повреждена, товар внутри поцарапан.",
            "Размер в описании не совпадает с реальным товаром.",
        ),
        (
            "Верните большую упаковку, она была выгоднее.",
            "Сделайте версию этой модели без пластиковой ручки.",
        ),
        (
            "Подходит ли эта модель к старому зарядному устройству?",
            "Когда синяя версия снова появится в продаже?",
        ),
        ("Качество новой модели отличное.", "Товар работает даже лучше, чем в описании."),
    ),
    "website_app": (
        (
            "Приложение вылетает каждый раз, когда я открываю историю заказов.",
            "Страница оплаты зависает, и я не могу оформить заказ.",
            "После последнего обновления не могу войти в аккаунт.",
        ),
        (
            "Тёмная тема в приложении была бы удобнее для глаз.",
            "Дайте сохранить несколько адресов доставки в профиле.",
        ),
        (
            "Как сбросить пароль, если у меня больше нет доступа к той почте?",
            "Почему сайт каждый день просит войти заново?",
        ),
        ("Новое приложение быстрое и удобное.", "Оформить заказ на сайте получилось меньше чем за минуту."),
    ),
    "communication": (
        (
            "На моё письмо никто не отвечал больше недели.",
            "Три разных оператора дали мне три разных ответа.",
            "Мне обещали перезвонить и так и не перезвонили.",
        ),
        (
            "Присылайте СМС, когда меняется статус моего обращения.",
            "Пусть одним обращением занимается один сотрудник от начала до конца.",
        ),
        ("На какой адрес писать жалобы?", "Можете прислать ответ письменно?"),
        ("Вы держали меня в курсе на каждом этапе, спасибо.", "Ответ был понятным и пришёл в тот же день."),
    ),
    "facilities": (
        (
            "Туалеты в зоне ожидания были грязные.",
            "Рядом с отделением негде припарковаться.",
            "В зале ожидания было холодно, а кофейный автомат не работал.",
        ),
        (
            "Поставьте у входа несколько стульев и кулер с водой.",
            "Детский уголок сильно облегчил бы ожидание родителям.",
        ),
        ("Есть ли в отделении пандус для инвалидных колясок?", "Есть ли у вас зарядка для электромобилей?"),
        ("Новая зона ожидания чистая, светлая и удобная.", "Бесплатный кофе и Wi-Fi скрасили ожидание."),
    ),
    "pricing": (
        (
            "На кассе цена оказалась выше, чем на ценнике.",
            "Цена выросла вдвое с прошлого года, а сервис не стал лучше.",
            "Скидку из рекламы не применили.",
        ),
        ("Было бы честно сделать скидку постоянным клиентам.", "Опубликуйте прайс-лист на ремонт на сайте."),
        (
            "Действует ли акция на заказы через интернет?",
            "Почему в другом вашем филиале та же услуга дешевле?",
        ),
        (
            "Честные цены и никаких скрытых комиссий, это ценно.",
            "Скидка постоянного клиента действительно ощутимая.",
        ),
    ),
}

_FA: dict[str, _C] = {
    "delivery": (
        (
            "پیک دو ساعت دیر آمد و کسی تماس نگرفت.",
            "بسته را جلوی در اشتباه گذاشتند و خیس شد.",
            "زمان تحویل سه بار بدون هیچ توضیحی عوض شد.",
        ),
        (
            "خوب بود می‌شد موقع انتظار، پیک را روی نقشه دید.",
            "لطفاً امکان انتخاب بازه دو ساعته برای تحویل بگذارید، نه کل روز.",
        ),
        ("آیا بعد از ارسال سفارش می‌شود آدرس تحویل را عوض کرد؟", "چرا ارسال به شهر ما یک هفته طول می‌کشد؟"),
        (
            "پیک زودتر رسید، مؤدب بود و حتی جعبه را تا طبقه بالا آورد.",
            "بسته همان‌طور که قول داده بودند صبح روز بعد رسید.",
        ),
    ),
    "billing": (
        (
            "برای یک سفارش دو بار از حسابم پول کم شد.",
            "پولی که یک ماه پیش قول بازگشتش را دادند هنوز به کارتم برنگشته.",
            "در فاکتور هزینه‌ای هست که هیچ‌کس درباره‌اش به من نگفته بود.",
        ),
        ("لطفاً فاکتور را همراه رسید به ایمیل بفرستید.", "برای خریدهای بزرگ امکان پرداخت قسطی بگذارید."),
        (
            "بازگشت پول به کارت اعتباری معمولاً چقدر طول می‌کشد؟",
            "فاکتورهای سال گذشته را از کجا می‌توانم دریافت کنم؟",
        ),
        ("پولم ظرف دو روز برگشت، ممنونم.", "پرداخت تلفنی سریع و ساده بود."),
    ),
    "service_quality": (
        (
            "تعمیر بد انجام شد و بعد از یک هفته همان ایراد برگشت.",
            "هیچ‌کس قبل از تحویل ماشین کار را بررسی نکرد.",
            "خدمات سرسری بود و برای کارکنان اهمیتی نداشت.",
        ),
        (
            "یک چک‌لیست کوتاه هنگام تحویل ماشین نشان می‌داد دقیقاً چه کاری انجام شده.",
            "یک هفته بعد از سرویس با مشتری تماس بگیرید.",
        ),
        ("آیا تعمیر گارانتی دارد و تا چه مدت؟", "سرویس استاندارد دقیقاً شامل چه چیزهایی است؟"),
        ("خدمات عالی بود و حالا همه چیز بی‌نقص کار می‌کند.", "مشکل را در همان مراجعه اول حل کردند."),
    ),
    "staff": (
        (
            "مدیر بی‌ادب بود و چند بار حرفم را قطع کرد.",
            "اپراتور وسط صحبت تلفن را قطع کرد.",
            "کارکنان پیشخوان ده دقیقه به من توجهی نکردند.",
        ),
        (
            "کارکنان کارت نام داشته باشند تا مشتری بداند از چه کسی بپرسد.",
            "آموزش قوانین مرجوعی به کارکنان جدید جلوی سردرگمی را می‌گیرد.",
        ),
        (
            "چطور می‌توانم از کارمندی که دیروز کمکم کرد تشکر کنم؟",
            "چه کسی مسئول رسیدگی به شکایت از رفتار کارکنان است؟",
        ),
        ("مریم در پذیرش خیلی کمک کرد و بسیار صبور بود.", "مکانیک همه چیز را واضح و با حوصله توضیح داد."),
    ),
    "waiting_time": (
        (
            "چهل دقیقه پشت خط منتظر ماندم تا کسی جواب داد.",
            "صف شعبه یک ساعت تمام تکان نخورد.",
            "گفتند ماشین تا ظهر آماده است، ساعت شش تحویل دادند.",
        ),
        (
            "امکان تماس برگشتی، مشتری را از انتظار پشت خط نجات می‌دهد.",
            "زمان تقریبی انتظار را روی صفحه نمایش سالن نشان دهید.",
        ),
        ("شعبه در چه ساعت‌هایی خلوت‌تر است؟", "آیا می‌شود به جای ایستادن در صف، وقت قبلی گرفت؟"),
        ("در پنج دقیقه کارم انجام شد، واقعاً غافلگیر شدم.", "اصلاً صف نبود و کل مراجعه یک ربع طول کشید."),
    ),
    "product": (
        (
            "کتری بعد از دو هفته از کار افتاد.",
            "بسته‌بندی آسیب دیده بود و کالای داخلش خط افتاده بود.",
            "اندازه در توضیحات با کالای واقعی فرق دارد.",
        ),
        (
            "لطفاً بسته‌بندی بزرگ را دوباره بیاورید، به‌صرفه‌تر بود.",
            "نسخه‌ای از این مدل بدون دسته پلاستیکی تولید کنید.",
        ),
        ("آیا این مدل با شارژر قدیمی سازگار است؟", "نسخه آبی کی دوباره موجود می‌شود؟"),
        ("کیفیت مدل جدید عالی است.", "کالا حتی بهتر از توضیحاتش کار می‌کند."),
    ),
    "website_app": (
        (
            "هر بار که تاریخچه سفارش‌ها را باز می‌کنم، برنامه بسته می‌شود.",
            "صفحه پرداخت قفل می‌کند و نمی‌توانم سفارش را تمام کنم.",
            "بعد از آخرین به‌روزرسانی نمی‌توانم وارد حسابم شوم.",
        ),
        ("حالت تیره در برنامه برای چشم راحت‌تر است.", "امکان ذخیره چند آدرس تحویل در پروفایل را اضافه کنید."),
        (
            "اگر دیگر به آن ایمیل دسترسی ندارم، چطور رمز عبور را بازیابی کنم؟",
            "چرا سایت هر روز دوباره از من می‌خواهد وارد شوم؟",
        ),
        ("برنامه جدید سریع و راحت است.", "ثبت سفارش در سایت کمتر از یک دقیقه طول کشید."),
    ),
    "communication": (
        (
            "بیش از یک هفته کسی به ایمیلم جواب نداد.",
            "سه اپراتور مختلف سه جواب متفاوت به من دادند.",
            "قول دادند با من تماس بگیرند ولی هیچ‌وقت نگرفتند.",
        ),
        ("وقتی وضعیت درخواستم تغییر می‌کند، پیامک بفرستید.", "یک نفر از اول تا آخر مسئول پرونده من باشد."),
        ("شکایت‌ها را به کدام آدرس ایمیل بفرستم؟", "می‌توانید جواب را کتبی بفرستید؟"),
        ("در هر مرحله مرا در جریان گذاشتید، ممنونم.", "جواب روشن بود و همان روز رسید."),
    ),
    "facilities": (
        (
            "سرویس‌های بهداشتی سالن انتظار کثیف بود.",
            "نزدیک شعبه جای پارک نیست.",
            "سالن انتظار سرد بود و دستگاه قهوه خراب بود.",
        ),
        (
            "چند صندلی و آب‌سردکن کنار ورودی بگذارید.",
            "یک گوشه بازی برای کودکان، انتظار را برای والدین راحت‌تر می‌کند.",
        ),
        ("آیا شعبه برای ویلچر قابل دسترسی است؟", "ایستگاه شارژ خودروی برقی دارید؟"),
        ("سالن انتظار جدید تمیز، روشن و راحت است.", "قهوه و وای‌فای رایگان انتظار را دلپذیر کرد."),
    ),
    "pricing": (
        (
            "قیمت در صندوق بیشتر از قیمت روی قفسه بود.",
            "قیمت نسبت به پارسال دو برابر شده ولی خدمات بهتر نشده.",
            "تخفیف تبلیغ‌شده اعمال نشد.",
        ),
        ("تخفیف وفاداری برای مشتریان دائمی منصفانه است.", "فهرست قیمت تعمیرات را در سایت منتشر کنید."),
        ("آیا این تخفیف برای سفارش اینترنتی هم هست؟", "چرا همین خدمت در شعبه دیگرتان ارزان‌تر است؟"),
        ("قیمت‌ها منصفانه است و هزینه پنهانی ندارد، ممنونم.", "تخفیف مشتری دائمی واقعاً محسوس بود."),
    ),
}


def _by_kind(bank: dict[str, _C]) -> dict[str, dict[str, tuple[str, ...]]]:
    return {category: dict(zip(KINDS, sentences, strict=True)) for category, sentences in bank.items()}


# language -> category -> kind -> core sentences
CORES = {"en": _by_kind(_EN), "ru": _by_kind(_RU), "fa": _by_kind(_FA)}

# --- people -------------------------------------------------------------------------------

EN_FIRST = (
    "James", "Emily", "Michael", "Sarah", "David", "Olivia", "Daniel", "Sophie", "Thomas", "Emma",
    "Robert", "Hannah", "William", "Grace", "Peter", "Laura", "Andrew", "Chloe", "Mark", "Lucy",
)  # fmt: skip
EN_LAST = (
    "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Clarke", "Walker", "Wright",
    "Robinson", "Thompson", "Hughes", "Green", "Hall", "Wood", "Harris", "Lewis", "Martin", "Cooper",
)  # fmt: skip
RU_MALE_FIRST = (
    "Александр",
    "Дмитрий",
    "Сергей",
    "Андрей",
    "Алексей",
    "Иван",
    "Михаил",
    "Николай",
    "Павел",
    "Артём",
)
RU_FEMALE_FIRST = (
    "Анна",
    "Мария",
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Екатерина",
    "Светлана",
    "Юлия",
)
RU_LAST = (
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
    "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов",
)  # fmt: skip
# Persian names with the Latin spelling their owners use in e-mail addresses.
FA_FIRST = (
    ("علی", "ali"), ("محمد", "mohammad"), ("رضا", "reza"), ("حسین", "hossein"), ("مهدی", "mehdi"),
    ("امیر", "amir"), ("سعید", "saeed"), ("حمید", "hamid"), ("زهرا", "zahra"), ("فاطمه", "fatemeh"),
    ("مریم", "maryam"), ("سارا", "sara"), ("نرگس", "narges"), ("لیلا", "leila"), ("نازنین", "nazanin"),
    ("مینا", "mina"),
)  # fmt: skip
FA_LAST = (
    ("محمدی", "mohammadi"), ("حسینی", "hosseini"), ("احمدی", "ahmadi"), ("کریمی", "karimi"),
    ("رضایی", "rezaei"), ("موسوی", "mousavi"), ("جعفری", "jafari"), ("صادقی", "sadeghi"),
    ("رحیمی", "rahimi"), ("نوری", "nouri"), ("قاسمی", "ghasemi"), ("کاظمی", "kazemi"),
)  # fmt: skip

_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip


def transliterate(cyrillic: str) -> str:
    """Latin spelling of a Russian name, as people use it in e-mail addresses."""
    return cyrillic.lower().translate(_TRANSLIT)


EMAIL_DOMAINS = {
    "en": ("Gmail.com", "outlook.com", "YAHOO.CO.UK", "icloud.com"),
    "ru": ("Mail.RU", "yandex.ru", "gmail.com", "BK.ru"),
    "fa": ("gmail.com", "Yahoo.com", "chmail.ir"),
}

# (username, display name, role, usual channel code)
USERS = (
    ("o.ivanova", "Ольга Иванова", "operator", "phone"),
    ("d.sokolov", "Дмитрий Соколов", "operator", "chat"),
    ("t.becker", "Tom Becker", "operator", "email"),
    ("s.karimi", "سارا کریمی", "operator", "social"),
    ("a.smirnova", "Анна Смирнова", "operator", "in_person"),
    ("r.ahmadi", "رضا احمدی", "operator", "letter"),
    ("l.green", "Laura Green", "operator", "web_form"),
    ("e.kuznetsova", "Елена Кузнецова", "manager", "email"),
    ("m.hughes", "Mark Hughes", "manager", "email"),
    ("m.hosseini", "مریم حسینی", "manager", "phone"),
    ("v.orlov", "Виктор Орлов", "executive", None),
    ("it.admin", "IT Administrator", "admin", None),
)

# --- improvements --------------------------------------------------------------------------

IMPROVEMENT_TITLES = {
    "en": {
        "delivery": ("Live courier tracking", "Two-hour delivery windows"),
        "billing": ("Stop double charges at checkout", "E-mail invoices with every receipt"),
        "service_quality": ("Quality check before handover", "Follow-up call after service"),
        "staff": ("Name badges for all staff", "Returns policy training"),
        "waiting_time": ("Call-back instead of hold", "Waiting time on the hall screen"),
        "product": ("Bring back the large package", "Better packaging for fragile goods"),
        "website_app": ("Fix crashes in order history", "Several saved delivery addresses"),
        "communication": ("Status change text messages", "One owner per case"),
        "facilities": ("Children's corner in the waiting area", "Water cooler at the entrance"),
        "pricing": ("Loyalty discount", "Publish repair prices online"),
    },
    "ru": {
        "delivery": ("Отслеживание курьера на карте", "Двухчасовые интервалы доставки"),
        "billing": ("Убрать двойные списания", "Счёт на почту вместе с чеком"),
        "service_quality": ("Проверка качества перед выдачей", "Звонок клиенту после обслуживания"),
        "staff": ("Бейджи для всех сотрудников", "Обучение правилам возврата"),
        "waiting_time": ("Обратный звонок вместо ожидания", "Время ожидания на экране в зале"),
        "product": ("Вернуть большую упаковку", "Надёжная упаковка хрупких товаров"),
        "website_app": ("Исправить вылеты в истории заказов", "Несколько адресов доставки"),
        "communication": ("СМС при смене статуса", "Один ответственный на обращение"),
        "facilities": ("Детский уголок в зоне ожидания", "Кулер с водой у входа"),
        "pricing": ("Скидка постоянным клиентам", "Прайс-лист на ремонт на сайте"),
    },
    "fa": {
        "delivery": ("پیگیری زنده پیک", "بازه‌های دو ساعته تحویل"),
        "billing": ("حذف برداشت دوباره از حساب", "ارسال فاکتور با ایمیل"),
        "service_quality": ("بازبینی کیفیت پیش از تحویل", "تماس پیگیری پس از سرویس"),
        "staff": ("کارت نام برای همه کارکنان", "آموزش قوانین مرجوعی"),
        "waiting_time": ("تماس برگشتی به جای انتظار", "نمایش زمان انتظار در سالن"),
        "product": ("بازگشت بسته‌بندی بزرگ", "بسته‌بندی بهتر برای کالای شکستنی"),
        "website_app": ("رفع خطای تاریخچه سفارش‌ها", "ذخیره چند آدرس تحویل"),
        "communication": ("پیامک تغییر وضعیت", "یک مسئول برای هر پرونده"),
        "facilities": ("گوشه بازی کودکان در سالن انتظار", "آب‌سردکن کنار ورودی"),
        "pricing": ("تخفیف وفاداری", "انتشار قیمت تعمیرات در سایت"),
    },
}
BRANCHES = {
    "en": ("North branch", "Central branch", "Airport branch", "online store", "call centre"),
    "ru": ("Северный филиал", "Центральный филиал", "филиал в аэропорту", "интернет-магазин", "колл-центр"),
    "fa": ("شعبه شمال", "شعبه مرکزی", "شعبه فرودگاه", "فروشگاه اینترنتی", "مرکز تماس"),
}
EXPECTED_BENEFITS = {
    "en": (
        "About {n}% fewer complaints on this topic.",
        "Saves operators about {n} hours a week.",
        "Satisfaction score up by {n} points.",
    ),
    "ru": (
        "Примерно на {n}% меньше жалоб по этой теме.",
        "Экономия около {n} часов работы операторов в неделю.",
        "Рост оценки удовлетворённости на {n} пунктов.",
    ),
    "fa": (
        "حدود {n} درصد شکایت کمتر در این موضوع.",
        "حدود {n} ساعت صرفه‌جویی در هفته برای اپراتورها.",
        "افزایش {n} امتیازی رضایت مشتری.",
    ),
}
MEASURED_BENEFITS = {
    "en": ("Complaints on this topic fell by {n}% over three months.", "Average handling time down {n}%."),
    "ru": (
        "За три месяца жалоб по теме стало меньше на {n}%.",
        "Среднее время обработки сократилось на {n}%.",
    ),
    "fa": ("در سه ماه شکایت‌ها در این موضوع {n} درصد کم شد.", "میانگین زمان رسیدگی {n} درصد کاهش یافت."),
}
DECLINE_REASONS = {
    "en": (
        "The cost is far higher than the expected benefit.",
        "Our supplier cannot support this before next year.",
        "Too few customers asked for it to justify the change.",
        "It conflicts with legal requirements on personal data.",
    ),
    "ru": (
        "Затраты намного выше ожидаемой пользы.",
        "Поставщик не сможет это поддержать раньше следующего года.",
        "Слишком мало клиентов просили об этом, чтобы оправдать изменения.",
        "Это противоречит требованиям закона о персональных данных.",
    ),
    "fa": (
        "هزینه آن خیلی بیشتر از فایده مورد انتظار است.",
        "تأمین‌کننده ما تا سال آینده نمی‌تواند از آن پشتیبانی کند.",
        "تعداد کمی از مشتریان آن را خواسته‌اند و تغییر توجیه ندارد.",
        "با الزامات قانونی درباره داده‌های شخصی در تعارض است.",
    ),
}

# --- replies -------------------------------------------------------------------------------

# The reply templates themselves live in app/reference_data.py (REPLY_TEMPLATES).
DECISION_WORDS = {
    "en": {"accepted": "we will do it", "declined": "we will not do it for now"},
    "ru": {"accepted": "делаем", "declined": "пока не будем это делать"},
    "fa": {"accepted": "انجامش می‌دهیم", "declined": "فعلاً انجامش نمی‌دهیم"},
}
# Free-form answers (no template) to complaints, questions and praise.
DIRECT_REPLIES = {
    "en": {
        "complaint": "Dear {name},\n\nwe are sorry about this. We have passed your complaint to the team "
        "responsible and made sure it is followed up.\n\nCustomer care",
        "question": "Dear {name},\n\nthank you for your question. You will find the details in your personal "
        "account; an operator will call you if anything is still unclear.\n\nCustomer care",
        "praise": "Dear {name},\n\nthank you for your kind words! We have shared them with the team.\n\n"
        "Customer care",
    },
    "ru": {
        "complaint": "Здравствуйте, {name}!\n\nПриносим извинения. Мы передали вашу жалобу ответственной "
        "команде и проследим, чтобы её решили.\n\nСлужба заботы о клиентах",
        "question": "Здравствуйте, {name}!\n\nСпасибо за вопрос. Подробности есть в личном кабинете; если "
        "что-то останется непонятным, оператор вам перезвонит.\n\nСлужба заботы о клиентах",
        "praise": "Здравствуйте, {name}!\n\nСпасибо за тёплые слова! Мы передали их команде.\n\n"
        "Служба заботы о клиентах",
    },
    "fa": {
        "complaint": "{name} عزیز،\n\nبابت این موضوع پوزش می‌خواهیم. شکایت شما به تیم مسئول ارجاع شد "
        "و پیگیری می‌شود.\n\nواحد امور مشتریان",
        "question": "{name} عزیز،\n\nاز پرسش شما سپاسگزاریم. جزئیات در حساب کاربری شما آمده است؛ اگر "
        "ابهامی بماند اپراتور با شما تماس می‌گیرد.\n\nواحد امور مشتریان",
        "praise": "{name} عزیز،\n\nاز لطف شما سپاسگزاریم! سخنان شما را با تیم در میان گذاشتیم.\n\n"
        "واحد امور مشتریان",
    },
}

# --- surveys -------------------------------------------------------------------------------

# code -> (meaning, answer type)
CANONICAL_QUESTIONS = {
    "nps": ("How likely are you to recommend us to a friend or colleague? (0-10)", "scale_0_10"),
    "overall_satisfaction": ("Overall satisfaction with the visit (1-5)", "scale_1_5"),
    "problem_solved": ("Was the problem solved?", "yes_no"),
    "waiting_area_clean": ("How clean was the waiting area? (1-5)", "scale_1_5"),
    "ready_on_time": ("Was the car ready at the promised time?", "yes_no"),
    "comment": ("Anything else you would like to tell us", "text"),
}
# (source system, survey name) -> questions as (code in that system, text, canonical code)
SURVEYS = {
    ("manufacturer_esurvey", "Dealer satisfaction 2026"): (
        ("Q1_NPS", "How likely are you to recommend this dealer to a friend or colleague?", "nps"),
        ("Q2_OSAT", "Overall, how satisfied are you with your recent service visit?", "overall_satisfaction"),
        ("Q3_FIXED", "Was the problem you came in with fixed?", "problem_solved"),
        ("Q4_CLEAN", "How clean and comfortable was the waiting area?", "waiting_area_clean"),
        ("Q9_COMMENT", "Is there anything else you would like to tell us?", "comment"),
    ),
    ("dealer_callcentre", "Service follow-up call"): (
        ("recommend_0_10", "On a scale from 0 to 10, would you recommend us to people you know?", "nps"),
        (
            "satisfied_1_5",
            "How satisfied were you with the service overall, from 1 to 5?",
            "overall_satisfaction",
        ),
        ("issue_resolved", "Did we resolve the issue you brought the car in for?", "problem_solved"),
        ("ready_as_promised", "Was your car ready at the time we promised?", "ready_on_time"),
        ("operator_notes", "Operator notes: anything the customer added", "comment"),
    ),
}
