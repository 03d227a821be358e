<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AnswerInput</name>
    <message>
        <source>What the customer says (Shift+Enter: new line)</source>
        <extracomment>Enter in a text answer (other inputs leave Enter to the screen).</extracomment>
        <translation>آنچه مشتری می‌گوید (Shift+Enter: خط جدید)</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>عدد صحیح از %1 تا %2</translation>
    </message>
    <message>
        <source>&amp;Yes (Y)</source>
        <translation>&amp;بله (Y)</translation>
    </message>
    <message>
        <source>&amp;No (N)</source>
        <translation>&amp;خیر (N)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Training the classifiers on the sample data…</source>
        <translation>در حال آموزش دسته‌بندها با داده‌های نمونه…</translation>
    </message>
    <message>
        <source>Preparing sample data…</source>
        <translation>در حال آماده‌سازی داده‌های نمونه…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation>داده‌ای نیست</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>بررسی اولیه</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>برنامه‌ریزی</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>اجرا</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>سنجش</translation>
    </message>
    <message>
        <source>Act / standardised</source>
        <translation>اقدام / استانداردسازی</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>رد شده</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>معلق</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 روز</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ساعت</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>, improvement %1</source>
        <translation>، بهبود %1</translation>
    </message>
    <message>
        <source>Now: %1 (version %2)</source>
        <translation>اکنون: %1 (نسخهٔ %2)</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>۱ مورد</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 مورد</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>۱ نفر</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 نفر</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>بدون مسئول</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>%1 (newest %2 of %3)</source>
        <extracomment>Asks the user for a text: (parent, title, label) -&gt; the text, or None when cancelled. The cards were (re)loaded from the database. The workflow moved this improvement to this stage. A move, undo or redo was refused or failed: the message the user saw. The user opened this improvement (double click, or Enter).</extracomment>
        <translation>%1 (%2 مورد جدیدتر از %3)</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>انتقال به «%1»</translation>
    </message>
    <message>
        <source>Why? The contributors of “%1” will be told this reason.</source>
        <translation>چرا؟ این دلیل به کسانی که «%1» را مطرح کرده‌اند گفته می‌شود.</translation>
    </message>
    <message>
        <source>Leave Check</source>
        <translation>خروج از سنجش</translation>
    </message>
    <message>
        <source>What was the measured result of “%1”?</source>
        <translation>نتیجهٔ اندازه‌گیری‌شدهٔ «%1» چه بود؟</translation>
    </message>
    <message>
        <source>Move refused</source>
        <translation>انتقال پذیرفته نشد</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>کاربر دیگری آن را تغییر داده است</translation>
    </message>
    <message>
        <source>Kaizen Desk</source>
        <translation>Kaizen Desk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>انتقال به</translation>
    </message>
</context>
<context>
    <name>CanonicalQuestions</name>
    <message>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Means (canonical question)</source>
        <translation>به معنای (پرسش مرجع)</translation>
    </message>
    <message>
        <source>not linked; perhaps %1</source>
        <translation>پیوند نخورده؛ شاید %1</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>پیوند نخورده</translation>
    </message>
</context>
<context>
    <name>CanonicalQuestionsWindow</name>
    <message>
        <source>Same question, any survey — Kaizen Desk</source>
        <extracomment>The list was read and is on screen (number of questions). A question&apos;s link changed: question id.</extracomment>
        <translation>یک پرسش در هر نظرسنجی — Kaizen Desk</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>همهٔ مبدأها</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;مبدأ:</translation>
    </message>
    <message>
        <source>Canonical question</source>
        <translation>پرسش مرجع</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>&amp;Use suggestion</source>
        <translation>&amp;استفاده از پیشنهاد</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;پیوند</translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation>&amp;حذف پیوند</translation>
    </message>
    <message>
        <source>code, e.g. nps</source>
        <translation>کد، مثلاً nps</translation>
    </message>
    <message>
        <source>&amp;Create and link</source>
        <translation>&amp;ایجاد و پیوند</translation>
    </message>
    <message>
        <source>New canonical question</source>
        <translation>پرسش مرجع جدید</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>کد:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>متن:</translation>
    </message>
    <message>
        <source>Suggestions:</source>
        <translation>پیشنهادها:</translation>
    </message>
    <message>
        <source>Or choose one:</source>
        <translation>یا یکی را انتخاب کنید:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>در حال خواندن…</translation>
    </message>
    <message>
        <source>%1 questions; %2 linked to a canonical question.</source>
        <translation>%1 پرسش؛ %2 پرسش به پرسش مرجع پیوند خورده‌اند.</translation>
    </message>
    <message>
        <source>Choose a question in the list.</source>
        <translation>پرسشی را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Not linked to a canonical question yet.</source>
        <translation>هنوز به پرسش مرجع پیوند نخورده است.</translation>
    </message>
    <message>
        <source>Means: %1</source>
        <translation>به معنای: %1</translation>
    </message>
    <message>
        <source>Most alike: %1</source>
        <translation>بیشترین شباهت: %1</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>New contact… (Ctrl+Shift+N)</source>
        <translation>مشتری جدید… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>مشتری جدید…</translation>
    </message>
    <message>
        <source>Add another item (Ctrl+Shift+Enter)</source>
        <translation>افزودن مورد دیگر (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>افزودن مورد</translation>
    </message>
    <message>
        <source>Find the customer: phone, e-mail, name or customer number (Ctrl+L)</source>
        <translation>یافتن مشتری: تلفن، ایمیل، نام یا شمارهٔ مشتری (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;تلفن</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>ا&amp;یمیل</translation>
    </message>
    <message>
        <source>Customer n&amp;umber</source>
        <translation>&amp;شمارهٔ مشتری</translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation>آنچه مشتری گفت، با کلمات خودش</translation>
    </message>
    <message>
        <source>— no category —</source>
        <translation>— بدون دسته —</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>&amp;What did the customer say?</source>
        <translation>&amp;مشتری چه گفت؟</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;نوع</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;کانال</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>&amp;دسته</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>The row&apos;s record itself (a ContactMatch, EarlierItem or AnswerOnFile).</extracomment>
        <translation>(بی‌نام)</translation>
    </message>
    <message>
        <source>Improvement: %1 (%2)</source>
        <translation>بهبود: %1 (%2)</translation>
    </message>
    <message>
        <source>Last reply %1: %2</source>
        <translation>آخرین پاسخ %1: %2</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>هنوز پاسخی داده نشده</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2، %3</translation>
    </message>
    <message>
        <source>(answered %n more time(s))</source>
        <translation>(%n بار دیگر پاسخ داده شده)</translation>
    </message>
    <message>
        <source>Kaizen Desk closed before this capture was saved (draft from %1 UTC, %2 item(s)):</source>
        <translation>برنامهٔ Kaizen Desk پیش از ذخیرهٔ این ثبت بسته شد (پیش‌نویس %1 UTC، %2 مورد):</translation>
    </message>
    <message>
        <source>Restore it now?</source>
        <translation>اکنون بازیابی شود؟</translation>
    </message>
    <message>
        <source>Unsaved capture</source>
        <translation>ثبت ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>پیش‌نویس ذخیره شد %1</translation>
    </message>
</context>
<context>
    <name>CaptureForm</name>
    <message>
        <source>Suggested: %1</source>
        <extracomment>Items were saved: (contact id or None, [item ids]). The chosen contact changed: its id, or None. Anything the operator typed or chose changed (the draft is due).</extracomment>
        <translation>پیشنهاد: %1</translation>
    </message>
    <message>
        <source>Type what the customer said first.</source>
        <translation>ابتدا آنچه مشتری گفت را بنویسید.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s)</source>
        <translation>
            <numerusform>%n مورد ذخیره شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>مورد %1: %2</translation>
    </message>
    <message>
        <source>No contact chosen (the item is saved as anonymous)</source>
        <translation>مشتری انتخاب نشده (مورد به‌صورت ناشناس ذخیره می‌شود)</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>مشتری: %1</translation>
    </message>
    <message numerus="yes">
        <source>Save %n items</source>
        <translation>
            <numerusform>ذخیرهٔ %n مورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Capture feedback — Kaizen Desk</source>
        <translation>ثبت بازخورد — Kaizen Desk</translation>
    </message>
    <message>
        <source>Compact, always on top</source>
        <translation>فشرده، همیشه رو</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>CategoryFilter</name>
    <message>
        <source>All categories</source>
        <extracomment>The ticked categories changed (the ids, in the menu&apos;s order).</extracomment>
        <translation>همهٔ دسته‌ها</translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n دسته</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassFiguresModel</name>
    <message>
        <source>Label</source>
        <extracomment>The share (0..1) of a confusion cell in its row: what the heat delegate colours by. True on the diagonal of the confusion matrix (right answers).</extracomment>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>دقت</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Items tested</source>
        <translation>موارد آزموده‌شده</translation>
    </message>
    <message>
        <source>Of the items the model gave this label, the share that truly had it</source>
        <translation>از مواردی که مدل این برچسب را به آن‌ها داد، سهمی که واقعاً همین برچسب را داشتند</translation>
    </message>
    <message>
        <source>Of the items that truly had this label, the share the model found</source>
        <translation>از مواردی که واقعاً این برچسب را داشتند، سهمی که مدل یافت</translation>
    </message>
</context>
<context>
    <name>ClassificationScreens</name>
    <message>
        <source>&amp;Review suggestions…</source>
        <translation>&amp;بازبینی پیشنهادها…</translation>
    </message>
    <message>
        <source>&amp;Train classifiers…</source>
        <translation>&amp;آموزش دسته‌بندها…</translation>
    </message>
    <message>
        <source>&amp;How good are the suggestions?</source>
        <translation>&amp;پیشنهادها چقدر خوب‌اند؟</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Respondent&apos;s name</source>
        <translation>نام پاسخ‌دهنده</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>شمارهٔ مشتری</translation>
    </message>
    <message>
        <source>Date answered</source>
        <translation>تاریخ پاسخ</translation>
    </message>
    <message>
        <source>Response id</source>
        <translation>شناسهٔ پاسخ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Column</source>
        <extracomment>The user changed what a column is or a question&apos;s code.</extracomment>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Example from the file</source>
        <translation>نمونه از پرونده</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>نوع ستون</translation>
    </message>
    <message>
        <source>Question code</source>
        <translation>کد پرسش</translation>
    </message>
    <message>
        <source>What column %1 is</source>
        <translation>ستون %1 چیست</translation>
    </message>
    <message>
        <source>Question code of column %1</source>
        <translation>کد پرسش ستون %1</translation>
    </message>
    <message>
        <source>Two columns are marked as %1: %2. Choose one.</source>
        <translation>دو ستون به‌عنوان «%1» علامت خورده‌اند: %2. یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>No column is a question: mark at least one column as Question.</source>
        <translation>هیچ ستونی پرسش نیست: دست‌کم یک ستون را «پرسش» علامت بزنید.</translation>
    </message>
    <message>
        <source>Column %1 needs a question code.</source>
        <translation>ستون %1 به کد پرسش نیاز دارد.</translation>
    </message>
    <message>
        <source>Two question columns have the code %1.</source>
        <translation>دو ستون پرسش کد یکسان %1 دارند.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;درون‌ریزی</translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;توقف درون‌ریزی</translation>
    </message>
    <message>
        <source>none: every respondent is anonymous</source>
        <translation>هیچ: همهٔ پاسخ‌دهندگان ناشناس‌اند</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>پرونده: %1</translation>
    </message>
    <message>
        <source>Source system: %1</source>
        <translation>سامانهٔ مبدأ: %1</translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation>نظرسنجی: %1</translation>
    </message>
    <message>
        <source>Respondent: %1</source>
        <translation>پاسخ‌دهنده: %1</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>پرسش‌ها: %1</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>ستون‌های نادیده‌گرفته: %1</translation>
    </message>
    <message>
        <source>All or nothing: if any row is rejected, nothing is imported and every rejected row is listed. Responses already on file are skipped, so the import is safe to run again.</source>
        <translation>همه یا هیچ: اگر حتی یک ردیف رد شود، چیزی درون‌ریزی نمی‌شود و همهٔ ردیف‌های ردشده فهرست می‌شوند. پاسخ‌هایی که از قبل موجودند نادیده گرفته می‌شوند، پس اجرای دوبارهٔ درون‌ریزی بی‌خطر است.</translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message>
        <source>Confirmed as: %1</source>
        <translation>تأییدشده به‌عنوان: %1</translation>
    </message>
    <message>
        <source>Suggested as: %1</source>
        <translation>پیشنهادشده به‌عنوان: %1</translation>
    </message>
    <message>
        <source>%1 of %2 items confirmed as “%3” were suggested as “%4”</source>
        <translation>%1 از %2 مورد تأییدشده به‌عنوان «%3»، به‌عنوان «%4» پیشنهاد شده بودند</translation>
    </message>
</context>
<context>
    <name>ContactFinder</name>
    <message>
        <source>Phone, e-mail, name or customer number</source>
        <extracomment>The operator picked a contact (a ContactMatch). A look-up failed for a reason outside the app (database unreachable ...): the message.</extracomment>
        <translation>تلفن، ایمیل، نام یا شمارهٔ مشتری</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Choose a contact to see what they told us before.</source>
        <translation>مشتری را انتخاب کنید تا ببینید پیش‌تر چه گفته است.</translation>
    </message>
    <message>
        <source>Earlier items (%1)</source>
        <translation>موارد قبلی (%1)</translation>
    </message>
    <message>
        <source>Survey answers on file (%1): no need to ask again</source>
        <translation>پاسخ‌های نظرسنجی موجود (%1): نیازی به پرسیدن دوباره نیست</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The database cannot be reached or opened:
%1</source>
        <translation>دسترسی به پایگاه داده یا باز کردن آن ممکن نیست:
%1</translation>
    </message>
    <message>
        <source>Kaizen Desk</source>
        <translation>Kaizen Desk</translation>
    </message>
    <message>
        <source>Kaizen Desk: unexpected error</source>
        <translation>خطای پیش‌بینی‌نشده در Kaizen Desk</translation>
    </message>
    <message>
        <source>Something went wrong inside Kaizen Desk. This is a bug, not something you did.</source>
        <translation>در Kaizen Desk مشکلی پیش آمد. این یک اشکال نرم‌افزاری است، نه خطای شما.</translation>
    </message>
    <message>
        <source>A crash log was written to:
%1
Please send it to your administrator.</source>
        <translation>گزارش خرابی در این مسیر نوشته شد:
%1
لطفاً آن را برای مدیر سیستم بفرستید.</translation>
    </message>
    <message>
        <source>Quit Kaizen Desk</source>
        <translation>خروج از Kaizen Desk</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Dashboard — Kaizen Desk</source>
        <extracomment>The figures of compute_all for the chosen range and channel are on screen. The PDF report was written to this path.</extracomment>
        <translation>داشبورد — Kaizen Desk</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>همهٔ کانال‌ها</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;خروجی PDF…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>دسته‌ها</translation>
    </message>
    <message>
        <source>Items received by channel</source>
        <translation>موارد دریافتی به تفکیک کانال</translation>
    </message>
    <message>
        <source>Median hours to first response and to reply, by channel</source>
        <translation>میانهٔ ساعت تا نخستین واکنش و تا پاسخ، به تفکیک کانال</translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation>پایان دوره نباید پیش از روز آغاز آن باشد.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>در حال محاسبه…</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>خروجی گزارش PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report to %1…</source>
        <translation>در حال نوشتن گزارش در %1…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>تا تاریخ %1</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>محاسبهٔ ارقام ممکن نشد.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>موارد</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>نخستین واکنش</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Report saved to %1 (%2 pages).</source>
        <translation>گزارش در %1 ذخیره شد (%2 صفحه).</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>خروجی لغو شد.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>نوشتن گزارش ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>DomainErrors</name>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 وجود ندارد</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>بهبود</translation>
    </message>
    <message>
        <source>Feedback item</source>
        <translation>مورد بازخورد</translation>
    </message>
    <message>
        <source>it is already in %1</source>
        <translation>هم‌اکنون در مرحلهٔ «%1» است</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <source>it cannot move from %1 to %2; from here: %3</source>
        <translation>از «%1» به «%2» نمی‌رود؛ از اینجا فقط: %3</translation>
    </message>
    <message>
        <source>it resumes to the stage it was held from (%1) or to %2</source>
        <translation>فقط به مرحله‌ای که از آن معلق شد («%1») یا به «%2» برمی‌گردد</translation>
    </message>
    <message>
        <source>reopening an improvement in %1 needs a reason</source>
        <translation>بازگشایی بهبودی که در «%1» است دلیل می‌خواهد</translation>
    </message>
    <message>
        <source>moving it to %1 needs a reason</source>
        <translation>انتقال به «%1» دلیل می‌خواهد</translation>
    </message>
    <message>
        <source>leaving Check needs the measured result</source>
        <translation>خروج از سنجش به نتیجهٔ اندازه‌گیری‌شده نیاز دارد</translation>
    </message>
    <message>
        <source>%1 (item %2)</source>
        <translation>%1 (مورد %2)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> و %1 نفر دیگر</translation>
    </message>
    <message>
        <source>%1 needs a reply to every contributor; not told yet: %2</source>
        <translation>«%1» نیاز به پاسخ به همهٔ مشارکت‌کنندگان دارد؛ هنوز پاسخ نگرفته‌اند: %2</translation>
    </message>
    <message>
        <source>Unknown stage “%1”</source>
        <translation>مرحلهٔ ناشناخته «%1»</translation>
    </message>
    <message>
        <source>Improvement %1 (“%2”): %3</source>
        <translation>بهبود %1 («%2»): %3</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else; your changes were not saved.</source>
        <translation>%1 را کاربر دیگری حذف کرده است؛ تغییرات شما ذخیره نشد.</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 («%2»)</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 UTC</source>
        <translation>%1 را %2 در %3 UTC تغییر داد</translation>
    </message>
    <message>
        <source>%1 was changed by %2</source>
        <translation>%1 را %2 تغییر داد</translation>
    </message>
    <message>
        <source>%1 was changed by someone else</source>
        <translation>%1 را کاربر دیگری تغییر داد</translation>
    </message>
    <message>
        <source>%1 while you were editing it; your changes were not saved. Look at its current state and make your change again.</source>
        <translation>%1، در حالی که شما آن را ویرایش می‌کردید؛ تغییرات شما ذخیره نشد. وضعیت کنونی را ببینید و تغییر خود را دوباره انجام دهید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>‏%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 («%3»)</source>
        <translation>%1: %2 («%3»)</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>‏%1، ردیف %2: %3</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>پرونده پیدا نشد</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>پرونده نیست</translation>
    </message>
    <message>
        <source>old Excel format (.xls): save it as .xlsx or CSV first</source>
        <translation>قالب قدیمی اکسل (.xls): نخست آن را به‌صورت .xlsx یا CSV ذخیره کنید</translation>
    </message>
    <message>
        <source>not a CSV or XLSX file (expected .csv, .tsv, .txt or .xlsx)</source>
        <translation>پروندهٔ CSV یا XLSX نیست (انتظار می‌رفت .csv، .tsv، .txt یا .xlsx باشد)</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>پرونده ردیف سرستون ندارد</translation>
    </message>
    <message>
        <source>column header «%1» appears twice (columns %2 and %3)</source>
        <translation>سرستون «%1» دو بار آمده است (ستون‌های %2 و %3)</translation>
    </message>
    <message>
        <source>contains binary data, not CSV text</source>
        <translation>دادهٔ دودویی دارد، نه متن CSV</translation>
    </message>
    <message>
        <source>not valid CSV</source>
        <translation>پروندهٔ CSV معتبری نیست</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>پرونده خالی است</translation>
    </message>
    <message>
        <source>starts like %1 text but is not</source>
        <translation>مانند متن %1 آغاز می‌شود اما چنین نیست</translation>
    </message>
    <message>
        <source>cannot tell the text encoding; save it as UTF-8 CSV</source>
        <translation>رمزگذاری متن مشخص نیست؛ آن را به‌صورت CSV با UTF-8 ذخیره کنید</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook</source>
        <translation>کتاب کار XLSX خواندنی نیست</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>کتاب کار هیچ برگه‌ای ندارد</translation>
    </message>
    <message>
        <source>corrupted XLSX workbook</source>
        <translation>کتاب کار XLSX آسیب دیده است</translation>
    </message>
    <message>
        <source>a value in column %1, which has no header name</source>
        <translation>مقداری در ستون %1 که سرستون ندارد</translation>
    </message>
    <message>
        <source>more cells than the %1 columns of the header row</source>
        <translation>خانه‌ها بیش از %1 ستونِ ردیف سرستون است</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>پرسش %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>شمارهٔ مشتری</translation>
    </message>
    <message>
        <source>Social handle</source>
        <translation>شناسهٔ شبکهٔ اجتماعی</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>تکراریِ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>زمان دریافت</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>نخستین پاسخ</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>زمان پاسخ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Question not asked</source>
        <translation>پرسشِ پرسیده‌نشده</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>موارد</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>پیشنهاد طبقه‌بندی</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>واگذارشده به</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>نام نما</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>نمای ذخیره‌شده</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>we have it</source>
        <translation>دریافت کردیم</translation>
    </message>
    <message>
        <source>we are on it</source>
        <translation>در دست انجام است</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>a direct answer</source>
        <translation>پاسخ مستقیم</translation>
    </message>
    <message>
        <source>already on file for %1; pick that contact</source>
        <translation>پیش‌تر برای %1 ثبت شده است؛ همان مخاطب را انتخاب کنید</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>خالی است</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>شمارهٔ تلفن نیست</translation>
    </message>
    <message>
        <source>too short or too long for a phone number</source>
        <translation>برای شمارهٔ تلفن بیش از حد کوتاه یا بلند است</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>نشانی ایمیل معتبر نیست</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>بیش از %1 نویسه است</translation>
    </message>
    <message>
        <source>give a name, a phone, an e-mail or a customer number</source>
        <translation>نام، تلفن، ایمیل یا شمارهٔ مشتری را وارد کنید</translation>
    </message>
    <message>
        <source>another contact</source>
        <translation>مخاطبی دیگر</translation>
    </message>
    <message>
        <source>nothing to save: type what the customer said</source>
        <translation>چیزی برای ذخیره نیست: گفتهٔ مشتری را بنویسید</translation>
    </message>
    <message>
        <source>type what the customer said</source>
        <translation>گفتهٔ مشتری را بنویسید</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>نوع ناشناخته</translation>
    </message>
    <message>
        <source>unknown channel</source>
        <translation>کانال ناشناخته</translation>
    </message>
    <message>
        <source>no such category</source>
        <translation>چنین دسته‌ای وجود ندارد</translation>
    </message>
    <message>
        <source>link to an improvement or mark a duplicate, not both</source>
        <translation>یا به یک بهبود پیوند دهید یا تکراری علامت بزنید، نه هر دو</translation>
    </message>
    <message>
        <source>no such improvement (deleted?)</source>
        <translation>چنین بهبودی وجود ندارد (حذف شده؟)</translation>
    </message>
    <message>
        <source>no such feedback item (deleted?)</source>
        <translation>چنین بازخوردی وجود ندارد (حذف شده؟)</translation>
    </message>
    <message>
        <source>unknown value; allowed: %1 (or their Russian names)</source>
        <translation>مقدار ناشناخته؛ مجاز: %1 (یا نام‌های روسی آن‌ها)</translation>
    </message>
    <message>
        <source>unknown language; use a code such as %1</source>
        <translation>زبان ناشناخته؛ کدی مانند %1 به کار ببرید</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>تاریخ و زمان نیست</translation>
    </message>
    <message>
        <source>incomplete date: needs day, month and year</source>
        <translation>تاریخ ناقص است: روز، ماه و سال لازم است</translation>
    </message>
    <message>
        <source>unknown outcome</source>
        <translation>نتیجهٔ ناشناخته</translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation>پاسخ خالی است</translation>
    </message>
    <message>
        <source>feedback item %1 is not from contact %2</source>
        <translation>بازخورد %1 از مخاطب %2 نیست</translation>
    </message>
    <message>
        <source>is not a question of the survey «%1»</source>
        <translation>پرسشی از نظرسنجی «%1» نیست</translation>
    </message>
    <message>
        <source>no such contact</source>
        <translation>چنین مخاطبی وجود ندارد</translation>
    </message>
    <message>
        <source>no such survey</source>
        <translation>چنین نظرسنجی‌ای وجود ندارد</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>باید عددی صحیح از %1 تا %2 باشد</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>باید «بله» یا «نه» باشد</translation>
    </message>
    <message>
        <source>only a question on file and not asked can be spared</source>
        <translation>فقط پرسشی را می‌توان نپرسید که پاسخش در پرونده هست و پرسیده نشده است</translation>
    </message>
    <message>
        <source>has no answer on file; ask it</source>
        <translation>پاسخی در پرونده ندارد؛ آن را بپرسید</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>باید یکی از این‌ها باشد: %1</translation>
    </message>
    <message>
        <source>the item has no suggested category to confirm</source>
        <translation>این بازخورد دستهٔ پیشنهادی برای تأیید ندارد</translation>
    </message>
    <message>
        <source>select at least one item to start an improvement from</source>
        <translation>دست‌کم یک بازخورد را برای آغاز یک بهبود انتخاب کنید</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>چنین کاربری وجود ندارد</translation>
    </message>
    <message>
        <source>an import needs the name of the system it comes from</source>
        <translation>برای درون‌ریزی، نام سامانهٔ مبدأ لازم است</translation>
    </message>
    <message>
        <source>a saved view needs a name</source>
        <translation>نمای ذخیره‌شده به یک نام نیاز دارد</translation>
    </message>
    <message>
        <source>you have no such saved view</source>
        <translation>چنین نمای ذخیره‌شده‌ای ندارید</translation>
    </message>
    <message>
        <source>one word of letters, digits, _ . - up to %1 characters</source>
        <translation>یک واژه از حروف، رقم‌ها و _ . - تا %1 نویسه</translation>
    </message>
    <message>
        <source>a canonical question needs its text</source>
        <translation>پرسش مرجع به متن نیاز دارد</translation>
    </message>
    <message>
        <source>another canonical question already has this code</source>
        <translation>پرسش مرجع دیگری همین کد را دارد</translation>
    </message>
    <message>
        <source>Contact %1 has no e-mail, phone or social handle on file: choose how you told them</source>
        <translation>مخاطب %1 ایمیل، تلفن یا شناسهٔ شبکهٔ اجتماعی ندارد: انتخاب کنید چگونه به او اطلاع دادید</translation>
    </message>
    <message>
        <source>There is no reply template for “%1” in %2 or in English</source>
        <translation>الگوی پاسخی برای «%1» به %2 یا به انگلیسی وجود ندارد</translation>
    </message>
    <message>
        <source>An improvement in %1 has no decision to tell its contributors yet</source>
        <translation>بهبودی که در مرحلهٔ «%1» است هنوز تصمیمی برای اطلاع به مشارکت‌کنندگان ندارد</translation>
    </message>
    <message>
        <source>Improvement %1 is in %2: its contributors cannot be told “%3” (possible: %4)</source>
        <translation>بهبود %1 در مرحلهٔ «%2» است: نمی‌توان به مشارکت‌کنندگان «%3» را گفت (ممکن: %4)</translation>
    </message>
    <message>
        <source>The reply to contact %1 still has placeholders without a value: %2</source>
        <translation>پاسخ به مخاطب %1 هنوز جاهای خالیِ بی‌مقدار دارد: %2</translation>
    </message>
    <message>
        <source>Choose how to reach %1: no e-mail, phone or handle on file</source>
        <translation>انتخاب کنید چگونه با %1 تماس بگیرید: ایمیل، تلفن یا شناسه‌ای در پرونده نیست</translation>
    </message>
    <message>
        <source>These replies are about no improvement: there is nothing to close</source>
        <translation>این پاسخ‌ها به هیچ بهبودی مربوط نیستند: چیزی برای بستن نیست</translation>
    </message>
    <message>
        <source>The survey «%1» has no questions to ask</source>
        <translation>نظرسنجی «%1» پرسشی برای پرسیدن ندارد</translation>
    </message>
    <message>
        <source>The call has no question left</source>
        <translation>در این تماس پرسشی باقی نمانده است</translation>
    </message>
    <message>
        <source>This contact was surveyed on %1 and may not be surveyed again within %2 days (until %3); give a reason to survey them anyway (contact %4)</source>
        <translation>از این مخاطب در %1 نظرسنجی شده و تا %2 روز (تا %3) نباید دوباره از او نظرسنجی شود؛ برای نظرسنجی با این حال، دلیلی بنویسید (مخاطب %4)</translation>
    </message>
    <message>
        <source>Feedback item %1 does not exist</source>
        <translation>بازخورد %1 وجود ندارد</translation>
    </message>
    <message>
        <source>Feedback item %1 cannot be a duplicate of item %2: it is the same item</source>
        <translation>بازخورد %1 نمی‌تواند تکراریِ بازخورد %2 باشد: هر دو یکی‌اند</translation>
    </message>
    <message>
        <source>Feedback item %1 cannot be a duplicate of item %2: that item is a duplicate of it</source>
        <translation>بازخورد %1 نمی‌تواند تکراریِ بازخورد %2 باشد: آن بازخورد خود تکراریِ این یکی است</translation>
    </message>
    <message>
        <source>This change is already undone</source>
        <translation>این تغییر پیش‌تر واگرد شده است</translation>
    </message>
    <message>
        <source>This change is already done again</source>
        <translation>این تغییر پیش‌تر دوباره انجام شده است</translation>
    </message>
    <message>
        <source>The move of improvement %1 is already undone</source>
        <translation>جابه‌جاییِ بهبود %1 پیش‌تر واگرد شده است</translation>
    </message>
    <message>
        <source>The move of improvement %1 is already done again</source>
        <translation>جابه‌جاییِ بهبود %1 پیش‌تر دوباره انجام شده است</translation>
    </message>
    <message>
        <source>You already have a saved view named «%1»: choose another name</source>
        <translation>شما پیش‌تر نمایی با نام «%1» ذخیره کرده‌اید: نام دیگری انتخاب کنید</translation>
    </message>
    <message>
        <source>A contact cannot be merged into itself</source>
        <translation>یک مخاطب را نمی‌توان با خودش ادغام کرد</translation>
    </message>
    <message>
        <source>Contact %1 does not exist</source>
        <translation>مخاطب %1 وجود ندارد</translation>
    </message>
    <message>
        <source>Contact %1 was already merged into contact %2</source>
        <translation>مخاطب %1 پیش‌تر با مخاطب %2 ادغام شده است</translation>
    </message>
    <message>
        <source>Possible duplicate %1 does not exist</source>
        <translation>تکراریِ احتمالیِ %1 وجود ندارد</translation>
    </message>
    <message>
        <source>Possible duplicate %1 was already decided</source>
        <translation>دربارهٔ تکراریِ احتمالیِ %1 پیش‌تر تصمیم گرفته شده است</translation>
    </message>
    <message>
        <source>Question %1 does not exist</source>
        <translation>پرسش %1 وجود ندارد</translation>
    </message>
    <message>
        <source>Canonical question %1 does not exist</source>
        <translation>پرسش مرجع %1 وجود ندارد</translation>
    </message>
    <message>
        <source>%1: nothing was imported; the database refused a row, perhaps because another import of «%2» ran at the same time (%3)</source>
        <translation>‏%1: چیزی درون‌ریزی نشد؛ پایگاه داده یک ردیف را نپذیرفت، شاید چون درون‌ریزی دیگری از «%2» هم‌زمان در جریان بود (%3)</translation>
    </message>
    <message>
        <source>the database did not record this reply (%1); its text is kept: send again</source>
        <translation>پایگاه داده این پاسخ را ثبت نکرد (%1)؛ متن آن نگه داشته شده است: دوباره بفرستید</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>‏%1: خالی است</translation>
    </message>
    <message>
        <source>%1 «%2»: %3</source>
        <translation>‏%1 «%2»: %3</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters (%3)</source>
        <translation>‏%1: بیش از %2 نویسه است (%3)</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation>‏%1: بیش از %2 نویسه است</translation>
    </message>
    <message>
        <source>%1: «%2» is also on row %3 with different content</source>
        <translation>‏%1: «%2» در ردیف %3 هم هست، با محتوای دیگر</translation>
    </message>
    <message>
        <source>%1: %2 is before the received time %3</source>
        <translation>‏%1: %2 پیش از زمان دریافت %3 است</translation>
    </message>
    <message>
        <source>no answers: every question column is empty</source>
        <translation>پاسخی نیست: همهٔ ستون‌های پرسش خالی‌اند</translation>
    </message>
</context>
<context>
    <name>EvaluationWindow</name>
    <message>
        <source>How good are the suggestions?</source>
        <extracomment>The figures of the chosen target are shown (None: no model is trained).</extracomment>
        <translation>پیشنهادها چقدر خوب‌اند؟</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Suggestions of:</source>
        <translation>پیشنهادهای:</translation>
    </message>
    <message>
        <source>Per label</source>
        <translation>به تفکیک برچسب</translation>
    </message>
    <message>
        <source>Confirmed label (rows) against suggested label (columns)</source>
        <translation>برچسب تأییدشده (ردیف‌ها) در برابر برچسب پیشنهادی (ستون‌ها)</translation>
    </message>
    <message>
        <source>Reading the model&apos;s figures…</source>
        <translation>در حال خواندن ارقام مدل…</translation>
    </message>
    <message>
        <source>No model is trained yet: confirm labels in the review queue, then train.</source>
        <translation>هنوز مدلی آموزش داده نشده: برچسب‌ها را در صف بازبینی تأیید کنید، سپس آموزش دهید.</translation>
    </message>
    <message>
        <source>This model was stored without test figures: train it again to see them.</source>
        <translation>این مدل بدون ارقام آزمون ذخیره شده است: برای دیدن آن‌ها دوباره آموزش دهید.</translation>
    </message>
    <message>
        <source>Accuracy &lt;b&gt;%1&lt;/b&gt;, macro-F1 &lt;b&gt;%2&lt;/b&gt;, tested on %3 confirmed items held out of training.</source>
        <translation>درستی &lt;b&gt;%1&lt;/b&gt;، macro-F1 &lt;b&gt;%2&lt;/b&gt;، آزموده روی %3 مورد تأییدشده که در آموزش به کار نرفتند.</translation>
    </message>
    <message>
        <source>Trustworthy: about %1 of 10 suggestions are right.</source>
        <translation>قابل اعتماد: حدود %1 از ۱۰ پیشنهاد درست است.</translation>
    </message>
    <message>
        <source>Usable with care: about %1 of 10 suggestions are right; review the doubtful ones.</source>
        <translation>با احتیاط قابل استفاده: حدود %1 از ۱۰ پیشنهاد درست است؛ موارد مشکوک را بازبینی کنید.</translation>
    </message>
    <message>
        <source>Not reliable yet: only about %1 of 10 suggestions are right. Confirm more items and train again.</source>
        <translation>هنوز قابل اعتماد نیست: فقط حدود %1 از ۱۰ پیشنهاد درست است. موارد بیشتری را تأیید کنید و دوباره آموزش دهید.</translation>
    </message>
    <message>
        <source>Stored without per-label figures: train again to see them.</source>
        <translation>بدون ارقام به تفکیک برچسب ذخیره شده: برای دیدن آن‌ها دوباره آموزش دهید.</translation>
    </message>
    <message>
        <source>Too few confirmed items to judge: confirm more and train again.</source>
        <translation>موارد تأییدشده برای داوری کم است: بیشتر تأیید کنید و دوباره آموزش دهید.</translation>
    </message>
    <message>
        <source>Often missed (share found): %1.</source>
        <translation>اغلب از قلم افتاده (سهم یافته‌شده): %1.</translation>
    </message>
    <message>
        <source>Trained %1 on the newest %2 of %5 confirmed items, with %3 labels. Libraries: %4.</source>
        <translation>آموزش در %1 با %2 مورد جدیدتر از %5 مورد تأییدشده و %3 برچسب. کتابخانه‌ها: %4.</translation>
    </message>
    <message>
        <source>Trained %1 on %2 confirmed items with %3 labels. Libraries: %4.</source>
        <translation>آموزش در %1 با %2 مورد تأییدشده و %3 برچسب. کتابخانه‌ها: %4.</translation>
    </message>
    <message>
        <source>No confusions among the items tested.</source>
        <translation>در میان موارد آزموده‌شده هیچ اشتباهی نیست.</translation>
    </message>
    <message>
        <source>%1 × “%2” suggested as “%3” (%4 of them)</source>
        <translation>%1 × «%2» به‌عنوان «%3» پیشنهاد شده (%4 از آن‌ها)</translation>
    </message>
    <message>
        <source>Biggest confusions:</source>
        <translation>بیشترین اشتباه‌ها:</translation>
    </message>
</context>
<context>
    <name>FeedbackLabels</name>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>گفتگوی برخط</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>فرم وب</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>سلف‌سرویس</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>ایده</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>قدردانی</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>بررسی‌شده</translation>
    </message>
    <message>
        <source>In improvement</source>
        <translation>در حال بهبود</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تکراری</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>پاسخ‌داده‌شده</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته‌شده</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>روسی</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>تحویل</translation>
    </message>
    <message>
        <source>Billing and payments</source>
        <translation>صورتحساب و پرداخت</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>کیفیت خدمات</translation>
    </message>
    <message>
        <source>Staff and courtesy</source>
        <translation>کارکنان و ادب</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>زمان انتظار</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Website and app</source>
        <translation>وب‌سایت و اپلیکیشن</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>ارتباطات</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>امکانات و فضا</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>قیمت‌گذاری</translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <source>This column cannot be sorted</source>
        <extracomment>The current search matches this many items (counted in the background after each reset). Background work of this model failed with this exception (the database went away ...).</extracomment>
        <translation>این ستون مرتب‌سازی نمی‌شود</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Which file?</source>
        <translation>کدام پرونده؟</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of survey responses, and the system it came from.</source>
        <translation>خروجی CSV یا XLSX پاسخ‌های نظرسنجی، و سامانه‌ای که از آن آمده است.</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>مسیر یک پروندهٔ .csv یا .xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <source>e.g. dealer_esurvey</source>
        <translation>مثلاً dealer_esurvey</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>در حال خواندن پرونده…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;پرونده:</translation>
    </message>
    <message>
        <source>&amp;Source system:</source>
        <translation>&amp;سامانهٔ مبدأ:</translation>
    </message>
    <message>
        <source>The source names the system the answers come from; its column mapping is saved and offered again next time.</source>
        <translation>مبدأ، سامانه‌ای است که پاسخ‌ها از آن می‌آیند؛ نگاشت ستون‌های آن ذخیره می‌شود و دفعهٔ بعد دوباره پیشنهاد می‌شود.</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt *.xlsx *.xlsm)</source>
        <translation>خروجی‌های نظرسنجی (*.csv *.tsv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Survey export</source>
        <translation>خروجی نظرسنجی</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>لغو شد: چیزی درون‌ریزی نشد.</translation>
    </message>
    <message>
        <source>Import survey responses — Kaizen Desk</source>
        <extracomment>An import ended and was written, or rejected as a whole (the report).</extracomment>
        <translation>درون‌ریزی پاسخ‌های نظرسنجی — Kaizen Desk</translation>
    </message>
</context>
<context>
    <name>ImprovementDetail</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source> (duplicate of %1)</source>
        <translation> (تکراریِ %1)</translation>
    </message>
    <message>
        <source>anonymous: cannot be answered</source>
        <translation>ناشناس: پاسخ‌دادنی نیست</translation>
    </message>
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
        <translation>چه</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
    <message>
        <source>system</source>
        <translation>سیستم</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>۱ مشتری</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 مشتری</translation>
    </message>
    <message>
        <source>, 1 anonymous item (cannot be answered)</source>
        <translation>، ۱ مورد ناشناس (پاسخ‌دادنی نیست)</translation>
    </message>
    <message>
        <source>, %1 anonymous items (cannot be answered)</source>
        <translation>، %1 مورد ناشناس (پاسخ‌دادنی نیست)</translation>
    </message>
</context>
<context>
    <name>ImprovementDetailView</name>
    <message>
        <source>Stage</source>
        <extracomment>The improvement was read and is shown. The reply composer was opened for the contributors of the improvement shown (the dialog).</extracomment>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Expected benefit</source>
        <translation>سود مورد انتظار</translation>
    </message>
    <message>
        <source>Measured benefit</source>
        <translation>سود اندازه‌گیری‌شده</translation>
    </message>
    <message>
        <source>Effort (days)</source>
        <translation>تلاش (روز)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>تصمیم‌گیری</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته شد</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>مشارکت‌کنندگان</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>موارد پیوندشده</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>گاه‌شمار</translation>
    </message>
    <message>
        <source>Similar items not yet linked</source>
        <translation>موارد مشابهِ هنوز پیوندنخورده</translation>
    </message>
    <message>
        <source>You said, we did: &amp;reply to every contributor…</source>
        <translation>&amp;پاسخ به همهٔ مشارکت‌کنندگان…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>پذیرفته شد</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>تصمیم گرفته نشده</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>هنوز اندازه‌گیری نشده</translation>
    </message>
    <message>
        <source>Linked items (%1)</source>
        <translation>موارد پیوندشده (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>گاه‌شمار (%1)</translation>
    </message>
    <message>
        <source>Similar items not yet linked (%1)</source>
        <translation>موارد مشابهِ هنوز پیوندنخورده (%1)</translation>
    </message>
</context>
<context>
    <name>InboxFilterBar</name>
    <message>
        <source>Search in any language</source>
        <extracomment>A filter changed (combos, dates, contact, assignee): read ``filter_values()``. The search text settled (after a short pause in typing). Contacts matching the typed text were found (offered in the box&apos;s list).</extracomment>
        <translation>جستجو به هر زبانی</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>هر کانالی</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>هر نوعی</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>هر دسته‌ای</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>هر زبانی</translation>
    </message>
    <message>
        <source>Assigned to anyone</source>
        <translation>واگذارشده به هر کسی</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>واگذارشده به من</translation>
    </message>
    <message>
        <source>Assigned to nobody</source>
        <translation>واگذارنشده</translation>
    </message>
    <message>
        <source>from: any</source>
        <translation>از: هر زمان</translation>
    </message>
    <message>
        <source>to: any</source>
        <translation>تا: هر زمان</translation>
    </message>
    <message>
        <source>Contact: name, phone or e-mail</source>
        <translation>مشتری: نام، تلفن یا ایمیل</translation>
    </message>
</context>
<context>
    <name>InboxTableModel</name>
    <message>
        <source>Assigned to</source>
        <translation>واگذارشده به</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>این ستون مرتب‌سازی نمی‌شود</translation>
    </message>
</context>
<context>
    <name>InboxWidget</name>
    <message>
        <source>Set category…</source>
        <extracomment>A bulk action was done; its undo label. A bulk action was refused or failed: the message the user saw. Categories, users and open improvements are loaded (the filters and actions offer them). A saved view was opened and shown (after its list was reloaded).</extracomment>
        <translation>تعیین دسته…</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>واگذاری به…</translation>
    </message>
    <message>
        <source>Link to improvement…</source>
        <translation>پیوند به بهبود…</translation>
    </message>
    <message>
        <source>Start improvement…</source>
        <translation>آغاز بهبود…</translation>
    </message>
    <message>
        <source>Mark duplicates…</source>
        <translation>علامت‌گذاری تکراری‌ها…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>پاسخ…</translation>
    </message>
    <message>
        <source>&amp;Similar items</source>
        <translation>موارد &amp;مشابه</translation>
    </message>
    <message>
        <source>Items and improvements that say the same (Ctrl+Shift+S)</source>
        <translation>موارد و بهبودهایی که همین را می‌گویند (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>نمای ذخیره‌شده</translation>
    </message>
    <message>
        <source>This view names what no longer exists; it opened without: %1</source>
        <translation>این نما به چیزهایی اشاره دارد که دیگر وجود ندارند؛ بدون این موارد باز شد: %1</translation>
    </message>
    <message>
        <source>(no category)</source>
        <extracomment>(parent, title, label, options) -&gt; the chosen option&apos;s index, or None when cancelled. (parent, title, label, proposed text) -&gt; the text, or None when cancelled.</extracomment>
        <translation>(بدون دسته)</translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>تعیین دسته</translation>
    </message>
    <message>
        <source>Category of %n items</source>
        <translation>دستهٔ %n مورد</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>واگذاری به</translation>
    </message>
    <message>
        <source>Who triages these %n items</source>
        <translation>چه کسی این %n مورد را بررسی کند</translation>
    </message>
    <message>
        <source>There is no open improvement to link to: start one from the selection.</source>
        <translation>بهبود بازی برای پیوند نیست: از موارد انتخاب‌شده یکی آغاز کنید.</translation>
    </message>
    <message>
        <source>Link to improvement</source>
        <translation>پیوند به بهبود</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>بهبود</translation>
    </message>
    <message>
        <source>Start improvement</source>
        <translation>آغاز بهبود</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Mark duplicates</source>
        <translation>علامت‌گذاری تکراری‌ها</translation>
    </message>
    <message>
        <source>The original; the others become its duplicates</source>
        <translation>مورد اصلی؛ بقیه تکراری آن می‌شوند</translation>
    </message>
    <message>
        <source>Select at least %n items first.</source>
        <translation>ابتدا دست‌کم %n مورد را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Select items first.</source>
        <translation>ابتدا موارد را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>صندوق ورودی</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>کاربر دیگری آن را تغییر داده است</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>، %n انتخاب‌شده</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Debug</source>
        <translation>دیباگ</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>اطلاعات</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>بحرانی</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Log — Kaizen Desk</source>
        <translation>لاگ — Kaizen Desk</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>هشدارها و خطاها</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>خطاها</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;نمایش:</translation>
    </message>
    <message>
        <source>Filter by text…</source>
        <translation>فیلتر بر اساس متن…</translation>
    </message>
    <message>
        <source>Choose a record to see it in full, with its traceback.</source>
        <translation>یک رکورد را انتخاب کنید تا کامل و همراه با استک‌تریس آن نمایش داده شود.</translation>
    </message>
    <message>
        <source>&amp;Open log folder</source>
        <translation>&amp;باز کردن پوشهٔ لاگ</translation>
    </message>
    <message>
        <source>&amp;Copy selected</source>
        <translation>&amp;کپی موارد انتخاب‌شده</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>فایل لاگ:</translation>
    </message>
    <message>
        <source>The log file cannot be written: records are kept only while the app runs.</source>
        <translation>فایل لاگ قابل نوشتن نیست: رکوردها فقط تا وقتی برنامه باز است نگه داشته می‌شوند.</translation>
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
        <translation>جستجوی بازخورد به هر زبانی (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;Surveys</source>
        <translation>&amp;نظرسنجی‌ها</translation>
    </message>
    <message>
        <source>&amp;Improvements</source>
        <translation>&amp;بهبودها</translation>
    </message>
    <message>
        <source>&amp;Classification</source>
        <translation>&amp;دسته‌بندی</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;گزارش‌ها</translation>
    </message>
    <message>
        <source>&amp;Phone survey…</source>
        <translation>&amp;نظرسنجی تلفنی…</translation>
    </message>
    <message>
        <source>&amp;New capture…</source>
        <translation>ثبت &amp;جدید…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Triage &amp;inbox</source>
        <translation>&amp;صندوق بررسی اولیه</translation>
    </message>
    <message>
        <source>Improvement &amp;board</source>
        <translation>&amp;تابلوی بهبود</translation>
    </message>
    <message>
        <source>&amp;Overdue replies…</source>
        <translation>&amp;پاسخ‌های دیرکرده…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;داشبورد</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;About Kaizen Desk</source>
        <translation>&amp;دربارهٔ Kaizen Desk</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;لاگ…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>یافتن</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>در حال جستجو…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <source>1 item matches “%1”</source>
        <translation>۱ مورد با «%1» مطابقت دارد</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>۱ مورد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items match “%1”</source>
        <translation>
            <numerusform>%Ln مورد با «%1» مطابقت دارد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln مورد</numerusform>
        </translation>
    </message>
    <message>
        <source>About Kaizen Desk</source>
        <translation>دربارهٔ Kaizen Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kaizen Desk&lt;/h3&gt;&lt;p&gt;Customer feedback and continuous improvement: capture every complaint and idea, carry it through improvement, and reply to the customer who raised it.&lt;/p&gt;</source>
        <translation>&lt;h3 dir=&quot;rtl&quot;&gt;Kaizen Desk&lt;/h3&gt;&lt;p&gt;بازخورد مشتری و بهبود مستمر: هر شکایت و ایده را ثبت کنید، آن را تا بهبود پیش ببرید و به مشتری‌ای که آن را مطرح کرد پاسخ دهید.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>What each column is</source>
        <translation>هر ستون چیست</translation>
    </message>
    <message>
        <source>As mapped for %1 last time; new columns are questions.</source>
        <translation>مطابق نگاشت دفعهٔ قبل برای %1؛ ستون‌های جدید پرسش به شمار می‌آیند.</translation>
    </message>
    <message>
        <source>Recognised from the column names; every other column is a question of the survey.</source>
        <translation>از نام ستون‌ها شناسایی شد؛ هر ستون دیگر یک پرسش نظرسنجی است.</translation>
    </message>
    <message>
        <source>Not recognised: %1</source>
        <translation>شناسایی نشد: %1</translation>
    </message>
</context>
<context>
    <name>MatchReview</name>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Maybe the same person as</source>
        <translation>شاید همان شخصِ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>شواهد</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>یافته از راه</translation>
    </message>
    <message>
        <source>Same name in another spelling or script</source>
        <translation>همان نام با املا یا خط دیگر</translation>
    </message>
    <message>
        <source>Phone one digit off</source>
        <translation>تلفن با یک رقم اختلاف</translation>
    </message>
    <message>
        <source>Same e-mail name at another domain</source>
        <translation>همان نام ایمیل در دامنهٔ دیگر</translation>
    </message>
    <message>
        <source>Same phone, but a new e-mail and another name</source>
        <translation>همان تلفن، اما ایمیل تازه و نام دیگر</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بی‌نام)</translation>
    </message>
</context>
<context>
    <name>MatchReviewWindow</name>
    <message>
        <source>Possible duplicates — Kaizen Desk</source>
        <extracomment>The list was read and is on screen (number of open pairs). A pair was decided: review id, True if merged (False: kept apart).</extracomment>
        <translation>تکراری‌های احتمالی — Kaizen Desk</translation>
    </message>
    <message>
        <source>&amp;Merge: one person (M)</source>
        <translation>&amp;ادغام: یک نفر (M)</translation>
    </message>
    <message>
        <source>&amp;Keep apart: two people (K)</source>
        <translation>&amp;جدا نگه داشتن: دو نفر (K)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>شمارهٔ مشتری</translation>
    </message>
    <message>
        <source>Feedback items</source>
        <translation>موارد بازخورد</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>پاسخ‌های نظرسنجی</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <source>On file since</source>
        <translation>ثبت‌شده از</translation>
    </message>
    <message>
        <source>Why held</source>
        <translation>چرا نگه داشته شد</translation>
    </message>
    <message>
        <source>Reading the review list…</source>
        <translation>در حال خواندن فهرست بازبینی…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>در حال ادغام…</translation>
    </message>
    <message>
        <source>Keeping apart…</source>
        <translation>در حال جدا نگه داشتن…</translation>
    </message>
    <message>
        <source>No possible duplicates wait for a decision.</source>
        <translation>هیچ تکراری احتمالی منتظر تصمیم نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of contacts may be one person. M: merge, K: keep apart.</source>
        <translation>
            <numerusform>%n جفت مشتری ممکن است یک نفر باشند. M: ادغام، K: جدا نگه داشتن.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>نگه داشته شد: %1</translation>
    </message>
    <message>
        <source>Merged into it: %1</source>
        <translation>در آن ادغام شد: %1</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Received</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>مقدار دیرکرد</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ساعت</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 روز</translation>
    </message>
    <message>
        <source>Due %1</source>
        <extracomment>A page was read (the number of rows shown now). Reading a page failed with this exception.</extracomment>
        <translation>موعد %1</translation>
    </message>
    <message>
        <source>a reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>an acknowledgement</source>
        <translation>اعلام دریافت</translation>
    </message>
</context>
<context>
    <name>OverdueWidget</name>
    <message>
        <source>Counting…</source>
        <extracomment>The counts per channel were read (the total overdue). The reply composer was opened for an overdue item (the dialog).</extracomment>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <source>Double-click an item to reply.</source>
        <translation>برای پاسخ روی مورد دوبار کلیک کنید.</translation>
    </message>
    <message>
        <source>Nothing is overdue: every channel is within its targets.</source>
        <translation>هیچ دیرکردی نیست: همهٔ کانال‌ها در محدودهٔ هدف‌اند.</translation>
    </message>
    <message>
        <source>%1 to acknowledge, %2 to answer</source>
        <translation>%1 برای اعلام دریافت، %2 برای پاسخ</translation>
    </message>
    <message>
        <source>%1 items overdue</source>
        <translation>%1 مورد دیرکرده</translation>
    </message>
</context>
<context>
    <name>PhoneSurvey</name>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Asked, no answer</source>
        <translation>پرسیده شد، بی‌پاسخ</translation>
    </message>
    <message>
        <source>On file: %1</source>
        <translation>موجود: %1</translation>
    </message>
    <message>
        <source>— not asked</source>
        <translation>— پرسیده نشد</translation>
    </message>
    <message>
        <source>(not to ask)</source>
        <translation>(پرسیده نشود)</translation>
    </message>
    <message>
        <source>Start the survey (Enter)</source>
        <translation>آغاز نظرسنجی (Enter)</translation>
    </message>
    <message>
        <source>Reason to survey this customer anyway</source>
        <translation>دلیل نظرسنجی از این مشتری با این حال</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;مشتری:</translation>
    </message>
    <message>
        <source>Sur&amp;vey:</source>
        <translation>&amp;نظرسنجی:</translation>
    </message>
    <message>
        <source>Not asked: keep it, next (Enter)</source>
        <translation>پرسیده نشد: نگه دار، بعدی (Enter)</translation>
    </message>
    <message>
        <source>Ask again (Ctrl+R)</source>
        <translation>پرسیدن دوباره (Ctrl+R)</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>بازگشت (Alt+Left)</translation>
    </message>
    <message>
        <source>No answer (Ctrl+D)</source>
        <translation>بی‌پاسخ (Ctrl+D)</translation>
    </message>
    <message>
        <source>Record, next (Enter)</source>
        <translation>ثبت، بعدی (Enter)</translation>
    </message>
    <message>
        <source>Save the call (Enter)</source>
        <translation>ذخیرهٔ تماس (Enter)</translation>
    </message>
    <message>
        <source>Complaint or idea… (Ctrl+K)</source>
        <translation>شکایت یا ایده… (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>PhoneSurveyWindow</name>
    <message>
        <source>Phone survey — Kaizen Desk</source>
        <extracomment>A call was saved (the RecordedCall).</extracomment>
        <translation>نظرسنجی تلفنی — Kaizen Desk</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) — %n question(s)</source>
        <translation>
            <numerusform>%1 (%2) — %n پرسش</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>مشتری: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s): </source>
        <translation>
            <numerusform>%n پرسش: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on file, not to ask again</source>
        <translation>
            <numerusform>%n مورد موجود، دوباره پرسیده نشود</numerusform>
        </translation>
    </message>
    <message>
        <source>Last surveyed %1.</source>
        <translation>آخرین نظرسنجی: %1.</translation>
    </message>
    <message>
        <source>Never surveyed before.</source>
        <translation>پیش از این نظرسنجی نشده است.</translation>
    </message>
    <message numerus="yes">
        <source>Surveyed on %1: the rule is not to survey again within %n day(s) (until %2).</source>
        <translation>
            <numerusform>در %1 نظرسنجی شد: طبق قاعده تا %n روز (تا %2) دوباره نظرسنجی نمی‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>To call anyway, give the reason.</source>
        <translation>برای تماس با این حال، دلیل را بنویسید.</translation>
    </message>
    <message>
        <source>Find the customer first.</source>
        <translation>ابتدا مشتری را پیدا کنید.</translation>
    </message>
    <message>
        <source>The contact rules say not yet: give the reason to call anyway.</source>
        <translation>قواعد تماس می‌گویند هنوز زود است: برای تماس با این حال، دلیل را بنویسید.</translation>
    </message>
    <message>
        <source>Type the answer, or press Ctrl+D if the customer would not answer.</source>
        <translation>پاسخ را بنویسید، یا اگر مشتری پاسخ نداد Ctrl+D را بزنید.</translation>
    </message>
    <message>
        <source>“%1” does not fit this question.</source>
        <translation>«%1» با این پرسش جور نیست.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>پرسش %1 از %2</translation>
    </message>
    <message>
        <source>Keep the answer on file</source>
        <translation>پاسخ موجود نگه داشته شود</translation>
    </message>
    <message>
        <source>Not asked: keep it, next (Enter)</source>
        <translation>پرسیده نشد: نگه دار، بعدی (Enter)</translation>
    </message>
    <message>
        <source>On file: %1</source>
        <translation>موجود: %1</translation>
    </message>
    <message>
        <source>On file was: %1</source>
        <translation>موجود بود: %1</translation>
    </message>
    <message>
        <source>From %1, %2. Asked there as: %3</source>
        <translation>از %1، %2. آنجا این‌طور پرسیده شد: %3</translation>
    </message>
    <message>
        <source>Type a whole number from %1 to %2, then Enter.</source>
        <translation>عدد صحیحی از %1 تا %2 بنویسید، سپس Enter.</translation>
    </message>
    <message>
        <source>Y for yes, N for no, then Enter.</source>
        <translation>بله با Y، خیر با N، سپس Enter.</translation>
    </message>
    <message>
        <source>Type what the customer says, then Enter (Shift+Enter: new line).</source>
        <translation>آنچه مشتری می‌گوید را بنویسید، سپس Enter (Shift+Enter: خط جدید).</translation>
    </message>
    <message>
        <source>%1 questions asked, %2 spared</source>
        <translation>%1 پرسش پرسیده شد، %2 پرسش تکرار نشد</translation>
    </message>
    <message numerus="yes">
        <source>%n new answer(s) will be saved as a phone survey response.</source>
        <translation>
            <numerusform>%n پاسخ تازه به‌عنوان پاسخ نظرسنجی تلفنی ذخیره می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spared: questions answered recently in another survey, not asked again.</source>
        <translation>تکرارنشده: پرسش‌هایی که اخیراً در نظرسنجی دیگری پاسخ داده شده‌اند دوباره پرسیده نمی‌شوند.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Call saved — %1: %2 asked, %3 spared</source>
        <translation>تماس ذخیره شد — %1: %2 پرسیده شد، %3 تکرار نشد</translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation>تماس ذخیره نشد</translation>
    </message>
    <message>
        <source>This call is not saved yet. Save what the customer said so far?</source>
        <translation>این تماس هنوز ذخیره نشده است. آنچه مشتری تا اینجا گفته ذخیره شود؟</translation>
    </message>
    <message>
        <source>Capture holds unsaved text for another customer; save or clear it first.</source>
        <translation>در پنجرهٔ ثبت، متن ذخیره‌نشدهٔ مشتری دیگری هست؛ ابتدا آن را ذخیره یا پاک کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s) for this customer; the survey goes on.</source>
        <translation>
            <numerusform>%n مورد برای این مشتری ذخیره شد؛ نظرسنجی ادامه دارد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>As the import reads it</source>
        <translation>آن‌طور که درون‌ریزی می‌خواند</translation>
    </message>
    <message>
        <source>CSV file; encoding %1; delimiter: %2.</source>
        <translation>پروندهٔ CSV؛ رمزگذاری %1؛ جداکننده: %2.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX); the first worksheet is read.</source>
        <translation>کارپوشهٔ Excel (XLSX)؛ نخستین کاربرگ خوانده می‌شود.</translation>
    </message>
    <message>
        <source>The first %1 rows, as the import reads them (row numbers as a spreadsheet shows them).</source>
        <translation>%1 ردیف نخست، آن‌طور که درون‌ریزی می‌خواند (شمارهٔ ردیف‌ها مانند صفحه‌گسترده).</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>ویرگول (,)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>نقطه‌ویرگول (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>vertical bar (|)</source>
        <translation>خط عمودی (|)</translation>
    </message>
    <message>
        <source>none (one column)</source>
        <translation>هیچ (یک ستون)</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>Received: we have it</source>
        <translation>دریافت شد: به دست ما رسید</translation>
    </message>
    <message>
        <source>Accepted: we are on it</source>
        <translation>پذیرفته شد: روی آن کار می‌کنیم</translation>
    </message>
    <message>
        <source>Declined, with the reason</source>
        <translation>رد شد، با دلیل</translation>
    </message>
    <message>
        <source>Done: what changed</source>
        <translation>انجام شد: چه چیزی تغییر کرد</translation>
    </message>
    <message>
        <source>A direct answer</source>
        <translation>پاسخ مستقیم</translation>
    </message>
    <message>
        <source>Done needs a reply to every contributor of “%1”. Prepare the replies now? Once they are sent, the improvement moves to done.</source>
        <extracomment>Asks a yes/no question: (parent, title, text) -&gt; yes.</extracomment>
        <translation>برای «انجام‌شده»، «%1» باید به همهٔ مشارکت‌کنندگان پاسخ دهد. پاسخ‌ها اکنون آماده شوند؟ پس از ارسال آن‌ها، بهبود به «انجام‌شده» می‌رود.</translation>
    </message>
    <message>
        <source>Tell every contributor of “%1” about the decision now (you said, we did)?</source>
        <translation>اکنون تصمیم دربارهٔ «%1» به همهٔ مشارکت‌کنندگان گفته شود (شما گفتید، ما انجام دادیم)؟</translation>
    </message>
    <message>
        <source>Reply to the contributors</source>
        <translation>پاسخ به مشارکت‌کنندگان</translation>
    </message>
</context>
<context>
    <name>ReplyComposerDialog</name>
    <message>
        <source>Replies – Kaizen Desk</source>
        <extracomment>The drafts were prepared and are shown. A send finished: the tuple of ``app.replies.Delivery``, one per recipient tried. Once everyone was told, the improvement was moved to done.</extracomment>
        <translation>پاسخ‌ها – Kaizen Desk</translation>
    </message>
    <message>
        <source>Tell them:</source>
        <translation>به آن‌ها بگویید:</translation>
    </message>
    <message>
        <source>&amp;Restore them</source>
        <translation>&amp;بازیابی</translation>
    </message>
    <message>
        <source>Start from the &amp;templates</source>
        <translation>شروع از &amp;الگوها</translation>
    </message>
    <message>
        <source>Choose how you tell them</source>
        <translation>انتخاب کنید چگونه به آن‌ها بگویید</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>به:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>کانال:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>موضوع:</translation>
    </message>
    <message>
        <source>Move the improvement to done once everyone is told</source>
        <translation>پس از پاسخ به همه، بهبود به «انجام‌شده» برود</translation>
    </message>
    <message>
        <source>&amp;Send all</source>
        <translation>&amp;ارسال همه</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Nobody is waiting for a reply here.</source>
        <translation>اینجا کسی منتظر پاسخ نیست.</translation>
    </message>
    <message>
        <source>Sending %1 replies…</source>
        <translation>در حال ارسال %1 پاسخ…</translation>
    </message>
    <message>
        <source>Preparing the replies…</source>
        <translation>در حال آماده‌سازی پاسخ‌ها…</translation>
    </message>
    <message>
        <source>You have unsent replies to %1 of these contacts, saved %2.</source>
        <translation>پاسخ‌های ارسال‌نشده به %1 نفر از این مشتریان دارید، ذخیره‌شده در %2.</translation>
    </message>
    <message>
        <source>Replies about #%1 “%2”</source>
        <translation>پاسخ‌ها دربارهٔ #%1 «%2»</translation>
    </message>
    <message>
        <source>Replies to %1 items</source>
        <translation>پاسخ به %1 مورد</translation>
    </message>
    <message>
        <source>%1 to send</source>
        <translation>%1 برای ارسال</translation>
    </message>
    <message>
        <source>%1 told before</source>
        <translation>%1 پیش‌تر مطلع شده‌اند</translation>
    </message>
    <message>
        <source>%1 anonymous (cannot be answered)</source>
        <translation>%1 ناشناس (پاسخ‌دادنی نیست)</translation>
    </message>
    <message>
        <source>An anonymous item cannot be answered; it does not keep the improvement open.</source>
        <translation>به مورد ناشناس نمی‌توان پاسخ داد؛ بهبود را باز نگه نمی‌دارد.</translation>
    </message>
    <message>
        <source>In person (no e-mail, phone or handle on file)</source>
        <translation>حضوری (ایمیل، تلفن یا شناسهٔ ثبت‌شده ندارد)</translation>
    </message>
    <message>
        <source>contact #%1</source>
        <translation>مشتری #%1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>ارسال نشد: %1</translation>
    </message>
    <message>
        <source>Fill in or remove: %1</source>
        <translation>پر یا حذف کنید: %1</translation>
    </message>
    <message>
        <source>Choose how to tell them.</source>
        <translation>انتخاب کنید چگونه به آن‌ها بگویید.</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 ارسال شد</translation>
    </message>
    <message>
        <source>; %1 not sent: see the red rows, their text is kept</source>
        <translation>؛ %1 ارسال نشد: ردیف‌های قرمز را ببینید، متن آن‌ها نگه داشته شده است</translation>
    </message>
    <message>
        <source>; the improvement is done</source>
        <translation>؛ بهبود انجام شد</translation>
    </message>
    <message>
        <source>; not moved to done: %1</source>
        <translation>؛ به «انجام‌شده» منتقل نشد: %1</translation>
    </message>
</context>
<context>
    <name>ReplyRecipientsModel</name>
    <message>
        <source>Recipient</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Anonymous item #%1</source>
        <translation>مورد ناشناس #%1</translation>
    </message>
    <message>
        <source>cannot be answered</source>
        <translation>پاسخ‌دادنی نیست</translation>
    </message>
    <message>
        <source>contact #%1</source>
        <translation>مشتری #%1</translation>
    </message>
    <message>
        <source>choose a channel</source>
        <translation>کانال را انتخاب کنید</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>ارسال شد</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>ارسال نشد: %1</translation>
    </message>
    <message>
        <source>needs a channel</source>
        <translation>کانال لازم است</translation>
    </message>
    <message>
        <source>fill in: %1</source>
        <translation>پر کنید: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>آماده</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>ردیف‌های ردشده</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) imported from %1.</source>
        <translation>
            <numerusform>%n پاسخ از %1 درون‌ریزی شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected. Fix them and import again.</source>
        <translation>
            <numerusform>چیزی درون‌ریزی نشد: %n ردیف رد شد. آن‌ها را اصلاح کنید و دوباره درون‌ریزی کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>ردیف‌های خوانده‌شده</translation>
    </message>
    <message>
        <source>Responses added</source>
        <translation>پاسخ‌های افزوده‌شده</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>تکراری‌های نادیده‌گرفته</translation>
    </message>
    <message>
        <source>Contacts matched</source>
        <translation>مشتریان تطبیق‌یافته</translation>
    </message>
    <message>
        <source>Contacts created</source>
        <translation>مشتریان ایجادشده</translation>
    </message>
    <message>
        <source>Uncertain matches held for review</source>
        <translation>تطبیق‌های نامطمئن برای بازبینی</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>ردیف‌های ردشده</translation>
    </message>
    <message>
        <source>Decide the uncertain matches in Surveys → Review possible duplicates (Ctrl+M).</source>
        <translation>دربارهٔ تطبیق‌های نامطمئن در نظرسنجی‌ها ← بازبینی تکراری‌های احتمالی (Ctrl+M) تصمیم بگیرید.</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>Key %1: %2 (%3)</source>
        <extracomment>The queue holds this many items (counted in the background after a reset or a review). Background work of this model failed with this exception.</extracomment>
        <translation>کلید %1: %2 (%3)</translation>
    </message>
    <message>
        <source>model loading…</source>
        <translation>در حال بارگذاری مدل…</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>اطمینان</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>پیشنهادی</translation>
    </message>
    <message>
        <source>Alternatives (1–9)</source>
        <translation>گزینه‌های دیگر (۱–۹)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
</context>
<context>
    <name>ReviewQueueWindow</name>
    <message>
        <source>Review suggestions</source>
        <extracomment>Enter or Space on a row. A digit key 1-9: take that alternative. F2 or C: choose any label. One item was reviewed and saved: (item id, &quot;accepted&quot; or &quot;corrected&quot;). A training run ended: its summary (or None if it was cancelled or failed).</extracomment>
        <translation>بازبینی پیشنهادها</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Train now</source>
        <translation>آموزش اکنون</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>لغو آموزش</translation>
    </message>
    <message>
        <source>Enter or Space: confirm   ·   1–9: take that alternative   ·   F2 or C: choose another</source>
        <translation>تأیید: Enter یا فاصله   ·   انتخاب همان گزینه: ۱–۹   ·   انتخاب گزینهٔ دیگر: F2 یا C</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>بازبینی:</translation>
    </message>
    <message>
        <source>Confidence below:</source>
        <translation>اطمینان کمتر از:</translation>
    </message>
    <message>
        <source>There is no alternative %1 for this item.</source>
        <translation>این مورد گزینهٔ %1 ندارد.</translation>
    </message>
    <message>
        <source>Choose the right label</source>
        <translation>برچسب درست را انتخاب کنید</translation>
    </message>
    <message>
        <source>Training on the confirmed labels…</source>
        <translation>در حال آموزش با برچسب‌های تأییدشده…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <source>1 suggestion to review</source>
        <translation>۱ پیشنهاد برای بازبینی</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestions to review</source>
        <translation>
            <numerusform>%Ln پیشنهاد برای بازبینی</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestion has been reviewed yet.</source>
        <translation>هنوز هیچ پیشنهادی بازبینی نشده است.</translation>
    </message>
    <message>
        <source>Suggestions accepted unchanged: %1 (%2 of %3 reviewed)</source>
        <translation>پیشنهادهای پذیرفته‌شده بدون تغییر: %1 (%2 از %3 بازبینی‌شده)</translation>
    </message>
    <message>
        <source>Trained on the newest %1 of %2 confirmed items; the suggestions below are the new model&apos;s.</source>
        <translation>با %1 مورد جدیدتر از %2 مورد تأییدشده آموزش داده شد؛ پیشنهادهای زیر از مدل جدید است.</translation>
    </message>
    <message>
        <source>Trained on %1 confirmed items; the suggestions below are the new model&apos;s.</source>
        <translation>با %1 مورد تأییدشده آموزش داده شد؛ پیشنهادهای زیر از مدل جدید است.</translation>
    </message>
    <message>
        <source>Not trained: too few confirmed items (at least 20, with two different labels).</source>
        <translation>آموزش داده نشد: موارد تأییدشده کم است (دست‌کم ۲۰ مورد، با دو برچسب متفاوت).</translation>
    </message>
    <message>
        <source>Training cancelled; the previous model is still in use.</source>
        <translation>آموزش لغو شد؛ مدل قبلی همچنان به کار می‌رود.</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <source>Saved views</source>
        <extracomment>(parent, title, label, proposed text) -&gt; the text, or None when cancelled. (parent, title, question) -&gt; whether the user said yes. A saved view was opened: what it shows today (``OpenedView``). The list of views was (re)loaded.</extracomment>
        <translation>نماهای ذخیره‌شده</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>ذخیرهٔ نما…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>حذف نما</translation>
    </message>
    <message>
        <source>Saved views need a signed-in user</source>
        <translation>برای نماهای ذخیره‌شده باید وارد شده باشید</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>ذخیرهٔ نما</translation>
    </message>
    <message>
        <source>Name of this view (filters, search and sort)</source>
        <translation>نام این نما (پالایه‌ها، جستجو و ترتیب)</translation>
    </message>
    <message>
        <source>Replace your view “%1” with the current filters?</source>
        <translation>نمای «%1» با پالایه‌های کنونی جایگزین شود؟</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>تغییر نام نما</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>نام جدید</translation>
    </message>
    <message>
        <source>Delete your saved view “%1”? The items are not touched.</source>
        <translation>نمای ذخیره‌شدهٔ «%1» حذف شود؟ به خود موارد دست زده نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Do not survey a contact again within this many days</source>
        <translation>تا این تعداد روز از مشتری دوباره نظرسنجی نشود</translation>
    </message>
    <message>
        <source>Do not ask again a question answered within this many days</source>
        <translation>پرسشی که در این تعداد روز پاسخ داده شده دوباره پرسیده نشود</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Kaizen Desk</source>
        <translation>تنظیمات — Kaizen Desk</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>مطابق سیستم (%1)</translation>
    </message>
    <message>
        <source>A new language applies when Kaizen Desk starts again.</source>
        <translation>زبان جدید با اجرای دوبارهٔ Kaizen Desk اعمال می‌شود.</translation>
    </message>
    <message>
        <source>Restart Kaizen Desk?</source>
        <translation>اجرای دوبارهٔ Kaizen Desk؟</translation>
    </message>
    <message>
        <source>The new language applies when Kaizen Desk starts again. Restart now? Open windows close; a capture not yet saved is kept as a draft.</source>
        <translation>زبان جدید با اجرای دوبارهٔ Kaizen Desk اعمال می‌شود. اکنون دوباره اجرا شود؟ پنجره‌های باز بسته می‌شوند؛ ثبتی که هنوز ذخیره نشده به‌صورت پیش‌نویس نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>SimilarItems</name>
    <message>
        <source>Improvement #%1</source>
        <translation>بهبود #%1</translation>
    </message>
    <message>
        <source>Item #%1</source>
        <translation>مورد #%1</translation>
    </message>
    <message>
        <source>%1 (improvement #%2, %3)</source>
        <translation>%1 (بهبود #%2، %3)</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>شباهت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>Text or title</source>
        <translation>متن یا عنوان</translation>
    </message>
    <message>
        <source>Status or stage</source>
        <translation>وضعیت یا مرحله</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>%1, in another language</source>
        <translation>%1، به زبانی دیگر</translation>
    </message>
    <message>
        <source>Found by what it is about (card, delivery, fee…), not by its words</source>
        <translation>بر پایهٔ موضوع (کارت، ارسال، کارمزد…) پیدا شد، نه بر پایهٔ واژه‌ها</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Mark as &amp;duplicate of this</source>
        <extracomment>An action changed the shown item (a ``TriageChange``, for an undo stack); the list is shown afresh. The look-alikes of the shown item are listed (its id).</extracomment>
        <translation>علامت‌گذاری به‌عنوان &amp;تکراریِ این</translation>
    </message>
    <message>
        <source>The item shown says the same as the selected item: merge it</source>
        <translation>مورد نمایش‌داده‌شده همان را می‌گوید که مورد انتخاب‌شده: ادغامش کنید</translation>
    </message>
    <message>
        <source>&amp;Link to this improvement</source>
        <translation>&amp;پیوند به این بهبود</translation>
    </message>
    <message>
        <source>Link the item shown to the selected improvement</source>
        <translation>پیوند مورد نمایش‌داده‌شده به بهبود انتخاب‌شده</translation>
    </message>
    <message>
        <source>Looking for similar items…</source>
        <translation>در حال جستجوی موارد مشابه…</translation>
    </message>
    <message>
        <source>Looking for similar items… (reading every item once; this takes a moment)</source>
        <translation>در حال جستجوی موارد مشابه… (همهٔ موارد یک بار خوانده می‌شوند؛ کمی طول می‌کشد)</translation>
    </message>
    <message numerus="yes">
        <source>%n similar item(s) or improvement(s)</source>
        <translation>
            <numerusform>%n مورد یا بهبود مشابه</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing similar found.</source>
        <translation>مورد مشابهی یافت نشد.</translation>
    </message>
    <message>
        <source>Link the item shown to improvement #%1, which the selected item is in</source>
        <translation>پیوند مورد نمایش‌داده‌شده به بهبود #%1 که مورد انتخاب‌شده در آن است</translation>
    </message>
</context>
<context>
    <name>SimilarToImprovementTab</name>
    <message>
        <source>&amp;Link selected</source>
        <extracomment>The items not yet linked are listed: how many. Selected items were linked to the improvement (the ``TriageChange``, already on the undo stack).</extracomment>
        <translation>&amp;پیوند انتخاب‌شده‌ها</translation>
    </message>
    <message>
        <source>Looking for similar items…</source>
        <translation>در حال جستجوی موارد مشابه…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Link %n selected</source>
        <translation>
            <numerusform>&amp;پیوند %n مورد انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for similar items… (reading every item once; this takes a moment)</source>
        <translation>در حال جستجوی موارد مشابه… (همهٔ موارد یک بار خوانده می‌شوند؛ کمی طول می‌کشد)</translation>
    </message>
    <message>
        <source>Items that say what this improvement or its items say, not linked to it yet.</source>
        <translation>مواردی که همان را می‌گویند که این بهبود یا موارد آن، و هنوز به آن پیوند نخورده‌اند.</translation>
    </message>
    <message>
        <source>No similar items left to link.</source>
        <translation>مورد مشابهی برای پیوند نمانده است.</translation>
    </message>
</context>
<context>
    <name>SoundsLike</name>
    <message>
        <source>Improvement #%1 — %2, in %3</source>
        <translation>بهبود #%1 — %2، در «%3»</translation>
    </message>
    <message>
        <source>Item #%1 — %2 (%3)</source>
        <translation>مورد #%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SoundsLikeBox</name>
    <message>
        <source>Sounds like:</source>
        <extracomment>The operator chose a match to link the new item to (a ``SimilarRow``), or None: no link. A look-up answered (the matches shown; empty: nothing similar). The box says it is looking while the index is being built.</extracomment>
        <translation>شبیه به:</translation>
    </message>
    <message>
        <source>Sounds like: looking for similar items…</source>
        <translation>شبیه به: در حال جستجوی موارد مشابه…</translation>
    </message>
    <message>
        <source>joins it when saved</source>
        <translation>هنگام ذخیره به آن می‌پیوندد</translation>
    </message>
    <message>
        <source>saved as its duplicate</source>
        <translation>به‌عنوان تکراریِ آن ذخیره می‌شود</translation>
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
مسئول: %2
%3 مورد از %4 نفر؛ %5 در این مرحله</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
</context>
<context>
    <name>SurveyScreens</name>
    <message>
        <source>&amp;Import survey responses…</source>
        <extracomment>A survey import ended (its ``SurveyImportReport``).</extracomment>
        <translation>&amp;درون‌ریزی پاسخ‌های نظرسنجی…</translation>
    </message>
    <message>
        <source>Review possible &amp;duplicates…</source>
        <translation>بازبینی &amp;تکراری‌های احتمالی…</translation>
    </message>
    <message>
        <source>Same &amp;question, any survey…</source>
        <translation>یک &amp;پرسش در هر نظرسنجی…</translation>
    </message>
</context>
<context>
    <name>WorkflowUndo</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>انتقال «%1» به «%2»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>An undo or redo went through; the screens show the data again. An undo or redo was refused or failed with this exception; the stack did not move.</extracomment>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;انجام دوباره</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;واگرد: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;انجام دوباره: %1</translation>
    </message>
    <message>
        <source>Mark %1 items duplicates</source>
        <translation>علامت‌گذاری %1 مورد به‌عنوان تکراری</translation>
    </message>
</context>
<context>
    <name>WorkflowWindow</name>
    <message>
        <source>Improvements – Kaizen Desk</source>
        <translation>بهبودها – Kaizen Desk</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;صندوق ورودی</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;تابلو</translation>
    </message>
    <message>
        <source>&amp;Overdue replies</source>
        <translation>&amp;پاسخ‌های دیرکرده</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>بهبود</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
</context>
</TS>
