"""The words of the report in English, Russian and Persian; one flat dict per language.

Channel and category codes are looked up as ``channel.<code>`` and
``category.<code>``; an unknown code shows as it is stored.
"""

from __future__ import annotations

LANGUAGES = ("en", "ru", "fa")

EN = {
    "title": "Customer feedback and improvement report",
    "subtitle": "Are customers heard, and do their ideas change anything?",
    "period": "Period",
    "previous": "Previous period",
    "generated": "Generated",
    "items_in_period": "{n} feedback items in this period",
    "page": "Page {n} of {total}",
    "summary": "Summary",
    "measure": "Measure",
    "this_period": "This period",
    "change": "Change",
    "h.items": "Feedback items received",
    "h.unanswered": "Unanswered items",
    "h.beyond_reply": "Replies beyond target",
    "h.fcr": "First-contact resolution",
    "h.switch": "Customers switching channel",
    "h.repeat": "Repeat contacts",
    "h.nps": "NPS",
    "h.csat": "CSAT (satisfied)",
    "h.done": "Improvements done",
    "h.declined": "Improvements declined",
    "h.loop": "Contributors replied to",
    "filters": "Filters",
    "filters.none": "none (all channels and categories)",
    "filters.channels": "channels",
    "filters.categories": "categories",
    "h.spared": "Survey questions not re-asked",
    "no_data": "no data",
    "charts": "Volume and speed",
    "chart.by_channel": "Feedback items by channel",
    "chart.by_week": "Feedback items per week",
    "week": "W{n}",
    "chart.response": "Median hours to first response and to reply, per channel",
    "legend.first_response": "first response",
    "legend.reply": "reply",
    "top_categories": "Top categories and what customers say",
    "items_share": "{n} items",
    "no_quotes": "No short quotes in this period.",
    "improvements": "Improvements done and declined",
    "improvement": "Improvement",
    "done": "Done",
    "declined": "Declined",
    "reason": "Reason",
    "benefit": "Measured benefit",
    "reasons": "Reasons for declining",
    "count": "Count",
    "none": "None in this period.",
    "more": "... and {n} more",
    "quality": "Service quality per channel",
    "quality_note": "Hours from receipt; median and 90th percentile (nearest rank). Items with a known "
    "contact, duplicates left out. Unanswered: no reply yet.",
    "col.channel": "Channel",
    "col.items": "Items",
    "col.first": "First response, h median / p90",
    "col.reply": "Reply, h median / p90",
    "col.beyond": "Beyond reply target",
    "col.unanswered": "Unanswered",
    "all_channels": "All channels",
}

RU = {
    "title": "Отчёт об обратной связи и улучшениях",
    "subtitle": "Слышим ли мы клиентов и меняют ли что-то их идеи?",
    "period": "Период",
    "previous": "Предыдущий период",
    "generated": "Создан",
    "items_in_period": "Обращений за период: {n}",
    "page": "Страница {n} из {total}",
    "summary": "Сводка",
    "measure": "Показатель",
    "this_period": "Этот период",
    "change": "Изменение",
    "h.items": "Получено обращений",
    "h.unanswered": "Без ответа",
    "h.beyond_reply": "Ответ позже срока",
    "h.fcr": "Решено с первого обращения",
    "h.switch": "Клиенты сменили канал",
    "h.repeat": "Повторные обращения",
    "h.nps": "NPS",
    "h.csat": "CSAT (довольны)",
    "h.done": "Улучшения внедрены",
    "h.declined": "Улучшения отклонены",
    "h.loop": "Авторам идей ответили",
    "filters": "Фильтры",
    "filters.none": "нет (все каналы и категории)",
    "filters.channels": "каналы",
    "filters.categories": "категории",
    "h.spared": "Вопросы опроса, не заданные повторно",
    "no_data": "нет данных",
    "charts": "Объём и скорость",
    "chart.by_channel": "Обращения по каналам",
    "chart.by_week": "Обращения по неделям",
    "week": "Нед. {n}",
    "chart.response": "Медиана часов до первого отклика и до ответа по каналам",
    "legend.first_response": "первый отклик",
    "legend.reply": "ответ",
    "top_categories": "Главные темы и слова клиентов",
    "items_share": "обращений: {n}",
    "no_quotes": "Коротких цитат за период нет.",
    "improvements": "Внедрённые и отклонённые улучшения",
    "improvement": "Улучшение",
    "done": "Внедрено",
    "declined": "Отклонено",
    "reason": "Причина",
    "benefit": "Измеренный эффект",
    "reasons": "Причины отказа",
    "count": "Число",
    "none": "За период нет.",
    "more": "... и ещё {n}",
    "quality": "Качество обслуживания по каналам",
    "quality_note": "Часы от получения; медиана и 90-й перцентиль (ближайший ранг). Обращения с известным "
    "контактом, без дубликатов. Без ответа: ответа ещё нет.",
    "col.channel": "Канал",
    "col.items": "Всего",
    "col.first": "Первый отклик, ч медиана / p90",
    "col.reply": "Ответ, ч медиана / p90",
    "col.beyond": "Ответ позже срока",
    "col.unanswered": "Без ответа",
    "all_channels": "Все каналы",
}

FA = {
    "title": "گزارش بازخورد مشتریان و بهبود",
    "subtitle": "آیا صدای مشتریان شنیده می‌شود و ایده‌هایشان چیزی را تغییر می‌دهد؟",
    "period": "دوره",
    "previous": "دوره قبل",
    "generated": "تاریخ تهیه",
    "items_in_period": "{n} بازخورد در این دوره",
    "page": "صفحه {n} از {total}",
    "summary": "خلاصه",
    "measure": "شاخص",
    "this_period": "این دوره",
    "change": "تغییر",
    "h.items": "بازخوردهای دریافتی",
    "h.unanswered": "بی‌پاسخ",
    "h.beyond_reply": "پاسخ دیرتر از هدف",
    "h.fcr": "حل در اولین تماس",
    "h.switch": "مشتریانی که کانال را عوض کردند",
    "h.repeat": "تماس‌های تکراری",
    "h.nps": "NPS",
    "h.csat": "CSAT (راضی)",
    "h.done": "بهبودهای انجام‌شده",
    "h.declined": "بهبودهای ردشده",
    "h.loop": "به مشارکت‌کنندگان پاسخ داده شد",
    "filters": "فیلترها",
    "filters.none": "هیچ (همه کانال‌ها و دسته‌ها)",
    "filters.channels": "کانال‌ها",
    "filters.categories": "دسته‌ها",
    "h.spared": "پرسش‌های نظرسنجی که دوباره پرسیده نشد",
    "no_data": "بدون داده",
    "charts": "حجم و سرعت",
    "chart.by_channel": "بازخورد بر اساس کانال",
    "chart.by_week": "بازخورد در هر هفته",
    "week": "هفته {n}",
    "chart.response": "میانه ساعت تا اولین واکنش و تا پاسخ، برای هر کانال",
    "legend.first_response": "اولین واکنش",
    "legend.reply": "پاسخ",
    "top_categories": "موضوعات اصلی و سخن مشتریان",
    "items_share": "{n} بازخورد",
    "no_quotes": "در این دوره نقل‌قول کوتاهی نیست.",
    "improvements": "بهبودهای انجام‌شده و ردشده",
    "improvement": "بهبود",
    "done": "انجام‌شده",
    "declined": "ردشده",
    "reason": "دلیل",
    "benefit": "فایده اندازه‌گیری‌شده",
    "reasons": "دلایل رد",
    "count": "تعداد",
    "none": "در این دوره موردی نیست.",
    "more": "... و {n} مورد دیگر",
    "quality": "کیفیت خدمت در هر کانال",
    "quality_note": "ساعت از زمان دریافت؛ میانه و صدک ۹۰ (نزدیک‌ترین رتبه). فقط بازخوردهای با مخاطب معلوم، "
    "بدون موارد تکراری. بی‌پاسخ: هنوز پاسخی داده نشده.",
    "col.channel": "کانال",
    "col.items": "تعداد",
    "col.first": "اولین واکنش، ساعت میانه / p90",
    "col.reply": "پاسخ، ساعت میانه / p90",
    "col.beyond": "پاسخ دیرتر از هدف",
    "col.unanswered": "بی‌پاسخ",
    "all_channels": "همه کانال‌ها",
}

CHANNELS = {
    "en": {
        "phone": "Phone", "email": "E-mail", "chat": "Chat", "social": "Social media",
        "web_form": "Web form", "self_service": "Self-service", "in_person": "In person",
        "survey": "Survey", "letter": "Letter",
    },
    "ru": {
        "phone": "Телефон", "email": "Эл. почта", "chat": "Чат", "social": "Соцсети",
        "web_form": "Веб-форма", "self_service": "Самообслуживание", "in_person": "Лично",
        "survey": "Опрос", "letter": "Письмо",
    },
    "fa": {
        "phone": "تلفن", "email": "ایمیل", "chat": "گفتگو", "social": "شبکه‌های اجتماعی",
        "web_form": "فرم وب", "self_service": "سلف‌سرویس", "in_person": "حضوری",
        "survey": "نظرسنجی", "letter": "نامه",
    },
}  # fmt: skip

CATEGORIES = {
    "en": {
        "delivery": "Delivery", "billing": "Billing and payments", "service_quality": "Service quality",
        "staff": "Staff and courtesy", "waiting_time": "Waiting time", "product": "Product",
        "website_app": "Website and app", "communication": "Communication", "facilities": "Facilities",
        "pricing": "Pricing", "uncategorised": "Not categorised",
    },
    "ru": {
        "delivery": "Доставка", "billing": "Счета и оплата", "service_quality": "Качество обслуживания",
        "staff": "Персонал и вежливость", "waiting_time": "Время ожидания", "product": "Товар",
        "website_app": "Сайт и приложение", "communication": "Информирование", "facilities": "Помещения",
        "pricing": "Цены", "uncategorised": "Без категории",
    },
    "fa": {
        "delivery": "تحویل", "billing": "صورتحساب و پرداخت", "service_quality": "کیفیت خدمات",
        "staff": "کارکنان و ادب", "waiting_time": "زمان انتظار", "product": "محصول",
        "website_app": "وب‌سایت و اپلیکیشن", "communication": "اطلاع‌رسانی", "facilities": "امکانات",
        "pricing": "قیمت‌ها", "uncategorised": "بدون دسته",
    },
}  # fmt: skip

_TEXTS = {"en": EN, "ru": RU, "fa": FA}


class Labels:
    """The words for one language: ``labels["title"]``, ``labels.channel("email")``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._texts = _TEXTS[lang]

    def __getitem__(self, key: str) -> str:
        return self._texts[key]

    def channel(self, code: str) -> str:
        return CHANNELS[self.lang].get(code, code)

    def category(self, code: str, stored_name: str | None = None) -> str:
        """The category's name in this language; else the name stored for it; else its code."""
        return CATEGORIES[self.lang].get(code) or stored_name or code

    def join(self, names: list[str], outer: bool = False) -> str:
        """Names in a list: ``a, b`` (``a; b`` for ``outer``); Persian uses its own comma and semicolon."""
        if self.lang == "fa":
            return ("؛ " if outer else "، ").join(names)
        return ("; " if outer else ", ").join(names)
