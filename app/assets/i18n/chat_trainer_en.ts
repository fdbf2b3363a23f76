<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdaptiveScreen</name>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="52"/>
        <source>Тренажёр следит за каждой клавишей: сколько времени уходит на нажатие и как часто в нём ошибка. Новая буква добавляется, когда все прежние набираются со скоростью от {wpm} слов в минуту (не дольше {ms} мс на знак) и с ошибками не больше {err}. Текст собран из настоящих слов; клавиши в фокусе встречаются в нём чаще.</source>
        <translation>The trainer watches every key: how long a press takes and how often it is wrong. A new letter is added once every letter before it is typed at {wpm} words per minute or faster (no more than {ms} ms per character) with no more than {err} errors. The text is made of real words; the focus keys come up in it more often.</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="63"/>
        <source>Зелёные — клавиши, которые уже набираются быстро и точно; жёлтые — ещё набирают скорость или точность; оранжевые — в фокусе; серые — ещё не в игре.</source>
        <translation>Green — keys already typed fast and accurately; yellow — still gaining speed or accuracy; orange — in focus; grey — not in play yet.</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="76"/>
        <source>Начать (Enter)</source>
        <translation>Start (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="78"/>
        <source>Другой текст (Ctrl+N)</source>
        <translation>Another text (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="80"/>
        <source>Раскладка:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="116"/>
        <source>Подбираем текст…</source>
        <translation>Choosing a text…</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="120"/>
        <source>Не удалось подобрать текст: {error}</source>
        <translation>Could not make a text: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="136"/>
        <source>Буквы в игре ({n} из {total}): {letters}</source>
        <translation>Letters in play ({n} of {total}): {letters}</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="148"/>
        <source>Все буквы раскладки набираются быстро и точно. Текст — из всех букв; держите темп или переходите к тесту на время.</source>
        <translation>Every letter of the layout is typed fast and accurately. The text uses all letters; keep the pace or move on to the timed test.</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="150"/>
        <source>&lt;b&gt;В фокусе:&lt;/b&gt;</source>
        <translation>&lt;b&gt;In focus:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="154"/>
        <source>Настоящих слов с этими буквами мало, поэтому в тексте есть придуманные сочетания: {words}.</source>
        <translation>There are few real words with these letters, so the text has some made-up ones: {words}.</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="164"/>
        <source>новая буква: все прежние уже набираются быстро и точно.</source>
        <translation>a new letter: all the others are already fast and accurate.</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="166"/>
        <source>пока мало данных: {n} нажатий из {need} нужных.</source>
        <translation>not enough data yet: {n} presses of the {need} needed.</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="168"/>
        <source>{ms} мс на знак, а цель — не дольше {target} мс.</source>
        <translation>{ms} ms per character; the target is {target} ms or less.</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="170"/>
        <source>ошибки в {err} нажатий, а допустимо не больше {limit}.</source>
        <translation>errors in {err} of presses; at most {limit} is allowed.</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="172"/>
        <source>{ms} мс на знак (цель — {target} мс) и ошибки в {err} нажатий (допустимо {limit}).</source>
        <translation>{ms} ms per character (target {target} ms) and errors in {err} of presses (at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="180"/>
        <source>Адаптивная тренировка: фокус {keys}</source>
        <translation>Adaptive practice: focus {keys}</translation>
    </message>
    <message>
        <location filename="../../ui/adaptive_screen.py" line="181"/>
        <source>Адаптивная тренировка</source>
        <translation>Adaptive practice</translation>
    </message>
</context>
<context>
    <name>AnswerEdit</name>
    <message>
        <location filename="../../ui/answer_edit.py" line="92"/>
        <source>Добавить «{word}» в словарь</source>
        <translation>Add “{word}” to the dictionary</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/context.py" line="78"/>
        <source>Сначала создайте профиль: словарь хранится в профиле.</source>
        <translation>Create a profile first: the dictionary is kept in the profile.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="49"/>
        <location filename="../../ui/application.py" line="92"/>
        <source>Тренажёр оператора чата</source>
        <translation>Chat Operator Trainer</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="55"/>
        <source>Отложить повреждённый файл в сторону (он не будет удалён) и начать новую базу?</source>
        <translation>Set the damaged file aside (it will not be deleted) and start a new database?</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="62"/>
        <source>Повреждённый файл сохранён как {path}.</source>
        <translation>The damaged file was kept as {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="88"/>
        <source>Обновляем базу данных для новой версии: пересчитываем статистику по клавишам. Это делается один раз и может занять до минуты.</source>
        <translation>Upgrading the database for the new version: recounting per-key statistics. This happens once and may take up to a minute.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../ui/workers.py" line="56"/>
        <source>Ошибка</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="57"/>
        <source>Не удалось выполнить действие: {error}</source>
        <translation>The action failed: {error}</translation>
    </message>
</context>
<context>
    <name>CannedDialog</name>
    <message>
        <location filename="../../ui/canned_dialog.py" line="28"/>
        <source>Шаблоны ответов</source>
        <translation>Canned replies</translation>
    </message>
    <message>
        <location filename="../../ui/canned_dialog.py" line="32"/>
        <source>В тексте можно писать {имя} и названия полей карточки клиента в фигурных скобках, например {номер заказа}: при вставке они заменятся значениями.</source>
        <translation>You can write {имя} (name) and the names of customer-card fields in braces, such as {номер заказа} (order number): they are replaced with the values when inserted.</translation>
    </message>
    <message>
        <location filename="../../ui/canned_dialog.py" line="35"/>
        <source>Добавить…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/canned_dialog.py" line="35"/>
        <source>Изменить…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/canned_dialog.py" line="36"/>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/canned_dialog.py" line="36"/>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/canned_dialog.py" line="63"/>
        <location filename="../../ui/canned_dialog.py" line="66"/>
        <source>Шаблон</source>
        <translation>Canned reply</translation>
    </message>
    <message>
        <location filename="../../ui/canned_dialog.py" line="63"/>
        <source>Название:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/canned_dialog.py" line="66"/>
        <source>Текст:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../ui/canned_dialog.py" line="88"/>
        <source>Удалить шаблон?</source>
        <translation>Delete the canned reply?</translation>
    </message>
    <message>
        <location filename="../../ui/canned_dialog.py" line="89"/>
        <source>Удалить шаблон «{title}»?</source>
        <translation>Delete the canned reply “{title}”?</translation>
    </message>
</context>
<context>
    <name>CertsScreen</name>
    <message>
        <location filename="../../ui/certs_screen.py" line="50"/>
        <source>Требование</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="50"/>
        <source>Достигнуто</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="50"/>
        <source>Нужно</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="51"/>
        <source>Выполнено</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="62"/>
        <source>Фамилия, имя, отчество</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="64"/>
        <source>Русский</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="65"/>
        <source>Английский</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="66"/>
        <source>Сохранить сертификат…</source>
        <translation>Save certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="67"/>
        <source>Проверить сертификат…</source>
        <translation>Verify certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="69"/>
        <source>Пакет:</source>
        <translation>Pack:</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="70"/>
        <source>Имя в сертификате:</source>
        <translation>Name on the certificate:</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="71"/>
        <source>Язык:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="77"/>
        <source>Когда требования пакета выполнены, сохраните сертификат в PDF. Учебный отдел проверит его кнопкой «Проверить сертификат…» или командой chat-trainer cert verify.</source>
        <translation>Once a pack’s requirements are met, save the certificate as a PDF. A training department verifies it with “Verify certificate…” or the command chat-trainer cert verify.</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="117"/>
        <source>Нет пакетов с требованиями для сертификата или не выбран профиль.</source>
        <translation>No pack has certificate requirements, or no profile is selected.</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="132"/>
        <source>нет попытки</source>
        <translation>no attempt</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="133"/>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="133"/>
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="138"/>
        <source>Все требования выполнены: сертификат можно сохранить.</source>
        <translation>All requirements are met: you can save the certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="139"/>
        <source>Выполнены не все требования. Засчитываются только попытки без отметок о неправдоподобном наборе.</source>
        <translation>Not all requirements are met. Only attempts not flagged as implausible typing count.</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="150"/>
        <location filename="../../ui/certs_screen.py" line="179"/>
        <location filename="../../ui/certs_screen.py" line="183"/>
        <source>Сертификат</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="152"/>
        <source>Сохранить сертификат</source>
        <translation>Save certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="153"/>
        <location filename="../../ui/certs_screen.py" line="186"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="159"/>
        <source>Сохранение сертификата…</source>
        <translation>Saving the certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="179"/>
        <source>Сертификат сохранён: {path}</source>
        <translation>Certificate saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="183"/>
        <source>Не удалось: {error}</source>
        <translation>Failed: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="186"/>
        <source>Проверить сертификат</source>
        <translation>Verify certificate</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="189"/>
        <source>Проверка сертификата…</source>
        <translation>Verifying the certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="206"/>
        <source>{name}, пакет «{pack}», {date}</source>
        <translation>{name}, pack “{pack}”, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="208"/>
        <source>Примечание: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="211"/>
        <location filename="../../ui/certs_screen.py" line="216"/>
        <source>Проверка сертификата</source>
        <translation>Certificate verification</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="212"/>
        <source>Сертификат подлинный: {who}. Все показатели пересчитаны по вложенным данным и совпадают, код проверки верен.</source>
        <translation>The certificate is genuine: {who}. Every figure was recomputed from the embedded data and matches; the verification code is correct.</translation>
    </message>
    <message>
        <location filename="../../ui/certs_screen.py" line="217"/>
        <source>Сертификат не прошёл проверку ({who}). Расхождения:</source>
        <translation>The certificate failed verification ({who}). Mismatches:</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../ui/chat_view.py" line="52"/>
        <source>Ваш ответ клиенту. Отправить — Ctrl+Enter; шаблоны — Alt+1…9.</source>
        <translation>Your reply to the customer. Send: Ctrl+Enter; canned replies: Alt+1…9.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="54"/>
        <source>Отправить (Ctrl+Enter)</source>
        <translation>Send (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="61"/>
        <source>Шаблоны…</source>
        <translation>Canned replies…</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="63"/>
        <source>Здесь будет оценка ответа.</source>
        <translation>Your reply&apos;s score will appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="78"/>
        <source>Шаблоны ответов (Alt+1…9):</source>
        <translation>Canned replies (Alt+1…9):</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="117"/>
        <location filename="../../ui/chat_view.py" line="181"/>
        <location filename="../../ui/chat_view.py" line="213"/>
        <source>Клиент</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="131"/>
        <source>Время ответа: {m}:{s:02d}</source>
        <translation>Reply time: {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="133"/>
        <source> из {m}:{s:02d}</source>
        <translation> of {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="172"/>
        <source>В ответе остались пропуски</source>
        <translation>The reply has unfilled placeholders</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="173"/>
        <source>Заполните: {names}</source>
        <translation>Fill in: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="180"/>
        <source>Вы</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="181"/>
        <source>{who} печатает…</source>
        <translation>{who} is typing…</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="194"/>
        <source>Не удалось оценить ответ: {why}</source>
        <translation>Could not grade the reply: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="208"/>
        <source>Чат завершён.</source>
        <translation>Chat closed.</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="219"/>
        <source>Зачтено</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="219"/>
        <source>Не зачтено</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="241"/>
        <source>Проблемные места:</source>
        <translation>Problem spots:</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="246"/>
        <source>Образцовый ответ:</source>
        <translation>Model reply:</translation>
    </message>
    <message>
        <location filename="../../ui/chat_view.py" line="261"/>
        <source>Ответ не сохранён</source>
        <translation>Reply not saved</translation>
    </message>
</context>
<context>
    <name>CorrespondenceScreen</name>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="18"/>
        <source>Интернет-магазин</source>
        <translation>Online shop</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="19"/>
        <source>Банк</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="20"/>
        <source>Страхование</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="21"/>
        <source>Связь</source>
        <translation>Telecom</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="22"/>
        <source>IT и сервисы</source>
        <translation>IT and software</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="23"/>
        <source>Путешествия</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="24"/>
        <source>Образование</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="25"/>
        <source>Другое</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="37"/>
        <source>Задание</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="37"/>
        <source>Клиент</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="37"/>
        <source>Лучший балл</source>
        <translation>Best score</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="39"/>
        <source>Начать (Enter)</source>
        <translation>Start (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="40"/>
        <source>Ответьте клиенту в чате. Ответ оценивается как в отделе контроля качества: приветствие, обращение по имени, сочувствие, решение, завершение, тон, грамотность, инфостиль и длина.</source>
        <translation>Reply to the customer in the chat. The reply is graded like a QA scorecard: greeting, using the name, empathy, solution, closing, tone, language, clear style and length.</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="46"/>
        <source>К заданиям</source>
        <translation>Back to tasks</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="83"/>
        <source>Смены: несколько клиентов сразу</source>
        <translation>Shifts: several customers at once</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="85"/>
        <source>клиентов: {n}</source>
        <translation>customers: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/correspondence_screen.py" line="96"/>
        <source>диалог</source>
        <translation>dialogue</translation>
    </message>
</context>
<context>
    <name>CourseScreen</name>
    <message>
        <location filename="../../ui/course_screen.py" line="24"/>
        <source>Урок</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="24"/>
        <source>Новые клавиши</source>
        <translation>New keys</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="24"/>
        <source>Состояние</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="25"/>
        <source>Лучший результат</source>
        <translation>Best result</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="25"/>
        <source>Порог</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="27"/>
        <source>Начать урок (Enter)</source>
        <translation>Start lesson (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="29"/>
        <source>Курс:</source>
        <translation>Course:</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="34"/>
        <location filename="../../ui/course_screen.py" line="139"/>
        <source>Следующий урок открывается, когда пройден предыдущий.</source>
        <translation>Each lesson unlocks once you pass the one before it.</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="84"/>
        <source>✓ пройден</source>
        <translation>✓ passed</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="84"/>
        <source>открыт</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="85"/>
        <source>закрыт</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="94"/>
        <source>{cpm} зн/мин, {acc}</source>
        <translation>{cpm} CPM, {acc}</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="110"/>
        <source>Клавиши</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="110"/>
        <source>Слова</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="110"/>
        <source>Фразы оператора</source>
        <translation>Operator phrases</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="127"/>
        <source>урок {n} «{title}» (не меньше {cpm:.0f} зн/мин при точности от {acc})</source>
        <translation>lesson {n} “{title}” (at least {cpm:.0f} CPM at {acc} accuracy or better)</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="130"/>
        <source>Урок {n} закрыт: он откроется, когда будет пройден {previous}.</source>
        <translation>Lesson {n} is locked: it opens once you pass {previous}.</translation>
    </message>
    <message>
        <location filename="../../ui/course_screen.py" line="133"/>
        <source>Уроки открываются по порядку; начните с открытого: {open}.</source>
        <translation>Lessons open in order; start with the open one: {open}.</translation>
    </message>
</context>
<context>
    <name>CustomTextScreen</name>
    <message>
        <location filename="../../ui/custom_text_screen.py" line="26"/>
        <source>Вставьте сюда текст для тренировки (Ctrl+V) или откройте файл .txt</source>
        <translation>Paste text to practice here (Ctrl+V) or open a .txt file</translation>
    </message>
    <message>
        <location filename="../../ui/custom_text_screen.py" line="30"/>
        <source>Открыть файл…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../../ui/custom_text_screen.py" line="31"/>
        <source>Начать</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/custom_text_screen.py" line="37"/>
        <source>Переносы строк и табуляции станут пробелами. Знаки, которых нет на клавиатуре (эмодзи, иероглифы), будут названы — уберите их из текста.</source>
        <translation>Line breaks and tabs will become spaces. Characters that are not on the keyboard (emoji, CJK characters) will be listed — remove them from the text.</translation>
    </message>
    <message>
        <location filename="../../ui/custom_text_screen.py" line="41"/>
        <source>Раскладка:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../ui/custom_text_screen.py" line="55"/>
        <source>Текст для тренировки</source>
        <translation>Practice text</translation>
    </message>
    <message>
        <location filename="../../ui/custom_text_screen.py" line="56"/>
        <source>Текстовые файлы (*.txt);;Все файлы (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/custom_text_screen.py" line="63"/>
        <source>файл больше 1 МБ</source>
        <translation>the file is larger than 1 MB</translation>
    </message>
    <message>
        <location filename="../../ui/custom_text_screen.py" line="66"/>
        <source>Файл {path} не в кодировке UTF-8 (байт {pos}). Сохраните его как UTF-8.</source>
        <translation>The file {path} is not in UTF-8 (byte {pos}). Save it as UTF-8.</translation>
    </message>
    <message>
        <location filename="../../ui/custom_text_screen.py" line="70"/>
        <source>Не удалось открыть {path}: {why}</source>
        <translation>Could not open {path}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/custom_text_screen.py" line="77"/>
        <source>Свой текст</source>
        <translation>Custom text</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="52"/>
        <source>Пройдите первый урок — здесь появится график.</source>
        <translation>Finish your first lesson and the chart will appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="55"/>
        <source>Скорость и точность по попыткам</source>
        <translation>Speed and accuracy by attempt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="60"/>
        <source>Цвет клавиши — доля ошибок: зелёный — без ошибок, красный — 20 % и больше, серый — клавиша ещё не нажималась.</source>
        <translation>Key colour is the error rate: green — no errors, red — 20% or more, grey — the key has not been typed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="70"/>
        <source>Время занятий по дням, минут (последние 30 дней)</source>
        <translation>Time trained per day, minutes (last 30 days)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="76"/>
        <source>Подробная статистика →</source>
        <translation>Detailed statistics →</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="78"/>
        <source>← К карточкам навыков</source>
        <translation>← Back to the skill cards</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="127"/>
        <source>Не удалось прочитать статистику: {error}</source>
        <translation>Could not read the statistics: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="168"/>
        <source>(без темы)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="177"/>
        <source>Частые ошибки в грамматике (правило — сколько раз)</source>
        <translation>Most frequent grammar mistakes (rule — times)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="179"/>
        <source>Темы грамматики (ошибок из ответов)</source>
        <translation>Grammar topics (answers with mistakes of answers given)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="181"/>
        <source>Деловая переписка: пункты карты качества (выполнено из ответов)</source>
        <translation>Business correspondence: scorecard items (met of replies)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="183"/>
        <source>Тесты по сетевому этикету: средний результат по темам</source>
        <translation>Netiquette quizzes: average score per category</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="191"/>
        <source>минут</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="215"/>
        <source>зн/мин</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="216"/>
        <source>точность, %</source>
        <translation>accuracy, %</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="231"/>
        <source>номер попытки</source>
        <translation>attempt number</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="249"/>
        <source>Слабые клавиши:</source>
        <translation>Weakest keys:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_screen.py" line="251"/>
        <source>Слабые клавиши появятся, когда каждая будет нажата хотя бы 20 раз.</source>
        <translation>Weakest keys appear once each key has been pressed at least 20 times.</translation>
    </message>
</context>
<context>
    <name>DictionaryBox</name>
    <message>
        <location filename="../../ui/dictionary_box.py" line="24"/>
        <source>Слово не добавлено</source>
        <translation>Word not added</translation>
    </message>
    <message>
        <location filename="../../ui/dictionary_box.py" line="36"/>
        <source>Личный словарь</source>
        <translation>Personal dictionary</translation>
    </message>
    <message>
        <location filename="../../ui/dictionary_box.py" line="37"/>
        <source>Слова, которые проверка не подчёркивает как опечатки. Добавить слово — правый щелчок по подчёркнутому слову, «Добавить в словарь». На оценку ответов словарь не влияет.</source>
        <translation>Words the checker never underlines as misspellings. To add a word, right-click an underlined word and choose “Add to the dictionary”. The dictionary does not change how answers are graded.</translation>
    </message>
    <message>
        <location filename="../../ui/dictionary_box.py" line="43"/>
        <source>Удалить слово</source>
        <translation>Remove word</translation>
    </message>
    <message>
        <location filename="../../ui/dictionary_box.py" line="72"/>
        <source>(словарь пуст)</source>
        <translation>(the dictionary is empty)</translation>
    </message>
    <message>
        <location filename="../../ui/dictionary_box.py" line="87"/>
        <source>Слово не удалено</source>
        <translation>Word not removed</translation>
    </message>
    <message>
        <location filename="../../ui/dictionary_box.py" line="90"/>
        <source>Вернуть «{word}»</source>
        <translation>Restore “{word}”</translation>
    </message>
    <message>
        <location filename="../../ui/dictionary_box.py" line="99"/>
        <source>Слово не возвращено</source>
        <translation>Word not restored</translation>
    </message>
</context>
<context>
    <name>DrillScreen</name>
    <message>
        <location filename="../../ui/drill_screen.py" line="52"/>
        <location filename="../../ui/drill_screen.py" line="99"/>
        <location filename="../../ui/drill_screen.py" line="176"/>
        <source>Пауза (Esc)</source>
        <translation>Pause (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/drill_screen.py" line="53"/>
        <source>Заново (Ctrl+R)</source>
        <translation>Restart (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/drill_screen.py" line="54"/>
        <source>Выйти</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../ui/drill_screen.py" line="145"/>
        <source>Текст набран, но ошибки остались: сотрите их клавишей Backspace и наберите верно.</source>
        <translation>The text is typed, but errors remain: erase them with Backspace and retype them correctly.</translation>
    </message>
    <message>
        <location filename="../../ui/drill_screen.py" line="147"/>
        <source>Ошибка: сотрите её клавишей Backspace и наберите верный знак.</source>
        <translation>Error: erase it with Backspace and type the correct character.</translation>
    </message>
    <message>
        <location filename="../../ui/drill_screen.py" line="153"/>
        <source>Переключите раскладку на русскую: вы печатаете латиницей.</source>
        <translation>Switch the keyboard to Russian: you are typing Latin letters.</translation>
    </message>
    <message>
        <location filename="../../ui/drill_screen.py" line="155"/>
        <source>Переключите раскладку на английскую: здесь нужна латиница.</source>
        <translation>Switch the keyboard to English: this text needs Latin letters.</translation>
    </message>
    <message>
        <location filename="../../ui/drill_screen.py" line="157"/>
        <source>Переключите раскладку клавиатуры на «{title}»: вы печатаете в другой.</source>
        <translation>Switch the keyboard layout to “{title}”: you are typing in another one.</translation>
    </message>
    <message>
        <location filename="../../ui/drill_screen.py" line="179"/>
        <source>Пауза. Нажмите Esc, чтобы продолжить.</source>
        <translation>Paused. Press Esc to resume.</translation>
    </message>
    <message>
        <location filename="../../ui/drill_screen.py" line="180"/>
        <source>Продолжить (Esc)</source>
        <translation>Resume (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/drill_screen.py" line="230"/>
        <source>Попытка не сохранена</source>
        <translation>Attempt not saved</translation>
    </message>
    <message>
        <location filename="../../ui/drill_screen.py" line="251"/>
        <source>Выйти из упражнения?</source>
        <translation>Leave the exercise?</translation>
    </message>
    <message>
        <location filename="../../ui/drill_screen.py" line="252"/>
        <source>Упражнение не закончено. Если выйти сейчас, набранное не сохранится и попытка не засчитается. Выйти?</source>
        <translation>The exercise is not finished. If you leave now, what you have typed is not saved and the attempt does not count. Leave?</translation>
    </message>
</context>
<context>
    <name>ExerciseScreen</name>
    <message>
        <location filename="../../ui/grammar_screen.py" line="145"/>
        <source>Проверить (Ctrl+Enter)</source>
        <translation>Check (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="146"/>
        <source>Дальше (Ctrl+N)</source>
        <translation>Next (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="147"/>
        <source>К темам</source>
        <translation>Back to topics</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="203"/>
        <source>{topic} — упражнение {n} из {total}</source>
        <translation>{topic} — exercise {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="235"/>
        <source>Исправьте ошибки в предложении.</source>
        <translation>Correct the mistakes in the sentence.</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="236"/>
        <source>Расставьте знаки препинания.</source>
        <translation>Put in the punctuation.</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="237"/>
        <source>Выберите верный вариант.</source>
        <translation>Choose the right option.</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="238"/>
        <source>Впишите пропущенное.</source>
        <translation>Fill in the gap.</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="239"/>
        <source>Напишите ответ клиенту.</source>
        <translation>Write a reply to the customer.</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="288"/>
        <source>Сначала выберите вариант: клавиши 1–{n} или щелчок мышью.</source>
        <translation>Choose an option first: keys 1–{n} or a click.</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="289"/>
        <source>Сначала впишите ответ.</source>
        <translation>Type your answer first.</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="293"/>
        <source>Проверяю…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="306"/>
        <source>Не удалось проверить ответ: {why}</source>
        <translation>Could not check the answer: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="325"/>
        <source>Верно, но решено с подсказкой.</source>
        <translation>Right, but solved with help.</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="326"/>
        <source>Верно!</source>
        <translation>Correct!</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="330"/>
        <source>В зачёт — в прогресс темы, «Прогресс» и сертификат — идут только ответы, данные до того, как были показаны верный ответ или исправление. Это упражнение можно будет решить заново: оно останется в начале темы.</source>
        <translation>Only answers given before the right answer or a fix was shown count — in the topic progress, in “Progress” and for the certificate. You can solve this exercise again: it stays at the start of the topic.</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="334"/>
        <source>Пример ответа:</source>
        <translation>Model answer:</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="334"/>
        <source>Сравнение с верным ответом:</source>
        <translation>Compared with the right answer:</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="337"/>
        <source>Правило:</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="372"/>
        <source>Исправить: «{old}» → «{new}»</source>
        <translation>Fix: “{old}” → “{new}”</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="394"/>
        <source>Ответ не сохранён</source>
        <translation>Answer not saved</translation>
    </message>
</context>
<context>
    <name>GrammarScreen</name>
    <message>
        <location filename="../../ui/grammar_screen.py" line="44"/>
        <source>Тема</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="44"/>
        <source>Решено</source>
        <translation>Solved</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="44"/>
        <source>Прогресс</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="44"/>
        <source>С подсказкой</source>
        <translation>With help</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="46"/>
        <source>Решено только после показа верного ответа или исправления: в зачёт не идёт</source>
        <translation>Solved only after the right answer or a fix was shown: does not count</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="48"/>
        <source>Начать тему (Enter)</source>
        <translation>Start topic (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="49"/>
        <source>Запятые при обращении и вводных словах, «что» и «чтобы», -тся и -ться и другие ошибки, которые чаще всего делают операторы.</source>
        <translation>Commas around names and introductory words, «что» and «чтобы», -тся and -ться, and the other mistakes operators make most often.</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_screen.py" line="77"/>
        <source>Без темы</source>
        <translation>No topic</translation>
    </message>
</context>
<context>
    <name>GrammarService</name>
    <message>
        <location filename="../../ui/grammar_service.py" line="99"/>
        <source>проверка: загружается…</source>
        <translation>checker: loading…</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_service.py" line="100"/>
        <source>проверка: встроенная</source>
        <translation>checker: built-in</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_service.py" line="101"/>
        <source>проверка: LanguageTool</source>
        <translation>checker: LanguageTool</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_service.py" line="102"/>
        <source>проверка: орфография</source>
        <translation>checker: spelling</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_service.py" line="103"/>
        <source>проверка: перезапуск…</source>
        <translation>checker: restarting…</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_service.py" line="104"/>
        <source>проверка недоступна</source>
        <translation>checker unavailable</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_service.py" line="115"/>
        <source>движок проверки не загрузился</source>
        <translation>the checking engine did not load</translation>
    </message>
    <message>
        <location filename="../../ui/grammar_service.py" line="138"/>
        <source>В {when} движок проверки перезапущен: {why}</source>
        <translation>At {when} the checking engine was restarted: {why}</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../ui/history_list.py" line="28"/>
        <source>Когда</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="28"/>
        <source>Что</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="28"/>
        <source>Результат</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="36"/>
        <source>Удалить выбранные…</source>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="38"/>
        <source>Вернуть удалённые</source>
        <translation>Bring back deleted</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="48"/>
        <source>&lt;h3&gt;История попыток&lt;/h3&gt;Удалённая попытка пропадает из всех показателей, адаптивной тренировки и сертификатов.</source>
        <translation>&lt;h3&gt;Attempt history&lt;/h3&gt;A deleted attempt leaves every figure, the adaptive drill and certificates.</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="59"/>
        <source>Урок</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="59"/>
        <source>Тест на время</source>
        <translation>Timed test</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="59"/>
        <source>Свой текст</source>
        <translation>Custom text</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="60"/>
        <source>Адаптивная тренировка</source>
        <translation>Adaptive practice</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="60"/>
        <source>Грамотность</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="61"/>
        <source>Деловая переписка</source>
        <translation>Correspondence</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="61"/>
        <source>Сетевой этикет</source>
        <translation>Netiquette</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="76"/>
        <source>{cpm} зн/мин, {acc}</source>
        <translation>{cpm} CPM, {acc}</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="79"/>
        <source>оценка {score:.0f}</source>
        <translation>score {score:.0f}</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="94"/>
        <source>Удалить попытки?</source>
        <translation>Delete attempts?</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="95"/>
        <source>Удалить выбранные попытки ({n})? Они пропадут из статистики, адаптивной тренировки и сертификатов.</source>
        <translation>Delete the selected attempts ({n})? They will leave the statistics, the adaptive drill and certificates.</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="103"/>
        <source>Попытки не удалены</source>
        <translation>Attempts not deleted</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="105"/>
        <source>Удалено попыток: {n}.</source>
        <translation>Attempts deleted: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/history_list.py" line="112"/>
        <source>Попытки не возвращены</source>
        <translation>Attempts not brought back</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/home_screen.py" line="33"/>
        <source>Новый профиль…</source>
        <translation>New profile…</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="34"/>
        <source>Переименовать…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="35"/>
        <source>Удалить…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="36"/>
        <source>Экспорт результатов…</source>
        <translation>Export results…</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="40"/>
        <source>Профиль:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="87"/>
        <source>&lt;h2&gt;Добро пожаловать!&lt;/h2&gt;Создайте профиль, чтобы тренажёр запоминал ваши результаты. Профилей может быть несколько: например, у каждого, кто готовится на этом компьютере.</source>
        <translation>&lt;h2&gt;Welcome!&lt;/h2&gt;Create a profile so the trainer can remember your results. You can have several profiles: for example, one for each person who practices on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="90"/>
        <source>Создать профиль и начать</source>
        <translation>Create profile and start</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="95"/>
        <source>&lt;h2&gt;Здравствуйте, {name}!&lt;/h2&gt;Что делать дальше:</source>
        <translation>&lt;h2&gt;Hello, {name}!&lt;/h2&gt;What to do next:</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="102"/>
        <source>{course}: курс пройден ({done} из {total}). Проверьте себя тестом на время.</source>
        <translation>{course}: course complete ({done} of {total}). Try a timed test to check yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="107"/>
        <source>{course}: урок «{lesson}» (пройдено {done} из {total})</source>
        <translation>{course}: lesson “{lesson}” ({done} of {total} passed)</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="119"/>
        <source>Всего попыток: {count}. Последняя: {cpm} зн/мин, точность {acc}.</source>
        <translation>Attempts so far: {count}. Last one: {cpm} CPM, {acc} accuracy.</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="122"/>
        <source>Попыток пока нет — начните с первого урока.</source>
        <translation>No attempts yet — start with the first lesson.</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="130"/>
        <source>Новый профиль</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="130"/>
        <source>Имя профиля:</source>
        <translation>Profile name:</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="136"/>
        <source>Профиль не создан</source>
        <translation>Profile not created</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="144"/>
        <source>Переименовать профиль</source>
        <translation>Rename profile</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="144"/>
        <source>Новое имя:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="151"/>
        <source>Профиль не переименован</source>
        <translation>Profile not renamed</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="161"/>
        <source>Удалить профиль?</source>
        <translation>Delete profile?</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="162"/>
        <source>Удалить профиль «{name}» и все его результаты ({count} попыток)? Это нельзя отменить.</source>
        <translation>Delete the profile “{name}” and all its results (attempts: {count})? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/home_screen.py" line="168"/>
        <source>Удаляем профиль и его результаты…</source>
        <translation>Deleting the profile and its results…</translation>
    </message>
</context>
<context>
    <name>LrsSettingsBox</name>
    <message>
        <location filename="../../ui/lrs_settings.py" line="22"/>
        <source>Учебный отдел</source>
        <translation>Training department</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="26"/>
        <source>Отправлять результаты в учебный отдел</source>
        <translation>Send results to the training department</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="28"/>
        <source>Отправляются (в LRS учебного отдела, по стандарту xAPI): имя профиля, учётная запись или почта, а по каждой попытке — пакет и упражнение, дата, время, пройдено ли, скорость, точность, баллы и отметки карты качества. Тексты, которые вы набирали и писали, и отдельные нажатия не отправляются. Без сети результаты ждут и уходят, когда связь появится.</source>
        <translation>What is sent (to the department&apos;s LRS, as xAPI): the profile name, the account or e-mail, and for each attempt the pack and exercise, date, time, whether it was passed, speed, accuracy, scores and scorecard marks. The texts you typed and wrote and individual keystrokes are not sent. Offline, results wait and go out once there is a connection.</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="45"/>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="46"/>
        <source>Отправить сейчас</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="57"/>
        <source>Настройки из пакета</source>
        <translation>Settings from a pack</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="58"/>
        <source>Адрес LRS (xAPI)</source>
        <translation>LRS address (xAPI)</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="59"/>
        <source>Электронная почта</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="60"/>
        <source>Учётная запись</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="61"/>
        <source>Сайт учебного отдела</source>
        <translation>Department&apos;s website</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="62"/>
        <source>Ключ</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="63"/>
        <source>Секрет</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="70"/>
        <source>Очередь</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="90"/>
        <source>— вручную —</source>
        <translation>— by hand —</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="173"/>
        <source>Отправка…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="185"/>
        <source>Ждут отправки: {waiting}. Доставлено: {sent}.</source>
        <translation>Waiting: {waiting}. Delivered: {sent}.</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="187"/>
        <source>Отклонено LRS: {n}, последнее — {error}</source>
        <translation>Refused by the LRS: {n}, the latest — {error}</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="189"/>
        <source>Последняя доставка: {at}.</source>
        <translation>Last delivery: {at}.</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="191"/>
        <source>Последняя ошибка ({at}): {error}</source>
        <translation>Last error ({at}): {error}</translation>
    </message>
    <message>
        <location filename="../../ui/lrs_settings.py" line="193"/>
        <source>Отправка выключена: результаты ждут, пока её не включат.</source>
        <translation>Sending is off: results wait until it is switched on.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="27"/>
        <source>Тренажёр оператора чата</source>
        <translation>Chat Operator Trainer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <source>Загрузка…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Главная</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Курсы</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Тест на время</source>
        <translation>Timed test</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Прогресс</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Свой текст</source>
        <translation>Custom text</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Пакеты</source>
        <translation>Packs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Деловая переписка</source>
        <translation>Correspondence</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Адаптивная тренировка</source>
        <translation>Adaptive practice</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Настройки</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Попытка не удалена</source>
        <translation>Attempt not deleted</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Попытка не возвращена</source>
        <translation>Attempt not brought back</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Грамотность</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>Сетевой этикет</source>
        <translation>Netiquette</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>Сертификаты</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>{done} из {total}</source>
        <translation>{done} of {total}</translation>
    </message>
</context>
<context>
    <name>PacksScreen</name>
    <message>
        <location filename="../../ui/packs_screen.py" line="45"/>
        <source>ошибка записи: {why}</source>
        <translation>write error: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="93"/>
        <source>Пакет</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="93"/>
        <source>Версия</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="93"/>
        <source>Авторы</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="93"/>
        <source>Упражнения</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="94"/>
        <source>Откуда</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="94"/>
        <source>Хеш</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="94"/>
        <source>Пройдено</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="108"/>
        <source>Установить или обновить из файла…</source>
        <translation>Install or update from file…</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="110"/>
        <source>Удалить</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="116"/>
        <source>Перетащите сюда файл .ctpack, чтобы установить пакет.</source>
        <translation>Drop a .ctpack file here to install a pack.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/packs_screen.py" line="143"/>
        <source>печать: %n</source>
        <translation>
            <numerusform>typing: %n</numerusform>
            <numerusform>typing: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/packs_screen.py" line="144"/>
        <source>грамматика: %n</source>
        <translation>
            <numerusform>grammar: %n</numerusform>
            <numerusform>grammar: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/packs_screen.py" line="145"/>
        <source>переписка: %n</source>
        <translation>
            <numerusform>chat replies: %n</numerusform>
            <numerusform>chat replies: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/packs_screen.py" line="146"/>
        <source>тесты: %n</source>
        <translation>
            <numerusform>quizzes: %n</numerusform>
            <numerusform>quizzes: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="150"/>
        <source>нет упражнений</source>
        <translation>no exercises</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="151"/>
        <source>встроенный</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="151"/>
        <source>установлен</source>
        <translation>installed</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="164"/>
        <source>Не удалось прочитать:</source>
        <translation>Could not read:</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="188"/>
        <source>Встроенные пакеты удалить нельзя</source>
        <translation>Built-in packs cannot be removed</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="194"/>
        <source>Выберите файл пакета</source>
        <translation>Choose a pack file</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="195"/>
        <source>Пакеты упражнений (*.ctpack)</source>
        <translation>Exercise packs (*.ctpack)</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="204"/>
        <source>Проверка и установка «%1»…</source>
        <translation>Checking and installing “%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="211"/>
        <source>Установлен пакет «%1», версия %2.</source>
        <translation>Installed pack “%1”, version %2.</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="223"/>
        <source>Пакет уже установлен</source>
        <translation>Pack already installed</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="225"/>
        <source>Заменить установленную версию?</source>
        <translation>Replace the installed version?</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="230"/>
        <source>Установка отменена.</source>
        <translation>Installation cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="232"/>
        <source>Пакет не установлен: ошибок — %1.</source>
        <translation>Pack not installed: errors found: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="233"/>
        <source>Пакет не установлен</source>
        <translation>Pack not installed</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="246"/>
        <source>Удаление пакета</source>
        <translation>Remove pack</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="247"/>
        <source>Удалить пакет «%1»?</source>
        <translation>Remove the pack “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="248"/>
        <source>Результаты занятий по этому пакету можно сохранить: они пригодятся, если пакет установят снова.</source>
        <translation>You can keep your results for this pack: they will be restored if the pack is installed again.</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="250"/>
        <source>Удалить, результаты сохранить</source>
        <translation>Remove, keep results</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="251"/>
        <source>Удалить вместе с результатами</source>
        <translation>Remove with results</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="252"/>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="266"/>
        <source>Пакет не удалён</source>
        <translation>Pack not removed</translation>
    </message>
    <message>
        <location filename="../../ui/packs_screen.py" line="270"/>
        <source>Пакет «%1» удалён.</source>
        <translation>Pack “%1” removed.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../ui/packs_screen.py" line="67"/>
        <source>Пакет не установлен. Найдены ошибки (файл:строка: поле: что не так):</source>
        <translation>Pack not installed. Problems found (file:line: field: what is wrong):</translation>
    </message>
</context>
<context>
    <name>QuizRun</name>
    <message>
        <location filename="../../ui/quiz_screen.py" line="201"/>
        <location filename="../../ui/quiz_screen.py" line="294"/>
        <source>Ответить (Enter)</source>
        <translation>Answer (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="210"/>
        <source>Повторить ошибки</source>
        <translation>Retry the wrong ones</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="211"/>
        <source>К списку тестов</source>
        <translation>Back to quizzes</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="286"/>
        <source>{quiz} — вопрос {n} из {total}</source>
        <translation>{quiz} — question {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="301"/>
        <source>Клавиши 1–9 — выбрать вариант, Enter — ответить.</source>
        <translation>Keys 1–9 pick an option, Enter answers.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="302"/>
        <source>Верных вариантов может быть несколько: 1–9 отмечают, Enter — ответить.</source>
        <translation>More than one option may be right: 1–9 tick them, Enter answers.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="303"/>
        <source>1 — верно, 2 — неверно, Enter — ответить.</source>
        <translation>1 — true, 2 — false, Enter answers.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="304"/>
        <source>Для каждой строки выберите пару из списка.</source>
        <translation>For each line, choose its match from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="305"/>
        <source>Расставьте по порядку: выделите строку и двигайте её Ctrl+↑ и Ctrl+↓.</source>
        <translation>Put them in order: select a line and move it with Ctrl+↑ and Ctrl+↓.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="306"/>
        <source>Впишите ответ и нажмите Enter.</source>
        <translation>Type the answer and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="307"/>
        <source>Впишите число и нажмите Enter.</source>
        <translation>Type the number and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="308"/>
        <source>Заполните пропуски: выберите ответ из списка или впишите его, затем Enter.</source>
        <translation>Fill in the gaps: pick an answer from the list or type it, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="313"/>
        <location filename="../../ui/quiz_screen.py" line="567"/>
        <source>Верно</source>
        <translation>True</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="313"/>
        <location filename="../../ui/quiz_screen.py" line="568"/>
        <source>Неверно</source>
        <translation>False</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="438"/>
        <source>Верно!</source>
        <translation>Correct!</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="439"/>
        <source>Частично верно: {p}</source>
        <translation>Partly right: {p}</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="440"/>
        <source>Неверно.</source>
        <translation>Wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="446"/>
        <source>Верный ответ: {answer}</source>
        <translation>Right answer: {answer}</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="451"/>
        <source>Подсказка:</source>
        <translation>Hint:</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="458"/>
        <source>Дальше (Enter)</source>
        <translation>Next (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="464"/>
        <source>Сначала выберите ответ: 1 — верно, 2 — неверно.</source>
        <translation>Choose an answer first: 1 — true, 2 — false.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="466"/>
        <source>Сначала выберите вариант: клавиши 1–{n} или щелчок мышью.</source>
        <translation>Choose an option first: keys 1–{n} or a click.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="468"/>
        <source>Сначала отметьте хотя бы один вариант: клавиши 1–{n}.</source>
        <translation>Tick at least one option first: keys 1–{n}.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="470"/>
        <source>Сначала выберите пару для каждой строки.</source>
        <translation>Choose a match for every row first.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="471"/>
        <source>Сначала впишите ответ.</source>
        <translation>Type your answer first.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="505"/>
        <source>Осталось {m}:{s:02d}</source>
        <translation>{m}:{s:02d} left</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="524"/>
        <source>Тест пройден</source>
        <translation>Quiz passed</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="524"/>
        <source>Тест не пройден</source>
        <translation>Quiz not passed</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="525"/>
        <source>порог</source>
        <translation>pass mark</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="525"/>
        <source>Ваш ответ:</source>
        <translation>Your answer:</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="525"/>
        <source>Верный ответ:</source>
        <translation>Right answer:</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="556"/>
        <source>Результат не сохранён</source>
        <translation>Result not saved</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../ui/quiz_screen.py" line="49"/>
        <source>Тест</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="49"/>
        <source>Вопросов</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="49"/>
        <source>Лучший результат</source>
        <translation>Best result</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="50"/>
        <source>Порог</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="54"/>
        <source>Начать тест (Enter)</source>
        <translation>Start quiz (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="55"/>
        <source>Импорт из Moodle (GIFT, XML)…</source>
        <translation>Import from Moodle (GIFT, XML)…</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="59"/>
        <source>Приветствие, обращение на «вы», скорость ответа, безопасность данных, эскалация, завершение чата.</source>
        <translation>Greeting, formal address, response time, data security, escalation, closing a chat.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="86"/>
        <source>Все вопросы</source>
        <translation>All questions</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="97"/>
        <source>Лучшие результаты по темам: {list}</source>
        <translation>Best results by topic: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="98"/>
        <source>Результатов по темам пока нет.</source>
        <translation>No results by topic yet.</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="124"/>
        <source>Банк вопросов Moodle</source>
        <translation>Moodle question bank</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="125"/>
        <source>Вопросы Moodle (*.gift *.txt *.xml);;Все файлы (*)</source>
        <translation>Moodle questions (*.gift *.txt *.xml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="132"/>
        <source>Импортирую {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/quiz_screen.py" line="144"/>
        <source>Файл не импортирован:</source>
        <translation>File not imported:</translation>
    </message>
</context>
<context>
    <name>ResultFigures</name>
    <message>
        <location filename="../../ui/result_figures.py" line="71"/>
        <source>зн/мин</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location filename="../../ui/result_figures.py" line="71"/>
        <source>точность</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location filename="../../ui/result_figures.py" line="72"/>
        <source>ошибки</source>
        <translation>errors</translation>
    </message>
    <message>
        <location filename="../../ui/result_figures.py" line="72"/>
        <source>время</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../../ui/result_figures.py" line="108"/>
        <location filename="../../ui/result_figures.py" line="110"/>
        <source>порог {v}</source>
        <translation>threshold {v}</translation>
    </message>
    <message>
        <location filename="../../ui/result_figures.py" line="114"/>
        <source>исправлений: {n}</source>
        <translation>corrections: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/result_figures.py" line="119"/>
        <source>Ошибки в этой попытке: {keys}</source>
        <translation>Missed in this attempt: {keys}</translation>
    </message>
    <message>
        <location filename="../../ui/result_figures.py" line="120"/>
        <source>В этой попытке ни одной ошибки.</source>
        <translation>Not a single error in this attempt.</translation>
    </message>
    <message>
        <location filename="../../ui/result_figures.py" line="124"/>
        <source>Дальше: сбавьте темп и повторите урок — сначала точность, потом скорость.</source>
        <translation>Next: slow down and repeat the lesson — accuracy first, speed comes later.</translation>
    </message>
    <message>
        <location filename="../../ui/result_figures.py" line="125"/>
        <source>Дальше: отработайте {keys} в адаптивной тренировке.</source>
        <translation>Next: practise {keys} in adaptive practice.</translation>
    </message>
    <message>
        <location filename="../../ui/result_figures.py" line="126"/>
        <source>пробел</source>
        <translation>space</translation>
    </message>
    <message>
        <location filename="../../ui/result_figures.py" line="127"/>
        <source>Дальше: повторите урок, чтобы набрать скорость.</source>
        <translation>Next: repeat the lesson to build up speed.</translation>
    </message>
    <message>
        <location filename="../../ui/result_figures.py" line="128"/>
        <source>Дальше: следующий урок (Ctrl+N).</source>
        <translation>Next: the next lesson (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/result_figures.py" line="129"/>
        <source>Дальше: тест на время или адаптивная тренировка.</source>
        <translation>Next: a timed test or adaptive practice.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../ui/result_screen.py" line="54"/>
        <source>Воспроизвести набор</source>
        <translation>Replay typing</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="55"/>
        <location filename="../../ui/result_screen.py" line="128"/>
        <source>Ещё раз (Ctrl+R)</source>
        <translation>Try again (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="56"/>
        <source>Следующий урок (Ctrl+N)</source>
        <translation>Next lesson (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="57"/>
        <source>К списку</source>
        <translation>Back to list</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="58"/>
        <source>Не засчитывать попытку</source>
        <translation>Don&apos;t count this attempt</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="59"/>
        <source>Убрать эту попытку из статистики, адаптивной тренировки и сертификатов — например, если набирал не вы или вас прервали.</source>
        <translation>Remove this attempt from the statistics, the adaptive drill and certificates — for example, if someone else typed or you were interrupted.</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="61"/>
        <source>Вернуть попытку</source>
        <translation>Bring the attempt back</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="62"/>
        <source>Попытка не засчитана: её нет ни в статистике, ни в адаптивной тренировке, ни в сертификатах.</source>
        <translation>This attempt does not count: it is not in the statistics, the adaptive drill or certificates.</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="82"/>
        <source>Зелёным — верно с первого раза, оранжевым — исправлено, красным — ошибка, оставленная в тексте.</source>
        <translation>Green: right the first time; orange: corrected; red: an error left in the text.</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="97"/>
        <source>Ваш набор:</source>
        <translation>Your typing:</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="127"/>
        <source>Новый текст (Ctrl+R)</source>
        <translation>New text (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="130"/>
        <source>Порог достигнут, но набор отмечен как неправдоподобный.</source>
        <translation>Pass mark reached, but the typing is flagged as implausible.</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="133"/>
        <source>Пройдено! Скорость и точность не ниже порога.</source>
        <translation>Passed! Speed and accuracy meet the pass mark.</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="136"/>
        <source>Урок прерван: текст набран не до конца.</source>
        <translation>Lesson interrupted: the text was not typed to the end.</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="139"/>
        <source>Пока не пройдено: нужно {cpm} зн/мин при точности {acc}.</source>
        <translation>Not passed yet: you need {cpm} CPM at {acc} accuracy.</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="151"/>
        <source>Скорость, зн/мин</source>
        <translation>Speed, CPM</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="152"/>
        <source>Скорость, WPM</source>
        <translation>Speed, WPM</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="153"/>
        <source>Точность</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="154"/>
        <source>Ошибок на знак</source>
        <translation>Errors per character</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="155"/>
        <source>Ошибки / исправления</source>
        <translation>Errors / corrections</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="156"/>
        <source>Время набора</source>
        <translation>Typing time</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="159"/>
        <source>Стабильность темпа</source>
        <translation>Rhythm consistency</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="160"/>
        <source>— (меньше 2 с)</source>
        <translation>— (under 2 s)</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="163"/>
        <source>Нажатий не в той раскладке (не ошибки)</source>
        <translation>Keystrokes in the wrong layout (not errors)</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="164"/>
        <source>Показатель</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="164"/>
        <source>Результат</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="164"/>
        <source>Порог</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <location filename="../../ui/result_screen.py" line="178"/>
        <source>Набор выглядит неправдоподобно: {0}. Эта попытка не будет засчитана для сертификата.</source>
        <translation>This typing does not look humanly possible: {0}. The attempt will not count towards a certificate.</translation>
    </message>
</context>
<context>
    <name>ResultsExportAction</name>
    <message>
        <location filename="../../ui/results_export_action.py" line="30"/>
        <location filename="../../ui/results_export_action.py" line="43"/>
        <source>Экспорт результатов</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location filename="../../ui/results_export_action.py" line="40"/>
        <source>Идёт экспорт результатов…</source>
        <translation>Exporting results…</translation>
    </message>
    <message>
        <location filename="../../ui/results_export_action.py" line="44"/>
        <source>Результаты записаны в файл:
{0}</source>
        <translation>Results written to:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/results_export_action.py" line="47"/>
        <source>Экспорт не выполнен</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/settings_screen.py" line="30"/>
        <source>Что делать при ошибке</source>
        <translation>When you make an error</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="34"/>
        <source>Стоп: курсор ждёт верную клавишу</source>
        <translation>Stop: the cursor waits for the correct key</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="35"/>
        <source>Исправлять: ошибку нужно стереть клавишей Backspace и набрать верно</source>
        <translation>Correct: erase the error with Backspace and retype it correctly</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="36"/>
        <source>Свободно: ошибки остаются в тексте и считаются</source>
        <translation>Free: errors stay in the text and are counted</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="43"/>
        <source>Типографика: что засчитывать вместо знаков, которых нет на клавиатуре</source>
        <translation>Typography: what to accept in place of characters not on the keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="46"/>
        <source>&quot; вместо кавычек « » „ “</source>
        <translation>&quot; for the quotation marks « » „ “</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="47"/>
        <source>- (дефис) вместо тире — и –</source>
        <translation>- (hyphen) for the dashes — and –</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="48"/>
        <source>е вместо ё</source>
        <translation>е for ё</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="49"/>
        <source>обычный пробел вместо неразрывного</source>
        <translation>a regular space for a non-breaking space</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="50"/>
        <source>три точки ... вместо многоточия …</source>
        <translation>three dots ... for the ellipsis …</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="55"/>
        <source>Порог прохождения урока</source>
        <translation>Lesson pass mark</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="60"/>
        <source> зн/мин</source>
        <translation> CPM</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="65"/>
        <source>Скорость не ниже</source>
        <translation>Minimum speed</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="66"/>
        <source>Точность не ниже</source>
        <translation>Minimum accuracy</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="67"/>
        <source>Для уроков, которые не задают свой порог, своего текста и адаптивной тренировки. Тест на время оценивается по порогу сертификата его пакета.</source>
        <translation>For lessons that set no threshold of their own, own text and the adaptive drill. A timed test is judged by its pack’s certificate threshold.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="73"/>
        <source>Вид</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="77"/>
        <source> пикс.</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="78"/>
        <source>Показывать клавиатуру</source>
        <translation>Show keyboard</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="82"/>
        <source>Размер шрифта текста</source>
        <translation>Text font size</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="84"/>
        <source>Язык интерфейса</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="89"/>
        <source>Проверка грамотности</source>
        <translation>Grammar checking</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="92"/>
        <source>Автоматически: LanguageTool, если доступен, иначе встроенная</source>
        <translation>Automatic: LanguageTool when available, otherwise built-in</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="93"/>
        <source>Встроенная (без сети и Java)</source>
        <translation>Built-in (no network, no Java)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="94"/>
        <source>LanguageTool (сервер или установка)</source>
        <translation>LanguageTool (server or local install)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="98"/>
        <source>папка с languagetool-server.jar</source>
        <translation>folder with languagetool-server.jar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="99"/>
        <source>Применить</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="100"/>
        <source>Движок</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="101"/>
        <source>Адрес сервера LanguageTool</source>
        <translation>LanguageTool server URL</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="102"/>
        <source>Папка LanguageTool</source>
        <translation>LanguageTool folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="109"/>
        <source>Вернуть настройки по умолчанию</source>
        <translation>Restore default settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="161"/>
        <source>Некоторые сохранённые настройки были неверны и заменены значениями по умолчанию: {names}.</source>
        <translation>Some saved settings were invalid and have been reset to their defaults: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="175"/>
        <source>Вернуть настройки по умолчанию?</source>
        <translation>Restore the default settings?</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="176"/>
        <source>Режим ошибок, типографика, пороги и размер шрифта этого профиля станут такими, как при установке. Результаты не изменятся.</source>
        <translation>This profile&apos;s error mode, typography, pass marks and font size will go back to how they were on installation. Your results will not change.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="202"/>
        <source>Не удалось сохранить язык: {why}</source>
        <translation>Could not save the language: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="204"/>
        <source>Язык интерфейса сменится после перезапуска программы.</source>
        <translation>The interface language will change after you restart the app.</translation>
    </message>
</context>
<context>
    <name>ShiftView</name>
    <message>
        <location filename="../../ui/shift_view.py" line="41"/>
        <source>Завершить смену</source>
        <translation>End shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="44"/>
        <source>К заданиям</source>
        <translation>Back to tasks</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="97"/>
        <source>Без ответа: {w}, ещё не пришли: {c}. Если завершить смену сейчас, эти клиенты будут засчитаны как пропущенные — в каждом показателе и в оценке смены.</source>
        <translation>Not answered: {w}, not arrived yet: {c}. If you end the shift now, these customers count as missed — in every figure and in the shift’s score.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="105"/>
        <source>Завершить смену досрочно?</source>
        <translation>End the shift early?</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="111"/>
        <source>Завершить смену и выйти?</source>
        <translation>End the shift and leave?</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="131"/>
        <source> — ждёт {n} с</source>
        <translation> — waiting {n} s</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="136"/>
        <source>Смена идёт {m}:{s:02d}. Ещё придут: {n}. Норматив первого ответа — {f} с.</source>
        <translation>Shift time {m}:{s:02d}. Still to come: {n}. First-response target: {f} s.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="160"/>
        <source>Смена завершена на {m}:{s:02d}. Пропущено клиентов: {n}.</source>
        <translation>Shift ended at {m}:{s:02d}. Customers missed: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="167"/>
        <source>Клиентов с ответом</source>
        <translation>Customers answered</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="168"/>
        <source>Пропущено (без ответа или не дождались)</source>
        <translation>Missed (not answered or never arrived)</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="170"/>
        <source>Первый ответ в нормативе, от всех клиентов</source>
        <translation>First response within target, of all customers</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="172"/>
        <source>Обработка в нормативе, от всех клиентов</source>
        <translation>Handling within target, of all customers</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="173"/>
        <source>Средний балл по клиентам (пропущенные — 0)</source>
        <translation>Average score per customer (missed ones score 0)</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="169"/>
        <source>Первый ответ, в среднем, с</source>
        <translation>First response, average, s</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="171"/>
        <source>Время обработки, в среднем, с</source>
        <translation>Handle time, average, s</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="177"/>
        <source>Итоги смены</source>
        <translation>Shift report</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="178"/>
        <source>Смена зачтена</source>
        <translation>Shift passed</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="178"/>
        <source>Смена не зачтена</source>
        <translation>Shift not passed</translation>
    </message>
    <message>
        <location filename="../../ui/shift_view.py" line="193"/>
        <source>Итоги не сохранены</source>
        <translation>Results not saved</translation>
    </message>
</context>
<context>
    <name>SkillCardView</name>
    <message>
        <location filename="../../ui/skill_cards.py" line="84"/>
        <source>Слепая печать</source>
        <translation>Touch typing</translation>
    </message>
    <message>
        <location filename="../../ui/skill_cards.py" line="84"/>
        <source>Грамотность</source>
        <translation>Spelling and grammar</translation>
    </message>
    <message>
        <location filename="../../ui/skill_cards.py" line="85"/>
        <source>Деловая переписка</source>
        <translation>Business correspondence</translation>
    </message>
    <message>
        <location filename="../../ui/skill_cards.py" line="85"/>
        <source>Сетевой этикет</source>
        <translation>Netiquette</translation>
    </message>
    <message>
        <location filename="../../ui/skill_cards.py" line="89"/>
        <source>зн/мин в последней попытке</source>
        <translation>CPM in the last attempt</translation>
    </message>
    <message>
        <location filename="../../ui/skill_cards.py" line="90"/>
        <source>баллов из 100 в последнем ответе</source>
        <translation>out of 100 in the last reply</translation>
    </message>
    <message>
        <location filename="../../ui/skill_cards.py" line="91"/>
        <source>верно в последней попытке</source>
        <translation>correct in the last attempt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/skill_cards.py" line="93"/>
        <source>зн/мин, среднее за последние попытки: %n</source>
        <translation>
            <numerusform>CPM, mean of the last %n attempt</numerusform>
            <numerusform>CPM, mean of the last %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/skill_cards.py" line="95"/>
        <source>баллов из 100, среднее за последние ответы: %n</source>
        <translation>
            <numerusform>out of 100, mean of the last %n reply</numerusform>
            <numerusform>out of 100, mean of the last %n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/skill_cards.py" line="96"/>
        <source>верно, среднее за последние попытки: %n</source>
        <translation>
            <numerusform>correct, mean of the last %n attempt</numerusform>
            <numerusform>correct, mean of the last %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/skill_cards.py" line="104"/>
        <source>ещё нет попыток</source>
        <translation>no attempts yet</translation>
    </message>
    <message>
        <location filename="../../ui/skill_cards.py" line="109"/>
        <source>без изменений</source>
        <translation>no change</translation>
    </message>
    <message>
        <location filename="../../ui/skill_cards.py" line="118"/>
        <source>Разница со средним предыдущих попыток</source>
        <translation>Difference from the mean of the attempts before</translation>
    </message>
    <message>
        <location filename="../../ui/skill_cards.py" line="121"/>
        <source>Дальше: {step}</source>
        <translation>Next: {step}</translation>
    </message>
</context>
<context>
    <name>SpeedChart</name>
    <message>
        <location filename="../../ui/result_figures.py" line="30"/>
        <source>Скорость по секундам попытки; красные отметки — секунды с ошибками</source>
        <translation>Speed second by second; red marks are seconds with errors</translation>
    </message>
    <message>
        <location filename="../../ui/result_figures.py" line="45"/>
        <source>зн/мин по секундам, максимум {top}</source>
        <translation>CPM by second, peak {top}</translation>
    </message>
</context>
<context>
    <name>StatBar</name>
    <message>
        <location filename="../../ui/stat_bar.py" line="23"/>
        <source>зн/мин</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location filename="../../ui/stat_bar.py" line="23"/>
        <source>WPM</source>
        <translation>WPM</translation>
    </message>
    <message>
        <location filename="../../ui/stat_bar.py" line="24"/>
        <source>точность</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location filename="../../ui/stat_bar.py" line="24"/>
        <source>ошибки</source>
        <translation>errors</translation>
    </message>
    <message>
        <location filename="../../ui/stat_bar.py" line="25"/>
        <source>время</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../../ui/stat_bar.py" line="25"/>
        <source>осталось</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../ui/stat_bar.py" line="40"/>
        <source>время: с первого нажатия</source>
        <translation>time: from the first key</translation>
    </message>
    <message>
        <location filename="../../ui/stat_bar.py" line="41"/>
        <source>время набора</source>
        <translation>typing time</translation>
    </message>
    <message>
        <location filename="../../ui/stat_bar.py" line="42"/>
        <source>время стоит: нет нажатий дольше 5 с</source>
        <translation>time stopped: no keys for over 5 s</translation>
    </message>
    <message>
        <location filename="../../ui/stat_bar.py" line="43"/>
        <source>время стоит: пауза</source>
        <translation>time stopped: paused</translation>
    </message>
</context>
<context>
    <name>TimedScreen</name>
    <message>
        <location filename="../../ui/timed_screen.py" line="26"/>
        <source>Длительность:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <location filename="../../ui/timed_screen.py" line="28"/>
        <source>{n} мин</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../ui/timed_screen.py" line="33"/>
        <source>Начать тест</source>
        <translation>Start test</translation>
    </message>
    <message>
        <location filename="../../ui/timed_screen.py" line="35"/>
        <source>Тексты — сообщения оператора из настоящих чатов. Время идёт с первого нажатия; засчитываются верно набранные знаки.</source>
        <translation>The texts are operator messages from real chats. Time runs from the first key; correctly typed characters count.</translation>
    </message>
    <message>
        <location filename="../../ui/timed_screen.py" line="43"/>
        <source>Тексты:</source>
        <translation>Texts:</translation>
    </message>
    <message>
        <location filename="../../ui/timed_screen.py" line="77"/>
        <source>Тест пройден при скорости от {cpm:.0f} зн/мин и точности от {acc} — это порог сертификата пакета «{pack}»; для сертификата тест должен длиться не меньше {minutes} мин.</source>
        <translation>The test is passed at {cpm:.0f} CPM or more with {acc} accuracy or better — the certificate threshold of the pack “{pack}”; for a certificate the test must last at least {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../ui/timed_screen.py" line="91"/>
        <source>Тест на время: {n} мин</source>
        <translation>Timed test: {n} min</translation>
    </message>
</context>
</TS>
