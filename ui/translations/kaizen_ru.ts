<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AnswerInput</name>
    <message>
        <source>What the customer says (Shift+Enter: new line)</source>
        <extracomment>Enter in a text answer (other inputs leave Enter to the screen).</extracomment>
        <translation>Что говорит клиент (Shift+Enter: новая строка)</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>Целое число от %1 до %2</translation>
    </message>
    <message>
        <source>&amp;Yes (Y)</source>
        <translation>&amp;Да (Y)</translation>
    </message>
    <message>
        <source>&amp;No (N)</source>
        <translation>&amp;Нет (N)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Training the classifiers on the sample data…</source>
        <translation>Обучение классификаторов на демонстрационных данных…</translation>
    </message>
    <message>
        <source>Preparing sample data…</source>
        <translation>Подготовка демонстрационных данных…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Разбор</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Act / standardised</source>
        <translation>Закрепление / стандарт</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>, improvement %1</source>
        <translation>, улучшение %1</translation>
    </message>
    <message>
        <source>Now: %1 (version %2)</source>
        <translation>Сейчас: %1 (версия %2)</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 обр.</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 обр.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 чел.</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 чел.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>без ответственного</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>%1 (newest %2 of %3)</source>
        <extracomment>Asks the user for a text: (parent, title, label) -&gt; the text, or None when cancelled. The cards were (re)loaded from the database. The workflow moved this improvement to this stage. A move, undo or redo was refused or failed: the message the user saw. The user opened this improvement (double click, or Enter).</extracomment>
        <translation>%1 (новейшие %2 из %3)</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Перевести в «%1»</translation>
    </message>
    <message>
        <source>Why? The contributors of “%1” will be told this reason.</source>
        <translation>Почему? Авторам обращений по «%1» сообщат эту причину.</translation>
    </message>
    <message>
        <source>Leave Check</source>
        <translation>Выход из проверки</translation>
    </message>
    <message>
        <source>What was the measured result of “%1”?</source>
        <translation>Каков измеренный результат «%1»?</translation>
    </message>
    <message>
        <source>Move refused</source>
        <translation>Перевод отклонён</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>Kaizen Desk</source>
        <translation>Kaizen Desk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Перевести в</translation>
    </message>
</context>
<context>
    <name>CanonicalQuestions</name>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Means (canonical question)</source>
        <translation>Означает (канонический вопрос)</translation>
    </message>
    <message>
        <source>not linked; perhaps %1</source>
        <translation>не связан; возможно, %1</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>не связан</translation>
    </message>
</context>
<context>
    <name>CanonicalQuestionsWindow</name>
    <message>
        <source>Same question, any survey — Kaizen Desk</source>
        <extracomment>The list was read and is on screen (number of questions). A question&apos;s link changed: question id.</extracomment>
        <translation>Один вопрос в любом опросе — Kaizen Desk</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Canonical question</source>
        <translation>Канонический вопрос</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>&amp;Use suggestion</source>
        <translation>&amp;Принять предложение</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Связать</translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation>&amp;Отвязать</translation>
    </message>
    <message>
        <source>code, e.g. nps</source>
        <translation>код, например nps</translation>
    </message>
    <message>
        <source>&amp;Create and link</source>
        <translation>&amp;Создать и связать</translation>
    </message>
    <message>
        <source>New canonical question</source>
        <translation>Новый канонический вопрос</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Suggestions:</source>
        <translation>Предложения:</translation>
    </message>
    <message>
        <source>Or choose one:</source>
        <translation>Или выберите:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>%1 questions; %2 linked to a canonical question.</source>
        <translation>Вопросов: %1; связано с каноническим вопросом: %2.</translation>
    </message>
    <message>
        <source>Choose a question in the list.</source>
        <translation>Выберите вопрос в списке.</translation>
    </message>
    <message>
        <source>Not linked to a canonical question yet.</source>
        <translation>Ещё не связан с каноническим вопросом.</translation>
    </message>
    <message>
        <source>Means: %1</source>
        <translation>Означает: %1</translation>
    </message>
    <message>
        <source>Most alike: %1</source>
        <translation>Больше всего похож: %1</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>New contact… (Ctrl+Shift+N)</source>
        <translation>Новый клиент… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <source>Add another item (Ctrl+Shift+Enter)</source>
        <translation>Добавить ещё обращение (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Find the customer: phone, e-mail, name or customer number (Ctrl+L)</source>
        <translation>Найти клиента: телефон, эл. почта, имя или номер клиента (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>Customer n&amp;umber</source>
        <translation>&amp;Номер клиента</translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation>Что сказал клиент, его словами</translation>
    </message>
    <message>
        <source>— no category —</source>
        <translation>— без категории —</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>&amp;What did the customer say?</source>
        <translation>&amp;Что сказал клиент?</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Канал</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Кате&amp;гория</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>The row&apos;s record itself (a ContactMatch, EarlierItem or AnswerOnFile).</extracomment>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Improvement: %1 (%2)</source>
        <translation>Улучшение: %1 (%2)</translation>
    </message>
    <message>
        <source>Last reply %1: %2</source>
        <translation>Последний ответ %1: %2</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Ответа ещё не было</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>(answered %n more time(s))</source>
        <translation>(отвечено ещё раз: %n)</translation>
    </message>
    <message>
        <source>Kaizen Desk closed before this capture was saved (draft from %1 UTC, %2 item(s)):</source>
        <translation>Kaizen Desk закрылся до сохранения этой записи (черновик от %1 UTC, обращений: %2):</translation>
    </message>
    <message>
        <source>Restore it now?</source>
        <translation>Восстановить сейчас?</translation>
    </message>
    <message>
        <source>Unsaved capture</source>
        <translation>Несохранённая запись</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Черновик сохранён %1</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <source>Suggested: %1</source>
        <extracomment>Items were saved: (contact id or None, [item ids]). The chosen contact changed: its id, or None. Anything the operator typed or chose changed (the draft is due).</extracomment>
        <translation>Предложено: %1</translation>
    </message>
    <message>
        <source>Type what the customer said first.</source>
        <translation>Сначала введите, что сказал клиент.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s)</source>
        <translation>
            <numerusform>Сохранено %n обращение</numerusform>
            <numerusform>Сохранено %n обращения</numerusform>
            <numerusform>Сохранено %n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Обращение %1: %2</translation>
    </message>
    <message>
        <source>No contact chosen (the item is saved as anonymous)</source>
        <translation>Клиент не выбран (обращение сохранится как анонимное)</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message numerus="yes">
        <source>Save %n items</source>
        <translation>
            <numerusform>Сохранить %n обращение</numerusform>
            <numerusform>Сохранить %n обращения</numerusform>
            <numerusform>Сохранить %n обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Capture feedback — Kaizen Desk</source>
        <translation>Регистрация обращения — Kaizen Desk</translation>
    </message>
    <message>
        <source>Compact, always on top</source>
        <translation>Компактно, поверх всех окон</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>CategoryFilter</name>
    <message>
        <source>All categories</source>
        <extracomment>The ticked categories changed (the ids, in the menu&apos;s order).</extracomment>
        <translation>Все категории</translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n категория</numerusform>
            <numerusform>%n категории</numerusform>
            <numerusform>%n категорий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassFiguresModel</name>
    <message>
        <source>Label</source>
        <extracomment>The share (0..1) of a confusion cell in its row: what the heat delegate colours by. True on the diagonal of the confusion matrix (right answers).</extracomment>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Items tested</source>
        <translation>Проверено обращений</translation>
    </message>
    <message>
        <source>Of the items the model gave this label, the share that truly had it</source>
        <translation>Доля обращений, которым модель дала эту метку и у которых она верна</translation>
    </message>
    <message>
        <source>Of the items that truly had this label, the share the model found</source>
        <translation>Доля обращений с этой меткой, которые модель нашла</translation>
    </message>
</context>
<context>
    <name>ClassificationScreens</name>
    <message>
        <source>&amp;Review suggestions…</source>
        <translation>&amp;Проверка предложений…</translation>
    </message>
    <message>
        <source>&amp;Train classifiers…</source>
        <translation>&amp;Обучить классификаторы…</translation>
    </message>
    <message>
        <source>&amp;How good are the suggestions?</source>
        <translation>&amp;Насколько хороши предложения?</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Respondent&apos;s name</source>
        <translation>Имя респондента</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Date answered</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Response id</source>
        <translation>ID ответа</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Column</source>
        <extracomment>The user changed what a column is or a question&apos;s code.</extracomment>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Example from the file</source>
        <translation>Пример из файла</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <source>Question code</source>
        <translation>Код вопроса</translation>
    </message>
    <message>
        <source>What column %1 is</source>
        <translation>Что в столбце %1</translation>
    </message>
    <message>
        <source>Question code of column %1</source>
        <translation>Код вопроса столбца %1</translation>
    </message>
    <message>
        <source>Two columns are marked as %1: %2. Choose one.</source>
        <translation>Два столбца отмечены как «%1»: %2. Выберите один.</translation>
    </message>
    <message>
        <source>No column is a question: mark at least one column as Question.</source>
        <translation>Ни один столбец не отмечен как вопрос: отметьте хотя бы один столбец как «Вопрос».</translation>
    </message>
    <message>
        <source>Column %1 needs a question code.</source>
        <translation>Для столбца %1 нужен код вопроса.</translation>
    </message>
    <message>
        <source>Two question columns have the code %1.</source>
        <translation>У двух столбцов-вопросов один код: %1.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Остановить импорт</translation>
    </message>
    <message>
        <source>none: every respondent is anonymous</source>
        <translation>нет: все респонденты анонимны</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Source system: %1</source>
        <translation>Система-источник: %1</translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation>Опрос: %1</translation>
    </message>
    <message>
        <source>Respondent: %1</source>
        <translation>Респондент: %1</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Вопросы: %1</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Пропущенные столбцы: %1</translation>
    </message>
    <message>
        <source>All or nothing: if any row is rejected, nothing is imported and every rejected row is listed. Responses already on file are skipped, so the import is safe to run again.</source>
        <translation>Всё или ничего: если хоть одна строка отклонена, ничего не импортируется и выводится список всех отклонённых строк. Уже загруженные ответы пропускаются, так что импорт можно безопасно повторить.</translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message>
        <source>Confirmed as: %1</source>
        <translation>Подтверждено как: %1</translation>
    </message>
    <message>
        <source>Suggested as: %1</source>
        <translation>Предложено как: %1</translation>
    </message>
    <message>
        <source>%1 of %2 items confirmed as “%3” were suggested as “%4”</source>
        <translation>%1 из %2 обращений, подтверждённых как «%3», были предложены как «%4»</translation>
    </message>
</context>
<context>
    <name>ContactFinder</name>
    <message>
        <source>Phone, e-mail, name or customer number</source>
        <extracomment>The operator picked a contact (a ContactMatch). A look-up failed for a reason outside the app (database unreachable ...): the message.</extracomment>
        <translation>Телефон, эл. почта, имя или номер клиента</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Choose a contact to see what they told us before.</source>
        <translation>Выберите клиента, чтобы увидеть, что он сообщал раньше.</translation>
    </message>
    <message>
        <source>Earlier items (%1)</source>
        <translation>Прежние обращения (%1)</translation>
    </message>
    <message>
        <source>Survey answers on file (%1): no need to ask again</source>
        <translation>Ответы на опросы в базе (%1): повторно не спрашивать</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The database cannot be reached or opened:
%1</source>
        <translation>Не удаётся подключиться к базе данных или открыть её:
%1</translation>
    </message>
    <message>
        <source>Kaizen Desk</source>
        <translation>Kaizen Desk</translation>
    </message>
    <message>
        <source>Kaizen Desk: unexpected error</source>
        <translation>Kaizen Desk: непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside Kaizen Desk. This is a bug, not something you did.</source>
        <translation>В Kaizen Desk произошёл сбой. Это ошибка программы, а не ваших действий.</translation>
    </message>
    <message>
        <source>A crash log was written to:
%1
Please send it to your administrator.</source>
        <translation>Журнал сбоя записан в файл:
%1
Отправьте его администратору.</translation>
    </message>
    <message>
        <source>Quit Kaizen Desk</source>
        <translation>Выйти из Kaizen Desk</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Dashboard — Kaizen Desk</source>
        <extracomment>The figures of compute_all for the chosen range and channel are on screen. The PDF report was written to this path.</extracomment>
        <translation>Сводка — Kaizen Desk</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Items received by channel</source>
        <translation>Поступившие обращения по каналам</translation>
    </message>
    <message>
        <source>Median hours to first response and to reply, by channel</source>
        <translation>Медиана часов до первого отклика и до ответа, по каналам</translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation>Период должен заканчиваться не раньше дня начала.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Экспорт отчёта в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report to %1…</source>
        <translation>Запись отчёта в %1…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>Не удалось рассчитать показатели.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый отклик</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Report saved to %1 (%2 pages).</source>
        <translation>Отчёт сохранён в %1 (страниц: %2).</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Не удалось записать отчёт.</translation>
    </message>
</context>
<context>
    <name>DomainErrors</name>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 не существует</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Улучшение</translation>
    </message>
    <message>
        <source>Feedback item</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>it is already in %1</source>
        <translation>оно уже на этапе «%1»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>некуда</translation>
    </message>
    <message>
        <source>it cannot move from %1 to %2; from here: %3</source>
        <translation>его нельзя перевести из «%1» в «%2»; отсюда можно: %3</translation>
    </message>
    <message>
        <source>it resumes to the stage it was held from (%1) or to %2</source>
        <translation>его можно вернуть только на этап, с которого его отложили («%1»), или в «%2»</translation>
    </message>
    <message>
        <source>reopening an improvement in %1 needs a reason</source>
        <translation>чтобы вновь открыть улучшение из «%1», укажите причину</translation>
    </message>
    <message>
        <source>moving it to %1 needs a reason</source>
        <translation>для перевода в «%1» укажите причину</translation>
    </message>
    <message>
        <source>leaving Check needs the measured result</source>
        <translation>чтобы выйти из проверки, укажите измеренный результат</translation>
    </message>
    <message>
        <source>%1 (item %2)</source>
        <translation>%1 (обращение %2)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> и ещё %1</translation>
    </message>
    <message>
        <source>%1 needs a reply to every contributor; not told yet: %2</source>
        <translation>для «%1» нужен ответ каждому автору; ещё не получили ответ: %2</translation>
    </message>
    <message>
        <source>Unknown stage “%1”</source>
        <translation>Неизвестный этап «%1»</translation>
    </message>
    <message>
        <source>Improvement %1 (“%2”): %3</source>
        <translation>Улучшение %1 («%2»): %3</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else; your changes were not saved.</source>
        <translation>%1 удалено другим пользователем; ваши изменения не сохранены.</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 («%2»)</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 UTC</source>
        <translation>%1 изменил(а) %2 в %3 UTC</translation>
    </message>
    <message>
        <source>%1 was changed by %2</source>
        <translation>%1 изменил(а) %2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else</source>
        <translation>%1 изменено другим пользователем</translation>
    </message>
    <message>
        <source>%1 while you were editing it; your changes were not saved. Look at its current state and make your change again.</source>
        <translation>%1, пока вы его редактировали; ваши изменения не сохранены. Посмотрите текущее состояние и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 («%3»)</source>
        <translation>%1: %2 («%3»)</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>это не файл</translation>
    </message>
    <message>
        <source>old Excel format (.xls): save it as .xlsx or CSV first</source>
        <translation>старый формат Excel (.xls): сначала сохраните его как .xlsx или CSV</translation>
    </message>
    <message>
        <source>not a CSV or XLSX file (expected .csv, .tsv, .txt or .xlsx)</source>
        <translation>это не файл CSV или XLSX (ожидается .csv, .tsv, .txt или .xlsx)</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>в файле нет строки заголовков</translation>
    </message>
    <message>
        <source>column header «%1» appears twice (columns %2 and %3)</source>
        <translation>заголовок столбца «%1» встречается дважды (столбцы %2 и %3)</translation>
    </message>
    <message>
        <source>contains binary data, not CSV text</source>
        <translation>содержит двоичные данные, а не текст CSV</translation>
    </message>
    <message>
        <source>not valid CSV</source>
        <translation>некорректный CSV</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>starts like %1 text but is not</source>
        <translation>начинается как текст %1, но им не является</translation>
    </message>
    <message>
        <source>cannot tell the text encoding; save it as UTF-8 CSV</source>
        <translation>не удаётся определить кодировку текста; сохраните файл как CSV в UTF-8</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook</source>
        <translation>не удаётся прочитать книгу XLSX</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>в книге нет ни одного листа</translation>
    </message>
    <message>
        <source>corrupted XLSX workbook</source>
        <translation>повреждённая книга XLSX</translation>
    </message>
    <message>
        <source>a value in column %1, which has no header name</source>
        <translation>значение в столбце %1, у которого нет заголовка</translation>
    </message>
    <message>
        <source>more cells than the %1 columns of the header row</source>
        <translation>ячеек больше, чем %1 столбцов в строке заголовков</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Вопрос %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Social handle</source>
        <translation>Аккаунт в соцсети</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Ответ дан</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Question not asked</source>
        <translation>Незаданный вопрос</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Предложение классификатора</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Название представления</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Сохранённое представление</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>we have it</source>
        <translation>мы получили</translation>
    </message>
    <message>
        <source>we are on it</source>
        <translation>мы взяли в работу</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>done</source>
        <translation>сделано</translation>
    </message>
    <message>
        <source>a direct answer</source>
        <translation>прямой ответ</translation>
    </message>
    <message>
        <source>already on file for %1; pick that contact</source>
        <translation>уже записан за контактом %1; выберите этот контакт</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>это не номер телефона</translation>
    </message>
    <message>
        <source>too short or too long for a phone number</source>
        <translation>слишком короткий или слишком длинный для номера телефона</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>неверный адрес эл. почты</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>длиннее %1 символов</translation>
    </message>
    <message>
        <source>give a name, a phone, an e-mail or a customer number</source>
        <translation>укажите имя, телефон, эл. почту или номер клиента</translation>
    </message>
    <message>
        <source>another contact</source>
        <translation>другим контактом</translation>
    </message>
    <message>
        <source>nothing to save: type what the customer said</source>
        <translation>нечего сохранять: введите, что сказал клиент</translation>
    </message>
    <message>
        <source>type what the customer said</source>
        <translation>введите, что сказал клиент</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>неизвестный тип</translation>
    </message>
    <message>
        <source>unknown channel</source>
        <translation>неизвестный канал</translation>
    </message>
    <message>
        <source>no such category</source>
        <translation>такой категории нет</translation>
    </message>
    <message>
        <source>link to an improvement or mark a duplicate, not both</source>
        <translation>свяжите с улучшением или отметьте как дубликат, но не то и другое сразу</translation>
    </message>
    <message>
        <source>no such improvement (deleted?)</source>
        <translation>такого улучшения нет (удалено?)</translation>
    </message>
    <message>
        <source>no such feedback item (deleted?)</source>
        <translation>такого отзыва нет (удалён?)</translation>
    </message>
    <message>
        <source>unknown value; allowed: %1 (or their Russian names)</source>
        <translation>неизвестное значение; допустимы: %1 (или их русские названия)</translation>
    </message>
    <message>
        <source>unknown language; use a code such as %1</source>
        <translation>неизвестный язык; укажите код, например %1</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>это не дата и время</translation>
    </message>
    <message>
        <source>incomplete date: needs day, month and year</source>
        <translation>неполная дата: нужны день, месяц и год</translation>
    </message>
    <message>
        <source>unknown outcome</source>
        <translation>неизвестный итог</translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation>ответ пуст</translation>
    </message>
    <message>
        <source>feedback item %1 is not from contact %2</source>
        <translation>отзыв %1 не от контакта %2</translation>
    </message>
    <message>
        <source>is not a question of the survey «%1»</source>
        <translation>не входит в опрос «%1»</translation>
    </message>
    <message>
        <source>no such contact</source>
        <translation>такого контакта нет</translation>
    </message>
    <message>
        <source>no such survey</source>
        <translation>такого опроса нет</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>должно быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>должно быть «да» или «нет»</translation>
    </message>
    <message>
        <source>only a question on file and not asked can be spared</source>
        <translation>пропустить можно только вопрос, ответ на который уже есть и который не задавали</translation>
    </message>
    <message>
        <source>has no answer on file; ask it</source>
        <translation>ответа на него ещё нет; задайте его</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>должно быть одним из: %1</translation>
    </message>
    <message>
        <source>the item has no suggested category to confirm</source>
        <translation>у отзыва нет предложенной категории для подтверждения</translation>
    </message>
    <message>
        <source>select at least one item to start an improvement from</source>
        <translation>выберите хотя бы один отзыв, чтобы начать улучшение</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>такого пользователя нет</translation>
    </message>
    <message>
        <source>an import needs the name of the system it comes from</source>
        <translation>для импорта нужно название системы-источника</translation>
    </message>
    <message>
        <source>a saved view needs a name</source>
        <translation>у сохранённого представления должно быть название</translation>
    </message>
    <message>
        <source>you have no such saved view</source>
        <translation>у вас нет такого сохранённого представления</translation>
    </message>
    <message>
        <source>one word of letters, digits, _ . - up to %1 characters</source>
        <translation>одно слово из букв, цифр и знаков _ . -, не длиннее %1 символов</translation>
    </message>
    <message>
        <source>a canonical question needs its text</source>
        <translation>у канонического вопроса должен быть текст</translation>
    </message>
    <message>
        <source>another canonical question already has this code</source>
        <translation>этот код уже у другого канонического вопроса</translation>
    </message>
    <message>
        <source>Contact %1 has no e-mail, phone or social handle on file: choose how you told them</source>
        <translation>У контакта %1 нет ни эл. почты, ни телефона, ни аккаунта в соцсети: выберите, как вы ему сообщили</translation>
    </message>
    <message>
        <source>There is no reply template for “%1” in %2 or in English</source>
        <translation>Нет шаблона ответа «%1» ни на языке «%2», ни на английском</translation>
    </message>
    <message>
        <source>An improvement in %1 has no decision to tell its contributors yet</source>
        <translation>У улучшения на этапе «%1» ещё нет решения, о котором можно сообщить авторам</translation>
    </message>
    <message>
        <source>Improvement %1 is in %2: its contributors cannot be told “%3” (possible: %4)</source>
        <translation>Улучшение %1 на этапе «%2»: авторам нельзя сообщить «%3» (можно: %4)</translation>
    </message>
    <message>
        <source>The reply to contact %1 still has placeholders without a value: %2</source>
        <translation>В ответе контакту %1 остались незаполненные поля: %2</translation>
    </message>
    <message>
        <source>Choose how to reach %1: no e-mail, phone or handle on file</source>
        <translation>Выберите, как связаться с: %1 — нет ни эл. почты, ни телефона, ни аккаунта</translation>
    </message>
    <message>
        <source>These replies are about no improvement: there is nothing to close</source>
        <translation>Эти ответы не относятся ни к одному улучшению: закрывать нечего</translation>
    </message>
    <message>
        <source>The survey «%1» has no questions to ask</source>
        <translation>В опросе «%1» нет вопросов</translation>
    </message>
    <message>
        <source>The call has no question left</source>
        <translation>В звонке не осталось вопросов</translation>
    </message>
    <message>
        <source>This contact was surveyed on %1 and may not be surveyed again within %2 days (until %3); give a reason to survey them anyway (contact %4)</source>
        <translation>Этот контакт опрашивали %1, и повторно опрашивать его нельзя в течение %2 дн. (до %3); укажите причину, чтобы всё же опросить его (контакт %4)</translation>
    </message>
    <message>
        <source>Feedback item %1 does not exist</source>
        <translation>Отзыва %1 не существует</translation>
    </message>
    <message>
        <source>Feedback item %1 cannot be a duplicate of item %2: it is the same item</source>
        <translation>Отзыв %1 не может быть дубликатом отзыва %2: это один и тот же отзыв</translation>
    </message>
    <message>
        <source>Feedback item %1 cannot be a duplicate of item %2: that item is a duplicate of it</source>
        <translation>Отзыв %1 не может быть дубликатом отзыва %2: тот сам является его дубликатом</translation>
    </message>
    <message>
        <source>This change is already undone</source>
        <translation>Это изменение уже отменено</translation>
    </message>
    <message>
        <source>This change is already done again</source>
        <translation>Это изменение уже повторено</translation>
    </message>
    <message>
        <source>The move of improvement %1 is already undone</source>
        <translation>Перемещение улучшения %1 уже отменено</translation>
    </message>
    <message>
        <source>The move of improvement %1 is already done again</source>
        <translation>Перемещение улучшения %1 уже повторено</translation>
    </message>
    <message>
        <source>You already have a saved view named «%1»: choose another name</source>
        <translation>У вас уже есть сохранённое представление «%1»: выберите другое название</translation>
    </message>
    <message>
        <source>A contact cannot be merged into itself</source>
        <translation>Контакт нельзя объединить с самим собой</translation>
    </message>
    <message>
        <source>Contact %1 does not exist</source>
        <translation>Контакта %1 не существует</translation>
    </message>
    <message>
        <source>Contact %1 was already merged into contact %2</source>
        <translation>Контакт %1 уже объединён с контактом %2</translation>
    </message>
    <message>
        <source>Possible duplicate %1 does not exist</source>
        <translation>Возможного дубликата %1 не существует</translation>
    </message>
    <message>
        <source>Possible duplicate %1 was already decided</source>
        <translation>По возможному дубликату %1 уже принято решение</translation>
    </message>
    <message>
        <source>Question %1 does not exist</source>
        <translation>Вопроса %1 не существует</translation>
    </message>
    <message>
        <source>Canonical question %1 does not exist</source>
        <translation>Канонического вопроса %1 не существует</translation>
    </message>
    <message>
        <source>%1: nothing was imported; the database refused a row, perhaps because another import of «%2» ran at the same time (%3)</source>
        <translation>%1: ничего не импортировано; база данных отклонила строку — возможно, одновременно шёл другой импорт из «%2» (%3)</translation>
    </message>
    <message>
        <source>the database did not record this reply (%1); its text is kept: send again</source>
        <translation>база данных не записала этот ответ (%1); текст сохранён: отправьте снова</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: пусто</translation>
    </message>
    <message>
        <source>%1 «%2»: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters (%3)</source>
        <translation>%1: длиннее %2 символов (%3)</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation>%1: длиннее %2 символов</translation>
    </message>
    <message>
        <source>%1: «%2» is also on row %3 with different content</source>
        <translation>%1: «%2» есть и в строке %3, но с другим содержимым</translation>
    </message>
    <message>
        <source>%1: %2 is before the received time %3</source>
        <translation>%1: %2 раньше времени получения %3</translation>
    </message>
    <message>
        <source>no answers: every question column is empty</source>
        <translation>нет ответов: все столбцы вопросов пусты</translation>
    </message>
</context>
<context>
    <name>EvaluationWindow</name>
    <message>
        <source>How good are the suggestions?</source>
        <extracomment>The figures of the chosen target are shown (None: no model is trained).</extracomment>
        <translation>Насколько хороши предложения?</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Suggestions of:</source>
        <translation>Предложения для:</translation>
    </message>
    <message>
        <source>Per label</source>
        <translation>По меткам</translation>
    </message>
    <message>
        <source>Confirmed label (rows) against suggested label (columns)</source>
        <translation>Подтверждённая метка (строки) против предложенной (столбцы)</translation>
    </message>
    <message>
        <source>Reading the model&apos;s figures…</source>
        <translation>Чтение показателей модели…</translation>
    </message>
    <message>
        <source>No model is trained yet: confirm labels in the review queue, then train.</source>
        <translation>Модель ещё не обучена: подтвердите метки в очереди проверки, затем обучите.</translation>
    </message>
    <message>
        <source>This model was stored without test figures: train it again to see them.</source>
        <translation>Эта модель сохранена без проверочных показателей: обучите её заново, чтобы их увидеть.</translation>
    </message>
    <message>
        <source>Accuracy &lt;b&gt;%1&lt;/b&gt;, macro-F1 &lt;b&gt;%2&lt;/b&gt;, tested on %3 confirmed items held out of training.</source>
        <translation>Доля верных &lt;b&gt;%1&lt;/b&gt;, macro-F1 &lt;b&gt;%2&lt;/b&gt;, проверено на %3 подтверждённых обращениях, не участвовавших в обучении.</translation>
    </message>
    <message>
        <source>Trustworthy: about %1 of 10 suggestions are right.</source>
        <translation>Надёжно: верны примерно %1 из 10 предложений.</translation>
    </message>
    <message>
        <source>Usable with care: about %1 of 10 suggestions are right; review the doubtful ones.</source>
        <translation>Можно использовать с осторожностью: верны примерно %1 из 10 предложений; проверяйте сомнительные.</translation>
    </message>
    <message>
        <source>Not reliable yet: only about %1 of 10 suggestions are right. Confirm more items and train again.</source>
        <translation>Пока ненадёжно: верны лишь около %1 из 10 предложений. Подтвердите больше обращений и обучите заново.</translation>
    </message>
    <message>
        <source>Stored without per-label figures: train again to see them.</source>
        <translation>Сохранено без показателей по меткам: обучите заново, чтобы их увидеть.</translation>
    </message>
    <message>
        <source>Too few confirmed items to judge: confirm more and train again.</source>
        <translation>Слишком мало подтверждённых обращений для оценки: подтвердите больше и обучите заново.</translation>
    </message>
    <message>
        <source>Often missed (share found): %1.</source>
        <translation>Часто пропускаются (доля найденных): %1.</translation>
    </message>
    <message>
        <source>Trained %1 on the newest %2 of %5 confirmed items, with %3 labels. Libraries: %4.</source>
        <translation>Обучено %1 на %2 новейших из %5 подтверждённых обращений, меток: %3. Библиотеки: %4.</translation>
    </message>
    <message>
        <source>Trained %1 on %2 confirmed items with %3 labels. Libraries: %4.</source>
        <translation>Обучено %1 на %2 подтверждённых обращениях, меток: %3. Библиотеки: %4.</translation>
    </message>
    <message>
        <source>No confusions among the items tested.</source>
        <translation>Среди проверенных обращений путаницы нет.</translation>
    </message>
    <message>
        <source>%1 × “%2” suggested as “%3” (%4 of them)</source>
        <translation>%1 × «%2» предложено как «%3» (%4 из них)</translation>
    </message>
    <message>
        <source>Biggest confusions:</source>
        <translation>Чаще всего путаются:</translation>
    </message>
</context>
<context>
    <name>FeedbackLabels</name>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Самообслуживание</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Благодарность</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Разобрано</translation>
    </message>
    <message>
        <source>In improvement</source>
        <translation>В улучшении</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Персидский</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Billing and payments</source>
        <translation>Счета и оплата</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>Качество обслуживания</translation>
    </message>
    <message>
        <source>Staff and courtesy</source>
        <translation>Персонал и вежливость</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Время ожидания</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Website and app</source>
        <translation>Сайт и приложение</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Коммуникация</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Помещения и оснащение</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Цены</translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <source>This column cannot be sorted</source>
        <extracomment>The current search matches this many items (counted in the background after each reset). Background work of this model failed with this exception (the database went away ...).</extracomment>
        <translation>Этот столбец нельзя отсортировать</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Which file?</source>
        <translation>Какой файл?</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of survey responses, and the system it came from.</source>
        <translation>Выгрузка ответов на опрос в CSV или XLSX и система, из которой она получена.</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Путь к файлу .csv или .xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>e.g. dealer_esurvey</source>
        <translation>например, dealer_esurvey</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Source system:</source>
        <translation>&amp;Система-источник:</translation>
    </message>
    <message>
        <source>The source names the system the answers come from; its column mapping is saved and offered again next time.</source>
        <translation>Источник — это система, из которой пришли ответы; сопоставление её столбцов сохраняется и будет предложено в следующий раз.</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt *.xlsx *.xlsm)</source>
        <translation>Выгрузки опросов (*.csv *.tsv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Survey export</source>
        <translation>Выгрузка опроса</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Отменено: ничего не импортировано.</translation>
    </message>
    <message>
        <source>Import survey responses — Kaizen Desk</source>
        <extracomment>An import ended and was written, or rejected as a whole (the report).</extracomment>
        <translation>Импорт ответов на опросы — Kaizen Desk</translation>
    </message>
</context>
<context>
    <name>ImprovementDetail</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source> (duplicate of %1)</source>
        <translation> (дубликат %1)</translation>
    </message>
    <message>
        <source>anonymous: cannot be answered</source>
        <translation>аноним: ответить нельзя</translation>
    </message>
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
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 клиент</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>клиентов: %1</translation>
    </message>
    <message>
        <source>, 1 anonymous item (cannot be answered)</source>
        <translation>, 1 анонимное обращение (ответить нельзя)</translation>
    </message>
    <message>
        <source>, %1 anonymous items (cannot be answered)</source>
        <translation>, анонимных обращений: %1 (ответить нельзя)</translation>
    </message>
</context>
<context>
    <name>ImprovementDetailView</name>
    <message>
        <source>Stage</source>
        <extracomment>The improvement was read and is shown. The reply composer was opened for the contributors of the improvement shown (the dialog).</extracomment>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Expected benefit</source>
        <translation>Ожидаемый эффект</translation>
    </message>
    <message>
        <source>Measured benefit</source>
        <translation>Измеренный эффект</translation>
    </message>
    <message>
        <source>Effort (days)</source>
        <translation>Трудозатраты (дни)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>Связанные обращения</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Similar items not yet linked</source>
        <translation>Похожие обращения, ещё не связанные</translation>
    </message>
    <message>
        <source>You said, we did: &amp;reply to every contributor…</source>
        <translation>&amp;Ответить всем авторам…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>не решено</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>ещё не измерено</translation>
    </message>
    <message>
        <source>Linked items (%1)</source>
        <translation>Связанные обращения (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Хронология (%1)</translation>
    </message>
    <message>
        <source>Similar items not yet linked (%1)</source>
        <translation>Похожие обращения, ещё не связанные (%1)</translation>
    </message>
</context>
<context>
    <name>InboxFilterBar</name>
    <message>
        <source>Search in any language</source>
        <extracomment>A filter changed (combos, dates, contact, assignee): read ``filter_values()``. The search text settled (after a short pause in typing). Contacts matching the typed text were found (offered in the box&apos;s list).</extracomment>
        <translation>Поиск на любом языке</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Любой канал</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>Assigned to anyone</source>
        <translation>Назначено кому угодно</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Назначено мне</translation>
    </message>
    <message>
        <source>Assigned to nobody</source>
        <translation>Никому не назначено</translation>
    </message>
    <message>
        <source>from: any</source>
        <translation>с: любой даты</translation>
    </message>
    <message>
        <source>to: any</source>
        <translation>по: любую дату</translation>
    </message>
    <message>
        <source>Contact: name, phone or e-mail</source>
        <translation>Клиент: имя, телефон или эл. почта</translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Этот столбец нельзя отсортировать</translation>
    </message>
</context>
<context>
    <name>InboxWidget</name>
    <message>
        <source>Set category…</source>
        <extracomment>A bulk action was done; its undo label. A bulk action was refused or failed: the message the user saw. Categories, users and open improvements are loaded (the filters and actions offer them). A saved view was opened and shown (after its list was reloaded).</extracomment>
        <translation>Задать категорию…</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <source>Link to improvement…</source>
        <translation>Привязать к улучшению…</translation>
    </message>
    <message>
        <source>Start improvement…</source>
        <translation>Начать улучшение…</translation>
    </message>
    <message>
        <source>Mark duplicates…</source>
        <translation>Отметить дубликаты…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Ответить…</translation>
    </message>
    <message>
        <source>&amp;Similar items</source>
        <translation>&amp;Похожие обращения</translation>
    </message>
    <message>
        <source>Items and improvements that say the same (Ctrl+Shift+S)</source>
        <translation>Обращения и улучшения о том же (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Сохранённый вид</translation>
    </message>
    <message>
        <source>This view names what no longer exists; it opened without: %1</source>
        <translation>В этом виде есть то, чего больше нет; он открыт без: %1</translation>
    </message>
    <message>
        <source>(no category)</source>
        <extracomment>(parent, title, label, options) -&gt; the chosen option&apos;s index, or None when cancelled. (parent, title, label, proposed text) -&gt; the text, or None when cancelled.</extracomment>
        <translation>(без категории)</translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>Задать категорию</translation>
    </message>
    <message>
        <source>Category of %n items</source>
        <translation>Категория для выбранных обращений (%n)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Who triages these %n items</source>
        <translation>Кто разбирает выбранные обращения (%n)</translation>
    </message>
    <message>
        <source>There is no open improvement to link to: start one from the selection.</source>
        <translation>Нет открытых улучшений для привязки: начните новое из выбранных обращений.</translation>
    </message>
    <message>
        <source>Link to improvement</source>
        <translation>Привязать к улучшению</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Улучшение</translation>
    </message>
    <message>
        <source>Start improvement</source>
        <translation>Начать улучшение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Mark duplicates</source>
        <translation>Отметить дубликаты</translation>
    </message>
    <message>
        <source>The original; the others become its duplicates</source>
        <translation>Оригинал; остальные станут его дубликатами</translation>
    </message>
    <message>
        <source>Select at least %n items first.</source>
        <translation>Сначала выберите не меньше обращений: %n.</translation>
    </message>
    <message>
        <source>Select items first.</source>
        <translation>Сначала выберите обращения.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n обращение</numerusform>
            <numerusform>%n обращения</numerusform>
            <numerusform>%n обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>, выбрано %n</numerusform>
            <numerusform>, выбрано %n</numerusform>
            <numerusform>, выбрано %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Debug</source>
        <translation>Отладка</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критическая ошибка</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Log — Kaizen Desk</source>
        <translation>Журнал — Kaizen Desk</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Предупреждения и ошибки</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Filter by text…</source>
        <translation>Фильтр по тексту…</translation>
    </message>
    <message>
        <source>Choose a record to see it in full, with its traceback.</source>
        <translation>Выберите запись, чтобы увидеть её целиком, с трассировкой стека.</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>&amp;Открыть папку журнала</translation>
    </message>
    <message>
        <source>&amp;Copy selected</source>
        <translation>&amp;Копировать выбранное</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Файл журнала:</translation>
    </message>
    <message>
        <source>The log file cannot be written: records are kept only while the app runs.</source>
        <translation>Файл журнала недоступен для записи: записи хранятся, только пока приложение работает.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kaizen Desk</source>
        <translation>Kaizen Desk</translation>
    </message>
    <message>
        <source>Search feedback in any language (Ctrl+F)</source>
        <translation>Поиск обращений на любом языке (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Surveys</source>
        <translation>&amp;Опросы</translation>
    </message>
    <message>
        <source>&amp;Improvements</source>
        <translation>&amp;Улучшения</translation>
    </message>
    <message>
        <source>&amp;Classification</source>
        <translation>&amp;Классификация</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>О&amp;тчёты</translation>
    </message>
    <message>
        <source>&amp;Phone survey…</source>
        <translation>&amp;Телефонный опрос…</translation>
    </message>
    <message>
        <source>&amp;New capture…</source>
        <translation>&amp;Новое обращение…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Triage &amp;inbox</source>
        <translation>&amp;Входящие для разбора</translation>
    </message>
    <message>
        <source>Improvement &amp;board</source>
        <translation>&amp;Доска улучшений</translation>
    </message>
    <message>
        <source>&amp;Overdue replies…</source>
        <translation>&amp;Просроченные ответы…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Kaizen Desk</source>
        <translation>&amp;О программе Kaizen Desk</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Журнал…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>1 item matches “%1”</source>
        <translation>«%1»: найдено 1 обращение</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 обращение</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items match “%1”</source>
        <translation>
            <numerusform>«%1»: найдено %Ln обращение</numerusform>
            <numerusform>«%1»: найдено %Ln обращения</numerusform>
            <numerusform>«%1»: найдено %Ln обращений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln обращение</numerusform>
            <numerusform>%Ln обращения</numerusform>
            <numerusform>%Ln обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>About Kaizen Desk</source>
        <translation>О программе Kaizen Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kaizen Desk&lt;/h3&gt;&lt;p&gt;Customer feedback and continuous improvement: capture every complaint and idea, carry it through improvement, and reply to the customer who raised it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaizen Desk&lt;/h3&gt;&lt;p&gt;Обратная связь клиентов и непрерывное улучшение: регистрируйте каждую жалобу и идею, доводите её до улучшения и отвечайте клиенту, который её высказал.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>What each column is</source>
        <translation>Что в каждом столбце</translation>
    </message>
    <message>
        <source>As mapped for %1 last time; new columns are questions.</source>
        <translation>Как сопоставлено для %1 в прошлый раз; новые столбцы считаются вопросами.</translation>
    </message>
    <message>
        <source>Recognised from the column names; every other column is a question of the survey.</source>
        <translation>Распознано по названиям столбцов; все остальные столбцы — вопросы опроса.</translation>
    </message>
    <message>
        <source>Not recognised: %1</source>
        <translation>Не распознано: %1</translation>
    </message>
</context>
<context>
    <name>MatchReview</name>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Maybe the same person as</source>
        <translation>Возможно, тот же человек, что и</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основания</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Как найдено</translation>
    </message>
    <message>
        <source>Same name in another spelling or script</source>
        <translation>То же имя в другом написании или алфавите</translation>
    </message>
    <message>
        <source>Phone one digit off</source>
        <translation>Телефон отличается одной цифрой</translation>
    </message>
    <message>
        <source>Same e-mail name at another domain</source>
        <translation>То же имя ящика на другом домене</translation>
    </message>
    <message>
        <source>Same phone, but a new e-mail and another name</source>
        <translation>Тот же телефон, но новая эл. почта и другое имя</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
</context>
<context>
    <name>MatchReviewWindow</name>
    <message>
        <source>Possible duplicates — Kaizen Desk</source>
        <extracomment>The list was read and is on screen (number of open pairs). A pair was decided: review id, True if merged (False: kept apart).</extracomment>
        <translation>Возможные дубликаты — Kaizen Desk</translation>
    </message>
    <message>
        <source>&amp;Merge: one person (M)</source>
        <translation>&amp;Объединить: один человек (M)</translation>
    </message>
    <message>
        <source>&amp;Keep apart: two people (K)</source>
        <translation>&amp;Не объединять: два человека (K)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Feedback items</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Ответы на опросы</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>On file since</source>
        <translation>В базе с</translation>
    </message>
    <message>
        <source>Why held</source>
        <translation>Почему отложено</translation>
    </message>
    <message>
        <source>Reading the review list…</source>
        <translation>Чтение списка на проверку…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <source>Keeping apart…</source>
        <translation>Сохранение раздельно…</translation>
    </message>
    <message>
        <source>No possible duplicates wait for a decision.</source>
        <translation>Нет возможных дубликатов, ожидающих решения.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts may be one person. M: merge, K: keep apart.</source>
        <translation>
            <numerusform>%n пара клиентов может оказаться одним человеком. M — объединить, K — не объединять.</numerusform>
            <numerusform>%n пары клиентов могут оказаться одним человеком. M — объединить, K — не объединять.</numerusform>
            <numerusform>%n пар клиентов могут оказаться одним человеком. M — объединить, K — не объединять.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Оставлен: %1</translation>
    </message>
    <message>
        <source>Merged into it: %1</source>
        <translation>Объединён с ним: %1</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <extracomment>A page was read (the number of rows shown now). Reading a page failed with this exception.</extracomment>
        <translation>Срок %1</translation>
    </message>
    <message>
        <source>a reply</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>an acknowledgement</source>
        <translation>подтверждение получения</translation>
    </message>
</context>
<context>
    <name>OverdueWidget</name>
    <message>
        <source>Counting…</source>
        <extracomment>The counts per channel were read (the total overdue). The reply composer was opened for an overdue item (the dialog).</extracomment>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Double-click an item to reply.</source>
        <translation>Дважды щёлкните обращение, чтобы ответить.</translation>
    </message>
    <message>
        <source>Nothing is overdue: every channel is within its targets.</source>
        <translation>Просрочек нет: все каналы укладываются в сроки.</translation>
    </message>
    <message>
        <source>%1 to acknowledge, %2 to answer</source>
        <translation>подтвердить получение: %1, ответить: %2</translation>
    </message>
    <message>
        <source>%1 items overdue</source>
        <translation>просрочено обращений: %1</translation>
    </message>
</context>
<context>
    <name>PhoneSurvey</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Asked, no answer</source>
        <translation>Спросили, ответа нет</translation>
    </message>
    <message>
        <source>On file: %1</source>
        <translation>В базе: %1</translation>
    </message>
    <message>
        <source>— not asked</source>
        <translation>— не задан</translation>
    </message>
    <message>
        <source>(not to ask)</source>
        <translation>(не спрашивать)</translation>
    </message>
    <message>
        <source>Start the survey (Enter)</source>
        <translation>Начать опрос (Enter)</translation>
    </message>
    <message>
        <source>Reason to survey this customer anyway</source>
        <translation>Причина всё же опросить этого клиента</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>Sur&amp;vey:</source>
        <translation>&amp;Опрос:</translation>
    </message>
    <message>
        <source>Not asked: keep it, next (Enter)</source>
        <translation>Не задан: оставить, дальше (Enter)</translation>
    </message>
    <message>
        <source>Ask again (Ctrl+R)</source>
        <translation>Спросить снова (Ctrl+R)</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Left)</translation>
    </message>
    <message>
        <source>No answer (Ctrl+D)</source>
        <translation>Нет ответа (Ctrl+D)</translation>
    </message>
    <message>
        <source>Record, next (Enter)</source>
        <translation>Записать, дальше (Enter)</translation>
    </message>
    <message>
        <source>Save the call (Enter)</source>
        <translation>Сохранить звонок (Enter)</translation>
    </message>
    <message>
        <source>Complaint or idea… (Ctrl+K)</source>
        <translation>Жалоба или идея… (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>PhoneSurveyWindow</name>
    <message>
        <source>Phone survey — Kaizen Desk</source>
        <extracomment>A call was saved (the RecordedCall).</extracomment>
        <translation>Телефонный опрос — Kaizen Desk</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — %n question(s)</source>
        <translation>
            <numerusform>%1 (%2) — %n вопрос</numerusform>
            <numerusform>%1 (%2) — %n вопроса</numerusform>
            <numerusform>%1 (%2) — %n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s): </source>
        <translation>
            <numerusform>%n вопрос: </numerusform>
            <numerusform>%n вопроса: </numerusform>
            <numerusform>%n вопросов: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on file, not to ask again</source>
        <translation>
            <numerusform>%n уже в базе, повторно не спрашивать</numerusform>
            <numerusform>%n уже в базе, повторно не спрашивать</numerusform>
            <numerusform>%n уже в базе, повторно не спрашивать</numerusform>
        </translation>
    </message>
    <message>
        <source>Last surveyed %1.</source>
        <translation>Последний опрос: %1.</translation>
    </message>
    <message>
        <source>Never surveyed before.</source>
        <translation>Раньше не опрашивался.</translation>
    </message>
    <message numerus="yes">
        <source>Surveyed on %1: the rule is not to survey again within %n day(s) (until %2).</source>
        <translation>
            <numerusform>Опрошен %1: по правилу повторный опрос не раньше чем через %n день (до %2).</numerusform>
            <numerusform>Опрошен %1: по правилу повторный опрос не раньше чем через %n дня (до %2).</numerusform>
            <numerusform>Опрошен %1: по правилу повторный опрос не раньше чем через %n дней (до %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>To call anyway, give the reason.</source>
        <translation>Чтобы всё же позвонить, укажите причину.</translation>
    </message>
    <message>
        <source>Find the customer first.</source>
        <translation>Сначала найдите клиента.</translation>
    </message>
    <message>
        <source>The contact rules say not yet: give the reason to call anyway.</source>
        <translation>По правилам контактов звонить ещё рано: укажите причину, чтобы всё же позвонить.</translation>
    </message>
    <message>
        <source>Type the answer, or press Ctrl+D if the customer would not answer.</source>
        <translation>Введите ответ или нажмите Ctrl+D, если клиент не захотел отвечать.</translation>
    </message>
    <message>
        <source>“%1” does not fit this question.</source>
        <translation>«%1» не подходит к этому вопросу.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <source>Keep the answer on file</source>
        <translation>Оставить ответ из базы</translation>
    </message>
    <message>
        <source>Not asked: keep it, next (Enter)</source>
        <translation>Не задан: оставить, дальше (Enter)</translation>
    </message>
    <message>
        <source>On file: %1</source>
        <translation>В базе: %1</translation>
    </message>
    <message>
        <source>On file was: %1</source>
        <translation>В базе было: %1</translation>
    </message>
    <message>
        <source>From %1, %2. Asked there as: %3</source>
        <translation>Из %1, %2. Там вопрос звучал так: %3</translation>
    </message>
    <message>
        <source>Type a whole number from %1 to %2, then Enter.</source>
        <translation>Введите целое число от %1 до %2 и нажмите Enter.</translation>
    </message>
    <message>
        <source>Y for yes, N for no, then Enter.</source>
        <translation>Y — да, N — нет, затем Enter.</translation>
    </message>
    <message>
        <source>Type what the customer says, then Enter (Shift+Enter: new line).</source>
        <translation>Введите, что говорит клиент, и нажмите Enter (Shift+Enter: новая строка).</translation>
    </message>
    <message>
        <source>%1 questions asked, %2 spared</source>
        <translation>задано вопросов: %1, не задано повторно: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new answer(s) will be saved as a phone survey response.</source>
        <translation>
            <numerusform>%n новый ответ будет сохранён как ответ на телефонный опрос.</numerusform>
            <numerusform>%n новых ответа будут сохранены как ответ на телефонный опрос.</numerusform>
            <numerusform>%n новых ответов будут сохранены как ответ на телефонный опрос.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spared: questions answered recently in another survey, not asked again.</source>
        <translation>Не задано повторно: на эти вопросы клиент недавно ответил в другом опросе.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Call saved — %1: %2 asked, %3 spared</source>
        <translation>Звонок сохранён — %1: задано %2, не задано повторно %3</translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation>Звонок не сохранён</translation>
    </message>
    <message>
        <source>This call is not saved yet. Save what the customer said so far?</source>
        <translation>Звонок ещё не сохранён. Сохранить то, что клиент уже сказал?</translation>
    </message>
    <message>
        <source>Capture holds unsaved text for another customer; save or clear it first.</source>
        <translation>В окне регистрации есть несохранённый текст другого клиента; сначала сохраните или очистите его.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s) for this customer; the survey goes on.</source>
        <translation>
            <numerusform>Сохранено %n обращение этого клиента; опрос продолжается.</numerusform>
            <numerusform>Сохранено %n обращения этого клиента; опрос продолжается.</numerusform>
            <numerusform>Сохранено %n обращений этого клиента; опрос продолжается.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>As the import reads it</source>
        <translation>Как это читает импорт</translation>
    </message>
    <message>
        <source>CSV file; encoding %1; delimiter: %2.</source>
        <translation>Файл CSV; кодировка %1; разделитель: %2.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX); the first worksheet is read.</source>
        <translation>Книга Excel (XLSX); читается первый лист.</translation>
    </message>
    <message>
        <source>The first %1 rows, as the import reads them (row numbers as a spreadsheet shows them).</source>
        <translation>Первые %1 строк так, как их читает импорт (номера строк — как в электронной таблице).</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>запятая (,)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>точка с запятой (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>vertical bar (|)</source>
        <translation>вертикальная черта (|)</translation>
    </message>
    <message>
        <source>none (one column)</source>
        <translation>нет (один столбец)</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>Received: we have it</source>
        <translation>Получено: мы приняли</translation>
    </message>
    <message>
        <source>Accepted: we are on it</source>
        <translation>Принято: мы работаем над этим</translation>
    </message>
    <message>
        <source>Declined, with the reason</source>
        <translation>Отклонено, с причиной</translation>
    </message>
    <message>
        <source>Done: what changed</source>
        <translation>Сделано: что изменилось</translation>
    </message>
    <message>
        <source>A direct answer</source>
        <translation>Прямой ответ</translation>
    </message>
    <message>
        <source>Done needs a reply to every contributor of “%1”. Prepare the replies now? Once they are sent, the improvement moves to done.</source>
        <extracomment>Asks a yes/no question: (parent, title, text) -&gt; yes.</extracomment>
        <translation>Для завершения «%1» нужен ответ каждому автору. Подготовить ответы сейчас? Когда они будут отправлены, улучшение перейдёт в «Завершено».</translation>
    </message>
    <message>
        <source>Tell every contributor of “%1” about the decision now (you said, we did)?</source>
        <translation>Сообщить всем авторам «%1» о решении сейчас (вы предложили — мы сделали)?</translation>
    </message>
    <message>
        <source>Reply to the contributors</source>
        <translation>Ответить авторам</translation>
    </message>
</context>
<context>
    <name>ReplyComposerDialog</name>
    <message>
        <source>Replies – Kaizen Desk</source>
        <extracomment>The drafts were prepared and are shown. A send finished: the tuple of ``app.replies.Delivery``, one per recipient tried. Once everyone was told, the improvement was moved to done.</extracomment>
        <translation>Ответы – Kaizen Desk</translation>
    </message>
    <message>
        <source>Tell them:</source>
        <translation>Сообщить:</translation>
    </message>
    <message>
        <source>&amp;Restore them</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Start from the &amp;templates</source>
        <translation>Начать с &amp;шаблонов</translation>
    </message>
    <message>
        <source>Choose how you tell them</source>
        <translation>Выберите, как сообщить</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Move the improvement to done once everyone is told</source>
        <translation>Перевести улучшение в «Завершено», когда все получат ответ</translation>
    </message>
    <message>
        <source>&amp;Send all</source>
        <translation>&amp;Отправить все</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Nobody is waiting for a reply here.</source>
        <translation>Здесь никто не ждёт ответа.</translation>
    </message>
    <message>
        <source>Sending %1 replies…</source>
        <translation>Отправка ответов: %1…</translation>
    </message>
    <message>
        <source>Preparing the replies…</source>
        <translation>Подготовка ответов…</translation>
    </message>
    <message>
        <source>You have unsent replies to %1 of these contacts, saved %2.</source>
        <translation>У вас есть неотправленные ответы %1 из этих клиентов, сохранённые %2.</translation>
    </message>
    <message>
        <source>Replies about #%1 “%2”</source>
        <translation>Ответы по №%1 «%2»</translation>
    </message>
    <message>
        <source>Replies to %1 items</source>
        <translation>Ответы на обращения: %1</translation>
    </message>
    <message>
        <source>%1 to send</source>
        <translation>к отправке: %1</translation>
    </message>
    <message>
        <source>%1 told before</source>
        <translation>уже сообщено: %1</translation>
    </message>
    <message>
        <source>%1 anonymous (cannot be answered)</source>
        <translation>анонимных: %1 (ответить нельзя)</translation>
    </message>
    <message>
        <source>An anonymous item cannot be answered; it does not keep the improvement open.</source>
        <translation>На анонимное обращение ответить нельзя; оно не держит улучшение открытым.</translation>
    </message>
    <message>
        <source>In person (no e-mail, phone or handle on file)</source>
        <translation>Лично (нет эл. почты, телефона или аккаунта)</translation>
    </message>
    <message>
        <source>contact #%1</source>
        <translation>клиент №%1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Fill in or remove: %1</source>
        <translation>Заполните или удалите: %1</translation>
    </message>
    <message>
        <source>Choose how to tell them.</source>
        <translation>Выберите, как сообщить.</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>отправлено: %1</translation>
    </message>
    <message>
        <source>; %1 not sent: see the red rows, their text is kept</source>
        <translation>; не отправлено: %1 — см. красные строки, их текст сохранён</translation>
    </message>
    <message>
        <source>; the improvement is done</source>
        <translation>; улучшение завершено</translation>
    </message>
    <message>
        <source>; not moved to done: %1</source>
        <translation>; не переведено в «Завершено»: %1</translation>
    </message>
</context>
<context>
    <name>ReplyRecipientsModel</name>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Anonymous item #%1</source>
        <translation>Анонимное обращение №%1</translation>
    </message>
    <message>
        <source>cannot be answered</source>
        <translation>ответить нельзя</translation>
    </message>
    <message>
        <source>contact #%1</source>
        <translation>клиент №%1</translation>
    </message>
    <message>
        <source>choose a channel</source>
        <translation>выберите канал</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>не отправлено: %1</translation>
    </message>
    <message>
        <source>needs a channel</source>
        <translation>нужен канал</translation>
    </message>
    <message>
        <source>fill in: %1</source>
        <translation>заполните: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) imported from %1.</source>
        <translation>
            <numerusform>Импортирован %n ответ из %1.</numerusform>
            <numerusform>Импортировано %n ответа из %1.</numerusform>
            <numerusform>Импортировано %n ответов из %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected. Fix them and import again.</source>
        <translation>
            <numerusform>Ничего не импортировано: отклонена %n строка. Исправьте и повторите импорт.</numerusform>
            <numerusform>Ничего не импортировано: отклонены %n строки. Исправьте их и повторите импорт.</numerusform>
            <numerusform>Ничего не импортировано: отклонено %n строк. Исправьте их и повторите импорт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <source>Responses added</source>
        <translation>Добавлено ответов</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>Пропущено дубликатов</translation>
    </message>
    <message>
        <source>Contacts matched</source>
        <translation>Сопоставлено клиентов</translation>
    </message>
    <message>
        <source>Contacts created</source>
        <translation>Создано клиентов</translation>
    </message>
    <message>
        <source>Uncertain matches held for review</source>
        <translation>Сомнительные совпадения на проверку</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Отклонено строк</translation>
    </message>
    <message>
        <source>Decide the uncertain matches in Surveys → Review possible duplicates (Ctrl+M).</source>
        <translation>Решите по сомнительным совпадениям: Опросы → Проверка возможных дубликатов (Ctrl+M).</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>Key %1: %2 (%3)</source>
        <extracomment>The queue holds this many items (counted in the background after a reset or a review). Background work of this model failed with this exception.</extracomment>
        <translation>Клавиша %1: %2 (%3)</translation>
    </message>
    <message>
        <source>model loading…</source>
        <translation>загрузка модели…</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Alternatives (1–9)</source>
        <translation>Варианты (1–9)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>ReviewQueueWindow</name>
    <message>
        <source>Review suggestions</source>
        <extracomment>Enter or Space on a row. A digit key 1-9: take that alternative. F2 or C: choose any label. One item was reviewed and saved: (item id, &quot;accepted&quot; or &quot;corrected&quot;). A training run ended: its summary (or None if it was cancelled or failed).</extracomment>
        <translation>Проверка предложений</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Train now</source>
        <translation>Обучить сейчас</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>Отменить обучение</translation>
    </message>
    <message>
        <source>Enter or Space: confirm   ·   1–9: take that alternative   ·   F2 or C: choose another</source>
        <translation>Enter или пробел: подтвердить   ·   1–9: выбрать этот вариант   ·   F2 или C: выбрать другой</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Проверять:</translation>
    </message>
    <message>
        <source>Confidence below:</source>
        <translation>Уверенность ниже:</translation>
    </message>
    <message>
        <source>There is no alternative %1 for this item.</source>
        <translation>У этого обращения нет варианта %1.</translation>
    </message>
    <message>
        <source>Choose the right label</source>
        <translation>Выберите правильную метку</translation>
    </message>
    <message>
        <source>Training on the confirmed labels…</source>
        <translation>Обучение на подтверждённых метках…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>1 suggestion to review</source>
        <translation>1 предложение на проверку</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestions to review</source>
        <translation>
            <numerusform>%Ln предложение на проверку</numerusform>
            <numerusform>%Ln предложения на проверку</numerusform>
            <numerusform>%Ln предложений на проверку</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestion has been reviewed yet.</source>
        <translation>Ни одно предложение ещё не проверено.</translation>
    </message>
    <message>
        <source>Suggestions accepted unchanged: %1 (%2 of %3 reviewed)</source>
        <translation>Принято без изменений: %1 (проверено %2 из %3)</translation>
    </message>
    <message>
        <source>Trained on the newest %1 of %2 confirmed items; the suggestions below are the new model&apos;s.</source>
        <translation>Обучено на %1 новейших из %2 подтверждённых обращений; ниже — предложения новой модели.</translation>
    </message>
    <message>
        <source>Trained on %1 confirmed items; the suggestions below are the new model&apos;s.</source>
        <translation>Обучено на подтверждённых обращениях: %1; ниже — предложения новой модели.</translation>
    </message>
    <message>
        <source>Not trained: too few confirmed items (at least 20, with two different labels).</source>
        <translation>Не обучено: слишком мало подтверждённых обращений (нужно не меньше 20, с двумя разными метками).</translation>
    </message>
    <message>
        <source>Training cancelled; the previous model is still in use.</source>
        <translation>Обучение отменено; используется прежняя модель.</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <source>Saved views</source>
        <extracomment>(parent, title, label, proposed text) -&gt; the text, or None when cancelled. (parent, title, question) -&gt; whether the user said yes. A saved view was opened: what it shows today (``OpenedView``). The list of views was (re)loaded.</extracomment>
        <translation>Сохранённые виды</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Сохранить вид…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Удалить вид</translation>
    </message>
    <message>
        <source>Saved views need a signed-in user</source>
        <translation>Для сохранённых видов нужно войти в систему</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Сохранить вид</translation>
    </message>
    <message>
        <source>Name of this view (filters, search and sort)</source>
        <translation>Название вида (фильтры, поиск и сортировка)</translation>
    </message>
    <message>
        <source>Replace your view “%1” with the current filters?</source>
        <translation>Заменить ваш вид «%1» текущими фильтрами?</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Переименовать вид</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Новое название</translation>
    </message>
    <message>
        <source>Delete your saved view “%1”? The items are not touched.</source>
        <translation>Удалить сохранённый вид «%1»? Сами обращения не затрагиваются.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Do not survey a contact again within this many days</source>
        <translation>Не опрашивать клиента повторно в течение стольких дней</translation>
    </message>
    <message>
        <source>Do not ask again a question answered within this many days</source>
        <translation>Не задавать повторно вопрос, на который ответили за это число дней</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Kaizen Desk</source>
        <translation>Настройки — Kaizen Desk</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>A new language applies when Kaizen Desk starts again.</source>
        <translation>Новый язык применится при следующем запуске Kaizen Desk.</translation>
    </message>
    <message>
        <source>Restart Kaizen Desk?</source>
        <translation>Перезапустить Kaizen Desk?</translation>
    </message>
    <message>
        <source>The new language applies when Kaizen Desk starts again. Restart now? Open windows close; a capture not yet saved is kept as a draft.</source>
        <translation>Новый язык применится при следующем запуске Kaizen Desk. Перезапустить сейчас? Открытые окна закроются; несохранённая запись останется черновиком.</translation>
    </message>
</context>
<context>
    <name>SimilarItems</name>
    <message>
        <source>Improvement #%1</source>
        <translation>Улучшение №%1</translation>
    </message>
    <message>
        <source>Item #%1</source>
        <translation>Обращение №%1</translation>
    </message>
    <message>
        <source>%1 (improvement #%2, %3)</source>
        <translation>%1 (улучшение №%2, %3)</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Text or title</source>
        <translation>Текст или название</translation>
    </message>
    <message>
        <source>Status or stage</source>
        <translation>Статус или этап</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>%1, in another language</source>
        <translation>%1, на другом языке</translation>
    </message>
    <message>
        <source>Found by what it is about (card, delivery, fee…), not by its words</source>
        <translation>Найдено по смыслу (карта, доставка, комиссия…), а не по словам</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Mark as &amp;duplicate of this</source>
        <extracomment>An action changed the shown item (a ``TriageChange``, for an undo stack); the list is shown afresh. The look-alikes of the shown item are listed (its id).</extracomment>
        <translation>Отметить как &amp;дубликат этого</translation>
    </message>
    <message>
        <source>The item shown says the same as the selected item: merge it</source>
        <translation>Показанное обращение говорит то же, что выбранное: объединить их</translation>
    </message>
    <message>
        <source>&amp;Link to this improvement</source>
        <translation>&amp;Связать с этим улучшением</translation>
    </message>
    <message>
        <source>Link the item shown to the selected improvement</source>
        <translation>Связать показанное обращение с выбранным улучшением</translation>
    </message>
    <message>
        <source>Looking for similar items…</source>
        <translation>Поиск похожих обращений…</translation>
    </message>
    <message>
        <source>Looking for similar items… (reading every item once; this takes a moment)</source>
        <translation>Поиск похожих обращений… (все обращения читаются один раз; это займёт немного времени)</translation>
    </message>
    <message numerus="yes">
        <source>%n similar item(s) or improvement(s)</source>
        <translation>
            <numerusform>%n похожее обращение или улучшение</numerusform>
            <numerusform>%n похожих обращения или улучшения</numerusform>
            <numerusform>%n похожих обращений или улучшений</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing similar found.</source>
        <translation>Похожего не найдено.</translation>
    </message>
    <message>
        <source>Link the item shown to improvement #%1, which the selected item is in</source>
        <translation>Связать показанное обращение с улучшением №%1, в котором состоит выбранное</translation>
    </message>
</context>
<context>
    <name>SimilarToImprovementTab</name>
    <message>
        <source>&amp;Link selected</source>
        <extracomment>The items not yet linked are listed: how many. Selected items were linked to the improvement (the ``TriageChange``, already on the undo stack).</extracomment>
        <translation>&amp;Связать выбранные</translation>
    </message>
    <message>
        <source>Looking for similar items…</source>
        <translation>Поиск похожих обращений…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Link %n selected</source>
        <translation>
            <numerusform>&amp;Связать %n выбранное</numerusform>
            <numerusform>&amp;Связать %n выбранных</numerusform>
            <numerusform>&amp;Связать %n выбранных</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for similar items… (reading every item once; this takes a moment)</source>
        <translation>Поиск похожих обращений… (все обращения читаются один раз; это займёт немного времени)</translation>
    </message>
    <message>
        <source>Items that say what this improvement or its items say, not linked to it yet.</source>
        <translation>Обращения о том же, что это улучшение или его обращения, ещё не связанные с ним.</translation>
    </message>
    <message>
        <source>No similar items left to link.</source>
        <translation>Похожих обращений для связывания не осталось.</translation>
    </message>
</context>
<context>
    <name>SoundsLike</name>
    <message>
        <source>Improvement #%1 — %2, in %3</source>
        <translation>Улучшение №%1 — %2, этап «%3»</translation>
    </message>
    <message>
        <source>Item #%1 — %2 (%3)</source>
        <translation>Обращение №%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SoundsLikeBox</name>
    <message>
        <source>Sounds like:</source>
        <extracomment>The operator chose a match to link the new item to (a ``SimilarRow``), or None: no link. A look-up answered (the matches shown; empty: nothing similar). The box says it is looking while the index is being built.</extracomment>
        <translation>Похоже на:</translation>
    </message>
    <message>
        <source>Sounds like: looking for similar items…</source>
        <translation>Похоже на: поиск похожих обращений…</translation>
    </message>
    <message>
        <source>joins it when saved</source>
        <translation>присоединится при сохранении</translation>
    </message>
    <message>
        <source>saved as its duplicate</source>
        <translation>сохранится как его дубликат</translation>
    </message>
</context>
<context>
    <name>StageCardsModel</name>
    <message>
        <source>%1
Owner: %2
%3 items from %4 contributors; %5 in this stage</source>
        <extracomment>A card was dropped here: improvement id, the stage it is in, its version as seen, this stage.</extracomment>
        <translation>%1
Ответственный: %2
Обращений: %3, авторов: %4; на этом этапе: %5</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
</context>
<context>
    <name>SurveyScreens</name>
    <message>
        <source>&amp;Import survey responses…</source>
        <extracomment>A survey import ended (its ``SurveyImportReport``).</extracomment>
        <translation>&amp;Импорт ответов на опросы…</translation>
    </message>
    <message>
        <source>Review possible &amp;duplicates…</source>
        <translation>Проверка возможных &amp;дубликатов…</translation>
    </message>
    <message>
        <source>Same &amp;question, any survey…</source>
        <translation>Один &amp;вопрос в любом опросе…</translation>
    </message>
</context>
<context>
    <name>WorkflowUndo</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Перевод «%1» в «%2»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>An undo or redo went through; the screens show the data again. An undo or redo was refused or failed with this exception; the stack did not move.</extracomment>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>Mark %1 items duplicates</source>
        <translation>Отметка дубликатов (обращений: %1)</translation>
    </message>
</context>
<context>
    <name>WorkflowWindow</name>
    <message>
        <source>Improvements – Kaizen Desk</source>
        <translation>Улучшения – Kaizen Desk</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Входящие</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Доска</translation>
    </message>
    <message>
        <source>&amp;Overdue replies</source>
        <translation>&amp;Просроченные ответы</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Улучшение</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
</context>
</TS>
